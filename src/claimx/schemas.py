"""Input contracts for claimx's data files: every line of every resource is validated."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)


def _no_blank(values: list[str]) -> list[str]:
    if any(not v.strip() for v in values):
        raise ValueError("contains an empty string")
    return values


class StateEntry(Entry):
    """A state or territory with every name news uses for it."""

    name: str = Field(min_length=1)
    kind: Literal["state"]
    aliases: list[str] = Field(min_length=1)
    demonyms: list[str] = []
    capitals: list[str] = []
    ambiguous: bool = False

    _check = field_validator("aliases", "demonyms", "capitals")(_no_blank)


class NamedEntry(Entry):
    """An organisation, armed group, government body or metonym, optionally bound to a state."""

    name: str = Field(min_length=1)
    kind: Literal["state", "organization", "group", "person"]
    aliases: list[str] = Field(min_length=1)
    country: str | None = None
    # a club's town, which news also uses alone for the club in sport ("Liverpool beat
    # Everton 2-1"): never an alias, as it names the town far more often
    town_forms: list[str] = Field(default_factory=list)

    _check = field_validator("aliases")(_no_blank)


class PlaceEntry(Entry):
    """A place that is not a state: region, subdivision, city, body of water."""

    name: str = Field(min_length=1)
    kind: Literal["region", "subdivision", "city", "water"]
    aliases: list[str] = Field(min_length=1)
    country: str | None = None

    _check = field_validator("aliases")(_no_blank)


class TownEntry(PlaceEntry):
    """A town that counts only where the text names its region or country after it
    ("Evans, Colorado"): `regions` are the forms of its region ("Colorado", "CO"), empty
    where any region of its country will do."""

    regions: list[str] = []

    _check_regions = field_validator("regions")(_no_blank)


class LexiconEntry(Entry):
    """A group of phrases of one kind (cue words, titles, event triggers...).

    `phrases` are matched case-insensitively as token sequences. `examples` are
    texts in which the pipeline must find one of the phrases as this entry;
    `counter_examples` are texts in which it must not.
    """

    kind: str = Field(min_length=1)
    phrases: list[str] = Field(min_length=1)
    examples: list[str] = []
    counter_examples: list[str] = []

    _check = field_validator("phrases")(_no_blank)


class GoldEntity(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str] = Field(min_length=1)
    names: list[str] = []
    optional: bool = False


class GoldClaim(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    type: Literal["assertion", "event", "recommendation"]
    source: str | None = None
    source_explicit: bool = False
    optional: bool = False


class GoldEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: str
    triggers: list[str] = Field(min_length=1)
    date: str | None = None
    place: str | None = None


class GoldDocument(BaseModel):
    """A gold annotation file (CONTRACT.md); `date` is the optional publication date."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    date: str | None = None
    actors: list[GoldEntity] = []
    places: list[GoldEntity] = []
    sources: dict[str, list[str]] = {}
    claims: list[GoldClaim] = []
    events: list[GoldEvent] = []
