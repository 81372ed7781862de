"""ClaimTableModel: one row per casualty claim, in the words the printed sheet uses."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle
from typing_extensions import override

from factsheet.loading.loader import LoadedIncident
from factsheet.loading.problems import Problem
from factsheet.model.bidi import in_line
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.vocabulary import (
    COUNTING_BASES,
    OUTCOMES,
    QUALIFIERS,
    VICTIMS,
    definition,
    label,
)
from factsheet.model.wording import attribution_words, figure_mark, figure_words, short_name
from factsheet.ui.filter_proxy import ID_ROLE, SORT_ROLE
from factsheet.ui.row_table_model import RowTableModel
from factsheet.ui.view_cache import per_incident

_CLAIM_PATH = re.compile(r"^claims\[(\d+)\]")

# What a reader compares first comes first: who, how many, counted how, whom, blamed on
# whom, when. The outcome is nearly always "killed" and goes further right.
HEADERS = (
    "Claimant",
    "Figure",
    "Counting basis",
    "Victims",
    "Attributed to",
    "Claimed on",
    "Published in",
    "Outcome",
    "Period",
    "Linked claims",
    "Note",
)
(
    CLAIMANT,
    FIGURE,
    BASIS,
    VICTIMS_COLUMN,
    ATTRIBUTED,
    CLAIMED_ON,
    PUBLISHED_IN,
    OUTCOME,
    PERIOD,
    LINKED,
    NOTE,
) = range(len(HEADERS))


def claim_label(incident: Incident, claim: CasualtyClaim) -> str:
    """How a claim is named where it is linked: 'Activists (unnamed): at least 80'."""
    return f"{in_line(incident.actor_name(claim.claimant))}: {figure_words(claim)}"


def date_words(date: UncertainDate | None, wording: str | None) -> str:
    """'23 October 2017', or the source's own wording when only that is known."""
    if date is not None:
        return date.words()
    return f"“{wording}”" if wording else ""


def source_labels(incident: Incident) -> dict[str, str]:
    """'[4] SOHR' for every source id: the sheet's note number and the publisher's short name."""
    return {
        source.id: f"[{number}] {in_line(short_name(incident, source.publisher))}"
        for number, source in enumerate(incident.sources, start=1)
    }


def sources_words(
    incident: Incident, source_ids: Sequence[str], labels: dict[str, str] | None = None
) -> str:
    """'[1] TRT World, [4] SOHR': note numbers as the sheet prints them, with publishers.

    ``labels`` is source_labels(incident), for callers that describe many rows.
    """
    if labels is None:
        labels = source_labels(incident)
    if len(source_ids) > 1:
        numbers = incident.source_numbers
        source_ids = sorted(source_ids, key=lambda s: numbers.get(s, 10**9))
    return ", ".join(labels.get(s, f"[?] {s}") for s in source_ids)


def victims_words(claim: CasualtyClaim) -> str:
    """'civilians — found shot, bodies dumped in a shaft'."""
    words = label(VICTIMS, claim.victims)
    return f"{words} — {claim.victim_detail}" if claim.victim_detail else words


def _claims_pointing_at(incident: Incident, link: str) -> dict[str, list[CasualtyClaim]]:
    """Claims by the id their ``link`` (part_of or revises) names: one pass, not one per row."""
    found: dict[str, list[CasualtyClaim]] = {}
    for claim in incident.claims:
        target = getattr(claim, link)
        if target is not None and target != claim.id:
            found.setdefault(target, []).append(claim)
    return found


def linked_claims_words(
    incident: Incident,
    claim: CasualtyClaim,
    subsets: dict[str, list[CasualtyClaim]] | None = None,
    revisions: dict[str, list[CasualtyClaim]] | None = None,
) -> str:
    """'part of Activists (unnamed): at least 80; revised by …' (subsets and revisions)."""
    if subsets is None:
        subsets = _claims_pointing_at(incident, "part_of")
    if revisions is None:
        revisions = _claims_pointing_at(incident, "revises")
    claims = incident.claims_by_id
    parts = []
    for link, ref in (("part of", claim.part_of), ("revises", claim.revises)):
        if ref is not None:
            other = claims.get(ref)
            parts.append(f"{link} {claim_label(incident, other) if other else ref}")
    parts += [f"includes {claim_label(incident, c)}" for c in subsets.get(claim.id, ())]
    parts += [f"revised by {claim_label(incident, c)}" for c in revisions.get(claim.id, ())]
    return "; ".join(parts)


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


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim with every cell's text computed once."""

    claim: CasualtyClaim
    cells: tuple[str, ...]
    sort_keys: tuple[object, ...]
    problems: tuple[Problem, ...]
    haystack: str


