"""Project blocks: the seed article's six projects field by field, and block layouts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract import extract
from zhproj_extract.models import Project

#: name, investor, investment, location, capacities (value, unit, per), annual output
#: (value, qualifier), progress (stage, first day of its date)
SEED_PROJECTS = [
    ("优巨特种工程塑料复合改性及加工应用项目", "广东优巨先进新材料股份有限公司", "500000000",
     "高新区", [], ("1500000000", "at_least"), [("construction_start", "2023-01-01")]),
    ("中创新航动力电池及储能系统江门基地项目", "中创新航科技股份有限公司", "20000000000",
     "新会区", [("50", "GWh", None)], None, [("trial_production", "2023-03-01")]),
    ("隆基硅能源产品生产基地项目", "隆基绿能科技股份有限公司", "10000000000", "鹤山市",
     [("10", "GW", "年")], ("18000000000", "approx"), [("construction_start", "2023-01-01")]),
    ("崇辉集成电路材料制造及封测总部项目（二期）", "深圳市芯联电股份有限公司", "3000000000",
     "高新区", [], ("4000000000", "at_least"), [("construction_start", "2023-01-01")]),
    ("科达利新能源汽车动力电池精密结构件项目", "深圳市科达利实业股份有限公司", "1100000000",
     "新会区", [("75000000", "件", "年")], None, [("production_start", "2023-03-01")]),
    ("广州天赐锂电池电解液及锂电池回收项目", "广州天赐高新材料股份有限公司", "1200000000",
     "新会区", [("200000", "吨", "年"), ("6000", "吨", "年"), ("25000", "吨", "年")],
     ("6000000000", "exact"), [("construction_start", "2023-02-01")]),
]  # fmt: skip


def _row(p: Project) -> tuple[object, ...]:
    return (
        p.name,
        p.investor,
        str(p.investment.value) if p.investment else None,
        p.location,
        [(str(q.value), q.unit, q.per) for q in p.capacities],
        (str(p.annual_output.value), p.annual_output.qualifier) if p.annual_output else None,
        [(m.stage, str(m.date.start_date) if m.date else None) for m in p.progress],
    )


def _blocks(text: str, reference: date | None = date(2023, 2, 15)) -> list[Project]:
    """The seed's six block projects, in block order (prose may name some of them first)."""
    projects = extract(text, reference_date=reference).projects
    return sorted((p for p in projects if p.layout == "block"), key=lambda p: p.start)


def test_seed_projects_field_by_field(seed_text: str) -> None:
    rows = [_row(p) for p in _blocks(seed_text)]
    assert [row[:-1] for row in rows] == [row[:-1] for row in SEED_PROJECTS]
    for row, expected in zip(rows, SEED_PROJECTS, strict=True):  # the block's own milestones
        assert row[-1][: len(expected[-1])] == expected[-1]  # first, then the prose's


def test_seed_prose_adds_the_stages_it_states(seed_text: str) -> None:
    battery = _blocks(seed_text)[1]
    assert [m.stage for m in battery.progress] == [
        "trial_production", "signing", "construction_start", "production_start",
    ]  # fmt: skip


def test_seed_project_details(seed_text: str) -> None:
    blocks = _blocks(seed_text)
    longi = blocks[2]
    (phase,) = longi.phases
    assert (phase.name, phase.investment.value if phase.investment else None) == (
        "首期",
        Decimal(4500000000),
    )
    assert [q.text for q in phase.capacities] == ["10GW"]
    assert longi.progress[0].date is not None and longi.progress[0].date.text == "一季度"
    assert longi.progress[0].date.end_date == date(2023, 3, 31)
    assert [p.progress[0].status for p in blocks] == [
        "done",
        "planned",
        "unknown",
        "done",
        "planned",
        "unknown",
    ]
    for p in blocks:
        assert seed_text[p.start : p.end].startswith(p.name)
        assert set(p.sections) == {"intro", "significance", "progress"}
        assert p.significance and p.significance in seed_text


def test_seed_projects_without_a_reference_date_resolve_into_2023(seed_text: str) -> None:
    progress = [p.progress[0].date for p in _blocks(seed_text, None)]
    assert [d.start_date for d in progress if d is not None] == [
        date(2023, 1, 1),
        date(2023, 3, 1),
        date(2023, 1, 1),
        date(2023, 1, 1),
        date(2023, 3, 1),
        date(2023, 2, 1),
    ]


def test_block_markers_and_labels() -> None:
    text = (
        "【海港新能源装备项目】\n项目简介：由某某能源科技有限公司投资建设，总投资8亿元，选址临港区。\n"
        "进展情况：计划6月投产。\n\n"
        "二、蓝湾储能电站项目\n建设内容：建设200MWh储能电站，计划总投资3亿元，落户东湖区。\n"
        "建设进度：已签约\n"
    )
    projects = extract(text, reference_date=date(2023, 2, 15)).projects
    assert [p.name for p in projects] == ["海港新能源装备项目", "蓝湾储能电站项目"]
    assert [p.investor for p in projects] == ["某某能源科技有限公司", None]
    assert [p.location for p in projects] == ["临港区", "东湖区"]
    assert [str(p.investment.value) for p in projects if p.investment] == ["800000000", "300000000"]
    assert [(m.stage, m.status) for p in projects for m in p.progress] == [
        ("production_start", "planned"),
        ("signing", "done"),
    ]
    assert [q.text for q in projects[1].capacities] == ["200MWh"]


def test_a_heading_without_sections_is_not_a_project() -> None:
    assert extract("■ 企业投下“信任票”\n\n去年引进项目304个。").projects == []


@given(
    st.lists(
        st.sampled_from(
            [
                "● 某某项目\n",
                "项目介绍：总投资5亿元，年产10万吨。\n",
                "项目进展：3月开工\n",
                "\n",
                "正文。",
                "【项目】",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_projects_nest_in_the_text_and_reuse_document_mentions(text: str) -> None:
    doc = extract(text, reference_date=date(2023, 2, 15))
    for p in doc.projects:
        assert 0 <= p.start <= p.end <= len(text)
        assert "".join(text[p.start : p.end].split()).startswith(p.name)  # as written, unbroken
        for m in [p.investment, p.annual_output, p.tax]:
            assert m is None or m in doc.money
        for q in p.capacities:
            assert q in doc.quantities
        for milestone in p.progress:
            assert milestone.date is None or milestone.date in doc.dates
        for mention in p.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_seed_prose_names_merge_with_their_block(seed_text: str) -> None:
    doc = extract(seed_text, reference_date=date(2023, 2, 15))
    names = [p.name for p in doc.projects]
    assert "信义集团鹤山玻璃产业基地项目" in names and "华津大型金属产业园项目" in names
    (battery,) = [p for p in doc.projects if p.name == "中创新航动力电池及储能系统江门基地项目"]
    assert battery.layout == "block"  # its block and two prose mentions are one project
    assert len(battery.mentions) == 3
    assert battery.investment is not None and battery.investment.value == Decimal(20000000000)
    assert len(names) == len(set(names))


def test_prose_names_state_what_their_sentence_says() -> None:
    text = "总投资35亿元、年产10GW高效电池片的东湖光伏电池片生产基地项目落户东湖区，预计6月投产。"
    (project,) = extract(text, reference_date=date(2023, 2, 15)).projects
    assert (project.name, project.layout) == ("东湖光伏电池片生产基地项目", "prose")
    assert project.investment is not None and project.investment.value == Decimal(3500000000)
    assert project.location == "东湖区"
    assert project.location_span is not None
    assert text[project.location_span.start : project.location_span.end] == "东湖区"
    assert [q.text for q in project.capacities] == ["10GW"]
    assert [(m.stage, m.status, m.date.text if m.date else None) for m in project.progress] == [
        ("production_start", "planned", "6月"),
    ]


def test_a_milestone_the_article_implies_cites_the_sentence_that_dates_the_event() -> None:
    """A project of a 集中开工 article did start, and on the article's day, not on a date
    its own paragraph gives for something else (计划2024年底建成投产)."""
    text = (
        "高新区举行第二季度重大项目集中开工活动\n"
        "5月17日上午，高新区第二季度重大项目集中开工活动在大旺园区举行，共开工项目18个。\n"
        "宁德时代新能源电池生产基地二期项目计划总投资85亿元，计划2024年底建成投产。\n"
    )
    (project,) = extract(text, reference_date=date(2023, 5, 18)).projects
    completed, planned, started = project.progress  # 建成投产: completed and producing
    assert (completed.stage, completed.status) == ("completion", "planned")
    assert (planned.stage, planned.status, planned.date and planned.date.text) == (
        "production_start",
        "planned",
        "2024年底",
    )
    assert (started.stage, started.status, started.implicit) == ("construction_start", "done", True)
    assert started.date is not None and started.date.text == "5月17日"
    assert started.text.startswith("5月17日上午，高新区") and started.text.endswith("18个")


def test_an_implied_milestone_is_dated_to_the_events_day_not_the_sentences_first_date() -> None:
    text = (
        "东湖区2023年第一季度重大项目开工仪式于3月23日在东湖经开区举行，当天共有8个项目集中开工。\n"
        "华润三九医药产业化基地项目总投资8亿元。\n"
    )
    (project,) = extract(text, reference_date=date(2023, 3, 24)).projects
    (started,) = project.progress
    assert (started.stage, started.implicit) == ("construction_start", True)
    assert started.date is not None and started.date.text == "3月23日"
    assert started.date.start_date == date(2023, 3, 23)


def test_numbered_lines_share_the_event_of_the_line_introducing_them() -> None:
    text = (
        "5月17日，高新区重大项目集中开工活动举行，共开工项目18个。\n"
        "活动现场还签约了2个项目：\n"
        "1. 鹏鼎控股智能制造产业园项目，投资30亿元；\n"
        "2. 华润三九医药产业化基地项目，总投资8亿元。\n"
        "计划建成2项：\n"
        "1. 临港新材料产业园项目\n"
        "2. 张江科学园二期项目\n"
    )
    progress = {
        p.name: [(m.stage, m.status, m.text) for m in p.progress]
        for p in extract(text, reference_date=date(2023, 5, 18)).projects
    }
    signed = [("signing", "done", "活动现场还签约了2个项目：")]
    assert progress["鹏鼎控股智能制造产业园项目"] == signed  # not the article's 开工
    assert progress["华润三九医药产业化基地项目"] == signed
    planned = [("completion", "planned", "计划建成2项：")]  # a plan, not an event that was
    assert progress["临港新材料产业园项目"] == planned
    assert progress["张江科学园二期项目"] == planned


def test_a_short_name_before_a_place_in_parentheses_invests_there() -> None:
    for text, investor, location in (
        ("宁德时代（肇庆）新能源电池生产基地二期项目计划总投资85亿元。", "宁德时代", "肇庆"),
        ("TCL(顺德)电子信息产业基地项目总投资20亿元。", "TCL", "顺德"),
        ("比亚迪（长沙）新能源汽车零部件产业园项目总投资50亿元。", "比亚迪", "长沙"),
        ("江门（蓬江）智能制造产业园项目总投资5亿元。", None, "江门"),  # a place, no brand
        # a brand that begins with a place, or holds one, then the place it invests in
        ("宁德时代厦门锂电池生产基地项目开工，总投资130亿元。", "宁德时代", "厦门"),
        ("上海电气南通海上风电装备项目开工，总投资30亿元。", "上海电气", "南通"),
        ("比亚迪长沙新能源汽车零部件项目开工，总投资30亿元。", "比亚迪", "长沙"),
        ("宝钢湛江钢铁三号高炉系统项目开工，总投资60亿元。", "宝钢", "湛江"),
        ("江苏南通年产5万吨高性能纤维项目开工，总投资6亿元。", None, "江苏南通"),
        # a park the name holds after its brand is finer than the city before it
        (
            "白银华锐新能源银东化工循环产业园集中供热项目开工，总投资2亿元。",
            "白银华锐新能源",
            "银东化工循环产业园",
        ),
        ("华锐新能源产业园二期项目开工，总投资2亿元。", "华锐", None),  # the park itself
        # the place in parentheses is finer than the city the article opens with
        ("佛山市举行重大项目签约仪式。TCL(顺德)电子信息产业基地项目总投资20亿元。", "TCL", "顺德"),
        (
            "佛山市举行重大项目签约仪式。比亚迪（长沙）新能源汽车项目总投资50亿元。",
            "比亚迪",
            "长沙",
        ),
    ):
        (project,) = extract(text).projects
        assert (project.investor, project.location) == (investor, location), text


def test_generic_project_phrases_are_not_names() -> None:
    text = "全市安排重点项目665个，推动招商项目加快开工，200个制造业及相关配套项目集中签约。"
    assert extract(text).projects == []


def test_a_name_broken_by_a_page_break_is_joined() -> None:
    text = "● 中创新航动力电池及储能系统江门基地\n\n项目\n\n项目介绍：计划总投资200亿元，落户新会区。\n项目进展：计划3月首线试生产\n"
    (project,) = extract(text, reference_date=date(2023, 2, 15)).projects
    assert project.name == "中创新航动力电池及储能系统江门基地项目"
    assert text[project.start : project.end].startswith(
        "中创新航动力电池及储能系统江门基地\n\n项目"
    )
    assert project.investment is not None and project.location == "新会区"


@pytest.mark.parametrize(
    "header",
    ["● 东湖储能项目", "○ 东湖储能项目", "◆ 东湖储能项目", "■ 东湖储能项目", "▲ 东湖储能项目",
     "★ 东湖储能项目", "一、东湖储能项目", "（一）东湖储能项目", "1. 东湖储能项目", "1、东湖储能项目",
     "项目一：东湖储能项目", "【东湖储能项目】", "东湖储能项目"],
)  # fmt: skip
def test_every_block_marker(header: str) -> None:
    text = (
        f"{header}\n项目进展：已开工\n项目意义：填补空白。\n"  # sections out of order
        "项目简介 由东湖能源有限公司投资建设，总投资3亿元，落户东湖区，占地120亩，"
        "年纳税5000万元，提供就业岗位800个。\n"
    )
    (project,) = extract(text, reference_date=date(2023, 2, 15)).projects
    assert project.name == "东湖储能项目"
    assert (project.investor, project.location) == ("东湖能源有限公司", "东湖区")
    assert project.investment is not None and project.investment.value == Decimal(300000000)
    assert project.land_area is not None and project.land_area.text == "120亩"
    assert project.tax is not None and project.tax.value == Decimal(50000000)
    assert project.jobs is not None and project.jobs.value == Decimal(800)
    assert [(m.stage, m.status) for m in project.progress] == [("construction_start", "done")]


def test_a_count_of_projects_is_not_a_project_name() -> None:
    for text in ("。去年共有173个项目在联席会议上过会。", "。今年签约30项项目，总投资5亿元。"):
        assert extract(text).projects == [], text
    (named,) = extract("。去年共有173个项目，其中东湖产业基地项目投资5亿元。").projects
    assert named.name == "东湖产业基地项目"


def test_a_form_states_its_period_and_progress_on_lines_of_their_own() -> None:
    text = (
        "项目名称：年产20万吨再生铝项目\n建设单位：华昇新材料有限公司\n"
        "建设起止年限：2024～2026\n项目进展：已于2023年10月完成土地摘牌\n"
        "项目名称：北部湾冷链物流中心\n建设年限：2022年3月-2024年12月\n"
    )
    first, second = extract(text, reference_date=date(2023, 11, 1)).projects
    assert [(m.stage, m.date and m.date.text) for m in first.progress] == [
        ("construction_start", "2024"),
        ("completion", "2026"),
    ]
    assert [(m.stage, m.date and m.date.text) for m in second.progress] == [
        ("construction_start", "2022年3月"),
        ("completion", "2024年12月"),
    ]
    assert second.progress[1].date is not None
    assert second.progress[1].date.end_date == date(2024, 12, 31)


@pytest.mark.parametrize(
    ("text", "investor", "location"),
    [
        ("三一重工集团在株洲市投资建设智能工厂项目，总投资20亿元。", "三一重工集团", "株洲市"),
        (
            "三一重工股份有限公司在株洲投资兴建智能工厂项目，总投资20亿元。",
            "三一重工股份有限公司",
            "株洲",
        ),
        ("三一重工有限公司在株洲投建智能工厂项目，总投资20亿元。", "三一重工有限公司", "株洲"),
        ("三一重工在株洲投资建设智能工厂项目，总投资20亿元。", "三一重工", "株洲"),  # a short name
    ],
)
def test_a_company_that_invests_in_a_place_is_not_part_of_the_name(
    text: str, investor: str | None, location: str
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investor, project.location) == (
        "智能工厂项目",
        investor,
        location,
    )
    assert project.investment is not None and project.investment.text == "20亿元"


@pytest.mark.parametrize(
    ("text", "investor", "investment"),
    [
        (
            "东岭新材料有限公司与滨海港务集团共同投资60亿元建设锂电隔膜产业园项目。",
            "东岭新材料有限公司与滨海港务集团",
            "60亿元",
        ),
        (
            "国家电投集团、东岭新材料有限公司和滨海港务集团合资建设锂电隔膜产业园项目，总投资60亿元。",
            "国家电投集团、东岭新材料有限公司和滨海港务集团",
            "60亿元",
        ),
        (  # each one's share is not the project's investment
            "东岭新材料有限公司和滨海港务集团分别投资50亿元、10亿元，共同建设锂电隔膜产业园项目。",
            "东岭新材料有限公司和滨海港务集团",
            None,
        ),
    ],
)
def test_companies_that_invest_together_are_the_investor_together(
    text: str, investor: str, investment: str | None
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investor) == ("锂电隔膜产业园项目", investor)
    assert project.investor_span is not None
    assert text[project.investor_span.start : project.investor_span.end] == investor
    assert (project.investment.text if project.investment else None) == investment


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("当天开工的云南花卉种植基地建设项目总投资3.1亿元。", "done"),
        ("风华高科与高新区管委会签约的片式电容器扩产项目投资15.5亿元。", "done"),
        ("计划开工的云南花卉种植基地建设项目总投资3.1亿元。", "planned"),  # a status word says
    ],
)
def test_a_stage_said_of_the_name_before_it_is_what_the_project_did(text: str, status: str) -> None:
    (project,) = extract(text).projects
    assert [m.status for m in project.progress] == [status]


def test_a_capacity_the_name_states_and_the_body_repeats_is_one_capacity() -> None:
    text = (
        "● 年产20万吨再生铝项目\n"
        "项目介绍：由广西华昇新材料有限公司投资建设，年产再生铝锭20万吨、铝合金棒5万吨。\n"
    )
    (project,) = extract(text).projects
    assert [(q.text, q.start) for q in project.capacities] == [
        ("20万吨", text.index("20万吨、")),
        ("5万吨", text.index("5万吨")),
    ]


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("金泰年产5万吨生物饲料项目总投资1.5亿元，落户产业园。", ["生物饲料"]),
        ("丰源酒业扩建项目建成后年产10万吨酒精,投资总额8000万元。", ["酒精"]),
        ("华塑新材料项目总投资5亿元，形成年产30万吨EPS等产品的生产能力。", ["EPS"]),
        ("| 项目名称 | 建设内容 |\n| 甲项目 | 年产铜箔5万吨 |\n", []),
    ],
)
def test_a_product_is_the_words_after_an_annual_figure_up_to_its_end(
    text: str, products: list[str]
) -> None:
    assert [p for project in extract(text).projects for p in project.products] == products


@pytest.mark.parametrize(
    "text",
    [
        "华塑新材料项目总投资5亿元，建成后年产EPS 30万吨。",
        "据悉，华塑新材料项目总投资5亿元，建成后年产EPS 30万吨。",
        "光伏组件项目于3月开工。\n华塑新材料项目总投资5亿元。",
    ],
)
def test_a_name_that_is_its_sentences_subject_stands_alone(text: str) -> None:
    names = [p.name for p in extract(text).projects]
    assert "华塑新材料项目" in names


@pytest.mark.parametrize(
    "text",
    ["其中，先进制造业项目总投资80亿元。", "农业农村项目总投资5亿元。", "目前，续建项目进展顺利。"],
)
def test_a_sector_that_is_its_sentences_subject_is_no_project(text: str) -> None:
    assert extract(text).projects == []


@pytest.mark.parametrize(
    ("text", "name", "investment"),
    [
        (
            "宁德时代计划投资约15亿元建设年产10GWh储能电池项目。",
            "年产10GWh储能电池项目",
            "约15亿元",
        ),
        (
            "公司拟投资不超过15亿元建设年产10GWh储能电池项目。",
            "年产10GWh储能电池项目",
            "不超过15亿元",
        ),
        ("华为公司计划在东莞市建设终端研发中心项目，总投资20亿元。", "终端研发中心项目", "20亿元"),
        ("公司开工建设年产5万吨锂电池项目，总投资10亿元。", "年产5万吨锂电池项目", "10亿元"),
        ("市第一人民医院新院区建设项目总投资15亿元。", "市第一人民医院新院区建设项目", "15亿元"),
        (
            "城北污水处理厂提标改造工程于3月开工，总投资1.6亿元。",
            "城北污水处理厂提标改造工程",
            "1.6亿元",
        ),
        ("新机场航站楼工程总投资约224亿元，计划年内竣工。", "新机场航站楼工程", "约224亿元"),
    ],
)
def test_a_name_starts_after_the_verb_and_the_hedged_amount_before_it(
    text: str, name: str, investment: str
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investment.text if project.investment else None) == (
        name,
        investment,
    )


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        (
            "城东光伏发电项目总投资5亿元，预计2025年底并网发电。",
            [("operation", "planned", "2025年底")],
        ),
        (
            "无锡12英寸晶圆项目总投资67亿美元，预计2025年量产。",
            [("production_start", "planned", "2025年")],
        ),
        ("城东文化中心项目预计2027年底落成。", [("completion", "planned", "2027年底")]),
        ("城东智慧物流园项目预计2024年7月底正式运营。", [("operation", "planned", "2024年7月底")]),
        ("城东智慧物流园项目已于1月正式运营。", [("operation", "done", "1月")]),
        # no status word: the article's date (2024-03-01) says what has happened
        (
            "创新药产业化基地项目于2023年10月开工，2026年建成。",
            [("construction_start", "done", "2023年10月"), ("completion", "planned", "2026年")],
        ),
        ("城东智慧物流园项目预计可实现年营业收入10亿元。", []),  # revenue, not a stage
    ],
)
def test_stage_words_and_their_status(text: str, stages: list[tuple[str, str, str]]) -> None:
    (project,) = extract(text, reference_date=date(2024, 3, 1)).projects
    assert [
        (m.stage, m.status, m.date.text if m.date else None) for m in project.progress
    ] == stages


@pytest.mark.parametrize(
    "text",
    [
        "1.南康家具智能制造产业园项目\n项目业主：赣州南康家居产业发展集团有限公司\n"
        "总投资：45亿元，达产后年产实木家具120万套。\n2.新能源汽车零部件项目\n总投资：12亿元。",
        "（一）南康家具智能制造产业园项目\n该项目由赣州南康家居产业发展集团有限公司投资建设，"
        "总投资45亿元，达产后年产实木家具120万套。\n（二）新能源汽车零部件项目\n该项目总投资12亿元。",
        "■ 南康家具智能制造产业园项目\n投资方：赣州南康家居产业发展集团有限公司\n总投资：约45亿元\n"
        "建设内容：达产后年产实木家具120万套。\n\n■ 新能源汽车零部件项目\n投资方：某某有限公司\n总投资：12亿元",
    ],
)
def test_the_lines_under_a_name_alone_on_its_line_describe_it(text: str) -> None:
    first, second = extract(text).projects
    assert first.name == "南康家具智能制造产业园项目"
    assert first.investor == "赣州南康家居产业发展集团有限公司"
    assert first.investment is not None and first.investment.value == Decimal("4500000000")
    assert [q.text for q in first.capacities] == ["120万套"]
    assert second.investment is not None and second.investment.value == Decimal("1200000000")


def test_the_article_after_the_last_item_is_not_its_description() -> None:
    text = (
        "一、新型显示材料项目\n总投资约12.6亿元。\n下一步，全县将持续优化营商环境，总投资超百亿元。"
    )
    (project,) = extract(text).projects
    assert project.investment is not None and project.investment.text == "约12.6亿元"
    assert project.end == text.index("\n下一步")


@pytest.mark.parametrize(
    "text",
    [
        "1.项目名称：智能装备制造产业园项目；建设单位：湖南华宇智能装备有限公司；建设地点：经开区东区；"
        "总投资：120000万元。\n2.项目名称：市第一人民医院新院区建设项目；建设单位：宜春市第一人民医院；"
        "建设地点：南湖新区；总投资：156000万元。",
        "【项目一】项目名称：智能装备制造产业园项目\n投资方：湖南华宇智能装备有限公司\n建设地点：经开区东区\n"
        "投资金额：计划投资12亿元\n【项目二】项目名称：市第一人民医院新院区建设项目\n建设单位：宜春市第一人民医院\n"
        "建设地点：南湖新区\n总投资：15.6亿元",
    ],
)
def test_form_fields_after_a_tag_or_on_one_line(text: str) -> None:
    rows = [(p.name, p.investor, p.location, p.investment.value if p.investment else None)
            for p in extract(text).projects]  # fmt: skip
    assert rows == [
        ("智能装备制造产业园项目", "湖南华宇智能装备有限公司", "经开区东区", Decimal("1200000000")),
        ("市第一人民医院新院区建设项目", "宜春市第一人民医院", "南湖新区", Decimal("1560000000")),
    ]


def test_a_company_named_after_its_province_does_not_place_the_project() -> None:
    text = "一、新型显示材料项目\n总投资约12.6亿元，由江苏三月科技股份有限公司投资。"
    (project,) = extract(text).projects
    assert (project.investor, project.location) == ("江苏三月科技股份有限公司", None)


def test_a_list_sections_heading_is_its_items_event() -> None:
    text = (
        "3月18日，全市重大项目集中开工。\n一、续建项目（2个）\n1.义安区城市更新一期工程，总投资8.6亿元。\n"
        "2.市中心血站迁建项目，总投资1.8亿元。\n二、新开工项目（1个）\n3.郊区冷链物流中心项目，总投资8.7亿元。\n"
        "三、竣工投产项目\n4.铜陵有色铜箔扩建项目，总投资12亿元。"
    )
    stages = [[(m.stage, m.implicit) for m in p.progress] for p in extract(text).projects]
    assert stages == [
        [("construction_start", True)],  # 续建: started before, whatever the article's event
        [("construction_start", True)],
        [("construction_start", True)],
        [("production_start", True)],
    ]


