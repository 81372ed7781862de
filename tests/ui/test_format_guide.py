"""Help ▸ Writing Incident Files: the bundled guide, its links, Back and Find; nothing fetched."""

import re
import socket  # noqa: TID251 - imported only to block it
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument

from factsheet.resources import format_guide
from factsheet.ui import dialogs
from factsheet.ui import format_guide as guide_module
from factsheet.ui.format_guide import FormatGuideWindow, GuideBrowser, heading_anchor

ROOT = Path(__file__).resolve().parents[2]


def _outside_code(markdown: str) -> str:
    return re.sub(r"```.*?```", "", markdown, flags=re.DOTALL)


def _anchor_names(browser: GuideBrowser) -> set[str]:
    names: set[str] = set()
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            names.update(fragments.fragment().charFormat().anchorNames())
            fragments += 1
        block = block.next()
    return names


@pytest.fixture
def guide(qtbot: Any) -> FormatGuideWindow:
    window = FormatGuideWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_guide_shown_is_the_bundled_docs_format_md(guide: FormatGuideWindow) -> None:
    assert format_guide() == ROOT / "docs" / "format.md"
    written = re.findall(r"^#+ (.+)$", _outside_code(format_guide().read_text("utf-8")), re.M)
    shown = guide.browser.headings()
    assert len(shown) == len(written) > 30
    # Markdown marks (`code`) are gone from what the reader sees.
    assert shown == [heading.replace("`", "") for heading in written]
    assert "Errors and warnings" in shown
    assert "did you mean" in guide.browser.toPlainText()


def test_every_link_inside_the_guide_has_a_heading_to_scroll_to(guide: FormatGuideWindow) -> None:
    links = set(re.findall(r"\]\(#([^)]+)\)", _outside_code(format_guide().read_text("utf-8"))))
    assert links
    assert links <= _anchor_names(guide.browser)
    browser = guide.browser
    assert browser.verticalScrollBar().value() == 0
    browser.anchorClicked.emit(QUrl("#errors-and-warnings"))
    heading = browser.document().find("Errors and warnings")
    while not heading.block().blockFormat().headingLevel():
        heading = browser.document().find("Errors and warnings", heading)
    top = browser.document().documentLayout().blockBoundingRect(heading.block()).top()
    assert abs(browser.verticalScrollBar().value() - top) < 20  # the heading is at the top


def test_back_returns_to_where_the_reader_was(guide: FormatGuideWindow) -> None:
    scroll = guide.browser.verticalScrollBar()
    assert not guide.back_button.isEnabled()
    guide.browser.anchorClicked.emit(QUrl("#dates-edtf"))
    at_dates = scroll.value()
    assert guide.back_button.isEnabled()
    guide.browser.anchorClicked.emit(QUrl("#limits"))
    assert scroll.value() > at_dates
    guide.back_button.click()
    assert scroll.value() == at_dates
    guide.back_button.click()
    assert scroll.value() == 0
    assert not guide.back_button.isEnabled()
    guide.top_button.click()
    assert guide.back_button.isEnabled()


def test_find_selects_each_match_and_wraps_round(guide: FormatGuideWindow) -> None:
    guide.find_box.setText("did you mean")
    text = guide.browser.toPlainText()
    starts = [m.start() for m in re.finditer("did you mean", text, re.IGNORECASE)]
    assert len(starts) >= 3
    found = []
    for _ in range(len(starts) + 1):
        assert guide.find_next()
        found.append(guide.browser.textCursor().selectionStart())
    assert found == [*starts, starts[0]]
    assert guide.find_previous()
    assert guide.browser.textCursor().selectionStart() == starts[-1]
    guide.find_box.setText("no such words in the guide")
    assert not guide.find_next()


def test_a_web_address_opens_only_after_the_user_agrees(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = GuideBrowser()
    qtbot.addWidget(browser)
    browser.show_markdown("See [the archive](https://web.archive.org/) or [a file](../README.md).")
    answers, asked, opened = [False, True], [], []

    def confirm(parent: object, url: str) -> bool:
        asked.append(url)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "confirm_open_url", confirm)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    browser.anchorClicked.emit(QUrl("https://web.archive.org/"))
    assert (asked, opened) == (["https://web.archive.org/"], [])
    browser.anchorClicked.emit(QUrl("https://web.archive.org/"))
    assert opened == ["https://web.archive.org/"]
    browser.anchorClicked.emit(QUrl("../README.md"))  # a path into the source: nothing
    assert len(asked) == 2
    assert opened == ["https://web.archive.org/"]
    assert "the archive" in browser.toPlainText()


def test_nothing_is_loaded_or_fetched_for_an_image(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("test: no network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    browser = GuideBrowser()
    qtbot.addWidget(browser)
    browser.show_markdown(f"![a](https://example.org/a.png) ![b]({ROOT / 'resources' / 'x.png'})")
    browser.show()
    qtbot.wait(20)
    image = QTextDocument.ResourceType.ImageResource
    assert browser.loadResource(image, QUrl("https://example.org/a.png")) is None
    assert browser.loadResource(image, QUrl.fromLocalFile(str(format_guide()))) is None
    assert attempts == []


def test_a_missing_guide_is_said_in_the_window(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guide_module, "format_guide", lambda: tmp_path / "format.md")
    window = FormatGuideWindow()
    qtbot.addWidget(window)
    assert window.browser.headings() == ["The format guide is missing"]
    assert str(tmp_path / "format.md") in window.browser.toPlainText()


def test_help_menu_opens_one_guide_window(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.show()
    assert window.guide_action.text() == "&Writing Incident Files"
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.guide_action in help_menu.actions()
    window.guide_action.trigger()
    guides = window.findChildren(FormatGuideWindow)
    assert len(guides) == 1
    assert guides[0].isVisible()
    assert guides[0].isWindow()
    guides[0].close()
    window.guide_action.trigger()
    assert window.findChildren(FormatGuideWindow) == guides
    assert guides[0].isVisible()


def test_heading_anchors_are_githubs() -> None:
    assert heading_anchor("Status — incident.status") == "status--incidentstatus"
    assert heading_anchor("Dates (EDTF)") == "dates-edtf"
    assert heading_anchor("Editor support: validation and completion") == (
        "editor-support-validation-and-completion"
    )
