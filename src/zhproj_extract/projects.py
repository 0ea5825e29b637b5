"""Projects: the blocks of a release (● 项目名 / 项目介绍：… / 项目进展：…) as typed Projects.

Tables first: the block markers, the section labels, the cue words for each field and the
progress stages below.  The parser finds block headers, collects the labelled sections
under them, and fills each field from the mentions the other dimensions already found
inside the block (money, quantities, dates), so every value keeps its exact span.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import regex

from .models import (
    DateMention,
    Milestone,
    Money,
    Phase,
    Project,
    ProjectMention,
    Quantity,
    Stage,
    Status,
)
from .rules import alternation
from .text import NormalizedText, clause_end, clause_start, normalize

__all__ = [
    "DEFAULT_GRAMMAR",
    "SECTION_LABELS",
    "STAGES",
    "ProjectGrammar",
    "find_project_mentions",
    "find_projects",
]

# --- tables --------------------------------------------------------------------------

#: Section label → section kind.
SECTION_LABELS: dict[str, str] = {
    **dict.fromkeys(("项目介绍", "项目简介", "项目概况", "基本情况", "建设内容", "项目内容"), "intro"),
    **dict.fromkeys(("项目意义", "项目亮点", "项目价值"), "significance"),
    **dict.fromkeys(("项目进展", "进展情况", "建设进度", "项目进度", "最新进展"), "progress"),
}  # fmt: skip

#: Characters that mark a block header.
BULLETS = "●○◆◇■□▲△★☆•"

#: Progress stage → the words that name it (longest first when matched).
STAGES: dict[Stage, tuple[str, ...]] = {
    "signing": ("签约", "签订协议"),
    "construction_start": ("开工建设", "开工", "动工", "破土动工"),
    "topping_out": ("封顶",),
    "trial_production": ("试生产", "试产", "试运行"),
    "production_start": ("投产", "投入生产", "建成投产"),
    "full_production": ("达产", "满产"),
    "completion": ("竣工", "建成"),
    "operation": ("运营", "投入使用", "营业"),
}

#: Words before a stage that say whether it happened.
STATUS_WORDS: dict[str, Status] = {
    "已": "done", "已经": "done", "正在": "in_progress", "加快": "in_progress",
    "计划": "planned", "预计": "planned", "拟": "planned", "将": "planned", "力争": "planned",
}  # fmt: skip

#: Cues for money fields (the nearest cue before the amount in its clause decides).
TOTAL_INVESTMENT = ("计划总投资", "项目总投资", "总投资")
INVESTMENT = ("计划投资", "投资")
ANNUAL_OUTPUT = ("达产后年产值", "年产值", "年产能", "达产产值", "年营业收入", "年营收",
                 "年销售收入", "年销售额")  # fmt: skip
TAX = ("年纳税", "年税收", "纳税", "税收")
JOBS = ("就业岗位", "就业", "岗位")
LAND = ("占地", "用地", "占地面积", "用地面积")
#: Words that end a description before a company name (…龙头企业——X公司, …的X公司).
DESCRIPTOR_ENDS = ("——", "—", "的", "企业", "冠军", "龙头", "巨头", "投资方为", "投资方",
                   "领军者", "引领者", "之一", "：", ":")  # fmt: skip
#: Verbs that introduce the list of products (主要研发生产聚砜、PEI等…).
_PRODUCTS = regex.compile(
    r"(?:主要研发生产|主要生产|研制、生产|研制生产|主要产品(?:包括|为)?|产品包括)"
    r"(?P<list>[^，。；\n]{2,80}?)(?:等|，|。|；|$)"
)
#: Kinds of quantity that are a capacity even without 年产 (50GWh, 10GW).
CAPACITY_KINDS = ("energy", "power")
#: Phase words (首期启动年产10GW…).
PHASES = ("首期", "一期", "二期", "三期", "四期")

# --- patterns ------------------------------------------------------------------------

_HEADER = regex.compile(
    rf"""^[ \t]*(?:
        [{BULLETS}][ \t]*(?P<name>[^\n]+?)
      | 【(?P<name>[^】\n]+)】
      | (?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．]|项目[一二三四五六七八九十]+[：:])[ \t]*(?P<name>[^\n]+?)
      | (?P<name>[^\n，。；：:]{{2,40}}项目(?:（[^）\n]{{1,6}}）)?)
    )[ \t]*$""",
    regex.MULTILINE | regex.VERBOSE,
)
_COMPANY = regex.compile(
    r"(?:由|投资方为|投资方)(?P<who>[^，。；\n]{2,80}?(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|集团))"
    r"(?=投资|建设|出资|牵头|主导|是|为|的|，|。)"
)
_PLACE_CUE = r"(?:落户|位于|选址|坐落于|落地|建于|布局于|布局在)(?:于|在)?"
_LOCATION = regex.compile(
    _PLACE_CUE
    + r"(?P<where>\p{Han}{0,10}(?:高新技术产业开发区|经济技术开发区|高新区|开发区|经开区|新区|园区|"
    r"产业园|工业园|产业基地|区|县|市|镇))"
)


class ProjectGrammar:
    """Section labels, and the place and company names the project parser knows.

    :data:`DEFAULT_GRAMMAR` holds the library's own labels and no names; an
    :class:`~zhproj_extract.Extractor` given more builds its own.  A known place after a
    location cue (落户, 位于 …) is taken whole even without an administrative suffix
    (落户江门人才岛); a known company in a block's introduction is its investor, exactly
    as written, before the 由…公司 heuristic is tried.
    """

    def __init__(
        self,
        section_labels: Mapping[str, str] = SECTION_LABELS,
        places: Iterable[str] = (),
        companies: Iterable[str] = (),
    ) -> None:
        self.section_labels = dict(section_labels)
        self.places = tuple(places)
        self.companies = tuple(companies)
        if not self.section_labels or not all(self.section_labels):
            raise ValueError("section labels must be non-empty words")
        self.section = regex.compile(
            rf"^[ \t]*(?P<label>{alternation(self.section_labels)})[ \t]*[：:]?[ \t]*",
            regex.MULTILINE,
        )
        self.place = (
            regex.compile(_PLACE_CUE + rf"(?P<where>{alternation(self.places)})")
            if any(self.places)
            else None
        )
        self.company = regex.compile(alternation(self.companies)) if any(self.companies) else None

    def extended(
        self,
        section_labels: Mapping[str, str] | None = None,
        places: Iterable[str] = (),
        companies: Iterable[str] = (),
    ) -> ProjectGrammar:
        """This grammar with more labels (label → section kind) and names."""
        return ProjectGrammar(
            {**self.section_labels, **(section_labels or {})},
            (*self.places, *places),
            (*self.companies, *companies),
        )


DEFAULT_GRAMMAR = ProjectGrammar()
_CLAUSE_STOP = "，。；;！？\n"
_SENTENCE_STOP = "。；;！？\n"


@dataclass(frozen=True)
class _Block:
    start: int  # normalised offsets
    end: int
    name: str
    name_start: int
    name_end: int
    sections: dict[str, tuple[int, int]]  # kind → (start, end) of the section text


_NON_SPACE = regex.compile(r"\S")
#: A name cut by a page break: the rest of it stands alone on the next line.
_NAME_REST = regex.compile(r"[ \t]*[^\n，。；：:！？]{1,16}[ \t]*(?=\n|$)")


def _blocks(text: str, grammar: ProjectGrammar) -> list[_Block]:
    """Block headers followed by at least one labelled section, and their sections."""
    section_at = grammar.section.match
    headers = [m for m in _HEADER.finditer(text) if not section_at(text, m.start())]
    blocks: list[_Block] = []
    for i, header in enumerate(headers):
        limit = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        sections: dict[str, tuple[int, int]] = {}
        pos = end = header.end()
        name_end = header.end("name")
        while True:
            nxt = _NON_SPACE.search(text, pos, limit)
            if nxt is None:
                break
            line_start = text.rfind("\n", 0, nxt.start()) + 1
            section = section_at(text, line_start)
            if section is None:
                rest = _NAME_REST.match(text, line_start) if not sections else None
                following = _NON_SPACE.search(text, rest.end(), limit) if rest else None
                if (
                    rest
                    and following
                    and section_at(text, text.rfind("\n", 0, following.start()) + 1)
                ):
                    pos = name_end = rest.end()  # the name went on after a page break
                    continue
                break  # a line that is not a section ends the block
            line_end = text.find("\n", section.end(), limit)
            line_end = limit if line_end < 0 else line_end
            kind = grammar.section_labels[section.group("label")]
            sections.setdefault(kind, (section.end(), line_end))
            pos = end = line_end
        if sections:
            name = regex.sub(r"\s+", "", text[header.start("name") : name_end])
            blocks.append(
                _Block(header.start("name"), end, name, header.start("name"), name_end, sections)
            )
    return blocks


def _inside(
    mentions: Sequence[Money | Quantity | DateMention], start: int, end: int, ntext: NormalizedText
) -> list:  # type: ignore[type-arg]
    """The mentions (in text order) that lie within normalised ``start``..``end``."""
    o_start, o_end = ntext.span(start, end)
    found = []
    for i in range(bisect_left(mentions, o_start, key=lambda m: m.start), len(mentions)):
        mention = mentions[i]
        if mention.start >= o_end:
            break
        if mention.end <= o_end:
            found.append(mention)
    return found


def _cue_before(text: str, pos: int, cues: Sequence[str], limit: int = 24) -> str | None:
    """The last of ``cues`` in the clause before normalised ``pos``."""
    window = text[clause_start(text, pos, limit, _CLAUSE_STOP) : pos]
    best: tuple[int, str] | None = None
    for cue in cues:
        at = window.rfind(cue)
        if at >= 0 and (
            best is None or at > best[0] or (at == best[0] and len(cue) > len(best[1]))
        ):
            best = (at, cue)
    return best[1] if best else None


def _is_capacity(quantity: Quantity) -> bool:
    """A production capacity: an annual figure (年产20万吨) or an energy or power rating."""
    return quantity.per is not None or quantity.kind in CAPACITY_KINDS


def _investor(text: str, grammar: ProjectGrammar) -> str | None:
    known = grammar.company.search(text) if grammar.company is not None else None
    if known is not None:
        return str(known.group())
    m = _COMPANY.search(text)
    if m is None:
        return None
    who = m.group("who")
    cut = max((who.rfind(end) + len(end) for end in DESCRIPTOR_ENDS if end in who), default=0)
    who = who[cut:].strip("“”\"' ")
    return who or None


def _products(text: str) -> list[str]:
    """主要研发生产聚砜、PEI、PETG等… → [聚砜, PEI, PETG]."""
    m = _PRODUCTS.search(text)
    if m is None:
        return []
    items = regex.split(r"、|和|及|以及", m.group("list"))
    return [item.strip() for item in items if 1 < len(item.strip()) <= 20]


_PRODUCT_AFTER = regex.compile(r"[^，。、；;\n]{2,20}")


def _products_after(ntext: NormalizedText, capacities: Sequence[Quantity]) -> list[str]:
    """年产20万吨电解液、0.6万吨高纯碳酸锂 → [电解液, 高纯碳酸锂]: what an annual figure makes."""
    products = []
    for q in capacities:
        if q.per is None:
            continue
        after = _PRODUCT_AFTER.match(ntext.original, q.end)
        word = after.group().removesuffix("项目") if after else ""
        if word and not regex.match(r"(?:产能|规模|的|以上|左右|，)", word):
            products.append(word)
    return products


def _location(text: str, grammar: ProjectGrammar) -> str | None:
    m = grammar.place.search(text) if grammar.place is not None else None
    m = m or _LOCATION.search(text)
    return m.group("where") if m else None


def _stage(text: str) -> list[tuple[Stage, str, int]]:
    """Each stage named in ``text`` with its status and where the stage word starts."""
    found = []
    for stage, words in STAGES.items():
        for word in sorted(words, key=len, reverse=True):
            at = text.find(word)
            if at >= 0:
                found.append((stage, word, at))
                break
    found.sort(key=lambda f: f[2])
    kept: list[tuple[Stage, str, int]] = []
    for stage, word, at in found:  # 建成投产 is production_start, not completion too
        if any(
            k_at <= at < k_at + len(k_word) or at <= k_at < at + len(word)
            for _, k_word, k_at in kept
        ):
            continue
        kept.append((stage, word, at))
    return kept


def _status(text: str, at: int) -> Status:
    window = text[max(0, at - 12) : at]
    best: Status = "unknown"
    best_at = -1
    for word, status in STATUS_WORDS.items():
        i = window.rfind(word)
        if i > best_at:
            best, best_at = status, i
    return best


def find_projects(
    ntext: NormalizedText,
    money: Sequence[Money],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention],
    grammar: ProjectGrammar = DEFAULT_GRAMMAR,
) -> list[Project]:
    """Every project block in ``ntext``, its fields filled from the document's mentions."""
    return [
        _project(ntext, block, money, quantities, dates, grammar)
        for block in _blocks(ntext.text, grammar)
    ]