@pytest.mark.parametrize(
    ("text", "name", "investor"),
    [
        ("包头市将加快推进通威股份有限公司投资建设的年产20万吨高纯晶硅项目。",
         "年产20万吨高纯晶硅项目", "通威股份有限公司"),
        ("主会场项目为山东华鲁锦程新材料有限公司投资建设的年产30万吨己内酰胺项目。",
         "年产30万吨己内酰胺项目", "山东华鲁锦程新材料有限公司"),
        ("泗洪县与江苏恒力化纤股份有限公司签约年产三万吨高性能纤维项目。",
         "年产三万吨高性能纤维项目", "江苏恒力化纤股份有限公司"),
        ("热电联产项目由国家能源投资集团江西电力有限公司负责投资建设，总投资4.2亿元。",
         "热电联产项目", "国家能源投资集团江西电力有限公司"),
        ("湖北祥云(集团)化工股份有限公司投资的祥云股份磷石膏综合利用项目总投资7.5亿元。",
         "祥云股份磷石膏综合利用项目", "湖北祥云(集团)化工股份有限公司"),
        ("华能集团与江西电力有限公司共同投资建设热电联产项目。",
         "热电联产项目", "华能集团与江西电力有限公司"),
        ("随后，观摩团来到蒙城智能制造产业园项目。该项目总投资15亿元。", "蒙城智能制造产业园项目", None),
        ("2.赣州经开区年产6万吨锂电池回收利用项目，总投资25亿元。",
         "赣州经开区年产6万吨锂电池回收利用项目", None),
        ("签约项目包括：来安县新型建材产业园项目。", "来安县新型建材产业园项目", None),
        # a company data/brands.txt knows, fused to the front of the name
        ("京东方第8.6代AMOLED生产线项目总投资630亿元。", "京东方第8.6代AMOLED生产线项目", "京东方"),
        ("白水县牧原畜果结合产业化项目总投资14.5亿元。", "白水县牧原畜果结合产业化项目", "牧原"),
        ("格力电器杭州智能电器产业园项目总投资100亿元。", "格力电器杭州智能电器产业园项目", "格力电器"),
        ("中广核德耀风电场项目总投资8亿元。", "中广核德耀风电场项目", "中广核"),
        # a group's subsidiary and a company's branch are named after them
        ("1.大安市200MW农光互补光伏发电项目，项目单位：国家电投集团吉林能源投资有限公司，总投资9.8亿元。",
         "大安市200MW农光互补光伏发电项目", "国家电投集团吉林能源投资有限公司"),
        ("庆阳算力中心项目由中国电信股份有限公司甘肃分公司投资约15亿元建设。",
         "庆阳算力中心项目", "中国电信股份有限公司甘肃分公司"),
        # 该公司 refers back to the company named in full before it
        ("3月15日，江苏恒瑞新材料有限公司与我县签订投资协议。该公司计划投资12亿元，"
         "在经开区建设年产5万吨高性能膜材料项目。",
         "年产5万吨高性能膜材料项目", "江苏恒瑞新材料有限公司"),
        ("恒瑞新材料股份有限公司成立于2010年，是高新技术企业。该企业此次拟投资12亿元建设膜材料项目。",
         "膜材料项目", "恒瑞新材料股份有限公司"),
    ],
)  # fmt: skip
def test_the_investor_is_a_company_and_only_the_company(
    text: str, name: str, investor: str | None
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investor) == (name, investor)


def test_a_paragraph_that_opens_with_the_project_goes_on_about_it() -> None:
    text = (
        "2月23日，某县举行年产三万吨高性能纤维项目签约仪式。\n\n"
        "该项目总投资23亿元，由江苏恒力化纤股份有限公司投资建设。\n\n"
        "下一步，全县将投资5亿元完善园区配套。"
    )
    (project,) = extract(text, reference_date=date(2024, 3, 1)).projects
    assert project.investor == "江苏恒力化纤股份有限公司"
    assert project.investment is not None and project.investment.text == "23亿元"
    # the date opens the sentence before the name; a ceremony held is a stage done
    assert [(m.stage, m.status, m.date.text if m.date else None) for m in project.progress] == [
        ("signing", "done", "2月23日")
    ]


def test_a_block_of_a_signing_article_was_signed_there_unless_it_is_further_on() -> None:
    text = (
        "2月26日，宜丰县重大项目集中签约仪式举行，本次共签约项目2个。\n"
        "■ 负极材料项目\n项目简介：总投资18亿元，年产负极材料10万吨。\n"
        "■ 储能电池项目\n项目简介：总投资20亿元。\n项目进展：一期厂房已封顶。"
    )
    stages = [[(m.stage, m.implicit) for m in p.progress] for p in extract(text).projects]
    assert stages == [[("signing", True)], [("topping_out", False)]]


def test_companies_that_invest_respectively_go_one_to_each_project() -> None:
    text = (
        "江苏东磁新能源有限公司和盐城宏晟建设有限公司分别投资5亿元和3亿元建设的"
        "东磁光伏支架项目、宏晟钢构项目均已于2月底开工。"
    )
    rows = [(p.name, p.investor, p.investment.text if p.investment else None)
            for p in extract(text).projects]  # fmt: skip
    assert rows == [
        ("东磁光伏支架项目", "江苏东磁新能源有限公司", "5亿元"),
        ("宏晟钢构项目", "盐城宏晟建设有限公司", "3亿元"),
    ]


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        # short names: known across China, or a group's
        ("金辉集团和华润置地分别投资20亿元、15亿元建设金辉城市综合体项目和华润万象汇项目。",
         ["金辉集团", "华润置地"]),
        ("比亚迪和宁德时代分别投资20亿元、15亿元建设弗迪电池产业园项目和时代储能基地项目。",
         ["比亚迪", "宁德时代"]),
        ("比亚迪投资20亿元建设弗迪电池产业园项目。", ["比亚迪"]),
        # levels of government are no companies
        ("省市和县区分别投资2亿元、1亿元建设滨江大道项目和跨江大桥项目。", [None, None]),
    ],
)  # fmt: skip
def test_short_names_that_open_a_sentence_and_invest_are_investors(
    text: str, investors: list[str | None]
) -> None:
    assert [p.investor for p in extract(text).projects] == investors


@pytest.mark.parametrize(
    ("text", "investment", "capacities"),
    [
        ("公司拟以自有资金不超过15亿元在滁州市投资建设年产10GW高效光伏组件项目。",
         "不超过15亿元", ["10GW"]),
        ("公司拟在滁州市投资建设年产10GW高效光伏组件项目。项目分两期实施，其中一期规划产能5GW，"
         "投资约8亿元。", None, ["10GW"]),
        ("公司拟投资建设年产10GW高效光伏组件项目，项目总投资15亿元，其中一期投资约8亿元。",
         "15亿元", ["10GW"]),
    ],
)  # fmt: skip
def test_a_phases_amount_and_capacity_are_not_the_projects(
    text: str, investment: str | None, capacities: list[str]
) -> None:
    (project,) = extract(text).projects
    assert (project.investment.text if project.investment else None) == investment
    assert [q.text for q in project.capacities] == capacities


def test_an_event_a_plan_arranges_is_planned() -> None:
    text = (
        "今年全省安排重大项目300个，其中新开工项目140个。\n"
        "通威股份有限公司投资建设的年产20万吨高纯晶硅项目计划2025年建成投产。"
    )
    # 新开工项目140个 counts a kind of project: it says of no project that it starts
    (project,) = extract(text, reference_date=date(2024, 3, 1)).projects
    assert [(m.stage, m.status, m.implicit) for m in project.progress] == [
        ("completion", "planned", False),
        ("production_start", "planned", False),
    ]
    listed = extract("今年全省安排新开工项目140个，包括华光新材料项目、东岭物流园项目等。")
    assert [[(m.stage, m.status) for m in p.progress] for p in listed.projects] == [
        [("construction_start", "planned")],
        [("construction_start", "planned")],
    ]


def test_a_brands_place_is_not_where_the_paragraph_places_the_project() -> None:
    text = "东台经济开发区今年新上一批项目。苏州固锝年产1.2亿只功率器件项目计划投资6.8亿元。"
    (project,) = extract(text).projects
    assert (project.investor, project.location) == ("苏州固锝", "东台经济开发区")


@pytest.mark.parametrize(
    ("text", "capacity"),
    [
        ("某县屠宰加工项目总投资3亿元，建成后年屠宰加工能力2万吨。", ("2万吨", "年")),
        ("某县肉鸡养殖项目总投资3亿元，年出栏肉鸡1000万羽。", ("1000万羽", "年")),
        ("某县生猪养殖项目总投资3亿元，年出栏生猪10万头。", ("10万头", "年")),
        ("华光晶圆项目总投资20亿元，建成后月产能约6万片。", ("约6万片", "月")),
        ("华光智能装备项目总投资2亿元，年产8000台套设备。", ("8000台套", "年")),
        ("城西集装箱码头项目总投资30亿元，建成后年吞吐量20万标准箱。", ("20万标准箱", "年")),
        ("华光电路板项目总投资8亿元，建成后年产高端芯板600万张。", ("600万张", "年")),
        (
            "华光医疗项目总投资3亿元，建成后年产一次性医用耗材8亿支，组建服务队5支。",
            ("8亿支", "年"),
        ),
        ("华光造船基地项目总投资30亿元，建成后年造船能力150万载重吨。", ("150万载重吨", "年")),
        ("华光肉牛养殖项目总投资2亿元，建成后存栏肉牛可达600头。", ("600头", None)),
    ],
)
def test_output_scales_of_farms_fabs_and_equipment(text: str, capacity: tuple[str, str]) -> None:
    (project,) = extract(text).projects
    assert [(q.text, q.per) for q in project.capacities] == [capacity]


@pytest.mark.parametrize(
    ("text", "name", "investment", "stages"),
    [
        ("总投资18亿元的城北污水处理厂扩建工程今年3月开工。", "城北污水处理厂扩建工程", "18亿元",
         [("construction_start", "done")]),
        ("新能源技术研发中心于近日主体封顶，总投资3.2亿元。", "新能源技术研发中心", "3.2亿元",
         [("topping_out", "done")]),
        ("“塔拉滩”光伏项目总投资逾90亿元。", "“塔拉滩”光伏项目", "逾90亿元", []),
        ("中央厨房项目总投资5亿元，于3月开工。", "中央厨房项目", "5亿元", [("construction_start", "done")]),
        ("总投资10亿元的冷链物流园项目目前仍未开工。", "冷链物流园项目", "10亿元",
         [("construction_start", "planned")]),
        ("华光新材料项目今日开工。据介绍，项目预计明年6月全面达产。", "华光新材料项目", None,
         [("construction_start", "done"), ("full_production", "planned")]),
        ("浙江维科技术股份有限公司拟投资12亿元建设钠电池项目。", "钠电池项目", "12亿元", []),
        ("宏达公司投资3个亿建设年产5万吨饲料项目。", "年产5万吨饲料项目", "3个亿", []),
        ("城北物流园项目总投资5个多亿，占地200亩。", "城北物流园项目", "5个多亿", []),
        ("1. 浙江三花智能控制股份有限公司投资12亿元建设年产500万套热管理部件项目。\n2. 宏达产业园项目",
         "年产500万套热管理部件项目", "12亿元", []),
    ],
)  # fmt: skip
def test_names_their_sentences_go_on_about(
    text: str, name: str, investment: str | None, stages: list[tuple[str, str]]
) -> None:
    project = extract(text, reference_date=date(2024, 6, 1)).projects[0]
    assert project.name == name
    assert (project.investment.text if project.investment else None) == investment
    assert [(m.stage, m.status) for m in project.progress] == stages


def test_a_category_in_quotes_is_no_project() -> None:
    assert extract("招商重点放在投资额超50亿元的大项目以及“专精特新”项目上。").projects == []


def test_events_a_plan_aims_at_are_planned_and_a_batch_completed_is_in_production() -> None:
    planned = extract("今年力争竣工投产亿元以上项目45个以上。\n华光新材料项目总投资5亿元。")
    assert [(m.stage, m.status) for m in planned.projects[0].progress] == [
        ("production_start", "planned")
    ]
    batch = extract(
        "6月6日，联宝科技智能制造基地二期项目、合肥维信诺模组项目等7个项目集中竣工投产。"
    )
    assert [[m.stage for m in p.progress] for p in batch.projects] == [
        ["production_start"],
        ["production_start"],
    ]


@pytest.mark.parametrize(
    ("text", "investor", "location"),
    [
        ("本周新签约项目2个：1）浙江三花智能控制股份有限公司投资12亿元建设年产500万套热管理部件项目；"
         "2）由深圳华光科技有限公司投资5亿元建设光学膜项目。", "浙江三花智能控制股份有限公司", None),
        ("江西省通知。年产50万吨水泥项目，建设地点：九江经济技术开发区，总投资10亿元。", None,
         "九江经济技术开发区"),
        ("确保魏桥创业集团有限公司投资建设的轻量化基地项目年内投产。", "魏桥创业集团有限公司", None),
    ],
)  # fmt: skip
def test_an_items_number_and_a_goals_verb_are_not_the_investor(
    text: str, investor: str | None, location: str | None
) -> None:
    project = extract(text).projects[0]
    assert (project.investor, project.location) == (investor, location)


def test_the_signing_of_the_parties_clause_before_the_name_is_the_projects() -> None:
    text = "6月1日，法国液化空气集团与广州南沙经济技术开发区签约，拟投资超过2亿欧元建设华南区域工业气体中心项目。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.investor, project.location) == ("法国液化空气集团", "广州南沙经济技术开发区")
    assert [(m.stage, m.status, m.date.text if m.date else None) for m in project.progress] == [
        ("signing", "done", "6月1日")
    ]


def test_a_bold_name_on_its_own_line_is_a_list_item() -> None:
    text = "**华光新材料产业园项目**\n该项目由华光新材料有限公司投资建设，总投资12亿元。\n**宏达轴承项目**\n总投资5亿元。"
    rows = [(p.name, p.investment.text if p.investment else None) for p in extract(text).projects]
    assert rows == [("华光新材料产业园项目", "12亿元"), ("宏达轴承项目", "5亿元")]


def test_an_amount_of_the_park_before_a_list_comma_is_not_the_next_projects() -> None:
    text = "总投资32亿元的邹平高新区氢能产业园、总投资15亿元的长星新材料项目开工建设。"
    project = next(p for p in extract(text).projects if p.name == "长星新材料项目")
    assert project.investment is not None and project.investment.text == "15亿元"


def test_two_names_joined_by_a_list_comma_share_the_verb_after_them() -> None:
    text = "去年，魏桥轻量化基地二期、宏旭铝业年产40万吨再生铝项目建成投产。"
    rows = [
        (p.name, [q.text for q in p.capacities], [(m.stage, m.status) for m in p.progress])
        for p in extract(text, reference_date=date(2024, 6, 1)).projects
    ]
    assert rows == [
        ("魏桥轻量化基地二期", [], [("completion", "done"), ("production_start", "done")]),
        (
            "宏旭铝业年产40万吨再生铝项目",
            ["40万吨"],
            [("completion", "done"), ("production_start", "done")],
        ),
    ]


def test_one_projects_ceremony_is_not_every_projects_event() -> None:
    one = "6月3日，福鼎时代二期项目举行开工仪式。另据了解，烟台乙烯二期项目总投资50亿元。"
    assert [[(m.stage, m.implicit) for m in p.progress] for p in extract(one).projects] == [
        [("construction_start", False)],
        [],
    ]
    batch = "6月3日，全市重大项目集中开工仪式举行。其中，烟台乙烯二期项目总投资50亿元。"
    assert [[(m.stage, m.implicit) for m in p.progress] for p in extract(batch).projects] == [
        [("construction_start", True)]
    ]


@pytest.mark.parametrize(
    ("text", "name", "field", "value"),
    [
        ("华光新材料项目正式落户商水县。\n据介绍，该项目总投资5亿元，预计可实现年产值12亿元。",
         "华光新材料项目", "investment", "5亿元"),
        ("华光医院项目进展顺利。\n项目去年3月开工，计划明年6月竣工。", "华光医院项目", "stages",
         [("construction_start", "done"), ("completion", "planned")]),
        ("5月25日，淮北市举行年产12万吨PBAT可降解塑料项目开工仪式。", "年产12万吨PBAT可降解塑料项目",
         "stages", [("construction_start", "done")]),
        ("省发改委核准华能集团甘肃有限公司常乐电厂二期项目。", "常乐电厂二期项目", "investor",
         "华能集团甘肃有限公司"),
        ("今年要确保牟定20万千瓦光伏电站项目年内建成并网。", "牟定20万千瓦光伏电站项目", "investor", None),
        ("和平镇农旅融合示范区项目总投资4.2亿元。", "和平镇农旅融合示范区项目", "location", "和平镇"),
        ("同心县农旅融合示范区项目总投资4.2亿元。", "同心县农旅融合示范区项目", "location", "同心县"),
        ("钦州港大榄坪南作业区泊位工程完工并投入试运营。", "钦州港大榄坪南作业区泊位工程", "stages",
         [("completion", "unknown"), ("operation", "unknown")]),
    ],
)  # fmt: skip
def test_news_feed_items(text: str, name: str, field: str, value: object) -> None:
    project = extract(text, reference_date=date(2024, 6, 1)).projects[0]
    assert project.name == name
    got: object = {
        "investment": project.investment.text if project.investment else None,
        "stages": [(m.stage, m.status) for m in project.progress],
        "investor": project.investor,
        "location": project.location,
    }[field]
    assert got == value


def test_a_designation_is_no_project() -> None:
    text = (
        "计划建设研发和生产基地，同时创建全国首批乡村振兴绿氢创富示范项目，达产后年产值约93亿元。"
    )
    assert extract(text).projects == []


def test_a_word_that_is_also_a_county_is_no_place() -> None:
    assert extract("市发展改革委将会同有关部门每月通报项目进展情况。").projects == []
    (project,) = extract("比如4月份签约的宁川冷链食品产业园项目，总投资5亿元。").projects
    assert project.location is None


def test_every_member_of_a_list_signed_together_was_signed() -> None:
    text = "3月5日，南康区在深圳共签约深圳家居智造产业园、东莞木业智能装备制造、南康跨境电商物流中心等3个项目。"
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [[(m.stage, m.status) for m in p.progress] for p in projects] == [
        [("signing", "done")]
    ] * 3


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("今年将开工建设元谋至双柏高速公路，总投资120亿元。", [("元谋至双柏高速公路", "120亿元")]),
        ("总投资45亿元的滨江大桥于3月开工建设。", [("滨江大桥", "45亿元")]),
        ("青山水库总投资12亿元，计划年底开工。", [("青山水库", "12亿元")]),
        ("县第一人民医院新院区今年建成投用，总投资6亿元。", [("县第一人民医院新院区", "6亿元")]),
        ("患者被送往县人民医院。", []),
        ("该医院总投资3亿元。", []),
    ],
)
def test_public_works_are_named_without_project_or_works_words(
    text: str, names: list[tuple[str, str]]
) -> None:
    projects = extract(text).projects
    assert [(p.name, p.investment and p.investment.text) for p in projects] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("城南快速路改造工程全长11.6公里，总投资23.5亿元。", [("城南快速路改造工程", "23.5亿元")]),
        ("滨江文体中心总建筑面积3万平方米，总投资4亿元。", [("滨江文体中心", "4亿元")]),
        ("推动凯盛光伏玻璃二期项目开工建设。", [("凯盛光伏玻璃二期项目", None)]),
        (
            "凯纳生物科技有限公司投资6亿元建设合成生物创新产业园。",
            [("合成生物创新产业园", "6亿元")],
        ),
        ("项目总投资10亿元，建设500亩种植基地。", []),
        ("华光公司投资3亿元新建研发中心。", []),
    ],
)
def test_a_subject_that_measures_a_phase_and_a_facility_paid_for_are_names(
    text: str, names: list[tuple[str, str | None]]
) -> None:
    projects = extract(text).projects
    assert [(p.name, p.investment and p.investment.text) for p in projects] == names


@pytest.mark.parametrize(
    "furniture",
    [
        "上一篇：总投资12亿元 澧川智能装备产业园项目正式投产\n下一篇：我市召开安全生产会议",
        "【下一篇】：澧川智能装备产业园项目正式投产",
        "相关新闻\n总投资12亿元 澧川智能装备产业园项目正式投产\n\n滨江港口物流园项目签约 总投资8亿元",
    ],
)
def test_links_to_other_articles_name_no_project_of_this_one(furniture: str) -> None:
    text = f"年产12万吨铜箔项目总投资45亿元。\n{furniture}\n"
    assert [p.name for p in extract(text).projects] == ["年产12万吨铜箔项目"]


def test_a_place_ends_before_the_verb_that_builds_there() -> None:
    (project,) = extract("华光公司投资10亿元在峡江高新区建设汽车零部件产业园项目。").projects
    assert (project.name, project.location) == ("汽车零部件产业园项目", "峡江高新区")


def test_the_phases_of_a_project_after_a_colon_are_no_projects_of_their_own() -> None:
    text = (
        "华光新能源公司拟投资建设年产25GWh钠离子电池基地项目，总投资约85亿元，分两期建设："
        "一期建设10GWh产能，预计于2024年第三季度动工；二期建设15GWh产能。"
        "项目全面达产后，预计年产值约150亿元。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.name == "年产25GWh钠离子电池基地项目"
    assert project.annual_output is not None and project.annual_output.text == "约150亿元"


def test_items_counted_out_one_is_two_is_are_introduced_names() -> None:
    text = (
        "今年重点推进三个项目：一是铝合金板带项目，总投资32亿元；二是生猪屠宰深加工项目，"
        "总投资8.8亿元；三是智能农机制造项目，总投资16亿元。一是抓项目建设，二是优化营商环境。"
    )
    projects = extract(text).projects
    assert [(p.name, p.investment and p.investment.text) for p in projects] == [
        ("铝合金板带项目", "32亿元"),
        ("生猪屠宰深加工项目", "8.8亿元"),
        ("智能农机制造项目", "16亿元"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "5月23日，澧川市招商推介会在深圳举行，现场签约项目15个。重点签约项目有：\n"
        "（1）甲能源科技有限公司投资的储能电池项目，计划总投资85亿元；\n"
        "（2）乙智能装备有限公司投资的机器人产业园项目，计划总投资20亿元。",
        "5月23日，澧川市招商推介会在深圳举行。推介会现场签约项目15个，其中，"
        "甲能源科技有限公司投资85亿元建设储能电池项目，预计2025年6月建成投产。",
    ],
)
def test_a_signing_event_is_dated_by_the_day_the_lead_gives(text: str) -> None:
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    signings = [m for p in projects for m in p.progress if m.stage == "signing"]
    assert signings and all(
        m.date is not None and m.date.start_date == date(2024, 5, 23) for m in signings
    )


@pytest.mark.parametrize(
    ("text", "names", "stages"),
    [
        ("开工建设鑫源新能源汽车零部件产业园、凯盛光伏玻璃二期、县人民医院新院区等项目43个。",
         ["鑫源新能源汽车零部件产业园", "凯盛光伏玻璃二期", "县人民医院新院区"], ["construction_start"]),
        ("星驰动力电池基地三期、海川能源年产100万吨绿色甲醇等一批重大产业项目建成投产。",
         ["星驰动力电池基地三期", "海川能源年产100万吨绿色甲醇"], ["completion", "production_start"]),
        ("工业经济提质增效，建成投产天宇年产30万吨再生铝、金川精密铸件等项目21个。",
         ["天宇年产30万吨再生铝", "金川精密铸件"], ["completion", "production_start"]),
    ],
)  # fmt: skip
def test_the_verb_around_a_list_is_said_of_every_member(
    text: str, names: list[str], stages: list[str]
) -> None:
    projects = extract(text).projects
    assert [p.name for p in projects] == names
    assert all([m.stage for m in p.progress] == stages for p in projects)


def test_a_slogan_that_ends_in_project_is_no_name() -> None:
    text = "（一）坚定不移抓项目扩投资。投资12亿元的绿洲年产5万吨生物基材料项目今年开工。"
    assert [p.name for p in extract(text).projects] == ["绿洲年产5万吨生物基材料项目"]


def test_a_count_of_a_kind_of_project_is_no_event_of_the_projects_after_it() -> None:
    text = (
        "其中，新开工项目计划56个，目前已开工31个。此外，新能源汽车零部件产业园项目、"
        "智慧物流中心二期等项目也被列入预警名单。"
    )
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(p.name, p.progress) for p in projects] == [
        ("新能源汽车零部件产业园项目", []),
        ("智慧物流中心二期", []),
    ]
    held = extract("5月8日，全市重大项目集中开工。其中，新能源汽车零部件产业园项目总投资20亿元。")
    assert [m.stage for m in held.projects[0].progress] == ["construction_start"]


@pytest.mark.parametrize(
    ("text", "investor", "location", "signing"),
    [
        ("比亚迪则与徐州市政府签约，在徐州经开区投资100亿元建设年产30GWh钠离子电池项目。",
         "比亚迪", "徐州经开区", "done"),
        ("华光集团近日也已与上海临港集团签约了高端装备产业园项目。", "华光集团", None, "done"),
        ("华光集团还与上海临港集团签约了高端装备产业园项目。", "华光集团", None, "done"),
    ],
)  # fmt: skip
def test_the_parties_of_a_signing_without_their_adverbs(
    text: str, investor: str, location: str | None, signing: str
) -> None:
    (project,) = extract(text).projects
    assert (project.investor, project.location) == (investor, location)
    assert [(m.stage, m.status) for m in project.progress] == [("signing", signing)]


def test_a_subject_company_where_it_holds_the_ceremony_invests() -> None:
    text = "6月25日，安徽华塑股份有限公司在淮北市濉溪经济开发区举行年产12万吨PBAT可降解塑料项目竣工投产仪式。"
    (project,) = extract(text, reference_date=date(2024, 7, 1)).projects
    assert (project.investor, project.location) == ("安徽华塑股份有限公司", "淮北市濉溪经济开发区")
    assert {(m.stage, m.status) for m in project.progress} >= {("production_start", "done")}


@pytest.mark.parametrize(
    "text",
    ["今年要确保牟定20万千瓦光伏电站项目年内建成并网。", "力争华光新材料二期项目6月底前投产。"],
)
def test_a_goal_said_before_the_name_makes_its_stage_planned(text: str) -> None:
    (project,) = extract(text).projects
    assert project.progress and all(m.status == "planned" for m in project.progress)


@pytest.mark.parametrize(
    ("text", "name", "investment"),
    [
        ("在岩棉新型建材项目现场，机器轰鸣。该项目总投资7.8亿元。", "岩棉新型建材项目", "7.8亿元"),
        ("在华光新材料项目现场。“这个项目总投资22亿元，去年11月开工。”项目负责人介绍。",
         "华光新材料项目", "22亿元"),
    ],
)  # fmt: skip
def test_a_project_the_reporter_stands_at_and_what_is_quoted_of_it(
    text: str, name: str, investment: str
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investment and project.investment.text) == (name, investment)


#: A listed company's announcement: the project under its heading, numbered fields below.
_ANNOUNCEMENT = """一、对外投资概述
1、江苏锐芯电子科技股份有限公司（以下简称“公司”）于2024年5月22日与滁州市南谯区人民政府签署《投资合作协议》，拟在滁州市南谯区投资建设功率半导体模块封测基地项目。

二、协议对方的基本情况
名称：滁州市南谯区人民政府
关系说明：与公司不存在关联关系。

三、投资标的基本情况
（一）功率半导体模块封测基地项目
1、实施主体：公司拟设立的全资子公司滁州锐芯半导体有限公司（暂定名），注册资本为人民币20,000万元。
2、建设地点：滁州市南谯区经济开发区腾飞路以东地块
3、投资金额：项目总投资约人民币120,000万元，其中固定资产投资约95,000万元。
4、建设内容：建成后形成年产IGBT模块360万只的生产能力。
5、预计效益：项目达产后预计年产值约30亿元。
2、甲方负责协调项目用地约200亩。
"""


def test_an_announcements_numbered_fields_belong_to_the_project_above_them() -> None:
    (project,) = extract(_ANNOUNCEMENT, reference_date=date(2024, 5, 23)).projects
    assert project.name == "功率半导体模块封测基地项目"
    assert project.investor == "滁州锐芯半导体有限公司"
    assert project.investment is not None and project.investment.text == "约人民币120,000万元"
    assert [c.text for c in project.capacities] == ["360万只"]
    assert project.annual_output is not None and project.annual_output.text == "约30亿元"
    (signing,) = [m for m in project.progress if m.stage == "signing"]
    assert signing.date is not None and str(signing.date.start_date) == "2024-05-22"


