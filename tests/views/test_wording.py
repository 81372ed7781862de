"""Claims, attributions and key figures in words: one function for each, for every view."""

from pathlib import Path
from typing import Any

import pytest

from factsheet.loading import load_incident
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.key_figures import key_figures
from factsheet.views.wording import (
    attributed,
    attribution_words,
    blamed_actors,
    claim_label,
    claim_phrase,
    claimant_name,
    date_words,
    figure_with_basis,
    joined_names,
    key_figure_ends,
    key_figure_heading,
    key_figure_words,
    short_name,
    victims_words,
)


def _claim(**fields: Any) -> CasualtyClaim:
    base: dict[str, Any] = {
        "id": "c",
        "claimant": "x",
        "victims": "civilians",
        "basis": "documented-deaths",
    }
    return CasualtyClaim.model_validate(base | fields)


@pytest.fixture(scope="module")
def sample() -> Incident:
    return load_incident(Path(__file__).resolve().parents[2] / "data" / "al-qaryatayn-2017.yaml")


def test_claim_phrase_keeps_victims_outcome_and_basis() -> None:
    claim = _claim(qualifier="at-least", count=80, basis="bodies-found")
    assert claim_phrase(claim) == "at least 80 civilians killed (bodies found)"
    unknown = _claim(qualifier="exact", count=3, victims="unknown", outcome="injured")
    assert claim_phrase(unknown) == "3 people injured (documented deaths)"


def test_a_figure_reads_with_its_basis() -> None:
    assert figure_with_basis(_claim(qualifier="exact", count=67, basis="names-listed")) == (
        "67 named"
    )
    assert figure_with_basis(_claim(qualifier="unknown", basis="unspecified")) == "unquantified"


def test_short_names_claimants_and_attribution_words(sample: Incident) -> None:
    assert short_name(sample, "sohr") == "SOHR"
    assert short_name(sample, "pcc") == "PCC"
    assert short_name(sample, "trt-world") == "TRT World"
    assert short_name(sample, "not-an-actor") == "not-an-actor"
    claim = sample.claims_by_id["sohr-128-documented"]
    assert claimant_name(sample, claim) == "Syrian Observatory for Human Rights"
    assert claimant_name(sample, claim, short=True) == "SOHR"
    assert claim_label(sample, claim) == "Syrian Observatory for Human Rights: at least 128"
    activists = sample.claims_by_id["activists-80-bodies"]
    assert attribution_words(sample, activists) == "Daesh (alleged)"
    assert attributed("<b>x</b>", activists.perpetrators[0]) == "<b>x</b> (alleged)"
    assert attribution_words(sample, sample.claims_by_id["trt-35-in-shaft"]) == ""


def test_blamed_actors_gather_every_firmness_in_file_order(sample: Incident) -> None:
    blamed = blamed_actors(sample)
    assert list(blamed)[:2] == ["daesh", "pro-regime-forces"]
    assert blamed["daesh"] == ["alleged", "implied"]


def test_victims_and_dates_in_words() -> None:
    claim = _claim(qualifier="exact", count=3, victim_detail="found in a shaft")
    assert victims_words(claim) == "civilians — found in a shaft"
    assert date_words(None, "last week") == "“last week”"
    assert date_words(None, None) == ""


def test_names_are_joined_as_english_lists() -> None:
    assert joined_names(["Daesh"]) == "Daesh"
    assert joined_names(["Daesh", "Russia"]) == "Daesh and Russia"
    assert joined_names(["A", "B", "C"]) == "A, B and C"


def test_key_figures_in_words(sample: Incident) -> None:
    daesh, pro_regime = key_figures(sample)
    assert key_figure_words(sample, daesh) == "67 named (PCC) – at least 128 documented (SOHR)"
    assert key_figure_words(sample, pro_regime) == "at least 12 documented (SOHR)"
    assert [c.id for c in key_figure_ends(pro_regime)] == ["sohr-12-by-pro-regime-forces"]
    # Two of the three Daesh figures only imply the perpetrator: the heading must say so.
    assert [key_figure_heading(sample, k) for k in (daesh, pro_regime)] == [
        "Killed — attributed to Daesh (alleged, implied)",
        "Killed — attributed to Pro-regime forces (alleged)",
    ]


def test_a_group_that_blames_nobody_says_so() -> None:
    from factsheet.views.wording import group_heading

    claim = _claim(qualifier="exact", count=3)
    incident = Incident.model_validate(
        {
            "format_version": 1,
            "incident": {
                "id": "T",
                "title": "t",
                "summary": "s",
                "date": "2020",
                "locations": [{"name": "n", "precision": "unknown"}],
                "status": "developing",
                "last_updated": "2020",
            },
            "claims": [claim.model_dump(mode="json")],
        }
    )
    assert group_heading(incident, "killed", (), incident.claims) == (
        "Killed — no perpetrator named"
    )
