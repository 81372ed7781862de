"""Format v1 of an incident file, as frozen pydantic models that reject unknown keys."""

import ipaddress
import re
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from factsheet.i18n import current_language
from factsheet.model.characters import INVISIBLE, character_name
from factsheet.model.dates import EdtfDate
from factsheet.model.vocabulary import (
    ActorKind,
    CountingBasis,
    Firmness,
    Handling,
    LocationPrecision,
    Outcome,
    Qualifier,
    RelationType,
    Reliability,
    Role,
    SourceKind,
    Status,
    Victims,
)

if TYPE_CHECKING:
    from factsheet.model.independence import Independence

_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
Id = Annotated[
    str,
    StringConstraints(pattern=_ID_PATTERN, max_length=80),
    Field(description="A short id, unique in the file: lower-case letters, digits, . _ -"),
]
IncidentCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=80),
    Field(description="The incident's code in your records, e.g. SYR-2017-0042"),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]


_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_ALL_DIGITS = re.compile(r"[0-9]+")


def _valid_host(host: str) -> bool:
    """A DNS name of two labels or more (IDN allowed), an IPv4 or a bracketed IPv6 address."""
    if host.startswith("[") and host.endswith("]"):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return False
        return True
    labels = host.split(".")
    if all(_ALL_DIGITS.fullmatch(label) for label in labels):
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            return False
        return True
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return False
    labels = ascii_host.removesuffix(".").split(".")
    return (
        len(labels) >= 2
        and all(_HOST_LABEL.fullmatch(label) for label in labels)
        and not _ALL_DIGITS.fullmatch(labels[-1])
    )


def _web_address(value: str) -> str:
    """Refuse what would mislead on screen or cannot be opened (issue 12).

    A right-to-left override made the end of an address read as another site; an address
    with no valid host was then offered to the browser as an empty one.
    """
    invisible = INVISIBLE.search(value)
    if invisible is not None:
        raise ValueError(
            "expected a web address without invisible or direction-changing characters; "
            f"found {character_name(invisible.group())} at character {invisible.start() + 1}"
        )
    authority = value.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    user, at, host_and_port = authority.rpartition("@")
    if at:
        raise ValueError(
            "expected a web address without a user name before '@' (it hides the real host, "
            f"{host_and_port.split(':')[0]}); found {user + at!r}"
        )
    host, port = host_and_port, ""
    if ":" in host and not host.endswith("]"):  # host:port, [v6]:port (a bare [v6] has none)
        host, _, port = host.rpartition(":")
    port_ok = port == "" or (port.isascii() and port.isdigit() and 0 < int(port) <= 65_535)
    if not host:
        raise ValueError(
            "expected a web address with a host name such as example.org after "
            f"{value.split('://', 1)[0]}://; found nothing"
        )
    if not port_ok or (":" in host and not host.startswith("[")):
        raise ValueError(
            "expected a web address with a host name such as example.org and, if any, a port "
            f"number after ':'; found {authority!r}"
        )
    if not _valid_host(host):
        raise ValueError(f"expected a host name such as example.org; found {host!r}")
    return value


Url = Annotated[
    str,
    StringConstraints(pattern=r"^https?://\S+$", max_length=2_000),
    AfterValidator(_web_address),
    Field(
        description="A web address starting with http:// or https:// and a host name, "
        "kept as written"
    ),
]
Language = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"),
    Field(description="A language tag such as en, ar or ar-SY"),
]
Count = Annotated[int, Field(strict=True, ge=0, le=100_000_000)]
#: A note for whoever keeps the record: shown in the app, marked so, and never printed.
RecorderNote = Annotated[
    Text | None,
    Field(description="For the recorder only: shown in the app, never printed on a sheet"),
]


def _one_or_more(value: object) -> object:
    """`claimant: sohr` as `claimant: [sohr]`: one id is a list of one (format 1 files)."""
    if isinstance(value, dict):
        raise ValueError("expected an actor id or a list of actor ids; found a mapping")
    return value if isinstance(value, (list, tuple)) else (value,)


def _each_once(ids: tuple[str, ...]) -> tuple[str, ...]:
    repeated = next((i for n, i in enumerate(ids) if i in ids[:n]), None)
    if repeated is not None:
        raise ValueError(f"expected each claimant once; found {repeated!r} twice")
    return ids


_ID_SCHEMA = {"type": "string", "pattern": _ID_PATTERN, "maxLength": 80}
#: Who gives a figure: one actor, or several who give it together ("the Syrian government
#: and activists said 67"). Always a tuple in the model, whichever the file wrote.
Claimants = Annotated[
    tuple[Id, ...],
    BeforeValidator(_one_or_more),
    Field(min_length=1),
    AfterValidator(_each_once),
    WithJsonSchema(
        {
            "anyOf": [
                _ID_SCHEMA,
                {"type": "array", "items": _ID_SCHEMA, "minItems": 1, "uniqueItems": True},
            ],
        }
    ),
]


