"""The incident over the problems list: the list, when it opens, takes the smaller part."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget
from typing_extensions import override

# The most of the height the list takes when it opens, unless the user dragged it larger:
# on a laptop screen the incident keeps two thirds, enough for its table to be read.
LIST_SHARE_AT_MOST = 1 / 3


class ProblemsSplitter(QSplitter):
    """``incident`` above, ``problems`` below it (hidden until asked for).

    Shown, the list gets what it asks for (its sizeHint: a few rows) within
    LIST_SHARE_AT_MOST of the height; a height the user gave it by dragging the handle is
    kept for the next time it opens. QSplitter alone would give a list that opens the
    height it had, or its hint, whatever is left for the incident.
    """

    def __init__(self, incident: QWidget, problems: QWidget, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)
        self.addWidget(incident)
        self.addWidget(problems)
        # A window made shorter takes the height mostly from the incident's part, which
        # has more of it; the list keeps its few rows.
        self.setStretchFactor(0, 4)
        self.setStretchFactor(1, 1)
        self._incident = incident
        self._problems = problems
        self._chosen_height: int | None = None  # dragged by the user, in pixels
        # The share waits for the splitter to have a height (the list shown before the
        # window is).
        self._share_pending = False
        problems.installEventFilter(self)
        self.splitterMoved.connect(self._on_moved)

    def _panes_height(self) -> int:
        return self.height() - self.handleWidth()

    def _give_list_its_share(self) -> None:
        if self._problems.isHidden():
            self._share_pending = False
            return
        total = self._panes_height()
        if not self.isVisible() or total <= 0:
            self._share_pending = True
            return
        self._share_pending = False
        least = self._problems.minimumSizeHint().height()
        if self._chosen_height is not None:
            wanted = self._chosen_height
        else:
            wanted = min(self._problems.sizeHint().height(), int(total * LIST_SHARE_AT_MOST))
        incident_least = self._incident.minimumSizeHint().height()
        height = max(least, min(wanted, total - incident_least))
        self.setSizes([total - height, height])

    def _on_moved(self, _position: int, _index: int) -> None:
        if self._problems.isVisible():
            self._chosen_height = self.sizes()[1]

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: RUF100
        """The list, shown, gets its share (ShowToParent: also before the window shows)."""
        if watched is self._problems and event.type() == QEvent.Type.ShowToParent:
            self._give_list_its_share()
            # QSplitter lays its panes out again once it handles the list's showing (the
            # handle over it appears then): the share is given again after that.
            self._share_pending = True
        return super().eventFilter(watched, event)

    @override
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self._share_pending:
            self._give_list_its_share()
        return handled

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._share_pending:
            self._give_list_its_share()
