"""What the brief says beyond the dossier's tables: main events, short sources, reading notes.

Plain text with note numbers ([1]) and claim numbers (C3) as the sheet prints them; the
sheet escapes it. Data strings (names, an event's text) are isolated where program words
follow them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from factsheet.i18n import Context, format_number, join_list
from factsheet.model.chronology import chronological
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import CasualtyClaim, Incident, Source, TimelineEvent
from factsheet.model.vocabulary import SOURCE_KINDS, label
from factsheet.views.bidi import in_line
from factsheet.views.independence import (
    chain_words,
    independence_words,
    known_second_hand,
    route,
    source_refs,
)
from factsheet.views.names import shortened, source_number
from factsheet.views.notes import DataNote, data_notes
from factsheet.views.wording import UNDATED, absent, joined_names

Brief = Context("Brief")

# The two printed sheets: the brief (one or two pages, the default everywhere) and the full
# dossier (the brief's front page followed by every table as an annex).
SheetVariant = Literal["brief", "full"]
SHEET_VARIANTS: tuple[SheetVariant, ...] = ("brief", "full")
DEFAULT_VARIANT: SheetVariant = "brief"


@dataclass(frozen=True, slots=True)
class Fit:
    """How much of the file's text a sheet prints: the dossier all of it; the brief, meant
    for one or two pages, cuts what no real record needs at length (a name of thousands of
    characters, fifty spellings of a town) with an ellipsis; the dossier has it whole."""

    whole: bool

    # Limits in the brief: a name, a title, the summary, a key point, other spellings.
    NAME_CHARS = 120
    TITLE_CHARS = 300
    SUMMARY_CHARS = 3_000
    POINT_CHARS = 500
    # A note on whom a figure blames, beside the name ("many, not all") in a narrow column.
    BLAME_NOTE_CHARS = 60
    OTHER_NAMES = 5
    # … and how many items of a list it names (actors blamed, sources, notes, claims).
    ITEMS = 12

    @classmethod
    def of(cls, variant: SheetVariant) -> "Fit":
        """The fit of a sheet: whole for the full dossier."""
        return cls(whole=variant == "full")

    def cut(self, text: str, limit: int) -> str:
        """``text``, or in the brief at most ``limit`` characters of it."""
        return text if self.whole else shortened(text, limit)

    def name(self, text: str) -> str:
        """A name (of an actor, a place)."""
        return self.cut(text, self.NAME_CHARS)

    def names(self, names: Sequence[str]) -> list[str]:
        """A list of other names: in the brief the first OTHER_NAMES, each cut."""
        return list(names) if self.whole else [self.name(n) for n in names[: self.OTHER_NAMES]]

    def items(self, count: int) -> int:
        """How many of ``count`` items of a list the sheet names."""
        return count if self.whole else min(count, self.ITEMS)


# The brief's short timeline holds at most this many events, and this many if it can.
MAIN_EVENTS = 5
MIN_EVENTS = 3
# An event's text in the brief is cut after about this many characters (two lines).
EVENT_CHARS = 150
# Roles that make an event one of the main events: someone was harmed or blamed …
_HARM_ROLES = frozenset({"perpetrator", "alleged-perpetrator", "victim"})
# … or someone made a claim.
_CLAIM_ROLES = frozenset({"claimant"})


def _overlaps(event: TimelineEvent, span: UncertainDate) -> bool:
    lower, upper = event.date.lower, event.date.upper
    if span.lower is not None and upper is not None and upper < span.lower:
        return False
    return not (span.upper is not None and lower is not None and lower > span.upper)


def main_events(
    incident: Incident,
    limit: int = MAIN_EVENTS,
    *,
    in_order: Sequence[TimelineEvent] | None = None,
) -> list[TimelineEvent]:
    """The events that matter, in date order: at most ``limit``.

    The rule: events within the incident's own dates (all events when none fall there);
    of those, the ones naming a victim or a perpetrator (alleged or not) — the events the
    figures are about; when there are fewer than MIN_EVENTS of them, the ones naming a
    claimant make up the number. Background and context are left to the dossier's timeline.
    ``in_order`` is chronological(incident), for a caller that has it already.
    """
    events = list(in_order) if in_order is not None else chronological(incident)
    within = [e for e in events if _overlaps(e, incident.incident.date)] or events
    harm = [e for e in within if any(r.role in _HARM_ROLES for r in e.actors)][:limit]
    wanted = max(len(harm), min(MIN_EVENTS, limit))
    chosen = {id(e) for e in harm}
    for event in within:
        if len(chosen) >= wanted:
            break
        if any(r.role in _CLAIM_ROLES for r in event.actors):
            chosen.add(id(event))
    return [e for e in within if id(e) in chosen]


def cut_text(text: str, limit: int = EVENT_CHARS) -> str:
    """The text whole, or its sentences that fit in ``limit``, or cut at a word with an
    ellipsis (when the first sentence alone is longer, or the fitting ones are too short)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    end = text.rfind(". ", 0, limit)
    if end > limit // 3:
        return text[: end + 1]
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"


def carriers(incident: Incident, source_id: str) -> list[str]:
    """Consulted sources through which a source is known: those that relay it, directly or
    through a chain of relays (each source looked at once, whatever cycles the file has)."""
    relayed_by: dict[str, list[str]] = {}
    for source in incident.sources:
        for relayed in source.relays:
            relayed_by.setdefault(relayed, []).append(source.id)
    by_id = incident.sources_by_id
    found, seen, queue = [], {source_id}, [source_id]
    while queue:
        for carrier in relayed_by.get(queue.pop(), ()):
            if carrier in seen:
                continue
            seen.add(carrier)
            if carrier in by_id and by_id[carrier].consulted:
                found.append(carrier)
            else:
                queue.append(carrier)
    return found


