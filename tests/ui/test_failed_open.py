"""A failed open is the current file: watched, retried by F5, recent, and loaded once fixed."""

import shutil
from pathlib import Path
from typing import Any

import pytest

from factsheet.ui import dialogs
from factsheet.ui.main_window import MainWindow

SAMPLE_TITLE = "Killings of civilians in Al Qaryatayn after Daesh's second occupation"
#: Within seconds of a save the incident is on screen (the watch waits 300 ms for quiet).
FIX_SHOWS_WITHIN_MS = 5_000


@pytest.fixture
def good_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")


@pytest.fixture
def broken(tmp_path: Path, good_text: str) -> Path:
    """A copy of the sample whose five claims say "most" for "at-least" (a slip in each)."""
    folder = tmp_path / "field notes"
    folder.mkdir()
    path = folder / "broken.yaml"
    path.write_text(good_text.replace("qualifier: at-least", "qualifier: most"), encoding="utf-8")
    return path


def save_atomically(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.swp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(path)


def wait_failed(qtbot: Any, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(
        lambda: window.failure is not None and window.state.current_path == path.absolute(),
        timeout=10_000,
    )


def wait_shown(qtbot: Any, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(
        lambda: (
            window.failure is None
            and window.loaded is not None
            and window.loaded.path == path
            and not window.updating_tabs
        ),
        timeout=FIX_SHOWS_WITHIN_MS,
    )


def failed_after_the_sample(
    qtbot: Any, make_window: Any, broken: Path, sample_path: Path
) -> MainWindow:
    """A window that showed the sample, then was asked for ``broken``."""
    window: MainWindow = make_window()
    window.open_file(sample_path)
    wait_shown(qtbot, window, sample_path)
    window.open_file(broken)
    wait_failed(qtbot, window, broken)
    return window


def badge_and_panel_agree(window: MainWindow) -> None:
    problems = window.problems.model.problems
    errors = sum(1 for p in problems if p.severity == "error")
    if window.failure is not None:
        assert problems == window.failure.problems
        assert window.warnings_button.text() == f"✖ {errors} error{'s' if errors != 1 else ''}"
        assert window.windowTitle().startswith(f"{window.state.current_path.name}: ")  # type: ignore[union-attr]
    else:
        assert window.loaded is not None
        assert problems == window.loaded.warnings
    assert window.warnings_button.isVisibleTo(window) == bool(problems)


def test_started_on_a_broken_file_then_fixed_in_place(
    qtbot: Any, make_window: Any, broken: Path, good_text: str
) -> None:
    window = make_window()
    window.show()
    window.open_initial(broken)  # as `factsheet broken.yaml` does
    wait_failed(qtbot, window, broken)
    assert window.loaded is None
    assert window.windowTitle() == "broken.yaml: 5 errors — Factsheet"
    assert window.banner.isVisible()
    assert window.banner.text().startswith("broken.yaml could not be opened: 5 errors")
    assert window.problems.isVisible()
    badge_and_panel_agree(window)
    # The Overview agrees with the banner: no "No incident open. Use File ▸ Open…".
    assert window.overview_tab.text() == ""
    assert window.overview_tab.browser.placeholderText() == (
        "broken.yaml could not be opened, so no incident is shown. Its problems are listed "
        "under the tabs (View ▸ Problems and Warnings)."
    )
    assert window.reload_action.isEnabled()  # F5 retries it
    assert not window.print_action.isEnabled()  # nothing to print
    assert window.watch.path == broken.absolute()
    assert window.settings.recent_files()[0] == broken.absolute()
    # Fixed in place (truncate and write, as some editors save).
    broken.write_text(good_text, encoding="utf-8")
    wait_shown(qtbot, window, broken)
    assert window.windowTitle() == f"{SAMPLE_TITLE} — broken.yaml — Factsheet"
    assert not window.banner.isVisible()
    badge_and_panel_agree(window)
    assert window.warnings_button.isHidden()  # the fixed sample has no warning left
    # The failure opened the list; with nothing left in it, it makes room for the tabs again.
    assert not window.problems.isVisible()
    assert not window.problems_action.isChecked()


def test_a_problems_list_the_user_opened_stays_and_says_it_is_empty(
    qtbot: Any, make_window: Any, broken: Path, good_text: str
) -> None:
    window = make_window()
    window.show()
    window.problems_action.trigger()  # View ▸ Problems and Warnings (F8), before any failure
    window.open_initial(broken)
    wait_failed(qtbot, window, broken)
    save_atomically(broken, good_text)
    wait_shown(qtbot, window, broken)
    assert window.problems.isVisible()
    assert window.problems.heading() == "No problems in broken.yaml."
    assert window.problems.model.rowCount() == 0


def test_a_list_the_user_opened_after_the_failure_stays_open_too(
    qtbot: Any, make_window: Any, broken: Path, good_text: str
) -> None:
    window = make_window()
    window.show()
    window.open_initial(broken)
    wait_failed(qtbot, window, broken)
    window.warnings_button.click()  # the badge: the user asks for the list
    save_atomically(broken, good_text)
    wait_shown(qtbot, window, broken)
    assert window.problems.isVisible()
    assert window.problems.heading() == "No problems in broken.yaml."


def test_started_on_a_broken_file_then_fixed_by_an_atomic_save(
    qtbot: Any, make_window: Any, broken: Path, good_text: str
) -> None:
    window = make_window()
    window.open_initial(broken)
    wait_failed(qtbot, window, broken)
    save_atomically(broken, good_text)
    wait_shown(qtbot, window, broken)
    # Still watched after the rename replaced the file: a second bad save is noticed.
    save_atomically(broken, good_text.replace("format_version: 1", "format_version: [1"))
    wait_failed(qtbot, window, broken)
    assert window.banner.text().startswith("Showing broken.yaml as it was last read")
    badge_and_panel_agree(window)
    save_atomically(broken, good_text)
    wait_shown(qtbot, window, broken)


def test_f5_retries_the_failed_file_not_the_previous_one(
    qtbot: Any, make_window: Any, broken: Path, good_text: str, sample_path: Path
) -> None:
    window = failed_after_the_sample(qtbot, make_window, broken, sample_path)
    assert window.loaded is not None
    assert window.loaded.path == sample_path  # the previous file stays on screen …
    assert window.banner.text().startswith("Showing the previous file, al-qaryatayn-2017.yaml")
    badge_and_panel_agree(window)  # … but title, badge and list are about broken.yaml
    window.watch.stop()  # only F5 may read it in this test
    broken.write_text(good_text, encoding="utf-8")
    window.reload_action.trigger()
    wait_shown(qtbot, window, broken)
    badge_and_panel_agree(window)


def test_the_banner_retries_too(qtbot: Any, make_window: Any, broken: Path, good_text: str) -> None:
    window = make_window()
    window.open_file(broken)
    wait_failed(qtbot, window, broken)
    window.watch.stop()
    broken.write_text(good_text, encoding="utf-8")
    window.banner.retry_button.click()
    wait_shown(qtbot, window, broken)


def test_a_failed_file_is_recent_and_the_open_dialog_starts_beside_it(
    qtbot: Any,
    make_window: Any,
    broken: Path,
    sample_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = failed_after_the_sample(qtbot, make_window, broken, sample_path)
    assert window.settings.recent_files()[:2] == [broken.absolute(), sample_path.absolute()]
    window.recent_menu.fill()
    assert window.recent_menu.actions()[0].text() == "&1 broken.yaml"
    folders: list[Path | None] = []

    def ask(parent: object, start_in: Path | None = None) -> None:
        folders.append(start_in)

    monkeypatch.setattr(dialogs, "ask_open_file", ask)
    window.open_action.trigger()
    assert folders == [broken.parent.absolute()]


def test_a_file_that_does_not_exist_yet_opens_when_it_appears(
    qtbot: Any, make_window: Any, tmp_path: Path, good_text: str
) -> None:
    later = tmp_path / "later.yaml"
    window = make_window()
    window.open_initial(later)
    wait_failed(qtbot, window, later)
    assert later.absolute() not in window.settings.recent_files()  # nothing to remember yet
    assert window.watch.path == later.absolute()
    save_atomically(later, good_text)
    wait_shown(qtbot, window, later)
    assert window.settings.recent_files()[0] == later.absolute()


def test_a_second_copy_of_an_incident_is_told_apart_by_its_file_name(
    qtbot: Any, make_window: Any, tmp_path: Path, sample_path: Path
) -> None:
    copy = tmp_path / "qaryatayn (draft).yaml"
    shutil.copyfile(sample_path, copy)
    window = make_window()
    window.open_file(copy)
    wait_shown(qtbot, window, copy)
    assert window.windowTitle() == f"{SAMPLE_TITLE} — qaryatayn (draft).yaml — Factsheet"
    assert window.windowFilePath() == str(copy.absolute())


def test_saving_the_same_slips_again_leaves_the_list_alone(
    qtbot: Any, make_window: Any, broken: Path
) -> None:
    window = make_window()
    window.show()
    window.open_file(broken)
    wait_failed(qtbot, window, broken)
    window.problems.hide_button.click()  # the user put the list away to read the file
    failure = window.failure
    broken.write_text(broken.read_text(encoding="utf-8"), encoding="utf-8")  # touched, same slips
    qtbot.waitUntil(lambda: not window.loader.is_busy(), timeout=5_000)
    qtbot.wait(800)  # the watch's quiet period and a read
    assert window.failure is failure
    assert not window.problems.isVisible()


def test_a_list_two_failures_in_a_row_opened_goes_away_with_the_fix(
    qtbot: Any, make_window: Any, tmp_path: Path, good_text: str
) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(good_text, encoding="utf-8")
    window = make_window()
    window.show()
    window.open_file(path)
    wait_shown(qtbot, window, path)
    save_atomically(path, good_text.replace("format_version: 1", "format_version: [1"))
    wait_failed(qtbot, window, path)
    first = window.failure
    assert window.problems.isVisible()
    # Another mistake while the list is open: the failure opened it all the same.
    save_atomically(path, good_text.replace("qualifier: at-least", "qualifier: most"))
    qtbot.waitUntil(lambda: window.failure not in (None, first), timeout=10_000)
    save_atomically(path, good_text)
    wait_shown(qtbot, window, path)
    assert not window.problems.isVisible()
    assert not window.problems_action.isChecked()
