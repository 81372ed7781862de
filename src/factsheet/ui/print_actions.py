"""File ▸ Print… and File ▸ Export PDF…: the dialogs around the one sheet renderer.

Each dialog offers the choice of sheet — the brief (the default) or the full dossier — and
the app remembers the last one chosen (ui/settings.py): a box in the print preview's tool
bar, an options tab in the print dialog (where the platform's dialog shows one), the file
type in the Export PDF dialog. The choice is the ``variant`` every renderer takes.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QFormLayout, QToolBar, QWidget

from factsheet.batch_export import write_incident
from factsheet.i18n import Context, Language, current_digits, current_language, using_language
from factsheet.loading import LoadedIncident
from factsheet.rendering.pagination import render_sheet
from factsheet.rendering.pdf_text import searchable_text_layer
from factsheet.shipped_catalogs import install_catalogs
from factsheet.ui import dialogs
from factsheet.ui.settings import AppSettings
from factsheet.views.bidi import in_line
from factsheet.views.brief import DEFAULT_VARIANT, SheetVariant

Printing = Context("Printing")


def new_printer() -> QPrinter:
    """A printer at full resolution: the preview then draws exactly what the paper gets."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def settings_of(parent: QWidget | None) -> AppSettings | None:
    """The app's settings when ``parent`` is the main window (which holds them)."""
    found = getattr(parent, "settings", None)
    return found if isinstance(found, AppSettings) else None


def _remembered(settings: AppSettings | None) -> SheetVariant:
    return settings.sheet_variant() if settings is not None else DEFAULT_VARIANT


def render_on_printer(
    printer: QPrinter,
    loaded: LoadedIncident,
    *,
    variant: SheetVariant = DEFAULT_VARIANT,
    language: Language | None = None,
) -> int:
    """Paint the sheet on a printer or preview: the dialog's From/To range, whole pages;
    in ``language`` (None: the interface's), with the digits the user chose."""
    if language is None:
        return _render_on_printer(printer, loaded, variant)
    install_catalogs()  # the sheet's words in its language, whatever the window's
    with using_language(language, current_digits()):
        return _render_on_printer(printer, loaded, variant)


def _render_on_printer(printer: QPrinter, loaded: LoadedIncident, variant: SheetVariant) -> int:
    # Coordinates from the paper's corner: the sheet sets its own margins.
    printer.setFullPage(True)
    chosen = (printer.fromPage(), printer.toPage()) if printer.fromPage() > 0 else None
    pages = render_sheet(printer, loaded, variant=variant, page_range=chosen)
    printed_to = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printed_to:
        # "Print to File (PDF)": the same searchable text layer as Export PDF (pdf_text.py).
        # The painter has ended, so the file is whole; the user named it to be written.
        path = Path(printed_to)
        path.write_bytes(searchable_text_layer(path.read_bytes()))
    return pages


def _render_or_report(
    parent: QWidget | None, printer: QPrinter, loaded: LoadedIncident, choice: "SheetChoice"
) -> None:
    try:
        render_on_printer(printer, loaded, variant=choice.variant, language=choice.language)
    except OSError as exc:
        _print_failed(parent, exc)


def _print_failed(parent: QWidget | None, exc: OSError) -> None:
    # The reason is the system's, in its own language.
    dialogs.show_error(
        parent,
        Printing.tr("Print"),
        Printing.tr("The sheet could not be printed: {reason}").format(reason=exc),
    )


class SheetChoice:
    """The sheet and its language chosen in one dialog, remembered in the settings when
    they change. The language is the interface's until the user chooses another."""

    def __init__(self, settings: AppSettings | None) -> None:
        self.settings = settings
        self.variant = _remembered(settings)
        chosen = settings.sheet_language() if settings is not None else None
        self.language: Language = chosen or current_language()

    def set(self, variant: SheetVariant) -> None:
        self.variant = variant
        if self.settings is not None:
            self.settings.set_sheet_variant(variant)

    def set_language(self, language: Language) -> None:
        self.language = language
        if self.settings is not None:
            self.settings.set_sheet_language(language)


class SheetOptions:
    """The two choosers of a print dialog's options: which sheet, in which language."""

    def __init__(self, parent: QWidget, choice: SheetChoice) -> None:
        self.choice = choice
        self.variant_box = dialogs.sheet_variant_box(parent, choice.variant)
        self.language_box = dialogs.sheet_language_box(parent, choice.language)

    def apply(self) -> None:
        """The choices into effect (and remembered): the dialog was accepted."""
        self.choice.set(self.variant_box.currentData())
        self.choice.set_language(self.language_box.currentData())


