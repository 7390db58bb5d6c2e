"""Date expressions and their ISO 8601 prefix values ("September 2023" -> "2023-09")."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.attrs import SHAPE
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .base import register_extensions, set_group
from .tokens import IRREGULAR_PAST, QUOTE_MARKS, TIME_ZONES, TokenView, view

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name: i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({f"{name}.": i for name, i in list(MONTHS.items()) if len(name) == 3})
MONTHS.update({"Sept": 9, "Sept.": 9})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year"}
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
NUMBER_WORDS |= TENS  # "twenty-six years ago": the tens and the unit add up
FULL_MONTHS = [name for name in calendar.month_name if name]  # "in May", not "in Mar del Plata"
DAY = {"SHAPE": {"IN": ["d", "dd"]}}
YEAR = {"SHAPE": "dddd"}
MONTH = {"ORTH": {"IN": list(MONTHS)}}
DASH = {"ORTH": {"IN": ["-", "–"]}}
DAYS = {"SHAPE": {"IN": ["d–d", "d–dd", "dd–dd"]}}  # "9–12" stays one token
# before a year that modifies a noun: "the 2016 ruling", "its 2020 report"
YEAR_DETERMINERS = {"the", "a", "its", "their", "his", "her", "this", "that", "'s", "’s"}
# lower-case words inside a place's name: "Democratic Republic of the Congo"
NAME_LINKS = {"of", "the", "and", "de", "del", "la", "el", "/"}  # "/" of "ISLAMABAD/KABUL"
# units a number measures, which no year qualifies: "a 2000 pound bomb", "the 1500 metre race"
MEASURE_UNITS = {"pound", "metre", "meter", "kilometre", "kilometer", "km", "mile", "ton", "tonne", "kilogram", "kg", "foot", "feet", "yard", "square", "page", "word", "seat", "strong", "man", "member", "acre", "hectare", "litre", "liter", "gallon", "barrel", "megawatt", "mw"}
# nouns a number after which names one of a series, no year
NUMBERED_NOUNS = {"resolution", "resolutions", "article", "articles", "paragraph", "section", "chapter", "flight", "route", "highway", "post", "posts", "page", "pages", "platform", "gate", "item", "amendment"}
# A four-digit number after these words is a year ("in 1389"); after a capitalised
# word it is a number ("Resolution 1244").
# prepositions after a number that keep it a year only after a preposition of time
LATER_PREPOSITIONS = {"under", "amid", "despite", "during", "while", "against", "without", "through", "into", "following", "because", "due", "ahead", "alongside", "where", "once", "shortly"}
YEAR_PREPOSITIONS = {"in", "by", "since", "until", "from", "before", "after", "of", "during"}
# prepositions before a number that make it a year when a verb in the past follows it: "in
# 2021 shocked"; not "by 2000 armed men", "of 1500 listed firms"
TIME_PREPOSITIONS = {"in", "since", "until", "before", "after", "during"}
NOT_COUNTED = {"and", "or", "to", "when", "after", "before", "the", "that", "which", "as", "with", "by", "in", "on", "of", "at", "until", "for", "from", "but", "saw", "was", "is", "had", "has"}

FULL_DATES = {"dmy", "mdy", "my"}  # the dates that name their month and year; a bare year may be background ("since 2015")
ANCHOR_WORDS = {"today", "tonight", "yesterday", "tomorrow", "overnight", "night", "morning", "afternoon", "evening", "weekend", "week", "month", "year", "ago", "century"}
# days from the publication date that a day word names: "last night", "this morning", "overnight"
DAY_OFFSETS = {"today": 0, "tonight": 0, "overnight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}
DAY_PARTS = ["morning", "afternoon", "evening", "night"]
ANCHOR_SHAPES = ("dddd", "ddddx")
# words that tell a date ahead ("will meet on Tuesday", "is due to open on Monday", "ahead of
# a meeting on June 9") or in the past ("said on Monday"), and the determiners of a date
# before its noun ("the March 3 attack")
FUTURE_WORDS = {"will", "would", "shall", "'ll", "’ll", "ahead", "upcoming"}
PAST_WORDS = {"said", "was", "were", "had", "did", "ago"}
DATE_DETERMINERS = YEAR_DETERMINERS | {"an", "last"}
SPAN_ENDS = {"until", "till", "through", "to"}  # before the date a span of time runs to: "extended the curfew until May 1"
PLANS = {"due", "set", "scheduled", "expected", "planned", "poised"}
# days ahead of the publication date within which a day and month without a year, told
# in no tense, lies in the coming months rather than in the past year
FUTURE_REACH = 183
# A full date near the top that stands on a line of its own ("September 8, 2026" under a
# readout's title) or before a dash ("KYIV, March 12, 2025 —") dates the text itself.
DATELINE_REACH = 80  # tokens
CLOCK = re.compile(r"[0-2]?[0-9][:.][0-5][0-9]")  # a time after a readout's date: "14:00", "12.30"
DATELINE_DASHES = {"—", "–", "-", "--"}
PUBLICATION_LABELS = {"press release", "news release", "media release", "statement", "press statement", "joint statement", "published", "updated", "posted", "issued", "date", "readout", "fact sheet", "news", "release"}
MAX_DATE_LABEL = 3  # words before a comma and the date on a line of its own: "Press release, 17 March 2025"
MAX_AGENCY_TAG = 4  # tokens of an agency's name in brackets after a dateline: "(Thomson Reuters)"

PATTERNS = {
    "dmy": [[DAY, MONTH, {"ORTH": ",", "OP": "?"}, YEAR], [DAYS, MONTH, {"ORTH": ",", "OP": "?"}, YEAR]],
    # a span of days dates its first: "August 9-12, 2026", "July 21-23"
    "mdy": [[MONTH, DAY, {"ORTH": ",", "OP": "?"}, YEAR], [MONTH, DAY, DASH, DAY, {"ORTH": ",", "OP": "?"}, YEAR], [MONTH, DAYS, {"ORTH": ",", "OP": "?"}, YEAR]],
    "my": [[MONTH, {"ORTH": ",", "OP": "?"}, YEAR]],
    "md": [[MONTH, DAY], [MONTH, DAY, DASH, DAY], [MONTH, DAYS]],
    # a month named alone after a preposition: its latest time up to the publication date
    "month": [[{"LOWER": {"IN": ["in", "since", "until", "from", "by", "during", "early", "late", "mid", "mid-", "last", "next", "past"]}}, {"ORTH": {"IN": FULL_MONTHS}}]],
    "dm": [[DAY, MONTH], [DAYS, MONTH]],
    "year": [[YEAR]],
    "qualified_year": [[{"LOWER": {"IN": ["early", "late", "mid", "mid-"]}}, {"ORTH": "-", "OP": "?"}, YEAR]],
    "decade": [[{"LOWER": {"IN": ["early", "late", "mid"]}, "OP": "?"}, {"SHAPE": "ddddx"}]],
    "century": [[{"SHAPE": {"IN": ["dxx", "ddxx"]}}, {"LOWER": "century"}]],
    "day_word": [
        [{"LOWER": {"IN": ["today", "tonight", "yesterday", "tomorrow", "overnight"]}}],
        [{"LOWER": {"IN": ["yesterday", "tomorrow", "this"]}}, {"LOWER": {"IN": DAY_PARTS}}],
        [{"LOWER": "last"}, {"LOWER": "night"}],
    ],
    "weekend": [[{"LOWER": {"IN": ["last", "over"]}}, {"LOWER": "the", "OP": "?"}, {"LOWER": "weekend"}]],
    "relative": [[{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"}, {"LOWER": {"IN": ["this", "last", "next", "past"]}}, {"LOWER": {"IN": ["week", "month", "year"]}}]],
    "ago": [
        [{"LIKE_NUM": True}, {"LOWER": {"IN": list(UNITS)}}, {"LOWER": "ago"}],
        [{"LOWER": {"IN": list(TENS)}}, {"ORTH": "-"}, {"LIKE_NUM": True}, {"LOWER": {"IN": list(UNITS)}}, {"LOWER": "ago"}],
    ],
    "weekday": [[{"LOWER": {"IN": ["on", "last", "this", "next"]}, "OP": "?"}, {"ORTH": {"IN": [d.capitalize() for d in WEEKDAYS]}}]],
}


class DateFinder:
    """Finds dates into `doc.spans["claimx_dates"]`; `span._.claimx_value` is the ISO
    prefix, or None where it cannot be known (a relative date with no document date).
    Relative dates resolve against `doc._.claimx_date` (ISO publication date); where
    none is given, a dateline at the top of the text sets it."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        for key, patterns in PATTERNS.items():
            self.matcher.add(key, patterns)
        # Every pattern holds one of these words or shapes, so the matcher only needs
        # to run on short windows around them (tests/components/test_dates.py checks it).
        # Months and weekdays are matched by ORTH: lowercase "may" is no anchor.
        self.anchor_orth = set(MONTHS) | {d.capitalize() for d in WEEKDAYS}
        self.anchor_shape = {nlp.vocab.strings.add(s) for s in ANCHOR_SHAPES}
        self.width = max(len(p) for ps in PATTERNS.values() for p in ps)

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(doc):
            return []
        tokens = view(doc)
        orths, words, shapes = self.anchor_orth, ANCHOR_WORDS, self.anchor_shape
        anchors = [
            i
            for i, (text, lower, shape) in enumerate(zip(tokens.text, tokens.lower, doc.to_array(SHAPE).tolist()))
            if text in orths or lower in words or shape in shapes
        ]
        windows: list[list[int]] = []
        for i in anchors:
            lo, hi = max(0, i - self.width + 1), min(len(doc), i + self.width)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        return [(m, lo + s, lo + e) for lo, hi in windows for m, s, e in self.matcher(doc[lo:hi])]

    def __call__(self, doc: Doc) -> Doc:
        base = _parse_iso(doc._.claimx_date)
        tokens = view(doc)
        spans = []
        for match_id, start, end in self._matches(doc):
            kind = doc.vocab.strings[match_id]
            if kind == "year" and not _is_year(tokens, start):
                continue
            if kind == "year" and _modifies_noun(tokens, start):
                kind = "year_modifier"  # dates its noun, not the sentence's happening
            if kind == "month" and end < len(tokens) and (tokens.is_digit[end] or tokens.text[end] == "," and end + 1 < len(tokens) and tokens.is_digit[end + 1] or tokens.lower[end] in {"'s", "’s"}):
                continue  # "in September 2023", "in May, 2023": the longer date's; "by May's cabinet": a name
            if kind == "decade" and not re.fullmatch(r"[0-9]{3}0s", tokens.text[end - 1]):
                continue
            if kind == "weekday" and tokens.lower[start] not in {"on", "last", "this", "next"} and start > 0 and tokens.is_title[start - 1]:
                continue
            if kind in {"day_word", "weekend"} and start > 0 and tokens.lower[start - 1] in {"the", "an", "a"}:
                continue  # "the overnight lending rate", "on the last weekend of June": no date
            spans.append(Span(doc, start, end, label=kind))
        spans = filter_spans(spans)
        if base is None:
            dated = _dateline(tokens, spans)
            if dated is not None:
                doc._.claimx_date, base = dated.isoformat(), dated
        told = None  # with no publication date, a day and month come on or after the text's last dated month
        for span in spans:
            value = value_of(span, base, told)
            span._.claimx_value = value
            if span.label_ in FULL_DATES and value is not None:
                told = date(int(value[:4]), int(value[5:7]), int(value[8:10] or 1))
        set_group(doc, "dates", spans)
        return doc


