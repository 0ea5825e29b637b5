"""Invariants over any input: no exception, exact spans, order, no overlaps, determinism."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract import Document, extract

#: Fragments that trigger the extractors, mixed with arbitrary text below.
TRIGGERS = [
    "5", "1,234.8", "１２", "．", "，", "亿元", "万元", "元", "亿", "万", "约", "超", "近", "不低于",
    "以上", "左右", "多", "余", "数十", "两", "十", "百", "千", "零", "点", "億", "萬", "圓", "港幣",
    "美元", "$", "￥", "/亩", "每亩", "亩均", "级", "至", "到", "-", "~", "角", "毛", "分", "块",
    "钱", "投资", "●", "项目介绍：", "\n", "\n\n", " ", "\u3000", "\u00a0", "2023年1月", "%",
    "百分之", "千分之", "个百分点", "成", "折", "增长", "GWh", "GW", "吨", "万吨", "件", "亩",
    "平方公里", "米", "斤", "两", "半", "零下", "℃", "年产", "/年", "个", "家",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=3)), max_size=40).map("".join),
)


def _check(text: str, doc: Document) -> None:
    for mentions in (doc.money, doc.percentages, doc.quantities):
        previous_end = 0
        for m in mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text
            assert m.start >= previous_end  # in order, no overlaps within a dimension
            previous_end = m.end
    spans = sorted((m.start, m.end) for m in [*doc.money, *doc.percentages, *doc.quantities])
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start  # one span, one meaning across dimensions


@given(texts)
def test_any_text_yields_a_valid_document(text: str) -> None:
    doc = extract(text)
    _check(text, doc)
    assert extract(text) == doc  # deterministic
    assert Document.model_validate_json(doc.model_dump_json()) == doc
