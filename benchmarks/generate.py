"""Deterministic synthetic incident files, from the sample's size up to 20,000 events."""

# The files look like real casualty records: English with Arabic names and quotes, every
# date form the sample uses, flow and block style, a few scalars that YAML 1.1 would
# mistype (14:30, NO). They are valid and warning-free, so `factsheet check` takes the
# loader's fast path; the same seed always gives the same bytes, so runs compare.

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

TOWNS = (
    ("Al Qaryatayn", "القريتين"),
    ("Palmyra", "تدمر"),
    ("Deir ez-Zor", "دير الزور"),
    ("Al Bukamal", "البوكمال"),
    ("Raqqa", "الرقة"),
    ("Mayadin", "الميادين"),
    ("Sukhnah", "السخنة"),
    ("Hama", "حماة"),
    ("Homs", "حمص"),
    ("Douma", "دوما"),
    ("Idlib", "إدلب"),
    ("Khan Shaykhun", "خان شيخون"),
)
PLACES = (
    "the market square",
    "the eastern checkpoint",
    "the old quarter",
    "the hospital road",
    "the main mosque",
    "the northern farms",
    "the bakery on the highway",
    "a school used as a shelter",
)
ACTIONS = (
    "shelled residential buildings near",
    "carried out an air strike on",
    "detained at least a dozen men at",
    "opened fire on a crowd gathered at",
    "set up a new checkpoint at",
    "withdrew from positions around",
    "reported clashes close to",
    "evacuated wounded people from",
    "found bodies in a mass grave near",
    "published a list of names of people killed at",
)
AFTERMATH = (
    "Witnesses described panic as families fled towards the orchards.",
    "Local activists said the number of casualties was likely to rise.",
    "There was no immediate comment from the authorities in Damascus.",
    "Rescue workers said they could not reach the area for several hours.",
    "The report gives no figure for the wounded.",
    "Residents said water and electricity had been cut for three days.",
    "",
)
ARABIC_QUOTES = (
    "قال شاهد عيان إن القصف استمر طوال الليل",
    "أفاد ناشطون بالعثور على جثث في بئر",
    "وثق المرصد مقتل مدنيين بينهم أطفال",
    "لم يصدر أي تعليق رسمي حتى الآن",
)
# 14:30 is sexagesimal 870 to YAML 1.1 and NO is false; both must stay text. ('012' is quoted:
# a plain 012 is an int to yaml-rs, so it sends the fast reader back to yaml_reader.)
DATE_WORDINGS = ("late on Sunday", "at dawn", "over the weekend", "14:30", "'012'", "NO")
ACTOR_KINDS = (
    "state",
    "state-forces",
    "armed-group",
    "militia",
    "monitor",
    "activist-group",
    "ngo",
    "media",
    "person",
    "community",
)
ACTOR_NAMES = (
    ("Brigade", "لواء"),
    ("Coordination Committee", "تنسيقية"),
    ("Observatory", "مرصد"),
    ("Media Centre", "المركز الإعلامي"),
    ("Civil Defence", "الدفاع المدني"),
    ("Council", "مجلس"),
)
ROLES = ("perpetrator", "alleged-perpetrator", "victim", "claimant", "witness", "participant")
SOURCE_KINDS = ("news-report", "monitor-report", "ngo-report", "activist-publication", "testimony")
QUALIFIERS = ("exact", "at-least", "at-most", "about", "range", "unknown")
VICTIMS = ("civilians", "combatants", "mixed", "unknown")
BASES = ("bodies-found", "names-listed", "documented-deaths", "hospital-records", "estimate")
OUTCOMES = ("killed", "injured", "missing", "detained")

#: Named sizes (events) that `run.py` measures; "sample" is the shipped sample file itself.
SIZES = (1_000, 5_000, 20_000)


