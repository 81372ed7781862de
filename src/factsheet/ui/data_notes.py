"""What a careful reader should know about the data: warnings, uncertain dates, gaps."""

import re
from dataclasses import dataclass

from factsheet.loading import LoadedIncident
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Incident
from factsheet.ui.view_cache import per_incident

# A warning's path ("claims[2].claimant") names a list item; the item's id makes a link.
_ITEM_PATH = re.compile(r"^(actors|sources|timeline|claims)\[(\d+)\]")
_KIND_OF_LIST = {"actors": "actor", "sources": "source", "timeline": "event", "claims": "claim"}


@dataclass(frozen=True, slots=True)
class DataNote:
    """One sentence about the data, optionally about one item the viewer can jump to."""

    text: str
    kind: str | None = None
    item_id: str | None = None
    line: int | None = None


def item_of_path(incident: Incident, path: str) -> tuple[str, str] | None:
    """('claim', 'trt-35-in-shaft') for 'claims[2].claimant'; None when it names no item."""
    match = _ITEM_PATH.match(path)
    if match is None:
        return None
    items = getattr(incident, match.group(1))
    index = int(match.group(2))
    if not 0 <= index < len(items):
        return None
    return _KIND_OF_LIST[match.group(1)], str(items[index].id)


def _date_doubt(date: UncertainDate) -> str | None:
    if date.approximate and date.uncertain:
        return "approximate and uncertain"
    if date.approximate:
        return "approximate"
    if date.uncertain:
        return "uncertain"
    if date.lower is None or date.upper is None:
        return "open-ended"
    return None


@per_incident
def data_notes(loaded: LoadedIncident) -> list[DataNote]:
    """Loader warnings first (with their line), then uncertain dates and unquantified claims."""
    incident = loaded.incident
    notes: list[DataNote] = []
    for warning in loaded.warnings:
        item = item_of_path(incident, warning.path)
        kind, item_id = item if item else (None, None)
        notes.append(DataNote(warning.message, kind, item_id, warning.line))
    for event in incident.timeline:
        doubt = _date_doubt(event.date)
        if doubt:
            notes.append(
                DataNote(
                    f"The date of event {event.id!r} is {doubt}: {event.date.words()}.",
                    "event",
                    event.id,
                )
            )
        if event.alternative_dates:
            others = "; ".join(alt.date.words() for alt in event.alternative_dates)
            notes.append(
                DataNote(
                    f"Sources date event {event.id!r} differently: {event.date.words()} "
                    f"or {others}.",
                    "event",
                    event.id,
                )
            )
    for claim in incident.claims:
        if claim.count is None:
            notes.append(
                DataNote(
                    f"Claim {claim.id!r} by {incident.actor_name(claim.claimant)} reports "
                    "casualties without a figure.",
                    "claim",
                    claim.id,
                )
            )
    return notes
