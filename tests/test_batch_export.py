"""batch_export: every export's one writer, the outputs' names, and the summary's words."""

import json
from pathlib import Path
from typing import Any

from factsheet.batch_export import (
    Outcome,
    Source,
    export_many,
    output_paths,
    refused_option,
    summary_lines,
    write_incident,
)
from factsheet.i18n import using_language
from factsheet.shipped_catalogs import install_catalogs
from library_folder import MINIMAL


def test_json_words_stay_english_whatever_the_window_s_language(
    sample_loaded: Any, tmp_path: Path
) -> None:
    # Export Selected runs in the window's language; JSON is for programs.
    install_catalogs()
    english, arabic = tmp_path / "en.json", tmp_path / "ar.json"
    write_incident(sample_loaded, english, "json")
    with using_language("ar", "arabic-indic"):
        write_incident(sample_loaded, arabic, "json")
    assert arabic.read_bytes() == english.read_bytes()
    assert "documented deaths" in english.read_text(encoding="utf-8")
    assert list(tmp_path.glob("*.part")) == []


def test_options_that_only_a_sheet_takes() -> None:
    assert refused_option("pdf", paper="a4", language="ar") is None
    assert refused_option("json", paper=None, language=None) is None
    assert (
        refused_option("json", paper="a4", language=None) == "--paper applies to .pdf output only"
    )
    assert refused_option("json", paper=None, language="ar") == "--lang applies to .pdf output only"
    assert refused_option("json", paper=None, language=None, full=True) == (
        "--full applies to .pdf output only"
    )
    assert refused_option("pdf", paper=None, language=None, full=True) is None


def test_output_names_keep_subfolders_and_never_collide(tmp_path: Path) -> None:
    sources = [
        Source(tmp_path / "a.yaml", "homs/a.yaml"),
        Source(tmp_path / "b.yml", "homs/A.yml"),  # one file on Windows and macOS
        Source(tmp_path / "summary.yaml", "summary.yaml"),  # summary.txt is taken
    ]
    assert output_paths(sources, tmp_path / "out", "txt") == [  # type: ignore[arg-type]
        tmp_path / "out" / "homs" / "a.txt",
        tmp_path / "out" / "homs" / "A (2).txt",
        tmp_path / "out" / "summary (2).txt",
    ]


def test_a_file_that_fails_is_named_with_its_first_error_and_how_many_more(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.yaml"
    # Two errors: the incident's date and the timeline's, which is the same text.
    broken.write_text(MINIMAL.replace("date: 2020-03-14", "date: someday"), encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(MINIMAL, encoding="utf-8")
    sources = [Source(broken, "broken.yaml"), Source(good, "good.yaml")]
    outcomes = export_many(sources, tmp_path / "out", "json")
    assert [o.ok for o in outcomes] == [False, True]
    assert outcomes[0].error is not None
    assert outcomes[0].error.startswith("6:9: incident.date: expected an EDTF date")
    assert outcomes[0].error.endswith("found 'someday' (and 1 more)")
    assert json.loads((tmp_path / "out" / "good.json").read_text(encoding="utf-8"))


def test_a_file_that_fails_is_located_as_check_locates_it(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(MINIMAL.replace("date: 2020-03-14", "date: someday"), encoding="utf-8")
    (outcome,) = export_many([Source(broken, "broken.yaml")], tmp_path / "out", "json")
    lines = summary_lines([outcome], located=True)
    assert lines[0].startswith(f"{broken}:6:9: error: incident.date: expected an EDTF date")
    assert lines[0].endswith("found 'someday' (and 1 more error)")
    assert lines[1] == "0 written, 1 could not be read or written"
    # The window's summary keeps its form: its dialog shows the lines that say so.
    assert summary_lines([outcome])[0].startswith(f"could not export {broken}: 6:9: ")


def test_summary_lines_count_in_words(tmp_path: Path) -> None:
    outcomes = [
        Outcome(tmp_path / "a.yaml", tmp_path / "a.pdf", "A", warnings=1),
        Outcome(tmp_path / "b.yaml", tmp_path / "b.pdf", "B", warnings=2),
        Outcome(tmp_path / "c.yaml", None, error="line 1, column 1: x"),
    ]
    lines = summary_lines(outcomes)
    assert lines[0].endswith(": A (1 warning)")
    assert lines[1].endswith(": B (2 warnings)")
    assert lines[2] == f"could not export {tmp_path / 'c.yaml'}: line 1, column 1: x"
    assert lines[3] == "2 written, 1 could not be read or written"


def test_summary_lines_escape_names_and_titles_and_name_a_blank_title_by_its_file(
    tmp_path: Path,
) -> None:
    outcomes = [
        Outcome(tmp_path / "a\nwrote x.pdf: ok.yaml", tmp_path / "a.pdf", "A \u202e", 1),
        Outcome(tmp_path / "b.yaml", tmp_path / "b\u2066.pdf", "\u200b\u2060"),
        Outcome(tmp_path / "c\n.yaml", None, error="cannot write c\n.json: denied"),
    ]
    lines = summary_lines(outcomes)
    assert lines[0] == (
        f"wrote {tmp_path / 'a.pdf'} from {tmp_path / 'a'}\\nwrote x.pdf: ok.yaml: "
        "A \\u202e (1 warning)"
    )
    assert lines[1] == f"wrote {tmp_path / 'b'}\\u2066.pdf from {tmp_path / 'b.yaml'}: b.yaml"
    assert lines[2] == f"could not export {tmp_path / 'c'}\\n.yaml: cannot write c\\n.json: denied"
