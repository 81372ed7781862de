"""File ▸ Print… and File ▸ Export PDF…: the dialogs around the one sheet renderer."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from factsheet.loading import LoadedIncident
from factsheet.rendering.pagination import render_sheet
from factsheet.rendering.pdf import export_pdf
from factsheet.ui import dialogs


def new_printer() -> QPrinter:
    """A printer at full resolution: the preview then draws exactly what the paper gets."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def render_on_printer(printer: QPrinter, loaded: LoadedIncident) -> int:
    """Paint the sheet on a printer or preview: the dialog's From/To range, whole pages."""
    # Coordinates from the paper's corner: the sheet sets its own margins.
    printer.setFullPage(True)
    chosen = (printer.fromPage(), printer.toPage()) if printer.fromPage() > 0 else None
    return render_sheet(printer, loaded, page_range=chosen)


def _render_or_report(parent: QWidget | None, printer: QPrinter, loaded: LoadedIncident) -> None:
    try:
        render_on_printer(printer, loaded)
    except OSError as exc:
        dialogs.show_error(parent, "Print", f"The sheet could not be printed: {exc}")


def make_preview_dialog(
    parent: QWidget | None, loaded: LoadedIncident, printer: QPrinter | None = None
) -> QPrintPreviewDialog:
    """A print preview that paints with the same renderer as the printer and the PDF."""
    printer = printer or new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"Print preview — {loaded.path.name}")
    dialog.paintRequested.connect(lambda device: _render_or_report(parent, device, loaded))
    # The dialog does not own the printer; keep it alive as long as the dialog.
    dialog.printer_ref = printer  # type: ignore[attr-defined]
    return dialog


def print_with_preview(parent: QWidget | None, loaded: LoadedIncident) -> None:
    """File ▸ Print…: show the pages first; the dialog's Print button sends them on."""
    dialog = make_preview_dialog(parent, loaded)
    dialog.exec()


def print_to_printer(
    parent: QWidget | None, loaded: LoadedIncident, printer: QPrinter | None = None
) -> bool:
    """Print straight away after the system print dialog; True when pages were sent."""
    printer = printer or new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print fact sheet")
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        render_on_printer(printer, loaded)
    except OSError as exc:
        dialogs.show_error(parent, "Print", f"The sheet could not be printed: {exc}")
        return False
    return True


def suggested_pdf_path(loaded: LoadedIncident) -> Path:
    """'<incident file name>.pdf' beside the incident file."""
    return loaded.path.with_suffix(".pdf")


def export_pdf_interactive(parent: QWidget | None, loaded: LoadedIncident) -> Path | None:
    """File ▸ Export PDF…: ask where, write the sheet, report failure in words; the path."""
    output = dialogs.ask_save_pdf(parent, suggested_pdf_path(loaded))
    if output is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_pdf(loaded, output, paper=None)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        dialogs.show_error(parent, "Export PDF", f"Could not write {output.name}: {reason}")
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    return output
