"""View data built once per incident, and ready before the tabs ask for it."""

import threading
from pathlib import Path

from factsheet.i18n import current_digits, current_language, using_language
from factsheet.loading import read_incident
from factsheet.ui.claim_table_model import claim_rows
from factsheet.ui.data_notes import data_notes
from factsheet.ui.incident_tabs import IncidentTabs
from factsheet.ui.source_table_model import supports_of
from factsheet.ui.timeline_model import TimelineModel, timeline_rows
from factsheet.ui.view_cache import KEPT, per_incident


class Key:
    """Something with an identity, like an incident."""


def test_a_result_is_built_once_per_identity_and_old_ones_are_dropped() -> None:
    calls: list[Key] = []

    @per_incident
    def build(key: Key) -> list[Key]:
        calls.append(key)
        return [key]

    first, second, third = Key(), Key(), Key()
    assert build(first) is build(first)
    assert calls == [first]
    build(second)
    build(third)  # more than KEPT incidents: the oldest is dropped
    assert KEPT == 2
    build(first)
    assert calls == [first, second, third, first]


def test_a_result_in_one_language_is_not_served_in_another() -> None:
    @per_incident
    def build(key: Key) -> str:
        return current_language() + current_digits()

    key = Key()
    assert build(key) == "enwestern"
    with using_language("ar"):
        assert build(key) == "arwestern"
    with using_language("ar", digits="arabic-indic"):
        assert build(key) == "ararabic-indic"
    assert build(key) == "enwestern"


def test_the_worker_prepares_what_the_tabs_then_reuse(sample_path: Path) -> None:
    loaded = read_incident(sample_path)
    # What the loader's worker thread runs after reading a file, on a thread of its own.
    worker = threading.Thread(target=IncidentTabs.prepare, args=(loaded,))
    worker.start()
    worker.join()
    prepared = timeline_rows(loaded.incident)
    model = TimelineModel()
    model.set_incident(loaded.incident)
    assert model.haystacks() is prepared.haystacks  # reused, not rebuilt on the GUI thread
    assert claim_rows(loaded) is claim_rows(loaded)
    assert supports_of(loaded.incident) is supports_of(loaded.incident)
    assert data_notes(loaded) is data_notes(loaded)
    assert [model.event_at(r).id for r in range(2)] == [
        "daesh-seizes-town-2015",
        "christians-flee-2015",
    ]
