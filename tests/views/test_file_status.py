"""What the window says about reading a file: headings, status lines, the problems' rows."""

from pathlib import Path

from factsheet.loading import LoadedIncident, Problem
from factsheet.views.file_status import (
    LINE,
    MESSAGE,
    ProblemRow,
    failure_heading,
    opened_words,
    opening_words,
    problem_detail,
    problems_table,
    problems_text,
    warnings_button_words,
    warnings_heading,
)

ERROR = Problem("error", "f.yaml", 12, 3, "claims[0].count", "expected a number; found 'x'")
WARNING = Problem("warning", "f.yaml", 2, 1, "incident", "a warning")


def test_a_failure_heading_says_open_or_reload_from_the_reason() -> None:
    path = Path("/data/f.yaml")
    assert failure_heading(path, [ERROR, WARNING]) == "Could not open f.yaml: 1 error."
    assert failure_heading(path, [ERROR, ERROR], "reload") == "Could not reload f.yaml: 2 errors."
    assert failure_heading(path, [], "watch") == ("Could not reload f.yaml: it could not be read.")
    pipe = Problem("error", "f.yaml", 1, 1, "(file)", "expected a file; found a pipe")
    assert failure_heading(path, [pipe], unreadable=True) == (
        "Could not open f.yaml: expected a file; found a pipe."
    )


def test_status_words_for_a_loaded_file(sample_loaded: LoadedIncident) -> None:
    assert opened_words(sample_loaded, "open") == (
        "Opened al-qaryatayn-2017.yaml: 15 events, 8 claims, 8 sources."
    )
    assert opened_words(sample_loaded, "watch").startswith(
        "Reloaded al-qaryatayn-2017.yaml (changed on disk): "
    )
    assert opening_words(Path("x.yaml"), "reload") == "Reloading x.yaml…"
    assert warnings_button_words(sample_loaded) == "⚠ 0 warnings"
    assert warnings_heading(sample_loaded) == "No problems in al-qaryatayn-2017.yaml."


def test_status_words_for_a_file_with_a_warning(warned_loaded: LoadedIncident) -> None:
    assert warnings_button_words(warned_loaded) == "⚠ 1 warning"
    assert warnings_heading(warned_loaded).startswith("al-qaryatayn-2017.yaml loaded with 1 ")


def test_problem_rows() -> None:
    table = problems_table([ERROR, WARNING])
    row: ProblemRow = table.rows[0]
    assert row.cells == ("error", "12:3", "claims[0].count", "expected a number; found 'x'")
    assert row.sort_key(LINE) == (12, 3)
    assert row.sort_key(MESSAGE) == "expected a number; found 'x'"
    assert row.tooltip(MESSAGE) == str(ERROR)
    assert row.item_id is None
    assert table.row_of == {}
    assert problem_detail(ERROR) == "12:3 claims[0].count: expected a number; found 'x'"
    assert problems_text([ERROR, WARNING]) == f"{ERROR}\n{WARNING}\n"
