"""Mutants of the sample incident, loaded in child processes: ./dev.sh bench is not needed.

    .venv/bin/python benchmarks/fuzz.py --count 63000 [--first-seed 0] [--jobs 2]

Each mutant is the sample with one to three edits of one kind (a byte flipped, lines deleted
or duplicated, indentation shifted, characters inserted, the file cut short, two values
swapped), chosen by its seed alone, so a seed names the same bytes on every machine. Every
outcome must be a model or an IncidentLoadError whose problems are all located on a real
line; anything else (another exception, a problem without a place) is a failure, and a child
that dies (a crash in native code) or stops answering is reported with the seed it was on.
Prints the count of each outcome per kind. tests/loading/test_loader_fuzz.py runs a few
thousand seeds of the same mutants on every test run.
"""

import argparse
import os
import random
import re
import selectors
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
NAME = "fuzz.yaml"
_PROBLEM = re.compile(r"^fuzz\.yaml:(\d+):(\d+): (error|warning): \S.*: \S")
#: Characters and fragments that matter to YAML, to Unicode, or to the loader's checks.
INSERTIONS = (
    "\u202e", "\u2066", "\u200b", "\u2060", "\ufeff", "\u2028", "\u2029", "\x85", "\r", "\t",
    "\x00", "\x07", "\ud800", "é", "ق", "\U0001f600", "\U000e0041", ":", ": ", "#", "'", '"',
    "{", "}", "[", "]", ",", "&a ", "*a", "!!python/object ", "!tag ", "\\", "- ", "? ", "|",
    ">", "%", "@", "`", "---\n", "...\n", "<<: ", "~", "0x1F", "1e999", "9" * 40, "\n",
)  # fmt: skip


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _byte_flip(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]


