"""The five tabs: each built when first needed, filled one per event-loop turn, links routed."""

from typing import Any

from pytestqt.qtbot import QtBot

from factsheet.loading import LoadedIncident
from factsheet.ui.incident_tabs import SOURCES, TAB_OF_KIND, TIMELINE, TITLES, IncidentTabs
from factsheet.views.links import LINK_KINDS


def _built(tabs: IncidentTabs) -> list[bool]:
    return [page.tab is not None for page in tabs._pages]


def test_every_link_kind_has_a_tab() -> None:
    assert set(TAB_OF_KIND) == set(LINK_KINDS)
    assert TITLES[TAB_OF_KIND["source"]] == "&Sources"


def test_only_the_tab_on_screen_is_built_before_the_first_paint(qtbot: QtBot) -> None:
    tabs = IncidentTabs()
    qtbot.addWidget(tabs)
    assert _built(tabs) == [False] * 5
    assert [tabs.tabText(i) for i in range(tabs.count())] == list(TITLES)
    tabs.setCurrentIndex(TIMELINE)
    tabs.show()
    assert _built(tabs) == [False, True, False, False, False]


def test_an_incident_fills_the_current_tab_now_and_the_rest_in_turns(
    qtbot: QtBot, sample_loaded: LoadedIncident
) -> None:
    tabs = IncidentTabs()
    qtbot.addWidget(tabs)
    tabs.show()
    tabs.set_incident(sample_loaded)
    assert tabs.updating
    assert tabs.overview_tab.text()  # the Overview, on screen, is filled at once
    qtbot.waitUntil(lambda: not tabs.updating)
    assert _built(tabs) == [True] * 5
    assert tabs.sources_tab.model.rowCount() == len(sample_loaded.incident.sources)


def test_a_link_shows_the_item_in_its_tab(qtbot: QtBot, sample_loaded: LoadedIncident) -> None:
    tabs = IncidentTabs()
    qtbot.addWidget(tabs)
    tabs.set_incident(sample_loaded)
    missing: list[Any] = []
    tabs.missing_item.connect(lambda *args: missing.append(args))
    assert tabs.show_item("source", "sohr-statement")
    assert tabs.currentIndex() == SOURCES
    assert tabs.current_tab() is tabs.sources_tab
    selected = tabs.sources_tab.selected_source()
    assert selected is not None
    assert selected.id == "sohr-statement"
    assert not tabs.show_item("claim", "no-such-claim")
    assert missing == [("claim", "no-such-claim")]
    assert tabs.currentIndex() == SOURCES  # a missing item leaves the tab where it was
    # A link clicked inside a tab reaches the window's routing.
    tabs.claims_tab.link_activated.emit("actor", "daesh")
    assert tabs.current_tab() is tabs.actors_tab
