"""Cross-references and consistency of a validated incident: what a careful recorder checks."""

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal, NamedTuple

from pydantic import BaseModel

from factsheet.model.characters import (
    INVISIBLE,
    character_name,
    hidden_in_a_word,
    only_invisible,
    unpaired_direction_control,
    visible,
)
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.independence import MAX_RELAY_STEPS, TooManyRelayStepsError
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


def check_incident(incident: Incident, *, look_for_invisible: bool = True) -> list[Finding]:
    """Every referential error and every warning a recorder would want flagged.

    ``look_for_invisible=False`` skips the walk over every text for invisible characters
    (0.2 s at 20,000 events): the loader passes it when the file has none at all.
    """
    findings: list[Finding] = []
    findings += _unique_ids(incident)
    sites = list(_reference_sites(incident))
    findings += _references(incident, sites)
    findings += _cycles(incident)
    findings += _repeated_names(incident, sites)
    findings += _relay_chains(incident)
    findings += _warnings(incident)
    if look_for_invisible:
        findings += _invisible_characters(incident)
    return findings


def _texts(incident: Incident) -> Iterator[tuple[tuple[PathPart, ...], str]]:
    """Every text in the incident with its path, in file order."""
    stack: list[tuple[tuple[PathPart, ...], object]] = [((), incident)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, BaseModel):
            fields = [((*path, name), getattr(value, name)) for name in type(value).model_fields]
            stack += reversed(fields)
        elif isinstance(value, tuple):
            stack += reversed([((*path, i), item) for i, item in enumerate(value)])


def _invisible_characters(incident: Incident) -> Iterator[Finding]:
    """Text that shows blank, reverses what follows it, or hides a word from a search."""
    for path, text in _texts(incident):
        if not INVISIBLE.search(text):
            continue
        if only_invisible(text):
            yield Finding(
                "warning",
                path,
                f"expected some text; found only invisible characters ({visible(text[:20])})",
            )
            continue
        control = unpaired_direction_control(text)
        if control is not None:
            if control in "\u202c\u2069":
                effect = "that closes nothing"
            elif control in "\u202d\u202e":
                effect = "never closed, which reverses the text after it"
            else:
                effect = "never closed, which changes the direction of the text after it"
            yield Finding(
                "warning",
                path,
                "expected each direction control to be closed within the text; found "
                f"{character_name(control)} {effect}",
            )
            continue
        hidden = hidden_in_a_word(text)
        if hidden is not None:
            word, char = hidden
            yield Finding(
                "warning",
                path,
                f"expected words without hidden characters; found {character_name(char)} "
                f"inside '{visible(word[:40])}' — a search for the word as it reads will not "
                "find it",
            )


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


class _Reference(NamedTuple):
    """One place where an item names another by id."""

    kind: Literal["actors", "sources", "claims"]
    ref: str
    path: tuple[PathPart, ...]
    #: The item holding the reference, when it is of the same kind (it cannot name itself).
    owner: str | None = None


def _reference_sites(incident: Incident) -> Iterator[_Reference]:
    """Every reference in the file, in file order."""
    for i, source in enumerate(incident.sources):
        yield _Reference("actors", source.publisher, ("sources", i, "publisher"))
        if source.author is not None:
            yield _Reference("actors", source.author, ("sources", i, "author"))
        for j, ref in enumerate(source.relays):
            yield _Reference("sources", ref, ("sources", i, "relays", j), source.id)
    for i, actor in enumerate(incident.actors):
        for j, rel in enumerate(actor.relations):
            yield _Reference("actors", rel.actor, ("actors", i, "relations", j, "actor"), actor.id)
            for k, ref in enumerate(rel.sources):
                yield _Reference("sources", ref, ("actors", i, "relations", j, "sources", k))
    for i, event in enumerate(incident.timeline):
        for j, role in enumerate(event.actors):
            yield _Reference("actors", role.actor, ("timeline", i, "actors", j, "actor"))
        for j, ref in enumerate(event.sources):
            yield _Reference("sources", ref, ("timeline", i, "sources", j))
        for j, alt in enumerate(event.alternative_dates):
            for k, ref in enumerate(alt.sources):
                yield _Reference(
                    "sources", ref, ("timeline", i, "alternative_dates", j, "sources", k)
                )
    for i, claim in enumerate(incident.claims):
        if len(claim.claimant) == 1:  # `claimant: sohr` (or a list of one)
            yield _Reference("actors", claim.claimant[0], ("claims", i, "claimant"))
        else:
            for j, ref in enumerate(claim.claimant):
                yield _Reference("actors", ref, ("claims", i, "claimant", j))
        for j, ref in enumerate(claim.sources):
            yield _Reference("sources", ref, ("claims", i, "sources", j))
        for j, att in enumerate(claim.perpetrators):
            yield _Reference("actors", att.actor, ("claims", i, "perpetrators", j, "actor"))
        for link in ("part_of", "revises"):
            ref = getattr(claim, link)
            if ref is not None:
                yield _Reference("claims", ref, ("claims", i, link), claim.id)


