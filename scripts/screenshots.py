"""Render a screenshot of each tab of the real app on the sample into docs/screenshots/."""

# Usage: .venv/bin/python scripts/screenshots.py [--out DIR] [--lang en|ar]
# --lang ar shoots the Arabic, right-to-left window into the same names ending in -ar.
# Runs on any Qt platform: under X (xvfb-run -a …) for the desktop's look, or headless with
# QT_QPA_PLATFORM=offscreen. Settings go to a scratch folder, never the user's.

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from factsheet.i18n import LANGUAGES, SOURCE_LANGUAGE, Language
from factsheet.rendering.fonts import register_fonts
from factsheet.resources import sample_incident
from factsheet.ui.language import InterfaceTranslators
from factsheet.ui.main_window import MainWindow
from factsheet.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parent.parent
#: (width, height, suffix of the file name): a desktop and two laptop screens.
SIZES = ((1400, 900, ""), (1366, 768, "-1366x768"), (1024, 700, "-1024x700"))
#: (file name, tab index, item selected first so the detail pane shows something)
SHOTS = (
    ("overview", 0, None),
    ("timeline", 1, ("event", "killings-during-retreat")),
    ("claims", 2, ("claim", "sohr-128-documented")),
    ("actors", 3, ("actor", "daesh")),
    ("sources", 4, ("source", "sohr-statement")),
)


def _wait(app: QApplication, done: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the sample did not load in time")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    """Write one PNG per tab; print their paths."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, default=SOURCE_LANGUAGE)
    args = parser.parse_args()
    language: Language = args.lang
    # English keeps the names it has always had; another language adds its code.
    ending = "" if language == SOURCE_LANGUAGE else f"-{language}"
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Factsheet")
    register_fonts()
    InterfaceTranslators(app).apply(language, "western")
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppSettings(settings))
        window.show()
        window.open_file(sample_incident())
        _wait(app, lambda: window.loaded is not None and not window.updating_tabs)
        args.out.mkdir(parents=True, exist_ok=True)
        for width, height, suffix in SIZES:
            window.resize(width, height)
            for name, index, item in SHOTS:
                window.tabs.setCurrentIndex(index)
                if item is not None:
                    window.show_item(*item)
                for _ in range(20):
                    app.processEvents()
                    time.sleep(0.01)
                target = args.out / f"{name}{suffix}{ending}.png"
                if not window.grab().save(str(target)):
                    print(f"could not write {target}", file=sys.stderr)  # noqa: T201
                    return 1
                print(target)  # noqa: T201
        target = args.out / f"broken-file-1024x700{ending}.png"
        if not _shoot_a_broken_file(app, window, Path(scratch), target):
            return 1
        print(target)  # noqa: T201
        window.close()
    return 0


def _shoot_a_broken_file(
    app: QApplication, window: MainWindow, scratch: Path, target: Path
) -> bool:
    """The sample still shown while a copy with slips in it could not be opened."""
    broken = scratch / "qaryatayn-draft.yaml"
    text = sample_incident().read_text(encoding="utf-8")
    broken.write_text(text.replace("qualifier: at-least", "qualifier: most"), encoding="utf-8")
    window.resize(1024, 700)
    window.tabs.setCurrentIndex(2)
    window.open_file(broken)
    _wait(app, lambda: window.failure is not None)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    if window.grab().save(str(target)):
        return True
    print(f"could not write {target}", file=sys.stderr)  # noqa: T201
    return False


if __name__ == "__main__":
    sys.exit(main())
