"""Long incidents across many pages, hostile text, paper sizes and safe writing."""

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSizeF
from PySide6.QtWidgets import QApplication
from sheet_pdf_helpers import flat, pdf_info, pdf_pages, synthetic_incident, write_incident

from factsheet.cli import main
from factsheet.loading import read_incident
from factsheet.rendering import pagination
from factsheet.rendering.fonts import ARABIC_FAMILY, LATIN_FAMILY, register_fonts
from factsheet.rendering.paged import split_row_groups
from factsheet.rendering.pagination import has_blank_page, layout_sheet
from factsheet.rendering.pdf import default_paper, export_pdf

HOSTILE_TITLE = '<b>x</b><img src="file:///etc/passwd">'


@pytest.fixture(scope="module")
def long_pdf(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("long")
    source = write_incident(folder / "long.yaml", synthetic_incident(events=300, claims=150))
    out = folder / "long.pdf"
    assert main(["export", str(source), "-o", str(out), "--paper", "a4"]) == 0
    return out, pdf_pages(out)


def _rows(pages: list[str], prefix: str) -> list[set[int]]:
    return [{int(n) for n in re.findall(rf"^\s*{prefix}(\d+)\s", p, re.MULTILINE)} for p in pages]


def test_long_incident_numbers_every_page_right(long_pdf: tuple[Path, list[str]]) -> None:
    pdf, pages = long_pdf
    count = int(pdf_info(pdf)["Pages"])
    assert count == len(pages) > 20
    for number, page in enumerate(pages, start=1):
        assert page.count(f"Page {number} of {count}") == 1
        assert page.count("TLP:AMBER") >= 2


def test_long_tables_lose_no_row_and_repeat_their_header(long_pdf: tuple[Path, list[str]]) -> None:
    _, pages = long_pdf
    for prefix, total, header in (("C", 150, "Attributed to"), ("E", 300, "What happened")):
        per_page = _rows(pages, prefix)
        seen = set().union(*per_page)
        assert seen == set(range(1, total + 1))  # every row printed, none cut at a page edge
        spanned = [i for i, rows in enumerate(per_page) if rows]
        assert len(spanned) > 2
        for index in spanned:
            assert header in pages[index], f"page {index + 1} lacks the {header!r} header row"


def test_long_incident_keeps_every_section_heading(long_pdf: tuple[Path, list[str]]) -> None:
    text = "\n".join(long_pdf[1])
    for heading in (
        "Reported figures",
        "Claims, side by side",
        "Summary",
        "Timeline",
        "Actors",
        "Data notes",
        "Sources",
        "Method and definitions",
        "Provenance",
    ):
        assert re.search(rf"^{re.escape(heading)}\s*$", text, re.MULTILINE), heading


def test_too_many_claims_for_a_chart_say_so(long_pdf: tuple[Path, list[str]]) -> None:
    text = flat("\n".join(long_pdf[1]))
    assert "The claims chart is left out" in text


def test_letter_and_a4_page_sizes(qapp: QApplication, sample_path: Path, tmp_path: Path) -> None:
    sizes = {}
    for paper in ("a4", "letter"):
        out = tmp_path / f"{paper}.pdf"
        assert main(["export", str(sample_path), "-o", str(out), "--paper", paper]) == 0
        sizes[paper] = pdf_info(out)["Page size"]
    assert re.match(r"595(\.\d+)? x 84[12]", sizes["a4"])
    assert sizes["letter"].startswith("612 x 792")


def test_markup_in_the_file_prints_literally_and_loads_nothing(
    qapp: QApplication, sample_path: Path, tmp_path: Path
) -> None:
    text = sample_path.read_text(encoding="utf-8")
    old = "title: Killings of civilians in Al Qaryatayn after Daesh's second occupation"
    assert old in text
    hostile = text.replace(old, f"title: '{HOSTILE_TITLE}'").replace(
        "summary: >-",
        "summary: >-\n    <a href='https://example.org'>link</a> &amp; <script>x</script>",
    )
    source = tmp_path / "hostile.yaml"
    source.write_text(hostile, encoding="utf-8")
    loaded = read_incident(source)
    doc = layout_sheet(loaded, QSizeF(595.28, 841.89), dt.datetime.now(dt.UTC))
    assert doc.resource_requests == []
    assert HOSTILE_TITLE in doc.toPlainText()
    out = tmp_path / "hostile.pdf"
    assert export_pdf(loaded, out, paper="a4") > 1
    pages = pdf_pages(out)
    assert HOSTILE_TITLE in pages[0]  # the header line and the title block
    assert "<a href='https://example.org'>link</a> &amp; <script>x</script>" in flat(
        "\n".join(pages)
    )


def test_the_document_refuses_resources_it_is_asked_for(qapp: QApplication) -> None:
    # The guard behind the escaping: were markup ever to get through, nothing would load.
    from factsheet.rendering.sheet import SheetDocument

    doc = SheetDocument()
    doc.setHtml('<p>a<img src="file:///etc/passwd">b</p>')
    doc.setTextWidth(1000)
    doc.size()
    assert set(doc.resource_requests) == {"file:///etc/passwd"}
    assert doc.toPlainText().replace("\ufffc", "") == "ab"


def test_export_never_writes_over_the_incident(
    qapp: QApplication, sample_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "incident.yaml"
    shutil.copyfile(sample_path, source)
    before = source.read_bytes()
    loaded = read_incident(source)
    with pytest.raises(OSError, match="overwrite the incident file"):
        export_pdf(loaded, source, paper="a4")
    link = tmp_path / "same-file.pdf"
    link.hardlink_to(source)
    with pytest.raises(OSError, match="overwrite the incident file"):
        export_pdf(loaded, link, paper="a4")
    assert source.read_bytes() == before
    assert main(["export", str(source), "-o", str(source)]) == 2
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incident.yaml", "same-file.pdf"]


def test_export_replaces_an_old_pdf_whole_and_leaves_no_temporary_file(
    qapp: QApplication, sample_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"an older export")
    pages = export_pdf(read_incident(sample_path), out, paper=None)
    assert out.read_bytes().startswith(b"%PDF-")
    assert int(pdf_info(out)["Pages"]) == pages
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_export_into_a_missing_folder_fails_cleanly(
    qapp: QApplication, sample_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        export_pdf(read_incident(sample_path), tmp_path / "nowhere" / "x.pdf", paper="a4")
    assert main(["export", str(sample_path), "-o", str(tmp_path / "nowhere" / "x.pdf")]) == 2
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("country", "paper"),
    [
        (QLocale.Country.UnitedStates, "letter"),
        (QLocale.Country.Canada, "letter"),
        (QLocale.Country.Philippines, "letter"),
        (QLocale.Country.Germany, "a4"),
        (QLocale.Country.Syria, "a4"),
        (QLocale.Country.UnitedKingdom, "a4"),
    ],
)
def test_default_paper_follows_the_locale_country(country: QLocale.Country, paper: str) -> None:
    assert default_paper(QLocale(QLocale.Language.AnyLanguage, country)) == paper


def test_the_c_locale_prints_on_a4() -> None:
    assert default_paper(QLocale.c()) == "a4"


def test_bundled_fonts_register_once(qapp: QApplication) -> None:
    first = register_fonts()
    assert {LATIN_FAMILY, ARABIC_FAMILY} <= set(first)
    assert register_fonts() == first


BARE = """\
format_version: 1
incident:
  id: BARE-1
  title: "{title}"
  summary: Only the required fields.
  date: 2020-03-14
  locations:
    - name: Nowhere
      precision: unknown
  status: under-review
  last_updated: 2020-03-20
"""


def test_a_bare_incident_prints_every_section_and_no_marking(
    qapp: QApplication, tmp_path: Path
) -> None:
    title = "A title long enough to be shortened in the running header " * 4
    source = tmp_path / "bare.yaml"
    source.write_text(BARE.format(title=title.strip()), encoding="utf-8")
    out = tmp_path / "bare.pdf"
    assert main(["export", str(source), "-o", str(out), "--paper", "a4"]) == 0
    pages = pdf_pages(out)
    text = flat("\n".join(pages))
    for said in (
        "No claim in this record gives a figure.",
        "This record holds no casualty claims.",
        "This record holds no timeline.",
        "This record names no actors.",
        "This record lists no sources.",
        "No data notes",
    ):
        assert said in text
    assert "TLP:" not in text  # no marking is invented when the file states none
    for page in pages:
        header = page.splitlines()[0].strip()
        assert header.startswith("A title long enough")
        assert header.endswith("...")  # an ellipsis, after NFKC


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are a Linux matter")
def test_export_works_with_a_stale_display(sample_path: Path, tmp_path: Path) -> None:
    # An old SSH session can leave DISPLAY pointing at nothing; the export needs no window.
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = ":987"
    out = tmp_path / "sheet.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "factsheet", "export", str(sample_path), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("paper", [QSizeF(595.28, 841.89), QSizeF(612, 792)], ids=["a4", "letter"])
def test_no_table_row_of_the_sample_straddles_two_pages(
    qapp: QApplication, sample_path: Path, paper: QSizeF, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = read_incident(sample_path)
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    doc = layout_sheet(loaded, paper, moment)
    assert split_row_groups(doc, doc.row_groups) == set()
    assert not has_blank_page(doc)
    # Without the moves Qt splits some rows (claims, timeline, actors or sources) mid-cell:
    # the check above is one that can fail.
    monkeypatch.setattr(pagination, "KEEP_ROWS_PAGES", 0)
    unmoved = layout_sheet(loaded, paper, moment)
    assert split_row_groups(unmoved, unmoved.row_groups)
    assert unmoved.pageCount() <= doc.pageCount() <= unmoved.pageCount() + 1


def test_no_line_of_the_sample_sheet_is_on_two_pages(
    qapp: QApplication, sample_path: Path, tmp_path: Path
) -> None:
    # A row split across pages is painted, clipped, on both: its lines would then be in the
    # PDF's text twice (and page 2 would show half a claim).
    out = tmp_path / "sheet.pdf"
    assert main(["export", str(sample_path), "-o", str(out), "--paper", "a4"]) == 0
    pages_of: dict[str, set[int]] = {}
    for number, page in enumerate(pdf_pages(out)):
        body = [line.strip() for line in page.splitlines() if line.strip()][1:-2]
        for line in body:
            # Table headers repeat on every page by design.
            if len(line) > 25 and not line.startswith(("#", "Actor ", "Term ")):
                pages_of.setdefault(line, set()).add(number)
    assert {line: pages for line, pages in pages_of.items() if len(pages) > 1} == {}