# Where a figure comes from when the words on its independence name no source: the cited
# note numbers first ("[1][4] — 2 independent sources").
ORIGIN_TEMPLATE = "{sources} — {independence}"


def claim_origin(incident: Incident, claim: CasualtyClaim) -> str:
    """Where a figure comes from, in the brief's table: views.independence's words, which
    name the sources read ('via [1], relayed — no independent source'); when they only
    count the sources ('2 independent sources'), the cited note numbers go first. A figure
    relayed through sources never read has its chain only ('via [1] ← [4]; [4] not
    consulted directly'): the reliance note above the table says it is known only second-hand,
    and two lines in the table's narrow column keep the brief on its two pages."""
    found = route(incident, claim)
    if found.kind == "relayed-at-second-hand":
        return chain_words(incident, found)
    words = independence_words(incident, claim)
    if found.kind != "independent":
        return words
    cited = {s for s in claim.sources if s in incident.sources_by_id}
    return ORIGIN_TEMPLATE.format(sources=source_refs(incident, cited), independence=words)


def _bases(incident: Incident, claim: CasualtyClaim) -> set[str]:
    """The consulted sources a figure rests on: cited ones, and those that carry the rest."""
    by_id = incident.sources_by_id
    bases = set()
    for source_id in claim.sources:
        source = by_id.get(source_id)
        if source is None:
            continue
        if source.consulted:
            bases.add(source_id)
        else:
            bases.update(carriers(incident, source_id))
    return bases


def source_in_short(incident: Incident, source: Source) -> str:
    """'TRT World, news report, 23 October 2017' (and 'not consulted directly; known
    through [1]' when the recorder did not read it)."""
    publisher = in_line(incident.actor_name(source.publisher))
    if source.author:
        publisher = Brief.tr("{publisher} ({author})", "a source's publisher and author").format(
            publisher=publisher, author=in_line(incident.actor_name(source.author))
        )
    published = source.published.words() if source.published else absent(UNDATED)
    text = join_list([publisher, label(SOURCE_KINDS, source.kind), published])
    if source.consulted:
        return text
    # The consulted sources that carry it; failing those, the unread ones that relay it, as
    # the dossier's list of sources names them (views.notes says the same of every source).
    through = carriers(incident, source.id) or [
        s.id for s in incident.sources if source.id in s.relays
    ]
    if through:
        return Brief.tr("{source}; not consulted directly, known through {carriers}").format(
            source=text, carriers=source_refs(incident, through)
        )
    return Brief.tr("{source}; not consulted directly").format(source=text)


def claim_list(numbers: Sequence[str], limit: int = Fit.ITEMS) -> str:
    """'C1', 'C1 and C5', 'C1, C2 and C5'; past ``limit``, 'C1, C2, … C12 and 988 more'."""
    if len(numbers) > limit:
        more = Brief.tr(
            "{first} and %n more", "claim numbers: C1, C2 and 988 more", len(numbers) - limit
        )
        return more.format(first=join_list(numbers[:limit]))
    return joined_names(numbers)


def reliance_notes(incident: Incident, numbers: dict[str, str]) -> list[str]:
    """What a reader must know before relying on any figure: how far the figures are from
    their sources. ``numbers`` are the claims' sheet numbers ('C3')."""
    claims = incident.claims
    if not claims:
        return []
    notes = []
    bases = {claim.id: _bases(incident, claim) for claim in claims}
    every = set().union(*bases.values())
    by_id = incident.sources_by_id
    # Second-hand: neither the claimant's own statement nor an independent source was read
    # directly, whether the claim cites the unread statement or only a source relaying it
    # through others never read (the model follows the chains of relays).
    second_hand = [c for c in claims if known_second_hand(incident, c)]
    if len(every) == 1 and all(bases.values()):
        (only,) = every
        source = by_id[only]
        named = f"{source_number(incident, only)} {in_line(incident.actor_name(source.publisher))}"
        if second_hand:
            sentence = Brief.tr(
                "Every figure in this record is known through one source only, {source}; for "
                "{count} of the %n claim(s), the claimant's own statement was not consulted "
                "directly.",
                None,
                len(claims),
            )
            notes.append(sentence.format(source=named, count=format_number(len(second_hand))))
        else:
            notes.append(
                Brief.tr(
                    "Every figure in this record is known through one source only, {source}."
                ).format(source=named)
            )
    elif second_hand:
        listed = claim_list([numbers[c.id] for c in second_hand])
        if len(second_hand) == 1:
            sentence = Brief.tr(
                "{claims} is known only second-hand: the claimant's own statement was not "
                "consulted directly."
            )
        else:
            sentence = Brief.tr(
                "{claims} are known only second-hand: the claimant's own statement was not "
                "consulted directly."
            )
        notes.append(sentence.format(claims=listed))
    unsourced = [numbers[c.id] for c in claims if not c.sources]
    if unsourced:
        sentence = (
            Brief.tr("{claims} cites no source.")
            if len(unsourced) == 1
            else Brief.tr("{claims} cite no source.")
        )
        notes.append(sentence.format(claims=claim_list(unsourced)))
    return notes


def figure_notes(incident: Incident) -> list[DataNote]:
    """The data notes about the figures and their sources, for the brief: claims without a
    figure, claims dated only approximately or from one end, sources known second-hand.

    The dossier's notes on the timeline's dates (conflicts, doubt) are left out: the brief
    shows few events, and a long timeline has thousands of such notes. The loader's warnings
    are the recorder's and are never printed.
    """
    # The same notes as the Overview's, drawn from the incident without its timeline
    # (model_copy shares everything else, unvalidated: nothing is read again).
    return data_notes(incident.model_copy(update={"timeline": ()}), ())
