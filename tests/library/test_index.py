"""LibraryIndex: summaries and full-text search over a folder, kept in the user's cache."""

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from factsheet.library import LibraryIndex, index_folder
from factsheet.library import index as index_module
from library_folder import EXPECTED, snapshot


def _index(library: Path, **kwargs: object) -> LibraryIndex:
    index = LibraryIndex(library, **kwargs)  # type: ignore[arg-type]
    index.update()
    return index


def _expected() -> dict[str, bool]:
    if sys.platform == "win32":
        return {k: v for k, v in EXPECTED.items() if k not in ("homs/loop/", "pipe.yaml")}
    return EXPECTED


def test_every_file_is_listed_with_its_summary_or_first_error(library: Path) -> None:
    index = _index(library)
    summaries = {s.path: s for s in index.summaries()}
    assert {path: s.valid for path, s in summaries.items()} == _expected()
    palmyra = summaries["homs/2017/palmyra.yml"]
    assert palmyra.title == "Shelling near the Palmyra museum"
    assert palmyra.title_ar == "قَصْفٌ قُرْبَ مَتْحَفِ تَدْمُرَ"
    assert (palmyra.date, palmyra.date_words) == ("2017-10", "October 2017")
    assert (palmyra.date_from, palmyra.date_to) == ("2017-10-01", "2017-10-31")
    assert palmyra.place == "Palmyra, Homs Governorate"
    assert {"Tadmur", "تَدْمُر"} <= set(palmyra.place_names)
    assert (palmyra.status, palmyra.handling) == ("verified", "TLP:AMBER")
    assert palmyra.claimants == ("Palmyra Coordination Committee",)
    assert palmyra.perpetrators == ("Example Army",)
    assert "PCC" in palmyra.names_of(palmyra.claimants)
    # The Overview's words: every figure of a group, a part named as a part (issue 10).
    assert palmyra.headlines == (
        (
            "Killed — no perpetrator named: at least 15 documented (PCC); 5 named (PCC)"
            " — part of C1 (at least 12)"
        ),
        "Killed — attributed to Example Army (alleged): at least 12 documented (PCC)",
    )
    # The same lines for the Library's narrow column: the figures and claimants first.
    assert palmyra.figures == (
        (
            "at least 15 documented (PCC); 5 named (PCC) — part of C1 (at least 12)"
            " · killed, no one blamed"
        ),
        "at least 12 documented (PCC) · killed, blamed on Example Army (alleged)",
    )
    # The commands print English: the other languages' lines are left unread.
    assert (palmyra.figures_in, palmyra.headlines_in) == ({}, {})
    sample = summaries["homs/2017/qaryatayn.yaml"]
    assert (sample.warnings, sample.problems_words) == (0, "ok")  # the sample loads clean
    assert sample.first_problem is None
    broken = summaries["broken/no-title.yaml"]
    assert broken.title is None
    assert broken.problems_words.startswith("1 error — line 3, column 3: incident.title")


def test_the_window_s_index_keeps_the_figure_lines_in_arabic(library: Path) -> None:
    # The index cannot word them again without reading the file, so it keeps them.
    index = _index(library, translated=True)
    palmyra = {s.path: s for s in index.summaries()}["homs/2017/palmyra.yml"]
    assert palmyra.figures_in["ar"] == (
        (
            "15 على الأقل بحسب التوثيق (\u2068PCC\u2069)؛ 5 بالاسم (\u2068PCC\u2069)"
            " — جزء من C1 (12 على الأقل) · قتلى، دون اتهام أحد"
        ),
        (
            "12 على الأقل بحسب التوثيق (\u2068PCC\u2069) · قتلى، تُنسب إلى \u2068Example Army\u2069"
            " (مزعوم)"
        ),
    )
    assert palmyra.headlines_in["ar"][1] == (
        "قتلى — المسؤولية منسوبة إلى \u2068Example Army\u2069 (مزعوم): 12 على الأقل بحسب"
        " التوثيق (\u2068PCC\u2069)"
    )
    # A new stamp on the same bytes keeps them; so does the commands' index of the folder.
    os.utime(library / "homs" / "2017" / "palmyra.yml", ns=(1, 1))
    [(touched, parsed)] = index.index_files(index.plan_update().pending)
    assert (touched.path, parsed) == (palmyra.path, False)
    assert touched.figures_in == palmyra.figures_in
    index.close()
    _index(library).close()
    again = {s.path: s for s in LibraryIndex(library, translated=True).summaries()}
    assert again["homs/2017/palmyra.yml"].figures_in == palmyra.figures_in


