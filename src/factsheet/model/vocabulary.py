"""Controlled vocabularies of format v1, each value with the words users see for it."""

from typing import Literal, get_args

from factsheet.i18n import QT_TRANSLATE_NOOP, translate

# Every vocabulary is a Literal (so the JSON Schema lists its values for editors) and a
# table of labels and definitions (so the viewer, the printed sheet and docs/format.md
# explain a value the same way). tests/model/test_vocabulary.py keeps the two in step.
#
# The words are written in English and marked for translation, each table in its own
# context (the same English can mean different things in two vocabularies); label() and
# definition() translate them into the current language when they are asked for. Codes
# (reliability letters, TLP markings) are the same in every language and are not marked.


class Vocabulary(dict[str, tuple[str, str]]):
    """One vocabulary: each value with its English label and definition, and their context."""

    def __init__(self, context: str, entries: dict[str, tuple[str, str]]) -> None:
        super().__init__(entries)
        self.context = context


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
ACTOR_KINDS = Vocabulary(
    "ActorKind",
    {
        "state": (
            QT_TRANSLATE_NOOP("ActorKind", "State"),
            QT_TRANSLATE_NOOP("ActorKind", "A state acting as such (Russia, the United States)."),
        ),
        "state-forces": (
            QT_TRANSLATE_NOOP("ActorKind", "State forces"),
            QT_TRANSLATE_NOOP("ActorKind", "Armed or security forces of a state."),
        ),
        "armed-group": (
            QT_TRANSLATE_NOOP("ActorKind", "Non-state armed group"),
            QT_TRANSLATE_NOOP("ActorKind", "An organised armed group outside state control."),
        ),
        "militia": (
            QT_TRANSLATE_NOOP("ActorKind", "Militia"),
            QT_TRANSLATE_NOOP(
                "ActorKind",
                "An irregular armed group, often allied with a state or a party.",
            ),
        ),
        "coalition": (
            QT_TRANSLATE_NOOP("ActorKind", "Coalition of forces"),
            QT_TRANSLATE_NOOP(
                "ActorKind",
                'Several actors referred to together ("pro-regime forces"); '
                "members are part-of it.",
            ),
        ),
        "government-body": (
            QT_TRANSLATE_NOOP("ActorKind", "Government body"),
            QT_TRANSLATE_NOOP("ActorKind", "A ministry, agency or state-run outlet."),
        ),
        "monitor": (
            QT_TRANSLATE_NOOP("ActorKind", "Monitoring group"),
            QT_TRANSLATE_NOOP("ActorKind", "Documents violations and casualties (SOHR)."),
        ),
        "activist-group": (
            QT_TRANSLATE_NOOP("ActorKind", "Activist group"),
            QT_TRANSLATE_NOOP("ActorKind", "Local activists or a coordination committee."),
        ),
        "ngo": (
            QT_TRANSLATE_NOOP("ActorKind", "NGO"),
            QT_TRANSLATE_NOOP("ActorKind", "A non-governmental organisation."),
        ),
        "international-organisation": (
            QT_TRANSLATE_NOOP("ActorKind", "International organisation"),
            QT_TRANSLATE_NOOP("ActorKind", "UN agencies and the like."),
        ),
        "media": (
            QT_TRANSLATE_NOOP("ActorKind", "Media"),
            QT_TRANSLATE_NOOP("ActorKind", "A news outlet or broadcaster."),
        ),
        "person": (
            QT_TRANSLATE_NOOP("ActorKind", "Person"),
            QT_TRANSLATE_NOOP(
                "ActorKind",
                "An individual: a spokesperson, reporter, witness or victim.",
            ),
        ),
        "community": (
            QT_TRANSLATE_NOOP("ActorKind", "Community"),
            QT_TRANSLATE_NOOP("ActorKind", "A population group (the town's Christian residents)."),
        ),
        "unidentified": (
            QT_TRANSLATE_NOOP("ActorKind", "Unidentified"),
            QT_TRANSLATE_NOOP(
                "ActorKind",
                'Speakers or actors the source does not name ("activists said").',
            ),
        ),
    },
)

