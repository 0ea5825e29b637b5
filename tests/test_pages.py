"""Web pages, PDFs and crawls as input: the article and nothing of the page around it.

The page is one of our own that looks like a city government's news page: GBK declared
as gb2312, a top bar with today's date, navigation, breadcrumbs, a 发布时间/来源 line, a
related-news sidebar whose headlines carry amounts of their own, and a footer with a
phone number, a postcode and ICP numbers.  PDFs and WARCs are made here, with reportlab
and warcio, so that what they hold is visible in the test.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from zhproj_extract import extract, extract_file, extract_page
from zhproj_extract.cli import main

PAGES = Path(__file__).resolve().parent / "pages"
NEWS = PAGES / "yunpu_news_gbk.html"
URL = "http://www.yunpu.gov.cn/xwzx/ypyw/content/post_1.html"

pytest.importorskip("trafilatura", reason="pages need the html extra: pip install '.[pages]'")

#: The article's money, in text order: the headline's total, then the body's.
NEWS_MONEY = ["186亿元", "186亿元", "42亿元", "约60亿元", "8.5亿元", "亿元以上"]


def test_a_page_gives_the_article_and_nothing_of_its_furniture() -> None:
    document = extract_page(NEWS.read_bytes(), url=URL)
    source = document.source
    assert source is not None
    assert (source.kind, source.url, source.site) == ("html", URL, "云浦市人民政府门户网站")
    assert source.title == "云浦市二季度重大项目集中签约 23个项目总投资186亿元"
    assert source.published == datetime.date(2024, 6, 18)
    # every span points into the extracted text
    for mention in [*document.money, *document.quantities, *document.percentages]:
        assert source.text[mention.start : mention.end] == mention.text
    assert [m.text for m in document.money] == NEWS_MONEY  # not 50亿元, 40亿元, 999亿元
    assert [p.text for p in document.percentages] == ["超七成", "21.6%", "15.2%"]  # not 12.3%
    # not the top bar's 2024年6月18日 nor the sidebar's 2024-04-02; 今年 is the published year
    assert [(d.text, str(d.start_date)) for d in document.dates] == [
        ("二季度", "2024-04-01"),
        ("6月17日", "2024-06-17"),
        ("2024年第二季度", "2024-04-01"),
        ("明年3月", "2025-03-01"),
        ("今年以来", "2024-01-01"),
    ]
    for furniture in ("0750", "ICP", "529000", "首页", "相关新闻", "阅读次数", "打印"):
        assert furniture not in source.text
    assert document.reference_date.date == datetime.date(2024, 6, 18)
    assert document.reference_date.source == "published"
    (park, foundry) = document.projects
    assert (park.name, park.investor, park.location) == (
        "云浦储能装备产业园项目",
        "浙江海岚新能源科技有限公司",
        "临港经济开发区",
    )
    assert park.investment is not None and str(park.investment.value) == "4200000000"
    # 明年3月 resolves against the publication date
    start = next(m for m in park.progress if m.stage == "production_start")
    assert start.date is not None and start.date.start_date == datetime.date(2025, 3, 1)
    assert foundry.investment is not None and str(foundry.investment.value) == "850000000"


def test_a_given_reference_date_wins_over_the_publication_date() -> None:
    document = extract_page(NEWS.read_bytes(), reference_date=datetime.date(2030, 1, 1))
    assert document.reference_date.source == "given"
    assert document.source is not None and document.source.url is None


def test_encodings_declared_or_not() -> None:
    page = NEWS.read_bytes().decode("gbk")
    utf8 = page.replace("charset=gb2312", "charset=utf-8").encode("utf-8")
    undeclared = page.replace("charset=gb2312", "").encode("utf-8")
    lying = page.replace("charset=gb2312", "charset=utf-8").encode("gbk")  # says UTF-8, is GBK
    for data in (utf8, undeclared, lying, page):
        document = extract_page(data)
        assert [m.text for m in document.money] == NEWS_MONEY
    with pytest.raises(UnicodeDecodeError, match="not text"):
        extract_page(b"<html>\xff\xfe\xff\xfe\x80\x80</html>" * 3)


def test_pages_are_not_text() -> None:
    with pytest.raises(TypeError):
        extract(NEWS.read_bytes())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract_page(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"\.docx"):
        extract_file("report.docx")


def test_an_empty_page_is_an_empty_document() -> None:
    for page in ("", b"", "<html><body></body></html>"):
        document = extract_page(page)
        assert (document.money, document.projects) == ([], [])
        assert document.source is not None and document.source.text == ""


def test_the_command_line_reads_a_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(NEWS)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [m["text"] for m in document["money"]] == NEWS_MONEY
    assert document["reference_date"]["date"] == "2024-06-18"
    assert document["source"]["published"] == "2024-06-18"
    assert main([str(NEWS), "--format", "html"]) == 0
    view = capsys.readouterr().out
    assert "<h1>云浦市二季度重大项目集中签约 23个项目总投资186亿元</h1>" in view
    assert "published 2024-06-18" in view


# --- PDFs -------------------------------------------------------------------------------


def _pdf(pages: list[list[str]], *, header: str | None = None, text: bool = True) -> bytes:
    """A PDF of the given lines per page, set in a CJK font, with a running header and a
    page number on every page (``text=False``: a scan, no text at all)."""
    pytest.importorskip("reportlab", reason="the PDF tests make PDFs with reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, 1):
        if not text:
            sheet.rect(60, 60, width - 120, height - 120, fill=1)
        else:
            sheet.setFont("STSong-Light", 9)
            if header:
                sheet.drawString(60, height - 40, header)
            sheet.drawCentredString(width / 2, 30, f"— {number} —")
            sheet.setFont("STSong-Light", 12)
            for row, line in enumerate(lines):
                sheet.drawString(60, height - 90 - 18 * row, line)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def _wrapped(text: str, width: int = 34) -> list[str]:
    """``text``'s paragraphs cut into lines of ``width`` characters, as a PDF sets them."""
    return [p[i : i + width] for p in text.split("\n") for i in range(0, max(len(p), 1), width)]


