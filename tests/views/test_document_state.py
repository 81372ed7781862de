"""The window's document state: which file it is about, what it shows, and what it says."""

import dataclasses
from pathlib import Path

from factsheet.loading import IncidentLoadError, LoadedIncident, Problem
from factsheet.views.document_state import DocumentState
from factsheet.views.file_status import badge_words, banner_words, window_title

BROKEN = Path("/data/broken.yaml")
ERROR = Problem("error", str(BROKEN), 4, 3, "claims[0].count", "expected a number; found 'x'")
FAILURE = IncidentLoadError(str(BROKEN), [ERROR, dataclasses.replace(ERROR, line=9)])
TITLE = "Killings of civilians in Al Qaryatayn after Daesh's second occupation"


def test_nothing_open() -> None:
    state = DocumentState()
    assert state.current_path is None
    assert state.problems == ()
    assert window_title(state, "Factsheet") == "Factsheet"
    assert badge_words(state) == banner_words(state) == ""


def test_an_opened_file_is_current(warned_loaded: LoadedIncident) -> None:
    state = DocumentState().opened(warned_loaded)
    assert state.current_path == warned_loaded.path.absolute()
    assert not state.showing_previous
    assert state.problems == warned_loaded.warnings
    # The file name tells two copies of one incident apart.
    assert window_title(state, "Factsheet") == f"{TITLE} — al-qaryatayn-2017.yaml — Factsheet"
    assert badge_words(state) == "⚠ 1 warning"
    assert banner_words(state) == ""


def test_started_on_a_broken_file_it_is_current_with_nothing_shown() -> None:
    state = DocumentState().failed(BROKEN, FAILURE)
    assert state.current_path == BROKEN
    assert state.shown is None
    assert not state.showing_previous
    assert state.problems == FAILURE.problems
    assert window_title(state, "Factsheet") == "broken.yaml: 2 errors — Factsheet"
    assert badge_words(state) == "✖ 2 errors"
    assert banner_words(state).startswith("broken.yaml could not be opened: 2 errors, listed")


def test_a_failure_keeps_the_incident_as_the_previous_file(sample_loaded: LoadedIncident) -> None:
    state = DocumentState().opened(sample_loaded).failed(BROKEN, FAILURE)
    assert state.shown is sample_loaded
    assert state.current_path == BROKEN  # watched, reloaded by F5, in Open Recent
    assert state.showing_previous
    assert not state.previous_is_same_file
    assert state.problems == FAILURE.problems  # the badge counts the failed file's errors
    assert window_title(state, "Factsheet") == "broken.yaml: 2 errors — Factsheet"
    assert banner_words(state) == (
        f"Showing the previous file, al-qaryatayn-2017.yaml ({TITLE}): broken.yaml could not "
        "be opened (2 errors). It opens by itself once the file is fixed and saved; F5 tries "
        "again."
    )


def test_a_bad_save_of_the_shown_file_keeps_its_last_good_version(
    sample_loaded: LoadedIncident,
) -> None:
    own = IncidentLoadError(str(sample_loaded.path), [ERROR])
    state = DocumentState().opened(sample_loaded).failed(sample_loaded.path, own)
    assert state.previous_is_same_file
    assert banner_words(state).startswith(
        f"Showing al-qaryatayn-2017.yaml as it was last read without errors ({TITLE}): the "
        "file now has 1 error."
    )


def test_a_fixed_file_clears_the_failure(sample_loaded: LoadedIncident) -> None:
    state = DocumentState().failed(BROKEN, FAILURE).opened(sample_loaded)
    assert state.failure is None
    assert state.failed_path is None
    assert state.current_path == sample_loaded.path.absolute()
    assert banner_words(state) == ""


def test_the_same_failure_again_is_recognised() -> None:
    state = DocumentState().failed(BROKEN, FAILURE)
    assert state.same_failure(BROKEN, IncidentLoadError(str(BROKEN), list(FAILURE.problems)))
    assert not state.same_failure(BROKEN, IncidentLoadError(str(BROKEN), [ERROR]))
    assert not state.same_failure(Path("/data/other.yaml"), FAILURE)


def test_an_unreadable_file_says_so_without_counting_errors() -> None:
    unreadable = IncidentLoadError(str(BROKEN), [], unreadable=True)
    state = DocumentState().failed(BROKEN, unreadable)
    assert window_title(state, "Factsheet") == "broken.yaml: unreadable — Factsheet"
    assert badge_words(state) == "✖ unreadable"


def test_a_file_that_cannot_be_read_at_all_says_why_in_the_banner(
    sample_loaded: LoadedIncident,
) -> None:
    folder = Path("/data/notes.yaml")
    reason = "expected a file; found a folder"
    problem = Problem("error", str(folder), 1, 1, "(file)", reason)
    error = IncidentLoadError(str(folder), [problem], unreadable=True)
    state = DocumentState().failed(folder, error)
    # Its one problem is the reason, not an error to count.
    assert window_title(state, "Factsheet") == "notes.yaml: unreadable — Factsheet"
    assert badge_words(state) == "✖ unreadable"
    # Saving cannot fix a folder: F5 is the only promise.
    assert banner_words(state) == f"notes.yaml could not be opened: {reason}. F5 tries again."
    assert banner_words(DocumentState().opened(sample_loaded).failed(folder, error)) == (
        f"Showing the previous file, al-qaryatayn-2017.yaml ({TITLE}): notes.yaml could not "
        f"be opened: {reason}. F5 tries again."
    )
    same = DocumentState().opened(sample_loaded).failed(sample_loaded.path, error)
    assert banner_words(same) == (
        f"Showing al-qaryatayn-2017.yaml as it was last read ({TITLE}): it cannot be read "
        f"now: {reason}. F5 tries again."
    )
