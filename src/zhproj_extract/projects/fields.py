"""The field grammar: a project's investor, location, money, capacities and progress.

Each layout hands over the stretch of text that describes one project (its *scope*); the
fields are read from the Document's own mentions inside it by the cue words of
:mod:`.grammar`, so every value keeps its span.  What is not a field is said once here:
完成投资, 年度计划投资 and 固定资产投资 are not the total investment; an amount said of
many projects (共签约项目32个，总投资…) belongs to none of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, zip_longest
from typing import NamedTuple

import regex

from ..dimensions.quantities import LISTED_PRODUCT
from ..models import DateMention, Milestone, Money, Phase, Quantity, Span, Stage, Status
from ..numbers import qualifiers
from ..reading.text import NormalizedText, clause_end, clause_start
from ..rules import alternation
from .grammar import (
    AGGREGATE,
    AGGREGATE_REACH,
    ALSO_TELLS,
    ANNUAL_OUTPUT,
    CAPACITY_KINDS,
    CAPACITY_UNITS,
    DESCRIPTOR_ENDS,
    EVENTS,
    GOVERNMENT_BODIES,
    INVESTMENT,
    INVESTOR_AFTER,
    INVESTOR_BEFORE,
    JOBS,
    LAND,
    NOT_INVESTMENT,
    NOT_STAGES,
    PHASES,
    PRODUCTS,
    REVENUE,
    STAGES,
    STATUS_WORDS,
    TAX,
    TOTAL_INVESTMENT,
    ProjectGrammar,
)
from .names import BRAND_ENDINGS, LIST_MARKER, NOT_IN_COMPANY, known_brand_at
from .places import place_at

CLAUSE_STOP = "，。；;！？\n,|\t"  # (a table's cells are clauses of their own)
SENTENCE_STOP = "。；;！？\n"
#: What follows 签约 when it names a party to the contract (签约单位, 签约方为).
_SIGNED = ("单位", "方", "企业", "主体")
#: A plan said to have been the first (原计划6月开工), and where its date is moved to
#: (推迟至, 延期到, 调整为).
_FIRST_PLANNED = regex.compile("原计划|原定|原拟")
_MOVED = regex.compile(r"(?:推迟|延期|延迟|顺延|推后|调整|改)(?:至|到|为)")
_MOVED_REACH = 60
#: How long it took from one stage to another: both happened (从签约到开工仅用了45天).
_TOOK = regex.compile(
    r"从[^，,。；;]{0,12}?到[^，,。；;]{0,12}?(?:仅|只|才)?(?:用了?|用时|历时|花了|耗时)"
)
#: The label of a report of where the works stand (形象进度：…封顶); a stage it dates is
#: done or planned as its date and the article's tell.
_PROGRESS_REPORT = re.compile(r"(?:形象进度|工程进度|建设进度|进度|进展)[：:]")
#: What ends the sentence a stage's date is read in (； does not: 2023年3月开工；年底投产).
_DATED_SENTENCE_STOP = "。！？!?\n"


class Located(NamedTuple):
    """A mention with its normalised span, so cues can be looked up around it (a tuple,
    which is built several times faster than a frozen dataclass)."""

    start: int
    end: int
    mention: Money | Quantity | DateMention


class Mentions:
    """The Document's money, quantities and dates with normalised spans, in text order."""

    def __init__(
        self,
        ntext: NormalizedText,
        money: Sequence[Money],
        quantities: Sequence[Quantity],
        dates: Sequence[DateMention],
    ) -> None:
        def locate(items: Sequence[Money | Quantity | DateMention]) -> list[Located]:
            starts = ntext.to_normalized_all([m.start for m in items])
            ends = ntext.to_normalized_all([m.end for m in items])
            return list(map(Located, starts, ends, items))

        self.money = locate(money)
        self.quantities = locate(quantities)
        self.dates = locate(dates)

    @staticmethod
    def inside(items: list[Located], start: int, end: int) -> list[Located]:
        """The items within normalised ``[start, end)``, in text order."""
        found = []
        for i in range(bisect_left(items, (start,)), len(items)):  # (start,) sorts first
            item = items[i]
            if item.start >= end:
                break
            if item.end <= end:
                found.append(item)
        return found


class Cues:
    """Cue words, looked for backwards from a position within its clause.

    One reverse search finds the cues and the stops that end a clause together: no cue
    holds a stop, so the first match found (the one that ends last) is the last cue of
    the clause, the longest of those that end there, or else the stop before the clause
    (and the clause holds no cue).
    """

    def __init__(self, words: Iterable[str], stops: str = CLAUSE_STOP) -> None:
        self.words = tuple(words)
        if any(stop in word for word in self.words for stop in stops):
            raise ValueError("a cue holds a clause stop")
        cues = alternation(self.words) if self.words else "(?!)"
        stop = "".join(regex.escape(c) for c in stops)
        self._last = regex.compile(f"({cues})|[{stop}]", regex.REVERSE)

    def last_before(self, text: str, pos: int, limit: int = 24) -> str | None:
        """The last cue in the clause before ``pos``, looking back at most ``limit``
        characters."""
        last = self._last.search(text, max(0, pos - limit), pos)
        return last.group(1) if last is not None else None


def is_aggregate(text: str, pos: int, scope_start: int) -> bool:
    """An amount said of many projects: a count of projects earlier in its sentence."""
    lo = max(scope_start, clause_start(text, pos, AGGREGATE_REACH, SENTENCE_STOP))
    return AGGREGATE.search(text, lo, pos) is not None


def investment(
    text: str, money: list[Located], scope_start: int, name_end: int = 0, name_start: int = -1
) -> Money | None:
    """The total investment: an amount after 总投资 (or else 投资), not an aggregate; an
    amount 投资 gives in a sentence about a phase (项目分两期实施，其中一期…投资约8亿元)
    after the name (ending at ``name_end``) is the phase's; an amount alone that describes
    the name (starting at ``name_start``) is its size (与河失镇签定的5000万元的铝型材项目)."""
    best: Money | None = None
    for item in money:
        m = item.mention
        if not isinstance(m, Money) or m.kind == "rate":
            continue
        if m.kind == "scale" and not _RIGHT_AFTER_CUE.search(
            text, max(0, item.start - 8), item.start
        ):
            continue  # 亿元以上 of 26个亿元以上项目 is a class; 拟投资亿元以上, 总投资近亿元 its size
        cue = _ANY_INVESTMENT_CUE.last_before(text, item.start, 24)
        if cue is None and _describes_name(text, item, name_start, scope_start):
            best = best or m
            continue
        if cue is None or cue in NOT_INVESTMENT or is_aggregate(text, item.start, scope_start):
            continue
        if cue in TOTAL_INVESTMENT:
            return m
        if (
            best is None
            and _INVESTMENT_CUE.last_before(text, item.start, 14)
            and not _of_a_phase(text, item.start, name_end, 60, SENTENCE_STOP)
        ):
            best = m
    return best


#: An investment cue right before an amount without a numeral (总投资近亿元, 拟投资亿元以上).
_RIGHT_AFTER_CUE = regex.compile(r"(?:总投资|投资总额|投资额|投资|计划投资|拟投资)(?:约|为|达)?$")


def _describes_name(text: str, item: Located, name_start: int, scope_start: int) -> bool:
    """Whether the amount at ``item`` stands alone before 的 and the name: nothing but a
    clause's opening or another 的 before it (签定的5000万元的铝型材项目; not 年产值10亿元的)."""
    if name_start < 0 or not text.startswith("的", item.end) or item.end + 1 != name_start:
        return False
    return item.start <= scope_start or text[item.start - 1] in "的，,：:；;。\n"


def _of_another_phase(text: str, pos: int, name_end: int, phase: str) -> bool:
    """Whether the clause of ``pos``, after the name that ends at ``name_end``, is about
    another phase than the ``phase`` the name itself is."""
    if pos < name_end:
        return False
    clause = max(clause_start(text, pos, 40, CLAUSE_STOP), name_end)
    other = _LAST_PHASE.search(text, clause, pos)
    return other is not None and other.group() != phase


def _of_a_phase(text: str, pos: int, name_end: int, reach: int, stops: str) -> bool:
    """Whether a phase word (一期, 首期) stands before ``pos`` in its sentence or clause
    (``stops`` end it, ``reach`` bounds it) and after the name that ends at ``name_end``:
    the figure at ``pos`` is the phase's (其中一期…投资约8亿元), not the project's."""
    start = max(clause_start(text, pos, reach, stops), name_end)
    phase = _LAST_PHASE.search(text, start, pos)
    # (一期20万锭…，全部达产后年产8万吨: the whole's again)
    return phase is not None and _WHOLE_AGAIN.search(text, phase.end(), pos) is None


#: Words after a phase's figures that speak of the whole project again.
_WHOLE_AGAIN = regex.compile(r"全部|全面|整体|项目建成|项目达产|总体|二期|三期|此次")


_ANY_INVESTMENT_CUE = Cues((*TOTAL_INVESTMENT, *INVESTMENT, *NOT_INVESTMENT))
#: Cues of amounts that are no phase's investment either (完成投资 of a phase's clause is
#: what was spent this year; 一期投资 is the phase's own).
_NOT_PHASES_OWN = frozenset(NOT_INVESTMENT) - {"首期投资", "一期投资", "二期投资"}
_INVESTMENT_CUE = Cues(INVESTMENT)


def money_after(
    text: str, money: list[Located], cues: Cues, not_cues: Sequence[str] = ()
) -> Money | None:
    """The first amount whose nearest of ``cues`` is not one of ``not_cues``."""
    for item in money:
        cue = cues.last_before(text, item.start)
        if isinstance(item.mention, Money) and cue is not None and cue not in not_cues:
            return item.mention
    return None


#: Output of a whole industry, city or company, not of one project.
NOT_OUTPUT = (
    "产业链产值",
    "行业产值",
    "工业产值",
    "全市产值",
    "规上产值",
    "总产值达",
    "一季度产值",
)