@pytest.mark.parametrize(
    ("text", "investor", "location", "investment", "signing"),
    [
        ("华光新能源有限公司将投资25亿元建设年产10万吨正极材料项目。",
         "华光新能源有限公司", None, "25亿元", None),
        ("华光新能源有限公司投资25亿元，在峡江市建设年产10万吨正极材料项目。",
         "华光新能源有限公司", "峡江市", "25亿元", None),
        ("由集团全资附属公司钦州宁曜新能源有限公司负责实施年产10万吨正极材料项目。",
         "钦州宁曜新能源有限公司", None, None, None),
        ("宁曜动力宣布与钦州市人民政府订立投资协议，投资建设年产10万吨正极材料项目。",
         "宁曜动力", "钦州市", None, "done"),
    ],
)  # fmt: skip
def test_investors_in_company_news_frames(
    text: str, investor: str, location: str | None, investment: str | None, signing: str | None
) -> None:
    (project,) = extract(text).projects
    assert (project.investor, project.location) == (investor, location)
    assert (project.investment and project.investment.text) == investment
    assert [m.status for m in project.progress if m.stage == "signing"] == (
        [signing] if signing else []
    )


def test_a_plans_chain_of_stages_is_planned_to_its_end() -> None:
    text = "年产10万吨正极材料项目预计于2024年7月开工建设，2025年12月前建成投产。另有华光二期项目已于3月开工，年底建成投产。"
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status) for m in projects[0].progress] == [
        ("construction_start", "planned"),
        ("completion", "planned"),
        ("production_start", "planned"),
    ]
    assert ("construction_start", "done") in [(m.stage, m.status) for m in projects[1].progress]


def test_a_status_word_speaks_for_its_own_clause() -> None:
    text = "华光二期项目已于3月开工，年底建成投产。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status) for m in project.progress] == [
        ("construction_start", "done"),
        ("completion", "planned"),  # by its date; 已 is the start's
        ("production_start", "planned"),
    ]


def test_a_table_cell_is_a_clause_of_its_own() -> None:
    table = (
        "| 项目名称 | 建设单位 | 总投资（亿元） | 建设内容 |\n|---|---|---|---|\n"
        "| 年产50万套轻量化部件项目 | 江西万丰精密制造有限公司 | 15.6 | 新建厂房8万平方米，达产后年产50万套轻量化部件 |\n"
    )
    (project,) = extract(table).projects
    assert [c.text for c in project.capacities] == ["50万套"]  # not the floor area


def test_names_joined_share_what_is_said_after_the_last() -> None:
    text = "华光集团分别投资10亿元、5亿元的华光新材料二期项目、华光物流园项目均已于2月底开工。"
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [[(m.stage, m.status) for m in p.progress] for p in projects] == [
        [("construction_start", "done")],
        [("construction_start", "done")],
    ]


def test_items_numbered_on_one_line_are_each_their_own() -> None:
    text = (
        "1）安徽丰原集团投资12亿元建设年产10万吨聚乳酸纤维项目。"
        "2）宏达精密轴承产业园项目，达产后年产精密轴承3000万套。"
    )
    projects = extract(text).projects
    assert [(p.name, [c.text for c in p.capacities]) for p in projects] == [
        ("年产10万吨聚乳酸纤维项目", ["10万吨"]),
        ("宏达精密轴承产业园项目", ["3000万套"]),
    ]


def test_a_short_aside_does_not_cut_the_project_off_from_what_follows() -> None:
    text = (
        "华光新能源年产10万吨正极材料项目签约落户商水县。县委书记王建军出席仪式。\n"
        "据介绍，该项目计划今年10月开工建设，总投资20亿元。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.investment is not None and project.investment.text == "20亿元"
    assert ("construction_start", "planned") in [(m.stage, m.status) for m in project.progress]
    other = "华光新能源项目签约落户商水县。全县今年签约项目30个，总投资300亿元。\n该项目…"
    (project,) = extract(other).projects
    assert project.investment is None  # an aside with figures is no aside


def test_a_count_of_the_days_projects_is_an_aside_between_a_projects_sentences() -> None:
    text = (
        "安徽华瓴新材料科技有限公司投资45亿元建设年产8亿平方米锂电池隔膜项目。"
        "当天共签约项目27个，总投资150亿元。2023年4月，项目主厂房封顶。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 18)).projects
    assert project.investment is not None and project.investment.text == "45亿元"
    # (topped out before the day's signing event: not one of the projects signed there)
    assert [(m.stage, m.date and m.date.text) for m in project.progress] == [
        ("topping_out", "2023年4月")
    ]
    named = "合肥华瓴公司建设锂电池隔膜项目。当天共签约项目27个，其中乙项目投资5亿元。2023年4月，项目主厂房封顶。"
    assert "topping_out" not in [m.stage for m in extract(named).projects[0].progress]


def test_a_capacity_in_the_name_the_text_states_again_is_one() -> None:
    text = (
        "（一）【年产12万吨再生铝合金项目】\n建设单位：浙江立泰再生资源有限公司\n"
        "建设内容：形成年产12万吨再生铝合金锭生产能力。\n"
        "（二）磷化工资源循环项目\n建设内容：建成后年产水溶肥50万吨/年、磷石膏产品50万吨/年。\n"
    )
    projects = extract(text).projects
    assert [(p.name, [c.text for c in p.capacities]) for p in projects] == [
        ("年产12万吨再生铝合金项目", ["12万吨"]),
        ("磷化工资源循环项目", ["50万吨/年", "50万吨/年"]),  # two products, one figure
    ]


def test_respectively_pairs_dates_and_outputs_as_it_pairs_amounts() -> None:
    text = (
        "绿源食品深加工项目、宏达纺织智能化改造项目和冷链物流中心项目分别于今年3月、4月和5月开工建设，"
        "分别投资10亿元、5亿元、2亿元，建成后年产值分别达到15亿元、8亿元、3亿元。"
    )
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [
        (
            p.investment and p.investment.text,
            p.annual_output and p.annual_output.text,
            [(m.stage, m.date and m.date.text) for m in p.progress],
        )
        for p in projects
    ] == [
        # (建成后年产值分别…: each is to be completed, undated)
        ("10亿元", "15亿元", [("construction_start", "今年3月"), ("completion", None)]),
        ("5亿元", "8亿元", [("construction_start", "4月"), ("completion", None)]),
        ("2亿元", "3亿元", [("completion", None), ("construction_start", "5月")]),
    ]


def test_a_contractors_win_names_the_project_not_the_contract() -> None:
    text = (
        "中能建设第三工程有限公司（以下简称“三公司”）成功中标乌拉特中旗300万千瓦风光储一体化项目"
        "EPC总承包工程，中标金额约98.6亿元。该项目由北辰新能源投资有限公司投资建设，总投资约158亿元。"
    )
    (project,) = extract(text).projects
    assert (project.name, project.investor) == (
        "乌拉特中旗300万千瓦风光储一体化项目",
        "北辰新能源投资有限公司",
    )
    assert project.investment is not None and project.investment.text == "约158亿元"


@pytest.mark.parametrize("bullet", ["▶", "✔", "●"])
def test_one_fact_per_bullet_belongs_to_the_item_above(bullet: str) -> None:
    text = (
        f"{bullet} 光启储能年产20GWh储能电池项目正式开工\n{bullet} 总投资105亿元\n"
        f"{bullet} 预计年产值超200亿元\n"
    )
    (project,) = extract(text).projects
    assert project.name == "光启储能年产20GWh储能电池项目"
    assert project.investment is not None and project.investment.text == "105亿元"
    assert project.annual_output is not None and project.annual_output.text == "超200亿元"


@pytest.mark.parametrize(
    ("text", "name", "investor", "investment"),
    [
        ("投资方是上海鲜达食品有限公司，华光冷链物流园项目总投资3亿元。",
         "华光冷链物流园项目", "上海鲜达食品有限公司", "3亿元"),
        ("香港嘉衡基建集团以BOT模式投资的华光污水处理厂项目总投资3亿元。",
         "华光污水处理厂项目", "香港嘉衡基建集团", "3亿元"),
        ("华光茶叶加工厂项目由沙坪村股份经济合作社投资建设。",
         "华光茶叶加工厂项目", "沙坪村股份经济合作社", None),
        ("瑞丰医药年产200吨原料药项目。总投资7.5亿元，由瑞丰医药股份有限公司投资。",
         "年产200吨原料药项目", "瑞丰医药股份有限公司", "7.5亿元"),
        ("枫树村茶叶精深加工厂，项目投资380万元，已于4月建成投产。",
         "枫树村茶叶精深加工厂", None, "380万元"),
    ],
)  # fmt: skip
def test_more_ways_to_name_an_investor_and_a_subject(
    text: str, name: str, investor: str | None, investment: str | None
) -> None:
    (project,) = extract(text).projects
    assert project.name.endswith(name)
    assert (project.investor, project.investment and project.investment.text) == (
        investor,
        investment,
    )


def test_a_speakers_label_and_a_counted_pair_of_names() -> None:
    said = "华光储能项目正式开工，项目总投资68亿元。\n\n董事长陈立群：项目计划2025年底建成投产。"
    (project,) = extract(said, reference_date=date(2024, 6, 1)).projects
    assert ("production_start", "planned") in [(m.stage, m.status) for m in project.progress]
    pair = (
        "今年谋划了永宁光伏产业园、永宁现代农业产业园两个后备项目，计划总投资分别为20亿元和6亿元。"
    )
    assert [(p.name, p.investment and p.investment.text) for p in extract(pair).projects] == [
        ("永宁光伏产业园", "20亿元"),
        ("永宁现代农业产业园", "6亿元"),
    ]
    heading = "一、“红榜”项目（进度快、成效好）\n1. 槐江热电联产扩建项目。总投资32亿元。"
    assert [p.name for p in extract(heading).projects] == ["槐江热电联产扩建项目"]
    (parties,) = extract("新区还与远景能源签订华光风电项目合作框架协议。").projects
    assert (parties.investor, parties.location) == ("远景能源", "新区")


def test_regressions_found_by_rescoring_the_trial_sets() -> None:
    sectioned = (
        "5月30日，宜昌市重大项目集中开工活动举行。\n"
        "| 序号 | 项目名称 | 建设单位 | 总投资（亿元） |\n|---|---|---|---|\n"
        "| 一 | 先进制造业项目（1个） | | 20 |\n"
        "| 1 | 年产30万吨高性能铝合金板带项目 | 宜昌东阳光科技有限公司 | 20 |\n"
        "| 二 | 续建项目（1个） | | 18 |\n"
        "| 2 | 宣城市城市生活垃圾焚烧发电项目 | 宣城海创环境工程有限责任公司 | 18 |\n"
    )
    projects = extract(sectioned, reference_date=date(2024, 6, 1)).projects
    assert [(p.name, [m.stage for m in p.progress]) for p in projects] == [
        ("年产30万吨高性能铝合金板带项目", ["construction_start"]),  # an industry's section
        ("宣城市城市生活垃圾焚烧发电项目", ["construction_start"]),  # 续建: started before
    ]
    (pair,) = extract("华光二期项目总投资5亿元，两个项目计划今年10月同时开工。").projects
    assert pair.capacities == []
    record = (
        "1．项目名称：年产12万吨高端锂电铜箔项目\n2．实施主体：四川恒屹新材料有限公司\n"
        "3．建设内容及规模：建成后形成年产12万吨高端锂电铜箔的生产能力。\n"
        "4．资金来源：公司自有资金及自筹资金。\n5．建设周期：预计于2024年7月开工建设。\n"
    )
    (project,) = extract(record, reference_date=date(2024, 6, 1)).projects
    assert [c.text for c in project.capacities] == ["12万吨"]
    # 建成后形成…的生产能力: to be completed, undated
    assert [m.stage for m in project.progress] == ["construction_start", "completion"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("5月23日，澧川市招商推介会在深圳举行。市长刘海涛推介澧川投资环境。推介会上，现场签约项目15个。\n\n"
         "其中，重点签约项目有：\n（1）深圳市拓锂能源科技有限公司投资的储能电池项目，计划总投资85亿元；",
         "2024-05-23"),
        ("5月28日，第六届产业合作大会开幕。王某表示，近年来承接项目1200多个。当天现场共签约项目68个。"
         "其中，远拓能源科技有限公司投资110亿元的年产20GWh储能电池项目落户嘉禾。", "2024-05-28"),
    ],
)  # fmt: skip
def test_the_day_of_a_collective_event_reaches_its_projects(text: str, day: str) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    (signing,) = [m for m in project.progress if m.stage == "signing"]
    assert signing.date is not None and str(signing.date.start_date) == day


def test_what_an_announcement_shows_goes_on_about_the_project() -> None:
    text = "华光新材料项目签约落户。\n\n公告显示，该项目计划于2024年7月开工，2026年3月前投产。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [m.stage for m in project.progress if m.status == "planned"] == [
        "construction_start",
        "production_start",
    ]


def test_a_review_looks_back_and_a_goal_looks_ahead() -> None:
    review = (
        "过去一年，全年实施县级重点项目156个。工业经济提质增效，"
        "建成投产天宇年产30万吨再生铝、金川精密铸件等项目21个。"
    )
    goal = "加快推进凯盛光伏玻璃二期、鑫源新能源汽车零部件产业园等项目建设，确保年内建成投产。"
    for text, status in ((review, "done"), (goal, "planned")):
        projects = extract(text, reference_date=date(2024, 1, 10)).projects
        assert len(projects) == 2
        assert all([(m.stage, m.status) for m in p.progress]
                   == [("completion", status), ("production_start", status)]
                   for p in projects)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("宁德时代在福建宁德投资约50亿元建设钠离子电池生产基地，项目已于今年2月开工。", "宁德时代"),
        ("翔锂科技（002917.SZ）公告称，公司拟投资20亿元建设年产5万吨正极材料项目。", "翔锂科技"),
        ("全市在高新区投资建设年产5万吨正极材料项目。", None),
        ("江西华拓新材料有限公司是一家锂电材料企业。华拓投资18亿元建设的年产5万吨正极材料项目今日开工。",
         "华拓"),
        ("项目投资18亿元建设年产5万吨正极材料项目。", None),
        ("上海东升新材料、太阳纸业两家公司把长处结合起来，合力在我市投资建设年产5万吨正极材料项目。",
         "上海东升新材料、太阳纸业两家公司"),  # not 合力, which is how they invest
    ],
)  # fmt: skip
def test_a_listed_or_short_named_company_that_opens_the_sentence_invests(
    text: str, investor: str | None
) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


def test_a_short_place_name_keeps_the_division_word_written_after_it() -> None:
    (project,) = extract("临川县城乡供水一体化工程总投资5亿元。").projects
    assert project.location == "临川县"


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        ("华光新材料项目计划于签约后3个月内开工。", [("construction_start", "planned")]),
        ("高新区管委会与华光公司签约，该公司将投资10亿元建设华光新材料项目。", [("signing", "done")]),
        ("华光公司拟与高新区管委会签约，投资10亿元建设华光新材料项目。", [("signing", "planned")]),
    ],
)  # fmt: skip
def test_a_signing_reported_between_parties_happened(
    text: str, stages: list[tuple[str, str]]
) -> None:
    (project,) = extract(text).projects
    assert [(m.stage, m.status) for m in project.progress] == stages


#: An approval letter as a development commission issues it: the issuer's heading, the
#: applicant's request quoted, numbered clauses that go on about the project.
_APPROVAL = """邵阳市发展和改革委员会关于武冈邓元泰风电场项目核准的批复

中电建（武冈）新能源有限公司：

你公司报来《关于申请核准武冈邓元泰风电场项目的请示》及有关材料收悉。现就该项目核准事项批复如下：

一、同意建设武冈邓元泰风电场项目。项目单位为中电建（武冈）新能源有限公司。

二、项目建设地点为武冈市邓元泰镇、湾头桥镇境内。

三、项目建设规模：总装机容量200MW。

四、项目总投资为132600万元，其中项目资本金26520万元。
"""


def test_an_approval_letter_is_one_project_with_its_numbered_clauses() -> None:
    (project,) = extract(_APPROVAL).projects
    assert (project.name, project.investor) == (
        "武冈邓元泰风电场项目",
        "中电建（武冈）新能源有限公司",
    )
    assert project.investment is not None and project.investment.text == "132600万元"
    assert "200MW" in [c.text for c in project.capacities]


def test_a_name_alone_on_its_line_takes_the_line_below_that_describes_it() -> None:
    text = (
        "甲乙新材料产业园项目\n总投资26亿元，2023年11月竣工投产。\n\n"
        "西陵北站站前片区综合开发项目\n总投资45亿元，2023年4月开工。\n\n"
        "海霞红色基地建设项目\n\n开工环节同样集中推进，集中开工项目18个。"
    )
    projects = extract(text, reference_date=date(2024, 1, 15)).projects
    assert [
        (
            p.name,
            p.investment and p.investment.text,
            [m.stage for m in p.progress if not m.implicit],
        )
        for p in projects
    ][:2] == [
        ("甲乙新材料产业园项目", "26亿元", ["completion", "production_start"]),
        ("西陵北站站前片区综合开发项目", "45亿元", ["construction_start"]),
    ]
    caption = projects[2]
    assert (caption.name, caption.investment) == ("海霞红色基地建设项目", None)


@pytest.mark.parametrize(
    ("text", "name", "investment", "stages"),
    [
        ("瑞能锂电科技有限公司去年10月在高新区开工建设二期20GWh储能电池项目。",
         "二期20GWh储能电池项目", None, [("construction_start", "done")]),
        ("华光公司将增资1.2亿欧元，在常宁高新区建设电驱减速器项目。",
         "电驱减速器项目", "1.2亿欧元", []),
        ("华光新材料项目计划2024年12月31日前开工。", "华光新材料项目", None,
         [("construction_start", "planned")]),
        ("宁川新能源三期项目开工\n\n5月18日上午，宁川新能源三期项目在宁川化工园区开工。",
         "宁川新能源三期项目", None, [("construction_start", "done")]),
    ],
)  # fmt: skip
def test_round_six_forms(
    text: str, name: str, investment: str | None, stages: list[tuple[str, str]]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.investment and project.investment.text) == (name, investment)
    assert [(m.stage, m.status) for m in project.progress] == stages


def test_the_bodys_dated_milestone_wins_over_the_headlines_bare_one() -> None:
    text = "宁川新能源三期项目开工\n\n5月18日上午，宁川新能源三期项目在宁川化工园区开工。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    (start,) = project.progress
    assert start.date is not None and str(start.date.start_date) == "2024-05-18"


def test_a_verb_with_its_aspect_before_project_ends_no_name() -> None:
    assert extract("一块电子屏实时滚动着项目建设进度。").projects == []


def test_a_paragraph_headed_with_its_city_places_its_projects() -> None:
    text = (
        "临江市：宏晟汽车一体化压铸件项目，总投资25亿元。\n\n"
        "青峰市：芯源12英寸硅片项目，总投资68亿元，建成后年封测芯片15亿只。"
    )
    projects = extract(text).projects
    assert [p.location for p in projects] == ["临江市", "青峰市"]
    assert [c.text for c in projects[1].capacities] == ["15亿只"]


def test_the_owner_of_a_tender_is_the_investor_not_the_winner() -> None:
    text = (
        "项目名称：华光新区污水处理厂三期扩建工程\n招标人：华光水务集团有限公司\n"
        "中标人：中建三局集团有限公司\n中标金额：2.3亿元\n"
    )
    (project,) = extract(text).projects
    assert (project.investor, project.investment) == ("华光水务集团有限公司", None)


@pytest.mark.parametrize(
    "text",
    [
        "一是先进制造项目加速落地。",
        "5月以来，我省一批重大能源工程和产业项目建设捷报频传。",
        "通报1—5月项目建设进展情况。",
    ],
)
def test_kinds_counts_and_reports_of_projects_are_no_names(text: str) -> None:
    assert extract(text).projects == []


def test_a_deadline_before_a_name_is_not_part_of_it() -> None:
    (project,) = extract("年底前城北污水处理厂扩建工程建成投运。").projects
    assert project.name == "城北污水处理厂扩建工程"


def test_regressions_found_by_the_final_rescore() -> None:
    fact_bullets = (
        "▶ 光启储能年产20GWh储能电池项目正式开工\n▶ 总投资105亿元\n"
        "▶ 建设电芯、模组及系统集成生产线\n▶ 由临川城投集团与华驰智行科技公司共同建设\n"
    )
    assert [p.name for p in extract(fact_bullets).projects] == ["光启储能年产20GWh储能电池项目"]
    goal = "加快凯盛光伏玻璃二期项目、鑫源汽车零部件产业园项目建设，确保华晨年产60万吨聚烯烃项目年内建成并网。"
    projects = extract(goal).projects
    assert [[m.stage for m in p.progress] for p in projects] == [
        [],
        [],
        ["completion", "operation"],
    ]
    site = (
        "在岩棉新型建材项目现场，机器轰鸣。该项目总投资7.8亿元。\n\n"
        "观摩团最后来到城北污水处理厂提标改造工程现场。该工程设计日处理污水5万吨，预计7月底投入运行。"
    )
    rock, plant = extract(site).projects
    assert (rock.capacities, rock.progress) == ([], [])
    assert plant.name == "城北污水处理厂提标改造工程"


def test_a_venue_in_brackets_is_no_place_of_the_projects() -> None:
    text = "澧川市2024年（深圳）招商引资推介会举行，其中甲公司投资85亿元的储能电池项目签约。"
    (project,) = extract(text).projects
    assert project.location != "深圳"


def test_a_plan_that_sees_to_a_start_plans_it() -> None:
    text = "重点抓好总投资120亿元的华晨年产60万吨高端聚烯烃项目开工建设。"
    (project,) = extract(text).projects
    assert [(m.stage, m.status) for m in project.progress] == [("construction_start", "planned")]


def test_an_events_date_is_not_a_date_said_later_of_one_of_its_projects() -> None:
    text = (
        "5月28日，2024长三角产业招商推介会在上海举行。推介会现场集中签约项目22个。\n\n"
        "签约项目中，上海宏泰精工集团有限公司拟投资40亿元在峡江经济技术开发区建设新能源汽车精密结构件产业园项目，"
        "预计2025年6月建成投产；苏州博瑞康生物医药有限公司投资12亿元的创新药CDMO基地项目落户峡江高新区。"
    )
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    signings = [m for p in projects for m in p.progress if m.stage == "signing"]
    assert len(signings) == 2
    assert all(m.date is not None and str(m.date.start_date) == "2024-05-28" for m in signings)


def _phases(project: Project) -> list[tuple[object, ...]]:
    return [
        (
            phase.name,
            phase.investment and phase.investment.text,
            [q.text for q in phase.capacities],
            [(m.stage, m.status, m.date and m.date.text) for m in phase.progress],
        )
        for phase in project.phases
    ]


def test_each_phase_keeps_its_own_milestones() -> None:
    text = (
        "华锐新材料有限公司投资20亿元建设年产10万吨锂电隔膜项目，项目分两期建设。"
        "一期投资8亿元，年产4万吨，已于2023年10月建成投产；"
        "二期投资12亿元，年产6万吨，预计2024年9月开工，2025年底建成。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert _phases(project) == [
        (
            "一期",
            "8亿元",
            ["4万吨"],
            [("completion", "done", "2023年10月"), ("production_start", "done", "2023年10月")],
        ),
        (
            "二期",
            "12亿元",
            ["6万吨"],
            [("construction_start", "planned", "2024年9月"), ("completion", "planned", "2025年底")],
        ),
    ]
    # 2025年底建成 is stated after the 建成 of 建成投产, and is a stage of its own
    assert [(m.stage, m.date and m.date.text) for m in project.progress] == [
        ("production_start", "2023年10月"),
        ("construction_start", "2024年9月"),
        ("completion", "2025年底"),
    ]


def test_a_blocks_progress_section_tells_its_phases_progress() -> None:
    text = (
        "● 华夏光伏组件项目\n项目介绍：总投资50亿元，建设年产10GW光伏组件。\n"
        "项目进展：一期项目已于2023年6月投产，二期项目2024年8月开工建设，2025年6月投产。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    # 2024年8月 and 2025年6月 are ahead of the article's date: planned
    assert _phases(project) == [
        ("一期", None, [], [("production_start", "done", "2023年6月")]),
        (
            "二期",
            None,
            [],
            [
                ("construction_start", "planned", "2024年8月"),
                ("production_start", "planned", "2025年6月"),
            ],
        ),
    ]


@pytest.mark.parametrize(
    ("text", "phases"),
    [
        # a count of phases is not a phase; phases listed with their figures part them
        ("年产50万吨磷酸铁锂项目按三期推进，一期10万吨、二期20万吨、三期20万吨。",
         [("一期", ["10万吨"]), ("二期", ["20万吨"]), ("三期", ["20万吨"])]),
        ("牛血生物制剂项目计划总投资5.6亿元，将分三期建成。", []),
        # phases joined by 、 share what follows them; a phase named again is one phase
        ("华锐锂电隔膜项目一期、二期共建设年产10万吨隔膜。目前一期已投产。",
         [("一期", ["10万吨"]), ("二期", ["10万吨"])]),
    ],
)  # fmt: skip
def test_which_words_name_a_phase(text: str, phases: list[tuple[str, list[str]]]) -> None:
    (project,) = extract(text).projects
    assert [(phase.name, [q.text for q in phase.capacities]) for phase in project.phases] == phases


def test_a_stage_said_before_its_phase_is_the_phases() -> None:
    text = "● 华夏电池材料项目\n项目介绍：总投资35亿元。\n项目进展：计划9月建成一期，二期已开工。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert _phases(project) == [
        ("一期", None, [], [("completion", "planned", "9月")]),
        ("二期", None, [], [("construction_start", "done", None)]),
    ]


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        ("年产3万吨粘结剂项目总投资6亿元。2023年11月，项目开工建设。",
         ("construction_start", "done", "2023年11月")),
        ("华光粘结剂项目总投资6亿元。今年3月，该项目正式开工。", ("construction_start", "done", "今年3月")),
        ("华光粘结剂项目总投资6亿元。截至目前，项目已于2023年11月开工建设。",
         ("construction_start", "done", "2023年11月")),
    ],
)  # fmt: skip
def test_a_sentence_that_opens_with_when_goes_on_about_the_project(
    text: str, milestone: tuple[str, str, str]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [milestone]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("大牛村肉牛养殖小区建设项目总投资286万元，实施单位为陇川镇人民政府。", "陇川镇人民政府"),
        ("大牛村肉牛养殖小区建设项目总投资286万元，项目业主为陇川镇人民政府。", "陇川镇人民政府"),
        ("城陵矶港区三期码头工程，建设单位：岳阳港城陵矶港务有限公司，总投资18.6亿元。",
         "岳阳港城陵矶港务有限公司"),
        ("（一）湘江新能源汽车零部件产业园项目。建设单位：岳阳恒驰汽车部件有限公司。项目总投资32亿元。",
         "岳阳恒驰汽车部件有限公司"),
        # a body is the owner only where a label names it
        ("大牛村肉牛养殖小区建设项目总投资286万元，县人民政府高度重视。", None),
    ],
)  # fmt: skip
def test_an_owner_label_names_the_investor(text: str, investor: str | None) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


def test_a_company_in_the_clause_after_a_listed_name_invests_in_it() -> None:
    text = (
        "签约项目名单：\n①稀土永磁电机项目，江西金力磁能科技有限公司，投资12亿元；\n"
        "②汽车线束生产项目，宁波恒昌汽车电子有限公司，投资6亿元；\n"
        "③智能装备产业园项目，总投资8亿元，市长走访了华光科技有限公司。"
    )
    projects = extract(text).projects
    assert [(p.name, p.investor) for p in projects] == [
        ("稀土永磁电机项目", "江西金力磁能科技有限公司"),
        ("汽车线束生产项目", "宁波恒昌汽车电子有限公司"),
        ("智能装备产业园项目", None),  # a company at the end of another clause is not it
    ]


