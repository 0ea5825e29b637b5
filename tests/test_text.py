"""The text layer: what is folded, what is deleted, and that offsets map back exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhproj_extract.text import normalize


def test_full_width_and_spaces_fold_one_for_one() -> None:
    original = "投资１２３４．８亿元，增长１５％\u3000合计\u00a0５亿元"
    n = normalize(original)
    assert n.text == "投资1234.8亿元，增长15% 合计 5亿元"
    assert len(n.text) == len(original)


def test_traditional_characters_fold_to_simplified() -> None:
    n = normalize("四十九兆九千五百九十二億元，港幣兩點")
    assert n.text == "四十九兆九千五百九十二亿元，港币两点"


def test_thousands_separators_are_removed_and_mapped_back() -> None:
    original = "计划投资1,234.8亿元，另有82，225.00元"
    n = normalize(original)
    assert n.text == "计划投资1234.8亿元，另有82225.00元"
    start = n.text.index("1234.8亿元")
    assert n.span(start, start + len("1234.8亿元")) == (4, 13)
    assert original[4:13] == "1,234.8亿元"


def test_a_list_is_not_merged_into_one_number() -> None:
    assert normalize("分别为3，5亿元").text == "分别为3，5亿元"
    assert normalize("分别为3，500亿元").text == "分别为3，500亿元"  # one Chinese comma: a list
    assert normalize("共3,500亿元").text == "共3500亿元"  # an ASCII comma groups


def test_layout_breaks_inside_a_sentence_are_joined() -> None:
    original = (
        "其中，成功引进中创新航动力电池及储能系统江门基地\n\n项目，并吸引天赐等企业。\n\n● 项目名"
    )
    n = normalize(original)
    assert "江门基地项目，" in n.text
    assert "。\n\n●" in n.text  # a finished sentence keeps its paragraph break
    start = n.text.index("江门基地项目")
    o_start, o_end = n.span(start, start + len("江门基地项目"))
    assert original[o_start:o_end] == "江门基地\n\n项目"


def test_headings_and_labels_are_not_joined() -> None:
    for original in (
        "项目进展：1月已开工建设\n\n部分制造业重点招商引资项目巡礼\n\n● 某项目",
        "由某公司投资建设，计划总投资5亿元\n项目意义：填补空白",
        "由某公司投资建设，计划总投资5亿元\n\n【二期】",
    ):
        assert normalize(original).text.count("\n") == original.count("\n")


def test_lone_surrogates_do_not_break_folding() -> None:
    assert len(normalize("投资\ud800億元").text) == len("投资\ud800億元")


@given(st.text(alphabet=st.sampled_from("0123456789,，.．１２億萬 \n\u3000投资元。a"), max_size=60))
def test_every_normalised_span_maps_into_the_original(original: str) -> None:
    n = normalize(original)
    for start in range(len(n.text)):
        for end in range(start + 1, min(len(n.text), start + 6) + 1):
            o_start, o_end = n.span(start, end)
            assert 0 <= o_start < o_end <= len(original)
            # every kept character maps to the same character, folded
            assert len(original[o_start:o_end]) >= end - start