def is_capacity(quantity: Quantity) -> bool:
    """A production capacity: an annual figure (年产20万吨) or an energy or power rating."""
    return (
        quantity.per is not None
        or quantity.kind in CAPACITY_KINDS
        or quantity.unit in CAPACITY_UNITS
    )


#: Cues that open a statement of output: every figure after one in its sentence is a
#: capacity (建成后可年产4000万轴…、25万吨…、770万千米…).
OUTPUT_CUES = ("年产", "年处理", "年加工", "年冷藏", "年供水", "年发电", "年吞吐", "年产能", "产能",
               "年封测", "年封装", "年通过", "年生产", "存栏", "年出栏", "年造船", "年采选", "年开采",
               "年采矿", "年选矿",
               "生产能力", "装机容量", "装机", "总库容", "库容", "规模", "可产", "产出", "拟建",
               "吞吐量", "吞吐能力", "贮藏能力", "储藏能力", "仓储能力", "机架", "机柜", "全长", "总长",
               "新建道路", "硬化道路", "改造道路", "建设里程", "床位", "泊位", "冷库",
               "综合管廊", "铺设管网", "铺设管道", "新建管网", "改造管网")  # fmt: skip
#: Cues that make a figure something other than a capacity.
NOT_CAPACITY = ("减碳", "减少", "碳排放", "订单", "储备", "现有", "占地", "用地", "建筑面积", "面积",
                "节约", "节省", "节水", "回收热量", "单机容量", "单机", "单台", "每台",
                "厂房", "车间", "办公楼", "综合楼", "宿舍", "距离", "相距", "距")  # fmt: skip


#: What is laid or built to a length, which is then the works' size (一级公路18.6公里).
LAID = ("公路", "道路", "线路", "河道", "管道", "管线", "铁路", "轨道", "堤防", "堤岸", "渠道",
        "航道", "绿道", "管网", "岸线", "干渠", "输水管")  # fmt: skip
_OUTPUT_CUE = Cues(OUTPUT_CUES)
_LAID_CUE = Cues(LAID)
_NOT_CAPACITY_CUE = Cues(NOT_CAPACITY)
#: A clause of an output list: its figure first, or a product then its figure (，注射剂3亿支).
_LISTED = regex.compile(
    rf"(?:{LISTED_PRODUCT}(?:{qualifiers.before_pattern()})?)?[0-9一二两三四五六七八九十百千万亿.]"
)


def _in_output_list(text: str, pos: int) -> bool:
    """Whether ``pos`` is in an output statement: after an output cue in its clause, or in
    a list that one opens whose every clause starts with a figure (年产4000万轴…、25万吨…，
    15万吨…、1.2万平方米…) or with a product (，注射剂3亿支), not in the specifications
    after it (，单件重量约45克).

    The cue of ``pos``'s own clause (the common case) is found without the clause's
    bounds: the search backwards stops at the clause's stop by itself."""
    if _OUTPUT_CUE.last_before(text, pos, 120) is not None:
        return True
    lo = clause_start(text, pos, 120, SENTENCE_STOP)
    clause = clause_start(text, pos, pos - lo, CLAUSE_STOP)
    while clause > lo and _LISTED.match(text, clause):
        i = clause - 1  # the clause before, across the comma
        clause = clause_start(text, i, i - lo, CLAUSE_STOP)
        if _OUTPUT_CUE.last_before(text, i, i - clause) is not None:
            return True
    return False


#: Count units that also count what a plant makes, when an output statement says so.
_MADE_COUNTS = ("支", "个", "根", "株")
#: Counts of people served that are a facility's capacity when stated per period
#: (年旅客吞吐量3000万人次, 日接待游客2万人次), not a tally (参观群众500人次).
_SERVED_COUNTS = ("人次",)


def capacities(
    text: str, quantities: list[Located], name_end: int = 0, named: bool = False
) -> list[Quantity]:
    """The production capacities among ``quantities``: annual figures, energy and power
    ratings, and every figure of an output statement (年产…、…、…); a phase's figure
    (其中一期规划产能5GW, in a clause after the name that ends at ``name_end``) only
    where the project's own is not stated, there or in its name (``named``)."""
    found = []
    in_phase: list[bool] = []
    for item in quantities:
        q = item.mention
        if not isinstance(q, Quantity) or q.kind == "duration":
            continue
        served = q.kind == "count" and q.unit in _SERVED_COUNTS and q.per is not None
        if q.kind == "count" and q.unit not in _MADE_COUNTS and not served:
            continue
        if _NOT_CAPACITY_CUE.last_before(text, item.start, 10):
            continue
        stated = _in_output_list(text, item.start) or (
            q.kind == "length" and _LAID_CUE.last_before(text, item.start, 12) is not None
        )  # (新建一级公路18.6公里, 改造管道386公里: the length a road or a pipe is built to)
        if q.kind == "count" and not (stated or served):
            continue  # 3支队伍, 两个项目; but 年产医用耗材8亿支, 年产种苗1000万株
        if q.kind in ("area", "length") and not (stated or q.per is not None):
            continue
        if q.unit in ("英寸", "寸", "纳米"):
            continue  # a size or a process node (12英寸晶圆, 14纳米), not an output
        if q.kind == "length" and q.per in ("小时", "秒", "分钟"):
            continue  # a design speed (设计速度100公里/小时)
        if (
            q.kind == "items"
            and q.unit in ("台", "条", "套", "座")
            and q.per is None
            and not stated
        ):
            continue  # equipment counts beside the capacity
        if stated or served or is_capacity(q):
            found.append(q)
            in_phase.append(
                name_end > 0
                # (where the name states the whole's, a phase's clause runs to its ；)
                and _of_a_phase(
                    text, item.start, name_end, 40, SENTENCE_STOP if named else CLAUSE_STOP
                )
            )
    if any(in_phase) and (named or not all(in_phase)):
        found = [q for q, phase in zip(found, in_phase, strict=True) if not phase]
    return found


_LAND_CUE = Cues(LAND)
_JOBS_CUE = Cues(JOBS)


def land_area(text: str, quantities: list[Located], block: bool = False) -> Quantity | None:
    """The area after 占地/用地; in a block's introduction, else its first area (the
    layout these releases give a block's land in, kept as the block parser read it)."""
    areas = [x for x in quantities if isinstance(x.mention, Quantity) and x.mention.kind == "area"]
    chosen = next((x for x in areas if _LAND_CUE.last_before(text, x.start)), None)
    chosen = chosen or (areas[0] if block and areas else None)
    return chosen.mention if chosen is not None else None  # type: ignore[return-value]


def jobs(text: str, quantities: list[Located]) -> Quantity | None:
    for x in quantities:
        q = x.mention
        if isinstance(q, Quantity) and q.kind == "count" and _JOBS_CUE.last_before(text, x.start):
            return q
        if (
            isinstance(q, Quantity)
            and q.kind == "count"
            and text.startswith(("个就业", "个岗位"), x.end - 1)
        ):
            return q
    return None


#: The words a company's name ends with.
_ENDING_WORDS = (
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|集团|株式会社|股份(?!经济合作社|公司)|研究院|红糖厂|糖厂|"
    r"银行|经济合作社|专业合作社|合作社)"
)
#: What a company's name ends with, where no longer ending (…集团有限公司) follows.
_ENDINGS = (
    _ENDING_WORDS + r"(?![)）]?[\p{Han}]{0,2}(?:有限|股份))"
    # 国家能源投资集团江西电力有限公司, …集团吉林能源投资有限公司: a group's subsidiary is
    # named after it; 中国电信股份有限公司甘肃分公司: a branch after its company
    r"(?![)）]?(?:(?!与|和|及|投资(?!有限公司)|建设|签约|合作|共同|在|的|由)\p{Han}){3,10}有限公司)"
    r"(?!\p{Han}{2,6}分公司)"
)
#: A company named from where it starts (由X公司投资, 投资方为X).
_COMPANY = regex.compile(r"(?P<who>[\p{Han}A-Za-z0-9()（）·]{2,40}?" + _ENDINGS + ")")
#: A public body a label names as the owner (建设单位为陇川镇人民政府, 实施单位：县水利局).
_PUBLIC_BODY = regex.compile(
    r"(?P<who>\p{Han}{2,20}?(?:" + "|".join(GOVERNMENT_BODIES) + "|委员会|村委会|街道办事处|办事处|"
    r"指挥部|局|中心|医院|大学|学院|学校))(?=[，,。；;、\s]|$|组织|负责|牵头|投资|建设|实施)"
)


#: What a contractor does after its name (X公司负责施工, X中标): it builds, for the
#: owner who invests …
_CONTRACTS = ("施工", "负责施工", "总承包", "承包", "承揽", "中标", "EPC", "代建")
#: The way a contractor builds it (以EPC模式承建, 采用总承包方式建设).
_CONTRACT_MODE = regex.compile(r"(?:以|采用|按)\p{Han}{0,4}(?:EPC|总承包|代建)")
#: … and a builder's name (中铁四局, X建工集团), for 承建, which releases also say of the
#: developer who invests (由兰州永利房地产公司承建).
_BUILDER = regex.compile(
    r"中铁|中建|中交|中冶|电建|能建|建工|路桥|工程局|[\d一二三四五六七八九十]局|建筑"
)


def _contractor(text: str, start: int, end: int) -> bool:
    """Whether the company ``text[start:end]`` is said to build the project for its owner."""
    if text.startswith(_CONTRACTS, end) or _CONTRACT_MODE.match(text, end):
        return True
    return text.startswith("承建", end) and _BUILDER.search(text, start, end) is not None


