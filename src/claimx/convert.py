"""spaCy Doc (annotated by the claimx pipeline) -> claim records. Pure: no I/O."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span as SpacySpan

from .components.base import SPAN_KEYS
from .records import Actor, Claim, Cue, DateMention, Event, Place, Recommendation, Source, Span


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end)


def _inside(spans: list[SpacySpan], starts: list[int], claim: SpacySpan) -> list[SpacySpan]:
    """The spans (sorted by start) that lie within the claim."""
    found = spans[bisect_left(starts, claim.start) : bisect_left(starts, claim.end)]
    return [s for s in found if s.end <= claim.end]


def _actor(span: SpacySpan) -> Actor:
    return Actor(text=span.text, name=span.id_, kind=span.label_, span=_span(span.start_char, span.end_char))


def claims_from_doc(doc: Doc, doc_id: str) -> list[Claim]:
    """The claim records of one processed document, in text order."""
    text = doc.text
    groups = {key: list(doc.spans.get(SPAN_KEYS[key], [])) for key in ("actors", "places", "events", "dates")}
    starts = {key: [s.start for s in spans] for key, spans in groups.items()}  # groups are sorted
    actors_at = {(a.start, a.end): a for a in groups["actors"]}
    records = []
    for claim in doc.spans.get(SPAN_KEYS["claims"], []):
        info = claim._.claimx_claim
        inside = {key: _inside(spans, starts[key], claim) for key, spans in groups.items()}
        source = info["source"]
        cue = info["cue"]
        recommendation = info["recommendation"]
        records.append(
            Claim(
                id=f"{doc_id}:{claim.start_char}-{claim.end_char}",
                doc_id=doc_id,
                type=claim.label_,
                text=claim.text,
                span=_span(claim.start_char, claim.end_char),
                source=Source(
                    text=source["text"],
                    name=source["name"],
                    kind=source["kind"],
                    span=_span(*source["span"]) if source["span"] else None,
                    explicit=source["explicit"],
                )
                if source
                else None,
                cue=Cue(text=text[cue[0] : cue[1]], span=_span(*cue)) if cue else None,
                actors=[_actor(s) for s in inside["actors"]],
                places=[Place(text=s.text, name=s.id_, span=_span(s.start_char, s.end_char)) for s in inside["places"]],
                events=[
                    Event(text=s.text, type=s.label_, span=_span(s.start_char, s.end_char), **s._.claimx_event)
                    for s in inside["events"]
                ],
                dates=[
                    DateMention(text=s.text, value=s._.claimx_value, span=_span(s.start_char, s.end_char))
                    for s in inside["dates"]
                ],
                recommendation=Recommendation(
                    addressees=[_actor(actors_at[tuple(b)]) for b in recommendation["addressees"] if tuple(b) in actors_at],
                    action=recommendation["action"],
                )
                if recommendation
                else None,
                hedged=info["hedged"],
                negated=info["negated"],
            )
        )
    return records
