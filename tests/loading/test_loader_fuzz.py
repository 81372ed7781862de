"""Fuzzing: whatever the bytes, the loader gives a model or one located load error."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from minimal_incident import MINIMAL

import fuzz  # benchmarks/fuzz.py: the same mutants as the long runs
from factsheet.loading import IncidentLoadError
from factsheet.loading.loader import parse_incident_bytes

PROBLEM = re.compile(r"^fuzz\.yaml:\d+:\d+: (error|warning): \S.*: \S")
#: Mutants of the sample per test run, in child processes of BATCH each, so that a crash in
#: native code is caught and named by its seed. The seeds are fixed: the same mutants every
#: run, so CI never fails by chance; benchmarks/fuzz.py runs any others (docs/performance.md).
MUTANTS = 3_000
BATCH = 750

# Characters that matter to YAML, plus some that should not appear at all.
YAMLISH = st.text(
    alphabet=st.sampled_from(list("abc019 :-#&*!|>'\"%@`{}[],?\n\t~.\\/<=_+\x00\x07\u00a0\u2028é")),
    max_size=300,
)
# Derandomised: the same examples on every run, so CI never fails by chance. (20,000 random
# examples of these strategies were run while writing the loader; none escaped.)
SETTINGS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_mutants_of_the_sample_are_models_or_located_errors() -> None:
    report = fuzz.run(0, MUTANTS, jobs=2, batch=BATCH)
    assert report.failures == []
    assert sum(report.counts.values()) == MUTANTS
    # Each kind of edit is tried, and each breaks the file often, but not always.
    for kind in fuzz.KINDS:
        outcomes = {o for (k, o), _ in report.counts.items() if k == kind}
        assert "refused" in outcomes, (kind, report.counts)
    assert any(o in ("valid", "warnings") for _, o in report.counts)
    print(f"\n{report.table()}")  # noqa: T201 - the counts, with -s


def test_a_crash_in_a_child_is_reported_with_its_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    # The child is told to die at once on its first seed, as a segfault would.
    monkeypatch.setenv("FACTSHEET_FUZZ_ABORT_AT", "7")
    report = fuzz.run_batch(5, 4, timeout_s=60)
    assert len(report.failures) == 1
    assert report.failures[0].startswith("seed 7 (")
    assert "the child died" in report.failures[0]
    assert sum(n for (_, o), n in report.counts.items() if o != "failed") == 2


def test_a_seed_names_the_same_mutant_every_time() -> None:
    original = fuzz.SAMPLE.read_text(encoding="utf-8")
    assert fuzz.mutant(1234, original) == fuzz.mutant(1234, original)
    assert fuzz.mutant(1234, original) != fuzz.mutant(1235, original)
    assert {fuzz.mutant(seed, original)[0] for seed in range(7)} == set(fuzz.KINDS)


def _load(data: bytes) -> None:
    """Load; any exception but IncidentLoadError fails the test by propagating."""
    error: IncidentLoadError | None = None
    try:
        parse_incident_bytes(data, "fuzz.yaml")
    except IncidentLoadError as caught:
        error = caught
    if error is None:
        return
    assert error.errors, "an error without problems"
    for problem in error.problems:
        assert PROBLEM.match(str(problem)), str(problem)
        assert problem.line >= 1
        assert problem.column >= 1


@SETTINGS
@given(st.binary(max_size=500))
def test_any_bytes(data: bytes) -> None:
    _load(data)


@SETTINGS
@given(YAMLISH)
def test_any_yaml_like_text(text: str) -> None:
    _load(text.encode("utf-8", errors="surrogatepass"))


@SETTINGS
@given(
    st.integers(min_value=0, max_value=len(MINIMAL) - 1),
    st.integers(min_value=0, max_value=8),
    st.sampled_from(["", " ", "  ", "-", ":", "#", "x", "'", '"', "\n", "[", "{", "&a", "*a", "9"]),
)
def test_small_edits_of_a_valid_file(start: int, length: int, insert: str) -> None:
    text = MINIMAL[:start] + insert + MINIMAL[start + length :]
    _load(text.encode("utf-8"))
