"""The Casualty claims tab on the sample: figures with claimants, sorting, filters, links."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from factsheet.loading.loader import LoadedIncident, read_incident
from factsheet.ui.claims_tab import ClaimsTab
from factsheet.ui.language import InterfaceTranslators
from factsheet.ui.row_table_model import ID_ROLE, plain_rich_text
from factsheet.views.chart import chart_rows
from factsheet.views.claims import (
    BASIS,
    CLAIMANT,
    FIGURE,
    INDEPENDENCE,
    LINKED,
    NUMBER,
    PUBLISHED_IN,
)

# The offscreen platform warns when a shown window's size constraints change and when a
# tooltip window is raised; both are artefacts of the headless platform.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def loaded(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


@pytest.fixture
def tab(qtbot: QtBot, loaded: LoadedIncident) -> ClaimsTab:
    widget = ClaimsTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_incident(loaded)
    return widget


def shown(tab: ClaimsTab, column: int) -> list[str]:
    proxy = tab.proxy
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def shown_ids(tab: ClaimsTab) -> list[str]:
    proxy = tab.proxy
    return [str(proxy.index(r, 0).data(ID_ROLE)) for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, tab: ClaimsTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model, force_py=True)
    tab.filter_edit.setText("daesh")
    qtmodeltester.check(tab.proxy, force_py=True)


def test_the_five_seed_figures_appear_with_their_claimants(tab: ClaimsTab) -> None:
    rows = set(zip(shown(tab, CLAIMANT), shown(tab, FIGURE), strict=True))
    assert ("Activists (unnamed)", "at least 80") in rows
    assert ("TRT World", "at least 35") in rows
    assert ("Syrian Observatory for Human Rights", "at least 128") in rows
    assert ("Palmyra Coordination Committee", "67") in rows
    assert ("Syrian Observatory for Human Rights", "at least 12") in rows
    # The uncounted bodies in the streets are a claim without a figure, not a zero.
    assert ("Palmyra Coordination Committee", "unquantified") in rows
    assert tab.count_label.text() == "8 claims"


def test_figure_and_basis_tooltips_define_the_words(tab: ClaimsTab) -> None:
    row = tab.model.row_of("sohr-128-documented")
    figure = tab.model.index(row, FIGURE).data(Qt.ItemDataRole.ToolTipRole)
    assert figure == plain_rich_text("at least 128: A floor: the true figure may be higher.")
    basis = tab.model.index(row, BASIS).data(Qt.ItemDataRole.ToolTipRole)
    assert basis == plain_rich_text(
        "documented deaths: Deaths the claimant says it recorded case by case."
    )


def test_published_in_gives_the_sheet_s_source_numbers(tab: ClaimsTab) -> None:
    row = shown_ids(tab).index("sohr-128-documented")
    assert shown(tab, PUBLISHED_IN)[row] == "[1] TRT World, [4] SOHR"


def test_sorting_by_figure_is_numeric(tab: ClaimsTab) -> None:
    tab.table.sortByColumn(FIGURE, Qt.SortOrder.DescendingOrder)
    figures = shown(tab, FIGURE)
    # Text order would put "at least 80" above "at least 128"; numbers do not.
    assert figures[:3] == ["at least 128", "at least 80", "67"]
    assert figures[-2:] == ["unquantified", "unquantified"]
    tab.table.sortByColumn(FIGURE, Qt.SortOrder.AscendingOrder)
    assert shown(tab, FIGURE)[2] == "at least 12"


def test_text_filter_matches_aliases_of_the_perpetrator(tab: ClaimsTab) -> None:
    QTest.keyClicks(tab.filter_edit, "ISIS")
    assert set(shown_ids(tab)) == {
        "activists-80-bodies",
        "activists-street-shootings",
        "sohr-128-documented",
        "pcc-67-named",
    }
    assert tab.count_label.text() == "4 of 8 claims"
    tab.filter_edit.setText("names listed 67")
    assert shown_ids(tab) == ["pcc-67-named"]
    tab.filter_edit.clear()
    assert len(shown_ids(tab)) == 8


def test_perpetrator_filter(tab: ClaimsTab) -> None:
    combo = tab.perpetrator_combo
    combo.setCurrentIndex(combo.findText("Pro-regime forces"))
    assert set(shown_ids(tab)) == {"pcc-bodies-in-streets", "sohr-12-by-pro-regime-forces"}
    combo.setCurrentIndex(combo.findText("none named"))
    assert set(shown_ids(tab)) == {"trt-35-in-shaft", "pcc-35-in-shaft"}
    # Only killings in the sample: an outcome choice would offer nothing to choose.
    assert tab.outcome_combo.isHidden()


def test_subsets_are_linked_both_ways(tab: ClaimsTab) -> None:
    linked = dict(zip(shown_ids(tab), shown(tab, LINKED), strict=True))
    assert linked["trt-35-in-shaft"] == "part of Activists (unnamed): at least 80"
    assert "includes TRT World: at least 35" in linked["activists-80-bodies"]
    assert "includes Palmyra Coordination Committee: at least 35" in linked["activists-80-bodies"]


def test_double_click_on_a_subset_link_selects_the_parent_claim(tab: ClaimsTab) -> None:
    row = shown_ids(tab).index("trt-35-in-shaft")
    # The view's own signal: QTest's synthetic double click does not reach it offscreen.
    # The tab asks for the claim as a link does (the window routes it; Back sees it).
    tab.link_activated.connect(tab.select_item)
    tab.table.doubleClicked.emit(tab.proxy.index(row, LINKED))
    current = tab.table.currentIndex()
    assert current.data(ID_ROLE) == "activists-80-bodies"
    assert "at least 80 killed" in tab.detail.toPlainText()
    # Elsewhere in the row a double click does not jump.
    tab.table.doubleClicked.emit(tab.proxy.index(row, FIGURE))
    assert tab.table.currentIndex().data(ID_ROLE) == "activists-80-bodies"


def test_inconsistencies_are_flagged_with_the_message(
    tab: ClaimsTab, warned_loaded: LoadedIncident
) -> None:
    tab.set_incident(warned_loaded)
    model = tab.model
    flagged = model.index(model.row_of("trt-35-in-shaft"), CLAIMANT)
    clean = model.index(model.row_of("sohr-128-documented"), CLAIMANT)
    assert flagged.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "has no claimed_on date" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert clean.data(Qt.ItemDataRole.DecorationRole) is None
    tab.select_item("claim", "trt-35-in-shaft")
    assert "has no claimed_on date" in tab.detail.toPlainText()


def test_a_claimant_s_own_count_is_shown_on_the_claim_not_flagged(tab: ClaimsTab) -> None:
    model = tab.model
    own = model.index(model.row_of("trt-35-in-shaft"), CLAIMANT)
    assert own.data(Qt.ItemDataRole.DecorationRole) is None
    independence = dict(zip(shown_ids(tab), shown(tab, INDEPENDENCE), strict=True))
    assert independence["trt-35-in-shaft"] == (
        "via [1], published by the claimant — no independent source"
    )
    relayed = "via [1] ← [4]; [4] not consulted directly — no independent source"
    assert independence["sohr-128-documented"] == relayed
    tab.select_item("claim", "sohr-128-documented")
    assert f"Independence\n{relayed}" in tab.detail.toPlainText()


def test_claims_carry_the_sheet_s_numbers_and_sort_by_them(tab: ClaimsTab) -> None:
    numbers = dict(zip(shown_ids(tab), shown(tab, NUMBER), strict=True))
    assert numbers["activists-80-bodies"] == "C1"
    assert numbers["sohr-12-by-pro-regime-forces"] == "C8"
    tab.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
    assert shown(tab, NUMBER) == [f"C{n}" for n in range(1, 9)]


def _chart_claims(tab: ClaimsTab) -> list[str]:
    return [row.claim.id for row in tab.chart.rows if row.claim]


def test_the_chart_follows_the_filters_and_says_so(tab: ClaimsTab) -> None:
    everything = _chart_claims(tab)
    assert len(everything) == 8
    assert not any(row.is_note for row in tab.chart.rows)
    whole = tab.chart.chart_layout()
    assert whole is not None
    combo = tab.perpetrator_combo
    combo.setCurrentIndex(combo.findData("pro-regime-forces"))
    layout = tab.chart.chart_layout()
    assert layout is not None
    # The same axis as the whole chart's: the 12 is not stretched across the width.
    assert (layout.top_value, layout.step) == (whole.top_value, whole.step)
    assert layout.top_value >= 128
    drawn = [row for row, _ in layout.rows]
    assert drawn[0].text == "Showing 2 of 8 claims: the filters above the table hide the rest."
    assert [r.claim.id for r in drawn if r.claim] == [
        "pcc-bodies-in-streets",
        "sohr-12-by-pro-regime-forces",
    ]
    tab.filter_edit.setText("no claim says this")
    assert _chart_claims(tab) == []
    assert tab.chart.rows[0].text.startswith("Showing 0 of 8 claims")
    tab.clear_filters()
    assert _chart_claims(tab) == everything


def test_the_chart_numbers_its_rows_as_the_table_does(tab: ClaimsTab) -> None:
    layout = tab.chart.chart_layout()
    assert layout is not None
    assert layout.numbers["activists-80-bodies"] == "C1"
    assert layout.number_width > 0


def test_the_detail_pane_clears_when_the_filter_hides_its_claim(tab: ClaimsTab) -> None:
    assert tab.select_item("claim", "sohr-128-documented")
    assert "at least 128" in tab.detail.toPlainText()
    highlighted = [tab.chart.highlighted]
    tab.filter_edit.setText("Palmyra")
    highlighted.append(tab.chart.highlighted)
    assert highlighted == ["sohr-128-documented", None]
    assert tab.detail.toPlainText() == ""
    tab.filter_edit.setText("")
    assert tab.detail.toPlainText() == ""  # nothing is selected again by itself


def test_detail_pane_shows_the_claim_in_full(tab: ClaimsTab) -> None:
    assert tab.select_item("claim", "sohr-128-documented")
    text = tab.detail.toPlainText()
    assert "had documented the killings of at least 128 people" in text
    assert "Daesh (implied)" in text
    assert "[4] Syrian Observatory for Human Rights" in text
    html = tab.detail.toHtml()
    assert 'href="actor:daesh"' in html
    assert 'href="source:sohr-statement"' in html


def test_links_to_other_tabs_are_emitted(qtbot: QtBot, tab: ClaimsTab) -> None:
    tab.select_item("claim", "activists-80-bodies")
    with qtbot.waitSignal(tab.link_activated) as blocker:
        tab.detail.anchorClicked.emit(QUrl("actor:daesh"))
    assert blocker.args == ["actor", "daesh"]
    # A link to another claim is routed by the window too, so that Back sees it.
    with qtbot.waitSignal(tab.link_activated) as blocker:
        tab.detail.anchorClicked.emit(QUrl("claim:trt-35-in-shaft"))
    assert blocker.args == ["claim", "trt-35-in-shaft"]


def test_select_item_clears_a_filter_that_hides_the_claim(tab: ClaimsTab) -> None:
    tab.filter_edit.setText("Palmyra")
    assert "sohr-12-by-pro-regime-forces" not in shown_ids(tab)
    assert tab.select_item("claim", "sohr-12-by-pro-regime-forces")
    assert tab.filter_edit.text() == ""
    assert tab.table.currentIndex().data(ID_ROLE) == "sohr-12-by-pro-regime-forces"
    assert not tab.select_item("claim", "no-such-claim")
    assert not tab.select_item("actor", "daesh")


def test_clicking_a_chart_row_selects_its_claim(tab: ClaimsTab) -> None:
    tab.show()
    chart = tab.chart.chart_layout()
    assert chart is not None
    rect = next(r for row, r in chart.rows if row.claim and row.claim.id == "pcc-67-named")
    QTest.mouseClick(
        tab.chart,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.center().x()), int(rect.center().y())),
    )
    assert tab.table.currentIndex().data(ID_ROLE) == "pcc-67-named"


def test_focus_filter_puts_the_cursor_in_the_filter(qtbot: QtBot, tab: ClaimsTab) -> None:
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.focus_filter()
    qtbot.waitUntil(tab.filter_edit.hasFocus)


def test_reloading_keeps_the_filter(tab: ClaimsTab, loaded: LoadedIncident) -> None:
    tab.filter_edit.setText("SOHR")
    tab.set_incident(loaded)
    assert tab.filter_edit.text() == "SOHR"
    assert set(shown(tab, CLAIMANT)) == {"Syrian Observatory for Human Rights"}


def test_chart_rows_have_tooltips_and_the_chart_an_accessible_text(tab: ClaimsTab) -> None:
    tab.show()
    chart = tab.chart.chart_layout()
    assert chart is not None
    rect = next(r for row, r in chart.rows if row.claim and row.claim.id == "sohr-128-documented")
    centre = QPoint(int(rect.center().x()), int(rect.center().y()))
    event = QHelpEvent(QEvent.Type.ToolTip, centre, tab.chart.mapToGlobal(centre))
    QApplication.sendEvent(tab.chart, event)
    assert QToolTip.text() == plain_rich_text(
        "Syrian Observatory for Human Rights: at least 128 people killed (documented deaths); "
        "via [1] ← [4]; [4] not consulted directly — no independent source"
    )
    QToolTip.hideText()
    assert tab.chart.accessibleName() == "Casualty claims range chart"
    description = tab.chart.accessibleDescription()
    assert "Palmyra Coordination Committee: 67 civilians killed (names listed)" in description


def test_an_incident_without_claims_shows_an_empty_table_and_says_so(
    tab: ClaimsTab, loaded: LoadedIncident
) -> None:
    data = loaded.incident.model_dump()
    data["claims"] = []
    empty = type(loaded.incident).model_validate(data)
    tab.set_incident(LoadedIncident(empty, loaded.path, loaded.sha256, loaded.size, ()))
    assert tab.proxy.rowCount() == 0
    assert tab.count_label.text() == "0 claims"
    assert chart_rows(empty) == []
    assert tab.chart.accessibleDescription() == "No casualty figures in this file."
    assert tab.perpetrator_combo.count() == 1
    tab.show()
    tab.chart.repaint()


def test_the_selected_claim_stays_selected_while_the_filter_keeps_it(tab: ClaimsTab) -> None:
    tab.select_item("claim", "sohr-128-documented")
    tab.filter_edit.setText("documented")
    assert tab.table.currentIndex().data(ID_ROLE) == "sohr-128-documented"
    tab.filter_edit.setText("documented deaths daesh")
    assert tab.table.currentIndex().data(ID_ROLE) == "sohr-128-documented"


def test_the_chart_runs_right_to_left_in_the_arabic_window(
    qtbot: QtBot, translators: InterfaceTranslators, sample_path: Path
) -> None:
    translators.apply("ar", "western")
    widget = ClaimsTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_incident(read_incident(sample_path))
    chart = widget.chart.chart_layout()
    assert chart is not None
    assert chart.mirrored  # as the printed Arabic sheet's chart
    assert chart.x_of(0) > chart.x_of(100)
    for row, rect in chart.rows:
        if row.claim is not None:
            start, width = chart.label_span(row)
            assert chart.visual_rect(start, width, rect).left() > chart.x_of(0)
    # A click on a row still selects its claim: rows span the whole width either way.
    sohr = next(r for row, r in chart.rows if row.claim and row.claim.id == "sohr-128-documented")
    with qtbot.waitSignal(widget.chart.claim_clicked) as clicked:
        QTest.mouseClick(widget.chart, Qt.MouseButton.LeftButton, pos=sohr.center().toPoint())
    assert clicked.args == ["sohr-128-documented"]


def caveat_in_view(tab: ClaimsTab) -> bool:
    """Can the user read 'figures are not added together' without scrolling the chart?"""
    scroll = tab._chart_scroll
    whole_chart = scroll.verticalScrollBar().maximum() == 0
    # Drawn by the chart at its foot; the chart shown whole shows it.
    if whole_chart and scroll.viewport().height() >= tab.chart.height():
        return True
    caveat = tab.chart_caveat
    return caveat.isVisible() and "figures are not added together" in caveat.text()


@pytest.mark.parametrize("size", [(1024, 560), (1400, 770), (1900, 1000)])
def test_the_caveat_is_in_view_whenever_the_chart_is(
    qtbot: QtBot, loaded: LoadedIncident, size: tuple[int, int]
) -> None:
    # 1024×560 and 1400×770: the tab in a window on a 1024×700 and a 1400×900 screen.
    tab = ClaimsTab()
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_incident(loaded)
    qtbot.waitUntil(lambda: caveat_in_view(tab), timeout=2_000)
    scroll = tab._chart_scroll
    table_rows = tab.table.rowAt(tab.table.viewport().height() - 1)
    if size[0] >= 1400:
        # Room enough: the chart whole, its axis and caption; no second caption.
        assert scroll.verticalScrollBar().maximum() == 0
        assert not tab.chart_caveat.isVisible()
    else:
        # A laptop: the chart scrolls in a third of the tab, and its pane ends under a
        # whole row of it; the table keeps room for more than one claim.
        assert tab._splitter.sizes()[0] <= size[1] // 3
        layout = tab.chart.chart_layout()
        assert layout is not None
        bottoms = {int(rect.bottom()) + 1 for _row, rect in layout.rows}
        assert scroll.viewport().height() in bottoms
        assert table_rows != 0
    # The caption follows the tab's size while the user has not moved the chart's edge.
    tab.resize(size[0], size[1] // 2)
    qtbot.waitUntil(lambda: caveat_in_view(tab), timeout=2_000)


def test_the_chart_shows_a_focus_frame_while_it_has_the_keyboard(
    qtbot: QtBot, tab: ClaimsTab
) -> None:
    tab.show()
    qtbot.waitExposed(tab)
    chart = tab.chart
    highlight = chart.palette().color(QPalette.ColorRole.Highlight).rgb()
    seen = chart.visibleRegion().boundingRect()
    assert not seen.isEmpty()
    # The frame's left and right edges, half-way down the part in sight.
    edges = [QPoint(seen.left(), seen.center().y()), QPoint(seen.right(), seen.center().y())]

    def framed() -> bool:
        image = chart.grab().toImage()
        return all(image.pixel(edge) == highlight for edge in edges)

    assert not framed()
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    assert framed()
    tab.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not chart.hasFocus())
    assert not framed()
