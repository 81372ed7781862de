"""The kinds of item and the item a problem's data path names."""

from pathlib import Path

from factsheet.loading import load_incident
from factsheet.model.items import ITEM_KINDS, is_item_kind, item_of_path


def test_item_of_path(sample_path: Path) -> None:
    incident = load_incident(sample_path)
    assert item_of_path(incident, "claims[2].claimant") == ("claim", "trt-35-in-shaft")
    assert item_of_path(incident, "timeline[0]") == ("event", "daesh-seizes-town-2015")
    assert item_of_path(incident, "actors[0].name") == ("actor", incident.actors[0].id)
    assert item_of_path(incident, "sources[1]") == ("source", incident.sources[1].id)
    assert item_of_path(incident, "claims[99]") is None
    assert item_of_path(incident, "incident.title") is None


def test_the_four_kinds_and_nothing_else() -> None:
    assert ITEM_KINDS == ("actor", "event", "claim", "source")
    assert all(is_item_kind(kind) for kind in ITEM_KINDS)
    assert not is_item_kind("https")
    assert not is_item_kind("Claim")
    assert not is_item_kind("")
