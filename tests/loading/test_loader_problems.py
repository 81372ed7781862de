"""What the loader reports: every problem, located, worded for people; and what it accepts."""

import os
import re
from pathlib import Path

import pytest
from minimal_incident import MINIMAL, changed, location, position, time_limit, write

from factsheet.loading import IncidentLoadError, load_incident, read_incident, yaml_reader
from factsheet.loading.problems import format_path

# FILE:LINE:COL: error: path: message
PROBLEM = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (error|warning): (\S+): (.+)$")


def _problems(path: Path) -> list[str]:
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(path)
    return [str(p) for p in caught.value.problems]


# Each kind of reference, broken on its own: (where the id is, the section it must name).
REFERENCES = [
    ("    publisher: outlet\n", "outlet", "sources[1].publisher", "actors"),
    ("    author: reporter\n", "reporter", "sources[1].author", "actors"),
    ("    relays: [monitor-report]\n", "monitor-report", "sources[1].relays[0]", "sources"),
    ("        actor: outlet\n", "outlet", "actors[2].relations[0].actor", "actors"),
    (
        "        actor: outlet\n        sources: [news-1]\n",
        "news-1",
        "actors[2].relations[0].sources[0]",
        "sources",
    ),
    ("      - {actor: army, role", "army", "timeline[0].actors[0].actor", "actors"),
    ("    sources: [news-1]\n    alternative_dates", "news-1", "timeline[0].sources[0]", "sources"),
    (
        "      - date: 2020-03-13\n        sources: [monitor-report]\n",
        "monitor-report",
        "timeline[0].alternative_dates[0].sources[0]",
        "sources",
    ),
    (
        (
            "    claimant: monitor\n    sources: [monitor-report, news-1]\n"
            "    claimed_on: 2020-03-15\n    qualifier: at-least"
        ),
        "monitor",
        "claims[0].claimant",
        "actors",
    ),
    (
        "  - id: monitor-total\n    claimant: monitor\n    sources: [monitor-report",
        "monitor-report",
        "claims[0].sources[0]",
        "sources",
    ),
    ("      - {actor: army, firmness", "army", "claims[0].perpetrators[0].actor", "actors"),
    ("    part_of: monitor-total\n", "monitor-total", "claims[1].part_of", "claims"),
    ("    revises: monitor-total\n", "monitor-total", "claims[2].revises", "claims"),
]


@pytest.mark.parametrize(
    ("context", "ref", "path", "section"), REFERENCES, ids=[r[2] for r in REFERENCES]
)
def test_each_kind_of_dangling_reference_is_located(
    tmp_path: Path, context: str, ref: str, path: str, section: str
) -> None:
    broken = context.replace(ref, "nobody", 1)
    text = changed(context, broken)
    file = write(tmp_path, text)
    line, column = location(text, text.index("nobody", text.index(broken)))
    (problem,) = _problems(file)
    # Nothing close to 'nobody': the sentence ends with the ids the section defines.
    assert problem.startswith(
        f"{file}:{line}:{column}: error: {path}: expected the id of one of the {section}; "
        f"found 'nobody', which is not defined under {section} (defined: "
    )
    assert problem.endswith(")")


def test_every_problem_is_reported_sorted_by_line(tmp_path: Path) -> None:
    text = MINIMAL
    text = changed("  status: developing\n", "  status: developping\n", text)
    text = changed("    kind: media\n", "    kind: media\n    colour: blue\n", text)
    text = changed("    count: 5\n", "    count: -5\n", text)
    text = changed("    revises: monitor-total\n", "    revises: monitor-totl\n", text)
    file = write(tmp_path, text)
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(file)
    errors = caught.value.errors
    assert [(p.path, p.line) for p in errors] == [
        ("incident.status", position(text, "developping")[0]),
        ("actors[1].colour", position(text, "colour")[0]),
        ("claims[1].count", position(text, "-5")[0]),
    ]
    # The guess comes first: the list of allowed values may be long.
    assert errors[0].message.startswith(
        "found 'developping'; did you mean 'developing'? (expected one of 'developing', "
    )
    # A broken reference is only checked once the file has the shape of an incident:
    # after fixing these three, the fourth appears.
    fixed = changed("    count: -5\n", "    count: 5\n", text)
    fixed = changed("    colour: blue\n", "", fixed)
    fixed = changed("developping", "developing", fixed)
    file.write_text(fixed, encoding="utf-8")
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(file)
    assert [p.path for p in caught.value.errors] == ["claims[2].revises"]


