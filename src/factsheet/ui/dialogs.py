"""Every dialog the app asks through: the one seam that tests replace."""

import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

INCIDENT_FILTER = "Incident files (*.yaml *.yml);;All files (*)"
PDF_FILTER = "PDF documents (*.pdf)"


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_open_file(parent: QWidget | None, start_in: Path | None = None) -> Path | None:
    """Ask for an incident file to open; None when the user cancels."""
    folder = str(start_in) if start_in is not None else _documents_folder()
    chosen, _ = QFileDialog.getOpenFileName(parent, "Open incident file", folder, INCIDENT_FILTER)
    return Path(chosen) if chosen else None


def ask_open_folder(parent: QWidget | None, start_in: Path | None = None) -> Path | None:
    """Ask for a library folder (its incident files are listed, subfolders included)."""
    folder = str(start_in) if start_in is not None else _documents_folder()
    chosen = QFileDialog.getExistingDirectory(parent, "Open folder of incident files", folder)
    return Path(chosen) if chosen else None


#: What Export Selected… offers: (the words shown, the batch_export format).
BATCH_FORMATS = (("PDF fact sheets (one .pdf each)", "pdf"), ("JSON (one .json each)", "json"))


def ask_batch_export(
    parent: QWidget | None, count: int, start_in: Path | None = None
) -> tuple[Path, str] | None:
    """Ask how (PDF or JSON) and into which folder to export ``count`` incidents."""
    names = [name for name, _ in BATCH_FORMATS]
    chosen, ok = QInputDialog.getItem(
        parent, "Export selected incidents", f"Export {count} incident(s) as:", names, 0, False
    )
    if not ok:
        return None
    fmt = dict(BATCH_FORMATS)[chosen]
    folder = str(start_in) if start_in is not None else _documents_folder()
    target = QFileDialog.getExistingDirectory(parent, "Export into folder", folder)
    return (Path(target), fmt) if target else None


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user how something went, in plain words."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def ask_save_pdf(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save a PDF, starting from ``suggested``; None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, "Export PDF", str(suggested), PDF_FILTER)
    if not chosen:
        return None
    path = Path(chosen)
    # Some platform dialogs return the bare name the user typed; a PDF should say so.
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something failed, in plain words (never a traceback)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def confirm_open_url(parent: QWidget | None, url: str) -> bool:
    """Show the full address and ask before anything goes to the system browser."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Open web address")
    box.setText(
        "Open this address in your web browser?<br><br>"
        f"<code>{html.escape(url)}</code><br><br>"
        "Your browser will connect to the internet; Factsheet itself stays offline."
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open
