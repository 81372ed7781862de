"""The lines around a problem, numbered as the loader numbers them."""

from pathlib import Path

import pytest

from factsheet.loading import IncidentLoadError
from factsheet.loading.file_lines import lines_around


def test_the_lines_around_a_line(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("".join(f"line {n}\n" for n in range(1, 21)), encoding="utf-8")
    assert lines_around(path, 10, context=2) == (
        (8, "line 8"),
        (9, "line 9"),
        (10, "line 10"),
        (11, "line 11"),
        (12, "line 12"),
    )
    assert lines_around(path, 1, context=1) == ((1, "line 1"), (2, "line 2"))
    assert lines_around(path, 99, context=1) == ((19, "line 19"), (20, "line 20"))


def test_lines_are_counted_as_yaml_counts_them(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    # CRLF and CR are one break each; a form feed is no break; a BOM is no text.
    path.write_bytes("\ufeffa: 1\r\nb: 2\rc: 3\x0c still c\nd: \xff\n".encode() + b"e: \xff\n")
    assert lines_around(path, 3, context=5) == (
        (1, "a: 1"),
        (2, "b: 2"),
        (3, "c: 3\x0c still c"),
        (4, "d: \xff"),
        (5, "e: \ufffd"),
    )


def test_an_empty_file_has_no_lines(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"")
    assert lines_around(path, 1) == ()


def test_a_file_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    with pytest.raises(IncidentLoadError) as raised:
        lines_around(tmp_path / "missing.yaml", 1)
    assert raised.value.unreadable
    assert "does not exist" in raised.value.problems[0].message
