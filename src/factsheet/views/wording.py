"""Plain-English wording of claims, attributions and key figures, for every view and export.

One function per thing said: the Claims tab, the Overview, the chart, the sheet and the JSON
export all call these, so a claimant, an attribution or a key figure reads the same
everywhere. The figure itself ('at least 80') is model/wording.py's.
"""

from collections.abc import Sequence

from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Attribution, CasualtyClaim, Incident
from factsheet.model.key_figures import KeyFigure
from factsheet.model.vocabulary import COUNTING_BASES, FIRMNESS, OUTCOMES, VICTIMS, label
from factsheet.model.wording import figure_words
from factsheet.views.bidi import in_line


def short_name(incident: Incident, actor_id: str) -> str:
    """An actor's shortest well-known name, for tight spaces ('SOHR')."""
    actor = incident.actors_by_id.get(actor_id)
    if actor is None:
        return actor_id
    latin = [a.name for a in actor.aliases if a.lang == "en" and a.name.isupper()]
    return min(latin, key=len) if latin else actor.name


def claimant_name(incident: Incident, claim: CasualtyClaim, *, short: bool = False) -> str:
    """Who makes the claim: 'Syrian Observatory for Human Rights', or 'SOHR' where tight."""
    if short:
        return short_name(incident, claim.claimant)
    return incident.actor_name(claim.claimant)


def claim_label(incident: Incident, claim: CasualtyClaim) -> str:
    """How a claim is named where it is linked: 'Activists (unnamed): at least 80'."""
    return f"{in_line(claimant_name(incident, claim))}: {figure_words(claim)}"


def attributed(name: str, attribution: Attribution) -> str:
    """'Daesh (alleged)': an actor blamed, and how firmly; ``name`` as the caller shows it."""
    return f"{name} ({label(FIRMNESS, attribution.firmness)})"


def attribution_words(incident: Incident, claim: CasualtyClaim) -> str:
    """'Daesh (alleged); Pro-regime forces (implied)' or '' when the claim names nobody."""
    return "; ".join(attributed(incident.actor_name(a.actor), a) for a in claim.perpetrators)


def blamed_actors(incident: Incident) -> dict[str, list[str]]:
    """Every actor any claim blames (or the timeline names as perpetrator), with firmness.

    {'daesh': ['alleged', 'implied'], …} in the order the file first names them; an actor only
    the timeline calls a perpetrator has no firmness words.
    """
    firmness: dict[str, list[str]] = {}
    for claim in incident.claims:
        for attribution in claim.perpetrators:
            words = firmness.setdefault(attribution.actor, [])
            if label(FIRMNESS, attribution.firmness) not in words:
                words.append(label(FIRMNESS, attribution.firmness))
    for event in incident.timeline:
        for role in event.actors:
            if role.role in ("perpetrator", "alleged-perpetrator"):
                firmness.setdefault(role.actor, [])
    return firmness


def victims_words(claim: CasualtyClaim) -> str:
    """'civilians — found shot, bodies dumped in a shaft'."""
    words = label(VICTIMS, claim.victims)
    return f"{words} — {claim.victim_detail}" if claim.victim_detail else words


def date_words(date: UncertainDate | None, wording: str | None) -> str:
    """'23 October 2017', or the source's own wording when only that is known."""
    if date is not None:
        return date.words()
    return f"“{wording}”" if wording else ""


def claim_phrase(claim: CasualtyClaim) -> str:
    """'at least 80 civilians killed (bodies found)'."""
    victims = label(VICTIMS, claim.victims)
    if claim.victims == "unknown":
        victims = "people"
    return f"{figure_words(claim)} {victims} {claim.outcome} ({label(COUNTING_BASES, claim.basis)})"


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


def joined_names(names: Sequence[str]) -> str:
    """'Daesh', 'Daesh and Russia', 'Daesh, Russia and Iran'."""
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
    return f"{what} — attributed to {joined_names(names)}{how}"


def key_figure_heading(incident: Incident, figure: KeyFigure) -> str:
    """'Killed — attributed to Daesh (alleged, implied)'."""
    return group_heading(incident, figure.outcome, figure.perpetrators, figure.members)


def key_figure_words(incident: Incident, figure: KeyFigure) -> str:
    """'67 named (PCC) – at least 128 documented (SOHR)'; a single claim reads alone."""
    return " – ".join(
        f"{figure_with_basis(c)} ({claimant_name(incident, c, short=True)})"
        for c in key_figure_ends(figure)
    )


def key_figure_ends(figure: KeyFigure) -> list[CasualtyClaim]:
    """The claims at the two ends of the span (one when the lowest is the highest)."""
    if figure.lowest.id == figure.highest.id:
        return [figure.lowest]
    return [figure.lowest, figure.highest]
