"""The output records: the CONTRACT.md v1 fields, their types, and nothing else."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from claimx.records import SCHEMA_VERSION, Claim
from claimx.convert import title

CONTRACT_FIELDS = [
    "schema_version", "id", "doc_id", "type", "text", "span", "source", "cue", "actors",
    "places", "events", "dates", "recommendation", "hedged", "negated",
]
NESTED = {
    "Span": {"start", "end"},
    "Source": {"text", "name", "kind", "span", "explicit"},
    "Cue": {"text", "span"},
    "Actor": {"text", "name", "kind", "span"},
    "Place": {"text", "name", "span"},
    "Event": {"text", "type", "span", "date", "place"},
    "DateMention": {"text", "value", "span"},
    "Recommendation": {"addressees", "action"},
}
# fields claimx adds to the contract's (CONTRACT.md: add fields freely, never drop one)
EXTENSIONS = {"Event": {"date_source"}}


def record(**changes) -> dict:
    base = {
        "id": "d:0-27",
        "doc_id": "d",
        "type": "assertion",
        "text": "Moscow denied the attack.",
        "span": {"start": 0, "end": 25},
        "source": {"text": "Moscow", "name": "Russia", "kind": "state", "span": {"start": 0, "end": 6}, "explicit": True},
        "cue": {"text": "denied", "span": {"start": 7, "end": 13}},
        "actors": [{"text": "Moscow", "name": "Russia", "kind": "state", "span": {"start": 0, "end": 6}}],
        "places": [],
        "events": [{"text": "attack", "type": "attack", "span": {"start": 18, "end": 24}, "date": None, "place": None}],
        "dates": [],
        "recommendation": None,
        "hedged": False,
        "negated": True,
    }
    base.update(changes)
    return base


def test_contract_fields_are_all_there():
    assert list(Claim.model_fields) == CONTRACT_FIELDS


def test_json_schema_names_every_nested_field():
    schema = Claim.model_json_schema()
    assert set(schema["required"]) == set(CONTRACT_FIELDS) - {"schema_version"}
    for name, fields in NESTED.items():
        assert set(schema["$defs"][name]["properties"]) == fields | EXTENSIONS.get(name, set())


def test_valid_record_round_trips_through_json():
    claim = Claim.model_validate(record())
    assert claim.schema_version == SCHEMA_VERSION == "1.0"
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": "opinion"}, "type"),
        ({"extra": 1}, "extra"),
        ({"span": {"start": -1, "end": 4}}, "span.start"),
        ({"span": {"start": 0}}, "span.end"),
        ({"hedged": "maybe"}, "hedged"),
        ({"source": {"text": "x", "name": "x", "kind": "alien", "span": None, "explicit": True}}, "source.kind"),
        ({"actors": [{"text": "Mars", "name": "Mars", "kind": "planet", "span": {"start": 0, "end": 4}}]}, "actors.0.kind"),
        ({"recommendation": {"addressees": []}}, "recommendation.action"),
    ],
)
def test_invalid_record_is_rejected_at_the_field(changes, field):
    with pytest.raises(ValidationError) as err:
        Claim.model_validate(record(**changes))
    assert field in {".".join(map(str, e["loc"])) for e in err.value.errors()}


@pytest.mark.parametrize("missing", [f for f in CONTRACT_FIELDS if f != "schema_version"])
def test_every_contract_field_is_required(missing):
    data = record()
    del data[missing]
    with pytest.raises(ValidationError):
        Claim.model_validate(data)


@pytest.mark.parametrize(
    ("name", "titled"),
    [
        ("Federation Council (Russia)", "Federation Council"),
        ("GRU (Russian Federation)", "GRU"),
        ("Scorpions (paramilitary)", "Scorpions"),
        # a bracket that is part of the title stays
        ("Janata Dal (United)", "Janata Dal (United)"),
        ("Frankfurt (Oder)", "Frankfurt (Oder)"),
        ("Russia", "Russia"),
    ],
)
def test_canonical_name_drops_a_gazetteers_disambiguation(name, titled):
    assert title(name) == titled


def test_record_names_a_body_by_its_title(extract):
    (claim,) = extract("The Federation Council approved the treaty on Monday.")
    assert [a.name for a in claim.actors] == ["Federation Council"]
