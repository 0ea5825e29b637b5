"""Forms: 项目名称：/建设单位：/建设地点：/总投资：/建设内容： fields, one record per project,
also when a table was flattened one cell per line (``项目 名称 |`` headers, then cells), and
one per row of a table written with pipes (``| 项目名称 | 建设单位 | 总投资（亿元） |``).

A record's fields are read from its own cells: the unit's name is the investor, the
place the location, the amount in 总投资 the investment; the content cell is where
capacities are read.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..dimensions.dates.columns import PERIOD_LABELS
from ..reading.pipe_tables import pipe_tables
from ..reading.text import NormalizedText
from ..rules import Rule, example
from .grammar import BULLETS, GOVERNMENT_BODY
from .names import LIST_MARKER, Candidate, at_line_starts, is_name
from .periods import STAGE_LABELS, STAGE_ROLE

#: Field label → the field it fills (labels may be split by spaces in flattened tables).
LABELS: dict[str, str] = {
    "项目名称": "name", "名称": "name", "建设单位": "investor", "项目单位": "investor",
    "业主单位": "investor", "投资单位": "investor", "投资方": "investor", "实施单位": "investor",
    "建设地点": "location", "项目地点": "location", "选址": "location", "项目选址": "location",
    "总投资": "investment", "投资总额": "investment", "计划总投资": "investment",
    "项目总投资": "investment", "建设内容": "scope", "建设规模": "scope", "项目概况": "scope",
    "建设内容及规模": "scope", "主要建设内容": "scope", "建设规模及内容": "scope",
    "建设内容和规模": "scope", "建设规模和内容": "scope", "建设内容与规模": "scope",
    "主要建设内容及规模": "scope", "建设规模与内容": "scope",
    **dict.fromkeys(PERIOD_LABELS, "period"),
    "项目进展": "progress", "建设进度": "progress", "进展情况": "progress", "项目进度": "progress",
    "工程进度": "progress", "形象进度": "progress", "建设进展": "progress", "进度": "progress",
    "进展": "progress", "目前进度": "progress", "项目": "name", "入驻企业": "investor",
    "企业名称": "investor", "落户企业": "investor",
    "项目业主": "investor", "业主": "investor", "投资主体": "investor", "投资企业": "investor",
    "签约企业": "investor", "投资商": "investor", "建设地址": "location", "项目地址": "location",
    "落户地点": "location", "投资金额": "investment", "投资额": "investment",
    "计划投资": "investment",
    "实施主体": "investor", "项目实施主体": "investor", "项目建设单位": "investor",
    "项目建设地点": "location", "实施地点": "location", "项目实施地点": "location",
    "投资项目名称": "name", "投资标的名称": "name", "项目投资额": "investment",
    "项目投资总额": "investment", "落户地": "location", "所在地": "location",
    "项目所在地": "location", "建设地": "location", "投资方名称": "investor",
    "招标人": "investor", "竞得人": "investor", "项目法人": "investor", "建设方": "investor",
    "签约单位": "investor", "签约方": "investor", "建设主体": "investor", "签约双方": "investor",
    "项目代码": "code", "统一项目代码": "code", "备案代码": "code", "项目编号": "code",
    "年产值": "output", "达产后年产值": "output", "预计年产值": "output", "达产产值": "output",
    "达产后预计年产值": "output", "预计达产后年产值": "output", "达产后可实现年产值": "output",
    "备案号": "code", "预算数": "investment", "预算": "investment", "概算投资": "investment",
    "投资估算": "investment",
    # a schedule's stage columns (| 开工时间 | 竣工时间 |): the stage is the label's
    **{label: STAGE_ROLE + label for label in STAGE_LABELS},
}  # fmt: skip
#: A numbered project's own label before its name (项目一：X, 项目3：X): a name field.
_NUMBERED = r"项目[一二三四五六七八九十\d]{1,3}"
_LABEL = "|".join(sorted(LABELS, key=len, reverse=True)) + "|" + _NUMBERED
_NUMBERED_LABEL = regex.compile(_NUMBERED)
#: What may stand before a line's first label: a list marker or a bracketed tag
#: (1.项目名称：, 【项目三】项目名称：).
_FIELD_LEAD = (
    r"(?:【[^】\n]{1,10}】|\d{1,3}[、.．]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)
#: A field's value: up to the line's end or a ； (。，) before another label.
_VALUE = rf"(?P<value>(?:[^\n；;。，,]|[；;。，,](?![ \t]*(?:{_LABEL})[ \t]*[：:]))*)"
#: One label and its value at a line's start (项目名称：X); the value runs to the line's
#: end or to a ； before another label (项目名称：X；建设单位：Y；…).
FIELD = regex.compile(
    rf"^[ \t]*(?:{_FIELD_LEAD}[ \t]*)?(?:\*\*)?(?P<label>{_LABEL})(?:\*\*)?[ \t]*"
    # (项目名称｜X: an infographic's card, one bar between its label and value)
    r"(?:[：:]|[|丨](?=[^|丨\n]*$))[ \t]*" + _VALUE,
    regex.MULTILINE,
)
#: A wide gap before another label on the line (项目名称：X  投资额：Y  落地：Z): fields
#: side by side, whether the library knows the label or not.
#: (Tried only where a run of blanks begins, so a long run costs one pass.)
_WIDE_GAP = regex.compile(r"(?<=[^ \t])[ \t]{2,}+(?=\p{Han}{2,8}[ \t]*[：:])")
#: A further label and its value on the same line, after a ； or a wide gap.
_NEXT_FIELD = regex.compile(
    rf"(?:[；;。，,][ \t]*+|(?<=[^ \t])[ \t]{{2,}}+)(?P<label>{_LABEL})[ \t]*[：:][ \t]*" + _VALUE
)
_LABEL_FIRST = frozenset(label[0] for label in LABELS)
_LEAD_CHARS = " \t【】0123456789、.．（()）一二三四五六七八九十*"


def _may_be_field(line: str) -> bool:
    """A quick test of a line before FIELD: a colon, and a label's first character first
    once a list marker or tag is passed over."""
    if "：" not in line and ":" not in line and "|" not in line and "丨" not in line:
        return False
    rest = line.lstrip(" \t")
    if rest[:1] in _LABEL_FIRST:
        return True
    return rest[:1] in _LEAD_CHARS and any(c in _LABEL_FIRST for c in rest[:16])


def _line_fields(text: str, m: regex.Match[str]) -> Iterator[tuple[str, tuple[int, int]]]:
    """Each field of the line FIELD matched at ``m``: its role and its value's span."""
    while m is not None:
        label = m.group("label")
        role = LABELS.get(label) or ("name" if _NUMBERED_LABEL.fullmatch(label) else "scope")
        value = m.start("value"), m.end("value")
        gap = _WIDE_GAP.search(text, *value)
        line_end = text.find("\n", value[1])
        line_end = len(text) if line_end < 0 else line_end
        value = (value[0], gap.start()) if gap is not None else value
        yield role, (_company_of(text, *value) if role == "investor" else value)
        m = _NEXT_FIELD.search(text, value[1], line_end)


