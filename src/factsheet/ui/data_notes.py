"""What a careful reader should know about the data: warnings, uncertain dates, gaps."""

from dataclasses import dataclass

from factsheet.loading import LoadedIncident
from factsheet.model.chronology import date_doubt, item_of_path
from factsheet.ui.view_cache import per_incident


@dataclass(frozen=True, slots=True)
class DataNote:
    """One sentence about the data, optionally about one item the viewer can jump to."""

    text: str
    kind: str | None = None
    item_id: str | None = None
    line: int | None = None


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
        doubt = date_doubt(event.date)
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
