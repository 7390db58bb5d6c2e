"""Sentences that respect lines, paragraphs and headlines; page furniture marked apart."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from .base import LexiconComponent, set_group

FINAL = {".", "!", "?", "…", "..."}
CLOSERS = {"”", '"', "’", "'", ")", "]", "»"}
OPENERS = {"“", '"', "‘", "'", "(", "[", "«", "—", "-"}
# Capitalised words that start a new sentence after an abbreviation such as "U.S."
STARTERS = {
    "the", "this", "these", "that", "those", "it", "its", "he", "she", "they", "we", "i",
    "in", "on", "at", "a", "an", "but", "and", "however", "according", "as", "after",
    "since", "today", "yesterday", "there", "our", "their", "his", "her", "when", "while",
}
MAX_HEADLINE_WORDS = 25
MAX_FURNITURE_PREFIX_WORDS = 12


class Segmenter(LexiconComponent):
    """Sets sentence starts; stores headline and furniture lines in `doc.spans`.

    A line break always ends a sentence; a full stop, question or exclamation mark
    (with any closing quotes) followed by a space and a capitalised word does too.
    A line without final punctuation is a headline. A line listed in the
    `furniture` lexicon ("Post a Comment") or opening with a furniture prefix
    ("Photo:", "By ...") is page furniture and yields no claim.
    """

    lexicons = ("furniture",)

    def _build(self) -> None:
        self.lines = {
            phrase.casefold(): entry.id
            for entry in self.entries("furniture", "line")
            for phrase in entry.phrases
        }
        self.prefixes = [
            (tuple(t.text.casefold() for t in self.nlp.make_doc(p)), e.id)
            for e in self.entries("furniture", "prefix")
            for p in e.phrases
        ]

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        starts = numpy.full((len(doc), 1), -1, dtype="int32")
        if len(doc):
            starts[0] = 1
        # a boundary can only follow a line break or final punctuation (with closing quotes)
        candidates = {t.i + 1 for t in doc if t.is_space or t.text in FINAL or t.text.endswith(".")}
        candidates |= {t.i + 1 for t in doc if t.text in CLOSERS and t.i + 1 < len(doc)}
        for i in candidates:
            if 0 < i < len(doc) and self._is_boundary(doc, i):
                starts[i] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))
        headlines, furniture = [], []
        for line in self._lines(doc):
            kind = self._furniture_id(line)
            if kind:
                furniture.append(Span(doc, line.start, line.end, label="furniture", span_id=kind))
            elif self._is_headline(line):
                headlines.append(Span(doc, line.start, line.end, label="headline"))
        set_group(doc, "furniture", furniture)
        set_group(doc, "headlines", headlines)
        return doc

    @staticmethod
    def _is_boundary(doc: Doc, i: int) -> bool:
        token, prev = doc[i], doc[i - 1]
        if token.is_space:
            return False
        if prev.is_space:
            if any(c in prev.text for c in "\n\u2028\u2029"):
                return True
            if i < 2:
                return False
            j = i - 2  # "incident.  We reaffirm": a run of spaces after the full stop
        elif not prev.whitespace_:
            return False
        else:
            j = i - 1
        while j > 0 and doc[j].text in CLOSERS:
            j -= 1
        end = doc[j]
        starts_sentence = token.text[:1].isupper() or token.is_digit or token.text in OPENERS
        if not starts_sentence:
            return False
        if end.text in FINAL:
            return True
        # "... in the U.S. The talks": a dotted abbreviation ends a sentence only
        # before a word that typically opens one.
        return (
            len(end.text) > 2
            and end.text.endswith(".")
            and end.text.count(".") > 1
            and token.lower_ in STARTERS
        )

    @staticmethod
    def _lines(doc: Doc) -> list[Span]:
        lines, start = [], None
        for i, token in enumerate(doc):
            if token.is_space and "\n" in token.text:
                if start is not None:
                    lines.append(doc[start:i])
                start = None
            elif start is None and not token.is_space:
                start = i
        if start is not None:
            end = len(doc)
            while end > start and doc[end - 1].is_space:
                end -= 1
            lines.append(doc[start:end])
        return lines

    def _furniture_id(self, line: Span) -> str | None:
        text = " ".join(line.text.split()).casefold()
        if text in self.lines:
            return self.lines[text]
        if not any(t.is_alpha for t in line):
            return "furniture.symbols"
        words = [t.text.casefold() for t in line if not t.is_space]
        if len(words) > MAX_FURNITURE_PREFIX_WORDS:
            return None
        for prefix, entry_id in self.prefixes:
            n = len(prefix)
            if tuple(words[:n]) == prefix and (len(words) == n or _capitalised(line, n)):
                return entry_id
        return None

    @staticmethod
    def _is_headline(line: Span) -> bool:
        words = [t for t in line if t.is_alpha]
        if not words or len(words) > MAX_HEADLINE_WORDS:
            return False
        if any(t.text in FINAL for t in line):
            return False
        last = [t for t in line if t.text not in CLOSERS and not t.is_space][-1]
        return last.text != ":" and last.text[-1:] not in FINAL


def _capitalised(line: Span, n: int) -> bool:
    """Whether the word after an n-token prefix is capitalised ("By Jane Doe", not "By fomenting")."""
    rest = [t for t in line[n:] if not t.is_punct]
    return not rest or rest[0].text[:1].isupper() or not rest[0].is_alpha