def _project(
    ntext: NormalizedText,
    block: _Block,
    money: Sequence[Money],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention],
    grammar: ProjectGrammar,
) -> Project:
    text = ntext.text
    start, end = ntext.span(block.start, block.end)
    name_start, name_end = ntext.span(block.name_start, block.name_end)
    written_name = regex.sub(r"\s+", "", ntext.original[name_start:name_end])
    raw = {
        kind: ntext.original[slice(*ntext.span(a, b))] for kind, (a, b) in block.sections.items()
    }
    intro = block.sections.get("intro", (block.start, block.start))
    intro_money: list[Money] = _inside(money, *intro, ntext)
    intro_quantities: list[Quantity] = _inside(quantities, *intro, ntext)
    norm_of = {
        m.start: _norm_start(ntext, m.start, *intro) for m in [*intro_money, *intro_quantities]
    }

    def cue(m: Money | Quantity, cues: Sequence[str]) -> str | None:
        return _cue_before(text, norm_of[m.start], cues)

    investment = next((m for m in intro_money if cue(m, TOTAL_INVESTMENT)), None) or next(
        (m for m in intro_money if cue(m, INVESTMENT) and m.kind == "amount"), None
    )
    annual_output = next((m for m in intro_money if cue(m, ANNUAL_OUTPUT)), None)
    tax = next((m for m in intro_money if cue(m, TAX)), None)
    capacities = [q for q in intro_quantities if _is_capacity(q)]
    areas = [q for q in intro_quantities if q.kind == "area"]
    land_area = next((q for q in areas if cue(q, LAND)), areas[0] if areas else None)
    jobs = next((q for q in intro_quantities if q.kind == "count" and cue(q, JOBS)), None)
    phases = _phases(ntext, intro, intro_money, intro_quantities, investment)
    intro_text = text[intro[0] : intro[1]]
    progress = _progress(ntext, block.sections.get("progress"), dates)
    return Project(
        name=written_name,
        start=start,
        end=end,
        investor=_investor(intro_text, grammar),
        products=_products(intro_text) + _products_after(ntext, capacities),
        location=_location(intro_text, grammar),
        investment=investment,
        phases=phases,
        capacities=capacities,
        annual_output=annual_output,
        tax=tax,
        jobs=jobs,
        land_area=land_area,
        progress=progress,
        significance=raw.get("significance"),
        sections=raw,
    )


