"""What the claims chart shows, without drawing it: rows, marks, labels, axis and caption."""

import math
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from factsheet.i18n import QT_TRANSLATE_NOOP, Context, format_number, join_list, localize_digits
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.key_figures import key_figures, perpetrator_key
from factsheet.model.vocabulary import COUNTING_BASES, OUTCOMES, label
from factsheet.model.wording import figure_mark
from factsheet.views.bidi import direction_mark, in_line
from factsheet.views.claims import claim_refs
from factsheet.views.independence import independence_mark, independence_words, marks_meaning
from factsheet.views.plural import shown_of
from factsheet.views.wording import (
    UNDATED,
    UNQUANTIFIED,
    absent,
    claim_phrase,
    claimant_name,
    claimant_names,
    firmness_levels,
    group_heading,
    joined_claimants,
    joined_groups,
)

Chart = Context("Chart")

#: What the chart says when the file has no claim to draw.
NO_CLAIMS = QT_TRANSLATE_NOOP("Chart", "No casualty figures in this file.")

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
    # A claim row's label in two parts (text is both): the claimant's name, unisolated …
    name: str = ""
    # … and " · date · basis", which is never shortened.
    details: str = ""
    # Each claimant's name (short, unisolated) of a joint claim, which a cut label shortens
    # one by one so that none is dropped; name joins them.
    names: tuple[str, ...] = ()
    # True for the line that says a filter hides some claims (neither heading nor claim).
    is_note: bool = False

    @property
    def is_heading(self) -> bool:
        """True for a group heading ("Killed — attributed to Daesh")."""
        return self.claim is None and not self.is_note

    @property
    def low(self) -> int | None:
        """Where the mark starts on the axis (None when there is nothing to mark)."""
        return None if self.claim is None else self.claim.low

    @property
    def high(self) -> int | None:
        """Where a range ends on the axis."""
        return None if self.claim is None else self.claim.high


def row_label_parts(
    incident: Incident, claim: CasualtyClaim, revised: bool = False, part_of: str | None = None
) -> tuple[str, str]:
    """('SOHR', ' · by 23 October 2017 · documented deaths · relayed'): the claimant, then
    when, on what basis, and whether a source independent of the claimant carries it.

    Kept apart so that a row too narrow for its label shortens the claimant's name, never
    the date, counting basis or independence a reader needs to weigh the figure.
    ``part_of`` ("C1") marks a part drawn away from the claim it belongs to. A revision
    says which figure it replaces, and a revised claim says so: both stay on the chart,
    because a reader should see that a figure changed.
    """
    names, before, after = _label_parts(incident, claim, revised)
    return joined_claimants(names), before + (
        "" if part_of is None else " · " + _part_of(part_of)
    ) + after


def _part_of(whole: str) -> str:
    #: A part drawn away from the claim it belongs to says which one: "part of C1".
    return Chart.tr("part of {whole}").format(whole=whole)


def _label_parts(
    incident: Incident, claim: CasualtyClaim, revised: bool
) -> tuple[tuple[str, ...], str, str]:
    """The claimants' short names; " · date · basis"; " · independence · revisions" (a
    part's "part of" goes between the last two)."""
    when = claim.claimed_on.words() if claim.claimed_on else absent(UNDATED)
    before = f" · {when} · {label(COUNTING_BASES, claim.basis)}"
    after = f" · {independence_mark(incident, claim)}"
    earlier = incident.claims_by_id.get(claim.revises or "")
    if earlier is not None and earlier.id != claim.id:
        revises = Chart.tr("revises {figure}", "this claim replaces an earlier figure")
        after += " · " + revises.format(figure=in_line(figure_mark(earlier)))
    if revised:
        after += " · " + Chart.tr("later revised")
    return tuple(claimant_names(incident, claim, short=True)), before, after


