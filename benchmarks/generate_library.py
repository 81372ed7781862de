"""Deterministic libraries of incident files (100 to 5,000 and more), in nested folders."""

# Each file is a generate.py incident of 10–60 events (the sample has 15; 20–40 KB), with
# its own title in English and Arabic, date, towns, status and handling, so that the
# library's columns, filters and index see variety; folders by governorate and month, as
# recorders keep them. The same seed always gives the same bytes.

import argparse
import random
import sys
from pathlib import Path

from generate import TOWNS, Shape, generate

STATUSES = ("developing", "ongoing", "concluded", "under-review", "verified", "disputed")
HANDLING = ("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:RED")
WHAT = (
    ("Shelling of", "قصف"),
    ("Air strike on", "غارة جوية على"),
    ("Mass grave found near", "العثور على مقبرة جماعية قرب"),
    ("Killings of civilians in", "مقتل مدنيين في"),
    ("Detentions in", "اعتقالات في"),
)


def incident_text(number: int, rng: random.Random) -> tuple[str, str]:
    """The relative path and text of incident ``number``."""
    events = rng.randint(10, 60)
    text = generate(Shape.for_events(events), seed=number)
    town, town_ar = TOWNS[rng.randrange(len(TOWNS))]
    what, what_ar = WHAT[rng.randrange(len(WHAT))]
    year, month, day = 2016 + rng.randrange(3), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}-{month:02d}-{day:02d}" if number % 3 else f"{year}-{month:02d}"
    text = text.replace(f"  id: BENCH-{events}\n", f"  id: LIB-{number:05d}\n", 1)
    text = text.replace(
        f"  title: Synthetic campaign record with {events} events\n",
        f"  title: {what} {town}, incident {number}\n",
        1,
    )
    text = text.replace("  title_ar: سجل حملة تجريبي\n", f"  title_ar: {what_ar} {town_ar}\n", 1)
    text = text.replace("  date: 2017-01/2017-12\n", f"  date: {date}\n", 1)
    text = text.replace("  status: ongoing\n", f"  status: {rng.choice(STATUSES)}\n", 1)
    text = text.replace("  handling: TLP:CLEAR\n", f"  handling: {rng.choice(HANDLING)}\n", 1)
    first_town = TOWNS[0]
    text = text.replace(
        f"    - name: {first_town[0]}\n      name_ar: {first_town[1]}\n",
        f"    - name: {town}\n      name_ar: {town_ar}\n",
        1,
    )
    folder = f"{town.lower().replace(' ', '-')}/{year}-{month:02d}"
    return f"{folder}/incident-{number:05d}.yaml", text


def write_library(root: Path, count: int, seed: int = 2017) -> list[Path]:
    """Write ``count`` incident files under ``root``; return their paths."""
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        relative, text = incident_text(number, rng)
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Write one library."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    paths = write_library(args.output, args.count, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{args.output}: {len(paths)} files, {size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