def investor(text: str, start: int, end: int, grammar: ProjectGrammar) -> tuple[int, int] | None:
    """The investor stated in ``text[start:end]``: a known company, 由X投资, 投资方为X, X投资."""
    if grammar.company is not None:
        known = grammar.company.search(text, start, end)
        if known is not None:
            return known.start(), known.end()
    for cue in _INVESTOR_CUE.finditer(text, start, end):
        who = _COMPANY.match(text, cue.end(), end)
        if who is None:
            who = _PUBLIC_BODY.match(text, cue.end(), end)  # 建设单位为陇川镇人民政府
        if who is not None and who.group("who").endswith(_SUBSIDIARY):
            who = _COMPANY.match(text, who.end(), end)  # 由集团全资附属公司X有限公司: X
        if who is not None and _contractor(text, *who.span("who")):
            continue  # 由中铁四局承建: who builds it for the owner, not who invests
        if who is None:
            stop = INVESTOR_AFTER.search(text, cue.end(), min(end, cue.end() + 30))
            if (
                stop is not None
                and 2 <= stop.start() - cue.end() <= 10
                and cue.group() == "由"
                and not _NOT_A_NAME.search(text, cue.end(), stop.start())
            ):
                return _trim_descriptor(text, cue.end(), stop.start())  # 由中芯南方负责实施
            continue
        return _trim_descriptor(text, *who.span("who"))
    for ending in _endings_then_invests(text, start, end):  # X公司投资…
        who = _name_before(text, ending, start)
        if who is not None:
            who = _first_of_joined(text, who, start)
        if who is not None and not text.startswith(_NOT_SUBJECT, who):
            return _trim_descriptor(text, who, ending.end())
    foreign = (
        _FOREIGN_COMPANY.search(text, start, end)
        if _LATIN_OR_KANA.search(text, start, end)
        else None
    )
    if foreign is not None:  # 德国X GmbH将在…; 日本株式会社ヤマセ精工在…
        return foreign.start("who"), foreign.end("who")
    appositive = _APPOSITIVE.search(text, start, end) if text.find("——", start, end) >= 0 else None
    # (…制造商——日本电气硝子此次增资的项目)
    if appositive is not None:
        return appositive.start("who"), appositive.end("who")
    brand = (
        _SHORT_NAME_INVESTS.search(text, start, end) if text.find("投", start, end) >= 0 else None
    )
    if brand is not None and brand.group("builds") and not brand.group("there"):
        brand = None  # X建设…: who builds somewhere may invest (比亚迪在塞格德建设…工厂)
    if brand is not None and not brand.group("who").endswith(_NOT_BRAND_ENDINGS):
        who = brand.group("who")
        parts = SHORT_NAME_JOIN.split(who)
        if (len(parts) == 1 and brand.group("there")) or all(
            _known_company(text, part, brand.start()) for part in parts
        ):
            # 宁德时代在福建宁德投资…; 华拓投资18亿元… after 江西华拓新材料有限公司 was named
            return brand.start("who"), brand.end("who")
    return None


def _known_company(text: str, short: str, pos: int) -> bool:
    """Whether ``short`` names a company: one data/brands.txt knows (华润置地), one named
    in full before ``pos`` (华拓 after 江西华拓新材料有限公司), or a group (金辉集团)."""
    return (
        known_brand_at(short, 0, len(short)) is not None
        or (short.endswith(_SHORT_NAME_ENDINGS) and not short.startswith(_NOT_SHORT_NAME_START))
        or (
            len(short) >= 4
            and short.endswith(_TRADE_ENDINGS)
            and not short.startswith((*_NOT_SHORT_NAME_START, *_KINDS_OF_TRADE))
        )
        or _ANONYMISED.fullmatch(short) is not None
        or named_before(text, short, pos)
    )


#: How a company's short name ends (金辉集团, 立钻工业, 宏达科技, 甬金股份).
_SHORT_NAME_ENDINGS = ("集团", "公司", "工业", "科技", "化学", "石化", *BRAND_ENDINGS)
#: The trades a firm's short name may end with, with two characters or more of its own
#: before them (浙江天鸿电工, 吉林牧原农牧, 山东鲁冠食品).
_TRADE_ENDINGS = ("电工", "食品", "农业", "五金", "农牧", "牧业", "新材料", "材料", "纺织", "服饰",
                  "机械", "生物", "医药", "家居", "精密", "物流", "环保", "包装", "塑业", "陶瓷",
                  "茶业", "林业", "电机", "智造", "智能", "半导体", "玻纤", "精化")  # fmt: skip
#: Words before a trade that make it a kind of business, not a firm (现代农业, 绿色食品).
_KINDS_OF_TRADE = ("现代", "绿色", "特色", "生态", "智慧", "高端", "新型", "传统", "数字", "先进")
#: A person named as a release names a private investor (刘某某, 王某).
_ANONYMISED = regex.compile(r"\p{Han}某某?")
#: What a short name does not open with (全市工业投资…, 我省能源…: an economy's, no firm's).
_NOT_SHORT_NAME_START = ("全", "我", "本", "该", "各", "今年", "去年")


