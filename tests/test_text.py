"""The text layer: what is folded, what is deleted, and that offsets map back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from timing import growth_ratio

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


def test_a_headline_with_a_comma_is_not_joined_to_the_paragraph_under_it() -> None:
    headline = "江门：665个项目集中签约，总投资超1400亿元"
    paragraph = "2月10日上午，全市重大项目集中签约开工活动举行，" * 3 + "现场签约项目42个。"
    for gap in ("\n", "\n\n", " \n"):
        assert normalize(headline + gap + paragraph).text.count("\n") == gap.count("\n")
    # a first line cut as long as the rest of its sentence is still joined
    cut = "其中，成功引进动力电池及储能系统江门基地"
    assert (
        normalize(f"{cut}\n项目，并吸引天赐等企业落户。").text
        == f"{cut}项目，并吸引天赐等企业落户。"
    )
    # and further down, page debris cuts a line before a long one: joined
    body = f"导语。\n{cut}\n项目，{paragraph}"
    assert normalize(body).text == f"导语。\n{cut}项目，{paragraph}"


def test_lone_surrogates_do_not_break_folding() -> None:
    assert len(normalize("投资\ud800億元").text) == len("投资\ud800億元")


@given(st.text(alphabet=st.sampled_from("0123456789,，.．１２億萬 \n\u3000投资元。a"), max_size=60))
def test_every_normalised_span_maps_into_the_original(original: str) -> None:
    n = normalize(original)
    for start in range(len(n.text)):
        for end in range(start + 1, min(len(n.text), start + 6) + 1):
            o_start, o_end = n.span(start, end)
            assert 0 <= o_start < o_end <= len(original)
            assert (o_start, o_end) == (n.to_original(start), n.to_original(end - 1) + 1)
            # every kept character maps to the same character, folded
            assert len(original[o_start:o_end]) >= end - start


# --- real-page noise ---------------------------------------------------------------


def _maps_back(original: str, fragment: str) -> str:
    """The original text behind the first occurrence of ``fragment`` in the normalised copy."""
    n = normalize(original)
    start = n.text.index(fragment)
    o_start, o_end = n.span(start, start + len(fragment))
    return original[o_start:o_end]


def test_inline_pinyin_readings_are_cut_out() -> None:
    original = "該項(xiàng)目年產(chǎn)36萬(wàn)臺(tái)電機(jī),發(fā)展精準(zhǔn)醫療"
    n = normalize(original)
    assert n.text == "该项目年产36万台电机，发展精准医疗"
    assert _maps_back(original, "36万台") == "36萬(wàn)臺"
    assert _maps_back(original, "项目") == "項(xiàng)目"


def test_readings_with_full_width_parentheses_and_combining_marks() -> None:
    assert normalize("二十個（gè）廠房").text == "二十个厂房"
    assert normalize("綠(lǜ)色").text == "绿色"
    assert normalize("總(zo\u030cng)投資").text == "总投资"  # o + combining caron


def test_ordinary_parentheses_are_kept() -> None:
    for original in (
        "PPP模式(PPP)项目",
        "电子稳定系统(ESC)",
        "电路板(含 FPC)",
        "其中(1)号楼",
        "抛光垫(CMP)",
        "美的(顺德)基地",
        "工厂(factory)",
        "公司(de)",  # no tone mark: could be anything
        "(xiàng)目",  # not after a Han character
        "项目(xiànggg)",  # not a syllable
    ):
        assert normalize(original).text == original


def test_spaces_around_clause_punctuation_between_han_are_cut() -> None:
    original = "新建生产线 , 计划投资3亿元 。 其中 、 一期"
    n = normalize(original)
    assert n.text == "新建生产线，计划投资3亿元。其中、一期"
    assert _maps_back(original, "3亿元。其中") == "3亿元 。 其中"


def test_a_space_cutting_off_a_lone_character_is_cut() -> None:
    assert normalize("拟募 集 5亿元").text == "拟募集 5亿元"
    assert normalize("9月投 產)").text == "9月投产)"


def test_a_space_cut_twice_is_cut_once() -> None:
    original = "投资一 百 五 十亿元"  # a spaced numeral, and lone characters too
    n = normalize(original)
    assert n.text == "投资一百五十亿元"
    assert _maps_back(original, "一百五十亿元") == "一 百 五 十亿元"


def test_spaces_that_separate_words_or_numbers_are_kept() -> None:
    for original in (
        "多个重大项目 总投资12亿元",  # headline separator between two words
        "通讯员 张三丰 李四",  # byline
        "2021 年省重点项目",
        "Tesla Inc 上海",
        "项目 (PPP) 建设",
    ):
        assert normalize(original).text == original
    assert normalize("项目\u3000建设").text == "项目 建设"  # an ideographic space is a gap


def test_an_ascii_comma_beside_han_becomes_a_chinese_comma() -> None:
    original = "项目总投资5亿元,年产10万吨,增长15%,达产后"
    n = normalize(original)
    assert n.text == "项目总投资5亿元，年产10万吨，增长15%，达产后"
    assert len(n.text) == len(original)  # one for one
    assert normalize("年产10万吨, 增长").text == "年产10万吨，增长"  # and its space goes


def test_ascii_commas_between_digits_stay_thousands_separators() -> None:
    assert normalize("投资1,690万元,用地3,5亩").text == "投资1690万元，用地3,5亩"
    assert normalize("Apple, Inc.").text == "Apple, Inc."


def test_a_grouped_number_after_a_comma_is_still_grouped() -> None:
    original = "分别为1,200万元,3,400万元"
    n = normalize(original)
    assert n.text == "分别为1200万元，3400万元"
    assert _maps_back(original, "3400万元") == "3,400万元"
    assert normalize("1,2,345").text == "1,2,345"  # not a grouping: left alone


NOISY = st.sampled_from(
    ["項", "(", ")", "（", "）", "xiàng", "wàn", "ǎ", "de", "PPP", " ", ",", "，", "。", "\n",
     "萬", "1,234", "5", "亿元", "投", "產", "a", "\u3000", "\t", "、", ";", "一", "百"]
)  # fmt: skip


@given(st.lists(NOISY, max_size=30).map("".join))
def test_noise_removal_keeps_every_span_exact(original: str) -> None:
    n = normalize(original)
    assert len(n.text) <= len(original)
    previous = -1
    for i, char in enumerate(n.text):
        o = n.to_original(i)
        assert o > previous  # the map is strictly increasing
        previous = o
        # a kept character is the original one, folded (or a comma made full-width)
        assert normalize(original[o]).text in (char, "") or char == "，"
    for start in range(len(n.text)):
        for end in range(start + 1, min(len(n.text), start + 5) + 1):
            o_start, o_end = n.span(start, end)
            assert 0 <= o_start < o_end <= len(original)
            assert (o_start, o_end) == (n.to_original(start), n.to_original(end - 1) + 1)


@pytest.mark.parametrize(
    "unit",
    [
        "項(xiàng)",
        "項(xiàng",
        "项 ",
        "项 , ",
        " , ",
        ",",
        "项" + " " * 50 + ",",
        "(",
        "萬(wàn)噸 。 ",
    ],
)
def test_noise_removal_is_linear_in_length(unit: str) -> None:
    small = unit * (8_000 // len(unit))
    normalize(small)
    large = small * 4
    assert growth_ratio(lambda: normalize(small), lambda: normalize(large), 8) <= 8


@given(
    st.text(
        alphabet=st.one_of(st.characters(), st.sampled_from("０１Ａｚ％（）：\u3000\u00a0〇〜−"))
    )
)
def test_folding_replaces_only_what_the_fold_table_names(text: str) -> None:
    from zhproj_extract.reading.text import _DECORATION, _FOLD_TABLE, _fold

    assert _fold(text) == _DECORATION.sub(" ", text.translate(_FOLD_TABLE))
    assert len(_fold(text)) == len(text)


def test_emoji_that_decorate_a_post_read_as_spaces_and_bullets_stay() -> None:
    text = "📍项目地点：梅埠街道\n▶️招商推介\n★ 重点项目 ✔ 已签约"
    folded = normalize(text).text
    assert folded == " 项目地点:梅埠街道\n▶ 招商推介\n★ 重点项目 ✔ 已签约"


@pytest.mark.parametrize(
    ("original", "number"),
    [("总投资 1 0 亿元", "10亿元"), ("总投资3 2亿元", "32亿元"), ("共签约 2 3 个项目", "23个")],
)
def test_single_digits_spaced_out_before_a_unit_are_one_number(original: str, number: str) -> None:
    n = normalize(original)
    assert number in n.text
    start = n.text.index(number)
    o_start, o_end = n.span(start, start + len(number))
    assert original[o_start:o_end].replace(" ", "") == number


def test_digits_in_groups_or_without_a_unit_stay_apart() -> None:
    for original in ("1 234元", "第1 2批", "2017 2018 2019", "47 35 48 134亿元"):
        assert normalize(original).text == original


@pytest.mark.parametrize(
    ("original", "joined"),
    [
        ("总投资18.\n6亿元，", "总投资18.6亿元，"),  # a narrow column cuts inside an amount
        ("二期项目总投资\n10.2亿元，由某公司", "二期项目总投资10.2亿元，由某公司"),
        ("投资约\n6.8亿元", "投资约6.8亿元"),
        ("15.6\n32\n8.2", "15.6\n32\n8.2"),  # a table's cells, one per line
        ("总投资\n1\n年产", "总投资\n1\n年产"),  # a header cell over a row's number
    ],
)
def test_an_amount_cut_by_a_line_is_joined(original: str, joined: str) -> None:
    assert normalize(original).text == joined


@pytest.mark.parametrize(
    ("original", "joined"),
    [
        ("总投资50亿元，计划\n- 12 -\n2025年开工。", "总投资50亿元，计划2025年开工。"),
        ("总投资50亿元，计划\n— 3 —\n\n2025年开工。", "总投资50亿元，计划2025年开工。"),
        ("总投资50亿元，计划\n第 3 页 共 12 页\n2025年开工。", "总投资50亿元，计划2025年开工。"),
        ("总投资50亿元，计划\n12\n2025年开工。", "总投资50亿元，计划2025年开工。"),
        ("总投资50亿元。\n- 12 -\n项目计划2025年开工。", "总投资50亿元。\n- 12 -\n项目计划2025年开工。"),
        ("总投资(亿元)\n12\n年产", "总投资(亿元)\n12\n年产"),  # a header over a cell
    ],
)  # fmt: skip
def test_a_folio_inside_a_sentence_cut_by_a_page_is_dropped(original: str, joined: str) -> None:
    assert normalize(original).text == joined


@pytest.mark.parametrize("mark", ["▌", "▍", "◎", "→"])
def test_a_line_that_opens_with_a_section_mark_is_not_joined_to_the_line_above(
    mark: str,
) -> None:
    text = f"建设内容：建设标准化厂房32万平方米，用地350亩\n\n{mark}数说开工\n"
    assert f"\n{mark}" in normalize(text).text
