"""The key figures: every claim per outcome and attribution, in figure order, never a sum."""

from dataclasses import dataclass

from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.vocabulary import OUTCOMES


def perpetrator_key(claim: CasualtyClaim) -> tuple[str, ...]:
    """The actors a claim blames, as one key: claims with the same key count the same deaths.

    Sorted, so that [Daesh, pro-regime forces] and [pro-regime forces, Daesh] are one group
    in the key figures, the chart and the sheet alike. A claim's own attribution only: a
    part of a claim blaming Daesh that names nobody is grouped under nobody, never under
    its parent's perpetrator (parts do not inherit).
    """
    return tuple(sorted({a.actor for a in claim.perpetrators}))


def figure_order(claim: CasualtyClaim) -> tuple[bool, int, float]:
    """Ascending by figure: '67' before 'at least 67' before '80'; unquantified last."""
    if claim.low is None:
        return (True, 0, 0.0)
    return (False, claim.low, float("inf") if claim.high is None else claim.high)


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """Every claim of one outcome and attribution: each its own figure, side by side.

    Facts only; views/figures.py says them ('67 named (PCC); at least 128 documented
    (SOHR)').
    """

    outcome: str
    perpetrators: tuple[str, ...]
    #: The claims that are part of no other (part_of is None), ascending by figure,
    #: unquantified last.
    claims: tuple[CasualtyClaim, ...]
    #: The claims that are part of another and make this attribution themselves, in the
    #: same order: shown as parts, never as totals.
    parts: tuple[CasualtyClaim, ...] = ()

    @property
    def members(self) -> tuple[CasualtyClaim, ...]:
        """Every claim of the group: the whole claims, then the parts."""
        return self.claims + self.parts


def key_figures(incident: Incident) -> list[KeyFigure]:
    """Every claim grouped by outcome and the actors it blames; nothing left out or summed.

    Claims blaming different actors count different deaths, so they are grouped apart.
    Groups follow the outcome vocabulary (killed first); within an outcome, groups with a
    whole claim come before groups of parts only, then the highest figure first.
    """
    groups: dict[tuple[str, tuple[str, ...]], tuple[list[CasualtyClaim], list[CasualtyClaim]]]
    groups = {}
    for claim in incident.claims:
        claims, parts = groups.setdefault((claim.outcome, perpetrator_key(claim)), ([], []))
        (claims if claim.part_of is None else parts).append(claim)
    figures = [
        KeyFigure(
            outcome,
            blamed,
            tuple(sorted(claims, key=figure_order)),
            tuple(sorted(parts, key=figure_order)),
        )
        for (outcome, blamed), (claims, parts) in groups.items()
    ]
    outcomes = list(OUTCOMES)
    figures.sort(
        key=lambda f: (
            outcomes.index(f.outcome),
            not f.claims,
            -max((_reach(c) for c in f.members), default=0),
        )
    )
    return figures


def _reach(claim: CasualtyClaim) -> int:
    return claim.high if claim.high is not None else claim.low or 0
