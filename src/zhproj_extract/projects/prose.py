"""Projects named in running prose, in headings over their description, and in titles.

A name in prose ends with its head (…项目, …工程, and a phase after it: 一期, （二期）);
it starts after the last word that cannot be inside a name (the verb phrase or the
investor-and-amount clause before it: 投资20亿元的…, 由…投资兴建的…).  What the text
says about the project is read from its sentence and from the sentences after it that
go on about it (该项目…, 项目建成后…, 电站建成投用后…).

Also here: a short line that names a project over the paragraph describing it, an
inline heading (绕二蔗糖厂项目：投资方为…), and an approval or filing title in book-title
marks (《关于昭平仙回风电场核准的批复》).
"""

from __future__ import annotations

from itertools import pairwise

import regex

from ..reading.text import clause_end, clause_start
from ..rules import Rule, example
from .grammar import BULLETS, PHASES, PREDICATE_ENDS
from .names import (
    QUALIFIED_BY_PROJECT,
    Candidate,
    Taken,
    at_line_starts,
    brand_prefix,
    company_prefix,
    is_name,
    place_prefix,
    shape,
)

#: What a project named as its sentence's subject measures (…工程全长11.6公里).
_MEASURES = r"(?:线路|正线)?全长|总长|(?:总)?建筑面积|(?:规划|计划)?占地|规划用地|新增|设计(?:规模|能力|产能)"
#: What a facility named as its sentence's subject is said to do or measure (…中心总投资,
#: …工程于3月开工, …晶圆厂预计2026年量产, …工程全长11.6公里).
_SUBJECT_OF = (
    r"(?:计划|估算|概算|预计)?总投资|概算投资|估算投资|投资概算|(?:预计|拟|计划)投资|[，,](?:该|此)?项目(?=总?投资|位于|占地|由|计划|预计|已)|"
    + _MEASURES
    + r"|正式(?:开工|开建|动工|签约|投产|运营|投用|启用|建成|竣工|完工|通车|投入使用|并网)|开工建设|"
    # 工程投资2.6亿元, 工程总经费约…, 工程计划5月…: its cost, or its plan, told right after it
    r"投资(?:金额|额)?(?=[约近超逾达]?(?:新台币|人民币|美元|港元|欧元|日元)?\d)|"
    r"(?:总|工程)?(?:经费|造价|预算)(?=[为约近达是]|\d)|"
    r"目前(?:仍|正)?在?(?:兴建|建设|施工)|"  # (德勒斯登厂目前仍在兴建中)
    r"计划(?=\d|今年|明年|年内|年底|上半年|下半年)|"
    # 昨日开工, 同步开工, 在湖田镇正式开工建设, 是省重点工程: said of it, a word between
    r"(?:昨日|今日|今天|近日|日前|同步|同日|当天|同期)(?:正式|顺利|全面)?(?:开工|动工|开建|竣工|完工|投产|通车|开通)|"
    r"在\p{Han}{2,12}?(?:正式|顺利)?(?:开工|动工|开建)|是\p{Han}{0,10}?(?:重点|重大)(?:项目|工程)|投资案|(?:已|累计)?完成(?=\p{Han}{0,6}?(?:施工|建设|浇筑|安装|投资|工程量|主体))|[也均都还]?已?于(?:\d|近日|日前|今年|去年|"
    r"明年|本月|上月)|作为|由\p{Han}{2,}(?:投资|建设|承建)|位于|计划于|预计(?:于|将于)?(?:\d|今年|"
    r"明年|年内|年底)|将于|已于|建成(?!后)|(?:开工|动工|开建|动土)(?![后前率])|(?:全容量|全部|首台机组|首批机组|成功|实现)?并网(?![后前])|全面(?:开工|投产|竣工|建成|达产)|举行\p{Han}{0,4}?(?:开工|签约|竣工|投产|动土)|竣工(?!后)|投产(?!后)|完工(?!后)|投入(?:试)?运营|投用|通车|"
    r"顺利(?:开工|竣工|完工|投产|封顶|并网)|(?:顺利)?(?:通过|完成)(?:竣工)?验收|开业|开园|[东西南北]?起于|[东西南北]起|起自|"
    # 雷锋大道工程年底建成, 智能工厂10月建成投产: a time, then its stage
    r"(?:年底|年内|今年|明年|上半年|下半年|\d{1,2}月(?:底|份|中旬|上旬|下旬)?)前?"
    r"(?:建成|竣工|投产|开工|完工|投用|通车|开业|投入使用)|"
    # 物流中心主体结构已于本月封顶: how its works go; 举行…生产基地奠基仪式: its ceremony
    r"主体(?:结构|工程)|(?:开工|奠基|竣工|投产|签约|落成|动工|动土)(?:仪式|典礼)|"
    r"进展顺利|迎来(?:新|重大|重要|关键)|传来(?:好消息|喜讯|捷报)|取得(?:新|重大|重要|阶段性)|(?:[也正还]在)?(?:建设)?(?:加快|有序|全面)推进|(?:全线|全面|实现)?通水|正式?下闸蓄水|"
    r"截流|建设(?=\d|[两二三四五六七八九十][台座个条])|"
    r"[一二三首]期(?=将于|已于|计划|预计|正式|顺利)|"
    r"(?:今年|去年|明年|今日|日前|近日|目前|已经?|正在|主体|力争|确保|争取|有望|[一二三首]期)"
    r"(?=\d|\p{Han}{0,4}(?:开工|竣工|建成|投产|封顶|签约|完工|运营|并网|通车|投运|投用))"
)
#: Public works named without 项目 or 工程 (元谋至双柏高速公路, 滨江大桥, 青山水库): a name
#: as the subject of its sentence, or as what is built (开工建设…高速公路，…).
_WORKS = (
    r"(?:高速公路|快速路|铁路|大桥|隧道|水库|码头|机场|枢纽|医院|院区|学校|体育馆|体育中心|中学|小学|"
    r"幼儿园|酒店|图书馆|博物馆|文化馆|养老院)"
)
#: Facilities named as what they are: the subject of a sentence, or what is built.
_FACILITIES = (
    r"(?:基地|产业园|工业园|示范园|科技园|生态园|物流园|创业园|孵化园|小镇|工厂|厂区|电站|风电场|总部|中心|"
    r"平台|生产线|产线)"
)
#: What is said before public works that are built (开工建设, 新建 …): the verb that makes
#: them a name (开工建设…高速公路，…).
_BUILDS = ("建设", "新建", "兴建", "续建", "开建", "扩建", "改扩建", "建成", "启动", "推进")
#: A note in brackets after an amount (1亿美元（约合人民币7.2亿元）, 10亿元（其中一期4亿元）).
_AMOUNT_NOTE = r"(?:[（(][^（）()\n]{1,20}[）)])?"
#: What makes a facility that is built a project rather than a part of one: the amount
#: invested in it, right before (投资6亿元建设…产业园。; not 项目…建设500亩种植基地).
_INVESTED_TO_BUILD = regex.compile(
    # (…公司拟投资10亿元，新建…生产线: a comma too, where a company invests, not the project
    # or its phase: 项目总投资…，建设…; 一期工程投资50亿元，建设…)
    r"(?:(?<=(?:公司|集团|企业|股份)(?:拟|将|计划|预计|已|共|再|又|还)?)"
    r"(?:投资|投入|出资|斥资|增资)[^，,。；;\n]{1,12}元" + _AMOUNT_NOTE + r"[，,]"
    r"|(?:投资|投入|出资|斥资|增资)[^，,。；;\n]{1,12}元" + _AMOUNT_NOTE + r"(?:[，,]?(?=[于在]))?)"
    r"(?:[于在][^，,。；;\n]{2,20}?)?"
    r"(?:用于|来)?(?:建设|新建|兴建|扩建|设立|打造|建置)(?:其?位于[^，,。；;\n]{2,20}?的)?\Z"
    # (加快建设投资18亿元的…电站: the amount a facility introduced is its own)
    r"|(?:投资|总投资)[^，,。；;\n]{1,12}元的\Z"
)
#: A facility built somewhere whose amount the next clause states, as company news puts
#: it (…规划于屏南工业区兴建先进碳材料厂，总投资额逾16亿元; 公司拟在西班牙建设电池工厂，
#: 投资不超过50亿元): what stands before the facility, and right after it.
_BUILT_SOMEWHERE = regex.compile(
    r"(?:在|于)[^，,。；;\n]{2,20}?(?:兴建|新建|建设|建置|投建|扩建)\Z"
)
_AMOUNT_AFTER = regex.compile(
    r"[，,](?:项目)?(?:总投资额?|投资(?:金)?额?|计划投资|预计投资|投资总额)(?:约|逾|超过?|近|达|为|不超过)*"
    r"[ ]?(?:人民币)?[ ]?[0-9]"
)
#: The people and offices of a project (项目经理, 项目部): what stands before them names a
#: project only where it is proper by itself (德瓷陶瓷生产线项目负责人; not 中建三局项目经理).
_PROJECT_STAFF = r"(?:经理|负责人|总工|总监|书记|部(?!分)|团队|指挥部|办公室|人员|工人|建设者)"
#: The head that ends a name in prose, and a phase written after it (项目 not of a company's
#: name, …项目管理有限公司, though one may follow it: …项目由远景科技集团投资建设).
ANCHOR = regex.compile(
    r"(?:项目(?!(?:[^由与和被是为将在及、，。；;\s][^，。；;\s]{0,7}?)?(?:有限公司|公司|集团))"
    r"|(?<!承包|施工|EPC|设计)工程(?![师机队局院学])(?=[^\p{Han}]|$|项目|暨|一期|二期|三期|现场|的?建设现场|的?施工现场|工地|"
    r"目前|正在|" + _SUBJECT_OF + ")"  # (…除险加固工程目前正在进行大坝防渗墙施工)
    r"|(?:"
    + _FACILITIES
    + r"|(?<!工)厂|(?P<works>"
    + _WORKS
    # (污水处理厂二期总投资…: its phase's; 城南水厂二期（日供水10万吨）已建成: with a note)
    + r"))(?=(?:[一二三四五六七八九十]期)?(?:[（(][^（）()\n]{1,16}[）)])?(?:"
    + _SUBJECT_OF
    # (会昌至寻乌高速公路目前土建工程已完成85%: public works, as they go)
    + r")|(?<=公路|快速路|铁路|大桥|隧道|水库|码头|机场|枢纽)目前|的?(?:建设|施工)现场)"
    r"|(?:(?P<facility>" + _FACILITIES + r"|(?<!工)厂)|(?P<built_works>" + _WORKS + r"))"
    r"(?=(?P<built>[，,。；;、\n]|$)))"
    r"(?:[（(]?[一二三四五六七八九十]期(?:扩建|改扩建|技改)?(?:工程|项目)?[）)]?)?"
)
#: What a reporter opens a sentence with before going on about its subject (据介绍，…),
#: or a speaker's label before what they say (董事长陈立群：项目计划…).
_LEAD_INS = ("据介绍", "据了解", "据悉", "记者了解到", "另据了解", "记者获悉", "公告显示", "公告称",
             "资料显示", "据公告", "按计划", "按照计划", "根据计划", "根据工作安排", "下一步")  # fmt: skip