class FieldValueError(ValueError):
    """A whole-model check's complaint about one field, so the loader can point at its key."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class FrozenModel(BaseModel):
    """Base of every format model: immutable, strict about keys, honest about types."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        # A title such as 1984 arrives from YAML as a number; it is still a title.
        coerce_numbers_to_str=True,
        validate_default=False,
    )


class Location(FrozenModel):
    """A place, named as the sources name it, with how precisely it is known."""

    name: Text
    name_ar: Text | None = None
    other_names: tuple[Text, ...] = Field(
        default=(), description="Every other spelling used by sources"
    )
    within: tuple[Text, ...] = Field(
        default=(), description="Larger areas, from small to large: [Homs Governorate, Syria]"
    )
    precision: LocationPrecision
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)

    @model_validator(mode="after")
    def _coordinates_come_in_pairs(self) -> Self:
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise FieldValueError(missing, "expected both latitude and longitude, or neither")
        return self


class IncidentInfo(FrozenModel):
    """What the incident is, where and when it happened, and how far the record has got."""

    id: IncidentCode
    title: Text
    title_ar: Text | None = None
    summary: Text
    date: EdtfDate
    date_wording: Text | None = Field(
        default=None, description="How the sources word the date, quoted"
    )
    locations: tuple[Location, ...] = Field(min_length=1)
    status: Status
    last_updated: EdtfDate
    handling: Handling | None = Field(
        default=None, description="Traffic Light Protocol marking printed on every page"
    )
    recorded_by: Text | None = None
    key_points: tuple[Text, ...] = Field(
        default=(), max_length=5, description="Two to five highlights for the printed sheet"
    )
    note: Text | None = None
    recorder_note: RecorderNote = None


class Alias(FrozenModel):
    """Another name of an actor, in a given language."""

    name: Text
    lang: Language = "en"
    note: Text | None = None
    recorder_note: RecorderNote = None


class ActorRelation(FrozenModel):
    """A dated, sourced relation from one actor to another (backed by, part of, …)."""

    type: RelationType
    actor: Id
    date: EdtfDate | None = None
    sources: tuple[Id, ...] = ()
    note: Text | None = None
    recorder_note: RecorderNote = None


class Actor(FrozenModel):
    """A state, force, group, outlet or person that appears in the incident."""

    id: Id
    name: Text
    name_ar: Text | None = None
    kind: ActorKind
    aliases: tuple[Alias, ...] = ()
    relations: tuple[ActorRelation, ...] = ()
    description: Text | None = None
    note: Text | None = None
    recorder_note: RecorderNote = None


class Source(FrozenModel):
    """A publication the record relies on, and who stands behind it."""

    id: Id
    publisher: Id = Field(description="Actor id of the outlet or organisation that published it")
    author: Id | None = Field(default=None, description="Actor id of the author or reporter")
    title: Text | None = None
    title_ar: Text | None = None
    published: EdtfDate | None = None
    url: Url | None = None
    archived_url: Url | None = None
    accessed: EdtfDate | None = None
    kind: SourceKind
    language: Language | None = None
    reliability: Reliability | None = Field(
        default=None, description="Source reliability, Admiralty grade A (reliable) to F"
    )
    relays: tuple[Id, ...] = Field(default=(), description="Ids of sources this one repeats")
    consulted: bool = Field(
        default=True,
        description="false when the recorder knows this source only through another one",
    )
    note: Text | None = None
    recorder_note: RecorderNote = None


class ActorRole(FrozenModel):
    """An actor and the part it played in an event."""

    actor: Id
    role: Role


class AlternativeDate(FrozenModel):
    """A different date for the same event, as other sources give it."""

    date: EdtfDate
    wording: Text | None = None
    sources: tuple[Id, ...] = ()
    note: Text | None = None
    recorder_note: RecorderNote = None


class TimelineEvent(FrozenModel):
    """One dated happening, in the sources' words, with who took part."""

    id: Id
    date: EdtfDate
    date_wording: Text | None = Field(
        default=None, description="The source's own words for the date: 'late on Sunday'"
    )
    text: Text
    location: Text | None = None
    actors: tuple[ActorRole, ...] = ()
    sources: tuple[Id, ...] = ()
    alternative_dates: tuple[AlternativeDate, ...] = ()
    note: Text | None = None
    recorder_note: RecorderNote = None


