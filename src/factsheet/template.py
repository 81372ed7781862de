"""A new incident file from the bundled template, never over an existing file. No Qt."""

from pathlib import Path

from factsheet.resources import incident_template


class NewIncidentError(Exception):
    """The template was not written; the message says why, for the command line and the app."""


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
