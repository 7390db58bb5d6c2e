"""Flat tables (claims, actors, places, events) from claim records, for CSV and Parquet."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .records import Claim

TABLES = ("claims", "actors", "places", "events")


def rows(claims: Iterable[Claim], table: str) -> list[dict]:
    """One row per claim, or per actor / place / event mention with its claim's id."""
    out = []
    for c in claims:
        if table == "claims":
            out.append({
                "id": c.id, "doc_id": c.doc_id, "type": c.type, "text": c.text,
                "start": c.span.start, "end": c.span.end,
                "source_text": c.source.text if c.source else None,
                "source_name": c.source.name if c.source else None,
                "source_kind": c.source.kind if c.source else None,
                "source_explicit": c.source.explicit if c.source else None,
                "cue": c.cue.text if c.cue else None,
                "actors": "; ".join(dict.fromkeys(a.name for a in c.actors)),
                "places": "; ".join(dict.fromkeys(p.name for p in c.places)),
                "addressees": "; ".join(a.name for a in c.recommendation.addressees) if c.recommendation else None,
                "action": c.recommendation.action if c.recommendation else None,
                "hedged": c.hedged, "negated": c.negated,
            })
        else:
            for m in getattr(c, table):
                row = {"claim_id": c.id, "doc_id": c.doc_id, **m.model_dump(exclude={"span"})}
                row.update(start=m.span.start, end=m.span.end)
                out.append(row)
    return out


def write_table(claims: Iterable[Claim], table: str, fmt: str, path: Path) -> int:
    """Write `table` as CSV or Parquet to `path`; returns the number of rows."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from .io import atomic_path

    data = rows(claims, table)
    arrow = pa.Table.from_pylist(data) if data else pa.table({})
    with atomic_path(path) as tmp:
        if fmt == "parquet":
            pq.write_table(arrow, tmp)
        else:
            pacsv.write_csv(arrow, tmp)
    return len(data)
