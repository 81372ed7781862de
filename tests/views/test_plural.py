"""English counts: the noun agrees, thousands are grouped, a filtered count names the total."""

from factsheet.views.plural import counted, noun, shown_of


def test_counts_agree_with_their_noun() -> None:
    assert counted(0, "event") == "0 events"
    assert counted(1, "event") == "1 event"
    assert counted(20_000, "event") == "20,000 events"
    assert counted(2, "data note") == "2 data notes"
    assert noun(3, "person", "people") == "people"


def test_a_filtered_count_says_how_many_of_how_many() -> None:
    assert shown_of(8, 8, "source") == "8 sources"
    assert shown_of(1, 8, "source") == "1 of 8 sources"
    assert shown_of(0, 1, "claim") == "0 of 1 claim"
    assert shown_of(1_234, 20_000, "event") == "1,234 of 20,000 events"
