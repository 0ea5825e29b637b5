"""Lists of projects: enumerations in a sentence, numbered or bulleted lines, ；-separated
items.

- An enumeration names its members between an opening word and a closing one:
  此次签约的项目包括A、B、C等7个项目 / 分别是A，B以及C / 推动A、B、C等项目完成签约 /
  A、B和C这三个项目.  Members need not end in 项目: the list says what they are.
- Numbered or bulleted lines (1. / 1、 / （1） / 一、 / —— / ●) each name one project, the
  rest of the line (or its paragraph) describing it.
- ；-separated items after a colon (附项目概况：A，总投资…；B，总投资…) each start with a
  name.

Every member shares the list's sentence (``Candidate.shared``): a 集中开工 list means each
started, and a threshold (这4个项目总投资额均过5亿元) is each member's investment.
"""

from __future__ import annotations

import regex

from ..reading.text import clause_end, clause_start
from ..rules import Rule, example
from .forms import fields_in
from .names import (
    HEADS,
    LIST_MARKER,
    QUALIFIED_BY_PROJECT,
    Candidate,
    company_prefix,
    generic_rest,
    is_name,
    shape,
)
from .prose import continued

#: Words that open an enumeration of projects.
OPENERS = regex.compile(
    r"(?:包括|包含|分别是|分别为|分别有|依次为|主要有|主要包括|涉及|收录了|推动|对接|还有|以及|其中"
    r"|(?<=[，,：:\s]|项目|共|还|另|都|均|中)(?:有|如|为))[：:]?"
)
#: What closes an enumeration of projects (等7个项目, 等项目, 这三个…项目, 等N项).
CLOSERS = regex.compile(
    r"等(?:\d+|[一二两三四五六七八九十百]+)?(?:个|项|大)?(?P<filler>[\p{Han}]{0,12}?)(?:项目|工程)"
    r"|这(?:\d+|[一二两三四五六七八九十]+)个[\p{Han}]{0,12}?项目"
    r"|(?<=(?:园|基地|中心|电站|工厂|厂|项目|工程))(?:两|三|四|五|六|七|八|九|十)个[\p{Han}]{0,6}?项目"
)
#: What a closer's category ends with when its members are one project's parts (等主体工程).
_PARTS_OF_ONE = ("主体", "配套", "附属", "分项", "单位", "单项", "子项", "土建", "控制性")
#: A bare 等 that ends an enumeration opened after 项目 (…项目…，包括A、B、C等，合计投资…).
#: What a project's parts are listed after (建设内容包括, 主要建设).
_CONTENTS = ("建设内容", "建设内容主要", "内容", "建设规模", "主要建设", "新建", "配套建设")
_BARE_ETC = regex.compile(r"等(?=[，,。；;])")
_AFTER_PROJECTS = regex.compile(
    r"项目[^。；;\n]{0,40}(?:包括|包含|分别是|分别为|依次为|主要有)[：:]?$"
)
#: Where the members of a list may begin: after an opener word or a colon.
_INTRO_END = regex.compile(r"(?:包括|分别是|分别为|分别有|依次为|主要有)[：:]?|[：:]")
#: Characters a list never runs across.
_LIST_STOPS = "。；;！？!?\n：:"
_SENTENCE_STOPS = "。！？!?\n"
#: How far a list is looked for around its anchor (bounded, so extraction stays linear).
_REACH = 600
_ITEM_SPLIT = regex.compile(r"、|，|,|以及|(?<=[\p{Han}）)]{2})和(?=\p{Han}{2})")
#: A figure with its unit at the start of an item (6英寸, 6万吨) … (tried only from the
#: start of a run of digits: a search from inside one would find the same, a run later)
_FIGURE = regex.compile(
    r"(?<!\d)\d+(?:\.\d+)?[万亿]?(?P<unit>吨|英寸|寸|片|件|台|套|辆|GWh|MWh|GW|MW|千瓦|兆瓦|平方米|立方米|米|公里|km|纱锭)"
)
#: … and an ordinal that goes on from the one before it (一期二、三阶段).
_ORDINAL = regex.compile(r"[一二三四五六七八九十]+(?:期|阶段|号)")


