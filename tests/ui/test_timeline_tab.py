"""The Timeline tab on the sample: order, dates in words, certainty, filters, links, scale."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from factsheet.loading.loader import LoadedIncident, read_incident
from factsheet.model.chronology import chronological_key
from factsheet.model.dates import parse_edtf
from factsheet.ui.row_table_model import ID_ROLE
from factsheet.ui.timeline_tab import TimelineTab
from factsheet.views.timeline import DATE, HEADERS, OTHER_DATES, certainty_words


@pytest.fixture
def loaded(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


@pytest.fixture
def tab(qtbot: QtBot, loaded: LoadedIncident) -> TimelineTab:
    widget = TimelineTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_incident(loaded)
    return widget


def shown(tab: TimelineTab, column: int) -> list[str]:
    return [str(tab.proxy.index(r, column).data()) for r in range(tab.proxy.rowCount())]


def shown_ids(tab: TimelineTab) -> list[str]:
    return [str(tab.proxy.index(r, 0).data(ID_ROLE)) for r in range(tab.proxy.rowCount())]


def cell(tab: TimelineTab, event_id: str, column: int) -> str:
    return shown(tab, column)[shown_ids(tab).index(event_id)]


def test_models_pass_the_model_tester(qtmodeltester, tab: TimelineTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model, force_py=True)
    tab.filter_edit.setText("town")
    qtmodeltester.check(tab.proxy, force_py=True)


def test_events_run_from_august_2015_to_23_october_2017(
    tab: TimelineTab, loaded: LoadedIncident
) -> None:
    dates = shown(tab, DATE)
    assert dates[0] == "August 2015\nmonth only"
    assert dates[-1] == "23 October 2017"
    assert len(dates) == len(loaded.incident.timeline)
    events = {e.id: e for e in loaded.incident.timeline}
    keys = [chronological_key(events[i].date) for i in shown_ids(tab)]
    assert keys == sorted(keys)
    ids = shown_ids(tab)
    # "By 23 October 2017" sits with 23 October, not before August 2015.
    assert ids.index("sohr-documents-128") > ids.index("news-of-find-emerges")
    assert ids.index("daesh-recaptures-town-2017") < ids.index("regime-retakes-town-2017")


def test_dates_in_words_with_certainty_and_the_source_s_words(tab: TimelineTab) -> None:
    # How well the date is known is folded into the date's cell (issue 13), under the date.
    assert cell(tab, "killings-during-retreat", DATE) == "about 21 October 2017\nday, ~ approximate"
    assert cell(tab, "daesh-recaptures-town-2017", DATE) == "late September 2017\n↔ span"
    assert cell(tab, "daesh-seizes-town-2015", DATE) == "August 2015\nmonth only"
    assert cell(tab, "news-of-find-emerges", DATE) == "22 October 2017"  # to the day
    assert cell(tab, "sohr-documents-128", DATE).endswith("↔ span, open start")
    # The source's own words for the date: in the date's tooltip and the detail pane.
    row = tab.proxy.index(shown_ids(tab).index("news-of-find-emerges"), DATE)
    assert "In the source's words: “late on Sunday”" in row.data(Qt.ItemDataRole.ToolTipRole)
    assert "Certainty" not in HEADERS


def test_alternative_dates_stand_next_to_the_date(tab: TimelineTab) -> None:
    other = cell(tab, "killings-during-retreat", OTHER_DATES)
    assert other.startswith("by 21 October 2017")
    assert "during the last days of Daesh's control" in other
    assert "[4] SOHR" in other
    assert cell(tab, "news-of-find-emerges", OTHER_DATES) == ""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2017-10-21?", "day, ? uncertain"),
        ("2017-10%", "month only, ~ approximate, ? uncertain"),
        ("2017-10-21/..", "↔ span, open end"),
    ],
)
def test_certainty_words(text: str, words: str) -> None:
    assert certainty_words(parse_edtf(text)) == words


def test_text_filter_and_actor_filter(tab: TimelineTab) -> None:
    QTest.keyClicks(tab.filter_edit, "sleeper")
    assert shown_ids(tab) == ["sleeper-cells-blamed"]
    tab.filter_edit.setText("ISIL")  # an alias: events with Daesh among their actors
    assert "daesh-seizes-town-2015" in shown_ids(tab)
    assert "scmm-declares-security" not in shown_ids(tab)
    tab.filter_edit.clear()
    tab.actor_combo.setCurrentIndex(tab.actor_combo.findText("Russia"))
    assert shown_ids(tab) == ["regime-retakes-town-2016", "russia-accuses-us"]
    assert tab.count_label.text() == "2 of 15 events"
    tab.filter_edit.setText("accused")
    assert shown_ids(tab) == ["russia-accuses-us"]


def test_detail_pane_links_to_actors_and_sources(qtbot: QtBot, tab: TimelineTab) -> None:
    assert tab.select_item("event", "regime-retakes-town-2017")
    text = tab.detail.toPlainText()
    assert "over the weekend" in text
    assert "Pro-regime forces (participant)" in text
    html = tab.detail.toHtml()
    assert 'href="actor:pro-regime-forces"' in html
    assert 'href="source:trt-2017-10-23"' in html
    with qtbot.waitSignal(tab.link_activated) as blocker:
        tab.detail.anchorClicked.emit(QUrl("actor:daesh"))
    assert blocker.args == ["actor", "daesh"]


def test_select_item(tab: TimelineTab) -> None:
    tab.actor_combo.setCurrentIndex(tab.actor_combo.findText("Russia"))
    assert tab.select_item("event", "no-regime-comment")
    assert tab.actor_combo.currentIndex() == 0
    assert tab.table.currentIndex().data(ID_ROLE) == "no-regime-comment"
    assert not tab.select_item("event", "missing")
    assert not tab.select_item("claim", "pcc-67-named")


def test_show_actor_filters_to_its_events(tab: TimelineTab) -> None:
    assert tab.show_actor("scmm")
    assert shown_ids(tab) == ["scmm-declares-security"]
    assert not tab.show_actor("trt-world")  # a publisher, in no event


@pytest.mark.slow
def test_twenty_thousand_events_filter_correctly(qtbot: QtBot, loaded: LoadedIncident) -> None:
    incident = loaded.incident
    base = incident.timeline
    events = tuple(
        base[i % len(base)].model_copy(update={"id": f"event-{i}"}) for i in range(20_000)
    )
    data = incident.model_dump()
    data["timeline"] = [e.model_dump() for e in events]
    big = type(incident).model_validate(data)
    tab = TimelineTab()
    qtbot.addWidget(tab)
    tab.set_incident(LoadedIncident(big, loaded.path, loaded.sha256, loaded.size, ()))
    assert tab.proxy.rowCount() == 20_000
    tab.filter_edit.setText("sleeper")
    assert tab.proxy.rowCount() == sum(1 for e in events if "sleeper" in e.text)
    tab.filter_edit.setText("")
    tab.actor_combo.setCurrentIndex(tab.actor_combo.findText("Russia"))
    with_russia = sum(1 for e in events if any(r.actor == "russia" for r in e.actors))
    assert tab.proxy.rowCount() == with_russia
    assert tab.select_item("event", "event-19999")


def test_the_filter_finds_what_people_type(tab: TimelineTab) -> None:
    # Issue 13: "Al-Qaryatain" (an other name of the incident's town) and a date as the file
    # writes it found nothing; typed words are folded as the rows are.
    QTest.keyClicks(tab.filter_edit, "Al-Qaryatain")
    assert tab.count_label.text() == "15 events"
    tab.filter_edit.setText("2017-10-21 retreated")
    assert shown_ids(tab) == ["killings-during-retreat"]
    tab.filter_edit.setText("القريتين")
    assert tab.proxy.rowCount() == 15
    tab.filter_edit.setText('"21 october 2017"')  # a quoted phrase stays whole
    assert "scmm-declares-security" in shown_ids(tab)