RelationType = Literal[
    "backed-by", "allied-with", "part-of", "leads", "works-for", "run-by", "opposed-to"
]
RELATION_TYPES = Vocabulary(
    "RelationType",
    {
        "backed-by": (
            QT_TRANSLATE_NOOP("RelationType", "backed by"),
            QT_TRANSLATE_NOOP(
                "RelationType", "Receives military, financial or political support from."
            ),
        ),
        "allied-with": (
            QT_TRANSLATE_NOOP("RelationType", "allied with"),
            QT_TRANSLATE_NOOP("RelationType", "Fights or acts alongside."),
        ),
        "part-of": (
            QT_TRANSLATE_NOOP("RelationType", "part of"),
            QT_TRANSLATE_NOOP("RelationType", "Is a unit or member of a larger actor."),
        ),
        "leads": (
            QT_TRANSLATE_NOOP("RelationType", "leads"),
            QT_TRANSLATE_NOOP("RelationType", "Heads or directs."),
        ),
        "works-for": (
            QT_TRANSLATE_NOOP("RelationType", "works for"),
            QT_TRANSLATE_NOOP("RelationType", "Is employed by or reports for."),
        ),
        "run-by": (
            QT_TRANSLATE_NOOP("RelationType", "run by"),
            QT_TRANSLATE_NOOP("RelationType", "Is controlled or operated by."),
        ),
        "opposed-to": (
            QT_TRANSLATE_NOOP("RelationType", "opposed to"),
            QT_TRANSLATE_NOOP("RelationType", "Fights or opposes."),
        ),
    },
)

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
ROLES = Vocabulary(
    "Role",
    {
        "perpetrator": (
            QT_TRANSLATE_NOOP("Role", "perpetrator"),
            QT_TRANSLATE_NOOP("Role", "Carried out the act, as the source states it."),
        ),
        "alleged-perpetrator": (
            QT_TRANSLATE_NOOP("Role", "alleged perpetrator"),
            QT_TRANSLATE_NOOP("Role", "Said by someone to have carried it out."),
        ),
        "victim": (
            QT_TRANSLATE_NOOP("Role", "victim"),
            QT_TRANSLATE_NOOP("Role", "Killed, injured or otherwise harmed."),
        ),
        "affected": (
            QT_TRANSLATE_NOOP("Role", "affected"),
            QT_TRANSLATE_NOOP("Role", "Displaced or otherwise affected, not directly harmed."),
        ),
        "claimant": (
            QT_TRANSLATE_NOOP("Role", "claimant"),
            QT_TRANSLATE_NOOP("Role", "Made a statement or figure about the event."),
        ),
        "witness": (
            QT_TRANSLATE_NOOP("Role", "witness"),
            QT_TRANSLATE_NOOP("Role", "Saw or heard the event."),
        ),
        "participant": (
            QT_TRANSLATE_NOOP("Role", "participant"),
            QT_TRANSLATE_NOOP("Role", "Took part (for example, in fighting)."),
        ),
        "supporter": (
            QT_TRANSLATE_NOOP("Role", "supporter"),
            QT_TRANSLATE_NOOP("Role", "Backed a participant."),
        ),
        "accuser": (
            QT_TRANSLATE_NOOP("Role", "accuser"),
            QT_TRANSLATE_NOOP("Role", "Accused another actor."),
        ),
        "accused": (
            QT_TRANSLATE_NOOP("Role", "accused"),
            QT_TRANSLATE_NOOP("Role", "Was accused by another actor."),
        ),
        "spokesperson": (
            QT_TRANSLATE_NOOP("Role", "spokesperson"),
            QT_TRANSLATE_NOOP("Role", "Spoke for an actor."),
        ),
    },
)

Outcome = Literal["killed", "injured", "missing", "detained", "abducted", "displaced"]
OUTCOMES = Vocabulary(
    "Outcome",
    {
        "killed": (
            QT_TRANSLATE_NOOP("Outcome", "killed"),
            QT_TRANSLATE_NOOP("Outcome", "Deaths."),
        ),
        "injured": (
            QT_TRANSLATE_NOOP("Outcome", "injured"),
            QT_TRANSLATE_NOOP("Outcome", "People wounded."),
        ),
        "missing": (
            QT_TRANSLATE_NOOP("Outcome", "missing"),
            QT_TRANSLATE_NOOP("Outcome", "People whose fate is unknown."),
        ),
        "detained": (
            QT_TRANSLATE_NOOP("Outcome", "detained"),
            QT_TRANSLATE_NOOP("Outcome", "People held by an authority."),
        ),
        "abducted": (
            QT_TRANSLATE_NOOP("Outcome", "abducted"),
            QT_TRANSLATE_NOOP("Outcome", "People taken by a non-state actor."),
        ),
        "displaced": (
            QT_TRANSLATE_NOOP("Outcome", "displaced"),
            QT_TRANSLATE_NOOP("Outcome", "People who fled or were expelled."),
        ),
    },
)

