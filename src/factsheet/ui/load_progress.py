"""The status-bar indicator shown while a file is read: a busy bar and a Cancel button."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from factsheet.i18n import Context

Loading = Context("Loading")

# Short loads finish before the indicator would flicker into view.
SHOW_AFTER_MS = 150


class LoadProgress(QWidget):
    """'Opening x.yaml…' with an indeterminate bar and Cancel; hidden when idle."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(Loading.tr("Loading progress"))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it names the file being read
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # the loader cannot tell how far it has got: busy only
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(Loading.tr("Reading the file"))
        self.cancel_button = QPushButton(Loading.tr("Cancel"), self)
        self.cancel_button.setToolTip(Loading.tr("Stop opening this file (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_AFTER_MS)
        self._delay.timeout.connect(self.show)
        self.hide()

    def start(self, text: str) -> None:
        """Show ``text`` with the busy bar, after a short delay."""
        self.label.setText(text)
        self._delay.start()

    def stop(self) -> None:
        """Hide the indicator."""
        self._delay.stop()
        self.hide()
