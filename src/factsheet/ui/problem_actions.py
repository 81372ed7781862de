"""Where a problem leads: its item in its tab, or its line; and the editor at that line.

A warning about a file that loaded names an item the tabs show ("claims[3].count" is the
fourth claim): activating it selects that claim, as a link would (so Back returns). An
error of a file that failed to load has no item on screen (the incident shown, if any, is
the previous one, whose fourth claim may be another), so it shows the file's lines around
the error instead, as does a warning about no item (incident.date).
"""

from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from factsheet.i18n import Context
from factsheet.loading import IncidentLoadError, Problem
from factsheet.loading.file_lines import lines_around
from factsheet.model.items import ItemKind, item_of_path
from factsheet.ui.external_editor import open_in_editor
from factsheet.ui.line_view import LineView
from factsheet.ui.problems_view import ProblemsView
from factsheet.ui.settings import AppSettings
from factsheet.views.document_state import DocumentState

GoToProblem = Context("GoToProblem")


class ProblemsWindow(Protocol):
    """What the actions need of the window they belong to (their Qt parent)."""

    state: DocumentState
    settings: AppSettings

    def show_item(self, kind: ItemKind, item_id: str) -> bool:
        """Switch to the item's tab and select it (a step of the history)."""
        ...


def item_of_problem(state: DocumentState, problem: Problem) -> tuple[ItemKind, str] | None:
    """The item of the incident on screen that ``problem`` is about, if it is about one."""
    shown = state.shown
    if state.failure is not None or shown is None or problem not in shown.warnings:
        return None
    return item_of_path(shown.incident, problem.path)


class ProblemActions(QObject):
    """Acts on the problems list's requests for the window it belongs to.

    It reaches the window through its Qt parent only: a Python reference from a child to
    its window would keep a closed window's wrapper alive in a cycle.
    """

    def __init__(self, problems: ProblemsView, window: QWidget) -> None:
        super().__init__(window)
        self._line_view: LineView | None = None
        problems.problem_activated.connect(self.activate)
        problems.show_line_requested.connect(self.show_line)
        problems.open_in_editor_requested.connect(self.open_in_editor)

    def _widget(self) -> QWidget:
        return cast("QWidget", self.parent())

    def _window(self) -> ProblemsWindow:
        return cast("ProblemsWindow", self.parent())

    @property
    def line_view(self) -> LineView:
        """The one window showing a problem's lines (made when first needed)."""
        if self._line_view is None:
            self._line_view = LineView(self._widget())
            self._line_view.open_in_editor_requested.connect(self.open_in_editor)
        return self._line_view

    @Slot(object)
    def activate(self, problem: Problem) -> None:
        """Go to the problem's item, or show its line."""
        window = self._window()
        target = item_of_problem(window.state, problem)
        if target is None or not window.show_item(*target):
            self.show_line(problem)

    @Slot(object)
    def show_line(self, problem: Problem) -> None:
        """The lines of the problem's file around its line, in the line view."""
        from factsheet.ui import dialogs

        try:
            lines = lines_around(Path(problem.file), problem.line)
        except IncidentLoadError as error:
            dialogs.show_error(
                self._widget(),
                GoToProblem.tr("Show the Line"),
                GoToProblem.tr("The file cannot be shown: {reason}.").format(
                    reason=error.problems[0].message
                ),
            )
            return
        view = self.line_view
        view.show_lines(problem, lines)
        view.show()
        view.raise_()
        view.activateWindow()

    @Slot(object)
    def open_in_editor(self, problem: Problem) -> None:
        """The user's editor on the problem's file, at its line and column."""
        settings = self._window().settings
        file = Path(problem.file).absolute()  # the editor may start in another folder
        open_in_editor(self._widget(), settings, file, problem.line, problem.column)
