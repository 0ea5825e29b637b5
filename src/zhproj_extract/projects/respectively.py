"""分别 (and 相继): amounts, outputs, dates or places stated for several projects at once, paired
in order.

    东湖产业园项目和西湖物流项目分别投资12亿元、8亿元
    分别投资12亿元、8亿元的东湖产业园项目和西湖物流项目
    与甲县和乙县分别对东湖电池项目、西湖组件项目达成一致

The projects named just before 分别 (or just after the amounts, for the second form) take
the amounts after it one for one, when the counts agree (replacing one of those amounts
that a project's own clause took); the places listed before 分别 go to the projects named
after it.  An amount the text states for a project by itself is kept.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..models import DateMention, Money, Span, Stage
from ..reading.text import NormalizedText, clause_end, clause_start
from ..rules import Rule, example
from . import fields
from .assemble import Draft
from .fields import Mentions
from .grammar import ANNUAL_OUTPUT, INVESTMENT, NOT_INVESTMENT, TOTAL_INVESTMENT
from .names import Candidate
from .places import place_at, without_government
from .prose import CLAUSE_STOPS

RULE = Rule(
    "projects.respectively",
    "分别 pairs amounts or places with the projects named around it, in order.",
    (
        example(
            "东湖产业园项目和西湖物流项目分别投资12亿元、8亿元。",
            {"name": "东湖产业园项目", "investment": "1200000000"},
            {"name": "西湖物流项目", "investment": "800000000"},
        ),
        example(
            "当天开工的有分别投资12亿元、8亿元的东湖产业园项目和西湖物流港项目。",
            {"name": "东湖产业园项目", "investment": "1200000000"},
            {"name": "西湖物流港项目", "investment": "800000000"},
        ),
        example(
            "公司与甲县经济开发区和乙县工业园区分别对东湖电池基地项目、西湖组件基地项目达成一致。",
            {"name": "东湖电池基地项目", "location": "甲县经济开发区"},
            {"name": "西湖组件基地项目", "location": "乙县工业园区"},
        ),
        example(
            "东湖产业园项目、西湖物流项目分别于今年3月、5月开工，建成后年产值分别达15亿元、8亿元。",
            {"name": "东湖产业园项目", "annual_output": "1500000000"},
            {"name": "西湖物流项目", "annual_output": "800000000"},
        ),
        example(
            "在德阳市和绵阳市，东方电气集团和长虹控股集团分别投资55亿元、30亿元，"
            "建设氢能装备产业化基地项目和新型显示模组项目。",
            {"name": "氢能装备产业化基地项目", "location": "德阳市", "investment": "5500000000"},
            {"name": "新型显示模组项目", "location": "绵阳市", "investment": "3000000000"},
        ),
        example(
            "常州星源科技有限公司和无锡华光电子股份有限公司分别投资5亿元、3亿元，"
            "在湾沚区和繁昌区建设新材料产业园项目和储能电池生产线项目。",
            {"name": "新材料产业园项目", "location": "湾沚区", "investor": "常州星源科技有限公司"},
            {"name": "储能电池生产线项目", "location": "繁昌区", "investment": "300000000"},
        ),
        example(
            "常州星源科技有限公司和无锡华光电子股份有限公司分别建设东湖电池基地和西湖储能项目。",
            {"name": "东湖电池基地", "investor": "常州星源科技有限公司"},
            {"name": "西湖储能项目", "investor": "无锡华光电子股份有限公司"},
        ),
        example(
            "常州星源科技有限公司、无锡华光电子股份有限公司和江阴海达集团有限公司分别投资5亿元、"
            "3.2亿元和2亿元，建设东湖电池基地、西湖组件生产线和南湖储能项目。",
            {"name": "东湖电池基地", "investment": "500000000"},
            {"name": "西湖组件生产线", "investment": "320000000"},
            {"name": "南湖储能项目", "investment": "200000000"},
        ),
        example(
            "宝鸡市、渭南市分别与中国中车、紫金矿业签约装备产业基地项目和新材料产业园项目。",
            {"name": "装备产业基地项目", "location": "宝鸡市", "investor": "中国中车"},
            {"name": "新材料产业园项目", "location": "渭南市", "investor": "紫金矿业"},
        ),
        example("两个项目分别位于东区和西区。"),
    ),
)  # fmt: skip

#: What 分别 may lead to when the companies before it build one project each.
_BUILDS = regex.compile(r"(?:投资|出资)?(?:建设|新建|兴建|实施|打造|承建)")
#: What may stand between two paired amounts, or two paired places.
_JOIN = regex.compile(r"[、，和及与]|以及")
#: Places listed for the projects 分别 pairs: after 与 right before it (与甲县经开区和乙县园区
#: 分别…), in the clause that leads to it (在德阳市和绵阳市，A和B分别…), or where they are
#: built after it (A和B分别投资…，在湾沚区和繁昌区建设…).
_PLACES = regex.compile(r"与(?P<list>[^，。；;与]{4,60}?)分别")
_PLACES_LEADING = regex.compile(
    r"(?:^|[，,。；;\n])[ \t\u3000]*在(?P<list>[^，,。；;与]{4,40}?)[，,]"
)
_PLACES_SUBJECT = regex.compile(
    r"(?:^|[，,。；;\n：:])[ \t\u3000]*(?P<list>[^，,。；;与\n]{4,40}?)(?:[两三四五]地|[两三四五][市县区])?分别与"
)
#: The companies 分别 pairs with the projects after them (两市分别与A、B签约X和Y项目).
_PARTIES = regex.compile(r"分别与(?P<list>[^，,。；;]{2,60}?)(?:签约|签订|签署|达成|共同)")
_PLACES_BUILT = regex.compile(
    r"在(?P<list>[^，,。；;与]{4,40}?)(?:投资)?(?:建设|新建|兴建|打造|布局)"
)
_SENTENCE_STOPS = "。；;！？!?\n"
#: What may introduce the first amount after 分别 (分别投资, 分别为, 总投资分别是).
_CUES = fields.Cues((*TOTAL_INVESTMENT, *INVESTMENT, "为", "是"))
#: Words that make the amounts after 分别 something other than the totals (完成投资).
_NOT_TOTAL = tuple(w for w in NOT_INVESTMENT if w.endswith("投资"))
#: An output cue right before 分别 (年产值分别达到15亿元、8亿元): the amounts are outputs.
_OUTPUT_BEFORE = regex.compile("(?:" + "|".join(ANNUAL_OUTPUT) + r")(?:预计|将)?$")
_OUTPUT_CUES = fields.Cues(("达到", "达", "约", "为", "是", "超"))


def pair(
    ntext: NormalizedText, built: list[tuple[Candidate, Draft]], found: Mentions
) -> list[tuple[Candidate, Draft]]:
    """``built`` with amounts and places that 分别 gives each project filled in."""
    text = ntext.text
    out = list(built)
    at = text.find("分别")
    while at >= 0:
        lo = clause_start(text, at, 300, _SENTENCE_STOPS)
        hi = clause_end(text, at, 300, _SENTENCE_STOPS)
        members = [i for i, (c, _) in enumerate(out) if lo <= c.start < hi]
        before = [i for i in members if out[i][0].end <= at]
        output = _OUTPUT_BEFORE.search(text, max(lo, at - 6), at) is not None  # 年产值分别达
        amounts = _amounts(text, found, at + 2, hi, output)
        if amounts:
            after = [i for i in members if out[i][0].start >= amounts[-1][0]]
            # (…建设A、B和C项目，其中B公司项目…: the first named after them are the list)
            group = (
                before[-len(amounts) :] if len(before) >= len(amounts) else after[: len(amounts)]
            )
            if len(group) == len(amounts):
                paired = [money for _, money in amounts]
                for i, money in zip(group, paired, strict=True):
                    c, draft = out[i]
                    if output and (draft.annual_output is None or draft.annual_output in paired):
                        # (建成后年产值分别达到…: each is to be completed, as each makes its own)
                        told = {m.stage for m in draft.progress}
                        more = fields.conditional(ntext, lo, at, told)
                        draft = replace(draft, progress=[*draft.progress, *more])
                        out[i] = (c, replace(draft, annual_output=money))
                    elif not output and (draft.investment is None or draft.investment in paired):
                        out[i] = (c, replace(draft, investment=money))
                if not output:
                    _pair_investors(out, group)
        elif _BUILDS.match(text, at + 2):  # A公司和B公司分别建设X基地和Y项目
            _pair_investors(out, [i for i in members if out[i][0].start > at])
        dated = _dates(ntext, found, at + 2, hi)
        if dated is not None and len(before) >= len(dated[1]):
            stage, dates = dated  # A、B和C分别于3月、4月和5月开工: each its own month
            for i, date in zip(before[-len(dates) :], dates, strict=True):
                c, draft = out[i]
                kept = [m for m in draft.progress if m.stage != stage or m.implicit]
                milestone = fields.dated_milestone(ntext, stage, date, at, hi)
                out[i] = (c, replace(draft, progress=[*kept, milestone]))
        places = _places(text, lo, at, hi)
        after_names = [i for i in members if out[i][0].start > at]
        if places and len(after_names) >= len(places):
            for i, (start, end) in zip(after_names, places, strict=False):
                span = fields.span_of(ntext, (start, end))
                if span is not None:
                    location = "".join(span.text.split())
                    out[i] = (out[i][0], replace(out[i][1], location=location, location_span=span))
        parties = _PARTIES.match(text, at)
        listed = _listed(text, parties) if parties is not None else []
        if len(listed) >= 2 and len(after_names) >= len(listed):
            for i, (start, end) in zip(after_names, listed, strict=False):
                c, draft = out[i]
                if (
                    draft.investor is None
                    or "investor" in draft.weak
                    or any(draft.investor == text[a:b] for a, b in listed)
                ):  # (X与A、B签约: the last party was read as every project's)
                    party = Span(text=text[start:end], start=start, end=end)
                    weak = draft.weak - {"investor"}
                    out[i] = (
                        c,
                        replace(draft, investor=party.text, investor_span=party, weak=weak),
                    )
        at = text.find("分别", at + 2)
    return _one_after_another(ntext, out, found)


def _one_after_another(
    ntext: NormalizedText, out: list[tuple[Candidate, Draft]], found: Mentions
) -> list[tuple[Candidate, Draft]]:
    """``out`` with the dates listed before 相继 given one to each project named before
    them, in order (A项目和B项目预计10月和11月相继投产)."""
    text = ntext.text
    at = text.find("相继")
    while at >= 0:
        listed = _dates_before(ntext, found, at)
        lo = clause_start(text, at, 300, _SENTENCE_STOPS)
        if listed is not None:
            stage, whens = listed
            first = whens[0][0]
            named = [i for i, (c, _) in enumerate(out) if lo <= c.start and c.end <= first]
            if len(named) >= len(whens):
                end = clause_end(text, at, 300, _SENTENCE_STOPS)
                for i, (_, when) in zip(named[-len(whens) :], whens, strict=True):
                    c, draft = out[i]
                    kept = [m for m in draft.progress if m.stage != stage or m.implicit]
                    milestone = fields.dated_milestone(ntext, stage, when, first, end)
                    out[i] = (c, replace(draft, progress=[*kept, milestone]))
        at = text.find("相继", at + 2)
    return out


def _dates_before(
    ntext: NormalizedText, found: Mentions, at: int
) -> tuple[Stage, list[tuple[int, DateMention]]] | None:
    """The dates listed right before 相继 (10月和11月相继投产), each with where it starts,
    and the stage after it."""
    text = ntext.text
    listed: list[tuple[int, DateMention]] = []
    pos = at
    for item in reversed(Mentions.inside(found.dates, max(0, at - 40), at)):
        if not _JOIN.fullmatch(text[item.end : pos].strip()) and (listed or item.end < pos):
            break
        if isinstance(item.mention, DateMention) and item.mention.kind == "date":
            listed.insert(0, (item.start, item.mention))
        pos = item.start
    if len(listed) < 2:
        return None
    named = fields.stages(text, at + 2, clause_end(text, at + 2, 12, CLAUSE_STOPS))
    return (named[0][0], listed) if named else None


def _pair_investors(out: list[tuple[Candidate, Draft]], group: list[int]) -> None:
    """A和B分别投资…建设的X项目、Y项目: the companies that invest respectively, read as
    the first project's investor together, go one to each project, in order."""
    if len(group) < 2:
        return
    span = out[group[0]][1].investor_span
    if span is None or any(
        out[i][1].investor not in (None, span.text) and "investor" not in out[i][1].weak
        for i in group[1:]
    ):
        return  # (an investor only implied, as by a brand in the name, gives way)
    parts = []
    pos = 0
    joiners = list(_COMPANY_JOIN.finditer(span.text))
    if not joiners and len(group) == 2:
        joiners = list(fields.SHORT_NAME_JOIN.finditer(span.text))  # 比亚迪和宁德时代
    for joiner in joiners:
        parts.append((pos, joiner.start()))
        pos = joiner.end()
    parts.append((pos, len(span.text)))
    if len(parts) != len(group):
        return
    for i, (a, b) in zip(group, parts, strict=True):
        part = Span(text=span.text[a:b], start=span.start + a, end=span.start + b)
        weak = out[i][1].weak - {"investor"}
        out[i] = (out[i][0], replace(out[i][1], investor=part.text, investor_span=part, weak=weak))


