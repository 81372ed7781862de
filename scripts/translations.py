"""Extract the program's strings into resources/translations/*.ts and compile them to .qm."""

# Usage: python scripts/translations.py build | update   (./dev.sh translations runs update)
#   build   compile each .ts to the .qm beside it when the .qm is missing or older than it;
#           ./dev.sh does this before run, test and quick, and so do the wheel's build hook
#           (hatch_build.py) and the PyInstaller spec: the .qm is built, never committed.
#   update  run pyside6-lupdate over src/factsheet into every .ts (new strings arrive
#           unfinished, strings no longer in the code are dropped), then build.
# Standard library only: the build hook imports this in pip's isolated build environment,
# where PySide6 is installed (pyproject.toml's build requirements) but not imported.

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "src" / "factsheet"


def qt_tool(name: str) -> Path:
    """The path of one of the Qt tools that PySide6 ships (lupdate, lrelease)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"translations: PySide6 is not installed, so {name} is missing")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"translations: PySide6 has no {name} in {folder}")


def lupdate_command(sources: Path, ts_file: Path, *, drop_vanished: bool) -> list[str]:
    """lupdate over ``sources`` into ``ts_file``, the way every .ts here is kept.

    No source locations: a .ts then changes only when wording does, so branches that move
    code around do not conflict in it (contexts and comments tell translators enough).
    """
    language = ts_file.stem.rsplit("_", 1)[-1]
    command = [str(qt_tool("lupdate")), "-silent", "-extensions", "py", "-locations", "none"]
    command += ["-source-language", "en", "-target-language", language]
    if drop_vanished:
        command.append("-no-obsolete")
    return [*command, str(sources), "-ts", str(ts_file)]


def compile_catalog(ts_file: Path, qm_file: Path) -> None:
    """lrelease one .ts into one .qm (unfinished entries are left out, as Qt does)."""
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        timeout=120,
    )
    if not qm_file.is_file():
        raise SystemExit(f"translations: lrelease wrote no {qm_file}")


def build(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every stale .ts in ``folder``; return every .qm there."""
    catalogs = []
    for ts_file in sorted(folder.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if not qm_file.is_file() or qm_file.stat().st_mtime < ts_file.stat().st_mtime:
            compile_catalog(ts_file, qm_file)
        catalogs.append(qm_file)
    return catalogs


def update(folder: Path = TRANSLATIONS, sources: Path = SOURCES) -> None:
    """Bring every .ts in ``folder`` up to date with the strings of ``sources``, then build."""
    for ts_file in sorted(folder.glob("*.ts")):
        subprocess.run(
            lupdate_command(sources, ts_file, drop_vanished=True), check=True, timeout=300
        )
    build(folder)


def main(argv: list[str]) -> int:
    if argv == ["build"]:
        build()
        return 0
    if argv == ["update"]:
        update()
        return 0
    sys.stderr.write("usage: python scripts/translations.py build | update\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