def _norm_start(ntext: NormalizedText, original_start: int, lo: int, hi: int) -> int:
    """The normalised offset of an original offset inside ``[lo, hi)`` (a short search)."""
    for i in range(lo, hi):
        if ntext.to_original(i) >= original_start:
            return i
    return hi


def _phases(
    ntext: NormalizedText,
    intro: tuple[int, int],
    money: list[Money],
    quantities: list[Quantity],
    total: Money | None,
) -> list[Phase]:
    text = ntext.text
    phases = []
    for m in regex.finditer("|".join(PHASES), text[intro[0] : intro[1]]):
        p_start = intro[0] + m.start()
        stop = clause_end(text, p_start, intro[1] - p_start, _SENTENCE_STOP)
        o_start, o_end = ntext.span(p_start, stop)
        phase_money = [x for x in money if o_start <= x.start < o_end and x is not total]
        phases.append(
            Phase(
                name=m.group(),
                start=o_start,
                end=o_end,
                investment=next(
                    (
                        x
                        for x in phase_money
                        if x.kind == "amount"
                        and _cue_before(
                            text, _norm_start(ntext, x.start, p_start, stop), INVESTMENT
                        )
                    ),
                    None,
                ),
                capacities=[
                    q
                    for q in quantities
                    if o_start <= q.start < o_end and q.kind not in ("count", "area")
                ],
            )
        )
    return phases