def _references(incident: Incident, sites: list[_Reference]) -> Iterator[Finding]:
    known: dict[str, Mapping[str, object]] = {
        "actors": incident.actors_by_id,
        "sources": incident.sources_by_id,
        "claims": incident.claims_by_id,
    }
    hints = _ReferenceHints(known)
    for site in sites:
        if site.ref not in known[site.kind]:
            yield Finding(
                "error",
                site.path,
                f"expected the id of one of the {site.kind}; found {site.ref!r}, "
                f"which is not defined under {site.kind}{hints.for_missing(site.ref, site.kind)}",
            )
        if site.ref == site.owner:
            one = site.kind.removesuffix("s")
            yield Finding(
                "error", site.path, f"expected another {one}; found the {one} itself ({site.ref!r})"
            )


#: What references may repeat, in characters: each one writes the name or title it refers
#: to out in full, in the JSON export, on the sheet and in the tables. A 45 KB file whose
#: 1,700 claims name an actor with a 20,000-character name says 34 million characters that
#: way (and its JSON export was 82 MB); without this ceiling what a file can make Factsheet
#: hold would grow with the number of references, not with the file's size.
MAX_REPEATED_CHARS = 32_000_000


def _repeated_names(incident: Incident, sites: list[_Reference]) -> Iterator[Finding]:
    uses = Counter((site.kind, site.ref) for site in sites)
    actor_index = {a.id: i for i, a in enumerate(incident.actors)}
    source_index = {s.id: i for i, s in enumerate(incident.sources)}
    actor_uses = {
        actor_index[ref]: n
        for (kind, ref), n in uses.items()
        if kind == "actors" and ref in actor_index
    }
    source_uses = {
        source_index[ref]: n
        for (kind, ref), n in uses.items()
        if kind == "sources" and ref in source_index
    }

    def actor_chars(index: int) -> int:
        actor = incident.actors[index]
        return len(actor.name) + len(actor.name_ar or "")

    def source_chars(index: int) -> int:
        source = incident.sources[index]
        publisher = actor_index.get(source.publisher)
        # A source is shown with its publisher's name.
        return (
            len(source.title or "")
            + len(source.title_ar or "")
            + (0 if publisher is None else actor_chars(publisher))
        )

    shares = [
        (actor_chars(i) * n, ("actors", i, "name"), actor_chars(i), n)
        for i, n in actor_uses.items()
    ]
    shares += [
        (source_chars(i) * n, ("sources", i, "title"), source_chars(i), n)
        for i, n in source_uses.items()
    ]
    total = sum(share[0] for share in shares)
    if total <= MAX_REPEATED_CHARS:
        return
    _, path, chars, count = max(shares)
    yield Finding(
        "error",
        path,
        "expected the names and titles that references repeat to come to at most "
        f"{MAX_REPEATED_CHARS:,} characters in all (as much as the largest file holds); found "
        f"{total:,} — this {path[-1]} ({chars:,} characters) is referred to {count:,} times",
    )


