"""The key figures: spans of top-level claims per outcome and perpetrator, never a sum."""

from pathlib import Path
from typing import Any

from factsheet.loading import load_incident
from factsheet.loading.yaml_reader import read_yaml
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.key_figures import key_figures, perpetrator_key


def _plain(path: Path) -> Any:
    return read_yaml(path.read_text(encoding="utf-8"), keep_marks=False).value


def _claim(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "c",
        "claimant": "x",
        "victims": "civilians",
        "basis": "documented-deaths",
    }
    return CasualtyClaim.model_validate(base | fields).model_dump(mode="json")


def _incident(*claims: dict[str, Any]) -> Incident:
    return Incident.model_validate(
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
            "claims": list(claims),
        }
    )


def test_the_sample_has_one_span_per_perpetrator(sample_path: Path) -> None:
    sample = load_incident(sample_path)
    daesh, pro_regime = key_figures(sample)
    assert daesh.perpetrators == ("daesh",)
    assert pro_regime.perpetrators == ("pro-regime-forces",)
    assert (daesh.lowest.id, daesh.highest.id) == ("pcc-67-named", "sohr-128-documented")
    assert (daesh.claims, daesh.claimants) == (3, 3)
    assert pro_regime.lowest.id == pro_regime.highest.id


def test_key_figures_leave_out_subsets_and_never_sum(sample_path: Path) -> None:
    sample = load_incident(sample_path)
    subsets = {c.id for c in sample.claims if c.part_of}
    counted = {c.id for c in sample.claims if c.count is not None}
    for figure in key_figures(sample):
        assert figure.lowest.id not in subsets
        assert figure.highest.id not in subsets
        # Ends are claims as stated, not arithmetic on them.
        assert {figure.lowest.id, figure.highest.id} <= counted
        assert set(figure.members) >= {figure.lowest, figure.highest}


def test_an_open_top_reaches_above_an_equal_closed_one() -> None:
    exact = _claim(id="a", claimant="p", qualifier="exact", count=128)
    floor = _claim(id="b", claimant="q", qualifier="at-least", count=128)
    (figure,) = key_figures(_incident(exact, floor))
    assert (figure.lowest.id, figure.highest.id) == ("a", "b")


def test_unquantified_claims_make_no_span_and_killed_comes_first() -> None:
    injured = _claim(id="i", qualifier="exact", count=900, outcome="injured")
    killed = _claim(id="k", qualifier="exact", count=3)
    unknown = _claim(id="u", qualifier="unknown")
    figures = key_figures(_incident(injured, killed, unknown))
    assert [f.outcome for f in figures] == ["killed", "injured"]
    assert all(f.lowest.id != "u" for f in figures)


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
