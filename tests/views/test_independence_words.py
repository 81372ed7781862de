"""Independence in words: which sources the recorder read, and why none is independent."""

import copy
from typing import Any

import pytest

from factsheet.loading import LoadedIncident
from factsheet.model.incident import Incident
from factsheet.views.independence import (
    NO_SOURCE,
    independence_mark,
    independence_words,
    marks_meaning,
    route,
    source_refs,
)


@pytest.fixture
def fixture(fidelity_loaded: LoadedIncident) -> Incident:
    return fidelity_loaded.incident


def test_each_case_of_the_fixture_in_words(fixture: Incident) -> None:
    said = {
        c.id: (independence_words(fixture, c), independence_mark(fixture, c))
        for c in fixture.claims
    }
    assert said == {
        "monitor-128": (
            "via [1], published by the claimant — no independent source",
            "claimant's own",
        ),
        "monitor-12": (
            "via [1], published by the claimant — no independent source",
            "claimant's own",
        ),
        # The Gazette [4] relays a wire story that relays the government's statement.
        "joint-67": (
            "via [4] ← [3] ← [2]; [2][3] not consulted directly — no independent source",
            "relayed",
        ),
        "activists-30": ("2 independent sources", "2 independent"),
        "council-missing": (
            "via [6] ← [7]; [7] not consulted directly — no independent source",
            "relayed",
        ),
    }
    assert marks_meaning(fixture) == [
        "'claimant's own', 'relayed': no source independent of the claimant",
        "'2 independent': sources independent of the claimant",
    ]


def _changed(incident: Incident, claim_id: str, **fields: Any) -> tuple[Incident, Any]:
    data = copy.deepcopy(incident.model_dump())
    for claim in data["claims"]:
        if claim["id"] == claim_id:
            claim.update(fields)
    changed = Incident.model_validate(data)
    return changed, changed.claims_by_id[claim_id]


def test_the_claimant_s_own_and_a_relay_read_together(fixture: Incident) -> None:
    incident, claim = _changed(fixture, "activists-30", sources=["broadcast", "activists-post"])
    assert independence_words(incident, claim) == (
        "via [5], published by the claimant, and [6], relayed — no independent source"
    )
    joint, claim = _changed(
        fixture,
        "activists-30",
        sources=["broadcast", "activists-post"],
        claimant=[
            "activists",
            "council",
        ],
    )
    assert independence_words(joint, claim) == (
        "via [5], published by a claimant, and [6], relayed — no independent source"
    )


def test_a_joint_claim_s_own_source_is_a_claimant_s(fixture: Incident) -> None:
    incident, claim = _changed(
        fixture, "monitor-128", claimant=["monitor", "activists"], sources=["monitor-report"]
    )
    assert independence_words(incident, claim) == (
        "via [1], published by a claimant — no independent source"
    )


def test_sources_known_only_at_second_hand_say_so(fixture: Incident) -> None:
    # The government's statement [2] is known only through the wire story and the Gazette.
    incident, claim = _changed(fixture, "joint-67", sources=["government-statement"])
    assert independence_words(incident, claim) == (
        "via [2], not consulted directly — no independent source"
    )
    assert independence_mark(incident, claim) == "not consulted"
    assert route(incident, claim).kind == "at-second-hand"
    # An independent source never read directly: counted, and said to be second hand.
    incident, claim = _changed(fixture, "monitor-128", sources=["wire-story"])
    assert independence_words(incident, claim) == (
        "via [3], not consulted directly — 1 independent source"
    )
    assert independence_mark(incident, claim) == "1 independent"


def test_a_claim_without_sources(fixture: Incident) -> None:
    incident, claim = _changed(fixture, "monitor-128", sources=[])
    assert independence_words(incident, claim) == NO_SOURCE
    assert independence_mark(incident, claim) == NO_SOURCE


def test_source_references_ascend(fixture: Incident) -> None:
    assert source_refs(fixture, ["broadcast", "monitor-report", "gazette-article"]) == "[1][4][6]"
    assert source_refs(fixture, ["gone"]) == "[?] gone"
