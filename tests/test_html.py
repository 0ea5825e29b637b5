"""The HTML view: every mention highlighted once, cards beside their blocks, a real browser.

The structural tests parse the page with the standard library's HTML parser; the browser
test runs Debian's chromium headless (skipped when it is not installed) to check the DOM
as a browser builds it and that the page renders to a PNG.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from collections import Counter
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from zhproj_extract import extract
from zhproj_extract.cli import main
from zhproj_extract.html import render_html
from zhproj_extract.models import Document, Money, Quantity

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "jiangmen_q1_signing.txt"
VOID = {"br", "meta", "img", "hr", "input", "link"}


class Page(HTMLParser):
    """What the tests read from a page: highlights, the article's text, rows and cards.

    ``article`` is the text of the article's segments (the left column) in order;
    ``rows`` the same text row by row.
    """

    def __init__(self, page: str) -> None:
        super().__init__()
        self.highlights: list[dict[str, str]] = []
        self.article = ""
        self.rows: list[str] = []
        self.cards: dict[int, int] = {}  # project index -> row
        self.links: list[str] = []
        self._current: dict[str, str] | None = None
        self._depth = 0  # open elements inside an article segment
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "href" in values:
            self.links.append(values["href"])
        if "seg" in values.get("class", "").split() or self._depth:
            self._depth += tag not in VOID
        if "row" in values.get("class", "").split():
            self.rows.append("")
        if "card" in values.get("class", "").split() and "data-project" in values:
            self.cards[int(values["data-project"])] = len(self.rows) - 1
        if tag == "span" and "data-kind" in values:
            self._current = {**values, "text": ""}

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
        if tag == "span" and self._current is not None:
            self.highlights.append(self._current)
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current["text"] += data
        if self._depth:
            self.article += data
            self.rows[-1] += data


@pytest.fixture(scope="module")
def text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def document(text: str) -> Document:
    return extract(text)


@pytest.fixture(scope="module")
def page(document: Document, text: str) -> str:
    return render_html(document, text, title=SAMPLE.name)


def expected_highlights(document: Document) -> Counter[tuple[int, int, str, str]]:
    """(start, end, data-kind, text) of every mention of ``document``."""
    kinds = {
        "money": document.money,
        "percentage": document.percentages,
        "quantity": document.quantities,
        "date": document.dates,
    }
    return Counter(
        (m.start, m.end, kind, m.text) for kind, mentions in kinds.items() for m in mentions
    )


def test_every_mention_is_highlighted_exactly_once(document: Document, page: str) -> None:
    parsed = Page(page)
    found = Counter(
        (int(h["data-start"]), int(h["data-end"]), h["data-kind"], h["text"])
        for h in parsed.highlights
    )
    assert found == expected_highlights(document)
    assert len(parsed.highlights) == 39 + 15 + 30 + 52  # 亿元以上 is a size class of money


def test_highlights_carry_value_rule_and_kind_class(page: str) -> None:
    by_text = {h["text"]: h for h in Page(page).highlights}
    first = by_text["超1400亿元"]
    assert (first["data-value"], first["data-rule"]) == ("140000000000", "money.amount")
    assert first["class"] == "hl money-amount"
    assert "qualifier: more_than" in first["title"] and "rule: money.amount" in first["title"]
    rate = by_text["504.3万元/亩"]
    assert (rate["class"], rate["data-value"]) == ("hl money-rate", "5043000")
    assert "per: 亩" in rate["title"]
    assert by_text["千亿级"]["class"] == "hl money-scale"
    assert by_text["11.4%"]["data-kind"] == "percentage"
    assert "direction: up" in by_text["11.4%"]["title"]
    assert by_text["50GWh"]["data-value"] == "50"
    quarter = by_text["2023年第一季度"]
    assert quarter["data-value"] == "2023-01-01..2023-03-31"
    assert "granularity: quarter" in quarter["title"]


def test_the_article_text_is_kept_whole(text: str, page: str) -> None:
    assert Page(page).article == text  # newlines included
    assert "white-space: pre-wrap" in page


def test_page_is_self_contained(page: str) -> None:
    assert "http://" not in page and "https://" not in page
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert '<html lang="zh-CN">' in page and '<meta charset="utf-8">' in page
    assert '"Noto Sans CJK SC"' in page
    assert page.count("<script") == 1


def test_one_card_per_project_beside_its_block(document: Document, text: str, page: str) -> None:
    parsed = Page(page)
    assert len(parsed.cards) == len(document.projects) == 8  # six blocks, two in prose
    for index, project in enumerate(document.projects):
        assert f">{project.name}</span></h2>" in page
        assert text[project.start : project.end] in parsed.rows[parsed.cards[index]]
    assert "广东优巨先进新材料股份有限公司" in page and "2023-Q1" in page
    targets = {link[1:] for link in parsed.links if link.startswith("#")}
    assert targets <= {f"project-{i}" for i in range(8)}


def test_prose_mentions_are_underlined_and_linked_to_their_card(
    document: Document, text: str
) -> None:
    page = render_html(document, text)
    linked = [(i, p) for i, p in enumerate(document.projects) if p.layout != "block" and p.mentions]
    assert linked  # the sample names projects in its prose too
    index, project = linked[0]
    assert (
        f'<a class="pm" href="#project-{index}" data-project="{index}" '
        f'title="project {index + 1}: {project.name}'
    ) in page
    assert Page(page).article == text
    inside = extract("去年共有173个项目的东湖产业基地项目投资5亿元")
    (underlined,) = inside.projects
    highlights = Page(
        render_html(inside, "去年共有173个项目的东湖产业基地项目投资5亿元")
    ).highlights
    assert [h["text"] for h in highlights] == ["去年", "173个", "5亿元"]
    assert underlined.name == "东湖产业基地项目"  # a count of projects is not a name


def test_the_reference_date_is_in_the_header(page: str) -> None:
    header = page[page.index("<header") : page.index("</header>")]
    assert "reference date: <b>2023 (year only)</b>" in header
    assert "2023年第一季度" in header
    full = render_html(extract("今年3月开工", reference_date=date(2023, 2, 15)), "今年3月开工")
    assert "<b>2023-02-15</b> · given" in full


def test_everything_is_escaped() -> None:
    text = '<script>alert("x")</script>\n总投资5亿元 & <b>粗体</b>'
    page = render_html(extract(text), text, title="<script>t</script>")
    assert "<script>alert" not in page and "<script>t" not in page and "<b>粗体" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    parsed = Page(page)
    assert parsed.article == text
    assert [h["text"] for h in parsed.highlights] == ["5亿元"]


def test_overlapping_mentions_keep_the_first_in_text_order() -> None:
    text = "总投资5亿元"
    money = Money(text="5亿元", start=3, end=6, rule="m", value=Decimal("5e8"), unit="CNY")
    quantity = Quantity(
        text="资5亿", start=2, end=5, rule="q", value=Decimal(5), unit="亿", kind="x"
    )
    page = render_html(Document(money=[money], quantities=[quantity]), text)
    (kept,) = Page(page).highlights
    assert (kept["data-kind"], kept["text"]) == ("quantity", "资5亿")
    assert Page(page).article == text


def test_an_empty_document_renders() -> None:
    parsed = Page(render_html(Document(), ""))
    assert parsed.article == "" and parsed.highlights == [] and parsed.cards == {}


def test_cli_prints_one_page(capsys: pytest.CaptureFixture[str], document: Document) -> None:
    assert main([str(SAMPLE), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert f"<title>{SAMPLE.name}</title>" in out
    assert len(Page(out).highlights) == sum(expected_highlights(document).values())


def test_cli_html_takes_exactly_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(SAMPLE), str(SAMPLE), "--format", "html"])
    assert exit_info.value.code == 2
    assert "--format html takes exactly one FILE" in capsys.readouterr().err


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless chromium with a throwaway profile and no network chatter."""
    binary = shutil.which("chromium")
    assert binary is not None
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    return subprocess.run(
        [binary, *flags, *args], capture_output=True, text=True, timeout=60, check=True
    )