def _dateline(tokens: TokenView, spans: list[Span]) -> date | None:
    """The day of a full date near the top of the text that stands alone on its line, after
    a place's name and a comma ('New York, 3 April 2025') or before a dash, an agency's name
    between ('SEOUL, Jan 6, 2025 (Reuters) -'): the text's own date."""
    n = len(tokens)
    for span in spans:
        if span.start > DATELINE_REACH:
            break
        if span.label_ not in {"dmy", "mdy"}:
            continue
        before = span.start == 0 or tokens.is_space[span.start - 1] and "\n" in tokens.text[span.start - 1] or _after_a_label(tokens, span.start)
        after = span.end == n or tokens.is_space[span.end] and "\n" in tokens.text[span.end] or _time_and_place_after(tokens, span.end)
        end = _past_agency_tag(tokens, span.end)
        dashed = end < n and tokens.text[end] in DATELINE_DASHES
        # "New York, 3 April 2025" on its own line, "SEOUL, Jan 6, 2025 (Reuters) -"
        if before and after or (after or dashed) and _after_a_place(tokens, span.start):
            return _parse_iso(value_of(span, None))
    return None


def _time_and_place_after(tokens: TokenView, i: int) -> bool:
    """From token i to the end of its line, a clock time and at most a place's name:
    'May 5, 2025, 14:00, The Kremlin, Moscow', '4 June 2025 11:15'."""
    timed = False
    for k in range(i, len(tokens)):
        text = tokens.text[k]
        if tokens.is_space[k] and "\n" in text:
            return timed
        if CLOCK.fullmatch(text):
            timed = True
        elif not (text == "," or text[:1].isupper() or tokens.lower[k] in NAME_LINKS):
            return False
    return timed