def _progress(
    ntext: NormalizedText, section: tuple[int, int] | None, dates: Sequence[DateMention]
) -> list[Milestone]:
    if section is None:
        return []
    text = ntext.text
    body = text[section[0] : section[1]]
    section_dates = _inside(dates, *section, ntext)
    milestones = []
    for stage, word, at in _stage(body):
        o_word = ntext.span(section[0] + at, section[0] + at + len(word))
        before = [d for d in section_dates if d.kind == "date" and d.end <= o_word[1]]
        date = before[-1] if before else None
        o_start, o_end = ntext.span(section[0], section[1])
        milestones.append(
            Milestone(
                stage=stage,
                status=_status(body, at),
                date=date,
                text=ntext.original[o_start:o_end],
                start=o_start,
                end=o_end,
            )
        )
    return milestones


# --- prose mentions ------------------------------------------------------------------

#: Words that make a "…项目" phrase generic rather than a name (重点项目, 配套项目).
GENERIC_NAME_WORDS = ("重点", "重大", "招商", "配套", "储备", "标杆", "优质", "实体", "代表性",
                      "示范", "样板", "链主", "正式", "签约", "开工", "投产", "该", "这些", "一批",
                      "产业链", "制造业项目", "关联", "多个", "等")  # fmt: skip
