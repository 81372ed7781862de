"""The sample's sheets as PDF, read back as text: the brief and the full dossier."""

import dataclasses
import datetime as dt
import hashlib
import re
import runpy
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QSizeF
from PySide6.QtWidgets import QApplication
from sheet_pdf_helpers import FULL_HEADINGS, flat, pdf_flow_text, pdf_fonts, pdf_info, pdf_pages

from factsheet.cli import main
from factsheet.loading import LoadedIncident, read_incident
from factsheet.model.incident import Incident
from factsheet.model.vocabulary import OUTCOMES, QUALIFIERS, ROLES, definition, label
from factsheet.model.wording import figure_words
from factsheet.rendering.pagination import layout_sheet
from factsheet.views.claims import claim_order
from factsheet.views.figures import figure_lines
from factsheet.views.wording import claim_label, short_name

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
_MINIMAL = runpy.run_path(str(Path(__file__).parents[1] / "loading" / "minimal_incident.py"))

# The seed report's figures: each must reach paper with its claimant.
SEED_FIGURES = {
    "activists-80-bodies": "at least 80",
    "trt-35-in-shaft": "at least 35",
    "sohr-128-documented": "at least 128",
    "pcc-67-named": "67",
    "pcc-35-in-shaft": "at least 35",
    "sohr-12-by-pro-regime-forces": "at least 12",
}

Sheet = tuple[Path, list[str]]


def _export(folder: Path, name: str, *flags: str, source: Path = SAMPLE) -> Sheet:
    out = folder / name
    assert main(["export", str(source), "-o", str(out), *flags]) == 0
    return out, pdf_pages(out)


