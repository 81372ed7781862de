"""The sample's fact sheet as PDF, read back as text: figures, sources, footers, Arabic."""

import hashlib
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sheet_pdf_helpers import flat, pdf_fonts, pdf_info, pdf_pages

from factsheet.cli import main
from factsheet.loading import LoadedIncident, read_incident
from factsheet.model.key_figures import key_figures
from factsheet.model.wording import figure_words
from factsheet.views.claims import claim_order
from factsheet.views.wording import key_figure_words, short_name

ROOT = Path(__file__).resolve().parents[2]

# Each claim's row as its first printed line shows it: number, claimant, figure.
SEED_FIGURES = {
    "activists-80-bodies": "at least 80",
    "trt-35-in-shaft": "at least 35",
    "sohr-128-documented": "at least 128",
    "pcc-67-named": "67",
    "pcc-35-in-shaft": "at least 35",
    "sohr-12-by-pro-regime-forces": "at least 12",
}


@pytest.fixture(scope="module")
def sample_pdf(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("sheet") / "sheet.pdf"
    sample = ROOT / "data" / "al-qaryatayn-2017.yaml"
    assert main(["export", str(sample), "-o", str(out), "--paper", "a4"]) == 0
    return out, pdf_pages(out)


@pytest.fixture
def loaded(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


def test_every_seed_figure_is_printed_with_its_claimant(
    sample_pdf: tuple[Path, list[str]], loaded: LoadedIncident
) -> None:
    _, pages = sample_pdf
    lines = "\n".join(pages).splitlines()
    incident = loaded.incident
    numbered = {claim.id: (n, claim) for n, (claim, _) in enumerate(claim_order(incident), 1)}
    # Every seed claim must still be in the sample, with its figure: deleting one fails here.
    for claim_id, seed_figure in SEED_FIGURES.items():
        assert claim_id in numbered, f"seed claim {claim_id} is missing from the sample"
        assert figure_words(numbered[claim_id][1]) == seed_figure
    for number, claim in numbered.values():
        first_word = incident.actor_name(claim.claimant).split()[0]
        figure = figure_words(claim)
        row = re.compile(rf"^\s*C{number}\s+{re.escape(first_word)}\b.*\b{re.escape(figure)}\b")
        assert any(row.search(line) for line in lines), f"no row C{number} {first_word} {figure}"


def test_key_figures_are_spans_with_claimants_never_a_total(
    sample_pdf: tuple[Path, list[str]], loaded: LoadedIncident
) -> None:
    text = flat("\n".join(sample_pdf[1]))
    assert (
        "Reported killed — attributed to Daesh (alleged, implied): "
        "67 named (PCC) – at least 128 documented (SOHR)" in text
    )
    assert "Reported killed — attributed to Pro-regime forces (alleged): at least 12" in text
    for figure in key_figures(loaded.incident):
        assert key_figure_words(loaded.incident, figure) in text
    # 80 + 128 + 67 + 12 and friends: no sum of the seed figures appears anywhere.
    for total in (80 + 128 + 67 + 12, 128 + 12, 80 + 35, 67 + 128):
        assert not re.search(rf"\b{total}\b", text)
    assert "not added together" in text


def test_every_source_is_listed_with_its_number_and_publisher(
    sample_pdf: tuple[Path, list[str]], loaded: LoadedIncident
) -> None:
    text = "\n".join(sample_pdf[1])
    incident = loaded.incident
    for number, source in enumerate(incident.sources, start=1):
        publisher = incident.actor_name(source.publisher)
        assert re.search(rf"^\s*\[{number}\]\s+{re.escape(publisher)}", text, re.MULTILINE)
    # Seven sources are known only indirectly; six of them through TRT World's report [1].
    # (At least: Qt paints a table row that spans two pages on both, the hidden copy clipped
    # away but still in the text layer, so a phrase may be counted twice.)
    assert flat(text).count("Not consulted directly") >= 7
    assert flat(text).count("through [1].") >= 6


def test_every_page_has_the_footer_with_page_count_hash_and_format(
    sample_pdf: tuple[Path, list[str]], sample_path: Path
) -> None:
    pdf, pages = sample_pdf
    count = int(pdf_info(pdf)["Pages"])
    assert len(pages) == count > 1
    prefix = hashlib.sha256(sample_path.read_bytes()).hexdigest()[:12]
    for number, page in enumerate(pages, start=1):
        assert page.count(f"Page {number} of {count}") == 1
        assert f"al-qaryatayn-2017.yaml · SHA-256 {prefix} · format version 1" in page
        assert re.search(r"printed \d{4}-\d\d-\d\d \d\d:\d\d UTC[+-]\d\d:\d\d", page)
        # The file's handling marking heads every page, in the header and in the footer.
        assert page.count("TLP:CLEAR") >= 2
        assert "Killings of civilians in Al Qaryatayn" in page.splitlines()[0]


def test_provenance_gives_the_full_hash(
    sample_pdf: tuple[Path, list[str]], loaded: LoadedIncident
) -> None:
    text = flat("\n".join(sample_pdf[1]))
    assert f"SHA-256: {loaded.sha256}" in text
    assert "Factsheet 0.1.0, incident format version 1" in text


def test_arabic_is_in_the_text_layer(sample_pdf: tuple[Path, list[str]]) -> None:
    text = "\n".join(sample_pdf[1])
    assert "مقتل مدنيين في القريتين" in text  # the Arabic title, whole and in reading order
    assert "القريتين" in text
    # Not the whole SOHR name: Qt maps the lam-alef ligature of "الإنسان" to no text.
    assert "المرصد السوري لحقوق" in text


def test_every_glyph_comes_from_a_bundled_font(sample_pdf: tuple[Path, list[str]]) -> None:
    # A system font in this list would mean a character the bundle lacks: on a machine
    # without that font it would print as a box.
    fonts = set(pdf_fonts(sample_pdf[0]))
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic-Regular"} <= fonts
    bundled = {path.stem for path in (ROOT / "resources" / "fonts").glob("*.ttf")}
    assert fonts <= bundled
    assert "≥128" in "\n".join(sample_pdf[1])  # the chart's "at least" mark, as text


def test_sections_come_in_the_fact_sheet_order(sample_pdf: tuple[Path, list[str]]) -> None:
    text = "\n".join(sample_pdf[1])
    headings = [
        "Key points",
        "Reported figures",
        "Claims, side by side",
        "Summary",
        "Timeline",
        "Actors",
        "Data notes",
        "Sources",
        "Method and definitions",
        "Provenance",
    ]
    positions = [re.search(rf"^{re.escape(h)}\s*$", text, re.MULTILINE) for h in headings]
    assert all(positions), [h for h, p in zip(headings, positions, strict=True) if not p]
    starts = [p.start() for p in positions if p]
    assert starts == sorted(starts)


def test_no_page_ends_with_a_heading(sample_pdf: tuple[Path, list[str]]) -> None:
    headings = {"Key points", "Reported figures", "Claims, side by side", "Summary"}
    headings |= {"Timeline", "Actors", "Data notes", "Sources", "Method and definitions"}
    for page in sample_pdf[1]:
        body = [line.strip() for line in page.splitlines() if line.strip()][:-2]  # no footer
        assert body[-1] not in headings


def test_data_notes_carry_the_loader_warning_and_the_date_conflicts(
    sample_pdf: tuple[Path, list[str]], loaded: LoadedIncident
) -> None:
    text = flat("\n".join(sample_pdf[1]))
    assert loaded.warnings  # the sample has one: TRT World is its own only source
    assert "is published only by its own claimant (TRT World)" in text
    assert "Sources date E" in text
    assert "over the weekend" in text
    # The same notes as the Overview's, with items as their numbers on the sheet.
    assert re.search(r"C\d+ \(claimed by 23 October 2017\)", text)
    indirect = sum(not s.consulted for s in loaded.incident.sources)
    assert f"{indirect} of {len(loaded.incident.sources)} sources were not consulted" in text


def test_short_names_used_in_figures_are_explained_by_the_actor_table(
    sample_pdf: tuple[Path, list[str]], loaded: LoadedIncident
) -> None:
    text = "\n".join(sample_pdf[1])
    for claim in loaded.incident.claims:
        short = short_name(loaded.incident, claim.claimant)
        assert short in text
