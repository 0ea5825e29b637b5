"""Invariants over any input: no exception, exact spans, order, no overlaps, determinism."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract import Document, Extractor, Unit, extract

#: Fragments that trigger the extractors, mixed with arbitrary text below.
TRIGGERS = [
    "5", "1,234.8", "１２", "．", "，", "亿元", "万元", "元", "亿", "万", "约", "超", "近", "不低于",
    "以上", "左右", "多", "余", "数十", "两", "十", "百", "千", "零", "点", "億", "萬", "圓", "港幣",
    "美元", "$", "￥", "/亩", "每亩", "亩均", "级", "至", "到", "-", "~", "角", "毛", "分", "块",
    "钱", "投资", "●", "项目介绍：", "\n", "\n\n", " ", "\u3000", "\u00a0", "2023年1月", "%",
    "百分之", "千分之", "个百分点", "成", "折", "增长", "GWh", "GW", "吨", "万吨", "件", "亩",
    "平方公里", "米", "斤", "两", "半", "零下", "℃", "年产", "/年", "个", "家", "年", "月", "日",
    "号", "季度", "上半年", "去年", "今年", "以来", "底", "初", "兔年", "春节", "周三", "上周",
    "农历", "正月", "十四五", "—", "天", "前", "后", "截至", "2023", "二〇二三",
    "● 东湖基地项目\n", "项目介绍：由东湖公司投资建设，总投资5亿元，年产10万吨，落户东湖区\n",
    "项目进展：3月开工\n", "的东湖产业基地项目",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=3)), max_size=40).map("".join),
)


def _check(text: str, doc: Document) -> None:
    for mentions in (doc.money, doc.percentages, doc.quantities, doc.dates):
        previous_end = 0
        for m in mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text
            assert m.start >= previous_end  # in order, no overlaps within a dimension
            previous_end = m.end
    for d in doc.dates:
        if d.start_date is not None and d.end_date is not None:
            assert d.start_date <= d.end_date
    spans = sorted(
        (m.start, m.end) for m in [*doc.money, *doc.percentages, *doc.quantities, *doc.dates]
    )
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start  # one span, one meaning across dimensions
    mentions = {m.model_dump_json() for m in [*doc.money, *doc.quantities, *doc.dates]}
    for p in doc.projects:
        assert 0 <= p.start < p.end <= len(text)
        parts = [p.investment, *p.capacities, *(ms.date for ms in p.progress)]
        for part in parts:
            if part is not None:  # a project's fields are the Document's own mentions
                assert text[part.start : part.end] == part.text
                assert part.model_dump_json() in mentions


@given(texts)
def test_any_text_yields_a_valid_document(text: str) -> None:
    doc = extract(text, reference_date=date(2023, 2, 15))
    _check(text, doc)
    assert extract(text, reference_date=date(2023, 2, 15)) == doc  # deterministic
    assert Document.model_validate_json(doc.model_dump_json()) == doc


HEDGED = Extractor(
    qualifiers_before={"逼近": "approx", "不少于约": "at_least"},
    qualifiers_after={"开外": "more_than", "以上不等": "at_least"},
    units=[Unit("标箱", "items", ("标箱",), "标箱")],
)


@given(
    st.lists(st.sampled_from([*TRIGGERS, "逼近", "开外", "以上不等", "标箱"]), max_size=30).map(
        "".join
    )
)
def test_a_configured_extractor_keeps_every_invariant(text: str) -> None:
    _check(text, HEDGED.extract(text, reference_date=date(2023, 2, 15)))
