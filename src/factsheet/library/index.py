"""The library's index: one SQLite file per folder in the user's cache, a cache and nothing more.

The incident files are the truth. The index keeps, per file, its size, mtime, SHA-256 and
summary, and every searchable text (``passages.py``) in an FTS5 table, folded by
``factsheet.search_text``. An update looks at size and mtime first, then at the content
hash, and reads only files whose bytes changed. A missing, corrupt or older index (another
schema or another Factsheet version) is deleted and built again; where the cache folder
cannot be written the index lives in memory for the session; where Python's SQLite lacks
FTS5, the same texts are searched by plain substring (slower, a notice says so).
"""

import contextlib
import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from factsheet import __version__
from factsheet.library.cache_folder import index_folder
from factsheet.library.scan import FoundFile, Scan, scan_folder
from factsheet.library.summary import IncidentSummary, summarise_problem
from factsheet.search_text import excerpt, indexed_form, query_terms

#: Raise when the tables or what goes into them change: an older index is then rebuilt.
# 5: recorder_note passages; 6: places named by dates and words, not ids; 7: every figure
# line, and each figures first (the Library's Figures column); 8: the figure lines in Arabic;
# 9: a NUL byte's or UTF-16's line and column in the first problem
SCHEMA_VERSION = 9
#: Files whose changes are written in one transaction (other readers wait at most that long).
BATCH_FILES = 100
#: Places listed per matching file.
MATCHES_PER_FILE = 8
#: A passage's id is its file's id shifted by this many bits, plus its number in the file:
#: a match's file is then ``rowid >> PASSAGE_BITS``, found without reading any table.
PASSAGE_BITS = 20
#: Ids per statement when reading rows by id (SQLite allows 32,766 parameters).
IDS_PER_QUERY = 900

Progress = Callable[[int, int, str], None]
#: (where, text, indexed form), as library/passages.py makes them (not imported: it needs
#: the model, and a warm search must not import pydantic).
Passage = tuple[str, str, str]
T = TypeVar("T")


