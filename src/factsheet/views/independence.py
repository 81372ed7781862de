"""How far a claim rests on sources independent of its claimants, in words ("relayed").

The facts are the model's (model/independence.py, kept on the Incident); these are the
words the Claims tab, the detail pane, the chart, the sheet and the JSON export all use.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.views.names import source_number
from factsheet.views.plural import counted

#: A claim that cites no source at all (the loader warns about it too).
NO_SOURCE = "no source given"

#: How the recorder came by a claim, as far as independence goes.
RouteKind = Literal[
    "independent",  # an independent source was read
    "independent-at-second-hand",  # independent sources, none of them read directly
    "own",  # the claimant's own publication was read
    "own-and-relayed",  # that, and others repeating it
    "relayed",  # only others repeating what the claimant published were read
    "at-second-hand",  # nothing was read directly, and nothing is independent
    "no-source",
]


@dataclass(frozen=True, slots=True)
class Route:
    """Which sources the words name, and why the claim has (no) independent source."""

    kind: RouteKind
    #: The sources named ("via [1]"): those read directly, or all when none was.
    sources: tuple[str, ...] = ()
    #: With "own-and-relayed": the relaying sources read (``sources`` are the own ones).
    relaying: tuple[str, ...] = ()
    count: int = 0


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
        return Route("relayed", relaying)
    known = standing.own + standing.relaying
    return Route("at-second-hand", known) if known else Route("no-source")


def source_refs(incident: Incident, source_ids: Iterable[str]) -> str:
    """'[1][3]': note numbers in ascending order, as the sheet prints them."""
    numbers = incident.source_numbers
    ordered = sorted(source_ids, key=lambda s: numbers.get(s, len(numbers) + 1))
    return "".join(source_number(incident, s) for s in ordered)


def independence_words(incident: Incident, claim: CasualtyClaim) -> str:
    """'2 independent sources', 'via [1], relayed — no independent source' and the like.

    Names the sources the recorder read (those consulted directly) and why none of them is
    independent: published by the claimant, or only repeating what the claimant published.
    A monitor's own count is normal practice; the words say so plainly, without alarm.
    """
    found = route(incident, claim)
    refs = source_refs(incident, found.sources)
    joint = len(claim.claimant) > 1
    if found.kind == "independent":
        return counted(found.count, "independent source")
    if found.kind == "independent-at-second-hand":
        template = "via {sources}, not consulted directly — {count}"
        return template.format(sources=refs, count=counted(found.count, "independent source"))
    if found.kind == "own-and-relayed":
        template = (
            "via {own}, published by a claimant, and {relaying}, relayed — no independent source"
            if joint
            else "via {own}, published by the claimant, and {relaying}, relayed — no "
            "independent source"
        )
        return template.format(own=refs, relaying=source_refs(incident, found.relaying))
    if found.kind == "own":
        template = (
            "via {sources}, published by a claimant — no independent source"
            if joint
            else "via {sources}, published by the claimant — no independent source"
        )
    elif found.kind == "relayed":
        template = "via {sources}, relayed — no independent source"
    elif found.kind == "at-second-hand":
        template = "via {sources}, not consulted directly — no independent source"
    else:
        return NO_SOURCE
    return template.format(sources=refs)


#: The chart's short marks (a row's label has little room); the caption says what those
#: on the chart mean, and the table, detail pane and sheet give independence_words.
INDEPENDENT_MARK = "{count} independent"
_MARKS: dict[RouteKind, str] = {
    "own": "claimant's own",
    "own-and-relayed": "claimant's own",
    "relayed": "relayed",
    "at-second-hand": "not consulted",
    "no-source": NO_SOURCE,
}
#: The marks that mean no source independent of the claimant carries the figure.
_NONE_INDEPENDENT = ("claimant's own", "relayed", "not consulted")
#: What the caption says of them: one clause, however many of them the chart has.
NONE_INDEPENDENT_MEANS = "{marks}: no source independent of the claimant"
INDEPENDENT_MEANS = "'2 independent': sources independent of the claimant"


def independence_mark(incident: Incident, claim: CasualtyClaim) -> str:
    """A chart row's mark: 'relayed', 'claimant's own', 'not consulted', '2 independent'."""
    found = route(incident, claim)
    if found.kind in ("independent", "independent-at-second-hand"):
        return INDEPENDENT_MARK.format(count=f"{found.count:,}")
    return _MARKS[found.kind]


def marks_meaning(incident: Incident) -> list[str]:
    """The caption's clauses for the marks the chart's claims carry: one for those that
    mean no independent source ("'claimant's own', 'relayed': no …"), one for counts."""
    kinds = {route(incident, claim).kind for claim in incident.claims}
    marks = {_MARKS.get(kind, INDEPENDENT_MARK) for kind in kinds}
    clauses = []
    none = [f"'{mark}'" for mark in _NONE_INDEPENDENT if mark in marks]
    if none:
        clauses.append(NONE_INDEPENDENT_MEANS.format(marks=", ".join(none)))
    if INDEPENDENT_MARK in marks:
        clauses.append(INDEPENDENT_MEANS)
    return clauses
