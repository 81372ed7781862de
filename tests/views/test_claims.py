"""The Claims view's rows: the sheet's words, numeric sort keys, tooltips that define terms."""

import pytest

from factsheet.loading import LoadedIncident
from factsheet.model.dates import parse_edtf
from factsheet.model.incident import CasualtyClaim
from factsheet.views.claims import (
    BASIS,
    CLAIMANT,
    CLAIMED_ON,
    FIGURE,
    LINKED,
    NOTE,
    PERIOD,
    ClaimRow,
    claim_numbers,
    claim_order,
    claims_table,
    date_sort_key,
    figure_sort_key,
)
from factsheet.views.names import Names
from factsheet.views.table import Table


@pytest.fixture
def table(sample_loaded: LoadedIncident) -> Table[ClaimRow]:
    return claims_table(sample_loaded, Names(sample_loaded.incident))


def _row(table: Table[ClaimRow], claim_id: str) -> ClaimRow:
    return table.rows[table.row_of[claim_id]]


def test_figures_sort_as_numbers_and_undated_first() -> None:
    def claim(**fields: object) -> CasualtyClaim:
        base = {"id": "c", "claimant": "x", "victims": "civilians", "basis": "estimate"}
        return CasualtyClaim.model_validate(base | fields)

    keys = [
        figure_sort_key(claim(qualifier="unknown")),
        figure_sort_key(claim(qualifier="exact", count=80)),
        figure_sort_key(claim(qualifier="at-least", count=80)),
        figure_sort_key(claim(qualifier="exact", count=128)),
    ]
    assert keys == sorted(keys)
    assert len(set(keys)) == 4
    assert date_sort_key(None) == ""
    assert date_sort_key(parse_edtf("2017-10")) == "2017-10-01/2017-10-31"


def test_warnings_ride_on_their_claim(warned_loaded: LoadedIncident) -> None:
    table = claims_table(warned_loaded, Names(warned_loaded.incident))
    flagged = _row(table, "trt-35-in-shaft")
    assert len(flagged.problems) == 1
    assert flagged.warnings_words() == flagged.problems[0].message
    tip = flagged.tooltip(CLAIMANT)
    assert tip is not None
    assert tip.startswith("TRT World\n⚠ ")
    clean = _row(table, "sohr-128-documented")
    assert clean.warnings_words() is None
    assert clean.tooltip(CLAIMANT) == "Syrian Observatory for Human Rights"


def test_tooltips_define_the_words_and_quote_the_source(table: Table[ClaimRow]) -> None:
    row = _row(table, "sohr-128-documented")
    assert row.tooltip(FIGURE) == "at least 128: A floor: the true figure may be higher."
    assert row.tooltip(BASIS) == (
        "documented deaths: Deaths the claimant says it recorded case by case."
    )
    assert row.tooltip(PERIOD) == (
        "by 21 October 2017 — in the source's words: "
        "“during the last days of Daesh's control of the town”"
    )
    activists = _row(table, "activists-80-bodies")
    assert activists.tooltip(CLAIMED_ON) == (
        "23 October 2017 — in the source's words: “activists said on Monday”"
    )
    subset = _row(table, "trt-35-in-shaft")
    assert subset.tooltip(LINKED) == (
        "part of Activists (unnamed): at least 80\n(Double-click to go to that claim.)"
    )
    assert _row(table, "pcc-bodies-in-streets").tooltip(NOTE) is None


def test_sort_keys_and_the_filter_text(table: Table[ClaimRow]) -> None:
    row = _row(table, "pcc-67-named")
    assert row.sort_key(FIGURE) == 67.0
    assert row.sort_key(CLAIMANT) == "palmyra coordination committee"
    haystack = table.haystacks[table.row_of["pcc-67-named"]]
    assert "isis" in haystack  # every alias of the perpetrator
    assert "67" in haystack
    assert "pcc-67-named" in haystack


def test_subsets_sit_under_their_claim_and_are_numbered_so(
    sample_loaded: LoadedIncident,
) -> None:
    order = [(claim.id, depth) for claim, depth in claim_order(sample_loaded.incident)]
    assert order[:3] == [
        ("activists-80-bodies", 0),
        ("activists-street-shootings", 1),
        ("trt-35-in-shaft", 1),
    ]
    numbers = claim_numbers(sample_loaded.incident)
    assert numbers["activists-80-bodies"] == 1
    assert sorted(numbers.values()) == list(range(1, len(sample_loaded.incident.claims) + 1))
