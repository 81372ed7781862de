"""The command line: verbs, exit codes and what they print."""

import hashlib
import json
import os
import re
import runpy
import signal
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factsheet import __version__
from factsheet.cli import main
from factsheet.resources import schema_file
from factsheet.schema import schema_text


def test_check_sample_is_valid(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample_path)]) == 0
    assert "ok" in capsys.readouterr().err


def test_check_reports_located_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\nincident: 3\n", encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:2:11: error: incident: expected a mapping" in out


def test_check_unreadable_file_is_usage_error(tmp_path: Path) -> None:
    assert main(["check", str(tmp_path / "missing.yaml")]) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_check_of_a_pipe_exits_2_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "f.yaml"
    os.mkfifo(fifo)  # issue 12: `factsheet check f.yaml` waited for a writer forever
    result = subprocess.run(
        [sys.executable, "-m", "factsheet", "check", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == f"{fifo}:1:1: error: (file): expected a file; found a pipe\n"


def test_schema_in_resources_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == schema_text()
    assert schema_file().read_text(encoding="utf-8") == printed, (
        "resources/incident.schema.json is stale: run `factsheet schema > "
        "resources/incident.schema.json`"
    )


def test_export_json_carries_every_seed_figure(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sample.json"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    figures = {(c["claimant"][0]["id"], c["figure_words"]) for c in data["claims"]}
    assert figures >= {
        ("activists", "at least 80"),
        ("trt-world", "at least 35"),
        ("pcc", "at least 35"),
        ("sohr", "at least 128"),
        ("pcc", "67"),
        ("sohr", "at least 12"),
        ("pcc", "unquantified"),
    }


def test_export_json_keeps_the_notes_for_the_recorder(sample_path: Path, tmp_path: Path) -> None:
    # The JSON is the whole record, for programs and other recorders (docs/format.md): the
    # recorder's notes go with it, where no printed sheet carries them.
    out = tmp_path / "sample.json"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["incident"]["recorder_note"].startswith("Alternative spellings")
    shaft = next(c for c in data["claims"] if c["id"] == "trt-35-in-shaft")
    assert "not as a warning" in shaft["recorder_note"]
    assert shaft["note"] is None
    assert all("recorder_note" in s for s in data["sources"])


def test_export_json_keeps_every_note_for_the_recorder(
    fidelity_path: Path, tmp_path: Path, with_recorder_notes: Callable[[Path], tuple[Path, int]]
) -> None:
    # A joint claim's, a hedged attribution's, a relaying source's: every one is kept.
    source, count = with_recorder_notes(fidelity_path)
    out = tmp_path / "noted.json"
    assert main(["export", str(source), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert sorted(int(n) for n in re.findall(r'"RECORDER ONLY (\d+)"', text)) == list(range(count))
    data = json.loads(text)
    joint = next(c for c in data["claims"] if c["id"] == "joint-67")
    assert joint["recorder_note"].startswith("RECORDER ONLY")
    hedged = next(c for c in data["claims"] if c["id"] == "monitor-12")["perpetrators"][0]
    assert (hedged["firmness"], hedged["recorder_note"][:13]) == ("suspected", "RECORDER ONLY")


def test_export_full_and_brief_only_to_pdf(sample_path: Path, tmp_path: Path) -> None:
    assert main(["export", str(sample_path), "-o", str(tmp_path / "x.json"), "--full"]) == 2
    assert not (tmp_path / "x.json").exists()


def test_export_unknown_suffix_is_usage_error(sample_path: Path, tmp_path: Path) -> None:
    assert main(["export", str(sample_path), "-o", str(tmp_path / "x.docx")]) == 2
    assert not (tmp_path / "x.docx").exists()


# Every figure of the seed report: claimant, figure as stated, qualifier, basis, victims,
# whom it blames, and when it was claimed (EDTF as written).
SEED_FIGURES = [
    ("activists", "at least 80", "at-least", "bodies-found", "civilians", ["daesh"], "2017-10-23"),
    ("activists", "unquantified", "unknown", "unspecified", "civilians", ["daesh"], "2017-10-23"),
    ("trt-world", "at least 35", "at-least", "bodies-found", "civilians", [], "2017-10-23"),
    (
        "sohr",
        "at least 128",
        "at-least",
        "documented-deaths",
        "unknown",
        ["daesh"],
        "../2017-10-23",
    ),
    ("pcc", "67", "exact", "names-listed", "civilians", ["daesh"], "../2017-10-23"),
    ("pcc", "at least 35", "at-least", "bodies-found", "unknown", [], "../2017-10-23"),
    (
        "pcc",
        "unquantified",
        "unknown",
        "bodies-found",
        "unknown",
        ["pro-regime-forces"],
        "../2017-10-23",
    ),
    (
        "sohr",
        "at least 12",
        "at-least",
        "documented-deaths",
        "unknown",
        ["pro-regime-forces"],
        "../2017-10-23",
    ),
]


def _export(sample_path: Path, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "sample.json"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_export_json_carries_each_figure_with_its_context(
    sample_path: Path, tmp_path: Path
) -> None:
    data = _export(sample_path, tmp_path)
    rows = [
        (
            *(claimant["id"] for claimant in c["claimant"]),
            c["figure_words"],
            c["qualifier"],
            c["basis"],
            c["victims"],
            [p["id"] for p in c["perpetrators"]],
            c["claimed_on"]["edtf"],
        )
        for c in data["claims"]
    ]
    assert rows == SEED_FIGURES
    first = data["claims"][0]
    # Always a list in the normalised JSON, whether the file wrote one id or several.
    assert first["claimant"] == [{"id": "activists", "name": "Activists (unnamed)"}]
    assert first["claimant_words"] == "Activists (unnamed)"
    assert first["number"] == 1
    assert first["independent_sources"] == 0
    assert first["independence_words"] == (
        "via [1] ← [3]; [3] not consulted directly — no independent source"
    )
    assert first["attribution_words"] == "Daesh (alleged)"
    assert data["claims"][2]["attribution_words"] == "none named"
    assert first["qualifier_words"] == "at least"
    assert first["basis_words"] == "bodies found"
    assert first["victims_words"] == "civilians"
    assert first["perpetrators"][0]["firmness_words"] == "alleged"
    assert first["claimed_on"]["words"] == "23 October 2017"
    assert first["claimed_on"]["earliest"] == first["claimed_on"]["latest"] == "2017-10-23"
    assert [s["id"] for s in first["sources"]] == ["activists-statements", "trt-2017-10-23"]
    shaft = data["claims"][2]
    assert shaft["part_of"] == {"id": "activists-80-bodies"}
    assert data["file"]["sha256"] == hashlib.sha256(sample_path.read_bytes()).hexdigest()
    # Every figure, the Overview's and the sheet's words; the 80 and the 12 among them.
    assert [k["words"] for k in data["key_figures"]] == [
        (
            "67 named (PCC, implied); at least 80 bodies found (Activists (unnamed), alleged); "
            "at least 128 documented (SOHR, implied); unquantified (Activists (unnamed), "
            "alleged) — part of C1 (at least 80)"
        ),
        "at least 12 documented (SOHR, alleged); bodies found, unquantified (PCC, suspected)",
        "at least 35 bodies found (TRT World; PCC) — part of C1 (at least 80)",
    ]
    shaft_figures = data["key_figures"][2]["figures"]
    assert shaft_figures == [
        {
            "words": "at least 35 bodies found (TRT World; PCC) — part of C1 (at least 80)",
            "claims": ["trt-35-in-shaft", "pcc-35-in-shaft"],
            "part_of": "activists-80-bodies",
        }
    ]
    assert data["key_figures"][2]["perpetrators"] == []
    assert data["warnings"] == []


def test_export_refuses_to_overwrite_the_incident_file(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incident = tmp_path / "incident.json"  # a .json incident file is still the input
    incident.write_bytes(sample_path.read_bytes())
    before = incident.read_bytes()
    for spelling in (incident, tmp_path / "." / "incident.json"):
        assert main(["export", str(incident), "-o", str(spelling)]) == 2
        assert "would overwrite the incident file" in capsys.readouterr().err
    link = tmp_path / "link.json"
    link.symlink_to(incident)
    assert main(["export", str(incident), "-o", str(link)]) == 2
    assert incident.read_bytes() == before


def test_export_of_an_invalid_file_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\nincident: 3\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["export", str(bad), "-o", str(out)]) == 1
    assert not out.exists()
    assert f"{bad}:2:11: error: incident:" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.yaml"), "-o", str(out)]) == 2
    assert not out.exists()


def test_check_prints_warnings_unless_quiet(
    warned_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(warned_path)]) == 0
    captured = capsys.readouterr()
    line, column = _claim_position(warned_path, "trt-35-in-shaft")
    assert f"{warned_path}:{line}:{column}: warning: claims[2]:" in captured.out
    assert "ok (1 warning)" in captured.err
    assert main(["check", "--quiet", str(warned_path)]) == 0
    # "print errors only": not even the 'ok (1 warning)' line on stderr.
    assert capsys.readouterr() == ("", "")
    assert main(["check", "-q", str(warned_path)]) == 0
    assert capsys.readouterr() == ("", "")


def test_the_sample_checks_clean(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # TRT World's own 35 and the figures it relays are normal practice, not warnings.
    assert main(["check", str(sample_path)]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"{sample_path}: ok\n")


def _claim_position(path: Path, claim_id: str) -> tuple[int, int]:
    """The line and column of the claim ``claim_id``'s first key."""
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines) if text.strip() == f"- id: {claim_id}")
    return line + 1, lines[line].index("id:") + 1


@pytest.mark.parametrize("suffix", [".json", ".pdf"])
def test_export_prints_the_files_warnings_to_stderr(
    warned_path: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"sheet{suffix}"
    assert main(["export", str(warned_path), "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    exported = capsys.readouterr()
    assert exported.out == ""
    line, column = _claim_position(warned_path, "trt-35-in-shaft")
    warning = (
        f"{warned_path}:{line}:{column}: warning: claims[2]: claim 'trt-35-in-shaft' "
        "has no claimed_on date"
    )
    assert warning in exported.err
    # The same warnings as check prints, no more and no fewer, then what was written.
    main(["check", str(warned_path)])
    checked = capsys.readouterr().out
    count = len(checked.splitlines())
    assert count == 1  # "1 warning", not "1 warning(s)"
    assert exported.err == f"{checked}factsheet: wrote {out}; {warned_path} has 1 warning\n"


def test_export_of_a_warning_free_file_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minimal = runpy.run_path(str(Path(__file__).parent / "loading" / "minimal_incident.py"))
    incident = tmp_path / "incident.yaml"
    incident.write_text(minimal["MINIMAL"], encoding="utf-8")
    assert main(["export", str(incident), "-o", str(tmp_path / "out.json")]) == 0
    assert capsys.readouterr() == ("", "")


def test_check_of_several_files_exits_with_the_worst_status(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- a list\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    assert main(["check", str(sample_path), str(bad)]) == 1
    assert main(["check", str(bad), str(missing), str(sample_path)]) == 2
    out = capsys.readouterr().out
    assert f"{bad}:1:1: error: (file): expected a mapping" in out
    assert f"{missing}:1:1: error: (file): cannot read the file: it does not exist" in out


def test_check_prints_no_traceback_for_a_hostile_file(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text('incident: !!python/object/apply:os.system ["true"]\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "factsheet", "check", str(hostile)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        f"{hostile}:1:11: error: incident: expected plain lists and mappings; found the "
        "unsupported tag tag:yaml.org,2002:python/object/apply:os.system" in result.stdout
    )


def test_check_guesses_a_misspelt_id_and_a_word_of_a_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minimal = runpy.run_path(str(Path(__file__).parent / "loading" / "minimal_incident.py"))
    text = minimal["MINIMAL"].replace("relays: [monitor-report]", "relays: [monitor-reprot]")
    incident = tmp_path / "incident.yaml"
    incident.write_text(text, encoding="utf-8")
    assert main(["check", str(incident)]) == 1
    assert capsys.readouterr().out.endswith(
        "error: sources[1].relays[0]: expected the id of one of the sources; found "
        "'monitor-reprot', which is not defined under sources: did you mean 'monitor-report'?\n"
    )
    incident.write_text(text.replace("kind: news-report", "kind: news"), encoding="utf-8")
    assert main(["check", str(incident)]) == 1
    assert "sources[1].kind: found 'news'; did you mean 'news-report'?" in capsys.readouterr().out


def test_check_and_export_refuse_a_pdf_as_unreadable(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.pdf"
    assert main(["export", str(sample_path), "-o", str(sheet)]) == 0
    capsys.readouterr()
    message = f"{sheet}:1:1: error: (file): expected a YAML text file; found a PDF document\n"
    assert main(["check", str(sheet)]) == 2
    assert capsys.readouterr().out == message
    assert main(["export", str(sheet), "-o", str(tmp_path / "out.json")]) == 2
    assert capsys.readouterr().err == message
    assert not (tmp_path / "out.json").exists()


def test_new_writes_a_template_that_check_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "raid.incident.yaml"
    assert main(["new", str(path)]) == 0
    assert capsys.readouterr().err == (
        f"factsheet: wrote {path}; fill it in, then: factsheet check {path}\n"
    )
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr() == ("", f"{path}: ok\n")


def test_new_adds_the_ending_the_library_lists_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "drafts"
    folder.mkdir()
    assert main(["new", str(folder / "n2")]) == 0
    written = folder / "n2.incident.yaml"
    assert capsys.readouterr().err == (
        f"factsheet: wrote {written} (.incident.yaml added: the library lists only .yaml "
        f"and .yml files); fill it in, then: factsheet check {written}\n"
    )
    assert [p.name for p in folder.iterdir()] == ["n2.incident.yaml"]
    assert main(["list", str(folder)]) == 0
    assert capsys.readouterr().out.startswith(f"{written}\t")
    assert main(["new", str(folder / "n2")]) == 2  # the second time, the name is taken
    assert "n2.incident.yaml: a file of that name exists" in capsys.readouterr().err


def test_new_never_writes_over_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.yaml"
    path.write_bytes(b"my notes\n")
    assert main(["new", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"factsheet: cannot create {path}: a file of that name exists (a new incident never "
        "replaces anything); choose another name\n"
    )
    assert path.read_bytes() == b"my notes\n"
    assert main(["new"]) == 2  # argparse: FILE is required


@pytest.mark.parametrize(
    ("argv", "opened"),
    [
        ([], (None, None)),
        (["x.yaml"], (Path("x.yaml"), None)),
        (["--lang", "ar", "x.yaml"], (Path("x.yaml"), "ar")),
        (["x.yaml", "--lang=en"], (Path("x.yaml"), "en")),
        (["--lang", "ar"], (None, "ar")),
    ],
)
def test_the_desktop_app_takes_a_language(
    argv: list[str], opened: tuple[Path | None, str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    import factsheet.app

    calls: list[tuple[Path | None, str | None]] = []

    def run_gui(file: Path | None, language: str | None = None) -> int:
        calls.append((file, language))
        return 0

    monkeypatch.setattr(factsheet.app, "run_gui", run_gui)
    assert main(argv) == 0
    assert calls == [opened]


def _no_window(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """The files the desktop app would have been opened on (it is not)."""
    import factsheet.app

    opened: list[Path | None] = []

    def run_gui(file: Path | None, language: str | None = None) -> int:
        opened.append(file)
        return 0

    monkeypatch.setattr(factsheet.app, "run_gui", run_gui)
    return opened


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["chek", "file.yaml"], "check"),
        (["chek"], "check"),
        (["Check", "file.yaml"], "check"),
        (["serch", "Daesh", "."], "search"),
        (["--lang", "ar", "lsit", "."], "list"),
        (["exprot", "file.yaml", "-o", "out.pdf"], "export"),
        (["schem"], "schema"),
    ],
)
def test_a_mistyped_command_is_named_with_the_one_meant(
    argv: list[str],
    meant: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    opened = _no_window(monkeypatch)
    typed = argv[2] if argv[0] == "--lang" else argv[0]
    assert main(argv) == 2
    said = f"unknown command '{typed}'; did you mean '{meant}'? "
    said += f"(no file or folder is named '{typed}' either)"
    assert capsys.readouterr() == ("", f"factsheet: {said}\n")
    assert opened == []


def test_a_file_named_like_a_command_or_missing_is_still_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    opened = _no_window(monkeypatch)
    (tmp_path / "chek").mkdir()  # a folder of incidents named so: opened, as it was asked
    # A missing file is the window's to say ("cannot read the file: it does not exist"),
    # even when its name is close to a command's: list.yaml is a file name, not a verb.
    for name in ("chek", "somefile-that-does-not-exist.yaml", "list.yaml"):
        assert main([name]) == 0
    assert opened == [Path("chek"), Path("somefile-that-does-not-exist.yaml"), Path("list.yaml")]
    assert main(["chek", "x.yaml"]) == 2
    assert main(["frobnicate", "x.yaml"]) == 2  # near no command: one file at a time
    for line in capsys.readouterr().err.splitlines():
        assert line.startswith("factsheet: one incident file or folder at a time")


@pytest.mark.parametrize("argv", [["--lang", "fr"], ["--lang"], ["--lang=", "x.yaml"]])
def test_an_unknown_language_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert "--lang: expected en or ar; found" in capsys.readouterr().err


def test_lang_applies_to_the_pdf_sheet_only(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(sample_path), "-o", str(tmp_path / "x.json"), "--lang", "ar"]) == 2
    assert "--lang applies to .pdf output only" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
    # The same for the folder form, whose --format chooses JSON.
    folder = ["-o", f"{tmp_path / 'out'}/", "--format", "json", "--lang", "ar"]
    assert main(["export", str(sample_path), *folder]) == 2
    assert "--lang applies to .pdf output only" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def _pdf_text(pdf: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    # Shaped Arabic comes out as presentation forms; NFKC gives the letters back.
    return unicodedata.normalize("NFKC", raw.stdout)


@pytest.mark.parametrize("form", ["file", "folder"])
def test_an_arabic_sheet_has_arabic_dates_and_vocabulary(
    sample_path: Path, tmp_path: Path, form: str
) -> None:
    # The sheet's own headings are translated in a later pass; its dates and vocabulary
    # words already follow --lang, in the one-file form and the folder form alike.
    def export(name: str, *options: str) -> Path:
        if form == "file":
            out = tmp_path / f"{name}.pdf"
            assert main(["export", str(sample_path), "-o", str(out), *options]) == 0
            return out
        assert main(["export", str(sample_path), "-o", f"{tmp_path / name}/", *options]) == 0
        return tmp_path / name / sample_path.with_suffix(".pdf").name

    english, arabic = export("en"), export("ar", "--lang", "ar")
    assert "as of 23 October 2017" in _pdf_text(english)
    assert "documented deaths" in _pdf_text(english)
    text = _pdf_text(arabic)
    assert "as of 23 October 2017" not in text
    assert "documented deaths" not in text
    assert "تشرين" in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("suffix", [".json", ".pdf"])
@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_export_honours_the_umask(
    sample_path: Path, tmp_path: Path, suffix: str, umask: int
) -> None:
    mode = 0o666 & ~umask  # 644, 664, 600; mkstemp alone gave 600 whatever the umask
    out = tmp_path / f"sheet{suffix}"
    folder = tmp_path / "sheets"
    batch = ["-o", f"{folder}/", "--format", suffix.lstrip(".")]
    previous = os.umask(umask)
    try:
        assert main(["export", str(sample_path), "-o", str(out)]) == 0
        assert main(["export", str(sample_path), *batch]) == 0
    finally:
        os.umask(previous)
    assert out.stat().st_mode & 0o777 == mode
    # The folder form writes its files, summary.txt too, the same way.
    for written in (folder / sample_path.with_suffix(suffix).name, folder / "summary.txt"):
        assert written.stat().st_mode & 0o777 == mode


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_export_over_a_file_keeps_its_permissions(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o640
    assert out.read_text(encoding="utf-8") != "old"


# The sheet's layout is replaced by a wait, so the signal surely arrives mid-export.
STOPPED_EXPORT = """\
import sys, time
from factsheet import cli
from factsheet.rendering import pdf

def slow_render(device, loaded, **kwargs):
    print("writing", flush=True)
    time.sleep(60)
    return 1

pdf.render_sheet = slow_render
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("out", ["sheet.pdf", "sheets/"])
def test_a_stopped_export_leaves_no_part_file(
    sample_path: Path, tmp_path: Path, signum: int, out: str
) -> None:
    # "sheets/": the folder form, stopped while it writes its first sheet.
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            STOPPED_EXPORT,
            "export",
            str(sample_path),
            "-o",
            f"{tmp_path}/{out}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "writing\n"
        assert [p.name for p in tmp_path.rglob("*.part")]
        child.send_signal(signum)
        _, stderr = child.communicate(timeout=30)
    finally:
        child.kill()
    files = [p for p in tmp_path.rglob("*") if not p.is_dir()]
    assert files == [], "the temporary file was left behind"
    assert "Traceback" not in stderr
    assert child.returncode == -signum  # stopped by the signal, as without Factsheet


def test_a_newline_in_a_file_name_cannot_split_a_check_line(
    warned_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "two\nlines\u202e.yaml"
    bad.write_text("format_version: 1\nincident: 3\n", encoding="utf-8")
    good = tmp_path / "ok\n.yaml"
    good.write_bytes(warned_path.read_bytes())
    assert main(["check", "--quiet", str(bad), str(good)]) == 1
    printed = capsys.readouterr()
    shown = str(tmp_path / "two\\nlines\\u202e.yaml")
    message = "expected a mapping of keys and values; found the number 3"
    assert printed.out == f"{shown}:2:11: error: incident: {message}\n"
    assert printed.err == ""
    assert main(["check", str(good)]) == 0
    assert capsys.readouterr().err == f"{tmp_path / 'ok'}\\n.yaml: ok (1 warning)\n"


def test_check_refuses_a_file_past_the_size_cap_as_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as stream:  # sparse: no 33 MB written to the disk
        stream.truncate(33 * 1024 * 1024)
    assert main(["check", str(huge)]) == 2
    out = capsys.readouterr().out
    assert out.startswith(f"{huge}:1:1: error: (file): expected an incident file of at most 32 MB")


def test_check_prints_a_hundred_problems_a_file_then_how_many_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = (
        "format_version: 1\nincident:\n  id: X-1\n  title: t\n  summary: s\n  date: 2020\n"
        "  locations: [{name: x, precision: town}]\n  status: developing\n"
        "  last_updated: 2020-01-01\ntimeline:\n"
    )
    events = "".join(f"  - {{id: e{n}, date: bad{n}, text: t}}\n" for n in range(150))
    many = tmp_path / "many.yaml"
    many.write_text(head + events, encoding="utf-8")
    assert main(["check", str(many)]) == 1  # the exit status is the file's, whatever is shown
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 101
    assert lines[99].startswith(f"{many}:110:")
    assert lines[100] == f"… and 50 more problems in {many}"


def test_check_of_factsheets_own_json_export_says_what_it_is(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "a.json"
    assert main(["export", str(sample_path), "-o", str(exported)]) == 0
    capsys.readouterr()
    assert main(["check", str(exported)]) == 2  # not an incident file, as a PDF is not
    out = capsys.readouterr().out
    assert out.splitlines() == [
        (
            f"{exported}:1:1: error: (file): expected an incident file; found Factsheet's JSON "
            f"export of one (Factsheet {__version__}), which it writes but does not read — check "
            f"the YAML file it was exported from ({sample_path.name})"
        )
    ]
