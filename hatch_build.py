"""Hatch build hook: compile resources/translations/*.ts to .qm so the wheel carries them."""

# The .qm catalogs are built, never committed (scripts/translations.py). The wheel takes
# resources/ as factsheet/_resources; this makes sure the compiled catalogs are in it, and
# an editable install finds them beside the .ts, as a checkout does.

import runpy
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SCRIPT = Path(__file__).resolve().parent / "scripts" / "translations.py"


class CustomBuildHook(BuildHookInterface):
    """Runs pyside6-lrelease (PySide6 is a build requirement) before the files are collected."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # Written beside the .ts, the .qm is then taken with the rest of resources/ (the
        # force-include of pyproject.toml, which .gitignore does not filter).
        runpy.run_path(str(SCRIPT))["build"]()
