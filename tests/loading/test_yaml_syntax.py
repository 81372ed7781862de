"""The words and place a user gets for common hand-editing slips in the YAML itself."""

from pathlib import Path

import pytest

from factsheet.loading import yaml_reader
from factsheet.loading.loader import IncidentLoadError, parse_incident_bytes
from factsheet.loading.yaml_reader import Mark, YamlSyntaxError, read_yaml

SAMPLE = Path(__file__).parents[2] / "data" / "al-qaryatayn-2017.yaml"


def _syntax_error(text: str) -> tuple[Mark, str]:
    with pytest.raises(YamlSyntaxError) as caught:
        read_yaml(text, keep_marks=False)
    return caught.value.problem.mark, caught.value.problem.message


def _sample_with(old: str, new: str) -> tuple[str, str]:
    """The sample with one edit; the error as printed and the line that was edited."""
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    edited = text.replace(old, new, 1)
    with pytest.raises(IncidentLoadError) as caught:
        parse_incident_bytes(edited.encode(), "f.yaml")
    (problem,) = caught.value.problems
    line = edited[: edited.index(new)].count("\n") + 1
    return f"{problem.line}:{problem.column}: {problem.message}", str(line)


def test_a_colon_inside_unquoted_text_names_the_fix() -> None:
    mark, message = _syntax_error("event:\n  text: Daesh militants: first seized the town\n")
    assert mark == Mark(2, 24)
    assert message == (
        "not valid YAML: expected one ': ' (after the key 'text'); found another inside the "
        'unquoted text — put the text in quotes: text: "Daesh militants: first seized the town"'
    )


def test_a_colon_in_text_that_holds_double_quotes_suggests_single_quotes() -> None:
    _, message = _syntax_error('a: the "Lions": a unit\n')
    assert message.endswith("""put the text in quotes: a: 'the "Lions": a unit'""")


def test_a_key_indented_too_far_reads_as_more_text() -> None:
    mark, message = _syntax_error("claim:\n    qualifier: at-least\n     count: 80\n")
    assert mark == Mark(3, 6)
    assert message == (
        "not valid YAML: expected 'count' lined up with the key above it (4 spaces, line 2); "
        "found it indented 5 spaces, so it reads as more of the text on line 2 "
        "— indent it like the line above"
    )


def test_a_key_indented_between_a_dash_and_its_keys() -> None:
    mark, message = _syntax_error("claims:\n  - id: a\n    qualifier: at-least\n   count: 80\n")
    assert mark == Mark(4, 4)
    assert message == (
        "not valid YAML: expected a line lined up with the keys of the list item on line 2 "
        "(4 spaces) or a new item starting with '-'; found 'count: 80' indented 3 spaces"
    )


@pytest.mark.parametrize(
    ("indent", "expected"),
    [
        (
            2,
            (
                "expected another list item starting with '-', as on line 6; found 'count: 3' at "
                "the same indent — a key cannot follow list items there"
            ),
        ),
        (
            3,
            (
                "expected a line lined up with the keys of the list item on line 6 (4 spaces) or a "
                "new item starting with '-'; found 'count: 3' indented 3 spaces"
            ),
        ),
    ],
)
def test_a_slip_in_a_later_list_item_names_that_item(indent: int, expected: str) -> None:
    # libyaml's context is the first item (line 2); the slip is in the third (line 6).
    text = (
        "claims:\n  - id: a\n    count: 1\n  - id: b\n    count: 2\n  - id: c\n"
        f"    qualifier: exact\n{' ' * indent}count: 3\n"
    )
    assert _syntax_error(text) == (Mark(8, indent + 1), f"not valid YAML: {expected}")


def test_a_key_after_list_items_at_their_indent() -> None:
    _, message = _syntax_error("a:\n  - x\n  y: 1\n")
    assert message == (
        "not valid YAML: expected another list item starting with '-', as on line 2; "
        "found 'y: 1' at the same indent — a key cannot follow list items there"
    )


