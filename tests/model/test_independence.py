"""Which of a claim's sources are independent of its claimants: relays followed, per publisher."""

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factsheet.loading import LoadedIncident, load_incident
from factsheet.model import independence
from factsheet.model.incident import Incident
from factsheet.model.independence import (
    Independence,
    TooManyRelayStepsError,
    claims_independence,
    relayed_publishers,
)


@pytest.fixture
def standing(fidelity_loaded: LoadedIncident) -> Callable[..., Independence]:
    """The Independence of one claim of the monitor's, citing ``cited`` among ``sources``.

    The actors are the fidelity fixture's: monitor, wire (an agency), gazette (a paper),
    council (officials).
    """

    def of(sources: list[dict[str, Any]], cited: list[str], **claim: Any) -> Independence:
        data = copy.deepcopy(fidelity_loaded.incident.model_dump())
        data["sources"] = [{"kind": "news-report", **s} for s in sources]
        data["claims"] = [
            data["claims"][0] | {"sources": cited, "part_of": None, "revises": None, **claim}
        ]
        return Incident.model_validate(data).independence[data["claims"][0]["id"]]

    return of


Standing = Callable[..., Independence]


def test_the_claimant_s_own_source_is_not_independent(standing: Standing) -> None:
    assert standing([{"id": "own", "publisher": "monitor"}], ["own"]) == (
        Independence(("own",), (), (), 0)
    )


def test_a_source_that_relays_the_claimant_is_not_independent_however_indirectly(
    standing: Standing,
) -> None:
    sources = [
        {"id": "own", "publisher": "monitor"},
        {"id": "story", "publisher": "wire", "relays": ["own"]},
        {"id": "article", "publisher": "gazette", "relays": ["story"]},
    ]
    # The article relays the wire story, which relays the monitor: a chain to the claimant.
    assert standing(sources, ["article"]) == Independence(
        (), ("article",), (), 0, (("article", "story", "own"),)
    )


def test_a_chain_ends_at_a_consulted_statement_of_the_claimant_s_if_it_reaches_one(
    standing: Standing,
) -> None:
    sources: list[dict[str, Any]] = [
        {"id": "unread", "publisher": "monitor", "consulted": False},
        {"id": "read", "publisher": "monitor"},
        {"id": "story", "publisher": "wire", "relays": ["read"]},
        {"id": "article", "publisher": "gazette", "relays": ["unread", "story"]},
    ]
    # The nearest statement of the monitor's is one the recorder never read; the one
    # farther off was read, and that is the chain that says whether the claimant was.
    assert standing(sources, ["article"]).chains == (("article", "story", "read"),)
    sources[1]["consulted"] = False
    assert standing(sources, ["article"]).chains == (("article", "unread"),)


def test_independent_sources_count_once_per_publisher(standing: Standing) -> None:
    sources = [
        {"id": "own", "publisher": "monitor"},
        {"id": "p1", "publisher": "gazette"},
        {"id": "p2", "publisher": "gazette"},
        {"id": "w", "publisher": "wire"},
    ]
    found = standing(sources, ["w", "p2", "own", "p1"])
    # In note-number order, whatever the order the claim cites them in.
    assert (found.own, found.independent, found.count) == (("own",), ("p1", "p2", "w"), 2)


def test_relaying_someone_else_keeps_a_source_independent(standing: Standing) -> None:
    sources = [
        {"id": "statement", "publisher": "council"},
        {"id": "article", "publisher": "gazette", "relays": ["statement"]},
    ]
    assert standing(sources, ["article"]).count == 1
    # The same sources for a claim the council and the monitor make together.
    joint = standing(
        [*sources, {"id": "own", "publisher": "monitor"}],
        ["article", "own"],
        claimant=["council", "monitor"],
    )
    assert joint == Independence(("own",), ("article",), (), 0, (("article", "statement"),))


def test_a_cycle_of_relays_is_followed_once(standing: Standing) -> None:
    sources = [
        {"id": "a", "publisher": "gazette", "relays": ["b"]},
        {"id": "b", "publisher": "wire", "relays": ["a"]},
    ]
    assert standing(sources, ["a"]).count == 1
    with_claimant = [sources[0], {**sources[1], "relays": ["a", "own"]}]
    with_claimant.append({"id": "own", "publisher": "monitor"})
    # a relays b, b relays the monitor's own: a is not independent, and the cycle ends.
    assert standing(with_claimant, ["a"]) == Independence((), ("a",), (), 0, (("a", "b", "own"),))


