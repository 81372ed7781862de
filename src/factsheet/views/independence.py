"""How far a claim rests on sources independent of its claimants, in words ("relayed").

The facts are the model's (model/independence.py, kept on the Incident); these are the
words the Claims tab, the detail pane, the chart, the sheet and the JSON export all use.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, join_list, translate
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.views.names import source_number
from factsheet.views.plural import counted

Independence = Context("Independence")

#: A claim that cites no source at all (the loader warns about it too).
NO_SOURCE = QT_TRANSLATE_NOOP("Independence", "no source given")

# How the recorder came by a claim, as far as independence goes.
RouteKind = Literal[
    "independent",  # an independent source was read
    "independent-at-second-hand",  # independent sources, none of them read directly
    "own",  # the claimant's own publication was read
    "own-and-relayed",  # that, and others repeating it
    "relayed",  # only others repeating what the claimant published were read
    # … and they repeat it through chains ending at sources never read: the claimant's own
    # statement was not consulted directly, so the figure is known only second-hand
    "relayed-at-second-hand",
    "at-second-hand",  # nothing was read directly, and nothing is independent
    "no-source",
]


@dataclass(frozen=True, slots=True)
class Route:
    """Which sources the words name, and why the claim has (no) independent source."""

    kind: RouteKind
    # The sources named ("via [1]"): those read directly, or all when none was.
    sources: tuple[str, ...] = ()
    # With "own-and-relayed": the relaying sources read (``sources`` are the own ones).
    relaying: tuple[str, ...] = ()
    count: int = 0
    # With "relayed-at-second-hand": each relaying source's chain to the claimant's source.
    chains: tuple[tuple[str, ...], ...] = ()


def route(incident: Incident, claim: CasualtyClaim) -> Route:
    """The facts the words say, from Incident.independence and the sources' `consulted`."""
    standing = incident.independence[claim.id]
    sources = incident.sources_by_id
    consulted = {s for s in claim.sources if s in sources and sources[s].consulted}
    if standing.count:
        if consulted.intersection(standing.independent):
            return Route("independent", count=standing.count)
        return Route("independent-at-second-hand", standing.independent, count=standing.count)
    own = tuple(s for s in standing.own if s in consulted)
    relaying = tuple(s for s in standing.relaying if s in consulted)
    if own and relaying:
        return Route("own-and-relayed", own, relaying)
    if own:
        return Route("own", own)
    if relaying:
        read = dict(zip(standing.relaying, standing.chains, strict=True))
        chains = tuple(read[s] for s in relaying)
        if any(sources[chain[-1]].consulted for chain in chains):
            return Route("relayed", relaying)
        return Route("relayed-at-second-hand", relaying, chains=chains)
    known = standing.own + standing.relaying
    return Route("at-second-hand", known) if known else Route("no-source")


def known_second_hand(incident: Incident, claim: CasualtyClaim) -> bool:
    """Whether neither the claimant's own statement nor an independent source was read
    directly: the claim cites only unread sources, or sources relaying the claimant through
    chains that end at unread ones, or independent sources none of them read directly
    beside no statement of the claimant's that was."""
    found = route(incident, claim)
    if found.kind in ("at-second-hand", "relayed-at-second-hand"):
        return True
    if found.kind != "independent-at-second-hand":
        return False
    sources = incident.sources_by_id
    standing = incident.independence[claim.id]
    read_own = any(sources[s].consulted for s in standing.own)
    read_through = any(
        sources[s].consulted and sources[chain[-1]].consulted
        for s, chain in zip(standing.relaying, standing.chains, strict=True)
    )
    return not (read_own or read_through)


def source_refs(incident: Incident, source_ids: Iterable[str]) -> str:
    """'[1][3]': note numbers in ascending order, as the sheet prints them."""
    numbers = incident.source_numbers
    ordered = sorted(source_ids, key=lambda s: numbers.get(s, len(numbers) + 1))
    return "".join(source_number(incident, s) for s in ordered)


# A chain of relays is cut to its first links and its last past this many sources.
CHAIN_SHOWN = 4


def _chain_words(incident: Incident, chain: tuple[str, ...]) -> str:
    """'[4] ← [3] ← [2]': the source read, what it relays, and so on to the claimant's."""
    shown: list[str] = [source_refs(incident, [s]) for s in chain]
    if len(shown) > CHAIN_SHOWN:
        shown = [*shown[: CHAIN_SHOWN - 2], "…", shown[-1]]
    words = shown[-1]
    for relaying in reversed(shown[:-1]):
        #: A chain of relays, the source read first: '[4] ← [3]' is [4] repeating [3].
        words = Independence.tr("{relaying} ← {relayed}").format(relaying=relaying, relayed=words)
    return words


def _unread_in_chains(incident: Incident, chains: tuple[tuple[str, ...], ...]) -> str:
    """'[2][3]': the sources of the chains, as far as they are shown, not read directly."""
    sources = incident.sources_by_id
    shown = {
        s
        for chain in chains
        for s in (chain if len(chain) <= CHAIN_SHOWN else chain[: CHAIN_SHOWN - 2] + chain[-1:])
    }
    return source_refs(incident, (s for s in shown if not sources[s].consulted))


