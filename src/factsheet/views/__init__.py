"""What the screen, the sheet and the exports say about an incident: plain data and text, no Qt.

``views_of(loaded)`` holds every view of one loaded incident, each built once; the loader's
worker thread calls ``prepare(loaded)`` right after reading, so the window's tabs find their
rows ready and the GUI thread only resets item models.
"""

import threading
from functools import cached_property

from factsheet.i18n import current_digits, current_language
from factsheet.loading import LoadedIncident
from factsheet.views.actors import ActorRow, actors_table
from factsheet.views.chart import ChartRows
from factsheet.views.claims import ClaimRow, claims_table
from factsheet.views.names import Names
from factsheet.views.notes import DataNote, data_notes
from factsheet.views.overview import overview_html
from factsheet.views.sources import SourceRow, Support, sources_table, supports_of
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
        return Names(self.incident)

    @cached_property
    def timeline(self) -> TimelineView:
        """The Timeline tab's rows in date order."""
        return TimelineView.of(self.names)

    @cached_property
    def claims(self) -> Table[ClaimRow]:
        """The Claims tab's rows in file order."""
        return claims_table(self.loaded, self.names)

    @cached_property
    def actors(self) -> Table[ActorRow]:
        """The Actors tab's rows in file order."""
        return actors_table(self.incident)

    @cached_property
    def supports(self) -> dict[str, Support]:
        """What cites each source."""
        return supports_of(self.incident)

    @cached_property
    def sources(self) -> Table[SourceRow]:
        """The Sources tab's rows in note-number order."""
        return sources_table(self.names, self.supports)

    @cached_property
    def chart(self) -> ChartRows:
        """The claims chart's rows, their words worked out once (a filter picks among them)."""
        chart = ChartRows(self.incident)
        chart.rows()  # the unfiltered chart, as the Claims tab first shows it
        return chart

    @cached_property
    def notes(self) -> list[DataNote]:
        """The data notes, which the sheet prints too."""
        return data_notes(self.incident, self.loaded.warnings)

    @cached_property
    def overview_html(self) -> str:
        """The Overview page."""
        return overview_html(self.names, self.notes)

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
