"""One candidate → one Draft: the fields of a Project, read from its own stretch of text.

Where a field is not stated in a project's own stretch, the text around it may still
state it: the sentence that introduces it (罗庄区人民政府与X公司签约的…项目), its list's
sentence (此次签约的项目包括… gives each member the stage; 均过5亿元 the threshold), the
place its paragraph or the article is about.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import TypeVar, get_args

import regex

from ..models import DateMention, Milestone, Money, Phase, Quantity, Span, Stage
from ..reading.pipe_tables import pipe_tables
from ..reading.text import NormalizedText, clause_end, clause_start
from . import fields
from .blocks import Block
from .fields import Mentions
from .grammar import GOVERNMENT_BODIES, GOVERNMENT_BODY, ProjectGrammar
from .names import (
    GENERIC,
    LEADING,
    LIST_MARKER,
    Candidate,
    at_line_starts,
    brand_prefix,
    company_prefix,
    name_key,
    park_after_brand,
    place_prefix,
)
from .periods import STAGE_ROLE, period_milestones, stage_milestone, stated_period
from .places import place_at, without_government

#: X与Y签约的… : one party is the investor, the other (a government or a park) the place.
_PARTIES = regex.compile(
    rf"(?P<a>[\p{{Han}}A-Za-z0-9()（）“”\"「」]{{2,50}}?){GOVERNMENT_BODY}?[与和同]"
    rf"(?P<b>[\p{{Han}}A-Za-z0-9()（）]{{2,40}}?){GOVERNMENT_BODY}?(?:签约|签订|签定|签署)"
)
#: The other party alone, in a clause that opens with it (…宣布，已与X公司签订).
_WITH_PARTY = regex.compile(
    rf"(?:^|(?<=[，,]))(?P<a>(?:已|将|拟|近日|日前|正式)?)[与和同]"
    rf"(?P<b>[\p{{Han}}A-Za-z0-9()（）]{{2,40}}?){GOVERNMENT_BODY}?(?:签约|签订|签定|签署)"
)
_T = TypeVar("_T")
_HAN = regex.compile(r"\p{Han}")
#: Spaces in a name or field, dropped (PDF debris: 年产 600 万张), but for one space between
#: two Latin words (Fluidos Industriales S.A.).
_SPACES = regex.compile(r"(?<![A-Za-z0-9.,&])\s+|\s+(?![A-Za-z&])|\s+(?=\s)")
_GOVERNMENT = regex.compile(
    "(?:" + "|".join(GOVERNMENT_BODIES) + r"|开发区|园区|工业园|镇|乡|县|区|市)$"
)
#: A place in parentheses right after a name: …项目（丽水经开区）.
_PLACE_AFTER = regex.compile(r"[（(](?P<place>\p{Han}{2,12})[）)]")
#: What stands before a threshold a list shares: 均过5亿元, 投资额过10亿元, 总投资均超.
_THRESHOLD = ("均", "都", "投资额", "总投资额", "总投资", "投资")
#: The subject place of a paragraph or article: a place at its start or after a dateline.
_SUBJECT_PLACE = regex.compile(
    r"\p{Han}{2,10}?(?:经济技术开发区|高新技术产业开发区|高新区|开发区|经开区|新区|自治州|自治县|省|市|县|区)"
)


@dataclass(slots=True)
class Draft:
    """A project as one candidate describes it: the fields of a
    :class:`~zhproj_extract.models.Project`, as plain data.  The candidates that name the
    same project merge into one Project (:mod:`.merge`), so no model is built per
    candidate."""

    name: str
    start: int
    end: int
    layout: str
    mention: Span
    investor: str | None = None
    investor_span: Span | None = None
    location: str | None = None
    location_span: Span | None = None
    investment: Money | None = None
    phases: list[Phase] = field(default_factory=list)
    capacities: list[Quantity] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    annual_output: Money | None = None
    tax: Money | None = None
    jobs: Quantity | None = None
    land_area: Quantity | None = None
    progress: list[Milestone] = field(default_factory=list)
    significance: str | None = None
    sections: dict[str, str] = field(default_factory=dict)
    #: The fields only implied (investor, location): a value stated for the project wins
    #: over them when drafts merge.
    weak: set[str] = field(default_factory=set)
    #: The fields a label states (实施主体：…, 建设地点：…): they win over a value the prose
    #: states when drafts merge.
    labelled: set[str] = field(default_factory=set)
    #: The name's key, read in the normalised text (項目 as 项目), that drafts merge by.
    key: str = ""


def assemble(
    ntext: NormalizedText,
    candidates: list[Candidate],
    found: Mentions,
    grammar: ProjectGrammar,
) -> list[tuple[Candidate, Draft]]:
    """Each candidate with the Draft of the project its own text describes, in text
    order."""
    candidates = sorted(candidates, key=lambda c: (c.start, c.layout != "block"))
    for i, c in enumerate(candidates):  # a stretch ends where the next project's begins
        nxt = next(
            (
                candidates[j]
                for j in range(i + 1, len(candidates))
                if candidates[j].scope[0] > c.start
            ),
            None,
        )
        if nxt is not None and c.layout in ("prose", "heading") and nxt.scope[0] < c.scope[1]:
            c.scope = (c.scope[0], max(c.end, nxt.scope[0]))
    # an article that opens with its items (①…, 项目名称：…) has no lead of its own
    opening = next((c for c in candidates if _begins_an_item(ntext.text, c)), None)
    names = sorted({(c.start, c.end) for c in candidates})
    around = _Around(ntext, found, opening.start if opening is not None else None, names)
    out = []
    previous_end = 0
    for c in candidates:
        out.append((c, _project(ntext, c, found, grammar, previous_end, around)))
        previous_end = max(previous_end, c.end)
    return out


def _begins_an_item(text: str, c: Candidate) -> bool:
    """Whether ``c`` is an item of a list, form or block that begins its line (①X项目，…;
    not a lead's enumeration, 百花小镇、秦风民俗园等项目签约)."""
    if c.layout not in ("list", "form", "block"):
        return False
    line = text.rfind("\n", 0, c.start) + 1
    marker = LIST_MARKER.match(text, line, c.start)
    return (marker.end() if marker else line) == c.start


class _Around:
    """What the text around the projects says (the event, place or company a paragraph
    or the article is about), read once per stretch however many projects ask; and the
    spans and implied milestones built from such stretches, built once for them all (the
    models are frozen, so the projects may share them)."""

    def __init__(
        self,
        ntext: NormalizedText,
        found: Mentions,
        lead_end: int | None,
        names: list[tuple[int, int]],
    ) -> None:
        self.ntext = ntext
        self.text = ntext.text
        self.found = found
        self._lead_end = len(self.text) if lead_end is None else lead_end
        self.names = names  # every candidate's name, in text order
        self._memo: dict[tuple[str, int, int], object] = {}
        self._spans: dict[tuple[int, int], Span | None] = {}

    @cached_property
    def plan_list(self) -> bool:
        """Whether the article is a list of the year's planned projects (关于下达2026年第一批
        省重点建设项目名单的通知): the events its sections name are planned."""
        return _PLAN_LIST.search(self.text, 0, min(len(self.text), 120)) is not None

    @cached_property
    def document_stage(self) -> Stage | None:
        """The event the article's start names."""
        return self.held_event(0, min(len(self.text), 400))

    @cached_property
    def document_sentence(self) -> tuple[int, int] | None:
        """The sentence of the article's start that names its event and dates it to the
        day (the lead mostly does: 5月17日上午，…集中开工活动举行), else the first that dates
        it at all (the headline: 第二季度…集中开工), else the first: the evidence, and the
        date, of a milestone only the article's event implies."""
        if self.document_stage is None:
            return None
        sentences: list[tuple[int, int]] = []
        dated: list[tuple[int, int]] = []
        for at in self._events.where(0, min(len(self.text), 400)):
            start = clause_start(self.text, at, at, fields.EVENT_SENTENCE_STOP)
            sentence = (
                start,
                clause_end(self.text, at, len(self.text) - at, fields.EVENT_SENTENCE_STOP),
            )
            dates = fields.dates_inside(self.found, *sentence)
            if dates and dates[0].granularity == "day":
                return sentence
            lead = self._dated_lead(start)
            if lead is not None:  # 5月28日，推介会在上海举行。现场签约项目22个…
                return lead, sentence[1]
            # a date after the event word is another event's (…签约…，预计2025年6月建成投产)
            before = fields.dates_inside(self.found, start, at)
            (dated if before else sentences).append(sentence)
        first = dated or sentences
        return first[0] if first else None

    def _dated_lead(self, sentence_start: int) -> int | None:
        """Where a sentence before ``sentence_start`` in its paragraph, at most
        :data:`_LEAD_REACH` back, begins when it opens with a day's date (5月28日，…推介会在
        上海举行。市长…。推介会上，现场签约…): the day of the event a later one names."""
        for _ in range(_LEAD_REACH):
            if sentence_start < 2 or not (
                self.text[sentence_start - 1] in "。！？!?"
                or self._short_line_before(sentence_start)
            ):
                return None
            lead = clause_start(self.text, sentence_start - 1, 200, fields.EVENT_SENTENCE_STOP)
            opening = Mentions.inside(self.found.dates, lead, min(sentence_start, lead + 14))
            first = opening[0].mention if opening else None
            if (
                isinstance(first, DateMention)
                and first.kind == "date"
                and first.granularity == "day"
            ):
                return lead
            sentence_start = lead
        return None

    def _short_line_before(self, line_start: int) -> bool:
        """Whether the line before ``line_start`` is a post's short line, which goes on to
        the next as a sentence would (3月28日上午 / 我县一季度招商引资项目 / 集中签约活动)."""
        text = self.text
        if text[line_start - 1] != "\n":
            return False
        before = text.rfind("\n", 0, line_start - 1) + 1
        line = text[before : line_start - 1]
        return 0 < len(line.strip()) <= _SHORT_LINE and _SENTENCE_MARK.search(line) is None

    def dated_as_the_article(self, milestone: Milestone) -> Milestone:
        """A list's or section's implied ``milestone`` without a date of its own, dated by
        the article's event when it is the same (5月23日…现场签约项目15个。重点签约项目有：…)."""
        if milestone.date is not None:
            return milestone
        sentence = self.document_sentence if milestone.stage == self.document_stage else None
        event = self.implied(milestone.stage, *sentence) if sentence is not None else None
        if event is not None and event.date is not None:
            return milestone.model_copy(update={"date": event.date})
        if self._gathering_day is not None:
            # 6月27日，…“四个一批”集中活动举行。/ 签约一批 / …: the day of every section
            return milestone.model_copy(update={"date": self._gathering_day})
        return milestone

    @cached_property
    def _gathering_day(self) -> DateMention | None:
        """The day of a gathering of several kinds of events that the article's start
        dates (6月27日，…“四个一批”集中活动举行; …重点项目集中签约开工仪式)."""
        lead = min(len(self.text), 400)
        for gathering in _GATHERING.finditer(self.text, 0, lead):  # (a headline's has no day)
            at = gathering.start()
            sentence = (
                clause_start(self.text, at, at, fields.EVENT_SENTENCE_STOP),
                clause_end(self.text, at, lead - at, fields.EVENT_SENTENCE_STOP),
            )
            dates = fields.dates_inside(self.found, *sentence)
            days = [d for d in dates if d.granularity == "day"]
            if days:
                return days[0]
        return None

    def tagged_place(self, pos: int) -> tuple[int, int] | None:
        """The place of the nearest 【南城】 line above ``pos``: a digest's section."""
        tags = self._place_tags
        k = bisect_right(tags, (pos, pos)) - 1
        return tags[k] if k >= 0 and pos - tags[k][1] <= _SECTION_REACH else None

    @cached_property
    def _place_tags(self) -> list[tuple[int, int]]:
        if "【" not in self.text:
            return []
        return [
            m.span("place")
            for m in _PLACE_TAG_LINE.finditer(self.text)
            if place_at(self.text, m.start("place")) >= m.end("place")
        ]

    @cached_property
    def document_place(self) -> tuple[int, int] | None:
        """The place the article's start is about, before its first item."""
        return self.place(0, min(self._lead_end, 400))

    @cached_property
    def home_place(self) -> tuple[int, int] | None:
        """The division the article's start puts its news in (…企业拟在邹城建…, 仪征市签约…),
        which a release calls 我市 or 本县 later on."""
        for cue in _HOME_CUE.finditer(self.text, 0, min(len(self.text), 300)):
            end = place_at(self.text, cue.end())
            if end - cue.end() >= 2:
                return cue.end(), end
        place = self.document_place  # 仪征市签约项目42个…
        if place is not None and place_at(self.text, place[0]) >= place[1]:
            return place
        return None

    @cached_property
    def document_company(self) -> tuple[int, int] | None:
        """The company the headline is about, before the article's first item."""
        return self.company(0, min(self._lead_end, 200))

    def _get(self, kind: str, start: int, end: int, compute: Callable[[], _T]) -> _T:
        key = (kind, start, end)
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    @cached_property
    def _events(self) -> fields.EventWords:
        return fields.EventWords(self.text)

    def event(self, start: int, end: int) -> Stage | None:
        """The event ``text[start:end]`` names, unless one project's ceremony is all it
        names (6月3日，福鼎时代二期项目举行开工仪式: that project's start, not every one's)."""
        return self._get("event", start, end, lambda: self._batch_event(start, end))

    def _batch_event(self, start: int, end: int) -> Stage | None:
        words = self._events.where(start, end)
        if not words or all(_one_projects_event(self.text, at) for at in words):
            return None
        return self._events.stage(start, end)

    def held_event(self, start: int, end: int) -> Stage | None:
        """:meth:`event`, where a count of a kind of project (新开工项目计划56个, 签约项目
        32个) names none: a sentence after it is not about that kind's projects."""
        return self._get("held", start, end, lambda: self._held_event(start, end))

    def _held_event(self, start: int, end: int) -> Stage | None:
        event = self.event(start, end)
        if event is None:
            return None
        held = [at for at in self._events.where(start, end) if not self._events.is_kind(at)]
        return event if held else None

    def in_another_name(self, item: fields.Located, c: Candidate) -> bool:
        """Whether ``item`` stands inside the name of a candidate other than ``c``."""
        return self.inside_another_name((item.start, item.end), c)

    def inside_another_name(self, span: tuple[int, int], c: Candidate) -> bool:
        """Whether ``span`` lies inside the name of a candidate other than ``c``."""
        k = bisect_right(self.names, (span[0], len(self.text))) - 1
        return (
            k >= 0
            and self.names[k][1] >= span[1]
            and not self.names[k][0] <= c.start < self.names[k][1]
        )

    def place(self, start: int, end: int) -> tuple[int, int] | None:
        return self._get("place", start, end, lambda: _subject_place(self.text, start, end))

    def company(self, start: int, end: int) -> tuple[int, int] | None:
        return self._get(
            "company", start, end, lambda: fields.subject_company(self.text, start, end)
        )

    def span(self, span: tuple[int, int] | None) -> Span | None:
        """:func:`.fields.span_of`: the place or company of a paragraph is many projects'
        (looked up without :meth:`_get`, as every project asks for three)."""
        if span is None:
            return None
        found = self._spans.get(span)
        if found is None:
            found = self._spans[span] = fields.span_of(self.ntext, span)
        return found

    def section(self, pos: int) -> tuple[int, int] | None:
        """The heading of the section of a project list that ``pos`` lies in (二、新开工项目
        （12个）, 续建项目：), if one stands within a few thousand characters before it."""
        headings = self._section_headings
        k = bisect_right(headings, (pos, pos)) - 1
        if k < 0 or pos - headings[k][1] > _SECTION_REACH:
            return None
        return headings[k]

    @cached_property
    def _section_headings(self) -> list[tuple[int, int]]:
        text = self.text
        found = []
        for m in at_line_starts(_SECTION_HEADING, text, _may_head_section):
            if GENERIC.fullmatch(m.group("category")) is not None:
                found.append(m.span("line"))
        if "一批" in text:  # 签约一批 / 开工一批 (a “四个一批” event's sections)
            found += [m.span("line") for m in _BATCH_HEADING.finditer(text)]
            found.sort()
        if "【" in text:  # 【开工】
            found += [m.span("line") for m in _BRACKET_HEADING.finditer(text)]
            found.sort()
        for table in pipe_tables(self.ntext):  # | 一、新开工项目（4个） |  |  | over its rows
            for row in table.rows:
                filled = [(a, b) for a, b in row if b > a]
                for cell in filled:
                    m = _SECTION_CELL.fullmatch(text, *cell)
                    if m is None or GENERIC.fullmatch(m.group("category")) is None:
                        continue
                    # | 一 | 新开工项目 |  | 27.8 |: its number and total may stand beside it
                    if all(c == cell or _NUMBER_CELL.fullmatch(text, *c) for c in filled):
                        found.append(cell)
                    break
        return sorted(found)

    def introduces(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a list's introduction that names no event of its
        own (…将于9月投入使用：), rather than a sentence that names its members."""
        return self.text.endswith(("：", ":"), start, end) and self.event(start, end) is None

    def said_of_all(self, start: int, end: int) -> list[Milestone]:
        """The stages a list's introduction states in its own sentence (…将于9月投入使用：),
        as its members'."""
        start = max(start, clause_start(self.text, end - 1, end - start, "。；;！？!?\n"))
        return self._get(
            "said",
            start,
            end,
            lambda: [
                m.model_copy(update={"implicit": True})
                for m in fields.progress(self.ntext, self.found, start, end)
            ],
        )

    def implied(self, stage: Stage, start: int, end: int) -> Milestone:
        """:func:`.fields.implied`: the event of a list or paragraph is all its projects'."""
        return self._get(
            f"implied {stage}",
            start,
            end,
            lambda: fields.implied(
                self.ntext,
                stage,
                start,
                end,
                self.found,
                next(iter(self._events.where(start, end)), None),
            ),
        )


def _one_projects_event(text: str, at: int) -> bool:
    """Whether the event word at ``at`` is one project's: its clause names a project and
    no batch (集中, 等, N个, 一批, 重点项目)."""
    clause = text[clause_start(text, at, 60, "，,。；;：:！？!?\n") : at]
    if clause.endswith(_SAID_OF_ONE) or _SAID_WHEN.match(clause):
        # 2. X项目，投资额3.6亿元，已竣工投产; …，预计年底竣工投产: X's, as said
        clause = text[clause_start(text, at, 120, "。；;！？!?\n") : at]
    named = "项目" in clause or "工程" in clause or _DATED.search(clause) is not None
    return named and not any(word in clause for word in _BATCH_WORDS)


#: Adverbs that tell a stage of the subject of their sentence (已竣工投产, 正式开工).
_SAID_OF_ONE = ("已", "已经", "正式", "顺利", "将", "预计", "计划", "拟")
#: A clause that is an adverb and when (预计年底, 计划明年6月): the subject's too.
_SAID_WHEN = regex.compile(r"[ \t]*(?:" + "|".join(_SAID_OF_ONE) + r"|力争|确保|争取)于?\w{1,8}$")


#: A month, day or part of one right before an event word: one project's milestone (总投资
#: 26亿元，2023年11月竣工投产), not a batch's event, unless batch words say so.
_DATED = regex.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})[月日](?:底|初|上旬|中旬|下旬)?(?:前)?$"
)


