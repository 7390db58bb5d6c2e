"""Flat tables (claims, actors, places, events) from claim records, for CSV and Parquet."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .records import Actor, Claim, Event, Place

TABLES = ("claims", "actors", "places", "events")
CLAIM_COLUMNS = (
    "id", "doc_id", "type", "text", "start", "end", "source_text", "source_name", "source_kind",
    "source_explicit", "cue", "actors", "places", "addressees", "action", "hedged", "negated",
)
MENTIONS = {"actors": Actor, "places": Place, "events": Event}


def columns(table: str) -> list[str]:
    """The columns of `table`, so that a table with no rows still has its header."""
    if table == "claims":
        return list(CLAIM_COLUMNS)
    return ["claim_id", "doc_id", *(f for f in MENTIONS[table].model_fields if f != "span"), "start", "end"]


def _empty(table: str):
    import pyarrow as pa

    kinds = {"start": pa.int64(), "end": pa.int64(), "hedged": pa.bool_(), "negated": pa.bool_(), "source_explicit": pa.bool_()}
    return pa.schema([(c, kinds.get(c, pa.string())) for c in columns(table)]).empty_table()


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
    arrow = pa.Table.from_pylist(data) if data else _empty(table)
    with atomic_path(path) as tmp:
        if fmt == "parquet":
            pq.write_table(arrow, tmp)
        else:
            pacsv.write_csv(arrow, tmp)
    return len(data)