Qualifier = Literal["exact", "at-least", "at-most", "about", "range", "unknown"]
QUALIFIERS = Vocabulary(
    "Qualifier",
    {
        "exact": (
            QT_TRANSLATE_NOOP("Qualifier", "exactly"),
            QT_TRANSLATE_NOOP("Qualifier", "The source gives the figure without qualification."),
        ),
        "at-least": (
            QT_TRANSLATE_NOOP("Qualifier", "at least"),
            QT_TRANSLATE_NOOP("Qualifier", "A floor: the true figure may be higher."),
        ),
        "at-most": (
            QT_TRANSLATE_NOOP("Qualifier", "at most"),
            QT_TRANSLATE_NOOP("Qualifier", "A ceiling: the true figure may be lower."),
        ),
        "about": (
            QT_TRANSLATE_NOOP("Qualifier", "about"),
            QT_TRANSLATE_NOOP("Qualifier", 'An approximation ("some", "around").'),
        ),
        "range": (
            QT_TRANSLATE_NOOP("Qualifier", "between"),
            QT_TRANSLATE_NOOP("Qualifier", "The source gives a lowest and a highest figure."),
        ),
        "unknown": (
            QT_TRANSLATE_NOOP("Qualifier", "unquantified"),
            QT_TRANSLATE_NOOP("Qualifier", "The source reports casualties without a figure."),
        ),
    },
)

Victims = Literal["civilians", "combatants", "mixed", "unknown"]
VICTIMS = Vocabulary(
    "Victims",
    {
        "civilians": (
            QT_TRANSLATE_NOOP("Victims", "civilians"),
            QT_TRANSLATE_NOOP("Victims", "The source says the victims were civilians."),
        ),
        "combatants": (
            QT_TRANSLATE_NOOP("Victims", "combatants"),
            QT_TRANSLATE_NOOP("Victims", "The source says the victims were fighters."),
        ),
        "mixed": (
            QT_TRANSLATE_NOOP("Victims", "civilians and combatants"),
            QT_TRANSLATE_NOOP("Victims", "The source counts both together."),
        ),
        "unknown": (
            QT_TRANSLATE_NOOP("Victims", "people (status not stated)"),
            QT_TRANSLATE_NOOP("Victims", "The source does not say who the victims were."),
        ),
    },
)

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
COUNTING_BASES = Vocabulary(
    "CountingBasis",
    {
        "bodies-found": (
            QT_TRANSLATE_NOOP("CountingBasis", "bodies found"),
            QT_TRANSLATE_NOOP("CountingBasis", "Bodies recovered or seen, identified or not."),
        ),
        "bodies-identified": (
            QT_TRANSLATE_NOOP("CountingBasis", "bodies identified"),
            QT_TRANSLATE_NOOP("CountingBasis", "Bodies whose identity was established."),
        ),
        "names-listed": (
            QT_TRANSLATE_NOOP("CountingBasis", "names listed"),
            QT_TRANSLATE_NOOP("CountingBasis", "A published list of named victims."),
        ),
        "documented-deaths": (
            QT_TRANSLATE_NOOP("CountingBasis", "documented deaths"),
            QT_TRANSLATE_NOOP(
                "CountingBasis", "Deaths the claimant says it recorded case by case."
            ),
        ),
        "hospital-records": (
            QT_TRANSLATE_NOOP("CountingBasis", "hospital records"),
            QT_TRANSLATE_NOOP("CountingBasis", "Counts from hospitals or morgues."),
        ),
        "witness-accounts": (
            QT_TRANSLATE_NOOP("CountingBasis", "witness accounts"),
            QT_TRANSLATE_NOOP("CountingBasis", "Figures from people present."),
        ),
        "estimate": (
            QT_TRANSLATE_NOOP("CountingBasis", "estimate"),
            QT_TRANSLATE_NOOP("CountingBasis", "An estimate, not a count."),
        ),
        "official-statement": (
            QT_TRANSLATE_NOOP("CountingBasis", "official statement"),
            QT_TRANSLATE_NOOP("CountingBasis", "A figure announced by an authority."),
        ),
        "unspecified": (
            QT_TRANSLATE_NOOP("CountingBasis", "basis not stated"),
            QT_TRANSLATE_NOOP("CountingBasis", "The source does not say how it counted."),
        ),
    },
)

