"""Back and Forward as plain data: visits, updates within a tab, the forward list dropped."""

from pathlib import Path

from factsheet.views.history import History, Position

FILE = Path("/data/a.yaml")
OTHER = Path("/data/b.yaml")


def at(place: str, item: str | None = None, file: Path | None = FILE) -> Position:
    return Position(file, place, item)


def test_empty_history_goes_nowhere() -> None:
    history = History()
    assert history.current is None
    assert not history.can_go_back()
    assert not history.can_go_forward()
    assert history.back() is None
    assert history.forward() is None


def test_back_and_forward_walk_the_visits() -> None:
    history = History()
    for position in (at("overview"), at("claims", "c1"), at("actors", "daesh")):
        history.visit(position)
    assert history.back() == at("claims", "c1")
    assert history.back() == at("overview")
    assert history.back() is None
    assert history.current == at("overview")
    assert history.forward() == at("claims", "c1")
    assert history.forward() == at("actors", "daesh")
    assert history.forward() is None


def test_a_visit_after_back_drops_what_was_ahead() -> None:
    history = History()
    for position in (at("overview"), at("claims", "c1"), at("actors", "daesh")):
        history.visit(position)
    history.back()
    history.visit(at("sources", "sohr"))
    assert not history.can_go_forward()
    assert history.positions() == (at("overview"), at("claims", "c1"), at("sources", "sohr"))


def test_visiting_where_one_is_is_no_step() -> None:
    history = History()
    history.visit(at("claims", "c1"))
    history.visit(at("claims", "c1"))
    assert history.positions() == (at("claims", "c1"),)


def test_another_row_in_the_same_tab_updates_the_position() -> None:
    history = History()
    history.visit(at("overview"))
    history.visit(at("claims", "c1"))
    history.update(at("claims", "c2"))
    history.update(at("claims", "c3"))
    assert history.positions() == (at("overview"), at("claims", "c3"))
    # Another tab, or the same tab of another file, is a step of its own.
    history.update(at("actors", "daesh"))
    history.update(at("actors", "daesh", OTHER))
    assert len(history.positions()) == 4
    # The first position of all is a visit too.
    fresh = History()
    fresh.update(at("timeline", "e1"))
    assert fresh.current == at("timeline", "e1")


def test_places_without_a_file_are_positions_too() -> None:
    history = History()
    history.visit(Position(None, "library"))
    history.visit(at("overview"))
    assert history.back() == Position(None, "library")


def test_only_the_newest_positions_are_kept() -> None:
    history = History(limit=3)
    for n in range(5):
        history.visit(at("claims", f"c{n}"))
    assert [p.item for p in history.positions()] == ["c2", "c3", "c4"]
    assert history.current == at("claims", "c4")
    assert history.back() == at("claims", "c3")
