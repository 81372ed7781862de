"""The Overview's data notes: the model's notes with items named by their words, as links."""

from html import escape

from factsheet.loading import LoadedIncident
from factsheet.model import data_notes as model
from factsheet.model.bidi import in_line
from factsheet.model.incident import Incident
from factsheet.model.wording import short_name
from factsheet.ui.claim_table_model import claim_label
from factsheet.ui.detail_pane import item_link
from factsheet.ui.view_cache import per_incident

DataNote = model.DataNote

#: A list inside one note (doubtful dates of thousands of events) is cut after this many.
REFS_SHOWN = 40
#: Characters of an event's text that name it in a link.
EVENT_WORDS = 70
_KIND_WORDS = {"actor": "actor", "event": "event", "claim": "claim", "source": "source"}


@per_incident
def data_notes(loaded: LoadedIncident) -> list[DataNote]:
    """The notes the sheet prints too (model.data_notes), built once per incident."""
    return model.data_notes(loaded.incident, loaded.warnings)


class NoteWords:
    """Names items of one incident the way the Overview links them; lookups built once."""

    def __init__(self, incident: Incident) -> None:
        self.incident = incident
        self._events = {event.id: event for event in incident.timeline}
        self._claims = {claim.id: claim for claim in incident.claims}
        self._sources = {source.id: (n, source) for n, source in enumerate(incident.sources, 1)}

    def words(self, kind: str, item_id: str) -> str | None:
        """'SOHR: at least 128', '[4] SOHR', an event's opening words; None if unknown."""
        if kind == "event" and (event := self._events.get(item_id)):
            text = event.text
            short = text if len(text) <= EVENT_WORDS else text[: EVENT_WORDS - 1].rstrip() + "…"
            return in_line(short)
        if kind == "claim" and (claim := self._claims.get(item_id)):
            return claim_label(self.incident, claim)
        if kind == "source" and item_id in self._sources:
            number, source = self._sources[item_id]
            return f"[{number}] {in_line(short_name(self.incident, source.publisher))}"
        if kind == "actor" and any(actor.id == item_id for actor in self.incident.actors):
            return in_line(self.incident.actor_name(item_id))
        return None

    def link(self, kind: str, item_id: str) -> str:
        """A link named by the item's words; an id the file does not define, as itself."""
        words = self.words(kind, item_id)
        if words is None:
            return escape(f"{item_id}?")
        return item_link(kind, item_id, words)


def note_html(note: DataNote, words: NoteWords) -> str:
    """One note as rich text for the Overview (a list item's contents)."""
    text = "".join(_part_html(part, words) for part in note.parts)
    where = []
    if note.line is not None:
        where.append(f"line {note.line}")
    if note.topic == "warning" and note.kind and note.item_id:
        where.append(f"{_KIND_WORDS[note.kind]} {words.link(note.kind, note.item_id)}")
    if where:
        text += f" <small>({', '.join(where)})</small>"
    return text


def _part_html(part: model.NotePart, words: NoteWords) -> str:
    if isinstance(part, str):
        return escape(part)
    if isinstance(part, model.Quote):
        return f"“{escape(in_line(part.text))}”"
    shown = part.items[:REFS_SHOWN]
    text = ", ".join(
        words.link(item.kind, item.item_id) + (f" ({escape(item.detail)})" if item.detail else "")
        for item in shown
    )
    if len(part.items) > len(shown):
        text += f" and {len(part.items) - len(shown):,} more"
    return text
