"""The CONTRACT.md scoring rules on tiny synthetic gold and prediction cases."""

from __future__ import annotations

import json

import pytest

from claimx.errors import GoldError
from claimx.evaluate import Count, Score, evaluate, load_gold, load_gold_dir, norm, score_document, score_entities
from claimx.records import Claim
from claimx.schemas import GoldDocument, GoldEntity

DOC = (
    "Moscow denied the attack. "
    "The report urges Britain to act. "
    "Serbia rejected the plan. "
    "A paramilitary attack hit Banjska in September 2023."
)
S1, S2, S3, S4 = (
    "Moscow denied the attack.",
    "The report urges Britain to act.",
    "Serbia rejected the plan.",
    "A paramilitary attack hit Banjska in September 2023.",
)


def at(fragment: str) -> tuple[int, int]:
    start = DOC.index(fragment)
    return start, start + len(fragment)


def span(start: int, end: int) -> dict:
    return {"start": start, "end": end}


def claim(where, kind="assertion", source=None, actors=(), places=(), events=()) -> Claim:
    """A claim at `where` (a fragment of DOC or (start, end)); mentions are fragments inside it."""
    start, end = at(where) if isinstance(where, str) else where
    return Claim.model_validate({
        "id": f"d:{start}-{end}", "doc_id": "d", "type": kind, "text": DOC[start:end], "span": span(start, end),
        "source": None if source is None else {"text": source[0], "name": source[1], "kind": "document", "span": None, "explicit": True},
        "cue": None,
        "actors": [{"text": t, "name": n, "kind": "state", "span": span(*at(t))} for t, n in actors],
        "places": [{"text": t, "name": n, "span": span(*at(t))} for t, n in places],
        "events": [{"text": t, "type": "attack", "span": span(*at(t)), "date": d, "place": None} for t, d in events],
        "dates": [], "recommendation": None, "hedged": False, "negated": False,
    })


def gold(**fields) -> GoldDocument:
    return GoldDocument.model_validate({"doc_id": "d", **fields})


def counts(count: Count) -> tuple[int, int, int, int]:
    return count.correct, count.predicted, count.found, count.gold


# -- norm -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin", "kremlin"),
        ("the report", "report"),
        ("Russia's", "russia"),
        ("Russia’s", "russia"),
        ("Vučić", "vucic"),
        ("Aleksandar VUČIĆ", "aleksandar vucic"),
        ("Türkiye", "turkiye"),
        ("  New \n Diplomacy\tProject  ", "new diplomacy project"),
        ("“Kosovo,”", "kosovo"),
        ("(NATO)", "nato"),
        ("U.S.", "u.s"),
        ("Straße", "strasse"),
        ("ＮＡＴＯ", "nato"),
        ("theocracy", "theocracy"),
        ("Thessaloniki", "thessaloniki"),
        ("", ""),
        ("...", ""),
    ],
)
def test_norm(text, expected):
    assert norm(text) == expected


# -- claims ---------------------------------------------------------------------
MIDDLE = (at(S1)[0] + 10, at(S2)[0] + 10)  # "the attack. The report"


@pytest.mark.parametrize(
    ("gold_claims", "predicted", "expected"),
    [
        ([S1], [S1], (1, 1, 1, 1)),
        ([S1, S2], [S1], (1, 1, 1, 2)),
        ([S1], [S1, S2], (1, 2, 1, 1)),
        ([S1], [S1, "Moscow denied"], (1, 2, 1, 1)),  # one-to-one: the second match is a false positive
        ([S1], ["Moscow"], (1, 1, 1, 1)),  # overlap 6 is the whole shorter span
        ([S2], [MIDDLE], (0, 1, 0, 1)),  # overlap "The" is less than half of the shorter span
        ([S1], [(at(S1)[0] + 12, at(S1)[1] + 13)], (1, 1, 1, 1)),  # 13 of 26: exactly half counts
        ([S1], [(at(S1)[0] + 13, at(S1)[1] + 14)], (0, 1, 0, 1)),  # 12 of 26: below half
        ([], [S1], (0, 1, 0, 0)),
        ([S1], [], (0, 0, 0, 1)),
    ],
)
def test_claim_matching(gold_claims, predicted, expected):
    g = gold(claims=[{"text": t, "type": "assertion"} for t in gold_claims])
    score = score_document(DOC, g, [claim(p) for p in predicted])
    assert counts(score.counts["claim"]) == expected
    assert score.span_errors == 0