def test_references_and_model_errors_found_together_all_come_back(tmp_path: Path) -> None:
    text = changed("    publisher: outlet\n", "    publisher: nobody\n")
    text = changed("    author: reporter\n", "    author: no-one\n", text)
    text = changed("    relays: [monitor-report]\n", "    relays: [news-1]\n", text)
    file = write(tmp_path, text)
    messages = [p.message for p in _loading_error(file).errors]
    assert len(messages) == 3
    assert "found 'nobody'" in messages[0]
    assert "found 'no-one'" in messages[1]
    assert messages[2] == "expected another source; found the source itself ('news-1')"


def _loading_error(file: Path) -> IncidentLoadError:
    with time_limit(10), pytest.raises(IncidentLoadError) as caught:
        load_incident(file)
    return caught.value


def test_every_message_reads_file_line_column_severity_path_message(tmp_path: Path) -> None:
    text = changed("      precision: town\n", "      precision: city\n      latitude: 91\n")
    text = changed("  date: 2020-03-14\n  locations", "  date: 2020-14\n  locations", text)
    file = write(tmp_path, text)
    for line in _problems(file):
        match = PROBLEM.match(line)
        assert match, line
        assert match["file"] == str(file)
        assert "expected" in line


def test_duplicate_key_names_its_first_occurrence_even_deep_in_a_list(tmp_path: Path) -> None:
    text = changed("    basis: names-listed\n", "    basis: names-listed\n    basis: estimate\n")
    file = write(tmp_path, text)
    first_line = position(text, "basis: names-listed")[0]
    line, column = position(text, "basis: estimate")
    assert _problems(file) == [
        (
            f"{file}:{line}:{column}: error: claims[1].basis: expected each key once in a "
            f"mapping; found the key 'basis' again (first at line {first_line})"
        )
    ]


def test_model_check_points_at_the_field_it_is_about(tmp_path: Path) -> None:
    text = changed("      precision: town\n", "      precision: town\n      latitude: 34.2\n")
    file = write(tmp_path, text)
    line, column = position(text, "name: Example Town")
    assert _problems(file) == [
        (
            f"{file}:{line}:{column}: error: incident.locations[0].longitude: "
            "expected both latitude and longitude, or neither"
        )
    ]


def test_range_without_top_points_at_the_claim(tmp_path: Path) -> None:
    text = changed("    qualifier: exact\n", "    qualifier: range\n")
    file = write(tmp_path, text)
    line, column = position(text, "id: monitor-children")
    assert _problems(file) == [
        (
            f"{file}:{line}:{column}: error: claims[1].count_max: "
            "expected count_max with qualifier 'range'; found none"
        )
    ]


def test_optional_date_fields_are_located_at_their_value(tmp_path: Path) -> None:
    text = changed("    claimed_on: 2020-03-18\n", "    claimed_on: 2020-02-30\n")
    file = write(tmp_path, text)
    line, column = position(text, "2020-02-30")
    (problem,) = _problems(file)
    assert problem.startswith(f"{file}:{line}:{column}: error: claims[2].claimed_on: expected")
    assert problem.count("found") == 1, "the date's own message already says what was found"


