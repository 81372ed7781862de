"""The table and its detail pane: beside it on wide screens, under it on narrow ones, or shut.

A laptop screen cannot give a table of several columns and a pane of full text room side
by side (issue 13), so below ``below_under`` pixels of width the pane moves under the
table. It can be shut by dragging the handle to the edge or with the Details button beside
the filter, and opened the same ways; shutting it is remembered until the button opens it.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QToolButton, QWidget
from typing_extensions import override

from factsheet.i18n import Context

DetailToggle = Context("DetailToggle")


class DetailSplitter(QSplitter):
    """``table`` first, ``detail`` second; ``toggle`` is the Details button to place."""

    def __init__(
        self,
        table: QWidget,
        detail: QWidget,
        *,
        beside: bool,
        stretch: tuple[int, int],
        below_under: int | None,
        parent: QWidget,
    ) -> None:
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        super().__init__(orientation, parent)
        self._beside = beside
        self._stretch = stretch
        self._below_under = below_under
        # The sizes wait for the splitter to have a size along its new direction.
        self._share_pending = False
        self.addWidget(table)
        self.addWidget(detail)
        self.setStretchFactor(0, stretch[0])
        self.setStretchFactor(1, stretch[1])
        self.setCollapsible(0, False)
        self.setCollapsible(1, True)
        self.toggle = QToolButton(parent)
        self.toggle.setText(DetailToggle.tr("&Details"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(
            DetailToggle.tr(
                "Show or hide the pane with the selected item in full (or drag its edge)"
            )
        )
        self.toggle.toggled.connect(self.set_detail_shown)
        self.splitterMoved.connect(self._on_moved)
        # The width that decides beside or under is the tab's, which holds the splitter.
        parent.installEventFilter(self)

    def detail_shown(self) -> bool:
        """True while the detail pane has room."""
        return self.sizes()[1] > 0

    def set_detail_shown(self, shown: bool) -> None:
        """Open or shut the detail pane."""
        if shown == self.detail_shown() and self.toggle.isChecked() == shown:
            return
        self._share(shown)
        self._sync_toggle()

    def _share(self, shown: bool) -> None:
        """The room along the splitter in the stretch proportions, or all to the table."""
        horizontal = self.orientation() == Qt.Orientation.Horizontal
        total = self.width() if horizontal else self.height()
        if total <= 0 or not self.isVisible():
            self._share_pending = True
            return
        self._share_pending = False
        table, detail = self._stretch
        if shown:
            self.setSizes([total * table // (table + detail), total * detail // (table + detail)])
        else:
            self.setSizes([total, 0])

    def _on_moved(self, _position: int, _index: int) -> None:
        self._sync_toggle()

    def _sync_toggle(self) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(self.detail_shown())
        self.toggle.blockSignals(False)

    def _orient_for(self, width: int) -> None:
        narrow = self._below_under is not None and width < self._below_under
        wanted = (
            Qt.Orientation.Horizontal if self._beside and not narrow else Qt.Orientation.Vertical
        )
        if wanted == self.orientation():
            return
        self.setOrientation(wanted)
        # Sizes along the new direction, in the stretch proportions (or shut as it was).
        self._share(self.toggle.isChecked())

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._share_pending:
            self._share(self.toggle.isChecked())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Beside or under, as the tab's width allows."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._orient_for(watched.width())
        return False
