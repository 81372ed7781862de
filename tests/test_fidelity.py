"""Issue 10 end to end: who claimed what, blamed whom, through whom — on screen, on paper, in JSON.

One fictional incident (tests/fixtures/fidelity.yaml) holds each case: a part blamed on
someone else than its whole (12 of a monitor's 128 "suggested" to be by regime forces, a
hedged attribution), a joint claim relayed through a chain (the government and activists'
67, known through a newspaper that relays a wire story), a claim with two independent
sources, and people missing with no figure. Each is checked where a reader meets it.
"""

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from factsheet.cli import main
from factsheet.loading import LoadedIncident
from factsheet.ui.claims_tab import ClaimsTab
from factsheet.ui.overview_tab import OverviewTab
from factsheet.views.claims import ATTRIBUTED, CLAIMANT, FIGURE, INDEPENDENCE, NUMBER

sys.path.insert(0, str(Path(__file__).resolve().parent / "rendering"))
from sheet_pdf_helpers import flat, pdf_pages, pdf_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HEADLINE = [
    (
        "Killed — attributed to Daesh (alleged)",
        (
            "at least 30 bodies found (Local activists); 67 named (Syrian government and Local "
            "activists); at least 128 documented (NMHR)"
        ),
    ),
    (
        "Killed — attributed to Regime forces (suspected)",
        "at least 12 documented (NMHR) — part of C1 (at least 128)",
    ),
    ("Missing — no perpetrator named", "unquantified (Exampletown local council)"),
]
PERPETRATORS = "Daesh (alleged); Regime forces (suspected)"
INDEPENDENCE_WORDS = {
    "monitor-128": "via [1], published by the claimant — no independent source",
    "monitor-12": "via [1], published by the claimant — no independent source",
    # The Gazette relays the wire story, which relays the government: neither read.
    "joint-67": "via [4] ← [3] ← [2]; [2][3] not consulted directly — no independent source",
    "activists-30": "2 independent sources",
    "council-missing": "via [6] ← [7]; [7] not consulted directly — no independent source",
}
#: Each chart heading with the claims drawn under it, as (number, claim id, depth).
CHART = [
    (
        "Killed — attributed to Daesh (alleged)",
        [("C1", "monitor-128", 0), ("C3", "joint-67", 0), ("C4", "activists-30", 0)],
    ),
    ("Killed — attributed to Regime forces (suspected)", [("C2", "monitor-12", 0)]),
    ("Missing — no perpetrator named", [("C5", "council-missing", 0)]),
]


# --- on screen -------------------------------------------------------------------------


@pytest.fixture
def claims_tab(qtbot: QtBot, fidelity_loaded: LoadedIncident) -> ClaimsTab:
    tab = ClaimsTab()
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.set_incident(fidelity_loaded)
    return tab


def _cells(tab: ClaimsTab, claim_id: str) -> dict[int, str]:
    row = tab.model.row_of(claim_id)
    return {column: str(tab.model.index(row, column).data()) for column in range(13)}


def test_the_claims_table_says_who_claimed_what_blaming_whom_through_whom(
    claims_tab: ClaimsTab,
) -> None:
    joint = _cells(claims_tab, "joint-67")
    assert (joint[NUMBER], joint[CLAIMANT], joint[FIGURE]) == (
        "C3",
        "Syrian government and Local activists",
        "67",
    )
    # One claim, one row: the joint figure is not entered (or shown) twice.
    assert claims_tab.model.rowCount() == 5
    assert _cells(claims_tab, "monitor-12")[ATTRIBUTED] == "Regime forces (suspected)"
    missing = _cells(claims_tab, "council-missing")
    assert (missing[FIGURE], missing[ATTRIBUTED]) == ("unquantified", "none named")
    independence = {c: _cells(claims_tab, c)[INDEPENDENCE] for c in INDEPENDENCE_WORDS}
    assert independence == INDEPENDENCE_WORDS
    claims_tab.select_item("claim", "joint-67")
    detail = claims_tab.detail.toPlainText()
    assert "Claimants\nSyrian government and Local activists" in detail
    assert f"Independence\n{INDEPENDENCE_WORDS['joint-67']}" in detail


def test_the_chart_draws_each_claim_under_the_attribution_it_makes(claims_tab: ClaimsTab) -> None:
    layout = claims_tab.chart.chart_layout()
    assert layout is not None
    drawn: list[tuple[str, list[tuple[str, str, int]]]] = []
    for row, _ in layout.rows:
        if row.is_heading:
            drawn.append((row.text, []))
        elif row.claim is not None:
            drawn[-1][1].append((layout.numbers[row.claim.id], row.claim.id, row.depth))
    assert drawn == CHART
    labels = {row.claim.id: row.text for row, _ in layout.rows if row.claim}
    assert labels["monitor-12"] == (
        "NMHR · 12 May 2024 · documented deaths · part of C1 · claimant's own"
    )
    assert labels["joint-67"].endswith(" · relayed")
    assert labels["activists-30"].endswith(" · 2 independent")
    values = {row.claim.id: row.value_label for row, _ in layout.rows if row.claim}
    assert values["council-missing"] == "unquantified"


def test_the_chart_follows_the_claims_tab_s_filter(claims_tab: ClaimsTab) -> None:
    combo = claims_tab.perpetrator_combo
    combo.setCurrentIndex(combo.findData("regime-forces"))
    rows = claims_tab.chart.rows
    assert rows[0].text == "Showing 1 of 5 claims: the filters above the table hide the rest."
    assert [r.text for r in rows if r.is_heading] == [
        "Killed — attributed to Regime forces (suspected)"
    ]
    # Its whole is filtered out: it stands alone and still says whose part it is.
    (part,) = [r for r in rows if r.claim]
    assert (part.depth, part.text.count("part of C1")) == (0, 1)


