"""The detail panes' text: one claim, event, actor or source in full, as escaped HTML.

Each pane is laid out in the current language's direction (views.bidi.directed): labels at
the start of the line, data isolated inside our sentences, and a paragraph that is all data
(an event's text, a note) running its own way.
"""

from collections.abc import Iterable, Sequence
from html import escape

from factsheet.i18n import Context, join_list
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
from factsheet.views.actors import relation_words
from factsheet.views.bidi import (
    data_paragraph,
    directed,
    direction_mark,
    end_side,
    in_line,
    isolate,
    label_row,
    start_side,
)
from factsheet.views.claims import claim_refs, independence_means
from factsheet.views.independence import independence_words
from factsheet.views.links import LinkKind, item_link
from factsheet.views.names import Names, shortened, unknown_source_label
from factsheet.views.sources import Support
from factsheet.views.wording import (
    NONE_NAMED,
    UNDATED,
    absent,
    attributed,
    claim_phrase,
    claimant_name,
    claimed_on_words,
    date_words,
    figure_words,
    joined_names,
    quoted,
    victims_words,
)

Details = Context("Details")

# Characters of an event's text that name it in an actor's list of events.
ACTOR_EVENT_WORDS = 90


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label and (already escaped) value; empty values are left out."""
    body = "".join(
        label_row(
            f'<td style="padding-{end_side()}:12px"><b>{escape(name)}</b></td>', f"<td>{value}</td>"
        )
        for name, value in pairs
        if value
    )
    return f'<table align="{start_side()}">{body}</table>'


def _list(items: Sequence[str]) -> str:
    if not items:
        return ""
    # A direction mark first: an item that starts with a name in the other script would
    # otherwise take that script's direction and flip to the other margin.
    mark = direction_mark()
    return "<ul>" + "".join(f"<li>{mark}{item}</li>" for item in items) + "</ul>"


def _section(title: str, items: Sequence[str]) -> str:
    return f"<p><b>{escape(title)}</b></p>{_list(items)}" if items else ""


def _note(text: str | None) -> str:
    if not text:
        return ""
    label = Details.tr("Note:")
    return f"<p><b>{escape(label)}</b> {escape(in_line(text))}</p>"


def _dashed(html: str, more: str) -> str:
    """'html — more': a value followed by what qualifies it (its sources, a note)."""
    return Details.tr("{value} — {more}", "a value, then what qualifies it").format(
        value=html, more=more
    )


def recorder_note_label() -> str:
    """How a recorder_note is labelled wherever the app shows it: it is never printed."""
    return Details.tr("For the recorder — not printed")


def recorder_note_html(text: str | None) -> str:
    """A recorder_note as a paragraph of its own, labelled as never printed."""
    if not text:
        return ""
    return f"<p><b>{escape(recorder_note_label())}:</b> {escape(in_line(text))}</p>"


def _recorder_aside(html: str, text: str | None) -> str:
    """A line in a list (an alias, relation, attribution, other date) and its recorder_note."""
    if not text:
        return html
    label = Details.tr("for the recorder — not printed", "inside a line, after a dash")
    return _dashed(html, f"<i>{escape(label)}:</i> {escape(in_line(text))}")


def actor_link(names: Names, actor_id: str) -> str:
    """A link to an actor by its name (or its id when the file does not define it)."""
    return item_link("actor", actor_id, in_line(names.incident.actor_name(actor_id)))


def source_link(names: Names, source_id: str) -> str:
    """'[4] Syrian Observatory for Human Rights', linked to the source."""
    if source_id not in names.incident.source_numbers:
        return escape(in_line(unknown_source_label(source_id)))
    return item_link("source", source_id, names.source(source_id, "full"))


def source_links(names: Names, source_ids: Iterable[str]) -> str:
    """Links to sources in note-number order."""
    numbers = names.incident.source_numbers
    ordered = sorted(source_ids, key=lambda s: numbers.get(s, 10**9))
    return join_list(source_link(names, s) for s in ordered)


def claim_link(names: Names, claim_id: str) -> str:
    """A link to a claim by its number and what it says ('C5 · Syrian Observatory for Human
    Rights: at least 128 people killed (documented deaths)'): never a bare figure."""
    incident = names.incident
    claim = incident.claims_by_id.get(claim_id)
    if claim is None:
        return item_link("claim", claim_id, in_line(claim_id))
    text = Details.tr("{claimant}: {claim}", "a linked claim: who says it, what it says").format(
        claimant=in_line(claimant_name(incident, claim)), claim=claim_phrase(claim)
    )
    number = claim_refs(incident).get(claim.id)
    return item_link("claim", claim_id, f"{number} · {text}" if number else text)


def event_link(names: Names, event_id: str) -> str:
    """A link to an event by its date and opening words."""
    event = names.event(event_id)
    if event is None:
        return item_link("event", event_id, in_line(event_id))
    text = Details.tr("{date}: {text}", "an event named by its date and opening words").format(
        date=event.date.words(), text=in_line(shortened(event.text, 70))
    )
    return item_link("event", event_id, text)


def _links(names: Names, kind: LinkKind, ids: Sequence[str]) -> str:
    """One link per item, named as a reader knows it (never the bare id)."""
    link = {
        "actor": actor_link,
        "source": source_link,
        "claim": claim_link,
        "event": event_link,
    }[kind]
    items = [link(names, item_id) for item_id in ids]
    return "<br>".join(items) if kind in ("event", "claim") else join_list(items)


def _date(date_text: str, wording: str | None) -> str:
    """A date in words and, in italics, the source's own words for it."""
    if wording and date_text != quoted(wording):
        return f"{escape(date_text)} <i>({escape(quoted(wording))})</i>"
    return escape(date_text)


def _none() -> str:
    return escape(Details.tr("none", "nothing cites the source"))


def claim_html(names: Names, claim: CasualtyClaim, problems: Sequence[Problem]) -> str:
    """A claim in full: figure, who says it, on what basis, quote, sources, links."""
    incident = names.incident
    perpetrators = []
    for a in claim.perpetrators:
        text = attributed(actor_link(names, a.actor), a)
        if a.note:
            text = _dashed(text, escape(in_line(a.note)))
        perpetrators.append(_recorder_aside(text, a.recorder_note))
    subsets = [claim_link(names, c.id) for c in incident.claims if c.part_of == claim.id]
    revisions = [claim_link(names, c.id) for c in incident.claims if c.revises == claim.id]
    number = claim_refs(incident).get(claim.id)
    if claim.count is None:
        heading = Details.tr("{outcome}, unquantified", "a claim's heading: missing, unquantified")
    else:
        heading = Details.tr("{figure} {outcome}", "a claim's heading: at least 128 killed")
    heading = heading.format(figure=figure_words(claim), outcome=label(OUTCOMES, claim.outcome))
    if number is not None:
        heading = f"{number} · {heading}"
    flags = "".join(f"<p>⚠ {escape(in_line(p.message))}</p>" for p in problems)
    claimed_on = claimed_on_words(claim)
    claimants = joined_names([actor_link(names, actor_id) for actor_id in claim.claimant])
    independence = (
        f"{escape(independence_words(incident, claim))}"
        f" <small><i>— {escape(independence_means())}</i></small>"
    )
    rows = _rows(
        [
            (
                Details.tr("Claimant") if len(claim.claimant) == 1 else Details.tr("Claimants"),
                claimants,
            ),
            (Details.tr("Figure"), escape(figure_words(claim))),
            (Details.tr("Victims"), escape(victims_words(claim))),
            (
                Details.tr("Counting basis"),
                _dashed(
                    escape(label(COUNTING_BASES, claim.basis)),
                    f"<i>{escape(definition(COUNTING_BASES, claim.basis))}</i>",
                ),
            ),
            (Details.tr("Claimed on"), _date(claimed_on, claim.claimed_on_wording)),
            (
                Details.tr("Period"),
                _date(date_words(claim.period, claim.period_wording), claim.period_wording),
            ),
            (Details.tr("Location"), escape(in_line(claim.location or ""))),
            (Details.tr("Published in"), source_links(names, claim.sources)),
            (Details.tr("Independence"), independence),
            (Details.tr("Part of"), claim_link(names, claim.part_of) if claim.part_of else ""),
            (Details.tr("Includes"), join_list(subsets)),
            (Details.tr("Revises"), claim_link(names, claim.revises) if claim.revises else ""),
            (Details.tr("Revised by"), join_list(revisions)),
            (
                Details.tr("Credibility"),
                escape(in_line(str(claim.credibility))) if claim.credibility else "",
            ),
        ]
    )
    quote = (
        data_paragraph(escape(quoted(claim.quote)), claim.quote, "blockquote")
        if claim.quote
        else ""
    )
    if perpetrators:
        attributed_to = _section(Details.tr("Attributed to"), perpetrators)
    else:
        attributed_to = "<p><b>{label}</b> {nobody}</p>".format(
            label=escape(Details.tr("Attributed to:")), nobody=escape(absent(NONE_NAMED))
        )
    notes = _note(claim.note) + recorder_note_html(claim.recorder_note)
    return directed(f"<h3>{escape(heading)}</h3>{flags}{rows}{attributed_to}{quote}{notes}")


def event_html(names: Names, event: TimelineEvent) -> str:
    """An event in full: date and its alternatives, text, actors with roles, sources."""
    actors = [
        f"{actor_link(names, r.actor)} ({escape(label(ROLES, r.role))})" for r in event.actors
    ]
    alternatives = []
    for alt in event.alternative_dates:
        text = _date(alt.date.words(), alt.wording)
        if alt.sources:
            text = _dashed(text, source_links(names, alt.sources))
        if alt.note:
            text = _dashed(text, escape(in_line(alt.note)))
        alternatives.append(_recorder_aside(text, alt.recorder_note))
    rows = _rows(
        [
            (Details.tr("Date"), _date(event.date.words(), event.date_wording)),
            (Details.tr("Other dates"), "<br>".join(alternatives)),
            (Details.tr("Location"), escape(in_line(event.location or ""))),
            (Details.tr("Sources"), source_links(names, event.sources)),
        ]
    )
    actor_part = _section(Details.tr("Actors"), actors)
    text = data_paragraph(escape(event.text), event.text)
    notes = _note(event.note) + recorder_note_html(event.recorder_note)
    return directed(f"{text}{rows}{actor_part}{notes}")


def relation_html(names: Names, relation_type: str, actor_id: str, date: str) -> str:
    """'backed by Russia (April 2016)' as HTML with the actor linked."""
    return relation_words(
        escape(label(RELATION_TYPES, relation_type)),
        actor_link(names, actor_id),
        escape(date) if date else None,
    )


def _incoming(names: Names, other: str, relation_type: str, actor: Actor, date: str) -> str:
    """'Russia backs Syrian government (April 2016)': a relation another actor has to this
    one, said from this one's side."""
    words = label(RELATION_TYPES, relation_type)
    if relation_type in ("leads", "works-for"):
        template = Details.tr("{other} {relation} {actor}", "Hezbollah leads Local militia")
    else:
        template = Details.tr("{other} is {relation} {actor}", "X is backed by Russia")
    text = template.format(
        other=actor_link(names, other), relation=escape(words), actor=escape(in_line(actor.name))
    )
    return f"{text} ({escape(date)})" if date else text


def actor_html(names: Names, actor: Actor) -> str:
    """An actor in full, with every event, claim and source it appears in."""
    incident = names.incident
    aliases = []
    for a in actor.aliases:
        text = f"{escape(isolate(a.name))} <i>({escape(a.lang)})</i>"
        if a.note:
            text = _dashed(text, escape(in_line(a.note)))
        aliases.append(_recorder_aside(text, a.recorder_note))
    relations = []
    for r in actor.relations:
        text = relation_html(names, r.type, r.actor, r.date.words() if r.date else "")
        if r.sources:
            text = _dashed(text, source_links(names, r.sources))
        if r.note:
            text = _dashed(text, escape(in_line(r.note)))
        relations.append(_recorder_aside(text, r.recorder_note))
    incoming = [
        _incoming(names, other.id, r.type, actor, r.date.words() if r.date else "")
        for other in incident.actors
        for r in other.relations
        if r.actor == actor.id and other.id != actor.id
    ]
    events = [
        Details.tr("{date}: {event} ({roles})", "an actor's event: date, text, its roles").format(
            date=escape(e.date.words()),
            event=item_link("event", e.id, in_line(shortened(e.text, ACTOR_EVENT_WORDS))),
            roles=escape(join_list(label(ROLES, r.role) for r in e.actors if r.actor == actor.id)),
        )
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
        Details.tr("{source} (author)").format(source=source_link(names, s.id))
        if s.author == actor.id
        else source_link(names, s.id)
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
    kind = Details.tr("{kind} — {definition}", "an actor's kind and what it means").format(
        kind=label(ACTOR_KINDS, actor.kind), definition=definition(ACTOR_KINDS, actor.kind)
    )
    parts = [
        f"<h3>{escape(in_line(actor.name))}{arabic}</h3>",
        f"<p><i>{escape(kind)}</i></p>",
        data_paragraph(escape(actor.description), actor.description) if actor.description else "",
        _section(Details.tr("Also called"), aliases),
        _section(Details.tr("Relations"), relations),
        _section(Details.tr("Related by others"), incoming),
        _section(Details.tr("Events"), events),
        _section(Details.tr("Claims made"), as_claimant),
        _section(Details.tr("Claims attributing casualties to it"), as_perpetrator),
        _section(Details.tr("Sources published or written"), published),
        _section(Details.tr("Others' claims in sources it published"), carried),
        _note(actor.note),
        recorder_note_html(actor.recorder_note),
    ]
    return directed("".join(parts))


def _web_link(url: str) -> str:
    safe = escape(url, quote=True)
    # An address reads left to right whatever the page's direction.
    return f'<a href="{safe}">{escape(in_line(url), quote=True)}</a>'


def source_html(names: Names, source: Source, support: Support) -> str:
    """Everything about one source, with links to what it supports and its addresses."""
    number = names.incident.source_numbers[source.id]
    rows: list[tuple[str, str]] = [(Details.tr("Publisher"), actor_link(names, source.publisher))]
    if source.author:
        rows.append((Details.tr("Author"), actor_link(names, source.author)))
    published = source.published.words() if source.published else absent(UNDATED)
    rows.append((Details.tr("Published"), escape(published)))
    if source.title_ar:
        rows.append(
            (
                Details.tr("Arabic title"),
                f'<span dir="rtl" lang="ar">{escape(isolate(source.title_ar))}</span>',
            )
        )
    rows.append(
        (
            Details.tr("Kind"),
            _dashed(
                escape(label(SOURCE_KINDS, source.kind)),
                f"<small>{escape(definition(SOURCE_KINDS, source.kind))}</small>",
            ),
        )
    )
    if source.reliability:
        rows.append(
            (
                Details.tr("Grade"),
                _dashed(
                    escape(source.reliability), escape(definition(RELIABILITY, source.reliability))
                ),
            )
        )
    if source.language:
        rows.append((Details.tr("Language"), escape(in_line(source.language))))
    rows.append(
        (
            Details.tr("Consulted"),
            escape(
                Details.tr("yes", "consulted")
                if source.consulted
                else Details.tr("no — known only through another source")
            ),
        )
    )
    if source.url:
        rows.append((Details.tr("Address"), _web_link(source.url)))
    if source.archived_url:
        rows.append((Details.tr("Archived copy"), _web_link(source.archived_url)))
    if source.accessed:
        rows.append((Details.tr("Accessed"), escape(source.accessed.words())))
    if source.relays:
        rows.append((Details.tr("Relays"), _links(names, "source", source.relays)))
    if support.relayed_by:
        rows.append((Details.tr("Relayed by"), _links(names, "source", support.relayed_by)))
    rows.append((Details.tr("Events citing it"), _links(names, "event", support.events) or _none()))
    rows.append((Details.tr("Claims citing it"), _links(names, "claim", support.claims) or _none()))
    if support.actors:
        rows.append((Details.tr("Actor relations"), _links(names, "actor", support.actors)))
    if source.note:
        rows.append((Details.tr("Note"), escape(in_line(source.note))))
    if source.recorder_note:
        rows.append((recorder_note_label(), escape(in_line(source.recorder_note))))
    if source.title:
        title = escape(in_line(source.title))
    else:
        title = Details.tr("{untitled} ({id})", "a source without a title, and its id").format(
            untitled="<i>{}</i>".format(escape(Details.tr("untitled"))),
            id=escape(in_line(source.id)),
        )
    side = start_side()
    table = "".join(
        label_row(f'<th align="{side}" valign="top">{escape(k)}</th>', f"<td>{v}</td>")
        for k, v in rows
    )
    return directed(
        f"<h3>[{number}] {title}</h3><table cellpadding='2' align='{side}'>{table}</table>"
    )