#: When a sentence that goes on about the project says it happened, before its subject
#: (2023年11月，项目开工建设; 今年3月，该项目…; 截至目前，项目已…).
_TIME_LEAD_IN = (
    r"(?:(?:\d{4}年|今年|去年|明年)?\d{1,2}月(?:\d{1,2}[日号])?(?:上旬|中旬|下旬|底|初|末|上午|下午)?"
    r"|会上|会议期间|活动现场|仪式上|上午|下午"
    r"|截至\p{Han}{0,4}\d*[年月日底末]*|目前|眼下|近日|日前|随后|此后|同时|此外|另外|与此同时)[，,：:]"
)
#: Who says it, before what is said about the project (公司负责人说，项目…; 他介绍，该项目…).
_SPEAKER_LEAD_IN = r"\p{Han}{1,20}?(?:说|介绍|表示|透露|指出|称|坦言|告诉记者)[，,：:]“?"
_LEAD_IN = (
    r"(?:(?:"
    + "|".join(_LEAD_INS)
    + r")[，,]?|"
    + _TIME_LEAD_IN
    + r"|\p{Han}{1,10}[：:]“?|"  # (董事长陈立群：, a Q&A's 答：)
    + _SPEAKER_LEAD_IN
    + ")?"
)
#: A sentence without a subject that goes on about the name before it, unless it names
#: another project (…原料药项目。总投资7.5亿元，由…投资).
_SUBJECTLESS = regex.compile(r"[ \t]*(?:总投资|计划总投资|估算总投资|由\p{Han}{2,}?(?:公司|集团))")
#: The parts of a project a sentence about it may open with (水库总库容…, 大坝高68米,
#: 主体结构全面完工, 首个泊位计划…, 桥梁工程完成88%).
_PARTS = (
    r"主体|主厂房|厂房|大坝|坝体|水库|泊位|码头|桥梁|隧道|路基|路面|管网|机组|生产线|车间|首台|首批|"
    r"首个|首条|全线|站房|主楼|大楼|园区"
)
#: Sentences that go on about the project just named.
ANAPHOR = regex.compile(
    r"[ \t]*”?“?"  # a quote that goes on about it (“这个项目总投资22亿元…”), or its end
    # 自2023年8月开工以来，…; 这个总投资45亿元的项目…
    + r"(?:自[^，,。；;\n]{2,14}以来|(?:这个|该|这一)[^，,。；;\n]{2,16}的(?:项目|工程)|"
    # 回顾建设历程，项目于2023年4月开工: any short lead-in, then the project as the subject
    + r"\p{Han}{2,10}[，,](?:该|此|这个)?项目(?=[于已将在由总投计预])|"
    # “7月中旬已经试生产，…”, 下半年项目将全面投产: a time, then what was done or is planned
    + r"(?:\d{1,2}月(?:\d{1,2}[日号])?(?:上旬|中旬|下旬|底|初|末)?|今年|明年|年底|年内|下半年|上半年)"
    r"前?(?:该?项目)?(?:已经|已|将|预计|计划|有望|力争)|"
    + _LEAD_IN
    + r"(?:该|此|这一|这个|本|其)?(?:项目|工程|电站|工厂|基地|园区|产业园|小镇|一期|二期|三期|四期|首期|"
    r"全部项目|全部建成|建成后|达产后|投产后|建成投产后|预计|计划|力争|确保|争取|将于|拟于|目前|眼下|现|"
    r"据悉|投资方|业主|"
    r"建设单位|项目方|" + _PARTS + "))"
)
#: A paragraph that opens with the project just named (该项目由…, 此工程…).
_PARAGRAPH_ANAPHOR = regex.compile(
    r"(?:(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])[ \t]*)?"  # 二、项目建设地点为…: a numbered clause
    + r"(?:"
    + _LEAD_IN
    + r"(?:(?:该|此|这一|这个)(?:项目|工程|电站|工厂|基地|园区|产业园)|项目(?=\p{Han}{0,6}[\d由总投占位落计预将已于建达年]|建设地点|建设规模|单位)"
    # 据介绍，二期工程主要建设…: the phase of the one just named
    + r"|(?:[一二三四五]期|首期)(?:工程|项目)?(?=\p{Han}{0,4}[\d由总投占位落计预将已于建达年主]))"
    # since its start (自2023年8月开工以来，项目团队…): a stage of the one just named
    + r"|自[^，,。；;\n]{0,12}?(?:开工|开建|动工|签约|落户|投产|建设)以来"
    # a timeline's line (2024年1月：项目开工建设；2024年5月：主厂房顺利封顶)
    + r"|"
    + _TIME_LEAD_IN
    + r"(?:项目|工程|"
    + _PARTS
    + r"|计划|预计))"
)
#: An approval or filing title: 《关于(予以)?[公司]名称(项目)?(核准|备案)的批复》.
TITLE = regex.compile(
    r"《关于(?:予以|同意)?(?P<body>[^《》\n]{4,80}?)(?:核准|备案|立项|环评|建设)?的(?:批复|通知|函|公告)》"
)
#: What an agreement is signed for, where it is no 项目 (签订10GW光伏组件及10GW光伏电池投资
#: 协议, 签署20GWh储能电池生产基地投资协议): a capacity first, or a facility last.
AGREEMENT = regex.compile(
    r"(?:签订|签署|签下|签定)了?(?P<body>[^，,。；;！？!?\n《》“”]{4,40}?)"
    r"(?:投资合作|战略合作|投资|合作)(?:框架)?协议"
)
_FIGURE_FIRST = regex.compile(r"(?:年产)?[0-9][0-9.]*[万亿]?[A-Za-z\p{Han}]")
#: A short line that is a name, over the paragraph that describes it.
#: How a line that describes the project named above it begins (总投资26亿元，…).
_DESCRIBING = (
    r"(?:总投资|计划总投资|项目总投资|该项目|项目(?=\p{Han}{0,4}[由总投占位落计预将已于])|"
    r"由\p{Han}{2,}?(?:公司|集团)|位于|占地|据介绍|据了解)"
)
#: Short lines a post sets between a name and the lines that describe it, none naming a
#: project of its own.
_SHORT_LINES_BETWEEN = r"(?:(?![^\n]{0,30}(?:项目|工程)[ \t]*\n)[ \t]*[^\n]{1,30}\n){0,2}?"
HEADING = regex.compile(
    r"^[ \t]*(?P<name>[^\n，。；;！？!?：:,]{4,48}?)[ \t]*\n"
    r"(?=[ \t]*\n?[ \t]*(?:[^\n]{24,}|" + _SHORT_LINES_BETWEEN + _DESCRIBING + r"[^\n]{4,}))",
    regex.MULTILINE,
)
_COUNT_AFTER = regex.compile(
    r"[有共计为达]{0,2}(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?(?:个|项|批)"
)
_COUNT_STARTS = frozenset("有共计为达一二两三四五六七八九十百千")


