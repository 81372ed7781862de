"""The Overview's content: identity, dates with precision, places, figures, notes, escaping."""

from factsheet.loading import LoadedIncident
from factsheet.model.dates import parse_edtf
from factsheet.model.key_figures import key_figures
from factsheet.views import IncidentViews
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


def test_a_figure_line_links_both_ends(sample_loaded: LoadedIncident) -> None:
    names = Names(sample_loaded.incident)
    daesh, pro_regime = key_figures(sample_loaded.incident)
    line = figure_line(names, daesh)
    assert line.startswith("<b>Killed — attributed to Daesh (alleged, implied):</b> 67 named")
    assert "3 claims from 3 claimants; lowest and highest: " in line
    assert line.count('href="claim:') == 2
    assert "1 claim from 1 claimant" in figure_line(names, pro_regime)


def test_the_page_has_every_section(sample_loaded: LoadedIncident) -> None:
    views = IncidentViews(sample_loaded)
    html = overview_html(views.names, views.notes)
    for heading in ("Reported figures", "Key points", "Summary", "Recorder's note", "Data notes"):
        assert f"<h3>{heading}</h3>" in html
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
