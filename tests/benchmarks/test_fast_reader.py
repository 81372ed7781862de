"""The benchmarks' yaml-rs fast reader gives yaml_reader's exact result, or refuses."""

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

import fast_reader  # benchmarks/ is on the test path (pyproject.toml)
from fast_reader import FastPathUnavailableError, read_plain

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
        "a: _0\n",  # yaml-rs: 0 (found by the property test below)
        "a: [?x]\n",  # libyaml: [{x: None}]; yaml-rs: ["?x"]
        "a: |\nb: 1\n",  # empty block scalar: yaml-rs "\n", libyaml ""
        "a: |+\n  kept\n\n",
        "<<: {a: 1}\n",
        'a: "\\ud800"\n',
        "a: b\x07\n",
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


def test_text_keys_only_are_promised_and_others_fail_validation_either_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # yaml-rs keeps 1: and true: as 1 and True where yaml_reader makes "1" and "true"; no
    # mapping of the format accepts either, so the wired loader reports the same problems.
    text = SAMPLE.read_text(encoding="utf-8").replace("  status: developing", "  1: developing")
    assert read_plain(text)["incident"][1] == "developing"
    before, after = _load_both(text.encode("utf-8"), monkeypatch)
    assert isinstance(after, list)
    assert after == before


def test_deep_nesting_is_refused_without_crashing() -> None:
    # yaml-rs recurses: 30,000 levels kill the process (SIGSEGV), so run it in a child.
    script = (
        "from fast_reader import read_plain, FastPathUnavailableError\n"
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
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT / "benchmarks",
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["refused"] * 4


def test_nesting_the_guards_let_through_is_safe_on_a_small_thread_stack() -> None:
    # 31 block levels and 255 flow levels pass the guards; a 128 KB thread calling yaml-rs
    # directly crashed on this. The loader may run on a worker with little stack (macOS).
    script = (
        "import threading\n"
        "from fast_reader import read_plain\n"
        "text = 'a:\\n' + ''.join('  ' * i + '-\\n' for i in range(1, 31))\n"
        "text += '  ' * 31 + '- ' + '[' * 255 + ']' * 255 + '\\n'\n"
        "threading.stack_size(128 * 1024)\n"
        "t = threading.Thread(target=lambda: print(len(read_plain(text)['a']))); t.start()\n"
        "t.join()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT / "benchmarks",
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["1"]


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


# The loader with the fast path wired in (loader.read_yaml -> fast_reader.read_document, as
# benchmarks/check_fast.py does and docs/performance.md proposes) must load the same incident
# and report the same located problems.


def _load_both(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    from factsheet.loading import loader

    def outcome() -> Any:
        try:
            return loader.parse_incident_bytes(data, "file.yaml")
        except loader.IncidentLoadError as exc:
            return [str(p) for p in exc.problems]

    before = outcome()
    with monkeypatch.context() as patch:
        patch.setattr(loader, "read_yaml", fast_reader.read_document)
        after = outcome()
    return before, after


def test_wired_loader_loads_the_same_incident(monkeypatch: pytest.MonkeyPatch) -> None:
    generate = _generator()
    data = generate.generate(generate.Shape.for_events(500)).encode("utf-8")
    calls: list[str] = []
    real = fast_reader.read_plain

    def counted(text: str) -> Any:
        calls.append("fast")
        return real(text)

    monkeypatch.setattr(fast_reader, "read_plain", counted)
    before, after = _load_both(data, monkeypatch)
    assert calls == ["fast"]  # the generated file is valid, so one fast read was enough
    assert after == before
    assert len(after[0].timeline) == 500


def test_wired_loader_keeps_line_and_column_of_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    generate = _generator()
    text = generate.generate(generate.Shape.for_events(300))
    broken = text.replace("qualifier: at-least", "qualifier: at least", 1)
    broken = broken.replace("date: 2017-", "date: 2017-13-", 1)
    before, after = _load_both(broken.encode("utf-8"), monkeypatch)
    assert isinstance(after, list)
    assert after == before
    line = broken[: broken.index("qualifier: at least")].count("\n") + 1
    assert any(f":{line}:" in problem for problem in after)


def test_wired_loader_keeps_a_plain_012_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "date_wording: in August 2015", "date_wording: 012", 1
    )
    before, after = _load_both(text.encode("utf-8"), monkeypatch)
    assert after == before
    assert after[0].timeline[0].date_wording == "012"


@pytest.mark.parametrize("piece_chars", [1, 64, 500, 5_000])
def test_reading_in_pieces_gives_the_same_value(
    monkeypatch: pytest.MonkeyPatch, piece_chars: int
) -> None:
    # Large texts are read a piece at a time (so the GUI thread gets the GIL in between);
    # tiny pieces put a cut at every top-level key and timeline item of these files.
    generate = _generator()
    texts = [
        SAMPLE.read_text(encoding="utf-8"),
        generate.generate(generate.Shape.for_events(60)),
        # a sequence at the key's own indentation, items with multi-line values
        "title: x\ntimeline:\n"
        + "".join(f"- id: e{i}\n  text: 'a\n    b'\n  tags: [a,\n    b]\n" for i in range(200))
        + "# the end\nend: 1\n",
    ]
    monkeypatch.setattr(fast_reader, "PIECE_CHARS", piece_chars)
    for text in texts:
        assert repr(read_plain(text)) == repr(_slow(text))


@pytest.mark.parametrize(
    "text",
    [
        'a: 1\nb: "two\nc: 3"\nd: 4\n',  # a quoted value runs over a line at column 0
        "a: [1,\n2]\nb: 3\n",
        "a:\n  - x\n  - 'y\n  - z'\n  - w\n",  # a quoted item runs over an item's start
        "a:\n  - x\n  - y\n# note\nb: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\na: 2\n",  # a duplicate key in two pieces
        "a:\n  - x\n - y\n",
    ],
)
def test_cuts_inside_values_never_change_them(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(fast_reader, "PIECE_CHARS", 1)
    _same_or_refused(text)
    if text.count("a:") == 2:
        with pytest.raises(FastPathUnavailableError):
            read_plain(text)
