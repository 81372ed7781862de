"""The wording of figures, claimants, attributions and absent values, for every view.

One function per thing said: the Claims tab, the Overview, the chart, the sheet and the JSON
export all call these, so a claimant or an attribution reads the same everywhere, in the
current language. The model keeps an English figure of its own (model/wording.py) for its
messages; the key figures are figures.py's.
"""

from collections.abc import Callable, Sequence

from factsheet.i18n import (
    QT_TRANSLATE_NOOP,
    Context,
    current_language,
    format_number,
    join_list,
    translate,
)
from factsheet.model.dates import UncertainDate
from factsheet.model.incident import Attribution, CasualtyClaim, Incident
from factsheet.model.vocabulary import COUNTING_BASES, FIRMNESS, OUTCOMES, VICTIMS, label
from factsheet.views.bidi import in_line, isolate

Wording = Context("Wording")

# One wording for each absent value, on screen, on paper and in the JSON export's words:
# the English constants, translated where shown with absent() (rendering/ and the JSON
# export may use them as they are).
#: A claim (or a source) without a date.
UNDATED = QT_TRANSLATE_NOOP("Wording", "undated")
#: A claim that blames nobody.
NONE_NAMED = QT_TRANSLATE_NOOP("Wording", "none named")
#: A claim without a figure (model/wording.py's figure_words says the same, for its messages).
UNQUANTIFIED = QT_TRANSLATE_NOOP("Wording", "unquantified")
#: What the reported perpetrators line says when nobody is blamed.
NO_PERPETRATOR = QT_TRANSLATE_NOOP("Wording", "none named in the claims or the timeline")


def absent(words: str) -> str:
    """UNDATED, NONE_NAMED, UNQUANTIFIED or NO_PERPETRATOR in the current language."""
    return translate("Wording", words)


def quoted(words: str, *, isolated: bool = False) -> str:
    """A source's own words in the current language's quotation marks: “…” or «…»;
    ``isolated`` isolates them whatever their script (the sheet does)."""
    #: The source's own words in quotation marks; Arabic uses « ».
    template = Wording.tr("“{words}”")
    return template.format(words=isolate(words) if isolated else in_line(words))


def group_separator() -> str:
    """What separates items that may hold commas themselves: '; ' or '؛ '."""
    return Wording.tr("; ", "between items that may hold commas")


def joined_groups(items: Sequence[str]) -> str:
    """Items that may hold commas themselves, joined by semicolons: 'a, b; c'."""
    return group_separator().join(items)


def figure_words(claim: CasualtyClaim) -> str:
    """The figure as the source states it: 'at least 80', 'between 13 and 46', '67'.

    The number is data: it keeps the source's Western digits whatever digits the user chose.
    """
    q, n, top = claim.qualifier, claim.count, claim.count_max
    if q == "unknown" or n is None:
        return absent(UNQUANTIFIED)
    figure = f"{n:,}"
    if q == "range":
        return Wording.tr("between {low} and {high}").format(low=figure, high=f"{top:,}")
    if q == "at-least":
        return Wording.tr("at least {figure}").format(figure=figure)
    if q == "at-most":
        return Wording.tr("at most {figure}").format(figure=figure)
    if q == "about":
        return Wording.tr("about {figure}").format(figure=figure)
    return figure


def short_name(incident: Incident, actor_id: str) -> str:
    """An actor's shortest well-known name, for tight spaces ('SOHR')."""
    actor = incident.actors_by_id.get(actor_id)
    if actor is None:
        return actor_id
    latin = [a.name for a in actor.aliases if a.lang == "en" and a.name.isupper()]
    if current_language() == "ar" and actor.name_ar:
        # An Arabic name as short as the acronym wins (داعش over ISIS); a long one does not
        # (SOHR over المرصد السوري لحقوق الإنسان).
        arabic = [actor.name_ar, *(a.name for a in actor.aliases if a.lang == "ar")]
        return min([*arabic, *latin], key=lambda name: (len(name), name in latin))
    return min(latin, key=len) if latin else actor.name


def claimant_name(incident: Incident, claim: CasualtyClaim, *, short: bool = False) -> str:
    """Who makes the claim: 'Syrian Observatory for Human Rights', or 'SOHR' where tight;
    'Syrian government and Activists (unnamed)' for a claim they make together.

    Several names are each isolated when they could reorder the words between them; one
    name is given as it is, for the caller to isolate or shorten.
    """
    return joined_claimants(claimant_names(incident, claim, short=short))


def claimant_names(incident: Incident, claim: CasualtyClaim, *, short: bool = False) -> list[str]:
    """Each claimant's name, as given (not isolated): ['Syrian government', 'Activists']."""
    name = short_name if short else Incident.actor_name
    return [name(incident, actor_id) for actor_id in claim.claimant]


