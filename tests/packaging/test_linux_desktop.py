"""Linux desktop integration: after install.sh, *.incident.yaml opens in Factsheet."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
TOOLS = ("xdg-mime", "gio", "update-mime-database", "update-desktop-database")

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop only"),
    pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in TOOLS),
        reason="needs xdg-utils, shared-mime-info, desktop-file-utils, libglib2.0-bin "
        "(.ci/run installs them)",
    ),
]


class Desktop:
    """A user's desktop in a temporary folder: own HOME and XDG folders, the system's types."""

    def __init__(self, base: Path) -> None:
        self.home = base / "home"
        self.data_home = self.home / ".local" / "share"
        self.config_home = self.home / ".config"
        # A folder with a space: the Exec line must quote it.
        self.app_dir = base / "Field Apps" / "factsheet"
        self.opened = base / "opened.txt"
        self.files = base / "files"
        for folder in (self.data_home / "applications", self.config_home, self.app_dir):
            folder.mkdir(parents=True)
        self.files.mkdir()
        # Stands in for the frozen app: records what the desktop asked it to open.
        stub = self.app_dir / "factsheet"
        stub.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{self.opened}"\n', encoding="utf-8")
        stub.chmod(0o755)
        # A text editor, as every desktop has: it must stay the default for plain YAML.
        (self.data_home / "applications" / "editor.desktop").write_text(
            "[Desktop Entry]\nType=Application\nName=Editor\nExec=true %f\nMimeType=text/plain;\n",
            encoding="utf-8",
        )
        # As on a real desktop, the user's applications folder has its cache already.
        subprocess.run(
            ["update-desktop-database", str(self.data_home / "applications")],
            check=True,
            capture_output=True,
        )
        self.incident = self.files / "qaryatayn.incident.yaml"
        self.plain_yaml = self.files / "notes.yaml"
        shutil.copyfile(SAMPLE, self.incident)
        shutil.copyfile(SAMPLE, self.plain_yaml)

    def env(self, desktop: str = "") -> dict[str, str]:
        keep = ("PATH", "LANG", "LC_ALL", "TMPDIR")
        env = {key: value for key, value in os.environ.items() if key in keep}
        env.update(
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.data_home),
            XDG_CONFIG_HOME=str(self.config_home),
            XDG_DATA_DIRS="/usr/local/share:/usr/share",
            XDG_CONFIG_DIRS="/etc/xdg",
        )
        if desktop:
            env["XDG_CURRENT_DESKTOP"] = desktop
        return env

    def run(self, *command: str, desktop: str = "") -> str:
        done = subprocess.run(
            command, env=self.env(desktop), capture_output=True, text=True, check=True, timeout=60
        )
        return done.stdout.strip()

    def install(self) -> str:
        return self.run("sh", str(LINUX / "install.sh"), str(self.app_dir))

    def uninstall(self) -> str:
        return self.run("sh", str(LINUX / "uninstall.sh"))

    def filetype(self, path: Path, desktop: str = "") -> str:
        return self.run("xdg-mime", "query", "filetype", str(path), desktop=desktop)

    def default(self, mime_type: str, desktop: str = "") -> str:
        return self.run("xdg-mime", "query", "default", mime_type, desktop=desktop)

    def gio_content_type(self, path: Path) -> str:
        out = self.run("gio", "info", "--attributes=standard::content-type", str(path))
        return out.rsplit("standard::content-type:", 1)[1].strip()

    def gio_default(self, mime_type: str) -> str:
        first_line = self.run("gio", "mime", mime_type).splitlines()[0]
        return first_line.rsplit(":", 1)[1].strip() if first_line.endswith(".desktop") else ""

    def gio_registered(self, mime_type: str) -> list[str]:
        lines = self.run("gio", "mime", mime_type).splitlines()
        return [line.strip() for line in lines if line.startswith(("\t", " "))]

    @property
    def mimeapps(self) -> Path:
        return self.config_home / "mimeapps.list"


@pytest.fixture
def desktop(tmp_path: Path) -> Desktop:
    return Desktop(tmp_path)


def test_desktop_file_passes_the_validator() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is in desktop-file-utils")
    done = subprocess.run(
        ["desktop-file-validate", str(LINUX / "factsheet.desktop")],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_incident_files_open_in_factsheet_after_install(desktop: Desktop) -> None:
    assert desktop.filetype(desktop.incident) != "application/x-factsheet-incident"

    desktop.install()

    # xdg-mime answers differently per desktop: generic (mimeapps.list) and GNOME (gio).
    for name in ("", "GNOME"):
        assert desktop.filetype(desktop.incident, name) == "application/x-factsheet-incident"
        assert desktop.default("application/x-factsheet-incident", name) == "factsheet.desktop"
    assert desktop.gio_content_type(desktop.incident) == "application/x-factsheet-incident"
    assert desktop.gio_default("application/x-factsheet-incident") == "factsheet.desktop"


def test_plain_yaml_keeps_its_app_and_offers_factsheet_in_open_with(desktop: Desktop) -> None:
    yaml_type = desktop.gio_content_type(desktop.plain_yaml)
    assert yaml_type in {"application/yaml", "application/x-yaml"}
    before = desktop.gio_default(yaml_type)
    assert before

    desktop.install()

    assert desktop.gio_content_type(desktop.plain_yaml) == yaml_type
    assert desktop.gio_default(yaml_type) == before
    assert "factsheet.desktop" in desktop.gio_registered(yaml_type)


def test_a_yaml_default_the_user_chose_is_left_alone(desktop: Desktop) -> None:
    desktop.run("xdg-mime", "default", "editor.desktop", "application/x-yaml")
    chosen = desktop.mimeapps.read_text(encoding="utf-8")

    desktop.install()
    assert "application/x-yaml=editor.desktop" in desktop.mimeapps.read_text(encoding="utf-8")
    assert "application/yaml=" not in desktop.mimeapps.read_text(encoding="utf-8")

    desktop.uninstall()
    assert desktop.mimeapps.read_text(encoding="utf-8") == chosen


def test_installed_entry_runs_the_bundle_on_the_double_clicked_file(desktop: Desktop) -> None:
    desktop.install()
    entry = (desktop.data_home / "applications" / "factsheet.desktop").read_text(encoding="utf-8")
    assert f'Exec="{desktop.app_dir / "factsheet"}" %f' in entry.splitlines()
    if shutil.which("desktop-file-validate"):
        desktop.run(
            "desktop-file-validate", str(desktop.data_home / "applications" / "factsheet.desktop")
        )

    # What a file manager does on double-click: launch the default app for the file's type.
    desktop.run("gio", "open", str(desktop.incident))
    deadline = time.monotonic() + 20
    while not desktop.opened.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert desktop.opened.read_text(encoding="utf-8").splitlines() == [str(desktop.incident)]


def test_install_puts_icons_in_the_users_hicolor_theme(desktop: Desktop) -> None:
    desktop.install()
    icons = desktop.data_home / "icons" / "hicolor"
    for size in (16, 32, 48, 256):
        assert (icons / f"{size}x{size}" / "apps" / "factsheet.png").is_file()
        assert (
            icons / f"{size}x{size}" / "mimetypes" / "application-x-factsheet-incident.png"
        ).is_file()
    assert (icons / "scalable" / "apps" / "factsheet.svg").is_file()


def test_uninstall_removes_the_registration(desktop: Desktop) -> None:
    before = {path for path in desktop.home.rglob("*") if path.is_file()}
    desktop.install()

    desktop.uninstall()

    assert desktop.default("application/x-factsheet-incident") == ""
    assert desktop.filetype(desktop.incident) in {"application/yaml", "application/x-yaml"}
    assert desktop.gio_content_type(desktop.incident) in {"application/yaml", "application/x-yaml"}
    left = {path for path in desktop.home.rglob("*") if path.is_file()} - before
    # Only the regenerated caches remain (mime database, mimeinfo.cache, an empty mimeapps.list).
    ours = [path for path in left if "factsheet" in path.name or path.suffix in {".png", ".svg"}]
    assert ours == []
    # The YAML default install.sh wrote down goes too: GLib chooses as it did before.
    assert "yaml" not in desktop.mimeapps.read_text(encoding="utf-8")
    assert not (desktop.home / ".local" / "state" / "factsheet").exists()


def test_install_refuses_a_folder_without_the_app(desktop: Desktop, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    done = subprocess.run(
        ["sh", str(LINUX / "install.sh"), str(empty)],
        env=desktop.env(),
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "no executable 'factsheet'" in done.stderr
    assert not (desktop.data_home / "applications" / "factsheet.desktop").exists()
