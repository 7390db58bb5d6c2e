"""Flat tables: one row per claim or per mention, columns fixed per table."""

from __future__ import annotations

import pytest

from claimx.export import TABLES, columns, rows

TEXT = (
    "The report urges the British government to sign security agreements with Kosovo. "
    "The paramilitary attack in Banjska in September 2023 killed a police officer."
)


@pytest.mark.parametrize("table", TABLES)
def test_rows_have_exactly_the_table_columns(extract, table):
    claims = extract(TEXT)
    data = rows(claims, table)
    assert data, f"no {table} rows"
    assert all(list(row) == columns(table) for row in data)


@pytest.mark.parametrize(
    ("table", "key", "expected"),
    [
        ("claims", "type", ["recommendation", "event"]),
        ("claims", "addressees", ["United Kingdom", None]),
        ("claims", "action", ["sign security agreements with Kosovo", None]),
        ("places", "name", ["Banjska"]),
    ],
)
def test_row_values(extract, table, key, expected):
    assert [row[key] for row in rows(extract(TEXT), table)] == expected


def test_mention_rows_point_to_their_claim(extract):
    claims = extract(TEXT)
    ids = {c.id for c in claims}
    for table in ("actors", "places", "events"):
        for row in rows(claims, table):
            assert row["claim_id"] in ids
            assert TEXT[row["start"] : row["end"]] == row["text"]