def test_an_article_that_opens_with_its_items_lends_no_item_its_neighbours_fields() -> None:
    text = (
        "①压铸件生产基地项目，由恒瑞达（芜湖）汽车零部件有限公司在鸠江经济开发区实施，总投资12亿元。\n"
        "②研发总部大楼项目，总投资3.2亿元。"
    )
    projects = extract(text).projects
    assert [(p.name, p.investor, p.location) for p in projects] == [
        ("压铸件生产基地项目", "恒瑞达（芜湖）汽车零部件有限公司", "鸠江经济开发区"),
        ("研发总部大楼项目", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "investment", "milestones"),
    [
        ("梅江水库工程位于宁都县。水库总库容3.82亿立方米，工程总投资69.8亿元，于2022年6月开工。",
         "69.8亿元", [("construction_start", "2022年6月")]),
        ("梅江水库工程位于宁都县。大坝高68米，总投资69.8亿元，于2022年6月开工。",
         "69.8亿元", [("construction_start", "2022年6月")]),
        ("钦州码头三期工程总投资约78亿元。工程于2022年7月开工。今年3月，主体结构全面完工。"
         "首个泊位计划于今年9月投入试运营。", "约78亿元",
         [("construction_start", "2022年7月"), ("completion", "今年3月"), ("operation", "今年9月")]),
        # a part of the project is no project of its own
        ("华光冷链物流中心项目总投资16.2亿元。项目一期于2023年4月开工建设。一期主体工程已于今年1月封顶。",
         "16.2亿元", [("construction_start", "2023年4月"), ("topping_out", "今年1月")]),
    ],
)  # fmt: skip
def test_a_sentence_about_a_part_of_the_project_goes_on_about_it(
    text: str, investment: str, milestones: list[tuple[str, str]]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.investment is not None and project.investment.text == investment
    assert [(m.stage, m.date and m.date.text) for m in project.progress] == milestones


def test_a_phase_written_after_a_named_project_is_that_projects_phase() -> None:
    text = (
        "共和200万千瓦光伏基地项目首批机组并网发电\n\n"
        "5月26日，共和200万千瓦光伏基地项目一期60万千瓦机组成功并网发电。该项目总投资约96亿元。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.name == "共和200万千瓦光伏基地项目"
    assert project.investment is not None and project.investment.text == "约96亿元"
    assert _phases(project) == [("一期", None, ["60万千瓦"], [("operation", "done", "5月26日")])]
    # a phase that opens a name is the phase of the project just named, not a project
    text = (
        "汉能锂电池新材料项目总投资45亿元，一期年产5万吨正极材料已于2023年10月投产，"
        "二期年产10万吨项目预计2024年6月投产。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(p[0], p[2]) for p in _phases(project)] == [("一期", ["5万吨"]), ("二期", ["10万吨"])]


@pytest.mark.parametrize(
    ("text", "investment", "location"),
    [
        ("华光污水处理厂项目总投资约1.85亿元，选址位于黄梅县小池镇。", "约1.85亿元", "黄梅县小池镇"),
        # an annual report's 在建工程: the budget is the total, what this period added is not
        ("研发总部大楼项目，预算数为32,000万元，本期增加投资9,870.06万元，工程进度75%。",
         "32,000万元", None),
        ("研发总部大楼项目，预算数为3.2亿元，工程进度75%。", "3.2亿元", None),
    ],
)  # fmt: skip
def test_budget_and_site_cues(text: str, investment: str, location: str | None) -> None:
    (project,) = extract(text).projects
    assert project.investment is not None and project.investment.text == investment
    assert project.location == location


def test_what_two_projects_spent_respectively_and_what_their_names_hold_stay_theirs() -> None:
    spent = extract(
        "丰镇市火电灵活性改造项目和商都县独立储能电站项目分别完成投资3.2亿元、6.8亿元。"
    )
    assert [p.investment for p in spent.projects] == [None, None]
    text = "宿迁年产10万吨饲料项目和淮安年产5万吨面粉项目分别于3月12日、4月8日开工建设。"
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [[q.text for q in p.capacities] for p in projects] == [["10万吨"], ["5万吨"]]


@pytest.mark.parametrize(
    ("text", "capacities"),
    [
        ("华光码头三期工程总投资约78亿元，年吞吐能力360万标箱。", ["360万标箱"]),
        ("华光算力中心项目规划建设标准机架1.2万架，总投资约45亿元。", ["1.2万架"]),
        ("华光物流枢纽项目总投资25亿元，建成后年货物吞吐量可达300万吨。", ["300万吨"]),
        ("滨江大道改造工程总投资9.47亿元，新建道路18.6公里。", ["18.6公里"]),
        ("城东制药产业园项目建成后可年产颗粒剂2000万袋、注射液3000万支、软膏500万盒。",
         ["2000万袋", "3000万支", "500万盒"]),
        ("年产3000万双医用手套项目3月签约，总投资5亿元。", ["3000万双"]),
        ("华智云智算中心项目总投资36亿元，建成后智能算力规模将达到8000PFLOPS，总IT负载60MW。",
         ["8000PFLOPS", "60MW"]),
        # one unit's rating is not the project's
        ("大安市东风风电项目拟安装单机容量6.25MW风电机组32台，总装机容量200MW，总投资12亿元。", ["200MW"]),
        # a road's length is its size; its design speed is not
        ("南昌至宁都高速公路项目全长约207.8公里，设计速度100公里/小时，总投资约285亿元。", ["约207.8公里"]),
        # an airport's and a resort's yearly visitors are their capacity; a day's tally is not
        ("西岭机场改扩建工程总投资120亿元，满足年旅客吞吐量3000万人次、货邮吞吐量30万吨。", ["3000万人次", "30万吨"]),
        ("青石古镇文旅项目总投资5亿元，建成后预计年接待游客200万人次。", ["200万人次"]),
        ("青石古镇文旅项目总投资5亿元，开工当天参观群众达5000人次。", []),
        # the floor area of its buildings is no output, even after 规模
        ("项目名称：年产5万吨铝箔项目\n建设内容及规模：新建厂房8万平方米，建成后年产铝箔5万吨。", ["5万吨"]),
        ("项目名称：年产5万吨铝箔项目\n建设规模：年产铝箔5万吨，新建生产车间2.4万平方米。", ["5万吨"]),
        # the pipes a utility lays are its size
        ("临空经济区综合管廊一期工程，总投资6.8亿元，建设综合管廊12.3公里。", ["12.3公里"]),
        ("滨江雨污分流改造项目总投资3亿元，新建管网45公里，占地20亩。", ["45公里"]),
        # a data centre's racks and computing power
        ("华数智算中心项目总投资28亿元，部署标准机柜8000架，算力规模20000P。", ["8000架", "20000P"]),
        # a spinning mill's spindles are its size; a clipped 平 after a number is 平方米
        ("华旗10万纱锭纺织项目总投资5亿元。", ["10万纱锭"]),
        ("年产20000万平光伏胶膜生产项目总投资5亿元。", ["20000万平"]),
    ],
)  # fmt: skip
def test_capacities_of_ports_data_centres_roads_and_packed_goods(
    text: str, capacities: list[str]
) -> None:
    (project,) = extract(text).projects
    assert [q.text for q in project.capacities] == capacities


def test_a_line_that_opens_with_a_name_and_a_colon_and_gives_figures_is_a_project() -> None:
    text = (
        "肉牛养殖小区建设项目：总投资286万元，计划2024年4月开工。\n"
        "产业路硬化项目：总投资207万元，计划2024年5月开工。\n"
        "光伏项目：总投资10亿元。\n"  # a kind, however it is laid out
    )
    projects = extract(text, reference_date=date(2024, 1, 1)).projects
    assert [(p.name, p.investment and p.investment.text) for p in projects] == [
        ("肉牛养殖小区建设项目", "286万元"),
        ("产业路硬化项目", "207万元"),
    ]


@pytest.mark.parametrize(
    "heading",
    ["一、本次募集资金投资项目概况", "七、合并财务报表项目注释", "二、部分项目进展情况",
     "通渭县2024年度乡村振兴衔接资金项目计划公示", "（一）坚持项目为王，加快壮大实体经济。"],
)  # fmt: skip
def test_a_heading_or_slogan_about_projects_names_none(heading: str) -> None:
    text = heading + "\n①压铸件生产基地项目，总投资12亿元。"
    assert [p.name for p in extract(text).projects] == ["压铸件生产基地项目"]


def test_a_use_of_raised_funds_in_a_table_is_no_project() -> None:
    text = (
        "单位：万元\n| 序号 | 项目名称 | 投资总额 | 拟使用募集资金 |\n| --- | --- | --- | --- |\n"
        "| 1 | 年产3万吨粘结剂项目 | 62,350.18 | 55,000.00 |\n"
        "| 2 | 补充流动资金 | 28,000.00 | 28,000.00 |\n| 3 | 偿还银行贷款 | 8,000.00 | 8,000.00 |"
    )
    (project,) = extract(text).projects
    assert project.name == "年产3万吨粘结剂项目"
    assert project.investment is not None and project.investment.value == Decimal("623501800")


def test_a_stage_said_undated_then_again_with_its_day_takes_the_day() -> None:
    text = "1. 华星微电子封装测试基地开工。3月2日，湖北华星微电子有限公司投资45亿元建设的封装测试基地项目开工。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "done", "3月2日")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "S205线南溪段改线工程全长约18.6公里，总投资9.47亿元。",  # a road's number
        "察右前旗50万千瓦风电项目总投资30亿元。",  # a banner is a place
        "临沂经开区新能源商用车电驱桥产业园项目总投资20亿元。",  # a park and its industry
    ],
)
def test_no_company_is_guessed_from_a_road_a_banner_or_a_park(text: str) -> None:
    (project,) = extract(text).projects
    assert project.investor is None


def test_a_part_built_and_measured_is_not_the_projects_completion() -> None:
    text = "园区基础设施一期工程总投资12.3亿元，于2022年11月开工，目前已建成标准化厂房18万平方米。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [m.stage for m in project.progress] == ["construction_start"]


def test_a_stage_takes_no_date_from_an_earlier_sentence() -> None:
    text = (
        "（一）湘江汽车零部件产业园项目。项目总投资32亿元，1-4月完成投资3.12亿元，占年度计划39%。"
        "形象进度：1#、2#厂房主体封顶，3#厂房正在进行基础施工。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.date) for m in project.progress] == [("topping_out", None)]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("德国Rheinmetall-Kessler Antriebstechnik GmbH将在太仓高新区新建电驱动系统生产基地项目，"
         "项目总投资1.5亿美元。", "Rheinmetall-Kessler Antriebstechnik GmbH"),
        ("西班牙Fluidos Industriales S.A.与太仓市娄东街道签署协议，投资2800万欧元建设高端流体控制阀门项目。",
         "Fluidos Industriales S.A."),
        ("日本株式会社ヤマセ精工在太仓的精密轴承二期项目总投资5000万美元。", "株式会社ヤマセ精工"),
    ],
)  # fmt: skip
def test_a_company_registered_abroad_invests_by_its_legal_form(text: str, investor: str) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor
    assert project.investor_span is not None and project.investor_span.text == investor


def test_a_wechat_post_with_bracketed_numbers_and_emoji_labels() -> None:
    labelled = (
        "【项目一】临沂经开区新能源商用车电驱桥产业园项目\n📍项目地点：临沂经济技术开发区梅埠街道\n"
        "💰投资估算：总投资20亿元\n🏭建设内容：建成后形成年产电驱桥15万套的生产能力\n✨项目亮点：\n"
        "📢往期回顾\n▶️临沂经开区：一季度签约项目23个 总投资186亿元\n▶️招商推介第11期｜智能装备产业专场"
    )
    (project,) = extract(labelled).projects
    assert (project.name, project.location, project.investment and project.investment.text) == (
        "临沂经开区新能源商用车电驱桥产业园项目",
        "临沂经济技术开发区梅埠街道",
        "20亿元",
    )
    assert [q.text for q in project.capacities] == ["15万套"]


def test_numbered_sub_headings_under_an_item_head_parts_of_its_description() -> None:
    text = (
        "（一）年产3万吨粘结剂项目\n1、项目基本情况\n"
        "本项目由拓川新材料（宿迁）有限公司实施，总投资6亿元，已于2023年11月开工建设。\n"
        "2、项目建设的必要性\n本项目符合国家产业政策。\n（二）研发中心项目\n1、项目基本情况\n本项目总投资2亿元。"
    )
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(p.name, p.investor, p.investment and p.investment.text) for p in projects] == [
        ("年产3万吨粘结剂项目", "拓川新材料（宿迁）有限公司", "6亿元"),
        ("研发中心项目", None, "2亿元"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("龙固镇渔光互补光伏电站力争9月份并网发电。", "龙固镇渔光互补光伏电站", "operation"),
        ("徐工沛县工程机械再制造产业园一期正式投产。", "徐工沛县工程机械再制造产业园一期", "production_start"),
        ("峡江县城区供水管网改造工程也于近日完工。", "峡江县城区供水管网改造工程", "completion"),
    ],
)  # fmt: skip
def test_a_facility_is_named_by_a_stage_a_plan_or_a_phase_says_of_it(
    text: str, name: str, stage: str
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, [m.stage for m in project.progress]) == (name, [stage])


def test_a_plant_built_with_the_amount_invested_before_it_is_a_project() -> None:
    text = (
        "晶宇半导体股份有限公司本次将投资新台币215亿元，于高雄市楠梓产业园区兴建第二座8吋碳化硅晶圆厂，"
        "规划月产能1.5万片，预计2026年上半年量产。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.investor, project.location) == (
        "第二座8吋碳化硅晶圆厂",
        "晶宇半导体股份有限公司",
        "高雄市楠梓产业园区",
    )
    assert project.investment is not None and project.investment.unit == "TWD"
    assert [q.text for q in project.capacities] == ["1.5万片"]
    # one plant described is no name of its own
    assert extract("华光公司投资2000万元建设一座蔗糖加工厂。").projects == []


def test_a_form_records_fields_name_no_second_project() -> None:
    text = (
        "项目名称：湛江东海岛高性能聚碳酸酯项目\n建设单位：湛江中科瑞丰新材料有限公司\n"
        "项目概况：总投资45亿元，建设30万吨/年聚碳酸酯装置及配套公用工程。"
    )
    (project,) = extract(text).projects
    assert project.name == "湛江东海岛高性能聚碳酸酯项目"
    assert [q.text for q in project.capacities] == ["30万吨/年"]


def test_a_visit_to_a_site_then_its_anaphor_and_a_platform_that_opens() -> None:
    visit = "我们来到钦州码头三期工程建设现场。该工程由北部湾港钦州码头有限公司投资建设，总投资约78亿元。"
    (project,) = extract(visit).projects
    assert (project.name, project.investor) == ("钦州码头三期工程", "北部湾港钦州码头有限公司")
    opened = extract(
        "9月，生物医药中试平台正式运营，总投资2.8亿元。", reference_date=date(2024, 6, 1)
    )
    (platform,) = opened.projects
    assert platform.name == "生物医药中试平台"
    # 正式运营 tells of September past, not of the September to come
    assert [(m.stage, m.status, str(m.date and m.date.start_date)) for m in platform.progress] == [
        ("operation", "done", "2023-09-01")
    ]


def test_the_day_a_prospectus_is_signed_is_no_signing() -> None:
    text = (
        "（一）年产3万吨粘结剂项目\n\n本项目实施主体为拓川新材料（宿迁）有限公司，项目总投资6亿元。"
        "截至本募集说明书签署日，项目已于2023年11月开工建设。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [m.stage for m in project.progress] == ["construction_start"]


def test_dates_listed_before_xiangji_go_one_to_each_project_in_order() -> None:
    text = "恒拓锂电铜箔项目和瑞康生物疫苗产业化项目均已进入设备安装阶段，预计10月和11月相继投产。"
    projects = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [
        [(m.stage, m.status, m.date and m.date.text) for m in p.progress] for p in projects
    ] == [
        [("production_start", "planned", "10月")],
        [("production_start", "planned", "11月")],
    ]


@pytest.mark.parametrize(
    "follow_up",
    ["“项目投产后将带动上下游企业集聚。”公司负责人说，项目达产后年产值可达50亿元。",
     "公司负责人介绍，项目达产后年产值可达50亿元。"],
)  # fmt: skip
def test_what_a_speaker_says_of_the_project_goes_on_about_it(follow_up: str) -> None:
    (project,) = extract("华光锂电池项目总投资20亿元。" + follow_up).projects
    assert project.annual_output is not None and project.annual_output.text == "50亿元"


@pytest.mark.parametrize(
    ("text", "milestones"),
    [
        ("梅江水库工程总投资69.8亿元。按计划，项目将于2027年6月开工。",
         [("construction_start", "planned", "2027年6月")]),
        ("华光产业园项目总投资30亿元。三期将于2025年开工。", [("construction_start", "planned", "2025年")]),
        ("峡江县小型水库除险加固工程也已于近日完工。", [("completion", "done", "近日")]),
        ("星源智能装备产业园项目总投资30亿元，年底前一期厂房交付使用。", [("completion", "planned", "年底前")]),
        ("城东污水处理厂扩建工程通过竣工验收，工程总投资1.15亿元。", [("completion", "done", None)]),
        ("城东污水处理厂扩建工程顺利竣工，工程总投资1.15亿元。", [("completion", "done", None)]),
        ("华光污水处理厂项目总投资约1.85亿元，计划2025年3月通水试运行。在污水处理厂建成之前，小池镇已清淤。",
         [("trial_production", "planned", "2025年3月")]),
        ("（一）湘江汽车零部件产业园项目。项目总投资32亿元。形象进度：1#、2#厂房主体封顶。",
         [("topping_out", "done", None)]),
        ("华光污水处理厂项目总投资约1.85亿元，计划2024年12月底完成主体工程。",
         [("completion", "planned", "2024年12月底")]),
    ],
)  # fmt: skip
def test_more_ways_a_release_tells_a_stage(
    text: str, milestones: list[tuple[str, str, str | None]]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == milestones


def test_a_road_that_runs_from_one_place_to_another_is_a_project() -> None:
    text = (
        "G353线南溪段改线工程起于南溪区罗龙镇，止于仙临镇，全长约18.6公里，概算总投资9.47亿元，"
        "由宜宾市南溪区交通建设投资集团有限公司负责实施。"
    )
    (project,) = extract(text).projects
    assert (project.name, project.investor, project.investment and project.investment.text) == (
        "G353线南溪段改线工程",
        "宜宾市南溪区交通建设投资集团有限公司",
        "9.47亿元",
    )
    assert [q.text for q in project.capacities] == ["约18.6公里"]


def test_the_site_of_works_a_feature_stands_at_names_them() -> None:
    text = (
        "这里是北部湾港钦州港域自动化集装箱码头三期工程的建设现场。"
        "该工程由北部湾港钦州码头有限公司投资建设，总投资约78亿元。"
    )
    (project,) = extract(text).projects
    assert (project.name, project.investor) == (
        "北部湾港钦州港域自动化集装箱码头三期工程",
        "北部湾港钦州码头有限公司",
    )


def test_a_construction_period_stated_in_a_sentence_gives_the_start_and_the_completion() -> None:
    text = "新乡市污水处理厂工程，项目总投资8.47亿元，建设期为2024年6月—2025年12月。"
    (project,) = extract(text, reference_date=date(2024, 1, 1)).projects
    assert [(m.stage, m.status, str(m.date and m.date.start_date)) for m in project.progress] == [
        ("construction_start", "planned", "2024-06-01"),
        ("completion", "planned", "2025-12-01"),
    ]


@pytest.mark.parametrize(
    ("text", "investor", "milestone"),
    [
        ("新加坡凯德集团签约海门区高端商业综合体项目，总投资20亿元人民币。", "新加坡凯德集团",
         ("signing", "done", None)),
        ("香港华信投资控股有限公司签约启东生命健康产业园项目，总投资约5亿美元。", "香港华信投资控股有限公司",
         ("signing", "done", None)),
        # the lead's dated event dates the signing a later sentence reports
        ("4月15日，南通市外资项目集中签约活动举行，共签约项目8个。"
         "日本东丽株式会社与海安高新区签约碳纤维复合材料项目，总投资1.2亿美元。", "日本东丽株式会社",
         ("signing", "done", "4月15日")),
    ],
)  # fmt: skip
def test_a_company_that_signs_a_project_invests_in_it(
    text: str, investor: str, milestone: tuple[str, str, str | None]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.investor == investor
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [milestone]


def test_a_year_a_description_a_code_field_and_a_banner() -> None:
    headline = (
        "南通市2024年外资项目“云签约”活动成功举办\n"
        "4月15日，日本东丽株式会社与海安高新区签约碳纤维复合材料项目，总投资1.2亿美元。"
    )
    assert [p.name for p in extract(headline).projects] == ["碳纤维复合材料项目"]
    described = "华光风电项目总投资520亿元，是目前西北地区规模最大的“风光火储”一体化项目之一。"
    assert [p.name for p in extract(described).projects] == ["华光风电项目"]
    coded = (
        "1. 项目名称：江苏鑫晶硅材料有限公司年产10GW单晶硅片项目；项目代码：2401-320971-04-01-583216；"
        "建设单位：江苏鑫晶硅材料有限公司；建设地点：盐城经济技术开发区；总投资：35000万元。"
    )
    (project,) = extract(coded).projects
    assert (project.name, project.location) == ("年产10GW单晶硅片项目", "盐城经济技术开发区")
    banner = "华光风电项目，建设地点位于乌兰察布市察哈尔右翼后旗，项目总投资46.2亿元。"
    assert extract(banner).projects[0].location == "乌兰察布市察哈尔右翼后旗"


def test_a_date_told_of_one_clauses_stage_is_not_the_next_clauses() -> None:
    text = "襄阳产业园三期项目总投资120亿元，2023年3月开工，主体厂房已封顶，计划2024年6月投产。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "2023年3月"),
        ("topping_out", None),
        ("production_start", "2024年6月"),
    ]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("4.东川村产业路硬化项目：硬化道路4.6公里，总投资207万元，实施单位县交通运输局，计划4月开工。",
         "县交通运输局"),
        ("签约名单：\n①新能源汽车电驱系统总成项目 赣州鑫驰电驱科技有限公司 投资25亿元",
         "赣州鑫驰电驱科技有限公司"),
        ("集团所属四川省天然气投资有限责任公司与成都市新都区人民政府签订LNG调峰储备中心项目合作协议。",
         "四川省天然气投资有限责任公司"),
    ],
)  # fmt: skip
def test_an_owner_without_a_colon_a_company_after_spaces_and_a_subsidiary(
    text: str, investor: str
) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


@pytest.mark.parametrize(
    ("text", "capacities"),
    [
        ("固阳风电项目总投资46.2亿元，年上网电量约21.8亿千瓦时。", [("约21.8亿千瓦时", "年")]),
        ("卧龙区中医院新院区建设项目总投资12.05亿元，设置床位800张。", [("800张", None)]),
        ("周口港三期工程总投资21.38亿元，建设1000吨级泊位12个。", [("12个", None)]),
        ("伊滨冷链物流园项目总投资15.62亿元，主要建设冷库8万吨。", [("8万吨", None)]),
        ("东川村产业路硬化项目：硬化道路4.6公里，总投资207万元。", [("4.6公里", None)]),
    ],
)  # fmt: skip
def test_the_size_of_a_hospital_a_port_a_cold_store_and_a_road(
    text: str, capacities: list[tuple[str, str | None]]
) -> None:
    (project,) = extract(text).projects
    assert [(q.text, q.per) for q in project.capacities] == capacities


@pytest.mark.parametrize(
    ("text", "name", "investment"),
    [
        ("江苏恒达科技有限公司拟投资10亿元，在宿迁经济开发区新建年产5万吨锂电池隔膜生产线。",
         "年产5万吨锂电池隔膜生产线", "10亿元"),
        ("恒昌环球物流（香港）有限公司计划投资73亿港元，在桃园市观音区设立冷链物流中心，预计明年底启用。",
         "冷链物流中心", "73亿港元"),
        ("加快建设投资18亿元的龙固镇100兆瓦渔光互补光伏电站，力争9月份并网发电。",
         "龙固镇100兆瓦渔光互补光伏电站", "18亿元"),
    ],
)  # fmt: skip
def test_a_line_or_a_centre_set_up_with_the_amount_invested_is_a_project(
    text: str, name: str, investment: str
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.investment and project.investment.text) == (name, investment)
    assert project.progress == [] or project.progress[0].status == "planned"


def test_a_tab_table_with_phases_in_its_progress_cell() -> None:
    text = (
        "序号\t项目名称\t总投资(万元)\t进展情况\n"
        "1\t汉江锂电池隔膜项目\t350000\t一期已于2023年9月建成投产，二期计划2024年开工\n"
        "2\t楚维高端轴承项目\t65000\t计划2024年5月试生产\n"
    )
    first, second = extract(text, reference_date=date(2024, 1, 1)).projects
    # the tab before 一期 parts the cells: it joins no numeral (350000一)
    assert [p.investment and p.investment.value for p in (first, second)] == [
        Decimal("3500000000"),
        Decimal("650000000"),
    ]
    assert _phases(first) == [
        (
            "一期",
            None,
            [],
            [("completion", "done", "2023年9月"), ("production_start", "done", "2023年9月")],
        ),
        ("二期", None, [], [("construction_start", "planned", "2024年")]),
    ]


def test_a_plan_and_its_date_before_a_phase_are_the_phases() -> None:
    text = "鲁创智能装备产业园项目总投资32亿元，3月15日已经开工，预计明年6月一期投产。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert _phases(project) == [("一期", None, [], [("production_start", "planned", "明年6月")])]


def test_a_site_stated_anywhere_wins_over_the_place_in_the_name() -> None:
    text = "梅江水库工程：大坝填筑过半\n梅江水库工程位于赣州市宁都县境内，工程总投资69.8亿元。"
    (project,) = extract(text).projects
    assert project.location == "赣州市宁都县"
    park = (
        "罗源青山生态园项目由青山钢网公司投资，计划在罗源县白塔乡乡村振兴产业园内建起生态产业园。"
    )
    assert extract(park).projects[0].location == "罗源县白塔乡乡村振兴产业园"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("G353线南溪段改线工程全长约18.6公里，概算总投资9.47亿元。", "南溪"),
        ("察右中旗150万千瓦风电基地项目于3月12日开工建设。", "察右中旗"),
        ("湾沚区总投资6.8亿元的数控机床项目已于5月10日试生产。南陵县的年产3万吨高纯铝箔项目由鼎元公司建设。",
         "南陵县"),
        ("德国施耐德克精密技术集团与如皋经济技术开发区通过视频签约汽车精密传动部件项目。", "如皋经济技术开发区"),
        ("青峰县人民政府与华光科技有限公司签约华光产业园项目。", "青峰县"),
    ],
)  # fmt: skip
def test_the_place_of_a_road_a_banner_a_sentence_and_a_signing_party(
    text: str, location: str
) -> None:
    assert extract(text, reference_date=date(2024, 6, 1)).projects[-1].location == location


def test_a_headlines_two_parts_are_apart() -> None:
    text = (
        "合作再结硕果　前海国际金融城三期项目动工\n"
        "3月27日，前海国际金融城三期项目举行动工仪式，总投资约125亿港元。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.name == "前海国际金融城三期项目"
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "done", "3月27日")
    ]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("德国施耐德克精密技术集团与如皋经济技术开发区成功签约汽车精密传动部件项目。", "location", "如皋经济技术开发区"),
        ("四川能投化学新材料有限公司（集团控股子公司）投资建设的聚乙烯项目总投资28亿元。", "investor",
         "四川能投化学新材料有限公司"),
        ("江苏美达公司总投资5亿元，在南通经济技术开发区建设年产10万吨涂料生产线。", "investor", "江苏美达公司"),
        ("城东大道改造工程通过竣工验收，工程总投资1.15亿元。", "name", "城东大道改造工程"),
    ],
)  # fmt: skip
def test_round_n_forms(text: str, field: str, value: str) -> None:
    (project,) = extract(text).projects
    assert getattr(project, field) == value