def _past_agency_tag(tokens: TokenView, i: int) -> int:
    """After a news agency's name in brackets at token i ('(Reuters)', '(AP)', '(AFP)'),
    the token past it; else i."""
    if i >= len(tokens) or tokens.text[i] != "(":
        return i
    close = next((k for k in range(i + 1, min(i + 1 + MAX_AGENCY_TAG, len(tokens))) if tokens.text[k] == ")"), None)
    if close is None or close == i + 1 or not all(tokens.text[k][:1].isupper() for k in range(i + 1, close)):
        return i
    return close + 1


def _after_a_label(tokens: TokenView, i: int) -> bool:
    """A publication's label and a comma open the line of token i: 'Press release, 17 March
    2025'; not a deadline's ('Applications close, 30 June 2025')."""
    k = i - 1
    if k < 1 or tokens.text[k] != ",":
        return False
    k -= 1
    while k >= 0 and i - k <= MAX_DATE_LABEL + 1 and tokens.is_alpha[k]:
        k -= 1
    label = " ".join(tokens.lower[k + 1 : i - 1])
    return (k < 0 or tokens.is_space[k] and "\n" in tokens.text[k]) and label in PUBLICATION_LABELS


def _after_a_place(tokens: TokenView, i: int) -> bool:
    """Only a place's name in capitals and commas stand before token i on its line, as in a
    dateline: 'TALLINN, Estonia, March 4, 2025 —'; not a date inside a sentence."""
    k = i - 1
    while k >= 0 and not (tokens.is_space[k] and "\n" in tokens.text[k]):
        if not (tokens.text[k] == "," or tokens.text[k][:1].isupper() or tokens.lower[k] in NAME_LINKS):
            return False  # "GOMA, Democratic Republic of the Congo, July 9, 2025 —"
        k -= 1
    return k < i - 1