#: A joiner right after a company's name, before the next one's.
_COMPANY_JOIN = regex.compile(r"(?<=公司|集团|股份)(?:和|与|及|、)")


def _amounts(
    text: str, found: Mentions, start: int, end: int, output: bool = False
) -> list[tuple[int, Money]]:
    """The amounts listed right after 分别 (投资12亿元、8亿元; 年产值分别达到15亿元、8亿元),
    with where each ends."""
    listed: list[tuple[int, Money]] = []
    pos = start
    cues = _OUTPUT_CUES if output else _CUES
    for item in Mentions.inside(found.money, start, end):
        gap = text[pos : item.start]
        if listed and not _JOIN.fullmatch(gap.strip()):
            break
        if not listed and (len(gap) > 8 or not (cues.last_before(text, item.start) or output)):
            break
        if not listed and not output and gap.endswith(_NOT_TOTAL):
            break  # 分别完成投资3.2亿元、6.8亿元: what was spent so far, not the totals
        if isinstance(item.mention, Money) and item.mention.kind == "amount":
            listed.append((item.end, item.mention))
        pos = item.end
    return listed if len(listed) >= 2 else []


def _dates(
    ntext: NormalizedText, found: Mentions, start: int, end: int
) -> tuple[Stage, list[DateMention]] | None:
    """The dates listed right after 分别(于) and the stage they date (分别于3月、4月和5月
    开工建设), if a stage word follows the last of them in its clause."""
    text = ntext.text
    if not text.startswith(("于", "在", "将于", "计划于", "预计于"), start):
        return None
    listed: list[DateMention] = []
    pos = text.find("于", start, start + 3) + 1
    for item in Mentions.inside(found.dates, pos, end):
        if not _JOIN.fullmatch(text[pos : item.start].strip()) and (listed or item.start > pos):
            break
        if isinstance(item.mention, DateMention) and item.mention.kind == "date":
            listed.append(item.mention)
        pos = item.end
    if len(listed) < 2:
        return None
    named = fields.stages(text, pos, clause_end(text, pos, 12, CLAUSE_STOPS))
    return (named[0][0], listed) if named else None


