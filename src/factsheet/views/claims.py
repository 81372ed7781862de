"""The Claims view: one row per casualty claim, in the words the printed sheet uses."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, translate
from factsheet.loading import LoadedIncident, Problem
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.vocabulary import COUNTING_BASES, OUTCOMES, QUALIFIERS, definition, label
from factsheet.model.wording import figure_mark
from factsheet.views.bidi import in_line
from factsheet.views.independence import independence_words
from factsheet.views.names import Names
from factsheet.views.search_words import (
    PlaceNames,
    actor_names,
    date_spans,
    date_texts,
    haystack,
)
from factsheet.views.table import Table
from factsheet.views.wording import (
    attribution_cell,
    claim_label,
    claimant_name,
    claimed_on_words,
    date_words,
    figure_words,
    joined_groups,
    quoted,
    victims_words,
)

Claims = Context("Claims")

_CLAIM_PATH = re.compile(r"^claims\[(\d+)\]")

# What a reader compares first comes first: who, how many, counted how, whom, blamed on
# whom, when, through whom. The number is the sheet's and the chart's ("C1"). The outcome
# is nearly always "killed" and goes further right.
HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("Claims", "Claimant"),
    QT_TRANSLATE_NOOP("Claims", "Figure"),
    QT_TRANSLATE_NOOP("Claims", "Counting basis"),
    QT_TRANSLATE_NOOP("Claims", "Victims"),
    QT_TRANSLATE_NOOP("Claims", "Attributed to"),
    QT_TRANSLATE_NOOP("Claims", "Claimed on"),
    QT_TRANSLATE_NOOP("Claims", "Published in"),
    QT_TRANSLATE_NOOP("Claims", "Independence"),
    QT_TRANSLATE_NOOP("Claims", "Outcome"),
    QT_TRANSLATE_NOOP("Claims", "Period"),
    QT_TRANSLATE_NOOP("Claims", "Linked claims"),
    QT_TRANSLATE_NOOP("Claims", "Note"),
)
(
    NUMBER,
    CLAIMANT,
    FIGURE,
    BASIS,
    VICTIMS_COLUMN,
    ATTRIBUTED,
    CLAIMED_ON,
    PUBLISHED_IN,
    INDEPENDENCE,
    OUTCOME,
    PERIOD,
    LINKED,
    NOTE,
) = range(len(HEADERS))


def headers() -> tuple[str, ...]:
    """The column titles in the current language."""
    return tuple(translate("Claims", header) for header in HEADERS)


def independence_means() -> str:
    """What "independent" means, for the Independence column's tooltip and the detail pane."""
    return Claims.tr(
        "A source is independent when someone other than the claimant published it and it "
        "does not merely repeat what the claimant published."
    )


# Claims by the id their part_of (or revises) names.
ClaimsPointingAt = dict[str, list[CasualtyClaim]]


def claims_pointing_at(incident: Incident, link: str) -> ClaimsPointingAt:
    """Claims by the id their ``link`` (part_of or revises) names: one pass, not one per row."""
    found: ClaimsPointingAt = {}
    for claim in incident.claims:
        target = getattr(claim, link)
        if target is not None and target != claim.id:
            found.setdefault(target, []).append(claim)
    return found


def linked_claims_words(
    incident: Incident,
    claim: CasualtyClaim,
    subsets: ClaimsPointingAt | None = None,
    revisions: ClaimsPointingAt | None = None,
) -> str:
    """'part of Activists (unnamed): at least 80; revised by …' (subsets and revisions)."""
    if subsets is None:
        subsets = claims_pointing_at(incident, "part_of")
    if revisions is None:
        revisions = claims_pointing_at(incident, "revises")
    claims = incident.claims_by_id

    def named(claim_id: str) -> str:
        other = claims.get(claim_id)
        return claim_label(incident, other) if other else in_line(claim_id)

    parts = []
    if claim.part_of is not None:
        parts.append(Claims.tr("part of {claim}").format(claim=named(claim.part_of)))
    if claim.revises is not None:
        parts.append(Claims.tr("revises {claim}").format(claim=named(claim.revises)))
    parts += [
        Claims.tr("includes {claim}").format(claim=claim_label(incident, c))
        for c in subsets.get(claim.id, ())
    ]
    parts += [
        Claims.tr("revised by {claim}").format(claim=claim_label(incident, c))
        for c in revisions.get(claim.id, ())
    ]
    return joined_groups(parts)