def test_the_overview_gives_every_figure_and_every_perpetrator(
    qtbot: QtBot, fidelity_loaded: LoadedIncident
) -> None:
    overview = OverviewTab()
    qtbot.addWidget(overview)
    overview.set_incident(fidelity_loaded)
    text = overview.text()
    for heading, words in HEADLINE:
        assert f"{heading}: {words}" in text
    assert f"Reported perpetrators\n{PERPETRATORS}" in text


# --- on paper --------------------------------------------------------------------------


def _sheet(folder: Path, *flags: str) -> Path:
    out = folder / "sheet.pdf"
    fixture = Path(__file__).resolve().parent / "fixtures" / "fidelity.yaml"
    assert main(["export", str(fixture), "-o", str(out), "--paper", "a4", *flags]) == 0
    return out


@pytest.fixture(scope="module")
def sheet_pdf(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The brief, the sheet printed by default."""
    return _sheet(tmp_path_factory.mktemp("fidelity"))


@pytest.fixture(scope="module")
def sheet_text(sheet_pdf: Path) -> tuple[str, list[str]]:
    pages = pdf_pages(sheet_pdf)
    return flat("\n".join(pages)), "\n".join(pages).splitlines()


@pytest.fixture(scope="module")
def dossier_text(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    return flat("\n".join(pdf_pages(_sheet(tmp_path_factory.mktemp("dossier"), "--full"))))


def test_the_sheet_gives_the_same_figures_in_the_same_words(
    sheet_text: tuple[str, list[str]], dossier_text: str
) -> None:
    for text in (sheet_text[0], dossier_text):
        for heading, words in HEADLINE:
            assert f"Reported {heading[0].lower()}{heading[1:]}: {words}" in text
        assert f"Reported perpetrators: {PERPETRATORS}" in text
        assert "C6" not in text
    # The dossier's claims table: the joint claim is one row, each claim says its sources'
    # independence in the row under it.
    assert len(re.findall(r"C3 Syrian government and Local", dossier_text)) >= 1
    for words in INDEPENDENCE_WORDS.values():
        assert f"Sources: {words}" in dossier_text


def test_the_brief_says_where_each_figure_comes_from_in_the_same_words(
    sheet_pdf: Path, fidelity_loaded: LoadedIncident
) -> None:
    # Read cell by cell (pdftotext without -layout), as a reader reads the table's "From".
    cells = flat(pdf_text(sheet_pdf))
    claims = fidelity_loaded.incident.claims_by_id
    for claim_id, words in INDEPENDENCE_WORDS.items():
        if claims[claim_id].part_of is None:  # parts are listed under their whole
            # A figure relayed through unread sources: its chain, the note above calls it
            # second-hand.
            # (A cell may break a line between two note numbers: "[2]", "[3]".)
            chain = words.removesuffix(" — no independent source")
            assert chain in cells.replace("] [", "]["), claim_id
    assert "C3 and C5 are known only second-hand" in cells
    assert "[1][4][5][6] — 2 independent sources" in cells  # counted, and which they are
    assert re.search(r"C3 67 civilians killed \(names listed\) Syrian government and Local", cells)


def test_the_printed_chart_draws_each_claim_under_its_own_attribution(
    sheet_text: tuple[str, list[str]],
) -> None:
    _, lines = sheet_text
    chart_lines = [
        line.strip() for line in lines if re.match(r"^\s*(C\d |Killed —|Missing —)", line)
    ]
    order: list[str] = []
    for line in chart_lines:
        if line.startswith(("Killed —", "Missing —")):
            order.append(line.split("  ")[0])
        elif " · " in line:  # a chart row (the claims table's rows have no " · ")
            order.append(line.split(" ")[0])
    expected = [item for heading, rows in CHART for item in (heading, *(n for n, _, _ in rows))]
    assert order == expected
    assert any(
        "C2 NMHR · 12 May 2024 · documented deaths · part of C1 · claimant's own" in line
        for line in lines
    )


# --- in JSON ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("fidelity") / "incident.json"
    fixture = Path(__file__).resolve().parent / "fixtures" / "fidelity.yaml"
    assert main(["export", str(fixture), "-o", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_the_json_gives_claimants_independence_and_the_same_figures(
    exported: dict[str, Any],
) -> None:
    claims = {c["id"]: c for c in exported["claims"]}
    assert claims["joint-67"]["claimant"] == [
        {"id": "syrian-government", "name": "Syrian government"},
        {"id": "activists", "name": "Local activists"},
    ]
    assert claims["joint-67"]["claimant_words"] == "Syrian government and Local activists"
    assert claims["monitor-128"]["claimant"] == [
        {"id": "monitor", "name": "Northern Monitor for Human Rights"}
    ]
    assert {c: claims[c]["independent_sources"] for c in claims} == {
        "monitor-128": 0,
        "monitor-12": 0,
        "joint-67": 0,
        "activists-30": 2,
        "council-missing": 0,
    }
    assert {c: claims[c]["independence_words"] for c in claims} == INDEPENDENCE_WORDS
    assert claims["monitor-12"]["perpetrators"][0]["firmness"] == "suspected"
    assert claims["council-missing"]["figure_words"] == "unquantified"
    assert claims["council-missing"]["attribution_words"] == "none named"
    assert [(k["heading"], k["words"]) for k in exported["key_figures"]] == HEADLINE
    regime = exported["key_figures"][1]
    assert regime["perpetrators"] == [{"id": "regime-forces", "name": "Regime forces"}]
    assert regime["figures"] == [
        {
            "words": "at least 12 documented (NMHR) — part of C1 (at least 128)",
            "claims": ["monitor-12"],
            "part_of": "monitor-128",
        }
    ]
    assert exported["warnings"] == []
