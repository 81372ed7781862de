"""File ▸ Print… and Export PDF…: the dialogs around the one renderer, with the seam replaced."""

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from factsheet.loading import LoadedIncident, read_incident
from factsheet.rendering.pdf import export_pdf
from factsheet.ui import dialogs, print_actions
from factsheet.ui.settings import AppSettings


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


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_export_writes_where_the_user_chose(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "chosen.pdf"
    asked: list[tuple[Path, str]] = []

    def ask(
        parent: QWidget | None, suggested: Path, variant: str, language: str
    ) -> tuple[Path, str, str]:
        asked.append((suggested, variant))
        return chosen, "brief", language

    monkeypatch.setattr(dialogs, "ask_save_pdf", ask)
    assert print_actions.export_pdf_interactive(None, loaded) == chosen
    assert asked == [(loaded.path.with_suffix(".pdf"), "brief")]  # the brief by default
    assert chosen.read_bytes().startswith(b"%PDF-")
    assert _pages_of(chosen) <= 2


def test_export_writes_the_sheet_chosen_and_remembers_it(
    qapp: QApplication,
    loaded: LoadedIncident,
    tmp_path: Path,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[str] = []

    def ask(
        parent: QWidget | None, suggested: Path, variant: str, language: str
    ) -> tuple[Path, str, str]:
        offered.append(variant)
        return tmp_path / f"{len(offered)}.pdf", "full", language

    monkeypatch.setattr(dialogs, "ask_save_pdf", ask)
    first = print_actions.export_pdf_interactive(None, loaded, settings=settings)
    assert first is not None
    assert _pages_of(first) > 2  # the full dossier
    assert settings.sheet_variant() == "full"
    print_actions.export_pdf_interactive(None, loaded, settings=settings)
    assert offered == ["brief", "full"]  # the second dialog starts at the dossier


def test_cancelling_export_writes_nothing(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda parent, suggested, variant, lang: None)
    assert print_actions.export_pdf_interactive(None, loaded) is None
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_is_told_in_words(
    qapp: QApplication, loaded: LoadedIncident, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[tuple[str, str]] = []
    missing = tmp_path / "no such folder" / "sheet.pdf"
    monkeypatch.setattr(
        dialogs, "ask_save_pdf", lambda parent, suggested, variant, lang: (missing, variant, lang)
    )
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
    monkeypatch.setattr(
        dialogs, "ask_save_pdf", lambda parent, suggested, variant, lang: (copy, "full", lang)
    )
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
    # Printed to a file, the text layer is as searchable as the exported one: the Arabic
    # title as its letters, not as presentation forms.
    title_ar = loaded.incident.incident.title_ar
    assert title_ar is not None
    assert title_ar in _page_texts(printed)[0]
    assert _page_texts(printed) == _page_texts(exported)


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
    qapp: QApplication,
    loaded: LoadedIncident,
    tmp_path: Path,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printed = tmp_path / "range.pdf"
    printer = _a4_pdf_printer(printed)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    settings.set_sheet_variant("full")  # the dossier, chosen last time
    assert print_actions.print_to_printer(None, loaded, printer, settings=settings)
    assert _pages_of(printed) == 2
    whole = export_pdf(loaded, tmp_path / "whole.pdf", paper="a4", variant="full")
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


def test_the_preview_offers_the_full_dossier_and_follows_the_choice(
    qtbot: QtBot, loaded: LoadedIncident, tmp_path: Path, settings: AppSettings
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = print_actions.make_preview_dialog(None, loaded, printer, settings=settings)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    toolbar = dialog.findChild(QToolBar)
    box = dialog.sheet_box  # type: ignore[attr-defined]
    assert preview is not None
    assert toolbar is not None
    assert toolbar.isAncestorOf(box)
    assert [box.itemData(i) for i in range(box.count())] == ["brief", "full"]
    preview.updatePreview()
    brief_pages = preview.pageCount()
    box.setCurrentIndex(1)  # what the user picks: the preview is painted again at once
    assert preview.pageCount() == export_pdf(loaded, tmp_path / "f.pdf", paper="a4", variant="full")
    assert preview.pageCount() > brief_pages
    assert settings.sheet_variant() == "full"
    again = print_actions.make_preview_dialog(None, loaded, printer, settings=settings)
    qtbot.addWidget(again)
    assert again.sheet_box.currentData() == "full"  # type: ignore[attr-defined]


def test_the_print_dialog_has_the_choice_in_an_options_tab(
    qapp: QApplication,
    loaded: LoadedIncident,
    tmp_path: Path,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def choose_full(dialog: QPrintDialog) -> QDialog.DialogCode:
        boxes = dialog.findChildren(QComboBox)
        (box,) = [b for b in boxes if b.findData("full") >= 0]
        box.setCurrentIndex(box.findData("full"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_full)
    printed = tmp_path / "printed.pdf"
    assert print_actions.print_to_printer(None, loaded, _a4_pdf_printer(printed), settings=settings)
    full = export_pdf(loaded, tmp_path / "full.pdf", paper="a4", variant="full")
    assert _pages_of(printed) == full
    assert settings.sheet_variant() == "full"


def test_the_main_window_s_settings_remember_the_choice(
    qapp: QApplication, loaded: LoadedIncident, settings: AppSettings
) -> None:
    window = QWidget()
    window.settings = settings  # type: ignore[attr-defined]
    assert print_actions.settings_of(window) is settings
    assert print_actions.settings_of(QWidget()) is None
    assert print_actions.settings_of(None) is None


def test_the_sheet_s_language_is_chosen_apart_from_the_window_s(
    qtbot: QtBot, loaded: LoadedIncident, settings: AppSettings
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = print_actions.make_preview_dialog(None, loaded, printer, settings=settings)
    qtbot.addWidget(dialog)
    box = dialog.language_box  # type: ignore[attr-defined]
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None
    assert toolbar.isAncestorOf(box)
    # The window is English: so is the sheet, until the user picks Arabic.
    assert [box.itemText(i) for i in range(box.count())] == ["English", "العربية"]
    assert box.currentData() == "en"
    box.setCurrentIndex(box.findData("ar"))
    assert settings.sheet_language() == "ar"
    again = print_actions.make_preview_dialog(None, loaded, printer, settings=settings)
    qtbot.addWidget(again)
    assert again.language_box.currentData() == "ar"  # type: ignore[attr-defined]


def test_the_print_dialog_prints_the_sheet_in_the_language_chosen(
    qapp: QApplication,
    loaded: LoadedIncident,
    tmp_path: Path,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def choose_arabic(dialog: QPrintDialog) -> QDialog.DialogCode:
        (box,) = [b for b in dialog.findChildren(QComboBox) if b.findData("ar") >= 0]
        box.setCurrentIndex(box.findData("ar"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_arabic)
    printed = tmp_path / "printed.pdf"
    assert print_actions.print_to_printer(None, loaded, _a4_pdf_printer(printed), settings=settings)
    assert settings.sheet_language() == "ar"
    first = _page_texts(printed)[0]
    assert "المذكورة" in first  # the reported figures' heading, in Arabic
    assert "Reported figures" not in first


def test_export_writes_the_language_chosen_and_remembers_it(
    qapp: QApplication,
    loaded: LoadedIncident,
    tmp_path: Path,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[str] = []

    def ask(
        parent: QWidget | None, suggested: Path, variant: str, language: str
    ) -> tuple[Path, str, str]:
        offered.append(language)
        return tmp_path / f"{len(offered)}.pdf", variant, "ar"

    monkeypatch.setattr(dialogs, "ask_save_pdf", ask)
    first = print_actions.export_pdf_interactive(None, loaded, settings=settings)
    assert first is not None
    assert "المذكورة" in _page_texts(first)[0]
    print_actions.export_pdf_interactive(None, loaded, settings=settings)
    assert offered == ["en", "ar"]  # the window's language first, then the one chosen


def test_print_stays_in_the_preview_s_tool_bar_at_1024_px(
    qtbot: QtBot, loaded: LoadedIncident, settings: AppSettings
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = print_actions.make_preview_dialog(None, loaded, printer, settings=settings)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None
    actions = {a.text(): a for a in toolbar.actions() if a.text()}
    for name in ("Print", "Page setup"):  # not in the '»' overflow
        button = toolbar.widgetForAction(actions[name])
        assert button is not None
        assert button.isVisible()
    assert dialog.sheet_box.isVisible()  # type: ignore[attr-defined]
    assert dialog.language_box.isVisible()  # type: ignore[attr-defined]
