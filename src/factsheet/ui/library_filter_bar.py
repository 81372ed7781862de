"""The Library view's search box and filter fields, and the criteria they say."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from factsheet.i18n import Context
from factsheet.library.filters import LibraryFilter
from factsheet.model.vocabulary import HANDLING, STATUSES, label
from factsheet.ui.filter_box import FilterBox

LibraryFilters = Context("LibraryFilters")

# Typing settles before the index is asked or the rows are filtered again.
FILTER_DELAY_MS = 200


def date_hint() -> str:
    """What a date field takes."""
    return LibraryFilters.tr("a year, month or day: 2017, 2017-10 or 2017-10-21")


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
        self.date_from = self._line(
            LibraryFilters.tr("From", "a date filter"),
            LibraryFilters.tr("Incidents from this date on: {hint}").format(hint=hint),
        )
        self.date_to = self._line(
            LibraryFilters.tr("To", "a date filter"),
            LibraryFilters.tr("Incidents up to this date: {hint}").format(hint=hint),
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
        self._delay.stop()
        self.changed.emit()