def test_a_key_indented_less_than_its_neighbours() -> None:
    mark, message = _syntax_error("a:\n    b: 1\n  c: 2\n")
    assert mark == Mark(3, 3)
    assert message == (
        "not valid YAML: expected a key lined up with the keys above it (4 spaces, line 2) "
        "or with the one on line 1 (0 spaces); found 'c: 2' indented 2 spaces"
    )


def test_a_missing_colon_is_reported_on_its_own_line() -> None:
    mark, message = _syntax_error("claim:\n  outcome killed\n  qualifier: at-least\n")
    assert mark == Mark(2, 3)  # libyaml's own mark is the line below
    assert message == (
        "not valid YAML: expected a key followed by ':'; found 'outcome killed' without one "
        "— write outcome: killed"
    )


def test_an_unclosed_quote_is_reported_where_it_opened_not_at_the_next_quote() -> None:
    located, edited_line = _sample_with(
        "  title: Killings", '  title: "Killings'
    )  # the sample's next '"' is 30 lines further down
    line, column, _ = located.split(":", 2)
    assert line == edited_line
    assert column == "10"
    assert f"a quoted text opened at {edited_line}:10 is never closed on its line" in located
    assert f'expected a closing " on line {edited_line}; found the next " only at ' in located
    assert located.endswith(f'— add the closing " on line {edited_line}')


def test_a_quote_never_closed_before_the_end_of_the_file() -> None:
    mark, message = _syntax_error('a:\n  b: "open\n  c: d\n')
    assert mark == Mark(2, 6)
    assert message == (
        'not valid YAML: a quoted text opened at 2:6 is never closed: expected a closing "; '
        'found the end of the file — add the closing "'
    )


def test_an_apostrophe_inside_single_quotes() -> None:
    mark, message = _syntax_error("a:\n  b: 'it's fine'\n")
    assert mark == Mark(2, 10)
    assert message == (
        "not valid YAML: expected the value to end at its closing ' (2:9); found more text "
        "after it — write a ' inside '…' as '' (it''s), or use double quotes"
    )


def test_a_list_in_brackets_never_closed() -> None:
    mark, message = _syntax_error("sources: [trt, sohr\nclaims: []\n")
    assert mark == Mark(1, 10)
    assert message == (
        "not valid YAML: the [ opened at 1:10 is never closed: expected ',' or ']'; "
        "found 'claims: []' at line 2 — add the closing ]"
    )


def test_a_mapping_in_braces_never_closed_at_the_end_of_the_file() -> None:
    # Truncated mid-file (a download cut short): 2 lines, and libyaml says line 3.
    mark, message = _syntax_error("actors:\n  - {actor: army, role: ")
    assert mark == Mark(2, 5)
    assert message == (
        "not valid YAML: the { opened at 2:5 is never closed: expected a value, then ',' or "
        "'}'; found the end of the file after line 2 — add the closing }"
    )


