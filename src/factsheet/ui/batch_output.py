"""The library's Export Selected… and Print Selected…: many sheets, one dialog, a progress bar."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from factsheet.batch_export import (
    Outcome,
    OutputFormat,
    Source,
    export_many,
    summary_lines,
    write_summary,
)
from factsheet.i18n import Context
from factsheet.library.scan import not_a_file_reason
from factsheet.loading import IncidentLoadError, LoadedIncident, read_incident
from factsheet.ui import dialogs
from factsheet.ui.print_actions import (
    SheetChoice,
    add_sheet_options,
    new_printer,
    render_on_printer,
    settings_of,
)
from factsheet.ui.settings import AppSettings
from factsheet.views.bidi import in_line
from factsheet.views.brief import DEFAULT_VARIANT, SheetVariant
from factsheet.views.plural import counted

BatchOutput = Context("BatchOutput")


def _progress(parent: QWidget | None, text: str, total: int) -> QProgressDialog:
    dialog = QProgressDialog(text, BatchOutput.tr("Cancel"), 0, total, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


def export_selection(
    parent: QWidget | None,
    paths: Sequence[Path],
    folder: Path,
    fmt: OutputFormat,
    variant: SheetVariant = DEFAULT_VARIANT,
) -> list[Outcome]:
    """Write one file per incident into ``folder`` and ``summary.txt``; say what failed.

    The sheets (the brief or the full dossier) are in the window's language, as File ▸
    Export PDF… writes them.
    """
    sources = [Source(path, path.name) for path in paths]
    progress = _progress(
        parent,
        BatchOutput.tr("Exporting {incidents}…").format(
            incidents=counted(len(sources), "incident")
        ),
        len(sources),
    )

    def step(done: int, _total: int, path: Path) -> None:
        progress.setValue(done)
        progress.setLabelText(BatchOutput.tr("Exporting {file}…").format(file=in_line(path.name)))
        QApplication.processEvents()  # one sheet at a time: the window keeps painting

    outcomes = export_many(
        sources, folder, fmt, variant=variant, progress=step, cancelled=progress.wasCanceled
    )
    progress.close()
    lines = summary_lines(outcomes)
    try:
        write_summary(folder, lines)
    except OSError as exc:
        # summary.txt is English, for files and scripts; so is what it would have said.
        lines.append(f"(summary.txt could not be written: {exc.strerror or exc})")
    failed = [line for line in lines if line.startswith("could not")]
    if failed:
        dialogs.show_error(
            parent, BatchOutput.tr("Export selected"), "\n".join([*failed, lines[-1]])
        )
    return outcomes


def print_selection(
    parent: QWidget | None,
    paths: Sequence[Path],
    printer: QPrinter | None = None,
    *,
    settings: AppSettings | None = None,
) -> int:
    """One print dialog (with the choice of sheet, remembered as File ▸ Print… remembers
    it), then every readable incident's sheet; the number printed."""
    choice = SheetChoice(settings or settings_of(parent))
    loaded: list[LoadedIncident] = []
    failed: list[str] = []
    for path in paths:
        refused = not_a_file_reason(path)
        if refused is not None:
            failed.append(f"{path.name}: {refused}")
            continue
        try:
            loaded.append(read_incident(path))
        except IncidentLoadError as exc:
            first = (exc.errors or exc.problems)[0]
            failed.append(f"{path.name}: {first.message}")
    if loaded:
        printer = printer or new_printer()
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(
            BatchOutput.tr("Print {sheets}").format(sheets=counted(len(loaded), "fact sheet"))
        )
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        options = add_sheet_options(dialog, choice)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        options.apply()
    printed = 0
    progress = _progress(
        parent,
        BatchOutput.tr("Printing {sheets}…").format(sheets=counted(len(loaded), "fact sheet")),
        len(loaded),
    )
    for number, incident in enumerate(loaded):
        if progress.wasCanceled():
            break
        progress.setValue(number)
        QApplication.processEvents()
        try:
            render_on_printer(
                printer,  # type: ignore[arg-type]
                incident,
                variant=choice.variant,
                language=choice.language,
            )
            printed += 1
        except OSError as exc:
            failed.append(f"{incident.path.name}: {exc}")
    progress.close()
    if failed:
        dialogs.show_error(
            parent,
            BatchOutput.tr("Print selected"),
            BatchOutput.tr("Not printed:") + "\n" + "\n".join(failed),
        )
    return printed
