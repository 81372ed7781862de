"""Claims, attributions and key figures in words: one function for each, for every view."""

from pathlib import Path
from typing import Any

import pytest

from factsheet.i18n import using_language
from factsheet.loading import load_incident
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.views.wording import (
    NO_PERPETRATOR,
    NONE_NAMED,
    UNDATED,
    attributed,
    attribution_cell,
    attribution_words,
    blamed_actors,
    claim_label,
    claim_phrase,
    claimant_name,
    claimed_on_words,
    date_words,
    figure_with_basis,
    joined_names,
    presented_name,
    reported_perpetrators,
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
    missing = _claim(qualifier="unknown", victims="unknown", outcome="missing", basis="unspecified")
    assert claim_phrase(missing) == "an unquantified number of people missing (basis not stated)"


def test_a_figure_reads_with_its_basis() -> None:
    assert figure_with_basis(_claim(qualifier="exact", count=67, basis="names-listed")) == (
        "67 named"
    )
    assert figure_with_basis(_claim(qualifier="unknown", basis="unspecified")) == "unquantified"
    # Without a figure the basis still says what kind of count is missing: never "0".
    assert figure_with_basis(_claim(qualifier="unknown", basis="bodies-found")) == (
        "bodies found, unquantified"
    )


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
    assert attribution_cell(sample, sample.claims_by_id["trt-35-in-shaft"]) == NONE_NAMED


def test_a_joint_claim_names_every_claimant_once(sample: Incident) -> None:
    data = sample.model_dump()
    data["claims"][4]["claimant"] = ["syrian-government", "activists"]
    joint = Incident.model_validate(data).claims[4]
    assert joint.claimant == ("syrian-government", "activists")
    assert claimant_name(sample, joint) == "Syrian government and Activists (unnamed)"
    assert claimant_name(sample, joint, short=True) == "Syrian government and Activists (unnamed)"
    assert claim_label(sample, joint) == "Syrian government and Activists (unnamed): 67"


def test_several_claimants_with_arabic_names_are_each_isolated(sample: Incident) -> None:
    data = sample.model_dump()
    data["actors"][0]["name"] = "داعش"
    data["claims"][4]["claimant"] = ["daesh", "sohr"]
    arabic = Incident.model_validate(data)
    assert claimant_name(arabic, arabic.claims[4]) == (
        "\u2068داعش\u2069 and Syrian Observatory for Human Rights"
    )


def test_blamed_actors_in_file_order_with_every_firmness_firmest_first(sample: Incident) -> None:
    blamed = blamed_actors(sample)
    assert list(blamed)[:2] == ["daesh", "pro-regime-forces"]
    assert blamed["daesh"] == ["alleged", "implied"]
    assert blamed["pro-regime-forces"] == ["alleged", "suspected"]
    assert reported_perpetrators(sample) == (
        "Daesh (alleged, implied); Pro-regime forces (alleged, suspected)"
    )
    nobody = sample.model_copy(update={"claims": (), "timeline": ()})
    assert reported_perpetrators(nobody) == NO_PERPETRATOR


@pytest.mark.usefixtures("shipped_arabic")
def test_in_arabic_the_file_s_arabic_names_lead_and_the_english_stays_where_presented(
    sample: Incident,
) -> None:
    with using_language("ar"):
        assert sample.actor_name("daesh") == "داعش"
        assert sample.actor_name("pro-regime-forces") == "Pro-regime forces"  # no name_ar
        assert short_name(sample, "sohr") == "SOHR"  # an acronym still serves tight spaces
        assert short_name(sample, "daesh") == "داعش"
        assert presented_name(sample, "daesh") == "داعش (\u2068Daesh\u2069)"
        assert presented_name(sample, "pro-regime-forces") == "\u2068Pro-regime forces\u2069"
        assert reported_perpetrators(sample).startswith("داعش (\u2068Daesh\u2069) (مزعوم، ضمني)؛ ")
    assert sample.actor_name("daesh") == presented_name(sample, "daesh") == "Daesh"


def test_victims_and_dates_in_words() -> None:
    claim = _claim(qualifier="exact", count=3, victim_detail="found in a shaft")
    assert victims_words(claim) == "civilians — found in a shaft"
    assert date_words(None, "last week") == "“last week”"
    assert date_words(None, None) == ""
    assert claimed_on_words(claim) == UNDATED
    assert claimed_on_words(_claim(qualifier="exact", count=3, claimed_on_wording="Monday")) == (
        "“Monday”"
    )


def test_names_are_joined_as_english_lists() -> None:
    assert joined_names(["Daesh"]) == "Daesh"
    assert joined_names(["Daesh", "Russia"]) == "Daesh and Russia"
    assert joined_names(["A", "B", "C"]) == "A, B and C"


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
