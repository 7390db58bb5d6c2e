"""components.base: groups of spans written with set_group and read with group."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from claimx.components.base import SPAN_KEYS, group, set_group


def test_group_reads_the_spans_set_group_stored_while_the_group_is_unchanged():
    doc = spacy.blank("en")("Talks in Geneva and Paris ended.")
    spans = [Span(doc, 4, 5, label="place"), Span(doc, 2, 3, label="place")]
    set_group(doc, "places", spans)
    read = group(doc, "places")
    assert [(s.start, s.end) for s in read] == [(2, 3), (4, 5)]
    assert read[0] is spans[1] and read is not group(doc, "places")
    doc.spans[SPAN_KEYS["places"]].append(Span(doc, 0, 1, label="place"))
    assert [(s.start, s.end) for s in group(doc, "places")] == [(2, 3), (4, 5), (0, 1)]
    doc.spans[SPAN_KEYS["places"]] = [Span(doc, 0, 1, label="other")]
    assert [s.label_ for s in group(doc, "places")] == ["other"]


def test_group_is_empty_where_unset_and_never_reads_another_docs_spans():
    nlp = spacy.blank("en")
    first, second = nlp("One text here."), nlp("Another text here.")
    assert group(first, "dates") == []
    set_group(first, "dates", [Span(first, 0, 1, label="year")])
    second.spans[SPAN_KEYS["dates"]] = [Span(second, 1, 2, label="day_word")]
    assert [s.label_ for s in group(second, "dates")] == ["day_word"]
    assert group(second, "dates")[0].doc is second