#: A count of projects, not a name (共有173个项目, 签约30项项目).
_COUNTED = regex.compile(r"(?:[0-9]+|[一二两三四五六七八九十百千万]+)[个批项家]\p{Han}{0,4}项目$")
#: Characters a name never contains: they end the phrase before it.
_NAME_BREAK = regex.compile(r"[，。、；：:！？“”\"'《》\s的在是为由将已对]|——")
#: Words a phrase may start with that are not part of the name (推动X项目落户, 和Y项目).
_LEADING_WORDS = regex.compile(
    r"(?:和|与|及|以及|推进|推动|加快|引进|成功引进|实现|出台|吹响|狠抓|畅通|签订|力争|打造|"
    r"建设|实施|开展|启动|落地|落户|服务|围绕|包括|其中|全市|全省|全县|我市|该市|走进|来到|"
    r"走访|前往|位于)+"
)
#: Endings that mark a proper project name (…基地项目, …产业园项目).
FACILITY_ENDINGS = ("基地", "产业园", "园区", "工业园", "中心", "工程", "总部", "工厂", "电站",
                    "生产线", "产业城", "综合体", "新城", "小镇", "期)", "期）")  # fmt: skip
#: What may stand just before a name in prose (投资200亿元的X项目, ——X项目, “X项目”).
_NAME_INTRO = ("的", "——", "“", "在", "、", "和", "与", "及", "\n", "。")
_MIN_NAME = 6


_PHASE_AFTER = regex.compile(r"[（(][一二三四五六七八九十]期[）)]")
_NAME_BEFORE = regex.compile(r"[\p{Han}A-Za-z0-9（）()·]{4,40}$")


@dataclass(frozen=True)
class _NameSpan:
    """Where a candidate name runs in the normalised text."""

    begin: int
    stop: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop


def _prose_names(text: str) -> list[_NameSpan]:
    """Candidate names: the run of name characters before each 项目 (and a phase after it).

    Looking back from each 项目 costs a bounded window per occurrence, where a pattern
    tried at every position would cost a window per character.
    """
    spans = []
    previous = 0  # a name never reaches back over an earlier 项目
    at = text.find("项目")
    while at >= 0:
        before = _NAME_BEFORE.search(text, max(previous, at - 40), at)
        stop = at + 2
        phase = _PHASE_AFTER.match(text, stop)
        stop = phase.end() if phase else stop
        if before is not None:
            spans.append(_NameSpan(before.start(), stop))
        previous = stop
        at = text.find("项目", stop)
    return spans