def _may_count(char: str) -> bool:
    """Whether _COUNT_AFTER may start with ``char`` (a digit, a numeral or 有共计为达); a
    character past the Basic Multilingual Plane may be a digit newer than this Python."""
    return char in _COUNT_STARTS or char.isdigit() or char > "\uffff"


_SENTENCE_END = "。；;！？!?\n"


def _may_be_heading(line: str) -> bool:
    """A quick test of a line before HEADING: four characters at least, no comma or
    full stop."""
    return len(line) >= 4 and "，" not in line and "。" not in line


#: Name heads that make a heading line a project (not a dateline or a slogan).
_HEADING_HEADS = regex.compile(
    r"(?:项目|工程|基地|产业园|工业园|园区|中心|工厂|总部|电站|风电场|生产线|产线|产业城|综合体|小镇|"
    r"广场|公园|乐园|度假村|度假区|酒店|系统|平台|港|城|园)(?:[（(]?[一二三四五六七八九十]期[）)]?)?$"
)
#: What may not begin a heading (a date, a byline, a count).
_NOT_HEADING = regex.compile(r"^(?:\d|图|来源|原标题|发布|记者|编辑|责任|相关|文章|返回|当前)")

RULE = Rule(
    "projects.prose",
    "A name ending in 项目/工程 (or naming public works) in running prose, with the clause before it (投资X的…) "
    "and the sentences that go on about it; headings, inline headings and approval titles.",
    (
        example(
            "当天开工的还有投资12亿元的南山智能装备产业园项目，该项目占地300亩。",
            {"name": "南山智能装备产业园项目", "investment": "1200000000"},
        ),
        example(
            "东岭新材料有限公司在滨海投资建设锂电隔膜项目，总投资30亿元。",
            {"name": "锂电隔膜项目", "investor": "东岭新材料有限公司", "location": "滨海"},
        ),
        example(
            "东岭新材料有限公司投资30亿元建设年产5万吨锂电隔膜项目，项目位于滨海工业园。",
            {"name": "年产5万吨锂电隔膜项目", "investor": "东岭新材料有限公司",
             "investment": "3000000000", "location": "滨海工业园"},
        ),
        example(
            "市发改委印发《关于青岭风电场核准的批复》，该项目装机容量100MW，投资总额约6亿元。",
            {"name": "青岭风电场", "investment": "600000000"},
        ),
        example(
            "投资20亿元的远景零碳产业园项目由远景科技集团投资建设。",
            {"name": "远景零碳产业园项目", "investor": "远景科技集团", "investment": "2000000000"},
        ),
        example(
            "华友钴业股份有限公司和市城投集团共同建设华友锂电材料一体化项目。",
            {"name": "华友锂电材料一体化项目"},
        ),
        example(
            "华友钴业股份有限公司投资50亿元，建设华友锂电材料一体化项目。",
            {"name": "华友锂电材料一体化项目", "investment": "5000000000"},
        ),
        example(
            "公司拟投资超过140亿元，建设60万吨/年己内酰胺项目、120万吨/年双酚A项目。",
            {"name": "60万吨/年己内酰胺项目", "investment": "None"},
            {"name": "120万吨/年双酚A项目", "investment": "None"},
        ),
        example(
            "今年将开工建设元谋至双柏高速公路，总投资120亿元。",
            {"name": "元谋至双柏高速公路", "investment": "12000000000"},
        ),
        example("全市共签约项目32个，总投资120亿元，其中产业项目20个。"),
        example("由城建项目管理有限公司负责代建。"),
    ),
)  # fmt: skip


