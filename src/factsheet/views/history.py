"""Back and Forward, as browsers and IDEs have them: the Qt-free list of places the user went.

A position is a place (a tab of an incident, or a screen that belongs to no file) and the
item selected there. Following a link, switching tabs or opening a file *visits* a new
position: everything after the current one is dropped, as in a browser. Selecting another
row without leaving the tab *updates* the current position, so Back returns to the row the
user was on rather than stepping through every row clicked.
"""

from dataclasses import dataclass, replace
from pathlib import Path

#: Positions kept; older ones are forgotten.
LIMIT = 200


@dataclass(frozen=True, slots=True)
class Position:
    """Where the user was: in which file, on which tab (or screen), on which item."""

    #: The incident file, or None for a place that belongs to no file (a library).
    file: Path | None
    #: 'overview', 'timeline', 'claims', 'actors', 'sources', or a screen's own name.
    place: str
    #: The id of the item selected there, if any.
    item: str | None = None


class History:
    """The positions visited, and which of them is current."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._positions: list[Position] = []
        self._index = -1

    @property
    def current(self) -> Position | None:
        """The position the window is at (None before the first visit)."""
        return self._positions[self._index] if self._positions else None

    def can_go_back(self) -> bool:
        """True when there is a position before the current one."""
        return self._index > 0

    def can_go_forward(self) -> bool:
        """True when Back was used and a position after the current one remains."""
        return self._index < len(self._positions) - 1

    def visit(self, position: Position) -> None:
        """Go to a new position; the ones ahead of the current are dropped."""
        if position == self.current:
            return
        del self._positions[self._index + 1 :]
        self._positions.append(position)
        if len(self._positions) > self._limit:
            del self._positions[: len(self._positions) - self._limit]
        self._index = len(self._positions) - 1

    def update(self, position: Position) -> None:
        """The current position moved within its place (another row was selected).

        A position in another file or place is a visit, not an update.
        """
        current = self.current
        if current is None or (current.file, current.place) != (position.file, position.place):
            self.visit(position)
        else:
            self._positions[self._index] = replace(current, item=position.item)

    def back(self) -> Position | None:
        """Step back; the position now current, or None at the start."""
        if not self.can_go_back():
            return None
        self._index -= 1
        return self._positions[self._index]

    def forward(self) -> Position | None:
        """Step forward again; the position now current, or None at the end."""
        if not self.can_go_forward():
            return None
        self._index += 1
        return self._positions[self._index]

    def positions(self) -> tuple[Position, ...]:
        """Every position kept, oldest first."""
        return tuple(self._positions)
