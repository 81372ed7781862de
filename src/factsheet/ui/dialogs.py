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
from factsheet.i18n import (
    LANGUAGES,
    NATIVE_NAMES,
    QT_TRANSLATE_NOOP,
    Context,
    Language,
    current_language,
    translate,
)
from factsheet.loading.problems import printable_name
from factsheet.views.brief import DEFAULT_VARIANT, SHEET_VARIANTS, SheetVariant
from factsheet.views.plural import counted

Dialogs = Context("Dialogs")

NEW_FILE_NAME = "new.incident.yaml"


def incident_filter() -> str:
    """The file dialogs' choice of file types for incident files."""
    return Dialogs.tr("Incident files (*.yaml *.yml);;All files (*)")


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_open_file(parent: QWidget | None, start_in: Path | None = None) -> Path | None:
    """Ask for an incident file to open; None when the user cancels."""
    folder = str(start_in) if start_in is not None else _documents_folder()
    chosen, _ = QFileDialog.getOpenFileName(
        parent, Dialogs.tr("Open incident file"), folder, incident_filter()
    )
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
        Dialogs.tr("New incident file"),
        str(folder / NEW_FILE_NAME),
        incident_filter(),
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
        "brief": Dialogs.tr("Brief: one or two pages"),
        "full": Dialogs.tr("Full dossier: the brief and every table as an annex"),
    }


def _pdf_filters() -> dict[tuple[SheetVariant, Language], str]:
    """The export dialog's file types: each sheet in each language (named in its own)."""
    templates = {
        "brief": Dialogs.tr("Fact sheet, brief, {language} (*.pdf)"),
        "full": Dialogs.tr("Fact sheet, full dossier, {language} (*.pdf)"),
    }
    return {
        (variant, language): templates[variant].format(language=NATIVE_NAMES[language])
        for variant in SHEET_VARIANTS
        for language in LANGUAGES
    }


def ask_open_folder(parent: QWidget | None, start_in: Path | None = None) -> Path | None:
    """Ask for a library folder (its incident files are listed, subfolders included)."""
    folder = str(start_in) if start_in is not None else _documents_folder()
    chosen = QFileDialog.getExistingDirectory(
        parent, Dialogs.tr("Open folder of incident files"), folder
    )
    return Path(chosen) if chosen else None


# What Export Selected… offers: (the words shown, translated when shown; the batch_export
# format; the sheet).
BATCH_FORMATS: tuple[tuple[str, OutputFormat, SheetVariant], ...] = (
    (QT_TRANSLATE_NOOP("Dialogs", "PDF fact sheets, brief (one .pdf each)"), "pdf", "brief"),
    (QT_TRANSLATE_NOOP("Dialogs", "PDF fact sheets, full dossier (one .pdf each)"), "pdf", "full"),
    (QT_TRANSLATE_NOOP("Dialogs", "JSON (one .json each)"), "json", DEFAULT_VARIANT),
)


def ask_batch_export(
    parent: QWidget | None,
    count: int,
    start_in: Path | None = None,
    variant: SheetVariant = DEFAULT_VARIANT,
) -> tuple[Path, OutputFormat, SheetVariant] | None:
    """Ask how (PDF, brief or full, or JSON) and into which folder to export ``count``
    incidents; the list starts at the PDF of ``variant``, the sheet last chosen."""
    names = [translate("Dialogs", name) for name, _, _ in BATCH_FORMATS]
    chosen, ok = QInputDialog.getItem(
        parent,
        Dialogs.tr("Export selected incidents"),
        Dialogs.tr("Export {incidents} as:").format(incidents=counted(count, "incident")),
        names,
        next(i for i, (_, f, v) in enumerate(BATCH_FORMATS) if f == "pdf" and v == variant),
        False,
    )
    if not ok:
        return None
    _, fmt, sheet = BATCH_FORMATS[names.index(chosen)]
    folder = str(start_in) if start_in is not None else _documents_folder()
    target = QFileDialog.getExistingDirectory(parent, Dialogs.tr("Export into folder"), folder)
    return (Path(target), fmt, sheet) if target else None


