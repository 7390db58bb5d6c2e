"""TokenView: the token attributes the components read must equal spaCy's own."""

from __future__ import annotations

import spacy

import pytest

from claimx.components.tokens import after_hyphen, is_name_token, mentions_of, view, written_inside

TEXT = (
    "  “We will not negotiate,” said U.S. Secretary of State Marco Rubio on 5 May 2024.\n\n"
    "Ukraine’s FOREIGN ministry — in Kyiv — said 3.5% of the 1,200 troops had left.   Done!\n"
    "Ünïcödé names: Vučić, al-Eryani and O'Brien.\t"
)


def test_every_attribute_equals_the_tokens_own():
    doc = spacy.blank("en")(TEXT)
    tokens = view(doc)
    assert len(tokens) == len(doc)
    for t in doc:
        i = t.i
        assert tokens.text[i] == t.text
        assert tokens.lower[i] == t.lower_
        assert tokens.idx[i] == t.idx
        assert bool(tokens.whitespace[i]) == bool(t.whitespace_)
        for flag in ("is_space", "is_alpha", "is_punct", "is_lower", "is_title", "is_upper", "is_digit"):
            assert bool(getattr(tokens, flag)[i]) == getattr(t, flag), (flag, t.text)
        assert bool(tokens.is_name[i]) == is_name_token(t), t.text


def test_text_and_span_text_equal_spacys():
    doc = spacy.blank("en")(TEXT)
    tokens = view(doc)
    assert tokens.string == doc.text == TEXT
    for start in range(len(doc)):
        for end in range(start, min(start + 6, len(doc)) + 1):
            assert tokens.span_text(start, end) == doc[start:end].text


def test_names_are_capitalised_words_that_are_not_function_words():
    tokens = view(spacy.blank("en")("The envoy met Marco Rubio in May, However it rained."))
    named = [w for w, name in zip(tokens.text, tokens.is_name) if name]
    assert named == ["Marco", "Rubio"]


def test_a_view_is_reused_for_its_document_and_made_anew_for_another():
    nlp = spacy.blank("en")
    first, second = nlp("One text."), nlp("Another, longer text.")
    assert view(first) is view(first)
    other = view(second)
    assert other.text == ["Another", ",", "longer", "text", "."]
    assert view(first).text == ["One", "text", "."]


def test_an_empty_document_has_an_empty_view():
    tokens = view(spacy.blank("en")(""))
    assert len(tokens) == 0 and tokens.string == "" and tokens.span_text(0, 0) == ""


@pytest.mark.parametrize(
    ("text", "forms", "titles", "found"),
    [
        # alone, at a sentence's start too; not inside a longer name
        ("Vestas rose. Shares in Vestas fell. Vestas Wind Systems fell.", {("Vestas",)}, frozenset(), ["Vestas", "Vestas"]),
        ("The Center for Research and Education said. Education matters.", {("Education",)}, frozenset(), ["Education"]),
        # after a title word, which is no name of its own
        ("Chief Superintendent Graciano Mijares spoke.", {("Graciano", "Mijares")}, frozenset({"superintendent"}), ["Graciano Mijares"]),
        ("Chief Superintendent Graciano Mijares spoke.", {("Graciano", "Mijares")}, frozenset(), []),
    ],
)
def test_mentions_of_a_name_stand_alone(text, forms, titles, found):
    doc = spacy.blank("en")(text)
    assert [doc[start:end].text for start, end in mentions_of(view(doc), forms, set(), titles)] == found


def test_after_hyphen_is_a_word_joined_to_the_one_before():
    doc = spacy.blank("en")("The Director-General said the US - China talks were state-run.")
    tokens = view(doc)
    assert [t.text for t in doc if after_hyphen(tokens, t.i)] == ["General", "run"]


def test_written_inside_holds_the_title_case_words_past_a_sentence_start():
    doc = spacy.blank("en")("Vestas said profits rose. Results showed shares in Vestas fell.")
    doc[5].is_sent_start = True  # "Results"
    assert written_inside(view(doc)) == {"Vestas"}