#: Words that make an event a batch's, not one project's.
_BATCH_WORDS = ("集中", "等", "个", "批", "重大项目", "重点项目", "签约项目", "开工项目", "项目集")


#: A line that heads a section of a project list: a list marker or none, a category of
#: projects (新开工项目, 续建项目, 竣工投产项目), a count, a colon.
_SECTION = (
    r"[ \t]*(?:(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|"
    r"第[一二三四五六七八九十]{1,3}(?:部分|类|批)[：:、]?)[ \t]*)?"
    r"(?P<category>[^\s，。；;：:（(][^\n，。；;：:（(]{0,11}?)"
    r"(?:项目|工程)(?:[（(][^）)\n]{1,12}[）)])?[：:]?"
)
_SECTION_HEADING = regex.compile(rf"^(?P<line>{_SECTION})[ \t]*$", regex.MULTILINE)
#: A gathering where projects reach several stages at once (集中活动, 签约开工仪式).
_GATHERING = regex.compile(
    r"四个一批|集中(?:签约)?(?:开工)?(?:投产)?(?:竣工)?(?:活动|仪式)|签约(?:暨|及|和)?开工(?:活动|仪式)"
)
#: A line that heads a section of the projects that reached a stage in one batch
#: (签约一批, 二、开工一批：).
_BATCH_HEADING = regex.compile(
    r"^(?P<line>[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?"
    r"[ \t]*(?:签约|开工|投产|竣工|建成)一批[：:]?)[ \t]*$",
    regex.MULTILINE,
)
#: The same in a post's brackets (【签约】, 【开工项目】).
_BRACKET_HEADING = regex.compile(
    r"^(?P<line>[ \t]{0,4}【(?:集中)?(?:签约|开工|投产|竣工|建成)(?:项目|一批)?】)[ \t]{0,4}$",
    regex.MULTILINE,
)
#: The same heading as the one filled cell of a table's row.
_SECTION_CELL = regex.compile(_SECTION)
#: A cell beside a section's in its row: the section's number, or its total.
_NUMBER_CELL = regex.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9][0-9.,]*"
)
#: A headline of a list of the year's planned projects (…重点建设项目名单, …项目计划).
_PLAN_LIST = regex.compile(
    # (…集中签约活动项目清单: what was signed that day, not a plan)
    r"项目名单|(?<!活动|签约)项目(?:投资|建设|前期工作)?(?:清单|计划)(?:一览表|表)?(?:的通知|的公告|的?公示)?"
    r"(?:[（(]第\p{Han}{1,2}批[）)])?(?:的?公示)?(?:\n|$)"
)
#: How far the items under a section heading reach.
_SECTION_REACH = 6000
#: How a release names its own city or county (在我市投资…, 与县政府签约): the place its
#: start names.
_HOME = frozenset(
    (
        *(f"{who}{level}" for who in ("我", "本") for level in "省市县区旗州镇乡"),
        *(f"{level}{body}" for level in "省市县区旗州镇乡" for body in ("政府", "人民政府")),
    )
)
#: What puts the news of an article's start in a place (拟在邹城建…, 落户黄州区).
_HOME_CUE = regex.compile(r"(?<=[^\p{Han}]|^|拟|将|已|再|企业|公司|项目)(?:在|落户|落地|扎根|于)")