def test_a_quoted_number_is_explained(tmp_path: Path) -> None:
    text = changed("    count: 15\n", '    count: "15"\n')
    file = write(tmp_path, text)
    (problem,) = _problems(file)
    assert problem.endswith(
        "claims[2].count: expected a whole number; found '15' — text, "
        "not a number: remove the quotes"
    )


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # Unquoted, so "remove the quotes" would send the writer looking for quotes.
        ("\u0661\u0665", "YAML reads only the digits 0-9 as a number: write 15"),
        ("\u06f1\u06f5", "YAML reads only the digits 0-9 as a number: write 15"),  # Persian
        (
            "\u0661\u066c\u0662\u0660\u0660",
            "YAML reads only the digits 0-9 as a number: write 1200",
        ),
        ("15\u00a0", "it holds U+00A0 NO-BREAK SPACE, which makes it text: write 15"),
        ("\ufeff15", "it holds U+FEFF ZERO WIDTH NO-BREAK SPACE, which makes it text: write 15"),
    ],
    ids=["arabic-indic", "persian", "arabic-grouped", "no-break-space", "byte-order-mark"],
)
def test_a_count_in_other_digits_or_with_a_pasted_space_says_what_to_write(
    tmp_path: Path, written: str, hint: str
) -> None:
    text = changed("    count: 15\n", f"    count: {written}\n")
    (problem,) = _problems(write(tmp_path, text))
    # The value is quoted as Python would: '١٥', '15\xa0'.
    assert problem.endswith(f"claims[2].count: expected a whole number; found {written!r} — {hint}")


def test_a_date_in_arabic_indic_digits_is_given_in_western_ones(tmp_path: Path) -> None:
    text = changed("  last_updated: 2020-03-20\n", "  last_updated: ٢٠٢٠-٠٣-٢٠\n")
    (problem,) = _problems(write(tmp_path, text))
    assert problem.endswith(
        "found '٢٠٢٠-٠٣-٢٠' — a date is written in the digits 0-9: write 2020-03-20"
    )


@pytest.mark.parametrize(
    ("old", "new", "path", "fix"),
    [
        (
            "  - id: monitor-update\n    claimant: monitor\n    sources: [monitor-report,",
            "  - id: monitor-update\n    claimant: monitor\n    sources: [monitor-report،",
            "claims[2].sources[0]",
            "write monitor-report, news-1",
        ),
        # A claimant written without brackets: the fix adds them.
        (
            "  - id: monitor-update\n    claimant: monitor\n",
            "  - id: monitor-update\n    claimant: monitor، outlet\n",
            "claims[2].claimant",
            "write [monitor, outlet]",
        ),
    ],
    ids=["in-a-list", "one-value"],
)
def test_ids_joined_by_an_arabic_comma_are_told_apart(
    tmp_path: Path, old: str, new: str, path: str, fix: str
) -> None:
    text = changed(old, new)
    problems = [p for p in _problems(write(tmp_path, text)) if "U+060C" in p]
    (problem,) = problems
    assert f": error: {path}: expected " in problem
    assert problem.endswith(
        "ids joined by the Arabic comma '،' (U+060C) — YAML separates the items of a list "
        f"with ',': {fix}"
    )


def test_crlf_line_endings_and_a_bom_load(tmp_path: Path) -> None:
    file = tmp_path / "windows.yaml"
    file.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode("utf-8"))
    incident = load_incident(file)
    assert incident.incident.title == "Shelling of a fictional market"
    assert incident.claims[1].part_of == "monitor-total"


def test_crlf_file_errors_are_located_on_the_right_line(tmp_path: Path) -> None:
    text = changed("    count: 15\n", "    count: -15\n")
    file = tmp_path / "windows.yaml"
    file.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    line, column = position(text, "count: -15")
    column += len("count: ")
    (problem,) = _problems(file)
    assert problem.startswith(f"{file}:{line}:{column}: error: claims[2].count:")


@pytest.mark.parametrize(
    "value", ["NO", "On", "off", "Yes", "y", "012", "0o17", "1:30", "0x1F", "1_000", "2017-10-21"]
)
def test_yaml_1_1_surprises_stay_text(tmp_path: Path, value: str) -> None:
    text = changed("    - name: Example Town\n", f"    - name: {value}\n")
    text = changed("  title: Shelling of a fictional market", f"  title: {value}", text)
    incident = load_incident(write(tmp_path, text))
    assert incident.incident.title == value
    assert incident.incident.locations[0].name == value


