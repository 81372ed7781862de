"""What the filters search: other names of places and actors, dates as written and in words."""

import dataclasses
import datetime as dt
from typing import Any

from factsheet.loading import LoadedIncident
from factsheet.model.dates import parse_edtf
from factsheet.model.incident import Incident
from factsheet.search_text import fold, query_terms
from factsheet.views import views_of
from factsheet.views.search_words import PlaceNames, date_spans, date_texts, haystack


def matching(haystacks: Any, typed: str) -> list[int]:
    """The rows a filter keeps for ``typed`` (every term in the row's haystack)."""
    terms = query_terms(typed)
    return [n for n, hay in enumerate(haystacks) if all(t in hay for t in terms)]


def two_towns(loaded: LoadedIncident) -> LoadedIncident:
    """The sample with a second place, Palmyra, where two events (and one claim) happen."""
    data = loaded.incident.model_dump(mode="json", exclude_none=True)
    data["incident"]["locations"].append(
        {"name": "Palmyra", "name_ar": "تَدْمُر", "other_names": ["Tadmur"], "precision": "town"}
    )
    data["timeline"][0]["location"] = "ruins near Palmyra"
    data["timeline"][1]["location"] = "Tadmur"
    data["claims"][0]["location"] = "outside Palmyra"
    return dataclasses.replace(loaded, incident=Incident.model_validate(data))


def test_a_folded_haystack_leaves_out_what_is_empty() -> None:
    assert haystack(["Al-Qaryatain", None, "", "القَرْيَتَيْن"]) == "al-qaryatain القريتين"


def test_a_date_is_found_as_written_and_in_words(sample_loaded: LoadedIncident) -> None:
    date = sample_loaded.incident.timeline[7].date
    assert date.text == "2017-10-21"
    assert date_texts(date) == ("2017-10-21", "21 October 2017", "21 تشرين الأول 2017")
    assert date_texts(None) == ()


def test_the_places_other_names_find_what_happened_there(sample_loaded: LoadedIncident) -> None:
    loaded = two_towns(sample_loaded)
    places = PlaceNames(loaded.incident)
    assert "Al-Qaryatain" in places.of("streets of Al Qaryatayn")
    assert "Homs province" in places.of("Al Qaryatayn")  # what it lies within, too
    assert "Tadmur" in places.of("ruins near Palmyra")
    assert "Al-Qaryatain" not in places.of("Tadmur")
    assert places.of("somewhere else") == ""
    # No location: the incident's places, all of them.
    assert "Al-Qaryatain" in places.of(None)
    assert "Tadmur" in places.of(None)

    timeline = views_of(loaded).timeline.table
    at_qaryatayn = matching(timeline.haystacks, "Al-Qaryatain")
    at_palmyra = matching(timeline.haystacks, "tadmur")
    ids = [row.event.id for row in timeline.rows]
    first, second = (e.id for e in loaded.incident.timeline[:2])
    assert {ids[n] for n in at_palmyra} >= {first, second}
    assert first not in {ids[n] for n in at_qaryatayn}
    assert len(at_qaryatayn) + 2 == len(ids)  # every other event, located or not
    # Arabic typed without its diacritics, the place's Arabic name written with them.
    assert matching(timeline.haystacks, "تدمر") == at_palmyra

    claims = views_of(loaded).claims
    found = {claims.rows[n].claim.id for n in matching(claims.haystacks, "tadmur")}
    # Outside Palmyra, and the one claim that names no place (the incident's, so either).
    assert found == {loaded.incident.claims[0].id, "trt-35-in-shaft"}


def test_the_timeline_finds_dates_as_people_type_them(sample_loaded: LoadedIncident) -> None:
    table = views_of(sample_loaded).timeline.table
    ids = [row.event.id for row in table.rows]

    def found(typed: str) -> set[str]:
        return {ids[n] for n in matching(table.haystacks, typed)}

    iso = found("2017-10-21")
    assert {"regime-retakes-town-2017", "scmm-declares-security", "killings-during-retreat"} <= iso
    assert "news-of-find-emerges" not in iso  # 2017-10-22
    assert found("21 October 2017") >= {"regime-retakes-town-2017", "scmm-declares-security"}
    assert found("٢٠١٧-١٠-٢١") == iso  # Arabic-Indic digits
    assert found("تشرين الأول 2017") >= iso  # the Arabic words, whatever the interface
    assert found("2015-08") == {"daesh-seizes-town-2015", "christians-flee-2015"}


def test_actors_are_found_by_every_name_in_every_script(sample_loaded: LoadedIncident) -> None:
    views = views_of(sample_loaded)
    actors = views.actors
    daesh = actors.row_of["daesh"]
    for typed in ("ISIL", "الدولة الإسلامية", "الدوله الاسلاميه", "داعـــش"):
        assert daesh in matching(actors.haystacks, typed), typed
    # The events of an actor are found by its other names too.
    timeline = views.timeline.table
    by_alias = matching(timeline.haystacks, "isil")
    assert by_alias
    assert all("daesh" in timeline.rows[n].actor_ids for n in by_alias)


def test_sources_are_found_by_their_dates_as_written(sample_loaded: LoadedIncident) -> None:
    sources = views_of(sample_loaded).sources
    found = {sources.rows[n].source.id for n in matching(sources.haystacks, "2017-10-21")}
    assert found == {"scmm-statement-2017-10-21", "russia-accusation"}
    assert fold("Syrian Observatory") in sources.haystacks[sources.row_of["sohr-statement"]]


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def test_date_spans_are_the_days_each_date_covers() -> None:
    dates = [parse_edtf(t) for t in ("2017-10-21/2017-10-23", "2017-10", "2017~", "XXXX")]
    assert date_spans((*dates, None)) == (
        (_day("2017-10-21"), _day("2017-10-23")),
        (_day("2017-10-01"), _day("2017-10-31")),
        (_day("2017-01-01"), _day("2017-12-31")),
    )  # XXXX and no date: no day known


def test_an_open_or_unknown_end_is_not_stretched() -> None:
    # "by 23 October" is found by the 23rd, not by every year before it.
    assert date_spans([parse_edtf("../2017-10-23")]) == ((_day("2017-10-23"),) * 2,)
    assert date_spans([parse_edtf("2017-10/")]) == ((_day("2017-10-01"), _day("2017-10-31")),)
    assert date_spans([parse_edtf("-0044/2017-10-21")]) == ((_day("2017-10-21"),) * 2,)


def test_claims_and_sources_span_their_own_dates(sample_loaded: LoadedIncident) -> None:
    views = views_of(sample_loaded)
    claims = views.claims
    # claimed_on by 23 October, period from 21 October (open end): the two known ends.
    sohr = claims.date_spans[claims.row_of["sohr-12-by-pro-regime-forces"]]
    assert sohr == ((_day("2017-10-23"),) * 2, (_day("2017-10-21"),) * 2)
    sources = views.sources
    russia = sources.date_spans[sources.row_of["russia-accusation"]]
    assert russia[0] == (_day("2017-09-21"), _day("2017-10-21"))
    assert len(sources.date_spans) == len(sources.rows)
