"""A Doc's token attributes read once, as Python lists that every claimx component shares."""

from __future__ import annotations

import calendar
import re
import unicodedata

from spacy.attrs import IDX, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LOWER, ORTH, SPACY
from spacy.tokens import Doc

ARTICLES = {"the", "a", "an"}
SUBJECT_PRONOUNS = {"i", "we", "he", "she", "they"}
# words inside a name that join its parts: "Center for Research and Education", "Bank of America"
CONNECTORS = {"of", "for", "on", "and", "the", "&", "de"}
# compass and region words that open the names of regions and of their peoples
# ("Eastern European", "Latin American"), never a person's name
REGION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "latin", "middle"}
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
    "Nobody", "Everybody", "Somebody", "Anybody", "Everyone", "Someone", "Anyone", "Nothing",
    "Everything", "Something", "Anything", "None", "Neither", "Either",
}
# time zones after a clock time: "1:19 PM EDT (1719 UTC)"; not those that spell words
# of an all-caps headline ("CAT", "EAT", "WEST")
TIME_ZONES = {"UTC", "GMT", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "AKDT", "AKST", "BST", "CET", "CEST", "EEST", "MSK",
              "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "JST", "KST", "HKT", "SGT", "PKT", "WIB"}
NOT_NAMES |= TIME_ZONES
# the last word of a name of a thing, an event or a street, not of a person or body:
# "the Doris Day Show", "the London Marathon", "Karl Marx Avenue"
THING_HEADS = {"show", "award", "awards", "prize", "cup", "festival", "trophy", "games", "championship", "championships", "marathon", "race", "open", "tour", "series", "prix", "derby", "classic", "street", "road", "avenue", "square", "bridge", "hall", "tower", "stadium", "park", "beach", "lake", "bay", "telescope", "observatory", "medal", "memorial", "falls", "museum", "library", "theatre", "theater", "dynasty", "empire", "act", "acts", "amendment", "doctrine", "dome", "mall", "plaza", "terminal", "headquarters"}
# heads of the names of things named after a person, which no surname is: "the James
# Webb Space Telescope", "the Nelson Mandela Stadium"
NAMED_THINGS = {"telescope", "observatory", "award", "awards", "prize", "trophy", "cup", "stadium", "arena", "museum", "library", "memorial", "airport", "festival", "marathon"}
# what a treaty, a document or a forum named after a capital is ("the Minsk agreements")
TREATY_HEADS = {"agreement", "agreements", "accord", "accords", "protocol", "protocols", "principles", "declaration", "convention", "conventions", "treaty", "charter", "memorandum", "communiqué", "communique", "group", "format", "process", "framework", "consensus", "statute"}
INITIAL_SKIPS = {"of", "the", "for", "and", "in", "on", "to", "&"}  # words an acronym leaves out: "GNA", "Government of National Accord"
# bodies named after where they sit: "the OSCE Mission in Kosovo", "the U.S. Embassy in Baghdad"
LOCATED_HEADS = {"Mission", "Office", "Embassy", "Delegation", "Representation", "Consulate"}
ROMAN = re.compile(r"[IVXLC]+")  # an ordinal after a name: "Annex VII", "Charles III", "Minsk II"
# past forms without '-ed': "Russia struck", "the Spaniard told reporters"
IRREGULAR_PAST = {"grew", "shrank", "sank", "drew", "swore", "hit", "struck", "began", "met", "fell", "fought", "flew", "fled", "froze", "gave", "went", "won", "lost", "led", "left", "rose", "ran", "sent", "shot", "sought", "spoke", "stood", "took", "threw", "broke", "brought", "built", "came", "caught", "chose", "drove", "held", "beat", "bought", "sold", "told", "swore", "wrote", "withdrew", "overthrew", "arose", "bled", "bore", "dealt", "drew", "forbade", "forgave", "hung", "laid", "slew", "split", "spread", "stole", "stuck", "swept", "tore", "upheld", "woke", "wound", "retook", "overran", "overtook", "undertook", "withheld", "rebuilt"}
QUOTE_MARKS = {"“", "”", '"', "«", "»"}  # quotation marks, straight and curly
SCORE_DASHES = {"-", "–"}
SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")  # a score written as one token: "3–0"
# a month before two numbers makes them days, no score: "July 21–23"
MONTH_NAMES = {name for name in (*calendar.month_name, *calendar.month_abbr) if name}
# what a place before a hyphen sites: "the Oslo-based company", "a London-listed miner"
SITED = {"bound", "based", "born", "listed", "headquartered", "registered", "raised", "bred", "made", "built", "educated"}
MAX_SITED_NAME = 3  # words of the place in such a modifier: "New York-based"
ATTRS = (ORTH, LOWER, SPACY, IDX, IS_SPACE, IS_ALPHA, IS_PUNCT, IS_LOWER, IS_TITLE, IS_UPPER, IS_DIGIT)


class TokenView:
    """`text[i]`, `lower[i]`, `whitespace[i]` (a space follows), `idx[i]` (its character
    offset), `is_space[i]`, `is_alpha[i]`, `is_punct[i]`, `is_lower[i]`, `is_title[i]`,
    `is_upper[i]`, `is_digit[i]` and `is_name[i]` (a capitalised word that can be part of
    a name) of token i, the flags as 0 or 1; `string` is the document's text (`doc.text` joins it anew at each call).

    `doc[i].lower_` makes a new Token object at every access, and such objects made
    about 40% of the components' time; one `Doc.to_array` call and list look-ups do not.
    Sentence starts are left out: the segmenter sets them after the first view is made.
    """

    __slots__ = ("doc", "string", "text", "lower", "whitespace", "idx", "is_space", "is_alpha", "is_punct", "is_lower", "is_title", "is_upper", "is_digit", "is_name")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings = doc.vocab.strings
        columns = doc.to_array(list(ATTRS)).T.tolist() if len(doc) else [[] for _ in ATTRS]
        # the flags stay 0/1 integers: they are only ever tested for truth
        orth, lower, self.whitespace, self.idx, self.is_space, self.is_alpha, self.is_punct, *rest = columns
        self.is_lower, self.is_title, self.is_upper, self.is_digit = rest
        self.text = [strings[o] for o in orth]
        self.lower = [t if o == low else strings[low] for t, o, low in zip(self.text, orth, lower)]
        self.string = "".join(t + " " if s else t for t, s in zip(self.text, self.whitespace))
        self.is_name = [t[:1].isupper() and is_name_text(t, p) for t, p in zip(self.text, self.is_punct)]

    def __len__(self) -> int:
        return len(self.text)

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end-1, as `doc[start:end].text` has it."""
        if end <= start:
            return ""
        return self.string[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]



def is_name_text(text: str, is_punct: bool) -> bool:
    """A capitalised word that can be part of a name: not punctuation, not a function
    word, month or weekday ("The", "However", "May")."""
    return text[:1].isupper() and not is_punct and text not in NOT_NAMES and (text.isalpha() or any(c.isalpha() for c in text))


def is_name_token(token) -> bool:
    return is_name_text(token.text, token.is_punct)


def after_sited(tokens: TokenView, i: int) -> int:
    """Where the words from i go on past a modifier that sites what follows ("the
    Sarajevo-based Centre", "a London-listed miner", "the New York-based group"); i itself
    where none opens there."""
    k = i
    while k < len(tokens) and k - i < MAX_SITED_NAME and tokens.is_name[k]:
        k += 1
    if k > i and k + 1 < len(tokens) and tokens.text[k] == "-" and not tokens.whitespace[k - 1] and not tokens.whitespace[k] and tokens.lower[k + 1] in SITED:
        return k + 2
    return i


def score_at(tokens: TokenView, k: int, start: int = 0, end: int | None = None) -> bool:
    """A match's score at token k, inside [start, end): '2-1' as three tokens, or '3–0' as
    one; not days after a month ('July 21-23')."""
    end = len(tokens) if end is None else end
    text = tokens.text
    if SCORE.fullmatch(text[k]):
        return not (k > 0 and text[k - 1] in MONTH_NAMES)
    three = text[k] in SCORE_DASHES and start < k < end - 1 and tokens.is_digit[k - 1] and tokens.is_digit[k + 1] and len(text[k - 1]) <= 2 and len(text[k + 1]) <= 2
    return three and not (k > 1 and text[k - 2] in MONTH_NAMES)


MIN_SPORT_WORDS = 2  # words of sport in a text about sport


def sport_count(tokens: TokenView, sport_words: set[str], start: int = 0, end: int | None = None) -> int:
    """How many of the words of sport a stretch of tokens holds, a score counting as one:
    a text about sport has two ('Liverpool beat Everton 2-1'), not the "goals" of a readout
    nor "defeated" of an election."""
    end = len(tokens) if end is None else end
    words = len(sport_words.intersection(tokens.lower[start:end]))
    return words + any(score_at(tokens, k, start, end) for k in range(start, end))


def after_hyphen(tokens: TokenView, i: int) -> bool:
    """Token i is joined by a hyphen to the word before it: 'General' of 'Director-General'."""
    return i >= 2 and tokens.text[i - 1] == "-" and not tokens.whitespace[i - 2] and not tokens.whitespace[i - 1]


def written_inside(tokens: TokenView) -> set[str]:
    """The title-case words the text writes inside a sentence, not only at its start: a
    sentence's first word is a name only if it is one of them ('Vestas said' where 'shares
    in Vestas' follows; not 'Results showed')."""
    doc = tokens.doc
    return {tokens.text[k] for k in range(1, len(tokens)) if tokens.is_title[k] and not doc[k].is_sent_start}


def written_lower(tokens: TokenView) -> set[str]:
    """The words the text writes in lower case and never capitalised: a word of them that
    opens a sentence is no name ('Results showed' where 'the results' follows)."""
    return set(tokens.text) - {t for t in tokens.text if t[:1].isupper()}


def mentions_of(tokens: TokenView, forms: set[tuple[str, ...]], taken: set[int], titles: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each mention of a name in `forms` (its words) that stands alone: on no
    token of `taken` or of a mention before it, and no piece of a longer name ('Vestas' of
    'Vestas Wind', 'Education' of 'Research and Education'); a name may follow a title
    word of `titles` ('Chief Superintendent Graciano Mijares') or open a sentence."""
    text, lower, is_name, n = tokens.text, tokens.lower, tokens.is_name, len(tokens)
    taken, found = set(taken), []
    for i in range(n):
        for form in forms:
            end = i + len(form)
            if tuple(text[i:end]) != form or not taken.isdisjoint(range(i, end)) or end < n and is_name[end]:
                continue
            if i > 0 and is_name[i - 1] and lower[i - 1] not in titles and not tokens.doc[i].is_sent_start:
                continue
            if i > 1 and lower[i - 1] in CONNECTORS and is_name[i - 2]:
                continue
            found.append((i, end))
            taken.update(range(i, end))
    return found


_last: TokenView | None = None


def view(doc: Doc) -> TokenView:
    """The TokenView of `doc`, made once and reused by the components that run after.

    Only the last document's view is kept, so memory does not grow; it is made anew for
    another document, or where the document's tokens have changed in number.
    """
    global _last
    last = _last
    if last is not None and last.doc is doc and len(last) == len(doc):
        return last
    _last = TokenView(doc)
    return _last


def initials(words: list[str]) -> str | None:
    """The acronym a name of two words or more spells, less the small words inside it:
    'GNA' of 'Government of National Accord'; None for a one-word name."""
    kept = [w for w in words if w.lower() not in INITIAL_SKIPS]
    return "".join(w[0] for w in kept).upper() if len(kept) > 1 else None


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Vučić' and 'VUCIC' -> 'vucic'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
