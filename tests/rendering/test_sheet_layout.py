"""Long incidents across many pages, hostile text, paper sizes and safe writing."""

import collections
import dataclasses
import datetime as dt
import itertools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from sheet_pdf_helpers import (
    FULL_HEADINGS,
    flat,
    pdf_info,
    pdf_pages,
    synthetic_incident,
    write_incident,
)

from factsheet.cli import main
from factsheet.loading import LoadedIncident, read_incident
from factsheet.model.incident import Incident
from factsheet.rendering import pagination
from factsheet.rendering.fonts import ARABIC_FAMILY, LATIN_FAMILY, register_fonts
from factsheet.rendering.page_breaks import NEAR_EMPTY_SHARE, used_height
from factsheet.rendering.paged import PageFurniture, PageGeometry, paint_page
from factsheet.rendering.pagination import SheetTooLongError, furniture_for, layout_sheet
from factsheet.rendering.pdf import default_paper, export_pdf

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_TITLE = '<b>x</b><img src="file:///etc/passwd">'


@pytest.fixture(scope="module")
def long_pdf(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("long")
    source = write_incident(folder / "long.yaml", synthetic_incident(events=300, claims=150))
    out = folder / "long.pdf"
    assert main(["export", str(source), "-o", str(out), "--paper", "a4", "--full"]) == 0
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


def test_no_row_of_a_long_sheet_is_printed_twice(long_pdf: tuple[Path, list[str]]) -> None:
    # A row split across two pages used to be painted, clipped, on both: its lines were then
    # twice in the PDF's text layer (past 16 pages rows were not even kept whole).
    text = "\n".join(long_pdf[1])
    for n in range(300):
        assert len(re.findall(rf"\bEvent {n}: ", text)) == 1, f"event {n}"
    timeline_rows = re.findall(r"^\s*E(\d+)\s", text, re.MULTILINE)
    assert sorted(map(int, timeline_rows)) == list(range(1, 301))
    quotes = re.findall(r"at least (\d+) civilians were killed, the group said", flat(text))
    assert sorted(map(int, quotes)) == [10 + i for i in range(150)]


def test_long_incident_keeps_every_section_heading(long_pdf: tuple[Path, list[str]]) -> None:
    text = "\n".join(long_pdf[1])
    for heading in FULL_HEADINGS:
        if heading != "Key points":  # the synthetic incident has none
            assert re.search(rf"^{re.escape(heading)}\s*$", text, re.MULTILINE), heading
    assert "Provenance." in text


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
    sheet = layout_sheet(loaded, QSizeF(595.28, 841.89), dt.datetime.now(dt.UTC), "full")
    assert all(doc.resource_requests == [] for doc in sheet.documents)
    assert HOSTILE_TITLE in sheet.plain_text()
    out = tmp_path / "hostile.pdf"
    assert export_pdf(loaded, out, paper="a4") >= 1
    pages = pdf_pages(out)
    assert HOSTILE_TITLE in pages[0]  # the header line and the title block
    assert "<a href='https://example.org'>link</a> &amp; <script>x</script>" in flat(
        "\n".join(pages)
    )


def test_the_document_refuses_resources_it_is_asked_for(qapp: QApplication) -> None:
    # The guard behind the escaping: were markup ever to get through, nothing would load.
    from factsheet.rendering.sheet_document import SheetDocument

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


def test_a_bare_incident_prints_a_one_page_brief_and_says_what_is_missing(
    qapp: QApplication, tmp_path: Path
) -> None:
    title = "A title long enough to be shortened in the running header " * 4
    source = tmp_path / "bare.yaml"
    source.write_text(BARE.format(title=title.strip()), encoding="utf-8")
    texts = {}
    for variant in ("brief", "full"):
        out = tmp_path / f"{variant}.pdf"
        flags = ["--full"] if variant == "full" else []
        assert main(["export", str(source), "-o", str(out), "--paper", "a4", *flags]) == 0
        pages = pdf_pages(out)
        texts[variant] = flat("\n".join(pages))
        assert "TLP:" not in texts[variant]  # no marking is invented when the file states none
        for page in pages:
            header = page.splitlines()[0].strip()
            assert header.startswith("A title long enough")
            assert header.endswith("...")  # an ellipsis, after NFKC
        if variant == "brief":
            assert len(pages) == 1
    for said in (
        "No claim in this record gives a figure.",
        "This record holds no casualty claims.",
    ):
        assert said in texts["brief"]
    for said in (
        "This record holds no timeline.",
        "This record names no actors.",
        "This record lists no sources.",
        "No data notes",
    ):
        assert said in texts["full"]


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


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("variant", ["brief", "full"])
def test_no_line_of_the_sample_sheet_is_on_two_pages(
    qapp: QApplication, sample_path: Path, tmp_path: Path, paper: str, variant: str
) -> None:
    # A row split across pages is painted, clipped, on both: its lines would then be in the
    # PDF's text twice (and page 2 would show half a claim).
    out = tmp_path / "sheet.pdf"
    flags = ["--full"] if variant == "full" else []
    assert main(["export", str(sample_path), "-o", str(out), "--paper", paper, *flags]) == 0
    pages_of: dict[tuple[str, str], set[int]] = {}
    for number, page in enumerate(pdf_pages(out)):
        body = [line.strip() for line in page.splitlines() if line.strip()][1:-2]
        # Two lines running, not one: two rows may end in the same words ("directly — known
        # through [1]."), but a row painted on two pages repeats whole lines in a row.
        for line, after in itertools.pairwise(body):
            # Table headers repeat on every page by design.
            if len(line) > 25 and not line.startswith(("#", "Actor ", "Term ", "Date ")):
                pages_of.setdefault((line, after), set()).add(number)
    assert {lines: pages for lines, pages in pages_of.items() if len(pages) > 1} == {}


@pytest.mark.parametrize("events", [0, 3, 9, 17, 30, 44, 61, 80])
def test_no_sheet_ends_on_a_near_empty_page(qapp: QApplication, events: int) -> None:
    # Near-empty: a last page whose body is filled under a fifth (page_breaks.NEAR_EMPTY_SHARE).
    data = synthetic_incident(events=events, claims=max(1, events // 4), sources=6)
    loaded = _loaded(data)
    for variant in ("brief", "full"):
        for paper in (QSizeF(595.28, 841.89), QSizeF(612, 792)):
            sheet = layout_sheet(loaded, paper, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), variant)
            if sheet.page_count() > 1:
                last = used_height(sheet.pages[-1])
                assert last >= NEAR_EMPTY_SHARE * sheet.body.height(), (variant, paper)


def test_the_provenance_paragraph_never_has_a_page_to_itself(qapp: QApplication) -> None:
    for events in range(0, 40, 3):
        loaded = _loaded(synthetic_incident(events=events, claims=2, sources=3))
        sheet = layout_sheet(loaded, QSizeF(595.28, 841.89), dt.datetime.now(dt.UTC), "full")
        last_part = len(sheet.documents) - 1
        assert any(s.span.part != last_part for s in sheet.pages[-1]), events


def _loaded(data: dict[str, object]) -> LoadedIncident:
    incident = Incident.model_validate(data)
    return LoadedIncident(incident, Path("synthetic.yaml"), "0" * 64, 1, ())


def test_a_generated_dossier_prints_each_row_once_and_whole(
    qapp: QApplication, tmp_path: Path
) -> None:
    # benchmarks/generate.py: English and Arabic, long and short texts, 1,000 events.
    source = tmp_path / "generated.yaml"
    generate = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--events", "1000"]
    subprocess.run([*generate, "-o", str(source)], check=True, capture_output=True)
    out = tmp_path / "generated.pdf"
    assert main(["export", str(source), "-o", str(out), "--paper", "a4", "--full"]) == 0
    pages = pdf_pages(out)
    text = "\n".join(pages)
    rows = re.findall(r"^\s*E(\d+)\s{2,}", text, re.MULTILINE)  # a row, not a note's list
    assert sorted(map(int, rows)) == list(range(1, 1_001))
    # Where a timeline page ends and the next begins, no line is on both (a row painted on
    # both pages, as Qt did with a row it split).
    # (Generated notes repeat word for word across events: only a line found exactly on
    # those two pages counts.)
    timeline = [p for p in pages if "What happened" in p]
    bodies = [[ln.strip() for ln in page.splitlines() if ln.strip()][2:-2] for page in timeline]
    counts = collections.Counter(ln for body in bodies for ln in body)
    for before, after in itertools.pairwise(bodies):
        twice = {ln for ln in before[-4:] if counts[ln] == 2} & set(after[:4])
        assert not twice


def test_a_sheet_past_the_page_ceiling_is_refused_before_it_is_painted(
    qapp: QApplication, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagination, "MAX_SHEET_PAGES", 2)
    out = tmp_path / "sheet.pdf"
    with pytest.raises(SheetTooLongError, match="more than 2 pages"):
        export_pdf(read_incident(sample_path), out, paper="a4", variant="full")
    assert not out.exists()
    assert main(["export", str(sample_path), "-o", str(out), "--full"]) == 2


def test_a_right_to_left_sheet_mirrors_its_furniture(qapp: QApplication, sample_path: Path) -> None:
    loaded = read_incident(sample_path)
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for mirrored in (False, True):
        furniture = furniture_for(loaded, moment, right_to_left=mirrored)
        marking = _header_ink(dataclasses.replace(furniture, title=""))
        title = _header_ink(dataclasses.replace(furniture, title="A short title", handling=None))
        # Left to right: the title from the left margin, the TLP marking at the right one;
        # right to left: the other way round.
        assert (title, marking) == (("right", "left") if mirrored else ("left", "right"))
    # The body is laid out right to left too.
    sheet = layout_sheet(loaded, QSizeF(595.28, 841.89), moment, "brief", right_to_left=True)
    option = sheet.documents[0].defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft


def _header_ink(furniture: PageFurniture) -> str:
    """Which half of the page the header line's ink is in."""
    image = QImage(1240, 200, QImage.Format.Format_RGB32)  # the top of an A4 page, 150 dpi
    image.setDotsPerMeterX(5906)
    image.setDotsPerMeterY(5906)
    image.fill(QColor("white"))
    painter = QPainter(image)
    geometry = PageGeometry(QSizeF(595.28, 841.89))
    paint_page(
        painter, [], (), device_dpi=150, geometry=geometry, furniture=furniture, index=0, pages=1
    )
    painter.end()
    dark = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 100 for y in range(55, 75))
    ]
    return "left" if max(dark) < image.width() / 2 else "right"


def test_rows_too_long_for_one_document_are_refused_with_a_reason(
    qapp: QApplication, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagination, "MAX_PART_PAGES", 1)
    with pytest.raises(SheetTooLongError, match="more than 1 pages in a few rows of one table"):
        layout_sheet(read_incident(sample_path), QSizeF(595.28, 841.89), dt.datetime.now(dt.UTC))