@pytest.mark.parametrize(
    ("text", "mark", "opener"),
    [
        ("actors:\n  - {actor: army, \n", Mark(2, 5), "{"),
        ("sources: [trt, \n\n# the rest is missing\n", Mark(1, 10), "["),
        ("a: [b, {c: d\n", Mark(1, 8), "{"),
        ("a: {b: [1, 2\n", Mark(1, 8), "["),
        ("a: [b, {c: d}\n# comment\n\n", Mark(1, 4), "["),
    ],
)
def test_an_unclosed_bracket_at_the_end_is_named_where_it_opened(
    text: str, mark: Mark, opener: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    closer = "]" if opener == "[" else "}"
    lines = len(text.rstrip("\n").split("\n"))
    last_real = max(
        n for n, line in enumerate(text.split("\n"), start=1) if line.strip() and line[0] != "#"
    )
    for parser in (yaml_reader._make_parser, yaml_reader.PurePythonParser):
        monkeypatch.setattr(yaml_reader, "_make_parser", parser)
        at, message = _syntax_error(text)
        assert at == mark, parser
        assert f"the {opener} opened at {mark.line}:{mark.column} is never closed" in message
        assert f"found the end of the file after line {last_real} — add the closing {closer}" in (
            message
        ), message
        assert at.line <= lines


def test_no_error_points_past_the_last_line() -> None:
    # "key:" then a lone "-" and "?" at the end: whatever libyaml says, it is on a real line.
    for text in ("a: b\n- c\n", "a:\n  - b\n  c\n", "a: [b]]\n", "? [a\n", "a: b\n  c: d\n\n\n"):
        with pytest.raises(YamlSyntaxError) as caught:
            read_yaml(text, keep_marks=False)
        last = len(text.rstrip("\n").split("\n"))
        assert caught.value.problem.mark.line <= last, (text, caught.value.problem)


def test_a_value_starting_with_an_at_sign() -> None:
    _, message = _syntax_error("handle: @sohr\n")
    assert message == (
        "not valid YAML: expected a value; found '@', which cannot start unquoted text "
        "— put the value in quotes"
    )


def test_a_colon_slip_in_the_sample_is_located_at_the_colon() -> None:
    located, edited_line = _sample_with(
        "text: Daesh militants first seized", "text: Daesh militants: first seized"
    )
    assert located.startswith(f"{edited_line}:26: not valid YAML: expected one ': '")


def test_a_slip_it_does_not_recognise_keeps_the_parsers_words() -> None:
    _, message = _syntax_error("sources: [trt,, sohr]\n")
    assert message == (
        "not valid YAML: while parsing a flow node did not find expected node content"
    )


def test_text_starting_with_an_asterisk() -> None:
    mark, message = _syntax_error("key_points:\n  - * most victims were civilians\n")
    assert mark == Mark(2, 5)
    assert message == (
        "not valid YAML: expected a value; found '*', which starts an alias (a reference to "
        "&name) — put text that begins with * in quotes"
    )


@pytest.mark.parametrize(
    "text",
    [
        "event:\n  text: Daesh militants: first seized the town\n",
        "claim:\n    qualifier: at-least\n     count: 80\n",
        "claims:\n  - id: a\n    qualifier: at-least\n   count: 80\n",
        "a:\n  - x\n  y: 1\n",
        "a:\n    b: 1\n  c: 2\n",
        "claim:\n  outcome killed\n  qualifier: at-least\n",
        'a:\n  b: "open\n  c: d\n',
        "a:\n  b: 'it's fine'\n",
        'a:\n  b: "x\n  c: d\n  e: "y"\n',
        "sources: [trt, sohr\nclaims: []\n",
        "handle: @sohr\n",
        "claim:\n    qualifier: at-least\n\tcount: 80\n",
        "claims:\n  - id: a\n    count: 80\n- b\n",
        "relation:\n  sources: [trt]\n   note: late\n",
        "key_points:\n  - * most victims were civilians\n",
        'title: "\\UFFFFFFFF"\n',  # the pure-Python reader fails inside chr()
    ],
)
def test_installs_without_libyaml_give_the_same_hints(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_libyaml = _syntax_error(text)
    monkeypatch.setattr(yaml_reader, "_make_parser", yaml_reader.PurePythonParser)
    assert _syntax_error(text) == with_libyaml
    assert not with_libyaml[1].startswith("not valid YAML: while ")  # a hint, not raw words


def test_a_tab_used_to_indent() -> None:
    mark, message = _syntax_error("claim:\n    qualifier: at-least\n\tcount: 80\n")
    assert mark == Mark(3, 1)
    assert message == (
        "not valid YAML: expected spaces; found a tab, which YAML does not allow here "
        "(a tab: indent with spaces only)"
    )


def test_text_after_a_quote_that_rightly_spans_lines_is_not_called_unclosed() -> None:
    mark, message = _syntax_error('a:\n  b: "one long\n    quoted text" and more\n')
    assert mark == Mark(3, 18)
    assert message == (
        'not valid YAML: expected the value to end at its closing " (3:16); found more text '
        'after it — write a " inside "…" as \\", or use single quotes'
    )


def test_a_list_item_where_a_key_belongs() -> None:
    mark, message = _syntax_error("claims:\n  - id: a\n    count: 80\n- b\n")
    assert mark == Mark(4, 1)
    assert message == (
        "not valid YAML: expected a key here, as in the mapping from line 1; found the list "
        "item '- b' — a list goes under a key of its own, indented below it"
    )


def test_a_key_indented_too_far_after_a_list_value() -> None:
    mark, message = _syntax_error("relation:\n  sources: [trt]\n   note: late\n")
    assert mark == Mark(3, 4)
    assert message == (
        "not valid YAML: expected 'note' lined up with the key above it (2 spaces, line 2); "
        "found it indented 3 spaces — indent it like the line above"
    )


@pytest.mark.parametrize(
    ("old", "new", "column", "found"),
    [
        # Where the sample's `count: 80` is edited: the character's own line and column.
        ("    count: 80\n", "\u00a0   count: 80\n", 1, "U+00A0 NO-BREAK SPACE"),
        ("    count: 80\n", "    count:\u00a080\n", 11, "U+00A0 NO-BREAK SPACE"),
        ("    count: 80\n", "    count:\u200380\n", 11, "U+2003 EM SPACE"),
        ("    count: 80\n", "  \u00a0 count: 80\n", 3, "U+00A0 NO-BREAK SPACE"),
        ("    count: 80\n", "\ufeff    count: 80\n", 1, "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("    count: 80\n", "    count:\ufeff80\n", 11, "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("    count: 80\n", "   \u200bcount: 80\n", 4, "U+200B ZERO WIDTH SPACE"),
        ("  - id: activists-80-bodies\n", "  -\u00a0id: activists-80-bodies\n", 4, "U+00A0"),
    ],
    ids=[
        "nbsp-indent",
        "nbsp-after-colon",
        "em-space",
        "nbsp-mid-indent",
        "bom-indent",
        "bom-after-colon",
        "zero-width-indent",
        "nbsp-after-dash",
    ],
)
def test_a_pasted_space_or_invisible_character_is_named_where_it_is(
    old: str, new: str, column: int, found: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    located, edited_line = _sample_with(old, new)
    assert located.startswith(
        f"{edited_line}:{column}: not valid YAML: expected an ordinary space or nothing; "
        f"found {found}"
    )
    assert f" at {edited_line}:{column}, " in located
    fix = "delete it" if "ZERO WIDTH" in found else "type an ordinary space"
    assert located.endswith(fix)
    monkeypatch.setattr(yaml_reader, "_make_parser", yaml_reader.PurePythonParser)
    assert _sample_with(old, new)[0] == located


def test_a_byte_order_mark_is_named_as_one() -> None:
    _, message = _syntax_error("claim:\n  outcome: killed\n\ufeff  count: 80\n")
    assert message == (
        "not valid YAML: expected an ordinary space or nothing; found U+FEFF ZERO WIDTH "
        "NO-BREAK SPACE (a byte-order mark) at 3:1, an invisible character YAML reads as "
        "text — delete it"
    )


def test_a_pasted_character_inside_a_quoted_value_is_not_blamed_for_a_slip_elsewhere() -> None:
    # Arabic text may rightly hold marks and no-break spaces: only indents and keys are looked at.
    mark, message = _syntax_error('claim:\n  note: "Da\u200besh\u00a0said"\n   count: 80\n')
    assert mark == Mark(3, 4)
    assert message == (
        "not valid YAML: expected 'count' lined up with the key above it (2 spaces, line 2); "
        "found it indented 3 spaces — indent it like the line above"
    )


def test_an_escape_of_half_a_utf16_pair_says_what_was_expected() -> None:
    mark, message = _syntax_error('title: "\\ud800 Killings"\n')
    assert mark == Mark(1, 9)  # the backslash, not libyaml's place inside the escape
    assert message == (
        "not valid YAML: expected a \\u escape of a character (such as \\u00e9 for é, or "
        "\\U0001F600 past U+FFFF); found \\ud800 at 1:9, half of a UTF-16 pair "
        "(\\uD800–\\uDFFF), which is not a character on its own — write the character itself, "
        "or the escape of the whole character"
    )