#: What stands before a name introduced as one.
INTRODUCERS = ("的", "——", "—", "“", "、", "和", "与", "及", "以及", "建设", "新建", "兴建", "开办",
               "扩建", "改扩建", "实施", "技改", "上马", "举行",
               "引进", "签约", "签订", "签署", "落户", "围绕", "启动", "包括", "其中，", "其中,", "分别是",
               "例如", "比如", "如", "又如", "此外", "另外", "还有", "另有", "同时", "筹划", "承建",
               *(f"{n}是" for n in "一二三四五六七八九十"))  # fmt: skip
#: What follows a name the reporter stands at (在岩棉新型建材项目现场，…): it is one.
_SITE = ("现场", "施工现场", "建设现场", "工地", "建设工地", "施工工地")
#: Heads that make a name proper (a facility, a plant, a line …).
FACILITY_HEADS = ("基地", "园", "中心", "总部", "城", "综合体", "水库", "电站", "风电场", "电场", "厂",
                  "小镇", "广场", "生产线", "产线", "工厂", "大楼", "医院", "学校", "港", "公园",
                  "度假村", "度假区", "酒店", "总会", "机组", "码头", "管网", "公路", "铁路", "大桥",
                  "隧道", "枢纽", "平台", "研究院", "实验室", "馆", "机场", "变电站")  # fmt: skip
_FIGURE_OR_PHASE = regex.compile(r"\d|[A-Za-z]|[一二三四五六七八九十]期|首期|年产|年加工|年处理")
#: What a name in prose never holds: an ellipsis, single quotes, a list comma between words.
_NOT_IN_NAMES = regex.compile(
    r"……|…|[‘’]|(?<!\d[^、]{0,3})、(?!\d)|“[^”]*”[^“]*“"
    r"|年度|资金项目|(?<!\d)\d{4}年(?!产)"  # a plan's, a fund's or a year's (南通市2024年外资项目)
    r"|[两二三四五六七八九十]{1,2}(?:大(?!连)|个|批)|多个|多项|若干|数个|一系列"  # a count of projects (柳州两大…配套项目; not 五大连池)
    r"|^(?:\d+|[一二两三四五六七八九十]{1,3})[所座家个批项套台条]|各(?:乡镇|县区|区县|县市|地)"  # (2所学校, 16套…装置, 各乡镇…项目)
    r"|^(?:预计|计划|力争|将|已)?(?:\d{1,2}月份?(?:底|初)?)?(?:首|第一)[条个台批座期]\p{Han}{0,3}$"
    # (预计6月份首条产线: a project's first line, not a project)
)


#: What stands before the head of a category, never of a name (a fast first test).
_CATEGORY_BEFORE_HEAD = ("等", "此类", "重点", "重大", "签约", "开工", "竣工", "投产", "招商", "引资",
                         "储备", "优质", "正式", "该", "此", "这些", "各类", "民生", "个", "批",
                         "类", "些", "的", "了", "和", "与", "及", "对", "抓", "引", "是", "在",
                         "为", "将", "把", "让", "有", "各", "大", "好", "那", "抓好", "推进", "着",
                         "过")  # fmt: skip
#: The last characters of those words (a fast test before endswith tries them all).
_CATEGORY_LAST = frozenset(word[-1] for word in _CATEGORY_BEFORE_HEAD)
#: Words that open a sentence before its subject, with a comma after them (据悉，…).
_OPENERS = (*_LEAD_INS, "目前", "此外", "另外", "同时", "其中", "值得一提的是", "与此同时", "近日",
            "日前", "今年", "去年")  # fmt: skip
#: A sentence's opening that says when, before its subject (9月，…; 2023年11月，…).
_OPENED_WHEN = regex.compile(r"(?:^|(?<=[。；;！？!?\n]))" + _TIME_LEAD_IN + r"\Z")
#: A short label that opens its line before a colon (答：, 发布人：, 青峰市：).
_SHORT_LABEL = regex.compile(r"(?:^|(?<=[\n。]))[ \t]*\p{Han}{1,8}\Z")
#: What a name after a comma is the subject of when its own figures follow (A项目总投资
#: 6.2亿元，B项目总投资8.5亿元).
_OWN_FIGURES = regex.compile(r"(?:计划|项目)?总投资|投资\d|概算投资|占地|位于")
#: What follows a name that is the subject of its sentence (…项目总投资, …项目于3月开工).
_PREDICATE = regex.compile(
    r"[，,、和与及(（]|总投资|计划|位于|落户|选址|由|于|已|正|将|预计|是|为|建成|开工|竣工|投产|"
    r"投运|投用|运营|投入使用|并网|通车|启用|拟|涉及|完成|累计|进展顺利|主体|"
    r"通过(?:竣工)?验收|顺利|"
    + _MEASURES
    + r"|签约|上半年|下半年|今年|目前|一期|二期|首期|年产|主要|投资|总规模|规划|分别|均|的|在|作为|属|"
    r"今日|今天|日前|近日|昨日|昨天|近期|当天|本月|正式|顺利|全面|主体|也|同时|仍|"
    r"力争|确保|争取|要|必须|有望|明年|年底|年内|\d{1,2}月|"  # 风电叶片项目力争10月投产
    r"获批|获得?(?:国家|省|市|县)?\p{Han}{0,6}?(?:批复|核准|备案|批准)"  # X项目获国家发改委批复
)
#: What urges a project on to a stage in a plan or report (推动X项目开工建设).
_URGES = ("推动", "确保", "力争", "加快", "推进", "促进", "争取", "保障", "加速", "促成", "实现")
_URGED_TO = regex.compile(
    r"(?:[一二三四五六七八九十]期)?(?:[、和与及]\p{Han}{2,24}?(?:项目|工程)(?:[一二三四五六七八九十]期)?)*"
    r"(?:早日|尽快|如期|按期|年内|年底前?)?(?:"
    + "|".join(PREDICATE_ENDS)
    + r"|落地|投用|开业|并网|通车)"
)
_WORK_SUFFIX = regex.compile(r"(?:建设|新建|改扩建|扩建|改造|一期|二期|三期)+$")


