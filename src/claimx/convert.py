"""spaCy Doc (annotated by the claimx pipeline) -> claim records; reads no file but the packaged state names."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Span as SpacySpan

from . import resources
from .components.base import group
from .components.events import mention_start
from .components.tokens import TokenView, view
from .records import CLAIMS, Claim


def _span(start: int, end: int) -> dict:
    return {"start": start, "end": end}


def _inside(spans: list[SpacySpan], starts: list[int], claim: SpacySpan) -> list[SpacySpan]:
    """The spans (sorted by start) that lie within the claim."""
    found = spans[bisect_left(starts, claim.start) : bisect_left(starts, claim.end)]
    return [s for s in found if s.end <= claim.end]


SUFFIX = re.compile(r" \(([^()]*)\)$")


@cache
def _state_names() -> frozenset[str]:
    return frozenset(n for s in resources.gazetteer("states") for n in (s.name, *s.aliases))


def title(name: str) -> str:
    """The name without the disambiguation a gazetteer keeps apart: 'Federation Council
    (Russia)' is titled 'Federation Council', 'Scorpions (paramilitary)' 'Scorpions'; a
    bracket that is part of the name stays ('Janata Dal (United)', 'Frankfurt (Oder)')."""
    match = SUFFIX.search(name)
    if match and (match.group(1) in _state_names() or match.group(1)[:1].islower()):
        return name[: match.start()]
    return name


def _mention(text: str, span: SpacySpan, **fields) -> dict:
    return {"text": text[span.start_char : span.end_char], "span": _span(span.start_char, span.end_char), **fields}


def claims_from_doc(doc: Doc, doc_id: str) -> list[Claim]:
    """The claim records of one processed document, in text order.

    The records are validated once, all together (`CLAIMS.validate_python`), which is
    several times faster than building and validating each nested model on its own.
    """
    tokens = view(doc)
    text = tokens.string
    groups = {key: group(doc, key) for key in ("actors", "places", "events", "dates")}
    starts = {key: [s.start for s in spans] for key, spans in groups.items()}  # groups are sorted
    actors_at = {(a.start, a.end): a for a in groups["actors"]}
    records = []
    for claim in group(doc, "claims"):
        info = claim._.claimx_claim
        inside = {key: _inside(spans, starts[key], claim) for key, spans in groups.items()}
        source = info["source"]
        cue = info["cue"]
        recommendation = info["recommendation"]
        records.append(
            {
                "id": f"{doc_id}:{claim.start_char}-{claim.end_char}",
                "doc_id": doc_id,
                "type": claim.label_,
                "text": text[claim.start_char : claim.end_char],
                "span": _span(claim.start_char, claim.end_char),
                "source": {
                    "text": source["text"],
                    "name": title(source["name"]),
                    "kind": source["kind"],
                    "span": _span(*source["span"]) if source["span"] else None,
                    "explicit": source["explicit"],
                }
                if source
                else None,
                "cue": {"text": text[cue[0] : cue[1]], "span": _span(*cue)} if cue else None,
                "actors": [_mention(text, s, name=title(s.id_), kind=s.label_) for s in inside["actors"]],
                "places": [_mention(text, s, name=s.id_) for s in inside["places"]],
                "events": [_event(text, tokens, s, info["happening"], doc._.claimx_date) for s in inside["events"]],
                "dates": [_mention(text, s, value=s._.claimx_value) for s in inside["dates"]],
                "recommendation": {
                    "addressees": [
                        _mention(text, actors_at[tuple(b)], name=title(actors_at[tuple(b)].id_), kind=actors_at[tuple(b)].label_)
                        for b in recommendation["addressees"]
                        if tuple(b) in actors_at
                    ],
                    "action": recommendation["action"],
                }
                if recommendation
                else None,
                "hedged": info["hedged"],
                "negated": info["negated"],
            }
        )
    return CLAIMS.validate_python(records)


def _event(text: str, tokens: TokenView, span: SpacySpan, happening: bool, document_date: str | None) -> dict:
    """An event mention with the modifiers of its noun ('a presidential election')."""
    start = span.doc[mention_start(tokens, span)].idx
    return {"text": text[start : span.end_char], "span": _span(start, span.end_char), "type": span.label_, **_dated(span._.claimx_event, happening, document_date)}


def _dated(event: dict, happening: bool, document_date: str | None) -> dict:
    """An event of a claim that reports a happening and that the text leaves undated
    happened, as far as the text tells, on the document's date."""
    if event["date"] is None and happening and document_date:
        return dict(event, date=document_date, date_source="document")
    return event
