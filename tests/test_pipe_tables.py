"""Tables written with pipes, as pages' tables are read: rows, money in a column whose
header gives the unit, and one project per row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract import Document, extract
from zhproj_extract.reading.pipe_tables import pipe_tables
from zhproj_extract.reading.text import normalize

TABLE = (
    "现将2023年第三批市重点建设项目名单印发给你们，请认真组织实施。\n"
    "| 序号 | 项目名称 | 建设单位 | 总投资（亿元） | 建设内容及规模 | 建设年限 | \n"
    "|---|---|---|---|---|---|\n"
    "| 1 | 年产20万吨再生铝项目 | 广西华昇新材料有限公司 | 15.6 | 新建熔炼生产线4条 | 2023-2024 | \n"
    "| 2 | 玉柴新能源动力总成产业园 | 广西玉柴机器股份有限公司 | 32 | 建设生产基地，年产10万台套 | 2023-2025 | \n"
    "| 3 | 北部湾冷链物流中心 | 市交投集团 | 8.2 | 建设冷库5万吨 | 2023.06-2024.12 | \n"
    "附件2：联系人\n"
)


def test_a_table_is_its_header_and_the_rows_as_wide_as_it() -> None:
    ntext = normalize(TABLE)
    (table,) = pipe_tables(ntext)
    cells = [[ntext.text[a:b] for a, b in row] for row in table.rows]
    assert [ntext.text[a:b] for a, b in table.header][:2] == ["序号", "项目名称"]
    assert [row[:2] for row in cells] == [
        ["1", "年产20万吨再生铝项目"],
        ["2", "玉柴新能源动力总成产业园"],
        ["3", "北部湾冷链物流中心"],
    ]  # the dashes are no row, and a row with a comma is not joined to the next
    assert cells[1][4] == "建设生产基地，年产10万台套"


def test_a_run_of_lines_is_one_table_only_while_nothing_stands_between() -> None:
    text = (
        "| 项目名称 | 总投资(万元) |\n| 甲项目 | 500 |\n说明\n| 乙项目 | 300 |\n| 丙项目 | 100 |\n"
    )
    tables = pipe_tables(normalize(text))
    assert len(tables) == 2  # the line under 说明 heads a table of its own
    assert [len(t.rows) for t in tables] == [1, 1]


def test_a_section_line_between_rows_does_not_end_the_table() -> None:
    text = (
        "序号\t项目名称\t建设地点\t总投资（万元）\n一、新开工项目\n1\t高端铝箔项目\t巩义市\t356000\n"
        "2\t智能电力装备项目\t许昌市\t95000\n二、续建项目（1个）\n3\t华锐电池项目\t许昌市\t15000\n"
    )
    (table,) = pipe_tables(normalize(text))
    assert len(table.rows) == 3
    rows = [(p.name, p.investment and p.investment.value, [m.stage for m in p.progress])
            for p in extract(text).projects]  # fmt: skip
    assert rows == [
        ("高端铝箔项目", Decimal(3560000000), ["construction_start"]),  # the section's event
        ("智能电力装备项目", Decimal(950000000), ["construction_start"]),
        # 续建: started in an earlier year (undated), not at this day's event
        ("华锐电池项目", Decimal(150000000), ["construction_start"]),
    ]


def test_a_comma_in_a_space_set_tables_cell_joins_no_rows() -> None:
    text = "项目名称  总投资（万元）  建设内容\n镁业项目  52000  新建厂房，年产3万吨\n线束项目  28000  新建厂房\n"
    rows = [(p.name, p.investment and p.investment.value) for p in extract(text).projects]
    assert rows == [("镁业项目", Decimal(520000000)), ("线束项目", Decimal(280000000))]


def test_each_row_is_a_project_with_the_columns_it_states() -> None:
    document = extract(TABLE)
    rows = [
        (p.name, p.layout, p.investor, p.investment.text if p.investment else None)
        for p in document.projects
    ]
    assert rows == [
        ("年产20万吨再生铝项目", "form", "广西华昇新材料有限公司", "15.6"),
        ("玉柴新能源动力总成产业园", "form", "广西玉柴机器股份有限公司", "32"),
        ("北部湾冷链物流中心", "form", "市交投集团", "8.2"),
    ]
    values = [m.value for m in document.money if m.rule == "money.column"]
    assert values == [Decimal("1560000000"), Decimal("3200000000"), Decimal("820000000")]
    for m in document.money:
        assert TABLE[m.start : m.end] == m.text


@given(st.text(alphabet=st.sampled_from("|-\t \n项目名称总投资（亿元）1.5,"), max_size=80))
def test_any_text_of_pipes_or_tabs_gives_cells_inside_it(text: str) -> None:
    ntext = normalize(text)
    for table in pipe_tables(ntext):
        for row in [table.header, *table.rows]:
            assert len(row) == len(table.header)
            for a, b in row:
                cell = ntext.text[a:b]
                assert 0 <= a <= b <= len(ntext.text) and "|" not in cell and "\n" not in cell
                line = ntext.text[ntext.text.rfind("\n", 0, a) + 1 : ntext.text.find("\n", b)]
                assert "\t" not in cell or "|" in line  # a tab only inside a pipe table's cell
    extract(text)


def test_a_table_after_project_blocks_still_gives_its_rows() -> None:
    blocks = "● 滨海港口物流园项目\n项目介绍：由滨海港务有限公司投资建设，计划总投资12亿元。\n\n"
    names = [p.name for p in extract(blocks + TABLE).projects]
    assert names == [
        "滨海港口物流园项目",
        "年产20万吨再生铝项目",
        "玉柴新能源动力总成产业园",
        "北部湾冷链物流中心",
    ]


def test_a_period_column_dates_each_rows_start_and_completion() -> None:
    document = extract(TABLE)
    periods = [
        [
            (m.stage, m.status, m.date.text, str(m.date.start_date), str(m.date.end_date))
            for m in p.progress
            if m.date is not None
        ]
        for p in document.projects
    ]
    assert periods == [
        [
            ("construction_start", "unknown", "2023", "2023-01-01", "2023-12-31"),
            ("completion", "planned", "2024", "2024-01-01", "2024-12-31"),
        ],
        [
            ("construction_start", "unknown", "2023", "2023-01-01", "2023-12-31"),
            ("completion", "planned", "2025", "2025-01-01", "2025-12-31"),
        ],
        [
            ("construction_start", "unknown", "2023.06", "2023-06-01", "2023-06-30"),
            ("completion", "planned", "2024.12", "2024-12-01", "2024-12-31"),
        ],
    ]
    for p in document.projects:
        for m in p.progress:
            assert m.date is not None and TABLE[m.date.start : m.date.end] == m.date.text
            assert TABLE[m.start : m.end] == m.text
    years = [d for d in document.dates if d.rule == "date.column"]
    assert [(d.text, d.granularity) for d in years] == [
        ("2023-2024", "multi-year"),
        ("2023-2025", "multi-year"),
    ]


def test_a_progress_column_states_what_the_period_does_not() -> None:
    table = (
        "| 序号 | 项目名称 | 建设年限 | 进展情况 |\n|---|---|---|---|\n"
        "| 1 | 年产20万吨再生铝项目 | 2023-2025 | 已于2023年3月开工 |\n"
    )
    (project,) = extract(table).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "done", "2023年3月"),  # stated, so the period's start is not
        ("completion", "planned", "2025"),  # ahead of the article's year, 2023
    ]


#: TABLE as pasted from a spreadsheet: tabs between the cells, no line of dashes.
TAB_TABLE = "\n".join(
    "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    if line.startswith("|")
    else line
    for line in TABLE.split("\n")
    if not line.startswith("|---")
)


def test_a_table_with_tabs_between_its_cells_reads_as_a_pipe_table_does() -> None:
    assert "\t建设单位\t" in TAB_TABLE and "|" not in TAB_TABLE
    document, piped = extract(TAB_TABLE), extract(TABLE)

    def fields(doc: Document) -> list[tuple[object, ...]]:
        return [
            (p.name, p.investor, p.investment and p.investment.value, len(p.progress))
            for p in doc.projects
        ]

    assert fields(document) == fields(piped)
    assert len(document.projects) == 3
    for m in [*document.money, *document.dates]:
        assert TAB_TABLE[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "table",
    [
        "序号 | 项目名称 | 建设单位 | 总投资(亿元)\n1 | 年产1.5万吨特种电磁线项目 | 华能电工材料有限公司 | 4.2\n"
        "2 | 铜箔项目 | 江西铜博科技有限公司 | 20\n",
        "序号  项目名称  建设单位  总投资（亿元）\n1  年产1.5万吨特种电磁线项目  华能电工材料有限公司  4.2\n"
        "2  铜箔项目  江西铜博科技有限公司  20\n",
    ],
)
def test_a_table_without_outer_pipes_or_set_with_spaces_is_read_as_one(table: str) -> None:
    rows = [
        (p.name, p.investor, p.investment.value if p.investment else None)
        for p in extract(table).projects
    ]
    assert rows == [
        ("年产1.5万吨特种电磁线项目", "华能电工材料有限公司", Decimal("420000000")),
        ("铜箔项目", "江西铜博科技有限公司", Decimal("2000000000")),
    ]


def test_a_line_with_single_spaces_or_one_double_space_is_no_table() -> None:
    text = "通讯员 张三丰 李四\n多个重大项目  总投资12亿元\n签约项目  5个\n"
    assert pipe_tables(normalize(text)) == []


def test_a_repeated_header_a_total_and_a_section_row_are_no_projects() -> None:
    table = (
        "单位：万元\n| 序号 | 项目名称 | 建设单位 | 总投资 | 建设起止年限 |\n"
        "| 一、新开工项目（1个） |  |  |  |  |\n"
        "| 1 | 年产20万吨再生铝及深加工项目 | 马鞍山中联再生资源有限公司 | 156000 | 2024-2026 |\n"
        "| 序号 | 项目名称 | 建设单位 | 总投资 | 建设起止年限 |\n"
        "| 二、续建项目（1个） |  |  |  |  |\n"
        "| 2 | 和县危废综合处置中心项目 | 和县环境科技发展有限公司 | 48700 | 2023-2025 |\n"
        "|  | 合计 |  | 204700 |  |\n"
    )
    projects = extract(table, reference_date=date(2024, 6, 1)).projects
    assert [(p.name, [(m.stage, m.implicit) for m in p.progress]) for p in projects] == [
        ("年产20万吨再生铝及深加工项目", [("completion", False), ("construction_start", True)]),
        ("和县危废综合处置中心项目", [("construction_start", False), ("completion", False)]),
    ]


def test_a_blank_cell_is_no_field() -> None:
    table = (
        "| 序号 | 项目名称 | 建设单位 | 总投资（亿元） | 建设地点 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 年产10万吨正极材料项目 | 江西赣锋新材料有限公司 | 25 | 高新区 |\n"
        "| 2 | 年产5万吨电解液项目 |  | 12 |  |\n"
        "| 3 |  | 华宇电子有限公司 | 8 | 经开区 |\n"
    )
    projects = extract(table).projects
    assert [(p.name, p.investor, p.location) for p in projects] == [
        ("年产10万吨正极材料项目", "江西赣锋新材料有限公司", "高新区"),
        ("年产5万吨电解液项目", None, None),
    ]


def test_a_scope_column_under_any_order_of_its_label_gives_capacities() -> None:
    table = (
        "项目名称\t项目单位\t建设规模及内容\t总投资（万元）\n"
        "刨花板技术改造项目\t湖南森茂木业有限公司\t建成后年产刨花板15万吨\t4800\n"
        "水泥粉磨站项目\t湘南建材有限公司\t建成后年产水泥100万吨\t9800\n"
    )
    projects = extract(table).projects
    assert [[c.text for c in p.capacities] for p in projects] == [["15万吨"], ["100万吨"]]


#: A plan table as a county pastes it: a header wrapped onto a second line above the
#: dashes, no outer pipes but a trailing one on short rows, section rows with their
#: number and total, a row's cell wrapped onto a line of its own.
_WRAPPED = (
    "序号 | 项目名称 | 建设单位 | 建设 | 总投资 | 主要建设内容 | 建设起止\n"
    "     |          |          | 性质 | (亿元) |              | 年限\n"
    "-----|----------|----------|------|--------|--------------|---------\n"
    "一 | 新开工项目 |  |  | 27.8 |  |\n"
    "1 | 年产50万套轻量化部件项目 | 江西万丰精密制造有限公司 | 新建 | 15.6 | 达产后年产50万套轻量化部件 | 2024-2026\n"
    "2 | 年产1.5万吨特种电磁线项目 | 崇仁县华能电工材料有限公司 | 新建 | 4.2 | 年产特种电磁线1.5万吨 | 2024-2025\n"
    "二 | 续建项目 |  |  | 9.8 |  |\n"
    "3 | 崇仁县冷链物流园项目 | 抚州市农业发展投资集团有限公司 | 新建 | 9.8 | 建设冷库及分拣中心，总建筑面积6.2万平方 | 2023-2024\n"
    "   |                      |                            |      |      | 米 |\n"
    "合计 |  |  |  | 37.6 |  |\n"
)


def test_a_wrapped_header_short_rows_and_section_rows() -> None:
    (table,) = pipe_tables(normalize(_WRAPPED))
    assert table.labels == [
        "序号", "项目名称", "建设单位", "建设性质", "总投资(亿元)", "主要建设内容", "建设起止年限"
    ]  # fmt: skip
    projects = extract(_WRAPPED, reference_date=date(2024, 3, 1)).projects
    assert [(p.name, p.investment and p.investment.text) for p in projects] == [
        ("年产50万套轻量化部件项目", "15.6"),
        ("年产1.5万吨特种电磁线项目", "4.2"),
        ("崇仁县冷链物流园项目", "9.8"),
    ]
    assert [[m.stage for m in p.progress if m.implicit] for p in projects] == [
        ["construction_start"], ["construction_start"], ["construction_start"]
    ]  # fmt: skip


def test_a_table_set_with_spaces_reads_its_place_column_and_hedged_amounts() -> None:
    table = (
        "序号  项目名称  投资方  投资额（亿元）  落户地\n"
        "1  年产10GWh储能电池项目  深圳市欣锐新能源科技有限公司  50  高新区\n"
        "2  年产3000吨电子级多晶硅项目  江苏中能硅业科技发展有限公司  约40  化工园区\n"
        "3  分布式光伏整县推进项目  国家电投集团江西电力有限公司  11  各县（市、区）\n"
    )
    projects = extract(table).projects
    assert [
        (p.name, p.location, p.investment and (p.investment.text, p.investment.qualifier))
        for p in projects
    ] == [
        ("年产10GWh储能电池项目", "高新区", ("50", "exact")),
        ("年产3000吨电子级多晶硅项目", "化工园区", ("约40", "approx")),
        ("分布式光伏整县推进项目", "各县（市、区）", ("11", "exact")),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # single spaces between the cells
        ("（单位：亿元）\n序号 项目名称 建设地点 建设内容及规模 总投资 年度计划投资\n"
         "1 赣州华瑞稀土永磁材料产业园项目 赣州经开区 建设年产1.5万吨钕铁硼永磁材料生产线 62 18\n"
         "2 吉安泰和抽水蓄能电站 泰和县 装机120万千瓦 78 10\n附件 说明 共 两 页",
         [("赣州华瑞稀土永磁材料产业园项目", "赣州经开区", Decimal("6200000000")),
          ("吉安泰和抽水蓄能电站", "泰和县", Decimal("7800000000"))]),
        # one cell a line
        ("序号 项目名称 建设单位 总投资（亿元） 建设起止年限\n1\n 年产20万吨再生铜项目\n安徽铜源有限公司\n15.5\n"
         "2024-2026\n2\n新型显示模组项目\n宿州维信光电科技有限公司\n12\n2024-2025\n",
         [("年产20万吨再生铜项目", "安徽铜源有限公司", Decimal("1550000000")),
          ("新型显示模组项目", "宿州维信光电科技有限公司", Decimal("1200000000"))]),
    ],
)  # fmt: skip
def test_a_table_a_scan_flattens_is_read_under_its_numbered_header(
    text: str, rows: list[tuple[str, str, Decimal]]
) -> None:
    found = extract(text).projects
    assert [
        (p.name, p.location or p.investor, p.investment and p.investment.value) for p in found
    ] == rows


def test_single_spaces_elsewhere_part_words_not_cells() -> None:
    assert extract("序号 名称\n1 甲 乙 丙").projects == []


def test_a_table_saved_as_csv_is_read_as_one_pasted_with_tabs() -> None:
    text = (
        "序号,项目名称,建设单位,总投资(亿元),建设内容,开工时间\n"
        "1,高效光伏组件项目,安徽晶澳新能源有限公司,35,建设年产10GW高效光伏组件生产线,2024年3月\n"
        "2,康养综合体项目,安徽万佛湖文旅集团有限公司,8.6,建设康养酒店、温泉中心,2024年6月\n"
    )
    projects = extract(text, reference_date=date(2024, 5, 30)).projects
    assert [
        (
            p.name,
            p.investor,
            p.investment and p.investment.value,
            p.progress[0].date and p.progress[0].date.text,
        )
        for p in projects
    ] == [
        ("高效光伏组件项目", "安徽晶澳新能源有限公司", Decimal("3500000000"), "2024年3月"),
        ("康养综合体项目", "安徽万佛湖文旅集团有限公司", Decimal("860000000"), "2024年6月"),
    ]
    assert normalize(text).original == text  # one for one: the commas are where they were


def test_prose_with_half_width_commas_is_no_csv_table() -> None:
    text = "项目总投资10亿元,年产值5亿元,税收1亿元\n项目占地200亩,建设厂房5万平方米,预计明年投产\n"
    assert "\t" not in normalize(text).text


_ONE_CELL_A_LINE = (
    "附件\n2025年县级重点项目计划表\n单位：万元\n序号\n项目名称\n建设单位\n总投资\n2025年计划投资\n"
    "一、续建项目（2个）\n1\n城北污水处理厂扩建工程\n县城投集团有限公司\n42000\n12000\n"
    "2\n县人民医院传染病\n区建设项目\n县人民医院\n18600\n6000\n— 3 —\n"
    "二、新开工项目（1个）\n3\n年产5万吨精密铸件\n智能制造项目\n江西宏远机械有限公司\n65000\n20000\n"
)


def test_a_table_flattened_one_cell_a_line() -> None:
    (table,) = pipe_tables(normalize(_ONE_CELL_A_LINE))
    assert table.labels == ["序号", "项目名称", "建设单位", "总投资", "2025年计划投资"]
    projects = extract(_ONE_CELL_A_LINE, reference_date=date(2025, 2, 20)).projects
    # wrapped cells joined again; a folio and the section lines between rows passed over
    assert [(p.name, p.investor, p.investment and p.investment.value) for p in projects] == [
        ("城北污水处理厂扩建工程", "县城投集团有限公司", Decimal(420000000)),
        ("县人民医院传染病区建设项目", "县人民医院", Decimal(186000000)),
        ("年产5万吨精密铸件智能制造项目", "江西宏远机械有限公司", Decimal(650000000)),
    ]
    assert [[(m.stage, m.status) for m in p.progress] for p in projects] == [
        [("construction_start", "done")],  # 续建
        [("construction_start", "done")],
        [("construction_start", "planned")],  # the plan's new start
    ]