# Firmest first: the order a heading lists firmness levels in ("alleged, implied").
Firmness = Literal["claimed", "conceded", "alleged", "suspected", "implied", "contested"]
FIRMNESS = Vocabulary(
    "Firmness",
    {
        "claimed": (
            QT_TRANSLATE_NOOP("Firmness", "claimed"),
            QT_TRANSLATE_NOOP("Firmness", "The actor itself claimed responsibility."),
        ),
        "conceded": (
            QT_TRANSLATE_NOOP("Firmness", "conceded"),
            QT_TRANSLATE_NOOP("Firmness", "The actor admitted responsibility when accused."),
        ),
        "alleged": (
            QT_TRANSLATE_NOOP("Firmness", "alleged"),
            QT_TRANSLATE_NOOP("Firmness", "The claimant says this actor was responsible."),
        ),
        "suspected": (
            QT_TRANSLATE_NOOP("Firmness", "suspected"),
            QT_TRANSLATE_NOOP(
                "Firmness",
                "The claimant hedges: suggested, suspected, possibly, apparently.",
            ),
        ),
        "implied": (
            QT_TRANSLATE_NOOP("Firmness", "implied"),
            QT_TRANSLATE_NOOP(
                "Firmness",
                "The source does not name a perpetrator; the context points to this actor.",
            ),
        ),
        "contested": (
            QT_TRANSLATE_NOOP("Firmness", "contested"),
            QT_TRANSLATE_NOOP("Firmness", "The attribution is disputed or denied."),
        ),
    },
)

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
SOURCE_KINDS = Vocabulary(
    "SourceKind",
    {
        "news-report": (
            QT_TRANSLATE_NOOP("SourceKind", "news report"),
            QT_TRANSLATE_NOOP("SourceKind", "An article by a news outlet."),
        ),
        "video-report": (
            QT_TRANSLATE_NOOP("SourceKind", "video report"),
            QT_TRANSLATE_NOOP("SourceKind", "A broadcast or video piece."),
        ),
        "monitor-report": (
            QT_TRANSLATE_NOOP("SourceKind", "monitor report"),
            QT_TRANSLATE_NOOP("SourceKind", "A report or statement by a monitoring group."),
        ),
        "ngo-report": (
            QT_TRANSLATE_NOOP("SourceKind", "NGO report"),
            QT_TRANSLATE_NOOP("SourceKind", "A report by a non-governmental organisation."),
        ),
        "activist-publication": (
            QT_TRANSLATE_NOOP("SourceKind", "activist publication"),
            QT_TRANSLATE_NOOP("SourceKind", "A post, list or statement by activists."),
        ),
        "official-statement": (
            QT_TRANSLATE_NOOP("SourceKind", "official statement"),
            QT_TRANSLATE_NOOP("SourceKind", "A statement by a government or armed actor."),
        ),
        "state-media": (
            QT_TRANSLATE_NOOP("SourceKind", "state media"),
            QT_TRANSLATE_NOOP("SourceKind", "An outlet run by a state or a party to the conflict."),
        ),
        "social-media": (
            QT_TRANSLATE_NOOP("SourceKind", "social media"),
            QT_TRANSLATE_NOOP("SourceKind", "A post on a social network."),
        ),
        "testimony": (
            QT_TRANSLATE_NOOP("SourceKind", "testimony"),
            QT_TRANSLATE_NOOP("SourceKind", "A first-hand account taken by the recorder."),
        ),
        "other": (
            QT_TRANSLATE_NOOP("SourceKind", "other"),
            QT_TRANSLATE_NOOP("SourceKind", "Anything else; say what in the note."),
        ),
    },
)

Reliability = Literal["A", "B", "C", "D", "E", "F"]
RELIABILITY = Vocabulary(
    "Reliability",
    {
        "A": (
            "A",
            QT_TRANSLATE_NOOP("Reliability", "Completely reliable"),
        ),
        "B": (
            "B",
            QT_TRANSLATE_NOOP("Reliability", "Usually reliable"),
        ),
        "C": (
            "C",
            QT_TRANSLATE_NOOP("Reliability", "Fairly reliable"),
        ),
        "D": (
            "D",
            QT_TRANSLATE_NOOP("Reliability", "Not usually reliable"),
        ),
        "E": (
            "E",
            QT_TRANSLATE_NOOP("Reliability", "Unreliable"),
        ),
        "F": (
            "F",
            QT_TRANSLATE_NOOP("Reliability", "Reliability cannot be judged"),
        ),
    },
)

