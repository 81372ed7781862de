"""Data notes, once for screen and sheet: warnings, conflicting and doubtful dates, gaps."""

# Each note is a sequence of parts: plain text, a source's own words, and references to
# items. The Overview draws a reference as a link named by the item's words, the sheet as
# its number there (E3, C5, [2]); neither adds or drops a note, so the two cannot disagree.

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from factsheet.model.chronology import chronological, date_doubt, item_of_path
from factsheet.model.incident import Incident

ItemKind = Literal["actor", "event", "claim", "source"]
NoteTopic = Literal["warning", "date-conflict", "date-doubt", "unquantified", "indirect"]


class LocatedWarning(Protocol):
    """What a note needs of a loader warning (loading.Problem has these)."""

    @property
    def line(self) -> int: ...
    @property
    def path(self) -> str: ...
    @property
    def message(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Quote:
    """A source's own words, printed in quotation marks."""

    text: str


@dataclass(frozen=True, slots=True)
class ItemRef:
    """One item, with optional detail the reader needs beside it (a date in words)."""

    kind: ItemKind
    item_id: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class Refs:
    """Items listed together; a drawer may shorten a long list, never reorder it."""

    items: tuple[ItemRef, ...]


NotePart = str | Quote | Refs


@dataclass(frozen=True, slots=True)
class DataNote:
    """One sentence about the data; ``kind``/``item_id`` name the item it is about, if one."""

    parts: tuple[NotePart, ...]
    topic: NoteTopic
    kind: ItemKind | None = None
    item_id: str | None = None
    line: int | None = None


def _refs(kind: ItemKind, ids: Iterable[str]) -> Refs:
    return Refs(tuple(ItemRef(kind, item_id) for item_id in ids))


def data_notes(incident: Incident, warnings: Sequence[LocatedWarning]) -> list[DataNote]:
    """Loader warnings first (with line and item), then dates, unquantified claims, sources.

    Events are taken in timeline (date) order and claims in file order; the sheet numbers
    them its own way when it draws the references.
    """
    notes = [_warning_note(incident, warning) for warning in warnings]
    events = chronological(incident)
    for event in events:
        if not event.alternative_dates:
            continue
        parts: list[NotePart] = [
            "Sources date ",
            _refs("event", [event.id]),
            f" differently: {event.date.words()}",
        ]
        parts += _wording_and_sources(event.date_wording, event.sources)
        for n, alt in enumerate(event.alternative_dates):
            parts.append(f"; also {alt.date.words()}" if n == 0 else f"; {alt.date.words()}")
            parts += _wording_and_sources(alt.wording, alt.sources)
        parts.append(".")
        notes.append(DataNote(tuple(parts), "date-conflict", "event", event.id))
    doubtful = [
        ItemRef("event", event.id, event.date.words()) for event in events if date_doubt(event.date)
    ]
    doubtful += [
        ItemRef("claim", claim.id, f"claimed {claim.claimed_on.words()}")
        for claim in incident.claims
        if claim.claimed_on and date_doubt(claim.claimed_on)
    ]
    if doubtful:
        notes.append(
            DataNote(
                (
                    "Dates known only approximately, with doubt, or from one end: ",
                    Refs(tuple(doubtful)),
                    ".",
                ),
                "date-doubt",
            )
        )
    unquantified = [claim.id for claim in incident.claims if claim.count is None]
    if unquantified:
        one = len(unquantified) == 1
        notes.append(
            DataNote(
                (
                    _refs("claim", unquantified),
                    " reports casualties without a figure; it is listed"
                    if one
                    else " report casualties without a figure; they are listed",
                    " but cannot appear among the reported figures.",
                ),
                "unquantified",
                "claim" if one else None,
                unquantified[0] if one else None,
            )
        )
    indirect = [source.id for source in incident.sources if not source.consulted]
    if indirect:
        was, be = ("was", "is") if len(indirect) == 1 else ("were", "are")
        sentence = (
            f"{len(indirect)} of {len(incident.sources)} sources {was} not consulted directly "
            f"and {be} known only through another source: "
        )
        notes.append(
            DataNote(
                (
                    sentence,
                    _refs("source", indirect),
                    ".",
                ),
                "indirect",
            )
        )
    return notes


def _warning_note(incident: Incident, warning: LocatedWarning) -> DataNote:
    item = item_of_path(incident, warning.path)
    if item is None:
        # No item to name: the path itself still tells the recorder where to look.
        where = "" if warning.path in ("", "(file)") else f" ({warning.path})"
        return DataNote((warning.message + where,), "warning", line=warning.line)
    kind, item_id = item
    return DataNote((warning.message,), "warning", _as_kind(kind), item_id, warning.line)


_ITEM_KINDS: dict[str, ItemKind] = {k: k for k in ("actor", "event", "claim", "source")}


def _as_kind(kind: str) -> ItemKind:
    return _ITEM_KINDS[kind]


def _wording_and_sources(wording: str | None, sources: Sequence[str]) -> list[NotePart]:
    parts: list[NotePart] = []
    if wording:
        parts += [" ", Quote(wording)]
    if sources:
        parts += [" ", _refs("source", sources)]
    return parts
