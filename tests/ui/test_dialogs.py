"""The dialog seam: what the user reads before a web address opens, and file strings as text."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from factsheet.ui import dialogs


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every message box as the user would see it; each is answered with its default button."""
    boxes: list[dict[str, Any]] = []

    def exec_(box: QMessageBox) -> int:
        labels = {label.objectName(): label for label in box.findChildren(QLabel)}
        boxes.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "formats": {
                    name: label.textFormat()
                    for name, label in labels.items()
                    if name in ("qt_msgbox_label", "qt_msgbox_informativelabel")
                },
                "buttons": box.standardButtons(),
            }
        )
        default = box.defaultButton()
        return int(box.standardButton(default)) if default else 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


def test_an_address_is_shown_encoded_as_the_browser_receives_it(
    qtbot: Any, shown: list[dict[str, Any]]
) -> None:
    # issue 12: the raw string's end read as another site.
    assert not dialogs.confirm_open_url(None, "https://bücher.example/\u202egro.elgoog//:sptth")
    (box,) = shown
    assert box["buttons"] == QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
    assert box["informative"].startswith(
        "https://xn--bcher-kva.example/%E2%80%AEgro.elgoog//:sptth\n"
    )
    assert "\u202e" not in box["informative"]
    assert "Shown encoded" in box["informative"]
    assert set(box["formats"].values()) == {Qt.TextFormat.PlainText}


def test_an_ordinary_address_is_shown_as_it_is(qtbot: Any, shown: list[dict[str, Any]]) -> None:
    dialogs.confirm_open_url(None, "https://example.org/report?id=3")
    assert shown[0]["informative"].startswith("https://example.org/report?id=3\n")
    assert "Shown encoded" not in shown[0]["informative"]


@pytest.mark.parametrize(
    "url", ["http://javascript:alert(1)", "javascript:alert(1)", "https://", "file:///etc/passwd"]
)
def test_an_address_without_a_valid_host_is_never_offered(
    qtbot: Any, shown: list[dict[str, Any]], url: str
) -> None:
    # issue 12: Qt found it invalid and the dialog offered to open an empty address.
    assert not dialogs.confirm_open_url(None, url)
    (box,) = shown
    assert box["buttons"] == QMessageBox.StandardButton.Ok
    assert box["text"].startswith("Factsheet cannot open this address")
    assert url in box["informative"]


def test_file_strings_in_an_error_are_plain_text(qtbot: Any, shown: list[dict[str, Any]]) -> None:
    dialogs.show_error(None, "Export PDF", 'Could not write <h1 style="color:red">x</h1>.pdf')
    (box,) = shown
    assert box["text"] == 'Could not write <h1 style="color:red">x</h1>.pdf'
    assert set(box["formats"].values()) == {Qt.TextFormat.PlainText}


def test_the_export_dialog_offers_both_sheets_as_file_types(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    asked: list[tuple[str, str]] = []

    def save(parent: Any, title: str, start: str, filters: str, chosen: str) -> tuple[str, str]:
        asked.append((filters, chosen))
        return str(tmp_path / "typed"), filters.split(";;")[1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    answer = dialogs.ask_save_pdf(None, tmp_path / "x.pdf", "brief", "ar")
    assert answer == (tmp_path / "typed.pdf", "brief", "ar")
    ((filters, chosen),) = asked
    assert filters.split(";;") == [
        "Fact sheet, brief, English (*.pdf)",
        "Fact sheet, brief, العربية (*.pdf)",
        "Fact sheet, full dossier, English (*.pdf)",
        "Fact sheet, full dossier, العربية (*.pdf)",
    ]
    assert chosen == "Fact sheet, brief, العربية (*.pdf)"  # the remembered sheet comes first
    asked.clear()

    def save_full(
        parent: Any, title: str, start: str, filters: str, chosen: str
    ) -> tuple[str, str]:
        asked.append((filters, chosen))
        return str(tmp_path / "y.pdf"), filters.split(";;")[2]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_full)
    # Without a remembered language, the sheet starts in the window's.
    assert dialogs.ask_save_pdf(None, tmp_path / "y.pdf", "full") == (
        tmp_path / "y.pdf",
        "full",
        "en",
    )
    assert asked[0][1] == "Fact sheet, full dossier, English (*.pdf)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert dialogs.ask_save_pdf(None, tmp_path / "x.pdf", "full") is None


def test_the_sheet_chooser_starts_at_the_sheet_given(qtbot: Any) -> None:
    box = dialogs.sheet_variant_box(None, "full")
    qtbot.addWidget(box)
    assert box.currentData() == "full"
    assert [box.itemText(i).split(":")[0] for i in range(box.count())] == [
        "Brief",
        "Full dossier",
    ]


def test_export_selected_asks_the_format_then_the_folder(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    asked: list[str] = []
    starts: list[str] = []
    answers = iter(
        [
            ("JSON (one .json each)", True),
            ("PDF fact sheets, full dossier (one .pdf each)", True),
            ("", False),
        ]
    )

    def get_item(
        _parent: Any, _title: str, label: str, names: list[str], start: int, *_args: Any
    ) -> tuple[str, bool]:
        asked.append(label)
        starts.append(names[start])
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path))
    assert dialogs.ask_batch_export(None, 3) == (tmp_path, "json", "brief")
    assert dialogs.ask_batch_export(None, 2, variant="full") == (tmp_path, "pdf", "full")
    assert dialogs.ask_batch_export(None, 1) is None  # cancelled: no folder is asked for
    assert asked == ["Export 3 incidents as:", "Export 2 incidents as:", "Export 1 incident as:"]
    # The list starts at the sheet last chosen, as File ▸ Export PDF… does.
    assert starts == [
        "PDF fact sheets, brief (one .pdf each)",
        "PDF fact sheets, full dossier (one .pdf each)",
        "PDF fact sheets, brief (one .pdf each)",
    ]
