"""The detail panes' text: one claim, event, actor or source in full, as escaped HTML."""

from collections.abc import Iterable, Sequence
from html import escape

from factsheet.loading import Problem
from factsheet.model.incident import Actor, CasualtyClaim, Source, TimelineEvent
from factsheet.model.vocabulary import (
    ACTOR_KINDS,
    COUNTING_BASES,
    OUTCOMES,
    RELATION_TYPES,
    RELIABILITY,
    ROLES,
    SOURCE_KINDS,
    definition,
    label,
)
from factsheet.model.wording import figure_words
from factsheet.views.bidi import isolate
from factsheet.views.claims import INDEPENDENCE_MEANS, claim_refs
from factsheet.views.independence import independence_words
from factsheet.views.links import LinkKind, item_link
from factsheet.views.names import Names, shortened, unknown_source_label
from factsheet.views.sources import Support
from factsheet.views.wording import (
    NONE_NAMED,
    UNDATED,
    attributed,
    claim_label,
    claimed_on_words,
    date_words,
    joined_names,
    victims_words,
)

# A left-to-right mark first: Qt takes a paragraph's direction from its first strong letter,
# and a list item that starts with an Arabic alias would otherwise flip to the right margin.
_LTR_MARK = "\u200e"
#: Characters of an event's text that name it in an actor's list of events.
ACTOR_EVENT_WORDS = 90


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label and (already escaped) value; empty values are left out."""
    body = "".join(
        f'<tr><td style="padding-right:12px"><b>{escape(name)}</b></td><td>{value}</td></tr>'
        for name, value in pairs
        if value
    )
    return f"<table>{body}</table>"


def _list(items: Sequence[str]) -> str:
    if not items:
        return ""
    return "<ul>" + "".join(f"<li>{_LTR_MARK}{item}</li>" for item in items) + "</ul>"


def _section(title: str, items: Sequence[str]) -> str:
    return f"<p><b>{escape(title)}</b></p>{_list(items)}" if items else ""


def _note(text: str | None) -> str:
    return f"<p><b>Note:</b> {escape(text)}</p>" if text else ""


#: How a recorder_note is labelled wherever the app shows it: it is never printed.
RECORDER_NOTE_LABEL = "For the recorder — not printed"


def recorder_note_html(text: str | None) -> str:
    """A recorder_note as a paragraph of its own, labelled as never printed."""
    return f"<p><b>{escape(RECORDER_NOTE_LABEL)}:</b> {escape(text)}</p>" if text else ""


def _recorder_aside(text: str | None) -> str:
    """A recorder_note of a line in a list (an alias, relation, attribution, other date)."""
    return f" — <i>{escape(RECORDER_NOTE_LABEL.lower())}:</i> {escape(text)}" if text else ""


def actor_link(names: Names, actor_id: str) -> str:
    """A link to an actor by its name (or its id when the file does not define it)."""
    return item_link("actor", actor_id, names.incident.actor_name(actor_id))


def source_link(names: Names, source_id: str) -> str:
    """'[4] Syrian Observatory for Human Rights', linked to the source."""
    if source_id not in names.incident.source_numbers:
        return escape(unknown_source_label(source_id))
    return item_link("source", source_id, names.source(source_id, "full"))


def source_links(names: Names, source_ids: Iterable[str]) -> str:
    """Links to sources in note-number order."""
    numbers = names.incident.source_numbers
    ordered = sorted(source_ids, key=lambda s: numbers.get(s, 10**9))
    return ", ".join(source_link(names, s) for s in ordered)


def claim_link(names: Names, claim_id: str) -> str:
    """A link to a claim by its label ('SOHR: at least 128')."""
    claim = names.incident.claims_by_id.get(claim_id)
    return item_link("claim", claim_id, claim_label(names.incident, claim) if claim else claim_id)


def event_link(names: Names, event_id: str) -> str:
    """A link to an event by its date and opening words."""
    event = names.event(event_id)
    text = f"{event.date.words()}: {shortened(event.text, 70)}" if event else event_id
    return item_link("event", event_id, text)


def _links(names: Names, kind: LinkKind, ids: Sequence[str]) -> str:
    """One link per item, named as a reader knows it (never the bare id)."""
    link = {
        "actor": actor_link,
        "source": source_link,
        "claim": claim_link,
        "event": event_link,
    }[kind]
    separator = "<br>" if kind in ("event", "claim") else ", "
    return separator.join(link(names, item_id) for item_id in ids)


def _date(date_text: str, wording: str | None) -> str:
    if wording and not date_text.startswith("“"):
        return f"{escape(date_text)} <i>(“{escape(wording)}”)</i>"
    return escape(date_text)


def claim_html(names: Names, claim: CasualtyClaim, problems: Sequence[Problem]) -> str:
    """A claim in full: figure, who says it, on what basis, quote, sources, links."""
    incident = names.incident
    perpetrators = [
        attributed(actor_link(names, a.actor), a)
        + (f" — {escape(a.note)}" if a.note else "")
        + _recorder_aside(a.recorder_note)
        for a in claim.perpetrators
    ]
    subsets = [claim_link(names, c.id) for c in incident.claims if c.part_of == claim.id]
    revisions = [claim_link(names, c.id) for c in incident.claims if c.revises == claim.id]
    number = claim_refs(incident).get(claim.id)
    heading = f"{number} · " if number is not None else ""
    heading += f"{figure_words(claim)} {label(OUTCOMES, claim.outcome)}"
    flags = "".join(f"<p>⚠ {escape(p.message)}</p>" for p in problems)
    claimed_on = claimed_on_words(claim)
    claimants = joined_names([actor_link(names, actor_id) for actor_id in claim.claimant])
    independence = (
        f"{escape(independence_words(incident, claim))}"
        f" <small><i>— {escape(INDEPENDENCE_MEANS)}</i></small>"
    )
    rows = _rows(
        [
            ("Claimant" if len(claim.claimant) == 1 else "Claimants", claimants),
            ("Figure", escape(figure_words(claim))),
            ("Victims", escape(victims_words(claim))),
            (
                "Counting basis",
                escape(label(COUNTING_BASES, claim.basis))
                + f" — <i>{escape(definition(COUNTING_BASES, claim.basis))}</i>",
            ),
            ("Claimed on", _date(claimed_on, claim.claimed_on_wording)),
            ("Period", _date(date_words(claim.period, claim.period_wording), claim.period_wording)),
            ("Location", escape(claim.location or "")),
            ("Published in", source_links(names, claim.sources)),
            ("Independence", independence),
            ("Part of", claim_link(names, claim.part_of) if claim.part_of else ""),
            ("Includes", ", ".join(subsets)),
            ("Revises", claim_link(names, claim.revises) if claim.revises else ""),
            ("Revised by", ", ".join(revisions)),
            ("Credibility", escape(str(claim.credibility)) if claim.credibility else ""),
        ]
    )
    quote = f"<blockquote>“{escape(claim.quote)}”</blockquote>" if claim.quote else ""
    attributed_to = (
        f"<p><b>Attributed to</b></p>{_list(perpetrators)}"
        if perpetrators
        else f"<p><b>Attributed to:</b> {NONE_NAMED}</p>"
    )
    notes = _note(claim.note) + recorder_note_html(claim.recorder_note)
    return f"<h3>{escape(heading)}</h3>{flags}{rows}{attributed_to}{quote}{notes}"


def event_html(names: Names, event: TimelineEvent) -> str:
    """An event in full: date and its alternatives, text, actors with roles, sources."""
    actors = [
        f"{actor_link(names, r.actor)} ({escape(label(ROLES, r.role))})" for r in event.actors
    ]
    alternatives = [
        _date(alt.date.words(), alt.wording)
        + (f" — {source_links(names, alt.sources)}" if alt.sources else "")
        + (f" — {escape(alt.note)}" if alt.note else "")
        + _recorder_aside(alt.recorder_note)
        for alt in event.alternative_dates
    ]
    rows = _rows(
        [
            ("Date", _date(event.date.words(), event.date_wording)),
            ("Other dates", "<br>".join(alternatives)),
            ("Location", escape(event.location or "")),
            ("Sources", source_links(names, event.sources)),
        ]
    )
    actor_part = f"<p><b>Actors</b></p>{_list(actors)}" if actors else ""
    notes = _note(event.note) + recorder_note_html(event.recorder_note)
    return f"<p>{escape(event.text)}</p>{rows}{actor_part}{notes}"


def relation_html(names: Names, relation_type: str, actor_id: str, date: str) -> str:
    """'backed by Russia (April 2016)' as HTML with the actor linked."""
    when = f" ({escape(date)})" if date else ""
    return f"{escape(label(RELATION_TYPES, relation_type))} {actor_link(names, actor_id)}{when}"


def _as_verb(relation_type: str) -> str:
    """'is backed by', but 'leads' and 'works for' as they are."""
    words = label(RELATION_TYPES, relation_type)
    return words if relation_type in ("leads", "works-for") else f"is {words}"


def actor_html(names: Names, actor: Actor) -> str:
    """An actor in full, with every event, claim and source it appears in."""
    incident = names.incident
    aliases = [
        f"{escape(isolate(a.name))} <i>({escape(a.lang)})</i>"
        + (f" — {escape(a.note)}" if a.note else "")
        + _recorder_aside(a.recorder_note)
        for a in actor.aliases
    ]
    relations = [
        relation_html(names, r.type, r.actor, r.date.words() if r.date else "")
        + (f" — {source_links(names, r.sources)}" if r.sources else "")
        + (f" — {escape(r.note)}" if r.note else "")
        + _recorder_aside(r.recorder_note)
        for r in actor.relations
    ]
    incoming = [
        f"{actor_link(names, other.id)} {escape(_as_verb(r.type))} "
        f"{escape(actor.name)}" + (f" ({escape(r.date.words())})" if r.date else "")
        for other in incident.actors
        for r in other.relations
        if r.actor == actor.id and other.id != actor.id
    ]
    events = [
        f"{escape(e.date.words())}: "
        f"{item_link('event', e.id, shortened(e.text, ACTOR_EVENT_WORDS))} "
        f"({escape(', '.join(label(ROLES, r.role) for r in e.actors if r.actor == actor.id))})"
        for e in sorted(incident.timeline, key=lambda e: e.date.sort_key())
        if any(r.actor == actor.id for r in e.actors)
    ]
    as_claimant = [claim_link(names, c.id) for c in incident.claims if actor.id in c.claimant]
    as_perpetrator = [
        attributed(claim_link(names, c.id), a)
        for c in incident.claims
        for a in c.perpetrators
        if a.actor == actor.id
    ]
    published = [
        source_link(names, s.id) + (" (author)" if s.author == actor.id else "")
        for s in incident.sources
        if actor.id in (s.publisher, s.author)
    ]
    own_sources = {s.id for s in incident.sources if s.publisher == actor.id}
    carried = [
        claim_link(names, c.id)
        for c in incident.claims
        if own_sources.intersection(c.sources) and actor.id not in c.claimant
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
        _note(actor.note),
        recorder_note_html(actor.recorder_note),
    ]
    return "".join(parts)


def _web_link(url: str) -> str:
    safe = escape(url, quote=True)
    return f'<a href="{safe}">{safe}</a>'


def source_html(names: Names, source: Source, support: Support) -> str:
    """Everything about one source, with links to what it supports and its addresses."""
    number = names.incident.source_numbers[source.id]
    rows: list[tuple[str, str]] = [("Publisher", actor_link(names, source.publisher))]
    if source.author:
        rows.append(("Author", actor_link(names, source.author)))
    rows.append(("Published", escape(source.published.words()) if source.published else UNDATED))
    if source.title_ar:
        rows.append(("Arabic title", f'<span dir="rtl" lang="ar">{escape(source.title_ar)}</span>'))
    rows.append(
        (
            "Kind",
            (
                f"{escape(label(SOURCE_KINDS, source.kind))} "
                f"<small>— {escape(definition(SOURCE_KINDS, source.kind))}</small>"
            ),
        )
    )
    if source.reliability:
        rows.append(
            (
                "Grade",
                (
                    f"{escape(source.reliability)} — "
                    f"{escape(definition(RELIABILITY, source.reliability))}"
                ),
            )
        )
    if source.language:
        rows.append(("Language", escape(source.language)))
    rows.append(
        ("Consulted", "yes" if source.consulted else "no — known only through another source")
    )
    if source.url:
        rows.append(("Address", _web_link(source.url)))
    if source.archived_url:
        rows.append(("Archived copy", _web_link(source.archived_url)))
    if source.accessed:
        rows.append(("Accessed", escape(source.accessed.words())))
    if source.relays:
        rows.append(("Relays", _links(names, "source", source.relays)))
    if support.relayed_by:
        rows.append(("Relayed by", _links(names, "source", support.relayed_by)))
    rows.append(("Events citing it", _links(names, "event", support.events) or "none"))
    rows.append(("Claims citing it", _links(names, "claim", support.claims) or "none"))
    if support.actors:
        rows.append(("Actor relations", _links(names, "actor", support.actors)))
    if source.note:
        rows.append(("Note", escape(source.note)))
    if source.recorder_note:
        rows.append((escape(RECORDER_NOTE_LABEL), escape(source.recorder_note)))
    title = escape(source.title) if source.title else f"<i>untitled</i> ({escape(source.id)})"
    table = "".join(f'<tr><th align="left" valign="top">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return f"<h3>[{number}] {title}</h3><table cellpadding='2'>{table}</table>"