def find_project_mentions(
    ntext: NormalizedText,
    projects: Sequence[Project],
    money: Sequence[Money],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention],
    grammar: ProjectGrammar = DEFAULT_GRAMMAR,
) -> list[ProjectMention]:
    """Projects named in running prose, with what the same sentence states about them.

    A mention inside a project block is the block itself and is not repeated here; a
    mention whose name equals a block's name links to it (``project``: its index).
    """
    text = ntext.text
    block_spans = [(p.start, p.end) for p in projects]
    names = {normalize(p.name).text: i for i, p in enumerate(projects)}
    found: list[ProjectMention] = []
    for m in _prose_names(text):
        name_end = m.end()
        run = text[m.start() : name_end]  # the name starts after the last break before 项目
        breaks = list(_NAME_BREAK.finditer(run))
        start = m.start() + (breaks[-1].end() if breaks else 0)
        leading = _LEADING_WORDS.match(text, start, name_end)
        start = leading.end() if leading else start
        name = text[start:name_end]
        cut = max((name.rfind(w) + len(w) for w in DESCRIPTOR_ENDS if w in name), default=0)
        start += cut
        name = text[start:name_end]
        introduced = any(text.endswith(w, 0, start) for w in _NAME_INTRO)
        proper = any(
            name.removesuffix("项目").endswith(e) or name.endswith(e) for e in FACILITY_ENDINGS
        )
        if (
            len(name) < _MIN_NAME
            or any(w in name for w in GENERIC_NAME_WORDS)
            or _COUNTED.search(name)
        ):
            continue
        if not (proper or (introduced and len(name) >= 9)):
            continue
        o_start, o_end = ntext.span(start, name_end)
        if any(a <= o_start < b for a, b in block_spans):
            continue
        written = regex.sub(r"\s+", "", ntext.original[o_start:o_end])  # as written, unbroken
        found.append(
            _mention(
                ntext,
                written,
                o_start,
                o_end,
                start,
                name_end,
                names.get(name),
                money,
                quantities,
                dates,
                grammar,
            )
        )
    return found


#: How far a clause or sentence is looked for around a name: bounded, so that extraction
#: stays linear however long the text (no clause in a release comes near it).
_REACH = 400


def _around(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    """The clause or sentence (ended by ``stops``) that holds ``start``..``end``."""
    return clause_start(text, start, _REACH, stops), clause_end(text, end, _REACH, stops)


def _mention(
    ntext: NormalizedText,
    name: str,
    o_start: int,
    o_end: int,
    start: int,
    end: int,
    project: int | None,
    money: Sequence[Money],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention],
    grammar: ProjectGrammar,
) -> ProjectMention:
    text = ntext.text
    s_lo, s_hi = _around(text, start, end, _SENTENCE_STOP)
    c_lo, c_hi = _around(text, start, end, _CLAUSE_STOP)
    in_money: list[Money] = _inside(money, c_lo, c_hi, ntext)
    in_quantities: list[Quantity] = _inside(quantities, c_lo, c_hi, ntext)
    investment = None
    for candidate in in_money:
        at = _norm_start(ntext, candidate.start, c_lo, c_hi)
        if candidate.kind == "amount" and _cue_before(text, at, (*TOTAL_INVESTMENT, *INVESTMENT)):
            investment = candidate
            break
    sentence = text[s_lo:s_hi]
    progress = _progress(ntext, (s_lo, s_hi), dates) if _stage(sentence) else []
    o_lo, o_hi = ntext.span(s_lo, s_hi)
    return ProjectMention(
        name=name,
        start=o_start,
        end=o_end,
        sentence_start=o_lo,
        sentence_end=o_hi,
        project=project,
        investment=investment,
        location=_location(text[c_lo:c_hi], grammar),
        capacities=[q for q in in_quantities if _is_capacity(q)],
        progress=progress,
    )
