"""The filter box above a table: Escape clears it, Enter or Down goes to the results."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget
from typing_extensions import override


class FilterBox(QLineEdit):
    """A line edit for typed filters that hands the keyboard over to its results view."""

    def __init__(self, placeholder: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(accessible_name)
        self.setClearButtonEnabled(True)
        self._results: QAbstractItemView | None = None

    def set_results_view(self, view: QAbstractItemView) -> None:
        """The view that Enter and Down move to."""
        self._results = view

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down) and self._results:
            self._go_to_results(self._results)
            return
        super().keyPressEvent(event)

    def _go_to_results(self, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None or model.rowCount() == 0:
            return
        if not view.currentIndex().isValid():
            view.selectionModel().setCurrentIndex(
                model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