class _ReferenceHints:
    """What to add to "not defined under actors": the id's section, a near spelling, or,
    when neither helps, the first ids the section does define, so the writer sees what to
    write."""

    #: Guesses per check: each costs a comparison with every id of the section, and the
    #: writer fixes the first ones first (a hostile file may break thousands of references).
    MAX_GUESSES = 100
    #: Ids shown when no guess is made: enough to see how the section's ids are written.
    IDS_SHOWN = 5

    def __init__(self, sections: dict[str, Mapping[str, object]]) -> None:
        self._sections = sections
        self._spellings: dict[str, Spellings] = {}
        self._defined: dict[str, str] = {}
        self._guesses = 0

    def for_missing(self, ref: str, kind: str) -> str:
        """The end of the sentence, from right after "not defined under actors"."""
        # An id from the wrong section (a source named as a claimant) is a likelier slip
        # than a misspelling, and the spelling is right: say where the id is defined.
        elsewhere = [_ONE[other] for other, ids in self._sections.items() if ref in ids]
        if elsewhere:
            return f": it is the id of {' and of '.join(elsewhere)}"
        if self._guesses < self.MAX_GUESSES:
            self._guesses += 1
            if kind not in self._spellings:
                self._spellings[kind] = Spellings(self._sections[kind])
            guess = self._spellings[kind].guess(ref)
            if guess:
                return f": did you mean {guess!r}?"
        if kind not in self._defined:
            self._defined[kind] = self._defined_ids(kind)
        return self._defined[kind]

    def _defined_ids(self, kind: str) -> str:
        """' (defined: daesh, sohr, pcc, … 17 in all)', in file order."""
        ids = list(self._sections[kind])
        if not ids:
            return f" (the file defines no {kind})"
        shown = ", ".join(visible(i) for i in ids[: self.IDS_SHOWN])
        if len(ids) <= self.IDS_SHOWN:
            return f" (defined: {shown})"
        return f" (defined: {shown}, … {len(ids):,} in all)"


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


def _relay_chains(incident: Incident) -> Iterator[Finding]:
    """Relays Factsheet cannot follow in reasonable time: a hostile file, never a real one."""
    try:
        # Every claim's chains too (kept on the Incident for the views).
        incident.independence  # noqa: B018
    except TooManyRelayStepsError as exc:
        index = next(i for i, s in enumerate(incident.sources) if s.id == exc.source_id)
        yield Finding(
            "error",
            ("sources", index, "relays"),
            f"expected the relays of the sources claims cite to lead through at most "
            f"{MAX_RELAY_STEPS:,} links in all; found more from source {exc.source_id!r}",
        )


# A claim published only by its own claimant (a monitor's own count) is normal practice,
# not a mistake: it is shown on the claim ("no independent source"), never warned about.
def _warnings(incident: Incident) -> Iterator[Finding]:
    for i, event in enumerate(incident.timeline):
        if not event.sources:
            yield Finding(
                "warning", ("timeline", i, "sources"), f"event {event.id!r} has no source"
            )
    for i, claim in enumerate(incident.claims):
        if not claim.sources:
            yield Finding("warning", ("claims", i, "sources"), f"claim {claim.id!r} has no source")
        if claim.claimed_on is None:
            yield Finding("warning", ("claims", i), f"claim {claim.id!r} has no claimed_on date")
        yield from _subset_warnings(incident, i, claim)
    yield from _names_joined_by_an_arabic_comma(incident)
    for i, source in enumerate(incident.sources):
        if source.url and not source.archived_url:
            yield Finding(
                "warning",
                ("sources", i, "url"),
                f"source {source.id!r} has a URL but no archived copy (archived_url)",
            )


#: The Arabic comma (U+060C): YAML separates list items with ',' only, so "[a، b]" is one.
ARABIC_COMMA = "\u060c"


def _names_joined_by_an_arabic_comma(incident: Incident) -> Iterator[Finding]:
    """An alias or other name that is two names joined by the Arabic comma: a search and the
    sheet then know neither name alone."""
    named: list[tuple[tuple[PathPart, ...], str]] = []
    for i, actor in enumerate(incident.actors):
        named += [
            (("actors", i, "aliases", j, "name"), a.name) for j, a in enumerate(actor.aliases)
        ]
    for i, location in enumerate(incident.incident.locations):
        named += [
            (("incident", "locations", i, "other_names", j), name)
            for j, name in enumerate(location.other_names)
        ]
    for path, name in named:
        if ARABIC_COMMA in name:
            parts = [part.strip() for part in name.split(ARABIC_COMMA)]
            yield Finding(
                "warning",
                path,
                f"expected one name; found {name!r}, joined by the Arabic comma '،' (U+060C), "
                f"which YAML does not read as a separator — if these are {len(parts)} names, "
                f"write them as {len(parts)} items: [{', '.join(parts)}]",
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
