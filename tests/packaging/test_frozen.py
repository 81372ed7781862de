"""Smoke test of the frozen app in dist/: built by packaging/build.sh, run offline and headless."""

import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from factsheet import FORMAT_VERSION, __version__
from factsheet.loading import read_incident

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
DIST = ROOT / "dist" / "factsheet"
EXECUTABLE = DIST / ("factsheet.exe" if sys.platform == "win32" else "factsheet")
# Windows: the windowed factsheet.exe has no stdout; its console twin answers the verbs.
CLI = DIST / "factsheet-cli.exe" if sys.platform == "win32" else EXECUTABLE
BUNDLED = DIST / "_internal" / "factsheet"
# What a change to needs a rebuild: the app, its files and the build description.
BUILD_INPUTS = (
    "src",
    "resources",
    "data",
    "docs/format.md",
    "packaging",
    "pyproject.toml",
    "scripts/translations.py",
)
MIB = 1024 * 1024
BUILD_TIMEOUT_S = 45 * 60
RUN_TIMEOUT_S = 120
# The GUI quits by itself through app.py's smoke hook; this only bounds a hung start.
GUI_TIMEOUT_S = 60


def _newest_input() -> float:
    newest = 0.0
    for name in BUILD_INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        newest = max([newest, *(f.stat().st_mtime for f in files if "__pycache__" not in f.parts)])
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    """dist/factsheet, rebuilt unless it is newer than every source and packaging file."""
    fresh = EXECUTABLE.exists() and EXECUTABLE.stat().st_mtime > _newest_input()
    if not fresh:
        subprocess.run(
            ["sh", str(ROOT / "packaging" / "build.sh")],
            cwd=ROOT,
            check=True,
            timeout=BUILD_TIMEOUT_S,
        )
    assert EXECUTABLE.is_file(), "packaging/build.sh did not produce the executable"
    return DIST


def _offline_prefix() -> list[str]:
    """Run in a network namespace with no interfaces where the system allows it (root, Linux)."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return []
    probe = subprocess.run([unshare, "--net", "--", "true"], capture_output=True, check=False)
    return [unshare, "--net", "--"] if probe.returncode == 0 else []


@pytest.fixture(scope="module")
def offline() -> list[str]:
    return _offline_prefix()


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """A first-time user: empty home and settings, headless Qt, no developer's environment."""
    home = tmp_path / "home"
    home.mkdir()
    keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TEMP", "TMP", "TMPDIR")
    env = {key: value for key, value in os.environ.items() if key in keep}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        QT_QPA_PLATFORM="offscreen",
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    return env


