"""Data notes, once for screen and sheet: warnings, conflicting and doubtful dates, gaps."""

# Each note is a sequence of parts: plain text, a source's own words, references to items,
# and phrases: a translated sentence whose {placeholders} hold other parts. The Overview
# draws a reference as a link named by the item's words, the sheet as its number there (E3,
# C5, [2]); neither adds or drops a note, so the two cannot disagree.

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from factsheet.i18n import Context, format_number, join_list, localize_digits
from factsheet.model.chronology import chronological, date_doubt
from factsheet.model.incident import Incident
from factsheet.model.items import ItemKind, item_of_path
from factsheet.views.bidi import isolate
from factsheet.views.independence import source_refs
from factsheet.views.links import item_link
from factsheet.views.names import Names
from factsheet.views.wording import group_separator, quoted

Notes = Context("Notes")

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


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sentence in the current language whose {placeholders} are filled with parts."""

    template: str
    values: tuple[tuple[str, "NotePart"], ...]


@dataclass(frozen=True, slots=True)
class Series:
    """Parts one after another with a separator between them ("; ", or a space)."""

    parts: tuple["NotePart", ...]
    separator: str = " "


NotePart = str | Quote | Refs | Phrase | Series


def phrase(template: str, **values: "NotePart") -> Phrase:
    """Phrase(template, values) with the values by name."""
    return Phrase(template, tuple(values.items()))


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
        first = _dated(incident, event.date.words(), event.date_wording, event.sources)
        others = tuple(
            _dated(incident, alt.date.words(), alt.wording, alt.sources)
            for alt in event.alternative_dates
        )
        dates = phrase(
            Notes.tr("{first}; also {others}", "a date, then the other dates sources give"),
            first=first,
            others=Series(others, group_separator()),
        )
        notes.append(
            DataNote(
                (
                    phrase(
                        Notes.tr("Sources date {event} differently: {dates}."),
                        event=_refs("event", [event.id]),
                        dates=dates,
                    ),
                ),
                "date-conflict",
                "event",
                event.id,
            )
        )
    doubtful = [
        ItemRef("event", event.id, event.date.words()) for event in events if date_doubt(event.date)
    ]
    doubtful += [
        ItemRef(
            "claim",
            claim.id,
            Notes.tr("claimed {date}").format(date=claim.claimed_on.words()),
        )
        for claim in incident.claims
        if claim.claimed_on and date_doubt(claim.claimed_on)
    ]
    if doubtful:
        notes.append(
            DataNote(
                (
                    phrase(
                        Notes.tr(
                            "Dates known only approximately, with doubt, or from one end: {items}."
                        ),
                        items=Refs(tuple(doubtful)),
                    ),
                ),
                "date-doubt",
            )
        )
    unquantified = [claim.id for claim in incident.claims if claim.count is None]
    if unquantified:
        one = len(unquantified) == 1
        # Listed, never dropped and never a zero (issue 10).
        template = (
            Notes.tr(
                "{claims} reports casualties without a figure: the reported figures list it as "
                "unquantified."
            )
            if one
            else Notes.tr(
                "{claims} report casualties without a figure: the reported figures list them "
                "as unquantified."
            )
        )
        notes.append(
            DataNote(
                (phrase(template, claims=_refs("claim", unquantified)),),
                "unquantified",
                "claim" if one else None,
                unquantified[0] if one else None,
            )
        )
    notes += _indirect_notes(incident)
    return notes


def _indirect_notes(incident: Incident) -> list[DataNote]:
    """Sources not consulted directly: those another source relays ("known only through
    another source", and the Sources list says which), then those nothing in the record
    relays: `consulted: false` says they came through another source, but not which."""
    relayed = {relayed for source in incident.sources for relayed in source.relays}
    unread = [source.id for source in incident.sources if not source.consulted]
    through = [s for s in unread if s in relayed]
    untraced = [s for s in unread if s not in relayed]
    total = len(incident.sources)
    # The count says was or were in English; the total says the noun's form.
    templates = (
        (
            through,
            Notes.tr(
                "{count} of %n source(s) was not consulted directly and is known only through "
                "another source: {sources}.",
                None,
                total,
            ),
            Notes.tr(
                "{count} of %n source(s) were not consulted directly and are known only "
                "through another source: {sources}.",
                None,
                total,
            ),
        ),
        (
            untraced,
            Notes.tr(
                "{count} of %n source(s) was not consulted directly, and the record does not "
                "say through which source it is known: {sources}.",
                None,
                total,
            ),
            Notes.tr(
                "{count} of %n source(s) were not consulted directly, and the record does not "
                "say through which sources they are known: {sources}.",
                None,
                total,
            ),
        ),
    )
    return [
        DataNote(
            (
                phrase(
                    one if len(ids) == 1 else several,
                    count=format_number(len(ids)),
                    sources=_refs("source", ids),
                ),
            ),
            "indirect",
        )
        for ids, one, several in templates
        if ids
    ]


def _warning_note(incident: Incident, warning: LocatedWarning) -> DataNote:
    item = item_of_path(incident, warning.path)
    if item is None:
        # No item to name: the path itself still tells the recorder where to look.
        where = "" if warning.path in ("", "(file)") else f" ({warning.path})"
        return DataNote((warning.message + where,), "warning", line=warning.line)
    kind, item_id = item
    return DataNote((warning.message,), "warning", kind, item_id, warning.line)


def _dated(incident: Incident, words: str, wording: str | None, sources: Sequence[str]) -> Series:
    """'21 October 2017 “on Saturday” [1] [3]': a date, the source's words, its sources."""
    parts: list[NotePart] = [words]
    if wording:
        parts.append(Quote(wording))
    if sources:
        # In note-number order ([1], [3]), on screen as on paper.
        numbers = incident.source_numbers
        ordered = sorted(sources, key=lambda s: numbers.get(s, len(numbers) + 1))
        parts.append(_refs("source", ordered))
    return Series(tuple(parts))


# --- drawing: the Overview links each item by its words, the sheet prints its number ---

# A list inside one note (doubtful dates of thousands of events) is cut after this many.
REFS_SHOWN = 40


def _drawn(note: DataNote, quote: Callable[[str], str], refs: Callable[[Refs], str]) -> str:
    """A note's parts as rich text: text escaped, quotes and references as the medium says."""

    def drawn(part: NotePart) -> str:
        if isinstance(part, str):
            return html.escape(part)
        if isinstance(part, Quote):
            return quote(part.text)
        if isinstance(part, Refs):
            return refs(part)
        if isinstance(part, Series):
            return html.escape(part.separator).join(drawn(p) for p in part.parts)
        # The template is ours; escaping it leaves its {placeholders} as they are.
        return html.escape(part.template).format(**{k: drawn(v) for k, v in part.values})

    return "".join(drawn(part) for part in note.parts)


def _detail(item: ItemRef) -> str:
    return f" ({html.escape(item.detail)})" if item.detail else ""


def item_ref_link(names: Names, kind: ItemKind, item_id: str) -> str:
    """A link named by the item's words; an id the file does not define, as itself."""
    words = names.words(kind, item_id)
    if words is None:
        return html.escape(f"{item_id}?")
    return item_link(kind, item_id, words)


def note_html(note: DataNote, names: Names) -> str:
    """One note as the Overview shows it (a list item's contents), items as links."""

    def refs(part: Refs) -> str:
        shown = part.items[:REFS_SHOWN]
        text = join_list(
            item_ref_link(names, item.kind, item.item_id) + _detail(item) for item in shown
        )
        if len(part.items) > len(shown):
            more = Notes.tr("{items} and %n more", None, len(part.items) - len(shown))
            text = html.escape(more).format(items=text)
        return text

    text = _drawn(note, lambda words: html.escape(quoted(words)), refs)
    where = []
    if note.line is not None:
        where.append(html.escape(Notes.tr("line {line}").format(line=_line(note.line))))
    if note.topic == "warning" and note.kind and note.item_id:
        where.append(_kind_and_item(note.kind, item_ref_link(names, note.kind, note.item_id)))
    if where:
        text += f" <small>({join_list(where)})</small>"
    return text


def _line(number: int) -> str:
    """A line number in the chosen digits, never grouped ('line 1204')."""
    return localize_digits(str(number))


def _kind_and_item(kind: ItemKind, named: str) -> str:
    """'claim <a>SOHR: at least 128</a>': what a warning is about (``named`` is rich text)."""
    template = {
        "event": Notes.tr("event {item}"),
        "claim": Notes.tr("claim {item}"),
        "actor": Notes.tr("actor {item}"),
        "source": Notes.tr("source {item}"),
    }[kind]
    return html.escape(template).format(item=named)


# The sheet's item numbers ('E3', 'C5') by kind and id.
SheetNumbers = dict[str, dict[str, str]]

# Kinds stay in the model's order (events, then claims); only numbers within a kind sort.
_KIND_ORDER = {"event": 0, "claim": 1}


def _isolated(text: str) -> str:
    return isolate(html.escape(text, quote=True))


def sheet_note_html(
    note: DataNote, names: Names, numbers: SheetNumbers, *, shown: int | None = None
) -> str:
    """One note as the printed sheet has it: items by their numbers (E3, C5, [2]) or, for an
    event the sheet does not number, by the words ``numbers`` give it. Never a file's line
    or an id: a loader warning is not printed (printed_notes). A list of items is cut after
    ``shown`` of them (the brief), with a count of the rest."""

    def ref(kind: ItemKind, item_id: str) -> str:
        if kind == "source":
            return html.escape(names.source(item_id, "none"))
        if kind == "actor":
            return _isolated(names.incident.actor_name(item_id))
        return numbers[kind].get(item_id) or html.escape(item_id)

    def order(item: ItemRef) -> tuple[int, int]:
        number = numbers.get(item.kind, {}).get(item.item_id, "")
        return _KIND_ORDER.get(item.kind, 2), int(number[1:]) if number[1:].isdigit() else 0

    def refs(part: Refs) -> str:
        if all(item.kind == "source" for item in part.items):
            return html.escape(source_refs(names.incident, (i.item_id for i in part.items)))
        # The model lists claims in file order; the sheet's reader looks them up by C number.
        ordered = sorted(part.items, key=order)
        listed = ordered if shown is None else ordered[:shown]
        text = join_list(ref(item.kind, item.item_id) + _detail(item) for item in listed)
        if len(ordered) > len(listed):
            more = Notes.tr("{items} and %n more", None, len(ordered) - len(listed))
            text = html.escape(more).format(items=text)
        return text

    return _drawn(note, lambda words: html.escape(quoted(words, isolated=True), quote=True), refs)


def printed_notes(notes: Sequence[DataNote]) -> list[DataNote]:
    """The notes paper carries: the loader's warnings are the recorder's working material
    (they name file lines and ids) and stay on screen; the rest is about the data itself."""
    return [note for note in notes if note.topic != "warning"]
