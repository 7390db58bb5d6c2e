"""Sentences that respect lines, paragraphs and headlines; page furniture marked apart."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from .base import LexiconComponent, set_group
from .tokens import TokenView, view

FINAL = {".", "!", "?", "…", "..."}
CLOSERS = {"”", '"', "’", "'", ")", "]", "»"}
OPENERS = {"“", '"', "‘", "'", "(", "[", "«", "—", "-"}
# marks that open the item of a list on its line ("- Sanctions on ...", "• Travel bans ...")
BULLETS = {"-", "–", "—", "•", "*", "·", "▪", "◦", "‣", "●"}
ENDINGS = FINAL | CLOSERS
# Capitalised words that start a new sentence after an abbreviation such as "U.S."
# abbreviations that a number follows: "No. 4", "Art. 5", "pp. 110-255"; not "voters said no. 67 percent ..."
NUMBER_ABBREVIATIONS = {"No", "Nos", "Art", "Arts", "Vol", "Para", "Sec", "Fig", "p", "pp"}
STARTERS = {
    "the", "this", "these", "that", "those", "it", "its", "he", "she", "they", "we", "i",
    "in", "on", "at", "a", "an", "but", "and", "however", "according", "as", "after",
    "since", "today", "yesterday", "there", "our", "their", "his", "her", "when", "while",
    "during", "following", "despite", "meanwhile", "earlier", "later", "although", "because", "both",
}
MAX_HEADLINE_WORDS = 25
MAX_LABEL_TOKENS = 16
MIN_LABEL_WORDS = 4
LABEL_FUNCTION_WORDS = {"of", "and", "in", "the", "for", "to", "on", "a", "an", "with", "at", "by", "from"}
MAX_FURNITURE_PREFIX_WORDS = 12
MAX_CREDIT_WORDS = 24  # "Associated Press writers X in Tokyo and Y in Seoul contributed to this report."


class Segmenter(LexiconComponent):
    """Sets sentence starts; stores headline and furniture lines, and the labels in title
    case that open paragraphs, in `doc.spans`.

    A line break always ends a sentence; a full stop, question or exclamation mark
    (with any closing quotes) followed by a space and a capitalised word does too.
    A line without final punctuation is a headline. A line listed in the
    `furniture` lexicon ("Post a Comment"), opening with a furniture prefix ("Photo:",
    "By ...") or, short, closing with a credit ("... contributed to this report.") is page
    furniture and yields no claim.
    """

    lexicons = ("furniture",)

    def _build(self) -> None:
        self.lines = {
            phrase.casefold(): entry.id
            for entry in self.entries("furniture", "line")
            for phrase in entry.phrases
        }
        self.prefixes = self._phrase_words("prefix")
        # a line of any length that opens with these points elsewhere ("For more information
        # on today's action, please see ...")
        self.leads = self._phrase_words("lead")
        # a short line that ends so credits its reporters ("AP writer Jane Doe contributed to this report.")
        self.suffixes = self._phrase_words("suffix")

    def _phrase_words(self, kind: str) -> list[tuple[tuple[str, ...], str]]:
        """The casefolded words of each phrase of the furniture entries of a kind, with the entry's id."""
        return [(tuple(t.text.casefold() for t in self.nlp.make_doc(p)), e.id) for e in self.entries("furniture", kind) for p in e.phrases]

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        tokens = view(doc)
        text, n = tokens.text, len(tokens)
        starts = numpy.full((n, 1), -1, dtype="int32")
        if n:
            starts[0] = 1
        # a boundary can only follow a line break or final punctuation (with closing quotes)
        after = [i + 1 for i, (word, space) in enumerate(zip(text[:-1], tokens.is_space)) if space or word in ENDINGS or word.endswith(".")]
        starts[[i for i in after if _is_boundary(tokens, i)]] = 1
        lines = _lines(tokens)
        # a list item's text is a sentence of its own, without its bullet
        starts[[start + 1 for start, end in lines if end - start > 1 and text[start] in BULLETS and tokens.whitespace[start]]] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))
        headlines, furniture, labels = [], [], []
        for start, end in lines:
            kind = self._furniture_id(tokens, start, end)
            if kind:
                furniture.append(Span(doc, start, end, label="furniture", span_id=kind))
            elif _is_headline(tokens, start, end):
                headlines.append(Span(doc, start, end, label="headline"))
            elif (colon := _label_end(tokens, start, end)) is not None:
                labels.append(Span(doc, start, colon, label="label"))
        set_group(doc, "furniture", furniture)
        set_group(doc, "headlines", headlines)
        set_group(doc, "labels", labels)
        return doc

    def _furniture_id(self, tokens: TokenView, start: int, end: int) -> str | None:
        text = " ".join(tokens.span_text(start, end).split()).casefold()
        if text in self.lines:
            return self.lines[text]
        if not any(tokens.is_alpha[start:end]):
            return "furniture.symbols"
        words = [w.casefold() for w, space in zip(tokens.text[start:end], tokens.is_space[start:end]) if not space]
        bracketed = len(words) > 2 and words[0] in {"(", "["} and words[-1] in {")", "]"}
        if bracketed:
            words = words[1:]  # "(Additional reporting by Ahmed Tolba in Cairo; Writing by Nadine Awadalla)"
        for lead, entry_id in self.leads:
            if tuple(words[: len(lead)]) == lead:
                return entry_id
        ending = words[:-1] if words and words[-1] in {".", ")", "]"} else words
        for suffix, entry_id in self.suffixes:
            if len(words) <= MAX_CREDIT_WORDS and tuple(ending[-len(suffix) :]) == suffix:
                return entry_id
        if len(words) > MAX_FURNITURE_PREFIX_WORDS and not bracketed:
            return None
        for prefix, entry_id in self.prefixes:
            n = len(prefix)
            if tuple(words[:n]) == prefix and (len(words) == n or _capitalised(tokens, start + n + bracketed, end)):
                return entry_id
        return None


