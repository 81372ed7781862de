"""Filtering: every typed word in a row's text, and the tab's own test, in one pass per key."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from factsheet.loading import LoadedIncident, read_incident
from factsheet.ui.actors_tab import ActorTableModel
from factsheet.ui.filter_proxy import WordFilterProxy, words_of
from factsheet.ui.row_table_model import ID_ROLE
from factsheet.views import IncidentViews


@pytest.fixture
def proxy(qapp: QApplication, sample_loaded: LoadedIncident) -> WordFilterProxy:
    model = ActorTableModel()
    model.set_table(IncidentViews(sample_loaded).actors)
    proxy = WordFilterProxy()
    proxy.set_rows_model(model)
    model.setParent(proxy)
    return proxy


def _ids(proxy: WordFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def test_words_are_case_blind_and_split_on_spaces() -> None:
    assert words_of("  ISIS   Daesh ") == ["isis", "daesh"]
    assert words_of("") == []


def test_every_word_must_be_in_the_row(proxy: WordFilterProxy) -> None:
    proxy.set_filter("isis", None)
    assert _ids(proxy) == ["daesh"]
    proxy.set_filter("rami", None)
    assert _ids(proxy) == ["rami-abdurrahman"]
    proxy.set_filter("OBSERVATORY britain", None)  # an alias and a word of the description
    assert _ids(proxy) == ["sohr"]
    proxy.set_filter("", None)
    assert proxy.rowCount() == proxy.sourceModel().rowCount()


def test_the_tab_s_own_test_runs_with_the_words(proxy: WordFilterProxy) -> None:
    model: Any = proxy.sourceModel()
    rows, haystacks = model.table.rows, model.haystacks()
    proxy.set_filter("syrian", lambda row: row % 2 == 0)
    expected = [
        row.item_id for n, row in enumerate(rows) if n % 2 == 0 and "syrian" in haystacks[n]
    ]
    assert _ids(proxy) == expected
    assert 0 < len(expected) < len(rows)
    proxy.set_filter("", None)
    assert "daesh" in _ids(proxy)


def test_a_reset_of_the_model_refilters(
    proxy: WordFilterProxy, tmp_path: Path, sample_path: Path
) -> None:
    proxy.set_filter("rossiya", None)
    assert _ids(proxy) == []
    text = sample_path.read_text(encoding="utf-8").replace("name: Russia", "name: Rossiya")
    changed = tmp_path / "changed.yaml"
    changed.write_text(text, encoding="utf-8")
    model: Any = proxy.sourceModel()
    model.set_table(IncidentViews(read_incident(changed)).actors)
    assert "russia" in _ids(proxy)  # the words stay and now match the renamed actor


def test_sorting_uses_the_sort_role(proxy: WordFilterProxy) -> None:
    from PySide6.QtCore import Qt

    from factsheet.views.actors import EVENTS

    proxy.sort(EVENTS, Qt.SortOrder.DescendingOrder)
    assert _ids(proxy)[0] == "daesh"  # 7 events: numbers, not text ("7" < "10" as text)


@pytest.fixture
def timeline(qapp: QApplication, sample_loaded: LoadedIncident) -> WordFilterProxy:
    from factsheet.ui.timeline_tab import TimelineModel

    model = TimelineModel()
    model.set_table(IncidentViews(sample_loaded).timeline.table)
    proxy = WordFilterProxy()
    proxy.set_rows_model(model)
    model.setParent(proxy)
    return proxy


#: The sample's events whose date (or an alternative date) covers 21 October 2017: those of
#: that day and the spans over it ("21 September – 23 October"); not those "by 23 October"
#: (../2017-10-23), whose open start is not stretched back (views/search_words.py).
ON_21_OCTOBER = {
    "russia-accuses-us",  # 2017-09-21/2017-10-21
    "sleeper-cells-blamed",  # 2017-09-21/2017-10-23
    "killings-during-retreat",  # 2017-10-21~
    "regime-retakes-town-2017",  # 2017-10-21
    "scmm-declares-security",  # 2017-10-21
    "killings-by-pro-regime-forces",  # 2017-10-21/2017-10-23
}


@pytest.mark.parametrize(
    "typed",
    [
        "2017-10-21",
        "21 October 2017",
        "October 21, 2017",
        '"21 october 2017"',
        "٢١ تشرين الأول ٢٠١٧",
    ],
)
def test_a_typed_day_finds_the_events_whose_dates_cover_it(
    timeline: WordFilterProxy, typed: str
) -> None:
    timeline.set_filter(typed, None)
    assert set(_ids(timeline)) == ON_21_OCTOBER
    assert len(_ids(timeline)) == len(ON_21_OCTOBER)


def test_an_alternative_date_is_searched_too(timeline: WordFilterProxy) -> None:
    # regime-retakes-town-2017 is dated the 21st, and 21–22 October by another source.
    timeline.set_filter("2017-10-22", None)
    assert set(_ids(timeline)) == {
        "sleeper-cells-blamed",
        "regime-retakes-town-2017",
        "killings-by-pro-regime-forces",
        "news-of-find-emerges",
    }


def test_a_typed_month_or_year_finds_the_events_that_share_a_day_with_it(
    timeline: WordFilterProxy,
) -> None:
    timeline.set_filter("2015", None)
    assert set(_ids(timeline)) == {"daesh-seizes-town-2015", "christians-flee-2015"}
    timeline.set_filter("August 2015", None)
    assert set(_ids(timeline)) == {"daesh-seizes-town-2015", "christians-flee-2015"}
    timeline.set_filter("2016-04", None)
    assert set(_ids(timeline)) == {"regime-retakes-town-2016"}
    timeline.set_filter("2017-09", None)
    assert set(_ids(timeline)) == {
        "daesh-recaptures-town-2017",
        "russia-accuses-us",
        "sleeper-cells-blamed",
    }
    timeline.set_filter("../2017-10-23", None)  # not a date typed but text: as before
    assert set(_ids(timeline)) == {"sohr-documents-128", "pcc-publishes-names"}


def test_a_date_in_words_is_a_phrase_that_starts_a_word(timeline: WordFilterProxy) -> None:
    # Every word of "1 October 2017" is in the events of 21 October and in "21 September –
    # 21 October": none of them is dated the 1st, but the spans over it are.
    timeline.set_filter("1 October 2017", None)
    assert set(_ids(timeline)) == {"russia-accuses-us", "sleeper-cells-blamed"}
    timeline.set_filter("30 October 2017", None)  # after every event
    assert _ids(timeline) == []


def test_a_date_and_words_must_both_match(timeline: WordFilterProxy) -> None:
    timeline.set_filter("killings 21 October 2017", None)
    assert set(_ids(timeline)) == {"killings-during-retreat", "killings-by-pro-regime-forces"}
    timeline.set_filter("2017-10-21 nothing-like-this", None)
    assert _ids(timeline) == []


def test_words_that_are_no_date_match_as_text(timeline: WordFilterProxy) -> None:
    model: Any = timeline.sourceModel()
    haystacks = model.haystacks()
    for typed in ("october", "21", "town", "21/10/2017"):
        timeline.set_filter(typed, None)
        expected = [row.item_id for n, row in enumerate(model.table.rows) if typed in haystacks[n]]
        assert _ids(timeline) == expected, typed
    timeline.set_filter("1999", None)  # a year no event touches, in no text either
    assert _ids(timeline) == []


def test_typed_dates_follow_a_sort_and_a_reset(  # type: ignore[no-untyped-def]
    qtmodeltester, timeline: WordFilterProxy, sample_loaded: LoadedIncident
) -> None:
    from PySide6.QtCore import Qt

    from factsheet.views.timeline import DATE

    model: Any = timeline.sourceModel()
    model.sort(DATE, Qt.SortOrder.DescendingOrder)  # the model's own rows move
    timeline.set_filter("2017-10-21", None)
    assert set(_ids(timeline)) == ON_21_OCTOBER
    qtmodeltester.check(timeline, force_py=True)
    model.set_table(IncidentViews(sample_loaded).timeline.table)
    assert set(_ids(timeline)) == ON_21_OCTOBER
    qtmodeltester.check(model, force_py=True)
