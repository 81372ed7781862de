"""The key figures: every claim per outcome and its own attribution, in order, never a sum."""

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


def test_the_sample_has_a_group_per_attribution_with_every_claim(sample_path: Path) -> None:
    sample = load_incident(sample_path)
    daesh, pro_regime, nobody = key_figures(sample)
    assert [k.perpetrators for k in (daesh, pro_regime, nobody)] == [
        ("daesh",),
        ("pro-regime-forces",),
        (),
    ]
    # Whole claims in ascending order, unquantified last; the 80 is there, between 67 and 128.
    assert [c.id for c in daesh.claims] == [
        "pcc-67-named",
        "activists-80-bodies",
        "sohr-128-documented",
    ]
    assert [c.id for c in daesh.parts] == ["activists-street-shootings"]
    assert [c.id for c in pro_regime.claims] == [
        "sohr-12-by-pro-regime-forces",
        "pcc-bodies-in-streets",
    ]
    # The shaft figures name nobody: they never stand under their parent's Daesh.
    assert nobody.claims == ()
    assert [c.id for c in nobody.parts] == ["trt-35-in-shaft", "pcc-35-in-shaft"]


def test_no_claim_is_left_out_or_counted_twice(sample_path: Path) -> None:
    sample = load_incident(sample_path)
    members = [c.id for k in key_figures(sample) for c in k.members]
    assert sorted(members) == sorted(c.id for c in sample.claims)
    for figure in key_figures(sample):
        assert all(c.part_of is None for c in figure.claims)
        assert all(c.part_of is not None for c in figure.parts)


def test_figures_ascend_with_an_open_top_above_an_equal_closed_one() -> None:
    floor = _claim(id="b", claimant="q", qualifier="at-least", count=128)
    exact = _claim(id="a", claimant="p", qualifier="exact", count=128)
    between = _claim(id="r", claimant="p", qualifier="range", count=100, count_max=130)
    unknown = _claim(id="u", claimant="p", qualifier="unknown")
    (figure,) = key_figures(_incident(unknown, floor, exact, between))
    assert [c.id for c in figure.claims] == ["r", "a", "b", "u"]


def test_unquantified_claims_are_kept_and_killed_comes_first() -> None:
    injured = _claim(id="i", qualifier="exact", count=900, outcome="injured")
    killed = _claim(id="k", qualifier="exact", count=3)
    unknown = _claim(id="u", qualifier="unknown", outcome="missing")
    figures = key_figures(_incident(unknown, injured, killed))
    assert [f.outcome for f in figures] == ["killed", "injured", "missing"]
    assert [c.id for c in figures[2].claims] == ["u"]


def test_a_group_of_parts_only_comes_after_groups_with_whole_claims() -> None:
    whole = _claim(
        id="w", qualifier="exact", count=3, perpetrators=[{"actor": "a", "firmness": "alleged"}]
    )
    part = _claim(id="p", qualifier="exact", count=300, part_of="w")
    figures = key_figures(_incident(part, whole))
    assert [[c.id for c in f.members] for f in figures] == [["w"], ["p"]]


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
    assert len(mixed[0].claims) == 2