def proper(text: str, start: int, head: int) -> bool:
    """Whether the name ``text[start:head]`` (before its 项目) is proper by itself."""
    core = _WORK_SUFFIX.sub("", text[start:head])
    return (  # the cheap tests first
        core.endswith(FACILITY_HEADS)
        or _FIGURE_OR_PHASE.search(text, start, head) is not None  # …玻璃二期项目
        or company_prefix(text, start, head)[0] is not None
        or (head - start >= 6 and place_prefix(text, start, head) is not None)
        or brand_prefix(text, start, head) is not None
    )


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (bounded, so extraction stays linear)."""
    return clause_end(text, pos, 400, _SENTENCE_END)


def continued(text: str, end: int, limit: int = 1200) -> int:
    """``end`` moved over the sentences after it that go on about the same project, and
    over a paragraph break when the next paragraph opens with it (该项目…)."""
    stop = min(len(text), end + limit)
    while end < stop and text[end] in "。；;！？!? \t\n":
        nxt = end + 1
        if text[end] == "\n" or text.startswith("\n", nxt):
            while nxt < stop and text[nxt] in " \t\n":
                nxt += 1
            if _PARAGRAPH_ANAPHOR.match(text, nxt) is None:
                resume = _after_asides(text, nxt, stop)
                if resume is None:
                    break
                nxt = resume
            end = sentence_end(text, nxt)
            continue
        following = sentence_end(text, nxt)
        same_subject = (
            text[end] in "；;" or _SUBJECTLESS.match(text, nxt) is not None
        ) and ANCHOR.search(text, nxt, following) is None
        if ANAPHOR.match(text, nxt) is None and not same_subject:
            resume = _after_asides(text, nxt, stop)
            if resume is None:
                break
            following = sentence_end(text, resume)
        end = following
    return end


_STAFF = regex.compile(_PROJECT_STAFF)
#: 项目 as the object of an aside (为项目成立了工作专班, 对项目进行…), or its staff (中建三局
#: 项目经理王强说): the one talked of.
_OBJECT_PROJECT = regex.compile(
    r"[为对把向让使给帮助][^，,。；;]{0,2}?项目|项目(?=" + _PROJECT_STAFF + ")"
)
#: How many short asides (县委书记王建军出席仪式。) may stand between a project's sentences.
_ASIDES = 2
#: The longest sentence read as an aside.
_ASIDE_LENGTH = 40
_DIGIT = regex.compile(r"\d")
_YEAR = regex.compile(r"(?<!\d)\d{4}年(?![产\d])")
_DURATION_OR_DAY = regex.compile(
    r"(?<![\d.])\d{1,3}(?:个多?|多个)?(?:天|小时|分钟|个?月(?!\d)|[日号])(?![\d万亿元吨米台套])"
)
#: A count of the day's projects (当天共签约项目27个, 集中开工15个项目): the batch's figures.
_BATCH_COUNT = regex.compile(
    r"项目[有共计为达]{0,2}\d+(?:余|多)?[个项]"
    r"|(?:(?<!\d)\d+|(?<![一二两三四五六七八九十百])[一二两三四五六七八九十百]+)(?:余|多)?[个项批]"
    r"\p{Han}{0,8}?项目"
)


def _after_asides(text: str, pos: int, stop: int) -> int | None:
    """Where the text goes on about the project (该项目…, 据介绍，该项目…) after at most
    :data:`_ASIDES` short asides from ``pos`` that name no project and no figure; None
    when it does not."""
    while (caption := _CAPTION.match(text, pos, stop)) is not None:
        pos = caption.end()  # 图为X项目施工现场。记者 顾海燕 摄: a photo's, whatever it names
        if _PARAGRAPH_ANAPHOR.match(text, pos) is not None or ANAPHOR.match(text, pos):
            return pos
    for _ in range(_ASIDES):
        following = sentence_end(text, pos)
        aside = text[pos:following]
        if _BATCH_COUNT.search(aside) is not None and "其中" not in aside:
            aside = ""  # 当天共签约项目27个，总投资150亿元。: an aside, whatever its figures
        aside = _OBJECT_PROJECT.sub("", aside)
        if (
            following >= stop
            or len(aside) > _ASIDE_LENGTH
            # (成立于2014年: a company's history; 用时20天, 7月天气炎热: no figure of a project)
            or _DIGIT.search(_YEAR.sub("", _DURATION_OR_DAY.sub("", aside)))
            or "项目" in aside  # 观摩团来到城北…工程现场。: another project, which 该工程 is
            or "工程" in aside  # (为项目成立了专班 speaks of this one)
            or ANCHOR.search(aside)
        ):
            return None
        pos = following + 1
        while pos < stop and text[pos] in " \t\n":
            pos += 1
        if _PARAGRAPH_ANAPHOR.match(text, pos) is not None or ANAPHOR.match(text, pos):
            return pos
    return None


#: A photo's caption on a line of its own (图为…。记者 X 摄, ▲…), and the blanks after it.
_CAPTION = regex.compile(
    r"(?:(?:图为|图片为|上图|下图|图[：:/]|[▲△])[^\n]*|[^\n]{0,80}(?:摄|摄影|供图|图片来源[^\n]*))"
    r"[ \t]*(?:\n[ \t\n]*|$)"
)
#: The clause that introduces the second of two listed names (总投资60亿元的).
_INTRODUCED = regex.compile(r"[^，,。；;、\n]{1,16}的\Z")
#: A facility named first in a list with a name after it (A基地二期、B项目): its list comma.
_LISTED_FIRST = regex.compile(
    r"(?:(?:" + "|".join(FACILITY_HEADS) + r"|项目|工程)(?:[一二三四五六七八九十]期)?"
    r"|(?<=元的\p{Han}{4,20})[一二三四五六七八九十]期)、",  # (总投资150亿元的比亚迪…动力电池二期、)
    regex.REVERSE,
)
#: A name's head and the joiner after it, in a list of names that 分别 pairs with what
#: was listed before (A和B分别投资25亿元、18亿元，建设X生产基地和Y项目).
_RESPECTIVE_JOIN = regex.compile(
    r"(?:"
    + "|".join(FACILITY_HEADS)
    + r"|项目|工程)(?:[一二三四五六七八九十]期)?(?P<join>以及|[、和与及])"
)


def _respective_names(text: str, start: int, at: int) -> list[tuple[int, int]]:
    """The names listed before the last one in ``text[start:at]`` when 分别 leads to the
    list in its sentence, so that the list is of several projects, not one name."""
    lead = clause_start(text, start, 120, "。；;！？!?\n")
    if text.find("分别", lead, start) < 0:
        return []
    parts = []
    pos = start
    for m in _RESPECTIVE_JOIN.finditer(text, start, at):
        parts.append((pos, m.start("join")))
        pos = m.end()
    return parts if all(is_name(text[a:b]) for a, b in parts) else []


#: What a name before a list comma ends with: its head, or a closing quote.
_NAME_ENDS = ("项目", "工程", "”", '"', *FACILITY_HEADS, *PHASES)
#: A name and a word that joins another to it (A项目以及…, A工程和…).
_JOINED_TO_NAME = regex.compile(
    "(?:" + "|".join(map(regex.escape, _NAME_ENDS)) + r")(?:[（(][^（）()\n]{1,20}[）)])?"
    "(?:以及|和|与|及|还有|另有)"  # (A项目（总投资8亿元）和B项目)
)
#: Words that begin with 以 and go on to no name (以及, 以上 …).
_NOT_USED_FOR = ("以及", "以上", "以来", "以下", "以后", "以外", "以内")
#: What ends the clause before a name (a list comma only after a name), searched backwards.
_CLAUSE_STOP_BEFORE = regex.compile(r"[，,；;。：:\n！？、]", regex.REVERSE)


def _clause_before(text: str, start: int) -> int:
    """Where the clause that leads to a name starts (投资20亿元、年产…的 name; X公司投资
    30亿元建设 name): what it says is said of the project."""
    lo = max(0, start - 80)
    i = start
    while (stop := _CLAUSE_STOP_BEFORE.search(text, lo, i)) is not None:
        if stop.group() != "、" or text.endswith(_NAME_ENDS, 0, stop.start()):
            i = stop.end()  # …A项目、投资X的B项目, …A产业园、…: A's clause is not B's
            break
        i = stop.start()
    else:
        i = lo
    joined = max((m.end() for m in _JOINED_TO_NAME.finditer(text, i, start)), default=start)
    if joined < start or (joined == start and _JOINED_TO_NAME.search(text, i, start)):
        # …A项目和总投资8.6亿元的B项目: B's own clause follows the joiner; A项目（总投资8亿
        # 元）和B项目: B's own clause is after it
        return joined
    if (
        (text.startswith(_GOES_ON, i) or _IN_PLACE_BUILDS.match(text, i))
        and i > lo + 1
        and not text.startswith(_NOT_USED_FOR, i)
    ):
        before = _clause_before(text, i - 1)  # X投资52亿元，用于建设 name: the amount is before
        if text.startswith(_USED_FOR, i) or _one_name_each(text, before, i):
            return before  # X投资50亿元，建设 name
    return i


def _one_name_each(text: str, before: int, i: int) -> bool:
    """Whether the clause before ``i`` (from ``before``) names no project and the sentence
    from ``i`` on names one (投资超过140亿元，建设A项目、B项目: the amount is all of theirs)."""
    if ANCHOR.search(text, before, i - 1) is not None:
        return False
    rest = (  # (…，项目建成后: the one named, referred to)
        anchor
        for anchor in ANCHOR.finditer(text, i, clause_end(text, i, 200, "。；;！？!?\n"))
        if text[anchor.start() - 1] not in "，,"
        and not text.endswith(_REFERRING, 0, anchor.start())
    )
    return next(rest, None) is not None and next(rest, None) is None


#: What refers back to a project named before (该项目, 此工程).
_REFERRING = ("该", "此", "这个", "这一", "本")


#: A clause that says where the amount before it builds (投资25亿元，在峡江市建设…项目).
_IN_PLACE_BUILDS = regex.compile(
    r"[在于][^，,。；;\n]{2,12}?(?:投资)?(?:建设|兴建|新建|投建|打造|设立|扩建|建置)"
)
#: What a project is said to be, before a name in its clause (该项目是我市今年引进的…).
_DESCRIBED_AS = regex.compile(
    r"(?:该|此|本|这个?|这一)(?:项目|工程)?(?:是|系|属于|作为|为)[^，,。；;！？\n]*\Z"
)
#: What opens a clause that goes on from the one before it to a name.
_USED_FOR = ("用于", "用来", "用以", "以")
_GOES_ON = (*_USED_FOR, "建设", "投资建设", "兴建", "投建", "新建", "共同建设", "联合建设",
            "合资建设", "合作建设")  # fmt: skip


_PROJECT_WORD = regex.compile("项目|工程")


def _built_somewhere(text: str, start: int) -> regex.Match[str] | None:
    """_BUILT_SOMEWHERE before ``start``, in a clause that names no project before it (not
    X项目在园区建设500亩种植基地，总投资…: a part of X)."""
    m = _BUILT_SOMEWHERE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    clause = clause_start(text, m.start(), 60, "，,。；;！？!?\n")
    return None if _PROJECT_WORD.search(text, clause, m.start()) else m


def find(text: str, taken: Taken) -> list[Candidate]:
    """Names in prose outside the spans ``taken`` by lists and forms."""
    found: list[Candidate] = []
    previous = 0
    for anchor in ANCHOR.finditer(text):
        at, end = anchor.span()
        lo = max(previous, at - 60)
        floor, previous = previous, end
        if at in taken or (
            text[at - 1 : at] in _CATEGORY_LAST
            and text.endswith(_CATEGORY_BEFORE_HEAD, 0, at)
            and text.startswith(("项目", "工程"), at)  # (大酒店 is a name)
        ):
            continue  # 等项目, 重点项目, 签约项目 …: no name ends so
        if _may_count(text[end : end + 1]) and _COUNT_AFTER.match(text, end):
            continue  # 签约项目58个, 工业及节能改造项目24项: a category with its count
        built = anchor.group("built") is not None
        amount_after = built and _AMOUNT_AFTER.match(text, end) is not None
        if (
            built
            and anchor.group("facility")
            and not amount_after
            and text.find("投", max(0, at - 40), at) < 0
            and text.find("资", max(0, at - 40), at) < 0
        ):
            previous = floor if anchor.group("built") == "、" else previous  # (see below)
            continue  # a facility that is built is a name only after 投资/增资…建设 (a fast test)
        start, stop = shape(text, lo, end)
        works = anchor.group("works") is not None or anchor.group("built_works") is not None
        invested = (
            _INVESTED_TO_BUILD.search(text, max(0, start - 48), start)
            or (_built_somewhere(text, start) if amount_after else None)
            if built and anchor.group("facility")
            else None
        )
        if built and not (
            invested if anchor.group("facility") else text.endswith(_BUILDS, 0, start)
        ):
            # 确保A基地、B项目建成投产: A may be a name listed first, before B
            previous = floor if anchor.group("built") == "、" else previous
            continue  # 送往县人民医院。: works are a name where they are built
        first = _LISTED_FIRST.search(text, start, at) if text.find("、", start, at) >= 0 else None
        if first is None and text.find("、", lo, start) >= 0:  # …A二期、总投资60亿元的B项目
            first = _LISTED_FIRST.search(text, lo, start)
            first = (
                first if first is not None and _INTRODUCED.match(text, first.end(), start) else None
            )
        if first is not None:  # 魏桥轻量化基地二期、宏旭铝业…项目建成投产: two names, one verb
            a, b = shape(text, lo if first.end() <= start else start, first.end() - 1)
            start = max(start, first.end())
            if is_name(text[a:b]) and not _NOT_IN_NAMES.search(text, a, b):
                own = (_clause_before(text, a), b)  # its own clause, and the verb it shares
                said = (b, clause_end(text, stop, 200, "；;。！？!?\n"))  # (its sentence only)
                fields: dict[str, object] = {"scope": own, "progress": said, "lead": a}
                found.append(Candidate(a, b, "prose", (own[0], said[1]), fields=fields))
        for a, b in _respective_names(text, start, at):  # 分别投资…，建设X基地和Y项目
            own = (_clause_before(text, a), b)
            said = (b, clause_end(text, stop, 200, "；;。！？!?\n"))
            found.append(Candidate(a, b, "prose", (own[0], said[1]), fields={"scope": own}))
            start = max(start, b + 1)
        if not is_name(text[start:stop]):
            continue
        if _STAFF.match(text, stop) and not proper(text, start, at):
            continue  # 中建三局项目经理: a contractor's staff (德瓷陶瓷生产线项目负责人: its own)
        name = text[start:stop]
        if _NOT_IN_NAMES.search(name) or text.startswith(QUALIFIED_BY_PROJECT, stop):
            continue
        if text.startswith("之一", stop) or _DESCRIBED_AS.search(text, max(0, start - 30), start):
            continue  # 是…规模最大的…项目之一, 该项目是我市…最大单体工业项目: a description
        if name.startswith(PHASES) and found and "\n" not in text[found[-1].end : start]:
            continue  # X项目总投资45亿元，…二期年产10万吨项目预计…: X项目's phase
        # 过会项目 is no name, 仙回项目 may be a short name of one named before it: a name
        # stands alone when it is proper (a facility, a figure, a company or place in front)
        # or introduced as one (投资3000万美元的硅胶项目, 围绕…项目); otherwise only as an
        # abbreviation of a project named before it.
        introduced = (
            text.endswith(INTRODUCERS, 0, start - (start > 0 and text[start - 1] == "了"))  # 启动了
            or text.startswith(_SITE, end)
            or invested is not None  # 投资73亿港元，在…设立冷链物流中心
        )
        # 钠电池项目 stands alone after 建设 or 的, 光伏项目 nowhere
        # (宁海电厂二期项目: the plant's 厂 is of the name)
        size = at - start + text.startswith("厂", at)
        short = size < (2 if works else 3 if introduced else 4) and not text.endswith(
            "的", 0, start
        )
        opens = (  # the subject of a sentence: 华塑新材料项目总投资…, 据悉，华塑…项目总投资…
            start == 0
            or text[start - 1] in "。；;！？!?\n \t\u3000…"  # (a headline's second part too)
            or (
                text[start - 1] in "：:"
                and _SHORT_LABEL.search(text, max(0, start - 10), start - 1)
            )
            or (
                text[start - 1] in "，,"
                and (
                    text.endswith(_OPENERS, 0, start - 1)
                    or _OPENED_WHEN.search(text, max(0, start - 16), start) is not None
                    or _OWN_FIGURES.match(text, end) is not None  # A项目总投资…，B项目总投资…
                )
            )
        )
        heading = text.startswith(("：", ":"), stop)
        scope_end = text.find("\n", stop) if heading else continued(text, sentence_end(text, stop))
        scope_end = len(text) if scope_end < 0 else scope_end
        short = short or not (  # the cheap tests first
            introduced
            or (works and size >= 2)  # 青山水库: works are proper names
            or (opens and size >= 4 and _PREDICATE.match(text, end) is not None)
            # 确保宏达轴承项目建成投产: a name a plan urges on to a stage
            or (size >= 4 and text.endswith(_URGES, 0, start) and _URGED_TO.match(text, end))
            # 肉牛养殖小区建设项目：总投资286万元…: a line that opens with it and gives figures
            or (heading and opens and size >= 4 and _DIGIT.search(text, stop, scope_end))
            or proper(text, start, start + size)
        )
        if not heading and _DESCRIBED_BELOW.match(text, stop) is not None:
            scope_end = _paragraph_below(text, stop)  # a name alone on its line, described below
        found.append(
            Candidate(
                start,
                stop,
                "heading" if heading else "prose",
                # (投资215亿元，于…兴建X晶圆厂: the amount invested in it is its own)
                (
                    min(_clause_before(text, start), invested.start() if invested else start),
                    scope_end,
                ),
                fields={"abbreviation_only": True} if short else {},
            )
        )
    for title in TITLE.finditer(text):
        start, stop = shape(text, *title.span("body"))
        if is_name(text[start:stop]):
            scope_end = continued(text, sentence_end(text, title.end()))
            found.append(Candidate(start, stop, "prose", (start, scope_end)))
    if "「" in text or "“" in text:
        found += _quoted(text, taken)
    if "协议" in text:
        found += _agreed(text, taken)
    _share_predicates(text, found)
    _share_leads(text, found)
    _part_own_predicates(text, found)
    return found


#: A facility named in quotes, as a built or signed thing (兴建「南科研发暨制造中心」) or as
#: the subject that a figure or a stage is told of («楠梓一厂»投资额约…, “X中心”正式开工).
QUOTED = regex.compile(r"[「“](?P<body>[^」”「“\n，,。；;]{3,30}?)[」”]")
#: A verb that builds or signs for what is quoted after it, in the same clause.
_QUOTED_AFTER_VERB = regex.compile(
    r"(?:兴建|建设|新建|扩建|筹建|设立|打造|签约|签下|签署|引进|落户|启用|动工|开工|投资)"
    r"[^，,。；;\n「“」”]{0,12}$"
)
#: What a quoted facility's name ends with (厂, 中心, 基地, 案场 …); 项目 and 工程 are
#: read as every name is.
_QUOTED_HEADS = (*FACILITY_HEADS, "厂", "场", "案", "所", "站", "楼", "桥", "路", "线", "住宅")
_NOTE_AFTER = regex.compile(r"(?:[（(][^（）()\n]{1,12}[）)])?")
_SUBJECT_OF_PATTERN = regex.compile(r"(?:" + _SUBJECT_OF + r"|投资额|总投资额|目前|已|将|预计)")
#: A note that gives a short name for something named before it (（「越南基地」）, 以下简称“X”).
_ALIAS_BEFORE = regex.compile(r"(?:[（(]|简称|下称|以下称)$")


def _quoted(text: str, taken: Taken) -> list[Candidate]:
    """Facilities named in quotes without 项目 or 工程 (Taiwan's 「鹿港二厂」, “X中心”)."""
    out = []
    for m in QUOTED.finditer(text):
        start, stop = m.span("body")
        body = m.group("body")
        if (
            start in taken
            or not body.endswith(_QUOTED_HEADS)
            or body.endswith(("项目", "工程"))
            or _ALIAS_BEFORE.search(text, max(0, start - 5), start - 1)
            or not is_name(body)
        ):
            continue
        after = _NOTE_AFTER.match(text, m.end())  # 「楠梓二厂」(P2)举行动土典礼
        told = _QUOTED_AFTER_VERB.search(text, max(0, m.start() - 14), m.start()) or (
            _SUBJECT_OF_PATTERN.match(text, after.end())
        )
        if not told:
            continue
        lead = clause_start(text, start, 120, "。；;！？!?\n")
        out.append(
            Candidate(start, stop, "prose", (lead, continued(text, sentence_end(text, stop))))
        )
    return out


def _agreed(text: str, taken: Taken) -> list[Candidate]:
    """What an agreement is signed for, named without 项目 (AGREEMENT)."""
    found = []
    for m in AGREEMENT.finditer(text):
        a, b = m.span("body")
        if a in taken or text.endswith(("项目", "工程"), a, b):
            continue  # (a name that ends so is read as one already)
        if not (_FIGURE_FIRST.match(text, a) or text.endswith(FACILITY_HEADS, a, b)):
            continue  # 签署战略合作协议: no project
        start, stop = shape(text, a, b)
        if is_name(text[start:stop]):
            scope = (clause_start(text, m.start(), 120, CLAUSE_STOPS), sentence_end(text, m.end()))
            found.append(Candidate(start, stop, "prose", scope))
    return found


#: What ends a clause: the predicate two joined names share (…均已于2月底开工，确保C项目…:
#: not C's), the stage word a list of dates is for (分别于3月、4月开工).
CLAUSE_STOPS = "，,。；;！？!?\n"
#: What joins two names that one predicate follows (A项目、B项目均已开工).
_NAME_JOINERS = ("、", "和", "与", "及", "以及", "、以及")


def _share_predicates(text: str, found: list[Candidate]) -> None:
    """A name joined to the next one (A项目、B项目均已于2月底开工) shares what is said
    after it, the stretch after the last of the names to its clause's end, and the next
    shares what leads to the first (its ``lead``: where the first name starts)."""
    for a, b in pairwise(sorted(found, key=lambda c: c.start)):
        shared = a.fields.get("progress")
        between = text[a.end : b.start]
        if between in _NAME_JOINERS or (
            between[:1] in "和与及、" and _JOINED_INTRODUCED.fullmatch(between) is not None
        ):
            if shared is None:
                a.fields["progress"] = (b.end, clause_end(text, b.end, 200, CLAUSE_STOPS))
        elif not (isinstance(shared, tuple) and "lead" in a.fields and b.end <= shared[1]):
            continue  # (推动总投资150亿元的A二期、总投资60亿元的B项目开工: listed first)
        # (推动A项目、B项目开工建设: what leads the first leads each)
        b.fields["lead"] = a.fields.setdefault("lead", a.start)


#: A joiner and what introduces the next name (…项目和投资7800万元的…项目同步动工).
_JOINED_INTRODUCED = regex.compile(r"(?:和|与|及|以及|、)(?:计划)?总?投资[^，,。；;]{1,16}?元的")


def _part_own_predicates(text: str, found: list[Candidate]) -> None:
    """Two names each with a predicate of its own, a list comma or a headline's space between
    (确保A项目7月底前开工、B工程9月底前建成投运): each reads its own, not the other's."""
    for a, b in pairwise(sorted(found, key=lambda c: c.start)):
        comma = _OWN_PREDICATE_ENDS.search(text, max(a.end, b.start - 3), b.start)
        if comma is None or a.scope[1] <= comma.start() or "progress" in a.fields:
            continue  # (计划5月开工、明年6月投产。目前，A项目…: one project's predicates)
        a.scope = (a.scope[0], comma.start())
        b.scope = (max(b.scope[0], comma.end()), b.scope[1])


#: A stage word, then the list comma before the next name (…7月底前开工、).
#: (or the space between two clauses of a headline: A项目开工 B电站并网).
_OWN_PREDICATE_ENDS = regex.compile("(?<=" + "|".join(PREDICATE_ENDS) + ")(?:、|[ \u3000]{1,2})")


def _share_leads(text: str, found: list[Candidate]) -> None:
    """A name joined to the one before it with a clause of its own (同期开工的还有总投资12亿
    元的A项目，以及总投资8.6亿元的B项目) shares what leads to the first: its stages, not its
    figures."""
    for a, b in pairwise(sorted(found, key=lambda c: c.start)):
        joiner = _JOINER_BEFORE.match(text, a.end, b.start) if b.scope[0] > a.end else None
        if joiner is not None and a.scope[0] < a.start and "progress" not in b.fields:
            b.fields["progress"] = (a.scope[0], a.start)


#: What joins a name to the clause of the next (，以及 / 和 / 还有).
_JOINER_BEFORE = regex.compile(r"[，,、]?(?:以及|和|与|及|还有|另有)")
#: A name that ends its line, and a line below that describes it (甲乙新材料产业园项目 /
#: 总投资26亿元，…): not a photo caption over a paragraph about something else.
#: (a post may put a short line or two between: 珠海冠宇…项目（三期） / ✅10月15日首条产线投产 /
#: 项目由…投资60亿元建设。)
_DESCRIBED_BELOW = regex.compile(
    r"[ \t]*\n" + _SHORT_LINES_BETWEEN + r"[ \t\n]*(?:[" + BULLETS + r"\-—✅][ \t]*)?" + _DESCRIBING
)


def _paragraph_below(text: str, stop: int) -> int:
    """Where the paragraph below the line that ends at or after ``stop`` ends."""
    pos = text.find("\n", stop)
    if pos < 0:
        return len(text)
    nxt = pos + 1
    while nxt < len(text) and text[nxt] in " \t\n":
        nxt += 1
    end = text.find("\n", nxt)
    bullet = text[nxt] if nxt < len(text) and text[nxt] in BULLETS else None
    while bullet is not None and end >= 0 and text.startswith(bullet, end + 1):
        end = text.find("\n", end + 1)  # • 总投资：… / • 建设内容：…: its bulleted lines
    return len(text) if end < 0 else _short_lines_below(text, nxt, end)


#: The longest line of a post's short lines under a name (总投资1.2亿元 / 已于3月底开工).
_SHORT_LINE = 30
#: A line that names a project of its own (the next item of the post).
_NAMES_ITS_OWN = regex.compile(r"(?:项目|工程|基地|园)[ \t]*$")


def _short_lines_below(text: str, first: int, end: int) -> int:
    """``end`` moved over the short lines right under the short line at ``first`` (a
    post's 总投资1.2亿元 / 已于3月底正式开工), up to a blank line or a line that names its own
    project."""
    if end - first > _SHORT_LINE:
        return end
    while end < len(text) and text.startswith("\n", end):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt]
        if not line.strip() or len(line) > _SHORT_LINE or _NAMES_ITS_OWN.search(line):
            break
        end = nxt
    return end


def headings(text: str, taken: Taken) -> list[Candidate]:
    """Short lines that name a project over the paragraph describing it."""
    found = []
    for m in at_line_starts(HEADING, text, _may_be_heading):
        start, stop = shape(text, *m.span("name"))
        if start in taken or stop <= start:
            continue
        name = text[start:stop].strip()
        if _NOT_HEADING.match(name) or not _HEADING_HEADS.search(name) or not is_name(name):
            continue
        if ANCHOR.search(text, m.start("name"), start) is not None:
            continue  # X项目签约落户苏州工业园区: the line names X项目, the park is its site
        body_end = text.find("\n", m.end())
        while body_end >= 0 and not text[m.end() : body_end].strip():
            body_end = text.find("\n", body_end + 1)
        if body_end >= 0:
            body_end = _short_lines_below(text, m.end(), body_end)
        found.append(
            Candidate(start, stop, "heading", (start, len(text) if body_end < 0 else body_end))
        )
    return found
