"""File ▸ New Incident…: the template written where the user says, opened; never over a file."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from factsheet.resources import incident_template
from factsheet.ui import dialogs

TEMPLATE_TITLE = "Short title of the incident"


def _asking(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[Path | None]:
    """Replace the dialog; return the folders it was asked to start in."""
    asked: list[Path | None] = []

    def ask(parent: object, start_in: Path | None = None) -> Path | None:
        asked.append(start_in)
        return answer

    monkeypatch.setattr(dialogs, "ask_new_file", ask)
    return asked


def _errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    return shown


def test_new_incident_writes_the_template_and_opens_it(
    qtbot: Any, make_window: Any, tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "incidents" / "mine.yaml"
    mine.parent.mkdir()
    mine.write_bytes(sample_path.read_bytes())
    path = tmp_path / "raid.incident.yaml"
    window = make_window()
    window.open_file(mine)
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=10_000)
    asked = _asking(monkeypatch, path)
    errors = _errors_shown(monkeypatch)
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    window.new_action.trigger()
    qtbot.waitUntil(
        lambda: window.loaded is not None and window.loaded.path == path, timeout=10_000
    )
    assert asked == [mine.parent]  # next to the incident on screen
    assert errors == []
    assert path.read_bytes() == incident_template().read_bytes()
    assert window.windowTitle() == f"{TEMPLATE_TITLE} — raid.incident.yaml — Factsheet"
    assert window.loaded.warnings == ()
    assert window.watch.path == path.absolute()  # each save the user makes shows up


def test_beside_the_sample_is_not_offered(
    qtbot: Any, make_window: Any, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(monkeypatch, None)
    window = make_window()
    window.open_file(sample_path)
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=10_000)
    window.new_action.trigger()
    assert asked == [None]  # the app's own folder: the documents folder instead


def test_cancelling_writes_and_opens_nothing(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(monkeypatch, None)
    window = make_window()
    window.new_action.trigger()
    assert asked == [None]  # nothing open: the dialog starts in the documents folder
    assert not window.loader.is_busy()
    assert window.loaded is None
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_left_alone_and_the_user_told(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mine.incident.yaml"
    path.write_text("format_version: 1  # weeks of work\n", encoding="utf-8")
    _asking(monkeypatch, path)
    errors = _errors_shown(monkeypatch)
    window = make_window()
    window.new_action.trigger()
    assert errors == [
        (
            f"Factsheet cannot create {path}: a file of that name exists (a new incident never "
            "replaces anything); choose another name."
        )
    ]
    assert path.read_text(encoding="utf-8") == "format_version: 1  # weeks of work\n"
    assert not window.loader.is_busy()
    assert window.loaded is None


@pytest.mark.parametrize(
    ("typed", "given"),
    [
        ("raid", "raid.incident.yaml"),
        ("raid.yaml", "raid.yaml"),
        ("Raid.YML", "Raid.YML"),
        ("raid.txt", "raid.txt.incident.yaml"),
    ],
)
def test_the_dialog_suggests_a_name_and_adds_the_ending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, given: str
) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append((*args, kwargs))
        return str(tmp_path / typed), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    assert dialogs.ask_new_file(None, tmp_path) == tmp_path / given
    ((_, _, suggested, _, options),) = calls
    assert suggested == str(tmp_path / "new.incident.yaml")
    # The dialog does not offer to replace a file; the writer would refuse anyway.
    assert options == {"options": QFileDialog.Option.DontConfirmOverwrite}


def test_the_dialog_cancelled_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialogs.ask_new_file(None) is None
