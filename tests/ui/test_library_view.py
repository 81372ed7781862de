"""The Library view: a folder's files listed while indexed, searched, filtered, watched."""

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from factsheet.library import IncidentSummary
from factsheet.library.rows import FIGURES, FILE, PROBLEMS, TITLE, TITLE_AR
from factsheet.ui import library_indexer
from factsheet.ui.library_view import LibraryView
from library_folder import EXPECTED, MINIMAL, snapshot

WAIT_MS = 10_000


def _expected() -> set[str]:
    skipped = ("homs/loop/", "pipe.yaml") if sys.platform == "win32" else ()
    return {path for path in EXPECTED if path not in skipped}


@pytest.fixture
def view(qtbot: QtBot, library: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LibraryView]:
    monkeypatch.setattr(library_indexer, "POLL_MS", 200)
    widget = LibraryView()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.open_folder(library)
    qtbot.waitUntil(lambda: not widget.indexing and widget.model.rowCount() > 0, timeout=WAIT_MS)
    yield widget
    widget.close_folder()


def _search(view: LibraryView, qtbot: QtBot, text: str) -> list[str]:
    view.search_box.setText(text)
    view.apply_filters()
    return sorted(view.shown_paths())


def test_every_file_is_listed_with_errors_not_hidden(view: LibraryView) -> None:
    assert set(view.shown_paths()) == _expected()
    text = view.count_label.text()
    assert text.startswith(f"{len(_expected())} files")
    assert "with errors" in text


def test_the_model_and_proxy_pass_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, view: LibraryView
) -> None:
    qtmodeltester.check(view.model, force_py=True)
    qtmodeltester.check(view.proxy, force_py=True)


def _shown_row(view: LibraryView, path: str) -> int:
    return view.proxy.mapFromSource(view.model.index(view.model.row_of(path), 0)).row()


def _wrapped_height(view: LibraryView, text: str, column: int) -> int:
    """The height ``text`` takes wrapped in ``column`` (the cell's margins taken off)."""
    metrics = view.table.fontMetrics()
    bound = QRect(0, 0, view.table.columnWidth(column) - 8, 10_000)
    return metrics.boundingRect(bound, int(Qt.TextFlag.TextWordWrap), text).height()


def _on_screen(view: LibraryView, column: int) -> bool:
    """Is the whole column within the table's viewport (seen without scrolling)?"""
    left = view.table.columnViewportPosition(column)
    return left >= 0 and left + view.table.columnWidth(column) <= view.table.viewport().width()


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_every_figure_is_read_whole_in_a_row_as_tall_as_it_needs(
    view: LibraryView, qtbot: QtBot, size: tuple[int, int]
) -> None:
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    # The problems and the figures are seen without scrolling sideways, even at 1024 px.
    assert _on_screen(view, PROBLEMS)
    assert _on_screen(view, FIGURES)
    path = "homs/2017/qaryatayn.yaml"
    shown = _shown_row(view, path)
    view.table.scrollTo(view.proxy.index(shown, 0))
    figures = str(view.proxy.index(shown, FIGURES).data())
    # The sample's three figure lines, figures and claimants first, none dropped.
    assert figures.split("\n") == list(view.model.row(view.model.row_of(path)).summary.figures)
    assert figures.startswith("67 named (PCC, implied); at least 80 bodies found")
    spacing = view.table.fontMetrics().lineSpacing()
    needed = _wrapped_height(view, figures, FIGURES)
    assert needed > 3 * spacing  # a line wraps in the column: the row must grow for it
    qtbot.waitUntil(lambda: view.table.rowHeight(shown) >= needed, timeout=WAIT_MS)
    assert view.table.rowHeight(shown) <= needed + spacing  # and no taller
    # A row whose cells are one line each keeps the one-line height.
    view.model.update_summaries([IncidentSummary("short.yaml", title="Short", headlines=("x",))])
    view.apply_filters()
    single = _shown_row(view, "short.yaml")
    view.table.scrollTo(view.proxy.index(single, 0))
    qtbot.waitUntil(lambda: view.table.rowHeight(single) < 2 * spacing, timeout=WAIT_MS)


