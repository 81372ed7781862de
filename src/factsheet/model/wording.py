"""Plain-English wording of claims and figures, shared by the viewer, the sheet and exports."""

from dataclasses import dataclass

from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.vocabulary import COUNTING_BASES, FIRMNESS, VICTIMS, label


def figure_words(claim: CasualtyClaim) -> str:
    """The figure as the source states it: 'at least 80', 'between 13 and 46', '67'."""
    q, n, top = claim.qualifier, claim.count, claim.count_max
    if q == "unknown" or n is None:
        return "unquantified"
    if q == "range":
        return f"between {n:,} and {top:,}"
    prefix = {"exact": "", "at-least": "at least ", "at-most": "at most ", "about": "about "}[q]
    return f"{prefix}{n:,}"


def figure_mark(claim: CasualtyClaim) -> str:
    """The figure as a compact label for charts and tables: '≥80', '13–46', '~20', '67'."""
    q, n, top = claim.qualifier, claim.count, claim.count_max
    if q == "unknown" or n is None:
        return "?"
    if q == "range":
        return f"{n:,}–{top:,}"
    return {"exact": "", "at-least": "≥", "at-most": "≤", "about": "~"}[q] + f"{n:,}"


def claim_phrase(claim: CasualtyClaim) -> str:
    """'at least 80 civilians killed (bodies found)'."""
    victims = label(VICTIMS, claim.victims)
    if claim.victims == "unknown":
        victims = "people"
    return f"{figure_words(claim)} {victims} {claim.outcome} ({label(COUNTING_BASES, claim.basis)})"


def attribution_words(incident: Incident, claim: CasualtyClaim) -> str:
    """'Daesh (alleged); Pro-regime forces (implied)' or '' when the claim names nobody."""
    return "; ".join(
        f"{incident.actor_name(a.actor)} ({label(FIRMNESS, a.firmness)})"
        for a in claim.perpetrators
    )


def short_name(incident: Incident, actor_id: str) -> str:
    """An actor's shortest well-known name, for tight spaces ('SOHR')."""
    actor = incident.actors_by_id.get(actor_id)
    if actor is None:
        return actor_id
    latin = [a.name for a in actor.aliases if a.lang == "en" and a.name.isupper()]
    return min(latin, key=len) if latin else actor.name


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """The span of top-level claims for one outcome and perpetrator, ends with claimants."""

    outcome: str
    perpetrators: tuple[str, ...]
    lowest: CasualtyClaim
    highest: CasualtyClaim
    claimants: int
    claims: int

    def words(self, incident: Incident) -> str:
        """'67 (PCC) – at least 128 (SOHR)'; a single claim reads on its own."""
        low = f"{figure_words(self.lowest)} ({short_name(incident, self.lowest.claimant)})"
        if self.lowest.id == self.highest.id:
            return low
        high = f"{figure_words(self.highest)} ({short_name(incident, self.highest.claimant)})"
        return f"{low} – {high}"


def key_figures(incident: Incident) -> list[KeyFigure]:
    """The reported span per outcome and perpetrator over claims that are not subsets.

    Claims blaming different actors count different deaths, so they get separate spans;
    nothing is ever summed. Largest spans first.
    """
    groups: dict[tuple[str, tuple[str, ...]], list[CasualtyClaim]] = {}
    for claim in incident.claims:
        if claim.part_of is None and claim.count is not None:
            blamed = tuple(sorted({a.actor for a in claim.perpetrators}))
            groups.setdefault((claim.outcome, blamed), []).append(claim)
    figures = []
    for (outcome, blamed), claims in groups.items():
        lowest = min(claims, key=lambda c: (c.low or 0, c.high is None))
        # "At least 128" reaches higher than "128": an open top beats an equal closed one.
        highest = max(claims, key=_reach)
        figures.append(
            KeyFigure(
                outcome, blamed, lowest, highest, len({c.claimant for c in claims}), len(claims)
            )
        )
    figures.sort(key=lambda f: (f.outcome != "killed", -_reach(f.highest)[0]))
    return figures


def _reach(claim: CasualtyClaim) -> tuple[int, bool]:
    return (claim.high if claim.high is not None else claim.low or 0, claim.high is None)
