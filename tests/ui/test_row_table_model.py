"""The one table-model base: roles from the row objects, tooltips that show file text literally,
rows replaced in place and a model that sorts itself."""

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractTableModel, QPersistentModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from factsheet.loading import LoadedIncident, Problem
from factsheet.ui.actors_tab import ActorTableModel
from factsheet.ui.claims_tab import ClaimTableModel
from factsheet.ui.filter_proxy import WordFilterProxy
from factsheet.ui.problems_view import ProblemTableModel
from factsheet.ui.row_table_model import ID_ROLE, SORT_ROLE, RowTableModel, plain_rich_text
from factsheet.ui.sources_tab import SourceTableModel
from factsheet.ui.timeline_tab import TimelineModel
from factsheet.views import IncidentViews
from factsheet.views.table import Table

TOOLTIP = Qt.ItemDataRole.ToolTipRole
MARKUP = "<b>bold</b> & <img src='x.png'> <a href='claim:x'>link</a>"


def _shown_as(rich: str) -> str:
    """What a reader sees of a tooltip: Qt's rendering of it, as plain text."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_plain_rich_text_is_rich_text_that_shows_every_character(qapp: QApplication) -> None:
    for text in (MARKUP, "line one\nline two", "&lt; already escaped", "a  b"):
        rich = plain_rich_text(text)
        assert QtGui.Qt.mightBeRichText(rich)  # Qt's own test for tooltips and labels
        assert _shown_as(rich) == text


def _models(loaded: LoadedIncident) -> list[tuple[str, RowTableModel[Any]]]:
    views = IncidentViews(loaded)
    timeline, claims, actors = TimelineModel(), ClaimTableModel(), ActorTableModel()
    sources, problems = SourceTableModel(), ProblemTableModel()
    timeline.set_table(views.timeline.table)
    claims.set_table(views.claims)
    actors.set_table(views.actors)
    sources.set_table(views.sources)
    problems.set_problems([Problem("warning", "f.yaml", 1, 1, "incident.title", MARKUP)])
    return [
        ("timeline", timeline),
        ("claims", claims),
        ("actors", actors),
        ("sources", sources),
        ("problems", problems),
    ]


@pytest.mark.parametrize("name", ["timeline", "claims", "actors", "sources", "problems"])
def test_every_tooltip_shows_the_file_s_text_literally(
    qapp: QApplication, marked_up_loaded: LoadedIncident, name: str
) -> None:
    model = dict(_models(marked_up_loaded))[name]
    seen_markup = False
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            tip = model.index(row, column).data(TOOLTIP)
            if tip is None:
                continue
            assert isinstance(tip, str)
            assert tip.startswith("<p style='white-space:pre-wrap'>"), tip
            assert "<img" not in tip
            assert "<b>" not in tip
            shown = _shown_as(tip)
            seen_markup = seen_markup or MARKUP in shown
    assert seen_markup, f"no tooltip of the {name} table shows the planted text"


@pytest.mark.parametrize("name", ["timeline", "claims", "actors", "sources", "problems"])
def test_every_model_passes_the_model_tester(
    qtmodeltester: Any, marked_up_loaded: LoadedIncident, name: str
) -> None:
    qtmodeltester.check(dict(_models(marked_up_loaded))[name], force_py=True)


def test_display_sort_and_id_roles_come_from_the_row(
    qapp: QApplication, sample_loaded: LoadedIncident
) -> None:
    views = IncidentViews(sample_loaded)
    model = ClaimTableModel()
    model.set_table(views.claims)
    row = model.row_of("pcc-67-named")
    claim_row = views.claims.rows[row]
    for column in range(model.columnCount()):
        index = model.index(row, column)
        assert index.data() == claim_row.cells[column]
        assert index.data(SORT_ROLE) == claim_row.sort_key(column)
        assert index.data(ID_ROLE) == "pcc-67-named"
    assert model.row_of("no-such-claim") == -1
    assert model.row_at_index(model.index(99, 0)) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.WhatsThisRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0


def test_a_column_title_that_needs_saying_has_an_escaped_tooltip(
    qapp: QApplication, sample_loaded: LoadedIncident
) -> None:
    model = SourceTableModel()
    model.set_table(IncidentViews(sample_loaded).sources)
    tips = [model.headerData(c, Qt.Orientation.Horizontal, TOOLTIP) for c in range(10)]
    (grade,) = [str(tip) for tip in tips if tip]
    assert _shown_as(grade).startswith("Source reliability, Admiralty grade A")


def test_models_start_empty_and_reset_when_the_table_changes(
    qapp: QApplication, sample_loaded: LoadedIncident
) -> None:
    model: QAbstractTableModel = ActorTableModel()
    assert model.rowCount() == 0
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_table(IncidentViews(sample_loaded).actors)  # type: ignore[attr-defined]
    assert resets == [True]
    assert model.rowCount() == len(sample_loaded.incident.actors)


# --- rows that change while shown, and a model that sorts itself (the library's) ---------


@dataclass(frozen=True, slots=True)
class _Row:
    """The least a TableRow is: an id, its cells, sort keys from them, no tooltips."""

    item_id: str
    cells: tuple[str, ...]

    def sort_key(self, column: int) -> object:
        return self.cells[column].casefold()

    def tooltip(self, column: int) -> str | None:
        return None


def _row(item_id: str, name: str) -> _Row:
    return _Row(item_id, (name, item_id))


def _changing_model() -> RowTableModel[_Row]:
    model: RowTableModel[_Row] = RowTableModel(("Name", "Id"))
    rows = [_row("a", "Delta"), _row("b", "alpha"), _row("c", "Charlie"), _row("d", "Bravo")]
    model.set_table(Table.of(model.table.headers, rows, ["" for _ in rows]))
    return model


def _names(model: RowTableModel[_Row]) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_rows_are_replaced_in_place_and_new_ones_added(qapp: QApplication) -> None:
    model = _changing_model()
    given = model.table  # as views/ keeps it for the incident: the model changes a copy
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.update_rows([_row("c", "Echo"), _row("a", "Foxtrot"), _row("b", "Golf")])
    assert changed == [(0, 2)]  # one signal for the run of rows 0 to 2
    assert _names(model) == ["Foxtrot", "Golf", "Echo", "Bravo"]
    assert [row.cells[0] for row in given.rows] == ["Delta", "alpha", "Charlie", "Bravo"]
    model.update_rows([_row("d", "Hotel"), _row("e", "India")], ["hotel", "india"])
    assert changed[-1] == (3, 3)
    assert inserted == [(4, 4)]
    assert model.row_of("e") == 4
    assert model.haystacks()[3:] == ["hotel", "india"]


def test_rows_are_removed_by_id_in_runs(qapp: QApplication) -> None:
    model = _changing_model()
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.remove_rows({"a", "b", "d", "nobody"})
    assert removed == [(3, 3), (0, 1)]  # from the last run back
    assert _names(model) == ["Charlie"]
    assert (model.row_of("c"), model.row_of("a")) == (0, -1)


def test_a_model_sorts_itself_and_views_keep_their_selection(qapp: QApplication) -> None:
    model = _changing_model()
    kept = QPersistentModelIndex(model.index(model.row_of("b"), 1))  # what a selection holds
    model.sort(0)
    assert _names(model) == ["alpha", "Bravo", "Charlie", "Delta"]  # case-blind
    assert kept.row() == 0
    assert kept.data() == "b"
    assert (model.row_of("d"), model.row_of("a")) == (1, 3)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Delta", "Charlie", "Bravo", "alpha"]
    assert kept.row() == 3


def test_a_sorted_model_sorts_again_only_when_its_order_may_have_changed(
    qapp: QApplication,
) -> None:
    model = _changing_model()
    model.sort(0)
    layouts: list[bool] = []
    model.layoutChanged.connect(lambda: layouts.append(True))
    model.update_rows([_row("c", "Charlie")])  # the same key: the order holds
    model.resort_if_needed()
    assert layouts == []
    model.update_rows([_row("a", "Aardvark"), _row("z", "Zulu"), _row("y", "Yankee")])
    assert _names(model)[-2:] == ["Zulu", "Yankee"]  # added at the end until sorted again
    model.resort_if_needed()
    assert layouts == [True]
    assert _names(model) == ["Aardvark", "alpha", "Bravo", "Charlie", "Yankee", "Zulu"]
    model.set_table(
        Table.of(model.table.headers, [_row("q", "Quebec"), _row("p", "Papa")], ["", ""])
    )
    assert _names(model) == ["Papa", "Quebec"]  # a new table comes in the order asked for


def test_a_filter_follows_rows_that_move_come_and_go(qapp: QApplication) -> None:
    model = _changing_model()
    proxy = WordFilterProxy()
    proxy.set_rows_model(model)
    proxy.set_filter("", lambda row: model.row(row).cells[0].casefold() < "c")
    assert sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount())) == [
        "Bravo",
        "alpha",
    ]
    model.sort(0)  # the rows move: the matches are found again at their new places
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["alpha", "Bravo"]
    model.update_rows([_row("x", "Able")])
    model.remove_rows({"b"})
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Bravo", "Able"]


def test_a_changing_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = _changing_model()
    qtmodeltester.check(model, force_py=True)
    model.sort(0)
    model.update_rows([_row("b", "Zed"), _row("e", "Echo")])
    model.remove_rows({"c"})
    model.resort_if_needed()
    qtmodeltester.check(model, force_py=True)
