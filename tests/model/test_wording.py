"""Figures in words and marks, and the key-figure spans: never summed, always attributed."""

from pathlib import Path
from typing import Any

import pytest

from factsheet.loading import load_incident
from factsheet.loading.yaml_reader import read_yaml
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.wording import (
    attribution_words,
    claim_phrase,
    figure_mark,
    figure_words,
    key_figures,
    perpetrator_key,
    short_name,
)


def _plain(path: Path) -> Any:
    return read_yaml(path.read_text(encoding="utf-8"), keep_marks=False).value


def _claim(**fields: Any) -> CasualtyClaim:
    base: dict[str, Any] = {
        "id": "c",
        "claimant": "x",
        "victims": "civilians",
        "basis": "documented-deaths",
    }
    return CasualtyClaim.model_validate(base | fields)


@pytest.mark.parametrize(
    ("fields", "words", "mark"),
    [
        ({"qualifier": "exact", "count": 67}, "67", "67"),
        ({"qualifier": "at-least", "count": 80}, "at least 80", "≥80"),
        ({"qualifier": "at-most", "count": 5}, "at most 5", "≤5"),
        ({"qualifier": "about", "count": 20}, "about 20", "~20"),
        ({"qualifier": "range", "count": 13, "count_max": 46}, "between 13 and 46", "13–46"),
        ({"qualifier": "unknown"}, "unquantified", "?"),
        ({"qualifier": "at-least", "count": 12500}, "at least 12,500", "≥12,500"),
        ({"qualifier": "exact", "count": 0}, "0", "0"),
    ],
    ids=["exact", "at-least", "at-most", "about", "range", "unknown", "thousands", "zero"],
)
def test_figure_words_and_marks(fields: dict[str, Any], words: str, mark: str) -> None:
    claim = _claim(**fields)
    assert figure_words(claim) == words
    assert figure_mark(claim) == mark


def test_claim_phrase_keeps_victims_outcome_and_basis() -> None:
    claim = _claim(qualifier="at-least", count=80, basis="bodies-found")
    assert claim_phrase(claim) == "at least 80 civilians killed (bodies found)"
    unknown = _claim(qualifier="exact", count=3, victims="unknown", outcome="injured")
    assert claim_phrase(unknown) == "3 people injured (documented deaths)"


@pytest.fixture(scope="module")
def sample() -> Incident:
    return load_incident(Path(__file__).resolve().parents[2] / "data" / "al-qaryatayn-2017.yaml")


def test_key_figures_of_the_sample_are_spans_with_claimants(sample: Incident) -> None:
    figures = key_figures(sample)
    assert [f.words(sample) for f in figures] == [
        "67 named (PCC) – at least 128 documented (SOHR)",
        "at least 12 documented (SOHR)",
    ]
    daesh, pro_regime = figures
    assert daesh.perpetrators == ("daesh",)
    assert pro_regime.perpetrators == ("pro-regime-forces",)
    assert (daesh.claims, daesh.claimants) == (3, 3)


def test_key_figures_leave_out_subsets_and_never_sum(sample: Incident) -> None:
    subsets = {c.id for c in sample.claims if c.part_of}
    counted = {c.id for c in sample.claims if c.count is not None}
    for figure in key_figures(sample):
        assert figure.lowest.id not in subsets
        assert figure.highest.id not in subsets
        # Ends are claims as stated, not arithmetic on them.
        assert {figure.lowest.id, figure.highest.id} <= counted


def test_an_open_top_reaches_above_an_equal_closed_one() -> None:
    exact = _claim(id="a", claimant="p", qualifier="exact", count=128)
    floor = _claim(id="b", claimant="q", qualifier="at-least", count=128)
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
            "claims": [exact.model_dump(mode="json"), floor.model_dump(mode="json")],
        }
    )
    (figure,) = key_figures(incident)
    assert figure.highest.id == "b"
    assert figure.words(incident) == "128 documented (p) – at least 128 documented (q)"


def test_short_names_and_attribution_words(sample: Incident) -> None:
    assert short_name(sample, "sohr") == "SOHR"
    assert short_name(sample, "pcc") == "PCC"
    assert short_name(sample, "trt-world") == "TRT World"
    assert short_name(sample, "not-an-actor") == "not-an-actor"
    claim = sample.claims_by_id["activists-80-bodies"]
    assert attribution_words(sample, claim) == "Daesh (alleged)"
    assert attribution_words(sample, sample.claims_by_id["trt-35-in-shaft"]) == ""


def test_the_heading_says_how_firmly_a_group_is_blamed(sample_path: Path) -> None:
    incident = load_incident(sample_path)
    headings = [k.heading(incident) for k in key_figures(incident)]
    # Two of the three Daesh figures only imply the perpetrator: the heading must say so.
    assert headings == [
        "Killed — attributed to Daesh (alleged, implied)",
        "Killed — attributed to Pro-regime forces (alleged)",
    ]


def test_the_order_of_perpetrators_does_not_split_a_group(sample_path: Path) -> None:
    data = _plain(sample_path)
    both = [
        {"actor": "daesh", "firmness": "alleged"},
        {"actor": "pro-regime-forces", "firmness": "alleged"},
    ]
    data["claims"][3]["perpetrators"] = both
    data["claims"][4]["perpetrators"] = list(reversed(both))
    incident = Incident.model_validate(data)
    assert perpetrator_key(incident.claims[3]) == perpetrator_key(incident.claims[4])
    mixed = [k for k in key_figures(incident) if len(k.perpetrators) == 2]
    assert len(mixed) == 1
    assert mixed[0].claims == 2
