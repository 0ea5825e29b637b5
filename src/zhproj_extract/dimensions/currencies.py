"""Currency table: surface forms (after traditional → simplified folding) → ISO 4217.

Data only.  To add a currency, add a row; the money patterns are built from this table.
"""

from __future__ import annotations

#: Named currencies that may follow a number (5亿美元) or precede it (港币3.14).
#: Row: ISO code, names.  Longer names win over their prefixes (新台币 over 台币).
NAMED: dict[str, tuple[str, ...]] = {
    "CNY": ("人民币", "元人民币", "人民币元", "RMB", "CNY"),
    "USD": ("美元", "美金", "美圆", "美刀", "USD"),
    "HKD": ("港元", "港币", "港圆", "港纸", "HKD"),
    "MOP": ("澳门元", "澳门币", "澳门圆", "葡币", "MOP"),
    "TWD": ("新台币", "台币", "新台圆", "TWD", "NTD"),
    "EUR": ("欧元", "EUR"),
    "JPY": ("日元", "日圆", "日币", "円", "JPY"),
    "GBP": ("英镑", "GBP"),
    "AUD": ("澳元", "澳币", "澳大利亚元", "AUD"),
    "CAD": ("加元", "加币", "加拿大元", "CAD"),
    "NZD": ("新西兰元", "纽币", "NZD"),
    "SGD": ("新加坡元", "新元", "新币", "SGD"),
    "KRW": ("韩元", "韩圆", "韩币", "KRW"),
    "RUB": ("卢布", "RUB"),
    "THB": ("泰铢", "THB"),
    "CHF": ("瑞士法郎", "瑞郎", "CHF"),
    "INR": ("印度卢比", "卢比", "INR"),
    "MYR": ("林吉特", "马币", "令吉", "MYR"),
    "VND": ("越南盾", "VND"),
    "IDR": ("印尼盾", "IDR"),
    "PHP": ("菲律宾比索", "PHP"),
    "SEK": ("瑞典克朗", "SEK"),
    "NOK": ("挪威克朗", "NOK"),
    "DKK": ("丹麦克朗", "DKK"),
    "BRL": ("雷亚尔", "巴西雷亚尔", "BRL"),
    "ZAR": ("兰特", "南非兰特", "ZAR"),
    "NGN": ("奈拉", "尼日利亚奈拉", "NGN"),
    "AED": ("迪拉姆", "AED"),
    "SAR": ("里亚尔", "沙特里亚尔", "SAR"),
    "TRY": ("土耳其里拉", "里拉", "TRY"),
    "MXN": ("墨西哥比索", "MXN"),
    "XBT": ("比特币",),
}

#: Symbols written before the number (￥300, $20, HK$5).
SYMBOLS: dict[str, str] = {
    "￥": "CNY",
    "US$": "USD",
    "$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "A$": "AUD",
    "C$": "CAD",
    "S$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "₩": "KRW",
    "₽": "RUB",
    "฿": "THB",
    "₹": "INR",
}

#: The generic main-unit words (元 圆 块 块钱 蚊) are yuan unless a named currency around them
#: says otherwise (9000元日币 is yen); they live in the money pattern itself because each
#: needs its own guard (元宵 is not 元, 一块蛋糕 is not 块).

#: Main-unit words accepted only where the text is known to be money (parse_money):
#: Cantonese 個 for dollar (一個半 = 1.5), which in running text is the counter 个.
PARSE_ONLY_MAIN = ("个",)

#: Sub-units of the main unit, as a power of ten below it.
SUBUNITS: dict[str, int] = {"角": 1, "毛": 1, "毫": 1, "分": 2}

#: Named sub-unit currencies (两美元又三美分): ISO code and power of ten.
NAMED_SUBUNITS: dict[str, tuple[str, int]] = {
    "美分": ("USD", 2),
    "欧分": ("EUR", 2),
    "港仙": ("HKD", 2),
    "便士": ("GBP", 2),
}

#: The currency assumed where the text names none (元, 块, a bare 亿 in a money context).
DEFAULT_CURRENCY = "CNY"


#: Local currencies a whole document may default to: where a text in traditional script
#: names one of the places in its opening lines (a dateline), or names the currency
#: anywhere, its 元 and 亿元 are that currency, not yuan.  Row: ISO code, places (as
#: folded to simplified script), currency mentions (as written, before folding).
LOCAL_DEFAULTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "TWD": (
        ("台北", "新北", "台中", "台南", "高雄", "桃园", "新竹", "基隆", "嘉义", "彰化",
         "屏东", "宜兰", "花莲", "苗栗", "云林", "南投"),
        ("新台幣", "新臺幣", "台幣", "臺幣", "NT$", "ＮＴ＄"),
    ),
}  # fmt: skip


def iso_of(name: str) -> str | None:
    """ISO code of a named currency or symbol, or None."""
    if name in SYMBOLS:
        return SYMBOLS[name]
    for code, names in NAMED.items():
        if name in names:
            return code
    return None