def _modifies_noun(tokens: TokenView, i: int) -> bool:
    """A year between a determiner and its noun: "the 2016 ruling", "a 2023 memorandum"; not
    a count ("the 2000 soldiers")."""
    k = i + 1
    return (
        i > 0 and tokens.lower[i - 1] in YEAR_DETERMINERS and k < len(tokens) and tokens.is_lower[k]
        and not tokens.lower[k].endswith("s") and tokens.lower[k] not in MEASURE_UNITS  # not "a 2000 pound bomb"
    )


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _is_year(tokens: TokenView, i: int) -> bool:
    number = int(tokens.text[i])
    if not 1000 <= number <= 2100:
        return False
    if i > 0:
        prev, lower = tokens.text[i - 1], tokens.lower[i - 1]
        if tokens.is_title[i - 1] and prev not in MONTHS and lower not in NOT_COUNTED or tokens.is_upper[i - 1] and len(prev) > 1:
            return False
        if lower in NUMBERED_NOUNS:
            return False  # "breaches of resolution 1559", "under article 1100", "flight 1549"
    k = i + 1
    if k < len(tokens) and tokens.text[k] in TIME_ZONES:
        return False  # a clock time: "1:19 PM EDT (1719 UTC)"
    if _modifies_noun(tokens, i):
        return True
    if k < len(tokens) and tokens.lower[k] in LATER_PREPOSITIONS and i > 0 and tokens.lower[i - 1] in YEAR_PREPOSITIONS:
        return True  # "a launch in 2027 under a new contract"; not "arrested 1800 during the protests"
    if k < len(tokens) and i > 0 and tokens.lower[i - 1] in TIME_PREPOSITIONS and _past_verb(tokens.lower[k]):
        return True  # "The killing in 2021 shocked the country", "returnees in 2011 exacerbated tensions"
    return not (k < len(tokens) and tokens.is_alpha[k] and tokens.is_lower[k] and tokens.lower[k] not in NOT_COUNTED)


