"""The printed fact sheet as PDF, headless: from the command line or the app alike."""

import errno
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from factsheet import __version__
from factsheet.i18n import current_language, is_right_to_left
from factsheet.loading import LoadedIncident
from factsheet.output_file import written_beside
from factsheet.rendering.pagination import render_sheet
from factsheet.rendering.pdf_text import searchable_text_layer
from factsheet.views.brief import DEFAULT_VARIANT, SheetVariant

PAPERS = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}

#: Countries whose offices print on US Letter (CLDR's paperSize data); everyone else, A4.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.Guatemala,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.PuertoRico,
        QLocale.Country.ElSalvador,
        QLocale.Country.Venezuela,
        QLocale.Country.Belize,
    }
)

PDF_RESOLUTION = 1200


def default_paper(locale: QLocale | None = None) -> str:
    """'letter' where the system locale's country prints on Letter, else 'a4'.

    The C/POSIX locale of servers and CI names no country, so it gets A4, the paper of
    most of the world and of the organisations this tool is for.
    """
    territory = (locale or QLocale.system()).territory()
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new headless one (offscreen on Linux)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if sys.platform.startswith("linux"):
        # Writing a PDF shows no window: offscreen needs no X libraries, and a stale DISPLAY
        # (an old SSH session) cannot abort the export. Windows and macOS need no display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["factsheet"])


def _is_same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def export_pdf(
    loaded: LoadedIncident,
    output: Path,
    *,
    paper: str | None,
    variant: SheetVariant = DEFAULT_VARIANT,
) -> int:
    """Write the ``variant`` sheet of ``loaded`` to ``output``; return the number of pages.

    The file appears whole or not at all (written beside it, then renamed), and never
    replaces the incident file itself.
    """
    if _is_same_file(output, loaded.path) or output.resolve() == loaded.path.resolve():
        raise OSError(errno.EEXIST, "the output would overwrite the incident file")
    choice = (paper or default_paper()).lower()
    if choice not in PAPERS:
        raise ValueError(f"expected paper a4 or letter; found {paper!r}")
    ensure_gui_application()
    with written_beside(output) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAPERS[choice]),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        info = loaded.incident.incident
        # The document's title as the sheet leads with it: the Arabic one on an Arabic sheet.
        arabic_first = info.title_ar and is_right_to_left(current_language())
        writer.setTitle(info.title_ar if arabic_first and info.title_ar else info.title)
        writer.setCreator(f"Factsheet {__version__}")
        pages = render_sheet(writer, loaded, variant=variant)
        del writer  # closes the file before it is renamed
        # Searchable: Arabic and ligatures in the text layer as letters (pdf_text.py).
        temp.write_bytes(searchable_text_layer(temp.read_bytes()))
    return pages
