"""What a project name looks like, and what a name found in text says about the project.

Every layout finds a stretch of text that holds a name; this module trims it to the
phrase the text uses as the name (no list number, no leading verb phrase, no
investor-and-amount clause, no registered company glued in front), tells a name from a
category (重点项目, 16个亿元以上项目, 签约项目), and reads the company or place glued to
the front of a name as the project's investor or location.

All offsets are into the normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise

import regex

from .grammar import PLACE_ENDINGS, PREDICATE_ENDS, REGISTERED_ENDINGS
from .places import place_at

__all__ = ["Candidate", "Taken", "is_name", "name_key", "shape"]


@dataclass
class Candidate:
    """A project named once in the text, with the stretch of text that describes it.

    ``scope`` is where this project's own fields are read (its block, list item, form
    record or sentences); ``shared`` is the sentence of the list it belongs to, which may
    give every member a stage (此次签约的项目包括…) or an investment threshold.
    """

    start: int
    end: int
    layout: str
    scope: tuple[int, int]
    shared: tuple[int, int] | None = None
    investor: tuple[int, int] | None = None
    location: tuple[int, int] | None = None
    block: object | None = None  # the block (blocks.Block) for the block layout
    fields: dict[str, object] = field(default_factory=dict)  # fields a layout states


#: Words no company's name holds: the verbs and joiners before one (将加快推进X公司,
#: 主会场项目为X公司, 泗洪县与X公司签约, 省发改委核准X公司).
NOT_IN_COMPANY = regex.compile(
    r"将|加快|推进|推动|引进|签约|携手|联手|牵手|来到|走进|(?<!华)为|是|的|了|由|对|把|向|与|及|其中|包括|"
    r"确保|支持|鼓励|日前|近日|今天|今日|核准|批复|同意|举行|旗下|下属|还有|另有"  # (…旗下Y有限公司: Y)
)
#: A list marker at the start of a stretch (1. 1、 （1） 一、 ① ● ——).
LIST_MARKER = regex.compile(
    r"[ \t]*(?:\d{1,3}[、.．](?!\d)|\d{1,3}[ \t]*[|丨](?!\d)|[（(]?\d{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]|【(?:项目)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})】|[①-⑳]|[●○◆◇■□▲△★☆•◎·\-—▶►▷✔✓√➤◉※]+|\*\*)[ \t]*"
)
#: Words that may start a stretch and are not part of the name.
LEADING = regex.compile(
    r"(?:和|与|及|以及|或|还有|另有|此外还有|此外|另外|同时|其中|包括|包含|涉及|分别是|分别为|"
    r"依次为|主要有|主要包括|例如|比如|如|又如|有|为|是|推进|推动|加快|引进|成功引进|实现|签订|签署|"
    r"力争|打造|建设|设立|扩建|兴建|实施|开展|启动|落地|落户|服务(?![器外业])|围绕|全市|全省|全县|全区|我市|该市|我县|"
    r"我区|我省|本省|本市|走进|来到|走访|前往|位于|拟建|新建|新上|拟新上|对接|共对接|收录了|收录|今年|当天|"
    r"此次|本次|这次|开工建设的还有|开工的|签约的|当日|用于|用于建设|投资建设|建成|启动了|"
    r"计划|重点|正在筹划|筹划|先期启动|决定|组织|举行|在|由|将|对|把|关于|予以|同意|据|了|要|确保|"
    r"力争|核准|建成投产|竣工投产|开工建设|开工|投产|竣工|动工|完工|谋划了|谋划|储备了|储备|"
    r"申请核准|申请备案|申请|只见|看到|可以看到|映入眼帘的是|请问|鉴于|由于|探访|直击|聚焦|紧盯|助力|"
    r"力促|抢抓|该公司|本公司|公司的|该公司的|以(?!色列))+"
)
# (longest first, so that 对接 is read whole before 对)
LEADING = regex.compile(
    "(?:"
    + "|".join(
        sorted(
            LEADING.pattern.removeprefix("(?:").removesuffix(")+").split("|"), key=len, reverse=True
        )
    )
    + ")+"
)
#: The first characters of LEADING's words (it is an alternation of plain words).
_LEADS = frozenset(word[0] for word in LEADING.pattern.removeprefix("(?:").split("|"))
#: Characters or words a name never contains: the name starts after the last of them.
BREAK = regex.compile(
    r"[，。；;：:！？!?,\n\t《》「」|｜#＃]|(?<="
    + "|".join(PREDICATE_ENDS)
    + r")、|(?<=\p{Han}{2})[ ]+(?=\p{Han}{2})|(?<=\d[月日号])[ ]+(?=\p{Han})|(?<=(?:项目|工程)[（(][^（）()\n]{1,20}|[（(][^（）()\n]{0,20}\d[^（）()\n]{0,20})[）)](?=和|与|及|以及|、)|的(?!士)|——|是|在|将|对(?!接)|(?<=[市县区镇])以(?=年产|\p{Han}{2,20}?项目为)|把|(?<![华有])为(?!主)|由(?!此)|(?<![成造迁])就(?!业)|之(?=年产|年加工|年处理|\d)|等"
    r"|[（(](?:以下简称|下称|简称)[^）)]{0,12}[）)]|中标|承接|承揽|总承包|关于(?=\p{Han})|开工建设|动工"
    r"|举办|举行|组织|负责|协调|掀起|抓好|抓实|借助|确定了?|了解到|发布|推出|出炉|印发|公布|入选|上榜|拿下|再获|"
    r"征集到|提交|编写|组建了?|调出|调整为?|察看了?|开办|兴建|始终以|开展|以来|列入|属于|"
    r"抢占|亮相|参与|完成|迎来|再添|新添|喜添|获悉|增资(?=[约近超逾]?\d)|(?<=元|在\p{Han}{2,8})扩建|表示|介绍|设于|位于|作为|披露|宣布|签订|签署|签定|"
    r"洽商|商谈|围绕|希望|引进|考察|走访|新签|启动|建起|建成(?![区后])|使用|拟建|新建|建置|设立|新上|筹划|用于|依托|"
    r"助推|带动|推动|推进|加快|打造|实现|形成|成为|达到|共有|还有|另有|及相关|标志着"
    r"|(?:共同|联合|合资|合作)?投资(?:建设|兴建)|(?:共同|联合|合资|合作)建设|投建"
    r"|(?:投资|出资|投入)(?:约|超过?|逾|近|不超过|不低于|不少于|高达|达|共计?|总计|合计)?"
    r"[\d.零〇一二两三四五六七八九十百千]+[万亿]*[美欧港]?元(?:左右|以上|多|余)?"
    r"(?:用于|来)?(?:建设|兴建|投建|新建|打造)?"
    r"|建设(?=[\p{Han}\d])(?!项目|工程|[一二三四]?期|用地|规模|内容|单位|地点|年限|性质|周期|工期|中|的)"
    r"|企业(?=\p{Han}{4})|(?:明年底|今年底|年底|年初|明年|今年|去年|当年)前?|目前|眼下"
    r"|来到|走进|前往|观摩|调研|视察|签约(?!仪式|活动|和|及|与|、|项目)|创建|争创|申报"
)
#: What a project name may end with (the head of the phrase).
HEADS = ("项目", "工程", "基地", "产业园", "工业园", "园区", "中心", "工厂", "总部", "电站", "风电场",
         "电场", "光伏", "生产线", "产线", "线", "产业城", "综合体", "新城", "小镇", "广场", "小区",
         "医院", "幼儿园", "学校", "公园", "乐园", "度假村", "度假区", "酒店", "大楼", "大厦",
         "园", "城", "港", "馆", "场", "厂", "站", "街", "路", "桥", "库", "村", "区", "平台", "楼",
         "改造", "升级", "配套", "利用", "治理", "建设", "材料", "制造", "发电", "一期", "二期",
         "三期", "四期", "续建", "机组", "公路", "线路", "高速公路", "期", "阶段")  # fmt: skip
#: Words that make a phrase a category, not a name (重点项目, 签约项目, 产业项目).
GENERIC = regex.compile(
    r"(?:这些|这批|该|此|本|这|那|上述|其他|其余|一批|多个|首批|全部|所有|各类|各|等|正式|技改|"
    r"重点|重大|招商引资|招商|引资|配套|储备|标杆|优质|实体|代表性|示范|样板|链主|强链|延链|补链|硬核|"
    r"签约|开工|竣工|投产|开竣工|复工|新开工|续建|前期|在建|建设|实施|实施类|预选类|储备类|预备|预备类|"
    r"产业|工业|制造业|服务业|现代服务业|先进制造业|基础设施|社会民生|民生|政府投资|外资|民资|内资|"
    r"亿元以上|亿元|百亿|十亿|过亿|亿级|百亿级|千亿级|龙头|旗舰|特色|改造类|标杆型|型|类|级|"
    r"省|市|区|县|镇|省级|市级|区级|县级|国家级|省重点|省重大|省重点建设|重点建设|重点产业|"
    r"重大产业|特别重大|战略性新兴产业|新兴产业|传统产业|战新|高新技术|科技|大|新|好|先进制造|"
    r"招引|引进|落地|落户|对接|拟签约|合作|意向|投资|的|和|及|与|、|\s|"
    r"\d+|[一二两三四五六七八九十百千万]+|个|项|批|家|余|多|近|共|计|有|年|月|第|季度|度|"
    r"这类|此类|同类|相关|环保科技|延链补链|科普文旅特色|重大民生|重点基础设施|循环经济|"
    r"地产|房地产|物流|商贸|文旅|旅游|农业|现代农业|服务|能源|新能源|交通|水利|市政|城建|教育|医疗|"
    r"卫生|生态|信息|数字|装备|民生|社会|公共|城市|乡村|振兴|光伏|风电|储能|关键|重要|核心|中小|"
    r"农村|城乡|文化|体育|环保|康养|电力|通信|专精特新|红榜|黑榜|红黑榜|先进|后进|进度滞后|滞后|"
    r"主体|土建|附属|安装|部分|坚持|聚焦|围绕|“|”)+"  # a part of a project (一期主体工程, 土建工程)
)
_COUNT = regex.compile(
    r"(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?(?:个|项(?!目)|批|家|大|类|种)"
)
#: What a count ends with (a fast test before _COUNT, in the standard library's engine).
_COUNTED = re.compile("[个项批家大类种]")
#: A company name at the start of a name: registered (…有限公司) or a group (…集团).
_COMPANY_PREFIX = regex.compile(
    r"(?P<company>[\p{Han}A-Za-z0-9()（）·]{2,40}?(?:"
    + "|".join(REGISTERED_ENDINGS)
    + r"))(?=[ \t]*[\p{Han}A-Za-z0-9(（“])"
)
#: What every registered ending holds (公司; an ending that does not is its own).
_REGISTERED_CORES = ("公司", *(e for e in REGISTERED_ENDINGS if "公司" not in e))
_GROUP_PREFIX = regex.compile(r"(?P<company>\p{Han}{2,8}?(?:集团|股份|控股))(?=\p{Han}{3})")
#: A place with an administrative or park suffix at the start of a name.
_PLACE_PREFIX = regex.compile(
    r"\p{Han}{2,6}?(?:高新技术产业开发区|经济技术开发区|经济开发区|国家高新区|高新区|开发区|经开区|"
    r"新区)|\p{Han}{1,3}(?<![小城])(?:镇|乡)(?![村镇])(?=[\p{Han}\d])"  # (not 城乡, 乡村)
    r"|(?:高新区|经开区|开发区|综保区|保税区)(?=\p{Han}{2})"  # the city's own (高新区星美…项目)
)


#: A tag that numbers an item (【项目三】, 【3】).
_NUMBER_TAG = regex.compile(r"【(?:项目)?[\d一二三四五六七八九十]{1,3}】")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t“”\"'‘’(（、【】…":
        closed = text.find("】", start, end) if text[start] == "【" else -1
        if 0 <= closed < end - 1:
            if _NUMBER_TAG.fullmatch(text, start, closed + 1) is not None:
                break  # 【项目三】X项目: a tag, kept (only a bracket around the name goes)
            start = closed + 1  # 【头条】X项目: a column's label
            continue
        if text[start] in "(（" and (")" in text[start:end] or "）" in text[start:end]):
            break
        if text[start] == "“" and text.find("”", start, end - 2) >= 0:
            break  # “塔拉滩”光伏项目: a quoted word the name begins with
        start += 1
    while end > start and text[end - 1] in " \t“”\"'‘’、，,*】":
        end -= 1
    return start, end


#: A town or village whose name starts with a word LEADING would strip (和平镇, 同乐乡).
_TOWN = regex.compile(r"\p{Han}{1,2}(?:镇|乡|村)")
#: Verbs a name may end with, just before its head (品质提升项目, 先进制造新建项目).
NAME_VERBS = frozenset(("新建", "扩建", "提升", "改造", "升级", "建设", "利用", "治理", "续建",
                        "搬迁", "技改", "建起", "开展", "实施"))  # fmt: skip
#: A place in parentheses that ends a stretch (…工厂(松阳县)).
_PLACE_NOTE = regex.compile(r"[（(](?P<place>\p{Han}{2,12})[）)]$")
_BREAK_BACKWARDS = regex.compile(BREAK.pattern, regex.REVERSE)
_HEAD_ONLY = regex.compile(r"(?:项目|工程)(?:[（(]?[一二三四五六七八九十]期[）)]?)?")


class Taken:
    """Stretches already read as something, asked whether they hold a position: sorted
    and merged once, each question a bisection (so a long text stays linear)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            elif b > a:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def at_line_starts(
    pattern: regex.Pattern[str], text: str, may_match: Callable[[str], bool] | None = None
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds for a pattern that starts with ``^`` (in
    MULTILINE mode) and ends by the start of the next line: it is tried at each line's
    start alone (finditer tries every character), and only on the lines that pass the
    quick test ``may_match``, if one is given (which must pass every line it matches)."""
    start = 0
    for line in text.split("\n"):
        if may_match is None or may_match(line):
            m = pattern.match(text, start)
            if m is not None:
                yield m
        start += len(line) + 1


def shape(text: str, start: int, end: int) -> tuple[int, int]:
    """The name inside ``text[start:end]``: after the last break, the list marker and
    leading verbs, without surrounding quotes."""
    for m in _BREAK_BACKWARDS.finditer(text, start, end):  # the last break first
        if m.group().strip(" \u3000") == "" and _place_before_space(text, start, m.start()):
            continue  # 宿州高新区 新型显示模组项目: a place a stray space parts from the rest
        if m.end() < end and not (
            m.group() in NAME_VERBS and _HEAD_ONLY.fullmatch(text, m.end(), end)
        ):
            start = m.end()  # (a verb just before the head is the name's: 改造提升项目)
            break
    marker = LIST_MARKER.match(text, start, end) if _may_mark(text[start : start + 1]) else None
    if marker and marker.end() < end:
        start = marker.end()
    while start < end and text[start] in " \t\u3000":
        start += 1  # a paragraph's indent, before a word that leads to the name
    for _ in range(0 if marker else 3):
        lead = LEADING.match(text, start, end) if text[start : start + 1] in _LEADS else None
        if (
            lead is None
            or lead.end() >= end - 1
            or (
                (place_at(text, start) > lead.end() or _TOWN.match(text, start, end) is not None)
                and not text.endswith(("项目", "工程"), 0, start)  # A项目和龙回镇…: a joiner
            )
        ):
            break  # 和平镇…, 同心县…: a place, not 和 or 同 before one
        start = lead.end()
    if text.find("（", start, end) >= 0 or text.find("(", start, end) >= 0:  # a note
        head = _HEAD_BEFORE_NOTE.search(text, start, end)
        if head is not None:
            end = head.end("head")  # …项目(主攻…): the note after the name is not the name
        place = _PLACE_NOTE.search(text, start, end)
        if place is not None and place_at(text, place.start("place")) > place.start("place"):
            end = place.start()  # 未来工厂(松阳县): the place after the name is its location
    return _strip(text, start, end)


def _place_before_space(text: str, floor: int, space: int) -> bool:
    """Whether the Han run that ends at ``space`` (back to ``floor``) is a place: a
    division, or a park after one (宿州高新区)."""
    run = _HAN_RUN_BEFORE.search(text, max(floor, space - 12), space)
    if run is None:
        return False
    at = place_at(text, run.start())
    return at == space or (at > run.start() and text.endswith(_PARKS, run.start(), space))


def _may_mark(char: str) -> bool:
    """Whether a list marker may start with ``char``: no marker starts with a Han
    character but a numeral (a quick test before LIST_MARKER)."""
    return not "\u4e00" <= char <= "\u9fff" or char in "一二三四五六七八九十"


#: A name's head followed by a note in parentheses that is not part of the name.
_HEAD_BEFORE_NOTE = regex.compile(
    r"(?P<head>项目|工程)[（(](?![一二三四五六七八九十]期)[^）)]{3,}(?:[）)](?!项目)|$)"
)


#: Words that end a category of projects rather than a name (重点项目, 签约项目, 技改项目) …
CATEGORY_WORDS = ("重点", "重大", "签约", "开工", "竣工", "开竣工", "投产", "优选", "先期", "准备",
                  "储备", "推介", "宣传", "招商", "对接", "实施类", "预选类", "优质", "正式", "储备类",
                  "补短板类", "新", "百亿", "亿元", "以上", "亿元以上", "过亿", "对接", "招引", "拟签约",
                  "民企产业", "民生保障", "产业发展", "重点建设", "重大建设", "重点产业", "重大产业",
                  "规划", "重磅", "预备", "预备类", "外资", "内资", "乡村振兴", "民生", "主会场",
                  "分会场")  # fmt: skip
#: … and the kinds that end a dated category (2023年第一批重点产业).
DATED_KINDS = ("产业", "工业", "建设", "规划", "类", "级", "光伏", "风电")
CATEGORY_TAIL = regex.compile(
    "(?:" + "|".join(CATEGORY_WORDS) + ")$"
    r"|(?:\d{4}年|第\p{Han}{1,3}(?:季度|批|届)|年度|季度|\d+月).*(?:" + "|".join(DATED_KINDS) + ")$"
)
_CATEGORY_ENDS = (*CATEGORY_WORDS, *DATED_KINDS)


def _category_tail(core: str) -> bool:
    """Whether ``core`` ends as a category does.  The pattern only matches at the end, so
    it runs only on a phrase that ends with one of its words (and not from every
    character of each phrase)."""
    tail = core.removesuffix("\n")  # $ also matches before a final newline
    if tail.endswith(_RENEWED):
        return False  # 城市更新项目, 科技创新项目: 新 of a word, not a new project
    return tail.endswith(_CATEGORY_ENDS) and CATEGORY_TAIL.search(core) is not None


#: Words that end in 新 without meaning "new" (更新, 创新).
_RENEWED = ("更新", "创新", "焕新", "翻新", "革新")


#: What marks a name as specific even with a category tail (a facility, a capacity).
_SPECIFIC = regex.compile(
    r"\d+(?:\.\d+)?(?:万|亿)?(?:吨|GW|MW|KW|kW|兆瓦|千瓦|GWh|MWh|件|台|套|辆|片|平方米|米)"
    r"|基地|产业园|园区|中心|工厂|电站|小镇|水库|大道|公路|医院|学校|城(?!市)"
)


_PARENS = regex.compile(r"[()（）]")
_PERCENT = regex.compile(r"\d+(?:\.\d+)?%")
_KEY_DROP = regex.compile(r"[\s“”\"'‘’()（）《》<>·、,，。:：;；—\-]")
#: What _KEY_DROP removes but the rarer spaces, for str.translate.
_KEY_DROP_TABLE = dict.fromkeys(map(ord, " \t\n\r\x0b\x0c“”\"'‘’()（）《》<>·、,，。:：;；—-"))
_ANAPHORIC = regex.compile(r"(?:该|此|这一?|本|上述)(?:项目|工程)$")
_HAN_RUN = regex.compile(r"\p{Han}+")
_HAN_RUN_BEFORE = regex.compile(r"\p{Han}+\Z")
_QUANTIFIERS = ("一批", "一些", "多个", "各类", "首批", "数个", "若干", "一大批")
#: The longest name :func:`is_name` accepts; its patterns are tried on names only.
LONGEST_NAME = 80


def is_name(name: str) -> bool:
    """Whether ``name`` (a trimmed phrase) names a specific project rather than a category.

    Every test must pass; the cheap ones come first, so that most categories cost little.
    """
    core = name
    for suffix in ("项目", "工程"):
        core = core.removesuffix(suffix)
    if len(name) < 4 or len(core) < 2 or len(name) > LONGEST_NAME:
        return False
    if "等" in name or name.startswith(_NOT_NAME_STARTS):
        return False  # 这4个项目, 上述项目; 一批新能源电池上下游项目
    if name.count("“") != name.count("”") or name.count("(") != name.count(")"):
        return False  # 专精特新”项目; a half note
    if not _two_left(core):
        return False
    count = _COUNT.search(core) if _COUNTED.search(core) is not None else None
    if count and (
        _COUNT.search(core[-8:])
        or not generic_rest(_PARENS.sub("", core[count.end() :]))
        or core.startswith(("这", "共", "其"))
    ):
        return False  # 16个亿元以上重点工业项目, 这4个项目: a count of a category
    if _category_tail(core) and not _SPECIFIC.search(core):
        return False
    # a percentage, 眼下该项目, a date, an amount, an organ of government, a company; page
    # debris (新秀新秀有望有望)
    return _NOT_A_NAME.search(name) is None and not _doubled(name)


#: What a project name never holds or is: a date (6月24日), an investment figure, a party
#: or government organ (省委…), a company by itself (…集团, …公司).
_NOT_NAMES = regex.compile(
    r"\d{1,2}月\d{1,2}日|总投资|投资总额|投资额|计划投资|签约总额|签约额"
    r"|(?:\d(?:\.\d+)?|[十百千万亿])[万亿]*元"
    r"|\d{4}年(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}月)|\d{1,2}[—\-－~至到]\d{1,2}月"
    r"|^(?:省委|市委|县委|区委|党委|中央(?!厨房|商务区|公园|大街)|国务院|省政府|市政府|县政府)"
    r"|^(?:全国|全省|全市|国家)?首批"
    r"|(?:公司|集团|股份|有限|政府|委员会|管委会)$"
    r"|(?:抓|谋|跑|争|促|盯|拼|以|靠|比)(?:项目|工程)$"  # 坚定不移抓项目, 以项目论英雄: a slogan
)
#: What no name holds, in one pattern: a percentage, an anaphor, what _NOT_NAMES lists.
_NOT_A_NAME = regex.compile(
    "|".join(f"(?:{p.pattern})" for p in (_PERCENT, _ANAPHORIC, _NOT_NAMES))
)
#: What follows 项目 in a heading or a slogan, where 项目 qualifies it and ends no name
#: (本次募集资金投资项目概况, 部分项目进展情况, 坚持项目为王).
QUALIFIED_BY_PROJECT = ("概况", "注释", "简介", "名单", "清单", "一览", "公示", "计划公示", "情况",
                        "进展情况", "推进情况", "为王", "为先", "为纲", "库", "的具体情况",
                        "的基本情况", "的建设情况", "的进展情况", "支撑", "攻坚", "招引", "谋划",
                        "管理", "审批", "要素", "备案", "核准", "立项", "手续", "用地")  # fmt: skip
#: What no name starts with: a quantifier of many (一批), an anaphor (这, 该, 上述 …), a use
#: of raised funds (补充流动资金), one thing described (一座蔗糖加工厂).
_NOT_NAME_STARTS = (*_QUANTIFIERS, "这", "该", "此", "其", "上述", "本次", "本批", "项目", "前者", "后者",
                    "补充流动资金", "补充营运资金", "偿还", "归还",
                    "一座", "一个", "一条", "一家", "一处", "一所", "一栋",
                    "控制性工程", "主体工程", "配套工程", "附属工程")  # fmt: skip


#: Every character a GENERIC match can hold but spaces and digits: its words' and its
#: numerals' (read off the pattern, so the words stay written once), for str.translate.
_GENERIC_CHARS = dict.fromkeys(map(ord, set(GENERIC.pattern) - set("(?:|)+[]\\")))
_SPACE_OR_DIGIT = regex.compile(r"[\s\d]")
_SPACES_OR_DIGITS = regex.compile(r"[\s\d]+")
#: GENERIC without its space and digit classes, for a phrase that has neither, in the
#: standard library's engine: the same words in the same order, removed twice as fast.
_GENERIC_WORDS = re.compile(GENERIC.pattern.replace(r"|\s|\d+|", "|", 1))


#: A character that no category word holds and is no space or digit.
_OUTSIDE_WORDS = "[^" + "".join(map(regex.escape, map(chr, sorted(_GENERIC_CHARS)))) + r"\s\d]"
#: Two such characters, anywhere in a phrase.
_TWO_OUTSIDE_WORDS = regex.compile(_OUTSIDE_WORDS + ".*?" + _OUTSIDE_WORDS, regex.DOTALL)


def _two_left(core: str) -> bool:
    """Whether two characters or more of ``core`` are left when its category words go.

    Two characters that no category word holds (nor a space or digit, which GENERIC
    removes) are left whatever the words: finding them is one search, where removing the
    words (GENERIC.sub) tries some 190 words at each character, so the words are removed
    only when the search does not decide.
    """
    if _TWO_OUTSIDE_WORDS.search(core) is not None:
        return True
    return len(generic_rest(core)) >= 2


def generic_rest(phrase: str) -> str:
    """``phrase`` without its category words: GENERIC.sub("", phrase), in the standard
    library's engine where the phrase has no space or digit."""
    engine = _GENERIC_WORDS if _SPACE_OR_DIGIT.search(phrase) is None else GENERIC
    rest: str = engine.sub("", phrase)
    return rest


def _all_generic(phrase: str) -> bool:
    """Whether ``phrase`` is category words and nothing else (GENERIC.fullmatch): never
    when a character is in no word (nor a space or digit)."""
    kept = phrase.translate(_GENERIC_CHARS)
    if not kept:
        return _GENERIC_WORDS.fullmatch(phrase) is not None
    if _SPACES_OR_DIGITS.fullmatch(kept) is None:
        return False
    return GENERIC.fullmatch(phrase) is not None


def _doubled(name: str) -> bool:
    """Page debris: two or more Han characters written twice (新秀新秀有望有望).

    A repeat of n characters is a pair of characters that comes back n characters on, so
    only those pairs are compared (a backreference pattern would try every length from
    every start).
    """
    if len(set(name)) == len(name):
        return False  # no character comes back
    pairs = list(pairwise(name))
    if len(set(pairs)) == len(pairs):
        return False  # no pair comes back
    seen: dict[tuple[str, str], list[int]] = {}
    for at, pair in enumerate(pairs):  # a repeat of length n: a pair comes back n on
        for before in seen.get(pair, ()):
            n = at - before
            if (
                n >= 2
                and name.startswith(name[before:at], at)
                and _HAN_RUN.fullmatch(name, before, at)
                and name[before:at] != "城市"  # 宣城市城市生活垃圾…: a city, then the word
            ):
                return True
        seen.setdefault(pair, []).append(at)
    return False


def name_key(name: str) -> str:
    """The key distinct projects are told apart by: no spaces, punctuation or 项目."""
    if name.isalnum():
        key = name  # nothing to drop (it drops spaces and punctuation)
    else:
        key = name.translate(_KEY_DROP_TABLE)
        if not key.isalnum() and _KEY_DROP.search(key) is not None:
            key = _KEY_DROP.sub("", name)  # a space the table does not list
    return str(key.removesuffix("项目").removesuffix("工程") or key)


def company_prefix(text: str, start: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """A company glued to the front of a name: its span, and where the name starts.

    A registered company (…有限公司) is the investor and not part of the name; a group or
    brand written short (华阳集团, 吉利集团) is the investor and stays in the name.
    """
    registered = any(text.find(core, start, end) >= 0 for core in _REGISTERED_CORES)
    m = _COMPANY_PREFIX.match(text, start, end) if registered else None
    if m and end - m.end() >= 4:
        rest = m.end()
        while rest < end and text[rest] in " \t":
            rest += 1
        first = m.start("company")
        for word in NOT_IN_COMPANY.finditer(text, first, m.end("company") - 2):
            first = word.end()  # 省发改委核准X公司…: the company starts after 核准
        return (first, m.end("company")), rest
    g = _GROUP_PREFIX.match(text, start, end) if _holds_group(text, start, end) else None
    if g and end - g.end() >= 4:
        return g.span("company"), start
    return None, start


def _holds_group(text: str, start: int, end: int) -> bool:
    """Whether a group's ending (集团, 股份, 控股) is where _GROUP_PREFIX may find it."""
    stop = min(end, start + 10)
    return any(text.find(word, start, stop) >= 0 for word in ("集团", "股份", "控股"))


def place_prefix(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A place at the front of a name (连江…, 黄州区…, 楚雄高新区…), if the rest is a name."""
    road = _ROAD_NUMBER.match(text, start, end) if text[start : start + 1] in "GSXY" else None
    start = road.end() if road else start
    stop = place_at(text, start)
    banner = _BANNER_PREFIX.match(text, start, end) if text.find("旗", start, end) >= 0 else None
    stop = max(stop, banner.end() if banner else stop)
    m = _PLACE_PREFIX.match(text, start, end) if _may_place(text, start, end) else None
    if m and m.end() > stop:
        stop = m.end()
    if stop > start and end - stop >= 3:
        return start, stop
    return None


#: A park a name holds right after its brand (金昌惠记大地新能源|河西堡化工循环产业园|集中供汽
#: 项目), and what the name's rest may be when the park is the project itself (…产业园二期项目).
_PARK_IN_NAME = regex.compile(
    r"\p{Han}{2,8}?(?:工业园区|产业园区|化工园区|产业园|工业园|园区|开发区|经开区|高新区)"
)
_THE_PARK_ITSELF = regex.compile(r"(?:[（(]?[一二三四五六七八九十]期[）)]?)?(?:项目|工程)?")


def park_after_brand(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The park a name places itself in, where it opens ``text[start:end]`` (the part of
    a name after its brand) and the name goes on after it."""
    m = _PARK_IN_NAME.match(text, start, end)
    if m is None or end - m.end() < 3 or _THE_PARK_ITSELF.fullmatch(text, m.end(), end):
        return None
    return m.start(), m.end()


#: Endings of a company's short name (诚意药业, 长安汽车, 智理新能源, 东铝).
BRAND_ENDINGS = ("药业", "矿业", "新能源", "电器", "汽车", "电信", "化工", "实业", "能源", "电力",
                 "光能", "锂能", "动力", "股份", "集团", "控股", "钢铁", "铝业", "纸业", "电气",
                 "光电", "微电子", "制药", "重工", "建材", "水泥", "置业", "化纤", "电子",
                 "电缆厂", "糖厂", "纸厂", "钢厂", "化工厂", "药厂")  # fmt: skip
#: The parks among the place endings (a brand holds none: 临沂经开区新能源 is a park's
#: industry).
_PARKS = tuple(ending for ending in PLACE_ENDINGS if len(ending) > 1)
_HAN = regex.compile(r"\p{Han}")
#: The endings of Inner Mongolia's banners, which are places (察右前旗; 华旗 is a brand).
_BANNERS = ("前旗", "后旗", "中旗", "左旗", "右旗", "联合旗", "自治旗")
#: A banner at the front of a name (察右中旗150万千瓦…), which the division table may not hold.
_BANNER_PREFIX = regex.compile(r"\p{Han}{2,4}?(?:" + "|".join(_BANNERS) + ")")
#: An industry named by one character and an ending (煤化工, 盐化工, 光电子), not a brand.
_INDUSTRY = regex.compile(r"\p{Han}(?:" + "|".join(BRAND_ENDINGS) + ")")
#: Kinds of road and rail that open a works' name (高速公路东阳至西平段改扩建工程).
_ROADS = ("高速", "国道", "省道", "县道", "铁路", "轨道", "地铁", "城际", "快速路")
#: What joins a route's two ends (长沙至岳阳).
_ROUTE_WORD = re.compile("[至到—-]")
#: A road's number before its name (G353线南溪段…): the place follows it.
_ROAD_NUMBER = regex.compile(r"[GSXY]\d{1,4}线?")
#: What a company's short name does not start with (a figure, a kind of thing).
_NOT_BRAND_START = ("年", "新", "高", "大", "多", "第", "现代", "智能", "国际", "特种", "综合", "绿色",
                    "低碳", "环保", "节能", "先进", "精细", "生物", "光伏", "装配式", "循环")  # fmt: skip
_BRAND = regex.compile(
    r"(?P<brand>\p{Han}{1,8}?(?:" + "|".join(sorted(BRAND_ENDINGS, key=len, reverse=True)) + r"))"
    r"(?=[\p{Han}A-Za-z0-9(（ ]{3})"
)
#: The first characters of the endings (a fast test, in the standard library's engine).
_BRAND_FIRSTS = re.compile(
    "[" + "".join(re.escape(c) for c in sorted({ending[0] for ending in BRAND_ENDINGS})) + "]"
)
#: A short name before a figure or an annual rate (藏建180万吨…, 浙江甬金年加工22万吨…).
#: Two characters, a place's and a metal's, for a plant's short name (东铝, 酒钢).
_METALS = "铝钢铜钛镍锌"
_METAL_BRAND = regex.compile(rf"(?P<brand>\p{{Han}}[{_METALS}])(?=\p{{Han}}{{4}})")
_BRAND_BEFORE_FIGURE = regex.compile(
    r"(?P<brand>(?:(?!年产|年加工|年处理|年冷藏)\p{Han}){2,6}?)(?<![第约超近共达])(?=年产|年加工|年处理|年冷藏|首期|"
    # (a figure of what it makes, not a voltage, a line's number or a length: 泉湾220千伏…)
    r"\d(?![\d.]*(?:千伏|kV|KV|号线|米|层|路|公里|线)))"
)


#: What _BRAND_BEFORE_FIGURE looks for after a short name starts with (年产…, 首期, a
#: digit); a character past the Basic Multilingual Plane may be a digit newer than this
#: Python.
_FIGURE_STARTS = re.compile(r"[年首\d\U00010000-\U0010ffff]")


def _figure_near(text: str, at: int) -> bool:
    """Whether what _BRAND_BEFORE_FIGURE looks for may start 2–6 characters after ``at``
    (a fast test, one search in the standard library's engine)."""
    return _FIGURE_STARTS.search(text, at + 2, at + 7) is not None


_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LATIN_BRAND = regex.compile(r"(?P<brand>[A-Za-z][A-Za-z&]++[A-Za-z0-9&]*+)(?=[ \t]*[(（\p{Han}])")


#: The last characters of _PLACE_PREFIX's words.
_PLACE_LASTS = re.compile("[区镇乡]")


def _may_place(text: str, start: int, end: int) -> bool:
    """Whether _PLACE_PREFIX may match at ``start``: its words end with 区, 镇 or 乡 within
    15 characters (a fast test)."""
    return _PLACE_LASTS.search(text, start, min(end, start + 15)) is not None


#: A short name before the place it invests in, in parentheses (宁德时代（肇庆）…, 比亚迪(长沙)…).
_BRAND_BEFORE_PLACE = regex.compile(
    r"(?P<brand>[\p{Han}A-Za-z0-9]{2,8}?)[（(](?P<place>\p{Han}{2,8})[）)]"
)
_PAREN = re.compile("[（(]")


@cache
def _known_brands() -> dict[str, tuple[str, ...]]:
    """The short names of data/brands.txt by their first character, longest first (so
    中芯国际 wins over 中芯): a name is looked up at every candidate's start."""
    lines = resources.files("zhproj_extract").joinpath("data/brands.txt").read_text("utf-8")
    names = {line.strip() for line in lines.splitlines()}
    by_first: dict[str, list[str]] = {}
    for name in sorted((n for n in names if n and not n.startswith("#")), key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    return {first: tuple(names) for first, names in by_first.items()}


def known_brand_at(text: str, start: int, end: int) -> str | None:
    """The short name data/brands.txt knows that opens ``text[start:end]`` (华润 of 华润置地)."""
    brands = _known_brands().get(text[start : start + 1], ())
    return next((b for b in brands if text.startswith(b, start, end)), None)


def known_brand(text: str, start: int, end: int) -> int | None:
    """Where a company that data/brands.txt knows ends, with an ending of its own after it
    (格力电器), when it opens ``text[start:end]`` with at least three characters of the name
    after it (华为川渝大数据中心项目)."""
    brand = known_brand_at(text, start, end)
    if brand is None:
        return None
    at = start + len(brand)
    ending = next((e for e in BRAND_ENDINGS if text.startswith(e, at, end)), "")
    if ending and not _before_compound(text, start, at + len(ending)):
        at += len(ending)  # 格力电器杭州…: the company's own ending
    return at if end - at >= 3 else None


#: The last character of a river's or a lake's name, which no company's short name ends with.
_WATERS = ("河", "江", "湖", "溪", "渠")
#: Words between a city and a division's name that tell a part of the town (中心城区, 老城区).
_PART_OF_TOWN = ("中心", "主", "老", "新", "东", "西", "南", "北")


def brand_prefix(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A company's short name fused to the front of a name (华为…, 长安汽车渝北…, 浙江甬金年加工…).

    A place may stand before it (丽水威固电子…), or after it in parentheses (宁德时代（肇庆）…);
    a name that is only a place and a description (连江年产10万吨…) has none.
    """
    known = known_brand(text, start, end)
    if known is not None:
        return start, known
    latin = _LATIN_BRAND.match(text, start, end) if text[start : start + 1] in _LATIN else None
    if latin is not None and end - latin.end() >= 4:
        return latin.start("brand"), latin.end("brand")
    place_end = place_at(text, start)
    known = known_brand(text, place_end, end) if place_end > start else None
    if known is not None:  # 白水县牧原…: the company, not the place it builds in
        return place_end, known
    paren = _BRAND_BEFORE_PLACE.match(text, start, end) if _PAREN.search(text, start, end) else None
    if (
        paren is not None
        and place_end < paren.end("brand")  # 宁德时代（肇庆）, not 江门（蓬江）
        and place_at(text, paren.start("place")) == paren.end("place")
        and end - paren.end() >= 3
    ):
        return start, paren.end("brand")
    tries = [(_BRAND, place_end), (_BRAND, start), (_BRAND_BEFORE_FIGURE, place_end)]
    if place_end == start:
        del tries[1]  # no place in front: the same question as the first
    if text[place_end + 1 : place_end + 2] in _METALS:
        tries.insert(-1, (_METAL_BRAND, place_end))
    for pattern, at in tries:
        if pattern is _BRAND and _BRAND_FIRSTS.search(text, at + 1, at + 9) is None:
            continue  # no ending starts 1–8 characters on (a fast test)
        if pattern is _BRAND_BEFORE_FIGURE and not _figure_near(text, at):
            continue
        m = pattern.match(text, at, end)
        if m is None or end - m.end() < 3:
            continue
        brand = m.group("brand")
        after_place = text[max(place_end, m.start("brand")) : m.end("brand")]
        if (
            place_at(text, m.start("brand")) >= m.end("brand")
            or _all_generic(brand)
            or brand.startswith(_NOT_BRAND_START)
            or after_place.startswith(_NOT_BRAND_START)  # 来安县新型建材: a place, a kind
            or (after_place in BRAND_ENDINGS and not after_place.endswith("厂"))  # 西城区光电显示…
            or _INDUSTRY.fullmatch(brand) is not None  # 煤化工产业园, 光电子…: an industry
            or brand.endswith((*PLACE_ENDINGS, *_BANNERS))  # 赣州经开区: a park; 察右前旗
            or any(park in brand for park in _PARKS)  # 临沂经开区新能源: a park's industry
        ):
            continue  # a place, a category or a description, not a company
        inner = _division_after(text, max(place_end, m.start("brand")), m.end("brand"), 0)
        if inner is None:
            inner = _before_compound(text, m.start("brand"), m.end("brand"))
        return start, inner or m.end("brand")  # 比亚迪长沙新能源…: 比亚迪, then its site
    if place_end > start and text.startswith(_NOT_BRAND_START, place_end):
        return None  # 江苏新建…: a place and a kind, not a brand
    if text.startswith(_ROADS, start):
        return None  # 高速公路东阳至西平段…: a kind of road, not a brand
    after = _division_after(text, place_end, end)  # 格力电器杭州…, 宁德时代厦门…
    if (
        after is not None
        and not text.endswith(_WATERS, start, after)  # 南广河叙州段…: a river, then a county
        and text[place_end:after] not in _PART_OF_TOWN  # 许昌市中心城区: the city's centre
    ):
        return start, after
    return None


#: Brand endings that begin an industry's compound with what follows them (新能源汽车,
#: 电子信息): there the ending is the product's, not the company's.
_COMPOUNDS = {
    "新能源": ("汽车", "装备", "产业"),
    "汽车": ("零部件", "配件", "部件", "内饰"),
    "电子": ("信息", "元器件", "材料", "级"),
    "化工": ("新材料", "材料", "园"),
    "动力": ("电池",),
}


def _before_compound(text: str, start: int, end: int) -> int | None:
    """Where a brand ends before its ending, when the ending begins a compound with what
    follows it (比亚迪新能源汽车零部件项目: 比亚迪)."""
    for ending, nexts in _COMPOUNDS.items():
        if text.endswith(ending, start, end) and text.startswith(nexts, end):
            cut = end - len(ending)
            return cut if cut - start >= 2 else None
    return None


def _division_after(text: str, start: int, end: int, rest: int = 3) -> int | None:
    """Where a 2–6 character short name (格力电器杭州…), or its part after a place
    (宁德时代厦门…), ends, a place following it and ``rest`` characters at least after
    that place's first two."""
    for i in range(start + 2, min(end - rest, start + 7)):
        if _ROUTE_WORD.search(text, start, i) is not None:
            return None  # 长沙至岳阳高速公路: a route from one place to another
        if text.endswith(PLACE_ENDINGS, start, i):
            return None  # 嘉东工业园区浙江甬金…: a park, not a company
        if not _HAN.match(text, i - 1):
            return None  # S205线南溪段…: a road's number, not a company
        at = place_at(text, i)
        if at - i >= 2:
            return i
    return None
