"""Shared machinery: lexicons that load in initialize() and travel with to_disk/from_disk."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup

from .. import resources
from ..errors import ClaimxError
from ..schemas import LexiconEntry

SPAN_KEYS = {
    "furniture": "claimx_furniture",
    "headlines": "claimx_headlines",
    "labels": "claimx_labels",
    "gazetteer": "claimx_gazetteer",
    "gazetteer_caps": "claimx_gazetteer_caps",
    "names": "claimx_names",
    "dates": "claimx_dates",
    "actors": "claimx_actors",
    "places": "claimx_places",
    "events": "claimx_events",
    "cues": "claimx_cues",
    "claims": "claimx_claims",
}


def register_extensions() -> None:
    """Custom attributes claimx writes on Docs and Spans (idempotent)."""
    for name, default in (("claimx_date", None), ("claimx_author", None), ("claimx_document", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in ("claimx_value", "claimx_event", "claimx_claim"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class LexiconComponent:
    """A rule component whose vocabularies are packaged lexicons (see `resources.lexicon`).

    Subclasses name their lexicons in `lexicons` and build matchers in `_build()`.
    """

    lexicons: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.data: dict[str, list[LexiconEntry]] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data=None) -> None:
        """Load the packaged lexicons, or `data` ({lexicon name: [LexiconEntry]}) if given."""
        if data is None:
            data = {name: list(resources.lexicon(name)) for name in self.lexicons}
        self.data = {name: list(data[name]) for name in self.lexicons}
        self._build()

    def _build(self) -> None:
        raise NotImplementedError

    def _require_initialized(self) -> None:
        if not self.data:
            raise ClaimxError(
                f"component '{self.name}' has no lexicons: call nlp.initialize() "
                "(or claimx.load()) before using it"
            )

    def phrase_matcher(self, entries: Iterable[LexiconEntry], attr: str = "LOWER") -> PhraseMatcher:
        """One PhraseMatcher for all phrases of `entries`; the match id is the entry id."""
        matcher = PhraseMatcher(self.nlp.vocab, attr=attr)
        for entry in entries:
            matcher.add(entry.id, list(self.nlp.tokenizer.pipe(entry.phrases)))
        return matcher

    def entries(self, lexicon: str, kind: str | None = None) -> list[LexiconEntry]:
        return [e for e in self.data[lexicon] if kind is None or e.kind == kind]

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, entries in self.data.items():
            srsly.write_jsonl(path / f"{name}.jsonl", [e.model_dump() for e in entries])

    def from_disk(self, path, *, exclude=()):
        path = Path(path)
        self.data = {
            name: resources.read_jsonl(path / f"{name}.jsonl", LexiconEntry)
            for name in self.lexicons
        }
        self._build()
        return self


# The spans `set_group` stored last in each group: (doc, its SpanGroup, the Span objects).
_stored: dict[str, tuple[Doc, SpanGroup, list[Span]]] = {}


def set_group(doc: Doc, key: str, spans: Iterable[Span]) -> None:
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    doc.spans[SPAN_KEYS[key]] = ordered
    _stored[key] = (doc, doc.spans[SPAN_KEYS[key]], ordered)


def group(doc: Doc, key: str) -> list[Span]:
    """The spans of group `key` (sorted by start and end), in a new list; empty if unset.

    Reading a SpanGroup makes a new Span, and three Token objects, for each span: while
    the group is still the one `set_group` stored last (the same SpanGroup with as many
    spans), the Span objects it was given are returned instead. Readers do not change them.
    """
    stored = doc.spans.get(SPAN_KEYS[key])
    if stored is None:
        return []
    last = _stored.get(key)
    if last is not None and last[0] is doc and last[1] is stored and len(stored) == len(last[2]):
        return list(last[2])
    return list(stored)
