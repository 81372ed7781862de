"""Controlled vocabularies of format v1, each value with the words users see for it."""

from typing import Literal, get_args

# Every vocabulary is a Literal (so the JSON Schema lists its values for editors) and a
# table of labels and definitions (so the viewer, the printed sheet and docs/format.md
# explain a value the same way). tests/model/test_vocabulary.py keeps the two in step.

ActorKind = Literal[
    "state",
    "state-forces",
    "armed-group",
    "militia",
    "coalition",
    "government-body",
    "monitor",
    "activist-group",
    "ngo",
    "international-organisation",
    "media",
    "person",
    "community",
    "unidentified",
]
ACTOR_KINDS: dict[str, tuple[str, str]] = {
    "state": ("State", "A state acting as such (Russia, the United States)."),
    "state-forces": ("State forces", "Armed or security forces of a state."),
    "armed-group": ("Non-state armed group", "An organised armed group outside state control."),
    "militia": ("Militia", "An irregular armed group, often allied with a state or a party."),
    "coalition": (
        "Coalition of forces",
        'Several actors referred to together ("pro-regime forces"); members are part-of it.',
    ),
    "government-body": ("Government body", "A ministry, agency or state-run outlet."),
    "monitor": ("Monitoring group", "Documents violations and casualties (SOHR)."),
    "activist-group": ("Activist group", "Local activists or a coordination committee."),
    "ngo": ("NGO", "A non-governmental organisation."),
    "international-organisation": ("International organisation", "UN agencies and the like."),
    "media": ("Media", "A news outlet or broadcaster."),
    "person": ("Person", "An individual: a spokesperson, reporter, witness or victim."),
    "community": ("Community", "A population group (the town's Christian residents)."),
    "unidentified": (
        "Unidentified",
        'Speakers or actors the source does not name ("activists said").',
    ),
}

RelationType = Literal[
    "backed-by", "allied-with", "part-of", "leads", "works-for", "run-by", "opposed-to"
]
RELATION_TYPES: dict[str, tuple[str, str]] = {
    "backed-by": ("backed by", "Receives military, financial or political support from."),
    "allied-with": ("allied with", "Fights or acts alongside."),
    "part-of": ("part of", "Is a unit or member of a larger actor."),
    "leads": ("leads", "Heads or directs."),
    "works-for": ("works for", "Is employed by or reports for."),
    "run-by": ("run by", "Is controlled or operated by."),
    "opposed-to": ("opposed to", "Fights or opposes."),
}

Role = Literal[
    "perpetrator",
    "alleged-perpetrator",
    "victim",
    "affected",
    "claimant",
    "witness",
    "participant",
    "supporter",
    "accuser",
    "accused",
    "spokesperson",
]
ROLES: dict[str, tuple[str, str]] = {
    "perpetrator": ("perpetrator", "Carried out the act, as the source states it."),
    "alleged-perpetrator": ("alleged perpetrator", "Said by someone to have carried it out."),
    "victim": ("victim", "Killed, injured or otherwise harmed."),
    "affected": ("affected", "Displaced or otherwise affected, not directly harmed."),
    "claimant": ("claimant", "Made a statement or figure about the event."),
    "witness": ("witness", "Saw or heard the event."),
    "participant": ("participant", "Took part (for example, in fighting)."),
    "supporter": ("supporter", "Backed a participant."),
    "accuser": ("accuser", "Accused another actor."),
    "accused": ("accused", "Was accused by another actor."),
    "spokesperson": ("spokesperson", "Spoke for an actor."),
}

Outcome = Literal["killed", "injured", "missing", "detained", "abducted", "displaced"]
OUTCOMES: dict[str, tuple[str, str]] = {
    "killed": ("killed", "Deaths."),
    "injured": ("injured", "People wounded."),
    "missing": ("missing", "People whose fate is unknown."),
    "detained": ("detained", "People held by an authority."),
    "abducted": ("abducted", "People taken by a non-state actor."),
    "displaced": ("displaced", "People who fled or were expelled."),
}

Qualifier = Literal["exact", "at-least", "at-most", "about", "range", "unknown"]
QUALIFIERS: dict[str, tuple[str, str]] = {
    "exact": ("exactly", "The source gives the figure without qualification."),
    "at-least": ("at least", "A floor: the true figure may be higher."),
    "at-most": ("at most", "A ceiling: the true figure may be lower."),
    "about": ("about", 'An approximation ("some", "around").'),
    "range": ("between", "The source gives a lowest and a highest figure."),
    "unknown": ("unquantified", "The source reports casualties without a figure."),
}

Victims = Literal["civilians", "combatants", "mixed", "unknown"]
VICTIMS: dict[str, tuple[str, str]] = {
    "civilians": ("civilians", "The source says the victims were civilians."),
    "combatants": ("combatants", "The source says the victims were fighters."),
    "mixed": ("civilians and combatants", "The source counts both together."),
    "unknown": ("people (status not stated)", "The source does not say who the victims were."),
}

CountingBasis = Literal[
    "bodies-found",
    "bodies-identified",
    "names-listed",
    "documented-deaths",
    "hospital-records",
    "witness-accounts",
    "estimate",
    "official-statement",
    "unspecified",
]
COUNTING_BASES: dict[str, tuple[str, str]] = {
    "bodies-found": ("bodies found", "Bodies recovered or seen, identified or not."),
    "bodies-identified": ("bodies identified", "Bodies whose identity was established."),
    "names-listed": ("names listed", "A published list of named victims."),
    "documented-deaths": (
        "documented deaths",
        "Deaths the claimant says it recorded case by case.",
    ),
    "hospital-records": ("hospital records", "Counts from hospitals or morgues."),
    "witness-accounts": ("witness accounts", "Figures from people present."),
    "estimate": ("estimate", "An estimate, not a count."),
    "official-statement": ("official statement", "A figure announced by an authority."),
    "unspecified": ("basis not stated", "The source does not say how it counted."),
}