def test_largest_overlap_is_matched_first():
    """P1 overlaps S1 a little and S2 more; P2 overlaps S2 most. Greedy by overlap gives
    P2-S2, then P1-S1: both gold claims found."""
    p1 = (at(S1)[0] + 12, at(S2)[0] + 20)  # 14 chars of S1, 20 of S2
    p2 = (at(S2)[0] + 2, at(S2)[1])  # 30 chars of S2
    g = gold(claims=[{"text": S1, "type": "assertion"}, {"text": S2, "type": "assertion"}])
    score = score_document(DOC, g, [claim(p1), claim(p2)])
    assert counts(score.counts["claim"]) == (2, 2, 2, 2)


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ([S1], (0, 0, 0, 1)),  # matches only the optional gold claim: not counted
        ([S1, S2], (1, 1, 1, 1)),
        ([S3], (0, 1, 0, 1)),  # a prediction matching nothing is still false
    ],
)
def test_optional_gold_claims_are_not_counted(predicted, expected):
    g = gold(claims=[{"text": S1, "type": "assertion", "optional": True}, {"text": S2, "type": "recommendation"}])
    score = score_document(DOC, g, [claim(p, kind="recommendation" if p == S2 else "assertion") for p in predicted])
    assert counts(score.counts["claim"]) == expected
    assert counts(score.counts["strict"]) == expected


SOURCES = {"report": ["the report", "the document", "New Diplomacy Project report"]}


@pytest.mark.parametrize(
    ("kind", "source", "explicit", "type_ok", "source_ok", "strict"),
    [
        ("recommendation", ("The report", "report"), True, (1, 1), (1, 1), 1),
        ("recommendation", ("it", "New Diplomacy Project report"), True, (1, 1), (1, 1), 1),
        ("recommendation", ("Britain", "United Kingdom"), True, (1, 1), (0, 1), 0),
        ("recommendation", None, True, (1, 1), (0, 1), 0),
        ("assertion", ("The report", "report"), True, (0, 1), (1, 1), 0),
        ("recommendation", None, False, (1, 1), (0, 0), 1),  # source not explicit in gold: not scored
    ],
)
def test_type_source_and_strict(kind, source, explicit, type_ok, source_ok, strict):
    g = gold(sources=SOURCES, claims=[{"text": S2, "type": "recommendation", "source": "report", "source_explicit": explicit}])
    score = score_document(DOC, g, [claim(S2, kind=kind, source=source)])
    assert (score.type.right, score.type.total) == type_ok
    assert (score.source.right, score.source.total) == source_ok
    assert counts(score.counts["strict"]) == (strict, 1, strict, 1)
    assert counts(score.counts["claim"]) == (1, 1, 1, 1)


def test_gold_claim_not_in_document_is_an_error():
    with pytest.raises(GoldError, match="gold claim text not found"):
        score_document(DOC, gold(claims=[{"text": "Nowhere in the text.", "type": "assertion"}]), [])


def test_repeated_gold_claim_text_takes_successive_places():
    text = "Talks failed. Talks failed."
    g = GoldDocument(doc_id="d", claims=[{"text": "Talks failed.", "type": "assertion"}] * 2)
    preds = [
        Claim(id=f"d:{s}", doc_id="d", type="assertion", text="Talks failed.", span={"start": s, "end": s + 13}, source=None, cue=None,
              actors=[], places=[], events=[], dates=[], recommendation=None, hedged=False, negated=False)
        for s in (0, 14)
    ]
    assert counts(score_document(text, g, preds).counts["claim"]) == (2, 2, 2, 2)


def test_span_errors_are_counted():
    bad = claim(S1).model_copy(update={"text": "Moscow denied the attack!"})
    assert score_document(DOC, gold(), [bad]).span_errors == 1


# -- entities -------------------------------------------------------------------
RUSSIA = {"name": "Russia", "aliases": ["Russia", "Russian", "Moscow", "Kremlin"]}
TURKIYE = {"name": "Türkiye", "names": ["Turkey"], "aliases": ["Türkiye", "Turkey", "Ankara"]}
OPTIONAL = {"name": "Balkans", "aliases": ["Balkans", "Western Balkans"], "optional": True}


