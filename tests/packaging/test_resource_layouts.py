"""Fonts, icons, sample, schema, template and guide are found in a checkout and in a wheel.

The third layout, the frozen bundle, is checked by test_frozen.py.
"""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from factsheet import resources

ROOT = Path(__file__).resolve().parents[2]

# Run inside the wheel's venv: where each runtime file is, as JSON.
_PROBE = """
import json
from factsheet import resources
print(json.dumps({
    "resources_dir": str(resources.resources_dir()),
    "data_dir": str(resources.data_dir()),
    "schema": str(resources.schema_file()),
    "sample": str(resources.sample_incident()),
    "template": str(resources.incident_template()),
    "guide": str(resources.format_guide()),
    "files": sorted(
        str(p.relative_to(resources.resources_dir()))
        for p in resources.resources_dir().rglob("*") if p.is_file()
    ),
}))
"""


def _files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_checkout_reads_the_top_level_folders() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.data_dir() == ROOT / "data"
    assert resources.schema_file().is_file()
    assert resources.sample_incident().is_file()
    assert resources.resource("icons", "factsheet.svg").is_file()
    assert resources.incident_template().is_file()
    assert resources.format_guide() == ROOT / "docs" / "format.md"


def test_checkout_has_the_files_the_app_and_packaging_use() -> None:
    icons = resources.resource("icons")
    for size in (16, 32, 48, 128, 256, 512):
        assert (icons / "hicolor" / f"{size}x{size}" / "apps" / "factsheet.png").is_file()
    assert (icons / "factsheet.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (icons / "factsheet.icns").read_bytes()[:4] == b"icns"
    fonts = resources.resource("fonts")
    assert list(fonts.glob("*.ttf")), "the printed sheet embeds the bundled fonts"


@pytest.mark.slow
def test_installed_wheel_carries_and_finds_every_runtime_file(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("factsheet-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert "factsheet/_data/al-qaryatayn-2017.yaml" in archive.namelist()

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    # The runtime file lookup needs no dependency, so none is installed (offline, quick).
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    # -I and a neutral folder: the checkout must not be importable from here.
    probe = subprocess.run(
        [str(python), "-I", "-c", _PROBE],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found = json.loads(probe.stdout)

    site = Path(found["resources_dir"]).parent
    assert site.name == "factsheet"
    assert venv in site.parents, "the wheel's own copy is used, not the checkout's"
    assert found["files"] == _files_under(ROOT / "resources")
    assert (
        Path(found["sample"]).read_bytes()
        == (ROOT / "data" / "al-qaryatayn-2017.yaml").read_bytes()
    )
    assert (
        Path(found["schema"]).read_bytes()
        == (ROOT / "resources" / "incident.schema.json").read_bytes()
    )
    assert Path(found["data_dir"]) == site / "_data"
    assert Path(found["template"]) == site / "_resources" / "templates" / "incident.yaml"
    assert Path(found["guide"]) == site / "_docs" / "format.md"
    assert Path(found["guide"]).read_bytes() == (ROOT / "docs" / "format.md").read_bytes()