def test_the_index_lives_in_the_cache_and_nothing_is_written_in_the_library(
    library: Path, tmp_path: Path
) -> None:
    before = snapshot(library)
    index = _index(library)
    index.search("PCC")
    index.close()
    assert snapshot(library) == before
    assert index.file.parent == index_folder() == tmp_path / "cache" / "factsheet" / "library"
    assert index.file.is_file()


def test_search_finds_arabic_with_and_without_diacritics_and_says_where(library: Path) -> None:
    index = _index(library)
    for query in ("تدمر", "تَدْمُر", "متحف", "قصف قرب"):
        hits = index.search(query)
        assert [h.summary.path for h in hits] == ["homs/2017/palmyra.yml"], query
    where = [m.where for m in index.search("قصف")[0].matches]
    assert where == ["title (Arabic)"]
    # Without the article, and the sample's Arabic with it:
    assert [h.summary.path for h in index.search("قريتين")] == ["homs/2017/qaryatayn.yaml"]


def test_search_needs_every_term_somewhere_in_the_file(library: Path) -> None:
    index = _index(library)
    assert [h.summary.path for h in index.search("PCC museum")] == ["homs/2017/palmyra.yml"]
    assert [h.summary.path for h in index.search("PCC")] == [
        "homs/2017/palmyra.yml",
        "homs/2017/qaryatayn.yaml",
    ]
    assert index.search("museum qaryatayn") == []  # each is in a file, never both in one
    assert [h.summary.path for h in index.search("Tadmur")] == ["homs/2017/palmyra.yml"]
    # A prefix of the last word of a term; a hyphenated name as typed.
    assert [h.summary.path for h in index.search("al-qaryat")] == ["homs/2017/qaryatayn.yaml"]
    assert [h.summary.path for h in index.search("2017-10-21")] == ["homs/2017/qaryatayn.yaml"]
    # Dates in words, aliases, quotes; the bidi override does not hide "Daesh".
    assert "hostile/bidi-title.yaml" in [h.summary.path for h in index.search("daesh")]
    matches = index.search('"at least 128"')[0].matches
    # A claim is named by who makes it and its figure, never by its id in the file.
    assert "claim by SOHR “at least 128 killed” (quote)" in [m.where for m in matches]


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "a OR", "-", '"" AND', "col:x"])
def test_query_syntax_is_never_an_error(library: Path, query: str) -> None:
    index = _index(library)
    index.search(query)  # no exception: every term is quoted for FTS5


def test_update_reads_only_what_changed(library: Path) -> None:
    index = _index(library)
    market = library / "idlib" / "market.yaml"
    assert index.update().read == 0
    os.utime(market, ns=(1, 1))  # same bytes, new stamp: hashed, not parsed
    report = index.update()
    assert (report.read, report.touched) == (0, 1)
    market.write_text(
        market.read_text(encoding="utf-8").replace("fictional market", "fictional bakery"),
        encoding="utf-8",
    )
    report = index.update()
    assert (report.read, report.touched) == (1, 0)
    assert [h.summary.path for h in index.search("bakery")] == ["idlib/market.yaml"]
    assert index.search('"fictional market"') == []
    shutil.copy(market, library / "idlib" / "copy.yaml")
    (library / "homs" / "2017" / "palmyra.yml").unlink()
    report = index.update()
    assert (report.read, report.removed) == (1, 1)
    assert [h.summary.path for h in index.search("PCC")] == ["homs/2017/qaryatayn.yaml"]
    assert len(index.search("bakery")) == 2


