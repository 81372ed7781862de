"""Cross-references and consistency of a validated incident: what a careful recorder checks."""

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.suggestions import Spellings
from factsheet.model.wording import figure_words

PathPart = str | int
_ONE = {"actors": "an actor", "sources": "a source", "claims": "a claim"}


@dataclass(frozen=True, slots=True)
class Finding:
    """An error or warning about one place in the incident, by its path."""

    severity: Literal["error", "warning"]
    path: tuple[PathPart, ...]
    message: str


def check_incident(incident: Incident) -> list[Finding]:
    """Every referential error and every warning a recorder would want flagged."""
    findings: list[Finding] = []
    findings += _unique_ids(incident)
    findings += _references(incident)
    findings += _cycles(incident)
    findings += _warnings(incident)
    return findings


def _unique_ids(incident: Incident) -> Iterator[Finding]:
    for section in ("actors", "sources", "timeline", "claims"):
        first: dict[str, int] = {}
        for index, item in enumerate(getattr(incident, section)):
            if item.id in first:
                yield Finding(
                    "error",
                    (section, index, "id"),
                    f"expected a unique id; found {item.id!r} again "
                    f"(first used by {section}[{first[item.id]}])",
                )
            else:
                first[item.id] = index


def _references(incident: Incident) -> Iterator[Finding]:
    actors, sources, claims = incident.actors_by_id, incident.sources_by_id, incident.claims_by_id
    hints = _ReferenceHints({"actors": actors, "sources": sources, "claims": claims})

    def need(
        kind: str, known: Iterable[str], ref: str | None, *path: PathPart
    ) -> Iterator[Finding]:
        if ref is not None and ref not in known:
            yield Finding(
                "error",
                path,
                f"expected the id of one of the {kind}; found {ref!r}, "
                f"which is not defined under {kind}:{hints.for_missing(ref, kind)}",
            )

    for i, source in enumerate(incident.sources):
        yield from need("actors", actors, source.publisher, "sources", i, "publisher")
        yield from need("actors", actors, source.author, "sources", i, "author")
        for j, ref in enumerate(source.relays):
            yield from need("sources", sources, ref, "sources", i, "relays", j)
            if ref == source.id:
                yield Finding(
                    "error",
                    ("sources", i, "relays", j),
                    f"expected another source; found the source itself ({source.id!r})",
                )
    for i, actor in enumerate(incident.actors):
        for j, rel in enumerate(actor.relations):
            yield from need("actors", actors, rel.actor, "actors", i, "relations", j, "actor")
            if rel.actor == actor.id:
                yield Finding(
                    "error",
                    ("actors", i, "relations", j, "actor"),
                    f"expected another actor; found the actor itself ({actor.id!r})",
                )
            for k, ref in enumerate(rel.sources):
                yield from need("sources", sources, ref, "actors", i, "relations", j, "sources", k)
    for i, event in enumerate(incident.timeline):
        for j, role in enumerate(event.actors):
            yield from need("actors", actors, role.actor, "timeline", i, "actors", j, "actor")
        for j, ref in enumerate(event.sources):
            yield from need("sources", sources, ref, "timeline", i, "sources", j)
        for j, alt in enumerate(event.alternative_dates):
            for k, ref in enumerate(alt.sources):
                yield from need(
                    "sources", sources, ref, "timeline", i, "alternative_dates", j, "sources", k
                )
    for i, claim in enumerate(incident.claims):
        yield from need("actors", actors, claim.claimant, "claims", i, "claimant")
        for j, ref in enumerate(claim.sources):
            yield from need("sources", sources, ref, "claims", i, "sources", j)
        for j, att in enumerate(claim.perpetrators):
            yield from need("actors", actors, att.actor, "claims", i, "perpetrators", j, "actor")
        for link in ("part_of", "revises"):
            ref = getattr(claim, link)
            yield from need("claims", claims, ref, "claims", i, link)
            if ref == claim.id:
                yield Finding(
                    "error",
                    ("claims", i, link),
                    f"expected another claim; found the claim itself ({claim.id!r})",
                )


class _ReferenceHints:
    """What to add to "not defined under actors:": the id's section, or a near spelling."""

    #: Guesses per check: each costs a comparison with every id of the section, and the
    #: writer fixes the first ones first (a hostile file may break thousands of references).
    MAX_GUESSES = 100

    def __init__(self, sections: dict[str, Mapping[str, object]]) -> None:
        self._sections = sections
        self._spellings: dict[str, Spellings] = {}
        self._guesses = 0

    def for_missing(self, ref: str, kind: str) -> str:
        # An id from the wrong section (a source named as a claimant) is a likelier slip
        # than a misspelling, and the spelling is right: say where the id is defined.
        elsewhere = [_ONE[other] for other, ids in self._sections.items() if ref in ids]
        if elsewhere:
            return f" it is the id of {' and of '.join(elsewhere)}"
        if self._guesses >= self.MAX_GUESSES:
            return ""
        self._guesses += 1
        if kind not in self._spellings:
            self._spellings[kind] = Spellings(self._sections[kind])
        guess = self._spellings[kind].guess(ref)
        return f" did you mean {guess!r}?" if guess else ""


