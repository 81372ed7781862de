"""How one incident's items are named wherever they are mentioned: '[4] SOHR', a claim's label.

Note numbers ('[4]') and claim numbers ('C5') are references, the same on every screen and
sheet in every language (docs/translation.md): they are not translated.
"""

from collections.abc import Iterable
from typing import Literal

from factsheet.i18n import join_list
from factsheet.model.incident import Incident, TimelineEvent
from factsheet.model.items import ItemKind
from factsheet.views.bidi import in_line
from factsheet.views.wording import claim_label, short_name

#: Characters of an event's text that name it in a link.
EVENT_WORDS = 70

#: How much of the publisher a source label names: 'SOHR', the full name, or just '[4]'.
PublisherName = Literal["short", "full", "none"]


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, at most."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def unknown_source_label(source_id: str) -> str:
    """A reference to a source the file does not define (the loader refuses such files)."""
    return f"[?] {source_id}"


def source_number(incident: Incident, source_id: str) -> str:
    """'[4]': the note number the sheet gives a source."""
    number = incident.source_numbers.get(source_id)
    return unknown_source_label(source_id) if number is None else f"[{number}]"


def actors_by_name(incident: Incident, actor_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(id, name) of each actor, in alphabetical order of names (for a filter's choices)."""
    named = [(actor_id, incident.actor_name(actor_id)) for actor_id in actor_ids]
    return sorted(named, key=lambda pair: pair[1].casefold())


class Names:
    """Names the items of one incident; lookups are built once, for views of many rows."""

    def __init__(self, incident: Incident) -> None:
        self.incident = incident
        self._events = {event.id: event for event in incident.timeline}
        self._short_labels = {
            source.id: f"[{number}] {in_line(short_name(incident, source.publisher))}"
            for number, source in enumerate(incident.sources, start=1)
        }

    def actor(self, actor_id: str) -> str:
        """An actor's name, isolated when it is Arabic (its id when the file lacks it)."""
        return in_line(self.incident.actor_name(actor_id))

    def source(self, source_id: str, publisher: PublisherName = "short") -> str:
        """'[4] SOHR' (or '[4] Syrian Observatory for Human Rights', or '[4]'): the sheet's
        note number and the publisher. The one fallback for an unknown id is here."""
        number = source_number(self.incident, source_id)
        if publisher == "none" or source_id not in self.incident.source_numbers:
            return number
        if publisher == "short":
            return self._short_labels[source_id]
        publisher_id = self.incident.sources_by_id[source_id].publisher
        return f"{number} {in_line(self.incident.actor_name(publisher_id))}"

    def sources(self, source_ids: Iterable[str], publisher: PublisherName = "short") -> str:
        """'[1] TRT World, [4] SOHR': in note-number order, as a reader looks them up."""
        numbers = self.incident.source_numbers
        ordered = sorted(source_ids, key=lambda s: numbers.get(s, 10**9))
        return join_list(self.source(s, publisher) for s in ordered)

    def event(self, event_id: str) -> TimelineEvent | None:
        """The event with this id, if the file has it."""
        return self._events.get(event_id)

    def event_words(self, event: TimelineEvent, limit: int = EVENT_WORDS) -> str:
        """An event named by its opening words, isolated when they are Arabic."""
        return in_line(shortened(event.text, limit))

    def words(self, kind: ItemKind, item_id: str) -> str | None:
        """'SOHR: at least 128', '[4] SOHR', an event's opening words; None if unknown."""
        incident = self.incident
        if kind == "event":
            event = self._events.get(item_id)
            return self.event_words(event) if event else None
        if kind == "claim":
            claim = incident.claims_by_id.get(item_id)
            return claim_label(incident, claim) if claim else None
        if kind == "source":
            return self._short_labels.get(item_id)
        return self.actor(item_id) if item_id in incident.actors_by_id else None