Firmness = Literal["alleged", "implied", "claimed", "conceded", "contested"]
FIRMNESS: dict[str, tuple[str, str]] = {
    "alleged": ("alleged", "The claimant says this actor was responsible."),
    "implied": (
        "implied",
        "The source does not name a perpetrator; the context points to this actor.",
    ),
    "claimed": ("claimed", "The actor itself claimed responsibility."),
    "conceded": ("conceded", "The actor admitted responsibility when accused."),
    "contested": ("contested", "The attribution is disputed or denied."),
}

SourceKind = Literal[
    "news-report",
    "video-report",
    "monitor-report",
    "ngo-report",
    "activist-publication",
    "official-statement",
    "state-media",
    "social-media",
    "testimony",
    "other",
]
SOURCE_KINDS: dict[str, tuple[str, str]] = {
    "news-report": ("news report", "An article by a news outlet."),
    "video-report": ("video report", "A broadcast or video piece."),
    "monitor-report": ("monitor report", "A report or statement by a monitoring group."),
    "ngo-report": ("NGO report", "A report by a non-governmental organisation."),
    "activist-publication": ("activist publication", "A post, list or statement by activists."),
    "official-statement": ("official statement", "A statement by a government or armed actor."),
    "state-media": ("state media", "An outlet run by a state or a party to the conflict."),
    "social-media": ("social media", "A post on a social network."),
    "testimony": ("testimony", "A first-hand account taken by the recorder."),
    "other": ("other", "Anything else; say what in the note."),
}

Reliability = Literal["A", "B", "C", "D", "E", "F"]
RELIABILITY: dict[str, tuple[str, str]] = {
    "A": ("A", "Completely reliable"),
    "B": ("B", "Usually reliable"),
    "C": ("C", "Fairly reliable"),
    "D": ("D", "Not usually reliable"),
    "E": ("E", "Unreliable"),
    "F": ("F", "Reliability cannot be judged"),
}

Status = Literal["developing", "ongoing", "concluded", "under-review", "verified", "disputed"]
STATUSES: dict[str, tuple[str, str]] = {
    "developing": ("developing", "Figures are still coming in and likely to change."),
    "ongoing": ("ongoing", "The events are still happening."),
    "concluded": ("concluded", "The events are over; figures may still be revised."),
    "under-review": ("under review", "The record is being checked."),
    "verified": ("verified", "The recorder has checked the record against its sources."),
    "disputed": ("disputed", "Key facts are contested between sources."),
}

LocationPrecision = Literal[
    "exact", "neighbourhood", "town", "district", "governorate", "country", "unknown"
]
LOCATION_PRECISIONS: dict[str, tuple[str, str]] = {
    "exact": ("exact location", "A site known to within about 100 m."),
    "neighbourhood": ("neighbourhood", "A part of a town."),
    "town": ("town or village", "Somewhere in or near the named town."),
    "district": ("district", "Somewhere in the district."),
    "governorate": ("governorate or province", "Somewhere in the first-level region."),
    "country": ("country", "Only the country is known."),
    "unknown": ("unknown", "The source does not say where."),
}

Handling = Literal["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]
HANDLING: dict[str, tuple[str, str]] = {
    "TLP:CLEAR": ("TLP:CLEAR", "May be shared without restriction."),
    "TLP:GREEN": ("TLP:GREEN", "May be shared within the community, not publicly."),
    "TLP:AMBER": ("TLP:AMBER", "Recipients' organisations only, on a need-to-know basis."),
    "TLP:AMBER+STRICT": ("TLP:AMBER+STRICT", "Recipients' organisation only."),
    "TLP:RED": ("TLP:RED", "Named recipients only; not to be passed on."),
}


def label(table: dict[str, tuple[str, str]], value: str) -> str:
    """The words users see for a vocabulary value."""
    return table[value][0]


def definition(table: dict[str, tuple[str, str]], value: str) -> str:
    """The one-sentence definition of a vocabulary value."""
    return table[value][1]


#: Each Literal with its table, for the test that keeps them in step and for the docs.
VOCABULARIES: dict[str, tuple[object, dict[str, tuple[str, str]]]] = {
    "actor kind": (ActorKind, ACTOR_KINDS),
    "relation type": (RelationType, RELATION_TYPES),
    "role": (Role, ROLES),
    "outcome": (Outcome, OUTCOMES),
    "qualifier": (Qualifier, QUALIFIERS),
    "victims": (Victims, VICTIMS),
    "counting basis": (CountingBasis, COUNTING_BASES),
    "attribution": (Firmness, FIRMNESS),
    "source kind": (SourceKind, SOURCE_KINDS),
    "reliability": (Reliability, RELIABILITY),
    "status": (Status, STATUSES),
    "location precision": (LocationPrecision, LOCATION_PRECISIONS),
    "handling": (Handling, HANDLING),
}


def values(literal: object) -> tuple[str, ...]:
    """The allowed values of a vocabulary Literal, in declaration order."""
    return tuple(str(v) for v in get_args(literal))