Status = Literal["developing", "ongoing", "concluded", "under-review", "verified", "disputed"]
STATUSES = Vocabulary(
    "Status",
    {
        "developing": (
            QT_TRANSLATE_NOOP("Status", "developing"),
            QT_TRANSLATE_NOOP("Status", "Figures are still coming in and likely to change."),
        ),
        "ongoing": (
            QT_TRANSLATE_NOOP("Status", "ongoing"),
            QT_TRANSLATE_NOOP("Status", "The events are still happening."),
        ),
        "concluded": (
            QT_TRANSLATE_NOOP("Status", "concluded"),
            QT_TRANSLATE_NOOP("Status", "The events are over; figures may still be revised."),
        ),
        "under-review": (
            QT_TRANSLATE_NOOP("Status", "under review"),
            QT_TRANSLATE_NOOP("Status", "The record is being checked."),
        ),
        "verified": (
            QT_TRANSLATE_NOOP("Status", "verified"),
            QT_TRANSLATE_NOOP("Status", "The recorder has checked the record against its sources."),
        ),
        "disputed": (
            QT_TRANSLATE_NOOP("Status", "disputed"),
            QT_TRANSLATE_NOOP("Status", "Key facts are contested between sources."),
        ),
    },
)

LocationPrecision = Literal[
    "exact", "neighbourhood", "town", "district", "governorate", "country", "unknown"
]
LOCATION_PRECISIONS = Vocabulary(
    "LocationPrecision",
    {
        "exact": (
            QT_TRANSLATE_NOOP("LocationPrecision", "exact location"),
            QT_TRANSLATE_NOOP("LocationPrecision", "A site known to within about 100 m."),
        ),
        "neighbourhood": (
            QT_TRANSLATE_NOOP("LocationPrecision", "neighbourhood"),
            QT_TRANSLATE_NOOP("LocationPrecision", "A part of a town."),
        ),
        "town": (
            QT_TRANSLATE_NOOP("LocationPrecision", "town or village"),
            QT_TRANSLATE_NOOP("LocationPrecision", "Somewhere in or near the named town."),
        ),
        "district": (
            QT_TRANSLATE_NOOP("LocationPrecision", "district"),
            QT_TRANSLATE_NOOP("LocationPrecision", "Somewhere in the district."),
        ),
        "governorate": (
            QT_TRANSLATE_NOOP("LocationPrecision", "governorate or province"),
            QT_TRANSLATE_NOOP("LocationPrecision", "Somewhere in the first-level region."),
        ),
        "country": (
            QT_TRANSLATE_NOOP("LocationPrecision", "country"),
            QT_TRANSLATE_NOOP("LocationPrecision", "Only the country is known."),
        ),
        "unknown": (
            QT_TRANSLATE_NOOP("LocationPrecision", "unknown"),
            QT_TRANSLATE_NOOP("LocationPrecision", "The source does not say where."),
        ),
    },
)

Handling = Literal["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]
HANDLING = Vocabulary(
    "Handling",
    {
        "TLP:CLEAR": (
            "TLP:CLEAR",
            QT_TRANSLATE_NOOP("Handling", "May be shared without restriction."),
        ),
        "TLP:GREEN": (
            "TLP:GREEN",
            QT_TRANSLATE_NOOP("Handling", "May be shared within the community, not publicly."),
        ),
        "TLP:AMBER": (
            "TLP:AMBER",
            QT_TRANSLATE_NOOP(
                "Handling", "Recipients' organisations only, on a need-to-know basis."
            ),
        ),
        "TLP:AMBER+STRICT": (
            "TLP:AMBER+STRICT",
            QT_TRANSLATE_NOOP("Handling", "Recipients' organisation only."),
        ),
        "TLP:RED": (
            "TLP:RED",
            QT_TRANSLATE_NOOP("Handling", "Named recipients only; not to be passed on."),
        ),
    },
)


def label(table: dict[str, tuple[str, str]], value: str) -> str:
    """The words users see for a vocabulary value, in the current language."""
    return _translated(table, table[value][0])


def definition(table: dict[str, tuple[str, str]], value: str) -> str:
    """The one-sentence definition of a vocabulary value, in the current language."""
    return _translated(table, table[value][1])


def _translated(table: dict[str, tuple[str, str]], text: str) -> str:
    return translate(table.context, text) if isinstance(table, Vocabulary) else text


# Each Literal with its table, for the test that keeps them in step and for the docs.
VOCABULARIES: dict[str, tuple[object, Vocabulary]] = {
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