def test_a_pdf_drops_running_heads_and_page_numbers(tmp_path: Path) -> None:
    first = "6月17日，云浦市举行重大项目集中签约活动，共签约项目23个，计划总投资18"
    second = "6亿元。其中云浦储能装备产业园项目计划总投资42亿元。"
    path = tmp_path / "bulletin.pdf"
    path.write_bytes(_pdf([[first], [second]], header="云浦市人民政府公报 2024年第6期"))
    document = extract_file(path)
    source = document.source
    assert source is not None and (source.kind, source.pages) == ("pdf", 2)
    assert "公报" not in source.text and "—" not in source.text
    # the amount cut by the page break is one amount again, its span across the break
    assert [(m.text, str(m.value)) for m in document.money] == [
        ("18\n6亿元", "18600000000"),
        ("42亿元", "4200000000"),
    ]
    assert source.text[document.money[0].start : document.money[0].end] == "18\n6亿元"


def test_a_pdf_without_text_is_a_clear_error(tmp_path: Path) -> None:
    from zhproj_extract.sources.pdf import NoTextLayer

    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf([[]], text=False))
    with pytest.raises(NoTextLayer, match="no text layer"):
        extract_file(path)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not a PDF")
    with pytest.raises(ValueError, match="not a readable PDF"):
        extract_file(broken)