def _row(
    incident: Incident,
    claim: CasualtyClaim,
    problems: Sequence[Problem],
    links: tuple[dict[str, list[CasualtyClaim]], dict[str, list[CasualtyClaim]]],
    labels: dict[str, str],
) -> ClaimRow:
    claimant = incident.actor_name(claim.claimant)
    period = date_words(claim.period, claim.period_wording)
    cells = (
        claimant,
        figure_words(claim),
        label(COUNTING_BASES, claim.basis),
        victims_words(claim),
        attribution_words(incident, claim),
        date_words(claim.claimed_on, claim.claimed_on_wording),
        sources_words(incident, claim.sources, labels),
        label(OUTCOMES, claim.outcome),
        period,
        linked_claims_words(incident, claim, *links),
        claim.note or "",
    )
    sort_keys: list[object] = [c.casefold() for c in cells]
    sort_keys[FIGURE] = figure_sort_key(claim)
    sort_keys[CLAIMED_ON] = date_sort_key(claim.claimed_on)
    sort_keys[PERIOD] = date_sort_key(claim.period)
    # Every name an actor goes by, so that a filter for "ISIS" finds the claims against Daesh.
    names = [
        alias.name
        for actor_id in (claim.claimant, *(a.actor for a in claim.perpetrators))
        if (actor := incident.actors_by_id.get(actor_id))
        for alias in actor.aliases
    ]
    haystack = " ".join(
        (*cells, figure_mark(claim), claim.quote or "", claim.location or "", claim.id, *names)
    ).casefold()
    return ClaimRow(claim, cells, tuple(sort_keys), tuple(problems), haystack)


@per_incident
def claim_rows(loaded: LoadedIncident) -> list[ClaimRow]:
    """One row per claim in file order, warnings attached; built once per incident."""
    incident = loaded.incident
    problems = claim_problems(loaded)
    labels = source_labels(incident)
    links = (
        _claims_pointing_at(incident, "part_of"),
        _claims_pointing_at(incident, "revises"),
    )
    return [
        _row(incident, c, problems.get(i, ()), links, labels) for i, c in enumerate(incident.claims)
    ]


class ClaimTableModel(RowTableModel[ClaimRow]):
    """The claims of one incident as a flat table; never sums or merges figures."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)
        self._haystacks: list[str] = []
        self._incident: Incident | None = None

    def set_incident(self, loaded: LoadedIncident) -> None:
        """Replace the rows with the claims of ``loaded``, flagging the loader's warnings."""
        self.beginResetModel()
        self._incident = loaded.incident
        self._rows = claim_rows(loaded)
        self._haystacks = [row.haystack for row in self._rows]
        self.endResetModel()

    def haystacks(self) -> list[str]:
        """The lower-cased searchable text of each row (see WordFilterProxy)."""
        return self._haystacks

    def claim_at(self, row: int) -> CasualtyClaim:
        """The claim shown in source row ``row``."""
        return self._rows[row].claim

    def problems_at(self, row: int) -> tuple[Problem, ...]:
        """The loader's warnings about the claim in source row ``row``."""
        return self._rows[row].problems

    def row_of(self, claim_id: str) -> int:
        """The source row of a claim id, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.claim.id == claim_id), -1)

    @override
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Cell text, the full text as tooltip, sort keys, the claim id and warning flags."""
        row = self.row_at_index(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == SORT_ROLE:
            return row.sort_keys[column]
        if role == ID_ROLE:
            return row.claim.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CLAIMANT and row.problems:
            return _warning_icon()
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == CLAIMANT:
            return "; ".join(p.message for p in row.problems) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: ClaimRow, column: int) -> str | None:
        claim = row.claim
        if column == CLAIMANT and row.problems:
            flags = "\n".join(f"⚠ {p.message}" for p in row.problems)
            return f"{row.cells[CLAIMANT]}\n{flags}"
        if column == CLAIMED_ON and claim.claimed_on_wording:
            return f"{row.cells[column]} — in the source's words: “{claim.claimed_on_wording}”"
        if column == FIGURE:
            return f"{row.cells[column]}: {definition(QUALIFIERS, claim.qualifier)}"
        if column == BASIS:
            return f"{row.cells[column]}: {definition(COUNTING_BASES, claim.basis)}"
        if column == LINKED and (claim.part_of or claim.revises):
            return f"{row.cells[column]}\n(Double-click to go to that claim.)"
        if column == PERIOD and claim.period is not None and claim.period_wording:
            return f"{row.cells[column]} — in the source's words: “{claim.period_wording}”"
        return row.cells[column] or None


def _warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