def test_a_bare_number_as_text_field_keeps_its_digits(tmp_path: Path) -> None:
    text = changed("  title: Shelling of a fictional market", "  title: 1984")
    assert load_incident(write(tmp_path, text)).incident.title == "1984"


def test_dates_stay_as_written(tmp_path: Path) -> None:
    text = changed("  date: 2020-03-14\n  locations", "  date: 2020\n  locations")
    incident = load_incident(write(tmp_path, text))
    assert incident.incident.date.text == "2020"
    assert incident.incident.date.words() == "2020"
    assert incident.incident.last_updated.text == "2020-03-20"


def test_anchors_and_aliases_within_limits_are_fine(tmp_path: Path) -> None:
    text = changed(
        "    sources: [news-1]\n    alternative_dates",
        "    sources: &s [news-1]\n    alternative_dates",
    )
    text = changed("        sources: [monitor-report]\n", "        sources: *s\n", text)
    incident = load_incident(write(tmp_path, text))
    assert incident.timeline[0].alternative_dates[0].sources == ("news-1",)


def test_a_folder_is_refused_as_unreadable(tmp_path: Path) -> None:
    error = _loading_error(tmp_path)
    assert error.unreadable
    assert [str(p) for p in error.problems] == [
        f"{tmp_path}:1:1: error: (file): expected a file; found a folder"
    ]


def test_a_missing_file_is_refused_as_unreadable(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    error = _loading_error(missing)
    assert error.unreadable
    assert [p.message for p in error.problems] == ["cannot read the file: it does not exist"]


def test_a_path_through_a_file_is_refused_as_unreadable(tmp_path: Path) -> None:
    not_a_folder = write(tmp_path, MINIMAL)
    error = _loading_error(not_a_folder / "incident.yaml")
    assert error.unreadable
    assert error.problems[0].message.startswith("cannot read the file:")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads files whatever their permissions; see the patched test below",
)
def test_a_file_without_read_permission_is_refused(tmp_path: Path) -> None:
    file = write(tmp_path, MINIMAL)
    file.chmod(0)
    try:
        error = _loading_error(file)
    finally:
        file.chmod(0o644)
    assert error.unreadable
    assert [p.message for p in error.problems] == ["cannot read the file: permission denied"]


def test_permission_denied_is_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = write(tmp_path, MINIMAL)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    error = _loading_error(file)
    assert error.unreadable
    assert [p.message for p in error.problems] == ["cannot read the file: permission denied"]


def test_read_incident_gives_digest_size_and_no_warnings(tmp_path: Path) -> None:
    file = write(tmp_path, MINIMAL)
    loaded = read_incident(file)
    assert loaded.size == len(MINIMAL.encode("utf-8"))
    assert len(loaded.sha256) == 64
    assert loaded.warnings == ()
    assert loaded.path == file


@pytest.mark.parametrize("pure_python", [False, True], ids=["libyaml", "pure-python"])
def test_an_escaped_lone_surrogate_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pure_python: bool
) -> None:
    # Half a UTF-16 pair is no character: it could not even be written to the JSON export.
    if pure_python:
        monkeypatch.setattr(yaml_reader, "_make_parser", yaml_reader.PurePythonParser)
    text = changed("  title: Shelling of a fictional market", '  title: "\\uD800"')
    file = write(tmp_path, text)
    (problem,) = _loading_error(file).errors
    assert problem.line == 4
    # Said what was expected, not PyYAML's "found invalid Unicode character escape code".
    assert "half of a UTF-16 pair (\\uD800–\\uDFFF), which is not a character" in problem.message
    assert problem.message.endswith(
        "write the character itself, or the escape of the whole character"
    )
    if not pure_python:  # libyaml stops at the escape: its backslash is pointed at
        assert problem.column == 11
        assert problem.message == (
            "not valid YAML: expected a \\u escape of a character (such as \\u00e9 for é, or "
            "\\U0001F600 past U+FFFF); found \\uD800 at 4:11, half of a UTF-16 pair "
            "(\\uD800–\\uDFFF), which is not a character on its own — write the character "
            "itself, or the escape of the whole character"
        )


