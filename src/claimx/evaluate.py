"""Score claim records against gold files with the CONTRACT.md rules. Pure: needs no pipeline."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .errors import GoldError
from .records import Claim
from .schemas import GoldDocument, GoldEntity


def norm(text: str) -> str:
    """CONTRACT.md norm(): accents off, casefolded, no leading 'the ' or trailing 's, trimmed."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = " ".join(text.casefold().split())
    text = text.removeprefix("the ")
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(text[end - 1]).startswith("P"):
        end -= 1
    return text[start:end].strip()


@dataclass
class Count:
    """Predictions counted and right; gold items counted and found."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def add(self, other: "Count") -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, other: "Ratio") -> None:
        self.right, self.total = self.right + other.right, self.total + other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


METRICS = ("strict", "actor", "canon_actor", "place", "canon_place", "claim")


@dataclass
class Score:
    """Scores of one document, or of many added up; `errors` lists misses and false positives."""

    counts: dict[str, Count] = field(default_factory=lambda: {m: Count() for m in METRICS})
    type: Ratio = field(default_factory=Ratio)
    source: Ratio = field(default_factory=Ratio)
    events: Ratio = field(default_factory=Ratio)
    span_errors: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in METRICS:
            self.counts[name].add(other.counts[name])
        self.type.add(other.type)
        self.source.add(other.source)
        self.events.add(other.events)
        self.span_errors += other.span_errors
        self.errors += other.errors

    def summary(self) -> str:
        c = self.counts
        return (
            f"strictF1={c['strict'].f1:.3f} actorF1={c['actor'].f1:.3f} canonActorF1={c['canon_actor'].f1:.3f} "
            f"placeF1={c['place'].f1:.3f} canonPlaceF1={c['canon_place'].f1:.3f} claimF1={c['claim'].f1:.3f} "
            f"type={self.type.value:.3f} source={self.source.value:.3f} events={self.events.value:.3f}"
        )


def load_gold(path: Path) -> GoldDocument:
    try:
        return GoldDocument.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as err:
        raise GoldError(f"{path}: cannot read gold file ({err})") from None
    except ValidationError as err:
        first = err.errors()[0]
        raise GoldError(f"{path}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def load_gold_dir(directory: Path) -> list[GoldDocument]:
    files = sorted(Path(directory).glob("*.json"))
    if not files:
        raise GoldError(f"{directory}: no gold files (*.json)")
    return [load_gold(f) for f in files]


def score_entities(predicted: list[tuple[str, str]], gold: list[GoldEntity], label: str, errors: list[str]) -> tuple[Count, Count]:
    """(lenient, canonical) counts for one document; `predicted` holds (name, text) pairs."""
    lenient, canonical = Count(), Count()
    seen = {norm(n) for n, _ in predicted} | {norm(t) for _, t in predicted}
    seen_names = {norm(n) for n, _ in predicted}
    for entity in gold:
        if entity.optional:
            continue
        lenient.gold += 1
        canonical.gold += 1
        if any(norm(a) in seen for a in entity.aliases):
            lenient.found += 1
        else:
            errors.append(f"  miss {label}: {entity.name}")
        if {norm(n) for n in [entity.name, *entity.names]} & seen_names:
            canonical.found += 1
        else:
            errors.append(f"  miss canonical {label}: {entity.name}")
    groups: dict[str, set[str]] = {}
    for name, text in predicted:
        groups.setdefault(norm(name), set()).add(norm(text))
    for name, texts in groups.items():
        keys = {name} | texts
        hits = [e for e in gold if keys & {norm(a) for a in e.aliases}]
        if any(not e.optional for e in hits):
            lenient.predicted += 1
            lenient.correct += 1
        elif not hits:
            lenient.predicted += 1
            errors.append(f"  false {label}: {name}")
        canon_hits = [e for e in gold if name in {norm(n) for n in [e.name, *e.names]}]
        if any(not e.optional for e in canon_hits):
            canonical.predicted += 1
            canonical.correct += 1
        elif not canon_hits:
            canonical.predicted += 1
            errors.append(f"  false canonical {label}: {name}")
    return lenient, canonical


def _gold_spans(text: str, gold: GoldDocument) -> list[tuple[int, int] | None]:
    spans, used = [], {}
    for claim in gold.claims:
        start = text.find(claim.text, used.get(claim.text, 0))
        if start == -1:
            start = text.find(claim.text)
        spans.append((start, start + len(claim.text)) if start != -1 else None)
        if start != -1:
            used[claim.text] = start + len(claim.text)
    return spans


def score_document(text: str, gold: GoldDocument, claims: list[Claim]) -> Score:
    score = Score()
    errors = score.errors
    errors.append(f"{gold.doc_id}:")
    for claim in claims:
        pieces = [claim.span, *(m.span for m in claim.actors + claim.places + claim.events + claim.dates)]
        texts = [claim.text, *(m.text for m in claim.actors + claim.places + claim.events + claim.dates)]
        score.span_errors += sum(text[s.start : s.end] != t for s, t in zip(pieces, texts))
    for label, gold_entities, field_name in (("actor", gold.actors, "actors"), ("place", gold.places, "places")):
        predicted = [(m.name, m.text) for c in claims for m in getattr(c, field_name)]
        lenient, canonical = score_entities(predicted, gold_entities, label, errors)
        score.counts[label].add(lenient)
        score.counts[f"canon_{label}"].add(canonical)
    gold_spans = _gold_spans(text, gold)
    for g, span in zip(gold.claims, gold_spans):
        if span is None:
            raise GoldError(f"{gold.doc_id}: gold claim text not found in the document: {g.text[:60]!r}")
    pairs = []
    for pi, claim in enumerate(claims):
        for gi, span in enumerate(gold_spans):
            overlap = min(claim.span.end, span[1]) - max(claim.span.start, span[0])
            shorter = min(claim.span.end - claim.span.start, span[1] - span[0])
            if overlap > 0 and overlap * 2 >= shorter:
                pairs.append((overlap, pi, gi))
    matched: dict[int, int] = {}
    used_gold: set[int] = set()
    for _overlap, pi, gi in sorted(pairs, reverse=True):
        if pi not in matched and gi not in used_gold:
            matched[pi] = gi
            used_gold.add(gi)
    claim_count, strict = score.counts["claim"], score.counts["strict"]
    gold_required = sum(not g.optional for g in gold.claims)
    claim_count.gold += gold_required
    strict.gold += gold_required
    for pi, claim in enumerate(claims):
        gi = matched.get(pi)
        if gi is not None and gold.claims[gi].optional:
            continue
        claim_count.predicted += 1
        strict.predicted += 1
        if gi is None:
            errors.append(f"  false claim: {claim.text[:90]!r}")
            continue
        g = gold.claims[gi]
        claim_count.correct += 1
        claim_count.found += 1
        type_ok = claim.type == g.type
        score.type.total += 1
        score.type.right += type_ok
        if not type_ok:
            errors.append(f"  type {claim.type} (gold {g.type}): {claim.text[:80]!r}")
        source_ok = True
        if g.source_explicit and g.source is not None:
            aliases = {norm(a) for a in gold.sources.get(g.source, [])}
            source_ok = claim.source is not None and bool({norm(claim.source.name), norm(claim.source.text)} & aliases)
            score.source.total += 1
            score.source.right += source_ok
            if not source_ok:
                got = f"{claim.source.text!r}->{claim.source.name!r}" if claim.source else "none"
                errors.append(f"  source {got} (gold {g.source}): {claim.text[:70]!r}")
        strict.correct += type_ok and source_ok
        strict.found += type_ok and source_ok
    for gi, g in enumerate(gold.claims):
        if not g.optional and gi not in used_gold:
            errors.append(f"  missed claim: {g.text[:90]!r}")
    predicted_events = [(norm(e.text), e.date) for c in claims for e in c.events]
    for event in gold.events:
        score.events.total += 1
        found = any(
            any(norm(t) in text_ for t in event.triggers) and (event.date is None or (date or "").startswith(event.date))
            for text_, date in predicted_events
        )
        score.events.right += found
        if not found:
            errors.append(f"  missed event: {event.type} {event.triggers[:3]} {event.date}")
    return score


def evaluate(gold_documents: Iterable[GoldDocument], texts: dict[str, str], predictions: dict[str, list[Claim]]) -> tuple[Score, dict[str, Score]]:
    """(total, per-document scores). `texts` and `predictions` are keyed by doc_id."""
    total, per_doc = Score(), {}
    for gold in gold_documents:
        if gold.doc_id not in texts:
            raise GoldError(f"no raw text for gold document '{gold.doc_id}'")
        per_doc[gold.doc_id] = score_document(texts[gold.doc_id], gold, predictions.get(gold.doc_id, []))
        total.add(per_doc[gold.doc_id])
    return total, per_doc