def test_a_paragraph_or_a_titled_speaker_goes_on_about_the_project() -> None:
    for follow in ("\n项目全部建成后，年发电量可达240亿千瓦时。",
                   "国家电投甘肃公司副总经理刘建国说，项目全部建成后，年发电量可达240亿千瓦时。"):  # fmt: skip
        (project,) = extract("瓜州综合能源基地项目总投资约520亿元。" + follow).projects
        assert [q.text for q in project.capacities] == ["240亿千瓦时"]


@pytest.mark.parametrize(
    ("text", "name", "investment", "milestones"),
    [
        ("华能五彩湾电厂扩建工程进展顺利。该工程总投资53.8亿元，2022年10月开工。", "华能五彩湾电厂扩建工程",
         "53.8亿元", [("construction_start", "done", "2022年10月")]),
        ("马莲河水利枢纽工程建设加快推进。该工程总投资61.3亿元，计划2027年全面建成。", "马莲河水利枢纽工程",
         "61.3亿元", [("completion", "planned", "2027年")]),
        ("甘肃省引洮供水配套工程于5月18日全线通水，总投资38.6亿元。", "甘肃省引洮供水配套工程", "38.6亿元",
         [("operation", "done", "5月18日")]),
        ("轴承工业互联网平台项目总投资1.5亿元，今年4月上线运行。", "轴承工业互联网平台项目", "1.5亿元",
         [("operation", "done", "今年4月")]),
        ("盘州至兴义城际铁路正线全长138.9公里，总投资246.4亿元。", "盘州至兴义城际铁路", "246.4亿元", []),
        ("一、纳雍至晴隆高速公路。项目全长112.6公里，概算投资218.4亿元，力争2024年6月底前开工。",
         "纳雍至晴隆高速公路", "218.4亿元", [("construction_start", "planned", "2024年6月底")]),
        ("过去一年，都匀经开区年产6万吨锂电池正极材料项目于3月开工建设、12月底主体封顶。",
         "都匀经开区年产6万吨锂电池正极材料项目", None,
         [("construction_start", "done", "3月"), ("topping_out", "done", "12月底")]),
    ],
)  # fmt: skip
def test_round_o_works_verbs_and_looking_back(
    text: str, name: str, investment: str | None, milestones: list[tuple[str, str, str]]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.investment and project.investment.text) == (name, investment)
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == milestones
    assert all(m.date is None or m.date.end_date <= date(2028, 1, 1) for m in project.progress)


def test_a_looked_back_years_months_are_that_years() -> None:
    text = "过去一年，都匀经开区年产6万吨锂电池正极材料项目于3月开工建设、12月底主体封顶。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [str(m.date and m.date.start_date) for m in project.progress] == [
        "2023-03-01",
        "2023-12-25",
    ]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a year that opens a paragraph, a heading or a look-back is its months' year
        ("2023年，全县项目建设成效明显。3月，投资20亿元的华星光电材料项目开工建设。"
         "10月，总投资15亿元的恒达智能装备产业园项目建成投产。", ["2023-03-01", "2023-10-01", "2023-10-01"]),
        ("2023年工作回顾\n一年来，我们坚持项目为王。3月，投资20亿元的华星光电材料项目开工建设；"
         "10月，总投资15亿元的恒达智能装备产业园项目建成投产。", ["2023-03-01", "2023-10-01", "2023-10-01"]),
        ("过去一年，全县项目建设成效明显。3月，投资20亿元的华星光电材料项目开工建设。"
         "10月，总投资15亿元的恒达智能装备产业园项目建成投产。", ["2023-03-01", "2023-10-01", "2023-10-01"]),
        # and the month-led paragraphs after it, as a year's review goes on
        ("2023年，开发区新签约亿元以上项目28个。\n3月，总投资32亿元的恒创动力电池结构件项目签约。"
         "6月，华芯半导体封测基地项目主体厂房封顶。", ["2023-03-01", "2023-06-01"]),
        ("2023年，开发区全年完成投资86亿元。\n一、招商引资\n3月，总投资32亿元的恒创动力电池结构件项目签约。",
         ["2023-03-01"]),
        # a date with its month opens a story, and 目前 brings it back to the article's day
        ("2023年8月，总投资20亿元的华星光电材料项目签约落户。今年3月，项目开工建设，预计10月投产。",
         ["2023-08-01", "2024-03-01", "2024-10-01"]),
        ("2023年，总投资20亿元的华星光电材料项目签约落户。目前，项目厂房已封顶，预计10月投产。",
         ["2023-01-01", "2024-06-01", "2024-10-01"]),
    ],
)  # fmt: skip
def test_a_paragraphs_year_carries_to_its_months(text: str, months: list[str]) -> None:
    found = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [str(m.date and m.date.start_date) for p in found for m in p.progress] == months


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        ("本周签约项目\n项目名称：冷链物流中心项目  投资额：4.3亿元  签约单位：安徽徽运供应链管理有限公司\n"
         "项目名称：汽车内饰件智能制造项目  投资额：6亿元  签约单位：宁波华翔汽车零部件有限公司",
         ["安徽徽运供应链管理有限公司", "宁波华翔汽车零部件有限公司"]),
        ("项目一：钦州港绿色甲醇生产项目\n建设地点：钦州市钦州港片区\n总投资：30亿元\n"
         "项目二：钦州港风电装备产业园项目\n建设单位：钦州华风装备有限公司\n总投资：12亿元", [None, "钦州华风装备有限公司"]),
        ("光谷生物城创新药中试基地项目，投资12.5亿元，建设主体为武汉光谷生物城建设投资有限公司。",
         ["武汉光谷生物城建设投资有限公司"]),
        ("武汉新能源研究院氢能装备项目，签约方为国氢科技（武汉）有限公司，投资额30亿元。", ["国氢科技（武汉）有限公司"]),
        ("甘肃省引洮供水二期配套工程总投资38.6亿元，由甘肃省引洮工程建设管理局组织实施。", ["甘肃省引洮工程建设管理局"]),
    ],
)  # fmt: skip
def test_round_o_forms_side_by_side_numbered_records_and_owner_words(
    text: str, investors: list[str | None]
) -> None:
    assert [p.investor for p in extract(text).projects] == investors


@pytest.mark.parametrize(
    ("text", "name", "investor", "stages"),
    [
        ("武汉新能源研究院氢能装备项目，签约方为国氢科技（武汉）有限公司，投资额30亿元。",
         "武汉新能源研究院氢能装备项目", "国氢科技（武汉）有限公司", [("signing", "done")]),
        ("项目名称：冷链物流中心项目  投资额：4.3亿元  投资方：安徽徽运供应链管理有限公司  落地：天长市",
         "冷链物流中心项目", "安徽徽运供应链管理有限公司", []),
        ("5月18日，随着最后一台设备调试完成，标志着年产10万吨铝箔项目正式投产。", "年产10万吨铝箔项目", None,
         [("production_start", "done")]),
        ("马莲河水利枢纽工程也在加快推进。该工程总投资61.3亿元，计划2027年全面建成。", "马莲河水利枢纽工程", None,
         [("completion", "planned")]),
        ("五彩湾电厂扩建工程建设2台66万千瓦燃煤机组，2022年10月开工。", "五彩湾电厂扩建工程", None,
         [("construction_start", "done")]),
        ("黄家沟水库正式下闸蓄水。水库总投资9.7亿元。", "黄家沟水库", None, []),
    ],
)  # fmt: skip
def test_round_o_rescore_forms(
    text: str, name: str, investor: str | None, stages: list[tuple[str, str]]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.investor) == (name, investor)
    assert [(m.stage, m.status) for m in project.progress] == stages


@pytest.mark.parametrize(
    ("text", "name", "milestones"),
    [
        ("风电叶片项目力争10月投产。", "风电叶片项目", [("production_start", "planned", "10月")]),
        ("风电叶片项目10月投产。", "风电叶片项目", [("production_start", "planned", "10月")]),
        ("4月16日上午，电驱动系统项目正式开工。", "电驱动系统项目", [("construction_start", "done", "4月16日")]),
        ("会上，电驱动系统项目正式开工。", "电驱动系统项目", [("construction_start", "done", None)]),
        ("总投资18亿元的湿地生态旅游项目要在9月底前完成签约。", "湿地生态旅游项目", [("signing", "planned", "9月底")]),
        ("柳州两大新能源汽车配套项目同日开工\n4月16日，电驱动系统项目正式开工。", "电驱动系统项目",
         [("construction_start", "done", "4月16日")]),
        ("安庆工程塑料项目由安徽华塑新材料有限公司投资建设，总投资42亿元。\n2023年10月：项目正式签约；\n"
         "2024年1月：项目开工建设；\n2024年5月：主厂房顺利封顶；\n2024年9月：计划开始试生产。", "安庆工程塑料项目",
         [("signing", "done", "2023年10月"), ("construction_start", "done", "2024年1月"),
          ("topping_out", "done", "2024年5月"), ("trial_production", "planned", "2024年9月")]),
    ],
)  # fmt: skip
def test_round_p_plans_meetings_deadlines_counts_and_timelines(
    text: str, name: str, milestones: list[tuple[str, str, str | None]]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.name == name
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == milestones


def test_a_count_of_projects_is_no_name_but_a_place_that_starts_like_one_is() -> None:
    (project,) = extract("五大连池风景区提升项目总投资5亿元。").projects
    assert (project.name, project.investment and project.investment.text) == (
        "五大连池风景区提升项目",
        "5亿元",
    )
    assert extract("柳州两大新能源汽车配套项目同日开工").projects == []


def test_places_listed_before_fenbie_lose_their_government_body_once() -> None:
    text = "公司与甲县人民政府和乙县人民政府分别对东湖电池基地项目、西湖组件基地项目达成一致。"
    # 甲县人民政府 is 甲县, not 甲 (人民政府, then 政府 again)
    assert [p.location for p in extract(text).projects] == ["甲县", "乙县"]


@pytest.mark.parametrize(
    "text",
    [
        "同期开工的还有总投资12亿元的东氿湾文旅综合体项目，以及总投资8.6亿元的丁蜀陶瓷产业园项目。",
        "同期开工的还有总投资12亿元的东氿湾文旅综合体项目和总投资8.6亿元的丁蜀陶瓷产业园项目。",
    ],
)
def test_a_name_joined_with_a_clause_of_its_own_has_its_own_amount(text: str) -> None:
    found = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(p.name, p.investment and p.investment.text) for p in found] == [
        ("东氿湾文旅综合体项目", "12亿元"),
        ("丁蜀陶瓷产业园项目", "8.6亿元"),
    ]
    # the lead (同期开工的还有) is both's
    assert [[m.stage for m in p.progress] for p in found] == [["construction_start"]] * 2


@pytest.mark.parametrize(
    "text",
    [
        "| 项目名称 | 建设单位 | 总投资（亿元） | 开工时间 | 竣工时间 | 投产时间 |\n|---|---|---|---|---|---|\n"
        "| 年产3万吨密封材料项目 | 浙江中特密封科技有限公司 | 6.0 | 2024年4月 | 2025年5月 | 2025年7月 |\n",
        "项目名称\t建设单位\t总投资（亿元）\t开工时间\t竣工时间\t投产时间\n"
        "年产3万吨密封材料项目\t浙江中特密封科技有限公司\t6.0\t2024年4月\t2025年5月\t2025年7月\n",
        "项目名称：年产3万吨密封材料项目\n建设单位：浙江中特密封科技有限公司\n总投资：6亿元\n"
        "计划开工时间：2024年4月\n计划竣工时间：2025年5月\n预计投产时间：2025年7月\n",
    ],
)
def test_a_stages_column_or_field_dates_it(text: str) -> None:
    (project,) = extract(text, reference_date=date(2024, 3, 1)).projects
    assert [(m.stage, m.status, str(m.date and m.date.start_date)) for m in project.progress] == [
        ("construction_start", "planned", "2024-04-01"),
        ("completion", "planned", "2025-05-01"),
        ("production_start", "planned", "2025-07-01"),
    ]


def test_a_count_of_finished_projects_is_no_event_of_each() -> None:
    text = "一季度，全市竣工投产项目42个。\n\n总投资18亿元的嘉兴港智慧物流园项目正在建设。"
    (project,) = extract(text, reference_date=date(2024, 4, 8)).projects
    assert project.progress == []
    held = "一季度，全市集中签约项目42个。\n\n总投资18亿元的嘉兴港智慧物流园项目正在建设。"
    (project,) = extract(held, reference_date=date(2024, 4, 8)).projects
    assert [(m.stage, m.implicit) for m in project.progress] == [("signing", True)]


@pytest.mark.parametrize(
    ("text", "name", "location", "investment", "stages"),
    [
        # works that start: 工程开工, 工程举行开工仪式; 城乡 and 乡村 are no township
        ("4月8日，泗县城乡供水工程开工，总投资6.8亿元。", "泗县城乡供水工程", "泗县", "6.8亿元",
         ["construction_start"]),
        ("合肥地铁8号线工程举行开工仪式。", "合肥地铁8号线工程", "合肥", None, ["construction_start"]),
        ("青山镇乡村振兴示范园项目开工。", "青山镇乡村振兴示范园项目", "青山镇", None, ["construction_start"]),
        # what the project is said to be is no other project
        ("3月5日，年产10万吨铜箔项目在赣州市开工。该项目是我市今年引进的最大单体工业项目，总投资50亿元。",
         "年产10万吨铜箔项目", "赣州市", "50亿元", ["construction_start"]),
    ],
)  # fmt: skip
def test_round_q_works_that_start_and_descriptions(
    text: str, name: str, location: str, investment: str | None, stages: list[str]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.location) == (name, location)
    assert (project.investment and project.investment.text) == investment
    assert [m.stage for m in project.progress] == stages


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("位于合肥市高新区的量子信息产业园项目3月12日开工，总投资25亿元。", "合肥市高新区"),
        ("三是淮安经开区的盐化新材料产业园项目，总投资约25亿元，3月12日开工。", "淮安经开区"),
        ("总投资6亿元的锂电池隔膜项目在合肥开工。", "合肥"),
        ("南陵县的年产3万吨饲料项目开工。", "南陵县"),
        # the city's own park, named bare at the front of a name
        ("高新区星美锂电池生产线项目总投资10亿元。", "高新区"),
        ("经开区华锐新材料项目总投资10亿元。", "经开区"),
        # the sea, not 东海县 (the full form still is a place)
        ("东海贝雕主题公园项目总投资3亿元。", None),
        ("东海县华锐新材料项目总投资10亿元。", "东海县"),
        # a place after 于 that is no site (市长于永生走访了邹城市的…)
        ("市长于永生走访了邹城市的重点企业，为推动生物质新材料产业园项目签约而来。", None),
    ],
)
def test_a_place_before_its_name_or_where_it_starts(text: str, location: str | None) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.location == location


def test_a_list_items_own_stage_is_no_event_of_the_others() -> None:
    text = (
        "1. 机器人零部件项目，投资额15亿元，已开工。\n"
        "2. 精密轴承扩产项目，投资额3.6亿元，已竣工投产。\n"
        "3. 新能源电机项目，投资额2亿元，已签约。"
    )
    found = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [[m.stage for m in p.progress] for p in found] == [
        ["construction_start"],
        ["completion", "production_start"],
        ["signing"],
    ]


def test_a_roof_that_is_topped_out_is_jieding_too() -> None:
    (project,) = extract("总投资18亿元的智慧物流园项目将于年内主体结顶。").projects
    assert [(m.stage, m.status) for m in project.progress] == [("topping_out", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "#项目建设看临川# 年产10万吨铜箔项目在赣州市开工",
        "要闻｜年产10万吨铜箔项目在赣州市开工",
        "公司新闻 | 年产10万吨铜箔项目在赣州市开工",
        "【头条】年产10万吨铜箔项目在赣州市开工",
        "1️⃣ 年产10万吨铜箔项目\n投资额：32000万元",
    ],
)
def test_labels_hashtags_and_keycaps_before_a_name_are_not_of_it(text: str) -> None:
    (project,) = extract(text).projects
    assert project.name == "年产10万吨铜箔项目"
    assert [m.text for m in project.mentions][:1] == ["年产10万吨铜箔项目"]
    if "投资额" in text:
        assert project.investment is not None and project.investment.value == 320_000_000


def test_a_rosters_line_is_one_record_whichever_field_comes_first() -> None:
    text = (
        "1. 入驻企业：安徽埃夫特机器人股份有限公司；项目：工业机器人核心零部件项目；投资额：15亿元；进度：已开工。\n"
        "2. 入驻企业：宿州维信光电科技有限公司；项目：新型显示模组项目；投资额：12亿元；进度：已投产。"
    )
    found = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(p.name, p.investor, p.investment and p.investment.text) for p in found] == [
        ("工业机器人核心零部件项目", "安徽埃夫特机器人股份有限公司", "15亿元"),
        ("新型显示模组项目", "宿州维信光电科技有限公司", "12亿元"),
    ]
    assert [[(m.stage, m.status) for m in p.progress] for p in found] == [
        [("construction_start", "done")],
        [("production_start", "done")],
    ]


def test_a_progress_field_dates_its_stages_done_or_planned() -> None:
    text = (
        "项目名称：光储一体化智能制造基地项目\n总投资：22亿元\n"
        "进度：2023年10月开工，2024年12月投产\n"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "done", "2023年10月"),
        ("production_start", "planned", "2024年12月"),
    ]


def test_a_names_bulleted_lines_below_describe_it() -> None:
    text = (
        "高端医疗器械产业园项目\n• 总投资：8.6亿元\n• 建设内容：年产医用导管5000万支\n• 进度：已开工\n"
        "另一段文字。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert project.investment is not None and project.investment.text == "8.6亿元"
    assert [q.text for q in project.capacities] == ["5000万支"]
    assert [m.stage for m in project.progress] == ["construction_start"]


def test_a_projects_first_line_is_no_project_and_from_one_stage_to_another_both_happened() -> None:
    text = (
        "总投资50亿元的年产10GW光伏组件项目从签约到开工仅用了45天，预计6月份首条产线投产；"
        "总投资22亿元的精密马达项目已于3月底投产。"
    )
    found = extract(text, reference_date=date(2024, 4, 1)).projects
    assert [p.name for p in found] == ["年产10GW光伏组件项目", "精密马达项目"]
    assert [(m.stage, m.status) for m in found[0].progress] == [
        ("signing", "done"),
        ("construction_start", "done"),
        ("production_start", "planned"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "海风装备产业园项目施工现场塔吊林立。\n\n图为海风装备产业园项目施工现场。记者 顾海燕 摄\n\n"
        "该项目由江苏海装重工科技有限公司投资建设，总投资42亿元，项目于去年11月开工。",
        "记者走进开发区，只见海风装备产业园项目施工现场塔吊林立。\n\n"
        "该项目由江苏海装重工科技有限公司投资建设，总投资42亿元，项目于去年11月开工。",
    ],
)
def test_a_photo_caption_between_paragraphs_keeps_them_one_projects(text: str) -> None:
    (project,) = extract(text, reference_date=date(2024, 5, 22)).projects
    assert (project.name, project.investor) == ("海风装备产业园项目", "江苏海装重工科技有限公司")
    assert project.investment is not None and project.investment.text == "42亿元"
    assert [(m.stage, str(m.date and m.date.start_date)) for m in project.progress] == [
        ("construction_start", "2023-11-01")
    ]


def test_a_headlines_today_gives_way_to_the_bodys_day_and_its_figure_counts_once() -> None:
    text = "【总投资18亿元的年产10万吨隔膜项目今天开工】3月12日上午，年产10万吨隔膜项目在高新区举行开工仪式。"
    (project,) = extract(text, reference_date=date(2024, 5, 22)).projects
    assert [(m.stage, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "3月12日")
    ]
    assert [q.text for q in project.capacities] == ["10万吨"]


@pytest.mark.parametrize(
    ("text", "investor", "location"),
    [
        # a builder that 承建 is no investor; a developer that 承建 is, as releases say it
        ("由中铁四局承建的合肥至六安城际铁路项目开工，项目总投资120亿元。", None, "合肥"),
        ("百花小镇项目位于利桥乡百花村，由兰州永利房地产公司承建，总投资20亿元。", "兰州永利房地产公司",
         "利桥乡百花村"),
        # a descriptor before the company, and 股份公司 whole
        ("由世界500强企业德国巴斯夫股份公司投资的湛江一体化基地项目3月16日开工。", "德国巴斯夫股份公司", "湛江"),
        # the place that builds it (正在建设的) beats the name's place; 正在 is no 在
        ("尖山新区正在建设的嘉兴港智慧物流园项目，总投资18亿元。", None, "尖山新区"),
    ],
)  # fmt: skip
def test_round_r_investors_and_places(text: str, investor: str | None, location: str) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.investor, project.location) == (investor, location)


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        # a building of the project that is finished is not the project
        ("中天海缆二期项目总投资18亿元，目前主体厂房已全部竣工，生产线正在调试，预计7月份试生产。",
         ["trial_production"]),
        # a contract with customers is not the project's signing
        ("华智云智算中心项目总投资36亿元，已建成机架4000个，并已与多家大模型企业签订算力服务协议。", []),
    ],
)  # fmt: skip
def test_parts_and_customers_are_not_the_projects_stages(text: str, stages: list[str]) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [m.stage for m in project.progress] == stages


def test_spending_this_year_after_a_phase_is_not_the_phases_investment() -> None:
    text = "宜春锂电产业园项目总投资55亿元，一期已建成投产，二期正在建设，今年以来完成投资5.1亿元。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(p.name, p.investment) for p in project.phases] == [("一期", None), ("二期", None)]
    assert project.investment is not None and project.investment.text == "55亿元"


def test_a_section_heading_over_numbered_items_is_not_a_project() -> None:
    text = (
        "二、光伏发电项目（备案）\n"
        "4．大安市200MW农光互补光伏发电项目，项目单位：三峡新能源大安发电有限公司，总投资9.8亿元。\n"
        "5．洮南市100MW光伏发电项目，项目单位：洮南新能源有限公司，总投资4.5亿元。"
    )
    found = extract(text).projects
    assert [p.name for p in found] == ["大安市200MW农光互补光伏发电项目", "洮南市100MW光伏发电项目"]
    # an item whose numbered lines are its own parts keeps its name
    (item,) = extract(
        "一、华光新材料产业园项目\n1、项目基本情况\n总投资12亿元，年产5万吨。"
    ).projects
    assert item.name == "华光新材料产业园项目"


def test_a_stray_space_after_a_place_does_not_part_it_from_the_name() -> None:
    (project,) = extract("3月5日，宿州高新区 新型显示模组项目开工，总投资12亿元。").projects
    assert (project.name, project.location) == ("宿州高新区新型显示模组项目", "宿州高新区")


def test_a_phase_named_before_its_whole_is_the_wholes() -> None:
    text = (
        "5月20日，甘肃华智云计算科技有限公司投资建设的华智云智算中心项目一期正式投入运营。"
        "华智云智算中心项目总投资36亿元，规划建设标准机架1.2万个。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.investor) == ("华智云智算中心项目", "甘肃华智云计算科技有限公司")
    assert project.investment is not None and project.investment.text == "36亿元"
    assert [(p.name, [m.stage for m in p.progress]) for p in project.phases] == [
        ("一期", ["operation"])
    ]


def test_a_headlines_slogan_is_no_project_and_its_second_part_names_one() -> None:
    text = "庆阳“东数西算”再添重磅项目 华智云智算中心一期投运"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.location) == ("华智云智算中心一期", "庆阳")
    assert [m.stage for m in project.progress] == ["operation"]


def test_a_posts_short_lines_date_its_event() -> None:
    text = (
        "喜报！我县2024年招商引资项目集中签约活动圆满举行\n3月28日上午\n我县一季度招商引资项目\n"
        "集中签约活动\n在县政务服务中心举行\n签约项目：\n1. 冷链仓储物流中心项目，投资额18500万元\n"
    )
    (project,) = extract(text, reference_date=date(2024, 3, 28)).projects
    assert [(m.stage, m.date and m.date.text) for m in project.progress] == [("signing", "3月28日")]


@pytest.mark.parametrize(
    ("text", "milestones"),
    [
        # a sentence that goes on with a plan (力争/确保/将于…) is the project's
        ("锐驰汽车零部件项目总投资9.5亿元。力争2025年6月建成投产，投产后预计年产值15亿元。",
         [("completion", "planned", "2025年6月"), ("production_start", "planned", "2025年6月")]),
        ("锐驰汽车零部件项目总投资9.5亿元。力争2025年6月正式投产，投产后预计年产值15亿元。",
         [("production_start", "planned", "2025年6月")]),
        # 推动…开工 is a plan; 为推动…签约而来 a purpose, which says nothing
        ("推动总投资60亿元的华能襄阳煤电项目上半年开工。", [("construction_start", "planned", "上半年")]),
        ("市长为推动生物质新材料产业园项目签约而来。", [("signing", "unknown", None)]),
        # a count of projects of a kind is no stage of the project beside it
        ("加快襄阳高新区半导体材料产业园项目建设，力争全年新开工项目500个。", []),
        # who builds and runs it is no operation; 满负荷生产 is full production
        ("苏州华星精密减速器项目总投资10亿元，由华星（苏州）精密机械有限公司负责建设运营，预计2025年投产。",
         [("production_start", "planned", "2025年")]),
        ("鑫茂再生铝项目计划7月正式投产，年底前实现满负荷生产。",
         [("production_start", "planned", "7月"), ("full_production", "planned", "年底前")]),
    ],
)  # fmt: skip
def test_round_t_plans_counts_and_stage_words(
    text: str, milestones: list[tuple[str, str, str | None]]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 1, 18)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == milestones


def test_a_reserve_section_is_no_project_and_takes_no_earlier_sections_event() -> None:
    text = (
        "二、新开工项目\n1. 宜春恒锂新能源年产10万吨碳酸锂项目，总投资120亿元。\n"
        "三、预备项目\n2. 吉安泰和抽水蓄能电站，总投资78亿元。"
    )
    found = extract(text, reference_date=date(2024, 2, 20)).projects
    assert [(p.name, [m.stage for m in p.progress]) for p in found] == [
        ("宜春恒锂新能源年产10万吨碳酸锂项目", ["construction_start"]),
        ("吉安泰和抽水蓄能电站", []),
    ]


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        (
            "5月10日，总投资20亿元的襄阳国际陆港物流园开工建设。",
            "襄阳国际陆港物流园",
            "construction_start",
        ),
        ("鱼梁洲大数据中心一期将于6月底前上线运营。", "鱼梁洲大数据中心一期", "operation"),
    ],
)
def test_facilities_named_without_xiangmu(text: str, name: str, stage: str) -> None:
    (project,) = extract(text, reference_date=date(2024, 5, 12)).projects
    assert (project.name, [m.stage for m in project.progress]) == (name, [stage])


def test_a_digests_items_keep_their_own_place_and_event() -> None:
    text = (
        "【临港区】江苏海纳重工股份有限公司投资22亿元建设的海上风电装备制造基地项目开工。\n"
        "【宁阳县】5月10日，宁阳县举行项目集中签约仪式，现场签约项目4个，总投资18亿元。"
    )
    (project,) = extract(text, reference_date=date(2024, 5, 12)).projects
    assert project.location == "临港区"
    assert [m.stage for m in project.progress] == ["construction_start"]


def test_a_headlines_site_after_its_project_is_no_project() -> None:
    text = (
        "博世克智能制造基地项目签约落户苏州工业园区\n"
        "4月19日，博世克集团与苏州工业园区管委会签署投资协议，博世克智能制造基地项目落户园区，总投资1.8亿美元。"
    )
    assert [p.name for p in extract(text).projects] == ["博世克智能制造基地项目"]


@pytest.mark.parametrize(
    "text",
    [
        "东湖物流园项目总投资6.2亿元，青山农机制造项目总投资8.5亿元。",
        "东湖物流园项目投资6.2亿元，青山农机制造项目总投资8.5亿元。",
    ],
)
def test_two_projects_a_comma_apart_each_keep_their_amount(text: str) -> None:
    found = extract(text).projects
    assert [(p.name, p.investment and p.investment.text) for p in found] == [
        ("东湖物流园项目", "6.2亿元"),
        ("青山农机制造项目", "8.5亿元"),
    ]