def joined_claimants(names: Sequence[str]) -> str:
    """Claimants' names as one (claimant_name): a shortened name reads as the whole one."""
    if len(names) == 1:
        return names[0]
    return joined_names([in_line(n) for n in names])


def claim_label(incident: Incident, claim: CasualtyClaim) -> str:
    """How a claim is named where it is linked: 'Activists (unnamed): at least 80'."""
    return Wording.tr("{claimant}: {figure}").format(
        claimant=in_line(claimant_name(incident, claim)), figure=figure_words(claim)
    )


def with_firmness(name: str, firmness: str) -> str:
    """'Daesh (alleged)', 'Daesh (alleged, implied)': a name and how firmly it is blamed."""
    return Wording.tr("{name} ({firmness})", "an actor blamed, and how firmly").format(
        name=name, firmness=firmness
    )


def attributed(name: str, attribution: Attribution) -> str:
    """'Daesh (alleged)': an actor blamed, and how firmly; ``name`` as the caller shows it
    (isolated, or a link)."""
    return with_firmness(name, label(FIRMNESS, attribution.firmness))


def attribution_words(incident: Incident, claim: CasualtyClaim) -> str:
    """'Daesh (alleged); Pro-regime forces (implied)' or '' when the claim names nobody."""
    return joined_groups(
        [attributed(in_line(incident.actor_name(a.actor)), a) for a in claim.perpetrators]
    )


def attribution_cell(incident: Incident, claim: CasualtyClaim) -> str:
    """attribution_words, or NONE_NAMED: what a table cell shows."""
    return attribution_words(incident, claim) or absent(NONE_NAMED)


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


def presented_name(incident: Incident, actor_id: str, name: Callable[[str], str] = str) -> str:
    """The actor's name where the actor is presented rather than just named: in Arabic,
    'داعش (Daesh)' — the file's Arabic name first, its English one beside it; else the
    display name. Each name isolated and passed through ``name`` (its cut)."""
    actor = incident.actors_by_id.get(actor_id)
    shown = in_line(name(incident.actor_name(actor_id)))
    if actor is None or not actor.name_ar or shown == in_line(name(actor.name)):
        return shown
    return Wording.tr(
        "{name} ({english})", "an actor's Arabic name, its English name beside"
    ).format(name=shown, english=in_line(name(actor.name)))


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
    named = []
    for actor, words in shown:
        actor_name = presented_name(incident, actor, name)
        named.append(with_firmness(actor_name, join_list(words)) if words else actor_name)
    if len(blamed) > len(shown):
        more = Wording.tr(
            "{named}; and {count} more", "the reported perpetrators past a sheet's limit"
        )
        return more.format(
            named=joined_groups(named), count=format_number(len(blamed) - len(shown))
        )
    return joined_groups(named) or absent(NO_PERPETRATOR)


def victims_words(claim: CasualtyClaim) -> str:
    """'civilians — found shot, bodies dumped in a shaft'."""
    words = label(VICTIMS, claim.victims)
    if not claim.victim_detail:
        return words
    return Wording.tr("{victims} — {detail}", "who the victims were — the source's detail").format(
        victims=words, detail=in_line(claim.victim_detail)
    )


def date_words(date: UncertainDate | None, wording: str | None) -> str:
    """'23 October 2017', or the source's own wording when only that is known."""
    if date is not None:
        return date.words()
    return quoted(wording) if wording else ""


def claimed_on_words(claim: CasualtyClaim) -> str:
    """When the claim was made, in words; UNDATED when the file does not say."""
    return date_words(claim.claimed_on, claim.claimed_on_wording) or absent(UNDATED)


def claim_phrase(claim: CasualtyClaim) -> str:
    """'at least 80 civilians killed (bodies found)'; without a figure, 'an unquantified
    number of people missing (basis not stated)'."""
    if claim.victims == "unknown":
        victims = Wording.tr("people", "victims whose status the source does not state")
    else:
        victims = label(VICTIMS, claim.victims)
    if claim.count is None:
        template = Wording.tr("an unquantified number of {victims} {outcome} ({basis})")
    else:
        template = Wording.tr(
            "{figure} {victims} {outcome} ({basis})", "at least 80 civilians killed (bodies found)"
        )
    return template.format(
        figure=figure_words(claim),
        victims=victims,
        outcome=label(OUTCOMES, claim.outcome),
        basis=label(COUNTING_BASES, claim.basis),
    )