def test_a_refused_value_is_reported_once(tmp_path: Path) -> None:
    text = changed("  title: Shelling of a fictional market", "  title: !!binary aGVsbG8=")
    file = write(tmp_path, text)
    assert [p.path for p in _loading_error(file).errors] == ["incident.title"]


def test_a_refused_value_under_an_unknown_key_reports_both(tmp_path: Path) -> None:
    text = changed("  status: developing\n", "  status: developing\n  colour: !!binary aGVsbG8=\n")
    file = write(tmp_path, text)
    messages = [p.message for p in _loading_error(file).errors]
    assert len(messages) == 2
    assert messages[0].startswith("unknown key 'colour' (allowed: id, title, title_ar, ")
    assert messages[1].endswith("found the unsupported tag tag:yaml.org,2002:binary")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_named_pipe_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "incident.yaml"
    os.mkfifo(fifo)  # nobody writes to it: opening it to read would wait forever
    error = _loading_error(fifo)
    assert error.unreadable
    assert [str(p) for p in error.problems] == [
        f"{fifo}:1:1: error: (file): expected a file; found a pipe"
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_before_it_is_read() -> None:
    error = _loading_error(Path("/dev/zero"))
    assert error.unreadable
    assert [p.message for p in error.problems] == ["expected a file; found a device"]


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket  # noqa: TID251 - a local socket file, never a connection

    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("needs Unix sockets")
    path = tmp_path / "s.yaml"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        error = _loading_error(path)
    assert [p.message for p in error.problems] == ["expected a file; found a socket"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_pipe_swapped_in_after_the_check_is_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = write(tmp_path, MINIMAL)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    real_stat = os.stat

    def stat_then_swap(path: object, *args: object, **kwargs: object) -> os.stat_result:
        result = real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        if Path(str(path)) == file:
            fifo.replace(file)  # between the check and the open
        return result

    monkeypatch.setattr(os, "stat", stat_then_swap)
    error = _loading_error(file)
    assert [p.message for p in error.problems] == ["expected a file; found a pipe"]


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ((), "(file)"),
        (("timeline", 3, "date"), "timeline[3].date"),
        (("incident", "my key"), "incident['my key']"),
        (("\xa0",), "['\\xa0']"),
        (("",), "['']"),
        (("k" * 100,), "k" * 60 + "…"),
    ],
)
def test_paths_show_every_key_visibly(path: tuple[str | int, ...], shown: str) -> None:
    assert format_path(path) == shown


def test_warnings_of_a_valid_file_are_located_and_sorted(tmp_path: Path) -> None:
    text = changed("    sources: [news-1]\n    alternative_dates", "    alternative_dates")
    text = changed(
        "    kind: news-report\n",
        "    kind: news-report\n    url: https://example.org/news-1\n",
        text,
    )
    file = write(tmp_path, text)
    loaded = read_incident(file)
    assert [(w.line, w.column, w.path) for w in loaded.warnings] == [
        (*position(text, "https://example.org"), "sources[1].url"),
        (*position(text, "id: shelling"), "timeline[0].sources"),
    ]
    assert loaded.incident.timeline[0].sources == ()


def test_every_hidden_line_break_is_located_on_the_line_an_editor_shows(tmp_path: Path) -> None:
    text = changed("Shelling of a", "Shelling\u2028of a")
    text = changed("Example Reporter", "Example\u2028Reporter", text)
    problems = _problems(write(tmp_path, text))
    # libyaml would count the first as a line break and put the second on line 21.
    assert [(p.split(":")[1], p.split(":")[2]) for p in problems] == [("4", "18"), ("20", "18")]


