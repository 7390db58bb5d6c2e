"""Properties over arbitrary input: extraction never raises and offsets always slice;
the JSONL reader never raises and reads back what was written."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.batch import extract_text
from claimx.io import Document, Failure, parse_jsonl

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# pieces news text is made of, and the characters that break naive text handling
PIECES = st.sampled_from([
    "The report says ", "Serbia ", "Moscow ", "the Kremlin ", "said ", "according to ", "should ",
    "U.S. ", "Mr. ", "September 2023", "last week", "17 February 2008", "attack ", "in northern Kosovo",
    ". ", "? ", "“", "”", '"', "(", ")", ",", "\n", "\n\n", "\r\n", "\u2028", "\u2029", "\x00", "\x0b", "\x0c",
    "\x85", "\t", "\ufeff", "\u200b", "\u0301", "e\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0633\u0644\u0627\u0645",
    "\u202e", "\U0001f600", "\U0001f1f7\U0001f1f8", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\ud7ff", "Ａ", "ß", "İ",
    "Post a Comment", "Photo: ", "By ", "    ", "-", "—", "…",
])
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join),
)


@SETTINGS
@given(text=TEXTS, date=st.one_of(st.none(), st.just("2023-10-05"), st.text(max_size=12)))
def test_extraction_never_raises_and_spans_slice(nlp, text, date):
    claims = extract_text(nlp, text, doc_id="fuzz", date=date)
    for claim in claims:
        assert text[claim.span.start : claim.span.end] == claim.text
        parts = [claim.cue, *claim.actors, *claim.places, *claim.events, *claim.dates]
        if claim.source is not None and claim.source.span is not None:
            parts.append(claim.source)
        for part in parts:
            if part is not None:
                assert text[part.span.start : part.span.end] == part.text
    assert len({c.id for c in claims}) == len(claims)


JSON_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20), st.lists(st.integers(), max_size=3))
ARTICLE_LINES = st.dictionaries(
    st.sampled_from(["id", "text", "date", "title", "url", "extra"]), JSON_VALUES, max_size=6
).map(json.dumps)


@SETTINGS
@given(text=st.one_of(st.text(), st.lists(st.one_of(ARTICLE_LINES, st.text(max_size=30)), max_size=8).map("\n".join)))
def test_parse_jsonl_never_raises(text):
    for item in parse_jsonl(text, "in.jsonl"):
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Document):
            assert isinstance(item.id, str) and item.id
            assert isinstance(item.text, str) and item.text.strip()
            assert item.date is None or isinstance(item.date, str)
        else:
            assert item.where.startswith("in.jsonl:")


ARTICLES = st.lists(
    st.fixed_dictionaries({
        "id": st.text(min_size=1, max_size=10),
        "text": st.text(min_size=1).filter(str.strip),
    }),
    min_size=1,
    max_size=5,
)


@SETTINGS
@given(articles=ARTICLES, ascii_only=st.booleans())
def test_parse_jsonl_reads_back_what_json_writes(articles, ascii_only):
    """Any text (U+2028, U+0085, form feeds...) survives a JSONL round trip, escaped or not."""
    text = "".join(json.dumps(a, ensure_ascii=ascii_only) + "\n" for a in articles)
    items = list(parse_jsonl(text, "in.jsonl"))
    assert [(d.id, d.text) for d in items if isinstance(d, Document)] == [(a["id"], a["text"]) for a in articles]


@SETTINGS
@given(text=TEXTS, size=st.integers(min_value=1, max_value=200))
def test_chunks_cover_any_text_in_order(text, size):
    from claimx.batch import chunks

    pieces = list(chunks(text, size))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= size for _, p in pieces)
    assert [start for start, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]
