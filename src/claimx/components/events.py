"""Event mentions (attack, election, sanctions, ...) with the date and place of their sentence."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .base import LexiconComponent, group, set_group
from .tokens import IRREGULAR_PAST, SCORE, SUBJECT_PRONOUNS, TokenView, view

# the posts a dismissal removes someone from: "dismissed the defence minister"
POSTS = {"minister", "ministers", "director", "chief", "head", "commander", "commanders", "general", "generals", "coach", "manager",
         "government", "cabinet", "official", "officials", "president", "premier", "governor", "mayor", "executive", "ceo",
         "chairman", "chairwoman", "secretary", "ambassador", "envoy", "prosecutor", "judge", "officer", "officers", "staff", "deputy"}
POST_REACH = 3  # words from a dismissal's object's start to its post
# participles that, before a noun, tell a state: "an expired visa", "a lapsed Catholic"
STATE_PARTICIPLES = {"expired", "lapsed", "hospitalised", "hospitalized", "escaped", "vanished", "disappeared", "perished"}
PASSIVE_BE = {"was", "were", "been", "be", "being"}  # before a passive participle: "was dismissed", "fares were raised"
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "some", "many"}
MODIFIER_REACH = 3  # words between a determiner and the noun trigger they qualify
# words after which a noun phrase opens, as after a determiner: "Nicaragua's 2011 general
# election", "during heavy shelling", "in drone strikes"
MODIFIED_AFTER = {"'s", "’s", "in", "of", "after", "during", "for", "against", "amid", "following", "before", "over", "since", "with", "by", "from", "at", "on"}
# words that qualify no noun after them, besides the determiners and the prepositions above:
# "the army must avoid clashes", "the company made three acquisitions"
NOT_MODIFIERS = {"and", "or", "to", "that", "which", "who", "was", "were", "be", "been", "is", "are", "had", "has", "have", "will", "would",
                 "could", "can", "may", "might", "must", "should", "shall", "cannot", "do", "does", "did", "made", "make", "saw", "got",
                 "oversaw", "not", "no", "if", "as", "than", "into", "through", "under", "toward", "towards", "them", "it", "they", "we",
                 "still", "soon", "also", "then", "now", "so", "either", "neither", "more", "most", "least", "including", "providing"}
YEAR_NOUN_REACH = 3  # words from a year before a noun to the trigger it dates
# what 'raised' lifts where it tells an economic change: "raised interest rates", "raised
# its forecast"; else it brings a matter up ("raised concerns", "raised Russia's war") or
# rears something ("raised the birds")
RAISED_OBJECTS = {"rate", "rates", "price", "prices", "tariff", "tariffs", "tax", "taxes", "duty", "duties", "levy", "wage", "wages",
                  "salary", "salaries", "pension", "pensions", "fee", "fees", "fare", "fares", "rent", "rents", "forecast", "forecasts",
                  "estimate", "estimates", "guidance", "target", "targets", "ceiling", "cap", "limit", "stake", "output", "production",
                  "spending", "budget", "funds", "money", "capital", "dividend", "bid", "offer", "premium", "premiums", "interest"}
AMOUNT_WORDS = {"percent", "per", "points", "million", "billion", "trillion"}  # what a figure raised counts: "by 2 percent", "$3 million"
FIGURE_MARKS = {"$", "%", "€", "£"}
RAISED_REACH = 6  # words after 'raised' (or before it, in the passive) to its figure or object
# the audiences a speech addresses: "addressed the summit", "addressed reporters"; not
# "to address global challenges", "addressed concerns"
ADDRESSEES = {"summit", "conference", "assembly", "parliament", "congress", "senate", "nation", "rally", "crowd", "crowds", "reporters",
              "journalists", "meeting", "session", "council", "students", "supporters", "audience", "delegates", "lawmakers", "forum",
              "convention", "gathering", "ceremony", "graduates", "troops", "people", "media", "press", "country", "world", "legislature"}
ADDRESS_REACH = 4  # words after 'address' to its audience
# what 'declined' falls over, no thing refused: "declined this year"
TIME_NOUNS = {"year", "quarter", "month", "week", "day", "season", "decade", "time", "morning", "afternoon", "evening"}
# what follows a drawn match: "drew 1-1", "drew with Spain", "drew level", "drew."; not
# "drew comparisons", "drew back", "draw the lines"
DRAW_AFTER = {"with", "level", "against", "away", "at", "home"}
# what an 'order' after them names, no command: "the constitutional order", "law and order"
SETTLED_ORDERS = {"constitutional", "world", "public", "social", "political", "international", "legal", "economic", "global", "regional",
                  "liberal", "natural", "chronological", "alphabetical", "working", "batting", "pecking"}
# what 'appointments' after them are: visits booked, no posts filled
VISITS = {"hospital", "medical", "doctor", "doctors", "doctor's", "dental", "dentist", "clinic", "outpatient", "gp", "vaccination",
          "cancelled", "canceled", "missed", "postponed", "booked"}
# the first part of a hyphenated word before a trigger, which then names a kind of thing: "anti-lockdown"
KIND_PREFIXES = {"anti", "post", "pre", "counter", "pro", "non"}
# what a 'statement' after them is, no one's words: "bank statements", "a mission statement"
ACCOUNT_STATEMENTS = {"bank", "financial", "income", "account", "tax", "billing", "mission", "opening", "closing", "card", "quarterly", "annual"}
# the words before a 'fire' that burns nothing: "to fire rockets", "will fire", "under fire"
FIRE_BEFORE = {"to", "will", "would", "could", "can", "may", "might", "must", "should", "not", "under", "cease", "hold", "held", "holding",
               "drew", "draw", "draws", "drawing", "attracted", "with", "breathe", "breathes", "breathed", "breathing"}
# what a 'fire' before them names: "a fire service", "fire safety", "the fire brigade", "Fire and Rescue"
FIRE_SERVICES = {"department", "departments", "service", "services", "brigade", "brigades", "fighter", "fighters", "fighting", "safety",
                 "extinguisher", "extinguishers", "sale", "station", "stations", "chief", "crew", "crews", "truck", "trucks", "engine", "engines",
                 "alarm", "alarms", "exit", "exits", "hydrant", "hydrants", "support", "escape", "officer", "officers", "authorities", "and"}
# what 'ruling' qualifies as an adjective: "the ruling party", "the ruling coalition"
GOVERNING = {"party", "parties", "coalition", "elite", "elites", "class", "family", "junta", "council", "majority", "bloc", "government", "camp", "alliance"}


class EventFinder(LexiconComponent):
    """Marks event triggers from the `events` lexicon in `doc.spans["claimx_events"]`
    (label: event type) and sets `span._.claimx_event = {"date", "date_source", "place"}`
    from the nearest date and place in the same sentence (date_source "sentence"), or
    the paragraph's last day before it, or else its last month ("paragraph"). A named
    event keeps its name ("First Balkan War", "Battle of Kosovo")."""

    lexicons = ("events",)

    def _build(self) -> None:
        self.matcher = self.phrase_matcher(self.entries("events"))
        self.types = {e.id: e.kind for e in self.entries("events")}

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        tokens = view(doc)
        # the words of a body's name: "the Central Election Commission", "the Collective Security Treaty Organization"
        in_bodies = {i for a in group(doc, "actors") if a.label_ in {"organization", "group"} for i in range(a.start, a.end)}
        spans = []
        for match_id, start, end in self.matcher(doc):
            if start in in_bodies:
                continue  # a word of a body's name, no event
            if tokens.text[start][:1].isupper() and not doc[start].is_sent_start and not (tokens.is_name[start - 1] or tokens.lower[start - 1] == "the"):
                continue  # "in March": a capitalised trigger inside a sentence is a name, unless "the Battle"
            if tokens.lower[start] == "ruling" and end < len(doc) and tokens.lower[end] in GOVERNING:
                continue  # "the ruling party": an adjective, no court's ruling
            if tokens.lower[start] == "dismissed" and not _dismisses_someone(tokens, start):
                continue  # "dismissed the report as propaganda", "dismissed the case": no one lost a post
            if tokens.lower[start] == "raised" and not _raises_a_figure(tokens, start):
                continue  # "raised concerns", "raised the birds": no price went up
            if tokens.lower[start] in {"address", "addressed", "addresses", "addressing"} and not _addresses_an_audience(tokens, start):
                continue  # "to address global challenges", "addressed concerns": no speech
            if tokens.lower[start] in {"drew", "draw"} and not _draws_a_match(tokens, start):
                continue  # "drew comparisons", "drew back": no match drawn
            if tokens.lower[start] == "order" and start > 0 and tokens.lower[start - 1] == "in":
                continue  # "in order to stop rockets", "in order for talks to resume": a purpose
            if tokens.lower[start] == "order" and start > 1 and (tokens.lower[start - 1] in SETTLED_ORDERS or tokens.lower[start - 2 : start] == ["law", "and"]):
                continue  # "the constitutional order", "the world order", "law and order": an arrangement
            if start > 1 and tokens.text[start - 1] == "-" and not tokens.whitespace[start - 2] and tokens.lower[start - 2] in KIND_PREFIXES:
                continue  # "anti-lockdown protests", "post-war Iraq", "anti-bribery law": a kind of thing, no happening
            if tokens.lower[start] in {"statement", "statements"} and start > 0 and tokens.lower[start - 1] in ACCOUNT_STATEMENTS:
                continue  # "bank statements", "a mission statement": a document, no one spoke
            if tokens.lower[start] in {"appointment", "appointments"} and start > 0 and tokens.lower[start - 1] in VISITS:
                continue  # "hospital appointments", "cancelled appointments": visits booked, no one named to a post
            if tokens.lower[start] == "clashed" and end < len(doc) and tokens.lower[end] == "over":
                continue  # "ministers clashed over the budget": a quarrel
            if tokens.lower[start] in {"fire", "fires"} and end - start == 1 and not _burns(tokens, start):
                continue  # "to fire rockets", "a fire service", "came under fire": nothing burned
            if end - start == 1 and tokens.lower[start] in STATE_PARTICIPLES and _before_its_noun(tokens, start):
                continue  # "an expired visa", "Hospitalised patients": a state, no happening
            kind = self.types[doc.vocab.strings[match_id]]
            if kind == "economic change" and tokens.lower[start] in {"declined", "declines", "decline"} and _refuses(tokens, start):
                kind = "refusal"  # "declined to comment", "declined the request", "he declined": no fall
            start, end = _named(doc, tokens, start, end)
            spans.append(Span(doc, start, end, label=kind))
        spans = filter_spans(spans)
        dates = [d for d in group(doc, "dates") if d._.claimx_value]
        days = [d for d in dates if len(d._.claimx_value) == 10]
        months = [d for d in dates if len(d._.claimx_value) >= 7]  # not a bare year: "In 2019 the economy grew"
        places = group(doc, "places")
        paragraphs = [0] + [i + 1 for i, (word, space) in enumerate(zip(tokens.text, tokens.is_space)) if space and word.count("\n") > 1]
        date_starts, day_starts, month_starts, place_starts = ([s.start for s in group] for group in (dates, days, months, places))
        for span in spans:
            sentence = span.sent
            # a year before a noun dates that noun only: "upheld the 2019 conviction on Tuesday"
            candidates = [d for d in _between(dates, date_starts, sentence.start, sentence.end) if d.label_ != "year_modifier" or _qualifies(tokens, d, span)]
            date, source = _nearest(span, candidates), "sentence"
            if date is None:
                # "On Monday, ... . Belgium defeated Panama.": the paragraph's last day, or
                # else its last month ("In March 2014, ... . Activists were arrested.")
                paragraph = paragraphs[bisect_right(paragraphs, sentence.start) - 1]
                earlier = _between(days, day_starts, paragraph, sentence.start) or _between(months, month_starts, paragraph, sentence.start)
                date, source = (earlier[-1], "paragraph") if earlier else (None, None)
            place = _nearest(span, _between(places, place_starts, sentence.start, sentence.end))
            span._.claimx_event = {
                "date": date._.claimx_value if date is not None else None,
                "date_source": source,
                "place": place.id_ if place is not None else None,
            }
        set_group(doc, "events", spans)
        return doc


def mention_start(tokens: TokenView, span: Span) -> int:
    """Where a noun trigger's mention starts: with the modifiers between its determiner and
    it ('a presidential election', 'the 2018 midterm elections', 'a failed infiltration
    attempt'); a verb ('the rebels attacked') or a trigger with no determiner keeps its
    first word."""
    lower, k = tokens.lower, span.start
    if any(lower[q].endswith("ed") or lower[q] in IRREGULAR_PAST for q in range(span.start, span.end)):
        return span.start  # "the rebels attacked", "the group took over"
    while k > 0 and span.start - k < MODIFIER_REACH and _modifier(tokens, k - 1):
        k -= 1
    return k if k > 0 and (lower[k - 1] in DETERMINERS or lower[k - 1] in MODIFIED_AFTER) else span.start


def _modifier(tokens: TokenView, i: int) -> bool:
    """A word that may qualify a noun after it: an adjective or a noun in the singular
    ('presidential', 'drone', 'failed'), or a year ('2018')."""
    word = tokens.lower[i]
    if tokens.is_digit[i]:
        return len(word) == 4
    return (
        tokens.is_lower[i] and tokens.is_alpha[i] and not word.endswith("s")
        and word not in NOT_MODIFIERS and word not in DETERMINERS and word not in MODIFIED_AFTER and word not in IRREGULAR_PAST
    )


def _before_its_noun(tokens: TokenView, i: int) -> bool:
    """The word at i stands between a determiner (or the start of its sentence) and a
    lower-case noun, as an adjective: 'an expired visa', 'Hospitalised patients'."""
    opens = i == 0 or tokens.lower[i - 1] in DETERMINERS or not tokens.is_lower[i]
    return opens and i + 1 < len(tokens) and tokens.is_lower[i + 1] and tokens.is_alpha[i + 1]


def _burns(tokens: TokenView, i: int) -> bool:
    """'fire' at token i is a blaze: not a verb ('to fire rockets', 'will fire'), a part of
    a word ('cease-fire'), a noun before the service that fights it ('a fire service', 'fire
    safety') nor criticism ('came under fire')."""
    lower = tokens.lower
    if i > 0 and (lower[i - 1] in FIRE_BEFORE or tokens.text[i - 1] in {"-", "–"}) or i > 1 and lower[i - 2] == "under":
        return False  # "came under heavy fire" too
    return not (i + 1 < len(tokens) and lower[i + 1] in FIRE_SERVICES)


def _dismisses_someone(tokens: TokenView, i: int) -> bool:
    """'dismissed' at token i removes someone from a post: in the passive ('was dismissed'),
    before a name ('dismissed Marshal Rahimi') or before a post ('dismissed the defence
    minister'); not 'dismissed the report', 'dismissed the claims'."""
    lower, n = tokens.lower, len(tokens)
    if i > 0 and lower[i - 1] in PASSIVE_BE:
        return True
    k = i + 1
    while k < n and lower[k] in {"the", "his", "her", "its", "their", "a", "an"}:
        k += 1
    # the post may come after a word or two: "the defence minister", "its chief executive"
    return k < n and tokens.is_name[k] or any(lower[q] in POSTS for q in range(k, min(k + POST_REACH, n)))


def _raises_a_figure(tokens: TokenView, i: int) -> bool:
    """'raised' at token i lifts a figure or a price: a currency, a percentage, an amount
    ('million') or a word of RAISED_OBJECTS in its clause up to RAISED_REACH words after
    it ('raised rates by half a point', 'raised $40 million') or, in the passive, before
    it ('fares were raised')."""
    lower, n = tokens.lower, len(tokens)

    def clause(words: range) -> list[int]:
        kept = []
        for k in words:
            if tokens.is_punct[k] and lower[k] not in FIGURE_MARKS:
                break
            kept.append(k)
        return kept

    words = clause(range(i + 1, min(i + 1 + RAISED_REACH, n)))
    if i > 0 and lower[i - 1] in PASSIVE_BE:
        words += clause(range(i - 2, max(i - 2 - RAISED_REACH, -1), -1))
    return any(lower[k] in FIGURE_MARKS | RAISED_OBJECTS | AMOUNT_WORDS for k in words)


def _refuses(tokens: TokenView, i: int) -> bool:
    """'declined' at token i refuses rather than falls: before 'to' and a verb ('declined
    to comment', not 'declined to 3%'), before a determiner and a thing ('declined the
    offer', not 'declined this year') or after a personal pronoun at the clause's end ('he
    declined.')."""
    lower, n = tokens.lower, len(tokens)
    k = i + 1
    if k + 1 < n and lower[k] == "to" and tokens.is_alpha[k + 1] and tokens.is_lower[k + 1]:
        return True
    if k + 1 < n and lower[k] in DETERMINERS - {"some", "many"}:
        # "declined the offer"; not "declined this year", "declined a further 2 percent"
        return tokens.is_alpha[k + 1] and lower[k + 1] not in TIME_NOUNS | {"further", "little", "bit", "lot"}
    # "he declined." ; not "They declined sharply in value"
    return i > 0 and lower[i - 1] in SUBJECT_PRONOUNS and (k >= n or tokens.is_punct[k])


def _addresses_an_audience(tokens: TokenView, i: int) -> bool:
    """'address' at token i is a speech: a noun after a determiner ('an address to the
    nation', 'his address'), or a verb with a name or a word of ADDRESSEES in the next
    ADDRESS_REACH words ('addressed the UN General Assembly', 'addressed reporters')."""
    lower, n = tokens.lower, len(tokens)
    if i > 0 and lower[i - 1] in DETERMINERS | {"keynote", "inaugural", "televised"}:
        return True
    k = i + 1
    while k < n and lower[k] in DETERMINERS:
        k += 1
    if k < n and tokens.is_name[k]:
        return True
    return any(lower[q] in ADDRESSEES for q in range(i + 1, min(i + 1 + ADDRESS_REACH, n)))


def _draws_a_match(tokens: TokenView, i: int) -> bool:
    """'drew' or 'draw' at token i is a drawn match: a noun after a determiner or a score
    ('a 1-1 draw', 'the draw'), or a verb before a score, a word of DRAW_AFTER or the
    clause's end ('drew 0-0 with Spain', 'drew level', 'the sides drew.')."""
    lower, n = tokens.lower, len(tokens)
    if lower[i] == "draw" and i > 0 and (lower[i - 1] in DETERMINERS or SCORE.fullmatch(tokens.text[i - 1]) or lower[i - 1] in {"goalless", "scoreless"}):
        return True
    k = i + 1
    score = bool(SCORE.fullmatch(tokens.text[k])) or tokens.is_digit[k] and k + 2 < n and tokens.text[k + 1] in {"-", "–"} and tokens.is_digit[k + 2]
    return k >= n or tokens.is_punct[k] or tokens.is_space[k] or score or lower[k] in DRAW_AFTER


def _qualifies(tokens: TokenView, year: Span, trigger: Span) -> bool:
    """The year before a noun is the trigger's, in its noun phrase: "the 2016 arbitral tribunal ruling"."""
    between = range(year.end, trigger.start)
    return 0 <= trigger.start - year.end <= YEAR_NOUN_REACH and all(tokens.is_lower[k] and tokens.is_alpha[k] for k in between)


def _named(doc: Doc, tokens: TokenView, start: int, end: int) -> tuple[int, int]:
    """Widen a capitalised trigger to its name: 'First Balkan War', 'Battle of Kosovo'."""
    if not tokens.text[start][:1].isupper():
        return start, end
    while start > 0 and tokens.is_name[start - 1] and not doc[start - 1].is_sent_start:
        start -= 1
    if end + 1 < len(tokens) and tokens.lower[end] == "of" and tokens.is_name[end + 1]:
        end += 1
        while end < len(tokens) and tokens.is_name[end]:
            end += 1
    return start, end


def _between(spans: list[Span], starts: list[int], start: int, end: int) -> list[Span]:
    """The spans (sorted by start; `starts` are their starts) that start in [start, end) and end by `end`."""
    return [s for s in spans[bisect_left(starts, start) : bisect_left(starts, end)] if s.end <= end]


def _nearest(span: Span, candidates: list[Span]) -> Span | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs(c.start - span.start), c.start < span.start))