def test_a_file_with_old_mac_line_endings_gets_twenty_located_problems(tmp_path: Path) -> None:
    problems = _problems(write(tmp_path, MINIMAL.replace("\n", "\r")))
    assert len(problems) == 20
    assert problems[0].startswith(f"{tmp_path / 'incident.yaml'}:1:18: error: (file): ")
    assert "old Mac line ending" in problems[0]
    assert problems[-1].endswith("(and more like it further on)")


def test_invisible_characters_are_located_warnings(tmp_path: Path) -> None:
    # issue 12: these loaded silently; the title showed blank, "Da\u200besh" hid from search.
    text = changed("  title: Shelling of a fictional market", '  title: "\u200b\u2060\u202e"')
    text = changed("    text: Shells hit the market.", "    text: Da\u200besh shelled it.", text)
    text = changed("    name: Example Monitor", "    name: Example Monitor\u202erotinoM", text)
    loaded = read_incident(write(tmp_path, text))
    found = [(p.line, p.column, p.path, p.message.split(";")[1][:30]) for p in loaded.warnings]
    assert found == [
        (4, 10, "incident.title", " found only invisible characte"),
        (14, 11, "actors[0].name", " found U+202E RIGHT-TO-LEFT OV"),
        (48, 11, "timeline[0].text", " found U+200B ZERO WIDTH SPACE"),
    ]


# --- claimant: one actor id, or a list of them for a joint claim (issue 10) ---------------

_CLAIMANT = "  - id: monitor-total\n    claimant: monitor\n"


def test_a_joint_claimant_is_a_list_and_one_id_stays_valid(tmp_path: Path) -> None:
    joint = changed(_CLAIMANT, "  - id: monitor-total\n    claimant: [monitor, outlet]\n")
    incident = load_incident(write(tmp_path, joint))
    assert incident.claims[0].claimant == ("monitor", "outlet")
    assert incident.claims[1].claimant == ("monitor",)  # `claimant: monitor`, as in format 1


ACTOR_ID = "an actor id such as sohr: lower-case letters, digits, . _ -"


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        (
            "    publisher: outlet\n",
            "    publisher: EXAMPLE  news\n",
            "sources[1].publisher",
            f"found 'EXAMPLE  news'; did you mean 'outlet'? (expected {ACTOR_ID})",
        ),
        (
            "  - id: monitor-update\n    claimant: monitor\n",
            "  - id: monitor-update\n    claimant: [monitor, مراسل المثال]\n",
            "claims[2].claimant[1]",
            f"found 'مراسل المثال'; did you mean 'reporter'? (expected {ACTOR_ID})",
        ),
        (
            "    author: reporter\n",
            "    author: the correspondent\n",
            "sources[1].author",
            "found 'the correspondent'; did you mean 'reporter'?",
        ),
        (
            "    relays: [monitor-report]\n",
            "    relays: [Example Monitor]\n",
            "sources[1].relays[0]",
            (
                "expected a source id such as trt-2017-10-23: lower-case letters, digits, . _ -; "
                "found 'Example Monitor', which names the actor 'monitor', not a source"
            ),
        ),
        (
            "    part_of: monitor-total\n",
            "    part_of: Monitor Total\n",
            "claims[1].part_of",
            (
                "found 'Monitor Total'; did you mean 'monitor-total'? (expected a claim id such "
                "as sohr-128-documented: "
            ),
        ),
        (
            "  - id: shelling\n",
            "  - id: Shelling of the market\n",
            "timeline[0].id",
            (
                "found 'Shelling of the market'; did you mean 'shelling-of-the-market'? "
                "(expected an event id such as regime-retakes-town-2016: "
            ),
        ),
        (
            "        actor: coalition\n",
            "        actor: Example Alliance\n",
            "actors[3].relations[0].actor",
            f"expected {ACTOR_ID}; found 'Example Alliance'",
        ),
    ],
    ids=[
        "name",
        "arabic-name",
        "alias",
        "actor-for-a-source",
        "claim",
        "own-id",
        "unknown-name",
    ],
)
def test_a_name_written_for_an_id_gets_the_id_it_names(
    tmp_path: Path, old: str, new: str, path: str, message: str
) -> None:
    """`publisher: TRT World` → did you mean 'trt-world'? (case, spaces and marks aside),
    and the example is an id of the kind the key names."""
    names = changed(
        "    name: Example Reporter\n",
        "    name: Example Reporter\n    name_ar: مُراسِل المثال\n"
        "    aliases:\n      - {name: The Correspondent}\n",
    )
    text = changed(old, new, names)
    (problem,) = _problems(write(tmp_path, text))
    found = re.search(r"found '([^']*)'", message)
    assert found is not None
    line, column = location(text, text.index(new) + new.index(found.group(1)))
    assert f":{line}:{column}: error: {path}: " in problem
    assert message in problem