def _own_firmness(claim: CasualtyClaim, group: Collection[CasualtyClaim]) -> str:
    """ " · alleged" where the heading over ``group`` names more than one firmness ("alleged,
    implied"): each row then says how firmly its own claim blames, as the figure lines do
    (views.wording.with_own_firmness); "" where the heading's one firmness is every row's.

    In the details, which a cut label keeps whole: the claimants' names stay intact too.
    """
    if len(firmness_levels(list(group))) < 2:
        return ""
    own = firmness_levels([claim])
    return " · " + join_list(own) if own else ""


def labelled_name(name: str) -> str:
    """A claimant's name ready to stand before " · date · basis" in a line of the current
    language's direction."""
    isolated = in_line(name)
    if isolated == name:
        return name
    # Isolated, and the line marked with our direction: " · date · basis" stays after it.
    return direction_mark() + isolated


def caption_text(incident: Incident) -> str:
    """The caption: what every chart's marks mean, then those only some charts have
    (independence too), as clauses of one sentence."""
    qualifiers = {c.qualifier for c in incident.claims}
    clauses = [
        Chart.tr("Each row is one source's figure as reported"),
        Chart.tr("arrows mean 'at least'"),
        Chart.tr("lines are reported ranges, not confidence intervals"),
        Chart.tr("figures are not added together"),
    ]
    if "at-most" in qualifiers:
        # Towards zero: the Arabic chart is mirrored, and its translation says "right".
        clauses.append(Chart.tr("arrows to the left mean 'at most'"))
    if "about" in qualifiers:
        clauses.append(Chart.tr("open dots mean 'about'"))
    clauses += marks_meaning(incident)
    return joined_groups(clauses) + "."


def chart_rows(incident: Incident, shown: Collection[str] | None = None) -> list[ChartRow]:
    """The chart's rows (see ChartRows.rows); for a caller that draws the chart once."""
    return ChartRows(incident).rows(shown)


GroupKey = tuple[str, tuple[str, ...]]


