"""What the brief says beyond the tables: its events, its cuts, where figures come from."""

from typing import Any

import pytest

from factsheet.loading import LoadedIncident
from factsheet.model.incident import Incident
from factsheet.views.brief import (
    DEFAULT_VARIANT,
    SHEET_VARIANTS,
    Fit,
    carriers,
    claim_list,
    claim_origin,
    cut_text,
    figure_notes,
    main_events,
    reliance_notes,
    source_in_short,
)
from factsheet.views.independence import independence_words
from factsheet.views.names import Names
from factsheet.views.notes import sheet_note_html


@pytest.fixture
def incident(sample_loaded: LoadedIncident) -> Incident:
    return sample_loaded.incident


def _changed(incident: Incident, **lists: list[dict[str, Any]]) -> Incident:
    data = incident.model_dump(mode="json", exclude_none=True)
    data.update(lists)
    return Incident.model_validate(data)


def _numbers(incident: Incident) -> dict[str, str]:
    return {c.id: f"C{n}" for n, c in enumerate(incident.claims, start=1)}


def test_the_brief_is_the_default_of_two_sheets() -> None:
    assert DEFAULT_VARIANT == "brief"
    assert SHEET_VARIANTS == ("brief", "full")
    assert Fit.of("full").whole
    assert not Fit.of("brief").whole


def test_main_events_are_the_harm_within_the_incident_s_dates(incident: Incident) -> None:
    chosen = [e.id for e in main_events(incident)]
    # October 2017, with a victim or a perpetrator named: the killings and the find.
    assert chosen == [
        "killings-during-retreat",
        "killings-by-pro-regime-forces",
        "activists-report-80-bodies",
    ]
    # 2015's seizure names a perpetrator, but falls outside the incident's dates.
    assert "daesh-seizes-town-2015" not in chosen
    assert [e.id for e in main_events(incident, limit=1)] == ["killings-during-retreat"]


def test_claimant_events_make_up_the_number_when_harm_is_rare(incident: Incident) -> None:
    data = incident.model_dump(mode="json", exclude_none=True)
    for event in data["timeline"]:
        event["actors"] = [a for a in event.get("actors", []) if "perpetrator" not in a["role"]]
        event["actors"] = [a for a in event["actors"] if a["role"] != "victim"]
    quiet = Incident.model_validate(data)
    chosen = main_events(quiet)
    assert len(chosen) == 3
    assert all(any(r.role == "claimant" for r in e.actors) for e in chosen)
    dates = [e.date.sort_key() for e in chosen]
    assert dates == sorted(dates)  # in date order


def test_with_no_event_in_the_incident_s_dates_all_events_are_considered(
    incident: Incident,
) -> None:
    data = incident.model_dump(mode="json", exclude_none=True)
    data["incident"]["date"] = "2030"
    assert [e.id for e in main_events(Incident.model_validate(data))][:1] == [
        "daesh-seizes-town-2015"
    ]


def test_an_event_is_cut_to_its_first_sentence_or_a_word() -> None:
    assert cut_text("Short.") == "Short."
    long = "The first sentence is here. " + "More words follow after it. " * 10
    cut = cut_text(long)
    assert long.startswith(cut)
    assert cut.endswith("follow after it.")  # whole sentences, as many as fit
    assert len(cut) <= 150
    words = "word " * 60
    cut = cut_text(words, limit=50)
    assert cut.endswith("…")
    assert len(cut) <= 50
    assert " ".join(cut_text("x" * 200, limit=20).split()) == "x" * 19 + "…"


def test_a_figure_comes_from_where_its_independence_says(
    incident: Incident, fidelity_loaded: LoadedIncident
) -> None:
    # views.independence's words, one wording on screen and on paper; for a figure relayed
    # through sources never read, their first part: the chain, which the note above the
    # table calls second-hand, in the two lines the narrow column has.
    claims = incident.claims_by_id
    for claim in incident.claims:
        words = independence_words(incident, claim)
        if claim.id == "trt-35-in-shaft":
            assert claim_origin(incident, claim) == words
        else:
            assert words == claim_origin(incident, claim) + " — no independent source"
    assert claim_origin(incident, claims["activists-80-bodies"]) == (
        "via [1] ← [3]; [3] not consulted directly"
    )
    assert claim_origin(incident, claims["trt-35-in-shaft"]) == (
        "via [1], published by the claimant — no independent source"
    )
    data = incident.model_dump(mode="json", exclude_none=True)["claims"]
    unsourced = _changed(
        incident, claims=[{**c, "sources": []} if c["id"] == "pcc-67-named" else c for c in data]
    )
    assert claim_origin(unsourced, unsourced.claims_by_id["pcc-67-named"]) == "no source given"
    # Words that only count the independent sources get the cited note numbers first.
    fidelity = fidelity_loaded.incident
    counted = fidelity.claims_by_id["activists-30"]
    assert independence_words(fidelity, counted) == "2 independent sources"
    assert claim_origin(fidelity, counted) == "[1][4][5][6] — 2 independent sources"


