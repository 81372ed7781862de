"""The user's editor at a line: the command split as written, placeholders filled, no shell."""

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from factsheet.ui import dialogs, external_editor
from factsheet.ui.external_editor import editor_arguments, open_in_editor
from factsheet.ui.settings import AppSettings

FILE = Path("/data/field notes/it's; rm -rf ~.yaml")


def test_placeholders_are_filled_after_splitting() -> None:
    assert editor_arguments('code --goto "{file}:{line}:{column}"', FILE, 12, 3) == [
        "code",
        "--goto",
        f"{FILE}:12:3",
    ]
    assert editor_arguments("gedit +{line} {file}", FILE, 7) == ["gedit", "+7", str(FILE)]


def test_windows_paths_keep_their_backslashes() -> None:
    template = r'"C:\Program Files\Notepad++\notepad++.exe" -n{line} "{file}"'
    assert editor_arguments(template, Path("x.yaml"), 4) == [
        r"C:\Program Files\Notepad++\notepad++.exe",
        "-n4",
        "x.yaml",
    ]


def test_a_command_without_file_gets_it_last_and_nonsense_gives_nothing() -> None:
    assert editor_arguments("mousepad", FILE, 1) == ["mousepad", str(FILE)]
    assert editor_arguments("", FILE, 1) == []
    assert editor_arguments("   ", FILE, 1) == []
    assert editor_arguments('vim "+{line}', FILE, 1) == []  # an unclosed quote
    assert editor_arguments("ed +{line} {file}", FILE, 0, 0) == ["ed", "+1", str(FILE)]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def fake_editor(tmp_path: Path) -> tuple[Path, Path]:
    """A script that writes the arguments it was started with to a file, as JSON."""
    record = tmp_path / "arguments.json"
    script = tmp_path / "fake editor.py"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        f"open({str(record)!r}, 'w').write(json.dumps(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, record


@pytest.mark.skipif(os.name != "posix", reason="runs a script through its #! line")
def test_the_users_editor_is_started_with_the_file_and_line(
    qtbot: Any, tmp_path: Path, settings: AppSettings
) -> None:
    script, record = fake_editor(tmp_path)
    incident = tmp_path / "field notes" / 'a "quoted"; name.yaml'
    incident.parent.mkdir()
    incident.write_text("format_version: 1\n", encoding="utf-8")
    before = incident.stat()
    settings.set_editor_command(f'"{script}" --line {{line}} --column {{column}} "{{file}}"')
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_in_editor(parent, settings, incident, 12, 5)
    qtbot.waitUntil(record.exists, timeout=10_000)
    qtbot.waitUntil(lambda: record.read_text(encoding="utf-8").endswith("]"), timeout=5_000)
    assert json.loads(record.read_text(encoding="utf-8")) == [
        "--line",
        "12",
        "--column",
        "5",
        str(incident),
    ]
    after = incident.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def test_without_a_command_the_system_opener_opens_the_file(
    qtbot: Any, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []

    def system_open(file: Path) -> bool:
        opened.append(file)
        return True

    monkeypatch.setattr(external_editor, "system_open", system_open)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_in_editor(parent, settings, FILE, 3, 1)
    assert opened == [FILE]


def test_a_command_that_cannot_start_is_reported(
    qtbot: Any, tmp_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, text, details="": errors.append((text, details)),
    )
    monkeypatch.setattr(external_editor, "system_open", lambda f: False)
    parent = QWidget()
    qtbot.addWidget(parent)
    settings.set_editor_command(f"{tmp_path / 'no-such-editor'} {{file}}")
    assert not open_in_editor(parent, settings, FILE, 1, 1)
    assert errors[-1][0].startswith("The editor could not be started.")
    assert "no-such-editor" in errors[-1][1]
    settings.set_editor_command("")
    assert not open_in_editor(parent, settings, FILE, 1, 1)  # and no application for it
    assert errors[-1][0].startswith("No application is set to open this kind of file.")
