"""Finding incident files under a folder: every *.yaml and *.yml, and every reason one is not."""

import os
from dataclasses import dataclass, field
from pathlib import Path

from factsheet.special_files import kind_of

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class FoundFile:
    """A regular incident file: its path relative to the library folder, and its stamp."""

    relative: str  # POSIX separators, the key of the index
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class ScanProblem:
    """Something under the folder that looks like an incident file (or may hold some) but
    cannot be read as one: listed with its reason, never hidden."""

    relative: str
    message: str


@dataclass(slots=True)
class Scan:
    """What a walk of the folder found."""

    root: Path
    files: list[FoundFile] = field(default_factory=list)
    problems: list[ScanProblem] = field(default_factory=list)
    #: Links not followed because their folder is read under another name (``current`` →
    #: ``2024``), or because they lead back into a folder they are in (a loop): their files
    #: are listed once, so these are notes for the command line, not invalid incidents.
    skipped: list[ScanProblem] = field(default_factory=list)


def is_incident_name(name: str) -> bool:
    """``*.yaml`` / ``*.yml`` in any case, not hidden (editors' lock files start with '.')."""
    return not name.startswith(".") and name.lower().endswith(SUFFIXES)


def scan_folder(root: Path, *, skip: Path | None = None) -> Scan:
    """Walk ``root`` without recursion; never open a file, only look at what each name is.

    Folders whose names start with '.' (``.git``, ``.cache``) are not entered. Each folder is
    read once: the folders themselves first, then the links to folders, so a file is listed
    under its real path; a link to a folder already read (two names for one place, or a
    link loop) is not followed and is noted in ``skipped``. A name that is not a regular
    file (a pipe, a device, a broken link) is listed as a problem and never opened, so a
    FIFO cannot hang the scan. ``skip`` (the index's own folder, should it lie inside
    ``root``) is not entered.
    """
    walk = _Walk(root, skip)
    while walk.pending or walk.links:
        if walk.pending:
            folder, prefix = walk.pending.pop()
        else:
            # Every folder reachable without links has been read: a link now either adds
            # a folder of its own or names one already read.
            folder, prefix, identity = walk.links.pop(0)
            if not walk.first_time(identity, prefix):
                continue
        walk.read(folder, prefix)
    scan = walk.scan
    scan.files.sort(key=lambda f: f.relative)
    scan.problems.sort(key=lambda p: p.relative)
    scan.skipped.sort(key=lambda p: p.relative)
    return scan


_Identity = tuple[int, int]


class _Walk:
    """The state of one scan: the folders to read, the links to follow after them, and
    every folder read so far by identity, with the name it was read under."""

    def __init__(self, root: Path, skip: Path | None) -> None:
        self.scan = Scan(root)
        self.skip = _identity(skip) if skip is not None else None
        self.seen: dict[_Identity, str] = {}
        top = _identity(root)
        if top is not None:
            self.seen[top] = ""
        self.pending: list[tuple[Path, str]] = [(root, "")]
        self.links: list[tuple[Path, str, _Identity | None]] = []

    def first_time(self, identity: _Identity | None, prefix: str) -> bool:
        """Record the folder ``prefix`` names; False (and a note) if it was read already."""
        if identity is None:
            return True
        if identity in self.seen:
            self.scan.skipped.append(
                ScanProblem(prefix, _not_followed(prefix, self.seen[identity]))
            )
            return False
        self.seen[identity] = prefix
        return True

    def read(self, folder: Path, prefix: str) -> None:
        """List ``folder``'s files; queue its folders, and its links to folders for later."""
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            label = prefix.rstrip("/") or "."
            self.scan.problems.append(ScanProblem(label + "/", _folder_reason(exc)))
            return
        folders: list[tuple[Path, str]] = []
        for entry in entries:
            relative = prefix + entry.name
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir()  # follows links
            except OSError:
                is_folder = False
            if not is_folder:
                if is_incident_name(entry.name):
                    _add_file(self.scan, entry, relative)
                continue
            identity = _identity(Path(entry.path))
            if identity is not None and identity == self.skip:
                continue
            if entry.is_symlink():
                self.links.append((Path(entry.path), relative + "/", identity))
            elif self.first_time(identity, relative + "/"):  # False for a bind mount, say
                folders.append((Path(entry.path), relative + "/"))
        # Depth first, in name order: pop takes the last, so push in reverse.
        self.pending.extend(reversed(folders))


def _not_followed(link: str, read_as: str) -> str:
    """Why a link to a folder is not followed: its folder is read as ``read_as`` already."""
    if read_as == "":
        return "not followed: a link to the library folder itself (a link loop)"
    if link.startswith(read_as):
        return f"not followed: a link back to {read_as}, a folder it is in (a link loop)"
    return f"not followed: a link to {read_as}, whose files are listed under that name"


def _add_file(scan: Scan, entry: os.DirEntry[str], relative: str) -> None:
    try:
        info = entry.stat()  # follows links
    except FileNotFoundError:
        scan.problems.append(ScanProblem(relative, "cannot read: a link to a file that is gone"))
        return
    except OSError as exc:
        scan.problems.append(ScanProblem(relative, f"cannot read: {exc.strerror or exc}"))
        return
    kind = kind_of(info.st_mode)
    if kind is not None:
        scan.problems.append(
            ScanProblem(relative, f"expected an incident file; found {kind} (not opened)")
        )
        return
    scan.files.append(FoundFile(relative, info.st_size, info.st_mtime_ns))


def not_a_file_reason(path: Path) -> str | None:
    """Why ``path`` must not be opened as an incident file (a pipe would block the reader
    for ever, a device would never end), or None for a regular file (or a missing one,
    which the loader words itself)."""
    try:
        info = path.stat()
    except OSError:
        return None
    kind = kind_of(info.st_mode)
    if kind == "a folder":
        return "expected an incident file; found a folder"
    if kind is not None:
        return f"expected an incident file; found {kind} (not opened)"
    return None


def _folder_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot read the folder: permission denied (incident files in it are not listed)"
    if isinstance(exc, FileNotFoundError):
        return "cannot read the folder: it does not exist"
    if isinstance(exc, NotADirectoryError):
        return "expected a folder; found a file"
    return f"cannot read the folder: {exc.strerror or exc}"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)