def value_of(span: Span, base: date | None, told: date | None = None) -> str | None:
    """The ISO 8601 prefix a date span stands for; a day and month with no publication
    date come on or after `told`, the month the text last dated, as a story runs forward
    ('In March 2019 ... on 23 March' is 2019-03-23; '2 September 2019 ... February 14' is 2020-02-14)."""
    kind = span.label_
    words = [t.text for t in span if t.text not in {",", "-"}]
    numbers = [int(n) for t in span for n in re.findall(r"[0-9]+", t.text) if t.is_digit or t.shape_ in DAYS["SHAPE"]["IN"]]
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year = next((n for n in numbers if n >= 1000), None)
    day = next((n for n in numbers if n < 32), None)
    if kind in {"dmy", "mdy"}:
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    if kind == "my":
        return f"{year:04d}-{month:02d}"
    if kind == "month":
        if base is None:
            return None
        if span[0].lower_ in {"until", "by"}:  # a deadline ahead: "until June"
            return f"{base.year + (month < base.month):04d}-{month:02d}"
        if span[0].lower_ == "next":  # never this month: "next June"
            return f"{base.year + (month <= base.month):04d}-{month:02d}"
        if span[0].lower_ in {"last", "past"}:  # "last August", "this past August"
            return f"{base.year - (month >= base.month):04d}-{month:02d}"
        return f"{base.year - (month > base.month):04d}-{month:02d}"
    if kind in {"md", "dm"}:
        if base is None and told is not None:
            year = told.year + ((month, day) < (told.month, told.day))
            return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
        return _nearest_year(span, base, month, day)
    if kind in {"year", "qualified_year", "year_modifier"}:
        return f"{year:04d}"
    if kind == "decade":
        return re.sub(r"0s$", "", span[-1].text)
    if kind == "century":
        return f"{int(re.match(r'[0-9]+', span[0].text).group()) - 1:02d}"
    if base is None:
        return None
    lower = [w.lower() for w in words]
    if kind == "day_word":
        return (base + timedelta(days=DAY_OFFSETS[lower[0]])).isoformat()
    if kind == "weekend":  # the Saturday before the publication date
        return (base - timedelta(days=(base.weekday() - 5) % 7 or 7)).isoformat()
    if kind == "relative":
        step = {"this": 0, "last": -1, "past": -1, "next": 1}[lower[-2]]
        return _shift(base, lower[-1], step)
    if kind == "ago":
        counts = lower[:-2]
        amount = sum(NUMBER_WORDS[w] for w in counts) if all(w in NUMBER_WORDS for w in counts) else int(counts[0]) if counts[0].isdigit() else None
        return _shift(base, UNITS[lower[-2]], -amount) if amount is not None else None
    if kind == "weekday":
        if lower[0] == "next" or _tense(span) == "ahead":  # "will be played on Sunday": the coming one
            return (base + timedelta(days=(WEEKDAYS[lower[-1]] - base.weekday()) % 7 or 7)).isoformat()
        back = (base.weekday() - WEEKDAYS[lower[-1]]) % 7 or 7 * (lower[0] == "last")  # "last Sunday" on a Sunday: a week back
        return (base - timedelta(days=back)).isoformat()
    return None