def issuer_referred_to(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The listed company an announcement is by, where ``text[start:end]`` has it invest
    as 公司 (X股份有限公司关于对外投资的公告 … 公司拟在…投资建设…)."""
    if _ISSUER_INVESTS.search(text, start, end) is None:
        return None
    title = _ISSUER.search(text, 0, min(len(text), _ISSUER_REACH))
    return title.span("who") if title is not None else None


#: An announcement's issuer, in its title or its first lines (X股份有限公司关于…的公告).
_ISSUER = regex.compile(
    r"(?P<who>[\p{Han}A-Za-z0-9()（）·]{2,40}?(?:股份有限公司|有限公司|集团公司))"
    r"(?:董事会)?[ \t\n]{0,3}(?:关于|第[\p{Han}\d]{1,8}届|[\p{Han}]{0,12}公告)"
)
_ISSUER_REACH = 300
#: The issuer named as 公司 or 本公司, investing (公司拟在…投资建设, 本公司将以自有资金…).
_ISSUER_INVESTS = regex.compile(
    r"(?:^|(?<=[。；;\n，,：:]))[ \t\u3000]*(?:本)?公司(?:拟|将|计划|决定|以|使用|通过|于|在)"
)


def company_referred_to(text: str, start: int, end: int, floor: int) -> tuple[int, int] | None:
    """The company an anaphor that invests in ``text[start:end]`` refers to (X有限公司与我县
    签订协议。该公司计划投资…): the last company named in full between ``floor`` and it."""
    anaphor = _ANAPHOR_INVESTS.search(text, start, end) if "该" in text[start:end] else None
    if anaphor is None:
        return None
    named = None
    for ending in _ENDING.finditer(text, floor, anaphor.start()):
        who = _name_before(text, ending, floor)
        if who is not None and not text.startswith(_NOT_SUBJECT, who):
            named = _trim_descriptor(text, who, ending.end()) or named
    return named


def company_owning(text: str, name_start: int, floor: int) -> tuple[int, int] | None:
    """The company whose project the name is said to be (华泰化工有限公司的年产5万吨涂料项目)."""
    if not text.endswith("的", floor, name_start):
        return None
    ending = _ENDING_AT_END.search(text, max(floor, name_start - 12), name_start - 1)
    who = _name_before(text, ending, floor) if ending is not None else None
    return _trim_descriptor(text, who, ending.end()) if who is not None and ending else None


#: A company referred back to as the one that invests (该公司计划投资…, 该企业拟在…投资).
_ANAPHOR_INVESTS = regex.compile(r"该(?:公司|企业|集团)[^，,。；;！？\n]{0,8}?(?:投资|投建|出资)")


def company_after_name(text: str, name_end: int, end: int) -> tuple[int, int] | None:
    """A registered company that fills the clause right after a name, as a list's item or
    a table row read as one line puts it (①稀土永磁电机项目，江西金力磁能科技有限公司，
    投资12亿元)."""
    alone = _COMPANY_CLAUSE.match(text, name_end, end)
    return alone.span("who") if alone is not None else None


#: A registered company that fills the first clause after the name, in a list's item or a
#: table row read as one line (名称，公司，投资额).
_COMPANY_CLAUSE = regex.compile(
    r"(?:[ ]*[，,；;、\t|][ ]*|[ ]+)(?P<who>[\p{Han}A-Za-z0-9()（）·]{2,40}?"
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|公司))[ ]*(?=[，,；;。\t|]|[ ]|$)"
)


#: A company registered abroad, by its legal form: Latin (…GmbH, …Inc., …S.A.) or
#: Japanese (株式会社X, X株式会社).
_FOREIGN_COMPANY = regex.compile(
    r"(?P<who>[A-Z][A-Za-z0-9&'\-]*(?:,?[ ][A-Za-z0-9&'\-]+)*?,?[ ]"
    r"(?:GmbH|AG|Inc\.|Inc|Corp\.|Corporation|Co\.,[ ]?Ltd\.|Ltd\.|Limited|LLC|S\.A\.|S\.p\.A\.|"
    r"N\.V\.|B\.V\.|PLC|plc|SE|SAS|K\.K\.)(?![A-Za-z])"
    r"|株式会社[\p{Han}\p{Katakana}\p{Hiragana}ー]{2,20}?(?=[在将拟于与和、，,（(]|投资)"
    r"|[\p{Han}\p{Katakana}\p{Hiragana}ー]{2,20}株式会社(?![\p{Han}\p{Katakana}\p{Hiragana}ー]))"
)
#: What a foreign company's name needs (a fast test): a Latin capital or a kana.
_LATIN_OR_KANA = re.compile(r"[A-Z\u3040-\u30ff]")


#: A short name, or two joined, that opens a sentence and invests (宁德时代在福建宁德投资…,
#: 华拓投资…, 比亚迪和宁德时代分别投资…).
_SHORT_NAME_INVESTS = regex.compile(
    r"(?:^|(?<=[。；;！？!?\n]|(?:其中|此外|另外|同时)[，,]))(?P<who>\p{Han}{2,6}?(?:[和与、]\p{Han}{2,6}?)?)"
    r"(?:宣布|表示|透露|公告称?)?(?:因此|也|还|则)?(?:将|拟|计划|规划|已)?"
    r"(?:合力|携手|共同|联合|分别)?(?P<there>[在于]\p{Han}{2,10}?)?"
    r"(?:投资|投建|合资(?=的|建设|兴建)|投入(?=[约逾超近]?[ ]?\d)|(?P<builds>兴建|新建|建设|建置|扩建))"
)
#: What joins two short names that invest together or respectively (比亚迪和宁德时代).
SHORT_NAME_JOIN = re.compile("[和与、]")
#: How far back a company may have been named in full before its short name.
_NAMED_REACH = 2000


def named_before(text: str, short: str, pos: int) -> bool:
    """Whether a company whose name holds ``short`` was named in full before ``pos``
    (江西华拓新材料有限公司 before 华拓)."""
    return company_named_before(text, short, pos) is not None


def company_named_before(text: str, short: str, pos: int) -> tuple[int, int] | None:
    """The full name, named before ``pos``, of the company whose short name is ``short``
    (深圳市新宙邦科技股份有限公司 before 新宙邦项目), with the place before it."""
    lo = max(0, pos - _NAMED_REACH)
    at = text.rfind(short, lo, pos)
    while at >= 0:
        rest = _REST_OF_COMPANY.match(text, at + len(short), min(pos, at + len(short) + 20))
        if rest is not None:
            start = next(
                (s for s in range(max(lo, at - _PLACE_BEFORE), at) if place_at(text, s) == at), at
            )
            return start, rest.end()
        at = text.rfind(short, lo, at)
    return None


#: How long a place before a company's short name in its full name may be (深圳市).
_PLACE_BEFORE = 8


#: What follows a company's short name inside its full name (…新材料有限公司).
_REST_OF_COMPANY = regex.compile(r"[\p{Han}A-Za-z0-9()（）·]{0,16}?" + _ENDINGS)


#: What a sentence's subject that is no company ends with: a place, an organ, an anaphor.
_NOT_BRAND_ENDINGS = ("市", "县", "区", "省", "镇", "乡", "村", "州", "政府", "公司", "企业", "项目",
                      "集团", "我们", "双方", "该", "本")  # fmt: skip


def _first_of_joined(text: str, who: int, floor: int) -> int:
    """Where the first of the companies that invest together begins: A公司与B集团共同投资
    is both's (``who`` is where the last one's name was taken to begin: at its 与, or
    after its 、, which no name holds)."""
    while True:
        before_who = next((j for j in _JOINERS if text.endswith(j, 0, who)), None)
        joiner = who if text.startswith(_JOINERS, who) else who - len(before_who or "_")
        if joiner < floor or not text.startswith(_JOINERS, joiner):
            return who
        before = _ENDING_AT_END.search(text, max(floor, joiner - 12), joiner)
        first = _name_before(text, before, floor) if before is not None else None
        if first is None:
            return who
        who = first


_ENDING = regex.compile(_ENDINGS)
#: A company's name ending right where a stretch ends (the first of two joined).
_ENDING_AT_END = regex.compile(_ENDING_WORDS + r"$")
#: What joins companies that invest together.
_JOINERS = ("与", "和", "、", "及", "联合", "携手")
#: Where a company invests, between its name and the verb (X公司在株洲市投资建设…), and
#: the word of companies that invest together (共同投资).
_WHERE = (
    r"(?:[（(][^）)\n]{1,12}[）)])?"  # X公司（集团控股子公司）投资建设的…
    r"(?:本次|此次|这次)?(?:将|拟|计划|预计|准备|已|再|也|还|又|正|近日|今年|总|追加|同步|同时|正式|成功)?"  # X公司将投资…
    r"(?:以[\u4e00-\u9fffA-Za-z]{1,8}?(?:模式|方式))?"  # X集团以BOT模式投资…
    r"(?:在[\u4e00-\u9fff]{2,8}?)?(?:共同|联合|合资|合作|分别)?"
)
#: What a company does to the project it invests in: INVESTOR_AFTER, or signs it
#: (新加坡凯德集团签约…项目).
_INVESTS_OR_SIGNS = (
    "(?:" + INVESTOR_AFTER.pattern + "|签约|签下|签订|签署|启动|合资(?=的|建设|兴建))"
)
_ENDING_THEN_INVESTS = regex.compile(_ENDINGS + "(?=" + _WHERE + _INVESTS_OR_SIGNS + ")")
#: INVESTOR_BEFORE compiled with ``re``, whose call costs less than ``regex``'s (its
#: words and ``[：:]`` match the same in both).
_INVESTOR_CUE = re.compile(INVESTOR_BEFORE.pattern)
#: A looser _ENDING_THEN_INVESTS for ``re`` (without the test for a longer ending after
#: it): it matches wherever _ENDING_THEN_INVESTS does, and at no place in most stretches.
_LOOSE_ENDING_THEN_INVESTS = re.compile(_ENDING_WORDS + "(?=" + _WHERE + _INVESTS_OR_SIGNS + ")")


def _endings_then_invests(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``_ENDING_THEN_INVESTS.finditer(text, start, end)``, scanned from where its looser
    ``re`` form first matches (there is none before it), or not at all where that has none."""
    first = _LOOSE_ENDING_THEN_INVESTS.search(text, start, end)
    if first is None:
        return iter(())
    endings: Iterator[regex.Match[str]] = _ENDING_THEN_INVESTS.finditer(text, first.start(), end)
    return endings


#: Words for a subsidiary, before its name (全资附属公司X有限公司).
_SUBSIDIARY = ("附属公司", "子公司", "控股公司", "参股公司")
_NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9()（）·]")


def _name_before(text: str, ending: regex.Match[str], floor: int) -> int | None:
    """Where the company whose name ends with ``ending`` begins: after the last character
    no name holds and after any earlier company name, 2–40 characters back."""
    lo = max(floor, ending.start() - 40)
    i = ending.start()
    while i > lo and _NAME_CHAR.match(text, i - 1):
        i -= 1
    for earlier in _ENDING.finditer(text, i, ending.end()):  # its lookahead sees the rest
        if earlier.end() <= ending.start():
            i = earlier.end()
    for word in NOT_IN_COMPANY.finditer(text, i, ending.start()):
        i = word.end()  # 包头市将加快推进通威股份有限公司: the company starts after 推进
    marker = LIST_MARKER.match(text, i, ending.start())
    if marker is not None and marker.end() > i:
        i = marker.end()  # 1）浙江三花…公司: the list's number is not the company's
    return i if ending.start() - i >= 2 else None


_APPOSITIVE = regex.compile(
    r"——(?P<who>[\p{Han}A-Za-z]{2,12}?)(?:此次|本次|近日|今年|投资|增资|新建|旗下)[^，。；]{0,16}的"
)


#: A government that signs with the company named after it (金溪经开区管委会与…).
_GOVERNMENT_PARTY = regex.compile(
    r"[^，,。；;]{0,16}?(?:"
    + "|".join(GOVERNMENT_BODIES)
    + r"|(?<=\p{Han})(?:镇|乡|县|市|区|街道))"
    r"(?:与|和|同)(?=.{2})"
)
#: Words no short company name holds (由对方支持天合在当地投资).
_NOT_A_NAME = regex.compile(r"在|支持|对方|当地|为|是|的|将|与|和")


def _trim_descriptor(text: str, start: int, end: int) -> tuple[int, int] | None:
    party = _GOVERNMENT_PARTY.match(text, start, end)
    start = party.end() if party is not None else start  # 由X管委会与Y公司签约: Y
    who = text[start:end]
    cut = max((who.rfind(e) + len(e) for e in DESCRIPTOR_ENDS if e in who), default=0)
    start += cut
    # “东方钛业”: no quotes or spaces around the name
    while start < end and text[start] in "“”\"' ":
        start += 1
    while end > start and text[end - 1] in "“”\"' ":
        end -= 1
    return (start, end) if end - start >= 2 else None


#: A company as the subject of a clause: its name, then what a subject does (发布公告,
#: 正在筹划, 12月31日…, 由此拿下, 合力投资 …).  Several companies may be listed (A、B三家公司).
_SUBJECT_ENDINGS = (
    r"股份有限公司|有限公司|公司|集团|股份|科技|光能|新能源|化工|药业|电器|汽车|电子|能源|电力|实业|"
    r"控股|新材料|纸业"
)
_SUBJECT_THEN = (
    r"(?:等?(?:两|三|四|五|\d)家(?:公司|企业))?"
    r"(?=(?:[（(][^（）()\n]{1,30}[）)])?"  # 翔锂科技（002917.SZ）公告称, 罗森制药集团（Rosen）宣布
    r"(?:\d{1,2}月|\d{1,2}日|公告|发布|披露|宣布|表示|正在|拟|计划|由此|已与|同一天|同日|当天|今日|近日|"
    r"也|将|合力|把|在(?!内)|举行|通过|所属|：|:|，称|与(?=[^，,。；;]{2,40}?(?:合作|合资|共同|联合))))"
)
_SUBJECT_NAME = r"[\p{Han}A-Za-z（）()]{2,14}?(?:" + _SUBJECT_ENDINGS + r")[、和与及]?"
_SUBJECT = regex.compile(rf"(?P<who>(?:{_SUBJECT_NAME}){{1,4}})" + _SUBJECT_THEN)
#: How every _SUBJECT match ends: a stretch without it has no subject company.
_SUBJECT_TAIL = regex.compile(r"(?:" + _SUBJECT_ENDINGS + r")[、和与及]?" + _SUBJECT_THEN)
#: A looser _SUBJECT_TAIL for ``re``, any character where it wants a digit (so that the
#: two modules' Unicode tables never matter): it matches wherever _SUBJECT_TAIL does.
_LOOSE_SUBJECT_TAIL = re.compile(_SUBJECT_TAIL.pattern.replace(r"\d", "."), re.DOTALL)
#: Words that cannot begin a company's name.
_NOT_SUBJECT = (
    "称",
    "该",
    "本",
    "其",
    "与",
    "和",
    "由",
    "对",
    "向",
    "据",
    "在",
    "为",
    "公司",
    "旗下",
    *(f"{n}家" for n in "两二三四五六七八九十几多数"),  # 三家公司合力…: counted, not named
)


