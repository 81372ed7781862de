"""Problems lead somewhere: a warning to its item, an error to its line, either to the editor."""

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt

from factsheet.loading import IncidentLoadError, LoadedIncident, Problem
from factsheet.ui import dialogs, external_editor
from factsheet.ui.incident_tabs import CLAIMS, OVERVIEW, TIMELINE
from factsheet.ui.main_window import MainWindow
from factsheet.ui.problem_actions import item_of_problem
from factsheet.views.document_state import DocumentState


def shown(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.loaded is not None and window.failure is None and not window.updating_tabs,
        timeout=10_000,
    )


def activate_row(qtbot: Any, window: MainWindow, row: int) -> None:
    """Enter on a row of the problems list, as a keyboard user does."""
    table = window.problems.table
    table.setCurrentIndex(window.problems.model.index(row, 0))
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return)


@pytest.fixture
def window(qtbot: Any, make_window: Any) -> MainWindow:
    window: MainWindow = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(OVERVIEW)
    return window


def test_each_kind_of_path_names_its_item(sample_loaded: LoadedIncident) -> None:
    incident = sample_loaded.incident

    def problem(path: str) -> Problem:
        return Problem("warning", "f.yaml", 1, 1, path, "a warning")

    paths = ("claims[2].claimant", "timeline[0].sources", "actors[1]", "sources[3].url", "incident")
    loaded = dataclasses.replace(sample_loaded, warnings=tuple(problem(p) for p in paths))
    state = DocumentState().opened(loaded)
    found = [item_of_problem(state, problem(p)) for p in paths]
    assert found == [
        ("claim", incident.claims[2].id),
        ("event", incident.timeline[0].id),
        ("actor", incident.actors[1].id),
        ("source", incident.sources[3].id),
        None,  # about the incident as a whole: its line instead
    ]
    # A problem of a file that failed is about no item on screen, whatever its path says.
    failed = state.failed(Path("/x.yaml"), IncidentLoadError("x", []))
    assert item_of_problem(failed, problem("claims[2].claimant")) is None


def test_a_warning_selects_its_claim_and_back_returns(
    qtbot: Any, window: MainWindow, warned_path: Path
) -> None:
    window.open_file(warned_path)
    shown(qtbot, window)
    window.warnings_button.click()
    activate_row(qtbot, window, 0)  # "claim 'trt-35-in-shaft' has no claimed_on date"
    assert window.tabs.currentIndex() == CLAIMS
    assert window.claims_tab.current_item_id() == "trt-35-in-shaft"
    window.navigator.go_back()
    assert window.tabs.currentIndex() == OVERVIEW


def test_a_warning_about_an_event_selects_the_event(
    qtbot: Any, window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    data = yaml.safe_load(sample_path.read_text(encoding="utf-8"))
    event_id = data["timeline"][4]["id"]
    del data["timeline"][4]["sources"]
    unsourced = tmp_path / "unsourced.yaml"
    unsourced.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    window.open_file(unsourced)
    shown(qtbot, window)
    row = next(
        n for n, p in enumerate(window.problems.model.problems) if p.path.startswith("timeline[")
    )
    activate_row(qtbot, window, row)
    assert window.tabs.currentIndex() == TIMELINE
    assert window.timeline_tab.current_item_id() == event_id


def test_an_error_of_a_file_that_failed_shows_its_line(
    qtbot: Any, window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        sample_path.read_text(encoding="utf-8").replace("format_version: 1", "format_version: [1"),
        encoding="utf-8",
    )
    window.open_file(sample_path)
    shown(qtbot, window)
    window.open_file(broken)
    qtbot.waitUntil(lambda: window.failure is not None, timeout=10_000)
    problem = window.problems.model.problems[0]
    activate_row(qtbot, window, 0)
    view = window.problem_actions.line_view
    assert view.isVisible()
    assert view.windowTitle() == f"broken.yaml, line {problem.line}"
    lines = broken.read_text(encoding="utf-8").splitlines()
    assert view.marked_line().endswith(f"│ {lines[problem.line - 1]}")
    assert view.marked_line().lstrip().startswith(f"{problem.line} │ ")
    assert problem.message in view.message.text()
    assert window.tabs.currentIndex() == OVERVIEW  # the previous incident's tabs stay put


def test_a_validation_error_shows_its_line_not_the_previous_incidents_item(
    qtbot: Any, window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    text = sample_path.read_text(encoding="utf-8")
    broken.write_text(text.replace("qualifier: at-least", "qualifier: most", 1), encoding="utf-8")
    window.open_file(sample_path)
    shown(qtbot, window)
    window.open_file(broken)
    qtbot.waitUntil(lambda: window.failure is not None, timeout=10_000)
    assert window.problems.model.problems[0].path.startswith("claims[")
    activate_row(qtbot, window, 0)
    assert "qualifier: most" in window.problem_actions.line_view.marked_line()
    assert window.tabs.currentIndex() == OVERVIEW


def test_the_editor_opens_at_the_problems_line(
    qtbot: Any, window: MainWindow, warned_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[Path, int, int]] = []

    def fake_open(parent: object, settings: object, file: Path, line: int, column: int) -> bool:
        started.append((file, line, column))
        return True

    # The command itself is run in tests/ui/test_external_editor.py; here, what is asked.
    monkeypatch.setattr("factsheet.ui.problem_actions.open_in_editor", fake_open)
    window.open_file(warned_path)
    shown(qtbot, window)
    warning = window.problems.model.problems[0]
    window.problems.editor_button.click()
    assert started == [(Path(warning.file).absolute(), warning.line, warning.column)]
    window.problem_actions.show_line(warning)
    window.problem_actions.line_view.editor_button.click()
    assert started[-1] == (Path(warning.file).absolute(), warning.line, warning.column)


def test_the_editor_command_is_chosen_in_a_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def ask(parent: object, current: str) -> str:
        offered.append(current)
        return 'gedit +{line} "{file}"'

    monkeypatch.setattr(dialogs, "ask_editor_command", ask)
    window.editor_action.trigger()
    assert offered == [""]
    assert window.settings.editor_command() == 'gedit +{line} "{file}"'
    monkeypatch.setattr(dialogs, "ask_editor_command", lambda parent, current: None)
    window.editor_action.trigger()  # cancelled: the command stays
    assert window.settings.editor_command() == 'gedit +{line} "{file}"'
    assert external_editor.editor_arguments(window.settings.editor_command(), Path("a"), 2) == [
        "gedit",
        "+2",
        "a",
    ]


def test_a_file_that_is_gone_says_so_instead_of_showing_lines(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text, details="": errors.append(text)
    )
    window.problem_actions.show_line(Problem("error", "/no/such.yaml", 3, 1, "(file)", "x"))
    assert errors == ["The file cannot be shown: cannot read the file: it does not exist."]
