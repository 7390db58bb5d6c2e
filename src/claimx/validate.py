"""Check claim-record files against the contract and load them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from .errors import InputError
from .io import read_records
from .records import Claim


def problems(path: Path) -> Iterator[str]:
    """'FILE:LINE field: message' for every problem of a claims JSONL file."""
    seen: dict[str, int] = {}
    for number, obj, error in read_records(path):
        where = f"{path}:{number}"
        if error:
            yield f"{where} (line): {error}"
            continue
        try:
            claim = Claim.model_validate(obj)
        except ValidationError as err:
            for e in err.errors():
                yield f"{where} {'.'.join(map(str, e['loc'])) or '(line)'}: {e['msg']}"
            continue
        if claim.id in seen:
            yield f"{where} id: duplicate of line {seen[claim.id]} ({claim.id})"
        seen.setdefault(claim.id, number)
        if claim.span.end - claim.span.start != len(claim.text):
            yield f"{where} span: length {claim.span.end - claim.span.start} differs from the text's {len(claim.text)}"
        for name in ("actors", "places", "events", "dates"):
            for i, mention in enumerate(getattr(claim, name)):
                if mention.span.end - mention.span.start != len(mention.text):
                    yield f"{where} {name}.{i}.span: length differs from the text's"
                if not (claim.span.start <= mention.span.start and mention.span.end <= claim.span.end):
                    yield f"{where} {name}.{i}.span: outside the claim's span"


def load_claims(path: Path) -> list[Claim]:
    """All records of a claims JSONL file; the first invalid line raises InputError."""
    for problem in problems(path):
        raise InputError(f"{problem} (run `claimx validate {path}` for all problems)")
    return [Claim.model_validate(obj) for _, obj, _ in read_records(path)]