def test_the_fixture_claims_stand_as_written(fidelity_path: Path) -> None:
    incident = load_incident(fidelity_path)
    counts = {claim_id: s.count for claim_id, s in incident.independence.items()}
    assert counts == {
        "monitor-128": 0,
        "monitor-12": 0,
        "joint-67": 0,
        "activists-30": 2,
        "council-missing": 0,
    }
    joint = incident.independence["joint-67"]
    assert joint.relaying == ("gazette-article",)
    assert joint.chains == (("gazette-article", "wire-story", "government-statement"),)
    activists = incident.independence["activists-30"]
    assert (activists.own, activists.relaying) == (("activists-post",), ("broadcast",))
    assert activists.independent == ("monitor-report", "gazette-article")
    # Computed once: the Incident keeps it.
    assert incident.independence is incident.independence


def test_the_sample_s_claims_all_come_through_trt_world(sample_path: Path) -> None:
    incident = load_incident(sample_path)
    standings = claims_independence(incident)
    assert all(s.count == 0 for s in standings.values())
    assert standings["trt-35-in-shaft"].own == ("trt-2017-10-23",)
    assert standings["sohr-128-documented"] == Independence(
        ("sohr-statement",), ("trt-2017-10-23",), (), 0, (("trt-2017-10-23", "sohr-statement"),)
    )


def test_relays_past_the_limit_raise(
    monkeypatch: pytest.MonkeyPatch, fidelity_loaded: LoadedIncident
) -> None:
    monkeypatch.setattr(independence, "MAX_RELAY_STEPS", 10)
    # The Gazette's article relays the wire story, which relays the government: 2 links.
    assert relayed_publishers(fidelity_loaded.incident)["gazette-article"] == {
        "wire",
        "syrian-government",
    }
    monkeypatch.setattr(independence, "MAX_RELAY_STEPS", 1)
    with pytest.raises(TooManyRelayStepsError) as raised:
        relayed_publishers(fidelity_loaded.incident)
    assert raised.value.source_id == "gazette-article"


def _long_chain(fidelity_loaded: LoadedIncident, claimants: list[str]) -> Incident:
    """Source s0 relays s1, which relays s2 … to s29, s<n> published by actor a<n>; one
    claim per entry of ``claimants``, each citing s0 only."""
    data = copy.deepcopy(fidelity_loaded.incident.model_dump())
    data["actors"] = [{"id": f"a{n}", "name": f"A{n}", "kind": "media"} for n in range(30)]
    data["sources"] = [
        {"id": f"s{n}", "publisher": f"a{n}", "kind": "news-report", "relays": [f"s{n + 1}"]}
        for n in range(29)
    ] + [{"id": "s29", "publisher": "a29", "kind": "news-report"}]
    template = data["claims"][0] | {"sources": ["s0"], "part_of": None, "perpetrators": []}
    data["claims"] = [
        template | {"id": f"c{n}", "claimant": [claimant]} for n, claimant in enumerate(claimants)
    ]
    return Incident.model_validate(data)


def test_chains_are_drawn_once_and_counted_towards_the_limit(
    monkeypatch: pytest.MonkeyPatch, fidelity_loaded: LoadedIncident
) -> None:
    monkeypatch.setattr(independence, "MAX_RELAY_STEPS", 100)
    # 29 links followed once from s0, and one chain of 29 drawn back once for all the
    # claims of a29's: within 100.
    same = _long_chain(fidelity_loaded, ["a29"] * 50)
    assert same.independence["c0"].chains == (tuple(f"s{n}" for n in range(30)),)
    assert same.independence["c0"].chains[0] is same.independence["c49"].chains[0]
    # A claim for each actor down the chain: 1 + 2 + … + 29 links drawn back, past 100. A
    # hostile file of this shape would otherwise take billions of steps.
    with pytest.raises(TooManyRelayStepsError):
        claims_independence(_long_chain(fidelity_loaded, [f"a{n}" for n in range(1, 30)]))