def test_a_name_two_items_share_or_a_hostile_section_gets_no_guess(tmp_path: Path) -> None:
    shared = changed("    name: Example News\n", "    name: Example Monitor\n")
    text = changed("    publisher: outlet\n", "    publisher: Example Monitor\n", shared)
    (problem,) = _problems(write(tmp_path, text))
    assert problem.endswith(f"expected {ACTOR_ID}; found 'Example Monitor'")


@pytest.mark.parametrize(
    ("value", "path", "message"),
    [
        ("[monitor, outlett]", "claims[0].claimant[1]", "found 'outlett', which is not defined"),
        (
            "[monitor, monitor]",
            "claims[0].claimant",
            "expected each claimant once; found 'monitor'",
        ),
        ("[]", "claims[0].claimant", "expected at least 1 item(s); found 0"),
        ("{id: monitor}", "claims[0].claimant", "expected an actor id or a list of actor ids"),
        ("Monitor", "claims[0].claimant", "found 'Monitor'; did you mean 'monitor'?"),
        ("[monitor, Outlet]", "claims[0].claimant[1]", "found 'Outlet'; did you mean 'outlet'?"),
    ],
    ids=["undefined", "twice", "empty", "mapping", "not-an-id", "not-an-id-in-a-list"],
)
def test_a_wrong_claimant_is_located_and_explained(
    tmp_path: Path, value: str, path: str, message: str
) -> None:
    text = changed(_CLAIMANT, f"  - id: monitor-total\n    claimant: {value}\n")
    (problem,) = _problems(write(tmp_path, text))
    line, _ = position(text, "    claimant: " + value)
    assert f":{line}:" in problem
    assert f": error: {path}: " in problem
    assert message in problem


def test_a_name_for_an_id_is_looked_up_safely_in_a_file_of_odd_items(tmp_path: Path) -> None:
    # Items the model refuses (not mappings, ids that are not text, aliases as text) are
    # skipped by the lookup: the file's other errors are reported, the name gets no guess.
    text = changed(
        "actors:\n  - id: monitor\n",
        "actors:\n  - 7\n  - {id: 8, name: Example News}\n"
        "  - {id: odd, name: Odd, kind: media, aliases: Example News}\n  - id: monitor\n",
    )
    text = changed("    publisher: outlet\n", "    publisher: Example  NEWS\n", text)
    problems = _problems(write(tmp_path, text))
    publisher = next(p for p in problems if "sources[1].publisher" in p)
    assert "did you mean 'outlet'?" in publisher  # the one well-formed item of that name


def test_factsheets_own_json_export_is_named_not_read_as_an_incident(tmp_path: Path) -> None:
    exported = tmp_path / "a.json"
    exported.write_text(
        '{"generator": "Factsheet 0.1.0", "format_version": 1, "file": {"name": "a.yaml"},'
        ' "incident": {}, "key_figures": [], "claims": []}\n',
        encoding="utf-8",
    )
    with pytest.raises(IncidentLoadError) as caught:
        load_incident(exported)
    assert caught.value.unreadable
    assert [str(p) for p in caught.value.problems] == [
        (
            f"{exported}:1:1: error: (file): expected an incident file; found Factsheet's JSON "
            "export of one (Factsheet 0.1.0), which it writes but does not read — check the YAML "
            "file it was exported from (a.yaml)"
        )
    ]
