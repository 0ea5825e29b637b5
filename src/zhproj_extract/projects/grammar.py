"""The words the project parser reads: section labels, stages, status words and field cues.

Every table here is data: a new label, stage word or cue is a row.  The layouts
(:mod:`.blocks`, :mod:`.lists`, :mod:`.forms`, :mod:`.prose`) find where projects are
named; :mod:`.fields` reads each project's fields with these cues.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

from ..models import Stage, Status
from ..rules import alternation

#: Section label → section kind.
SECTION_LABELS: dict[str, str] = {
    **dict.fromkeys(("项目介绍", "项目简介", "项目概况", "基本情况", "建设内容", "项目内容"), "intro"),
    **dict.fromkeys(("项目意义", "项目亮点", "项目价值", "项目效益", "经济效益", "预期效益", "建设意义"),
                    "significance"),
    **dict.fromkeys(("项目进展", "进展情况", "建设进度", "项目进度", "最新进展"), "progress"),
}  # fmt: skip

#: Characters that mark a block header or a bulleted list item.
BULLETS = "●○◆◇■□▲△★☆•◎"

#: Progress stage → the words that name it (longest first when matched).
STAGES: dict[Stage, tuple[str, ...]] = {
    "signing": ("签约", "签订协议", "签订", "签署", "签定", "签下", "达成协议", "达成一致", "订立"),
    "construction_start": ("开工建设", "开工", "动工", "破土动工", "开建", "复工开工", "新开工",
                           "启动建设", "进场施工", "开始施工", "动土", "破土", "启动", "奠基"),
    "topping_out": ("封顶", "结顶", "上梁"),
    "trial_production": ("试生产", "试产", "试投产", "试运行", "调试", "通水试运行"),
    "production_start": ("投产", "投入生产", "建成投产", "投产发电", "量产", "投入商业化生产",
                         "投入商业生产"),
    "full_production": ("达产", "满产", "满负荷生产", "满负荷运行"),
    "completion": ("竣工", "建成", "完工", "落成", "完成主体工程", "交付使用", "通过竣工验收",
                   "通过验收", "完成验收", "完成竣工验收", "全线贯通", "交工验收", "通过交工验收"),
    "operation": ("运营", "投入使用", "营业", "投用", "投运", "投入运行", "投入运营", "并网发电",
                  "并网", "启用", "通水", "上线运行", "通车", "开业", "开园", "开馆", "营运", "投入营运",
                  "商转", "商业运转"),
}  # fmt: skip
#: Stage words that also tell an earlier stage, when nothing else in the stretch names it:
#: a plant 建成投产 was completed as it began producing (but 一期已建成投产；二期…年底建成:
#: the whole's completion is the later one).
ALSO_TELLS: dict[str, Stage] = {"建成投产": "completion"}
#: Stage words that do not name the stage in these contexts (开工率 is a rate, 建成后 a
#: condition, 达产后 a condition on output).
NOT_STAGES = ("开工率", "建成后", "达产后", "投产后", "建成达产后", "达产达效", "开竣工", "签约额",
              "签约总额", "建成并投产后", "投用后", "建成投用后", "建成投产后", "全部建成并投产后",
              "达产后年", "建成全国", "建成一座", "开工第一天", "拿地即开工", "量产后", "并网后",
              "投运后", "落成后", "运营后", "营业收入", "营业额", "营业总收入", "营业税", "签约后",
              "安装调试", "签署日", "签署之日", "建成之前", "投产之前", "开工之前", "竣工之前",
              "建设运营", "负责运营", "运营管理", "运营商", "运营主体", "通车里程", "开业率", "中试生产",
              "中试", "启动区", "启动年产", "启动会", "启动资金", "启动招商", "启动前期", "启动仪式", "启动实施",
              "启动编制", "启动申报", "启动程序", "启动审批", "启动机制", "投产条件", "开工条件", "竣工条件", "运营条件", "试生产条件", "生产条件", "营运收入", "营运资金",
              "营运中心", "营运总部", "营运商", "营运管理", "测试产线", "测试生产线", "奠基人",
              "奠基石")  # fmt: skip

#: Words before a stage that say whether it happened.
STATUS_WORDS: dict[str, Status] = {
    "已": "done", "已经": "done", "正式": "done", "成功": "done", "顺利": "done",
    "举行": "done", "举办": "done",
    "未": "planned", "尚未": "planned", "仍未": "planned", "原定": "planned", "原计划": "planned",
    "正在": "in_progress", "加快": "in_progress", "推进": "in_progress",
    "计划": "planned", "预计": "planned", "拟": "planned", "将": "planned", "力争": "planned",
    "可": "planned", "定于": "planned", "有望": "planned", "目标": "planned", "筹划": "planned",
    "确保": "planned", "争取": "planned", "宣布": "done", "完成": "done", "同步": "done",
    "抓好": "planned", "督促": "planned", "前完成": "planned", "要在": "planned", "必须": "planned",
    "推动": "planned", "处于": "in_progress", "进入": "in_progress",
}  # fmt: skip

#: Stage words that end one name's own predicate before a list comma and the next name
#: (确保A项目7月底前开工、B工程9月底前建成投运).
PREDICATE_ENDS = ("开工", "投产", "竣工", "建成", "签约", "运营", "投运", "封顶", "完工", "并网", "投用", "通车",
                  "开业")  # fmt: skip

#: Collective events: a project named in a list under one of these (or in an article
#: about one) reached the stage that day.
EVENTS: dict[Stage, tuple[str, ...]] = {
    "signing": ("集中签约", "签约仪式", "签约活动", "现场签约", "成功签约", "签约项目", "签约的项目",
                "签下", "完成签约", "此次签约", "这次签约", "本次签约", "当天签约", "集中签订",
                "签约了", "共签约", "现场签下", "共签下", "签约一批", "【签约】", "【签约项目】"),
    "construction_start": ("集中开工", "开工仪式", "开工活动", "集中复工开工", "开工项目", "顺利开工",
                           "奠基仪式",
                           "开工潮", "开工建设仪式",
                           "开工的项目", "开工建设的", "计划新开工", "新开工项目", "此次开工",
                           "当天开工", "本次开工", "开工动员", "开工一批", "【开工】", "【开工项目】"),
    "completion": ("集中竣工", "竣工仪式", "竣工项目", "计划建成", "建成项目", "竣工一批", "【竣工】",
                   "【建成】"),
    "production_start": ("集中投产", "投产仪式", "投产项目", "竣工投产", "集中竣工投产", "投产一批",
                         "【投产】"),
}  # fmt: skip

#: Cues for money fields: the nearest cue before the amount in its clause decides.
TOTAL_INVESTMENT = ("计划总投资", "项目总投资", "总投资额", "总投资", "投资总额", "估算总投资",
                    "总投资规模", "概算总投资", "耗资", "总额", "预算数", "总预算", "总概算",
                    "投资概算", "投资估算", "工程造价", "总造价", "造价", "总经费", "工程经费",
                    "工程预算", "核准工程预算", "整体预算", "工程费用")  # fmt: skip
INVESTMENT = ("计划投资", "拟投资", "投资", "投入", "合同投资", "出资", "斥资", "增资", "以自有资金",
              "以自筹资金", "使用自有资金")  # fmt: skip
#: Cues that make an amount something other than the total investment.
NOT_INVESTMENT = ("完成投资", "年度计划投资", "年度投资", "计划完成投资", "累计完成投资", "已完成投资",
                  "固定资产投资", "设备投资", "首期投资", "一期投资", "二期投资", "年计划投资",
                  "年内计划", "募集", "年销售", "营业收入", "营收", "年产值", "产值", "税收", "纳税",
                  "利税", "签约总额", "签约额", "总投资额均", "销售收入", "分别投资", "本期增加投资",
                  "本期投入", "本年投入", "累计投入", "分别完成投资")  # fmt: skip
ANNUAL_OUTPUT = ("达产后年产值", "年产值", "达产产值", "产值", "年总产值", "年产能", "产能")
#: Cues of revenue, reported as annual output only where no 产值 is stated.
REVENUE = ("年营业收入", "年营收", "年销售收入", "年销售额", "营业收入", "销售收入")
TAX = ("年纳税", "年税收", "纳税", "税收", "税金")
JOBS = ("就业岗位", "就业", "岗位")
LAND = ("占地", "用地", "占地面积", "用地面积", "规划用地", "新增用地")
#: Words after which an amount is an aggregate of many projects (共签约项目32个，总投资…),
#: looked for at most AGGREGATE_REACH characters back in the amount's sentence.
AGGREGATE_REACH = 60
AGGREGATE = regex.compile(
    r"(?:\d+|[一二两三四五六七八九十百千]+)(?:个|项|批|家|大(?!连))(?:\p{Han}{0,10})?项目"
    r"|项目(?:\d+|[一二两三四五六七八九十百千]+)(?:个|项)|(?:\d+|[一二两三四五六七八九十]+)项[，,]"
    r"|这批|本批|该批|一批|这些项目|上述|合计|共计|累计|签约总额|总投资额均|均过|均超"
)

#: Verbs that introduce the list of products (主要研发生产聚砜、PEI等…).
PRODUCTS = regex.compile(
    r"(?:主要研发生产|主要生产|研制、生产|研制生产|主要产品(?:包括|为)?|产品包括)"
    r"(?P<list>[^，。；\n]{2,80}?)(?:等|，|。|；|$)"
)
#: Kinds of quantity that are a capacity even without 年产 (50GWh, 10GW).
CAPACITY_KINDS = ("energy", "power", "compute")
#: Units that are a plant's size even without 年产: a spinning mill's spindles (10万纱锭).
CAPACITY_UNITS = ("锭",)
#: Phase words (首期启动年产10GW…).
PHASES = ("首期", "一期", "二期", "三期", "四期")

#: The bodies that govern a place (青峰县人民政府, 经开区管委会): a party or owner named so is
#: the place's government.
GOVERNMENT_BODIES = ("管理委员会", "人民政府", "管委会", "政府")
GOVERNMENT_BODY = "(?:" + "|".join(GOVERNMENT_BODIES) + ")"
#: Full registered endings: such a company before a project name is its investor only.
REGISTERED_ENDINGS = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司")
#: Administrative and park suffixes that end a place name.
PLACE_ENDINGS = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "开发区", "经开区",
                 "新区", "园区", "产业园", "工业园区", "工业园", "工业区", "产业基地", "自治县",
                 "自治州", "省", "市", "县", "区", "镇", "乡", "村", "港")  # fmt: skip
#: Cues that name the investor before it (由X投资, 投资方为X, 业主为X).
INVESTOR_BEFORE = regex.compile(
    r"(?:由|投资方[为是]?|业主(?!单位)[为是]?|(?:项目业主|业主单位|建设单位|实施单位|项目单位|实施主体|投资主体|"
    r"建设主体|签约方|签约单位|签约企业)"
    r"[为是]?)[：:]?"  # (实施单位县交通运输局: the body the label names, if one follows)
)
#: Verbs after an investor (X投资, X负责实施, X主体投资; not X承建, a contractor).
INVESTOR_AFTER = regex.compile(
    r"(?:主体投资|投资兴建|投资建设|投资|投建|负责实施|负责建设|出资|兴建|新建|扩建|建设|实施|增资|独资)"
)
#: Words that end a description before a company name (…龙头企业——X公司, …的X公司).
DESCRIPTOR_ENDS = ("——", "—", "的", "企业", "冠军", "龙头", "巨头", "投资方为", "投资方",
                   "领军者", "引领者", "之一", "：", ":", "旗下", "全资子公司", "子公司", "附属公司",
                   "所属")  # fmt: skip


class ProjectGrammar:
    """Section labels, and the place and company names the project parser knows.

    :data:`DEFAULT_GRAMMAR` holds the library's own labels and no names; an
    :class:`~zhproj_extract.Extractor` given more builds its own.  A known place after a
    location cue (落户, 位于 …) is taken whole even without an administrative suffix
    (落户江门人才岛); a known company is an investor, exactly as written.
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
        self.place = regex.compile(alternation(self.places)) if any(self.places) else None
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