def _may_head_section(line: str) -> bool:
    """A quick test of a line before _SECTION_HEADING: short, and names 项目 or 工程."""
    return len(line) <= 40 and ("项目" in line or "工程" in line)


def _subject_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The place a stretch is about: a place that begins it or one of its clauses
    (仪征市签约项目42个…; 温州网讯 10月15日上午，洞头区…), within its first 200 characters."""
    stop = min(end, start + 200)
    if start >= stop:
        return None
    label = _PLACE_LABEL.match(text, start, min(len(text), stop + 1))  # (its colon ends it)
    if label is not None:  # 青峰市：芯源…项目，…: a paragraph headed with its city
        return label.start("place"), label.end("place")
    after_boundary = (m.end() for m in _BOUNDARY.finditer(text, start, stop - 1))
    for i in chain((start,), after_boundary):
        if text.endswith(_POSTED_FROM, 0, i) or _POSTED_AT.search(text, max(0, i - 8), i):
            continue  # 金坛发布 2024-02-22 18:30 (发表于)江苏: where the post was sent from
        if text.endswith(_NAME_LABELS, 0, i):
            continue  # 项目名称：明光市玻璃纤维项目: the place of a name, not of the text
        if i > 0 and text[i - 1] in "（(" and _VENUE.match(text, i, min(len(text), i + 30)):
            continue  # 2024年（深圳）招商推介会: the venue, not what it is about
        place = _place_at_boundary(text, i, stop)
        if place is not None:
            return place
    return None


#: A paragraph that opens with a city or county as its label (青峰市：…).
#: A digest's item, which opens with its place in brackets (【临港区】…).
_BRACKETED_PLACE = r"[ \t]*【(?P<place>\p{Han}{2,8}?(?:市|县|区|州|旗|新区|开发区|高新区|经开区))】"
_DIGEST_ITEM = regex.compile(_BRACKETED_PLACE)
#: A line that is a place in brackets, over the items of its section (【南城】).
_PLACE_TAG_LINE = regex.compile(r"^[ \t]*【(?P<place>\p{Han}{2,8})】[ \t]*$", regex.MULTILINE)
_PLACE_LABEL = regex.compile(r"[ \t]*(?P<place>\p{Han}{2,5}[市县区州])[：:]|" + _BRACKETED_PLACE)
#: A place in brackets that names where an event is held (（深圳）招商引资推介会).
_VENUE = regex.compile(
    r"[^）)\n]{1,8}[）)][^，,。；;\n]{0,14}?(?:推介会|招商|洽谈会|文化节|博览会|大会|论坛|交易会|展会)"
)
#: A form's name label, after which a place begins a project's name.
_NAME_LABELS = ("名称：", "名称:", "项目：", "项目:")
#: A post's time right before the province it was posted from (2024-04-26 18:30 江西).
_POSTED_AT = regex.compile(r"\d{1,2}:\d{2}[ \t]*\Z")
#: What a social-media post's header says before the province it was posted from.
_POSTED_FROM = ("发表于", "IP属地：", "IP属地:", "IP属地")
#: The rest of a registered company's name after the place that starts it.
_REGISTERED = regex.compile(r"[^，。；;：:、\n]*?(?:有限公司|有限责任公司|股份公司|集团公司)")
#: Where a subject may begin: after punctuation, a space, a dateline word or a list marker
#: (each one character).
_BOUNDARY = regex.compile(r"[^\p{Han}A-Za-z0-9]|讯|日|午|在|于|以")


def _place_at_boundary(text: str, i: int, stop: int) -> tuple[int, int] | None:
    at = place_at(text, i)
    if at == i:
        return None  # every subject place starts with a division
    if _REGISTERED.match(text, at, min(stop, at + 24)) is not None:
        return None  # 江苏三月科技股份有限公司: a company's name, not the place it invests in
    m = _SUBJECT_PLACE.match(text, i, stop)
    if m is not None and len(m.group()) <= 10:
        return m.start(), m.end()  # 仪征市, 洞头区: a division written with its suffix
    if at - i >= 2 and not _HAN.match(text[at : at + 1] or "。"):
        return i, at
    if at - i >= 2 and text.startswith(("迎来", "集中", "签约", "市", "县", "区"), at):
        return i, at
    return None


def _first_clause(text: str, start: int, end: int) -> int:
    """Where the paragraph's first clause ends, past a date that leads it (7月5日，合肥高新区
    举行签约会: the place is in the clause after the date)."""
    stop = clause_end(text, start, min(end, start + 80) - start, "，,：:；;。")
    if _DATE_LEAD.fullmatch(text, start, stop) is not None and stop < end:
        stop = clause_end(text, stop + 1, min(end, stop + 81) - stop - 1, "，,：:；;。")
    return stop


#: A clause that is only a date or time (7月5日, 2025年3月18日上午).
_DATE_LEAD = regex.compile(
    r"[ \t]*(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:上午|下午|晚间|晚上)?(?<=\S)"
)


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _project(
    ntext: NormalizedText,
    c: Candidate,
    found: Mentions,
    grammar: ProjectGrammar,
    previous_end: int,
    around: _Around,
) -> Draft:
    text = ntext.text
    scope = c.scope
    if isinstance(c.block, Block):
        scope = c.block.sections.get("intro", (c.end, c.end))
    if "scope" in c.fields:
        scope = c.fields["scope"]  # type: ignore[assignment]
    money = Mentions.inside(found.money, *scope)
    quantities = [  # not what another project's name holds (A年产10万吨…项目和B年产5万吨…项目)
        q for q in Mentions.inside(found.quantities, *scope) if not around.in_another_name(q, c)
    ]
    benefit = c.block.sections.get("significance") if isinstance(c.block, Block) else None
    told_money = money + Mentions.inside(found.money, *benefit) if benefit else money
    # 项目意义：达产后年产值30亿元，年吞吐能力800万吨: what it will make (its land is the intro's)
    made = quantities + Mentions.inside(found.quantities, *benefit) if benefit else quantities
    # the sentence that introduces the name, back to the previous project's name
    context_start = max(previous_end, clause_start(text, c.start, 120, "。；;！？\n"))
    context = (min(context_start, scope[0]), max(scope[1], c.end))

    paragraph = _paragraph(text, c.start)
    prefix, name_start = company_prefix(text, c.start, c.end)
    location = c.location
    parties = _parties(text, context_start, c.start)
    brand = brand_prefix(text, c.start, c.end)
    investor, weak_investor = _investor(
        text, c, scope, context, paragraph, prefix, name_start, parties, grammar, around, brand
    )
    weak = {"investor"} if weak_investor else set()
    if location is None:  # the site its text states, else the government that signed
        location = fields.location(text, *scope, grammar)
    if location is None and parties and parties[1]:
        location = parties[1]
        weak.add("location")  # a form's 建设地点 of the same project is finer
    if location is None:
        location = (
            fields.location(text, context[0], c.start, grammar) if c.layout != "block" else None
        )
    if location is None and text.endswith("的", 0, c.start):
        # 南陵县的…, 淮安经开区的…, 尖山新区正在建设的…项目: the place the name is said of
        location = fields.place_before(text, c.start - 1)
    if location is None:
        after = _PLACE_AFTER.match(text, c.end)
        if after is not None and (
            place_at(text, after.start("place")) > after.start("place")
            or _SUBJECT_PLACE.fullmatch(after.group("place"))
        ):
            location = after.span("place")
    if location is None:
        location = place_prefix(text, prefix[1] if prefix else c.start, c.end)
        after_brand = place_prefix(text, brand[1], c.end) if brand else None
        if brand is not None and after_brand is None and text.startswith(("（", "("), brand[1]):
            after_brand = place_prefix(text, brand[1] + 1, c.end)  # 宁德时代（肇庆）…
        if brand is not None and after_brand is None:
            after_brand = park_after_brand(text, brand[1], c.end)  # 惠记大地新能源河西堡…产业园…
        if (
            location is not None
            and brand is not None
            and location[1] < brand[1]
            and (after_brand or text.startswith(("（", "("), brand[1]))
        ):
            location = None  # 宁德 of 宁德时代（肇庆）…, 上海电气南通…: the brand's place
        location = location or after_brand
        if (
            location is not None
            and brand is not None
            and location[1] < brand[1]
            and c.layout != "block"
            and (subject := around.place(paragraph[0], _first_clause(text, *paragraph))) is not None
            and subject[1] <= c.start
            and not text.startswith(text[location[0] : location[1]], subject[0])  # 广州市
        ):
            location = subject  # 东台经济开发区…。苏州固锝年产…项目: 苏州 is the brand's
        if location is not None:
            weak.add("location")  # a site stated elsewhere is finer than the name's place
    if location is None and c.layout != "block":
        location = (
            around.place(paragraph[0], _first_clause(text, *paragraph))
            or around.tagged_place(c.start)
            or around.document_place
        )
        if (
            location is not None
            and location == around.document_place
            and around.inside_another_name(location, c)
        ):
            location = None  # (一、续建项目\nA工程…\n二、…\n宜宾港志城作业区二期工程: B's site)
        weak.add("location")  # the place the paragraph or article is about

    total = fields.investment(text, money, scope[0], c.end, c.start)
    cell = c.fields.get("investment")  # a table's investment column (总投资（亿元）)
    if total is None and isinstance(cell, tuple):
        total = _money_in(found, cell)
    if total is None and c.shared is not None:
        total = _threshold(text, found, c.shared, c.end)
    output = fields.annual_output(text, told_money, block=isinstance(c.block, Block))
    if output is None and isinstance(out_cell := c.fields.get("output"), tuple):  # 年产值｜120亿元
        output = _money_in(found, out_cell)
    outside_name = scope[0] > c.start or scope[1] < c.end
    in_name = Mentions.inside(found.quantities, c.start, c.end)
    name_states = fields.capacities(text, in_name) if in_name else []
    # (年产16GW电池项目…：一期…8GW；二期…8GW: the phases' figures are the name's in parts)
    capacities = fields.capacities(text, made, c.end, named=bool(name_states))
    if outside_name:  # capacities written in the name count too
        stated = {measure(q) for q in capacities}  # a name's 年产20万吨 the body states again
        named = [q for q in name_states if measure(q) not in stated]
        capacities = named + capacities
    # X与Y签约，拟投资…建设name: the signing the parties' clause states is the project's
    stated_in = (min(scope[0], context_start), scope[1]) if parties else scope
    progress = _progress(ntext, c, found, stated_in, paragraph, around)
    o_start, o_end = ntext.span(*c.scope)
    name_span = around.span((name_start, c.end))
    assert name_span is not None
    sections = (
        {k: ntext.original[slice(*ntext.span(a, b))] for k, (a, b) in c.block.sections.items()}
        if isinstance(c.block, Block)
        else {}
    )
    # a block tells its phases' progress in its own section, a table in its own cell
    # (一期已投产，二期…)
    told = (
        [c.block.sections["progress"]]
        if isinstance(c.block, Block) and "progress" in c.block.sections
        else []
    )
    if isinstance(cell := c.fields.get("progress"), tuple):
        told.append(cell)
    if location is not None and text[location[0] : location[1]] in _HOME:
        location = around.home_place or location  # 在我市投资…: the city the headline names
    investor_span = around.span(investor)
    location_span = around.span(location)
    return Draft(
        name=_SPACES.sub("", name_span.text),
        start=o_start,
        end=o_end,
        layout=c.layout,
        mention=name_span,
        investor=_text(investor_span),
        investor_span=investor_span,
        location=_text(location_span),
        location_span=location_span,
        investment=total,
        phases=fields.phases(ntext, found, [scope, *told], total),
        capacities=capacities,
        products=fields.products(text[scope[0] : scope[1]])
        + fields.products_after(ntext.original, capacities),
        annual_output=output,
        tax=fields.tax(text, told_money),
        jobs=fields.jobs(text, quantities),
        land_area=fields.land_area(text, quantities, block=isinstance(c.block, Block)),
        progress=progress,
        significance=sections.get("significance"),
        sections=sections,
        weak=weak,
        labelled={"investor"} if c.investor is not None and investor == c.investor else set(),
        key=name_key(text[name_start : c.end]),
    )


def _investor(
    text: str,
    c: Candidate,
    scope: tuple[int, int],
    context: tuple[int, int],
    paragraph: tuple[int, int],
    prefix: tuple[int, int] | None,
    name_start: int,
    parties: tuple[tuple[int, int] | None, tuple[int, int] | None] | None,
    grammar: ProjectGrammar,
    around: _Around,
    brand: tuple[int, int] | None,
) -> tuple[tuple[int, int] | None, bool]:
    """Who invests, and whether that is only implied: as the layout or the text states it
    (a registered company before the name, X与Y签约的, 由X投资, X投资…建设), else as the
    name or the text around implies it (a group or brand in the name, the company the
    sentence, paragraph or headline is about); an implied investor is weak, so a stated
    one wins when merging."""
    registered = prefix if prefix is not None and name_start > c.start else None
    stated = (
        c.investor
        or registered
        or fields.company_owning(text, c.start, context[0])
        or (parties[0] if parties else None)
        or fields.investor(text, *scope, grammar)
        or (fields.investor(text, context[0], c.start, grammar) if c.layout != "block" else None)
        or fields.company_after_name(text, c.end, scope[1])
        or fields.company_referred_to(text, context[0], c.start, paragraph[0])
        or fields.issuer_referred_to(text, context[0], c.start)
    )
    if stated is not None or c.layout == "block":
        return stated, False
    # 新宙邦项目, after 深圳市新宙邦科技股份有限公司等企业代表上台签约: the company named in full
    short = brand or (
        (c.start, c.end - 2)
        if 2 <= c.end - 2 - c.start <= 6 and text.endswith("项目", 0, c.end)
        else None
    )
    full = fields.company_named_before(text, text[short[0] : short[1]], c.start) if short else None
    implied = (
        prefix
        or full
        or brand
        or fields.subject_company(text, context[0], c.start)
        or around.company(*paragraph)
        or around.document_company
    )
    return implied, implied is not None


def measure(q: Quantity) -> tuple[object, ...]:
    """What two mentions of one capacity share: its value, unit and period."""
    return q.value, q.unit, q.per


def _text(span: Span | None) -> str | None:
    """A span's text without spaces."""
    return _SPACES.sub("", span.text) if span else None