def test_relays_are_followed_through_chains_and_cycles(incident: Incident) -> None:
    sources = incident.model_dump(mode="json", exclude_none=True)["sources"]
    # [4] SOHR's statement, relayed by an unread wire story, relayed by TRT World; and a
    # cycle between the two unread ones.
    wire = {
        "id": "wire",
        "publisher": "pro-regime-media",
        "kind": "news-report",
        "consulted": False,
        "relays": ["sohr-statement", "wire-2"],
    }
    wire_2 = {
        "id": "wire-2",
        "publisher": "pro-regime-media",
        "kind": "news-report",
        "consulted": False,
        "relays": ["wire"],
    }
    for source in sources:
        if source["id"] == "trt-2017-10-23":
            source["relays"] = ["wire"]
    chained = _changed(incident, sources=[*sources, wire, wire_2])
    assert carriers(chained, "sohr-statement") == ["trt-2017-10-23"]
    assert carriers(chained, "trt-2017-10-23") == []


def test_a_source_in_one_line(incident: Incident) -> None:
    by_id = incident.sources_by_id
    assert source_in_short(incident, by_id["trt-2017-10-23"]) == (
        "TRT World, news report, 23 October 2017"
    )
    assert source_in_short(incident, by_id["trt-latic-report"]) == (
        "TRT World (Nafisa Latic), video report, 23 October 2017; not consulted directly"
    )
    assert source_in_short(incident, by_id["sohr-statement"]).endswith(
        "by 23 October 2017; not consulted directly, known through [1]"
    )
    long = by_id["trt-2017-10-23"].model_copy(update={"published": None})
    assert source_in_short(incident, long) == "TRT World, news report, undated"


def test_what_a_reader_must_know_before_relying_on_the_figures(incident: Incident) -> None:
    one_source = (
        "Every figure in this record is known through one source only, [1] TRT World; for 7 "
        "of the 8 claims, the claimant's own statement was not consulted directly."
    )
    assert reliance_notes(incident, _numbers(incident)) == [one_source]
    # Two consulted sources: the claims known second-hand are named instead.
    sources = incident.model_dump(mode="json", exclude_none=True)["sources"]
    for source in sources:
        if source["id"] == "sohr-statement":
            source["consulted"] = True
    two = _changed(incident, sources=sources)
    (note,) = reliance_notes(two, _numbers(two))
    assert note == (
        "C1, C2, C5, C6 and C7 are known only second-hand: the claimant's own statement was "
        "not consulted directly."
    )
    # Nothing but the one source, read directly: said plainly.
    only = _changed(
        incident,
        claims=[
            c for c in incident.model_dump(mode="json")["claims"] if c["id"] == "trt-35-in-shaft"
        ],
    )
    assert reliance_notes(only, _numbers(only)) == [
        "Every figure in this record is known through one source only, [1] TRT World."
    ]
    claims = incident.model_dump(mode="json", exclude_none=True)["claims"]
    claims[0]["sources"] = []
    unsourced = _changed(incident, claims=claims)
    assert reliance_notes(unsourced, _numbers(unsourced))[-1] == "C1 cites no source."
    assert reliance_notes(_changed(incident, claims=[]), {}) == []