@pytest.mark.parametrize(
    ("entities", "predicted", "lenient", "canonical"),
    [
        ([RUSSIA], [("Russia", "Moscow")], (1, 1, 1, 1), (1, 1, 1, 1)),
        ([RUSSIA], [("Moscow", "Moscow")], (1, 1, 1, 1), (0, 1, 0, 1)),  # right mention, wrong canonical name
        ([RUSSIA], [("Russia", "Moscow"), ("Russia", "the Kremlin")], (1, 1, 1, 1), (1, 1, 1, 1)),  # deduplicated by name
        ([RUSSIA], [("Kremlin's", "Kremlin's")], (1, 1, 1, 1), (0, 1, 0, 1)),
        ([RUSSIA], [("Mars", "Mars")], (0, 1, 0, 1), (0, 1, 0, 1)),
        ([RUSSIA], [], (0, 0, 0, 1), (0, 0, 0, 1)),
        ([TURKIYE], [("Turkey", "Ankara")], (1, 1, 1, 1), (1, 1, 1, 1)),  # "names" lists accepted canonical forms
        ([TURKIYE], [("Turkiye", "Türkiye")], (1, 1, 1, 1), (1, 1, 1, 1)),
        ([OPTIONAL], [("Western Balkans", "Western Balkans")], (0, 0, 0, 0), (0, 1, 0, 0)),
        ([OPTIONAL, RUSSIA], [("Balkans", "Balkans"), ("Russia", "Russia")], (1, 1, 1, 1), (1, 1, 1, 1)),
    ],
)
def test_entities(entities, predicted, lenient, canonical):
    errors: list[str] = []
    got_lenient, got_canonical = score_entities(predicted, [GoldEntity.model_validate(e) for e in entities], "actor", errors)
    assert counts(got_lenient) == lenient
    assert counts(got_canonical) == canonical


def test_entities_are_scored_per_list():
    g = gold(actors=[RUSSIA], places=[{"name": "Banjska", "aliases": ["Banjska"]}])
    c = claim(S4, actors=[("Banjska", "Banjska")], places=[("Banjska", "Banjska")])
    score = score_document(DOC, g, [c])
    assert counts(score.counts["actor"]) == (0, 1, 0, 1)
    assert counts(score.counts["place"]) == (1, 1, 1, 1)


# -- events ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("gold_date", "predicted", "found"),
    [
        ("2023-09", [("paramilitary attack", "2023-09-18")], 1),
        ("2023-09", [("paramilitary attack", "2023-09")], 1),
        ("2023-09", [("attack", "2023")], 0),
        ("2023-09", [("attack", None)], 0),
        ("2023-09", [("Banjska", "2023-09")], 0),  # no trigger in the text
        (None, [("attack", None)], 1),
        (None, [("attack", "1999")], 1),
        ("2023-09", [("attack", None), ("paramilitary attack", "2023-09")], 1),
    ],
)
def test_event_found_by_trigger_and_date_prefix(gold_date, predicted, found):
    g = gold(events=[{"type": "attack", "triggers": ["Attack", "assault"], "date": gold_date, "place": "Banjska"}])
    score = score_document(DOC, g, [claim(S4, events=predicted)])
    assert (score.events.right, score.events.total) == (found, 1)


# -- files and totals -----------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read gold file"),
        (json.dumps({"doc_id": "d", "claims": [{"text": "x", "type": "opinion"}]}), "claims.0.type"),
        (json.dumps({"doc_id": "d", "colour": "red"}), "colour: Extra inputs are not permitted"),
        (json.dumps({"claims": []}), "doc_id: Field required"),
    ],
)
def test_load_gold_errors_name_the_file(tmp_path, content, message):
    path = tmp_path / "d.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message) as err:
        load_gold(path)
    assert str(err.value).startswith(str(path))


def test_load_gold_dir_needs_files(tmp_path):
    with pytest.raises(GoldError, match="no gold files"):
        load_gold_dir(tmp_path)


def test_evaluate_needs_the_raw_text():
    with pytest.raises(GoldError, match="no raw text for gold document 'd'"):
        evaluate([gold()], {}, {})


def test_evaluate_sums_documents():
    g1 = gold(claims=[{"text": S1, "type": "assertion"}])
    g2 = GoldDocument(doc_id="e", claims=[{"text": S3, "type": "assertion"}])
    total, per_doc = evaluate([g1, g2], {"d": DOC, "e": DOC}, {"d": [claim(S1)]})
    assert list(per_doc) == ["d", "e"]
    assert counts(total.counts["claim"]) == (1, 1, 1, 2)
    assert "  missed claim: 'Serbia rejected the plan.'" in total.errors


@pytest.mark.parametrize(
    ("count", "p", "r", "f1"),
    [
        (Count(), 0.0, 0.0, 0.0),
        (Count(correct=1, predicted=2, found=1, gold=1), 0.5, 1.0, 2 / 3),
        (Count(correct=3, predicted=3, found=3, gold=4), 1.0, 0.75, 6 / 7),
    ],
)
def test_count_metrics(count, p, r, f1):
    assert (count.precision, count.recall) == (p, r)
    assert count.f1 == pytest.approx(f1)


def test_summary_of_nothing_is_all_zero():
    assert Score().summary() == (
        "strictF1=0.000 actorF1=0.000 canonActorF1=0.000 placeF1=0.000 canonPlaceF1=0.000 "
        "claimF1=0.000 type=0.000 source=0.000 events=0.000"
    )