def claim_problems(loaded: LoadedIncident) -> dict[int, list[Problem]]:
    """The loader's warnings about each claim, by the claim's index in the file."""
    found: dict[int, list[Problem]] = {}
    for problem in loaded.warnings:
        match = _CLAIM_PATH.match(problem.path)
        if match:
            found.setdefault(int(match.group(1)), []).append(problem)
    return found


def figure_sort_key(claim: CasualtyClaim) -> float:
    """Numeric order of figures: unquantified first, 'at least 80' just above '80'."""
    if claim.low is None:
        return -1.0
    return claim.low + (0.5 if claim.high is None else 0.0)


def date_sort_key(date: UncertainDate | None) -> str:
    """Sortable text for a date; undated sorts first."""
    if date is None:
        return ""
    lower, upper, _ = date.sort_key()
    return f"{lower.isoformat()}/{upper.isoformat()}"


def in_the_source_words(text: str, wording: str) -> str:
    """'23 October 2017 — in the source's words: “by Monday”'."""
    return Claims.tr("{date} — in the source's words: {words}").format(
        date=text, words=quoted(wording)
    )


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim with every cell's text computed once, and the loader's warnings about it."""

    claim: CasualtyClaim
    cells: tuple[str, ...]
    sort_keys: tuple[object, ...]
    problems: tuple[Problem, ...]

    @property
    def item_id(self) -> str:
        """The claim's id."""
        return self.claim.id

    def sort_key(self, column: int) -> object:
        """Figures by number, dates by date, text case-blind."""
        return self.sort_keys[column]

    def warnings_words(self) -> str | None:
        """The warnings as one sentence for a screen reader; None without warnings."""
        return joined_groups([p.message for p in self.problems]) or None

    def tooltip(self, column: int) -> str | None:
        """The whole cell, with the definition or the source's words where they help."""
        claim, text = self.claim, self.cells[column]
        if column == CLAIMANT and self.problems:
            flags = "\n".join(f"⚠ {p.message}" for p in self.problems)
            return f"{text}\n{flags}"
        if column == CLAIMED_ON and claim.claimed_on_wording:
            return in_the_source_words(text, claim.claimed_on_wording)
        if column == FIGURE:
            return f"{text}: {definition(QUALIFIERS, claim.qualifier)}"
        if column == BASIS:
            return f"{text}: {definition(COUNTING_BASES, claim.basis)}"
        if column == INDEPENDENCE:
            return f"{text}\n{independence_means()}"
        if column == LINKED and (claim.part_of or claim.revises):
            return "{text}\n{hint}".format(
                text=text, hint=Claims.tr("(Double-click to go to that claim.)")
            )
        if column == PERIOD and claim.period is not None and claim.period_wording:
            return in_the_source_words(text, claim.period_wording)
        return text or None


