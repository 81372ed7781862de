"""The library benchmark: generated libraries are valid and repeatable, and the table prints."""

import subprocess
import sys
from pathlib import Path

from factsheet.library import LibraryIndex

ROOT = Path(__file__).resolve().parents[2]


def test_generated_libraries_are_valid_nested_arabic_and_repeatable(tmp_path: Path) -> None:
    from generate_library import write_library

    first = write_library(tmp_path / "a", 12)
    second = write_library(tmp_path / "b", 12)
    assert [p.relative_to(tmp_path / "a") for p in first] == [
        p.relative_to(tmp_path / "b") for p in second
    ]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))
    assert all(len(p.relative_to(tmp_path / "a").parts) == 3 for p in first)  # town/month/file
    index = LibraryIndex(tmp_path / "a", tmp_path / "cache")
    index.update()
    summaries = index.summaries()
    assert len(summaries) == 12
    assert all(s.valid and s.warnings == 0 for s in summaries)
    assert len({s.title for s in summaries}) == 12
    assert all(s.title_ar and any("\u0600" <= c <= "\u06ff" for c in s.title_ar) for s in summaries)


def test_the_table_prints_every_figure_beside_its_floor(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "library_bench.py"),
            "--sizes",
            "20",
            "--runs",
            "1",
            "--no-gui",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for what in (
        "first index in one process",
        "re-index after 10 files change",
        "whole: factsheet search 'mass grave', warm",
        "whole: factsheet schema (floor)",
    ):
        assert what in done.stdout
    assert "reading the same bytes" in done.stdout
    # `list` is held to the search's target, so that a miss shows as one (docs/performance.md).
    (listing,) = [line for line in done.stdout.splitlines() if "factsheet list, warm" in line]
    assert listing.rstrip().endswith("≤ 1.5×")
