"""The library at scale, each figure beside its floor: .venv/bin/python benchmarks/library_bench.py

For libraries of 100, 1,000 and 5,000 generated incidents (generate_library.py):
- first index (in process, an empty cache) beside reading the same bytes;
- re-index after 10 files change, beside stat-ing every file and reading those 10;
- a warm query: ``factsheet search`` as a whole process beside a bare ``factsheet schema``
  (target ≤ 1.5×), and ``factsheet list`` (held to the same); the query inside the process;
- the Library view (library_gui_driver.py) on an empty cache: every file listed, the
  longest GUI-thread stall while indexing, a search and a filter while indexing, beside a
  bare window's first paint.
``--sizes 100 1000``, ``--runs N`` (whole processes, median), ``--no-gui``.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import run
from factsheet.library import LibraryIndex, scan_folder
from factsheet.library.reading_many import helpers_for
from generate_library import write_library
from run import Launcher, child_env, fmt_s, median_children, median_seconds, ratio

HERE = Path(__file__).resolve().parent
#: A query most generated files match (every timeline has mass graves), and a narrow one.
QUERY = "mass grave"
NARROW = "incident 42"
CHANGED = 10


def _read_all(folder: Path) -> int:
    return sum(len((folder / f.relative).read_bytes()) for f in scan_folder(folder).files)


def _touch(paths: list[Path], round_: int) -> None:
    for path in paths:
        with path.open("a", encoding="utf-8") as stream:
            stream.write(f"# changed for the benchmark, round {round_}\n")


def _row(
    size: int, what: str, value: str, floor: str = "", floor_value: str = "", *more: str
) -> None:
    """One line of the table; ``more`` is the ratio, then the target."""
    ratio_, target = (*more, "", "")[:2]
    print(
        f"{size:<6}  {what:<58}  {value:>9}  {floor:<34}  {floor_value:>9}  {ratio_:>7}  {target}"
    )


def measure(size: int, scratch: Path, runs: int, gui: bool) -> None:
    """Every figure for one library size."""
    folder = scratch / f"library-{size}"
    paths = write_library(folder, size)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    _row(size, "library: files, MB", f"{len(paths)}, {megabytes:.1f}")
    measure_index(size, scratch, folder, paths, megabytes)
    env = measure_commands(size, scratch, folder, runs)
    if gui:
        measure_gui(size, scratch, folder, env)


def measure_index(
    size: int, scratch: Path, folder: Path, paths: list[Path], megabytes: float
) -> None:
    """First index, re-index, an unchanged update and a query, in this process."""
    read = median_seconds(lambda: _read_all(folder), 3)

    # First index: a fresh cache each time (slow sizes run once); in this process, and in
    # helper processes on every core, as `factsheet list` and `search` do.
    counter = iter(range(1_000_000))

    def first_index(helpers: int) -> None:
        cache = scratch / f"first-{size}-{next(counter)}"
        index = LibraryIndex(folder, cache)
        index.update(helpers=helpers)
        index.close()
        shutil.rmtree(cache)

    cores = helpers_for(leave_one_core=False)
    for helpers, how in ((0, "in one process"), (cores, f"in {cores} helper processes")):
        first = median_seconds(partial(first_index, helpers), 1 if size > 200 else 3)
        _row(size, f"first index {how}", fmt_s(first),
             "reading the same bytes", fmt_s(read), ratio(first, read))  # fmt: skip
    cache = scratch / f"cache-{size}"
    index = LibraryIndex(folder, cache)
    index.update()
    size_mb = sum(p.stat().st_size for p in cache.iterdir()) / 1e6
    _row(size, "index file size (MB)", f"{size_mb:.1f}", "incident files (MB)", f"{megabytes:.1f}",
         ratio(size_mb, megabytes))  # fmt: skip

    rounds = iter(range(1_000_000))

    def reindex() -> None:
        _touch(paths[:CHANGED], next(rounds))
        report = index.update()
        assert report.read == CHANGED, report

    again = median_seconds(reindex, 3)

    def stat_and_read() -> None:
        scan_folder(folder)
        for path in paths[:CHANGED]:
            path.read_bytes()

    floor = median_seconds(stat_and_read, 3)
    _row(size, f"re-index after {CHANGED} files change", fmt_s(again),
         f"stat every file, read the {CHANGED}", fmt_s(floor), ratio(again, floor),
         "< 1 s")  # fmt: skip
    unchanged = median_seconds(index.update, 3)
    _row(size, "update with nothing changed (stat only)", fmt_s(unchanged))
    for words in (QUERY, NARROW):
        query = median_seconds(partial(index.search, words, places=3), 3)
        hits = len(index.search(words))
        _row(size, f"query in process: '{words}' ({hits} files)", fmt_s(query))
    index.close()


def measure_commands(size: int, scratch: Path, folder: Path, runs: int) -> dict[str, str]:
    """Warm ``factsheet search`` and ``list`` beside ``factsheet schema``, whole processes."""
    env = child_env(scratch / "home")
    env["XDG_CACHE_HOME"] = str(scratch / "home" / f"xdg-cache-{size}")
    factsheet = [sys.executable, "-m", "factsheet"]
    # Warm the command line's own index once (its cache is the children's XDG folder).
    run.run_child([*factsheet, "list", str(folder)], env)
    search, narrow, list_, schema = median_children(
        [
            [*factsheet, "search", QUERY, str(folder)],
            [*factsheet, "search", NARROW, str(folder)],
            [*factsheet, "list", str(folder)],
            [*factsheet, "schema"],
        ],
        env,
        runs,
    )
    _row(size, "whole: factsheet schema (floor)", fmt_s(schema.seconds))
    for words, child in ((QUERY, search), (NARROW, narrow)):
        _row(size, f"whole: factsheet search '{words}', warm", fmt_s(child.seconds),
             "factsheet schema", fmt_s(schema.seconds), ratio(child.seconds, schema.seconds),
             "≤ 1.5×")  # fmt: skip
    _row(size, "whole: factsheet list, warm", fmt_s(list_.seconds), "factsheet schema",
         fmt_s(schema.seconds), ratio(list_.seconds, schema.seconds), "≤ 1.5×")  # fmt: skip
    return env


def measure_gui(size: int, scratch: Path, folder: Path, env: dict[str, str]) -> None:
    """The Library view on an empty index, beside a bare window's first paint."""
    gui_env = dict(env)
    gui_env["XDG_CACHE_HOME"] = str(scratch / "home" / f"gui-cache-{size}")
    gui_env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    bare = run.run_child([sys.executable, str(HERE / "gui_driver.py"), "bare"], gui_env)
    bare_s = json.loads(bare.stdout.strip().splitlines()[-1])["in_process_s"]
    child = run.run_child(
        [sys.executable, str(HERE / "library_gui_driver.py"), str(folder), QUERY], gui_env
    )
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    listed = figures["started_s"] + figures["painted_s"]
    _row(size, "gui: every file listed and painted (empty index)", fmt_s(listed),
         "bare window, first paint", fmt_s(bare_s), ratio(listed, bare_s))  # fmt: skip
    _row(size, "gui: longest GUI-thread stall while indexing",
         f"{figures['longest_stall_ms']} ms", "", "", "", "≤ 100 ms")  # fmt: skip
    during = "while indexing" if figures.get("indexing_during_search") else "after indexing"
    _row(size, f"gui: search '{QUERY}' {during}", f"{figures['search_ms']:.0f} ms")
    _row(size, f"gui: status filter {during}", f"{figures['filter_ms']:.0f} ms")
    indexed = figures["indexed_s"]
    _row(size, "gui: index built (window usable throughout)",
         fmt_s(indexed) if indexed else "> 120 s")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args(argv)
    run.LAUNCHER = Launcher()
    print(f"{'size':<6}  {'measure':<58}  {'value':>9}  {'floor':<34}  {'floor value':>9}  "
          f"{'ratio':>7}  target")  # fmt: skip
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="factsheet-library-bench-") as scratch:
            for size in args.sizes:
                measure(size, Path(scratch), args.runs, not args.no_gui)
    finally:
        run.LAUNCHER.close()
    print(f"(whole run {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