def make_preview_dialog(
    parent: QWidget | None,
    loaded: LoadedIncident,
    printer: QPrinter | None = None,
    *,
    settings: AppSettings | None = None,
) -> QPrintPreviewDialog:
    """A print preview that paints with the same renderer as the printer and the PDF, with
    the choice of sheet in its tool bar (the preview follows the choice at once)."""
    printer = printer or new_printer()
    choice = SheetChoice(settings or settings_of(parent))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        Printing.tr("Print preview — {file}").format(file=in_line(loaded.path.name))
    )
    dialog.paintRequested.connect(lambda device: _render_or_report(parent, device, loaded, choice))
    options = SheetOptions(dialog, choice)
    preview = dialog.findChild(QPrintPreviewWidget)
    toolbar = dialog.findChild(QToolBar)

    def chosen(_index: int) -> None:
        options.apply()
        if preview is not None:
            preview.updatePreview()

    for box in (options.variant_box, options.language_box):
        box.currentIndexChanged.connect(chosen)
    if toolbar is not None and toolbar.actions():
        first = toolbar.actions()[0]
        # Qt's tool bar ends with Page setup and Print: at 1024 px, with the choice of
        # sheet before them, they went into the '»' overflow. They come first instead; the
        # page-view buttons are what overflows on a narrow screen.
        ends = [a for a in toolbar.actions() if not a.isSeparator()][-2:]
        for action in ends:
            toolbar.insertAction(first, action)
        toolbar.insertSeparator(first)
        toolbar.insertWidget(first, options.variant_box)
        toolbar.insertWidget(first, options.language_box)
        toolbar.insertSeparator(first)
    elif toolbar is not None:
        toolbar.addWidget(options.variant_box)
        toolbar.addWidget(options.language_box)
    # The dialog does not own the printer; keep it alive as long as the dialog.
    dialog.printer_ref = printer  # type: ignore[attr-defined]
    dialog.sheet_box = options.variant_box  # type: ignore[attr-defined]
    dialog.language_box = options.language_box  # type: ignore[attr-defined]
    return dialog


def print_with_preview(parent: QWidget | None, loaded: LoadedIncident) -> None:
    """File ▸ Print…: show the pages first; the dialog's Print button sends them on."""
    dialog = make_preview_dialog(parent, loaded)
    dialog.exec()


def add_sheet_options(dialog: QPrintDialog, choice: SheetChoice) -> SheetOptions:
    """The print dialog's "Fact sheet" options tab: which sheet and in which language,
    starting at ``choice``; ``apply()`` them once the dialog is accepted."""
    # Parented to the dialog: the tab must outlive this function (PySide would delete it).
    tab = QWidget(dialog)
    tab.setWindowTitle(Printing.tr("Fact sheet"))
    options = SheetOptions(tab, choice)
    form = QFormLayout(tab)
    form.addRow(Printing.tr("Sheet:"), options.variant_box)
    form.addRow(Printing.tr("Language:"), options.language_box)
    dialog.setOptionTabs([tab])
    return options


def print_to_printer(
    parent: QWidget | None,
    loaded: LoadedIncident,
    printer: QPrinter | None = None,
    *,
    settings: AppSettings | None = None,
) -> bool:
    """Print straight away after the system print dialog; True when pages were sent.

    The choice of sheet is an options tab of Qt's own print dialog; a platform's native
    dialog (Windows, macOS) shows no such tab, and the sheet last chosen is printed.
    """
    printer = printer or new_printer()
    choice = SheetChoice(settings or settings_of(parent))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(Printing.tr("Print fact sheet"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    options = add_sheet_options(dialog, choice)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    options.apply()
    try:
        render_on_printer(printer, loaded, variant=choice.variant, language=choice.language)
    except OSError as exc:
        _print_failed(parent, exc)
        return False
    return True


def suggested_pdf_path(loaded: LoadedIncident) -> Path:
    """'<incident file name>.pdf' beside the incident file."""
    return loaded.path.with_suffix(".pdf")


def export_pdf_interactive(
    parent: QWidget | None, loaded: LoadedIncident, *, settings: AppSettings | None = None
) -> Path | None:
    """File ▸ Export PDF…: ask where and which sheet, write it, report failure in words."""
    choice = SheetChoice(settings or settings_of(parent))
    answer = dialogs.ask_save_pdf(
        parent, suggested_pdf_path(loaded), choice.variant, choice.language
    )
    if answer is None:
        return None
    output, variant, language = answer
    choice.set(variant)
    choice.set_language(language)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_incident(loaded, output, "pdf", variant=variant, language=language)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        dialogs.show_error(
            parent,
            Printing.tr("Export PDF"),
            Printing.tr("Could not write {file}: {reason}").format(
                file=in_line(output.name), reason=reason
            ),
        )
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    return output