def test_a_claim_relayed_through_unread_sources_is_known_second_hand(
    fidelity_loaded: LoadedIncident,
) -> None:
    incident = fidelity_loaded.incident
    # C3, the joint 67: the Gazette [4] relays the wire story [3], which relays the
    # government's statement [2]; neither was read. C5: [6] relays the council's unread [7].
    assert reliance_notes(incident, _numbers(incident)) == [
        (
            "C3 and C5 are known only second-hand: the claimant's own statement was not "
            "consulted directly."
        )
    ]
    claims = incident.claims_by_id
    assert claim_origin(incident, claims["joint-67"]) == (
        "via [4] ← [3] ← [2]; [2][3] not consulted directly"
    )
    assert claim_origin(incident, claims["council-missing"]) == (
        "via [6] ← [7]; [7] not consulted directly"
    )
    data = incident.model_dump(mode="json", exclude_none=True)
    for source in data["sources"]:
        if source["id"] == "government-statement":
            source["consulted"] = True
    for claim in data["claims"]:
        if claim["id"] == "council-missing":
            claim["sources"] = ["council-statement"]
    read = Incident.model_validate(data)
    # The government's statement read directly, though the claim cites only the Gazette:
    # relayed, not second-hand. The council's [7] alone, cited but unread: second-hand.
    assert claim_origin(read, read.claims_by_id["joint-67"]) == (
        "via [4], relayed — no independent source"
    )
    assert claim_origin(read, read.claims_by_id["council-missing"]) == (
        "via [7], not consulted directly — no independent source"
    )
    assert reliance_notes(read, _numbers(read)) == [
        "C5 is known only second-hand: the claimant's own statement was not consulted directly."
    ]


def test_an_unread_source_beside_the_claimant_s_own_does_not_make_a_claim_second_hand(
    fidelity_loaded: LoadedIncident,
) -> None:
    data = fidelity_loaded.incident.model_dump(mode="json", exclude_none=True)
    for claim in data["claims"]:
        if claim["id"] == "activists-30":
            claim["sources"] = ["activists-post", "council-statement"]
    incident = Incident.model_validate(data)
    # The activists' own post was read: the council's unread statement beside it changes
    # nothing about how far the figure is from its claimant.
    assert reliance_notes(incident, _numbers(incident)) == [
        (
            "C3 and C5 are known only second-hand: the claimant's own statement was not "
            "consulted directly."
        )
    ]


@pytest.mark.parametrize("sample", ["sample_loaded", "fidelity_loaded"])
def test_the_notes_and_the_sources_list_agree_on_how_a_source_is_known(
    sample: str, request: pytest.FixtureRequest
) -> None:
    incident: Incident = request.getfixturevalue(sample).incident
    names = Names(incident)
    said = {
        sheet_note_html(note, names, {"claim": {}, "event": {}})
        for note in figure_notes(incident)
        if note.topic == "indirect"
    }
    numbers = incident.source_numbers
    by_number = {f"[{numbers[s.id]}]": s for s in incident.sources}
    for sentence in said:
        listed = sentence.rsplit(": ", 1)[1].rstrip(".")
        sources = [by_number[f"[{n}]"] for n in listed.strip("[]").split("][")]
        through = "known only through another source" in sentence
        for source in sources:
            assert ("known through [" in source_in_short(incident, source)) == through
    assert sum(len(s.rsplit(": ", 1)[1].split("][")) for s in said) == sum(
        not s.consulted for s in incident.sources
    )


def test_lists_of_claims_are_cut_with_a_count() -> None:
    assert claim_list(["C1"]) == "C1"
    assert claim_list(["C1", "C5"]) == "C1 and C5"
    assert claim_list([f"C{n}" for n in range(1, 1_001)], limit=3) == "C1, C2, C3 and 997 more"


def test_the_brief_cuts_what_no_record_needs_at_length() -> None:
    brief, full = Fit.of("brief"), Fit.of("full")
    name = "Army " * 4_000
    assert len(brief.name(name)) == Fit.NAME_CHARS
    assert brief.name(name).endswith("…")
    assert full.name(name) == name
    spellings = [f"Town {n}" for n in range(50)]
    assert brief.names(spellings) == spellings[: Fit.OTHER_NAMES]
    assert full.names(spellings) == spellings
    assert (brief.items(400), full.items(400), brief.items(3)) == (Fit.ITEMS, 400, 3)


def test_the_brief_s_notes_are_about_figures_and_sources(incident: Incident) -> None:
    topics = [note.topic for note in figure_notes(incident)]
    assert topics == ["date-doubt", "unquantified", "indirect", "indirect"]
    # The dossier's notes on the timeline's dates are left out, and no warning is printed.
    assert "date-conflict" not in topics