def fts5_available() -> bool:
    """Does this Python's SQLite have the FTS5 full-text extension?"""
    try:
        with contextlib.closing(sqlite3.connect(":memory:")) as db:
            db.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    except sqlite3.OperationalError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Match:
    """Where in a file a search matched, and the words around it."""

    where: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A file that holds every term of the query."""

    summary: IncidentSummary
    matches: tuple[Match, ...]
    #: Matching texts beyond those in ``matches``.
    more: int = 0


@dataclass(frozen=True, slots=True)
class UpdateReport:
    """What one update did."""

    files: int
    read: int  # parsed again: new or changed content
    touched: int  # stamp changed, same bytes
    removed: int
    problems: int  # names that could not be read at all (pipes, link loops)
    seconds: float
    cancelled: bool = False


@dataclass(slots=True)
class UpdatePlan:
    """The folder as just scanned: what the index already knows, and what it must read."""

    scan: Scan
    #: The summaries of files whose stamp is unchanged (only when asked for: JSON costs).
    known: dict[str, IncidentSummary]
    pending: list[FoundFile]
    removed: int


class LibraryIndex:
    """The index of one library folder.

    One connection, used under a lock: the window's worker thread updates while the GUI
    thread searches. Files are parsed outside the lock, so a search waits for at most one
    file's writes, never for a parse.
    """

    def __init__(
        self,
        root: Path,
        cache_folder: Path | None = None,
        *,
        full_text: bool | None = None,
        translated: bool = False,
    ) -> None:
        self.root = root
        #: Summaries come with their figure lines in other languages (the window's); the
        #: commands print English and leave them unread, a third of every summary's bytes.
        self.translated = translated
        self._summary_columns = "summary, translated" if translated else "summary, NULL"
        self.folder = cache_folder if cache_folder is not None else index_folder()
        self.full_text = fts5_available() if full_text is None else full_text
        #: A sentence for the user when the index works in a lesser way, else None.
        self.notice: str | None = (
            None
            if self.full_text
            else "this Python's SQLite has no FTS5: searching every text by substring (slower)"
        )
        key = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
        self.file = self.folder / f"{key[:24]}.sqlite3"
        self.last_scan: Scan | None = None
        self._pending_writes = 0
        self._lock = threading.RLock()
        self._db = self._open()

    # --- opening, checking, rebuilding ----------------------------------------------------

    def _meta(self) -> dict[str, str]:
        return {
            "schema": str(SCHEMA_VERSION),
            "program": __version__,
            "root": str(self.root.resolve()),
            "full_text": "1" if self.full_text else "0",
        }

    def _open(self) -> sqlite3.Connection:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            db = self._connect(str(self.file))
            if self._is_current(db):
                return db
            db.close()
        except sqlite3.OperationalError as exc:
            # Cannot open, or locked by another Factsheet for longer than the timeout:
            # never delete a file someone else is using; work in memory this time.
            return self._in_memory(exc)
        except sqlite3.DatabaseError:
            pass  # not a database, or a damaged one: built again below
        except OSError as exc:
            return self._in_memory(exc)
        self._delete_files()
        try:
            return self._create(self._connect(str(self.file)))
        except (OSError, sqlite3.Error) as exc:
            return self._in_memory(exc)

    def _in_memory(self, reason: Exception) -> sqlite3.Connection:
        self.notice = f"the index is kept in memory: cannot write {self.folder} ({reason})"
        return self._create(sqlite3.connect(":memory:", check_same_thread=False))

    @staticmethod
    def _connect(name: str) -> sqlite3.Connection:
        db = sqlite3.connect(name, timeout=10, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    def _is_current(self, db: sqlite3.Connection) -> bool:
        try:
            rows = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.OperationalError:
            return False  # a new, empty file: no tables yet
        return rows == self._meta()

    def _delete_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(self.file) + suffix).unlink()

    def _create(self, db: sqlite3.Connection) -> sqlite3.Connection:
        text_table = (
            # Contentless: only rowids come back from a match (the original text is in
            # passages), which saves a third of the file; deleting gives the folded text again.
            "CREATE VIRTUAL TABLE texts USING fts5("
            "folded, content='', tokenize='unicode61 remove_diacritics 0')"
            if self.full_text
            else "CREATE TABLE texts(rowid INTEGER PRIMARY KEY, folded TEXT NOT NULL)"
        )
        db.executescript(
            f"""
            BEGIN;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE files(
                id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
                mtime_ns INTEGER NOT NULL, sha256 TEXT, errors INTEGER NOT NULL,
                title TEXT, title_ar TEXT, summary TEXT NOT NULL, translated TEXT NOT NULL);
            -- id = file id << PASSAGE_BITS | the passage's number in its file
            CREATE TABLE passages(
                id INTEGER PRIMARY KEY, field TEXT NOT NULL, original TEXT NOT NULL);
            {text_table};
            COMMIT;
            """
        )
        db.executemany("INSERT INTO meta VALUES (?, ?)", self._meta().items())
        return db

    def rebuild(self) -> None:
        """Forget everything and start again (the next update reads every file)."""
        with self._lock:
            self._db.close()
            self._delete_files()
            self._db = self._open()

    def close(self) -> None:
        """Write what is pending and let go of the file."""
        with self._lock:
            self._commit()
            self._db.close()

    def _guarded(self, action: Callable[[], T]) -> T:
        """Run ``action``; if the index turns out damaged, rebuild it once and run it again.

        Each action takes the lock itself, around its reads and writes only.
        """
        try:
            return action()
        except sqlite3.OperationalError:
            raise  # locked, or the disk is full: not a damaged index
        except sqlite3.DatabaseError:
            self.rebuild()
            return action()

    # --- updating -------------------------------------------------------------------------

    def plan_update(self, *, with_known: bool = False) -> UpdatePlan:
        """Scan the folder, drop files that are gone, and list those to read."""
        return self._guarded(partial(self._plan, with_known))

    def _plan(self, with_known: bool) -> UpdatePlan:
        scan = scan_folder(self.root, skip=self.folder)
        with self._lock:
            return self._plan_locked(scan, with_known)

    def _plan_locked(self, scan: Scan, with_known: bool) -> UpdatePlan:
        # The summaries (JSON, most of the table's bytes) only when the caller wants them.
        columns = "id, path, size, mtime_ns, " + (self._summary_columns if with_known else "'', ''")
        rows = self._db.execute(f"SELECT {columns} FROM files").fetchall()  # noqa: S608
        found = {f.relative: f for f in scan.files}
        known: dict[str, IncidentSummary] = {}
        gone: list[int] = []
        pending: list[FoundFile] = []
        stamps: dict[str, tuple[int, int]] = {}
        for file_id, path, size, mtime_ns, summary, translated in rows:
            if path not in found:
                gone.append(file_id)
                continue
            stamps[path] = (size, mtime_ns)
            if with_known and (size, mtime_ns) == (found[path].size, found[path].mtime_ns):
                known[path] = _summary(summary, translated)
        for relative, item in found.items():
            if stamps.get(relative) != (item.size, item.mtime_ns):
                pending.append(item)
        if gone:
            self._begin()
            for file_id in gone:
                self._delete_passages(file_id)
            self._db.executemany("DELETE FROM files WHERE id = ?", [(i,) for i in gone])
            self._commit()
        self.last_scan = scan
        return UpdatePlan(scan, known, pending, len(gone))

    def _record(
        self,
        found: FoundFile,
        row: tuple[int, str | None, str, str | None] | None,
        summary: IncidentSummary,
        texts: list[Passage] | None,
    ) -> tuple[IncidentSummary, bool]:
        self._begin()
        if texts is None and row is not None:  # the same bytes: only the stamp moved
            self._db.execute(
                "UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?",
                (found.size, found.mtime_ns, row[0]),
            )
            summary = _summary(row[2], row[3])
            summary = replace(summary, size=found.size, mtime_ns=found.mtime_ns)
            self._db.execute(
                "UPDATE files SET summary = ? WHERE id = ?", (_json(summary.to_json()), row[0])
            )
            parsed = False
        else:
            self._store(row[0] if row else None, found, summary, texts or [])
            parsed = True
        self._pending_writes += 1
        if self._pending_writes >= BATCH_FILES:
            self._commit()
        return summary, parsed

    def index_files(
        self,
        pending: list[FoundFile],
        *,
        helpers: int = 0,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[IncidentSummary, bool]]:
        """Bring these files' entries up to date, reading them in ``helpers`` processes
        when there are enough (``reading_many.py``); yield each file's summary and whether
        it was parsed (False: same bytes, new stamp), in the order given.

        Nothing a file holds stops this: a file that fails to load gets its first error as
        its summary, and even an unexpected failure of the reader is recorded as one. Files
        are read outside the lock; only their writes take it.
        """
        if not pending:
            return
        from factsheet.library.reading_many import read_many

        with self._lock:
            known = dict(self._db.execute("SELECT path, sha256 FROM files").fetchall())
        jobs = [(found, known.get(found.relative)) for found in pending]
        for found, (summary, texts) in read_many(
            self.root, jobs, helpers=helpers, cancelled=cancelled
        ):
            with self._lock:  # never held across the yield: a search may come in between
                row = self._db.execute(
                    f"SELECT id, sha256, {self._summary_columns} FROM files WHERE path = ?",  # noqa: S608
                    (found.relative,),
                ).fetchone()
                recorded = self._guarded(partial(self._record, found, row, summary, texts))
            yield recorded

    def finish_update(self) -> None:
        """Write what is pending."""
        with self._lock:
            self._commit()

    def update(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        helpers: int = 0,
    ) -> UpdateReport:
        """Scan, then read every new or changed file; ``progress(done, total, path)``.

        ``helpers``: processes to read in when many files changed (0: this process).
        """
        started = time.perf_counter()
        plan = self.plan_update()
        read = touched = 0
        stopped = cancelled is not None and cancelled()
        if progress is not None and plan.pending:
            progress(0, len(plan.pending), plan.pending[0].relative)
        done = 0
        if not stopped:
            for done, (summary, parsed) in enumerate(
                self.index_files(plan.pending, helpers=helpers, cancelled=cancelled), start=1
            ):
                read += parsed
                touched += not parsed
                if progress is not None and done < len(plan.pending):
                    progress(done, len(plan.pending), summary.path)
            stopped = done < len(plan.pending)
        self.finish_update()
        if progress is not None and not stopped:
            progress(len(plan.pending), len(plan.pending), "")
        return UpdateReport(
            len(plan.scan.files),
            read,
            touched,
            plan.removed,
            len(plan.scan.problems),
            time.perf_counter() - started,
            stopped,
        )

    def _begin(self) -> None:
        if not self._db.in_transaction:
            self._db.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._pending_writes = 0

    def _delete_passages(self, file_id: int) -> None:
        first, last = file_id << PASSAGE_BITS, ((file_id + 1) << PASSAGE_BITS) - 1
        if self.full_text:
            rows = self._db.execute(
                "SELECT id, original FROM passages WHERE id BETWEEN ? AND ?", (first, last)
            ).fetchall()
            # A contentless FTS5 row is deleted by giving the text it was indexed with.
            self._db.executemany(
                "INSERT INTO texts(texts, rowid, folded) VALUES ('delete', ?, ?)",
                [(passage, indexed_form(original)) for passage, original in rows],
            )
        else:
            self._db.execute("DELETE FROM texts WHERE rowid BETWEEN ? AND ?", (first, last))
        self._db.execute("DELETE FROM passages WHERE id BETWEEN ? AND ?", (first, last))

    def _store(
        self,
        file_id: int | None,
        found: FoundFile,
        summary: IncidentSummary,
        texts: list[Passage],
    ) -> None:
        data = _json(summary.to_json())
        translated = _json(summary.translations_json())
        if file_id is None:
            cursor = self._db.execute(
                "INSERT INTO files(path, size, mtime_ns, sha256, errors, title, title_ar, summary,"
                " translated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (found.relative, found.size, found.mtime_ns, summary.sha256, summary.errors,
                 summary.title, summary.title_ar, data, translated),
            )  # fmt: skip
            file_id = int(cursor.lastrowid or 0)
        else:
            self._delete_passages(file_id)
            self._db.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, sha256 = ?, errors = ?, title = ?, "
                "title_ar = ?, summary = ?, translated = ? WHERE id = ?",
                (found.size, found.mtime_ns, summary.sha256, summary.errors, summary.title,
                 summary.title_ar, data, translated, file_id),
            )  # fmt: skip
        texts = texts[: (1 << PASSAGE_BITS) - 1]  # a million texts in one file: the rest unsearched
        first = file_id << PASSAGE_BITS
        ids = range(first, first + len(texts))
        self._db.executemany(
            "INSERT INTO passages(id, field, original) VALUES (?, ?, ?)",
            [(i, where, text) for i, (where, text, _) in zip(ids, texts, strict=True)],
        )
        self._db.executemany(
            "INSERT INTO texts(rowid, folded) VALUES (?, ?)",
            [(i, folded) for i, (_, _, folded) in zip(ids, texts, strict=True)],
        )

    # --- reading --------------------------------------------------------------------------

    def summaries(self) -> list[IncidentSummary]:
        """Every file of the last scan, in path order: indexed ones and unreadable names."""
        return self._summaries_and_scan_problems("")

    def invalid(self) -> list[IncidentSummary]:
        """The files of the last scan that could not be read (not searched)."""
        return self._summaries_and_scan_problems("WHERE errors > 0")

    def _summaries_and_scan_problems(self, where: str) -> list[IncidentSummary]:
        """The indexed files ``where`` says (an SQL clause of ours, never user text), and
        the files the last scan could not read, in path order."""

        def read() -> list[IncidentSummary]:
            with self._lock:
                rows = self._db.execute(
                    f"SELECT {self._summary_columns} FROM files {where} ORDER BY path"  # noqa: S608
                ).fetchall()
            return [_summary(*row) for row in rows]

        items = self._guarded(read)
        if self.last_scan is not None:
            items += [summarise_problem(p.relative, p.message) for p in self.last_scan.problems]
        return sorted(items, key=lambda s: s.path)

    def search(
        self,
        query: str,
        *,
        places: int = MATCHES_PER_FILE,
        excerpts: int = MATCHES_PER_FILE,
        full: bool = True,
    ) -> list[SearchHit]:
        """Files holding every term of ``query`` (folded; a term matches words it begins),
        each with up to ``places`` places it matched, in the order the file gives them.

        The first ``excerpts`` places come with the words around the match (the others
        with an empty excerpt). ``full=False``: each hit's summary has only its path and
        titles (what one line of ``factsheet search`` shows), read without parsing JSON.
        """
        terms = [t for t in query_terms(query) if any(c.isalnum() for c in t)]
        if not terms:
            return []

        def locked() -> list[SearchHit]:
            with self._lock:
                return self._search(terms, places, min(excerpts, places), full)

        return self._guarded(locked)

    def search_paths(self, query: str) -> set[str]:
        """Only which files match ``query`` (their relative paths): what a filter needs."""
        terms = [t for t in query_terms(query) if any(c.isalnum() for c in t)]
        if not terms:
            return set()

        def locked() -> set[str]:
            with self._lock:
                files, _ = self._files_matching(terms)
                paths: set[str] = set()
                for rows in self._rows_by_id("SELECT id, path FROM files", sorted(files)):
                    paths.update(str(path) for _, path in rows)
                return paths

        return self._guarded(locked)

    def _files_matching(self, terms: list[str]) -> tuple[set[int], dict[int, set[int]]]:
        """The ids of the files holding every term, and each file's matching text ids."""
        files: set[int] = set()
        matched: dict[int, set[int]] = {}
        for number, term in enumerate(terms):
            rowids = self._matching(term)
            found = {rowid >> PASSAGE_BITS for rowid in rowids}
            files = found if number == 0 else files & found
            if not files:
                return set(), {}
            for rowid in rowids:
                matched.setdefault(rowid >> PASSAGE_BITS, set()).add(rowid)
        return files, matched

    def _search(self, terms: list[str], places: int, excerpts: int, full: bool) -> list[SearchHit]:
        files, matched = self._files_matching(terms)
        if not files:
            return []
        # Only the first few matching texts of each file are read (originals are large):
        # a few more than asked for, since two texts may share a place ("place").
        # One more than asked for: two texts may share a place's name ("place").
        firsts = {f: sorted(matched[f])[: places + 1] for f in files}
        # Where each matched: the names of the first few texts; words around the match
        # only for the first ``excerpts`` of them (originals are most of what is read).
        fields: dict[int, str] = {}
        wanted = [i for ids in firsts.values() for i in ids]
        for rows in self._rows_by_id("SELECT id, field FROM passages", wanted):
            fields.update((int(i), str(where)) for i, where in rows)
        originals: dict[int, str] = {}
        quoted = [i for ids in firsts.values() for i in ids[:excerpts]]
        for rows in self._rows_by_id("SELECT id, original FROM passages", quoted):
            originals.update((int(i), str(text)) for i, text in rows)
        hits = []
        columns = f"id, {self._summary_columns}" if full else "id, path, title, title_ar"
        for rows in self._rows_by_id(f"SELECT {columns} FROM files", sorted(files)):  # noqa: S608
            for file_id, *data in rows:
                seen: dict[str, int] = {}
                for passage in firsts[file_id]:
                    if passage in fields and len(seen) < places:
                        seen.setdefault(fields[passage], passage)
                matches = tuple(
                    Match(where, excerpt(originals[i], terms) if i in originals else "")
                    for where, i in seen.items()
                )
                more = len(matched[file_id]) - len(matches)
                summary = (
                    _summary(data[0], data[1])
                    if full
                    else IncidentSummary(data[0], title=data[1], title_ar=data[2])
                )
                hits.append(SearchHit(summary, matches, max(0, more)))
        return sorted(hits, key=lambda hit: hit.summary.path)

    def _rows_by_id(self, select: str, ids: list[int]) -> Iterator[list[Any]]:
        for start in range(0, len(ids), IDS_PER_QUERY):
            chunk = ids[start : start + IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            sql = f"{select} WHERE id IN ({marks})"
            yield self._db.execute(sql, chunk).fetchall()

    def _matching(self, term: str) -> list[int]:
        """The ids of the texts that hold ``term``."""
        if self.full_text:
            # A phrase of the term's words, the last one a prefix: "al-qaryat" finds
            # "Al-Qaryatayn"; double quotes inside are doubled, so a query is never syntax.
            phrase = '"' + term.replace('"', '""') + '"*'
            sql = "SELECT rowid FROM texts WHERE texts MATCH ?"
            return [row[0] for row in self._db.execute(sql, (phrase,))]
        sql = "SELECT rowid FROM texts WHERE instr(folded, ?) > 0"
        return [row[0] for row in self._db.execute(sql, (term,))]


def _summary(summary: str, translated: str | None) -> IncidentSummary:
    """A summary back from its row; ``translated`` is None where the figure lines of other
    languages were not asked for."""
    return IncidentSummary.from_json(
        json.loads(summary), json.loads(translated) if translated else None
    )


def _json(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False)
