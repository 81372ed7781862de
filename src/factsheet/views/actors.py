"""The Actors view: who is who, with every name an actor goes by and its relations."""

from collections import Counter
from dataclasses import dataclass

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, format_number, join_list, translate
from factsheet.model.incident import Actor, Incident
from factsheet.model.vocabulary import ACTOR_KINDS, RELATION_TYPES, definition, label
from factsheet.views.bidi import in_line, isolate
from factsheet.views.search_words import date_spans, date_texts, haystack
from factsheet.views.table import Table, cell_or_none
from factsheet.views.wording import joined_groups

Actors = Context("Actors")

HEADERS = (
    QT_TRANSLATE_NOOP("Actors", "Name"),
    QT_TRANSLATE_NOOP("Actors", "Arabic name"),
    QT_TRANSLATE_NOOP("Actors", "Kind"),
    QT_TRANSLATE_NOOP("Actors", "Also called"),
    QT_TRANSLATE_NOOP("Actors", "Relations"),
    QT_TRANSLATE_NOOP("Actors", "Events"),
    QT_TRANSLATE_NOOP("Actors", "Claims"),
)
NAME, ARABIC, KIND, ALIASES, RELATIONS, EVENTS, CLAIMS = range(len(HEADERS))


def headers() -> tuple[str, ...]:
    """The column titles in the current language."""
    return tuple(translate("Actors", header) for header in HEADERS)


def relation_words(relation: str, actor: str, date: str | None) -> str:
    """'backed by Russia (April 2016)': a relation's words, the other actor as the caller
    shows it (isolated, or a link), and when."""
    if date is None:
        return Actors.tr("{relation} {actor}", "backed by Russia").format(
            relation=relation, actor=actor
        )
    return Actors.tr("{relation} {actor} ({date})", "backed by Russia (April 2016)").format(
        relation=relation, actor=actor, date=date
    )


def relations_words(incident: Incident, actor: Actor) -> str:
    """'backed by Russia (April 2016); part of Pro-regime forces'."""
    return joined_groups(
        [
            relation_words(
                label(RELATION_TYPES, relation.type),
                in_line(incident.actor_name(relation.actor)),
                relation.date.words() if relation.date is not None else None,
            )
            for relation in actor.relations
        ]
    )


def aliases_words(actor: Actor) -> str:
    """'ISIS, ISIL, Islamic State, الدولة الإسلامية': names isolated so commas stay put."""
    return join_list(in_line(a.name) for a in actor.aliases)


def appearances(incident: Incident) -> tuple[Counter[str], Counter[str]]:
    """How many events and how many claims (as claimant or perpetrator) name each actor."""
    events: Counter[str] = Counter()
    for event in incident.timeline:
        events.update({r.actor for r in event.actors})
    claims: Counter[str] = Counter()
    for claim in incident.claims:
        claims.update({*claim.claimant, *(a.actor for a in claim.perpetrators)})
    return events, claims


@dataclass(frozen=True, slots=True)
class ActorRow:
    """An actor with its cells and how often the events and claims name it."""

    actor: Actor
    cells: tuple[str, ...]
    events: int
    claims: int

    @property
    def item_id(self) -> str:
        """The actor's id."""
        return self.actor.id

    def sort_key(self, column: int) -> object:
        """Counts by number, text case-blind."""
        if column == EVENTS:
            return self.events
        if column == CLAIMS:
            return self.claims
        return self.cells[column].casefold()

    def tooltip(self, column: int) -> str | None:
        """What the kind means; elsewhere the whole cell."""
        if column == KIND:
            return definition(ACTOR_KINDS, self.actor.kind)
        return cell_or_none(self.cells[column])


def _row(incident: Incident, actor: Actor, events: int, claims: int) -> tuple[ActorRow, str]:
    cells = (
        in_line(actor.name),
        isolate(actor.name_ar) if actor.name_ar else "",
        label(ACTOR_KINDS, actor.kind),
        aliases_words(actor),
        relations_words(incident, actor),
        format_number(events) if events else "",
        format_number(claims) if claims else "",
    )
    searched = haystack(
        (
            *cells,
            actor.id,
            actor.description,
            actor.note,
            *(a.name for a in actor.aliases),
            *(text for relation in actor.relations for text in date_texts(relation.date)),
        )
    )
    return ActorRow(actor, cells, events, claims), searched


def actors_table(incident: Incident) -> Table[ActorRow]:
    """The actors in file order; filtering matches every alias (Daesh = ISIS)."""
    events, claims = appearances(incident)
    built = [_row(incident, a, events[a.id], claims[a.id]) for a in incident.actors]
    # The last of two actors with one id wins, as in Incident.actors_by_id.
    return Table.of(
        headers(),
        [row for row, _ in built],
        [hay for _, hay in built],
        last_id_wins=True,
        date_spans=[
            date_spans(relation.date for relation in row.actor.relations) for row, _ in built
        ],
    )
