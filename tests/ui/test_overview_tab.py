"""The Overview tab on the sample: identity, dates, places, figures as spans, data notes."""

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from factsheet.loading import LoadedIncident, read_incident
from factsheet.rendering.sheet_annex import data_notes as sheet_data_notes
from factsheet.ui.overview_tab import OverviewTab
from factsheet.views import IncidentViews
from factsheet.views.notes import DataNote, Phrase, Refs


def overview_html(loaded: LoadedIncident) -> str:
    """The Overview's page, built afresh (views_of would keep it once built)."""
    return IncidentViews(loaded).overview_html


def data_notes(loaded: LoadedIncident) -> list[DataNote]:
    return IncidentViews(loaded).notes


@pytest.fixture
def sample(sample_path: Path) -> LoadedIncident:
    return read_incident(sample_path)


@pytest.fixture
def overview(qtbot: Any, sample: LoadedIncident) -> OverviewTab:
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.set_incident(sample)
    return tab


def test_the_sample_reads_as_a_researcher_expects(overview: OverviewTab) -> None:
    text = overview.text()
    for expected in (
        "Killings of civilians in Al Qaryatayn after Daesh's second occupation",
        "مقتل مدنيين في القريتين",
        "SYR-2017-QARYATAYN",
        "October 2017 (to the month",
        "Al Qaryatayn القريتين, Homs province, Syria (town or village)",
        "Also written: Qaryatayn, Al-Qaryatain",
        "developing",
        "TLP:CLEAR",
        "23 October 2017 (to the day)",
        "SOHR documented at least 128 killings",  # a key point
        "Sources expected the numbers to rise.",  # the summary
    ):
        assert expected in text


def test_reported_figures_hide_nothing_and_never_total(overview: OverviewTab) -> None:
    text = overview.text()
    # Every whole figure of the sample, each with its claimant, in ascending order.
    assert (
        "Killed — attributed to Daesh (alleged, implied): 67 named (PCC, implied); at least 80 "
        "bodies found (Activists (unnamed), alleged); at least 128 documented (SOHR, implied); "
        "unquantified (Activists (unnamed), alleged) — part of C1" in text
    )
    assert (
        "Killed — attributed to Pro-regime forces (alleged, suspected): at least 12 documented "
        "(SOHR, alleged); bodies found, unquantified (PCC, suspected)" in text
    )
    # The shaft figures blame nobody: a line of their own, as parts of the 80.
    assert (
        "Killed — no perpetrator named: at least 35 bodies found (TRT World; PCC) — part of C1"
        in text
    )
    assert "Reported perpetrators\nDaesh (alleged, implied); Pro-regime forces (alleged, " in (text)
    # Nothing is added up: no sum of any of the five seed figures appears.
    for total in ("140", "195", "207", "208", "215", "243", "275", "322"):
        assert total not in text


def test_data_notes_name_items_by_their_words_and_match_the_sheet(
    qtbot: Any, warned_loaded: LoadedIncident
) -> None:
    sample = warned_loaded
    overview = OverviewTab()
    qtbot.addWidget(overview)
    overview.set_incident(sample)
    text = overview.text()
    html = overview.browser.toHtml()
    assert "claim 'trt-35-in-shaft' has no claimed_on date" in text
    assert f"(line {sample.warnings[0].line}, claim TRT World: at least 35)" in text
    # Events and claims are named by their words and linked, never by their raw ids.
    assert "Sources date Some civilians were shot in the street" in text
    assert 'href="event:killings-during-retreat"' in html
    assert "event 'killings-during-retreat'" not in text
    # Doubtful dates include when a claim was made, as the sheet's notes do.
    assert "Syrian Observatory for Human Rights: at least 128 (claimed by 23 October 2017)" in text
    assert (
        "Palmyra Coordination Committee: unquantified report casualties without a figure: the "
        "reported figures list them as unquantified." in text
    )
    # The sample relays most of its sources through TRT World; Nafisa Latic's video [2] is
    # unread too, but nothing in the record relays it.
    assert (
        "6 of 8 sources were not consulted directly and are known only through another "
        "source: [3] Activists (unnamed), [4] SOHR," in text
    )
    assert (
        "1 of 8 sources was not consulted directly, and the record does not say through which "
        "source it is known: [2] TRT World." in text
    )
    # First under the figures, as on the sheet: how far they are from their sources.
    figures = text.index("Reported figures")
    assert (
        text.index(
            "Every figure in this record is known through one source only, [1] TRT World; for 7 of "
            "the 8 claims, the claimant's own statement was not consulted directly."
        )
        == text.index("\n", figures) + 1
    )
    # One list for screen and sheet: every note the sheet prints is on the screen too; the
    # loader's warnings (file lines, ids) are the recorder's and stay on screen.
    warnings = [note for note in data_notes(sample) if note.topic == "warning"]
    assert len(data_notes(sample)) == len(sheet_data_notes(sample)) + len(warnings)
    notes = data_notes(sample)
    assert (notes[0].kind, notes[0].item_id) == ("claim", "trt-35-in-shaft")


