"""File ▸ Print… and Export PDF…: the dialogs around the one renderer, with the seam replaced."""

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from factsheet.loading import LoadedIncident, read_incident
from factsheet.rendering.pdf import export_pdf
from factsheet.ui import dialogs, print_actions


@pytest.fixture
def loaded(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


def _pages_of(pdf: Path) -> int:
    # Each page of a PDF is one "/Type /Page" dictionary (the page tree is "/Type /Pages").
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf.read_bytes()))


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def _a4_pdf_printer(output: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def test_export_writes_where_the_user_chose(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "chosen.pdf"
    asked: list[Path] = []

    def ask(parent: QWidget | None, suggested: Path) -> Path:
        asked.append(suggested)
        return chosen

    monkeypatch.setattr(dialogs, "ask_save_pdf", ask)
    assert print_actions.export_pdf_interactive(None, loaded) == chosen
    assert asked == [loaded.path.with_suffix(".pdf")]
    assert chosen.read_bytes().startswith(b"%PDF-")


def test_cancelling_export_writes_nothing(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda parent, suggested: None)
    assert print_actions.export_pdf_interactive(None, loaded) is None
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_is_told_in_words(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[tuple[str, str]] = []
    missing = tmp_path / "no such folder" / "sheet.pdf"
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda parent, suggested: missing)
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text: errors.append((title, text))
    )
    assert print_actions.export_pdf_interactive(None, loaded) is None
    assert [title for title, _ in errors] == ["Export PDF"]
    assert "Could not write sheet.pdf" in errors[0][1]
    assert QApplication.overrideCursor() is None  # the busy cursor is gone again


def test_export_refuses_the_incident_file_itself(
    qapp: QApplication, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "incident.yaml"
    copy.write_bytes(sample_path.read_bytes())
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda parent, suggested: copy)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    assert print_actions.export_pdf_interactive(None, read_incident(copy)) is None
    assert "overwrite the incident file" in errors[0]
    assert copy.read_bytes() == sample_path.read_bytes()


def test_printing_sends_the_same_pages_as_the_pdf(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printed = tmp_path / "printed.pdf"
    assert print_actions.print_to_printer(None, loaded, _a4_pdf_printer(printed))
    exported = tmp_path / "exported.pdf"
    pages = export_pdf(loaded, exported, paper="a4")
    assert _pages_of(printed) == _pages_of(exported) == pages


def test_cancelling_the_print_dialog_prints_nothing(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def cancel(dialog: QPrintDialog) -> QDialog.DialogCode:
        asked.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    printed = tmp_path / "printed.pdf"
    assert not print_actions.print_to_printer(None, loaded, _a4_pdf_printer(printed))
    assert asked == ["Print fact sheet"]  # the user was asked, and said no
    assert not printed.exists()


def test_printing_a_page_range_keeps_the_sheets_numbering(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printed = tmp_path / "range.pdf"
    printer = _a4_pdf_printer(printed)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_actions.print_to_printer(None, loaded, printer)
    assert _pages_of(printed) == 2
    whole = export_pdf(loaded, tmp_path / "whole.pdf", paper="a4")
    # The second printed page is still the sheet's page 3 of all its pages, not "2 of 2".
    first, second = _page_texts(printed)
    assert f"Page 2 of {whole} · printed" in first
    assert f"Page 3 of {whole} · printed" in second


def test_preview_shows_the_pages_the_pdf_has(
    qtbot: QtBot, loaded: LoadedIncident, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = print_actions.make_preview_dialog(None, loaded, printer)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert preview.pageCount() == export_pdf(loaded, tmp_path / "a4.pdf", paper="a4")
    assert loaded.path.name in dialog.windowTitle()