@pytest.mark.parametrize(
    ("text", "milestone"),
    [
        ("南岭段改建工程已于1月18日正式通车。", ("operation", "done", "1月18日")),
        ("凤栖大酒店项目总投资4.3亿元，预计2025年5月开业。", ("operation", "planned", "2025年5月")),
        ("凤栖主题乐园项目总投资30亿元，计划明年7月开园。", ("operation", "planned", "明年7月")),
        ("安平市妇幼保健院迁建工程完成验收。该工程总投资5.2亿元。", ("completion", "done", None)),
    ],
)
def test_roads_open_hotels_open_and_works_pass_acceptance(
    text: str, milestone: tuple[str, str, str | None]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [milestone]


@pytest.mark.parametrize(
    ("text", "name", "investor", "location", "investment"),
    [
        ("博森汽车部件有限公司投资10亿元扩建电驱总成项目。", "电驱总成项目", "博森汽车部件有限公司", None, "10亿元"),
        ("博森汽车部件有限公司拟投资10亿元，新建年产50万套电驱总成生产线。", "年产50万套电驱总成生产线",
         "博森汽车部件有限公司", None, "10亿元"),
        ("博森汽车部件有限公司增资1.5亿美元扩建电驱总成项目。", "电驱总成项目", "博森汽车部件有限公司", None,
         "1.5亿美元"),
        ("海港港区集装箱码头工程概算投资42.3亿元。", "海港港区集装箱码头工程", None, "海港", "42.3亿元"),
        # a route is no brand, and its ends are places
        ("长沙至岳阳高速公路总投资236亿元。", "长沙至岳阳高速公路", None, "长沙", "236亿元"),
        # 更新 is no 新 (new)
        ("西关片区城市更新项目总投资42亿元。", "西关片区城市更新项目", None, None, "42亿元"),
        # 改扩建 stays in a name
        ("区人民医院改扩建工程总投资3亿元。", "区人民医院改扩建工程", None, None, "3亿元"),
    ],
)  # fmt: skip
def test_round_s_expansions_estimates_routes_and_renewals(
    text: str, name: str, investor: str | None, location: str | None, investment: str
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investor, project.location) == (name, investor, location)
    assert project.investment is not None and project.investment.text == investment


@pytest.mark.parametrize(
    ("text", "name", "investor", "location", "stages"),
    [
        # buildings named as what they are
        ("安平市第二中学总投资1.1亿元，9月投入使用。", "安平市第二中学", None, "安平市", ["operation"]),
        ("凤栖温泉度假酒店总投资4.3亿元，于5月26日主体封顶。", "凤栖温泉度假酒店", None, None, ["topping_out"]),
        ("锦绣幼儿园总投资3500万元，9月投入使用。", "锦绣幼儿园", None, None, ["operation"]),
        ("纺织厂片区棚户区改造项目涉及居民620户，总投资6.5亿元。", "纺织厂片区棚户区改造项目", None, None, []),
        # how far the works have gone is no completion
        ("冷链物流中心项目总投资1.2亿元，目前主体工程已完工70%。", "冷链物流中心项目", None, None, []),
        # 同一园区 refers back; 代建 manages the building for the owner; a place and an industry
        ("在同一园区，华储电气有限公司储能变流器项目总投资15亿元。", "储能变流器项目", "华储电气有限公司", None, []),
        ("由安平城建集团代建的安平市人民医院东院区项目总投资18.6亿元。", "安平市人民医院东院区项目", None,
         "安平市", []),
        ("西城区光电显示模组项目总投资15亿元。", "西城区光电显示模组项目", None, "西城区", []),
    ],
)  # fmt: skip
def test_round_s_buildings_parts_and_references(
    text: str, name: str, investor: str | None, location: str | None, stages: list[str]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.investor, project.location) == (name, investor, location)
    assert [m.stage for m in project.progress] == stages


def test_a_lists_introduction_dates_a_stage_of_each_item_and_counts_are_no_names() -> None:
    text = (
        "城区新建的2所学校将于9月投入使用：\n——安平市实验中学北校区建设项目，投资2.3亿元；\n"
        "——滨河新区第二小学建设项目，投资1.1亿元。\n\n"
        "连日来，清河县各乡镇乡村振兴项目建设现场一派繁忙景象。华阳区一季度外资项目签约落地提速。"
    )
    found = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [p.name for p in found] == ["安平市实验中学北校区建设项目", "滨河新区第二小学建设项目"]
    for p in found:
        assert [(m.stage, m.status, m.implicit) for m in p.progress] == [
            ("operation", "planned", True)
        ]


def test_a_later_mention_of_a_phase_keeps_its_milestone() -> None:
    text = (
        "3月，开发区与江苏恒创精密部件有限公司签约动力电池结构件项目，总投资32亿元。\n"
        "下一步，确保动力电池结构件项目一期6月底前投产。"
    )
    (project,) = extract(text, reference_date=date(2024, 4, 1)).projects
    assert [(m.stage, m.status) for m in project.progress] == [
        ("signing", "done"),
        ("production_start", "planned"),
    ]
    assert [(p.name, [m.stage for m in p.progress]) for p in project.phases] == [
        ("一期", ["production_start"])
    ]


def test_a_plan_put_off_takes_the_date_it_is_moved_to() -> None:
    text = "锐驰汽车零部件项目原计划2023年6月开工，受环评手续影响，开工时间推迟至2024年4月。"
    (project,) = extract(text, reference_date=date(2024, 1, 10)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "planned", "2024年4月")
    ]


def test_a_phase_named_first_in_a_list_with_its_own_amount_is_a_project() -> None:
    text = "推动总投资150亿元的比亚迪襄阳动力电池二期、总投资60亿元的华能襄阳煤电项目开工建设。"
    found = extract(text).projects
    assert [(p.name, p.investment and p.investment.text) for p in found] == [
        ("比亚迪襄阳动力电池二期", "150亿元"),
        ("华能襄阳煤电项目", "60亿元"),
    ]
    assert [[m.stage for m in p.progress] for p in found] == [["construction_start"]] * 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 增资 before an amount invests; in a name it stays (增资扩产项目)
        ("新能源电机增资扩产项目总投资3000万美元。", ["新能源电机增资扩产项目"]),
        ("明辉电子（无锡）有限公司增资扩产项目，总投资3000万美元，计划9月投产。", ["增资扩产项目"]),
        # a phase that invests and builds is the project's phase, not another project
        ("华盛铜箔项目总投资80亿元，分两期建设。一期工程投资50亿元，建设年产60万吨铜箔生产线，"
         "计划2025年底投产；二期计划2028年建成。", ["华盛铜箔项目"]),
    ],
)  # fmt: skip
def test_round_s_t_regressions_fixed(text: str, names: list[str]) -> None:
    assert [p.name for p in extract(text).projects] == names


@pytest.mark.parametrize(
    ("text", "name", "investment"),
    [
        ("凤栖大酒店总投资4.3亿元，于5月26日主体封顶。", "凤栖大酒店", "4.3亿元"),
        ("博森汽车部件有限公司增资1.5亿美元，扩建电驱系统生产线。", "电驱系统生产线", "1.5亿美元"),
    ],
)
def test_a_big_hotel_and_a_line_a_company_adds_capital_for(
    text: str, name: str, investment: str
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investment and project.investment.text) == (name, investment)


def test_a_blocks_benefit_section_gives_its_output_and_capacity() -> None:
    text = (
        "● 年产5万吨锂电池隔膜项目\n项目介绍：由江西恒瑞新材料有限公司投资18亿元建设。\n"
        "项目意义：项目达产后预计年产值30亿元，年吞吐能力可达800万吨。\n"
    )
    (project,) = extract(text).projects
    assert project.annual_output is not None and project.annual_output.text == "30亿元"
    assert [q.text for q in project.capacities] == ["5万吨", "800万吨"]


@pytest.mark.parametrize(
    "text",
    [
        # traditional script: 項目 is 项目 when names are compared
        "合肥智能家電產業園項目16日在合肥高新區舉行動工儀式。\n圖：合肥智能家電產業園動工儀式現場。",
        # a phase named with 项目 before it and without
        "滨江算力中心一期投运\n5月20日，滨江算力中心项目一期正式投入运营，总投资20亿元。",
    ],
)
def test_one_project_however_its_phase_or_script_is_written(text: str) -> None:
    assert len(extract(text, reference_date=date(2024, 6, 1)).projects) == 1


def test_phases_of_several_mentions_are_all_kept() -> None:
    text = (
        "5月20日，滨江算力中心项目一期正式投入运营。\n"
        "滨江算力中心项目位于高新区，二期工程计划2025年底建成投运。\n"
        "鉴于滨江算力中心项目三期工程投资33亿元，…"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    phases = {p.name: p for p in project.phases}
    assert sorted(phases) == ["一期", "三期", "二期"]
    assert [(m.stage, m.status) for m in phases["一期"].progress] == [("operation", "done")]


@pytest.mark.parametrize(
    ("text", "name", "investor", "location"),
    [
        # a company that works with another, or moves a plant, is the subject that invests
        ("深圳华研精密模具有限公司拟投资6亿元建设精密模具生产基地项目；瑞金金都文旅开发有限公司与深圳前海文旅集团"
         "有限公司合作，投资10亿元打造叶坪红色旅游综合体项目。", "叶坪红色旅游综合体项目", "瑞金金都文旅开发有限公司", None),
        ("深圳华研精密模具有限公司拟投资6亿元建设精密模具生产基地项目；东莞鹏程鞋业有限公司将生产基地整体迁至瑞金，"
         "投资5亿元建设年产1200万双鞋服生产项目。", "年产1200万双鞋服生产项目", "东莞鹏程鞋业有限公司", "瑞金"),
        # a project's name after 在 is not its place; its stated site is
        ("在汽车零部件产业园项目现场，书记听取了汇报。该项目位于温泉镇，总投资12亿元。", "汽车零部件产业园项目", None,
         "温泉镇"),
        # an industry is no brand; 独资设立 invests; 台商投资区 is a place
        ("煤化工产业园项目总投资45亿元，计划年内开工。", "煤化工产业园项目", None, None),
        ("半导体封测材料项目由日本精材化学株式会社独资设立，总投资5000万美元。", "半导体封测材料项目", "日本精材化学株式会社",
         None),
        ("高端特种纸项目由福建恒安纸业股份有限公司投资15亿元，在漳州台商投资区建设。", "高端特种纸项目",
         "福建恒安纸业股份有限公司", "漳州台商投资区"),
        # a post's header: the province it was sent from is no place of the project
        ("原创 南康发布 2024-04-26 18:30 江西\n\n赣南脐橙精深加工项目总投资2.8亿元，计划2025年3月建成投产。",
         "赣南脐橙精深加工项目", None, None),
        # a cut speech's ellipsis, and 服务 of a word
        ("……生物医药产业园项目总投资30亿元，计划年内开工。", "生物医药产业园项目", None, None),
        ("服务器生产项目总投资1.2亿元，计划7月开工。", "服务器生产项目", None, None),
    ],
)  # fmt: skip
def test_round_u_investors_places_and_names(
    text: str, name: str, investor: str | None, location: str | None
) -> None:
    found = extract(text, reference_date=date(2024, 6, 1)).projects
    project = next(p for p in found if p.name == name)
    assert (project.investor, project.location) == (investor, location)


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        ("高新区科创园项目总投资5亿元，今年3月开工，目前已有5家企业签约入驻。", ["construction_start"]),
        ("生物医药CDMO平台项目总投资8亿元，规划建设原料药中试生产线，预计2025年上半年投用。", ["operation"]),
        ("城区污水管网改造工程总投资3.4亿元，原计划2023年底完工，现调整为2024年12月完工。", ["completion"]),
    ],
)  # fmt: skip
def test_round_u_tenants_pilot_lines_and_new_dates(text: str, stages: list[str]) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [m.stage for m in project.progress] == stages
    if "调整为" in text:
        assert (
            project.progress[0].date is not None and project.progress[0].date.text == "2024年12月"
        )


def test_a_bold_name_with_unlabelled_lines_below_reads_them() -> None:
    text = "**赣南脐橙精深加工项目**\n总投资：2.8亿元\n年加工脐橙10万吨\n计划2025年3月建成投产\n"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [q.text for q in project.capacities] == ["10万吨"]
    assert [m.stage for m in project.progress] == ["completion", "production_start"]


def test_built_and_at_full_output_and_a_topping_out_column() -> None:
    (project,) = extract("华光新材料项目总投资10亿元，计划2025年底全面建成达产。").projects
    assert [m.stage for m in project.progress] == ["completion", "full_production"]
    (project,) = extract("华光新材料项目建成达产后年产值20亿元。").projects
    # a condition of what it will make: to be completed and at full output, undated
    assert [(m.stage, m.status, m.date) for m in project.progress] == [
        ("completion", "planned", None),
        ("full_production", "planned", None),
    ]
    table = (
        "| 项目名称 | 开工时间 | 主体结顶时间 | 竣工时间 |\n|---|---|---|---|\n"
        "| 华光新材料项目 | 2024年3月 | 2024年10月 | 2025年6月 |"
    )
    (project,) = extract(table, reference_date=date(2024, 6, 1)).projects
    assert [m.stage for m in project.progress] == [
        "construction_start",
        "topping_out",
        "completion",
    ]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("青山湖区安义冷链物流园项目总投资5亿元。", "青山湖区"),  # two counties side by side
        (
            "浙江省杭州市余杭区智能制造产业园项目总投资5亿元。",
            "浙江省杭州市余杭区",
        ),  # one within another
    ],
)
def test_places_chain_only_from_a_division_to_one_within_it(text: str, location: str) -> None:
    (project,) = extract(text).projects
    assert project.location == location


def test_a_slides_bullets_under_a_numbered_project_are_its_own() -> None:
    text = "项目二：高端医疗器械产业园\n• 总投资 8.6亿元\n• 年产 医用导管 5000万支\n— 2024年3月签约，计划6月开工\n"
    (project,) = extract(text, reference_date=date(2024, 4, 1)).projects
    assert project.investment is not None and project.investment.text == "8.6亿元"
    assert [q.text for q in project.capacities] == ["5000万支"]
    assert [(m.stage, m.status) for m in project.progress] == [
        ("signing", "done"),
        ("construction_start", "planned"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "field", "value"),
    [
        # a sentence that speaks of 项目 as its object does not end the story of the project
        ("安徽华瓴新材料科技有限公司投资45亿元建设年产8亿平方米锂电池隔膜项目。经开区为项目成立了工作专班。"
         "2023年4月，项目主厂房封顶，达产后年产值60亿元。", "年产8亿平方米锂电池隔膜项目", "annual_output", "60亿元"),
        # 自…以来 and 这个…的项目 go on about it
        ("长飞光电子（武汉）有限公司投资32亿元建设光电子产业园项目。自2023年8月开工以来，项目进展顺利。",
         "光电子产业园项目", "stages", "construction_start"),
        ("浙江吉利零部件制造有限公司投资建设吉利汽车零部件产业园项目。这个总投资45亿元的项目去年9月开工。",
         "吉利汽车零部件产业园项目", "investment", "45亿元"),
        # a facility at whose site the reporter stands
        ("在吉利汽车零部件产业园建设现场，数十台塔吊同时作业。该项目总投资45亿元，去年9月开工。",
         "吉利汽车零部件产业园", "investment", "45亿元"),
        ("邵阳宏翔年产30万吨再生铝项目，总投资22亿元，业主单位为湖南宏翔再生资源有限公司。",
         "邵阳宏翔年产30万吨再生铝项目", "investor", "湖南宏翔再生资源有限公司"),
        # an infographic's card and a form's output field
        ("项目名称｜晶泰光伏组件项目\n建设单位｜滁州晶泰光伏科技有限公司\n总投资｜58亿元", "晶泰光伏组件项目",
         "investment", "58亿元"),
        ("项目名称：晶泰光伏组件项目\n总投资：58亿元\n年产值：120亿元", "晶泰光伏组件项目", "annual_output", "120亿元"),
        ("项目名称｜晶泰光伏组件项目\n总投资｜58亿元\n年产值｜120亿元", "晶泰光伏组件项目", "annual_output", "120亿元"),
        ("南湖东部快速路工程预计总投资62亿元，已于2023年11月开工。", "南湖东部快速路工程", "investment", "62亿元"),
        ("答：县医院迁建项目总投资32亿元，计划年底竣工。", "县医院迁建项目", "investment", "32亿元"),
        ("【重大项目】宜兴湾高端装备产业园项目\n项目名称：宜兴湾高端装备产业园项目\n总投资：18.6亿元",
         "宜兴湾高端装备产业园项目", "investment", "18.6亿元"),
        ("全县以年产10万吨特种纸项目为龙头，该项目总投资15亿元。", "年产10万吨特种纸项目", "investment", "15亿元"),
        # a voltage or a line's number is no brand's figure
        ("泉湾220千伏输变电工程总投资4.5亿元，2023年12月投运。", "泉湾220千伏输变电工程", "investor", None),
        ("轨道交通4号线东延段工程总投资98亿元，计划2025年开工。", "轨道交通4号线东延段工程", "investor", None),
    ],
)  # fmt: skip
def test_round_v_x_stories_cards_and_labels(
    text: str, name: str, field: str, value: str | None
) -> None:
    found = extract(text, reference_date=date(2024, 6, 1)).projects
    project = next(p for p in found if p.name == name)
    got: object
    if field == "stages":
        got = project.progress[0].stage if project.progress else None
    elif field == "investor":
        got = project.investor
    else:
        money = getattr(project, field)
        got = money.text if money is not None else None
    assert got == value


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("1.泉湾数据中心项目。总投资28亿元，2023年6月开工。\n2.年产30万吨绿色食品加工项目。总投资12亿元，2023年11月竣工投产。",
         ["泉湾数据中心项目", "年产30万吨绿色食品加工项目"]),
        ("一、突出产业项目支撑。重点推进滨化集团年产30万吨环氧丙烷项目，该项目总投资48亿元，计划于2024年3月开工。",
         ["滨化集团年产30万吨环氧丙烷项目"]),
        ("确保邵阳宏翔年产30万吨再生铝项目7月底前开工、隆回县城东污水处理厂二期工程9月底前建成投运。",
         ["邵阳宏翔年产30万吨再生铝项目", "隆回县城东污水处理厂二期工程"]),
        ("项目名称：光伏组件项目\n总投资：58亿元\n\n项目名称：明光市玻璃纤维项目\n总投资：16.5亿元",
         ["光伏组件项目", "明光市玻璃纤维项目"]),
    ],
)  # fmt: skip
def test_round_v_x_items_apart(text: str, names: list[str]) -> None:
    found = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [p.name for p in found] == names
    if "明光市" in text:
        assert found[0].location is None  # the next record's place is not this one's
    if "再生铝" in text:
        assert [m.stage for m in found[0].progress] == ["construction_start"]


def test_counts_and_government_parties_and_a_plants_own_rating() -> None:
    text = "中科华芯芯片项目总投资80亿元，6月主体封顶，全市新开工项目数量居全省第一。"
    (project,) = extract(text, reference_date=date(2024, 7, 5)).projects
    assert [m.stage for m in project.progress] == ["topping_out"]
    text = "华锐光伏电池片项目投资42亿元，由金溪经开区管委会与华锐新能源集团有限公司签约。"
    (project,) = extract(text).projects
    assert project.investor == "华锐新能源集团有限公司"
    text = "某公司投资5亿元建设年产10万吨饲料及配套5MW光伏电站项目。"
    (project,) = extract(text).projects
    assert [(q.text, q.per) for q in project.capacities] == [("10万吨", "年"), ("5MW", None)]


def test_a_stage_told_first_is_the_projects_and_a_phases_later_one_is_the_phases() -> None:
    text = "5月8日，年产5万吨碳纤维项目开工。该项目二期计划2026年启动建设。"
    (project,) = extract(text, reference_date=date(2024, 5, 8)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "done", "5月8日")
    ]


def test_a_headlines_facility_phase_joins_the_whole_named_below() -> None:
    text = (
        "华智云庆阳智算中心一期投运\n\n5月20日，甘肃华智云计算科技有限公司投资建设的华智云庆阳智算中心项目一期"
        "正式投入运营。华智云庆阳智算中心项目总投资36亿元。"
    )
    (project,) = extract(text, reference_date=date(2024, 5, 20)).projects
    assert (project.name, project.investor) == (
        "华智云庆阳智算中心项目",
        "甘肃华智云计算科技有限公司",
    )


def test_a_listed_first_name_shares_its_sentences_verb_not_the_next_sentences() -> None:
    text = (
        "推动总投资150亿元的比亚迪动力电池二期、总投资60亿元的华能煤电项目开工建设；"
        "确保东风新能源商用车基地建成投产。"
    )
    found = {p.name: [m.stage for m in p.progress] for p in extract(text).projects}
    assert found["比亚迪动力电池二期"] == ["construction_start"]


@pytest.mark.parametrize(
    ("text", "name", "investor", "location", "stages"),
    [
        ("滨江快速路工程总投资30亿元，全长12公里，已于2023年12月全线贯通。", "滨江快速路工程", None, "滨江",
         ["completion"]),
        ("高速公路东阳至西平段改扩建工程总投资80亿元，计划6月开工建设。", "高速公路东阳至西平段改扩建工程", None, None,
         ["construction_start"]),
        ("东阳市以年产20万吨新型建材项目为龙头，该项目总投资12亿元。", "年产20万吨新型建材项目", None, "东阳市", []),
        ("……县医院迁建项目总投资32亿元。", "县医院迁建项目", None, None, []),
    ],
)  # fmt: skip
def test_round_u_v_rescore_roads_and_leads(
    text: str, name: str, investor: str | None, location: str | None, stages: list[str]
) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert (project.name, project.investor, project.location) == (name, investor, location)
    assert [m.stage for m in project.progress] == stages


@pytest.mark.parametrize(
    "text",
    [
        "项目名称：华光新材料项目\n签约单位：商水县产业集聚区管委会、河南华光新材料有限公司\n总投资：20亿元",
        "| 序号 | 项目名称 | 签约双方 | 总投资 |\n|---|---|---|---|\n"
        "| 1 | 华光新材料项目 | 商水县人民政府与河南华光新材料有限公司 | 20亿元 |",
    ],
)
def test_the_government_a_signing_field_lists_first_is_no_investor(text: str) -> None:
    (project,) = extract(text).projects
    assert project.investor == "河南华光新材料有限公司"


def test_a_government_alone_in_a_builders_field_is_the_investor() -> None:
    text = "项目名称：华光新材料项目\n建设单位：商水县人民政府\n总投资：20亿元"
    assert extract(text).projects[0].investor == "商水县人民政府"


def test_a_paragraph_that_opens_since_the_start_goes_on_about_the_project() -> None:
    text = (
        "长飞光电子（武汉）有限公司投资32亿元建设光电子产业园项目。\n\n"
        "自2023年8月开工以来，项目团队克服了工期紧等难题。"
    )
    (project,) = extract(text, reference_date=date(2024, 5, 1)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "done", "2023年8月")
    ]
    since_a_year = "长飞光电子（武汉）有限公司投资32亿元建设光电子产业园项目。\n\n自2023年以来，全县开工项目30个。"
    assert extract(since_a_year).projects[0].progress == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "确保宏达轴承项目建成投产。",
            [
                ("宏达轴承项目", "completion", "planned"),
                ("宏达轴承项目", "production_start", "planned"),
            ],
        ),
        ("推动华能煤电项目开工建设。", [("华能煤电项目", "construction_start", "planned")]),
        (
            "今年将推动华能煤电项目、宏达轴承项目开工建设。",
            [
                ("华能煤电项目", "construction_start", "planned"),
                ("宏达轴承项目", "construction_start", "planned"),
            ],
        ),
        (
            "推动总投资150亿元的比亚迪动力电池二期、总投资60亿元的华能煤电项目开工建设；"
            "确保东风新能源商用车基地、宏达轴承项目建成投产。",
            [
                ("比亚迪动力电池二期", "construction_start", "planned"),
                ("华能煤电项目", "construction_start", "planned"),
                ("东风新能源商用车基地", "completion", "planned"),
                ("东风新能源商用车基地", "production_start", "planned"),
                ("宏达轴承项目", "completion", "planned"),
                ("宏达轴承项目", "production_start", "planned"),
            ],
        ),
        (
            "华能煤电项目、宏达轴承项目已开工建设。",
            [
                ("华能煤电项目", "construction_start", "done"),
                ("宏达轴承项目", "construction_start", "done"),
            ],
        ),
        ("加快推动重点项目开工建设，确保产业项目早日投产。", []),
    ],
)
def test_names_a_plan_urges_on_and_what_leads_the_first_of_a_list(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    projects = extract(text, reference_date=date(2024, 1, 18)).projects
    assert [(p.name, m.stage, m.status) for p in projects for m in p.progress] == expected


def test_a_headline_that_describes_the_bodys_project_in_other_words_is_that_project() -> None:
    text = (
        "舍弗勒太仓增资2.3亿美元建设新能源汽车零部件工厂\n\n"
        "舍弗勒（太仓）精密零部件有限公司将追加投资2.3亿美元，在太仓高新区建设舍弗勒电驱动零部件项目。"
    )
    (project,) = extract(text).projects
    assert project.name == "舍弗勒电驱动零部件项目"
    assert [m.text for m in project.mentions] == ["新能源汽车零部件工厂", "舍弗勒电驱动零部件项目"]
    two = (
        "华光公司投资2亿元建设新材料产业园\n\n华光新材料项目总投资2亿元。宏达轴承项目总投资2亿元。"
    )
    assert [p.name for p in extract(two).projects] == [
        "新材料产业园",  # two of the body's projects have its amount: neither is named
        "华光新材料项目",
        "宏达轴承项目",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "华光锂电项目总投资20亿元，项目主体工程已基本建成。",
        "华光锂电项目总投资20亿元，目前已完成主体工程。",
        "华光锂电项目总投资20亿元，2023年5月开工，目前主体结构已完工。",
    ],
)
def test_the_shell_of_the_works_built_is_their_completion_under_way(text: str) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    completion = next(m for m in project.progress if m.stage == "completion")
    assert completion.status == "in_progress"


def test_a_yearly_design_capacity_is_per_year() -> None:
    (project,) = extract("华光锂电项目总投资20亿元，年设计产能10GWh。").projects
    assert [(q.text, q.per) for q in project.capacities] == [("10GWh", "年")]


def test_a_projects_staff_quoted_between_its_sentences_names_no_project() -> None:
    text = (
        "西平锂电池项目现场机器轰鸣。中建三局项目经理王强说，大家都在抢工期。"
        "该项目总投资40亿元，计划年底投产。"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 12)).projects
    assert project.name == "西平锂电池项目"
    assert project.investment is not None and project.investment.text == "40亿元"
    assert [(m.stage, m.status) for m in project.progress] == [("production_start", "planned")]
    partly = extract("宁德华光锂电项目部分生产线已投产。").projects
    assert [p.name for p in partly] == ["宁德华光锂电项目"]


def test_the_parts_a_projects_contents_list_are_no_projects() -> None:
    text = "西平锂电池项目总投资40亿元，主要建设内容包括涂布车间、化成车间等，下个月主厂房封顶。"
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status) for m in project.progress] == [("topping_out", "planned")]
    listed = "今年全市重大项目主要包括华光锂电项目、宏达轴承项目等，总投资60亿元。"
    assert [p.name for p in extract(listed).projects] == ["华光锂电项目", "宏达轴承项目"]


