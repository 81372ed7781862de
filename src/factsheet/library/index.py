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
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from factsheet import __version__
from factsheet.library.cache_folder import index_folder
from factsheet.library.scan import FoundFile, Scan, scan_folder
from factsheet.library.summary import IncidentSummary, summarise_problem
from factsheet.search_text import excerpt, indexed_form, query_terms

#: Raise when the tables or what goes into them change: an older index is then rebuilt.
SCHEMA_VERSION = 2
#: Files whose changes are written in one transaction (other readers wait at most that long).
BATCH_FILES = 100
#: Places listed per matching file.
MATCHES_PER_FILE = 8

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
        self, root: Path, cache_folder: Path | None = None, *, full_text: bool | None = None
    ) -> None:
        self.root = root
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
        self._next_passage = 0
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
                mtime_ns INTEGER NOT NULL, sha256 TEXT, summary TEXT NOT NULL);
            CREATE TABLE passages(
                id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, field TEXT NOT NULL,
                original TEXT NOT NULL);
            CREATE INDEX passages_by_file ON passages(file_id);
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
        rows = self._db.execute("SELECT id, path, size, mtime_ns, summary FROM files").fetchall()
        found = {f.relative: f for f in scan.files}
        known: dict[str, IncidentSummary] = {}
        gone: list[int] = []
        pending: list[FoundFile] = []
        stamps: dict[str, tuple[int, int]] = {}
        for file_id, path, size, mtime_ns, summary in rows:
            if path not in found:
                gone.append(file_id)
                continue
            stamps[path] = (size, mtime_ns)
            if with_known and (size, mtime_ns) == (found[path].size, found[path].mtime_ns):
                known[path] = IncidentSummary.from_json(json.loads(summary))
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
        row: tuple[int, str | None, str] | None,
        summary: IncidentSummary,
        texts: list[Passage] | None,
    ) -> tuple[IncidentSummary, bool]:
        self._begin()
        if texts is None and row is not None:  # the same bytes: only the stamp moved
            self._db.execute(
                "UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?",
                (found.size, found.mtime_ns, row[0]),
            )
            summary = IncidentSummary.from_json(
                json.loads(row[2]) | {"size": found.size, "mtime_ns": found.mtime_ns}
            )
            self._db.execute(
                "UPDATE files SET summary = ? WHERE id = ?",
                (json.dumps(summary.to_json(), ensure_ascii=False), row[0]),
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
                    "SELECT id, sha256, summary FROM files WHERE path = ?", (found.relative,)
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
            self._next_passage = (
                self._db.execute("SELECT COALESCE(MAX(id), 0) FROM passages").fetchone()[0] + 1
            )

    def _commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._pending_writes = 0

    def _delete_passages(self, file_id: int) -> None:
        if self.full_text:
            rows = self._db.execute(
                "SELECT id, original FROM passages WHERE file_id = ?", (file_id,)
            ).fetchall()
            self._db.executemany(
                "INSERT INTO texts(texts, rowid, folded) VALUES ('delete', ?, ?)",
                [(passage, indexed_form(original)) for passage, original in rows],
            )
        else:
            self._db.execute(
                "DELETE FROM texts WHERE rowid IN (SELECT id FROM passages WHERE file_id = ?)",
                (file_id,),
            )
        self._db.execute("DELETE FROM passages WHERE file_id = ?", (file_id,))

    def _store(
        self,
        file_id: int | None,
        found: FoundFile,
        summary: IncidentSummary,
        texts: list[Passage],
    ) -> None:
        data = json.dumps(summary.to_json(), ensure_ascii=False)
        if file_id is None:
            cursor = self._db.execute(
                "INSERT INTO files(path, size, mtime_ns, sha256, summary) VALUES (?, ?, ?, ?, ?)",
                (found.relative, found.size, found.mtime_ns, summary.sha256, data),
            )
            file_id = int(cursor.lastrowid or 0)
        else:
            self._delete_passages(file_id)
            self._db.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, sha256 = ?, summary = ? WHERE id = ?",
                (found.size, found.mtime_ns, summary.sha256, data, file_id),
            )
        first = self._next_passage
        self._next_passage += len(texts)
        ids = range(first, self._next_passage)
        self._db.executemany(
            "INSERT INTO passages(id, file_id, field, original) VALUES (?, ?, ?, ?)",
            [(i, file_id, where, text) for i, (where, text, _) in zip(ids, texts, strict=True)],
        )
        self._db.executemany(
            "INSERT INTO texts(rowid, folded) VALUES (?, ?)",
            [(i, folded) for i, (_, _, folded) in zip(ids, texts, strict=True)],
        )

    # --- reading --------------------------------------------------------------------------

    def summaries(self) -> list[IncidentSummary]:
        """Every file of the last scan, in path order: indexed ones and unreadable names."""

        def read() -> list[IncidentSummary]:
            with self._lock:
                rows = self._db.execute("SELECT summary FROM files ORDER BY path").fetchall()
            return [IncidentSummary.from_json(json.loads(row[0])) for row in rows]

        items = self._guarded(read)
        if self.last_scan is not None:
            items += [summarise_problem(p.relative, p.message) for p in self.last_scan.problems]
        return sorted(items, key=lambda s: s.path)

    def search(self, query: str) -> list[SearchHit]:
        """Files holding every term of ``query`` (folded; a term matches words it begins)."""
        terms = [t for t in query_terms(query) if any(c.isalnum() for c in t)]
        if not terms:
            return []

        def locked() -> list[SearchHit]:
            with self._lock:
                return self._search(terms)

        return self._guarded(locked)

    def _search(self, terms: list[str]) -> list[SearchHit]:
        files: set[int] = set()
        for number, term in enumerate(terms):
            matching = {int(row[0]) for row in self._matching(term, "DISTINCT p.file_id")}
            files = matching if number == 0 else files & matching
            if not files:
                return []
        # Where each file matched, in the order its texts were indexed (title, summary, …).
        places: dict[int, dict[str, tuple[int, str]]] = {file_id: {} for file_id in files}
        for term in terms:
            for file_id, passage, where, original in self._matching(
                term, "p.file_id, p.id, p.field, p.original"
            ):
                found = places.get(int(file_id))
                if found is not None and str(where) not in found:
                    found[str(where)] = (int(passage), str(original))
        marks = ",".join("?" * len(files))
        rows = self._db.execute(
            f"SELECT id, summary FROM files WHERE id IN ({marks})",  # noqa: S608 - only '?'s
            tuple(files),
        ).fetchall()
        hits = []
        for file_id, data in rows:
            ordered = sorted(places[file_id].items(), key=lambda item: item[1][0])
            matches = tuple(
                Match(where, excerpt(original, terms))
                for where, (_, original) in ordered[:MATCHES_PER_FILE]
            )
            hits.append(SearchHit(IncidentSummary.from_json(json.loads(data)), matches))
        return sorted(hits, key=lambda hit: hit.summary.path)

    def _matching(self, term: str, columns: str) -> list[Any]:
        if self.full_text:
            # A phrase of the term's words, the last one a prefix: "al-qaryat" finds
            # "Al-Qaryatayn"; double quotes inside are doubled, so a query is never syntax.
            phrase = '"' + term.replace('"', '""') + '"*'
            sql = (
                f"SELECT {columns} FROM texts JOIN passages p ON p.id = texts.rowid "  # noqa: S608
                "WHERE texts MATCH ?"
            )
            return self._db.execute(sql, (phrase,)).fetchall()
        sql = (
            f"SELECT {columns} FROM texts JOIN passages p ON p.id = texts.rowid "  # noqa: S608
            "WHERE instr(texts.folded, ?) > 0"
        )
        return self._db.execute(sql, (term,)).fetchall()
