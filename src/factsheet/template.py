"""A new incident file from the bundled template, never over an existing file. No Qt."""

from pathlib import Path

from factsheet.resources import incident_template

#: What a new incident file's name ends in when it is given without .yaml or .yml: the
#: library lists only those (``library/scan.py``), and an installed Factsheet opens
#: ``.incident.yaml`` by double-click. The app's New Incident dialog adds the same.
ADDED_ENDING = ".incident.yaml"
_LISTED_ENDINGS = (".yaml", ".yml")


class NewIncidentError(Exception):
    """The template was not written; the message says why, for the command line and the app."""


def incident_file_path(path: Path) -> Path:
    """``path`` as a new incident file is named: kept when it ends in .yaml or .yml (any
    case), else with ``ADDED_ENDING`` added ('n2', '2017.10.21-raid', 'notes.txt' alike:
    a dot may be part of a name, and adding loses nothing the user typed).

    An existing folder keeps its name, for ``write_template`` to refuse: the user named it,
    and a file beside it with a made-up name would be a surprise.
    """
    if path.suffix.lower() in _LISTED_ENDINGS or path.is_dir():
        return path
    return path.with_name(path.name + ADDED_ENDING)


def write_template(path: Path) -> None:
    """Write the commented template to ``path``, which must not exist yet.

    Created exclusively, so a file that appears between the user's choice and the write is
    not replaced either; a write that fails half-way leaves no half file behind.
    """
    data = incident_template().read_bytes()
    try:
        stream = path.open("xb")
    except FileExistsError:
        what = "a folder" if path.is_dir() else "a file"
        raise NewIncidentError(
            f"cannot create {path}: {what} of that name exists (a new incident never "
            "replaces anything); choose another name"
        ) from None
    except FileNotFoundError:
        raise NewIncidentError(
            f"cannot create {path}: the folder {path.parent} does not exist"
        ) from None
    except OSError as exc:
        raise NewIncidentError(f"cannot create {path}: {exc.strerror or exc}") from None
    try:
        with stream:
            stream.write(data)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise NewIncidentError(f"cannot write {path}: {exc.strerror or exc}") from None
