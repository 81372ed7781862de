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


def is_incident_name(name: str) -> bool:
    """``*.yaml`` / ``*.yml`` in any case, not hidden (editors' lock files start with '.')."""
    return not name.startswith(".") and name.lower().endswith(SUFFIXES)


def scan_folder(root: Path, *, skip: Path | None = None) -> Scan:
    """Walk ``root`` without recursion; never open a file, only look at what each name is.

    Folders whose names start with '.' (``.git``, ``.cache``) are not entered. A link to a
    folder is followed once: a folder reached again (a link loop, or two links to one place)
    is listed as a problem. A name that is not a regular file (a pipe, a device, a broken
    link) is listed as a problem and never opened, so a FIFO cannot hang the scan. ``skip``
    (the index's own folder, should it lie inside ``root``) is not entered.
    """
    scan = Scan(root)
    skipped = _identity(skip) if skip is not None else None
    seen: set[tuple[int, int]] = set()
    top = _identity(root)
    if top is not None:
        seen.add(top)
    pending: list[tuple[Path, str]] = [(root, "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            label = prefix.rstrip("/") or "."
            scan.problems.append(ScanProblem(label + "/", _folder_reason(exc)))
            continue
        folders: list[tuple[Path, str]] = []
        for entry in entries:
            relative = prefix + entry.name
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir()  # follows links
            except OSError:
                is_folder = False
            if is_folder:
                identity = _identity(Path(entry.path))
                if identity is not None and identity == skipped:
                    continue
                if identity is not None and identity in seen:
                    if entry.is_symlink():
                        scan.problems.append(
                            ScanProblem(
                                relative + "/",
                                "not read: a link to a folder already read (a link loop?)",
                            )
                        )
                    continue
                if identity is not None:
                    seen.add(identity)
                folders.append((Path(entry.path), relative + "/"))
                continue
            if not is_incident_name(entry.name):
                continue
            _add_file(scan, entry, relative)
        # Depth first, in name order: pop takes the last, so push in reverse.
        pending.extend(reversed(folders))
    scan.files.sort(key=lambda f: f.relative)
    scan.problems.sort(key=lambda p: p.relative)
    return scan


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