class ChartRows:
    """The chart's rows of one incident: what does not depend on a filter is worked out
    once, so that the Claims tab can redraw the chart at every keystroke of its filter."""

    def __init__(self, incident: Incident) -> None:
        self.incident = incident
        claims = incident.claims_by_id
        revised = {c.revises for c in incident.claims if c.revises and c.revises != c.id}
        self._refs = claim_refs(incident)
        self._keys: dict[str, GroupKey] = {
            c.id: (c.outcome, perpetrator_key(c)) for c in incident.claims
        }
        self._labels = {c.id: _label_parts(incident, c, c.id in revised) for c in incident.claims}
        # The claim each part belongs to, when the file defines it (and it is another).
        self._wholes = {
            c.id: c.part_of
            for c in incident.claims
            if c.part_of is not None and c.part_of in claims and c.part_of != c.id
        }
        # In the order of the reported figures above the chart.
        self._order = {(f.outcome, f.perpetrators): n for n, f in enumerate(key_figures(incident))}
        # Rows and headings made once and reused, since a filter changes only which show.
        self._made_rows: dict[tuple[str, int, bool, str], ChartRow] = {}
        self._headings: dict[tuple[GroupKey, frozenset[str]], ChartRow] = {}

    def rows(self, shown: Collection[str] | None = None) -> list[ChartRow]:
        """Groups by outcome and each claim's own attribution, parts under their claim where
        they share its attribution.

        A part that blames someone else, or nobody, is drawn under its own heading with
        "part of C1": a row is never drawn under an attribution its claim does not make.
        ``shown`` (claim ids) limits the chart to the claims a filter keeps; it then says so.
        """
        incident, keys, wholes = self.incident, self._keys, self._wholes
        visible = [c for c in incident.claims if shown is None or c.id in shown]
        visible_ids = {c.id for c in visible}
        children: dict[str, list[CasualtyClaim]] = {}
        # Each group's claims drawn at its top level, and all its claims (for the heading).
        groups: dict[GroupKey, list[CasualtyClaim]] = {}
        members: dict[GroupKey, list[CasualtyClaim]] = {}
        for claim in visible:
            key = keys[claim.id]
            members.setdefault(key, []).append(claim)
            whole = wholes.get(claim.id)
            # Under its claim when that is shown and makes the same attribution.
            if whole is not None and whole in visible_ids and keys[whole] == key:
                children.setdefault(whole, []).append(claim)
            else:
                groups.setdefault(key, []).append(claim)
        rows: list[ChartRow] = []
        if shown is not None and len(visible) < len(incident.claims):
            # The line a filtered chart starts with: it never looks like the whole record.
            text = Chart.tr("Showing {shown_of}: the filters above the table hide the rest.")
            count = shown_of(len(visible), len(incident.claims), "claim")
            rows.append(ChartRow(text.format(shown_of=count), is_note=True))
        placed: set[str] = set()

        def add(claim: CasualtyClaim, depth: int) -> None:
            if claim.id in placed:  # a part_of cycle: the loader reports it; draw each once
                return
            placed.add(claim.id)
            rows.append(
                self._claim_row(claim, depth, _own_firmness(claim, members[keys[claim.id]]))
            )
            for child in children.get(claim.id, ()):
                add(child, depth + 1)

        for group in sorted(groups, key=self._order.__getitem__):
            rows.append(self._heading(group, members[group]))
            # Whole claims first, then parts drawn away from their claim.
            for claim in sorted(groups[group], key=lambda c: c.id in wholes):
                add(claim, 0)
        # Claims caught in a part_of cycle have no top; they still get a row of their own.
        leftovers = [c for c in visible if c.id not in placed]
        if leftovers:
            rows.append(ChartRow(Chart.tr("Other claims")))
            for claim in leftovers:
                add(claim, 0)
        return rows

    def _claim_row(self, claim: CasualtyClaim, depth: int, firmness: str) -> ChartRow:
        """A claim's row at ``depth``; at the top, a part says whose part it is.
        ``firmness`` (" · alleged", or "") follows the counting basis."""
        whole = self._wholes.get(claim.id) if depth == 0 else None
        key = (claim.id, depth, whole is not None, firmness)
        row = self._made_rows.get(key)
        if row is None:
            names, before, after = self._labels[claim.id]
            name = joined_claimants(names)
            part_of = "" if whole is None else " · " + _part_of(self._refs[whole])
            details = before + firmness + part_of + after
            row = self._made_rows[key] = ChartRow(
                labelled_name(name) + details,
                claim,
                depth,
                _MARKS[claim.qualifier],
                # Isolated: an Arabic line would show "≥80" as "80≤".
                in_line(figure_mark(claim)) if claim.count is not None else absent(UNQUANTIFIED),
                name,
                details,
                names,
            )
        return row

    def _heading(self, group: GroupKey, members: list[CasualtyClaim]) -> ChartRow:
        """The group's heading; its firmness words are those of the claims shown."""
        key = (group, frozenset(a.firmness for c in members for a in c.perpetrators))
        row = self._headings.get(key)
        if row is None:
            row = self._headings[key] = ChartRow(group_heading(self.incident, *group, members))
        return row


def tick_text(value: float) -> str:
    """An axis tick's number: '20,000', '2.5' (in the chosen digits: the axis is ours)."""
    if value == int(value):
        return format_number(int(value))
    return localize_digits(f"{value:,.1f}")


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
    words = (
        join_list(label(OUTCOMES, o) for o in outcomes) if outcomes else label(OUTCOMES, "killed")
    )
    return Chart.tr("people reported {outcomes}", "the axis: people reported killed").format(
        outcomes=words
    )


def row_tooltip(incident: Incident, row: ChartRow) -> str:
    """A sentence for a row: 'SOHR: at least 128 people (status not stated) killed (…);
    via [1], relayed — no independent source'."""
    if row.claim is None:
        return row.text
    return Chart.tr("{claimant}: {claim}; {independence}", "a chart row's tooltip").format(
        claimant=in_line(claimant_name(incident, row.claim)),
        claim=claim_phrase(row.claim),
        independence=independence_words(incident, row.claim),
    )
