"""The fast reader gives yaml_reader's exact result, or refuses so the loader falls back."""

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.loading.yaml_reader import YamlSyntaxError, read_yaml

pytest.importorskip("yaml_rs", reason="the fast path needs yaml-rs")

from factsheet.loading.fast_reader import FastPathUnavailableError, read_plain

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _slow(text: str) -> Any:
    doc = read_yaml(text, keep_marks=False)
    assert not doc.problems
    return doc.value


def _same_or_refused(text: str) -> None:
    """read_plain either refuses, or returns exactly what yaml_reader returns (types included)."""
    try:
        fast = read_plain(text)
    except FastPathUnavailableError:
        return
    try:
        slow = read_yaml(text, keep_marks=False)
    except YamlSyntaxError:
        # yaml-rs follows YAML 1.2 where libyaml does not ([:0] is a valid flow sequence);
        # the loader still reports such a file at its line if validation fails.
        return
    assert not slow.problems, f"the fast reader accepted a text with problems: {text!r}"
    assert repr(fast) == repr(slow.value)  # repr: 1 == 1.0 == True would hide a type change


def test_sample_reads_the_same() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert read_plain(text) == _slow(text)
    assert repr(read_plain(text)) == repr(_slow(text))


@pytest.mark.parametrize("events", [10, 300, 2_000])
def test_generated_files_read_the_same(events: int) -> None:
    generate = _generator()
    text = generate.generate(generate.Shape.for_events(events))
    fast = read_plain(text)  # the generated files must stay on the fast path
    assert len(fast["timeline"]) == events
    assert repr(fast) == repr(_slow(text))


@pytest.mark.parametrize(
    ("scalar", "expected"),
    [
        ("NO", "NO"),
        ("yes", "yes"),
        ("1:30", "1:30"),
        ("2017-10-21", "2017-10-21"),
        ("2017-10-21T10:05:00Z", "2017-10-21T10:05:00Z"),
        ("12", 12),
        ("-3", -3),
        ("+12", 12),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("true", True),
        ("~", None),
        ("'012'", "012"),
        ('"0x1F"', "0x1F"),
        ("at 09:05 on 08 May", "at 09:05 on 08 May"),
        ("Smith & Sons", "Smith & Sons"),
        ("12345678901234567890", None),  # see the note in fast_reader: same once validated
    ],
)
def test_scalars_keep_their_type(scalar: str, expected: object) -> None:
    value = read_plain(f"a: {scalar}\n")["a"]
    if expected is None and scalar != "~":
        assert str(value) == scalar
        return
    assert repr(value) == repr(expected)
    assert repr(value) == repr(_slow(f"a: {scalar}\n")["a"])


@pytest.mark.parametrize(
    "text",
    [
        "a: 012\n",  # yaml-rs: 12; yaml_reader: "012"
        "a: -012\n",
        "a: [1, 012]\n",
        '{"a":012}\n',
        "a: 0o17\n",
        "a: 0x1F\n",
        "a: 0b101\n",
        "a: 1_000\n",
        "a: +12345678901234567890\n",
        "a: .Inf\n",
        "a: !!str 12\n",
        "a: ! 12\n",
        "a: &x 012\n",
        "a: &x [1]\nb: *x\n",
        "%YAML 1.1\n---\na: NO\n",
        "a: 1\na: 2\n",
        "a: 1\n---\nb: 2\n",
        "- a\n",
        "",
        "# only a comment\n",
        "a: [1\n",
    ],
)
def test_what_it_cannot_promise_is_refused(text: str) -> None:
    with pytest.raises(FastPathUnavailableError):
        read_plain(text)


def test_deep_nesting_is_refused_without_crashing() -> None:
    # yaml-rs recurses: 30,000 levels kill the process (SIGSEGV), so run it in a child.
    script = (
        "from factsheet.loading.fast_reader import read_plain, FastPathUnavailableError\n"
        "n = 30_000\n"
        "texts = ['a:\\n' + ''.join(' ' * i + 'b:\\n' for i in range(1, n)),\n"
        "         '- ' * n + 'x\\n', ''.join('  ' * i + '-\\n' for i in range(n)),\n"
        "         '[' * n + ']' * n]\n"
        "for t in texts:\n"
        "    try:\n"
        "        read_plain(t)\n"
        "    except FastPathUnavailableError:\n"
        "        print('refused')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["refused"] * 4


def test_missing_yaml_rs_means_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml_rs", None)  # makes `import yaml_rs` fail
    with pytest.raises(FastPathUnavailableError, match="not installed"):
        read_plain("a: 1\n")


def test_windows_line_endings_and_block_scalars_read_the_same() -> None:
    text = (
        "a: |\r\n  line one\r\n  line two\r\nb: >-\r\n  folded\r\n  text\r\n\r\n  more\r\n"
        "c: \"tab\\there \\u00e9\"\r\nd: 'it''s'\r\ne: plain\r\n  continued\r\n"
        "f: قال شاهد عيان\r\n"
    )
    assert repr(read_plain(text)) == repr(_slow(text))


_SCALAR_ALPHABET = "0123456789+-._eExXoObB:~ ntrufalsNIF,#'\"!&*[]{}"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_SCALAR_ALPHABET, min_size=1, max_size=8))
def test_any_short_value_reads_the_same_or_is_refused(scalar: str) -> None:
    _same_or_refused(f"key: {scalar}\nother: [{scalar}]\n")
