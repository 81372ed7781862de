"""A ` #` that cuts free text short is a warning at its line and column, not silence."""

from pathlib import Path

from factsheet.loading import read_incident
from factsheet.loading.cut_text import MAX_WARNINGS, cut_text_warnings


def test_a_number_sign_in_free_text_is_a_warning_where_it_is(
    sample_path: Path, tmp_path: Path
) -> None:
    lines = sample_path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith("    text: Daesh "))
    lines[number] = lines[number].replace("text: Daesh", "text: Report #3 says Daesh")
    changed = tmp_path / "cut.yaml"
    changed.write_text("\n".join(lines), encoding="utf-8")
    loaded = read_incident(changed)
    assert loaded.incident.timeline[0].text == "Report"  # what YAML reads: the rest is gone
    [warning] = loaded.warnings
    assert (warning.severity, warning.line, warning.column) == ("warning", number + 1, 18)
    assert "'#3 says Daesh militants first seized Al …' is not part of it" in warning.message
    assert "only 'Report' is read — put the text in quotes" in warning.message


def test_comments_after_codes_dates_and_quoted_text_are_left_alone(sample_path: Path) -> None:
    text = "\n".join(
        [
            "format_version: 1  # the format",
            "    qualifier: at-least   # 'at least 80'",
            "    date: 2017-10-21 # the day",
            '    note: "Report #3" # quoted: the comment is meant',
            "    quote: 'a #hashtag' ",
            "    summary: >-  # a block",
            "# a comment line: note: not a key",
        ]
    )
    assert cut_text_warnings(text, "f.yaml") == []
    assert read_incident(sample_path).warnings == ()  # the sample's own comments


def test_a_file_of_such_lines_gets_a_bounded_number_of_warnings() -> None:
    text = "\n".join(f"  - text: item #{n}" for n in range(1000))
    warnings = cut_text_warnings(text, "f.yaml")
    assert len(warnings) == MAX_WARNINGS
    assert (warnings[0].line, warnings[0].column, warnings[0].path) == (1, 16, "text")
