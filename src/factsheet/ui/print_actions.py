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
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QToolBar, QWidget

from factsheet.batch_export import write_incident
from factsheet.i18n import Context
from factsheet.loading import LoadedIncident
from factsheet.rendering.pagination import render_sheet
from factsheet.rendering.pdf_text import searchable_text_layer
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
    printer: QPrinter, loaded: LoadedIncident, *, variant: SheetVariant = DEFAULT_VARIANT
) -> int:
    """Paint the sheet on a printer or preview: the dialog's From/To range, whole pages."""
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
    parent: QWidget | None, printer: QPrinter, loaded: LoadedIncident, variant: SheetVariant
) -> None:
    try:
        render_on_printer(printer, loaded, variant=variant)
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
    """The sheet chosen in one dialog, remembered in the settings when it changes."""

    def __init__(self, settings: AppSettings | None) -> None:
        self.settings = settings
        self.variant = _remembered(settings)

    def set(self, variant: SheetVariant) -> None:
        self.variant = variant
        if self.settings is not None:
            self.settings.set_sheet_variant(variant)


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
    dialog.paintRequested.connect(
        lambda device: _render_or_report(parent, device, loaded, choice.variant)
    )
    box = dialogs.sheet_variant_box(dialog, choice.variant)
    preview = dialog.findChild(QPrintPreviewWidget)
    toolbar = dialog.findChild(QToolBar)

    def chosen(index: int) -> None:
        choice.set(box.itemData(index))
        if preview is not None:
            preview.updatePreview()

    box.currentIndexChanged.connect(chosen)
    if toolbar is not None and toolbar.actions():
        first = toolbar.actions()[0]
        toolbar.insertWidget(first, box)
        toolbar.insertSeparator(first)
    elif toolbar is not None:
        toolbar.addWidget(box)
    # The dialog does not own the printer; keep it alive as long as the dialog.
    dialog.printer_ref = printer  # type: ignore[attr-defined]
    dialog.sheet_box = box  # type: ignore[attr-defined]
    return dialog


def print_with_preview(parent: QWidget | None, loaded: LoadedIncident) -> None:
    """File ▸ Print…: show the pages first; the dialog's Print button sends them on."""
    dialog = make_preview_dialog(parent, loaded)
    dialog.exec()


def add_sheet_options(dialog: QPrintDialog, choice: SheetChoice) -> QComboBox:
    """The print dialog's "Fact sheet" options tab: which sheet, starting at ``choice``."""
    # Parented to the dialog: the tab must outlive this function (PySide would delete it).
    options = QWidget(dialog)
    options.setWindowTitle(Printing.tr("Fact sheet"))
    box = dialogs.sheet_variant_box(options, choice.variant)
    QFormLayout(options).addRow(Printing.tr("Sheet:"), box)
    dialog.setOptionTabs([options])
    return box


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
    box = add_sheet_options(dialog, choice)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    choice.set(box.currentData())
    try:
        render_on_printer(printer, loaded, variant=choice.variant)
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
    answer = dialogs.ask_save_pdf(parent, suggested_pdf_path(loaded), choice.variant)
    if answer is None:
        return None
    output, variant = answer
    choice.set(variant)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_incident(loaded, output, "pdf", variant=variant)
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
