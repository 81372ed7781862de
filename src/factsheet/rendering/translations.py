"""The compiled translations (factsheet_ar.qm) as catalogs of factsheet.i18n, and Qt's own."""

# QtCore only, so that the sheet (rendering/) and the window (ui/) share it and the command
# line's PDF export can load it without widgets. Qt does the plural forms: the .qm carries
# Arabic's numerus rules and QTranslator.translate picks the form for n.

import threading
from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, QTranslator

from factsheet.i18n import LANGUAGES, SOURCE_LANGUAGE, Language, install_catalog, installed_catalog
from factsheet.resources import resource

#: Our catalogs are resources/translations/factsheet_<language>.qm (built from the .ts).
CATALOG_PREFIX = "factsheet_"
#: Qt's catalogue for QtCore, QtGui, QtWidgets and QtPrintSupport: dialog buttons, the file
#: and print dialogs. The frozen app keeps only these (packaging/bundle_trim.py).
QT_CATALOG_PREFIX = "qtbase_"


class QtCatalog:
    """A factsheet.i18n Catalog backed by a loaded QTranslator."""

    def __init__(self, translator: QTranslator) -> None:
        self.translator = translator
        # The window's rows are built on the loader's thread while the GUI thread translates
        # too; QTranslator is reentrant, not documented as thread-safe, so calls take turns.
        self._lock = threading.Lock()

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        """The .qm's translation (the plural form for n), or None when it has none."""
        with self._lock:
            found = self.translator.translate(context, text, disambiguation, n)
        return found or None


def translations_dir() -> Path:
    """The folder of our .ts sources and compiled .qm catalogs."""
    return resource("translations")


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


_install_lock = threading.Lock()


def install_catalogs() -> list[Language]:
    """Load our catalog of every language into factsheet.i18n (once); return those loaded.

    A missing .qm is not fatal: that language's words stay English, which the translation
    test and the packaging tests make sure never ships.
    """
    with _install_lock:
        for language in LANGUAGES:
            if language == SOURCE_LANGUAGE or installed_catalog(language) is not None:
                continue
            translator = load_translator(language)
            if translator is not None:
                install_catalog(language, QtCatalog(translator))
        return [lang for lang in LANGUAGES if installed_catalog(lang) is not None]