def test_a_real_browser_parses_and_renders_the_page(
    tmp_path: Path, document: Document, page: str
) -> None:
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    view = tmp_path / "view.html"
    view.write_text(page, encoding="utf-8")

    dom = chromium(tmp_path, "--dump-dom", view.as_uri()).stdout
    parsed = Page(dom)
    kinds = Counter(h["data-kind"] for h in parsed.highlights)
    assert kinds == {
        "money": len(document.money),
        "percentage": len(document.percentages),
        "quantity": len(document.quantities),
        "date": len(document.dates),
    }
    assert len(parsed.cards) == len(document.projects)
    assert dom.count("data-tip=") == sum(kinds.values())  # the inline script ran

    shot = tmp_path / "shot.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,2000", view.as_uri())
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    assert struct.unpack(">II", png[16:24]) == (1400, 2000)


def test_a_lone_surrogate_in_the_text_still_makes_a_page_that_writes_as_utf8() -> None:
    text = "● 江门\ud800新材料项目\n项目介绍：总投资5亿元。"
    page = render_html(extract(text), text)
    assert "&#xD800;" in page
    page.encode("utf-8")  # no UnicodeEncodeError


def test_a_phase_shows_its_own_milestones() -> None:
    text = "华锐锂电隔膜项目总投资20亿元。一期已于2023年10月投产，二期计划2024年9月开工。"
    page = render_html(extract(text, reference_date=date(2024, 6, 1)), text)
    assert '<b>一期</b> <span class="tag done">production start 2023年10月</span>' in page
    assert '<b>二期</b> <span class="tag planned">construction start 2024年9月</span>' in page