def chain_words(incident: Incident, found: Route) -> str:
    """'via [4] ← [3] ← [2]; [2][3] not consulted directly': how a figure on a
    "relayed-at-second-hand" route reaches the reader. Short, for the brief's table,
    whose note above it says the figure is known only second-hand."""
    return Independence.tr("via {chains}; {unread} not consulted directly").format(
        chains=join_list(_chain_words(incident, chain) for chain in found.chains),
        unread=_unread_in_chains(incident, found.chains),
    )


def independence_words(incident: Incident, claim: CasualtyClaim) -> str:
    """'2 independent sources', 'via [1], relayed — no independent source' and the like.

    Names the sources the recorder read (those consulted directly) and why none of them is
    independent: published by the claimant, or only repeating what the claimant published;
    when they repeat it through sources never read, the chain ('via [4] ← [3] ← [2]; [2][3]
    not consulted directly — no independent source').
    A monitor's own count is normal practice; the words say so plainly, without alarm.
    """
    found = route(incident, claim)
    refs = source_refs(incident, found.sources)
    joint = len(claim.claimant) > 1
    if found.kind == "independent":
        return counted(found.count, "independent source")
    if found.kind == "independent-at-second-hand":
        return Independence.tr("via {sources}, not consulted directly — {count}").format(
            sources=refs, count=counted(found.count, "independent source")
        )
    if found.kind == "own-and-relayed":
        template = (
            Independence.tr(
                "via {own}, published by a claimant, and {relaying}, relayed — no independent "
                "source"
            )
            if joint
            else Independence.tr(
                "via {own}, published by the claimant, and {relaying}, relayed — no "
                "independent source"
            )
        )
        return template.format(own=refs, relaying=source_refs(incident, found.relaying))
    if found.kind == "own":
        template = (
            Independence.tr("via {sources}, published by a claimant — no independent source")
            if joint
            else Independence.tr("via {sources}, published by the claimant — no independent source")
        )
    elif found.kind == "relayed":
        template = Independence.tr("via {sources}, relayed — no independent source")
    elif found.kind == "relayed-at-second-hand":
        #: After chain_words: the chain of relays, then why none of it is independent.
        return Independence.tr("{route} — no independent source").format(
            route=chain_words(incident, found)
        )
    elif found.kind == "at-second-hand":
        template = Independence.tr("via {sources}, not consulted directly — no independent source")
    else:
        return translate("Independence", NO_SOURCE)
    return template.format(sources=refs)


# The chart's short marks (a row's label has little room); the caption says what those on
# the chart mean, and the table, detail pane and sheet give independence_words.
#: A chart row's mark: only the claimant's own publication carries the figure.
OWN_MARK = QT_TRANSLATE_NOOP("Independence", "claimant's own")
#: A chart row's mark: only sources repeating what the claimant published carry the figure.
RELAYED_MARK = QT_TRANSLATE_NOOP("Independence", "relayed")
#: A chart row's mark: no source of the figure was read directly.
NOT_CONSULTED_MARK = QT_TRANSLATE_NOOP("Independence", "not consulted")
_MARK_OF: dict[RouteKind, str] = {
    "own": OWN_MARK,
    "own-and-relayed": OWN_MARK,
    "relayed": RELAYED_MARK,
    "relayed-at-second-hand": RELAYED_MARK,
    "at-second-hand": NOT_CONSULTED_MARK,
    "no-source": NO_SOURCE,
}
# The marks that mean no source independent of the claimant carries the figure, in the
# caption's order.
_NONE_INDEPENDENT = (OWN_MARK, RELAYED_MARK, NOT_CONSULTED_MARK)


def _independent_mark(count: int) -> str:
    #: A chart row's mark: how many sources independent of the claimant carry the figure.
    return Independence.tr("%n independent", None, count)


def independence_mark(incident: Incident, claim: CasualtyClaim) -> str:
    """A chart row's mark: 'relayed', 'claimant's own', 'not consulted', '2 independent'."""
    found = route(incident, claim)
    if found.kind in ("independent", "independent-at-second-hand"):
        return _independent_mark(found.count)
    return translate("Independence", _MARK_OF[found.kind])


def _quoted_mark(mark: str) -> str:
    #: A chart mark quoted in the caption's explanation of it.
    return Independence.tr("'{mark}'").format(mark=mark)


def marks_meaning(incident: Incident) -> list[str]:
    """The caption's clauses for the marks the chart's claims carry: one for those that
    mean no independent source ("'claimant's own', 'relayed': no …"), one for counts."""
    kinds = {route(incident, claim).kind for claim in incident.claims}
    marks = {_MARK_OF[kind] for kind in kinds if kind in _MARK_OF}
    clauses = []
    none = [
        _quoted_mark(translate("Independence", mark)) for mark in _NONE_INDEPENDENT if mark in marks
    ]
    if none:
        clauses.append(
            Independence.tr("{marks}: no source independent of the claimant").format(
                marks=join_list(none)
            )
        )
    if kinds & {"independent", "independent-at-second-hand"}:
        clauses.append(
            Independence.tr("{example}: sources independent of the claimant").format(
                example=_quoted_mark(_independent_mark(2))
            )
        )
    return clauses