def _continues(previous: str, item: str) -> bool:
    """Whether ``item`` goes on from ``previous`` (4英寸、6英寸量产线; 二甲苯、6万吨…)."""
    if previous.endswith(("项目", "工程")):
        return False
    figure = _FIGURE.match(item)
    if figure is not None:
        return _FIGURE.search(previous) is not None
    return _ORDINAL.match(item) is not None and previous[-1:] in "一二三四五六七八九十"


#: How far back from a colon the words introducing a list are looked for.
INTRO_REACH = 40
_INTRO_WORDS = ("包括", "分别是", "分别为", "分别有", "依次为", "主要有", "有", "为", "如下")
_INTRO_WITH_PROJECTS = regex.compile(
    r"项目[^，。；;\n]{0,12}?(?:" + "|".join(_INTRO_WORDS) + r")[：:]?$"
    r"|(?:\d+|[一二两三四五六七八九十]+)(?:个|项)[：:]$"
    r"|(?:建成|开工|签约|竣工|投产|新开工)\d+项[：:]$"
)
#: How every intro that _INTRO_WITH_PROJECTS accepts ends (a fast test before it).
_INTRO_TAILS = (*_INTRO_WORDS, *(w + c for w in (*_INTRO_WORDS, "个", "项") for c in "：:"))
#: A numbered or bulleted line.
LINE_ITEM = regex.compile(
    r"^(?P<marker>"
    + LIST_MARKER.pattern
    + r"|[ \t]*\d{1,3}[ \t]*(?![月日年号时点个家项万亿千百届期批])(?=\p{Han}))"
    r"(?P<body>[^\n]{4,})$",
    regex.MULTILINE,
)
#: Words that end a list line's name when it has no 项目 (…基地作为…, …老街位于…).
_NAME_STOPS = regex.compile(
    r"[，,。；;：:]|作为|位于|属于|属|是|为|总投资|计划|项目总投资|占地|以|将|已|于\d|\("
)
#: ；-separated items after a colon, each starting with a name and a comma.
SEMICOLON_ITEM = regex.compile(r"(?:(?<=[：:；;])|^)[ \t]*(?P<name>[^，,；;：:。\n]{3,40})[，,]")

RULE = Rule(
    "projects.lists",
    "Enumerations (包括A、B、C等N个项目), numbered or bulleted lines and ；-separated items.",
    (
        example(
            "此次集中开工的项目包括滨江智造产业园、东湖数据中心、西岭物流港等12个项目。",
            {"name": "滨江智造产业园"}, {"name": "东湖数据中心"}, {"name": "西岭物流港"},
        ),
        example(
            "附项目概况：青山新材料基地，总投资5亿元，用地80亩；北湖物流项目，总投资8000万元。",
            {"name": "青山新材料基地", "investment": "500000000"},
            {"name": "北湖物流项目", "investment": "80000000"},
        ),
        example(
            "1.海川化工有限公司年产5万吨环氧树脂项目(年产环氧树脂5万吨)\n2.东岭科技中心项目\n",
            {"name": "年产5万吨环氧树脂项目", "investor": "海川化工有限公司"},
            {"name": "东岭科技中心项目"},
        ),
        example(
            "签约的项目共3个，分别是甲县人民政府与东湖公司签约的东湖产业园项目，乙县人民政府与"
            "南山公司签订的南山电站项目以及丙县人民政府与西山公司签约的西山板材生产项目，"
            "这3个项目总投资额均过5亿元。",
            {"name": "东湖产业园项目", "investor": "东湖公司", "location": "甲县",
             "investment": "500000000"},
            {"name": "南山电站项目", "investor": "南山公司", "location": "乙县"},
            {"name": "西山板材生产项目", "investor": "西山公司", "location": "丙县",
             "investment": "500000000"},
        ),
        example(
            "一、东岭科技中心项目\n投资方：东岭科技有限公司\n总投资约12.6亿元，年产传感器500万只。\n"
            "二、北湖物流项目\n该项目总投资8000万元。\n下一步，全县将优化服务，总投资超百亿元。",
            {"name": "东岭科技中心项目", "investor": "东岭科技有限公司", "investment": "1260000000"},
            {"name": "北湖物流项目", "investment": "80000000"},
        ),
        example("开工项目覆盖基础设施、现代农业、社会民生等类别。"),
    ),
)  # fmt: skip