def test_a_handover_inspection_passed_is_completion() -> None:
    text = "钦州港东航道扩建工程总投资28亿元，5月6日顺利通过交工验收。"
    (project,) = extract(text, reference_date=date(2024, 5, 8)).projects
    assert [(m.stage, m.status, m.date and str(m.date.start_date)) for m in project.progress] == [
        ("completion", "done", "2024-05-06")
    ]


@pytest.mark.parametrize(
    ("text", "name", "investor"),
    [
        ("江苏华光有限公司今年启动了高端铜杆线项目，总投资6.8亿元。", "高端铜杆线项目", "江苏华光有限公司"),
        ("江苏氢芯动力科技有限公司同步签约了氢芯动力燃料电池电堆产业化项目。该项目总投资25亿元。",
         "氢芯动力燃料电池电堆产业化项目", "江苏氢芯动力科技有限公司"),
    ],
)  # fmt: skip
def test_a_company_that_starts_or_signs_its_project_invests_in_it(
    text: str, name: str, investor: str
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investor) == (name, investor)


@pytest.mark.parametrize(
    "text",
    ["钦州机场项目可研报告获批，总投资45亿元。", "钦州风光项目获国家发改委批复，总投资45亿元。"],
)
def test_a_project_approved_opens_its_sentence(text: str) -> None:
    (project,) = extract(text).projects
    assert project.investment is not None and project.investment.text == "45亿元"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("宁海电厂二期项目开工建设，总投资20亿元。", "宁海电厂二期项目"),
        ("北仑电厂三期扩建工程开工建设，总投资20亿元。", "北仑电厂三期扩建工程"),
        (
            "钦州港东航道扩建工程迎来新进展。该工程总投资28亿元，计划年底完工。",
            "钦州港东航道扩建工程",
        ),
    ],
)
def test_a_plants_phase_and_works_that_reach_a_milestone_are_named(text: str, name: str) -> None:
    (project,) = extract(text).projects
    assert project.name == name and project.investment is not None


@pytest.mark.parametrize(
    "period",
    ["计划工期：计划2024年8月开工，2025年12月竣工投产。", "计划工期：2024年8月至2025年12月"],
)
def test_a_forms_planned_works_period_dates_its_start_and_completion(period: str) -> None:
    text = f"项目名称：江城再生铝项目\n投资估算：约9.8亿元\n{period}"
    (project,) = extract(text, reference_date=date(2024, 6, 5)).projects
    dated = {m.stage: str(m.date.start_date) for m in project.progress if m.date is not None}
    assert dated["construction_start"] == "2024-08-01"
    assert dated["completion"] == "2025-12-01"


def test_a_paragraph_on_the_phase_just_named_goes_on_about_its_project() -> None:
    text = (
        "镇海炼化扩建项目二期工程2月26日开工建设，总投资约348亿元。\n\n"
        "据介绍，二期工程主要建设1100万吨/年常减压蒸馏等16套主要生产装置及配套公用工程，"
        "计划于2026年底建成投产。"
    )
    (project,) = extract(text, reference_date=date(2024, 5, 8)).projects
    assert project.name == "镇海炼化扩建项目二期工程"
    assert [q.text for q in project.capacities] == ["1100万吨/年"]
    assert ("production_start", "planned") in [(m.stage, m.status) for m in project.progress]


def test_the_latter_names_no_project() -> None:
    text = "两个工程同时传来喜讯：前者通过交工验收，后者码头主体工程完工。"
    assert extract(text).projects == []


def test_the_amount_a_company_invests_before_a_comma_is_its_projects_whatever_follows() -> None:
    text = "江苏华光电池有限公司投资20亿元，建设动力电池项目，项目建成后可实现年产值50亿元。"
    (project,) = extract(text).projects
    assert project.investment is not None and project.investment.text == "20亿元"
    assert project.annual_output is not None and project.annual_output.text == "50亿元"


@pytest.mark.parametrize("stop", ["。", "，", "；"])
def test_form_fields_on_one_line_after_any_stop(stop: str) -> None:
    text = stop.join(
        ["项目名称：电子化学品一体化项目", "建设单位：连云港华昌电子材料有限公司", "总投资：18.6亿元",
         "计划开工时间：2024年8月"]
    ) + "。"  # fmt: skip
    (project,) = extract(text, reference_date=date(2024, 5, 30)).projects
    assert (project.name, project.investor) == (
        "电子化学品一体化项目",
        "连云港华昌电子材料有限公司",
    )
    assert project.investment is not None and project.investment.text == "18.6亿元"
    assert [(m.stage, m.status) for m in project.progress] == [("construction_start", "planned")]


def test_members_of_a_list_each_with_its_figures_in_brackets() -> None:
    text = (
        "此次签约的项目包括凯盛新材料项目（总投资10亿元）、顺丰物流园项目（总投资5亿元）、"
        "恒力纺织项目（总投资8亿元）等3个项目。"
    )
    projects = extract(text).projects
    assert [(p.name, p.investment and p.investment.text) for p in projects] == [
        ("凯盛新材料项目", "10亿元"),
        ("顺丰物流园项目", "5亿元"),
        ("恒力纺织项目", "8亿元"),
    ]
    assert all([m.stage for m in p.progress] == ["signing"] for p in projects)


@pytest.mark.parametrize(
    ("signed", "started"), [("签约一批", "开工一批"), ("一、签约项目", "二、开工项目")]
)
def test_the_sections_of_a_gathering_of_events_date_their_items_by_its_day(
    signed: str, started: str
) -> None:
    text = (
        "6月27日，荆门市“四个一批”集中活动举行。\n\n"
        f"{signed}\n1.湖北楚源新材料有限公司年产5万吨高纯磷酸铁项目，总投资18亿元。\n"
        f"{started}\n1.荆门瑞源包装材料有限公司锂电隔膜项目，总投资12亿元。\n"
    )
    projects = extract(text, reference_date=date(2024, 6, 28)).projects
    assert [
        [(m.stage, m.status, m.date and str(m.date.start_date)) for m in p.progress]
        for p in projects
    ] == [
        [("signing", "done", "2024-06-27")],
        [("construction_start", "done", "2024-06-27")],
    ]


def test_the_park_a_company_signs_with_at_a_ceremony_is_where_its_project_is() -> None:
    text = "3月21日，江苏华光电池有限公司与滨江开发区举行签约仪式，投资20亿元建设动力电池项目。"
    (project,) = extract(text, reference_date=date(2024, 5, 30)).projects
    assert (project.investor, project.location) == ("江苏华光电池有限公司", "滨江开发区")


def test_a_project_with_only_planned_stages_was_signed_at_its_paragraphs_ceremony() -> None:
    text = (
        "3月21日，江苏华光电池有限公司与滨江开发区管委会举行签约仪式。根据协议，该公司将投资20亿元"
        "建设动力电池项目，预计2025年6月投产。\n同日，南京华光电机有限公司驱动电机项目也举行了开工仪式。"
    )
    first = extract(text, reference_date=date(2024, 5, 30)).projects[0]
    assert [(m.stage, m.status, m.date and str(m.date.start_date)) for m in first.progress] == [
        ("production_start", "planned", "2025-06-01"),
        ("signing", "done", "2024-03-21"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("华为数字能源项目总投资10亿元。", "华为数字能源项目"),
        ("签约项目包括华为数字能源项目。", "华为数字能源项目"),
    ],
)
def test_a_brand_that_ends_in_wei_keeps_it(text: str, name: str) -> None:
    assert [p.name for p in extract(text).projects] == [name]


def test_a_stage_a_project_is_in_and_one_it_is_ready_for() -> None:
    text = "华光制药项目总投资10亿元，目前处于试生产阶段。"
    (project,) = extract(text, reference_date=date(2024, 5, 30)).projects
    assert [(m.stage, m.status) for m in project.progress] == [("trial_production", "in_progress")]
    ready = "华光制药项目近日通过药品GMP符合性检查，具备正式投产条件，预计6月中旬全面投产。"
    (project,) = extract(ready, reference_date=date(2024, 5, 30)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("production_start", "planned", "6月中旬")
    ]


def test_an_industrial_city_is_a_place() -> None:
    (project,) = extract("华光纺织项目在阿克苏纺织工业城正式投产。").projects
    assert project.location == "阿克苏纺织工业城"


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("同日，日本电产株式会社旗下尼得科电机（南京）有限公司驱动电机项目举行开工仪式。",
         "尼得科电机（南京）有限公司"),
        ("华为技术有限公司东莞数据中心项目总投资10亿元。", "华为技术有限公司"),
    ],
)  # fmt: skip
def test_the_company_before_a_name_is_the_subsidiary_not_its_parent(
    text: str, investor: str
) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


def test_a_companys_history_is_an_aside_between_its_projects_sentences() -> None:
    text = (
        "江苏华光电池有限公司投资20亿元建设动力电池项目。\n"
        "据介绍，江苏华光电池有限公司成立于2014年，是国内领先的电池企业。该项目计划今年三季度开工。"
    )
    (project,) = extract(text, reference_date=date(2024, 5, 30)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "planned", "今年三季度")
    ]


def test_the_phases_figures_are_not_the_whole_that_the_name_states() -> None:
    text = (
        "华光光伏年产16GW电池项目开工。该项目总投资56亿元，分两期实施：一期投资30亿元，建设8GW电池；"
        "二期投资26亿元，建设8GW电池。"
    )
    (project,) = extract(text).projects
    assert [q.text for q in project.capacities] == ["16GW"]
    assert [[q.text for q in phase.capacities] for phase in project.phases] == [["8GW"], ["8GW"]]


@pytest.mark.parametrize(
    ("text", "name", "investment", "location"),
    [
        ("总投资56亿元！年产16GW电池及组件项目在宿迁开工\n2月26日，江苏华光光伏科技有限公司"
         "年产16GW高效电池及10GW组件项目在宿迁经济技术开发区开工。",
         "年产16GW高效电池及10GW组件项目", "56亿元", "宿迁经济技术开发区"),
        ("探访三山经开区华瓴新材料产业园\n\n安徽华瓴新材料科技有限公司投资45亿元建设年产8亿平方米锂电池隔膜项目。",
         "年产8亿平方米锂电池隔膜项目", "45亿元", "三山经开区"),
    ],
)  # fmt: skip
def test_a_headline_names_the_bodys_only_project_in_other_words(
    text: str, name: str, investment: str, location: str
) -> None:
    (project,) = extract(text, reference_date=date(2024, 3, 1)).projects
    assert (project.name, project.investment and project.investment.text, project.location) == (
        name,
        investment,
        location,
    )


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("比亚迪新能源汽车零部件项目总投资20亿元。", "比亚迪"),
        ("越达铜业新能源汽车线缆项目总投资5亿元。", "越达铜业"),
        ("宁德时代新能源科技项目总投资20亿元。", "宁德时代新能源"),
    ],
)
def test_a_brands_ending_that_begins_the_products_compound_is_the_products(
    text: str, investor: str
) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


def test_one_projects_planned_stage_is_no_event_of_the_others() -> None:
    text = (
        "华东钢铁公司钢材项目总投资10亿元，3月开工。华南公司板材项目总投资5亿元，预计年底竣工投产。"
    )
    first = extract(text, reference_date=date(2024, 6, 1)).projects[0]
    assert [m.stage for m in first.progress] == ["construction_start"]


def test_a_project_started_before_the_signing_event_was_not_signed_there() -> None:
    text = (
        "5月6日，总投资20亿元的华光芯片项目开工。5月10日，开发区举行集中签约仪式，"
        "共签约项目9个，其中包括宏达材料项目。"
    )
    projects = extract(text, reference_date=date(2024, 5, 12)).projects
    assert [(p.name, [m.stage for m in p.progress]) for p in projects] == [
        ("华光芯片项目", ["construction_start"]),
        ("宏达材料项目", ["signing"]),
    ]


@pytest.mark.parametrize(
    ("text", "name", "stage"),
    [
        ("5月8日　博纳物流中心项目主体结构封顶，项目总投资4.3亿元。", "博纳物流中心项目", "topping_out"),
        ("德瓷陶瓷生产线项目负责人介绍，该项目总投资2.6亿元，已于4月投产。", "德瓷陶瓷生产线项目",
         "production_start"),
    ],
)  # fmt: skip
def test_a_roundups_dated_line_and_a_projects_own_manager(text: str, name: str, stage: str) -> None:
    (project,) = extract(text, reference_date=date(2024, 5, 12)).projects
    assert (project.name, [m.stage for m in project.progress]) == (name, [stage])
    assert project.investment is not None


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("华泰化工有限公司的年产5万吨涂料项目总投资3亿元。", "华泰化工有限公司"),
        ("还有恒泰纺织有限公司的差别化纤维项目，总投资2亿元。", "恒泰纺织有限公司"),
        ("县里最大的年产5万吨涂料项目总投资3亿元。", None),
    ],
)
def test_the_company_whose_project_the_name_is_said_to_be(text: str, investor: str | None) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


def test_a_later_mention_without_the_names_figure_is_the_same_project() -> None:
    text = (
        "总投资15亿元的江西瑞峰年产5GWh储能电池项目正式开工。\n图为江西瑞峰储能电池项目开工现场。"
    )
    assert [p.name for p in extract(text).projects] == ["江西瑞峰年产5GWh储能电池项目"]
    two = "华光年产10万吨钢材项目和华光年产20万吨钢材项目开工。"
    assert len(extract(two).projects) == 2


def test_a_town_that_signs_with_a_company_is_no_part_of_the_investor() -> None:
    text = "4月25日，石塘镇与海晟食品有限公司举行签约仪式，海晟食品深加工项目总投资3亿元。"
    (project,) = extract(text, reference_date=date(2024, 5, 1)).projects
    assert (project.investor, project.location) == ("海晟食品有限公司", "石塘镇")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("华光化工有限公司将投资1亿美元（约合人民币7.2亿元）建设芯片封装基地。", "1亿美元"),
        ("华光化工有限公司将投资10亿元（其中一期4亿元）建设芯片封装基地。", "10亿元"),
    ],
)
def test_a_note_in_brackets_after_the_amount_still_builds_the_facility(
    text: str, amount: str
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investor) == ("芯片封装基地", "华光化工有限公司")
    assert project.investment is not None and project.investment.text == amount


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("其中包括瑞丰电子级氢氟酸项目（总投资8亿元）和华邦精密轴承项目（总投资5亿元）。",
         [("瑞丰电子级氢氟酸项目", "8亿元"), ("华邦精密轴承项目", "5亿元")]),
        ("上饶海优威应用薄膜有限公司年产2亿平方米光伏胶膜项目(经开区)、赣州爱康光电科技有限公司"
         "年产6GW高效异质结太阳能电池项目。",
         [("年产2亿平方米光伏胶膜项目", None), ("年产6GW高效异质结太阳能电池项目", None)]),
    ],
)  # fmt: skip
def test_a_bracket_after_a_name_then_a_joiner_parts_two_names(
    text: str, names: list[tuple[str, str | None]]
) -> None:
    projects = extract(text).projects
    assert [(p.name, p.investment and p.investment.text) for p in projects] == names


def test_groundbreaking_commercial_production_and_a_qualified_output_label() -> None:
    (plant,) = extract(
        "华光公司今日举行高雄新厂动土典礼，总投资180亿元。", reference_date=date(2024, 5, 20)
    ).projects
    assert (plant.name, [(m.stage, m.status) for m in plant.progress]) == (
        "高雄新厂",
        [("construction_start", "done")],
    )
    (later,) = extract("华光电子材料项目总投资5亿元，预计2026年投入商业化生产。").projects
    assert [(m.stage, m.status) for m in later.progress] == [("production_start", "planned")]
    (form,) = extract(
        "项目名称：海洋食品加工项目\n总投资：5.5亿元\n达产后预计年产值：8亿元"
    ).projects
    assert form.annual_output is not None and form.annual_output.text == "8亿元"
    (grade,) = extract("瑞丰新材料电子级氢氟酸项目总投资8亿元。").projects
    assert grade.investor == "瑞丰新材料"


def test_a_posts_short_lines_under_a_name_are_its_own() -> None:
    text = (
        "📍箬山村民宿集群项目\n总投资1.2亿元\n已于3月底正式开工\n\n"
        "📍海洋食品加工项目\n总投资5.5亿元\n预计明年投产"
    )
    projects = extract(text, reference_date=date(2024, 5, 1)).projects
    assert [(p.name, [(m.stage, m.status) for m in p.progress]) for p in projects] == [
        ("箬山村民宿集群项目", [("construction_start", "done")]),
        ("海洋食品加工项目", [("production_start", "planned")]),
    ]


def test_a_digests_place_tag_places_the_items_under_it() -> None:
    text = (
        "【临川】\n总投资15亿元的瑞峰储能电池项目正式开工。\n\n"
        "【南城】\n总投资8亿元的华拓智能终端项目计划7月开工。"
    )
    assert [p.location for p in extract(text).projects] == ["临川", "南城"]


def test_phases_figures_and_the_wholes_again() -> None:
    text = (
        "华光纺织有限公司年产50万锭色纺纱项目正式投产。该项目分两期建设，一期20万锭已于2023年10月建成投产，"
        "此次投产的为二期30万锭，全部达产后年产色纺纱8万吨。"
    )
    (project,) = extract(text).projects
    assert [q.text for q in project.capacities] == ["50万锭", "8万吨"]
    assert [(ph.name, [q.text for q in ph.capacities][:1]) for ph in project.phases] == [
        ("一期", ["20万锭"]),
        ("二期", ["30万锭"]),
    ]


def test_a_gathering_in_the_headline_and_dated_in_the_lead() -> None:
    text = (
        "掇刀区重大项目“四个一批”活动举行\n\n6月27日，掇刀区“四个一批”集中活动举行。\n\n"
        "签约一批\n1.湖北楚源新材料有限公司年产5万吨高纯磷酸铁项目，总投资18亿元。\n"
    )
    (project,) = extract(text, reference_date=date(2024, 6, 28)).projects
    assert [(m.stage, str(m.date.start_date) if m.date else None) for m in project.progress] == [
        ("signing", "2024-06-27")
    ]


@pytest.mark.parametrize("news", ["传来好消息", "取得新突破"])
def test_works_with_good_news_are_the_subject_of_what_follows(news: str) -> None:
    (project,) = extract(f"钦州港东航道扩建工程{news}。该工程总投资28亿元。").projects
    assert project.name == "钦州港东航道扩建工程" and project.investment is not None


def test_a_phase_named_twice_keeps_what_each_mention_states() -> None:
    text = (
        "5月20日，华光云计算公司投资建设的华光智算中心项目一期正式投入运营。\n"
        "据了解，华光智算中心项目总投资36亿元，项目一期投资11亿元。二期计划今年8月开工。"
    )
    (project,) = extract(text, reference_date=date(2024, 5, 20)).projects
    first = project.phases[0]
    assert first.name == "一期" and first.investment is not None
    assert [(m.stage, m.status, m.date and m.date.text) for m in first.progress] == [
        ("operation", "done", "5月20日")
    ]


def test_each_product_of_an_output_list_parted_by_commas_is_a_capacity() -> None:
    (project,) = extract(
        "康华制药产业园项目总投资20亿元，建成后年产胶囊15亿粒，注射剂3亿支，片剂20亿片，"
        "单件重量约45克，建设生产线3条。"
    ).projects
    assert [(q.text, q.per) for q in project.capacities] == [
        ("15亿粒", "年"),
        ("3亿支", "年"),
        ("20亿片", "年"),
    ]


def test_a_headlines_two_clauses_a_space_apart_each_tell_their_own_project() -> None:
    text = (
        "华能风光制氢一体化项目开工 沙洲储能电站并网\n"
        "本报讯 5月20日，华能风光制氢一体化项目开工，总投资30亿元。"
        "同日，沙洲储能电站全容量并网，总投资8亿元。"
    )
    found = extract(text, reference_date=date(2024, 5, 20)).projects
    assert [(p.name, str(p.investment.value) if p.investment else None) for p in found] == [
        ("华能风光制氢一体化项目", "3000000000"),
        ("沙洲储能电站", "800000000"),
    ]
    assert [
        [(m.stage, m.status, str(m.date.start_date) if m.date else None) for m in p.progress]
        for p in found
    ] == [
        [("construction_start", "done", "2024-05-20")],
        [("operation", "done", "2024-05-20")],
    ]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "某企业拟在邹城建新材料产业园\n三家公司合力在我市投资58.5亿元建设生物质新材料产业园项目。",
            "邹城",
        ),
        ("仪征市签约项目12个。其中，华锐公司在我市投资8亿元建设新材料项目。", "仪征市"),
        # the government a company signs with, named by its level alone
        ("永修县举行签约仪式。其中，华锐公司与县政府签约的新材料项目总投资15亿元。", "永修县"),
        # no place named at the start: the release's own word stays
        ("华锐公司将在我县投资8亿元建设新材料项目。", "我县"),
    ],
)
def test_my_city_is_the_place_the_articles_start_names(text: str, location: str) -> None:
    (project,) = extract(text).projects
    assert project.location == location


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("华锐公司联合康华公司投资8亿元建设新材料项目。", "华锐公司联合康华公司"),
        ("华锐公司携手康华公司投资8亿元建设新材料项目。", "华锐公司携手康华公司"),
        ("华锐合力在邹城投资58.5亿元建设生物质新材料产业园项目。", "华锐"),
        ("三家公司合力在邹城投资58.5亿元建设生物质新材料产业园项目。", None),
    ],
)
def test_companies_that_invest_together_and_counted_ones(text: str, investor: str | None) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        ("华锐新材料项目一期工程已率先启动，总投资33亿元。", [("construction_start", "done")]),
        (
            "公司决定先期启动华锐新材料项目一期工程，总投资33亿元。",
            [("construction_start", "unknown")],
        ),
        # a start-up zone, a kick-off meeting, the phase's scope: no start of works
        ("华锐新材料项目总投资33亿元，启动区占地500亩。", []),
        ("华锐新材料项目总投资33亿元，近日召开项目启动会。", []),
        ("华锐新材料项目总投资33亿元，其中首期启动年产10万吨生产线。", []),
    ],
)
def test_a_project_launched_is_started(text: str, stages: list[tuple[str, str]]) -> None:
    (project,) = extract(text, reference_date=date(2024, 6, 1)).projects
    assert [(m.stage, m.status) for m in project.progress] == stages


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a company builds a facility somewhere and the next clause states its amount
        ("中钢碳素规划于屏东屏南工业区兴建研发大楼及先进碳材料厂，总投资额逾 16 亿元。",
         ("研发大楼及先进碳材料厂", "中钢碳素", "屏东屏南工业区", "逾 16 亿元")),
        ("比亚迪宣布在匈牙利塞格德建设新能源汽车工厂，总投资约80亿元。",
         ("新能源汽车工厂", "比亚迪", None, "约80亿元")),
        # the amount put in, then where the facility is set up (建置)
        ("立钻工业规划投入逾5亿元于新竹厂区建置高纯度碳化硅材料产线。",
         ("高纯度碳化硅材料产线", "立钻工业", "新竹厂区", "逾5亿元")),
    ],
)  # fmt: skip
def test_a_facility_a_company_builds_somewhere_is_a_project(
    text: str, row: tuple[str, str | None, str | None, str]
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investor, project.location, project.investment.text) == row


def test_a_facility_built_inside_a_named_project_is_no_project_of_its_own() -> None:
    text = "华宇农业项目在园区建设500亩种植基地，总投资2亿元。"
    assert [p.name for p in extract(text).projects] == ["华宇农业项目"]


def test_what_an_agreement_is_signed_for_is_a_project_without_the_word() -> None:
    text = (
        "宿迁市经开区宣布，已与阿特斯阳光电力有限公司签订10GW光伏组件及10GW光伏电池投资协议，"
        "总投资102亿元。\n天合光能同日发布公告，称公司已与大丰港经开区管委会签订投资协议书，"
        "将在大丰港新建光伏组件项目，总投资不超过25亿元。双方还签署战略合作协议。"
    )
    rows = [(p.name, p.investor, p.location, p.investment and p.investment.text)
            for p in extract(text).projects]  # fmt: skip
    assert rows == [
        ("10GW光伏组件及10GW光伏电池", "阿特斯阳光电力有限公司", "宿迁市经开区", "102亿元"),
        # a short name of another investor and amount is no abbreviation of the first
        ("光伏组件项目", "天合光能", "大丰港", "不超过25亿元"),
    ]


def test_the_other_party_alone_after_a_comma_signs() -> None:
    (project,) = extract(
        "公司公告称，已与宜宾市政府签订年产20GWh储能电池项目投资协议，总投资120亿元。"
    ).projects
    assert (project.investor, project.location) == (None, "宜宾市")


@pytest.mark.parametrize(
    ("text", "investment", "output"),
    [
        # an amount alone that describes the name is its size
        ("此外，宏达鞋业与青石镇签定的5000万元的铝型材项目落地。", "5000万元", None),
        # an output before 的 stays an output
        ("年产值10亿元的华宇铝型材项目开工。", None, "10亿元"),
    ],
)  # fmt: skip
def test_an_amount_alone_before_the_name_is_its_investment(
    text: str, investment: str | None, output: str | None
) -> None:
    (project,) = extract(text).projects
    assert (project.investment and project.investment.text,
            project.annual_output and project.annual_output.text) == (investment, output)  # fmt: skip


def test_a_plant_area_is_a_facility() -> None:
    (project,) = extract("同一天，亿纬动力荆门厂区建成投产，总投资166亿元。").projects
    assert (project.name, project.investor) == ("亿纬动力荆门厂区", "亿纬动力")


def test_a_visit_named_after_the_project_is_neither_its_name_nor_its_site() -> None:
    text = (
        "小分队在义乌与红糖厂负责人鲍小宝就青石蔗糖厂项目作了深入商谈；在杭州市，与宏鑫公司初步接触。\n"
        "青石蔗糖厂项目：投资方为小宝红糖厂，投资2000万元在青石镇瑞港兴建一座蔗糖加工厂。"
    )
    (project,) = extract(text).projects
    assert (project.name, project.location) == ("青石蔗糖厂项目", "青石镇瑞港")


def test_a_sentence_that_opens_with_the_facility_and_its_planned_land_goes_on_about_it() -> None:
    text = (
        "3月8日，总投资达80亿元的华锐储能超级工厂正式开建。"
        "超级工厂规划占地800亩，预计明年二季度一期建成，到明年底全部建成投产。"
    )
    (project,) = extract(text, reference_date=date(2024, 3, 8)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "done", "3月8日"),
        ("completion", "planned", "明年二季度"),
        ("production_start", "planned", "明年底"),
    ]


def test_a_place_heading_on_its_own_line_is_no_part_of_the_name_below() -> None:
    text = "观摩现场。\n▌河东区\n临沂经开区储能电池产业园项目，计划总投资超30亿元。"
    (project,) = extract(text).projects
    assert (project.name, project.investor, project.location) == (
        "临沂经开区储能电池产业园项目",
        None,
        "临沂经开区",
    )


@pytest.mark.parametrize(
    ("text", "investor", "location"),
    [
        # a note in brackets after the company's name (以下简称, 下称, its Latin name)
        ("华耀化工有限公司（以下简称“公司”）与江门市政府签订投资协议，投资建设年产5万吨树脂项目。",
         "华耀化工有限公司", "江门市"),
        ("华耀化工有限公司（下称“华耀”）与江门市政府签订投资协议，投资建设年产5万吨树脂项目。",
         "华耀化工有限公司", "江门市"),
        ("罗森制药集团（Rosen）宣布扩建苏州基地。\n\n本次扩建包含：一是无菌注射剂扩建项目，投资1亿元。",
         "罗森制药集团", None),
    ],
)  # fmt: skip
def test_a_note_after_a_companys_name_keeps_it_the_investor(
    text: str, investor: str, location: str | None
) -> None:
    (project,) = extract(text).projects
    assert (project.investor, project.location) == (investor, location)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the first's amount introduces it, the second's its own: one predicate for both
        ("总投资12.6亿元的综合能源站项目和投资7800万元的人才公寓二期项目同步动工。",
         [("综合能源站项目", "construction_start"), ("人才公寓二期项目", "construction_start")]),
        # 和 after a name joins the next, though 和龙 is a city
        ("南康区人民医院项目和龙回镇光伏发电项目同日开工。",
         [("南康区人民医院项目", "construction_start"), ("龙回镇光伏发电项目", "construction_start")]),
    ],
)  # fmt: skip
def test_two_names_one_predicate_each_read_it(text: str, rows: list[tuple[str, str]]) -> None:
    assert [(p.name, m.stage) for p in extract(text).projects for m in p.progress] == rows


