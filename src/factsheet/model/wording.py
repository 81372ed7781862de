"""Plain-English wording of claims and figures, shared by the viewer, the sheet and exports."""

from collections.abc import Sequence
from dataclasses import dataclass

from factsheet.model.incident import CasualtyClaim, Incident
from factsheet.model.vocabulary import COUNTING_BASES, FIRMNESS, OUTCOMES, VICTIMS, label


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


#: The counting basis as a word that fits after a figure: "67 named", "128 documented".
_BASIS_AFTER_FIGURE = {
    "bodies-found": "bodies found",
    "bodies-identified": "bodies identified",
    "names-listed": "named",
    "documented-deaths": "documented",
    "hospital-records": "in hospital records",
    "witness-accounts": "by witness accounts",
    "estimate": "estimated",
    "official-statement": "officially stated",
    "unspecified": "",
}


def figure_with_basis(claim: CasualtyClaim) -> str:
    """'at least 128 documented', '67 named', 'at least 80 bodies found'."""
    basis = _BASIS_AFTER_FIGURE.get(claim.basis, label(COUNTING_BASES, claim.basis))
    return f"{figure_words(claim)} {basis}".strip()


def perpetrator_key(claim: CasualtyClaim) -> tuple[str, ...]:
    """The actors a claim blames, as one key: claims with the same key count the same deaths.

    Sorted, so that [Daesh, pro-regime forces] and [pro-regime forces, Daesh] are one group
    in the key figures, the chart and the sheet alike.
    """
    return tuple(sorted({a.actor for a in claim.perpetrators}))


def _joined(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def group_heading(
    incident: Incident, outcome: str, blamed: tuple[str, ...], claims: Sequence[CasualtyClaim]
) -> str:
    """'Killed — attributed to Daesh (alleged, implied)', 'Killed — no perpetrator named'.

    How firmly is part of the heading: an attribution the sources only imply must not read
    like one they state.
    """
    what = label(OUTCOMES, outcome).capitalize()
    if not blamed:
        return f"{what} — no perpetrator named"
    names = [incident.actor_name(a) for a in blamed]
    firmness = [
        label(FIRMNESS, level)
        for level in FIRMNESS
        if any(a.firmness == level for c in claims for a in c.perpetrators)
    ]
    how = f" ({', '.join(firmness)})" if firmness else ""
    return f"{what} — attributed to {_joined(names)}{how}"


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """The span of top-level claims for one outcome and perpetrator, ends with claimants."""

    outcome: str
    perpetrators: tuple[str, ...]
    lowest: CasualtyClaim
    highest: CasualtyClaim
    claimants: int
    claims: int
    #: Every top-level claim of the group, in file order.
    members: tuple[CasualtyClaim, ...] = ()

    def words(self, incident: Incident) -> str:
        """'67 named (PCC) – at least 128 documented (SOHR)'; a single claim reads alone."""
        low = f"{figure_with_basis(self.lowest)} ({short_name(incident, self.lowest.claimant)})"
        if self.lowest.id == self.highest.id:
            return low
        high = f"{figure_with_basis(self.highest)} ({short_name(incident, self.highest.claimant)})"
        return f"{low} – {high}"

    def heading(self, incident: Incident) -> str:
        """'Killed — attributed to Daesh (alleged, implied)'."""
        return group_heading(incident, self.outcome, self.perpetrators, self.members)


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
