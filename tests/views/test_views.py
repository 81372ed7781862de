"""Every view of an incident, built once, on the loader's worker thread before the tabs ask."""

import threading

from factsheet.i18n import using_language
from factsheet.loading import LoadedIncident
from factsheet.views import KEPT, IncidentViews, prepare, views_of


def test_views_are_built_once_per_incident_and_old_ones_dropped(
    sample_loaded: LoadedIncident,
) -> None:
    import dataclasses

    first = views_of(sample_loaded)
    assert views_of(sample_loaded) is first
    assert first.claims is first.claims  # built once
    others = [dataclasses.replace(sample_loaded) for _ in range(KEPT)]
    for other in others:
        assert views_of(other) is not first
    assert views_of(sample_loaded) is not first  # more than KEPT incidents: dropped


def test_views_in_one_language_are_not_served_in_another(sample_loaded: LoadedIncident) -> None:
    import dataclasses

    loaded = dataclasses.replace(sample_loaded)
    english = views_of(loaded)
    with using_language("ar"):
        arabic = views_of(loaded)
        assert views_of(loaded) is arabic
    assert arabic is not english
    assert views_of(loaded) is english  # views hold words: each language keeps its own


def test_the_worker_prepares_what_the_tabs_then_reuse(sample_loaded: LoadedIncident) -> None:
    import dataclasses

    loaded = dataclasses.replace(sample_loaded)  # an incident nobody has asked about yet
    worker = threading.Thread(target=prepare, args=(loaded,))
    worker.start()
    worker.join()
    views = views_of(loaded)
    built = vars(views)
    for name in ("timeline", "claims", "actors", "sources", "overview_html", "notes", "names"):
        assert name in built, name
    assert [row.event.id for row in views.timeline.table.rows[:2]] == [
        "daesh-seizes-town-2015",
        "christians-flee-2015",
    ]


def test_a_fresh_views_object_builds_lazily(sample_loaded: LoadedIncident) -> None:
    views = IncidentViews(sample_loaded)
    assert "claims" not in vars(views)
    assert len(views.claims.rows) == len(sample_loaded.incident.claims)
    assert "claims" in vars(views)