def _is_boundary(tokens: TokenView, i: int) -> bool:
    text = tokens.text
    if tokens.is_space[i]:
        return False
    if tokens.is_space[i - 1]:
        if any(c in text[i - 1] for c in "\n\u2028\u2029"):
            return True
        if i < 2:
            return False
        j = i - 2  # "incident.  We reaffirm": a run of spaces after the full stop
    elif not tokens.whitespace[i - 1]:
        return False
    else:
        j = i - 1
    while j > 0 and text[j] in CLOSERS:
        j -= 1
    end = text[j]
    starts_sentence = text[i][:1].isupper() or tokens.is_digit[i] or text[i] in OPENERS
    if not starts_sentence:
        return False
    if end in FINAL:
        # "Flash Update No. 4", "Art. 5": the number's abbreviation, no full stop
        return not (end == "." and j == i - 1 and tokens.is_digit[i] and text[j - 1] in NUMBER_ABBREVIATIONS)
    if len(end) == 2 and end[0].isupper() and end[1] == "." and tokens.is_lower[j - 1] and tokens.lower[i] in STARTERS and len(text[i]) > 1:
        return True  # "he wrote on X. He accused": a one-letter name after a lower-case word, no initial
    # "... in the U.S. The talks", "... retired as a Lt. Col. He now ...": an abbreviation
    # ends a sentence only before a word that typically opens one, and one with a single
    # full stop not before a letter ('identified only as "Mr. A"')
    return len(end) > 2 and end.endswith(".") and tokens.lower[i] in STARTERS and (end.count(".") > 1 or len(text[i]) > 1)


def _lines(tokens: TokenView) -> list[tuple[int, int]]:
    """(start, end) of each line's tokens, without the spaces around them."""
    lines, start = [], None
    for i, (word, space) in enumerate(zip(tokens.text, tokens.is_space)):
        if space and "\n" in word:
            if start is not None:
                lines.append((start, i))
            start = None
        elif start is None and not space:
            start = i
    if start is not None:
        end = len(tokens)
        while end > start and tokens.is_space[end - 1]:
            end -= 1
        lines.append((start, end))
    return lines


def _is_headline(tokens: TokenView, start: int, end: int) -> bool:
    text = tokens.text[start:end]
    words = sum(tokens.is_alpha[start:end])
    if not words or words > MAX_HEADLINE_WORDS:
        return False
    if any(w in FINAL for w in text):
        return False
    last = [w for w, space in zip(text, tokens.is_space[start:end]) if w not in CLOSERS and not space][-1]
    return last != ":" and last[-1:] not in FINAL


def _label_end(tokens: TokenView, start: int, end: int) -> int | None:
    """Where the colon stands that ends a paragraph's label in title case, as fact sheets
    open their items ('Securing Critical Minerals Supply Chains:  The United States ...'),
    or None: each word capitalised or a short function word."""
    words = 0
    for k in range(start, min(end - 1, start + MAX_LABEL_TOKENS)):
        word = tokens.text[k]
        if word == ":":
            # a name alone is a speaker's or a sender's ("Kwabena Adjei-Mensah:"): a label has
            # four words, or three that open with a verb in -ing ("Combating Transnational Crime:")
            return k if words >= MIN_LABEL_WORDS or words == MIN_LABEL_WORDS - 1 and tokens.lower[start].endswith("ing") else None
        if tokens.is_alpha[k] and not (word[:1].isupper() or word in LABEL_FUNCTION_WORDS):
            return None
        words += tokens.is_alpha[k]
    return None


def _capitalised(tokens: TokenView, start: int, end: int) -> bool:
    """Whether the word at `start` (punctuation skipped) is capitalised: "By Jane Doe", not "By fomenting"."""
    rest = [k for k in range(start, end) if not tokens.is_punct[k]]
    return not rest or tokens.text[rest[0]][:1].isupper() or not tokens.is_alpha[rest[0]]
