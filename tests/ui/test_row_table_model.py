"""The one table-model base: roles from the row objects, tooltips that show file text literally."""

from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from factsheet.loading import LoadedIncident, Problem
from factsheet.ui.actors_tab import ActorTableModel
from factsheet.ui.claims_tab import ClaimTableModel
from factsheet.ui.problems_view import ProblemTableModel
from factsheet.ui.row_table_model import ID_ROLE, SORT_ROLE, RowTableModel, plain_rich_text
from factsheet.ui.sources_tab import SourceTableModel
from factsheet.ui.timeline_tab import TimelineModel
from factsheet.views import IncidentViews

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
