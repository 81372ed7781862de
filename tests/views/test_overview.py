"""The Overview's content: identity, dates with precision, places, figures, notes, escaping."""

import dataclasses
import re
from html import escape
from pathlib import Path

from factsheet.i18n import using_language
from factsheet.loading import LoadedIncident
from factsheet.model.dates import parse_edtf
from factsheet.model.incident import Incident
from factsheet.views import IncidentViews
from factsheet.views.figures import figure_lines
from factsheet.views.names import Names
from factsheet.views.overview import date_html, figure_line, location_html, overview_html


def test_dates_say_their_precision_and_the_source_s_words() -> None:
    assert date_html(parse_edtf("2017-10")) == "October 2017 <small>(to the month)</small>"
    assert date_html(parse_edtf("2016-04%"), "<spring>") == (
        "possibly about April 2016 "
        "<small>(to the month; approximate; uncertain; “&lt;spring&gt;”)</small>"
    )


def test_a_place_in_both_scripts_with_its_other_names(sample_loaded: LoadedIncident) -> None:
    html = location_html(sample_loaded.incident.incident.locations[0])
    assert html.startswith('Al Qaryatayn <span dir="rtl" lang="ar">القريتين</span>, Homs')
    assert "<br><small>Also written: Qaryatayn, Al-Qaryatain</small>" in html


def test_a_figure_line_gives_every_figure_each_claimant_linked(
    sample_loaded: LoadedIncident,
) -> None:
    daesh, pro_regime, nobody = figure_lines(sample_loaded.incident)
    line = figure_line(daesh)
    assert line == (
        "<b>Killed — attributed to Daesh (alleged, implied):</b> "
        '67 named (<a href="claim:pcc-67-named">PCC, implied</a>); '
        'at least 80 bodies found (<a href="claim:activists-80-bodies">Activists (unnamed), '
        "alleged</a>); "
        'at least 128 documented (<a href="claim:sohr-128-documented">SOHR, implied</a>); '
        'unquantified (<a href="claim:activists-street-shootings">Activists (unnamed), '
        "alleged</a>) — "
        'part of <a href="claim:activists-80-bodies">C1 (at least 80)</a>'
    )
    assert figure_line(nobody) == (
        "<b>Killed — no perpetrator named:</b> at least 35 bodies found "
        '(<a href="claim:trt-35-in-shaft">TRT World</a>; <a href="claim:pcc-35-in-shaft">PCC</a>)'
        ' — part of <a href="claim:activists-80-bodies">C1 (at least 80)</a>'
    )
    # The same words as the sheet and the JSON export, once the links are taken out.
    for figures in (daesh, pro_regime, nobody):
        plain = re.sub(r"<[^>]+>", "", figure_line(figures))
        assert plain == f"{figures.heading}: {figures.words}"


def test_the_overview_names_the_reported_perpetrators(sample_loaded: LoadedIncident) -> None:
    html = IncidentViews(sample_loaded).overview_html
    assert (
        '<th align="left" valign="top">Reported perpetrators</th><td>Daesh (alleged, implied); '
        "Pro-regime forces (alleged, suspected)</td>" in html
    )


def test_the_page_has_every_section(sample_loaded: LoadedIncident) -> None:
    views = IncidentViews(sample_loaded)
    html = overview_html(views.names, views.notes)
    for heading in ("Reported figures", "Key points", "Summary", "Note", "Data notes"):
        assert f"<h3>{escape(heading)}</h3>" in html
    assert '<table cellspacing="0" cellpadding="3" align="left">' in html
    assert '<th align="left" valign="top">Location</th>' in html


def test_markup_in_the_file_is_escaped(marked_up_loaded: LoadedIncident) -> None:
    html = IncidentViews(marked_up_loaded).overview_html
    assert "<img" not in html
    assert "<b>bold" not in html


def test_the_incident_s_note_for_the_recorder_is_marked_as_never_printed(
    sample_loaded: LoadedIncident,
) -> None:
    html = overview_html(Names(sample_loaded.incident), [])
    assert "<h3>For the recorder — not printed</h3><p>Alternative spellings" in html


def test_in_arabic_the_arabic_title_leads(sample_loaded: LoadedIncident) -> None:
    info = sample_loaded.incident.incident
    assert info.title_ar is not None
    with using_language("ar"):
        html = IncidentViews(sample_loaded).overview_html
    assert html.index(escape(info.title_ar)) < html.index(escape(info.title))
    assert f'<h1 dir="rtl" lang="ar">{escape(info.title_ar)}</h1>' in html
    # The identity table stands on the reading side, under the titles, not across the page.
    assert '<table cellspacing="0" cellpadding="3" align="right">' in html
    # Its labels rightmost: Qt lays columns out left to right, so the label cell comes last.
    assert re.search(
        r'<tr><td>[^<]*SYR-2017-QARYATAYN.*?</td><th align="right" valign="top">', html
    )


def test_a_title_that_shows_nothing_is_headed_by_the_file_name(
    sample_loaded: LoadedIncident,
) -> None:
    data = sample_loaded.incident.model_dump()
    data["incident"]["title"] = "\u200b\u2060\u202e"
    blank = dataclasses.replace(
        sample_loaded, incident=Incident.model_validate(data), path=Path("/x/zw.yaml")
    )
    html = IncidentViews(blank).overview_html
    assert html.startswith("<h1><i>zw.yaml</i></h1>")
    # A title that shows something is the heading, as written.
    assert IncidentViews(sample_loaded).overview_html.startswith(
        "<h1>Killings of civilians in Al Qaryatayn"
    )


def test_the_figures_open_with_the_sheet_s_reliance_note(fidelity_loaded: LoadedIncident) -> None:
    incident = fidelity_loaded.incident
    page = overview_html(Names(incident), ())
    # C3, the joint 67, comes through the Gazette relaying an unread wire story relaying
    # the government's unread statement: second-hand, on screen as on the sheet.
    note = (
        "<p><b>C3 and C5 are known only second-hand: the claimant&#x27;s own statement was "
        "not consulted directly.</b></p>"
    )
    assert page.index(note) < page.index("Killed — attributed to Daesh")
    assert page.index("Reported figures") < page.index(note)