class Attribution(FrozenModel):
    """An actor a claim holds responsible, and how firmly."""

    actor: Id
    firmness: Firmness
    note: Text | None = None
    recorder_note: RecorderNote = None


class CasualtyClaim(FrozenModel):
    """One figure as one claimant gave it: never merged with any other."""

    id: Id
    #: Normalised to a tuple of actor ids: `claimant: sohr` is ("sohr",).
    claimant: Claimants = Field(
        description="Actor id of whoever gives the figure, or a list of ids of actors who "
        "give it together"
    )
    sources: tuple[Id, ...] = Field(default=(), description="Where the claim was published")
    claimed_on: EdtfDate | None = None
    claimed_on_wording: Text | None = None
    outcome: Outcome = "killed"
    qualifier: Qualifier
    count: Count | None = None
    count_max: Count | None = Field(default=None, description="Upper figure of a range")
    victims: Victims
    victim_detail: Text | None = None
    basis: CountingBasis
    perpetrators: tuple[Attribution, ...] = ()
    period: EdtfDate | None = None
    period_wording: Text | None = None
    location: Text | None = None
    part_of: Id | None = Field(default=None, description="Id of a larger claim this is a subset of")
    revises: Id | None = Field(default=None, description="Id of an earlier claim this updates")
    credibility: int | None = Field(
        default=None, ge=1, le=6, strict=True, description="Information credibility, 1 to 6"
    )
    quote: Text | None = Field(default=None, description="The source's words, verbatim")
    note: Text | None = None
    recorder_note: RecorderNote = None

    @model_validator(mode="after")
    def _figure_matches_qualifier(self) -> Self:
        if self.qualifier == "unknown":
            if self.count is not None or self.count_max is not None:
                field = "count" if self.count is not None else "count_max"
                raise FieldValueError(
                    field, "expected no count with qualifier 'unknown'; found a count"
                )
        elif self.count is None:
            raise FieldValueError(
                "count", f"expected a count with qualifier '{self.qualifier}'; found none"
            )
        if self.qualifier == "range":
            if self.count_max is None:
                raise FieldValueError(
                    "count_max", "expected count_max with qualifier 'range'; found none"
                )
            if self.count is not None and self.count_max <= self.count:
                raise FieldValueError(
                    "count_max",
                    f"expected count_max above count; found {self.count}–{self.count_max}",
                )
        elif self.count_max is not None:
            raise FieldValueError(
                "count_max",
                f"expected count_max only with qualifier 'range'; found it with '{self.qualifier}'",
            )
        return self

    @property
    def low(self) -> int | None:
        """The lowest figure the claim states (None when unquantified)."""
        return self.count

    @property
    def high(self) -> int | None:
        """The highest figure the claim states (None when open-ended or unquantified)."""
        if self.qualifier == "range":
            return self.count_max
        if self.qualifier == "at-least":
            return None
        return self.count


class Incident(FrozenModel):
    """A whole incident file: metadata, actors, sources, timeline and casualty claims."""

    format_version: Literal[1] = Field(description="Always 1 for this format")
    incident: IncidentInfo
    actors: tuple[Actor, ...] = ()
    sources: tuple[Source, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    claims: tuple[CasualtyClaim, ...] = ()

    @cached_property
    def actors_by_id(self) -> dict[str, Actor]:
        """Actors by id (the last one wins where the loader has reported a duplicate)."""
        return {a.id: a for a in self.actors}

    @cached_property
    def sources_by_id(self) -> dict[str, Source]:
        """Sources by id."""
        return {s.id: s for s in self.sources}

    @cached_property
    def claims_by_id(self) -> dict[str, CasualtyClaim]:
        """Claims by id."""
        return {c.id: c for c in self.claims}

    @cached_property
    def independence(self) -> "dict[str, Independence]":
        """Each claim's sources as they stand to its claimants, by claim id (computed once)."""
        # Imported here: independence.py reads Incident, and the model stays one way round.
        from factsheet.model.independence import claims_independence

        return claims_independence(self)

    @cached_property
    def source_numbers(self) -> dict[str, int]:
        """The 1-based note number of every source, in file order, as the sheet prints it."""
        return {s.id: n for n, s in enumerate(self.sources, start=1)}

    def actor_name(self, actor_id: str) -> str:
        """The display name of an actor in the current language, or its id if it is missing.

        In Arabic the file's Arabic name (``name_ar``) leads where it gives one (issue 14);
        the English name stays beside it where the actor is presented (the Actors tab and
        annex, the reported perpetrators).
        """
        actor = self.actors_by_id.get(actor_id)
        if actor is None:
            return actor_id
        if actor.name_ar and current_language() == "ar":
            return actor.name_ar
        return actor.name
