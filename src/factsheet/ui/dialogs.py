"""Every dialog the app asks through: the one seam that tests replace."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from factsheet.batch_export import OutputFormat
from factsheet.loading.problems import printable_name
from factsheet.views.brief import DEFAULT_VARIANT, SHEET_VARIANTS, SheetVariant
from factsheet.views.plural import counted

INCIDENT_FILTER = "Incident files (*.yaml *.yml);;All files (*)"
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


def sheet_names() -> dict[SheetVariant, str]:
    """How each sheet is named where the user chooses one."""
    return {
        "brief": "Brief: one or two pages",
        "full": "Full dossier: the brief and every table as an annex",
    }


def _pdf_filters() -> dict[SheetVariant, str]:
    return {
        "brief": "Fact sheet, brief (*.pdf)",
        "full": "Fact sheet, full dossier (*.pdf)",
    }


def ask_open_folder(parent: QWidget | None, start_in: Path | None = None) -> Path | None:
    """Ask for a library folder (its incident files are listed, subfolders included)."""
    folder = str(start_in) if start_in is not None else _documents_folder()
    chosen = QFileDialog.getExistingDirectory(parent, "Open folder of incident files", folder)
    return Path(chosen) if chosen else None


#: What Export Selected… offers: (the words shown, the batch_export format, the sheet).
BATCH_FORMATS: tuple[tuple[str, OutputFormat, SheetVariant], ...] = (
    ("PDF fact sheets, brief (one .pdf each)", "pdf", "brief"),
    ("PDF fact sheets, full dossier (one .pdf each)", "pdf", "full"),
    ("JSON (one .json each)", "json", DEFAULT_VARIANT),
)


def ask_batch_export(
    parent: QWidget | None,
    count: int,
    start_in: Path | None = None,
    variant: SheetVariant = DEFAULT_VARIANT,
) -> tuple[Path, OutputFormat, SheetVariant] | None:
    """Ask how (PDF, brief or full, or JSON) and into which folder to export ``count``
    incidents; the list starts at the PDF of ``variant``, the sheet last chosen."""
    names = [name for name, _, _ in BATCH_FORMATS]
    chosen, ok = QInputDialog.getItem(
        parent,
        "Export selected incidents",
        f"Export {counted(count, 'incident')} as:",
        names,
        next(i for i, (_, f, v) in enumerate(BATCH_FORMATS) if f == "pdf" and v == variant),
        False,
    )
    if not ok:
        return None
    _, fmt, sheet = next(entry for entry in BATCH_FORMATS if entry[0] == chosen)
    folder = str(start_in) if start_in is not None else _documents_folder()
    target = QFileDialog.getExistingDirectory(parent, "Export into folder", folder)
    return (Path(target), fmt, sheet) if target else None


def ask_save_pdf(
    parent: QWidget | None, suggested: Path, variant: SheetVariant = DEFAULT_VARIANT
) -> tuple[Path, SheetVariant] | None:
    """Ask where to save a PDF, starting from ``suggested``, and which sheet: the file type
    (brief or full dossier) starts at ``variant``. None when the user cancels."""
    filters = _pdf_filters()
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, "Export PDF", str(suggested), ";;".join(filters.values()), filters[variant]
    )
    if not chosen:
        return None
    path = Path(chosen)
    sheet = next((v for v, f in filters.items() if f == chosen_filter), variant)
    # Some platform dialogs return the bare name the user typed; a PDF should say so.
    return (path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")), sheet


def sheet_variant_box(parent: QWidget | None, variant: SheetVariant) -> QComboBox:
    """A small chooser between the brief and the full dossier, for the print dialogs; each
    item's data is its variant."""
    box = QComboBox(parent)
    box.setToolTip("Which fact sheet to print")
    for value in SHEET_VARIANTS:
        box.addItem(sheet_names()[value], value)
    box.setCurrentIndex(SHEET_VARIANTS.index(variant))
    return box


def ask_editor_command(parent: QWidget | None, current: str) -> str | None:
    """Ask for the command that opens a file at a line; None when the user cancels.

    An empty answer means the system's opener (which opens the file, not at the line).
    """
    label = (
        "The command that opens an incident file at a line. {file}, {line} and {column} "
        "are filled in; leave it empty to use the system's default application (which "
        "opens the file at its start).\n\nFor example:\n"
        'code --goto "{file}:{line}:{column}"\n'
        'gedit +{line} "{file}"\n'
        'kate --line {line} --column {column} "{file}"\n'
        '"C:\\Program Files\\Notepad++\\notepad++.exe" -n{line} "{file}"'
    )
    text, accepted = QInputDialog.getText(
        parent, "External Editor", label, QLineEdit.EchoMode.Normal, current
    )
    return text.strip() if accepted else None


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user something failed, in plain words (never a traceback).

    Text and ``details`` are plain text: file names and file contents are never markup.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    box.exec()


def confirm_open_url(parent: QWidget | None, url: str) -> bool:
    """Show the address as the browser will receive it and ask before anything opens it.

    Shown encoded (xn--… for a host in other letters, %XX for anything else), so neither an
    invisible character nor right-to-left text can make it read as another site. An address
    without a valid web host is not offered at all; the user is told so instead.
    """
    address = QUrl(url, QUrl.ParsingMode.StrictMode)
    if not address.isValid() or address.scheme() not in ("http", "https") or not address.host():
        show_error(
            parent,
            "Open web address",
            "Factsheet cannot open this address: it is not a web address with a valid host.",
            details=printable_name(url),
        )
        return False
    encoded = bytes(address.toEncoded().data()).decode("ascii")
    note = (
        "\n\nShown encoded, as your browser will receive it: letters other than English "
        "ones and any hidden characters appear as xn--… and %XX."
        if encoded != url
        else ""
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Open web address")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the address is the file's text: never markup
    box.setText("Open this address in your web browser?")
    box.setInformativeText(
        f"{encoded}{note}\n\nYour browser will connect to the internet; Factsheet itself "
        "stays offline."
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open
