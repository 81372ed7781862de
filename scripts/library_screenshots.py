"""Render the Library view of the real app on a generated folder into docs/screenshots/."""

# Usage: xvfb-run -a .venv/bin/python scripts/library_screenshots.py [--out DIR] [--lang en|ar]
# --lang ar shoots the Arabic, right-to-left window into the same names ending in -ar.
# The folder (60 generated incidents, the sample and a broken file) and the index live in a
# scratch folder; settings too. Shots: the whole library at 1400×900 and 1024×700, and a
# search with filters at 1400×900, and an incident opened from it.

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from factsheet.i18n import LANGUAGES, SOURCE_LANGUAGE, Language  # noqa: E402
from factsheet.rendering.fonts import register_fonts  # noqa: E402
from factsheet.resources import sample_incident  # noqa: E402
from factsheet.ui.language import InterfaceTranslators  # noqa: E402
from factsheet.ui.main_window import MainWindow  # noqa: E402
from factsheet.ui.settings import AppSettings  # noqa: E402
from generate_library import write_library  # noqa: E402

SHOTS = (
    ("library", (1400, 900), "", {}),
    ("library-1024", (1024, 700), "", {}),
    ("library-search", (1400, 900), "تدمر", {"date_from": "2017", "date_to": "2017"}),
)


def _settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _write_folder(folder: Path) -> Path:
    """60 generated incidents, the sample and a half-written draft."""
    write_library(folder, 60)
    shutil.copy(sample_incident(), folder / "al-qaryatayn" / "qaryatayn-sample.yaml")
    (folder / "drafts").mkdir()
    (folder / "drafts" / "half-written.yaml").write_text(
        "format_version: 1\nincident:\n  id: DRAFT\n  title: Unfinished\n", encoding="utf-8"
    )
    return folder


def main() -> int:
    """Write the PNGs; print their paths."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, default=SOURCE_LANGUAGE)
    args = parser.parse_args()
    language: Language = args.lang
    ending = "" if language == SOURCE_LANGUAGE else f"-{language}"
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["XDG_CACHE_HOME"] = str(Path(scratch) / "cache")
        folder = _write_folder(Path(scratch) / "Homs 2016-2018")
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Factsheet")
        register_fonts()
        InterfaceTranslators(app).apply(language, "western")
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppSettings(settings))
        window.show()
        window.library.open_folder(folder)
        view = window.library.view
        deadline = time.monotonic() + 60
        while view.indexing and time.monotonic() < deadline:
            _settle(app, 0.05)
        args.out.mkdir(parents=True, exist_ok=True)
        for name, size, query, fields in SHOTS:
            window.resize(*size)
            view.clear_filters()
            view.search_box.setText(query)
            for field, value in fields.items():
                getattr(view, field).setText(value)
            view.apply_filters()
            view.table.selectRow(0)
            _settle(app)
            target = args.out / f"{name}{ending}.png"
            if not window.grab().save(str(target)):
                print(f"could not write {target}", file=sys.stderr)  # noqa: T201
                return 1
            print(target)  # noqa: T201
        # An incident opened from the library: the tabs, with the way back above them.
        window.resize(1400, 900)
        view.clear_filters()
        view.search_box.setText("qaryatayn after daesh")
        view.apply_filters()
        view.table.selectRow(0)
        view.open_current()
        deadline = time.monotonic() + 30
        while (window.loaded is None or window.updating_tabs) and time.monotonic() < deadline:
            _settle(app, 0.05)
        _settle(app)
        target = args.out / f"library-opened{ending}.png"
        window.grab().save(str(target))
        print(target)  # noqa: T201
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