def run_frozen(
    offline: list[str],
    env: dict[str, str],
    *args: str,
    program: Path = CLI,
    cwd: Path | None = None,
    timeout: float = RUN_TIMEOUT_S,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*offline, str(program), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def run_source(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The same command from the source checkout: what the frozen app must reproduce."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "factsheet", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


def pdf_text(pdf: Path) -> str:
    """The sheet's words in reading order, whitespace folded, the time of printing masked.

    Two runs a second apart may straddle a minute ("printed 2026-11-25 18:54"), so clock
    times are replaced; everything else must match word for word.
    """
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d", "<time>", " ".join(text.split()))


def pdf_fonts(pdf: Path) -> list[str]:
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return sorted(line.split()[0] for line in listing.stdout.splitlines()[2:] if line.strip())


def test_version(bundle: Path, offline: list[str], user_env: dict[str, str]) -> None:
    done = run_frozen(offline, user_env, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"factsheet {__version__} (incident format {FORMAT_VERSION})"


def test_check_sample_reports_what_the_source_reports(
    bundle: Path, offline: list[str], user_env: dict[str, str]
) -> None:
    frozen = run_frozen(offline, user_env, "check", str(SAMPLE), cwd=ROOT)
    source = run_source("check", str(SAMPLE), cwd=ROOT)
    assert (frozen.returncode, frozen.stdout, frozen.stderr) == (
        source.returncode,
        source.stdout,
        source.stderr,
    )
    assert frozen.returncode == 0
    assert f"{SAMPLE}: ok" in frozen.stderr


def test_check_refuses_a_broken_file_with_a_location(
    bundle: Path, offline: list[str], user_env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.incident.yaml"
    broken.write_text("format_version: 1\nincident: [\n", encoding="utf-8")
    done = run_frozen(offline, user_env, "check", str(broken))
    assert done.returncode in {1, 2}
    assert f"{broken}:" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_schema_is_the_shipped_schema(
    bundle: Path, offline: list[str], user_env: dict[str, str]
) -> None:
    done = run_frozen(offline, user_env, "schema")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (BUNDLED / "_resources" / "incident.schema.json").read_text(
        encoding="utf-8"
    )


@pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="needs poppler's pdftotext and pdffonts (.ci/run installs poppler-utils)",
)
def test_export_pdf_prints_the_sheet_with_the_bundled_fonts(
    bundle: Path, offline: list[str], user_env: dict[str, str], tmp_path: Path
) -> None:
    frozen_pdf, source_pdf = tmp_path / "frozen.pdf", tmp_path / "source.pdf"
    frozen = run_frozen(offline, user_env, "export", str(SAMPLE), "-o", str(frozen_pdf))
    assert frozen.returncode == 0, frozen.stderr
    assert "Traceback" not in frozen.stderr
    source = run_source("export", str(SAMPLE), "-o", str(source_pdf))
    assert source.returncode == 0, source.stderr

    text = pdf_text(frozen_pdf)
    incident = read_incident(SAMPLE).incident
    title = " ".join(incident.incident.title.split())
    assert title in text
    # Same words and the same embedded fonts as the sheet printed from the checkout.
    assert text == pdf_text(source_pdf)
    assert pdf_fonts(frozen_pdf) == pdf_fonts(source_pdf)


def test_export_json_matches_the_source(
    bundle: Path, offline: list[str], user_env: dict[str, str], tmp_path: Path
) -> None:
    frozen_json, source_json = tmp_path / "frozen.json", tmp_path / "source.json"
    assert (
        run_frozen(offline, user_env, "export", str(SAMPLE), "-o", str(frozen_json)).returncode == 0
    )
    assert run_source("export", str(SAMPLE), "-o", str(source_json)).returncode == 0
    assert frozen_json.read_bytes() == source_json.read_bytes()


def _gui_run(
    offline: list[str], env: dict[str, str], args: Sequence[str]
) -> subprocess.CompletedProcess[str]:
    # app.py's smoke hook: quit shortly after an incident is shown, printing the window title.
    # (On Windows the console twin runs it: the windowed exe has nowhere to print.)
    env = {**env, "FACTSHEET_SMOKE_EXIT_MS": "300"}
    return run_frozen(offline, env, *args, program=CLI, timeout=GUI_TIMEOUT_S)


def test_gui_starts_on_the_bundled_sample_and_exits(
    bundle: Path, offline: list[str], user_env: dict[str, str]
) -> None:
    done = _gui_run(offline, user_env, [])
    assert done.returncode == 0, done.stderr
    title = " ".join(read_incident(SAMPLE).incident.incident.title.split())
    shown = [line for line in done.stdout.splitlines() if line.startswith("smoke: ")]
    assert shown, f"no smoke line; stdout={done.stdout!r} stderr={done.stderr!r}"
    assert title in shown[-1]
    assert "Could not load the Qt platform plugin" not in done.stderr
    assert "Traceback" not in done.stderr


def test_gui_in_arabic_finds_our_catalog_and_qts(
    bundle: Path, offline: list[str], user_env: dict[str, str]
) -> None:
    done = _gui_run(offline, user_env, ["--lang", "ar"])
    assert done.returncode == 0, done.stderr
    probe = [line for line in done.stdout.splitlines() if line.startswith("smoke-language: ")]
    # Right to left, our factsheet_ar.qm (the Language menu) and Qt's qtbase_ar.qm (Cancel).
    assert probe == ["smoke-language: ar rtl &اللغة ألغِ"], done.stdout


def test_gui_opens_the_file_it_is_given(
    bundle: Path, offline: list[str], user_env: dict[str, str], tmp_path: Path
) -> None:
    # What a double-click does: the desktop runs `factsheet FILE` (Exec=… %f).
    copy = tmp_path / "Qaryatayn copy.incident.yaml"
    shutil.copyfile(SAMPLE, copy)
    before = copy.read_bytes()
    done = _gui_run(offline, user_env, [str(copy)])
    assert done.returncode == 0, done.stderr
    title = " ".join(read_incident(copy).incident.incident.title.split())
    assert any(title in line for line in done.stdout.splitlines() if line.startswith("smoke: "))
    assert copy.read_bytes() == before, "the viewer must never write to the user's file"


def test_bundle_carries_every_runtime_file(bundle: Path) -> None:
    for checkout, bundled in ((ROOT / "resources", "_resources"), (ROOT / "data", "_data")):
        expected = sorted(p.relative_to(checkout) for p in checkout.rglob("*") if p.is_file())
        found = sorted(
            p.relative_to(BUNDLED / bundled) for p in (BUNDLED / bundled).rglob("*") if p.is_file()
        )
        assert found == expected
    guide = BUNDLED / "_docs" / "format.md"
    assert guide.read_bytes() == (ROOT / "docs" / "format.md").read_bytes()


def test_bundle_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    names = {p.name for p in (bundle / "_internal").rglob("*")}
    for unused in ("QtNetwork", "QtQml", "QtQuick", "Qt6Pdf", "Qt6Quick", "Qt6Network", "tkinter"):
        assert not [name for name in names if unused in name], unused
    translations = sorted(p.name for p in (bundle / "_internal").rglob("*.qm"))
    assert translations == ["factsheet_ar.qm", "qtbase_ar.qm"]  # ours and Qt's dialogs'


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the budget is for Linux")
def test_linux_bundle_fits_the_size_budget(bundle: Path) -> None:
    on_disk = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    archives = sorted(bundle.parent.glob(f"factsheet-{__version__}-linux-*.tar.gz"))
    assert archives, "build.sh writes the .tar.gz next to the folder"
    with tarfile.open(archives[-1]) as archive:
        assert archive.getmember("factsheet/factsheet").isfile()
    assert on_disk <= 110 * MIB, f"{on_disk / MIB:.1f} MiB on disk"
    assert archives[-1].stat().st_size <= 50 * MIB, f"{archives[-1].stat().st_size / MIB:.1f} MiB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux folder layout")
def test_linux_folder_ships_the_desktop_registration(bundle: Path) -> None:
    for name in ("install.sh", "uninstall.sh", "factsheet.desktop", "factsheet-incident.xml"):
        assert (bundle / name).is_file(), name
    assert (
        BUNDLED / "_resources" / "icons" / "hicolor" / "48x48" / "apps" / "factsheet.png"
    ).is_file()


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("gio") is None,
    reason="Linux desktop with gio (libglib2.0-bin; .ci/run installs it)",
)
def test_double_click_after_install_opens_the_incident_in_the_frozen_app(
    bundle: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    home = Path(user_env["HOME"])
    env = {
        **user_env,
        "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
        "XDG_CONFIG_DIRS": "/etc/xdg",
    }
    installed = subprocess.run(
        ["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stderr
    incident = home / "Incidents" / "Qaryatayn report.incident.yaml"
    incident.parent.mkdir()
    shutil.copyfile(SAMPLE, incident)

    # A file manager's double-click: open with the default app for the file's type. The app
    # inherits gio's output, so this returns once the app has shown the file and quit.
    opened = subprocess.run(
        ["gio", "open", str(incident)],
        env={**env, "FACTSHEET_SMOKE_EXIT_MS": "300"},
        capture_output=True,
        text=True,
        timeout=GUI_TIMEOUT_S,
        check=False,
    )
    assert opened.returncode == 0, opened.stderr
    title = " ".join(read_incident(incident).incident.incident.title.split())
    assert f"smoke: {title}" in opened.stdout


def _library_of(folder: Path, count: int) -> Path:
    """``count`` copies of the sample in two subfolders: enough to start helper processes."""
    text = SAMPLE.read_text(encoding="utf-8")
    for number in range(count):
        path = folder / f"part-{number % 2}" / f"incident-{number:03d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("SYR-2017-QARYATAYN", f"SYR-2017-{number:04d}"), "utf-8")
    (folder / "broken.yaml").write_text("format_version: 1\nincident: 3\n", encoding="utf-8")
    return folder


def test_list_and_search_of_a_folder_match_the_source(
    bundle: Path, offline: list[str], user_env: dict[str, str], tmp_path: Path
) -> None:
    # 60 files: the frozen app reads them in helper processes (freeze_support in entry.py)
    # and keeps its index in SQLite (sqlite3 must be in the bundle).
    folder = _library_of(tmp_path / "library", 60)
    for args in (["list", str(folder)], ["search", "القريتين", str(folder)]):
        frozen = run_frozen(offline, user_env, *args)
        source = run_source(*args)
        assert frozen.returncode == source.returncode, frozen.stderr
        assert frozen.stdout == source.stdout
        assert "Traceback" not in frozen.stderr
    assert len(frozen.stdout.splitlines()) == 60
    assert list((tmp_path / "home" / ".cache" / "factsheet" / "library").glob("*.sqlite3"))


def test_gui_opens_the_library_of_a_folder(
    bundle: Path, offline: list[str], user_env: dict[str, str], tmp_path: Path
) -> None:
    folder = _library_of(tmp_path / "Field reports", 60)
    done = _gui_run(offline, user_env, [str(folder)])
    assert done.returncode == 0, done.stderr
    assert "smoke: Field reports — Factsheet" in done.stdout
    assert "Traceback" not in done.stderr