def _line_delete(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    start = rng.randrange(len(lines))
    del lines[start : start + rng.choice((1, 1, 2, 5))]
    return "\n".join(lines)


def _line_duplicate(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    at = rng.randrange(len(lines))
    lines[at:at] = [lines[rng.randrange(len(lines))]]
    return "\n".join(lines)


def _indent_shift(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    at = rng.randrange(len(lines))
    shift = rng.choice((-4, -2, -1, 1, 2, 4))
    lines[at] = " " * shift + lines[at] if shift > 0 else lines[at][-shift:]
    return "\n".join(lines)


def _unicode_insert(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(INSERTIONS) + text[at:]


def _truncate(text: str, rng: random.Random) -> str:
    return text[: rng.randrange(len(text))]


_VALUE = re.compile(r"^(\s*(?:- )?[a-z_]+: )(\S.*)$")


def _value_swap(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    valued = [i for i, line in enumerate(lines) if _VALUE.match(line)]
    a, b = rng.sample(valued, 2)
    match_a, match_b = _VALUE.match(lines[a]), _VALUE.match(lines[b])
    assert match_a is not None
    assert match_b is not None
    lines[a], lines[b] = match_a[1] + match_b[2], match_b[1] + match_a[2]
    return "\n".join(lines)


TextEdit = Callable[[str, random.Random], str]
TEXT_EDITS: dict[str, TextEdit] = {
    "line-delete": _line_delete,
    "line-duplicate": _line_duplicate,
    "indent-shift": _indent_shift,
    "unicode-insert": _unicode_insert,
    "truncate": _truncate,
    "value-swap": _value_swap,
}
KINDS = ("byte-flip", *TEXT_EDITS)


def mutant(seed: int, original: str) -> tuple[str, bytes]:
    """The mutation kind and the bytes of mutant number ``seed``."""
    rng = random.Random(seed)
    kind = KINDS[seed % len(KINDS)]  # every kind equally often, whatever the count
    edits = rng.choice((1, 1, 2, 3))
    if kind == "byte-flip":
        data = original.encode("utf-8")
        for _ in range(edits):
            data = _byte_flip(data, rng)
        return kind, data
    text = original
    for _ in range(edits if kind != "truncate" else 1):
        text = TEXT_EDITS[kind](text, rng)
    return kind, text.encode("utf-8", errors="surrogatepass")


def outcome(data: bytes) -> str:
    """'valid', 'warnings' or 'refused'; raises AssertionError for anything unlocated."""
    from factsheet.loading import IncidentLoadError
    from factsheet.loading.loader import parse_incident_bytes

    try:
        _, warnings = parse_incident_bytes(data, NAME)
    except IncidentLoadError as error:
        refused = error
    else:
        _check_located(warnings, data)
        return "warnings" if warnings else "valid"
    _check_located(refused.problems, data)
    assert refused.errors, "an IncidentLoadError without an error"
    return "refused"


def _check_located(problems: object, data: bytes) -> None:
    lines = max(1, data.count(b"\n") + (0 if data.endswith(b"\n") else 1))
    for problem in problems:  # type: ignore[attr-defined]
        shown = str(problem)
        assert _PROBLEM.match(shown), f"not a located problem: {shown[:300]!r}"
        assert 1 <= problem.line <= lines, f"line {problem.line} of {lines}: {shown[:300]!r}"
        assert problem.column >= 1, shown[:300]


def run_child(first: int, count: int) -> None:
    """The child's loop: one line before and one after each seed, flushed at once."""
    original = SAMPLE.read_text(encoding="utf-8")
    out = sys.stdout
    # For the test that proves a crash is caught and named: die as a segfault would.
    abort_at = os.environ.get("FACTSHEET_FUZZ_ABORT_AT")
    for seed in range(first, first + count):
        kind, data = mutant(seed, original)
        out.write(f"start {seed}\n")
        out.flush()
        if abort_at == str(seed):
            os.abort()
        try:
            result = outcome(data)
        except Exception as exc:  # noqa: BLE001 - every unexpected outcome is reported
            detail = f"{type(exc).__name__}: {exc}".replace("\n", "\\n")[:500]
            out.write(f"fail {seed} {kind} {detail}\n")
        else:
            out.write(f"done {seed} {kind} {result}\n")
        out.flush()


@dataclass
class Report:
    """What a run found: outcome counts per kind, failures and crashes by seed."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def add(self, other: "Report") -> None:
        """Merge another batch's report into this one."""
        self.counts.update(other.counts)
        self.failures += other.failures

    def table(self) -> str:
        """Counts per mutation kind and outcome, one line per kind, and a total."""
        outcomes = ("valid", "warnings", "refused", "failed")
        rows = [f"{'kind':16}" + "".join(f"{o:>10}" for o in outcomes) + f"{'total':>10}"]
        for kind in (*KINDS, "all"):
            counts = [
                sum(n for (k, o), n in self.counts.items() if o == name and kind in (k, "all"))
                for name in outcomes
            ]
            rows.append(f"{kind:16}" + "".join(f"{n:>10,}" for n in counts) + f"{sum(counts):>10,}")
        return "\n".join(rows)


def run_batch(first: int, count: int, timeout_s: float = 600.0) -> Report:
    """Check seeds first … first + count - 1 in a child process; name the seed of a crash."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(first), str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )
    report = Report()
    current: int | None = None
    finished = 0
    deadline = time.monotonic() + timeout_s
    for line in _lines_until(child, deadline):
        word, _, rest = line.partition(" ")
        if word == "start":
            current = int(rest)
        elif word == "done":
            _, kind, result = rest.split(" ", 2)
            report.counts[kind, result] += 1
            finished += 1
        elif word == "fail":
            seed, kind, detail = rest.split(" ", 2)
            report.counts[kind, "failed"] += 1
            report.failures.append(f"seed {seed} ({kind}): {detail}")
            finished += 1
    hung = False
    try:
        child.wait(timeout=max(5.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        hung = True
    stderr = child.stderr.read() if child.stderr else ""
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    if finished < count:
        where = "before its first seed"
        if current is not None:
            kind, _ = mutant(current, SAMPLE.read_text(encoding="utf-8"))
            report.counts[kind, "failed"] += 1
            where = f"seed {current} ({kind})"
        what = (
            f"no answer within {timeout_s:.0f} s (a hang?)"
            if hung
            else f"the child died (exit {child.returncode}): {stderr[-800:]}"
        )
        report.failures.append(f"{where}: {what}")
    return report


def _lines_until(child: subprocess.Popen[str], deadline: float) -> Iterator[str]:
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                return
            line = child.stdout.readline()
            if not line:
                return
            yield line.rstrip("\n")


def run(first: int, count: int, jobs: int, batch: int) -> Report:
    """All seeds, ``jobs`` children at a time, each taking ``batch`` seeds."""
    batches = [
        (start, min(batch, first + count - start)) for start in range(first, first + count, batch)
    ]
    report = Report()
    # A thread per running child reads its lines as they come, so no pipe fills up.
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for done in pool.map(lambda span: run_batch(*span), batches):
            report.add(done)
    return report


def main() -> int:
    """Run the seeds asked for and print counts per mutation kind; 1 if anything failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=63_000)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument(
        "--child", nargs=2, type=int, metavar=("FIRST", "COUNT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        run_child(*args.child)
        return 0
    started = time.perf_counter()
    report = run(args.first_seed, args.count, args.jobs, args.batch)
    elapsed = time.perf_counter() - started
    print(report.table())
    print(f"\n{args.count:,} mutants of {SAMPLE.name} in {elapsed:.1f} s ({args.jobs} jobs)")
    for failure in report.failures:
        print(f"FAILED {failure}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
