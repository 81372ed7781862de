"""Which of a claim's sources are independent of its claimants: a fact about the data.

A source is independent of a claim when its publisher is none of the claim's claimants and
it does not merely relay, directly or through a chain of `relays`, a source one of them
published. Independent sources are counted per distinct publisher: two articles of one
newspaper are one independent source. A monitor that publishes its own count is the
normal case, not a mistake: its claim simply has no independent source.
"""

from collections import deque
from dataclasses import dataclass, field

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
    #: For each relaying source, in the same order: the chain of relays from it to a
    #: source one of the claimants published (the relaying source first, that source last),
    #: ending at a consulted one if any is reached, else at the nearest. The words say
    #: through which sources a relayed figure reaches the reader ("[4] ← [3] ← [2]").
    chains: tuple[tuple[str, ...], ...] = field(default=())

    @property
    def count(self) -> int:
        """How many independent sources the claim has, counted per publisher."""
        return self.publishers


@dataclass(frozen=True, slots=True)
class RelayReach:
    """What one cited source relays, however indirectly."""

    #: The publishers of every source it relays.
    publishers: frozenset[str]
    #: Each source it relays → the source that relays that one, on a shortest chain back to
    #: the cited source (which is in no key): enough to draw the chain to any of them.
    relayed_by: dict[str, str]
    #: Each source it relays → its place in breadth-first order: nearer ones come first.
    rank: dict[str, int]
    #: Each publisher → the nearest source of theirs it relays, and the nearest consulted
    #: one: a claim's chain ends at a claimant's, read if possible, without a search.
    nearest: dict[str, str]
    nearest_read: dict[str, str]


def relay_reaches(incident: Incident) -> dict[str, RelayReach]:
    """For every source a claim cites: what it relays, directly or through a chain.

    Breadth first, so each chain found is a shortest one; cycle-safe (a source already
    reached is not followed again); raises TooManyRelayStepsError past MAX_RELAY_STEPS
    links in all.
    """
    sources = incident.sources_by_id
    reached: dict[str, RelayReach] = {}
    steps = 0
    for claim in incident.claims:
        for start in claim.sources:
            if start in reached or start not in sources:
                continue
            reach = RelayReach(frozenset(), {}, {}, {}, {})
            publishers: set[str] = set()
            queue = deque([start])
            while queue:
                relaying = queue.popleft()
                for source_id in sources[relaying].relays:
                    steps += 1
                    if steps > MAX_RELAY_STEPS:
                        raise TooManyRelayStepsError(start)
                    relayed = sources.get(source_id)
                    if relayed is None or source_id == start or source_id in reach.relayed_by:
                        continue
                    reach.rank[source_id] = len(reach.relayed_by)
                    reach.relayed_by[source_id] = relaying
                    reach.nearest.setdefault(relayed.publisher, source_id)
                    if relayed.consulted:
                        reach.nearest_read.setdefault(relayed.publisher, source_id)
                    publishers.add(relayed.publisher)
                    queue.append(source_id)
            reached[start] = RelayReach(
                frozenset(publishers),
                reach.relayed_by,
                reach.rank,
                reach.nearest,
                reach.nearest_read,
            )
    return reached


def relayed_publishers(incident: Incident) -> dict[str, frozenset[str]]:
    """For every source a claim cites: the publishers of all it relays, however indirectly."""
    return {s: reach.publishers for s, reach in relay_reaches(incident).items()}


class _Chains:
    """Chains of relays from a cited source to a claimant's, each drawn once: a hostile file
    (thousands of claims, each of another claimant far down one long chain) would otherwise
    walk the same links again and again. Links walked count towards MAX_RELAY_STEPS."""

    def __init__(self, reaches: dict[str, RelayReach]) -> None:
        self.reaches = reaches
        self.drawn: dict[tuple[str, str], tuple[str, ...]] = {}
        self.steps = 0

    def to_claimant(self, start: str, claimants: set[str]) -> tuple[str, ...]:
        """The chain from ``start`` to a claimant's source: the nearest consulted one if it
        reaches any, else the nearest."""
        reach = self.reaches[start]
        ends = [reach.nearest_read[c] for c in claimants if c in reach.nearest_read] or [
            reach.nearest[c] for c in claimants if c in reach.nearest
        ]
        end = min(ends, key=reach.rank.__getitem__)
        if (start, end) not in self.drawn:
            chain = [end]
            while chain[-1] != start:
                self.steps += 1
                if self.steps > MAX_RELAY_STEPS:
                    raise TooManyRelayStepsError(start)
                chain.append(reach.relayed_by[chain[-1]])
            self.drawn[start, end] = tuple(reversed(chain))
        return self.drawn[start, end]


def claims_independence(incident: Incident) -> dict[str, Independence]:
    """Each claim's Independence, by claim id (Incident.independence keeps it).

    Raises TooManyRelayStepsError past MAX_RELAY_STEPS links followed or drawn back."""
    chains = _Chains(relay_reaches(incident))
    return {claim.id: _independence(incident, claim, chains) for claim in incident.claims}


def _independence(incident: Incident, claim: CasualtyClaim, chains: _Chains) -> Independence:
    sources, numbers = incident.sources_by_id, incident.source_numbers
    claimants = set(claim.claimant)
    own: list[str] = []
    relaying: list[str] = []
    independent: list[str] = []
    # Known sources once each, in the order of their note numbers ([1], [3]).
    for source_id in sorted({s for s in claim.sources if s in sources}, key=numbers.__getitem__):
        if sources[source_id].publisher in claimants:
            own.append(source_id)
        elif source_id in chains.reaches and claimants & chains.reaches[source_id].publishers:
            relaying.append(source_id)
        else:
            independent.append(source_id)
    publishers = len({sources[s].publisher for s in independent})
    drawn = tuple(chains.to_claimant(s, claimants) for s in relaying)
    return Independence(tuple(own), tuple(relaying), tuple(independent), publishers, drawn)
