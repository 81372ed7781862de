"""The Library view's search box and filter fields, and the criteria they say."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from factsheet.i18n import Context
from factsheet.library.filters import LibraryFilter
from factsheet.model.typed_dates import date_bounds
from factsheet.model.vocabulary import HANDLING, STATUSES, label
from factsheet.ui.filter_box import FilterBox
from factsheet.views.bidi import in_line

LibraryFilters = Context("LibraryFilters")

# Typing settles before the index is asked or the rows are filtered again.
FILTER_DELAY_MS = 200


def date_hint() -> str:
    """What a date field takes."""
    return LibraryFilters.tr(
        "a year, month or day: 2017, 2017-10, 2017-10-21, October 2017 or 21 October 2017"
    )


class DateBox(QLineEdit):
    """A date filter field that marks what it cannot read: a warning sign in the box and a
    tooltip saying what it expects (the filter leaves such a date out, never silently)."""

    def __init__(self, placeholder: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = tip
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self.setToolTip(tip)
        self.setClearButtonEnabled(True)
        style = QApplication.style()
        icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning, None, self)
        self.unreadable_mark = QAction(icon, "", self)
        self.unreadable_mark.setVisible(False)
        self.addAction(self.unreadable_mark, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self.refresh_mark)

    @property
    def unreadable(self) -> bool:
        """True when the box holds text that is not a date it can read."""
        return bool(self.text().strip()) and date_bounds(self.text()) is None

    def refresh_mark(self) -> None:
        """The sign and the tooltip for the text now in the box."""
        unreadable = self.unreadable
        self.unreadable_mark.setVisible(unreadable)
        tip = self._tip
        if unreadable:
            tip = LibraryFilters.tr(
                "Not a date this filter can read: {text}. It expects {hint}; until then it "
                "filters nothing."
            ).format(text=in_line(self.text().strip()), hint=date_hint())
        self.setToolTip(tip)
        self.unreadable_mark.setToolTip(tip)
        self.setAccessibleDescription(tip if unreadable else "")


class LibraryFilterBar(QWidget):
    """Search words (for the index) and row criteria; ``changed`` after typing settles."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_box = FilterBox(
            LibraryFilters.tr(
                "Search every file: titles, summaries, quotes, notes, names, places, sources…"
            ),
            LibraryFilters.tr("Search the library"),
            self,
        )
        hint = date_hint()
        self.date_from = DateBox(
            LibraryFilters.tr("From", "a date filter"),
            LibraryFilters.tr("Incidents from this date on: {hint}").format(hint=hint),
            self,
        )
        self.date_to = DateBox(
            LibraryFilters.tr("To", "a date filter"),
            LibraryFilters.tr("Incidents up to this date: {hint}").format(hint=hint),
            self,
        )
        self.place = self._line(
            LibraryFilters.tr("Place"),
            LibraryFilters.tr("A place name, in any script or spelling given"),
        )
        self.actor = self._line(
            LibraryFilters.tr("Actor (any role)"), LibraryFilters.tr("Any actor named in the file")
        )
        self.claimant = self._line(
            LibraryFilters.tr("Claimant"), LibraryFilters.tr("An actor that gives a figure")
        )
        self.status = self._combo(
            LibraryFilters.tr("Status"), LibraryFilters.tr("Any status"), STATUSES
        )
        self.handling = self._combo(
            LibraryFilters.tr("Handling"), LibraryFilters.tr("Any handling"), HANDLING
        )
        self.handling.addItem(LibraryFilters.tr("No marking"), "none")
        self.clear_button = QPushButton(LibraryFilters.tr("Clear Filters"), self)
        self.clear_button.clicked.connect(self.clear)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(FILTER_DELAY_MS)
        self._delay.timeout.connect(self.changed)
        for edit in self.edits():
            edit.textChanged.connect(self._delay.start)
        self.status.currentIndexChanged.connect(self.changed)
        self.handling.currentIndexChanged.connect(self.changed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # The search box with the two choices and Clear on one line, the typed criteria
        # under them: the bar fits a 1024 px window without forcing it wider.
        grid.addWidget(self.search_box, 0, 0, 1, 5)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(self.handling, 0, 6)
        grid.addWidget(self.clear_button, 0, 7)
        row = self.edits()[1:]
        for column, widget in enumerate(row):
            grid.addWidget(widget, 1, column, 1, 1 if column < 4 else 4)
        for column in range(5):
            grid.setColumnStretch(column, 1)
        for widget in row:
            widget.setMinimumWidth(70)  # placeholders may be cut; the window stays narrow
        for combo in (self.status, self.handling):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)

    def _line(self, placeholder: str, tip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.setToolTip(tip)
        edit.setClearButtonEnabled(True)
        return edit

    def _combo(self, name: str, anything: str, table: dict[str, tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(anything, "")
        for value in table:
            combo.addItem(label(table, value), value)
        return combo

    def edits(self) -> tuple[QLineEdit, ...]:
        """The text fields, the search box first."""
        return (
            self.search_box,
            self.date_from,
            self.date_to,
            self.place,
            self.actor,
            self.claimant,
        )

    def settle(self) -> None:
        """Stop waiting for typing to settle (the caller applies the filters now)."""
        self._delay.stop()

    def criteria(self) -> LibraryFilter:
        """The row criteria the fields say (the search words are asked of the index apart)."""
        return LibraryFilter(
            date_from=self.date_from.text(),
            date_to=self.date_to.text(),
            place=self.place.text(),
            actor=self.actor.text(),
            claimant=self.claimant.text(),
            status=str(self.status.currentData() or ""),
            handling=str(self.handling.currentData() or ""),
        )

    def clear(self) -> None:
        """Every field empty, every choice 'any'."""
        for widget in (*self.edits(), self.status, self.handling):
            widget.blockSignals(True)
        for edit in self.edits():
            edit.clear()
        self.status.setCurrentIndex(0)
        self.handling.setCurrentIndex(0)
        for widget in (*self.edits(), self.status, self.handling):
            widget.blockSignals(False)
        for box in (self.date_from, self.date_to):
            box.refresh_mark()  # cleared with its signals blocked
        self._delay.stop()
        self.changed.emit()