def test_a_pdf_of_the_seed_gives_its_38_amounts(seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "seed.pdf"
    lines = _wrapped(seed_text)
    path.write_bytes(_pdf([lines[i : i + 38] for i in range(0, len(lines), 38)], header="公报"))
    document = extract_file(path)
    assert len(document.money) == 38
    assert [m.value for m in document.money] == [m.value for m in extract(seed_text).money]


#: A project list as a PDF attachment sets it: a ruled table, its unit in a caption above
#: it, cells that wrap, and the table running on over a page break.
TABLE_ROWS = [
    ["序号", "项目名称", "建设单位", "总投资", "建设内容及规模", "建设年限"],
    ["1", "年产20万吨再生铝项目", "广西华昇新材料有限公司", "15.6", "新建熔铸车间，年产再生铝锭20万吨", "2024-2025"],
    ["2", "玉柴新能源动力总成产业园", "广西玉柴机器股份有限公司", "32", "建设电驱动系统生产线，年产50万套", "2024-2026"],
    ["3", "北部湾冷链物流中心", "市交投集团", "8.2", "建设冷库10万吨", "2024.06-2025.12"],
]  # fmt: skip


def _table_pdf(rows_per_page: list[list[list[str]]], *, ruled: bool = True) -> bytes:
    """A landscape PDF whose pages hold the given table rows, ruled or not, each cell
    wrapped at its column's width, under a caption (单位：亿元) on the first page."""
    pytest.importorskip("reportlab", reason="the PDF tests make PDFs with reportlab")
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=landscape(A4))
    width, height = landscape(A4)
    xs = [40, 75, 260, 420, 480, 690, 780]
    for number, rows in enumerate(rows_per_page, 1):
        sheet.setFont("STSong-Light", 10)
        top = height - 60
        if number == 1:
            sheet.drawString(300, height - 40, "2024年市重点建设项目计划表")
            sheet.drawString(60, height - 60, "单位：亿元")
            top = height - 80
        for row in rows:
            fits = [int((right - left - 6) / 10) for left, right in pairwise(xs)]
            cells = [
                [cell[i : i + fit] for i in range(0, len(cell), fit)]
                for cell, fit in zip(row, fits, strict=True)
            ]
            row_height = 14 * max(len(lines) for lines in cells) + 6
            for k, lines in enumerate(cells):
                for j, line in enumerate(lines):
                    sheet.drawString(xs[k] + 3, top - 12 - 14 * j, line)
            if ruled:
                sheet.line(xs[0], top, xs[-1], top)
                for x in xs:
                    sheet.line(x, top, x, top - row_height)
            top -= row_height
        if ruled:
            sheet.line(xs[0], top, xs[-1], top)
        sheet.drawCentredString(width / 2, 30, f"— {number} —")
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def test_a_ruled_table_in_a_pdf_is_one_project_per_row(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber", reason="PDF tables need the pdf extra")
    path = tmp_path / "list.pdf"
    path.write_bytes(_table_pdf([TABLE_ROWS[:3], TABLE_ROWS[3:]]))
    document = extract_file(path)
    assert document.source is not None
    lines = document.source.text.split("\n")
    assert lines[:3] == [
        "2024年市重点建设项目计划表",
        "单位：亿元",
        "| 序号 | 项目名称 | 建设单位 | 总投资 | 建设内容及规模 | 建设年限 |",
    ]
    assert (
        lines[-1]
        == "| 3 | 北部湾冷链物流中心 | 市交投集团 | 8.2 | 建设冷库10万吨 | 2024.06-2025.12 |"
    )
    rows = [
        (p.name, p.investor, str(p.investment.value) if p.investment else None)
        for p in document.projects
    ]
    assert rows == [
        ("年产20万吨再生铝项目", "广西华昇新材料有限公司", "1560000000"),
        ("玉柴新能源动力总成产业园", "广西玉柴机器股份有限公司", "3200000000"),
        ("北部湾冷链物流中心", "市交投集团", "820000000"),
    ]
    # a wrapped cell is one cell again: 年产50万套 and the period 2024-2026 are whole
    second = document.projects[1]
    assert [(q.text, q.per) for q in second.capacities] == [("50万套", "年")]
    assert [(m.stage, m.date.text if m.date else None) for m in second.progress] == [
        ("construction_start", "2024"),
        ("completion", "2026"),
    ]


def test_an_unruled_table_is_read_by_where_its_words_stand(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber", reason="PDF tables need the pdf extra")
    path = tmp_path / "unruled.pdf"
    path.write_bytes(_table_pdf([TABLE_ROWS[:3], TABLE_ROWS[3:]], ruled=False))
    document = extract_file(path)
    assert document.source is not None
    # wrapped cells are whole again (2024-202 / 5), the last row runs on to page two
    assert "| 1 | 年产20万吨再生铝项目 | 广西华昇新材料有限公司 | 15.6 |" in document.source.text
    rows = [(p.name, str(p.investment.value) if p.investment else None) for p in document.projects]
    assert rows == [
        ("年产20万吨再生铝项目", "1560000000"),
        ("玉柴新能源动力总成产业园", "3200000000"),
        ("北部湾冷链物流中心", "820000000"),
    ]


def test_prose_keeps_the_text_layer() -> None:
    from zhproj_extract.sources.pdf import read_pdf

    prose = read_pdf(_pdf([["6月17日，云浦市举行重大项目集中签约活动，共签约项目23个。"]]))
    assert "|" not in prose.text


def test_cells_side_by_side_on_several_baselines_look_like_a_table() -> None:
    from zhproj_extract.sources.pdf_tables import looks_tabular

    row = [
        (40.0, 500.0, 10.0, "1"),
        (75.0, 500.0, 10.0, "再生铝项目"),
        (260.0, 500.0, 10.0, "15.6"),
    ]
    below = [(x, 480.0, size, text) for x, _, size, text in row]
    assert looks_tabular(row + below)
    assert not looks_tabular(row)  # one baseline: a line with tab stops
    prose = [
        (60.0, 500.0, 12.0, "6月17日，云浦市举行"),
        (180.0, 500.0, 12.0, "重大项目集中签约活动"),
    ]
    assert not looks_tabular(prose + [(x, 480.0, s, t) for x, _, s, t in prose])


# --- crawls and batches -----------------------------------------------------------------


def _warc(path: Path, *, broken: bool = True) -> Path:
    """A small crawl: the news page (GBK, charset in the header), an image, an empty page,
    a request record, and a broken record at the end."""
    pytest.importorskip("warcio", reason="crawls need the warc extra")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for url, content_type, body in (
            (URL, "text/html; charset=GBK", NEWS.read_bytes()),
            ("http://www.yunpu.gov.cn/images/logo.png", "image/png", b"\x89PNG\r\n"),
            ("http://www.yunpu.gov.cn/empty.html", "text/html", b""),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
        request = writer.create_warc_record(URL, "request", payload=io.BytesIO(b"GET / HTTP/1.1"))
        writer.write_record(request)
        if broken:
            out.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nbroken")
    return path


def _records(output: Path) -> dict[str, dict[str, object]]:
    return {r["id"]: r for r in map(json.loads, output.read_text(encoding="utf-8").splitlines())}


def test_batch_reads_a_crawl_one_record_per_html_response(tmp_path: Path) -> None:
    crawl = _warc(tmp_path / "crawl.warc.gz")
    output, tables = tmp_path / "out.jsonl", tmp_path / "tables"
    args = ["batch", str(crawl), "-o", str(output), "--tables", str(tables), "--workers", "1"]
    assert main(args) == 0
    records = _records(output)
    assert list(records) == [URL, "http://www.yunpu.gov.cn/empty.html", "record 5"]
    document = records[URL]["document"]
    assert isinstance(document, dict)
    assert [m["text"] for m in document["money"]] == NEWS_MONEY
    assert document["reference_date"]["source"] == "published"
    empty = records["http://www.yunpu.gov.cn/empty.html"]["document"]
    assert isinstance(empty, dict) and empty["money"] == []
    assert records["record 5"]["error"] == "BrokenRecord"
    with (tables / "money.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["doc_id"], r["url"], r["published"]) for r in rows} == {(URL, URL, "2024-06-18")}
    # resumed, nothing is redone and nothing duplicated
    assert main([*args, "--resume"]) == 0
    assert list(_records(output)) == list(records)


def test_batch_reads_a_folder_of_every_kind(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("计划总投资5亿元。", encoding="utf-8")
    (folder / "b.HTM").write_bytes(NEWS.read_bytes())
    (folder / "c.pdf").write_bytes(_pdf([["青溪县精密铸件智能工厂项目总投资8.5亿元。"]]))
    (folder / "d.pdf").write_bytes(_pdf([[]], text=False))
    (folder / "e.html").write_bytes(b"<html>\xff\xfe\xff\xfe\x80\x80</html>" * 3)
    _warc(folder / "f.warc", broken=False)
    (folder / "notes.md").write_text("不是文档", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(output), "--workers", "2"]) == 0
    records = _records(output)
    assert list(records) == ["a.txt", "b.HTM", "c.pdf", "d.pdf", "e.html", URL,
                             "http://www.yunpu.gov.cn/empty.html"]  # fmt: skip
    assert records["d.pdf"]["error"] == "NoTextLayer"
    assert records["e.html"]["error"] == "UnicodeDecodeError"
    assert "e.html" in str(records["e.html"]["message"])
    pdf = records["c.pdf"]["document"]
    assert isinstance(pdf, dict) and pdf["money"][0]["value"] == "850000000"


def test_jsonl_records_may_hold_pages(tmp_path: Path) -> None:
    page = NEWS.read_bytes().decode("gbk")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "p", "html": page, "url": URL}) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(output), "--workers", "1"]) == 0
    document = _records(output)["p"]["document"]
    assert isinstance(document, dict) and document["source"]["url"] == URL


