"""Help ▸ Writing Incident Files: the format guide (docs/format.md) in a window, offline."""

import re

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from factsheet.i18n import Context
from factsheet.resources import format_guide
from factsheet.ui import dialogs

FormatGuide = Context("FormatGuide")

_WEB_SCHEMES = ("http", "https")
DEFAULT_SIZE = (860, 720)


def heading_anchor(heading: str) -> str:
    """GitHub's anchor for a heading, which the guide's own links use: `#dates-edtf`."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def guide_markdown() -> str:
    """The guide's text; a sentence saying it is missing rather than an error if it is."""
    try:
        return format_guide().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return "# {heading}\n\n{text}".format(
            heading=FormatGuide.tr("The format guide is missing"),
            text=FormatGuide.tr(
                "This installation of Factsheet lacks its guide ({reason}). "
                "It is `docs/format.md` in Factsheet's source."
            ).format(reason=exc),
        )


class GuideBrowser(QTextBrowser):
    """The guide as rich text: links within it scroll; a web address is asked about first.

    Nothing is ever loaded from a link: QTextBrowser's own link following is off, and
    ``loadResource`` (images, style sheets) answers nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(FormatGuide.tr("Format guide"))
        # The guide is English text: it reads left to right in an Arabic window too.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._back: list[int] = []
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_markdown(self, text: str) -> None:
        """Show ``text``, with an anchor on every heading for the guide's links to find."""
        self.setMarkdown(text)
        self._back.clear()
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                heading = QTextCharFormat()
                heading.setAnchor(True)
                heading.setAnchorNames([heading_anchor(block.text())])
                # Qt's Markdown reader leaves a heading that starts with `code` (the guide's
                # `incident` (required)) at body size and weight; give it what the others get.
                heading.setFontWeight(QFont.Weight.Bold)
                heading.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 4 - level))
                cursor.mergeCharFormat(heading)
            block = block.next()

    def headings(self) -> list[str]:
        """The text of every heading, in order."""
        found = []
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.append(block.text())
            block = block.next()
        return found

    def go_to(self, anchor: str) -> None:
        """Scroll to a heading, remembering where the reader was for Back."""
        self._back.append(self.verticalScrollBar().value())
        self.scrollToAnchor(anchor)

    def go_back(self) -> None:
        """Return to where the reader was before the last link."""
        if self._back:
            self.verticalScrollBar().setValue(self._back.pop())

    def can_go_back(self) -> bool:
        """True after a link was followed."""
        return bool(self._back)

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: N802
        return None  # the guide needs no images or style sheets; never read or fetch one

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in _WEB_SCHEMES:
            if dialogs.confirm_open_url(self, url.toString()):
                QDesktopServices.openUrl(url)
        elif not url.scheme() and not url.path() and url.hasFragment():
            self.go_to(url.fragment())
        # Anything else (a path into Factsheet's source, say) has nothing to show here.


class FormatGuideWindow(QWidget):
    """A window beside the main one: the guide, Back, and a find box (Ctrl+F)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # A window of its own (not a dialog): it stays open beside the file being written.
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(FormatGuide.tr("Writing incident files — Factsheet"))
        self.browser = GuideBrowser(self)
        self.browser.show_markdown(guide_markdown())
        self.back_button = QPushButton(FormatGuide.tr("Back"), self)
        self.back_button.setToolTip(
            FormatGuide.tr("Back to where you were before the last link ({keys})").format(
                keys=QKeySequence("Alt+Left").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.back_button.clicked.connect(self._on_back)
        self.top_button = QPushButton(FormatGuide.tr("Contents"), self)
        self.top_button.clicked.connect(self._on_top)
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(
            FormatGuide.tr("Find in the guide (Enter: next, Shift+Enter: previous)")
        )
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find_box.setFocus)
        QShortcut(QKeySequence("Shift+Return"), self.find_box, self.find_previous)
        QShortcut(QKeySequence("Alt+Left"), self, self._on_back)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.browser.anchorClicked.connect(self._update_back)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.top_button)
        bar.addWidget(self.find_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser)
        self._update_back()
        self.resize(*DEFAULT_SIZE)

    def find_next(self) -> bool:
        """Select the next match of the find box's text, from the top after the last one."""
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        """Select the previous match, from the end before the first one."""
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        text = self.find_box.text()
        if not text:
            return False
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()  # wrap round, as readers expect
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, flags)

    @Slot()
    def _on_back(self) -> None:
        self.browser.go_back()
        self._update_back()

    @Slot()
    def _on_top(self) -> None:
        self.browser.go_to(heading_anchor("Contents"))
        self._update_back()

    @Slot()
    def _update_back(self) -> None:
        self.back_button.setEnabled(self.browser.can_go_back())


def show_format_guide(parent: QWidget) -> FormatGuideWindow:
    """Show the guide window (one per main window), brought to the front if it is open."""
    window = parent.findChild(FormatGuideWindow)
    if window is None:
        window = FormatGuideWindow(parent)
    if window.isVisible():
        window.raise_()  # behind the main window, perhaps: bring it back
    window.show()
    window.activateWindow()
    return window
