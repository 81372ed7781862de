"""Reading one file for the index: English whatever the reading thread's language."""

from pathlib import Path

import pytest

from factsheet.i18n import using_language
from factsheet.library.reading import read_summary
from factsheet.library.scan import scan_folder


@pytest.mark.usefixtures("shipped_arabic")
def test_a_file_read_in_an_arabic_window_is_summarised_in_english(
    sample_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "sample.yaml").write_bytes(sample_path.read_bytes())
    [found] = scan_folder(tmp_path).files
    with using_language("ar"):
        summary, texts = read_summary(tmp_path, found, None)
    assert summary.perpetrators[0] == "Daesh"  # the file's display name, not its name_ar
    assert summary.headlines[0].startswith("Killed — attributed to Daesh")
    assert summary.figures_in["ar"][0].endswith("قتلى، تُنسب إلى داعش (مزعوم، ضمني)")
    assert texts is not None
    publishers = {text for where, text, _ in texts if where.endswith(" publisher")}
    assert "Syrian Observatory for Human Rights" in publishers  # not المرصد… (its name_ar)


@pytest.mark.parametrize(
    ("data", "first_problem"),
    [
        (
            b"format_version: 1\nincident:\n  id: T\x00\n",
            (
                "line 3, column 8: (file): expected a YAML text file; found a NUL byte "
                "(a binary file?)"
            ),
        ),
        (
            b"\xff\xfef\x00o\x00r\x00",
            "line 1, column 1: (file): expected UTF-8 text; found UTF-16 (save the file as UTF-8)",
        ),
    ],
)
def test_a_file_that_is_not_yaml_text_keeps_where_check_found_it(
    data: bytes, first_problem: str, tmp_path: Path
) -> None:
    # `check` prints FILE:3:8 for it; the Library's Problems column and `list` say the same.
    (tmp_path / "binary.yaml").write_bytes(data)
    [found] = scan_folder(tmp_path).files
    summary, _ = read_summary(tmp_path, found, None)
    assert summary.problems_words == f"1 error — {first_problem}"


def test_a_file_that_cannot_be_opened_has_no_line_to_point_at(tmp_path: Path) -> None:
    (tmp_path / "gone.yaml").write_text("format_version: 1\n", encoding="utf-8")
    [found] = scan_folder(tmp_path).files
    (tmp_path / "gone.yaml").unlink()  # between the scan and the read
    summary, _ = read_summary(tmp_path, found, None)
    assert summary.problems_words == "1 error — cannot read the file: it does not exist"