def _wrapped_lines(view: LibraryView, text: str, column: int) -> int:
    """The lines ``text`` wraps to in ``column`` (the cell's margins taken off)."""
    layout = QTextLayout(text, view.table.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(view.table.columnWidth(column) - 8)
        lines += 1
    layout.endLayout()
    return lines


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_a_title_reads_in_three_lines_at_most(
    view: LibraryView, qtbot: QtBot, size: tuple[int, int]
) -> None:
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    assert _on_screen(view, FIGURES)  # and every column before it
    for column in (TITLE, TITLE_AR):
        titles = {str(view.proxy.index(row, column).data() or "") for row in range(20)}
        # A title of a few words, as most are (up to 50 characters), in three lines; the
        # sample's of 69 in four.
        for title in titles:
            most = 3 if len(title) <= 50 else 4
            assert _wrapped_lines(view, title, column) <= most, (column, title)


def test_rows_grow_for_the_cells_on_screen_only(view: LibraryView, qtbot: QtBot) -> None:
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    # The perpetrators, claimants and file come after the figures, scrolled to.
    assert not _on_screen(view, FILE)
    long_path = "a-folder-whose-name-is-long/" * 8 + "x.yaml"
    view.model.update_summaries([IncidentSummary(long_path, title="Short")])
    view.apply_filters()
    shown = _shown_row(view, long_path)
    view.table.scrollTo(view.proxy.index(shown, 0))
    qtbot.wait(50)
    spacing = view.table.fontMetrics().lineSpacing()
    assert view.table.rowHeight(shown) < 2 * spacing  # its long path is off screen
    view.table.horizontalScrollBar().setValue(view.table.horizontalScrollBar().maximum())
    qtbot.waitUntil(lambda: view.table.rowHeight(shown) >= 2 * spacing, timeout=WAIT_MS)


def test_search_box_asks_the_index(view: LibraryView, qtbot: QtBot) -> None:
    assert _search(view, qtbot, "تدمر") == ["homs/2017/palmyra.yml"]
    assert _search(view, qtbot, "PCC") == ["homs/2017/palmyra.yml", "homs/2017/qaryatayn.yaml"]
    assert "2 of" in view.count_label.text()
    assert _search(view, qtbot, "") == sorted(_expected())


def test_filters_by_date_place_actor_claimant_status_handling(
    view: LibraryView, qtbot: QtBot
) -> None:
    view.date_from.setText("2017-10")
    view.date_to.setText("2017-10")
    view.apply_filters()
    assert sorted(view.shown_paths()) == ["homs/2017/palmyra.yml", "homs/2017/qaryatayn.yaml"]
    view.place.setText("tadmur")
    view.apply_filters()
    assert view.shown_paths() == ["homs/2017/palmyra.yml"]
    view.clear_filters()
    view.claimant.setText("sohr")
    view.apply_filters()
    assert view.shown_paths() == ["homs/2017/qaryatayn.yaml"]
    view.clear_filters()
    view.actor.setText("example army")
    view.status.setCurrentIndex(view.status.findData("verified"))
    assert view.shown_paths() == ["homs/2017/palmyra.yml"]
    view.clear_filters()
    view.handling.setCurrentIndex(view.handling.findData("TLP:AMBER"))
    assert view.shown_paths() == ["homs/2017/palmyra.yml"]
    view.clear_filters()
    view.date_from.setText("October")
    view.apply_filters()
    assert "From: expected a year, month or day" in view.count_label.text()


def test_a_date_in_words_filters_and_one_it_cannot_read_is_marked(
    view: LibraryView, qtbot: QtBot
) -> None:
    every = sorted(view.shown_paths())
    view.date_from.setText("October 2017")
    view.date_to.setText("21 October 2017")
    view.apply_filters()
    assert sorted(view.shown_paths()) == ["homs/2017/palmyra.yml", "homs/2017/qaryatayn.yaml"]
    assert not view.date_from.unreadable_mark.isVisible()
    assert view.date_from.toolTip().startswith("Incidents from this date on: a year")
    view.date_to.setText("21/10/2017")
    view.apply_filters()
    # Marked in the box and said in its tooltip; the bound it cannot read filters nothing.
    assert view.date_to.unreadable_mark.isVisible()
    assert view.date_to.toolTip() == (
        "Not a date this filter can read: 21/10/2017. It expects a year, month or day: 2017, "
        "2017-10, 2017-10-21, October 2017 or 21 October 2017; until then it filters nothing."
    )
    assert view.date_to.accessibleDescription() == view.date_to.toolTip()
    assert "To: expected a year, month or day" in view.count_label.text()
    assert len(view.shown_paths()) < len(every)  # "From October 2017" still applies
    view.clear_filters()
    assert not view.date_to.unreadable_mark.isVisible()
    assert view.date_to.toolTip().startswith("Incidents up to this date: a year")


def test_opening_a_row_asks_for_that_file(view: LibraryView, qtbot: QtBot, library: Path) -> None:
    _search(view, qtbot, "museum")
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    with qtbot.waitSignal(view.open_requested, timeout=1000) as signal:
        view.open_current()
    assert signal.args == [library / "homs/2017/palmyra.yml"]


def test_export_and_print_take_the_selection(
    view: LibraryView, qtbot: QtBot, library: Path
) -> None:
    assert not view.export_button.isEnabled()
    _search(view, qtbot, "PCC")
    selection = view.table.selectionModel()
    for row in range(view.proxy.rowCount()):
        selection.select(
            view.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert view.export_button.isEnabled()
    with qtbot.waitSignal(view.export_requested, timeout=1000) as signal:
        view.export_button.click()
    assert sorted(signal.args[0]) == [
        library / "homs/2017/palmyra.yml",
        library / "homs/2017/qaryatayn.yaml",
    ]
    with qtbot.waitSignal(view.print_requested, timeout=1000):
        view.print_button.click()


def test_added_changed_and_removed_files_appear_without_a_restart(
    view: LibraryView, qtbot: QtBot, library: Path
) -> None:
    (library / "idlib" / "new").mkdir()
    (library / "idlib" / "new" / "bakery.yaml").write_text(
        MINIMAL.replace("fictional market", "fictional bakery"), encoding="utf-8"
    )
    qtbot.waitUntil(lambda: "idlib/new/bakery.yaml" in view.shown_paths(), timeout=WAIT_MS)
    market = library / "idlib" / "market.yaml"
    market.write_text(MINIMAL.replace("fictional market", "fictional mill"), encoding="utf-8")
    os.utime(market, ns=(1, 10**18))  # a new stamp even on coarse clocks

    def retitled() -> bool:
        row = view.model.row_of("idlib/market.yaml")
        return row >= 0 and view.model.summary(row).title == "Shelling of a fictional mill"

    qtbot.waitUntil(retitled, timeout=WAIT_MS)
    (library / "homs" / "2017" / "palmyra.yml").unlink()
    qtbot.waitUntil(lambda: "homs/2017/palmyra.yml" not in view.shown_paths(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not view.indexing, timeout=WAIT_MS)
    assert _search(view, qtbot, "mill") == ["idlib/market.yaml"]


def test_nothing_is_written_in_the_library_folder(
    qtbot: QtBot, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(library)
    widget = LibraryView()
    qtbot.addWidget(widget)
    widget.open_folder(library)
    qtbot.waitUntil(lambda: not widget.indexing and widget.model.rowCount() > 0, timeout=WAIT_MS)
    widget.search_box.setText("PCC")
    widget.apply_filters()
    widget.close_folder()
    assert snapshot(library) == before


def test_a_large_folder_is_listed_before_it_is_read(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(150):
        (folder / f"incident-{number:03d}.yaml").write_text(
            MINIMAL.replace("TEST-0001", f"TEST-{number:04d}"), encoding="utf-8"
        )
    widget = LibraryView()
    qtbot.addWidget(widget)
    widget.open_folder(folder)
    assert widget.indexer is not None
    seen: list[tuple[int, int]] = []
    widget.indexer.scanned.connect(
        lambda _news: seen.append(
            (
                widget.model.rowCount(),
                sum(widget.model.is_pending(s.path) for s in widget.model.summaries()),
            )
        )
    )
    # Every file has a row, all still 'reading…', before the first one is read.
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen[0] == (150, 150)
    qtbot.waitUntil(lambda: not widget.indexing, timeout=30_000)
    assert all(not widget.model.is_pending(s.path) for s in widget.model.summaries())
    widget.close_folder()


@pytest.mark.skipif(sys.platform == "win32", reason="no named pipes")
def test_a_pipe_row_is_never_opened(view: LibraryView, qtbot: QtBot) -> None:
    for path in ("pipe.yaml",):
        row = view.shown_paths().index(path)
        view.table.setCurrentIndex(view.proxy.index(row, 0))
        with qtbot.assertNotEmitted(view.open_requested):
            view.open_current()
