"""The Sources view: one row per source, numbered as the sheet numbers them, and what each backs."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, join_list, translate
from factsheet.model.incident import Incident, Source
from factsheet.model.vocabulary import RELIABILITY, SOURCE_KINDS, definition, label
from factsheet.views.bidi import in_line
from factsheet.views.names import Names
from factsheet.views.plural import counted
from factsheet.views.search_words import actor_names, date_spans, date_texts, haystack
from factsheet.views.table import Table, cell_or_none
from factsheet.views.wording import UNDATED, absent

if TYPE_CHECKING:
    from factsheet.views.plural import Noun

Sources = Context("Sources")

HEADERS = (
    #: The column of the sources' note numbers ([4]).
    QT_TRANSLATE_NOOP("Sources", "No."),
    QT_TRANSLATE_NOOP("Sources", "Publisher"),
    QT_TRANSLATE_NOOP("Sources", "Author"),
    QT_TRANSLATE_NOOP("Sources", "Date"),
    QT_TRANSLATE_NOOP("Sources", "Title"),
    QT_TRANSLATE_NOOP("Sources", "Kind"),
    QT_TRANSLATE_NOOP("Sources", "Grade"),
    QT_TRANSLATE_NOOP("Sources", "Consulted"),
    QT_TRANSLATE_NOOP("Sources", "Relays"),
    QT_TRANSLATE_NOOP("Sources", "Supports"),
)
NUMBER, PUBLISHER, AUTHOR, DATE, TITLE, KIND, GRADE, CONSULTED, RELAYS, SUPPORTS = range(
    len(HEADERS)
)


def headers() -> tuple[str, ...]:
    """The column titles in the current language."""
    return tuple(translate("Sources", header) for header in HEADERS)


def header_tips() -> dict[int, str]:
    """What a column title means, where it needs saying."""
    return {
        GRADE: Sources.tr(
            "Source reliability, Admiralty grade A (reliable) to F (cannot be judged)"
        ),
    }


@dataclass(frozen=True, slots=True)
class Support:
    """What one source backs: items that cite it, by kind and id."""

    events: tuple[str, ...]
    claims: tuple[str, ...]
    actors: tuple[str, ...]  # actors whose relations cite it
    relayed_by: tuple[str, ...]  # sources that repeat this one

    def words(self) -> str:
        """'3 events, 2 claims' (or 'nothing cites it')."""
        counts: tuple[tuple[tuple[str, ...], Noun], ...] = (
            (self.events, "event"),
            (self.claims, "claim"),
            (self.actors, "relation"),
        )
        return join_list(counted(len(ids), noun) for ids, noun in counts if ids) or (
            Sources.tr("nothing cites it")
        )


NO_SUPPORT = Support((), (), (), ())


def supports_of(incident: Incident) -> dict[str, Support]:
    """For every source id, what cites it (events incl. their alternative dates, claims…)."""
    # Dicts as ordered sets: file order kept, each id once, no quadratic membership tests.
    events: dict[str, dict[str, None]] = {}
    claims: dict[str, dict[str, None]] = {}
    actors: dict[str, dict[str, None]] = {}
    relayed: dict[str, dict[str, None]] = {}

    def citations() -> Iterator[tuple[dict[str, dict[str, None]], Sequence[str], str]]:
        """(table, the sources cited, the citing item's id) for every citation."""
        for event in incident.timeline:
            yield events, event.sources, event.id
            for alternative in event.alternative_dates:
                yield events, alternative.sources, event.id
        for claim in incident.claims:
            yield claims, claim.sources, claim.id
        for actor in incident.actors:
            for relation in actor.relations:
                yield actors, relation.sources, actor.id
        for source in incident.sources:
            yield relayed, source.relays, source.id

    for table, source_ids, item_id in citations():
        for source_id in source_ids:
            table.setdefault(source_id, {})[item_id] = None
    return {
        s.id: Support(
            tuple(events.get(s.id, ())),
            tuple(claims.get(s.id, ())),
            tuple(actors.get(s.id, ())),
            tuple(relayed.get(s.id, ())),
        )
        for s in incident.sources
    }


def source_title(source: Source) -> str:
    """The title (Arabic title beside it), or a bracketed stand-in when it has none."""
    titles = [t for t in (source.title, source.title_ar) if t]
    if not titles:
        return Sources.tr("(untitled)")
    return " · ".join(in_line(t) for t in titles)


def consulted_words(source: Source) -> str:
    """What 'consulted' means for this source, in a sentence."""
    if source.consulted:
        return Sources.tr("The recorder read this source.")
    return Sources.tr("The recorder knows this source only through another one that relays it.")


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A source with its cells and what cites it."""

    source: Source
    number: int
    cells: tuple[str, ...]
    support: Support

    @property
    def item_id(self) -> str:
        """The source's id."""
        return self.source.id

    def sort_key(self, column: int) -> object:
        """Note numbers and dates in order (undated last), supports by count, text case-blind."""
        if column == NUMBER:
            return self.number
        if column == DATE:
            published = self.source.published
            return "-".join(str(d) for d in published.sort_key()[:2]) if published else "~"
        if column == SUPPORTS:
            return len(self.support.events) + len(self.support.claims)
        return self.cells[column].casefold()

    def tooltip(self, column: int) -> str | None:
        """Definitions of grade, kind and 'consulted'; long cells whole."""
        source = self.source
        if column == GRADE and source.reliability:
            return definition(RELIABILITY, source.reliability)
        if column == KIND:
            return definition(SOURCE_KINDS, source.kind)
        if column == CONSULTED:
            return consulted_words(source)
        if column in (TITLE, SUPPORTS, RELAYS, PUBLISHER, DATE):
            return cell_or_none(self.cells[column])
        return None


def _row(names: Names, source: Source, support: Support) -> tuple[SourceRow, str]:
    incident = names.incident
    numbers = incident.source_numbers
    number = numbers[source.id]
    cells = (
        names.source(source.id, "none"),
        names.actor(source.publisher),
        names.actor(source.author) if source.author else "",
        source.published.words() if source.published else absent(UNDATED),
        source_title(source),
        label(SOURCE_KINDS, source.kind),
        source.reliability or "",
        Sources.tr("yes", "consulted") if source.consulted else Sources.tr("no, relayed"),
        # In note-number order, as a reader looks them up in the list: [3], [4], [5].
        join_list(f"[{n}]" for n in sorted(numbers[r] for r in source.relays if r in numbers)),
        support.words(),
    )
    searched = haystack(
        (
            source.id,
            *cells,
            *actor_names(incident.actors_by_id.get(source.publisher)),
            *actor_names(incident.actors_by_id.get(source.author or "")),
            *date_texts(source.published),
            *date_texts(source.accessed),
        )
    )
    return SourceRow(source, number, cells, support), searched


def sources_table(names: Names, supports: dict[str, Support]) -> Table[SourceRow]:
    """The sources in file order (= note-number order)."""
    built = [_row(names, s, supports.get(s.id, NO_SUPPORT)) for s in names.incident.sources]
    return Table.of(
        headers(),
        [row for row, _ in built],
        [hay for _, hay in built],
        header_tips=header_tips(),
        date_spans=[date_spans((row.source.published, row.source.accessed)) for row, _ in built],
    )
