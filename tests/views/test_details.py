"""The detail panes' HTML: every item in full, its links, and file text always escaped."""

import pytest

from factsheet.loading import LoadedIncident
from factsheet.views import IncidentViews
from factsheet.views.details import (
    actor_html,
    claim_html,
    event_html,
    source_html,
    source_link,
    source_links,
)
from factsheet.views.names import Names

MARKUP_ESCAPED = "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=&#x27;x.png&#x27;&gt;"


@pytest.fixture
def names(sample_loaded: LoadedIncident) -> Names:
    return Names(sample_loaded.incident)


def test_a_claim_in_full(names: Names, warned_loaded: LoadedIncident) -> None:
    claim = names.incident.claims_by_id["trt-35-in-shaft"]
    html = claim_html(names, claim, warned_loaded.warnings)
    assert html.startswith("<h3>C3 · at least 35 killed</h3><p>⚠ claim &#x27;trt-35-in-shaft&#x27;")
    assert 'href="claim:activists-80-bodies"' in html  # part of
    assert "<b>Attributed to:</b> none named" in html
    assert (
        '<td style="padding-right:12px"><b>Independence</b></td><td>via [1], published by the '
        "claimant — no independent "
        "source <small><i>— A source is independent when" in html
    )
    assert "<blockquote>“At least 35 of the casualties" in html
    parent = claim_html(names, names.incident.claims_by_id["activists-80-bodies"], ())
    assert parent.count('href="claim:') == 3  # includes its three subsets
    assert '<a href="actor:daesh">Daesh</a> (alleged) — ' in parent


def test_an_event_in_full(names: Names) -> None:
    event = names.event("regime-retakes-town-2017")
    assert event is not None
    html = event_html(names, event)
    assert "21 October 2017 <i>(“On Saturday”)</i>" in html
    assert "21–22 October 2017 <i>(“over the weekend”)</i>" in html
    assert '<a href="actor:pro-regime-forces">Pro-regime forces</a> (participant)' in html
    assert "<b>Note:</b> " in html


def test_an_actor_in_full(names: Names) -> None:
    actor = names.incident.actors_by_id["sohr"]
    html = actor_html(names, actor)
    for section in ("Also called", "Events", "Claims made", "Sources published or written"):
        assert f"<p><b>{section}</b></p>" in html
    assert 'href="claim:sohr-128-documented"' in html
    assert 'href="source:sohr-statement"' in html
    russia = actor_html(names, names.incident.actors_by_id["russia"])
    assert "Syrian government</a> is backed by Russia (April 2016)" in russia


def test_a_source_in_full(names: Names, sample_loaded: LoadedIncident) -> None:
    views = IncidentViews(sample_loaded)
    source = names.incident.sources_by_id["trt-2017-10-23"]
    html = source_html(names, source, views.supports[source.id])
    assert html.startswith("<h3>[1] <i>untitled</i> (trt-2017-10-23)</h3>")
    assert html.count('href="event:') == 15
    assert 'href="source:sohr-statement">[4] Syrian Observatory for Human Rights</a>' in html
    # A claim citing it is named by its number and all it says, never a bare figure.
    assert (
        '<a href="claim:sohr-128-documented">C5 · Syrian Observatory for Human Rights: at least'
        " 128 people killed (documented deaths)</a>" in html
    )
    addressed = source.model_copy(update={"url": "https://example.org/a?b=1&c=<x>"})
    assert 'href="https://example.org/a?b=1&amp;c=&lt;x&gt;"' in source_html(
        names, addressed, views.supports[source.id]
    )


def test_sources_link_in_number_order_and_an_unknown_one_is_plain_text(names: Names) -> None:
    assert source_links(names, ["sohr-statement", "trt-2017-10-23"]).index("[1]") < (
        source_links(names, ["sohr-statement", "trt-2017-10-23"]).index("[4]")
    )
    assert source_link(names, "<gone>") == "[?] &lt;gone&gt;"


def test_markup_in_the_file_is_shown_as_text(marked_up_loaded: LoadedIncident) -> None:
    names = Names(marked_up_loaded.incident)
    incident = marked_up_loaded.incident
    supports = IncidentViews(marked_up_loaded).supports
    pages = [
        claim_html(names, incident.claims[0], ()),
        event_html(names, incident.timeline[0]),
        actor_html(names, incident.actors[0]),
        source_html(names, incident.sources[0], supports[incident.sources[0].id]),
    ]
    for html in pages:
        assert MARKUP_ESCAPED in html
        assert "<img" not in html
        assert "<b>bold" not in html


def test_notes_for_the_recorder_are_shown_and_marked_as_never_printed(
    sample_loaded: LoadedIncident,
) -> None:
    incident = sample_loaded.incident
    names = Names(incident)
    claim = incident.claims_by_id["trt-35-in-shaft"]
    assert claim.recorder_note is not None  # the sample keeps its notes to itself there
    html = claim_html(names, claim, ())
    assert "<b>For the recorder — not printed:</b> Stated in the report&#x27;s own voice" in html
    source = incident.sources_by_id["trt-2017-10-23"]
    views = IncidentViews(sample_loaded)
    shown = source_html(names, source, views.supports[source.id])
    assert '<th align="left" valign="top">For the recorder — not printed</th>' in shown
    # The lines of a list carry theirs too: an attribution, an alias, a relation, a date.
    changed = claim.model_copy(
        update={
            "perpetrators": (
                incident.claims_by_id["activists-80-bodies"]
                .perpetrators[0]
                .model_copy(update={"recorder_note": "<check>"}),
            )
        }
    )
    assert "— <i>for the recorder — not printed:</i> &lt;check&gt;" in claim_html(
        names, changed, ()
    )
    actor = incident.actors_by_id["daesh"]
    alias = actor.aliases[0].model_copy(update={"recorder_note": "alias n"})
    relation = actor.relations[0].model_copy(update={"recorder_note": "relation n"})
    noted = actor.model_copy(
        update={"aliases": (alias,), "relations": (relation,), "recorder_note": "actor n"}
    )
    drawn = actor_html(names, noted)
    for text in ("alias n", "relation n", "<b>For the recorder — not printed:</b> actor n"):
        assert text in drawn
    event = incident.timeline[6]
    other = event.alternative_dates[0].model_copy(update={"recorder_note": "date n"})
    event = event.model_copy(update={"alternative_dates": (other,), "recorder_note": "event n"})
    assert "date n" in event_html(names, event)
    assert "<b>For the recorder — not printed:</b> event n" in event_html(names, event)


def test_a_claim_without_a_figure_is_headed_by_its_outcome(fidelity_loaded: LoadedIncident) -> None:
    names = Names(fidelity_loaded.incident)
    claim = names.incident.claims_by_id["council-missing"]
    html = claim_html(names, claim, ())
    heading = html[: html.index("</h3>")]
    assert heading.endswith(" · missing, unquantified"), heading