def _places(text: str, lo: int, at: int, hi: int) -> list[tuple[int, int]]:
    """The places listed for the projects 分别 at ``at`` pairs, in the sentence [lo, hi)."""
    m = _PLACES.search(text, lo, at + 2)
    if m is None or m.end() != at + 2:
        m = _PLACES_LEADING.search(text, max(0, lo - 1), at)
    if m is None:
        m = _PLACES_BUILT.search(text, at, hi)
    if m is None:
        m = _PLACES_SUBJECT.search(text, max(0, lo - 1), at + 3)
        if m is not None and m.end() != at + 3:
            m = None
    spans = _listed(text, m) if m is not None else []
    if len(spans) < 2 or not all(_is_place(text, a, b) for a, b in spans):
        return []  # (甲公司、乙公司分别与…: parties, not places)
    return spans


def _listed(text: str, m: regex.Match[str]) -> list[tuple[int, int]]:
    """The items of ``m``'s list group, parted at its joiners (a government body's
    name cut to its place: 甲县人民政府 → 甲县)."""
    spans = []
    pos = m.start("list")
    for sep in [*_JOIN.finditer(text, pos, m.end("list")), None]:
        stop = sep.start() if sep is not None else m.end("list")
        stop = without_government(text, pos, stop)
        if stop - pos >= 2:
            spans.append((pos, stop))
        pos = sep.end() if sep is not None else stop
    return spans


def _is_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a place (宝鸡市, 钦州港片区), not a party."""
    return place_at(text, start) > start or text.endswith(_PLACE_ENDS, start, end)


_PLACE_ENDS = ("市", "县", "区", "镇", "乡", "旗", "州", "园", "港")