@dataclass(frozen=True)
class Shape:
    """How many of each item a synthetic incident has."""

    events: int
    claims: int
    actors: int
    sources: int

    @classmethod
    def for_events(cls, events: int) -> "Shape":
        """Proportions of a long campaign record: one claim per 20 events, and so on."""
        actors = max(12, events // 50)
        return cls(events, max(8, events // 20), actors, actors * 2)


def _quote(text: str) -> str:
    """A double-quoted YAML scalar: safe for any text, including ': ' and '#'."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


class _Writer:
    def __init__(self, shape: Shape, seed: int) -> None:
        self.shape = shape
        self.rng = random.Random(seed)
        self.lines: list[str] = []

    def out(self, line: str) -> None:
        self.lines.append(line)

    def day(self) -> tuple[int, int, int]:
        return 2017, self.rng.randint(1, 12), self.rng.randint(1, 28)

    def edtf(self) -> str:
        y, m, d = self.day()
        form = self.rng.randrange(10)
        if form < 5:
            return f"{y}-{m:02d}-{d:02d}"
        if form == 5:
            return f"{y}-{m:02d}"
        if form == 6:
            return f"{y}-{m:02d}-{d:02d}~"
        if form == 7:
            return f"../{y}-{m:02d}-{d:02d}"
        if form == 8:
            return f"{y}-{m:02d}-{min(d, 20):02d}/{y}-{m:02d}-{min(d, 20) + 7:02d}"
        return f"{y}-{m:02d}-{d // 10}X"

    def actor_id(self, i: int) -> str:
        return f"actor-{i:04d}"

    def source_id(self, i: int) -> str:
        return f"src-{i:05d}"

    def header(self) -> None:
        s = self.shape
        self.out("# Synthetic incident for benchmarks (benchmarks/generate.py); not real events.")
        self.out("format_version: 1")
        self.out("")
        self.out("incident:")
        self.out(f"  id: BENCH-{s.events}")
        self.out(f"  title: Synthetic campaign record with {s.events} events")
        self.out("  title_ar: سجل حملة تجريبي")
        self.out("  summary: >-")
        self.out("    A generated record for measuring load, filter and print times. Figures,")
        self.out("    names and dates are invented; the shapes follow real casualty records.")
        self.out("  date: 2017-01/2017-12")
        self.out("  locations:")
        for name, name_ar in TOWNS[:3]:
            self.out(f"    - name: {name}")
            self.out(f"      name_ar: {name_ar}")
            self.out("      within: [Syria]")
            self.out("      precision: town")
        self.out("  status: ongoing")
        self.out("  last_updated: 2017-12-31")
        self.out("  handling: TLP:CLEAR")
        self.out("  key_points:")
        self.out("    - Figures from different claimants are listed side by side, never summed.")
        self.out("")

    def actors(self) -> None:
        self.out("actors:")
        for i in range(self.shape.actors):
            town, town_ar = TOWNS[i % len(TOWNS)]
            kind = ACTOR_KINDS[i % len(ACTOR_KINDS)]
            noun, noun_ar = ACTOR_NAMES[i % len(ACTOR_NAMES)]
            self.out(f"  - id: {self.actor_id(i)}")
            self.out(f"    name: {town} {noun} {i}")
            self.out(f"    name_ar: {noun_ar} {town_ar} {i}")
            self.out(f"    kind: {kind}")
            if i % 3 == 0:
                self.out("    aliases:")
                self.out(f"      - {{name: {noun} of {town}}}")
                self.out(f"      - {{name: {noun_ar} {town_ar}, lang: ar}}")
            if i > 0 and i % 4 == 0:
                self.out("    relations:")
                self.out("      - type: allied-with")
                self.out(f"        actor: {self.actor_id(i - 1)}")
                self.out(f"        date: {self.edtf()}")
                self.out(f"        sources: [{self.source_id(i)}]")
            if i % 5 == 0:
                self.out(f"    description: Operates around {town} and the surrounding villages.")
        self.out("")

    def sources(self) -> None:
        self.out("sources:")
        for i in range(self.shape.sources):
            self.out(f"  - id: {self.source_id(i)}")
            self.out(f"    publisher: {self.actor_id(i % self.shape.actors)}")
            self.out(f"    published: {self.edtf()}")
            self.out(f"    kind: {SOURCE_KINDS[i % len(SOURCE_KINDS)]}")
            if i % 2 == 0:
                town = TOWNS[i % len(TOWNS)][0]
                self.out(f"    title: Casualties reported in {town}, report {i}")
                self.out(f"    url: https://example.org/reports/{i}")
                self.out(f"    archived_url: https://archive.example.org/reports/{i}")
                self.out("    language: en")
            else:
                self.out(f"    title_ar: {ARABIC_QUOTES[i % len(ARABIC_QUOTES)]}")
                self.out("    language: ar")
            self.out(f"    reliability: {'ABCDEF'[i % 6]}")
        self.out("")

    def timeline(self) -> None:
        rng = self.rng
        self.out("timeline:")
        for i in range(self.shape.events):
            town, _ = TOWNS[rng.randrange(len(TOWNS))]
            actor = self.actor_id(rng.randrange(self.shape.actors))
            action = ACTIONS[rng.randrange(len(ACTIONS))]
            place = PLACES[rng.randrange(len(PLACES))]
            after = AFTERMATH[rng.randrange(len(AFTERMATH))]
            self.out(f"  - id: event-{i:05d}")
            self.out(f"    date: {self.edtf()}")
            if i % 4 == 0:
                self.out(f"    date_wording: {DATE_WORDINGS[i // 4 % len(DATE_WORDINGS)]}")
            self.out(f"    text: {_quote(f'{actor} {action} {place} in {town}. {after}'.strip())}")
            if i % 2 == 0:
                self.out(f"    location: {place} in {town}")
            self.out("    actors:")
            self.out(f"      - {{actor: {actor}, role: {ROLES[i % len(ROLES)]}}}")
            if i % 3 == 0:
                other = self.actor_id(rng.randrange(self.shape.actors))
                self.out(f"      - {{actor: {other}, role: claimant}}")
            first = rng.randrange(self.shape.sources)
            second = (first + 1) % self.shape.sources
            self.out(f"    sources: [{self.source_id(first)}, {self.source_id(second)}]")
            if i % 10 == 0:
                self.out("    alternative_dates:")
                self.out(f"      - date: {self.edtf()}")
                self.out("        wording: as another source has it")
                self.out(f"        sources: [{self.source_id(second)}]")
            if i % 7 == 0:
                self.out(f"    note: {_quote(ARABIC_QUOTES[i % len(ARABIC_QUOTES)])}")
        self.out("")

    def claims(self) -> None:
        rng = self.rng
        self.out("claims:")
        parents: dict[int, tuple[str, int, str]] = {}  # index: id, low figure, outcome
        for i in range(self.shape.claims):
            claimant = rng.randrange(self.shape.actors)
            # Sources published by someone else, so no "own claimant only" warning.
            source = (claimant + 1) % self.shape.actors
            qualifier = QUALIFIERS[i % len(QUALIFIERS)]
            outcome = OUTCOMES[i % len(OUTCOMES)]
            count = rng.randint(3, 400)
            parent = parents.get(i - 1) if i % 5 == 4 else None
            self.out(f"  - id: claim-{i:05d}")
            self.out(f"    claimant: {self.actor_id(claimant)}")
            self.out(f"    sources: [{self.source_id(source)}, {self.source_id(source + 1)}]")
            self.out(f"    claimed_on: {self.edtf()}")
            self.out(f"    outcome: {parent[2] if parent else outcome}")
            if parent:
                qualifier = "exact"
                count = max(1, parent[1] // 2)
            self.out(f"    qualifier: {qualifier}")
            if qualifier != "unknown":
                self.out(f"    count: {count}")
            if qualifier == "range":
                self.out(f"    count_max: {count + rng.randint(1, 50)}")
            self.out(f"    victims: {VICTIMS[i % len(VICTIMS)]}")
            self.out(f"    basis: {BASES[i % len(BASES)]}")
            self.out("    perpetrators:")
            perpetrator = self.actor_id(rng.randrange(self.shape.actors))
            self.out(f"      - {{actor: {perpetrator}, firmness: alleged}}")
            self.out(f"    location: {TOWNS[i % len(TOWNS)][0]}")
            if parent:
                self.out(f"    part_of: {parent[0]}")
            if i % 3 == 0:
                self.out(f"    quote: {_quote(ARABIC_QUOTES[i % len(ARABIC_QUOTES)])}")
            else:
                self.out(f"    quote: {_quote(f'At least {count} people were killed, they said.')}")
            self.out(f"    credibility: {1 + i % 6}")
            if qualifier in ("exact", "at-least") and not parent:
                parents[i] = (f"claim-{i:05d}", count, outcome)


def generate(shape: Shape, seed: int = 2017) -> str:
    """The text of a valid, warning-free incident file of the given shape."""
    if shape.actors < 2 or shape.sources < shape.actors + 1:
        raise ValueError("expected at least 2 actors and more sources than actors")
    writer = _Writer(shape, seed)
    writer.header()
    writer.actors()
    writer.sources()
    writer.timeline()
    writer.claims()
    return "\n".join(writer.lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write one synthetic incident file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--claims", type=int)
    parser.add_argument("--actors", type=int)
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    base = Shape.for_events(args.events)
    actors = args.actors or base.actors
    shape = Shape(args.events, args.claims or base.claims, actors, actors * 2)
    args.output.write_text(generate(shape, args.seed), encoding="utf-8")
    print(f"{args.output}: {args.output.stat().st_size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
