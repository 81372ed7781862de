"""The compiled translations as QTranslators, for Qt: ours and Qt's own (dialogs, buttons)."""

# QtCore only. Our words reach factsheet.i18n without Qt (shipped_catalogs.py); the window
# also installs our catalog on the application, beside Qt's qtbase one, so that a
# QObject.tr() would find our words too.

from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, QTranslator

from factsheet.i18n import Language
from factsheet.shipped_catalogs import CATALOG_PREFIX, translations_dir

#: Qt's catalogue for QtCore, QtGui, QtWidgets and QtPrintSupport: dialog buttons, the file
#: and print dialogs. The frozen app keeps only these (packaging/bundle_trim.py).
QT_CATALOG_PREFIX = "qtbase_"


def load_translator(language: Language, prefix: str = CATALOG_PREFIX) -> QTranslator | None:
    """``<prefix><language>.qm`` from our translations (or, for qtbase_, Qt's), if present."""
    translator = QTranslator()
    folders = [translations_dir()] if prefix == CATALOG_PREFIX else qt_translations_dirs()
    for folder in folders:
        if translator.load(f"{prefix}{language}", str(folder)):
            return translator
    return None


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files are: Qt's configured folder, then PySide6's (frozen app)."""
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return [Path(configured), bundled] if configured else [bundled]
