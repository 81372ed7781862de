"""factsheet list, search and export of many files: lines, JSON, exit codes, the summary."""

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from factsheet.cli import main
from library_folder import EXPECTED, MINIMAL, PALMYRA, snapshot

Capture = pytest.CaptureFixture[str]


def _expected() -> dict[str, bool]:
    if sys.platform == "win32":
        return {k: v for k, v in EXPECTED.items() if k not in ("homs/loop/", "pipe.yaml")}
    return EXPECTED


def _valid_only(tmp_path: Path) -> Path:
    folder = tmp_path / "valid"
    (folder / "2017").mkdir(parents=True)
    (folder / "market.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "2017" / "palmyra.yml").write_text(PALMYRA, encoding="utf-8")
    return folder


def test_list_prints_one_line_per_file_path_first_and_exits_1_for_invalid(
    library: Path, capsys: Capture
) -> None:
    assert main(["list", str(library)]) == 1
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert set(rows) == {
        str(library / path) + ("/" if path.endswith("/") else "") for path in _expected()
    }
    palmyra = rows[str(library / "homs/2017/palmyra.yml")]
    assert palmyra[1:] == [
        "Shelling near the Palmyra museum — قَصْفٌ قُرْبَ مَتْحَفِ تَدْمُرَ",
        "October 2017",
        "verified",
        "ok",
    ]
    broken = rows[str(library / "broken/no-title.yaml")]
    assert broken[-1] == (
        "1 error — line 3, column 3: incident.title: expected a key 'title' here; it is missing"
    )


def test_list_escapes_what_a_terminal_would_obey(library: Path, capsys: Capture) -> None:
    main(["list", str(library)])
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "\\x1b[2J\\x1b[31mRED" in out
    assert "Field team \\u202edetaerc\\u202c report" in out


def test_list_of_valid_files_exits_0_and_json_has_every_field(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = _valid_only(tmp_path)
    assert main(["list", "--json", str(folder)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["path"] for f in data["files"]] == [
        str(folder / "2017" / "palmyra.yml"),
        str(folder / "market.yaml"),
    ]
    palmyra = data["files"][0]
    assert palmyra["valid"] is True
    assert palmyra["title_ar"] == "قَصْفٌ قُرْبَ مَتْحَفِ تَدْمُرَ"
    assert palmyra["handling"] == "TLP:AMBER"
    assert palmyra["claimants"] == ["Palmyra Coordination Committee"]
    assert palmyra["date_from"] == "2017-10-01"
    # English, as every command's output: the Arabic figure lines are the window's.
    assert palmyra["figures"][0].startswith("at least 15 documented (PCC)")
    assert "figures_in" not in palmyra
    assert "headlines_in" not in palmyra


def test_list_of_something_that_is_not_a_folder_is_a_usage_error(
    library: Path, capsys: Capture
) -> None:
    market = library / "idlib" / "market.yaml"
    assert main(["list", str(market)]) == 2
    assert capsys.readouterr().err == (
        f"factsheet: cannot list {market}: it is a file, not a folder "
        f"(to validate one file: factsheet check {market})\n"
    )
    assert main(["search", "x", str(market)]) == 2
    assert capsys.readouterr().err.startswith(f"factsheet: cannot search {market}: it is a file")


def test_list_and_search_of_a_missing_folder_say_it_does_not_exist(
    tmp_path: Path, capsys: Capture
) -> None:
    missing = tmp_path / "no-such-folder"
    for verb in (["list"], ["search", "x"]):
        assert main([*verb, str(missing)]) == 2
        captured = capsys.readouterr()
        assert captured.err == f"factsheet: cannot {verb[0]} {missing}: it does not exist\n"
        assert captured.out == ""
    assert not missing.exists()


def test_a_folder_without_incident_files_and_a_search_without_match_say_so(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("not an incident", encoding="utf-8")
    note = f"factsheet: no incident files (*.yaml, *.yml) found in {empty}\n"
    assert main(["list", str(empty)]) == 0
    assert capsys.readouterr() == ("", note)
    assert main(["search", "anything", str(empty)]) == 1
    assert capsys.readouterr() == ("", note)
    folder = _valid_only(tmp_path)
    assert main(["search", "no-such-word", str(folder)]) == 1
    assert capsys.readouterr() == ("", f"factsheet: no file in {folder} matches “no-such-word”\n")
    assert main(["search", "--json", "no-such-word", str(folder)]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["files"] == []
    assert captured.err.endswith("matches “no-such-word”\n")


def test_search_prints_each_matching_file_and_where(library: Path, capsys: Capture) -> None:
    assert main(["search", "PCC", str(library)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert [line.split("\t")[0] for line in lines] == [
        str(library / "homs/2017/palmyra.yml"),
        str(library / "homs/2017/qaryatayn.yaml"),
    ]
    assert "in actor Palmyra Coordination Committee (alias): “PCC”" in lines[0]
    # The broken files are named: they were not searched.
    unread = sum(not ok for ok in _expected().values())
    assert f"factsheet: {unread} files have errors and were not searched: " in captured.err
    assert str(library / "broken/no-title.yaml") in captured.err
    assert captured.err.endswith(f" — `factsheet list {library}` shows why\n")


@pytest.mark.parametrize("query", ["", "   ", "?!", "“ — ”", '""'])
def test_a_search_without_a_word_is_a_usage_error(
    query: str, library: Path, capsys: Capture
) -> None:
    # Refused before the folder is indexed: nothing could match, and saying "no file
    # matches" would send the user looking for a typo in the files.
    assert main(["search", query, str(library)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("factsheet: a search needs at least one word")
    assert "could not read" not in captured.err
    assert "matches" not in captured.err


def test_search_names_ten_files_it_did_not_search_and_counts_the_others(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fifty names on one line bury the matches above them; `list` has them all, and why.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = _valid_only(tmp_path / "with space")
    for number in range(51):
        (folder / f"broken-{number:02}.yaml").write_text("format_version: [\n", encoding="utf-8")
    assert main(["search", "museum", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(str(folder / "2017" / "palmyra.yml") + "\t")
    named = ", ".join(str(folder / f"broken-{number:02}.yaml") for number in range(10))
    (note,) = captured.err.splitlines()
    assert note == (
        f"factsheet: 51 files have errors and were not searched: {named} and 41 more"
        f" — `factsheet list '{folder}'` shows why"
    )
    assert main(["search", "--json", "museum", str(folder)]) == 0
    assert len(json.loads(capsys.readouterr().out)["not_searched"]) == 51  # JSON keeps all


def test_search_finds_arabic_typed_without_diacritics(library: Path, capsys: Capture) -> None:
    assert main(["search", "متحف تدمر", str(library)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(str(library / "homs/2017/palmyra.yml") + "\t")
    assert "title (Arabic): “قَصْفٌ قُرْبَ مَتْحَفِ تَدْمُرَ”" in out


def test_search_with_no_match_exits_1_and_json_lists_matches(
    library: Path, capsys: Capture
) -> None:
    assert main(["search", "no-such-word-anywhere", str(library)]) == 1
    assert capsys.readouterr().out == ""
    assert main(["search", "--json", "Tadmur", str(library)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["path"] for f in data["files"]] == [str(library / "homs/2017/palmyra.yml")]
    assert data["files"][0]["matches"] == [{"where": "place (other name)", "excerpt": "Tadmur"}]
    assert str(library / "broken/latin1.yaml") in [f["path"] for f in data["not_searched"]]


def test_search_looks_in_the_current_folder_by_default(
    library: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(library)
    assert main(["search", "museum"]) == 0
    assert capsys.readouterr().out.startswith("homs/2017/palmyra.yml\t")


def test_list_and_search_write_nothing_in_the_library(library: Path, capsys: Capture) -> None:
    before = snapshot(library)
    main(["list", str(library)])
    main(["search", "PCC", str(library)])
    (library / "idlib" / "market.yaml").write_text(
        MINIMAL.replace("market", "bakery"), encoding="utf-8"
    )
    changed = snapshot(library)
    main(["search", "bakery", str(library)])
    assert snapshot(library) == changed
    assert set(changed) == set(before)
    capsys.readouterr()


def test_export_of_a_folder_writes_one_json_each_and_a_summary(
    library: Path, tmp_path: Path, capsys: Capture
) -> None:
    out = tmp_path / "out"
    before = snapshot(library)
    assert main(["export", str(library), "-o", f"{out}/", "--format", "json"]) == 1
    captured = capsys.readouterr()
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == [
        "homs/2017/palmyra.json",
        "homs/2017/qaryatayn.json",
        "hostile/bidi-title.json",
        "hostile/escape.json",
        "idlib/market.json",
        "summary.txt",
    ]
    data = json.loads((out / "homs/2017/palmyra.json").read_text(encoding="utf-8"))
    assert data["incident"]["title_ar"] == "قَصْفٌ قُرْبَ مَتْحَفِ تَدْمُرَ"
    failed = [k for k, ok in _expected().items() if not ok]
    err = captured.err.splitlines()
    for name in failed:
        # A file with errors as `check` names it (FILE:LINE:COLUMN: error: …); a pipe, which
        # is never opened, by what it is.
        named = (
            f"could not export {library / name}: " if name == "pipe.yaml" else f"{library / name}:"
        )
        assert any(line.startswith(named) for line in err), name
    summary = (out / "summary.txt").read_text(encoding="utf-8")
    no_title = library / "broken/no-title.yaml"
    located = f"{no_title}:3:3: error: incident.title: expected a key 'title' here; it is missing"
    assert located in err
    assert located in summary.splitlines()
    assert summary.splitlines()[-1] == f"5 written, {len(failed)} could not be read or written"
    assert captured.out.splitlines()[-1] == summary.splitlines()[-1]
    assert snapshot(library) == before


def test_export_of_valid_files_exits_0_and_names_collide_politely(
    qapp: object, tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # qapp: the PDF needs a Qt application; the suite's is a QApplication for the UI tests.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first, second = tmp_path / "a" / "incident.yaml", tmp_path / "b" / "incident.yaml"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(MINIMAL, encoding="utf-8")
    out = tmp_path / "sheets"
    assert main(["export", str(first), str(second), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "incident (2).pdf",
        "incident.pdf",
        "summary.txt",
    ]
    assert (out / "incident.pdf").read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.splitlines()[-1] == "2 written"


def test_export_of_many_with_full_writes_each_full_dossier(
    qapp: object, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    briefs, dossiers = tmp_path / "briefs", tmp_path / "dossiers"
    assert main(["export", str(sample_path), "-o", f"{briefs}/"]) == 0
    assert main(["export", str(sample_path), "-o", f"{dossiers}/", "--full"]) == 0
    name = sample_path.with_suffix(".pdf").name
    # Each page of a PDF is one "/Type /Page" dictionary (the page tree is "/Type /Pages").
    pages = [
        len(re.findall(rb"/Type\s*/Page(?![a-z])", (folder / name).read_bytes()))
        for folder in (briefs, dossiers)
    ]
    assert pages[0] <= 2 < pages[1]
    # JSON has no sheet to choose: --full is refused before anything is written.
    refused = tmp_path / "json"
    assert (
        main(["export", str(sample_path), "-o", f"{refused}/", "--format", "json", "--full"]) == 2
    )
    assert not refused.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_a_link_to_a_folder_listed_already_is_a_note_not_an_invalid_file(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # mkdir -p L/2024; cp … L/2024/a.yaml; ln -s 2024 L/current: one valid incident.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "L"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "current").symlink_to("2024", target_is_directory=True)
    note = (
        f"factsheet: {folder}/current/: not followed: a link to 2024/, whose files are "
        "listed under that name\n"
    )
    assert main(["list", str(folder)]) == 0
    listed = capsys.readouterr()
    assert [line.split("\t")[0] for line in listed.out.splitlines()] == [
        str(folder / "2024" / "a.yaml")
    ]
    assert listed.err == note
    out = tmp_path / "out"
    assert main(["export", str(folder), "-o", f"{out}/", "--format", "json"]) == 0
    exported = capsys.readouterr()
    assert exported.err == note
    assert exported.out.splitlines()[-1] == "1 written"
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "2024/a.json",
        "summary.txt",
    ]


def test_export_into_a_file_is_a_usage_error(library: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("mine", encoding="utf-8")
    assert main(["export", str(library), "-o", str(target)]) == 2
    assert target.read_text(encoding="utf-8") == "mine"


def test_export_of_one_file_keeps_its_single_file_form(sample_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.json"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["incident"]["id"]


def test_a_copy_of_a_library_elsewhere_gets_its_own_index(
    library: Path, tmp_path: Path, capsys: Capture
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(library / "homs" / "2017", copy)
    assert main(["search", "museum", str(copy)]) == 0
    assert capsys.readouterr().out.startswith(str(copy / "palmyra.yml"))
    assert len(list((tmp_path / "cache" / "factsheet" / "library").glob("*.sqlite3"))) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="no named pipes")
def test_export_of_a_named_pipe_refuses_it_rather_than_wait_for_ever(
    library: Path, tmp_path: Path, capsys: Capture
) -> None:
    out = tmp_path / "out"
    assert main(["export", str(library / "pipe.yaml"), "-o", f"{out}/", "--format", "json"]) == 1
    assert "found a pipe (not opened)" in capsys.readouterr().err


def _hostile_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder whose file names and titles try to forge lines and reorder them."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil\nwrote x.pdf: ok.yaml").write_text(
        MINIMAL.replace("title: Shelling of a fictional market", 'title: "Reversed \\u202E"'),
        encoding="utf-8",
    )
    (folder / "blank.yaml").write_text(
        MINIMAL.replace("title: Shelling of a fictional market", 'title: "\\u200B\\u2060"'),
        encoding="utf-8",
    )
    (folder / "broken\nline.yaml").write_text("incident: [", encoding="utf-8")
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="no line breaks in Windows file names")
def test_hostile_names_and_titles_stay_on_their_line_and_in_their_order(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _hostile_names(tmp_path, monkeypatch)
    assert main(["list", str(folder)]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 3
    evil = next(line for line in lines if "evil" in line).split("\t")
    assert evil[0] == str(folder / "evil\\nwrote x.pdf: ok.yaml")
    assert evil[1] == "Reversed \\u202e"
    # A title that shows nothing reads as the file's name, never as a blank field.
    blank = next(line for line in lines if line.startswith(str(folder / "blank.yaml")))
    assert blank.split("\t")[1] == "blank.yaml"
    for hidden in ("\u202e", "\u200b", "\u2060"):
        assert hidden not in out

    assert main(["search", "fictional", str(folder)]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert "evil\\nwrote x.pdf: ok.yaml\tReversed \\u202e\t" in captured.out
    assert "\u2060" not in captured.out
    assert "\u202e" not in captured.out
    (error,) = captured.err.splitlines()
    assert error == (
        "factsheet: 1 file has errors and was not searched: "
        + str(folder / "broken\\nline.yaml")
        + f" — `factsheet list {folder}` shows why"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="no line breaks in Windows file names")
def test_hostile_names_and_titles_cannot_forge_a_line_of_the_summary(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _hostile_names(tmp_path, monkeypatch)
    out = tmp_path / "out"
    assert main(["export", str(folder), "-o", f"{out}/", "--format", "json"]) == 1
    summary = (out / "summary.txt").read_text(encoding="utf-8").splitlines()
    assert len(summary) == 4
    wrote = [line for line in summary if line.startswith("wrote ")]
    assert len(wrote) == 2
    evil = next(line for line in wrote if "evil" in line)
    assert f"from {folder}/evil\\nwrote x.pdf: ok.yaml: Reversed \\u202e" in evil
    assert "\u202e" not in "\n".join(summary)
    assert any(line.endswith(": blank.yaml") for line in wrote)
    # Named as `check` names it, the line break escaped: FILE:LINE:COLUMN: error: …
    broken = re.compile(re.escape(f"{folder}/broken\\nline.yaml:") + r"\d+:\d+: error: ")
    assert any(broken.match(line) for line in summary)
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) + len(captured.err.splitlines()) == 4
