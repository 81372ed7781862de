"""How items are named where they are mentioned: one label per source, one fallback."""

from factsheet.loading import LoadedIncident
from factsheet.views.names import Names, actors_by_name, shortened, source_number


def test_sources_are_labelled_with_their_note_number_and_publisher(
    sample_loaded: LoadedIncident,
) -> None:
    names = Names(sample_loaded.incident)
    assert names.source("sohr-statement") == "[4] SOHR"
    assert names.source("sohr-statement", "full") == "[4] Syrian Observatory for Human Rights"
    assert names.source("sohr-statement", "none") == "[4]"
    # In note-number order, whatever order the file lists them in.
    assert names.sources(["sohr-statement", "trt-2017-10-23"]) == "[1] TRT World, [4] SOHR"


def test_an_unknown_source_has_one_fallback_everywhere(sample_loaded: LoadedIncident) -> None:
    names = Names(sample_loaded.incident)
    for publisher in ("short", "full", "none"):
        assert names.source("gone", publisher) == "[?] gone"
    assert source_number(sample_loaded.incident, "gone") == "[?] gone"
    assert names.words("source", "gone") is None


def test_items_are_named_by_their_words(sample_loaded: LoadedIncident) -> None:
    names = Names(sample_loaded.incident)
    assert names.words("claim", "pcc-67-named") == "Palmyra Coordination Committee: 67"
    assert names.words("actor", "sohr") == "Syrian Observatory for Human Rights"
    assert names.words("actor", "nobody") is None
    words = names.words("event", "killings-during-retreat")
    assert words is not None
    assert words.startswith("Some civilians were shot")
    assert len(words) <= 70
    assert words.endswith("…")
    assert names.actor("daesh") == "Daesh"
    assert names.actor("russia") == "Russia"


def test_text_is_shortened_with_an_ellipsis() -> None:
    assert shortened("short", 10) == "short"
    assert shortened("a much longer text", 10) == "a much lo…"


def test_actors_for_a_filter_are_in_alphabetical_order(sample_loaded: LoadedIncident) -> None:
    ordered = actors_by_name(sample_loaded.incident, ["russia", "daesh", "sohr"])
    assert [name for _, name in ordered] == [
        "Daesh",
        "Russia",
        "Syrian Observatory for Human Rights",
    ]
