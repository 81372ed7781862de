"""What the claims chart shows, without drawing it: rows, marks, labels, axis and caption."""

import math
from dataclasses import dataclass
from typing import Literal

from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.key_figures import perpetrator_key
from factsheet.model.vocabulary import COUNTING_BASES, OUTCOMES, label
from factsheet.model.wording import figure_mark
from factsheet.views.bidi import has_right_to_left, isolate
from factsheet.views.wording import claim_phrase, claimant_name, group_heading

CAPTION = (
    "Each row is one source's figure as reported; arrows mean 'at least'; lines are "
    "reported ranges, not confidence intervals; figures are not added together."
)
NOT_QUANTIFIED = "not quantified"
NO_CLAIMS = "No casualty figures in this file."

Mark = Literal["dot", "open-dot", "at-least", "at-most", "range", "none"]
_MARKS: dict[str, Mark] = {
    "exact": "dot",
    "about": "open-dot",
    "at-least": "at-least",
    "at-most": "at-most",
    "range": "range",
    "unknown": "none",
}


@dataclass(frozen=True, slots=True)
class ChartRow:
    """A group heading, or one claim with its mark, label and depth under its parent claim."""

    text: str
    claim: CasualtyClaim | None = None
    depth: int = 0
    mark: Mark = "none"
    value_label: str = ""
    #: A claim row's label in two parts (text is both): the claimant's name, unisolated …
    name: str = ""
    #: … and " · date · basis", which is never shortened.
    details: str = ""

    @property
    def is_heading(self) -> bool:
        """True for a group heading ("Killed — attributed to Daesh")."""
        return self.claim is None

    @property
    def low(self) -> int | None:
        """Where the mark starts on the axis (None when there is nothing to mark)."""
        return None if self.claim is None else self.claim.low

    @property
    def high(self) -> int | None:
        """Where a range ends on the axis."""
        return None if self.claim is None else self.claim.high


def row_label(incident: Incident, claim: CasualtyClaim, revised: bool = False) -> str:
    """'SOHR · by 23 October 2017 · documented deaths': who, when, on what basis.

    A revision says which figure it replaces, and a revised claim says so: both stay on the
    chart, because a reader should see that a figure changed.
    """
    name, details = row_label_parts(incident, claim, revised)
    return labelled_name(name) + details


def row_label_parts(
    incident: Incident, claim: CasualtyClaim, revised: bool = False
) -> tuple[str, str]:
    """('SOHR', ' · by 23 October 2017 · documented deaths'): the claimant, then the rest.

    Kept apart so that a row too narrow for its label shortens the claimant's name, never
    the date or counting basis a reader needs to weigh the figure.
    """
    when = claim.claimed_on.words() if claim.claimed_on else "undated"
    details = f" · {when} · {label(COUNTING_BASES, claim.basis)}"
    earlier = incident.claims_by_id.get(claim.revises or "")
    if earlier is not None and earlier.id != claim.id:
        details += f" · revises {figure_mark(earlier)}"
    if revised:
        details += " · later revised"
    return claimant_name(incident, claim, short=True), details


def labelled_name(name: str) -> str:
    """A claimant's name ready to stand before " · date · basis" in a left-to-right line."""
    if has_right_to_left(name):
        # Isolated, and the line marked left-to-right: " · date · basis" stays after it.
        return f"\u200e{isolate(name)}"
    return name


def caption_text(incident: Incident) -> str:
    """CAPTION, plus what the marks mean that only some charts have."""
    qualifiers = {c.qualifier for c in incident.claims}
    extra = []
    if "at-most" in qualifiers:
        extra.append("arrows to the left mean 'at most'")
    if "about" in qualifiers:
        extra.append("open dots mean 'about'")
    if not extra:
        return CAPTION
    return CAPTION.removesuffix(".") + "; " + "; ".join(extra) + "."


def chart_rows(incident: Incident) -> list[ChartRow]:
    """The chart's rows: groups by outcome and perpetrator, subsets under their claim."""
    claims = incident.claims_by_id
    children: dict[str, list[CasualtyClaim]] = {}
    tops: list[CasualtyClaim] = []
    for claim in incident.claims:
        if claim.part_of is not None and claim.part_of in claims and claim.part_of != claim.id:
            children.setdefault(claim.part_of, []).append(claim)
        else:
            tops.append(claim)
    groups: dict[tuple[str, tuple[str, ...]], list[CasualtyClaim]] = {}
    for claim in tops:
        groups.setdefault((claim.outcome, perpetrator_key(claim)), []).append(claim)
    outcome_order = list(OUTCOMES)
    revised = {c.revises for c in incident.claims if c.revises and c.revises != c.id}
    rows: list[ChartRow] = []
    placed: set[str] = set()

    def add(claim: CasualtyClaim, depth: int) -> None:
        if claim.id in placed:  # a part_of cycle: the loader reports it; draw each claim once
            return
        placed.add(claim.id)
        name, details = row_label_parts(incident, claim, claim.id in revised)
        rows.append(
            ChartRow(
                labelled_name(name) + details,
                claim,
                depth,
                _MARKS[claim.qualifier],
                figure_mark(claim) if claim.count is not None else NOT_QUANTIFIED,
                name,
                details,
            )
        )
        for child in children.get(claim.id, ()):
            add(child, depth + 1)

    for outcome, blamed in sorted(groups, key=lambda key: outcome_order.index(key[0])):
        members = groups[(outcome, blamed)]
        rows.append(ChartRow(group_heading(incident, outcome, blamed, members)))
        for claim in groups[(outcome, blamed)]:
            add(claim, 0)
    # Claims caught in a part_of cycle have no top; they still get a row of their own.
    leftovers = [c for c in incident.claims if c.id not in placed]
    if leftovers:
        rows.append(ChartRow("Other claims"))
        for claim in leftovers:
            add(claim, 0)
    return rows


def tick_text(value: float) -> str:
    """An axis tick's number: '20,000', '2.5'."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def nice_axis(maximum: float, ticks: int = 5) -> tuple[float, float]:
    """(top, step) of an axis from 0 that reaches ``maximum`` in round steps: 128 → (150, 50)."""
    if maximum <= 0:
        return 1.0, 1.0
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1:
        step = 1.0
    return math.ceil(maximum / step) * step, step


def axis_title(incident: Incident) -> str:
    """'people reported killed' (or every outcome the claims count)."""
    outcomes = [o for o in OUTCOMES if any(c.outcome == o for c in incident.claims)]
    return "people reported " + (", ".join(outcomes) if outcomes else "killed")


def row_tooltip(incident: Incident, row: ChartRow) -> str:
    """A sentence for a row: 'SOHR: at least 128 people (status not stated) killed (…)'."""
    if row.claim is None:
        return row.text
    return f"{claimant_name(incident, row.claim)}: {claim_phrase(row.claim)}"
