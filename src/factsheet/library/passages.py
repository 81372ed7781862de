"""The texts of an incident that the library's full-text search looks in, each with where it is."""

from collections.abc import Iterator

from factsheet.model.dates import UncertainDate
from factsheet.model.incident import CasualtyClaim, Incident, TimelineEvent
from factsheet.model.wording import figure_words
from factsheet.search_text import indexed_form
from factsheet.views.names import shortened
from factsheet.views.wording import claim_phrase, claimant_name, short_name

#: (where, text, indexed form): 'claim by SOHR “at least 128 killed” (quote)', "The
#: Observatory said…", its folding. Where is said in the reader's words, never a YAML id.
Passage = tuple[str, str, str]
#: Characters of an event's text that name it in a place ("timeline, …, “Russia accuses…”").
EVENT_WORDS = 40


def passages(incident: Incident) -> list[Passage]:
    """Titles, summary, key points, notes, places, actors and aliases, sources and
    publishers, timeline texts, claim quotes, notes and figures — the recorder's notes too,
    which stay off paper but are the recorder's own to search — with the dates as written
    and in words, so that "2017-10-21" and "October 2017" both find the incident.

    Folded here, where the file is read (in a helper process when there are many), so the
    process that writes the index only writes."""
    return [
        (where, text, indexed_form(text))
        for where, text in _walk(incident)
        if text and text.strip()
    ]


def _walk(incident: Incident) -> Iterator[tuple[str, str | None]]:
    info = incident.incident
    yield "title", info.title
    yield "title (Arabic)", info.title_ar
    yield "summary", info.summary
    for number, point in enumerate(info.key_points, start=1):
        yield f"key point {number}", point
    yield "date", _date(info.date)
    yield "date wording", info.date_wording
    yield "recorded by", info.recorded_by
    yield "note", info.note
    yield "recorder's note", info.recorder_note
    for location in info.locations:
        yield "place", location.name
        yield "place (Arabic)", location.name_ar
        for other in location.other_names:
            yield "place (other name)", other
        for area in location.within:
            yield "place (within)", area
    for actor in incident.actors:
        where = f"actor {actor.name}"
        yield where, actor.name
        yield f"{where} (Arabic)", actor.name_ar
        for alias in actor.aliases:
            yield f"{where} (alias)", alias.name
        yield f"{where} (description)", actor.description
        yield f"{where} (note)", actor.note
        yield f"{where} (recorder's note)", actor.recorder_note
    for number, source in enumerate(incident.sources, start=1):
        where = f"source [{number}]"
        yield f"{where} title", source.title
        yield f"{where} title (Arabic)", source.title_ar
        yield f"{where} publisher", incident.actor_name(source.publisher)
        if source.author:
            yield f"{where} author", incident.actor_name(source.author)
        yield f"{where} note", source.note
        yield f"{where} recorder's note", source.recorder_note
    for event in incident.timeline:
        # The places are named in English, as the command line that prints them speaks.
        when = f"timeline, {event.date.words('en')}"
        yield when, event.text  # the excerpt shows the text
        where = _event_name(event)
        yield f"{where} (date)", _date(event.date)
        yield f"{where} (date wording)", event.date_wording
        yield f"{where} (place)", event.location
        yield f"{where} (note)", event.note
        yield f"{where} (recorder's note)", event.recorder_note
    for claim in incident.claims:
        where = _claim_name(incident, claim)
        yield f"{where} (figure)", f"{claimant_name(incident, claim)}: {claim_phrase(claim)}"
        yield f"{where} (quote)", claim.quote
        yield f"{where} (note)", claim.note
        yield f"{where} (recorder's note)", claim.recorder_note
        yield f"{where} (victims)", claim.victim_detail
        yield f"{where} (place)", claim.location
        yield f"{where} (date wording)", claim.claimed_on_wording


def _date(date: UncertainDate) -> str:
    """'October 2017 (2017-10)': as the user reads it, then as written (both are searched)."""
    words = date.words()
    return date.text if words == date.text else f"{words} ({date.text})"


def _event_name(event: TimelineEvent) -> str:
    """'timeline, 21 October 2017, “Russia accuses the US…”': its date and first words."""
    text = " ".join(event.text.split())
    return f"timeline, {event.date.words('en')}, “{shortened(text, EVENT_WORDS)}”"


def _claim_name(incident: Incident, claim: CasualtyClaim) -> str:
    """'claim by SOHR “at least 128 killed”': who and what, as the claims table says it."""
    # Short names joined plainly: the command line shows no bidi isolates.
    who = " and ".join(short_name(incident, actor) for actor in claim.claimant)
    figure = figure_words(claim)
    said = f"{claim.outcome}, {figure}" if claim.count is None else f"{figure} {claim.outcome}"
    return f"claim by {who} “{said}”"