def _tense(span: Span) -> str | None:
    """'ahead' or 'past': how the date's sentence tells it, after any quotation before it.
    The nearest word back from the date decides, a future tense or a plan ('will be played
    on Sunday', 'due to resume on Tuesday', 'ahead of a meeting on June 9') or a verb in
    the past ('seized the airport on January 15', 'said on Wednesday'); else the first
    after it ('On October 5, a missile struck'). A date before its noun names a happening
    known already ('the March 3 attack'), and a possessive a past day ("Tuesday's close");
    None where nothing tells."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in SPAN_ENDS:
        return None  # "extended the lockdown until May 1": the end of a span, told in no tense
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and (following.lower_ in {"'s", "’s"} or span.start > 0 and doc[span.start - 1].lower_ in DATE_DETERMINERS and following.is_lower and following.is_alpha):
        return "past"
    start = span.sent.start
    for k in range(span.start - 1, start - 1, -1):
        if doc[k].text in QUOTE_MARKS:
            break
        told = _tells(doc, k)
        if told:
            return told
    for k in range(span.end, span.sent.end):
        if doc[k].text in QUOTE_MARKS or doc[k].text in {";", ":"}:
            break
        told = _tells(doc, k)
        if told:
            return told
    return None


def _past_verb(word: str) -> bool:
    """'shocked', 'led': a verb in the past with a meaning of its own, not a plan ('scheduled')."""
    return word in IRREGULAR_PAST or word.endswith("ed") and word not in PLANS


def _tells(doc: Doc, k: int) -> str | None:
    """'ahead' for a future tense or a plan at token k ('will', 'would', 'due to', 'to be
    held'), 'past' for a verb in the past (not a participle after 'be': 'will be played')."""
    word = doc[k].lower_
    if word in FUTURE_WORDS or word == "to" and (k > 0 and doc[k - 1].lower_ in PLANS or k + 1 < len(doc) and doc[k + 1].lower_ == "be"):
        return "ahead"  # "will", "due to", "the election to be held on August 9"
    if word in PAST_WORDS or doc[k].is_lower and _past_verb(word) and not (k > 0 and doc[k - 1].lower_ in {"be", "been", "to"}):
        return "past"
    return None


def _nearest_year(span: Span, base: date | None, month: int, day: int) -> str | None:
    """A day and month without a year: its next time from the publication date on where
    the sentence tells it ahead ('Talks will open on January 3'), its last time up to it
    where the sentence tells it in the past ('the rebels seized the airport on January 15',
    'the December 31 attack'); told neither way, its next time where that comes sooner and
    within FUTURE_REACH days ('The law takes effect on September 1'), else its last."""
    if base is None:
        return None
    days = [date(year, month, day) for year in (base.year - 1, base.year, base.year + 1) if _valid(year, month, day)]
    tense = _tense(span)
    if tense == "ahead":
        return next((d.isoformat() for d in days if d >= base), None)
    past = [d for d in days if d <= base]
    ahead = [d for d in days if d > base]
    if ahead and (not past or tense is None and ahead[0] - base < min(base - past[-1], timedelta(days=FUTURE_REACH))):
        return ahead[0].isoformat()
    return past[-1].isoformat() if past else None


def _valid(year, month, day) -> bool:
    try:
        date(year, month, day)
    except (TypeError, ValueError):
        return False
    return True


def _shift(base: date, unit: str, step: int) -> str:
    """`base` moved by `step` units, at the precision of the unit (weeks give a month)."""
    if unit in {"day", "days"}:
        return (base + timedelta(days=step)).isoformat()
    if unit in {"week", "weeks"}:
        return (base + timedelta(weeks=step)).isoformat()[:7]
    if unit in {"month", "months"}:
        index = base.year * 12 + base.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{base.year + step:04d}"
