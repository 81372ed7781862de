"""Which of a claim's sources are independent of its claimants: a fact about the data.

A source is independent of a claim when its publisher is none of the claim's claimants and
it does not merely relay, directly or through a chain of `relays`, a source one of them
published. Independent sources are counted per distinct publisher: two articles of one
newspaper are one independent source. A monitor that publishes its own count is the
normal case, not a mistake: its claim simply has no independent source.
"""

from dataclasses import dataclass

from factsheet.model.incident import CasualtyClaim, Incident

#: Relay links followed in all, from every source a claim cites. A real file follows a few
#: dozen; a hostile chain of 100,000 sources, each relaying the one before and each cited,
#: would follow billions. Past this the loader refuses the file (integrity.py says why).
MAX_RELAY_STEPS = 200_000


class TooManyRelayStepsError(ValueError):
    """The relays from the cited sources lead through more than MAX_RELAY_STEPS links."""

    def __init__(self, source_id: str) -> None:
        super().__init__(source_id)
        #: The cited source whose relays went past the limit.
        self.source_id = source_id


@dataclass(frozen=True, slots=True)
class Independence:
    """A claim's sources sorted by how they stand to its claimants (ids in note order)."""

    #: Sources published by one of the claimants (a monitor's own report).
    own: tuple[str, ...]
    #: Sources of others that merely relay, directly or through other sources, a source
    #: published by one of the claimants (a newspaper quoting the monitor).
    relaying: tuple[str, ...]
    #: Every other source of the claim: independent of its claimants.
    independent: tuple[str, ...]
    #: Distinct publishers of the independent sources: the count a reader is shown.
    publishers: int

    @property
    def count(self) -> int:
        """How many independent sources the claim has, counted per publisher."""
        return self.publishers


def relayed_publishers(incident: Incident) -> dict[str, frozenset[str]]:
    """For every source a claim cites: the publishers of all it relays, however indirectly.

    Cycle-safe (each chain is followed until it comes back to a source already seen);
    raises TooManyRelayStepsError past MAX_RELAY_STEPS links in all.
    """
    sources = incident.sources_by_id
    reached: dict[str, frozenset[str]] = {}
    steps = 0
    for claim in incident.claims:
        for start in claim.sources:
            if start in reached or start not in sources:
                continue
            seen = {start}
            stack = list(sources[start].relays)
            publishers: set[str] = set()
            while stack:
                source_id = stack.pop()
                steps += 1
                if steps > MAX_RELAY_STEPS:
                    raise TooManyRelayStepsError(start)
                relayed = sources.get(source_id)
                if relayed is None or source_id in seen:
                    continue
                seen.add(source_id)
                publishers.add(relayed.publisher)
                stack += relayed.relays
            reached[start] = frozenset(publishers)
    return reached


def claims_independence(incident: Incident) -> dict[str, Independence]:
    """Each claim's Independence, by claim id (Incident.independence keeps it)."""
    relayed = relayed_publishers(incident)
    return {claim.id: _independence(incident, claim, relayed) for claim in incident.claims}


def _independence(
    incident: Incident, claim: CasualtyClaim, relayed: dict[str, frozenset[str]]
) -> Independence:
    sources, numbers = incident.sources_by_id, incident.source_numbers
    claimants = set(claim.claimant)
    own: list[str] = []
    relaying: list[str] = []
    independent: list[str] = []
    # Known sources once each, in the order of their note numbers ([1], [3]).
    for source_id in sorted({s for s in claim.sources if s in sources}, key=numbers.__getitem__):
        if sources[source_id].publisher in claimants:
            own.append(source_id)
        elif claimants & relayed.get(source_id, frozenset()):
            relaying.append(source_id)
        else:
            independent.append(source_id)
    publishers = len({sources[s].publisher for s in independent})
    return Independence(tuple(own), tuple(relaying), tuple(independent), publishers)
