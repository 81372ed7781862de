"""The banner over the tabs and the badge in the status bar: both say what DocumentState says."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factsheet.i18n import Context
from factsheet.views.document_state import DocumentState
from factsheet.views.file_status import badge_words, banner_words

DocumentStatus = Context("DocumentStatus")


class PreviousFileBanner(QFrame):
    """A line over the tabs after a failed open: which file failed, what is shown instead.

    Hidden while the current file is the one shown. Its buttons retry (F5) and show the
    problems, so the way out is where the user reads about the failure.
    """

    retry_requested = Signal()
    problems_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(DocumentStatus.tr("The file that could not be opened"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The palette's tooltip colours: a calm, theme-aware "note" background on every
        # platform, light or dark, without a colour of our own.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it names files and a title
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Alt+A is the Actors tab.
        self.retry_button = QPushButton(DocumentStatus.tr("T&ry Again"), self)
        self.retry_button.setToolTip(DocumentStatus.tr("Read the file again (F5)"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.problems_button = QPushButton(DocumentStatus.tr("Show Prob&lems"), self)
        self.problems_button.clicked.connect(self.problems_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.problems_button)
        layout.addWidget(self.retry_button)
        self.hide()

    def text(self) -> str:
        """What the banner says ('' when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def show_state(self, state: DocumentState) -> None:
        """Say what ``state`` says after a failure; hide otherwise."""
        words = banner_words(state)
        self.label.setText(words)
        self.setVisible(bool(words))


def with_banner(banner: PreviousFileBanner, tabs: QWidget, parent: QWidget) -> QWidget:
    """The banner, when shown, over the tabs, in one widget."""
    both = QWidget(parent)
    layout = QVBoxLayout(both)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(tabs, 1)
    return both


class ProblemsBadge(QToolButton):
    """'✖ 3 errors' or '⚠ 1 warning' in the status bar, for the current file; a click shows
    the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setAccessibleName(DocumentStatus.tr("Show problems and warnings"))
        self.hide()

    def show_state(self, state: DocumentState) -> None:
        """Count the current file's problems; hidden when it has none."""
        words = badge_words(state)
        self.setText(words)
        self.setToolTip(
            DocumentStatus.tr("Show the errors in this file")
            if state.failure is not None
            else DocumentStatus.tr("Show the warnings about this file")
        )
        self.setVisible(bool(words))