def ask_save_pdf(
    parent: QWidget | None,
    suggested: Path,
    variant: SheetVariant = DEFAULT_VARIANT,
    language: Language | None = None,
) -> tuple[Path, SheetVariant, Language] | None:
    """Ask where to save a PDF, starting from ``suggested``, and which sheet in which
    language: the file type (brief or full dossier, English or Arabic) starts at ``variant``
    in ``language`` (None: the interface's). None when the user cancels."""
    filters = _pdf_filters()
    start = (variant, language or current_language())
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        Dialogs.tr("Export PDF"),
        str(suggested),
        ";;".join(filters.values()),
        filters[start],
    )
    if not chosen:
        return None
    path = Path(chosen)
    sheet, sheet_language = next((k for k, f in filters.items() if f == chosen_filter), start)
    # Some platform dialogs return the bare name the user typed; a PDF should say so.
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path, sheet, sheet_language


def sheet_language_box(parent: QWidget | None, language: Language) -> QComboBox:
    """A chooser of the sheet's language, for the print dialogs, each language named in its
    own words (as View ▸ Language names them); each item's data is its language."""
    box = QComboBox(parent)
    box.setToolTip(Dialogs.tr("The language of the fact sheet (the window's stays as it is)"))
    for value in LANGUAGES:
        box.addItem(NATIVE_NAMES[value], value)
    box.setCurrentIndex(LANGUAGES.index(language))
    return box


def sheet_variant_box(parent: QWidget | None, variant: SheetVariant) -> QComboBox:
    """A small chooser between the brief and the full dossier, for the print dialogs; each
    item's data is its variant."""
    box = QComboBox(parent)
    box.setToolTip(Dialogs.tr("Which fact sheet to print"))
    for value in SHEET_VARIANTS:
        box.addItem(sheet_names()[value], value)
    box.setCurrentIndex(SHEET_VARIANTS.index(variant))
    return box


def ask_editor_command(parent: QWidget | None, current: str) -> str | None:
    """Ask for the command that opens a file at a line; None when the user cancels.

    An empty answer means the system's opener (which opens the file, not at the line).
    """
    # The placeholders are the command's own, shown as they are: the sentence is filled in
    # with them rather than holding them, so a translation cannot lose one.
    words = Dialogs.tr(
        "The command that opens an incident file at a line. {file}, {line} and {column} "
        "are filled in; leave it empty to use the system's default application (which "
        "opens the file at its start)."
    ).format(file="{file}", line="{line}", column="{column}")
    examples = "\n".join(
        (
            'code --goto "{file}:{line}:{column}"',
            'gedit +{line} "{file}"',
            'kate --line {line} --column {column} "{file}"',
            '"C:\\Program Files\\Notepad++\\notepad++.exe" -n{line} "{file}"',
        )
    )
    label = "{words}\n\n{for_example}\n{examples}".format(
        words=words, for_example=Dialogs.tr("For example:"), examples=examples
    )
    text, accepted = QInputDialog.getText(
        parent, Dialogs.tr("External Editor"), label, QLineEdit.EchoMode.Normal, current
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
            Dialogs.tr("Open web address"),
            Dialogs.tr(
                "Factsheet cannot open this address: it is not a web address with a valid host."
            ),
            details=printable_name(url),
        )
        return False
    encoded = bytes(address.toEncoded().data()).decode("ascii")
    parts = [encoded]
    if encoded != url:
        parts.append(
            Dialogs.tr(
                "Shown encoded, as your browser will receive it: letters other than English "
                "ones and any hidden characters appear as xn--… and %XX."
            )
        )
    parts.append(
        Dialogs.tr("Your browser will connect to the internet; Factsheet itself stays offline.")
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(Dialogs.tr("Open web address"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the address is the file's text: never markup
    box.setText(Dialogs.tr("Open this address in your web browser?"))
    box.setInformativeText("\n\n".join(parts))
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open
