"""Every dialog the app asks through: the one seam that tests replace."""

import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

INCIDENT_FILTER = "Incident files (*.yaml *.yml);;All files (*)"
PDF_FILTER = "PDF documents (*.pdf)"
NEW_FILE_NAME = "new.incident.yaml"


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_open_file(parent: QWidget | None, start_in: Path | None = None) -> Path | None:
    """Ask for an incident file to open; None when the user cancels."""
    folder = str(start_in) if start_in is not None else _documents_folder()
    chosen, _ = QFileDialog.getOpenFileName(parent, "Open incident file", folder, INCIDENT_FILTER)
    return Path(chosen) if chosen else None


def ask_new_file(parent: QWidget | None, start_in: Path | None = None) -> Path | None:
    """Ask where to create a new incident file; None when the user cancels.

    The dialog does not offer to replace a file: a new incident never does (the caller
    says so if the name is taken). A name typed without .yaml gets .incident.yaml, the
    ending an installed Factsheet opens by double-click.
    """
    folder = start_in if start_in is not None else Path(_documents_folder())
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        "New incident file",
        str(folder / NEW_FILE_NAME),
        INCIDENT_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() in (".yaml", ".yml"):
        return path
    return path.with_name(path.name + ".incident.yaml")


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