#: The counting basis after a figure: "67 named", "at least 128 documented".
_BASIS_AFTER_FIGURE = {
    "bodies-found": QT_TRANSLATE_NOOP("Wording", "{figure} bodies found"),
    "bodies-identified": QT_TRANSLATE_NOOP("Wording", "{figure} bodies identified"),
    "names-listed": QT_TRANSLATE_NOOP("Wording", "{figure} named"),
    "documented-deaths": QT_TRANSLATE_NOOP("Wording", "{figure} documented"),
    "hospital-records": QT_TRANSLATE_NOOP("Wording", "{figure} in hospital records"),
    "witness-accounts": QT_TRANSLATE_NOOP("Wording", "{figure} by witness accounts"),
    "estimate": QT_TRANSLATE_NOOP("Wording", "{figure} estimated"),
    "official-statement": QT_TRANSLATE_NOOP("Wording", "{figure} officially stated"),
}


def figure_with_basis(claim: CasualtyClaim) -> str:
    """'at least 128 documented', '67 named', 'at least 80 bodies found'; without a figure,
    'bodies found, unquantified' (or 'unquantified' when the basis is not stated)."""
    if claim.count is None:
        if claim.basis == "unspecified":
            return absent(UNQUANTIFIED)
        return Wording.tr("{basis}, unquantified").format(basis=label(COUNTING_BASES, claim.basis))
    template = _BASIS_AFTER_FIGURE.get(claim.basis)
    figure = figure_words(claim)
    return translate("Wording", template).format(figure=figure) if template else figure


def joined_names(names: Sequence[str]) -> str:
    """'Daesh', 'Daesh and Russia', 'Daesh, Russia and Iran'."""
    if len(names) == 1:
        return names[0]
    return Wording.tr("{names} and {last}", "the last two names of a list").format(
        names=join_list(names[:-1]), last=names[-1]
    )


def firmness_levels(claims: Sequence[CasualtyClaim]) -> list[str]:
    """How firmly ``claims`` blame whom they blame, in words, firmest first: ['alleged',
    'implied']; empty when they blame nobody."""
    found = {a.firmness for c in claims for a in c.perpetrators}
    return [label(FIRMNESS, level) for level in FIRMNESS if level in found]


def with_own_firmness(name: str, claim: CasualtyClaim, group: Sequence[CasualtyClaim]) -> str:
    """'PCC, implied' where ``group``'s heading names more than one firmness ("alleged,
    implied"), so that each figure says how firmly its own claim blames; ``name`` alone
    where the heading's one firmness is every claim's."""
    if len(firmness_levels(group)) < 2:
        return name
    own = firmness_levels([claim])
    if not own:
        return name
    return Wording.tr("{claimant}, {firmness}", "a claimant, and how firmly it blames").format(
        claimant=name, firmness=join_list(own)
    )


def group_heading(
    incident: Incident, outcome: str, blamed: tuple[str, ...], claims: Sequence[CasualtyClaim]
) -> str:
    """'Killed — attributed to Daesh (alleged, implied)', 'Killed — no perpetrator named'.

    How firmly is part of the heading, firmest first: an attribution the sources only
    imply must not read like one they state.
    """
    return _attribution(
        incident,
        label(OUTCOMES, outcome).capitalize(),
        blamed,
        claims,
        (
            Wording.tr("{outcome} — no perpetrator named"),
            Wording.tr("{outcome} — attributed to {actors}"),
            Wording.tr("{outcome} — attributed to {actors} ({firmness})"),
        ),
    )


def short_attribution(
    incident: Incident, outcome: str, blamed: tuple[str, ...], claims: Sequence[CasualtyClaim]
) -> str:
    """'killed, blamed on Daesh (alleged)', 'killed, no one blamed': group_heading's facts
    in fewer words, for a line that says its figures first (the Library's Figures column)."""
    return _attribution(
        incident,
        label(OUTCOMES, outcome),
        blamed,
        claims,
        (
            Wording.tr("{outcome}, no one blamed"),
            Wording.tr("{outcome}, blamed on {actors}"),
            Wording.tr("{outcome}, blamed on {actors} ({firmness})"),
        ),
    )


def _attribution(
    incident: Incident,
    what: str,
    blamed: tuple[str, ...],
    claims: Sequence[CasualtyClaim],
    templates: tuple[str, str, str],
) -> str:
    """The outcome and whom ``claims`` blame, how firmly, in one of three templates: no one
    blamed; blamed, firmness unstated; blamed, with how firmly."""
    nobody, blamed_on, blamed_firmly = templates
    if not blamed:
        return nobody.format(outcome=what)
    names = joined_names([in_line(incident.actor_name(a)) for a in blamed])
    firmness = firmness_levels(claims)
    if not firmness:
        return blamed_on.format(outcome=what, actors=names)
    return blamed_firmly.format(outcome=what, actors=names, firmness=join_list(firmness))
