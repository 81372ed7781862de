"""ActorTableModel: who is who, with every name an actor goes by and its relations."""

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

from factsheet.model.bidi import in_line, isolate
from factsheet.model.incident import Actor, Incident
from factsheet.model.vocabulary import ACTOR_KINDS, RELATION_TYPES, definition, label
from factsheet.ui.filter_proxy import ID_ROLE, SORT_ROLE
from factsheet.ui.row_table_model import RowTableModel

HEADERS = ("Name", "Arabic name", "Kind", "Also called", "Relations", "Events", "Claims")
NAME, ARABIC, KIND, ALIASES, RELATIONS, EVENTS, CLAIMS = range(len(HEADERS))


def relations_words(incident: Incident, actor: Actor) -> str:
    """'backed by Russia (April 2016); part of Pro-regime forces'."""
    parts = []
    for relation in actor.relations:
        text = (
            f"{label(RELATION_TYPES, relation.type)} {in_line(incident.actor_name(relation.actor))}"
        )
        if relation.date is not None:
            text += f" ({relation.date.words()})"
        parts.append(text)
    return "; ".join(parts)


def aliases_words(actor: Actor) -> str:
    """'ISIS, ISIL, Islamic State, الدولة الإسلامية': Arabic names isolated so commas stay put."""
    return ", ".join(in_line(a.name) for a in actor.aliases)


@dataclass(frozen=True, slots=True)
class ActorRow:
    """An actor with its cells, its counts and what a filter searches."""

    actor: Actor
    cells: tuple[str, ...]
    events: int
    claims: int
    haystack: str


def appearances(incident: Incident) -> tuple[Counter[str], Counter[str]]:
    """How many events and how many claims (as claimant or perpetrator) name each actor."""
    events: Counter[str] = Counter()
    for event in incident.timeline:
        events.update({r.actor for r in event.actors})
    claims: Counter[str] = Counter()
    for claim in incident.claims:
        claims.update({claim.claimant, *(a.actor for a in claim.perpetrators)})
    return events, claims


def _row(incident: Incident, actor: Actor, events: int, claims: int) -> ActorRow:
    cells = (
        actor.name,
        isolate(actor.name_ar) if actor.name_ar else "",
        label(ACTOR_KINDS, actor.kind),
        aliases_words(actor),
        relations_words(incident, actor),
        str(events) if events else "",
        str(claims) if claims else "",
    )
    haystack = " ".join(
        (
            *cells,
            actor.id,
            actor.description or "",
            actor.note or "",
            *(a.name for a in actor.aliases),
        )
    ).casefold()
    return ActorRow(actor, cells, events, claims, haystack)


class ActorTableModel(RowTableModel[ActorRow]):
    """The actors of one incident in file order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)
        self._haystacks: list[str] = []

    def set_incident(self, incident: Incident) -> None:
        """Replace the rows with the actors of ``incident``."""
        self.beginResetModel()
        events, claims = appearances(incident)
        self._rows = [_row(incident, a, events[a.id], claims[a.id]) for a in incident.actors]
        self._haystacks = [row.haystack for row in self._rows]
        self.endResetModel()

    def haystacks(self) -> list[str]:
        """The lower-cased searchable text of each row, aliases included (Daesh = ISIS)."""
        return self._haystacks

    def actor_at(self, row: int) -> Actor:
        """The actor in row ``row``."""
        return self._rows[row].actor

    def row_of(self, actor_id: str) -> int:
        """The row of an actor id, or -1 (the last one wins, as in Incident.actors_by_id)."""
        rows = [i for i, r in enumerate(self._rows) if r.actor.id == actor_id]
        return rows[-1] if rows else -1

    @override
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        row = self.row_at_index(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == SORT_ROLE:
            if column in (EVENTS, CLAIMS):
                return row.events if column == EVENTS else row.claims
            return row.cells[column].casefold()
        if role == ID_ROLE:
            return row.actor.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == KIND:
                return definition(ACTOR_KINDS, row.actor.kind)
            return row.cells[column] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == ARABIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column in (EVENTS, CLAIMS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