def _cycle_from(start: str, step: dict[str, str]) -> bool:
    """True when following ``step`` from ``start`` comes back to ``start``."""
    seen = {start}
    node = step.get(start)
    while node is not None:
        if node == start:
            return True
        if node in seen:
            return False  # a cycle further on; it is reported from its own members
        seen.add(node)
        node = step.get(node)
    return False


def _cycles(incident: Incident) -> Iterator[Finding]:
    for link in ("part_of", "revises"):
        step = {c.id: getattr(c, link) for c in incident.claims if getattr(c, link)}
        for i, claim in enumerate(incident.claims):
            if claim.id in step and step[claim.id] != claim.id and _cycle_from(claim.id, step):
                yield Finding(
                    "error",
                    ("claims", i, link),
                    f"expected {link} links to end somewhere; following them from "
                    f"{claim.id!r} comes back to it (a cycle)",
                )
    # An actor may be part of several others, so part-of forms a graph, not a chain.
    parents: dict[str, set[str]] = {}
    for actor in incident.actors:
        for rel in actor.relations:
            if rel.type == "part-of" and rel.actor != actor.id:
                parents.setdefault(actor.id, set()).add(rel.actor)
    for i, actor in enumerate(incident.actors):
        if _reaches(actor.id, actor.id, parents):
            # Point at the relation that leads round the cycle, not just the first part-of.
            # (None when a duplicate id carries the relations; that id is reported anyway.)
            j = next(
                (
                    j
                    for j, r in enumerate(actor.relations)
                    if r.type == "part-of"
                    and r.actor != actor.id
                    and _reaches(r.actor, actor.id, parents)
                ),
                None,
            )
            yield Finding(
                "error",
                ("actors", i, "relations") if j is None else ("actors", i, "relations", j),
                f"expected part-of relations without cycles; {actor.id!r} ends up part of itself",
            )


def _reaches(start: str, target: str, graph: dict[str, set[str]]) -> bool:
    stack, seen = list(graph.get(start, ())), set()
    while stack:
        node = stack.pop()
        if node == target:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return False


def _warnings(incident: Incident) -> Iterator[Finding]:
    sources = incident.sources_by_id
    for i, event in enumerate(incident.timeline):
        if not event.sources:
            yield Finding(
                "warning", ("timeline", i, "sources"), f"event {event.id!r} has no source"
            )
    for i, claim in enumerate(incident.claims):
        if not claim.sources:
            yield Finding("warning", ("claims", i, "sources"), f"claim {claim.id!r} has no source")
        publishers = {sources[s].publisher for s in claim.sources if s in sources}
        if publishers == {claim.claimant}:
            yield Finding(
                "warning",
                ("claims", i, "claimant"),
                f"claim {claim.id!r} is published only by its own claimant "
                f"({incident.actor_name(claim.claimant)}): no independent source",
            )
        if claim.claimed_on is None:
            yield Finding("warning", ("claims", i), f"claim {claim.id!r} has no claimed_on date")
        yield from _subset_warnings(incident, i, claim)
    for i, source in enumerate(incident.sources):
        if source.url and not source.archived_url:
            yield Finding(
                "warning",
                ("sources", i, "url"),
                f"source {source.id!r} has a URL but no archived copy (archived_url)",
            )


def _subset_warnings(incident: Incident, index: int, claim: CasualtyClaim) -> Iterator[Finding]:
    parent = incident.claims_by_id.get(claim.part_of or "")
    if parent is None or claim.low is None or parent.low is None:
        return
    if parent.outcome != claim.outcome:
        yield Finding(
            "warning",
            ("claims", index, "part_of"),
            f"claim {claim.id!r} counts {claim.outcome} but is part of "
            f"{parent.id!r}, which counts {parent.outcome}",
        )
    # A closed parent (exact, about, at most, a range) bounds its subsets by its top figure;
    # an open one ("at least 80") only states a floor, which a subset should not pass either.
    if parent.high is not None and claim.low > parent.high:
        yield Finding(
            "warning",
            ("claims", index, "count"),
            f"subset {claim.id!r} ({figure_words(claim)}) is larger than the claim it belongs "
            f"to, {parent.id!r} ({figure_words(parent)})",
        )
    elif parent.high is None and claim.low > parent.low:
        yield Finding(
            "warning",
            ("claims", index, "count"),
            f"subset {claim.id!r} ({figure_words(claim)}) is larger than the stated floor of "
            f"the claim it belongs to, {parent.id!r} ({figure_words(parent)})",
        )