def _items(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """The members of an enumeration in ``text[start:end]``, each shaped to its name."""
    spans: list[tuple[int, int]] = []
    pos = start
    for sep in [*_ITEM_SPLIT.finditer(text, start, end), None]:
        if (
            sep is not None
            and sep.group() == "、"
            and "的" in text[pos : sep.start()]
            and "的" not in text[sep.end() : _next_separator(text, sep.end(), end)]
        ):
            continue  # 投资5000万元的超市及商业街、住宅项目: one item after its modifier
        stop = sep.start() if sep is not None else end
        if stop > pos:
            if spans and _continues(text[slice(*spans[-1])], text[pos:stop]):
                spans[-1] = (spans[-1][0], stop)  # 4英寸、6英寸量产线: one item
            else:
                spans.append((pos, stop))
        pos = sep.end() if sep is not None else end
    out = []
    for a, b in spans:
        named = b
        if text[b - 1] in ")）":  # A项目（总投资10亿元）: the name before its figures
            opening = max(text.rfind("(", a, b), text.rfind("（", a, b))
            figures = opening > a and any(c.isdigit() for c in text[opening:b])
            named = opening if figures else b  # (…现代园（田园综合体）: a name's own)
        s, e = shape(text, a, named)
        if e > s:
            out.append((a, b, s, e))
    return out


def _shared(text: str, sentence_start: int, items_start: int, end: int) -> tuple[int, int]:
    """The part of the sentence a list's members share: from the clause that opens the list
    (after the last ；) to the end of the sentence."""
    cut = max(
        text.rfind("；", sentence_start, items_start), text.rfind(";", sentence_start, items_start)
    )
    return (cut + 1 if cut >= 0 else sentence_start), end


def _next_separator(text: str, start: int, end: int) -> int:
    nxt = _ITEM_SPLIT.search(text, start, end)
    return nxt.start() if nxt else end


def _opening(text: str, lo: int, hi: int) -> int:
    """Where the members start: after the last opener word in ``[lo, hi)`` that is not
    itself a separator (分别是A，B以及C: the members start after 分别是)."""
    at = lo
    for m in OPENERS.finditer(text, lo, hi):
        if m.group() not in _JOINERS or at == lo:
            at = m.end()
    return at


#: Openers that also join members (A、B以及C), so a stronger opener before them wins.
_JOINERS = frozenset(("以及", "还有", "其中"))


def _semicolon_members(
    text: str, found: list[Candidate], start: int, end: int, shared: tuple[int, int]
) -> None:
    """Each ；-item of a list names one member in its first clause; the rest describes it."""
    for part in _SEMICOLON_PART.finditer(text, start, end):
        a, b = part.span()
        clause = _CLAUSE_END.search(text, a, b)
        stop = clause.start() if clause else b
        name_start, name_end = shape(text, a, stop)
        if is_name(text[name_start:name_end]) and name_end - name_start <= 60:
            company = _company_before(text, a, name_end)
            found.append(
                Candidate(name_start, name_end, "list", (a, b), shared=shared, investor=company)
            )


def _company_before(text: str, start: int, name_end: int) -> tuple[int, int] | None:
    """The company an item names before its project (1）X公司投资…建设Y项目): after the
    item's number (company_prefix drops a 由 itself)."""
    marker = LIST_MARKER.match(text, start, name_end)
    start = marker.end() if marker is not None else start
    company, _ = company_prefix(text, start, name_end)
    return company


def _floor(text: str, pos: int) -> int:
    """Where a list that ends at ``pos`` can begin: after the last stop before it."""
    return clause_start(text, pos, _REACH, _LIST_STOPS)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    return clause_start(text, pos, _REACH, _SENTENCE_STOPS), clause_end(
        text, pos, _REACH, _SENTENCE_STOPS
    )


def enumerations(text: str) -> list[Candidate]:
    """Members of enumerations that a closer or an opener marks as lists of projects.

    Each kind is found from its own anchor (a closer, a bare 等, an opener word or a
    colon) and read backwards or forwards a bounded stretch, so the cost stays linear.
    """
    found: list[Candidate] = []
    seen: set[int] = set()  # where members already found start
    previous = 0
    for close in CLOSERS.finditer(text):  # …等7个项目, 这三个…项目
        start = max(_floor(text, close.start()), previous)
        previous = close.end()
        filler = close.group("filler") or ""
        if close.start() - start < 2 or generic_rest(filler):
            continue  # 等要素优先流向优质项目: no closer
        if _SECTORS.search(filler) and not _BATCH.search(filler):
            continue  # 等多个产业项目: industries, not projects (等一批重大产业项目 are)
        if filler.endswith(_PARTS_OF_ONE) and close.group().endswith("工程"):
            continue  # 上下水库、输水系统、地下厂房等主体工程: the parts of one project
        items_start = _opening(text, start, close.start())
        if items_start == start:  # 工业经济提质增效，建成投产A、B等项目: the last clause
            items_start = _last_clause(text, start, close.start())
        s_start, s_end = _sentence(text, close.start())
        after_end = clause_end(text, close.end(), _FRAME, _FRAME_STOPS)
        if text.startswith(_GOALS, after_end + 1):  # …等项目建设，确保年内建成投产
            after_end = clause_end(text, after_end + 1, _FRAME, _FRAME_STOPS)
        after = (close.end(), after_end)
        _add(text, found, seen, items_start, close.start(),
             _shared(text, s_start, items_start, s_end), after)  # fmt: skip
    for etc in _BARE_ETC.finditer(text):  # …项目…，包括A、B、C等，
        floor = _floor(text, etc.start())
        for opener in reversed(list(OPENERS.finditer(text, floor, etc.start()))):
            if text.endswith(_CONTENTS, 0, opener.start()):
                break  # 建设内容包括涂布车间、化成车间等: the parts of one project
            if _AFTER_PROJECTS.search(text, max(0, opener.end() - 60), opener.end()):
                s_start, s_end = _sentence(text, etc.start())
                _add(text, found, seen, opener.end(), etc.start(),
                     _shared(text, s_start, opener.end(), s_end))  # fmt: skip
                break
    for intro in _INTRO_END.finditer(text):  # 这8个项目分别为…; 计划新开工8项：…
        lo = intro.end()
        back = max(0, lo - INTRO_REACH)
        if not (
            text.endswith(_INTRO_TAILS, back, lo) and _INTRO_WITH_PROJECTS.search(text, back, lo)
        ):
            continue
        s_start, s_end = _sentence(text, lo)
        hi = clause_end(text, lo, s_end - lo, "；;。")
        if hi < s_end and text[hi] in "；;":  # 分别为：A，投资…；B，选址…；C…
            _semicolon_members(text, found, lo, s_end, (s_start, s_end))
            continue
        close = CLOSERS.search(text, lo, hi)
        if close is None and text.endswith("等", lo, hi):
            hi -= 1  # 计划建成5项：A、B、C等。
        _add(
            text, found, seen, lo, close.start() if close else hi, _shared(text, s_start, lo, s_end)
        )
    return found


_SECTORS = regex.compile(r"产业|行业|领域|(?<!此)类")
#: What makes a closer's category a batch of projects (等一批重大产业项目).
_BATCH = regex.compile(r"一批|重大|重点")


def _last_clause(text: str, start: int, end: int) -> int:
    """Where the members of a list without an opener word start: after the last comma
    before its first 、, when its members are set apart by 、 (A，B，C等 keeps them all)."""
    first = text.find("、", start, end)
    if first < 0:
        return start
    comma = max(text.rfind("，", start, first), text.rfind(",", start, first))
    return start if comma < 0 else comma + 1


#: A name's head (项目用地, 项目资金 … are a project's land or money, no name's end).
_HEAD = regex.compile(r"(?:项目|工程)(?!用地|资金|审批|手续|前期|所在地)")
_PHASE = regex.compile(r"[（(]?[一二三四五六七八九十]期(?:工程|项目)?[）)]?")
_SEMICOLON = regex.compile(r"[；;]")
_SENTENCE_END = regex.compile(r"[。！？!?]")
_CLAUSE_END = regex.compile(r"[，,]")
_COLON = regex.compile(r"[：:]")
_SEMICOLON_PART = regex.compile(r"[^；;]+")
_DIGIT = regex.compile(r"\d")

#: A verb before a member's name makes the member a clause.
_VERB = regex.compile(r"建起|使用|计划在|拟在|另在|将在|位于|实现|完成|开展|推进|加快")


def _add(
    text: str,
    found: list[Candidate],
    seen: set[int],
    start: int,
    end: int,
    shared: tuple[int, int],
    after: tuple[int, int] | None = None,
) -> None:
    """Add the members of the list in ``[start, end)``; with the stretch ``after`` its
    closer, what its clause says before the first member and ``after`` the list is said
    of each (开工建设A、B等项目43个; A、B等一批项目建成投产)."""
    members = _items(text, start, end)
    clauses = sum(1 for a, _, s, _ in members if _VERB.search(text, a, s))
    if clauses > 1:
        return  # 计划在…建起…，另在…使用…配套建设…等项目: clauses, not names
    names = [m for m in members if is_name(text[m[2] : m[3]]) and m[3] - m[2] <= 60]
    if len(names) < max(1, len(members) // 2):
        return
    fields: dict[str, object] = {}
    if after is not None:
        first = members[0][2]  # shaped: 开工建设 before the first member is the list's
        lo = clause_start(text, first, _FRAME, _FRAME_STOPS)
        if _HEAD.search(text, lo, first):  # …运营项目以及A等: another name's, not the list's
            lo = first
        fields["frame"] = ((lo, first), after)
    for raw_start, raw_end, a, b in names:
        if a in seen:
            continue
        seen.add(a)
        found.append(Candidate(a, b, "list", (raw_start, raw_end), shared=shared, fields=fields))


#: A clause that sets the members of the list before it a goal (…，确保年内建成投产).
_GOALS = ("确保", "力争", "争取", "计划", "预计", "力促")
#: How far the words around a list that say what its members do are read, and where
#: they stop.
_FRAME = 20
_FRAME_STOPS = "，,。；;：:！？!?\n、"


_BLANK = frozenset(" \t\r\n\u3000")


def lines(text: str) -> list[Candidate]:
    """One project per numbered or bulleted line: the name, then what describes it.

    Lines that follow a line ending with a colon (活动现场还签约了3个项目：), each right
    after it or after another such line, share that line's last sentence.
    """
    found: list[Candidate] = []
    shared: tuple[int, int] | None = None
    for m in LINE_ITEM.finditer(text):
        if found and m.start() < found[-1].scope[1]:
            continue  # ▶ 建设电芯、模组及…生产线: a fact of the item above, not an item
        end = m.start()  # of the line before, blank lines passed over
        while end > 0 and text[end - 1] in _BLANK:
            end -= 1
        line_before = text[text.rfind("\n", 0, end) + 1 : end]
        if line_before.endswith(("：", ":")):  # the line introducing the list
            shared = (_sentence(text, end - 1)[0], end)
        elif LINE_ITEM.fullmatch(line_before) is None:
            shared = None  # not right after the introduction or another item
        body_start, body_end = m.span("body")
        inline = _INLINE_NEXT.search(text, body_start, body_end)
        body_end = inline.end() if inline is not None else body_end  # 1）A项目。2）B项目…
        # the name's head in the line's first sentence (一、X高速公路。项目全长…: none there)
        first = _SENTENCE_END.search(text, body_start, body_end)
        head = _HEAD.search(text[body_start : first.start() if first else body_end])
        if head is not None:
            stop = body_start + head.end()
            phase = _PHASE.match(text, stop, body_end)
            stop = phase.end() if phase else stop
        else:
            cut = _NAME_STOPS.search(text, body_start, body_end)
            stop = cut.start() if cut else body_end
        if text.startswith(QUALIFIED_BY_PROJECT, stop):
            continue  # 一、本次募集资金投资项目概况: a heading about projects
        start, stop = shape(text, body_start, stop)
        name = text[start:stop]
        if stop - start > 60 or not is_name(name) or not name.endswith(HEADS):
            continue
        # the line is the item's: X公司投资12亿元建设 before the name is said of it
        candidate = Candidate(start, stop, "list", (body_start, body_end), shared=shared)
        rest = text[stop:body_end].strip(_NAME_ONLY_TAIL)
        if (not rest or _NOTE.fullmatch(text[stop:body_end].strip())) and _heads_items(
            text, m.group("marker"), body_end
        ):
            # 二、光伏发电项目（备案） over 4．大安市…项目: a section, not a project (kept, so
            # that no other reader takes its line for one)
            candidate.fields["section"] = True
            candidate.scope = (body_start, body_end)
            found.append(candidate)
            continue
        if not rest:  # the line is the name alone
            candidate.scope = (body_start, _described_until(text, body_end))
            fields_in(text, candidate)
        else:  # ▶ X项目正式开工 / ▶ 总投资105亿元 / ▶ 预计年产值…: one fact per bullet;
            # 一、同意建设X项目。/ 二、项目建设地点为…: numbered clauses that go on about it
            end = max(_facts_until(text, body_end), continued(text, body_end))
            candidate.scope = (body_start, end)
        found.append(candidate)
    return found


#: A bullet or numbered line that states a fact of the item above it, not a new item.
_FACT_LINE = regex.compile(
    LIST_MARKER.pattern
    + r"(?:总投资|计划总投资|项目总投资|预计|计划|达产后|建成后|年产|占地|用地|建设|新建|由|主要)"
)


def _facts_until(text: str, line_end: int) -> int:
    """Where the bullet lines after an item that each state one of its facts end."""
    end = line_end
    while end < len(text) and (match := _FACT_LINE.match(text, end + 1)) is not None:
        newline = text.find("\n", match.end())
        newline = len(text) if newline < 0 else newline
        if _NAMED_FIRST.match(text, match.start(), newline) is not None:
            break  # 2.年产30万吨绿色食品加工项目。总投资…: the next item, named by its figure
        end = newline
    return end


#: A line whose first clause ends with a name's head: an item of its own.
_NAMED_FIRST = regex.compile(r"[^，,。；;：:\n]*(?:项目|工程)(?:[。；;，,：:]|$)")


#: The end of a line's item where the next item goes on, numbered, on the same line.
_INLINE_NEXT = regex.compile(
    r"[。；;](?=[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[）)、．](?!\d))"
)
#: What may follow a name on a line that holds only the name.
_NAME_ONLY_TAIL = " \t：:】]」》）)*"
#: A line that goes on about the project named on the line above: a field (投资方：…)
#: or a sentence whose subject is the project (该项目…, 总投资…, 由…投资建设).
_DESCRIBES = regex.compile(
    r"[ \t]*(?:(?:\*\*)?\p{Han}{2,8}(?:\*\*)?[ \t]*[：:]|该|此|本|项目|工程|总投资|计划总投资|投资|由|建设|主要|占地|"
    r"预计|计划|拟|达产|建成|投产|年产|年加工|年处理|年生产|规划|力争|目前)"
)
#: A field line of the item's own, numbered or in bold (6、预计效益：…, **投资方**：…),
#: under a name-only item.
_ITEM_FIELD = regex.compile(
    r"[ \t]*(?:\d{1,2}[、.．][ \t]*)?(?:\*\*)?\p{Han}{2,8}(?:\*\*)?[ \t]*[：:]"
)
#: A numbered heading of one part of the item's description (1、项目基本情况, （2）项目
#:建设的必要性): it heads a part of the same item, not the next one.
_SUB_HEADING = regex.compile(
    r"[ \t]*(?:\d{1,2}[、.．]|[（(]\d{1,2}[）)])[ \t]*\p{Han}{0,10}"
    r"(?:情况|概况|内容|必要性|可行性|效益|进展|进度|规模|方案|安排|地点|主体|建设期|周期|期限)[ \t]*"
)
#: How far the lines describing a name-only item may reach.
_DESCRIBED_REACH = 1200


def _heads_items(text: str, marker: str, line_end: int) -> bool:
    """Whether a line numbered by ``marker`` (一、, （二）) that ends at ``line_end`` heads
    items numbered otherwise (1．, （3）) that name projects of their own: a section."""
    if not _HIGHER_MARKER.fullmatch(marker):
        return False
    at = _NEXT_LINE.match(text, line_end).end()
    below = LINE_ITEM.match(text, at)
    return (
        below is not None
        and not _HIGHER_MARKER.fullmatch(below.group("marker"))
        and _HEAD.search(below.group("body")) is not None
        and _ITEM_FIELD.match(text, at) is None  # 1、投资主体：…: the item's own field
        and _SUB_HEADING.fullmatch(text, at, below.end()) is None  # 1、项目基本情况
    )


#: A note in brackets after a section's name (（备案）, （12个）).
_NOTE = regex.compile(r"[（(][^（()）\n]{1,12}[）)][：:]?")
_NEXT_LINE = regex.compile(r"[ \t]*\n[ \t\n]*")
#: The markers of a list's higher level (一、, （二）): sections over items numbered 1．.
_HIGHER_MARKER = regex.compile(
    r"[ \t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[ \t]*"
)


def _described_until(text: str, line_end: int) -> int:
    """Where the lines under a name-only list item that describe it end: each line after
    it that is a field or goes on about the project, blank lines passed over, up to the
    next list item."""
    end = line_end
    pos = line_end + 1
    limit = min(len(text), line_end + _DESCRIBED_REACH)
    while pos < limit:
        newline = text.find("\n", pos)
        newline = len(text) if newline < 0 else newline
        if text[pos:newline].strip():
            if (
                _ITEM_FIELD.match(text, pos) is None  # 1、投资主体：… is the item's
                and _SUB_HEADING.fullmatch(text, pos, newline) is None  # 1、项目基本情况 too
                and (LINE_ITEM.match(text, pos) is not None or _DESCRIBES.match(text, pos) is None)
            ):
                break
            end = newline
        pos = newline + 1
    return end


#: An item that is a phase of the project before the list (一期建设…, 首期…, 二阶段…).
_PHASE_ITEM = regex.compile(r"[ \t]*(?:[一二三四五六七八九十首]|近|远)(?:期|阶段)")


def semicolon_items(text: str) -> list[Candidate]:
    """Items of a ；-separated list after a colon, each a name then a comma."""
    found = []
    p_end = -1
    for line in text.split("\n"):
        p_start, p_end = p_end + 1, p_end + 1 + len(line)
        if "；" not in line and ";" not in line:
            continue  # no ；-list (a fast test before the colon's)
        colon = _COLON.search(text, p_start, p_end)
        if colon is None or _SEMICOLON.search(text, colon.end(), p_end) is None:
            continue  # a ；-list follows a colon
        pos = colon.end()
        items = [item.span() for item in _SEMICOLON_PART.finditer(text, pos, p_end)]
        if len(items) < 2:
            continue
        for a, b in items:
            m = SEMICOLON_ITEM.match(text, a, b) if not _PHASE_ITEM.match(text, a, b) else None
            if m is None:
                continue  # 分两期建设：一期建设10GWh产能；二期…: the phases of one project
            start, stop = shape(text, *m.span("name"))
            name = text[start:stop]
            if is_name(name) and (name.endswith(HEADS) or _DIGIT.search(name)):
                company = _company_before(text, m.start("name"), stop)  # X公司年产…的name
                found.append(Candidate(start, stop, "list", (a, b), investor=company))
    return found