#: Where an investor field's company ends: its first clause, before a note on its name.
_COMPANY_END = regex.compile(r"[，,。；;]|[（(](?:暂定名|筹|拟设立|待注册)[^）)\n]*[）)]")
#: What a company field may say before the company (公司拟设立的全资子公司X).
_BEFORE_COMPANY = regex.compile(r".*(?:的|全资子公司|控股子公司|子公司)(?=.{4})")


#: The governments a signing field lists before the company (签约单位：甲县经开区管委会、X公司).
_GOVERNMENTS_FIRST = regex.compile(
    r"(?:[^、，,与和及\n]{0,20}?" + GOVERNMENT_BODY + r"[、与和及])+(?=[^、，,与和及\n]{2})"
)


def _company_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The company an investor field names, without what is said around it (投资主体：
    公司拟设立的全资子公司X有限公司（暂定名），注册资本为… → X有限公司) and without the
    government that signs with it."""
    stop = _COMPANY_END.search(text, start, end)
    end = stop.start() if stop is not None else end
    governments = _GOVERNMENTS_FIRST.match(text, start, end)
    start = governments.end() if governments is not None else start
    lead = _BEFORE_COMPANY.match(text, start, end)
    return (lead.end() if lead is not None else start), end


#: A table cell: the last line with text before a ``|``.
_SPACE = regex.compile(r"\s")
#: A header cell that is not a label we read (序号, 环评单位 …).
_HEADER_CELL = regex.compile(r"\s*(?:序号|\S{2,12})\s*")
_CELL = regex.compile(r"(?P<cell>[^|\n]*)\s*\|")

RULE = Rule(
    "projects.forms",
    "Form fields (项目名称：/建设单位：/建设地点：/总投资：) and tables flattened one cell per line.",
    (
        example(
            "项目名称：滨海港口物流园项目\n建设单位：滨海港务有限公司\n建设地点：滨海新区\n总投资：12亿元\n",
            {"name": "滨海港口物流园项目", "investor": "滨海港务有限公司", "location": "滨海新区",
             "investment": "1200000000"},
        ),
        example(
            "序号 |\n项目 名称 |\n建设 地点 |\n建设 单位 |\n1 |\n年产3万吨饲料项目 |\n东山镇 |\n东山农业有限公司 |\n",
            {"name": "年产3万吨饲料项目", "investor": "东山农业有限公司", "location": "东山镇"},
        ),
        example(
            "| 序号 | 项目名称 | 建设单位 | 总投资（亿元） | 建设内容 |\n|---|---|---|---|---|\n"
            "| 1 | 玉柴动力总成产业园 | 玉柴机器股份有限公司 | 32 | 建设生产基地，年产10万台套 |\n"
            "| 2 | 冷链物流中心 | 市交投集团 | 8.2 | 建设冷库5万吨 |\n",
            {"name": "玉柴动力总成产业园", "investor": "玉柴机器股份有限公司",
             "investment": "3200000000"},
            {"name": "冷链物流中心", "investor": "市交投集团", "investment": "820000000"},
        ),
        example(
            "1.项目名称：滨海港口物流园项目；建设单位：滨海港务有限公司；建设地点：滨海新区；"
            "总投资：120000万元。\n【项目二】项目名称：东岭冷链中心\n投资方：东岭冷链有限公司\n",
            {"name": "滨海港口物流园项目", "investor": "滨海港务有限公司", "location": "滨海新区",
             "investment": "1200000000"},
            {"name": "东岭冷链中心", "investor": "东岭冷链有限公司"},
        ),
        example(  # a schedule: each stage's column dates it
            "| 项目名称 | 建设单位 | 开工时间 | 竣工时间 |\n|---|---|---|---|\n"
            "| 年产3万吨密封材料项目 | 中特密封有限公司 | 2023年4月 | 2024年5月 |\n",
            {"name": "年产3万吨密封材料项目", "investor": "中特密封有限公司"},
        ),
        example("联系人：张先生\n联系电话：12345678\n"),
        example("| 序号 | 企业名称 | 产值（亿元） |\n|---|---|---|\n| 1 | 某某有限公司 | 5 |\n"),
    ),
)  # fmt: skip


def _label(cell: str) -> str | None:
    """The field a header cell names, its unit note aside (总投资（亿元）: investment)."""
    return LABELS.get(_UNIT_NOTE.sub("", _SPACE.sub("", cell)))


#: A table row of totals, not of a project.
_TOTAL_ROW = regex.compile(r"\s*(?:合\s*计|小\s*计|总\s*计|共\s*计)")
#: A unit written in a header cell after its label: 总投资（亿元）, 占地面积(亩).
_UNIT_NOTE = regex.compile(r"[（(][^（()）]{1,6}[）)]$")


def records(text: str) -> list[Candidate]:
    """Every form record (项目名称：…) and every row of a flattened table."""
    found = _field_records(text)
    found += _table_rows(text)
    return found


def table_rows(ntext: NormalizedText) -> list[Candidate]:
    """One record per row of each pipe table whose header names the project's name
    and one more field: the row's cells are the record's fields, and the amount in its
    investment column (in the header's unit) is its investment."""
    text = ntext.text
    found = []
    for table in pipe_tables(ntext):
        columns = [_label(label) for label in table.labels]
        if "name" not in columns or sum(c is not None for c in columns) < 2:
            continue
        header_name = text[slice(*table.header[columns.index("name")])]
        for row in table.rows:
            record = {  # an empty cell is no field: 建设单位 left blank is no investor
                c: span
                for c, span in zip(columns, row, strict=True)
                if c is not None and span[1] > span[0]
            }
            if "name" not in record:
                continue
            name = text[slice(*record["name"])]
            if name == header_name or _TOTAL_ROW.match(name) or not is_name(name):
                continue  # the header again on a new page; a row of totals or a section
            candidate = _record(text, record, (row[0][0], row[-1][1]))
            if candidate is not None:
                if "investment" in record:
                    candidate.fields["investment"] = record["investment"]
                found.append(candidate)
    return found


def _record(
    text: str, record: dict[str, tuple[int, int]], row: tuple[int, int]
) -> Candidate | None:
    """The candidate of a table row whose cells fill ``record`` (label → span), if it
    names a project."""
    name = record.get("name")
    if name is None or name[1] <= name[0]:
        return None
    fields: dict[str, object] = {"scope": record.get("scope", name)}
    for cell in ("period", "progress"):
        if cell in record:
            fields[cell] = record[cell]
    stages = [(role, span) for role, span in record.items() if role.startswith(STAGE_ROLE)]
    if stages:
        fields["stages"] = stages
    investor = record.get("investor")
    return Candidate(
        *name,
        "form",
        row,
        investor=_company_of(text, *investor) if investor is not None else None,
        location=record.get("location"),
        fields=fields,
    )


def fields_in(text: str, candidate: Candidate) -> None:
    """Fill ``candidate``'s investor and location from the field lines in its scope
    (投资方：…, 建设地点：…) where they are not known yet."""
    start, end = candidate.scope
    while start < end:
        line_end = text.find("\n", start, end)
        line_end = end if line_end < 0 else line_end
        m = FIELD.match(text, start, line_end) if _may_be_field(text[start:line_end]) else None
        start = line_end + 1
        if m is None:
            continue
        for what, value in _line_fields(text, m):
            if what in ("investor", "location") and getattr(candidate, what) is None:
                setattr(candidate, what, value)


def _field_records(text: str) -> list[Candidate]:
    """Each record's name field with the fields after it, up to the next name, or to a
    list item or heading between them (（一）X项目 over 1、投资主体：…: that item's)."""
    found: list[Candidate] = []
    current: Candidate | None = None
    previous_end = 0
    for m in at_line_starts(FIELD, text, _may_be_field):
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        if current is not None and _ITEM_LINE.search(text, previous_end, m.start()):
            current = None
        previous_end = line_end
        line = list(_line_fields(text, m))
        # a line's name heads its record, whichever of its fields comes first (入驻企业：X；
        # 项目：Y；投资额：Z)
        for what, value in sorted(line, key=lambda field: field[0] != "name"):
            if what == "name":
                named = is_name(text[value[0] : value[1]].strip())
                current = Candidate(*value, "form", (m.start(), line_end)) if named else None
                if current is not None:  # 名称：…人民政府 names the other party, no project
                    found.append(current)
            elif current is not None:
                current.scope = (current.scope[0], line_end)
                if what in ("investor", "location"):
                    setattr(current, what, value)
                elif what in ("period", "investment", "output"):
                    current.fields.setdefault(what, value)  # (总投资｜58亿元: its amount)
                elif what.startswith(STAGE_ROLE):
                    stages = current.fields.setdefault("stages", [])
                    assert isinstance(stages, list)
                    stages.append((what, value))
    for record in found:  # 项目二：X / • 总投资 8.6亿元 / • 年产…: a slide's bullets are its own
        end = record.scope[1]
        while (bullet := _BULLET_LINE.match(text, end)) is not None:
            end = bullet.end()
        record.scope = (record.scope[0], end)
    return found


#: A bulleted line right after a record's last line (• 总投资 8.6亿元, — 2024年3月签约).
_BULLET_LINE = regex.compile(r"\n[ \t]*[" + BULLETS + r"▶►\-—·][^\n]*")


#: A line that starts a list item or heading, which no record runs across (a numbered
#: line of a label and its value, 6．资金来源：…, is one of the record's own).
_ITEM_LINE = regex.compile(r"\n" + LIST_MARKER.pattern + r"(?=\S)(?!\p{Han}{2,8}[ \t]*[：:])")


def _cells(text: str) -> Iterator[regex.Match[str]]:
    """What ``_CELL.finditer(text)`` finds.  When no cell starts at a place, none starts
    later on its line either (each would read to the same line end, then the same blanks,
    in time quadratic in the line), so the next place tried is the next line's start."""
    pos = 0
    while True:
        m = _CELL.match(text, pos)
        if m is not None:
            yield m
            pos = m.end()
            continue
        newline = text.find("\n", pos)
        if newline < 0:
            return
        pos = newline + 1


def _table_rows(text: str) -> list[Candidate]:
    if "|" not in text:
        return []  # no cell
    cells = [m.span("cell") for m in _cells(text)]
    columns: list[str | None] = []
    found: list[Candidate] = []
    i = 0
    while i < len(cells):
        labels = []
        j = i
        while j < len(cells) and (
            _label(text[slice(*cells[j])]) or _HEADER_CELL.fullmatch(text[slice(*cells[j])])
        ):
            labels.append(_label(text[slice(*cells[j])]))
            j += 1
            if j - i > 12:
                break
        if "name" in labels and len(labels) >= 2:
            columns = labels
            i = j
            break
        i += 1
    if not columns:
        return found
    width = len(columns)
    while i + width <= len(cells):
        row = cells[i : i + width]
        record: dict[str, tuple[int, int]] = {}
        for column, (a, b) in zip(columns, row, strict=True):
            if column is None:
                continue
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            record[column] = (a, b)
        candidate = _record(text, record, (row[0][0], row[-1][1]))
        if candidate is not None:
            found.append(candidate)
        i += width
    return found
