"""The full text of a claim, an event or an actor for the detail panes, as escaped HTML."""

from collections.abc import Iterable, Sequence
from html import escape

from factsheet.loading.problems import Problem
from factsheet.model.bidi import isolate
from factsheet.model.incident import Actor, CasualtyClaim, Incident, TimelineEvent
from factsheet.model.vocabulary import (
    ACTOR_KINDS,
    COUNTING_BASES,
    FIRMNESS,
    OUTCOMES,
    RELATION_TYPES,
    ROLES,
    definition,
    label,
)
from factsheet.model.wording import figure_words
from factsheet.ui.claim_table_model import claim_label, date_words, victims_words
from factsheet.ui.detail_pane import item_link


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label and (already escaped) value; empty values are left out."""
    body = "".join(
        f'<tr><td style="padding-right:12px"><b>{escape(name)}</b></td><td>{value}</td></tr>'
        for name, value in pairs
        if value
    )
    return f"<table>{body}</table>"


# A left-to-right mark first: Qt takes a paragraph's direction from its first strong letter,
# and a list item that starts with an Arabic alias would otherwise flip to the right margin.
_LTR_MARK = "\u200e"


def _list(items: Sequence[str]) -> str:
    if not items:
        return ""
    return "<ul>" + "".join(f"<li>{_LTR_MARK}{item}</li>" for item in items) + "</ul>"


def actor_link(incident: Incident, actor_id: str) -> str:
    """A link to an actor by its name (or its id when the file does not define it)."""
    return item_link("actor", actor_id, incident.actor_name(actor_id))


def source_link(incident: Incident, source_id: str) -> str:
    """'[4] Syrian Observatory for Human Rights', linked to the source."""
    source = incident.sources_by_id.get(source_id)
    if source is None:
        return escape(f"[?] {source_id}")
    number = incident.source_numbers[source_id]
    return item_link("source", source_id, f"[{number}] {incident.actor_name(source.publisher)}")


def _sources(incident: Incident, source_ids: Sequence[str]) -> str:
    numbers = incident.source_numbers
    ordered = sorted(source_ids, key=lambda s: numbers.get(s, 10**9))
    return ", ".join(source_link(incident, s) for s in ordered)


def _date(date_text: str, wording: str | None) -> str:
    if wording and not date_text.startswith("“"):
        return f"{escape(date_text)} <i>(“{escape(wording)}”)</i>"
    return escape(date_text)


def _claim_ref(incident: Incident, claim_id: str) -> str:
    claim = incident.claims_by_id.get(claim_id)
    text = claim_label(incident, claim) if claim else claim_id
    return item_link("claim", claim_id, text)


def claim_html(incident: Incident, claim: CasualtyClaim, problems: Sequence[Problem]) -> str:
    """A claim in full: figure, who says it, on what basis, quote, sources, links."""
    perpetrators = [
        f"{actor_link(incident, a.actor)} ({escape(label(FIRMNESS, a.firmness))})"
        + (f" — {escape(a.note)}" if a.note else "")
        for a in claim.perpetrators
    ]
    subsets = [_claim_ref(incident, c.id) for c in incident.claims if c.part_of == claim.id]
    revisions = [_claim_ref(incident, c.id) for c in incident.claims if c.revises == claim.id]
    heading = f"{figure_words(claim)} {label(OUTCOMES, claim.outcome)}"
    flags = "".join(f"<p>⚠ {escape(p.message)}</p>" for p in problems)
    rows = _rows(
        [
            ("Claimant", actor_link(incident, claim.claimant)),
            ("Figure", escape(figure_words(claim))),
            ("Victims", escape(victims_words(claim))),
            (
                "Counting basis",
                escape(label(COUNTING_BASES, claim.basis))
                + f" — <i>{escape(definition(COUNTING_BASES, claim.basis))}</i>",
            ),
            (
                "Claimed on",
                _date(
                    date_words(claim.claimed_on, claim.claimed_on_wording), claim.claimed_on_wording
                ),
            ),
            ("Period", _date(date_words(claim.period, claim.period_wording), claim.period_wording)),
            ("Location", escape(claim.location or "")),
            ("Published in", _sources(incident, claim.sources)),
            ("Part of", _claim_ref(incident, claim.part_of) if claim.part_of else ""),
            ("Includes", ", ".join(subsets)),
            ("Revises", _claim_ref(incident, claim.revises) if claim.revises else ""),
            ("Revised by", ", ".join(revisions)),
            ("Credibility", escape(str(claim.credibility)) if claim.credibility else ""),
        ]
    )
    quote = f"<blockquote>“{escape(claim.quote)}”</blockquote>" if claim.quote else ""
    note = f"<p><b>Note:</b> {escape(claim.note)}</p>" if claim.note else ""
    attributed = (
        f"<p><b>Attributed to</b></p>{_list(perpetrators)}"
        if perpetrators
        else "<p><b>Attributed to:</b> nobody named</p>"
    )
    return f"<h3>{escape(heading)}</h3>{flags}{rows}{attributed}{quote}{note}"


def event_html(incident: Incident, event: TimelineEvent) -> str:
    """An event in full: date and its alternatives, text, actors with roles, sources."""
    actors = [
        f"{actor_link(incident, r.actor)} ({escape(label(ROLES, r.role))})" for r in event.actors
    ]
    alternatives = [
        _date(alt.date.words(), alt.wording)
        + (f" — {_sources(incident, alt.sources)}" if alt.sources else "")
        + (f" — {escape(alt.note)}" if alt.note else "")
        for alt in event.alternative_dates
    ]
    rows = _rows(
        [
            ("Date", _date(event.date.words(), event.date_wording)),
            ("Other dates", "<br>".join(alternatives)),
            ("Location", escape(event.location or "")),
            ("Sources", _sources(incident, event.sources)),
        ]
    )
    note = f"<p><b>Note:</b> {escape(event.note)}</p>" if event.note else ""
    actor_part = f"<p><b>Actors</b></p>{_list(actors)}" if actors else ""
    return f"<p>{escape(event.text)}</p>{rows}{actor_part}{note}"


def relation_words(incident: Incident, relation_type: str, actor_id: str, date: str) -> str:
    """'backed by Russia (April 2016)' as HTML with the actor linked."""
    when = f" ({escape(date)})" if date else ""
    return f"{escape(label(RELATION_TYPES, relation_type))} {actor_link(incident, actor_id)}{when}"


def actor_html(incident: Incident, actor: Actor) -> str:
    """An actor in full, with every event, claim and source it appears in."""
    aliases = [
        f"{escape(isolate(a.name))} <i>({escape(a.lang)})</i>"
        + (f" — {escape(a.note)}" if a.note else "")
        for a in actor.aliases
    ]
    relations = [
        relation_words(incident, r.type, r.actor, r.date.words() if r.date else "")
        + (f" — {_sources(incident, r.sources)}" if r.sources else "")
        + (f" — {escape(r.note)}" if r.note else "")
        for r in actor.relations
    ]
    incoming = [
        f"{actor_link(incident, other.id)} {escape(_as_verb(r.type))} "
        f"{escape(actor.name)}" + (f" ({escape(r.date.words())})" if r.date else "")
        for other in incident.actors
        for r in other.relations
        if r.actor == actor.id and other.id != actor.id
    ]
    events = [
        f"{escape(e.date.words())}: {item_link('event', e.id, _shorten(e.text))} "
        f"({escape(', '.join(label(ROLES, r.role) for r in e.actors if r.actor == actor.id))})"
        for e in sorted(incident.timeline, key=lambda e: e.date.sort_key())
        if any(r.actor == actor.id for r in e.actors)
    ]
    as_claimant = [_claim_ref(incident, c.id) for c in incident.claims if c.claimant == actor.id]
    as_perpetrator = [
        f"{_claim_ref(incident, c.id)} ({escape(label(FIRMNESS, a.firmness))})"
        for c in incident.claims
        for a in c.perpetrators
        if a.actor == actor.id
    ]
    published = [
        source_link(incident, s.id) + (" (author)" if s.author == actor.id else "")
        for s in incident.sources
        if actor.id in (s.publisher, s.author)
    ]
    own_sources = {s.id for s in incident.sources if s.publisher == actor.id}
    carried = [
        _claim_ref(incident, c.id)
        for c in incident.claims
        if own_sources.intersection(c.sources) and c.claimant != actor.id
    ]
    arabic = f' <span dir="rtl">{escape(isolate(actor.name_ar))}</span>' if actor.name_ar else ""
    kind = f"{label(ACTOR_KINDS, actor.kind)} — {definition(ACTOR_KINDS, actor.kind)}"
    parts = [
        f"<h3>{escape(actor.name)}{arabic}</h3>",
        f"<p><i>{escape(kind)}</i></p>",
        f"<p>{escape(actor.description)}</p>" if actor.description else "",
        _section("Also called", aliases),
        _section("Relations", relations),
        _section("Related by others", incoming),
        _section("Events", events),
        _section("Claims made", as_claimant),
        _section("Claims attributing casualties to it", as_perpetrator),
        _section("Sources published or written", published),
        _section("Others' claims in sources it published", carried),
        f"<p><b>Note:</b> {escape(actor.note)}</p>" if actor.note else "",
    ]
    return "".join(parts)


def _as_verb(relation_type: str) -> str:
    """'is backed by', but 'leads' and 'works for' as they are."""
    words = label(RELATION_TYPES, relation_type)
    return words if relation_type in ("leads", "works-for") else f"is {words}"


def _section(title: str, items: Sequence[str]) -> str:
    return f"<p><b>{escape(title)}</b></p>{_list(items)}" if items else ""


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