def _parties(
    text: str, start: int, end: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """In X与Y签约的 before a name: (the company, the government or park)."""
    stretch = text[start:end]
    if "签" not in stretch:  # every verb of _PARTIES starts so (a fast test)
        if "订立" not in stretch:
            return None
        stretch = stretch.replace("订立", "签订")  # 订立协议 signs too; the length holds
    matches = list(_PARTIES.finditer(stretch)) or list(_WITH_PARTY.finditer(stretch))
    if not matches:
        return None
    m = matches[-1]
    a_span, b = _shifted(m.span("a"), start), _shifted(m.span("b"), start)
    manner = _MANNER.search(text, b[0] + 2, b[1])  # 与如皋开发区通过视频签约: not the place's
    b = (b[0], manner.start()) if manner is not None else b
    a = _party(text, *a_span)
    if a is None:
        b_party = _party(text, *b)
        if b_party is not None and text[b_party[0] : b_party[1]].endswith(_FIRMS):
            if text[a_span[0] : a_span[1]] in _HOME:
                return b_party, a_span  # 我区与X公司签订: X invests in the release's district
            speaker = _SPEAKER.search(text, start, a_span[0])
            if speaker is not None and _GOVERNMENT.search(text, speaker.start(), speaker.end()):
                return b_party, speaker.span()  # 宿迁经开区宣布，已与X公司签订: X invests there
        if b_party is not None and not text[b_party[0] : b_party[1]].endswith(_FIRMS):
            b_party = _place_of_party(text, b_party)  # 公司公告称，已与宜宾市政府签订: 宜宾市
        return None, b_party  # 称公司已与Y签订: the company is the one the text is about
    a_text, b_text = text[a[0] : a[1]], text[b[0] : b[1]]
    a_gov = bool(_GOVERNMENT.search(a_text) or _GOVERNMENT.search(text[a[0] : b[0] - 1]))
    if a_text.endswith(_FIRMS):
        return a, (None if b_text.endswith(_FIRMS) else _place_of_party(text, b))  # two firms: none
    if a_gov or b_text.endswith(_FIRMS):
        return b, _place_of_party(text, a)
    return a, _place_of_party(text, b)


def _place_of_party(text: str, party: tuple[int, int]) -> tuple[int, int]:
    """The place a government party names, without its body (青峰县人民政府: 青峰县)."""
    return party[0], without_government(text, *party)


#: How a signing was held, between the second party and the verb (通过视频, 以“云签约”方式).
_MANNER = regex.compile(
    r"(?:通过|以|采取|采用)[^，。；]{1,10}$|(?:线上|云端|现场|远程|正式|成功|顺利|举行|举办|进行)+$"
)


def _shifted(span: tuple[int, int], by: int) -> tuple[int, int]:
    return span[0] + by, span[1] + by


_FIRMS = ("公司", "集团", "股份")
#: A government or park that says it has signed, before the clause that names the firm
#: (宿迁市经开区宣布，已与X公司签订…).
_SPEAKER = regex.compile(r"\p{Han}{2,20}?(?=(?:宣布|表示|透露|称)[，,])")
#: A date at the end of a party, said of the signing (X于2024年5月22日与Y签署).
_PARTY_WHEN = regex.compile(r"于?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?$")
_SAYS = ("宣布", "表示", "称", "披露", "公告")
#: A note in brackets after a party's name (（以下简称“公司”）, （Rosen）).
_NOTE_AT_END = regex.compile(r"[（(][^（）()\n]{1,30}[）)]$")
_PARTY_LEAD = regex.compile(
    r".*(?:(?<!简|下)称|表示|宣布|披露|，|,|所属|旗下)"
)  # (集团所属X公司与…)
#: Adverbs between a party and 与 (比亚迪则与…, 华光集团近日也已与…), stripped in any order.
_PARTY_TAIL = ("已经", "已", "将", "也", "正", "还", "均", "分别", "则", "又", "亦", "再", "拟",
               "近日", "日前", "今天", "今日", "昨天", "昨日", "当天", "正式", "同时", "先后")  # fmt: skip


def _party(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A party of 与…签约 without the verb before it and the adverb after it; None for
    an anaphoric 公司 / 该公司."""
    while said := next((w for w in _SAYS if text.endswith(w, start, end)), None):
        end -= len(said)  # 宁曜动力宣布与…: the party is who says it
    lead = _PARTY_LEAD.match(text, start, end)
    start = lead.end() if lead else start
    opener = LEADING.match(text, start, end)  # 分别是甲县…, 以及丙县…
    start = opener.end() if opener and opener.end() < end else start
    while tail := next((t for t in _PARTY_TAIL if text.endswith(t, start, end)), None):
        end -= len(tail)
    when = _PARTY_WHEN.search(text, start, end)  # （以下简称“公司”）于2024年5月22日与…
    end = when.start() if when is not None and when.end() > when.start() else end
    note = _NOTE_AT_END.search(text, start, end) if text[end - 1 : end] in "）)" else None
    end = (
        note.start() if note is not None and note.start() > start else end
    )  # X公司（以下简称“公司”）
    while start < end and text[start] in "）)":
        start += 1
    name = text[start:end]
    if name in ("公司", "该公司", "本公司", "双方", "其", "我市", "我县", "我区") or len(name) < 2:
        return None
    return start, end


def _threshold(text: str, found: Mentions, shared: tuple[int, int], after: int) -> Money | None:
    """A threshold the list states for every member after the names (均过5亿元)."""
    for item in Mentions.inside(found.money, after, shared[1]):
        m = item.mention
        if (
            isinstance(m, Money)
            and m.qualifier in ("more_than", "at_least")
            and text.endswith(_THRESHOLD, max(after, item.start - 8), item.start)
        ):
            return m
    return None


def _progress(
    ntext: NormalizedText,
    c: Candidate,
    found: Mentions,
    scope: tuple[int, int],
    paragraph: tuple[int, int],
    around: _Around,
) -> list[Milestone]:
    if isinstance(c.block, Block):
        section = c.block.sections.get("progress")
        stated = fields.progress(ntext, found, *section) if section else []
        # a block of a 集中签约 article was signed there, as a list's member was
        return stated + _implied(c, stated, paragraph, around)
    stated = fields.progress(ntext, found, *scope, name=(c.start, c.end))
    # a table's 进展情况 column; what a list of names shares; a period told in words
    # (计划工期：计划2024年6月开工，2025年12月竣工投产)
    for cell in (c.fields.get("progress"), c.fields.get("period")):
        if isinstance(cell, tuple):
            stated = _with_new_stages(stated, fields.progress(ntext, found, *cell))
    if c.shared is not None and around.introduces(*c.shared):
        # 2所学校将于9月投入使用：——A项目…；——B项目…: each member's
        said = around.said_of_all(*c.shared)
        stated = _with_new_stages(stated, [m for m in said if m.date is not None])
    lead = c.fields.get("lead")  # 推动A、B项目开工建设: said before the first of the names
    if isinstance(lead, int) and any(m.status == "unknown" for m in stated):
        led = fields.status(ntext.text, lead, 0)
        stated = [
            m.model_copy(update={"status": led}) if m.status == "unknown" else m for m in stated
        ]
    if any(m.date is None for m in stated):
        stated = _dated_by_the_event(c, stated, paragraph, around)
    milestones = stated + _implied(c, stated, paragraph, around)
    frame = c.fields.get("frame")  # 开工建设A、B等项目; A、B等项目建成投产: each member's
    if isinstance(frame, tuple) and not milestones:
        milestones = [m for span in frame for m in fields.progress(ntext, found, *span)]
    period = c.fields.get("period")  # a table's or form's 建设年限: stages nothing else gives
    if not isinstance(period, tuple):
        period = stated_period(ntext.text, *scope)  # …；建设期：2024年3月至2026年2月
    if isinstance(period, tuple):
        milestones = _with_new_stages(milestones, period_milestones(ntext, found, *period))
    if all(m.stage != "construction_start" for m in milestones):
        milestones += _continued(c, around)
    # 项目建成后，年产值可达50亿元: to be completed, whatever else it says
    milestones += fields.conditional(ntext, *scope, {m.stage for m in milestones})
    for role, span in c.fields.get("stages", ()):  # type: ignore[attr-defined]
        # | 开工时间 | 2024年4月 |: a schedule's stage column dates what nothing else did
        cell = stage_milestone(ntext, found, role.removeprefix(STAGE_ROLE), *span)
        same = [m for m in milestones if cell is not None and m.stage == cell.stage]
        if cell is not None and all(m.date is None for m in same):
            milestones = [m for m in milestones if m not in same] + [cell]
    return milestones


def _continued(c: Candidate, around: _Around) -> list[Milestone]:
    """The start of a project listed under 续建项目 or 在建项目, whose works began before
    (in an earlier year, undated), whatever the article's event."""
    section = around.section(c.start) if c.layout in ("list", "form", "prose") else None
    if section is None or not _CONTINUED.search(around.text, *section):
        return []
    started = around.implied("construction_start", *section)
    return [started.model_copy(update={"status": "done", "date": None})]


def _money_in(found: Mentions, cell: tuple[int, int]) -> Money | None:
    """The first amount in a cell or field's value (| 总投资（亿元） | 32 |, 年产值｜120亿元)."""
    inside = Mentions.inside(found.money, *cell)
    return inside[0].mention if inside and isinstance(inside[0].mention, Money) else None


def _with_new_stages(kept: list[Milestone], more: list[Milestone]) -> list[Milestone]:
    """``kept`` and the milestones of ``more`` whose stage it does not have yet."""
    have = {m.stage for m in kept}
    return kept + [m for m in more if m.stage not in have]


def _dated_by_the_event(
    c: Candidate, stated: list[Milestone], paragraph: tuple[int, int], around: _Around
) -> list[Milestone]:
    """``stated`` with an undated stage that the article's dated event is (4月15日，…集中签约
    活动举行。…X与Y签约碳纤维项目) on the event's date."""
    events = {m.stage: m.date for m in _event_implies(c, set(), paragraph, around) if m.date}
    return [
        m.model_copy(update={"date": events[m.stage]})
        if m.date is None and m.stage in events
        else m
        for m in stated
    ]


def _implied(
    c: Candidate, stated: list[Milestone], paragraph: tuple[int, int], around: _Around
) -> list[Milestone]:
    """The stage its list's, paragraph's or article's event implies for a project whose
    own text states none of it (``stated`` are the milestones it states), unless it has
    already gone past that stage (a project topped out did not start at the event)."""
    stages = {m.stage for m in stated}
    reached = max((_LIFE.index(m.stage) for m in stated if m.status != "planned"), default=-1)
    planned = all(m.status == "planned" for m in stated)  # (nothing has happened yet)
    return [
        m
        for m in _event_implies(c, stages, paragraph, around, planned)
        if _LIFE.index(m.stage) >= reached
    ]


#: How many sentences back a lead that dates the event may stand.
_LEAD_REACH = 3
#: The longest line of a post that goes on to the next (its lines are cut short).
_SHORT_LINE = 20
_SENTENCE_MARK = regex.compile(r"[，,。；;！？!?：:]")
#: Kinds of project a section heads that had no event of the article's: they are under
#: way or not yet started (续建项目, 在建项目, 储备项目, 前期项目).
#: Sections of projects whose works began in an earlier year (续建项目, 在建项目).
_CONTINUED = regex.compile(r"续建|在建")
_NO_EVENT = regex.compile(_CONTINUED.pattern + r"|储备|前期|预备|谋划|推进|加快")
#: The stages in the order a project lives them.
_LIFE: tuple[Stage, ...] = get_args(Stage)


def _event_implies(
    c: Candidate,
    stages: set[Stage],
    paragraph: tuple[int, int],
    around: _Around,
    planned: bool = True,
) -> list[Milestone]:
    """The event of the project's list, section heading, paragraph or article, in that
    order, as a milestone, where it is not one of the ``stages`` stated (a paragraph's
    only where it states none, or only ``planned`` ones)."""
    if c.shared is not None and (listed := around.event(*c.shared)) is not None:
        # the list's event is its members', whatever the article's
        return (
            []
            if listed in stages
            else [around.dated_as_the_article(around.implied(listed, *c.shared))]
        )
    section = around.section(c.start) if c.layout in ("list", "form", "prose") else None
    if section is not None and (
        (event := around.event(*section)) is not None or _NO_EVENT.search(around.text, *section)
    ):
        # 二、新开工项目 over its items: their event; 一、续建项目: started before, whatever
        # the article's; 一、先进制造业项目 says nothing of it: the article's, as below
        if event is None or event in stages:
            return []
        milestone = around.dated_as_the_article(around.implied(event, *section))
        if around.plan_list and milestone.status == "done":
            milestone = milestone.model_copy(update={"status": "planned"})  # 名单's 新开工项目
        return [milestone]
    event = None
    if planned:  # the event of its own sentence, or one held earlier in its paragraph
        own = clause_start(around.text, c.start, c.start - paragraph[0], fields.EVENT_SENTENCE_STOP)
        event = around.event(own, c.end) or around.held_event(paragraph[0], own)
    if event is not None and event not in stages:
        return [around.dated_as_the_article(around.implied(event, *paragraph))]
    if (event := around.document_stage) is not None and event not in stages:
        # a project of a 集中开工 article did start, as the article's opening says
        sentence = around.document_sentence
        if _DIGEST_ITEM.match(around.text, paragraph[0]) and (
            sentence is None or not paragraph[0] <= sentence[0] < paragraph[1]
        ):
            return []  # 【临港区】…: a digest's item, which another item's event is not
        return [around.implied(event, *(sentence or paragraph))]
    return []
