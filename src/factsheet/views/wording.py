"""Plain-English wording of claimants, attributions and absent values, for every view.

One function per thing said: the Claims tab, the Overview, the chart, the sheet and the JSON
export all call these, so a claimant or an attribution reads the same everywhere. The
figure itself ('at least 80') is model/wording.py's; the key figures are figures.py's.
"""

from collections.abc import Callable, Sequence

from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Attribution, CasualtyClaim, Incident
from factsheet.model.vocabulary import COUNTING_BASES, FIRMNESS, OUTCOMES, VICTIMS, label
from factsheet.model.wording import figure_words
from factsheet.views.bidi import in_line

# One wording for each absent value, on screen, on paper and in the JSON export's words.
#: A claim (or a source) without a date.
UNDATED = "undated"
#: A claim that blames nobody.
NONE_NAMED = "none named"
#: A claim without a figure (model/wording.py's figure_words says the same, for its messages).
UNQUANTIFIED = "unquantified"
#: What the reported perpetrators line says when nobody is blamed.
NO_PERPETRATOR = "none named in the claims or the timeline"


def short_name(incident: Incident, actor_id: str) -> str:
    """An actor's shortest well-known name, for tight spaces ('SOHR')."""
    actor = incident.actors_by_id.get(actor_id)
    if actor is None:
        return actor_id
    latin = [a.name for a in actor.aliases if a.lang == "en" and a.name.isupper()]
    return min(latin, key=len) if latin else actor.name


def claimant_name(incident: Incident, claim: CasualtyClaim, *, short: bool = False) -> str:
    """Who makes the claim: 'Syrian Observatory for Human Rights', or 'SOHR' where tight;
    'Syrian government and Activists (unnamed)' for a claim they make together.

    Several names are each isolated when Arabic, so 'and' stays between them; one name is
    given as it is, for the caller to isolate or shorten.
    """
    name = short_name if short else Incident.actor_name
    names = [name(incident, actor_id) for actor_id in claim.claimant]
    if len(names) == 1:
        return names[0]
    return joined_names([in_line(n) for n in names])


def claim_label(incident: Incident, claim: CasualtyClaim) -> str:
    """How a claim is named where it is linked: 'Activists (unnamed): at least 80'."""
    return f"{in_line(claimant_name(incident, claim))}: {figure_words(claim)}"


def attributed(name: str, attribution: Attribution) -> str:
    """'Daesh (alleged)': an actor blamed, and how firmly; ``name`` as the caller shows it."""
    return f"{name} ({label(FIRMNESS, attribution.firmness)})"


def attribution_words(incident: Incident, claim: CasualtyClaim) -> str:
    """'Daesh (alleged); Pro-regime forces (implied)' or '' when the claim names nobody."""
    return "; ".join(attributed(incident.actor_name(a.actor), a) for a in claim.perpetrators)


def attribution_cell(incident: Incident, claim: CasualtyClaim) -> str:
    """attribution_words, or NONE_NAMED: what a table cell shows."""
    return attribution_words(incident, claim) or NONE_NAMED


def blamed_actors(incident: Incident) -> dict[str, list[str]]:
    """Every actor any claim blames (or the timeline names as perpetrator), with firmness.

    {'daesh': ['alleged', 'implied'], …}: actors in the order the file first names them,
    firmness firmest first (the vocabulary's order, as headings list it); an actor only
    the timeline calls a perpetrator has no firmness words.
    """
    levels: dict[str, set[str]] = {}
    for claim in incident.claims:
        for attribution in claim.perpetrators:
            levels.setdefault(attribution.actor, set()).add(attribution.firmness)
    for event in incident.timeline:
        for role in event.actors:
            if role.role in ("perpetrator", "alleged-perpetrator"):
                levels.setdefault(role.actor, set())
    return {
        actor: [label(FIRMNESS, level) for level in FIRMNESS if level in found]
        for actor, found in levels.items()
    }


#: The reported perpetrators past a sheet's limit: "Daesh (alleged); … ; and 3 more".
MORE_PERPETRATORS = "{named}; and {count} more"


def reported_perpetrators(
    incident: Incident, *, limit: int | None = None, name: Callable[[str], str] = str
) -> str:
    """'Daesh (alleged, implied); Pro-regime forces (alleged, suspected)', or NO_PERPETRATOR.

    The Overview and the sheet's identity block both say it: every actor a claim blames
    (or the timeline names as perpetrator), with how firmly. The brief names the first
    ``limit`` of them, each name passed through ``name`` (its cut), and how many more.
    """
    blamed = list(blamed_actors(incident).items())
    shown = blamed if limit is None else blamed[:limit]
    named = "; ".join(
        in_line(name(incident.actor_name(actor))) + (f" ({', '.join(words)})" if words else "")
        for actor, words in shown
    )
    if len(blamed) > len(shown):
        return MORE_PERPETRATORS.format(named=named, count=f"{len(blamed) - len(shown):,}")
    return named or NO_PERPETRATOR


def victims_words(claim: CasualtyClaim) -> str:
    """'civilians — found shot, bodies dumped in a shaft'."""
    words = label(VICTIMS, claim.victims)
    return f"{words} — {claim.victim_detail}" if claim.victim_detail else words


def date_words(date: UncertainDate | None, wording: str | None) -> str:
    """'23 October 2017', or the source's own wording when only that is known."""
    if date is not None:
        return date.words()
    return f"“{wording}”" if wording else ""


def claimed_on_words(claim: CasualtyClaim) -> str:
    """When the claim was made, in words; UNDATED when the file does not say."""
    return date_words(claim.claimed_on, claim.claimed_on_wording) or UNDATED


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
    """'at least 128 documented', '67 named', 'at least 80 bodies found'; without a figure,
    'bodies found, unquantified' (or 'unquantified' when the basis is not stated)."""
    if claim.count is None:
        if claim.basis == "unspecified":
            return UNQUANTIFIED
        return f"{label(COUNTING_BASES, claim.basis)}, {UNQUANTIFIED}"
    basis = _BASIS_AFTER_FIGURE.get(claim.basis, label(COUNTING_BASES, claim.basis))
    return f"{figure_words(claim)} {basis}".strip()


def joined_names(names: Sequence[str]) -> str:
    """'Daesh', 'Daesh and Russia', 'Daesh, Russia and Iran'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def group_heading(
    incident: Incident, outcome: str, blamed: tuple[str, ...], claims: Sequence[CasualtyClaim]
) -> str:
    """'Killed — attributed to Daesh (alleged, implied)', 'Killed — no perpetrator named'.

    How firmly is part of the heading, firmest first: an attribution the sources only
    imply must not read like one they state.
    """
    what = label(OUTCOMES, outcome).capitalize()
    if not blamed:
        return f"{what} — no perpetrator named"
    names = [in_line(incident.actor_name(a)) for a in blamed]
    firmness = [
        label(FIRMNESS, level)
        for level in FIRMNESS
        if any(a.firmness == level for c in claims for a in c.perpetrators)
    ]
    how = f" ({', '.join(firmness)})" if firmness else ""
    return f"{what} — attributed to {joined_names(names)}{how}"