def test_a_company_short_name_and_project_is_that_companys_project() -> None:
    text = "湖北楚星新能源科技有限公司年产4万吨正极材料项目总投资26亿元。力争楚星新能源项目一期年内投产。"
    (project,) = extract(text, reference_date=date(2026, 4, 10)).projects
    assert project.name == "年产4万吨正极材料项目"
    assert [(m.stage, m.status) for m in project.progress] == [("production_start", "planned")]


def test_a_mastheads_line_over_the_headline_is_no_headline() -> None:
    text = (
        "滨海日报 2026年4月21日 第A01版：要闻\n上一期  下一期  ◀ 版面导航\n\n零碳产业园项目开工\n\n"
        "总投资65亿元的滨海经开区零碳智造产业园项目昨日开工。"
    )
    assert [p.name for p in extract(text).projects] == ["滨海经开区零碳智造产业园项目"]


def test_a_trial_start_of_production_is_trial_production() -> None:
    (project,) = extract(
        "华峰覆铜板项目已于3月27日试投产。", reference_date=date(2026, 4, 10)
    ).projects
    assert [(m.stage, m.status) for m in project.progress] == [("trial_production", "done")]


@pytest.mark.parametrize(
    ("text", "investor", "location"),
    [
        # the release's own district signs with a firm: the firm invests there
        ("永修县举行签约仪式。我县与深圳市汇德智能家居有限公司签订年产50万套智能家居项目合同。",
         "深圳市汇德智能家居有限公司", "永修县"),
        # a firm that signs for the project invests in it, whatever Latin word opens the name
        ("会上，华光照明股份有限公司签订LED照明模组生产项目投资协议，总投资3亿元。",
         "华光照明股份有限公司", None),
        # a port's name before 年产 is a place, not a short name
        ("大丰港年产200万吨废钢循环利用项目投资12.5亿元。", None, "大丰"),
    ],
)  # fmt: skip
def test_who_signs_or_names_a_project_invests_in_it(
    text: str, investor: str | None, location: str | None
) -> None:
    (project,) = extract(text).projects
    assert (project.investor, project.location) == (investor, location)


@pytest.mark.parametrize(
    ("text", "location", "investment"),
    [
        ("东坑工业园内的年产30万张定制板材项目本周正式投产。", "东坑工业园", None),  # the park it is in
        ("该园区的年产30万张定制板材项目本周正式投产。", None, None),  # a park named before
        ("华光公司投资3亿元，于珠海高新区设立珠海封装材料项目。", "珠海高新区", "3亿元"),
    ],
)  # fmt: skip
def test_where_a_project_is_set_up_or_stands(
    text: str, location: str | None, investment: str | None
) -> None:
    (project,) = extract(text).projects
    assert (project.location, project.investment and project.investment.text) == (
        location,
        investment,
    )


def test_works_that_complete_a_part_are_named_by_it() -> None:
    (project,) = extract("滨江快速路工程完成路基施工，总投资12.3亿元。").projects
    assert (project.name, project.investment and project.investment.text) == (
        "滨江快速路工程",
        "12.3亿元",
    )


def test_a_section_heading_gives_its_event_to_the_prose_below_it() -> None:
    text = (
        "一、签约项目\n福建晟达物流集团有限公司投资12亿元建设冷链物流园项目。\n"
        "二、开工项目\n总投资5亿元的华锐电池项目，计划年底投产。"
    )
    stages = [[(m.stage, m.implicit) for m in p.progress] for p in extract(text).projects]
    assert stages == [
        [("signing", True)],
        [("production_start", False), ("construction_start", True)],
    ]


def test_a_sentence_about_the_project_after_any_short_lead_in_goes_on_about_it() -> None:
    text = "江苏华峰化工有限公司投资5亿元建设年产1万吨树脂项目。回顾建设历程，项目于2023年4月开工。"
    (project,) = extract(text, reference_date=date(2025, 12, 17)).projects
    assert [(m.stage, m.status, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "done", "2023年4月")
    ]


def test_the_filing_of_a_project_is_no_project() -> None:
    text = "华峰公司投资5亿元建设年产1万吨树脂项目。本项目的实施尚需办理项目备案、环评等手续。"
    assert [p.name for p in extract(text).projects] == ["年产1万吨树脂项目"]


@pytest.mark.parametrize(
    ("text", "name", "location"),
    [
        # 建成 before a name is what was done to it, no part of it
        ("集团此前已在当地建成年产60万吨煤制甲醇项目。", "年产60万吨煤制甲醇项目", None),
        # 之 of a filing's written style, before the figure that opens the name
        ("本集團位於珠海之年產3萬噸樹脂擴建工程已竣工。", "年產3萬噸樹脂擴建工程", "珠海"),
        ("之江实验室年产3万吨项目开工。", "之江实验室年产3万吨项目", None),
    ],
)  # fmt: skip
def test_what_stands_before_a_name_and_is_no_part_of_it(
    text: str, name: str, location: str | None
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.location) == (name, location)


def test_phases_listed_one_a_line_under_the_project_are_its_phases() -> None:
    text = (
        "华锂公司投资30亿元建设年产15万吨锂电材料项目，分两期建设：\n"
        "1. 一期计划明年3月投产；\n2. 二期计划2027年开工。"
    )
    (project,) = extract(text, reference_date=date(2025, 12, 17)).projects
    assert [(p.name, [m.stage for m in p.progress]) for p in project.phases] == [
        ("一期", ["production_start"]),
        ("二期", ["construction_start"]),
    ]


def test_a_companys_short_name_and_project_later_is_its_project() -> None:
    text = (
        "华晟新能源有限公司和明远光电有限公司分别投资3亿元、2亿元，建设年产1GW电池项目和年产2GW组件项目。"
        "其中，华晟项目已于去年11月签约；明远项目计划今年4月开工。"
    )
    rows = [(p.name, p.investor, [(m.stage, m.status) for m in p.progress])
            for p in extract(text, reference_date=date(2026, 3, 15)).projects]  # fmt: skip
    assert rows == [
        ("年产1GW电池项目", "华晟新能源有限公司", [("signing", "done")]),
        ("年产2GW组件项目", "明远光电有限公司", [("construction_start", "planned")]),
    ]


def test_a_plan_lists_sections_name_planned_events() -> None:
    text = (
        "关于下达2026年第一批省重点建设项目名单的通知\n"
        "序号\t项目名称\t建设地点\t总投资（万元）\n一、新开工项目\n"
        "1\t高端铝箔项目\t巩义市\t356000\n2\t智能电力装备项目\t许昌市\t95000\n"
    )
    statuses = [[(m.stage, m.status) for m in p.progress] for p in extract(text).projects]
    assert statuses == [[("construction_start", "planned")]] * 2


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("三井化学（中国）有限公司与江苏虹港石化有限公司合资的年产5万吨聚碳酸酯项目，总投资7500万美元。",
         "三井化学（中国）有限公司与江苏虹港石化有限公司"),
        ("日本三井化学与江苏虹港石化合资的年产5万吨聚碳酸酯项目，总投资7500万美元。",
         "日本三井化学与江苏虹港石化"),
    ],
)  # fmt: skip
def test_companies_in_a_joint_venture_invest_together(text: str, investor: str) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


def test_a_phase_project_does_not_take_another_phases_milestones() -> None:
    text = "卫星化学股份有限公司年产30万吨α-烯烃项目二期，投资26亿元，该项目一期已于2024年10月建成投产。"
    (project,) = extract(text).projects
    assert (project.name, project.progress) == ("年产30万吨α-烯烃项目二期", [])


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # works said to start with a word between, or in a place, or called a key project
        ("总投资9.6亿元的城北水厂扩建工程在湖田镇正式开工建设。", ("城北水厂扩建工程", "9.6亿元", None)),
        ("城北水厂扩建工程同步开工，投资约1.8亿元。", ("城北水厂扩建工程", "约1.8亿元", None)),
        ("沂源至临淄高速公路是省重点工程，项目总投资168.5亿元。", ("沂源至临淄高速公路", "168.5亿元", None)),
        # a works' cost is its investment
        ("青山湖隧道工程今日开工，工程造价约48亿元。", ("青山湖隧道工程", "约48亿元", None)),
        # a contractor that builds by EPC is no investor
        ("仙石污水处理厂三期扩建项目投资2.36亿元，由中国市政工程华北设计研究总院有限公司以EPC模式承建。",
         ("仙石污水处理厂三期扩建项目", "2.36亿元", None)),
    ],
)  # fmt: skip
def test_public_works_as_progress_reports_name_them(
    text: str, row: tuple[str, str, str | None]
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investment and project.investment.text, project.investor) == row


def test_a_slogan_about_projects_is_no_project() -> None:
    assert extract("今年以来，晋江市坚持以项目论英雄，全力推进重点项目建设。").projects == []


def test_a_qa_answer_goes_on_about_the_project() -> None:
    text = "宜都长江公路大桥项目总投资46.8亿元。\n答：项目于2023年8月正式开工。"
    (project,) = extract(text).projects
    assert [(m.stage, m.date and m.date.text) for m in project.progress] == [
        ("construction_start", "2023年8月")
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # 扩建 after where it is built ends what stands before the name
        ("长联石化在高雄市扩建电子级化学品项目，总投资55亿元。",
         ("电子级化学品项目", "长联石化", "高雄市", "55亿元")),
        # 投资金额 right after a facility is its amount
        ("鼎信光电在台南兴建第二座研发中心，投资金额12亿元。",
         ("第二座研发中心", "鼎信光电", None, "12亿元")),
        # 签署 introduces a name as 签订 does
        ("兴文县与中华燃气控股有限公司签署天然气综合利用项目投资协议，投资2亿元。",
         ("天然气综合利用项目", "中华燃气控股有限公司", "兴文县", "2亿元")),
        # a company that builds anew invests
        ("安徽金誉包装材料有限公司新建年产2万吨BOPP薄膜项目，投资2.6亿元。",
         ("年产2万吨BOPP薄膜项目", "安徽金誉包装材料有限公司", None, "2.6亿元")),
    ],
)  # fmt: skip
def test_verbs_that_build_or_sign_introduce_names_and_investors(
    text: str, row: tuple[str, str, str | None, str]
) -> None:
    (project,) = extract(text).projects
    assert (project.name, project.investor, project.location,
            project.investment and project.investment.text) == row  # fmt: skip


def test_an_investment_case_is_the_facilitys_project() -> None:
    text = "公司去年宣布的越南北宁厂投资案已于今年6月试产。"
    (project,) = extract(text, reference_date=date(2025, 8, 1)).projects
    assert (project.name, [m.stage for m in project.progress]) == (
        "越南北宁厂",
        ["trial_production"],
    )


def test_a_lists_event_is_not_dated_by_an_items_own_date() -> None:
    text = "重点签约项目有：①鑫泰磷酸铁项目，投资15亿元；②玉泉光伏电站项目，投资4.2亿元，已于3月15日开工。"
    first = extract(text, reference_date=date(2025, 5, 1)).projects[0]
    assert [(m.stage, m.date) for m in first.progress] == [("signing", None)]


def test_a_paragraph_that_opens_with_a_date_is_about_the_place_after_it() -> None:
    text = "远驰新材料项目在鄂尔多斯市开工。\n7月5日，合肥高新区举行签约会，晶拓外延片项目等3个项目签约落户。"
    located = {p.name: p.location for p in extract(text, reference_date=date(2025, 8, 1)).projects}
    assert located["晶拓外延片项目"] == "合肥高新区"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan, Hong Kong and Macau usage: stages, costs and units of their own
        ("南山光电产业园项目今日顺利上梁。", ("南山光电产业园项目", None, [("topping_out", "done")])),
        ("路環污水處理廠重建工程預計2026年投入營運。",
         ("路環污水處理廠重建工程", None, [("operation", "planned")])),
        ("元朗污水處理廠第二期擴建工程，核准工程預算為61億5,000萬元。",
         ("元朗污水處理廠第二期擴建工程", "6150000000", [])),
        # the cost or the plan told right after 工程 (工程投资 is no compound here)
        ("城东污水处理厂四期扩建工程投资2.6亿元。", ("城东污水处理厂四期扩建工程", "260000000", [])),
        ("大林电厂燃气机组工程总经费约1180亿元。", ("大林电厂燃气机组工程", "118000000000", [])),
        ("城东污水处理厂扩建工程计划5月正式投入运行。",
         ("城东污水处理厂扩建工程", None, [("operation", "planned")])),
        ("滨江大道北延段工程正式建成通车。",
         ("滨江大道北延段工程", None, [("completion", "done"), ("operation", "done")])),
    ],
)  # fmt: skip
def test_regional_words_and_what_is_told_right_after_works(
    text: str, expected: tuple[str, str | None, list[tuple[str, str]]]
) -> None:
    (project,) = extract(text, reference_date=date(2025, 3, 1)).projects
    investment = str(project.investment.value) if project.investment else None
    stages = [(m.stage, m.status) for m in project.progress]
    assert (project.name, investment, stages) == expected


def test_taiwans_unit_of_power_and_a_contractor_who_undertakes_the_works() -> None:
    text = "大林電廠燃氣機組工程總投資1,180億元，總裝置容量約260萬瓩。工程由中國建築工程（澳門）有限公司承攬。"
    (project,) = extract(text).projects
    assert [(q.value, q.unit) for q in project.capacities] == [(Decimal("2600000"), "kW")]
    assert project.investor is None  # 承攬: builds it for the owner


def test_a_plans_sections_continued_works_started_and_new_ones_are_planned() -> None:
    text = (
        "关于公布叙州区2025年重大项目投资计划的公告\n一、续建项目\n南广河叙州段综合整治工程，总投资4.2亿元。\n"
        "二、新开工项目\n宜宾港志城作业区二期工程，总投资12亿元。\n"
    )
    projects = extract(text, reference_date=date(2025, 2, 12)).projects
    assert [(p.name, [(m.stage, m.status) for m in p.progress]) for p in projects] == [
        ("南广河叙州段综合整治工程", [("construction_start", "done")]),
        ("宜宾港志城作业区二期工程", [("construction_start", "planned")]),  # the plan's
    ]
    # a river and its reach, a city and its centre: no company's short name
    assert [p.investor for p in projects] == [None, None]
    assert projects[0].location is None  # not the site in the next project's name
    (centre,) = extract("许昌市中心城区雨污分流改造工程总投资5亿元。").projects
    assert (centre.investor, centre.location) == (None, "许昌市")


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        # an aside with a duration or a month, and no project's figure, breaks nothing
        ("晶拓12英寸硅片项目已封顶。用时20天。该项目总投资36亿元。", "investment", "3600000000"),
        ("楚达热管理系统项目总投资15亿元。7月天气炎热。项目达产后年产值22亿元。", "output", "2200000000"),
        # a quote that opens with a time and what was done; a speaker who tells the reporter
        ("楚达热管理系统项目总投资15亿元。“7月中旬已经试生产，预计10月份正式投产。”王磊说。",
         "stages", [("trial_production", "done"), ("production_start", "planned")]),
        ("博恩精密传动部件项目总投资1.2亿欧元。总经理韦伯告诉记者，项目达产后将年产精密减速器50万台。",
         "capacities", ["50万台"]),
        ("恒润压铸件项目计划投资8.5亿元。下半年项目将全面投产。", "stages", [("production_start", "planned")]),
        # the length a road, a line or a pipe is laid to; not a distance
        ("南康至大余一级公路项目总投资12亿元，新建一级公路18.6公里。", "capacities", ["18.6公里"]),
        ("白鹤岭抽水蓄能电站送出工程总投资5亿元，新建输电线路46公里。", "capacities", ["46公里"]),
        ("南广河综合整治工程总投资4.2亿元，治理河道28.5公里，距离县城道路5公里。", "capacities", ["28.5公里"]),
    ],
)  # fmt: skip
def test_what_goes_on_about_a_project_past_an_aside_a_quote_or_a_verb(
    text: str, field: str, expected: object
) -> None:
    (project,) = extract(text, reference_date=date(2025, 8, 1)).projects
    got = {
        "investment": lambda: str(project.investment.value) if project.investment else None,
        "output": lambda: str(project.annual_output.value) if project.annual_output else None,
        "stages": lambda: [(m.stage, m.status) for m in project.progress],
        "capacities": lambda: [q.text for q in project.capacities],
    }[field]()
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("聚興電子投資48億元興建「南科研發暨製造中心」。", ("南科研發暨製造中心", "4800000000")),
        ("佳和食品宣布，「鹿港二廠」總投資72億元，預計明年動工。", ("鹿港二廠", "7200000000")),
        ("公司在嘉义“义竹光电案场”正式开工。", ("义竹光电案场", None)),
    ],
)  # fmt: skip
def test_a_facility_named_in_quotes_without_project(
    text: str, expected: tuple[str, str | None]
) -> None:
    (project,) = extract(text, reference_date=date(2025, 6, 1)).projects
    assert (project.name, project.investment and str(project.investment.value)) == expected


def test_a_short_name_given_in_quotes_is_no_project_of_its_own() -> None:
    text = "公司拟投资建设锂电池隔膜生产基地（“越南基地”），投资总额不超过2.8亿美元。"
    assert all(p.name != "越南基地" for p in extract(text).projects)


def test_respectively_pairs_the_first_names_after_the_amounts_and_yu_begins_a_place() -> None:
    text = (
        "深圳市联合利丰供应链管理有限公司、广州市森雅服饰有限公司和东莞市鼎晟针织有限公司分别投资5亿元、"
        "3.2亿元和2亿元，在于都工业园区建设服装供应链总部基地、智能化服装生产线和针织面料印染项目，"
        "其中森雅服饰项目建成后年产中高端服装800万件。"
    )
    rows = [
        (p.name, str(p.investment.value) if p.investment else None, p.investor, p.location)
        for p in extract(text).projects
    ]
    assert rows == [
        ("服装供应链总部基地", "500000000", "深圳市联合利丰供应链管理有限公司", "于都工业园区"),
        ("智能化服装生产线", "320000000", "广州市森雅服饰有限公司", "于都工业园区"),
        ("针织面料印染项目", "200000000", "东莞市鼎晟针织有限公司", "于都工业园区"),
    ]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("推介会现场，深圳市新宙邦科技股份有限公司等企业代表上台签约。其中，新宙邦项目落户郴州高新区，"
         "总投资28亿元。", "深圳市新宙邦科技股份有限公司"),
        ("四川天齐锂业股份有限公司董事长出席。遂宁市射洪市引进的天齐锂业年产3万吨氢氧化锂项目，总投资约35亿元。",
         "四川天齐锂业股份有限公司"),
    ],
)  # fmt: skip
def test_a_short_name_is_the_company_named_in_full_before_it(text: str, investor: str) -> None:
    (project,) = extract(text).projects
    assert project.investor == investor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # facilities and works named by how their works go, or by their phase's figure
        ("城南水厂顺利通过竣工验收。项目总投资6.74亿元。", "城南水厂"),
        ("叶集区污水处理厂二期总投资1.86亿元。", "叶集区污水处理厂二期"),
        ("由香港嘉华集团投资的嘉华冷链智慧物流中心主体结构已于本月封顶。", "嘉华冷链智慧物流中心"),
        ("淠河总干渠引水扩能工程进展顺利。该工程总投资41.3亿元。", "淠河总干渠引水扩能工程"),
        ("11月初开工的霍山县佛子岭水库除险加固工程目前正在进行大坝防渗墙施工。", "霍山县佛子岭水库除险加固工程"),
    ],
)  # fmt: skip
def test_works_named_by_how_they_go(text: str, name: str) -> None:
    assert [p.name for p in extract(text, reference_date=date(2025, 12, 1)).projects] == [name]


def test_a_count_of_a_projects_lines_is_no_project() -> None:
    text = (
        "走进总投资52亿元的罗庄区高端不锈钢精密带材项目，一期工程的两条冷轧生产线正在进行设备调试。"
    )
    assert [p.name for p in extract(text).projects] == ["罗庄区高端不锈钢精密带材项目"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("昱晶半導體20日在高雄楠梓產業園區為「楠梓二廠」(P2)舉行動土典禮。", "楠梓二廠"),
        ("昱晶德國德勒斯登廠目前仍在興建中，總投資約100億歐元。", "昱晶德國德勒斯登廠"),
        ("路竹新廠投資約新台幣35億元。", "路竹新廠"),
    ],
)  # fmt: skip
def test_taiwans_plants_named_with_a_note_a_build_in_progress_or_a_sum(
    text: str, name: str
) -> None:
    assert [p.name for p in extract(text, reference_date=date(2025, 3, 21)).projects] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a project's parts, a count of projects, a phase of the one just named: no names
        ("抽水蓄能电站总投资92.6亿元。目前，上下水库、输水系统、地下厂房等主体工程形象进度均已超过95%。",
         ["抽水蓄能电站"]),
        ("会昌至寻乌高速公路总投资106.7亿元。其中控制性工程筠门岭特大桥已于上月合龙。", ["会昌至寻乌高速公路"]),
        ("记者近日深入多个重大水利项目建设现场。", []),
        ("安徽鑫源冷链物流园项目总投资3亿元。一期冷库及分拣中心去年10月已投入使用。", ["安徽鑫源冷链物流园项目"]),
        # public works named as they go; the company a release refers to as 该公司
        ("会昌至寻乌高速公路目前土建工程已完成85%。该项目总投资106.7亿元。", ["会昌至寻乌高速公路"]),
        ("该公司年产5万吨电池级碳酸锂项目总投资32亿元。", ["年产5万吨电池级碳酸锂项目"]),
    ],
)  # fmt: skip
def test_parts_counts_and_phases_are_no_names(text: str, names: list[str]) -> None:
    assert [p.name for p in extract(text, reference_date=date(2025, 6, 1)).projects] == names


def test_a_sentence_that_opens_in_a_street_is_its_projects_site() -> None:
    (project,) = extract("在南城街道，枣阳市第五中学建设项目去年开工。").projects
    assert project.location == "南城街道"


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        ("启迪科技综合体项目计划总投资约10亿元，建成后定位为旗舰项目。", [("completion", "planned")]),
        ("国际绿氢总部基地项目总投资50亿元，达产后年产值约93亿元。", [("full_production", "planned")]),
        # done already: the condition adds nothing
        ("华光新材料产业园项目已于去年建成投产，建成后新增就业500人。",
         [("completion", "done"), ("production_start", "done")]),
    ],
)  # fmt: skip
def test_a_stage_told_as_a_condition_is_planned(text: str, stages: list[tuple[str, str]]) -> None:
    (project,) = extract(text, reference_date=date(2025, 6, 1)).projects
    assert [(m.stage, m.status) for m in project.progress] == stages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宁波拓驰汽车零部件股份有限公司举行墨西哥轻量化底盘部件生产基地奠基仪式。",
         ("墨西哥轻量化底盘部件生产基地", [("construction_start", "done")])),
        ("深圳贝拓新材料科技有限公司在索尔戈陶尔扬市举行负极材料工厂竣工仪式。",
         ("负极材料工厂", [("completion", "done")])),
        # 测试产线 is a test line, not trial production
        ("华光存储项目计划二季度开工，扩建存储芯片封装测试产线。",
         ("华光存储项目", [("construction_start", "planned")])),
    ],
)  # fmt: skip
def test_a_ceremony_names_its_facility_and_its_stage(
    text: str, expected: tuple[str, list[tuple[str, str]]]
) -> None:
    (project,) = extract(text, reference_date=date(2025, 6, 1)).projects
    assert (project.name, [(m.stage, m.status) for m in project.progress]) == expected


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        ("东洋化成株式会社投资建设的电子级化学品项目于5月22日开工建设。", "东洋化成株式会社"),
        ("浙江天鸿电工投资1.2亿元建设年产5000吨高端电磁线项目。", "浙江天鸿电工"),
        ("刘某某投资600万元在石桥镇建设金蝉养殖基地项目。", "刘某某"),
        ("现代农业投资10亿元建设示范园项目。另有华光新材料项目总投资2亿元。", None),
        # an announcement's issuer, that its text calls 公司
        ("江苏华锂新能源科技股份有限公司\n关于投资建设年产20GWh动力电池项目的公告\n"
         "本公司拟在德布勒森市投资建设年产20GWh动力电池项目。", "江苏华锂新能源科技股份有限公司"),
    ],
)  # fmt: skip
def test_investors_a_release_names_short(text: str, investor: str | None) -> None:
    projects = extract(text, reference_date=date(2025, 6, 1)).projects
    assert projects[0].investor == investor


def test_a_sections_heading_tells_whether_its_stages_happened_or_are_planned() -> None:
    text = (
        "一、2024年工作回顾\n（二）项目建设成效明显\n开工建设归阳港区作业区项目。\n"
        "二、2025年工作安排\n开工建设上饶至浦城高速公路项目。"
    )
    projects = extract(text, reference_date=date(2025, 1, 8)).projects
    assert [[(m.stage, m.status) for m in p.progress] for p in projects] == [
        [("construction_start", "done")],
        [("construction_start", "planned")],
    ]


def test_a_posts_bracketed_sections_name_their_projects_event() -> None:
    text = (
        "共签约项目3个、开工项目2个。\n【签约】\n高端铝合金精密压铸件项目总投资8.6亿元。\n"
        "【开工】\n华光新材料产业园项目总投资20亿元。\n【投产】\n华锐电池项目总投资5亿元。"
    )
    projects = extract(text, reference_date=date(2025, 6, 1)).projects
    assert [[(m.stage, m.implicit) for m in p.progress] for p in projects] == [
        [("signing", True)],
        [("construction_start", True)],
        [("production_start", True)],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("总投资近亿元的毛尖茶精深加工厂项目开工。", ("100000000", "approx")),
        ("汽车轻量化零部件项目拟投资亿元以上。", ("100000000", "at_least")),
    ],
)  # fmt: skip
def test_an_investment_without_a_numeral(text: str, expected: tuple[str, str]) -> None:
    (project,) = extract(text).projects
    assert project.investment is not None
    assert (str(project.investment.value), project.investment.qualifier) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("雷锋大道工程年底建成。", "雷锋大道工程"),
        ("华润啤酒智能工厂10月建成投产。", "华润啤酒智能工厂"),
        ("城南水厂二期（日供水10万吨）已建成。", "城南水厂二期"),
    ],
)  # fmt: skip
def test_works_named_with_a_time_or_a_note_before_their_stage(text: str, name: str) -> None:
    assert [p.name for p in extract(text, reference_date=date(2025, 1, 8)).projects] == [name]


def test_a_posts_short_line_between_a_name_and_its_description() -> None:
    text = "珠海冠宇动力电池项目（三期）\n✅10月15日首条产线投产\n项目由珠海冠宇电池股份有限公司投资60亿元建设。"
    (project,) = extract(text, reference_date=date(2025, 10, 20)).projects
    assert project.investor == "珠海冠宇电池股份有限公司"
    assert project.investment is not None and project.investment.value == Decimal(6000000000)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("位于美国得克萨斯州的组件项目完成签约。", "美国得克萨斯州"),
        ("深圳鑫达电路科技有限公司在泰国罗勇府投资建设电路板项目。", "泰国罗勇府"),
        ("华光新材料项目位于县政府东侧。", "县政府东侧"),
    ],
)  # fmt: skip
def test_places_abroad_end_in_their_own_divisions(text: str, location: str) -> None:
    (project,) = extract(text).projects
    assert project.location == location
