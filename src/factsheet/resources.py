"""Runtime files (fonts, icons, schema, sample, template, guide): checkout, wheel, frozen app."""

import sys
from pathlib import Path

# Three layouts, one lookup:
# - source checkout / editable install: <repo>/resources, <repo>/data and <repo>/docs, two
#   levels above this file's package folder (src/factsheet/);
# - wheel: hatch force-includes them as factsheet/_resources, factsheet/_data and (the
#   format guide alone) factsheet/_docs;
# - PyInstaller bundle: the spec copies them to the same folders under sys._MEIPASS, so the
#   wheel rule finds them there too.
_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "Factsheet's bundled files are missing; looked in: " + ", ".join(map(str, candidates))
    )


def _frozen_root() -> Path | None:
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) / "factsheet" if meipass else None


def resources_dir() -> Path:
    """The folder of fonts, icons, the JSON Schema and licences."""
    frozen = _frozen_root()
    return _first_existing(
        *([frozen / "_resources"] if frozen else []),
        _PACKAGE / "_resources",
        _PACKAGE.parent.parent / "resources",
    )


def data_dir() -> Path:
    """The folder holding the sample incident."""
    frozen = _frozen_root()
    return _first_existing(
        *([frozen / "_data"] if frozen else []),
        _PACKAGE / "_data",
        _PACKAGE.parent.parent / "data",
    )


def docs_dir() -> Path:
    """The folder holding the format guide (format.md), shown by Help ▸ Writing Incident Files."""
    frozen = _frozen_root()
    return _first_existing(
        *([frozen / "_docs"] if frozen else []),
        _PACKAGE / "_docs",
        _PACKAGE.parent.parent / "docs",
    )


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)


def sample_incident() -> Path:
    """The Al Qaryatayn sample shown on first start."""
    return data_dir() / "al-qaryatayn-2017.yaml"


def schema_file() -> Path:
    """The JSON Schema of format v1 that ships with the app."""
    return resource("incident.schema.json")


def incident_template() -> Path:
    """The commented template that `factsheet new` and File ▸ New Incident… write."""
    return resource("templates", "incident.yaml")


def format_guide() -> Path:
    """docs/format.md: how to write incident files, read offline inside the app."""
    return docs_dir() / "format.md"