def subject_company(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The company a stretch is about: one that begins a clause as its subject."""
    if not _has_subject_tail(text, start, end):
        return None  # most stretches have no subject company
    after_stop = (
        m.end()
        for m in _CLAUSE_OPENS_AFTER.finditer(text, start, end - 1)
        if not _INSIDE_A_NAME.search(text, max(start, m.start() - 12), m.end())
    )
    for i in chain((start,), after_stop):
        if _SUBJECT_ENDING.search(text, i + 2, min(end, i + 18)) is None:
            continue  # the first name's ending starts 2–12 characters on (a fast test)
        m = _SUBJECT.match(text, i, end)
        if m is not None and not m.group("who").startswith(_NOT_SUBJECT):
            who_end = m.end("who")
            while who_end > i and text[who_end - 1] in "、和与及":
                who_end -= 1
            return _trim_descriptor(text, i, who_end)
    return None


def _has_subject_tail(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a _SUBJECT_TAIL, which its looser ``re`` form
    (a cheaper call) finds the first place it may begin, if any."""
    first = _LOOSE_SUBJECT_TAIL.search(text, start, end)
    return first is not None and _SUBJECT_TAIL.search(text, first.start(), end) is not None


_SUBJECT_ENDING = regex.compile(_SUBJECT_ENDINGS)
#: What a clause's subject may follow.
_CLAUSE_OPENS_AFTER = regex.compile(r"[，,。；;：:！？\n )）]")
#: A bracket that closes inside a name (恒瑞达（芜湖）汽车零部件有限公司), not after an
#: aside ((记者 李明)): a name's character stands before its opening bracket.
_INSIDE_A_NAME = regex.compile(r"[\p{Han}A-Za-z][（(]\p{Han}{1,10}[）)]$")


_PLACE_CUE = regex.compile(
    r"(?:落户于|落户在|落户|迁至|迁往|搬迁至|搬至|位于|选址位于|建设地点位于|选址于|选址在|选址|坐落于|坐落在|落地|建于|布局于|布局在|"
    r"建设地点为|建设地点同为|建设地点|项目地点|建设地址|项目选址|厂址位于|规划于|规划在|拟在|计划在|将在|(?<![正现存所实内])在"
    r"|(?P<at>于))"  # (于高雄市楠梓产业园区兴建…: a place only before the verb that builds)
    r"(?:于|在|[：:][ \t]*)?"
)
#: A place never runs over the verb that builds there (在峡江高新区建设…产业园项目).
_NOT_IN_PLACE = r"(?!投资(?!区)|投建|兴建|新建|建置|设立|打造|落户|建设(?!路|大道|街))"
_PLACE_UNIT = (
    rf"(?:{_NOT_IN_PLACE}\p{{Han}}){{0,16}}?(?:高新技术产业开发区|经济技术开发区|经济开发区|国家高新区|高新区|开发区|经开区|"
    r"新区|园区|产业园|工业园区|工业园|工业区|工业城|产业城|产业基地|厂区|自治县|区|县|市|镇|乡|村|街道|港|路|大道|公园内|"
    r"(?<=\p{Han}{2})州|(?<=\p{Han}{2}(?<!政))府|"  # (abroad: 得克萨斯州, 罗勇府)
    r"前旗|后旗|中旗|左旗|右旗|联合旗|自治旗|"
    r"东侧|西侧|南侧|北侧|院内|厂房|号)"
)
#: A park whose name goes on after a place's last unit ends (白塔乡|乡村振兴产业园: the
#: units stop at the first 乡 of 乡村).
_PARK_AFTER = regex.compile(
    rf"(?:{_NOT_IN_PLACE}\p{{Han}}){{1,10}}?(?:产业园|工业园区|工业园|园区|开发区|经开区|高新区|产业基地)"
)
#: A place: one to three units, each ending in an administrative, park or street word
#: (罗源县白塔乡乡村振兴产业园, 白银高新区银东工业园).
_PLACE = regex.compile(rf"{_PLACE_UNIT}(?:{_PLACE_UNIT}){{0,2}}")
#: Cues of where a plant moves to (迁至瑞金), the place it is then built in.
_MOVES = ("迁", "搬")
#: What follows a project's name that a place cue took for a place (在X产业园项目现场).
_NAME_AFTER_PLACE = regex.compile(r"项目|工程|的?(?:建设|施工)?现场")
#: Words that refer back to a place rather than name one (同一园区, 该园区).
_SAME_PLACE = ("同一", "该", "本", "这", "此", "上述", "当地")
#: The verb after a place that is where a project is built (在株洲投资建设…).
_BUILDS = re.compile("投资|投建|建设|兴建|新建|建置|设立|扩建|落户|开工|动工|开建|建成|投产")
#: A description before a place (县域南部的): the place is what follows it.
_DESCRIBED = regex.compile(r"[^，,。；;的\n]{1,10}的")


def location(text: str, start: int, end: int, grammar: ProjectGrammar) -> tuple[int, int] | None:
    """The place the scope puts the project: after 落户/位于/选址…, or a known place."""
    for cue in _PLACE_CUE.finditer(text, start, end):
        if grammar.place is not None:
            known = grammar.place.match(text, cue.end(), end)
            if known is not None:
                return known.start(), known.end()
        at = cue.end()
        if text[at - 1] == "于" and cue.end() - cue.start() >= 2 and place_at(text, at - 1) > at:
            at -= 1  # 在于都工业园区: 于都 is the place, not 在于's
        described = _DESCRIBED.match(text, at, min(end, at + 12))  # 位于县域南部的石桥镇
        division = place_at(text, at)
        if described is not None and (
            division >= described.end() - 1
            or (
                division > at
                and not cue.group("at")
                and _PLACE.fullmatch(text, at, described.end() - 1) is not None
            )
        ):
            return at, described.end() - 1  # 位于荆门的…厂区, 位于合肥市高新区的…: the place
        m = _PLACE.match(text, described.end() if described else at, min(end, at + 30))
        if m is None and described is not None:
            m = _PLACE.match(text, at, min(end, at + 30))
        if cue.group("at") and (m is None or _BUILDS.match(text, m.end(), end) is None):
            continue
        if m is not None and text.startswith(_SAME_PLACE, m.start()):
            continue  # 在同一园区: the place named before, not a place's name
        if (
            m is not None
            and cue.group() == "在"
            and text.startswith(("，", ","), m.end())
            and text.endswith(("；", ";"), 0, cue.start())
        ):
            continue  # …洽商X项目；在杭州市，与…接触: where a visit went on next, not X's site
        if m is not None and _NAME_AFTER_PLACE.match(text, m.end()):
            continue  # 在汽车零部件产业园(项目)(建设)现场: a project's name, not where it is
        if m is not None and m.end() - m.start() >= 2:
            park = _PARK_AFTER.match(text, m.end(), min(end, m.end() + 12))
            return m.start(), park.end() if park else m.end()  # 白塔乡乡村振兴产业园
        # 在株洲投资建设: a division's short name, then the verb; 迁至瑞金: where it moves
        if division - at >= 2 and (
            _BUILDS.match(text, division, end) is not None
            or cue.group().startswith(_MOVES)
            or cue.group().startswith("位于")  # 位于珠海之…: the division it stands in
        ):
            return at, division
    if grammar.place is not None:
        known = grammar.place.search(text, start, end)
        if known is not None:
            return known.start(), known.end()
    return None


def place_before(text: str, end: int) -> tuple[int, int] | None:
    """A division or park that ends at ``end``, right before 的 and a name (南陵县的…项目,
    淮安经开区的…项目) or before what is done there (尖山新区正在建设的…项目), and begins a
    clause or follows 是/在/于/为."""
    done = _DONE_THERE.search(text, max(0, end - 8), end)
    end = done.start() if done is not None else end
    end -= text.endswith(("内", "里"), 0, end)  # 东坑工业园内的…项目: the park it is in
    for start in range(end - 2, max(-1, end - 16), -1):
        if not (start == 0 or text[start - 1] in "在于是为" or not _HAN.match(text, start - 1)):
            continue
        division = place_at(text, start)
        if division == end or (division > start and _PLACE.fullmatch(text, start, end)):
            return start, end
        if (
            text.endswith(_PARK_WORDS, start, end)
            and not text.startswith(_SAME_PLACE, start)
            and _PLACE.fullmatch(text, start, end)
        ):
            return start, end  # 东坑工业园内的…: a park by its own name
    return None


#: The words a park's name ends with.
_PARK_WORDS = ("工业园区", "产业园区", "工业园", "产业园", "开发区", "经开区", "高新区", "工业区")


_HAN = regex.compile(r"\p{Han}")
#: What is done at a place, between it and 的 and a name (正在建设的, 新开工的, 引进的).
_DONE_THERE = regex.compile(
    r"(?:正在|今年|新|已|将|计划|重点)?(?:投资)?(?:建设|开工|引进|签约|落户|实施|推进)\Z"
)


def products(text: str) -> list[str]:
    """主要研发生产聚砜、PEI、PETG等… → [聚砜, PEI, PETG]."""
    m = PRODUCTS.search(text)
    if m is None:
        return []
    items = _PRODUCT_SPLIT.split(m.group("list"))
    return [item.strip() for item in items if 1 < len(item.strip()) <= 20]


_PRODUCT_SPLIT = regex.compile(r"、|和|及|以及")
_NOT_PRODUCT = regex.compile(r"(?:产能|规模|的|以上|左右|，)")
_NOT_STAGES = regex.compile(
    alternation(NOT_STAGES)
    # 已建成标准化厂房18万平方米: a part built, measured, not the project's completion (but
    # 建成投产天宇年产30万吨…: a stage's own word, then what reached it)
    + r"|(?:建成|完成)(?!投产|投用|投运|运营|并网|通车|达产)(?=[^，。；;,、\d]{1,10}\d)"
    # 与多家企业签订算力服务协议: a contract with customers or suppliers, not the project's
    + r"|(?:签订|签署|签约)了?[^，。；;]{0,10}?(?:服务|供货|销售|采购|供应|购销|租赁)"
    r"(?:框架)?(?:协议|合同)"
    # 已有5家企业签约入驻: tenants, not the project's signing
    + r"|(?:\d{1,4}|[一二两三四五六七八九十]{1,3})家(?:企业|公司|商户)?(?:已经?)?(?:签约|签订)"
    # 力争全年新开工项目500个: a count of projects of a kind, not this one's stage
    + r"|(?:新开工|开工|竣工|投产|签约|建成|开竣工)的?项目(?:数量?|总数|个数|共|达|总计)?"
    r"(?:\d{1,6}|[一二两三四五六七八九十百千]{1,6}[个项]|(?=数量?|总数|个数))"
    # 主体工程已完工70%: how far the works have gone, not their end
    + r"|(?:完工|竣工|建成|完成)了?(?:总?工程量的|工程量)?\d{1,3}(?:\.\d{1,2})?%"
    # 主体厂房已全部竣工: a building of the project, not the project
    + r"|(?:厂房|车间|办公楼|综合楼|宿舍楼?|仓库)(?:已经?|均已|全部|基本|顺利){0,3}(?:竣工|建成|完工)"
)
#: Each stage with its words, longest first (the longest one the text uses names it).
_STAGE_WORDS = [(stage, sorted(ws, key=len, reverse=True)) for stage, ws in STAGES.items()]
#: Any stage word, the longest at its position (compiled with ``re``: its scan passes
#: over the positions none of the words begins at faster than ``regex``'s).
_ANY_STAGE_WORD = re.compile(alternation([w for _, ws in _STAGE_WORDS for w in ws]))
#: Each stage word with the stage words it begins with (itself among them).
_STAGE_WORD_PREFIXES = {
    w: tuple(p for _, ps in _STAGE_WORDS for p in ps if w.startswith(p))
    for _, ws in _STAGE_WORDS
    for w in ws
}
_PHASES = regex.compile(alternation(PHASES))
_LAST_PHASE = regex.compile(alternation(PHASES), regex.REVERSE)
#: The last characters of the phase words (期): a stretch without one names no phase.
_PHASE_LASTS = frozenset(word[-1] for word in PHASES)
#: What an annual figure makes: the words after it, up to the clause's end or the word
#: that ends a product (项目, 生产线, 的, 等).
_PRODUCT_AFTER = regex.compile(
    r"(?=[\p{Han}A-Za-z])(?:(?!项目|項目|生产线|生產線|的|等)[^，。、；;,|\t\n]){2,20}"
)


def products_after(original: str, found: Sequence[Quantity]) -> list[str]:
    """年产20万吨电解液、0.6万吨高纯碳酸锂 → [电解液, 高纯碳酸锂]: what an annual figure makes."""
    out = []
    for q in found:
        if q.per is None:
            continue
        after = _PRODUCT_AFTER.match(original, q.end)
        word = after.group() if after else ""
        if word and not _NOT_PRODUCT.match(word):
            out.append(word)
    return out


def stages(text: str, start: int, end: int) -> list[tuple[Stage, str, int]]:
    """Each stage named in ``text[start:end]`` with the word and where it starts."""
    found: list[tuple[Stage, str, int]] = []
    named = _stage_words(text, start, end)
    if not named:
        return found  # most stretches name no stage
    blocked = [(m.start(), m.end()) for m in _NOT_STAGES.finditer(text, start, end)]
    for stage, words in _STAGE_WORDS:
        # the stage's word in the first sentence that names it, the longest there (开工。…
        # 二期计划启动建设: 开工; 设备已进入调试，10月初开始试产: 试产)
        first: tuple[int, str, int] | None = None
        for word in words:
            if word not in named:
                continue
            at = text.find(word, start, end)
            # not where a word rules it out, nor inside another stage's word (建成 of an
            # earlier 建成投产 hides no later 建成)
            while at >= 0 and (
                any(a <= at < b for a, b in blocked)
                or any(f_at <= at < f_at + len(f_word) for _, f_word, f_at in found)
            ):
                at = text.find(word, at + 1, end)
            if at < 0:
                continue
            told = clause_start(text, at, at - start, _STAGE_SENTENCE_STOPS)
            if first is None or told < first[2]:
                first = (at, word, told)
        if first is not None:
            found.append((stage, first[1], first[0]))
    found.sort(key=lambda f: f[2])
    kept: list[tuple[Stage, str, int]] = []
    for stage, word, at in found:  # (the 建成 of 建成投产 is no completion of its own)
        if any(
            k_at <= at < k_at + len(k_word) or at <= k_at < at + len(word)
            for _, k_word, k_at in kept
        ):
            continue
        kept.append((stage, word, at))
    stated = {stage for stage, _, _ in kept}
    also = [
        (ALSO_TELLS[w], w, at)
        for _, w, at in kept
        if w in ALSO_TELLS and ALSO_TELLS[w] not in stated
    ]
    # (the stage it also tells first, as it comes first in a project's life)
    return sorted(also + kept, key=lambda k: k[2]) if also else kept


#: What ends the sentence a stage word is told in, to tell which it is told first in.
_STAGE_SENTENCE_STOPS = "。！？；;\n"


def _stage_words(text: str, start: int, end: int) -> set[str]:
    """The stage words ``text[start:end]`` holds, read in one scan (rather than each
    looked for in turn): an overlapped scan of their alternation (longest first), each
    search resumed one past the last match, reads the longest at each position, and the
    shorter ones there are words it begins with."""
    found: set[str] = set()
    m = _ANY_STAGE_WORD.search(text, start, end)
    while m is not None:
        found.update(_STAGE_WORD_PREFIXES[m.group()])
        m = _ANY_STAGE_WORD.search(text, m.start() + 1, end)
    return found


def status(text: str, at: int, lo: int) -> Status:
    """What the status word nearest before ``at`` says: the word that starts last in its
    clause, at most :data:`_STATUS_REACH` characters before it (of two starting there,
    the first of STATUS_WORDS)."""
    # one word per start, the first of the table that starts there; 可 only right before
    # the stage (今年10月可建成, not 可降解塑料项目开工)
    # 已于3月开工，年底投产: 已 is 开工's, not 投产's
    lo = clause_start(text, at, min(_STATUS_REACH, at - lo), CLAUSE_STOP)
    words = [
        m.group()
        for m in _STATUS_WORD.finditer(text, lo, at, overlapped=True)
        if (m.group() != "可" or at - m.end() <= 2)
        and not (m.group() in _PURPOSED and text.endswith("为", 0, m.start()))
    ]  # (为推动X项目签约而来: a purpose, which says nothing of whether it happened)
    if not words:
        return "unknown"
    if words[-1] in _MANNER and any(STATUS_WORDS[w] == "planned" for w in words[:-1]):
        return "planned"  # 预计7月底正式运营: the manner of what is planned
    return STATUS_WORDS[words[-1]]


#: Status words that state a purpose after 为 (为推动…签约而来).
_PURPOSED = ("推动", "推进", "加快", "确保")
#: How far before a stage word its status word may stand (计划2024年12月31日前开工).
_STATUS_REACH = 16
#: Status words that say how a stage happens, and so that it did unless a word before
#: them says it is planned.
_MANNER = ("正式", "成功", "顺利", "完成", "同步")


#: A party right before a signing word (…与华光公司签约): the text reports it, as news
#: does what happened.
_WITH_PARTY = regex.compile(
    r"[与和同][\p{Han}A-Za-z0-9（）()、]{2,30}$"  # (与A、B签约: each a party)
    r"|(?:公司|集团|株式会社|GmbH|Inc\.?|S\.A\.|Ltd\.?)(?:今天|昨天|当天|日前|近日|已|也)?$"  # X集团签约…
)
#: The shell of the works, whose completion is not the project's (主体工程已建成, 完成主体结构).
_SHELL = regex.compile(
    r"主体(?:工程|结构)(?:已经?|均已|全部|基本|顺利){0,3}(?:竣工|建成|完工)"
    r"|(?:完成|建成)(?:了|全部)?主体(?:工程|结构)"
)


def section_tense(ntext: NormalizedText, pos: int) -> Status:
    """Whether the section ``pos`` stands in reviews what was done (一、2024年工作回顾,
    （一）主要成效) or sets out what is planned (二、2025年工作安排, 重点任务): the nearest
    heading above it that says either, within a few thousand characters; else unknown."""
    headings = ntext.memo.get("tense_headings")
    if headings is None:
        headings = ntext.memo["tense_headings"] = [
            (m.start(), "done" if m.group("review") else "planned")
            for m in _TENSE_HEADING.finditer(ntext.text)
        ]
    assert isinstance(headings, list)
    k = bisect_left(headings, (pos, "")) - 1
    if k < 0 or pos - headings[k][0] > _TENSE_REACH:
        return "unknown"
    tense: Status = headings[k][1]
    return tense


#: A heading line that says its section reviews the past or plans ahead.
_TENSE_HEADING = regex.compile(
    r"(?<![^\n])[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{4}年)"
    r"[^\n。，,；;：:]{0,16}?"
    r"(?:(?P<review>回顾|总结|成效|成绩|取得的|完成情况|工作情况)|(?P<plan>安排|打算|思路|任务|目标|计划|部署|展望))"
    r"[^\n。，,；;：:]{0,12}(?=\n|$)"
)
#: How far below its heading a section's tense reaches.
_TENSE_REACH = 4000
#: How far back in its paragraph a stretch is read for a look back on a past period.
_LOOK_BACK = 300
#: Words with which a paragraph looks back on a past period, so that its stages happened.
_LOOKING_BACK = regex.compile(
    r"过去(?:的)?(?:一|两|三|五)年|(?:一|两|三|五)年来|去年以来|去年全年|上一年度|过去一年"
)
#: How far after a project's name its stage word may stand for a status word before the
#: name to be its status.
_NAME_TO_STAGE = 6
_STATUS_WORD = regex.compile("|".join(regex.escape(word) for word in STATUS_WORDS))


def progress(
    ntext: NormalizedText,
    found: Mentions,
    start: int,
    end: int,
    name: tuple[int, int] = (0, 0),
    dates_from: int | None = None,
) -> list[Milestone]:
    """The stages stated in ``[start, end)``, each with its status and the date before it;
    a stage word inside the project's ``name`` (…投资运营项目) is not a stage.  The dates
    may begin at ``dates_from``, by default in the sentence the stretch begins in (3月18日，
    某县举行X项目签约仪式)."""
    text = ntext.text
    named = stages(text, start, end)
    if not named:
        return []  # most stretches name no stage: their dates and span are not read
    if dates_from is None:
        dates_from = clause_start(text, start, 80, SENTENCE_STOP)
    dates = Mentions.inside(found.dates, dates_from, end)
    milestones = []
    o_start, o_end = ntext.span(start, end)
    planned_until = -1  # where a planned stage's sentence goes on (预计7月开工，年底投产)
    paragraph = text.rfind("\n", max(0, start - _LOOK_BACK), start) + 1
    looking_back = _LOOKING_BACK.search(text, max(paragraph, start - _LOOK_BACK), start) is not None
    used: tuple[DateMention, int] | None = None  # the last date a stage took, and its end
    own_phase = _LAST_PHASE.search(text, *name) if name[1] > name[0] else None
    for stage, word, at in named:
        if name[0] <= at < name[1]:
            continue
        if own_phase is not None and _of_another_phase(text, at, name[1], own_phase.group()):
            continue  # X项目二期…，该项目一期已于…建成投产: the first phase's, not this one's
        said = status(text, at, start)
        if said == "unknown" and at < planned_until:
            said = "planned"  # the next stage of a plan's chain
        if said == "unknown" and 0 <= at - name[1] <= _NAME_TO_STAGE:
            said = status(text, name[0], start)  # 确保X项目年内建成: said before the name
        if said == "unknown" and (
            (at < name[0] and text.startswith("的", at + len(word)))
            or text.startswith(("的还有", "的有", "的是"), at + len(word))
        ):
            said = "done"  # 签约的X项目, 当天开工的X项目, 同期开工的还有: what was done
        if said == "unknown" and (
            text.startswith("了", at + len(word)) or word.startswith(("通过", "完成"))
        ):
            said = "done"  # 签约了X项目, 已开工了, 通过竣工验收: the words say it happened
        if said == "unknown" and stage == "signing" and text.startswith(_SIGNED, at + len(word)):
            said = "done"  # 签约单位：X, 签约方为X: a party to a signed contract
        if (
            said == "unknown"
            and stage == "signing"
            and _WITH_PARTY.search(text, max(start, at - 40), at)
        ):
            said = "done"  # 管委会与华光公司签约: a signing the text reports between parties
        if said == "unknown" and (
            took := _TOOK.search(text, max(start, at - 16), min(end, at + 40))
        ):
            said = "done" if took.start() <= at < took.end() else said  # 从签约到开工仅用45天
        if said == "unknown" and looking_back:
            said = "done"  # 过去一年，…建成投产A、B等项目21个: a review of what happened
        if said == "unknown":
            said = section_tense(ntext, at)  # 一、2024年工作回顾 / 二、2025年工作安排
        if (
            stage == "completion"
            and said != "planned"
            and _SHELL.search(text, max(0, at - 8), at + 8)
        ):
            said = "in_progress"  # 主体工程已基本建成, 已完成主体结构: the works go on inside
        if said == "planned":
            planned_until = clause_end(text, at, end - at, SENTENCE_STOP)
        # a date of its own sentence, or of the one the stretch opens with (3月18日，…签约)
        told_from = max(dates_from, clause_start(text, at, 300, _DATED_SENTENCE_STOP))
        date = _last_date(dates, told_from, at)
        if date is None and said == "unknown":
            # 华星基地开工。3月2日，…项目开工: the stage said again, dated, is the same one
            again = text.find(word, at + len(word), end)
            if again >= 0:
                date = _last_date(dates, clause_start(text, again, 80, SENTENCE_STOP), again)
        if (
            used is not None
            and date is used[0]
            and clause_end(text, used[1], at - used[1], _CLAUSES) < at
        ):
            date = None  # 2023年3月开工，主体厂房已封顶: the date was the start's
        moved = (
            _MOVED.search(text, at, min(end, at + _MOVED_REACH))
            if _FIRST_PLANNED.search(text, clause_start(text, at, 16, CLAUSE_STOP), at)
            else None
        )
        if moved is not None:  # 原计划6月开工，…推迟至2024年4月: the date it is moved to
            date = next(
                (
                    d.mention
                    for d in dates
                    if moved.end() <= d.start <= moved.end() + 2
                    and isinstance(d.mention, DateMention)
                ),
                date,
            )
        used = (date, at + len(word)) if date is not None else used
        if (
            said == "unknown"
            and date is None
            and _PROGRESS_REPORT.search(text, clause_start(text, at, 60, _DATED_SENTENCE_STOP), at)
        ):
            said = "done"  # 形象进度：1#厂房主体封顶: a report of where the works stand
        milestones.append(
            Milestone(
                stage=stage,
                status=said,
                date=date,
                text=ntext.original[o_start:o_end],
                start=o_start,
                end=o_end,
            )
        )
    return milestones


def _last_date(dates: list[Located], start: int, end: int) -> DateMention | None:
    """The last date (not a duration) of ``dates`` within ``[start, end)``."""
    within = [
        d.mention
        for d in dates
        if isinstance(d.mention, DateMention)
        and d.mention.kind == "date"
        and start <= d.start
        and d.end <= end
    ]
    return within[-1] if within else None


#: What parts the clauses of a stretch (a date told in one is not another clause's).
_CLAUSES = "，,；;。"


def event_stage(text: str, start: int, end: int) -> Stage | None:
    """The one collective event named in ``text[start:end]`` (集中签约, 集中开工 …), if
    exactly one kind is named; 开竣工 and 签约及开工 name two and give none."""
    return EventWords(text, start, end).stage(start, end)


class EventWords:
    """The event words of ``text[start:end]``, found once: the projects of a text ask
    for the event of many stretches of it (their paragraphs, their lists' sentences), and
    each is then read from the words found rather than scanned again."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        found = _event_words(text, start, len(text) if end is None else end)
        self._starts = [at for at, _ in found]
        self._words = [word for _, word in found]
        # 投产项目, and 竣工投产 before 项目42个: a word that qualifies 项目 names a kind,
        # unless it says the event was held (集中签约项目86个)
        self._kinds = [
            word.endswith("项目")
            or (text.startswith("项目", at + len(word)) and not word.startswith(_HELD))
            for at, word in found
        ]

    def stage(self, start: int, end: int) -> Stage | None:
        """:func:`event_stage` of ``text[start:end]`` (within the stretch the words were
        found in): of the words there, at each position the longest that ends by ``end``,
        as an overlapped scan of their alternation (longest first) reads them."""
        longest: dict[int, str] = {}
        for k in range(bisect_left(self._starts, start), len(self._starts)):
            at, word = self._starts[k], self._words[k]
            if at >= end:
                break
            if at + len(word) <= end and len(word) > len(longest.get(at, "")):
                longest[at] = word
        named = {_EVENT_STAGE[word] for word in longest.values()}
        return named.pop() if len(named) == 1 else None

    def where(self, start: int, end: int) -> list[int]:
        """Where the event words of ``text[start:end]`` begin, in text order."""
        return self._starts[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def is_kind(self, at: int) -> bool:
        """Whether every event word at ``at`` names a kind of project (新开工项目, 签约的项目)
        rather than an event held (集中开工, 签约仪式)."""
        k = bisect_left(self._starts, at)
        kinds = []
        while k < len(self._starts) and self._starts[k] == at:
            kinds.append(self._kinds[k])
            k += 1
        return all(kinds)


#: How an event word that says the event was held begins (集中签约, 现场签约, 此次签约).
_HELD = ("集中", "现场", "当天", "此次", "本次", "这次", "成功", "共", "完成")
_EVENT_STAGE: dict[str, Stage] = {w: stage for stage, ws in EVENTS.items() for w in ws}
#: What every event word holds (a word that holds none of the verbs is its own).
_EVENT_CORES: tuple[str, ...] = ("签", "开工", "竣工", "建成", "投产")
_EVENT_CORES += tuple(w for w in _EVENT_STAGE if not any(core in w for core in _EVENT_CORES))
#: Each core with the event words that hold it.
_EVENT_WORDS_BY_CORE = {core: tuple(w for w in _EVENT_STAGE if core in w) for core in _EVENT_CORES}


def _event_words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Every event word in ``text[start:end]`` with where it starts, in text order (a
    word that holds two cores may be there twice).  Each word is looked for with
    ``str.find``, and only in a stretch that holds its core (most hold none): a compiled
    alternation tries every word at every position."""
    found: list[tuple[int, str]] = []
    for core, words in _EVENT_WORDS_BY_CORE.items():
        if text.find(core, start, end) < 0:
            continue
        for word in words:
            i = text.find(word, start, end)
            while i >= 0:
                found.append((i, word))
                i = text.find(word, i + 1, end)
    found.sort()
    return found


#: The event words of each stage that say it is only planned (计划建成).
_PLANNED_EVENTS: dict[Stage, tuple[str, ...]] = {
    stage: tuple(
        w for w in words if any(w.startswith(s) for s, v in STATUS_WORDS.items() if v == "planned")
    )
    for stage, words in EVENTS.items()
}


#: What ends the sentence that names an event (a clause of it may date it).
EVENT_SENTENCE_STOP = "。！？!?\n"


def dates_inside(found: Mentions, start: int, end: int) -> list[DateMention]:
    """The dates (not durations) within normalised ``[start, end)``, in text order."""
    return [
        d.mention
        for d in Mentions.inside(found.dates, start, end)
        if isinstance(d.mention, DateMention) and d.mention.kind == "date"
    ]


def dated_milestone(
    ntext: NormalizedText, stage: Stage, date: DateMention, start: int, end: int
) -> Milestone:
    """A milestone of ``stage`` on ``date`` that ``[start, end)`` states, its status said
    before ``start`` (计划分别于3月、4月开工: planned)."""
    said = status(ntext.text, start, clause_start(ntext.text, start, 12, CLAUSE_STOP))
    return cited_milestone(ntext, stage, said, start, end, date)


def cited_milestone(
    ntext: NormalizedText,
    stage: Stage,
    said: Status,
    start: int,
    end: int,
    date: DateMention | None = None,
    implicit: bool = False,
) -> Milestone:
    """A milestone that the normalised stretch ``[start, end)`` states, citing its
    original text and span."""
    o_start, o_end = ntext.span(start, end)
    return Milestone(
        stage=stage,
        status=said,
        date=date,
        text=ntext.original[o_start:o_end],
        start=o_start,
        end=o_end,
        implicit=implicit,
    )


def conditional(ntext: NormalizedText, start: int, end: int, told: set[Stage]) -> list[Milestone]:
    """The stages ``[start, end)`` states only as a condition of what the project will do
    (项目建成后年产值50亿元, 全部达产后…): it is to be completed, or to reach full
    production, undated; not a stage in ``told`` (已建成投产，…建成后: done already)."""
    found: list[Milestone] = []
    for m in _CONDITION.finditer(ntext.text, start, end):
        for word, stage in _CONDITIONED:
            if word in m.group() and stage not in told and all(f.stage != stage for f in found):
                a = clause_start(ntext.text, m.start(), m.start() - start, CLAUSE_STOP)
                b = clause_end(ntext.text, m.end(), end - m.end(), CLAUSE_STOP)
                found.append(cited_milestone(ntext, stage, "planned", a, b))
    return found


#: The word of each stage a condition may tell.
_CONDITIONED: tuple[tuple[str, Stage], ...] = (("建成", "completion"), ("达产", "full_production"))
#: A stage told as the condition of what follows (建成后, 全部建成达产后, 达产后).
_CONDITION = regex.compile(r"(?<![已将未])(?:建成(?:并?达产)?|达产)后(?![来期])")
#: How far after an event word its own date may stand (集中开工活动将于3月举行).
_EVENT_DATE_AFTER = 16


def implied(
    ntext: NormalizedText,
    stage: Stage,
    start: int,
    end: int,
    found: Mentions,
    event_at: int | None = None,
) -> Milestone:
    """A milestone that only the event the project belongs to implies: done, unless the
    event is only planned (计划建成5项：…, 计划新开工项目, 安排…新开工项目).  Its date is the event's: of
    the sentence that names the event (its word at ``event_at``), the first date to the
    day (2019年第一季度…集中开工仪式于3月23日举行: 3月23日), else the stretch's first."""
    dates = dates_inside(found, start, end)
    if event_at is not None:
        sentence = (
            clause_start(ntext.text, event_at, event_at - start, EVENT_SENTENCE_STOP),
            # (重点签约项目有：①…；②…已于3月15日开工: the items' dates are their own)
            clause_end(ntext.text, event_at, end - event_at, EVENT_SENTENCE_STOP + "：:"),
        )
        day = [d for d in dates_inside(found, *sentence) if d.granularity == "day"]
        # a date well after the event word is another event's (…签约项目中，X项目预计
        # 2025年6月建成投产；…), one before it or right after (于5月20日举行) is its own
        dates = day[:1] or dates_inside(found, start, min(end, event_at + _EVENT_DATE_AFTER))
    planned = any(ntext.text.find(word, start, end) >= 0 for word in _PLANNED_EVENTS[stage])
    if event_at is not None and not planned:
        # 今年全省安排重大项目300个，其中新开工项目140个; 力争竣工投产项目45个
        planned = (
            ntext.text.find("安排", sentence[0], event_at) >= 0
            or status(ntext.text, event_at, sentence[0]) == "planned"
        )
    said: Status = "planned" if planned else "done"
    return cited_milestone(ntext, stage, said, start, end, dates[0] if dates else None, True)


def phases(
    ntext: NormalizedText,
    found: Mentions,
    stretches: Sequence[tuple[int, int]],
    total: Money | None,
) -> list[Phase]:
    """The phases (一期, 二期) named in a project's ``stretches`` (its description, a
    block's progress section), each with what its own clause states: its investment,
    capacities and milestones.  A phase's clause runs to its sentence's end or to the
    next phase not joined to it (一期已投产，二期预计9月开工); a phase named again
    (一期投资8亿元。…目前一期已投产) is one phase."""
    text = ntext.text
    named: dict[str, Phase] = {}
    for start, end in stretches:
        if not any(text.find(last, start, end) >= 0 for last in _PHASE_LASTS):
            continue  # a fast test: most stretches name no phase
        words = [
            m
            for m in _PHASES.finditer(text, start, end)
            if not _PHASE_COUNT.match(text, m.start() - 1)
        ]
        last_stop = start
        for m, after in zip_longest(words, words[1:]):
            p_start = m.start()
            opens = max(last_stop, clause_start(text, p_start, 40, CLAUSE_STOP))
            if any(at + len(word) == p_start for _, word, at in stages(text, opens, p_start)) or (
                _WHEN_BEFORE_PHASE.fullmatch(text, opens, p_start)
            ):
                p_start = opens  # 计划9月建成一期, 预计明年6月一期投产: the phase's stage and date
            # a date that opens its sentence, where no stage stands before the phase, is the
            # phase's (5月26日，X项目一期机组并网发电)
            sentence = clause_start(text, p_start, 80, SENTENCE_STOP)
            sentence = sentence if last_stop == start else max(last_stop, sentence)
            dated_from = p_start if stages(text, sentence, p_start) else sentence
            stop = clause_end(text, m.start(), end - m.start(), SENTENCE_STOP)
            if (
                after is not None
                and after.start() < stop
                and not _PHASES_JOINED.fullmatch(text, m.end(), after.start())
            ):
                stop = after.start()
            last_stop = stop
            phase = _phase(ntext, found, m.group(), (p_start, stop), dated_from, total)
            if (known := named.get(phase.name)) is not None:
                phase = known.model_copy(
                    update={
                        "investment": known.investment or phase.investment,
                        "capacities": known.capacities + phase.capacities,
                        "progress": known.progress + phase.progress,
                    }
                )
            named[phase.name] = phase
    return list(named.values())


#: A plan and its date before a phase's word in its clause (预计明年6月一期投产).
_WHEN_BEFORE_PHASE = regex.compile(
    r"(?:预计|计划|力争|争取|确保|将|已|已于|于)?[^，,。；;\n]{1,10}?(?:年|月|日|底|初|末|内|前)"
)
#: What joins two phases that share what follows them (一期、二期共投资20亿元); anything
#: else between them ends the first one's clause (一期10万吨、二期20万吨).
_PHASES_JOINED = re.compile("[、和及与 ]*")
#: A count of phases, not a phase: 分三期建设, 按两期推进, 分为二期.
_PHASE_COUNT = re.compile("[分按]|(?<=[分划])为")


def _phase(
    ntext: NormalizedText,
    found: Mentions,
    name: str,
    clause: tuple[int, int],
    dated_from: int,
    total: Money | None,
) -> Phase:
    """The phase ``name`` as its ``clause`` states it, with dates from ``dated_from`` on."""
    text = ntext.text
    start, end = clause
    o_start, o_end = ntext.span(start, end)
    money = Mentions.inside(found.money, start, end)
    return Phase(
        name=name,
        start=o_start,
        end=o_end,
        investment=next(
            (
                x.mention
                for x in money
                if isinstance(x.mention, Money)
                and x.mention is not total
                and x.mention.kind == "amount"
                and _INVESTMENT_CUE.last_before(text, x.start)
                and _ANY_INVESTMENT_CUE.last_before(text, x.start, 24) not in _NOT_PHASES_OWN
            ),
            None,
        ),
        capacities=[
            x.mention
            for x in Mentions.inside(found.quantities, start, end)
            if isinstance(x.mention, Quantity)
            and x.mention.kind not in ("count", "area")
            and not _NOT_CAPACITY_CUE.last_before(text, x.start, 10)  # 单台容量10kWh
        ],
        progress=progress(ntext, found, start, end, dates_from=dated_from),
    )


def span_of(ntext: NormalizedText, span: tuple[int, int] | None) -> Span | None:
    """The original-text :class:`Span` of a normalised span."""
    if span is None:
        return None
    start, end = ntext.span(*span)
    return Span(text=ntext.original[start:end], start=start, end=end)


def tax(text: str, money: list[Located]) -> Money | None:
    return money_after(text, money, _TAX_CUE)


def annual_output(text: str, money: list[Located], block: bool = False) -> Money | None:
    """The output value (产值); in a block's introduction that states none, a revenue
    figure (年营收 …), as the block parser has always read it.  Elsewhere revenue is not
    output: the corpus and the releases keep the two apart."""
    found = money_after(text, money, _OUTPUT_VALUE_CUE, NOT_OUTPUT)
    return found or (money_after(text, money, _REVENUE_CUE, NOT_OUTPUT) if block else None)


_TAX_CUE = Cues(TAX)
_OUTPUT_VALUE_CUE = Cues((*ANNUAL_OUTPUT, *NOT_OUTPUT))
_REVENUE_CUE = Cues((*REVENUE, *NOT_OUTPUT))
