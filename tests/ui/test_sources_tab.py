"""The Sources tab on the sample: numbered sources, what each supports, filter, addresses."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from factsheet.loading import LoadedIncident, read_incident
from factsheet.ui import dialogs
from factsheet.ui.sources_tab import SourcesTab, SourceTableModel
from factsheet.views import views_of
from factsheet.views.sources import CONSULTED, NUMBER, PUBLISHER, RELAYS, SUPPORTS


@pytest.fixture
def sample(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


@pytest.fixture
def tab(qtbot: Any, sample: LoadedIncident) -> SourcesTab:
    widget = SourcesTab()
    qtbot.addWidget(widget)
    widget.set_incident(sample)
    return widget


def column(tab: SourcesTab, number: int) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: Any, sample: LoadedIncident) -> None:
    model = SourceTableModel()
    qtmodeltester.check(model)
    model.set_table(views_of(sample).sources)
    qtmodeltester.check(model)


def test_proxy_passes_the_model_tester(qtmodeltester: Any, tab: SourcesTab) -> None:
    qtmodeltester.check(tab.proxy)
    tab.filter_edit.setText("sohr")
    qtmodeltester.check(tab.proxy)


def test_every_source_numbered_as_printed(tab: SourcesTab, sample: LoadedIncident) -> None:
    assert column(tab, NUMBER) == [f"[{n}]" for n in range(1, len(sample.incident.sources) + 1)]
    assert column(tab, PUBLISHER)[:2] == ["TRT World", "TRT World"]
    consulted = column(tab, CONSULTED)
    assert consulted[0] == "yes"
    assert consulted[1] == "no, relayed"
    assert tab.count_label.text() == f"{len(sample.incident.sources)} sources"
    # The file lists what TRT World relays as 4, 5, 3, 6, 7, 8; readers look them up in order.
    assert column(tab, RELAYS)[0] == "[3], [4], [5], [6], [7], [8]"


def test_what_a_source_supports(tab: SourcesTab) -> None:
    supports = dict(zip(column(tab, PUBLISHER), column(tab, SUPPORTS), strict=False))
    assert supports["Syrian Observatory for Human Rights"] == "3 events, 2 claims"
    assert tab.select_item("source", "sohr-statement")
    html = tab.detail.toHtml()
    for link in (
        "claim:sohr-128-documented",
        "claim:sohr-12-by-pro-regime-forces",
        "event:sohr-documents-128",
        "event:killings-during-retreat",  # an alternative date cites it
        "source:trt-2017-10-23",  # relayed by
        "actor:sohr",
    ):
        assert f'href="{link}"' in html
    assert "Known only through TRT World." in tab.detail.toPlainText()


def test_links_in_the_detail_pane_leave_the_tab(qtbot: Any, tab: SourcesTab) -> None:
    tab.select_item("source", "pcc-publication")
    with qtbot.waitSignal(tab.link_activated) as blocker:
        tab.detail.anchorClicked.emit(QUrl("claim:pcc-67-named"))
    assert blocker.args == ["claim", "pcc-67-named"]


def test_filter_and_select_through_it(tab: SourcesTab, sample: LoadedIncident) -> None:
    tab.filter_edit.setText("activist")
    assert column(tab, PUBLISHER) == ["Activists (unnamed)", "Palmyra Coordination Committee"]
    assert tab.count_label.text() == f"2 of {len(sample.incident.sources)} sources"
    # Selecting a source the filter hides clears the filter rather than failing.
    assert tab.select_item("source", "russia-accusation")
    assert tab.filter_edit.text() == ""
    selected = tab.selected_source()
    assert selected is not None
    assert selected.id == "russia-accusation"
    assert not tab.select_item("claim", "pcc-67-named")
    assert not tab.select_item("source", "nope")


def test_sorting_by_publisher(tab: SourcesTab) -> None:
    tab.table.sortByColumn(PUBLISHER, Qt.SortOrder.DescendingOrder)
    publishers = column(tab, PUBLISHER)
    assert publishers == sorted(publishers, key=str.casefold, reverse=True)


def _with_address(sample: LoadedIncident, url: str) -> LoadedIncident:
    first = sample.incident.sources[0].model_copy(update={"url": url})
    incident = sample.incident.model_copy(update={"sources": (first, *sample.incident.sources[1:])})
    return LoadedIncident(incident, sample.path, sample.sha256, sample.size, sample.warnings)


@pytest.mark.parametrize("agreed", [True, False])
def test_an_address_opens_only_after_the_user_sees_it(
    tab: SourcesTab, sample: LoadedIncident, monkeypatch: pytest.MonkeyPatch, agreed: bool
) -> None:
    url = "https://www.trtworld.com/mea/bodies-of-80-civilians"
    tab.set_incident(_with_address(sample, url))
    shown: list[str] = []
    opened: list[str] = []

    def confirm(parent: object, address: str) -> bool:
        shown.append(address)
        return agreed

    monkeypatch.setattr(dialogs, "confirm_open_url", confirm)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: opened.append(u.toString()))
    tab.select_item("source", "trt-2017-10-23")
    assert f'href="{url}"' in tab.detail.toHtml()
    assert opened == []  # showing a source opens nothing
    tab.detail.anchorClicked.emit(QUrl(url))
    assert shown == [url]
    assert opened == ([url] if agreed else [])
