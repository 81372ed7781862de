"""A library folder for the tests: nested subfolders, Arabic text, broken and hostile files."""

import os
import sys
from pathlib import Path

from factsheet.library import IncidentSummary

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
MINIMAL = (Path(__file__).parent / "loading" / "minimal_incident.py").read_text(encoding="utf-8")
MINIMAL = MINIMAL.split('MINIMAL = """\\\n', 1)[1].split('"""', 1)[0]

#: A fictional incident in Palmyra: Arabic title with full diacritics, a claimant with an alias.
PALMYRA = (
    MINIMAL.replace("id: TEST-0001", "id: TEST-0002")
    .replace(
        "title: Shelling of a fictional market",
        "title: Shelling near the Palmyra museum\n  title_ar: قَصْفٌ قُرْبَ مَتْحَفِ تَدْمُرَ",
    )
    .replace("date: 2020-03-14\n  locations:", "date: 2017-10\n  locations:")
    .replace(
        "    - name: Example Town\n      precision: town",
        "    - name: Palmyra\n      name_ar: تَدْمُر\n      other_names: [Tadmur]\n"
        "      within: [Homs Governorate, Syria]\n      precision: town",
    )
    .replace("status: developing", "status: verified\n  handling: TLP:AMBER")
    .replace(
        "    name: Example Monitor\n    kind: monitor",
        "    name: Palmyra Coordination Committee\n    name_ar: تنسيقية تدمر\n"
        "    kind: activist-group\n    aliases:\n      - {name: PCC}",
    )
)

#: The summary of a file such as PALMYRA, for the tests of rows, filters and the model.
PALMYRA_SUMMARY = IncidentSummary(
    path="homs/palmyra.yml",
    title="Shelling near the Palmyra museum",
    title_ar="قصف قرب متحف تدمر",
    date="2017-10",
    date_words="October 2017",
    date_from="2017-10-01",
    date_to="2017-10-31",
    place="Palmyra, Homs Governorate",
    place_names=("Palmyra", "تَدْمُر", "Tadmur", "Homs Governorate"),
    status="verified",
    handling="TLP:AMBER",
    headlines=("Killed — no perpetrator named: at least 15 documented (PCC)", "second"),
    figures=("at least 15 documented (PCC) · killed, no one blamed", "second, short"),
    claimants=("Palmyra Coordination Committee",),
    perpetrators=("Example Army",),
    actor_names={
        "Palmyra Coordination Committee": ("Palmyra Coordination Committee", "تنسيقية تدمر", "PCC"),
        "Example Army": ("Example Army",),
    },
    warnings=2,
)

#: Valid, but its title carries a bidi override and a zero-width space.
BIDI_TITLE = MINIMAL.replace(
    "title: Shelling of a fictional market",
    'title: "Field team \\u202Edetaerc\\u202C report Da\\u200Besh"',
).replace("id: TEST-0001", "id: TEST-0003")


def build_library(root: Path) -> Path:
    """Write the test library under ``root``; return ``root``."""
    files = {
        "homs/2017/qaryatayn.yaml": SAMPLE.read_text(encoding="utf-8"),
        "homs/2017/palmyra.yml": PALMYRA,
        "idlib/market.yaml": MINIMAL,
        "broken/no-title.yaml": MINIMAL.replace("  title: Shelling of a fictional market\n", ""),
        "hostile/bidi-title.yaml": BIDI_TITLE,
        "hostile/escape.yaml": MINIMAL.replace(
            "title: Shelling of a fictional market", 'title: "\\e[2J\\e[31mRED"'
        ),
        "hostile/deep.yaml": "x: " + "[" * 50_000 + "]" * 50_000 + "\n",
        "notes.txt": "not an incident",
        ".git/hidden.yaml": MINIMAL,
    }
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "broken" / "latin1.yaml").write_bytes("title: caf\xe9\n".encode("latin-1"))
    if sys.platform != "win32":
        (root / "homs" / "loop").symlink_to("..", target_is_directory=True)
        os.mkfifo(root / "pipe.yaml")
    return root


#: What build_library writes that the library lists, with whether each loads.
EXPECTED = {
    "broken/latin1.yaml": False,
    "broken/no-title.yaml": False,
    "homs/2017/palmyra.yml": True,
    "homs/2017/qaryatayn.yaml": True,
    "hostile/bidi-title.yaml": True,
    "hostile/deep.yaml": False,
    "hostile/escape.yaml": True,
    "idlib/market.yaml": True,
    "pipe.yaml": False,
}


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every name under ``root`` (links not followed) with its size and mtime."""
    seen: dict[str, tuple[int, int]] = {}
    for folder, dirs, names in os.walk(root):
        for name in [*dirs, *names]:
            path = Path(folder) / name
            info = path.lstat()
            seen[str(path.relative_to(root))] = (info.st_size, info.st_mtime_ns)
    info = root.stat()
    seen["."] = (0, info.st_mtime_ns)
    return seen