def test_importing_the_package_loads_no_page_library() -> None:
    code = (
        "import sys, zhproj_extract; zhproj_extract.extract('投资5亿元'); "
        "print(sorted(m for m in ('trafilatura', 'pypdf', 'warcio', 'lxml') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert loaded.stdout.strip() == "[]", loaded.stderr


def test_a_crawl_goes_to_dask_one_partition_per_file(tmp_path: Path) -> None:
    dd = pytest.importorskip("dask.dataframe")
    from zhproj_extract.distributed import extract_dask, warc_frame

    crawls = [str(_warc(tmp_path / f"part{i}.warc.gz")) for i in range(2)]
    pages = dd.from_map(warc_frame, crawls)
    assert pages.npartitions == 2
    out = extract_dask(pages).compute(scheduler="synchronous")
    assert list(out["id"]) == [URL, "http://www.yunpu.gov.cn/empty.html", "record 5"] * 2
    errors = [e if isinstance(e, str) else None for e in out["error"]]  # dask: NA, not None
    assert errors == [None, None, "BrokenRecord"] * 2
    document = json.loads(out["document"].iloc[0])
    assert [m["text"] for m in document["money"]] == NEWS_MONEY


def test_the_site_is_named_as_the_page_names_it() -> None:
    page = "<html><head><title>{}</title></head><body><p>{}</p></body></html>"
    body = "鹤山市举行重大项目集中签约活动，共签约项目12个，总投资86亿元。" * 3
    titled = extract_page(page.format("签约_鹤山市人民政府门户网站", body), url=URL)
    assert titled.source is not None and titled.source.site == "鹤山市人民政府门户网站"
    assert titled.source.title == "签约"  # the site's name is not part of the headline
    bare = extract_page(page.format("签约", body), url=URL)
    assert bare.source is not None and bare.source.site == "yunpu.gov.cn"  # the host, then


#: A 重点项目表 as government sites lay it out: a category cell merged over its rows, one
#: company and one place merged over two projects, a section row across the table.
_MERGED_TABLE = """<html><head><title>2024年第一批市级重点项目</title></head><body><article>
<h1>2024年第一批市级重点项目</h1>
<p>经市政府研究同意，现将2024年第一批市级重点建设项目予以公布，请各责任单位抓好落实。</p>
<table>
<tr><th>类别</th><th>项目名称</th><th>建设单位</th><th>总投资（亿元）</th><th>建设地点</th></tr>
<tr><td colspan="5">一、新开工项目</td></tr>
<tr><td rowspan="3">产业类</td><td>年产10万吨锂电池正极材料项目</td>
<td rowspan="2">江西赣锋新材料有限公司</td><td>25</td><td rowspan="2">高新区</td></tr>
<tr><td>年产5万吨电解液项目</td><td>12</td></tr>
<tr><td>智能终端产业园项目</td><td>华宇电子有限公司</td><td>8</td><td>经开区</td></tr>
<tr><td>基础设施类</td><td>城东污水处理厂扩建工程</td><td>市城投集团</td><td>3.5</td>
<td>城东新区</td></tr>
</table>
<p>各责任单位要倒排工期、挂图作战，确保项目早开工、早见效。</p>
</article></body></html>"""


def test_a_merged_cell_belongs_to_every_row_it_spans() -> None:
    document = extract_page(_MERGED_TABLE)
    assert [(p.name, p.investor, p.location) for p in document.projects] == [
        ("年产10万吨锂电池正极材料项目", "江西赣锋新材料有限公司", "高新区"),
        ("年产5万吨电解液项目", "江西赣锋新材料有限公司", "高新区"),
        ("智能终端产业园项目", "华宇电子有限公司", "经开区"),
        ("城东污水处理厂扩建工程", "市城投集团", "城东新区"),
    ]
    amounts = [p.investment and p.investment.text for p in document.projects]
    assert amounts == ["25", "12", "8", "3.5"]
    assert all(
        p.progress and p.progress[0].stage == "construction_start" for p in document.projects
    )
