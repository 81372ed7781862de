"""Timeline order and date doubt, as the tabs and the sheet share them."""

from pathlib import Path

from factsheet.loading import load_incident
from factsheet.model.chronology import chronological, date_doubt
from factsheet.model.dates import parse_edtf


def test_open_starts_sort_at_their_known_end(sample_path: Path) -> None:
    events = chronological(load_incident(sample_path))
    ids = [e.id for e in events]
    assert ids[0] == "daesh-seizes-town-2015"
    # "by 23 October 2017" sits with 23 October, not before August 2015.
    assert ids.index("sohr-documents-128") > ids.index("news-of-find-emerges")


def test_date_doubt_in_words() -> None:
    assert date_doubt(parse_edtf("2017-10-21")) is None
    assert date_doubt(parse_edtf("2016-04~")) == "approximate"
    assert date_doubt(parse_edtf("2016-04?")) == "uncertain"
    assert date_doubt(parse_edtf("2016-04%")) == "approximate and uncertain"
    assert date_doubt(parse_edtf("../2017-10-23")) == "open-ended"
