"""What the screen, the sheet and the exports say about an incident: plain data and text, no Qt.

``views_of(loaded)`` holds every view of one loaded incident, each built once; the loader's
worker thread calls ``prepare(loaded)`` right after reading, so the window's tabs find their
rows ready and the GUI thread only resets item models.
"""

# The views' modules are imported where a view is first built, not here: importing one
# light module of this package (plural.py, table.py) must not import the loader and
# pydantic, because the library's command line reads its rows from the index without them
# (tests/library/test_no_qt_in_library.py keeps it so).
from __future__ import annotations

import threading
from functools import cached_property
from typing import TYPE_CHECKING

from factsheet.i18n import current_digits, current_language

if TYPE_CHECKING:
    from factsheet.loading import LoadedIncident
    from factsheet.views.actors import ActorRow
    from factsheet.views.chart import ChartRows
    from factsheet.views.claims import ClaimRow
    from factsheet.views.names import Names
    from factsheet.views.notes import DataNote
    from factsheet.views.sources import SourceRow, Support
    from factsheet.views.table import Table
    from factsheet.views.timeline import TimelineView

#: Incidents whose views are kept: the one shown and the one being loaded.
KEPT = 2


class IncidentViews:
    """Every view of one loaded incident, each built on first use and then kept."""

    def __init__(self, loaded: LoadedIncident) -> None:
        self.loaded = loaded
        self.incident = loaded.incident

    @cached_property
    def names(self) -> Names:
        """How the incident's items are named."""
        from factsheet.views.names import Names

        return Names(self.incident)

    @cached_property
    def timeline(self) -> TimelineView:
        """The Timeline tab's rows in date order."""
        from factsheet.views.timeline import TimelineView

        return TimelineView.of(self.names)

    @cached_property
    def claims(self) -> Table[ClaimRow]:
        """The Claims tab's rows in file order."""
        from factsheet.views.claims import claims_table

        return claims_table(self.loaded, self.names)

    @cached_property
    def actors(self) -> Table[ActorRow]:
        """The Actors tab's rows in file order."""
        from factsheet.views.actors import actors_table

        return actors_table(self.incident)

    @cached_property
    def supports(self) -> dict[str, Support]:
        """What cites each source."""
        from factsheet.views.sources import supports_of

        return supports_of(self.incident)

    @cached_property
    def sources(self) -> Table[SourceRow]:
        """The Sources tab's rows in note-number order."""
        from factsheet.views.sources import sources_table

        return sources_table(self.names, self.supports)

    @cached_property
    def chart(self) -> ChartRows:
        """The claims chart's rows, their words worked out once (a filter picks among them)."""
        from factsheet.views.chart import ChartRows

        chart = ChartRows(self.incident)
        chart.rows()  # the unfiltered chart, as the Claims tab first shows it
        return chart

    @cached_property
    def notes(self) -> list[DataNote]:
        """The data notes, which the sheet prints too."""
        from factsheet.views.notes import data_notes

        return data_notes(self.incident, self.loaded.warnings)

    @cached_property
    def overview_html(self) -> str:
        """The Overview page."""
        from factsheet.views.overview import overview_html

        return overview_html(self.names, self.notes, self.loaded.path.name)

    def build_all(self) -> None:
        """Build every view now (at 20,000 events this is about a second of work)."""
        for name in _BUILT_BY_PREPARE:
            getattr(self, name)


#: The views prepare() builds: each tab's rows, the chart's and the Overview (which holds
#: the notes).
_BUILT_BY_PREPARE = ("timeline", "claims", "chart", "actors", "sources", "overview_html")

_kept: dict[tuple[str, str, int], IncidentViews] = {}
_lock = threading.Lock()


def views_of(loaded: LoadedIncident) -> IncidentViews:
    """The views of ``loaded`` in the current language and digits.

    Kept by the incident's identity (an entry holds it, so ids stay unique) and the language:
    views hold words, so a window reopened in another language builds them again.
    """
    slot = (current_language(), current_digits(), id(loaded))
    with _lock:
        views = _kept.get(slot)
        if views is None or views.loaded is not loaded:
            views = _kept[slot] = IncidentViews(loaded)
            while len(_kept) > KEPT:
                del _kept[next(iter(_kept))]
    return views


def prepare(loaded: LoadedIncident) -> None:
    """Build every view of ``loaded``: the loader's worker thread calls this after reading."""
    views_of(loaded).build_all()


__all__ = ["KEPT", "IncidentViews", "prepare", "views_of"]
