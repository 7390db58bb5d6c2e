"""People and organisations that no list holds, found from titles, roles and name shapes."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .base import SPAN_KEYS, LexiconComponent, set_group

PARTICLES = {"al", "el", "bin", "ibn", "abu", "ben", "de", "da", "del", "dela", "delos", "della", "di", "van", "von", "der", "den", "ter", "la", "le", "du", "dos", "das", "mac", "zu"}
CONNECTORS = {"of", "for", "on", "and", "the", "&", "de"}
NOT_NAMES = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
    "In", "On", "At", "But", "And", "Or", "As", "If", "When", "While", "After", "Before",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow", "According",
    "Some", "Many", "Most", "All", "Both", "Several", "Other", "Such", "No", "Each", "Every",
    "Any", "His", "Her", "Their", "Its", "Our", "My", "Your", "There", "Here", "What",
    "Which", "Who", "Why", "How", "Where", "Also", "However", "Meanwhile", "Despite",
    "Under", "Over", "With", "Without", "Through", "During", "Since", "Until", "From", "For",
    "By", "Of", "To", "Into", "Among", "Between", "Against", "Following", "Amid", "Along",
    "Across", "Beyond", "Within", "Near", "Unlike", "Like", "About", "Upon", "Toward", "Towards",
}
MAX_NAME_TOKENS = 4
QUOTES = {'"', "“", "”"}
REPORTING = {"said", "says", "told", "added", "stated", "wrote", "noted", "warned", "argued", "explained", "insisted", "claimed", "according"}


def is_name_token(token) -> bool:
    text = token.text
    return (
        text[:1].isupper()
        and any(c.isalpha() for c in text)
        and text not in NOT_NAMES
        and not token.is_punct
    )


def _particles_then_name(doc: Doc, i: int) -> bool:
    """'von der Leyen', 'bin Salman': name particles followed by a name."""
    while i < len(doc) and doc[i].lower_ in PARTICLES:
        i += 1
    return i < len(doc) and is_name_token(doc[i])


def title_case(text: str) -> str:
    """A person's name as Wikipedia titles it: 'Slobodan MILOSEVIC' -> 'Slobodan Milosevic'
    (Factbook prints surnames in capitals), 'Donald J. Trump' -> 'Donald Trump'."""
    words = re.sub(r'\s*["“”][^"“”]*["“”]\s*', " ", text).split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not (len(w) == 2 and w.endswith("."))), words[-1]]
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)


class NameFinder(LexiconComponent):
    """Finds people (after titles and roles, before reporting verbs, in appositions)
    and organisations (capitalised names ending in a head noun such as "Church",
    "Police", "Ministry of ...") in `doc.spans["claimx_names"]`; the span id is the
    name in its fullest form. Shape rules are not applied inside headlines, whose
    title case says nothing about names.
    """

    lexicons = ("titles", "org_heads")

    def _build(self) -> None:
        self.titles = self.phrase_matcher([e for e in self.entries("titles") if e.kind != "portfolio"], attr="ORTH")
        self.heads = {p: e.kind for e in self.entries("org_heads") for p in e.phrases}
        self.roles = {p for e in self.entries("titles", "role") for p in e.phrases if " " not in p}
        self.portfolios = {p for e in self.entries("titles", "portfolio") for p in e.phrases}
        self.offices = {p.lower() for e in self.entries("titles", "office") for p in e.phrases if " " not in p}

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        known = self._known_tokens(doc)
        headline = self._headline_tokens(doc)
        found: list[Span] = []
        found += self._after_titles(doc, known, headline)
        found += self._organisations(doc, known, headline)
        found += self._by_shape(doc, known, headline)
        set_group(doc, "names", filter_spans(found))
        return doc

    @staticmethod
    def _known_tokens(doc: Doc) -> set[int]:
        return {i for span in doc.spans.get(SPAN_KEYS["gazetteer"], []) for i in range(span.start, span.end)}

    @staticmethod
    def _headline_tokens(doc: Doc) -> set[int]:
        return {i for span in doc.spans.get(SPAN_KEYS["headlines"], []) for i in range(span.start, span.end)}

    def _name_run(self, doc: Doc, start: int, known: set[int], limit: int = MAX_NAME_TOKENS) -> int:
        """End of the run of name tokens starting at `start` (== start when none)."""
        end, skipped = start, 0
        while end < len(doc) and end - start - skipped < limit:
            token = doc[end]
            if is_name_token(token) and end not in known and token.text not in self.heads:
                end += 1
            elif token.lower_ in PARTICLES and end > start and _particles_then_name(doc, end):
                end += 1
            elif token.lower_ in PARTICLES and end + 2 < len(doc) and doc[end + 1].text == "-" and not token.whitespace_ and is_name_token(doc[end + 2]):
                end += 2  # "al-Eryani"
            elif token.text in QUOTES and end > start and end + 3 < len(doc) and is_name_token(doc[end + 1]) and doc[end + 2].text in QUOTES and is_name_token(doc[end + 3]):
                end += 3  # a nickname: 'Thomas "Tommy" Pigott'
                skipped += 3
            elif token.text == "-" and not doc[end - 1].whitespace_ and end > start and end + 1 < len(doc) and is_name_token(doc[end + 1]):
                end += 1
            else:
                break
        return end

    def _person(self, doc: Doc, start: int, end: int) -> Span:
        return Span(doc, start, end, label="person", span_id=title_case(doc[start:end].text))

    def _after_titles(self, doc: Doc, known: set[int], headline: set[int]) -> list[Span]:
        people = []
        for match_id, start, end in self.titles(doc):
            begin = end
            if end < len(doc) and doc[end].lower_ == "of":
                # "Secretary of Energy Jeffrey Kupfer", "Minister of Foreign Affairs Sergey Lavrov":
                # skip the portfolio, the name follows
                begin = end + 1
                while begin < len(doc) and (doc[begin].text in self.portfolios or doc[begin].lower_ in {"the", "and"}):
                    begin += 1
                if begin == end + 1:
                    continue
            limit = 2 if start in headline else MAX_NAME_TOKENS
            stop = self._name_run(doc, begin, known, limit)
            if stop > begin and not (stop < len(doc) and doc[stop].text in self.heads):
                people.append(self._person(doc, begin, stop))
        return people

    def _organisations(self, doc: Doc, known: set[int], headline: set[int]) -> list[Span]:
        orgs = []
        for i, token in enumerate(doc):
            kind = self.heads.get(token.text)
            if not kind or i in headline:
                continue
            start = i
            while start > 0 and (is_name_token(doc[start - 1]) or doc[start - 1].text == "and" and start - 2 >= 0 and is_name_token(doc[start - 2])):
                if doc[start - 1].is_sent_start and doc[start - 1].text in NOT_NAMES:
                    break
                start -= 1
            end = i + 1
            if end + 1 < len(doc) and doc[end].lower_ in {"of", "for", "on", "to"}:
                tail = end + 1
                if doc[tail].lower_ == "the":
                    tail += 1
                tail_end = tail
                while tail_end < len(doc) and (is_name_token(doc[tail_end]) or (doc[tail_end].lower_ in CONNECTORS and tail_end + 1 < len(doc) and is_name_token(doc[tail_end + 1]))):
                    tail_end += 1
                if tail_end > tail:
                    end = tail_end
            if end - start < 2 or doc[start].lower_ == "and":
                continue
            name = doc[start:end].text
            orgs.append(Span(doc, start, end, label=kind, span_id=name))
        return orgs

    def _by_shape(self, doc: Doc, known: set[int], headline: set[int]) -> list[Span]:
        """'Slobodan MILOSEVIC'; 'John Kirby said'; 'said John Kirby'; 'X, a spokesman'."""
        titles = {i for _, start, end in self.titles(doc) for i in range(start, end)}
        people = []
        i = 0
        while i < len(doc):
            if not is_name_token(doc[i]) or i in known or i in titles:
                i += 1
                continue
            end = self._name_run(doc, i, known)
            if i in headline and not self._signed(doc, end):
                i = max(end, i + 1)
                continue
            if end - i >= 2 and self._looks_like_person(doc, i, end):
                people.append(self._person(doc, i, end))
            i = max(end, i + 1)
        return people

    def _signed(self, doc: Doc, end: int) -> bool:
        """A signature line: 'Thomas "Tommy" Pigott, Spokesperson'."""
        return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in self.roles | self.offices

    def _looks_like_person(self, doc: Doc, start: int, end: int) -> bool:
        words = doc[start:end]
        if any(t.is_upper and len(t) > 2 for t in words[1:]) and words[0].is_title:
            return True
        after = doc[end] if end < len(doc) else None
        before = doc[start - 1] if start > 0 else None
        if after is not None and after.lower_ in REPORTING:
            return True
        if after is not None and after.lower_ in {"of", "from"} and any(t.lower_ in REPORTING for t in doc[end + 1 : end + 9]):
            return True  # "Kristian Andersen of Scripps Research said"
        if before is not None and before.lower_ in {"'s", "’s"}:
            return True  # "Korea's Kim Shin-Wook"
        if before is not None and before.lower_ in REPORTING and before.i > 0 and doc[before.i - 1].text in {",", "”", '"'}:
            return True
        if after is not None and after.text == "," and end + 1 < len(doc):
            return any(t.lower_ in self.roles | self.offices for t in doc[end + 1 : end + 5])
        return False