@pytest.fixture(scope="module")
def brief(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Sheet:
    return _export(tmp_path_factory.mktemp("brief"), "brief.pdf", "--paper", "a4")


@pytest.fixture(scope="module")
def brief_letter(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Sheet:
    return _export(tmp_path_factory.mktemp("letter"), "brief.pdf", "--paper", "letter")


@pytest.fixture(scope="module")
def full(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Sheet:
    return _export(tmp_path_factory.mktemp("full"), "full.pdf", "--paper", "a4", "--full")


@pytest.fixture
def loaded(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


def test_the_brief_fits_two_pages_of_a4_and_of_letter(brief: Sheet, brief_letter: Sheet) -> None:
    for pdf, pages in (brief, brief_letter):
        assert int(pdf_info(pdf)["Pages"]) == len(pages) <= 2


def test_a_two_claim_incident_has_a_one_page_brief(qapp: QApplication, tmp_path: Path) -> None:
    source = tmp_path / "minimal.yaml"
    source.write_text(_MINIMAL["MINIMAL"], encoding="utf-8")
    for paper in ("a4", "letter"):
        pdf, pages = _export(tmp_path, f"{paper}.pdf", "--paper", paper, source=source)
        assert int(pdf_info(pdf)["Pages"]) == 1
        assert "at least 12" in flat(pages[0])


def test_every_seed_figure_is_in_the_brief_with_its_claimant(
    brief: Sheet, loaded: LoadedIncident
) -> None:
    lines = "\n".join(brief[1]).splitlines()
    flat("\n".join(brief[1]))
    flowing = flat(pdf_flow_text(brief[0]))
    incident = loaded.incident
    numbered = {claim.id: (n, claim, d) for n, (claim, d) in enumerate(claim_order(incident), 1)}
    # Every seed claim must still be in the sample, with its figure: deleting one fails here.
    for claim_id, seed_figure in SEED_FIGURES.items():
        assert claim_id in numbered, f"seed claim {claim_id} is missing from the sample"
        number, claim, depth = numbered[claim_id]
        assert figure_words(claim) == seed_figure
        if depth:
            # A part is listed under its claim: "of which: C3 TRT World: at least 35".
            assert f"C{number} {claim_label(incident, claim)}" in flowing, claim_id
            continue
        first_word = incident.actor_name(claim.claimant[0]).split()[0]
        row = re.compile(rf"^\s*C{number}\s+{re.escape(seed_figure)}\b.*\b{first_word}\b")
        assert any(row.search(line) for line in lines), f"no row C{number} {seed_figure}"


def test_every_claim_is_a_row_of_the_dossier_s_claims_table(
    full: Sheet, loaded: LoadedIncident
) -> None:
    lines = "\n".join(full[1]).splitlines()
    incident = loaded.incident
    for number, (claim, _) in enumerate(claim_order(incident), start=1):
        first_word = incident.actor_name(claim.claimant[0]).split()[0]
        figure = figure_words(claim)
        row = re.compile(rf"^\s*C{number}\s+{re.escape(first_word)}\b.*\b{re.escape(figure)}\b")
        assert any(row.search(line) for line in lines), f"no row C{number} {first_word} {figure}"


@pytest.mark.parametrize("sheet", ["brief", "full"])
def test_reported_figures_list_every_figure_with_its_claimant_never_a_total(
    sheet: str, request: pytest.FixtureRequest, loaded: LoadedIncident
) -> None:
    text = flat("\n".join(request.getfixturevalue(sheet)[1]))
    assert (
        "Reported killed — attributed to Daesh (alleged, implied): 67 named (PCC, implied); at "
        "least 80 bodies found (Activists (unnamed), alleged); at least 128 documented (SOHR, "
        "implied); unquantified (Activists (unnamed), alleged) — part of C1" in text
    )
    assert (
        "Reported killed — attributed to Pro-regime forces (alleged, suspected): at least 12 "
        "documented (SOHR, alleged); bodies found, unquantified (PCC, suspected)" in text
    )
    assert (
        "Reported killed — no perpetrator named: at least 35 bodies found (TRT World; PCC) — "
        "part of C1" in text
    )
    for line in figure_lines(loaded.incident):
        assert line.words in text
    # No dash between the figures of different claimants, which would read as a range.
    assert "67 named (PCC, implied) –" not in text
    # 80 + 128 + 67 + 12 and friends: no sum of the seed figures appears anywhere.
    for total in (80 + 128 + 67 + 12, 128 + 12, 80 + 35, 67 + 128):
        assert not re.search(rf"\b{total}\b", text)
    assert "not added together" in text


def test_the_brief_says_first_that_every_figure_comes_through_one_article(brief: Sheet) -> None:
    first_page = flat(brief[1][0])
    assert (
        "Every figure in this record is known through one source only, [1] TRT World; for 7 of "
        "the 8 claims, the claimant's own statement was not consulted directly."
    ) in first_page
    # The activists' 80: known through TRT World's report, which relays their statement
    # (its row heads the claims table, at the top of page 2 since every figure line says
    # how firmly it blames).
    assert re.search(r"^\s*C1\s.*via \[1\] ← \[3\]; \[3\] not", "\n".join(brief[1]), re.MULTILINE)


@pytest.mark.parametrize("sheet", ["brief", "full"])
def test_every_source_is_listed_with_its_number_and_publisher(
    sheet: str, request: pytest.FixtureRequest, loaded: LoadedIncident
) -> None:
    text = "\n".join(request.getfixturevalue(sheet)[1])
    incident = loaded.incident
    for number, source in enumerate(incident.sources, start=1):
        publisher = incident.actor_name(source.publisher)
        assert re.search(rf"^\s*\[{number}\]\s+{re.escape(publisher)}", text, re.MULTILINE)


def test_the_dossier_says_which_sources_were_not_consulted(full: Sheet) -> None:
    text = flat("\n".join(full[1]))
    # Seven sources are known only indirectly; six of them through TRT World's report [1]
    # (each said once: no row is painted on two pages any more).
    assert text.count("Not consulted directly") == 7
    assert text.count("known through [1].") == 6


@pytest.mark.parametrize("sheet", ["brief", "brief_letter", "full"])
def test_every_page_has_the_footer_with_page_count_hash_and_format(
    sheet: str, request: pytest.FixtureRequest, sample_path: Path
) -> None:
    pdf, pages = request.getfixturevalue(sheet)
    count = int(pdf_info(pdf)["Pages"])
    assert len(pages) == count
    prefix = hashlib.sha256(sample_path.read_bytes()).hexdigest()[:12]
    for number, page in enumerate(pages, start=1):
        assert page.count(f"Page {number} of {count}") == 1
        assert f"al-qaryatayn-2017.yaml · SHA-256 {prefix} · format version 1" in page
        assert re.search(r"printed \d{4}-\d\d-\d\d \d\d:\d\d UTC[+-]\d\d:\d\d", page)
        # The file's handling marking heads every page, in the header and in the footer.
        assert page.count("TLP:CLEAR") >= 2
        assert "Killings of civilians in Al Qaryatayn" in page.splitlines()[0]


def test_the_dossier_ends_with_the_full_hash(full: Sheet, loaded: LoadedIncident) -> None:
    last = flat(full[1][-1])
    assert f"SHA-256 {loaded.sha256}" in last
    assert "Factsheet 0.1.0, incident format version 1" in last
    assert "Provenance" not in flat("\n".join(full[1][:-1]))


def test_the_brief_has_no_provenance_section(brief: Sheet, loaded: LoadedIncident) -> None:
    text = flat("\n".join(brief[1]))
    assert "Provenance" not in text
    assert loaded.sha256 not in text  # the footer's 12 characters say it on every page


def test_arabic_is_in_the_text_layer(brief: Sheet) -> None:
    text = "\n".join(brief[1])
    assert "مقتل مدنيين في القريتين" in text  # the Arabic title, whole and in reading order
    assert "القريتين" in text


def test_every_glyph_comes_from_a_bundled_font(brief: Sheet) -> None:
    # A system font in this list would mean a character the bundle lacks: on a machine
    # without that font it would print as a box.
    fonts = set(pdf_fonts(brief[0]))
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic-Regular"} <= fonts
    bundled = {path.stem for path in (ROOT / "resources" / "fonts").glob("*.ttf")}
    assert fonts <= bundled
    assert "≥128" in "\n".join(brief[1])  # the chart's "at least" mark, as text


# The sample's brief on A4: its main events and data notes would need a third page.
BRIEF_HEADINGS = ["Summary", "Key points", "Reported figures", "Sources"]


@pytest.mark.parametrize(
    ("sheet", "headings"), [("brief", BRIEF_HEADINGS), ("full", FULL_HEADINGS)]
)
def test_sections_come_in_the_fact_sheet_order(
    sheet: str, headings: list[str], request: pytest.FixtureRequest
) -> None:
    text = "\n".join(request.getfixturevalue(sheet)[1])
    positions = [re.search(rf"^{re.escape(h)}\s*$", text, re.MULTILINE) for h in headings]
    assert all(positions), [h for h, p in zip(headings, positions, strict=True) if not p]
    starts = [p.start() for p in positions if p]
    assert starts == sorted(starts)


def test_sections_are_printed_as_room_allows_the_main_events_first(
    qapp: QApplication, brief: Sheet, brief_letter: Sheet, sample_path: Path, tmp_path: Path
) -> None:
    # The sample fills two pages without its main events and its notes, A4 and Letter alike.
    for sheet in (brief, brief_letter):
        assert not {"Main events", "Data notes"} & set("\n".join(sheet[1]).split("\n"))
    # With a summary of one sentence and no key points there is room, the main events first.
    data = yaml.safe_load(sample_path.read_text(encoding="utf-8"))
    data["incident"]["summary"] = data["incident"]["summary"].split(". ")[0] + "."
    del data["incident"]["key_points"]
    shorter = tmp_path / "shorter.yaml"
    shorter.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    for paper in ("a4", "letter"):
        _, pages = _export(tmp_path, f"{paper}.pdf", "--paper", paper, source=shorter)
        assert len(pages) == 2
        assert re.search(r"^Main events\s*$", "\n".join(pages), re.MULTILINE), paper


def test_the_essentials_are_on_page_one(brief: Sheet) -> None:
    first = flat(brief[1][0])
    for essential in (
        "Killings of civilians in Al Qaryatayn",
        "Incident SYR-2017-QARYATAYN",
        "as of 23 October 2017",
        "Handling: TLP:CLEAR",
        "When: October 2017 (to the month)",
        "Where: Al Qaryatayn",
        "Reported perpetrators: Daesh (alleged, implied); Pro-regime forces (alleged, suspected)",
        "The bodies of at least 80 civilians were found",  # the summary
        "SOHR documented at least 128 killings",  # a key point
        "Reported killed — attributed to Daesh (alleged, implied)",
    ):
        assert essential in first, essential


@pytest.mark.parametrize("sheet", ["brief", "brief_letter", "full"])
def test_no_page_ends_with_a_heading(sheet: str, request: pytest.FixtureRequest) -> None:
    headings = set(BRIEF_HEADINGS) | set(FULL_HEADINGS) | {"Main events"}
    for page in request.getfixturevalue(sheet)[1]:
        body = [line.strip() for line in page.splitlines() if line.strip()][:-2]  # no footer
        assert body[-1] not in headings


@pytest.mark.parametrize("sheet", ["brief", "brief_letter", "full"])
def test_neither_sheet_prints_validator_output_lines_or_ids(
    sheet: str, request: pytest.FixtureRequest, loaded: LoadedIncident
) -> None:
    text = flat("\n".join(request.getfixturevalue(sheet)[1]))
    assert not re.search(r"\bLine \d+", text)  # the warned sample's: below
    incident = loaded.incident
    ids = [c.id for c in incident.claims] + [e.id for e in incident.timeline]
    ids += [s.id for s in incident.sources] + [a.id for a in incident.actors]
    # Ids that could be words ("daesh", "activists") are left out; the rest must not appear.
    for item_id in ids:
        if item_id.count("-") >= 2 or any(ch.isdigit() for ch in item_id):
            assert item_id not in text, item_id


def test_the_warned_sample_s_warning_stays_on_screen(
    qapp: QApplication, warned_loaded: LoadedIncident, tmp_path: Path
) -> None:
    (warning,) = warned_loaded.warnings
    for flags in ((), ("--full",)):
        _, pages = _export(tmp_path, "warned.pdf", *flags, source=warned_loaded.path)
        text = flat("\n".join(pages))
        assert warning.message not in text
        assert "has no claimed_on date" not in text
        assert not re.search(r"\bLine \d+", text)


def test_the_dossier_s_data_notes_name_items_by_their_sheet_numbers(
    full: Sheet, loaded: LoadedIncident
) -> None:
    text = flat("\n".join(full[1]))
    # A claimant publishing its own figure is normal practice: no warning, no data note.
    assert not loaded.warnings
    assert "published only by its own claimant" not in text
    assert "Sources date E7 differently" in text
    assert "over the weekend" in text
    assert re.search(r"C\d+ \(claimed by 23 October 2017\)", text)
    assert "6 of 8 sources were not consulted directly and are known only through" in text
    assert "1 of 8 sources was not consulted directly, and the record does not say" in text


def test_short_names_used_in_figures_are_explained_by_the_sheet(
    brief: Sheet, full: Sheet, loaded: LoadedIncident
) -> None:
    for sheet in (brief, full):
        text = "\n".join(sheet[1])
        for claim in loaded.incident.claims:
            for claimant in claim.claimant:
                assert short_name(loaded.incident, claimant) in text
                assert loaded.incident.actor_name(claimant) in flat(text)


def test_notes_for_the_recorder_are_never_printed(
    sample_path: Path,
    fidelity_path: Path,
    brief: Sheet,
    full: Sheet,
    with_recorder_notes: Callable[[Path], tuple[Path, int]],
) -> None:
    # On every kind of item, the fidelity fixture's joint claim, hedged attribution and
    # relaying sources included.
    for original in (sample_path, fidelity_path):
        source, _ = with_recorder_notes(original)
        assert read_incident(source).incident.incident.recorder_note == "RECORDER ONLY 0"
        for flags in ((), ("--full",)):
            _, pages = _export(source.parent, "noted.pdf", *flags, source=source)
            assert "RECORDER ONLY" not in flat("\n".join(pages))
    # The sample's own notes to the recorder, moved to recorder_note, are not printed.
    for sheet in (brief, full):
        text = flat("\n".join(sheet[1]))
        assert "seed copy" not in text
        assert "not as a warning" not in text
        assert "given for searching" not in text


def test_the_glossary_defines_the_terms_used_and_no_other(
    qapp: QApplication, sample_loaded: LoadedIncident
) -> None:
    data = sample_loaded.incident.model_dump(mode="json", exclude_none=True)
    data["claims"].append(
        {
            "id": "missing-men",
            "claimant": "activists",
            "sources": ["trt-2017-10-23"],
            "outcome": "missing",
            "qualifier": "unknown",
            "victims": "civilians",
            "basis": "unspecified",
        }
    )
    loaded = dataclasses.replace(sample_loaded, incident=Incident.model_validate(data))
    sheet = layout_sheet(loaded, QSizeF(595.28, 841.89), dt.datetime.now(dt.UTC), "full")
    glossary = flat(sheet.plain_text().split("Annex F — Method and definitions")[1])
    incident = loaded.incident
    for outcome in {c.outcome for c in incident.claims}:
        assert f"{label(OUTCOMES, outcome)} outcome {definition(OUTCOMES, outcome)}" in glossary
    assert "People whose fate is unknown." in glossary
    used = {c.qualifier for c in incident.claims}
    for qualifier in QUALIFIERS:
        assert (definition(QUALIFIERS, qualifier) in glossary) == (qualifier in used), qualifier
    roles = {r.role for e in incident.timeline for r in e.actors}
    for role in ROLES:
        assert (f"{label(ROLES, role)} role" in glossary) == (role in roles), role
