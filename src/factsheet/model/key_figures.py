"""The key figures: the span of reported figures per outcome and perpetrator, never a sum."""

from dataclasses import dataclass

from factsheet.model.incident import CasualtyClaim, Incident


def perpetrator_key(claim: CasualtyClaim) -> tuple[str, ...]:
    """The actors a claim blames, as one key: claims with the same key count the same deaths.

    Sorted, so that [Daesh, pro-regime forces] and [pro-regime forces, Daesh] are one group
    in the key figures, the chart and the sheet alike.
    """
    return tuple(sorted({a.actor for a in claim.perpetrators}))


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """The span of top-level claims for one outcome and perpetrator, ends with claimants.

    Facts only; views/wording.py says them ('67 named (PCC) – at least 128 documented').
    """

    outcome: str
    perpetrators: tuple[str, ...]
    lowest: CasualtyClaim
    highest: CasualtyClaim
    claimants: int
    claims: int
    #: Every top-level claim of the group, in file order.
    members: tuple[CasualtyClaim, ...] = ()


def key_figures(incident: Incident) -> list[KeyFigure]:
    """The reported span per outcome and perpetrator over claims that are not subsets.

    Claims blaming different actors count different deaths, so they get separate spans;
    nothing is ever summed. Largest spans first.
    """
    groups: dict[tuple[str, tuple[str, ...]], list[CasualtyClaim]] = {}
    for claim in incident.claims:
        if claim.part_of is None and claim.count is not None:
            groups.setdefault((claim.outcome, perpetrator_key(claim)), []).append(claim)
    figures = []
    for (outcome, blamed), claims in groups.items():
        lowest = min(claims, key=lambda c: (c.low or 0, c.high is None))
        # "At least 128" reaches higher than "128": an open top beats an equal closed one.
        highest = max(claims, key=_reach)
        figures.append(
            KeyFigure(
                outcome,
                blamed,
                lowest,
                highest,
                len({c.claimant for c in claims}),
                len(claims),
                tuple(claims),
            )
        )
    figures.sort(key=lambda f: (f.outcome != "killed", -_reach(f.highest)[0]))
    return figures


def _reach(claim: CasualtyClaim) -> tuple[int, bool]:
    return (claim.high if claim.high is not None else claim.low or 0, claim.high is None)
