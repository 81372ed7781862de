"""read_many: helper processes read the same summaries as this process, in order."""

from pathlib import Path

import pytest

from factsheet.library import reading_many
from factsheet.library.reading_many import helpers_for, read_many
from factsheet.library.scan import scan_folder


def test_helpers_read_what_this_process_reads_in_the_same_order(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs = [(found, None) for found in scan_folder(library).files]
    here = list(read_many(library, jobs, helpers=0))
    monkeypatch.setattr(reading_many, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(reading_many, "CHUNK", 3)
    helped = list(read_many(library, jobs, helpers=2))
    assert [found.relative for found, _ in helped] == [found.relative for found, _ in jobs]
    assert helped == here
    summaries = {found.relative: result[0] for found, result in helped}
    assert summaries["homs/2017/palmyra.yml"].title == "Shelling near the Palmyra museum"
    assert summaries["broken/no-title.yaml"].errors == 1


def test_a_known_digest_is_not_parsed_again(library: Path) -> None:
    found = next(f for f in scan_folder(library).files if f.relative == "idlib/market.yaml")
    ((_, (first, texts)),) = read_many(library, [(found, None)], helpers=0)
    assert texts
    ((_, (_, again)),) = read_many(library, [(found, first.sha256)], helpers=0)
    assert again is None


def test_cancelling_stops_before_the_next_file(library: Path) -> None:
    jobs = [(found, None) for found in scan_folder(library).files]
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert len(list(read_many(library, jobs, helpers=0, cancelled=cancelled))) == 2


def test_the_window_leaves_a_core_for_itself() -> None:
    assert helpers_for(leave_one_core=False) >= helpers_for(leave_one_core=True) >= 1