def test_a_long_list_inside_one_note_is_cut_with_a_count(
    sample: LoadedIncident, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factsheet.views import notes

    monkeypatch.setattr(notes, "REFS_SHOWN", 2)
    html = overview_html(sample)
    doubtful = next(n for n in data_notes(sample) if n.topic == "date-doubt")
    (sentence,) = doubtful.parts
    assert isinstance(sentence, Phrase)
    listed = dict(sentence.values)["items"]
    assert isinstance(listed, Refs)
    assert f" and {len(listed.items) - 2:,} more." in html
    assert (
        f'href="{listed.items[2].kind}:{listed.items[2].item_id}"'
        not in html.split("Dates known only")[1].split("</li>")[0]
    )


def test_links_leave_as_kind_and_id(qtbot: Any, overview: OverviewTab) -> None:
    with qtbot.waitSignal(overview.link_activated) as blocker:
        overview.browser.anchorClicked.emit(QUrl("claim:pcc-67-named"))
    assert blocker.args == ["claim", "pcc-67-named"]
    assert 'href="claim:sohr-128-documented"' in overview.browser.toHtml()


def test_markup_in_the_file_is_shown_as_text(sample: LoadedIncident) -> None:
    # The model is frozen: build a changed copy.
    incident = sample.incident.model_copy(
        update={
            "incident": sample.incident.incident.model_copy(
                update={"title": "<b>bold</b> & <a href='x:y'>link</a>"}
            )
        }
    )
    html = overview_html(dataclasses.replace(sample, incident=incident))
    assert "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=&#x27;x:y&#x27;&gt;" in html


def test_find_box_finds_text(qtbot: Any, overview: OverviewTab) -> None:
    overview.find_box.setText("shaft")
    assert overview.find_next()
    assert overview.browser.textCursor().selectedText() == "shaft"
    overview.find_box.setText("no such words anywhere")
    assert not overview.find_next()


MINIMAL = """\
format_version: 1
incident:
  id: MIN-1
  title: A bare record
  summary: Nothing more is known.
  date: 2020-XX
  locations: [{name: Unknown place, precision: unknown}]
  status: under-review
  last_updated: 2020-05-01
"""


def test_a_bare_record_reads_without_gaps(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "minimal.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.set_incident(read_incident(path))
    text = tab.text()
    assert "A bare record" in text
    assert "No claim in this file gives a figure." in text
    assert "No data notes: no warnings, conflicting or uncertain dates" in text
    assert "Key points" not in text
    assert "Handling" not in text


def test_a_long_list_of_notes_is_cut_with_a_count(
    sample: LoadedIncident, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factsheet.views import overview

    monkeypatch.setattr(overview, "NOTES_SHOWN", 2)
    notes = data_notes(sample)
    html = overview_html(sample)
    assert f"… and {len(notes) - 2:,} more" in html
    assert "Sources date" in html  # the first notes are shown …
    assert "known only through another source" not in html  # … the last ones are not
