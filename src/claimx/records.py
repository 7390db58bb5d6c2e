"""Output records: the claimx contract (CONTRACT.md v1) as pydantic models."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1.0"

ClaimType = Literal["assertion", "event", "recommendation"]
SourceKind = Literal["document", "person", "organization", "state", "group", "unknown"]
ActorKind = Literal["state", "organization", "person", "group"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """Character offsets into the decoded document text (Python str indices)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(Record):
    text: str
    name: str
    kind: SourceKind
    span: Span | None
    explicit: bool


class Cue(Record):
    text: str
    span: Span


class Actor(Record):
    text: str
    name: str
    kind: ActorKind
    span: Span


class Place(Record):
    text: str
    name: str
    span: Span


class DateMention(Record):
    text: str
    value: str | None
    span: Span


class Event(Record):
    text: str
    type: str
    span: Span
    date: str | None
    # where the date comes from: the event's sentence, the paragraph's last day before
    # it, or (for a claim reporting a happening that the text leaves undated) the document's date
    date_source: Literal["sentence", "paragraph", "document"] | None = None
    place: str | None


class Recommendation(Record):
    addressees: list[Actor]
    action: str


class Claim(Record):
    """One claim: a sentence that asserts, reports an event, or recommends."""

    schema_version: str = SCHEMA_VERSION
    id: str
    doc_id: str
    type: ClaimType
    text: str
    span: Span
    source: Source | None
    cue: Cue | None
    actors: list[Actor]
    places: list[Place]
    events: list[Event]
    dates: list[DateMention]
    recommendation: Recommendation | None
    hedged: bool
    negated: bool


# A document's claims validated, or written as JSON, in one call: a third faster than claim by claim.
CLAIMS = TypeAdapter(list[Claim])
