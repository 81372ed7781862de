"""The program's own catalogs (resources/translations/*.qm) installed into factsheet.i18n."""

# Read without Qt (i18n/qm_catalog.py), so that everything that words text gets the same
# Arabic: the window, the sheet, and the library's commands and helper processes, which
# load no Qt. Qt's own catalogue for its dialogs is another matter (rendering/translations.py).

import threading
from pathlib import Path

from factsheet.i18n import LANGUAGES, SOURCE_LANGUAGE, Language, install_catalog, installed_catalog
from factsheet.i18n.qm_catalog import QmCatalog, QmFormatError
from factsheet.resources import resource

#: Our catalogs are resources/translations/factsheet_<language>.qm (built from the .ts).
CATALOG_PREFIX = "factsheet_"

_install_lock = threading.Lock()


def translations_dir() -> Path:
    """The folder of our .ts sources and compiled .qm catalogs."""
    return resource("translations")


def catalog_path(language: Language) -> Path:
    """Where the compiled catalog of ``language`` is."""
    return translations_dir() / f"{CATALOG_PREFIX}{language}.qm"


def install_catalogs() -> list[Language]:
    """Load our catalog of every language into factsheet.i18n (once); return those loaded.

    A missing or unreadable .qm is not fatal: that language's words stay English, which the
    translation test and the packaging tests make sure never ships.
    """
    with _install_lock:
        for language in LANGUAGES:
            if language == SOURCE_LANGUAGE or installed_catalog(language) is not None:
                continue
            try:
                catalog = QmCatalog.from_file(catalog_path(language))
            except (OSError, QmFormatError):
                continue
            install_catalog(language, catalog)
        return [lang for lang in LANGUAGES if installed_catalog(lang) is not None]