def _row(
    names: Names,
    claim: CasualtyClaim,
    problems: Sequence[Problem],
    links: tuple[ClaimsPointingAt, ClaimsPointingAt],
    places: PlaceNames,
    *,
    number: int,
) -> tuple[ClaimRow, str]:
    incident = names.incident
    cells = (
        claim_ref(number),
        in_line(claimant_name(incident, claim)),
        figure_words(claim),
        label(COUNTING_BASES, claim.basis),
        victims_words(claim),
        attribution_cell(incident, claim),
        claimed_on_words(claim),
        names.sources(claim.sources),
        independence_words(incident, claim),
        label(OUTCOMES, claim.outcome),
        date_words(claim.period, claim.period_wording),
        linked_claims_words(incident, claim, *links),
        in_line(claim.note) if claim.note else "",
    )
    sort_keys: list[object] = [c.casefold() for c in cells]
    sort_keys[NUMBER] = number
    sort_keys[FIGURE] = figure_sort_key(claim)
    sort_keys[CLAIMED_ON] = date_sort_key(claim.claimed_on)
    sort_keys[INDEPENDENCE] = incident.independence[claim.id].count
    sort_keys[PERIOD] = date_sort_key(claim.period)
    # Every name an actor goes by, so that a filter for "ISIS" finds the claims against Daesh;
    # every name of its place; its dates as written and in words.
    searched = haystack(
        (
            *cells,
            figure_mark(claim),
            claim.quote,
            claim.location,
            claim.id,
            *(
                name
                for actor_id in (*claim.claimant, *(a.actor for a in claim.perpetrators))
                for name in actor_names(incident.actors_by_id.get(actor_id))
            ),
            places.of(claim.location),
            *date_texts(claim.claimed_on),
            *date_texts(claim.period),
        )
    )
    return ClaimRow(claim, cells, tuple(sort_keys), tuple(problems)), searched


def claims_table(loaded: LoadedIncident, names: Names) -> Table[ClaimRow]:
    """One row per claim in file order, the loader's warnings attached."""
    incident = loaded.incident
    problems = claim_problems(loaded)
    links = (claims_pointing_at(incident, "part_of"), claims_pointing_at(incident, "revises"))
    places = PlaceNames(incident)
    numbers = claim_numbers(incident)
    built = [
        _row(names, claim, problems.get(i, ()), links, places, number=numbers[claim.id])
        for i, claim in enumerate(incident.claims)
    ]
    return Table.of(
        headers(),
        [row for row, _ in built],
        [haystack for _, haystack in built],
        date_spans=[date_spans((row.claim.claimed_on, row.claim.period)) for row, _ in built],
        # "killed" on every row says nothing the chart's headings do not (issue 13: a laptop).
        hidden_when_same=frozenset({OUTCOME}),
    )


def claim_order(incident: Incident) -> list[tuple[CasualtyClaim, int]]:
    """Claims in file order with each subset right under the claim it is part of (depth)."""
    children: dict[str, list[CasualtyClaim]] = {}
    known = incident.claims_by_id
    roots = []
    for claim in incident.claims:
        if claim.part_of and claim.part_of in known and claim.part_of != claim.id:
            children.setdefault(claim.part_of, []).append(claim)
        else:
            roots.append(claim)
    ordered: list[tuple[CasualtyClaim, int]] = []
    seen: set[int] = set()
    stack = [(claim, 0) for claim in reversed(roots)]
    while stack:
        claim, depth = stack.pop()
        if id(claim) in seen:
            continue
        seen.add(id(claim))
        ordered.append((claim, depth))
        stack += [(child, depth + 1) for child in reversed(children.get(claim.id, []))]
    # A cycle of part_of links (refused by the loader) would leave claims out; never drop one.
    ordered += [(c, 0) for c in incident.claims if id(c) not in seen]
    return ordered


def claim_refs(incident: Incident) -> dict[str, str]:
    """What each claim is called where it is referred to: 'C5', in the Claims tab, the
    chart, the reported figures ("part of C1"), the sheet and its data notes alike."""
    return {claim_id: claim_ref(n) for claim_id, n in claim_numbers(incident).items()}


def claim_ref(number: int) -> str:
    """'C5': a claim's number as a reference."""
    return f"C{number}"


def claim_numbers(incident: Incident) -> dict[str, int]:
    """The number each claim carries on the sheet and the chart (C1, C2 …), in table order."""
    numbers: dict[str, int] = {}
    for n, (claim, _) in enumerate(claim_order(incident), start=1):
        numbers.setdefault(claim.id, n)
    return numbers