def test_a_second_index_of_the_same_folder_reuses_the_first(library: Path) -> None:
    _index(library).close()
    again = LibraryIndex(library)
    report = again.update()
    assert (report.read, report.files) == (0, 8)
    assert again.search("PCC")


def test_a_corrupt_index_is_rebuilt(library: Path) -> None:
    first = _index(library)
    first.close()
    first.file.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(first.file) + suffix).unlink(missing_ok=True)
    index = LibraryIndex(library)
    assert index.update().read == 8
    assert index.search("PCC")


def test_an_index_of_an_older_schema_is_rebuilt(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _index(library).close()
    monkeypatch.setattr(index_module, "SCHEMA_VERSION", index_module.SCHEMA_VERSION + 1)
    index = LibraryIndex(library)
    assert index.update().read == 8
    with sqlite3.connect(index.file) as db:
        version = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
    assert version == str(index_module.SCHEMA_VERSION)


def test_a_deleted_index_loses_nothing(library: Path) -> None:
    index = _index(library)
    index.close()
    index.file.unlink()
    again = _index(library)
    assert [h.summary.path for h in again.search("museum")] == ["homs/2017/palmyra.yml"]


def test_an_unwritable_cache_keeps_the_index_in_memory(library: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    index = LibraryIndex(library, cache_folder=blocker / "library")
    assert "in memory" in str(index.notice)
    index.update()
    assert index.search("PCC")


def test_without_fts5_the_same_texts_are_searched_by_substring(library: Path) -> None:
    index = _index(library, full_text=False)
    assert "FTS5" in str(index.notice)
    assert [h.summary.path for h in index.search("تَدْمُر PCC")] == ["homs/2017/palmyra.yml"]
    assert index.search("nothing-like-this") == []


def test_an_unexpected_reader_failure_is_recorded_on_that_file_only(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factsheet.library import reading

    real = reading.parse_incident_bytes  # type: ignore[attr-defined]

    def failing(data: bytes, name: str) -> object:
        if name.endswith("market.yaml"):
            raise RecursionError("boom")
        return real(data, name)

    monkeypatch.setattr(reading, "parse_incident_bytes", failing)
    summaries = {s.path: s for s in _index(library).summaries()}
    assert summaries["idlib/market.yaml"].problems_words == (
        "1 error — could not be read: Factsheet failed on this file (RecursionError)"
    )
    assert summaries["homs/2017/palmyra.yml"].valid


def test_progress_is_reported_and_an_update_can_be_cancelled(library: Path) -> None:
    seen: list[tuple[int, int]] = []
    index = LibraryIndex(library)
    report = index.update(lambda done, total, _path: seen.append((done, total)))
    assert (seen[0], seen[-1]) == ((0, 8), (8, 8))
    assert not report.cancelled
    fresh = LibraryIndex(library, cache_folder=library.parent / "other-cache")
    stopped = fresh.update(cancelled=lambda: True)
    assert (stopped.cancelled, stopped.read) == (True, 0)


def test_search_paths_names_the_same_files_as_search(library: Path) -> None:
    index = _index(library)
    for query in ("PCC", "تدمر", "museum qaryatayn", "", "fictional"):
        assert index.search_paths(query) == {h.summary.path for h in index.search(query)}


def test_places_are_limited_and_the_rest_counted(library: Path) -> None:
    hits = {h.summary.path: h for h in _index(library).search("PCC", places=1)}
    hit = hits["homs/2017/qaryatayn.yaml"]  # the sample names the PCC many times
    assert len(hit.matches) == 1
    assert hit.more >= 1
