"""`factsheet DIR` opens the desktop app on the folder's library."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factsheet import app, cli
from library_folder import snapshot


def test_a_folder_argument_reaches_the_app(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[Path | None, str | None]] = []

    def run_gui(file: Path | None, language: str | None = None) -> int:
        opened.append((file, language))
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)
    assert cli.main([str(library)]) == 0
    assert cli.main(["--lang", "ar", str(library)]) == 0
    assert opened == [(library, None), (library, "ar")]


def test_factsheet_dir_shows_the_library_and_writes_only_in_the_cache(
    library: Path, tmp_path: Path
) -> None:
    before = snapshot(library)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        app.SMOKE_EXIT_ENV: "50",
    }
    done = subprocess.run(
        [sys.executable, "-m", "factsheet", str(library)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke: incidents — Factsheet" in done.stdout
    assert "Traceback" not in done.stderr
    assert snapshot(library) == before
    assert list((tmp_path / "cache" / "factsheet" / "library").glob("*.sqlite3"))
    settings = (tmp_path / "config" / "Factsheet" / "Factsheet.conf").read_text(encoding="utf-8")
    assert str(library) in settings
