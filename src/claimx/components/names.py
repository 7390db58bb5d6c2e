"""People and organisations that no list holds, found from titles, roles and name shapes."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .base import SPAN_KEYS, LexiconComponent, set_group
from .tokens import ARTICLES, CONNECTORS, INITIAL_SKIPS, IRREGULAR_PAST, LOCATED_HEADS, NAMED_THINGS, NOT_NAMES, REGION_WORDS, ROMAN, THING_HEADS, TREATY_HEADS, TokenView, after_hyphen, fold, initials, mentions_of, view, written_inside, written_lower

PARTICLES = {"al", "el", "bin", "ibn", "abu", "ben", "de", "da", "del", "dela", "delos", "della", "di", "van", "von", "der", "den", "ten", "ter", "la", "le", "du", "dos", "das", "mac", "zu"}
# lower-case words inside a name that opens with its head: "Institut National de Recherche Biomédicale"
ROMANCE_CONNECTORS = {"de", "des", "du", "la", "le", "les", "del", "della", "delle", "degli", "di", "do", "da", "dos", "das", "pour", "para", "por"}
# org_heads entries whose nouns open a name ("Banco", "Frente") rather than end it
HEAD_FIRST = "_head_first"
LEGAL_FORM = "_legal_form"  # the org_heads entry of the legal forms that end a company's name: "Limited", "PLC"
MAX_NAME_TOKENS = 4
# works and sites a title before them names: "the Al-Hesbah forum"
WORK_NOUNS = {"report", "reports", "study", "survey", "index", "forum", "forums", "website", "site", "database", "programme", "program",
              "podcast", "blog", "newsletter", "documentary", "album", "novel", "memoir", "dataset", "review"}
# titles that are also family names: "Ollie Pope", "Larry King", "Harry Judge"
SURNAME_TITLES = {"King", "Pope", "Judge", "Bishop", "Major", "Marshal", "Prince", "Cardinal", "Knight", "Dean", "Duke", "Baron", "Deacon", "Abbott", "Chancellor"}
# what may stand before "<name> chain", "<name> group"
ORG_DETERMINERS = {"the", "its", "their", "his", "her", "our", "'s", "’s"}
# what a name before "of" may call a happening: "the First Battle of Donetsk Airport"
HAPPENINGS = {"battle", "siege", "fall", "liberation", "occupation", "massacre", "bombing", "invasion", "capture", "defence", "defense", "sack", "relief", "evacuation"}
# labels of listed one-word names that a title may put first in a longer name
ONE_WORD_OPENERS = {"person", "place", "capital"}
MAX_SYLLABLE = 5  # letters of a lower-case part of a hyphenated given name ("Man-kei", "Jae-in", "Ji-sung", "Jae-myung")
# a capital, lower-case letters, then a capital inside the word: "UpGuard", "GasBuddy", "YouTube"
CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# nouns of a product, which a camel-case name before or after them names: "the drug CagriSema"
PRODUCT_NOUNS = {"drug", "drugs", "app", "apps", "tool", "tools", "platform", "console", "device", "devices", "vaccine", "model", "chatbot", "software", "game", "phone", "phones", "chip", "chips", "feature", "product", "products", "brand", "hub", "tablet", "laptop", "browser", "index", "treatment", "medicine", "jab", "gadget"}
MIN_CAMEL_CASE_LETTERS = 5  # not "CoV" of "SARS-CoV-2"
SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "Fitz", "St")
QUOTES = {'"', "“", "”"}
LOCAL_PEOPLE = {"officials", "authorities", "police", "residents", "lawmakers"}  # after one: "Chiang Mai officials"
# lower-case nouns of sites that a name before them qualifies: "Evin prison", "Zaporizhzhia plant"
SITES = {"prison", "jail", "hospital", "school", "factory", "plant", "mine", "refinery", "station", "site", "facility", "centre", "center", "headquarters", "office", "offices"}
# last words of names of things that no person's surname ends ("James Webb Space Telescope"), unlike "Lisa Park"
NAMELESS_HEADS = THING_HEADS - {"park", "beach", "lake", "bay", "hall", "street", "bridge", "tower", "open", "classic"}
# last words of names of places, works and venues that open with a given name
# ("Carmel Valley", "the Doris Day Show", "Kim Il-sung Square"); place nouns come from context.jsonl
# what follows 'states' as a reporting verb ("Kirby states that"), not as a plural noun
# ("the Eastern European states and ...")
CONTENT_OPENERS = {"that", ",", ":", '"', "“", "the", "a", "an", "it", "he", "she", "they", "we"}
# named storms are no people
STORMS = {"hurricane", "typhoon", "cyclone", "storm"}
# heads whose name may go on with its campus: "University of Texas at Austin"
CAMPUS_HEADS = {"University"}
# heads whose name may list the fields of a government portfolio: "Ministry of Economy,
# Trade and Industry", "Department of Health and Human Services"
FIELD_HEADS = {"Ministry", "Department", "Ministries", "Departments"}
# heads whose name may end with its city: "University College London", "King's College London"
CITY_HEADS = {"College"}
# times named after a people: "Chinese New Year", "Orthodox Christmas Day" (not in
# THING_HEADS, which would take "Doris Day" for a thing)
# "<portfolio> Ministry" is titled "Ministry of <field>", with these fields named in full
FIELDS = {"Foreign": "Foreign Affairs", "Home": "Home Affairs"}
# the endings of members of a party or a movement: "Virginia Democrats", "Texas Republicans"
MEMBERS_ENDINGS = ("ans", "ats", "ists", "ites")
# a people's or a party's adjective before a role: "Republican senator", "English striker"
MEMBER_ENDINGS = tuple(ending[:-1] for ending in MEMBERS_ENDINGS) + ("ish", "ese")
# counts that open a sentence before a name: "Four China Coast Guard vessels entered"
COUNT_WORDS = {"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Dozens", "Hundreds", "Thousands"}
# roles held in a club, a firm or a body, which its name may open: "Kepler analyst Anna Berg"
EMPLOYEE_ROLES = {"captain", "coach", "manager", "analyst", "economist", "strategist", "striker", "midfielder", "defender", "goalkeeper",
                  "winger", "forward", "player", "skipper", "spokesman", "spokeswoman", "spokesperson", "ceo", "director", "chairman",
                  "chairwoman", "founder", "executive", "engineer", "researcher", "scientist", "correspondent", "editor", "reporter", "trainer"}
MAX_EMPLOYER_WORDS = 3  # of an unlisted name before a role and its holder: "Sunshine Coast Fire coach"
# listed labels of places and states, whose names may also be given names ("Sofia", "Israel")
PLACE_LABELS = {"capital", "state", "ambiguous_state", "place"}
# listed labels whose one-word names may also be surnames ("Michael Jordan", "George Washington")
SURNAME_PLACE_LABELS = PLACE_LABELS - {"state"}
MIN_ACRONYM, MAX_ACRONYM = 2, 6  # letters of an acronym that names a body: "ATP", "HRMMU"
# acronyms of measures, goods and offices, which act as no body: "the GDP grew", "The PM said"
NON_BODY_ACRONYMS = {"GDP", "GNP", "CPI", "PPI", "PMI", "VAT", "LNG", "LPG", "PM", "MP", "MPS", "VAR", "CEO", "CFO"}
# what a body does in the past, after its acronym: "The ATP fined the player"
BODY_ACTS = {
    "fined", "banned", "suspended", "sanctioned", "approved", "rejected", "launched", "captured", "imposed", "agreed",
    "adopted", "voted", "elected", "appointed", "dismissed", "expelled", "seized", "arrested", "accused", "condemned",
    "ordered", "identified", "documented", "recorded", "estimated", "assessed", "released", "signed", "formed", "disbanded",
}
# the nouns of things a body's 'for' tail may name: "Development Group for the Lake Turkana Wind Power project"
PROJECT_NOUNS = {"project", "projects", "programme", "program", "plant", "pipeline", "scheme", "facility", "farm"}
MAX_FIELD_WORDS = 2  # words of a field before 'and' inside one body's name: "Arms Control and Disarmament Agency"
# heads of the names of armed units, which their number opens ("the 47th Mechanized Brigade")
# collectives whose possessive opens a body's name before more words than its head:
# "the People's Defence Forces", "the Women's Liberation Front"
COLLECTIVE_POSSESSORS = {"People", "Peoples", "Workers", "Women", "Children", "Farmers", "Citizens", "Veterans", "Nations", "Mothers", "Soldiers", "Peasants", "Youth", "Doctors", "Traders"}
# endings of family names of Eastern Europe, the Caucasus, Central Asia and Turkey that no
# place or thing in news is named with: "Mustafayev", "Grigoryan", "Saakashvili"
SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "yev", "yeva", "enko", "chuk", "escu", "vić", "shvili", "dze", "oğlu", "oglu", "zadeh", "yan", "ski", "ska", "skiy", "skyi")
# units a state's name goes before as their owner's, not as a word of their name ("the U.S.
# Sixth Fleet"), unlike an army ("the Libyan National Army", "the Free Syrian Army")
STATE_UNITS = {"Brigade", "Division", "Battalion", "Regiment", "Fleet", "Flotilla", "Squadron"}
UNIT_HEADS = {"Brigade", "Division", "Battalion", "Regiment", "Corps", "Army", "Fleet", "Squadron"}
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")
# how a US federal body's name may open; its title spells the state out ("United States Geological Survey")
US_ABBREVIATIONS = {"U.S.", "US", "U.S"}
# head words of the names of federal bodies: "U.S. Geological Survey", "U.S. Department of Homeland Security"
FEDERAL_HEADS = {"Survey", "Service", "Agency", "Commission", "Department", "Administration", "Bureau", "Office", "Army", "Navy", "Guard", "Corps", "Command", "Court", "Mint", "Council", "Board", "Authority", "Force", "Forces", "Institute", "Marshals"}
PLACE_PREPOSITIONS = {"in", "near", "inside", "outside"}  # a name after one is a place's, not a person's
MOTION_PREPOSITIONS = {"to", "from", "into", "toward", "towards", "around", "at"}  # where the Arabic article opens a place: "fled to Al-Qa'im"
# heads of a state's schemes and days, no person's name: "South Korea's Sunshine Policy"
POLICY_WORDS = {"policy", "doctrine", "plan", "day", "celebration", "bay", "model", "strategy"}
# who is named: "the victim was identified as", "police named the driver as"
PERSON_NOUNS = {"victim", "victims", "driver", "suspect", "suspects", "gunman", "attacker", "assailant", "shooter", "bomber", "man", "woman", "boy", "girl", "sailor", "seaman", "soldier", "officer", "pilot", "deceased", "dead", "body", "child", "journalist", "worker", "passenger", "person", "teenager"}
NAMING_REACH = 5  # words between a verb of naming and its 'as'
# verbs and nouns that take 'in' before a person: "swore in Ruth Kamau", "faith in Tomas Halvorsen"
IN_TAKERS = {"swore", "sworn", "swear", "swears", "brought", "bring", "brings", "ushered", "called", "faith", "confidence", "trust", "interest", "belief", "believe", "believes"}
# words that open the names of operations and projects, never a person's: "Operation Spiderweb"
SCHEME_OPENERS = {"Operation", "Project", "Exercise", "Programme", "Program"}
# heads that name schemes as often as bodies, and the verbs that set up or pay for one
SCHEME_HEADS = {"Initiative", "Fund", "Review", "Survey", "Project", "Archive", "Archives", "Network"}
# the heads of a state's first-level subdivisions, which end a place's name and take no
# tail: "Sughd Province", not "the Donetsk Oblast of Ukraine"
SUBDIVISION_HEADS = {"Province", "Oblast", "Governorate", "Prefecture", "Krai"}
SUBDIVISION_WORDS = {"Autonomous", "Special", "Administrative"}  # no name of its own: "the Autonomous Oblast"
# a body's head that also names its site: "launched from the Kennedy Space Center"
SITE_HEADS = {"Center", "Centre", "Headquarters"}
SITE_PREPOSITIONS = {"at", "from"}
DATA_NOUNS = {"figures", "data", "warning", "warnings", "estimates", "statistics", "forecasts", "forecast", "analysis", "images", "footage", "findings"}
# a place's last words that are also surnames: "Wrigley Field", not "Frank Field"
SURNAME_HEADS = {"Field", "Hills", "Range", "Heights"}
SCHEME_VERBS = ("establish", "launch", "creat", "unveil", "announc", "financ", "fund", "expand", "join", "advanc")
SCHEME_PREPOSITIONS = {"through", "via", "under"}  # what money or data pass through: "through the X Project"
ARABIC_ARTICLES = {"Al", "al", "El", "el"}  # before a place's name: "Al Mukalla", "al-Hasakah"
FEASTS = {"Eid"}  # "Eid al-Fitr", "Eid al-Adha"
TIME_WORDS = {"year", "day", "eve", "week", "christmas", "easter"}
# how alike given names must be to be one person's in two spellings: "Ahmad"/"Ahmed",
# "Abdulhamid"/"Abdul Hamid"; not "Mohammed"/"Omar", "Melania"/"Donald"
SAME_GIVEN_NAME = 0.8


def is_camel_case(word: str) -> bool:
    """'UpGuard', 'GasBuddy', 'SpaceX': a capital inside a word after lower-case letters names
    a company or an organisation; not a surname ('McCarthy', 'DeSantis'), nor 'CoV'."""
    return len(word) >= MIN_CAMEL_CASE_LETTERS and CAMEL_CASE.fullmatch(word) is not None and not word.startswith(SURNAME_PREFIXES)


def organisation_name(text: str) -> str:
    """The name of an organisation as its title has it: a US federal body's spells the state
    out ('U.S. Geological Survey' -> 'United States Geological Survey'); a company's stays
    ('US Airways Group')."""
    first, _, rest = text.partition(" ")
    federal = not FEDERAL_HEADS.isdisjoint(rest.split())
    return f"United States {rest}" if first in US_ABBREVIATIONS and rest and federal else text


def _particles_then_name(tokens: TokenView, i: int) -> bool:
    """'von der Leyen', 'bin Salman': name particles followed by a name."""
    while i < len(tokens) and tokens.lower[i] in PARTICLES:
        i += 1
    return i < len(tokens) and tokens.is_name[i]


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

    lexicons = ("titles", "org_heads", "org_nouns", "cues", "given_names", "context", "source_nouns")

    def _build(self) -> None:
        self.titles = self.phrase_matcher([e for e in self.entries("titles") if e.kind != "portfolio"], attr="ORTH")
        self.org_nouns = self.phrase_matcher(self.entries("org_nouns"), attr="ORTH")
        self.heads = {p: e.kind for e in self.entries("org_heads") if not e.id.endswith(HEAD_FIRST) for p in e.phrases}
        self.heads_first = {p: e.kind for e in self.entries("org_heads") if e.id.endswith(HEAD_FIRST) for p in e.phrases}
        self.legal_forms = {p for e in self.entries("org_heads") if e.id.endswith(LEGAL_FORM) for p in e.phrases}
        self.roles = {p for e in self.entries("titles", "role") for p in e.phrases if " " not in p}
        self.portfolios = {p for e in self.entries("titles", "portfolio") for p in e.phrases}
        # a head noun that opens an office's name is no organisation's: "Pentagon Press Secretary"
        self.office_openers = {tuple(p.split()[:2]) for e in self.entries("titles", "office") for p in e.phrases if " " in p}
        self.offices = {p.lower() for e in self.entries("titles", "office") for p in e.phrases if " " not in p}
        honorifics = {p.lower() for e in self.entries("titles", "honorific") for p in e.phrases}
        self.roles_and_offices = self.roles | self.offices | honorifics
        # one-word reporting verbs: "John Kirby said", "said John Kirby"
        self.reporting = {p for e in self.entries("cues", "report") for p in e.phrases if " " not in p} | {"according"}
        self.claimant_nouns = {p for e in self.entries("source_nouns") for p in e.phrases if " " not in p}
        self.given = {p for e in self.entries("given_names", "given") for p in e.phrases}
        self.given_places = {p for e in self.entries("given_names", "given_place") for p in e.phrases}
        # family names written first that open an unknown name, less English words ("Long Covid")
        worded = {p for e in self.entries("given_names", "family_first_word") for p in e.phrases}
        self.family_first = {p for e in self.entries("given_names", "family_first") for p in e.phrases} - worded
        # legal categories, not bodies: "designated as a Foreign Terrorist Organization"
        self.designations = tuple(p for e in self.entries("context", "designation") for p in e.phrases)
        self.thing_heads = THING_HEADS | {p for e in self.entries("context", "place_noun") for p in e.phrases}
        # a weapon's noun after a model's name: "Iskander-M missiles"; a locative before a place's
        self.weapons = {p for e in self.entries("context", "weapon") for p in e.phrases}
        self.locatives = {p for e in self.entries("context", "locative") for p in e.phrases if " " not in p}
        # the Arabic words for a cape, a valley, a mountain, a monastery, a village ... that open
        # a place's name: "Ras al-Ayn", "Wadi Halfa", "Deir al-Balah", "Beit Lahia"
        self.place_openers = {p for e in self.entries("context", "place_opener") for p in e.phrases}
        # what a player does on the pitch: "Hirving Lozano scored", whatever the given name
        self.player_acts = {p for e in self.entries("context", "player_act") for p in e.phrases}
        # a verb that names someone before "as": "the dead sailor was identified as Ronel Bagatsing"
        self.namings = {p for e in self.entries("context", "naming") for p in e.phrases}

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        tokens = view(doc)
        listed = list(doc.spans.get(SPAN_KEYS["gazetteer"], []))
        # a listed surname that a hyphen joins to the name before is part of a double one:
        # the "Sarkozy" of "Carla Bruni-Sarkozy" leaves the whole name to the shape rules
        known = _token_set(doc, "gazetteer") - {s.start for s in listed if s.label_ == "person" and len(s) == 1 and after_hyphen(tokens, s.start)}
        # where a listed state's name ends, for "Kenya's Faith Kipyegon"
        self._states_at = {s.end - 1 for s in listed if s.label_ in {"state", "ambiguous_state"}}
        # where a listed person's name starts: "Robert Gabriel Mugabe" is Mugabe, not a second person
        listed_people = {s.start for s in listed if s.label_ == "person"}
        # a run right after a demonym: "Kenyan Eliud Kipchoge", "Ethiopians Dejene Debela"
        after_demonym = {s.end for s in listed if s.label_ == "demonym"}
        # an 'of' or 'from' before a state: "Karsten Warholm of Norway", "Abderrahman Samba of Qatar"
        before_state = {s.start - 1 for s in listed if s.label_ == "state" and s.start > 0 and tokens.lower[s.start - 1] in {"of", "from"}}
        # title case says nothing about names in a headline or a paragraph's label either
        headline = _token_set(doc, "headlines") | _token_set(doc, "labels")
        # listed one-word names that may open a longer name after a title: "Deputy Commander
        # Saddam Haftar" (not Saddam Hussein), "Police director Vladimir Rebic" (not the city)
        longer = {i for s in listed if len(s) > 1 for i in range(s.start, s.end)}
        one_word = {s.start: s.id_ for s in listed if len(s) == 1 and s.label_ in ONE_WORD_OPENERS and s.start not in longer}
        titles = self.titles(doc)
        found: list[Span] = []
        titled = self._after_titles(tokens, titles, known, headline, one_word)
        found += titled
        places = {s.start for s in listed if len(s) == 1 and s.label_ in {"place", "capital"}}
        found += self._without_people(tokens, self._organisations(tokens, known, headline, places), titled)
        found += self._headed_first(tokens, headline)
        found += self._after_org_nouns(tokens, known, headline)
        found += self._workplaces(tokens, known, headline)
        found += self._employers(tokens, known, headline)
        found += self._before_org_nouns(tokens, known, headline)
        found += self._camel_case(tokens, known, headline)
        found += self._one_word_claimants(tokens, known, headline)
        found += self._by_shape(tokens, titles, known, headline, listed_people, after_demonym, before_state, one_word)
        # a listed body's one-word name after a given name is a surname: "Anna Mets" (no club)
        one_word_bodies = {s.start for s in listed if len(s) == 1 and s.label_ == "organization" and s.start not in longer}
        found += self._given_then_listed(tokens, known, headline, set(one_word) | one_word_bodies, places)
        found += self._article_then_place(tokens, one_word, places, known)
        found += self._given_as_place(tokens, listed, known, headline)
        found += self._given_then_place(tokens, listed, known, headline)
        # a listed person's name spelled otherwise goes first: of equal spans, the first is kept
        found = filter_spans(self._spelled_otherwise(tokens, listed, headline) + found)
        people = [s for s in found + listed if s.label_ == "person"]
        taken = known | {k for s in found for k in range(s.start, s.end)}
        found += self._coordinated_people(tokens, people, taken, headline)
        taken |= {k for s in found for k in range(s.start, s.end)}
        people = [s for s in found + listed if s.label_ == "person"]
        set_group(doc, "names", filter_spans(found + self._coordinated_companies(tokens, listed, people, taken, headline)))
        return doc

    def _name_run(self, tokens: TokenView, start: int, known: set[int], limit: int = MAX_NAME_TOKENS) -> int:
        """End of the run of name tokens starting at `start` (== start when none)."""
        text, lower, is_name, n = tokens.text, tokens.lower, tokens.is_name, len(tokens)
        end, skipped = start, 0
        # a name never ends on its particle: "... al-Balawi" takes the word after "al-"
        while end < n and (end - start - skipped < limit or self._hyphen_syllable(tokens, end) or end > start + 1 and text[end - 1] == "-" and lower[end - 2] in PARTICLES):
            # the particle follows a given name: "Isabel dos Santos", not "Al Mukalla"
            after_particle = end > start + 1 and lower[end - 1] in PARTICLES or end > start + 2 and text[end - 1] == "-" and lower[end - 2] in PARTICLES
            if is_name[end] and (end not in known or after_particle and text[start] in self.given) and text[end] not in self.heads:
                end += 1  # a listed word after a particle is a surname: "Isabel dos Santos", not "Gaz de France"
            elif lower[end] in PARTICLES and end > start and _particles_then_name(tokens, end):
                end += 1  # a particle is no word of the count: "Ngozi Chukwu van den Berg"
                skipped += 1
            elif lower[end] in PARTICLES and end + 2 < n and text[end + 1] == "-" and not tokens.whitespace[end] and is_name[end + 2]:
                end += 2  # "al-Eryani": the hyphen is no word of the name
                skipped += 1
            elif text[end] in QUOTES and end > start and end + 3 < n and is_name[end + 1] and text[end + 2] in QUOTES and is_name[end + 3]:
                end += 3  # a nickname: 'Thomas "Tommy" Pigott'
                skipped += 3
            elif text[end] == "-" and not tokens.whitespace[end - 1] and end > start and end + 1 < n and (is_name[end + 1] and not tokens.is_upper[end + 1] or self._syllable(tokens, end + 1)):
                # "Jean-Marc", and the lower-case syllables of "Man-kei", "Chan-o-cha"; not a
                # model's letters ("Iskander-M", "Kalibr-NK"); the joined word counts once, so
                # "Humam Khalil Abu-Mulal al-Balawi" has four
                end += 1
                skipped += 1 + (is_name[end] and end + 1 < n and text[end + 1] != "-")
            elif end > start and self._hyphen_syllable(tokens, end):
                end += 1  # the syllable is part of the word before: "Yolanda Yu Hoi-kwan" has three
                skipped += 1
            else:
                break
        return end

    def _possessive_opening(self, tokens: TokenView, k: int, known: set[int], headline: set[int]) -> bool:
        """The word at k, before "'s" and a body's head, opens the body's name: one name word
        no list holds, no given name, with no name before it ('Alzheimer's Society',
        'Children's Fund') but a collective's ('South Sudan People's Defence Forces')."""
        return (
            k >= 0 and tokens.is_name[k] and k not in known and k not in headline and tokens.text[k] not in self.given and tokens.text[k] not in self.heads
            and not (k > 0 and tokens.is_name[k - 1] and not tokens.doc[k].is_sent_start and tokens.text[k] not in COLLECTIVE_POSSESSORS)
        )

    def _hyphen_syllable(self, tokens: TokenView, i: int) -> bool:
        """Token i is a hyphen that joins a syllable to the name word before, or that
        syllable: the word "Yuet-ngor" counts once."""
        text = tokens.text
        if i == 0:
            return False
        if text[i] == "-":
            return i + 1 < len(tokens) and not tokens.whitespace[i - 1] and self._syllable(tokens, i + 1)
        return text[i - 1] == "-" and not tokens.whitespace[i - 1] and self._syllable(tokens, i)

    @staticmethod
    def _syllable(tokens: TokenView, i: int) -> bool:
        """A short lower-case part of a hyphenated name: the 'kei' of 'Man-kei'."""
        return tokens.is_lower[i] and tokens.is_alpha[i] and len(tokens.text[i]) <= MAX_SYLLABLE and (i + 1 >= len(tokens) or tokens.text[i + 1] == "-" or tokens.whitespace[i] or not tokens.is_alpha[i + 1])

    @staticmethod
    def _person(tokens: TokenView, start: int, end: int) -> Span:
        doc = tokens.doc
        return Span(doc, start, end, label="person", span_id=title_case(doc[start:end].text))

    def _after_titles(self, tokens: TokenView, titles, known: set[int], headline: set[int], one_word: dict[int, str]) -> list[Span]:
        text, lower, n = tokens.text, tokens.lower, len(tokens)
        people = []
        for _, start, end in titles:
            begin, apposition = end, False
            if end + 1 < n and lower[end] in {"of", "to", "for"}:
                # "Secretary of Energy Jeffrey Kupfer", "Minister of Foreign Affairs Sergey Lavrov":
                # skip the portfolio, the name follows; "Ambassador to Niger Alexandre Garcia",
                # "the mayor of London, Sadiq Khan,": skip the listed place the title is for
                begin = end + 1
                while begin < n and (text[begin] in self.portfolios or lower[begin] in {"the", "and"} or begin in known):
                    begin += 1
                if not any(lower[k] not in {"the", "and"} for k in range(end + 1, begin)):
                    continue
                if begin + 1 < n and text[begin] == ",":
                    begin, apposition = begin + 1, True
            limit = 2 if start in headline else MAX_NAME_TOKENS
            opens = begin in one_word and begin + 1 < n and tokens.is_name[begin + 1] and (begin + 1 not in known or begin + 1 in one_word)
            if opens and any(word.startswith(text[begin + 1]) for word in one_word[begin].split()):
                # more of the listed person's own name: "Prime Minister Tuilaepa Sailele
                # Malielegaoi", "Motegi Toshimitsu", "Prayuth Chan-o-cha"
                stop = self._name_run(tokens, begin + 1, known, limit - 1)
                if stop > begin + 1:
                    people.append(Span(tokens.doc, begin, stop, label="person", span_id=one_word[begin]))
                continue
            if opens:
                after = begin + 1 + (begin + 1 in known)  # two listed words: "Saddam Haftar"
                stop = self._name_run(tokens, after, known, limit - (after - begin))
            else:
                stop = self._name_run(tokens, begin, known, limit)
                if begin < stop < n and stop - begin < limit and stop in one_word:
                    stop += 1  # a listed one-word name ends it: "Police officer Sudesh Amman"
            if apposition and not (stop < n and text[stop] == ","):
                continue  # "the mayor of London, Sadiq Khan, said": the name stands between commas
            # more title words before the name: "Deputy Governor Oleg Klimov",
            # "Deputy Emergency Situations Minister Alexander Chupriyan"
            last_role = max((k for k in range(begin, stop) if self._is_role(lower[k])), default=None)
            if last_role is not None:
                begin = last_role + 1
                stop = self._name_run(tokens, begin, known, limit)
            if stop > begin and not (stop < n and text[stop] in self.heads):
                people.append(self._person(tokens, begin, stop))
        return people

    def _organisations(self, tokens: TokenView, known: set[int], headline: set[int], places: set[int]) -> list[Span]:
        doc, text, lower, is_name, n = tokens.doc, tokens.text, tokens.lower, tokens.is_name, len(tokens)
        # where the listed name that holds a token starts
        inside = {i: s.start for s in doc.spans.get(SPAN_KEYS["gazetteer"], []) for i in range(s.start, s.end)}
        # a listed body or a unit and the state named before it are two mentions: "the Russian
        # Federal Security Service", "the U.S. Federal Trade Commission", "the U.S. Sixth Fleet"
        nations = {s.end: s.start for s in doc.spans.get(SPAN_KEYS["gazetteer"], []) if s.label_ in {"state", "demonym"}}
        listed_to = {(s.start, s.end) for s in doc.spans.get(SPAN_KEYS["gazetteer"], []) if s.label_ == "organization"}
        listed_whole = {(s.start, s.end) for s in doc.spans.get(SPAN_KEYS["gazetteer"], [])}
        # a state's name owns the unit after it, a people's adjective names it: "the U.S. Sixth
        # Fleet"; "the Irish Brigade"
        owners = {s.end for s in doc.spans.get(SPAN_KEYS["gazetteer"], []) if s.label_ == "state"}
        orgs = []
        for i in (i for i, word in enumerate(text) if word in self.heads):
            if i in headline or i + 1 < n and (text[i], text[i + 1]) in self.office_openers:
                continue
            start = i
            place = self.heads[text[i]] == "place"
            while start > 0:
                if place and text[start - 1] == "and":
                    break  # a place joins no other name ("Ukraine and Black Sea ports")
                if text[i] in UNIT_HEADS and ORDINAL.fullmatch(text[start - 1]) and start > 1 and (lower[start - 2] in ARTICLES | {"'s", "’s"} or start - 1 in nations):
                    start -= 1  # a unit's number opens its name: "the 47th Mechanized Brigade", "Ukraine's 3rd Assault Brigade"
                    break
                if start in nations and ((start, i + 1) in listed_to or text[i] in STATE_UNITS and start in owners and (nations[start], i + 1) not in listed_whole):
                    break  # "the U.S. Sixth Fleet", "Russia's Baltic Fleet": the state and its unit
                if is_name[start - 1] or text[start - 1] == "and" and start < i and start - 2 >= 0 and is_name[start - 2] and self._joins_one_name(tokens, start - 1, known, inside):
                    if (text[start - 1] in NOT_NAMES or text[start - 1] in COUNT_WORDS and start in known or lower[start - 1] in self.reporting) and doc[start - 1].is_sent_start:
                        break  # "Remarked Center for Biological Diversity scientist Tierra Curry", "Four China Coast Guard vessels"
                    start -= 1  # "Serbian Orthodox Church"
                elif text[start - 1] == "-" and start - 2 >= 0 and is_name[start - 2] and not tokens.whitespace[start - 2] and not tokens.whitespace[start - 1]:
                    start -= 2  # "Export-Import Bank"
                elif lower[start - 1] in {"'s", "’s"} and (start == i or text[start - 2] in COLLECTIVE_POSSESSORS) and self._possessive_opening(tokens, start - 2, known, headline):
                    # "the Alzheimer's Society", "the People's Defence Forces"; not "Russia's
                    # Security Council", "Maria Lopez's Foundation"
                    start -= 2
                elif (
                    text[start - 1] == "of" and start < i and start in known and start - 2 >= 0 and is_name[start - 2]
                    and not _common_opening(tokens, start - 2)  # not "Shares of Samsung Heavy Industries rose"
                    and not self._is_role(lower[start - 2]) and lower[start - 2] not in HAPPENINGS and not self._ends_person(tokens, start - 2)
                ):
                    start -= 2  # a listed name inside a longer one: "House of Commons Library", not "Battle of Donetsk Airport"
                elif lower[start - 1] in {"of", "for"} and start < i and start not in known and (opening := self._name_before(tokens, start - 1, known)) is not None:
                    start = opening  # "the Great Orchestra of Christmas Charity", "Cinema for Peace Foundation"
                else:
                    break
            if text[i] in self.legal_forms and start < i and all(k in known for k in range(start, i)):
                continue  # a listed company keeps its name before its legal form: "Deutsche Bank AG", "BP PLC"
            if text[i] in SUBDIVISION_HEADS and (start == i or any(k in known for k in range(start, i)) or text[start] in SUBDIVISION_WORDS):
                continue  # a listed region keeps its name ("Guangdong Province" is Guangdong); "the Autonomous Oblast"
            end = i + 1
            # a listed name takes no tail after 'on' or 'to': "the Rapid Support Forces on El Fasher"
            located = end < n and lower[end] == "in" and text[i] in LOCATED_HEADS  # "OSCE Mission in Kosovo"
            # 'to' opens a tail only for an envoy's body: "Permanent Mission to the UN", not "downgraded X Holdings to Caa1"
            if end + 1 < n and text[i] not in SUBDIVISION_HEADS and (lower[end] in {"of", "for", "on"} or lower[end] == "to" and text[i] in LOCATED_HEADS or located) and not (lower[end] in {"on", "to"} and i in known):
                tail = end + 1
                if lower[tail] == "the":
                    tail += 1
                tail_end = tail
                while tail_end < n and (is_name[tail_end] and not any(c.isdigit() for c in text[tail_end]) or (lower[tail_end] in CONNECTORS and tail_end + 1 < n and is_name[tail_end + 1])):
                    if tail_end > tail and (self._opens_person(tokens, tail_end) or self._title_then_name(tokens, tail_end)):
                        break  # "Office of the President of Ukraine Andriy Yermak", "Ministry of Defence Permanent Secretary John Smith"
                    if lower[tail_end] == "and" and (text[tail_end + 1].isupper() or self._opens_person(tokens, tail_end + 1) or text[tail_end + 1] == text[i]):
                        break  # "the University of Bristol and UC Davis", "Center for X and Center for Y": a second name
                    if lower[tail_end] in CONNECTORS and tail_end - 1 in known and tail_end > tail and tail_end not in known and not (
                        lower[tail_end] == "and" and i in known and text[i] in FIELD_HEADS and self._last_field(tokens, tail_end + 1, known)
                    ):
                        break  # "Bank of the United States for Telekom Srbija": a listed name ends the tail, unless
                        # one more field of the listed body's own ("Ministry of Internal Affairs and Communications")
                    tail_end += 1
                    if tail_end < n and text[tail_end] == "," and text[i] in FIELD_HEADS:
                        tail_end = self._listed_fields(tokens, tail_end, known)  # "Ministry of Economy, Trade and Industry"
                if tail_end < n and tail_end in inside and inside[tail_end] < tail_end:
                    # a listed name goes on past the tail: "of the People's Liberation Army"
                    tail_end = max(inside[tail_end], tail)
                    while tail_end > tail and lower[tail_end - 1] in CONNECTORS:
                        tail_end -= 1
                # a tail that a thing's noun ends names the thing: "Development Group for the Lake Turkana Wind Power project"
                if tail_end > tail and not (lower[end] == "for" and tail_end < n and lower[tail_end] in PROJECT_NOUNS | self.thing_heads):
                    end = tail_end
            if text[i] in CAMPUS_HEADS and end + 1 < n and lower[end] == "at" and is_name[end + 1]:
                end = self._name_run(tokens, end + 1, set())  # "University of Hawaii at Mānoa"
            if text[i] in CITY_HEADS and end == i + 1 and end in places and not (end + 1 < n and is_name[end + 1]):
                end += 1  # "University College London"
            if end - start < 2 or lower[start] == "and" or doc[start:end].text.endswith(self.designations):
                continue
            if start in inside and inside[start] < start:
                continue  # inside a listed name: "Liberation Army" of "People's Liberation Army"
            persons = start == i - 1 and text[start] in self.given or text[i] in SURNAME_HEADS and (
                text[i - 1] in self.given or any(self._is_role(lower[k]) for k in range(start, i))
            )
            if place and (persons or end == i + 1 and end < n and is_name[end]):
                continue  # a person's name ("Michael Bay", "Ricki Lake", "MP Frank Field"), or a longer name ("Operation Desert Storm")
            name = doc[start:end].text
            name = organisation_name(name)
            if end - start == 2 and text[i] == "Ministry" and text[start] in self.portfolios:
                name = f"Ministry of {FIELDS.get(text[start], text[start])}"  # "Japan's Defense Ministry": its title
            if text[i] in SCHEME_HEADS and self._a_scheme(tokens, start, any(k in known for k in range(start, i))) and not (end < n and lower[end] in self.reporting):
                continue  # "establishing the Maritime Prosperity Initiative", "a Just Energy Transition Fund"
            label = "place" if self._a_site(tokens, start, end, i) else self.heads[text[i]]
            orgs.append(Span(doc, start, end, label=label, span_id=name))
        return orgs

    def _a_site(self, tokens: TokenView, start: int, end: int, head: int) -> bool:
        """A name ending in a head that names a site as well as a body (SITE_HEADS), with no
        tail, after 'at' or 'from' and before no reporting verb is where something happens:
        'launched from the Kennedy Space Center'; not 'the Carter Center said', 'the Center
        for Strategic Studies', 'a fellow at the Brookings Doha Center'."""
        lower = tokens.lower
        k = start - 1
        if k >= 0 and lower[k] == "the":
            k -= 1
        return (
            tokens.text[head] in SITE_HEADS and end == head + 1 and k >= 0 and lower[k] in SITE_PREPOSITIONS
            and not (end < len(tokens) and lower[end] in self.reporting)
            # not 'from' after what a body issues: "Warnings from the National Hurricane Center"
            and not (lower[k] == "from" and k > 0 and (lower[k - 1] in self.claimant_nouns or lower[k - 1] in DATA_NOUNS))
            # where someone works: "a fellow at the Brookings Doha Center", "now at the X Center"
            and not (k > 0 and (self._is_role(lower[k - 1]) or lower[k - 1] in {"now", "formerly", "previously", "currently"}))
        )

    def _locates_name(self, tokens: TokenView, start: int, end: int) -> bool:
        """A name after 'in' or 'near' is a place's, not after a verb or a noun that takes
        'in' ('swore in', 'brought in', 'faith in'), nor a listed given name's, nor before
        "'s": 'cement plants in Beni Suef'."""
        word = tokens.lower[start - 2]
        if word in IN_TAKERS or word.endswith("ed") or tokens.text[start] in self.given:
            return False
        return not (end < len(tokens) and tokens.lower[end] in {"'s", "’s"})

    @staticmethod
    def _a_scheme(tokens: TokenView, start: int, listed_inside: bool) -> bool:
        """A name whose head may name a scheme as well as a body (SCHEME_HEADS) names a
        scheme after 'a', after an owner's "'s", as what is set up, announced, paid for,
        expanded, advanced or joined, or what something passes through: 'a Just Energy
        Transition Fund', "the Coast Guard's Transparency Initiative", 'launched the Maritime
        Prosperity Initiative', 'data are available through the Orion Survey Archive'; not
        'the Global Fund said', nor after a preposition a name that holds a listed one
        ('through the Kyiv Recovery Fund', which would leave Kyiv to act)."""
        lower = tokens.lower
        k = start - 1
        if k >= 0 and lower[k] in {"a", "an", "'s", "’s"}:
            return True
        if k >= 0 and lower[k] == "the":
            k -= 1
        return k >= 0 and (lower[k].startswith(SCHEME_VERBS) or lower[k] in SCHEME_PREPOSITIONS and not listed_inside)

    def _joins_one_name(self, tokens: TokenView, k: int, known: set[int], inside: dict[int, int]) -> bool:
        """Whether the 'and' at k joins words of one organisation's name ('Research and
        Development Center', 'Command and Control Centre'), not two names: no name of two
        words or more ends before it with a head noun, nor a listed name or a person's name
        ('Progressive Party and Socialist Party', 'Bank of England and Federal Reserve
        Board'), unless a listed name goes on over it ('Bosnia and Herzegovina Football
        Federation'), and no run of more than two words before it (a listed name counting as
        one), which names a body of its own ('Hanwha Philly Shipyard and Huntington Ingalls
        Industries'; not 'Arms Control and Disarmament Agency', 'African Union Support and
        Stabilization Mission')."""
        if k in inside:
            return True
        before = k - 1
        run, words = before, 0
        while run >= 0 and tokens.is_name[run]:
            # a listed name is one word ("African Union Support and Stabilization Mission"), and a
            # state's none ("Bangladesh Garment Manufacturers and Exporters Association")
            words += run not in self._states_at
            run = inside.get(run, run) - 1
        if words > MAX_FIELD_WORDS:
            return False
        named = tokens.text[before] in self.heads and before > 0 and tokens.is_name[before - 1]  # "Progressive Party", not "Command and Control Centre"
        return not named and before not in known and not self._ends_person(tokens, before)

    def _listed_fields(self, tokens: TokenView, comma: int, known: set[int]) -> int:
        """The end of a list of unlisted one-word names that a comma at `comma` continues and
        'and' closes: the fields of a ministry ('of Economy, Trade and Industry',
        'of Agriculture, Forestry and Fisheries'); `comma` when there is none."""
        text, lower, n = tokens.text, tokens.lower, len(tokens)
        k = comma
        while k + 1 < n and text[k] == "," and self._last_field(tokens, k + 1, known):
            k += 2
        if k + 1 < n and lower[k] == "and" and self._last_field(tokens, k + 1, known):
            return k + 2
        return comma

    def _last_field(self, tokens: TokenView, k: int, known: set[int]) -> bool:
        """Token k is one unlisted name word that closes a list of fields: 'and Industry'."""
        n = len(tokens)
        return k < n and tokens.is_name[k] and k not in known and not self._opens_person(tokens, k) and not (k + 1 < n and tokens.is_name[k + 1])

    def _name_before(self, tokens: TokenView, of: int, known: set[int]) -> int | None:
        """Where a name of one to three words that stands right before `of` starts, if it
        opens a phrase (after a determiner or as the sentence's first words, not a common
        word alone: `_common_opening`) and holds no title, role or happening: the 'Great
        Orchestra' of 'the Great Orchestra of Christmas Charity', not 'Minister' of 'the
        Minister of Health Office' nor a person."""
        begin = of
        while begin > 0 and of - begin < MAX_NAME_TOKENS - 1 and tokens.is_name[begin - 1] and begin - 1 not in known:
            begin -= 1
        if begin == of or any(self._opens_person(tokens, k) for k in range(begin, of)) or any(
            self._is_role(tokens.lower[k]) or tokens.lower[k] in HAPPENINGS or tokens.text[k] in self.heads for k in range(begin, of)
        ):
            return None  # "Jennifer Lu of Marriage Equality Coalition" is a person and a body
        if tokens.doc[begin].is_sent_start:
            lone = of - begin == 1 and tokens.lower[of] == "of"  # not "Cinema for Peace Foundation"
            return None if lone and _common_opening(tokens, begin) else begin
        if begin > 0 and tokens.lower[begin - 1] in ORG_DETERMINERS:
            return begin
        return None

    def _headed_first(self, tokens: TokenView, headline: set[int]) -> list[Span]:
        """Names that open with their head noun, as in Romance languages: 'Institut National
        de Recherche Biomédicale', 'Banco Santander', 'Frente Polisario'."""
        doc, lower, is_name, n = tokens.doc, tokens.lower, tokens.is_name, len(tokens)
        orgs = []
        for i in (i for i, word in enumerate(tokens.text) if word in self.heads_first):
            if i in headline:
                continue
            end = i + 1
            while end < n and (is_name[end] or lower[end] in ROMANCE_CONNECTORS and end + 1 < n and is_name[end + 1]):
                end += 1 + (not is_name[end])
            if end - i >= 2:
                orgs.append(Span(doc, i, end, label=self.heads_first[tokens.text[i]], span_id=doc[i:end].text))
        return orgs

    @staticmethod
    def _names_a_thing(tokens: TokenView, end: int) -> bool:
        """A thing named after a person follows the name in lower case: 'the James Webb
        space telescope', 'the Nelson Mandela memorial'."""
        if end < len(tokens) and (tokens.lower[end].endswith("ed") or tokens.lower[end] in IRREGULAR_PAST):
            return False  # "Ahmed Karimi visited memorial sites"
        return any(tokens.lower[k] in NAMED_THINGS and all(tokens.is_lower[j] for j in range(end, k + 1)) for k in range(end, min(end + 2, len(tokens))))

    def _title_then_name(self, tokens: TokenView, k: int) -> bool:
        """A title of a word or more opens at k, a person's name after it: "Permanent
        Secretary John Smith", "Special Secretary Ambassador Nabeel Munir"; not "Special
        Envoy for Syria"."""
        lower, n = tokens.lower, len(tokens)
        j = k
        while j < n and j - k < MAX_NAME_TOKENS and tokens.is_name[j] and not self._is_role(lower[j]):
            j += 1
        if j == k + MAX_NAME_TOKENS or j >= n or not self._is_role(lower[j]):
            return False
        while j < n and tokens.is_name[j] and self._is_role(lower[j]):
            j += 1
        return j < n and tokens.is_name[j] and j - k <= MAX_NAME_TOKENS

    def _ends_person(self, tokens: TokenView, i: int) -> bool:
        """Token i ends a run of names that a given name opens: 'Ambassador Alexandre Garcia'."""
        k = i
        while k > 0 and tokens.is_name[k - 1]:
            k -= 1
        return any(self._opens_person(tokens, j) for j in range(k, i))

    @staticmethod
    def _without_people(tokens: TokenView, orgs: list[Span], people: list[Span]) -> list[Span]:
        """Organisation names that start after the titled people they ran over: 'Ambassador to
        Niger Alexandre Garcia and Barkhane Force' holds the organisation 'Barkhane Force'."""
        kept = []
        for org in orgs:
            start = max((p.end for p in people if org.start <= p.end < org.end and p.start < org.end), default=org.start)
            while start < org.end and tokens.lower[start] in {"and", ",", "of", "for"}:
                start += 1
            if org.end - start >= 2:
                kept.append(org if start == org.start else Span(org.doc, start, org.end, label=org.label_, span_id=org.doc[start:org.end].text))
        return kept

    def _opens_person(self, tokens: TokenView, i: int) -> bool:
        """A given name followed by another name: where a person's name starts."""
        return tokens.text[i] in self.given and i + 1 < len(tokens) and tokens.is_name[i + 1]

    def _after_org_nouns(self, tokens: TokenView, known: set[int], headline: set[int]) -> list[Span]:
        """'the Mexican company Cultura Colectiva', 'store chains Woolworths and Coles': names
        right after a noun for a kind of organisation (org_nouns.jsonl), a list of them after
        a plural, also after 'such as' or 'including' ('retailers such as Best Buy and
        Circuit City'), where no head noun or list names them."""
        doc, text, lower, n = tokens.doc, tokens.text, tokens.lower, len(tokens)
        orgs = []
        for _, start, end in self.org_nouns(doc):
            if end in headline or end < n and doc[end].is_sent_start:
                continue
            plural = lower[end - 1].endswith("s")
            if plural and end + 2 < n:
                end += 2 if lower[end : end + 2] == ["such", "as"] else lower[end] == "including"  # not "like", a verb too: "Most banks like Powell"
            begin, stop = end, self._name_run(tokens, end, known)
            while stop > begin and not (stop < n and text[stop] in self.heads):
                orgs.append(Span(doc, begin, stop, label="organization", span_id=doc[begin:stop].text))
                if not plural or stop + 1 >= n or text[stop] not in {",", "and"}:
                    break
                begin = stop + 1 + (text[stop] == "," and text[stop + 1] == "and")
                stop = self._name_run(tokens, begin, known)
        return orgs

    def _workplaces(self, tokens: TokenView, known: set[int], headline: set[int]) -> list[Span]:
        """The unlisted name of where a professional works: 'an analyst at Kepler Cheuvreux';
        not 'a spokesman at Evin prison' (a head noun names the others anyway)."""
        doc, lower, n = tokens.doc, tokens.lower, len(tokens)
        orgs = []
        for i in range(1, n - 1):
            if lower[i] == "at" and self._is_role(lower[i - 1]) and tokens.is_name[i + 1] and i + 1 not in known and i + 1 not in headline:
                end = self._name_run(tokens, i + 1, known)
                if end > i + 1 and not (end < n and (tokens.text[end] in self.heads or lower[end] in self.thing_heads or lower[end] in SITES)) and not self._opens_person(tokens, i + 1):
                    orgs.append(Span(doc, i + 1, end, label="organization", span_id=doc[i + 1 : end].text))
        return orgs

    def _employers(self, tokens: TokenView, known: set[int], headline: set[int]) -> list[Span]:
        """The unlisted name before a role in lower case and the person who holds it: the
        club, firm or party the person works for ('Maroochydore captain Sam Marshall',
        'Kepler analyst Anna Berg'); not a word written in lower case elsewhere ('Former
        captain Sam Marshall'), one that opens a sentence and is written nowhere inside one,
        nor a party's member ('Republican senator John Hoeven')."""
        doc, lower, n = tokens.doc, tokens.lower, len(tokens)
        lowercase = written_lower(tokens)
        inside = written_inside(tokens)
        orgs = []
        for i in range(1, n - 2):
            if not (tokens.is_lower[i] and lower[i] in EMPLOYEE_ROLES and self._opens_person(tokens, i + 1)):
                continue  # not "Uyghur activist", "Olympic champion", "Oscar winner"
            role = i
            while role > 1 and tokens.is_lower[role - 1] and lower[role - 1] in self.roles_and_offices:
                role -= 1  # "Maroochydore assistant coach Ben Radmall"
            begin = role
            while begin > 0 and role - begin < MAX_EMPLOYER_WORDS and tokens.is_name[begin - 1] and begin - 1 not in known and begin - 1 not in headline:
                begin -= 1
            words = tokens.text[begin:role]
            if begin == role or (begin > 0 and tokens.is_name[begin - 1]) or any(w.lower() in lowercase or w.endswith(MEMBER_ENDINGS) for w in words):
                continue
            if doc[begin].is_sent_start and words[0] not in inside:
                continue
            orgs.append(Span(doc, begin, role, label="organization", span_id=doc[begin:role].text))
        return orgs

    def _before_org_nouns(self, tokens: TokenView, known: set[int], headline: set[int]) -> list[Span]:
        """'the Kaufland chain', 'its Netto chain', 'the Wagner group': a name between a
        determiner and a noun for a kind of organisation."""
        doc, lower, is_name = tokens.doc, tokens.lower, tokens.is_name
        state_ends = {s.end - 1 for s in doc.spans.get(SPAN_KEYS["gazetteer"], []) if s.label_ == "state" and len(s) == 1}
        orgs = []
        for _, start, _ in self.org_nouns(doc):
            begin = start
            while begin > 0 and start - begin < MAX_NAME_TOKENS - 1 and is_name[begin - 1] and begin - 1 not in known and tokens.text[begin - 1] not in self.heads:
                begin -= 1
            if begin < start and begin > 1 and begin - 1 in state_ends and lower[begin - 2] in ORG_DETERMINERS and not lower[start].endswith("s"):
                begin -= 1  # a listed state's name opens it: "the UK Maritime Trade Operations agency", not "the US Big Tech companies"
            if (
                begin < start and begin > 0 and lower[begin - 1] in ORG_DETERMINERS and start - 1 not in headline and not doc[begin].is_sent_start
                and not any(lower[k] in self.thing_heads for k in range(begin, start))  # "the Hawaiian Island chain"
            ):
                orgs.append(Span(doc, begin, start, label="organization", span_id=doc[begin:start].text))
        return orgs

    def _one_word_claimants(self, tokens: TokenView, known: set[int], headline: set[int]) -> list[Span]:
        """A capitalised word that no list holds, right before a reporting verb, names a
        company or body ('Vestas reported a profit', 'Brookfield said'): not a claimant
        noun ('Officials said', 'Reports suggested'), a role, a function word, a place after
        'in' or 'at', nor the family name of someone named in full before ('Mendy said'
        after 'Edouard Mendy'); at a sentence's start, only a word the text also capitalises
        inside a sentence ('Results showed' is no name). So does an acronym that acts
        (`_acronym_acts`) and that the text spells out in no brackets."""
        doc, text, lower, n = tokens.doc, tokens.text, tokens.lower, len(tokens)
        in_full = {text[k] for k in range(1, n) if tokens.is_name[k] and tokens.is_name[k - 1]}
        inside = written_inside(tokens)
        found = []
        # acronyms the text spells out in brackets, which resolve to their names later: "(JWG)"
        defined = {text[k] for k in range(1, n - 1) if text[k - 1] == "(" and text[k + 1] == ")"}
        spelled = _initials_of_names(tokens)
        for i in range(n - 1):
            word = text[i]
            if word not in defined and self._acronym_acts(tokens, i, known, headline, word in spelled):
                found.append(Span(tokens.doc, i, i + 1, label="organization", span_id=word))  # "The ATP fined the player"
                continue
            if not tokens.is_title[i] or i in known or i in headline or lower[i + 1] not in self.reporting or lower[i + 1] == "according":
                continue
            if lower[i + 1] == "states" and (i + 2 >= n or lower[i + 2] not in CONTENT_OPENERS):
                continue  # "the Failed States Index"
            if i > 0 and (tokens.is_name[i - 1] or lower[i - 1] in ARTICLES) or word in NOT_NAMES or word in in_full or doc[i].is_sent_start and word not in inside:
                continue
            if i > 0 and lower[i - 1] in {"in", "at", "near"}:
                continue  # a place: "the Leibniz Institute in Warnemuende identified"
            if lower[i] in self.claimant_nouns or lower[i][:-1] in self.claimant_nouns or self._is_role(lower[i]):
                continue
            if i > 1 and lower[i - 1] in CONNECTORS and tokens.is_name[i - 2]:
                continue  # the end of a longer name: "Disease Control and Prevention said"
            if after_hyphen(tokens, i):
                continue  # the end of a hyphenated title: "The Director-General said"
            start = i
            while start > 0 and lower[start - 1] in PARTICLES and tokens.is_lower[start - 1]:
                start -= 1  # a surname with its particles: "de la Fuente said"
            if start < i:
                found.append(self._person(tokens, start, i + 1))
                continue
            found.append(Span(tokens.doc, i, i + 1, label="person" if word in self.given else "organization", span_id=word))
        return found + self._other_mentions(tokens, known, headline, {s.text for s in found if s.label_ == "organization"})

    def _acronym_acts(self, tokens: TokenView, i: int, known: set[int], headline: set[int], spelled: bool) -> bool:
        """An acronym no list holds, after 'the' and before a reporting verb or a body's act
        in the past, names the body that acts: 'The ATP fined the player', 'the JWG
        identified'; not a role ('The PM said'), a measure ('the GDP grew') nor a thing
        ('The IED exploded', 'The UAV struck')."""
        word, lower = tokens.text[i], tokens.lower
        if not (tokens.is_upper[i] and tokens.is_alpha[i] and MIN_ACRONYM <= len(word) <= MAX_ACRONYM) or i in known or i in headline:
            return False
        if i == 0 or lower[i - 1] != "the" or self._is_role(lower[i]) or word in NON_BODY_ACRONYMS:
            return False
        verb = lower[i + 1]
        # any act in the past where the text names the body in full: "the LNA achieved" after "the Libyan National Army"
        return tokens.is_lower[i + 1] and (verb in self.reporting or verb in BODY_ACTS or spelled and (verb.endswith("ed") or verb in IRREGULAR_PAST))

    @staticmethod
    def _other_mentions(tokens: TokenView, known: set[int], headline: set[int], words: set[str]) -> list[Span]:
        """The other mentions of a one-word body found as a claimant, apart from longer
        names and a sentence's first word: 'Vestas said ... Shares in Vestas fell'."""
        return [
            Span(tokens.doc, i, end, label="organization", span_id=tokens.text[i])
            for i, end in mentions_of(tokens, {(word,) for word in words}, known | headline)
            if not tokens.doc[i].is_sent_start
        ]

    @staticmethod
    def _camel_case(tokens: TokenView, known: set[int], headline: set[int]) -> list[Span]:
        """Camel-case words ('UpGuard') as organisations (see is_camel_case), not a product
        a noun of its kind names before or after it ('the obesity drug CagriSema', 'the
        FedWatch Tool')."""
        doc, is_title, is_lower, is_upper, lower = tokens.doc, tokens.is_title, tokens.is_lower, tokens.is_upper, tokens.lower
        return [
            Span(doc, i, i + 1, label="organization", span_id=word)
            for i, word in enumerate(tokens.text)
            # the flags first: nearly every word is lower case, title case or capitals
            if not (is_title[i] or is_lower[i] or is_upper[i]) and i not in known and i not in headline and is_camel_case(word)
            and not (i > 0 and lower[i - 1] in PRODUCT_NOUNS or i + 1 < len(doc) and lower[i + 1] in PRODUCT_NOUNS)
        ]

    def _by_shape(self, tokens: TokenView, titles, known: set[int], headline: set[int], listed_people: set[int], after_demonym: set[int], before_state: set[int], one_word: dict[int, str]) -> list[Span]:
        """People: 'Slobodan MILOSEVIC'; 'John Kirby said'; 'said John Kirby'; 'X, a spokesman';
        and places that an Arabic place word opens: 'Ras al-Ayn'."""
        is_name, n = tokens.is_name, len(tokens)
        # a one-word title that is also a family name, after a given name and before no
        # name: "Ollie Pope", "Larry King"; not "Jordan's King Abdullah", "Pope Leo", "the
        # Austin Mayor"
        surnames = {
            start for _, start, end in titles
            if end == start + 1 and tokens.text[start] in SURNAME_TITLES and start > 0 and tokens.text[start - 1] in self.given
            and start - 1 not in known | headline and not (start > 1 and (is_name[start - 2] or tokens.lower[start - 2] in ARTICLES))
            and not (end < n and is_name[end])
        }
        in_title = {i for _, start, end in titles for i in range(start, end)} - surnames
        found = []
        i = 0
        while i < n:
            if not is_name[i] or i in known or i in in_title or tokens.text[i] in self.portfolios:
                i += 1  # a portfolio opens no name: "Minister of Information Moammar al-Eryani"
                continue
            end = self._name_run(tokens, i, known)
            if i in headline and not self._signed(tokens, end):
                i = max(end, i + 1)
                continue
            start = i
            if self._has_role(tokens, i, end, in_title, surnames):
                # a role the title list has in lower case only, capitalised as a sentence's first
                # word ("Countryman Lawrence Cherono won"), or a plural title before a list of
                # names ("by Representatives Eliot Engel, Adam Schiff"); other runs with a role
                # are no names
                plural = tokens.lower[i] not in self.roles_and_offices
                # ... and a name after the role, not the syllable of a compound ("Student-led")
                opens = end - i >= 3 and (tokens.doc[i].is_sent_start or plural) and self._is_role(tokens.lower[i]) and tokens.is_name[i + 1] and (tokens.text[i + 1] in self.given or end - i == 3)
                start = i + 1 if opens and not self._has_role(tokens, i + 1, end, in_title) else end
            # a run right before a listed person holds that person's given names ("Robert Gabriel Mugabe")
            if end not in listed_people and end - start >= 2 and (
                start == i + 1  # after a role: "Winger Bukayo Saka scored"
                or self._looks_like_person(tokens, start, end)
                or (start in after_demonym or end in before_state) and self._of_a_people(tokens, start, end)
            ):
                if end in one_word and tokens.text[start] in self.given and not (end + 1 < n and is_name[end + 1]):
                    end += 1  # a listed one-word name ends it: "Johann Marfetán Medina", "Sudesh Amman"
                if start == i and start > 1 and tokens.lower[start - 1] in PLACE_PREPOSITIONS and self._locates_name(tokens, start, end):
                    found.append(Span(tokens.doc, start, end, label="place", span_id=tokens.doc[start:end].text))  # "plants in Beni Suef"
                else:
                    found.append(self._person(tokens, start, end))
            elif end - start >= 2 and self._opens_place(tokens, start):
                found.append(Span(tokens.doc, start, end, label="place", span_id=tokens.doc[start:end].text))  # "shelled Ras al-Ayn"
            i = max(end, i + 1)
        return found

    def _opens_place(self, tokens: TokenView, start: int) -> bool:
        """An Arabic word for a cape, a valley, a monastery ... opens a place's name, unless it
        is also a given name with no particle after it ('Ras al-Ayn', not 'Ras Baraka'); so
        does the Arabic article joined to the name by a hyphen, in a name of two words or
        after a place's preposition ('Al-Baghuz Fawqani', "fled to Al-Qa'im"; not 'Al Gore',
        'Al-Sisi met'), unless the text names someone with it ('Hassan al-Turabi ...
        Al-Turabi') or an article stands before it ('the Al-Assad family')."""
        text = tokens.text
        if text[start] in ARABIC_ARTICLES and start + 2 < len(tokens) and text[start + 1] == "-" and not tokens.whitespace[start] and not tokens.whitespace[start + 1]:
            # a name of two words or one after a place's preposition: not "Al-Sisi met", "met Al-Thani", "Al-Ahly beat"
            placed = start + 3 < len(tokens) and tokens.is_name[start + 3] or start > 0 and tokens.lower[start - 1] in PLACE_PREPOSITIONS | MOTION_PREPOSITIONS
            return placed and not _family_name(tokens, text[start + 2]) and not (start > 0 and tokens.lower[start - 1] in ARTICLES)
        if text[start] not in self.place_openers:
            return False
        return text[start] not in self.given or start + 1 < len(tokens) and tokens.lower[start + 1] in PARTICLES

    def _given_then_listed(self, tokens: TokenView, known: set[int], headline: set[int], listed_surnames: set[int], places: set[int]) -> list[Span]:
        """A given name before a listed person's one-word name is another person of that
        family: 'his son, Hunter Biden', 'First Lady Jill Biden', with more of the name
        after a listed middle name ('Hassan Ahmadi Karimi'); not the Arabic article before
        a place's name: 'Al Mukalla'."""
        return [
            self._person(tokens, i - 1, self._surname_end(tokens, i, known))
            for i in sorted(listed_surnames)
            if i > 0 and tokens.text[i - 1] in self.given and i - 1 not in known and i - 1 not in headline
            and not (i > 1 and tokens.text[i - 2] in self.given)  # "Robert Gabriel Mugabe" is Mugabe
            and not (i in places and tokens.lower[i - 1] in PARTICLES)
        ]

    @staticmethod
    def _article_then_place(tokens: TokenView, one_word: dict[int, str], places: set[int], known: set[int]) -> list[Span]:
        """The Arabic article before a listed place's name is part of it: 'Al Hudaydah',
        'al-Hasakah' are Hodeidah and Hasakah."""
        text, found = tokens.text, []
        for i in sorted(places & set(one_word)):
            hyphen = i > 1 and text[i - 1] == "-" and not tokens.whitespace[i - 2] and not tokens.whitespace[i - 1]
            start = i - 2 if hyphen else i - 1
            if start >= 0 and start not in known and text[start] in ARABIC_ARTICLES and (hyphen or tokens.whitespace[start]):
                found.append(Span(tokens.doc, start, i + 1, label="place", span_id=one_word[i]))
        return found

    def _surname_end(self, tokens: TokenView, i: int, known: set[int]) -> int:
        """End of a name whose listed word i follows a given name: a listed word before more
        of a name is a middle name ("Hassan Ahmadi Karimi"); a place's noun is no name."""
        end = i + 1 if i + 1 in known else self._name_run(tokens, i + 1, known, MAX_NAME_TOKENS - 2)
        return end if end == i + 1 or tokens.lower[end - 1] not in self.thing_heads else i + 1

    def _given_then_place(self, tokens: TokenView, listed: list[Span], known: set[int], headline: set[int]) -> list[Span]:
        """A given name before a listed one-word place that ends the name is a person of that
        surname: 'Michael Jordan', 'Tom Jordan', 'George Washington'; not a state's name
        ('Santiago Chile'), nor a place before more of a name."""
        text, n = tokens.text, len(tokens)
        people = []
        for span in listed:
            k, g = span.start, span.start - 1
            if len(span) > 1 or span.label_ not in SURNAME_PLACE_LABELS or g < 0 or k in headline or g in headline:
                continue
            if text[g] not in self.given or text[g] in ARABIC_ARTICLES or g in known or g > 0 and tokens.is_name[g - 1] or k + 1 < n and tokens.is_name[k + 1]:
                continue
            people.append(self._person(tokens, g, k + 1))
        return people

    @staticmethod
    def _spelled_otherwise(tokens: TokenView, listed: list[Span], headline: set[int]) -> list[Span]:
        """A listed person's surname after given names spelled otherwise than the list
        spells them: 'Ahmad al-Sharaa' (Ahmed al-Sharaa), 'Abdul Hamid Dbeibah' (Abdul Hamid
        Dbeibeh), one person, not a second for the given names."""
        people = []
        for span in listed:
            alias, name = span.text.split(), span.id_.split()
            if span.label_ != "person" or len(name) <= len(alias) or span.start in headline:
                continue
            given = fold(" ".join(name[: len(name) - len(alias)]))
            for start in range(span.start - 1, max(span.start - MAX_NAME_TOKENS, -1), -1):
                if not tokens.is_name[start] or start in headline:
                    break
                if SequenceMatcher(None, fold(tokens.doc[start : span.start].text), given).ratio() >= SAME_GIVEN_NAME:
                    people.append(Span(tokens.doc, start, span.end, label="person", span_id=span.id_))
                    break
        return people

    def _given_as_place(self, tokens: TokenView, listed: list[Span], known: set[int], headline: set[int]) -> list[Span]:
        """A place's or state's name that is also a given name, before a surname no list
        holds: 'Sofia Kenin', 'Israel Adesanya', 'Santiago Abascal'; not 'Victoria Falls',
        'Jordan River', 'the Washington Accords', 'the Nevada Independent' or 'Women for
        America First'."""
        text, lower, n = tokens.text, tokens.lower, len(tokens)
        people = []
        for span in listed:
            k = span.start
            if len(span) > 1 or span.label_ not in PLACE_LABELS or text[k] not in self.given_places or k in headline or k > 0 and lower[k - 1] in ARTICLES | {"of", "for"}:
                continue
            if k + 1 >= n or not tokens.is_title[k + 1] or k + 1 in known or text[k + 1] in self.heads or lower[k + 1] in self.thing_heads | TREATY_HEADS or lower[k + 1].endswith(MEMBERS_ENDINGS):
                continue
            end = self._name_run(tokens, k + 1, known, MAX_NAME_TOKENS - 1)
            if end == k + 2 or end == k + 3 and self._looks_like_person(tokens, k + 1, end):
                people.append(self._person(tokens, k, end))
        return people

    def _coordinated_people(self, tokens: TokenView, people: list[Span], taken: set[int], headline: set[int]) -> list[Span]:
        """Unknown names of two or three words in a list with a person, joined by commas
        and 'and', after a plural noun or a role for them: 'volunteers Svitlana Klimenko
        and Yuriy Holovin', 'scientists Majid Shahriari and Fereydoon Abbasi'; not 'Nancy
        Pelosi and House Democrats', 'At Grupa Azoty, Marek Nowak'."""
        lower = tokens.lower
        blocked = taken | headline
        at_start = {p.start: p for p in people}
        at_end = {p.end: p for p in people}
        found, seen = [], set()
        for person in people:
            if person.start in seen:
                continue
            members, joins = [(person.start, person.end, True)], []
            for step in (1, -1):
                while True:
                    edge = members[-1][1] if step == 1 else members[0][0]
                    join = edge if step == 1 else edge - 1
                    if not 0 <= join < len(tokens) or lower[join] not in {",", "and"}:
                        break
                    nxt = join + step
                    if 0 <= nxt < len(tokens) and lower[join] == "," and lower[nxt] == "and" and step == 1:
                        nxt += 1  # ", and"
                    listed = at_start.get(nxt) if step == 1 else at_end.get(nxt + 1)
                    if listed is not None:
                        member = (listed.start, listed.end, True)
                    else:
                        begin, stop = self._free_run(tokens, nxt, step, blocked)
                        if not 2 <= stop - begin <= 3 or self._has_role(tokens, begin, stop, set()) or any(tokens.text[k] in self.heads for k in range(begin, stop)):
                            break
                        member = (begin, stop, False)
                    joins.append(lower[join])
                    if step == 1:
                        members.append(member)
                    else:
                        members.insert(0, member)
            seen.update(start for start, _, _ in members)
            first = members[0][0]
            if first > 1 and lower[first - 1] == ",":
                first -= 1  # "two senior Iranian nuclear scientists, Majid Shahriari and ..."
            if "and" in joins and first > 0 and self._introduces_people(tokens, first - 1):
                found += [self._person(tokens, begin, stop) for begin, stop, is_person in members if not is_person]
        return found

    def _coordinated_companies(self, tokens: TokenView, listed: list[Span], people: list[Span], taken: set[int], headline: set[int]) -> list[Span]:
        """Unknown names in a list with two or more listed organisations and no state, place
        or person, joined by commas and 'and' or 'or': 'customers such as Dell, Sony, Gateway
        and Hitachi'; not a name that opens a person's ('Apple, Google and Tim Cook'), the
        family name of a person the text names ('payments by Glencore, Trafigura and
        Gertler' after 'Dan Gertler'), one after a locative ('In Cupertino, Apple and
        Google') nor a sentence's first word that the text capitalises nowhere else
        ('Yesterday, Google and Apple')."""
        doc, text, lower, n = tokens.doc, tokens.text, tokens.lower, len(tokens)
        at_start = {s.start: s for s in listed}
        blocked = taken | headline
        # the family names of the people the text names: "Glencore, Trafigura and Gertler"
        surnames = {p.id_.split()[-1] for p in people}
        inside = written_inside(tokens)
        found, k = [], 0
        while k < n:
            members, joins, edge = [], [], k
            while True:
                member = self._list_member(tokens, edge, at_start, blocked)
                if member is None:
                    break
                members.append(member)
                join = member[1]
                if join + 1 >= n or lower[join] not in {",", "and", "or"}:
                    break
                serial = lower[join] == "," and lower[join + 1] in {"and", "or"}  # ", and"
                joins.append(lower[join + serial])
                edge = join + 1 + serial
            k = members[-1][1] if members else k + 1
            labels = [label for _, _, label in members]
            if len(members) < 3 or not {"and", "or"} & set(joins) or labels.count("organization") < 2 or set(labels) - {"organization", None}:
                continue
            for start, end, label in members:
                unknown = label is None and not self._opens_person(tokens, start) and not any(text[j] in self.heads for j in range(start, end)) and text[end - 1] not in surnames
                placed = start > 0 and lower[start - 1] in self.locatives
                if unknown and not placed and not (doc[start].is_sent_start and text[start] not in inside):
                    found.append(Span(doc, start, end, label="organization", span_id=doc[start:end].text))
        return found

    @staticmethod
    def _list_member(tokens: TokenView, k: int, at_start: dict[int, Span], blocked: set[int]) -> tuple[int, int, str | None] | None:
        """The name at token k as (start, end, label of its list, or None for a name no list
        holds of one to three words), or None where no name starts."""
        if k >= len(tokens):
            return None
        if k in at_start:
            return at_start[k].start, at_start[k].end, at_start[k].label_
        begin, stop = NameFinder._free_run(tokens, k, 1, blocked)
        return (begin, stop, None) if stop > begin else None

    def _introduces_people(self, tokens: TokenView, i: int) -> bool:
        """Token i is a role word or a lower-case plural noun: 'volunteers', 'scientists'."""
        word = tokens.lower[i]
        return self._is_role(word) or tokens.is_lower[i] and word.endswith("s") and len(word) > 3

    @staticmethod
    def _free_run(tokens: TokenView, k: int, step: int, taken: set[int]) -> tuple[int, int]:
        """The run of name tokens no other name holds, from token k forward (step 1) or
        backward (step -1), as (start, end); empty when it runs on into another name."""
        is_name, n = tokens.is_name, len(tokens)
        edge = k
        while 0 <= edge < n and is_name[edge] and edge not in taken and abs(edge - k) < 3:
            edge += step
        if 0 <= edge < n and is_name[edge]:
            return k, k  # four or more names, or a listed name inside: not one person's
        return (k, edge) if step == 1 else (edge + 1, k + 1)

    def _has_role(self, tokens: TokenView, start: int, end: int, in_title: set[int], surnames: set[int] | frozenset[int] = frozenset()) -> bool:
        """A run with a title or role word in it ('Regional Governor Mujiv Hataman', 'Foreign
        Ministers') is no name: the title rule finds the person after the title; a title
        word that is a family name (`surnames`) is none."""
        return any(k in in_title or k not in surnames and self._is_role(tokens.lower[k]) for k in range(start, end))

    def _is_role(self, word: str) -> bool:
        """A title or role word, or its plural ('ministers', 'members')."""
        return word in self.roles_and_offices or word.endswith("s") and word[:-1] in self.roles_and_offices

    def _signed(self, tokens: TokenView, end: int) -> bool:
        """A signature line: 'Thomas "Tommy" Pigott, Spokesperson'."""
        return end + 1 < len(tokens) and tokens.text[end] == "," and tokens.lower[end + 1] in self.roles_and_offices

    def _of_a_people(self, tokens: TokenView, start: int, end: int) -> bool:
        """Two or three names after a demonym or before 'of' and a state that name no thing
        or group: 'Kenyan Eliud Kipchoge', 'Karsten Warholm of Norway', not 'Chinese New
        Year', 'Syrian Democratic Forces' or 'the Grand Mufti of Egypt'."""
        lower = tokens.lower
        if start > 0 and lower[start - 1] in ARTICLES:
            return False
        return end - start <= 3 and not any(lower[k] in self.thing_heads or lower[k] in TIME_WORDS or tokens.text[k] in self.portfolios for k in range(start, end)) and not (
            end < len(tokens) and tokens.text[end].capitalize() in self.heads  # "Thai Raksa Chart party"
        )

    def _looks_like_person(self, tokens: TokenView, start: int, end: int) -> bool:
        text, lower, n = tokens.text, tokens.lower, len(tokens)
        if lower[start] in STORMS or lower[start] in REGION_WORDS or text[start] in SCHEME_OPENERS:
            return False  # "2017's Hurricane Maria", "NATO's Eastern European member states", "Operation Spiderweb showed"
        if end - start == MAX_NAME_TOKENS and end < n and tokens.is_name[end]:
            return False  # a longer name than a person's: "the Nancy Grace Roman Space Telescope"
        if text[start] in FEASTS and start + 1 < n and lower[start + 1] in PARTICLES:
            return False  # "Eid al-Fitr"; not "Bassem Eid"
        if self._opens_place(tokens, start):
            return end < n and lower[end] in self.reporting  # "Ras Baraka said"; not "shelled Ras al-Ayn"
        if end < n and lower[end] in self.weapons:
            return False  # "Shahed-type drones", "two Iskander-M missiles": a model's name
        if end < n and lower[end] in WORK_NOUNS and start > 0 and (lower[start - 1] in ARTICLES or tokens.is_digit[start - 1]):
            return False  # "the Al-Hesbah forum": a work's or a site's title
        if text[start] in self.given and lower[end - 1] not in self.thing_heads | TREATY_HEADS and not self._names_a_thing(tokens, end):
            return True  # "Marcus Berg missed a chance"; not "Carmel Valley", "the Doris Day Show", "the Abraham Accords", "the James Webb space telescope"
        if end - start == 4 and text[start + 2] == "-" and all(len(text[k]) <= 5 for k in (start, start + 1, start + 3)):
            return True  # a Korean name: family name and a hyphenated given name ("Park Joo-Ho")
        if text[start] in self.family_first and end - start in (2, 3) and not (start > 0 and (lower[start - 1] in ARTICLES or lower[start - 1] in self.locatives)) and not (end < n and (lower[end] in self.thing_heads or lower[end] in LOCAL_PEOPLE)) and all(tokens.is_title[k] and text[k] not in self.heads and lower[k] not in self.thing_heads for k in range(start + 1, end)):
            return True  # a Chinese, Korean or Vietnamese name, the family name first: "Zhao Leji", "Kim Jong Un"
        if end - start == 2 and tokens.is_title[start] and tokens.is_title[start + 1] and tokens.is_alpha[start] and lower[start + 1].endswith(SURNAME_ENDINGS) and text[start] not in self.heads and text[start + 1] not in self.heads:
            return True  # a surname's ending tells a person whose given name no list has: "Shahin Mustafayev"
        if tokens.is_title[start] and any(tokens.is_upper[k] and tokens.is_alpha[k] and len(text[k]) > 2 and not ROMAN.fullmatch(text[k]) for k in range(start + 1, end)):
            return True  # "Slobodan MILOSEVIC"; not "Annex VII", "Iron Gate III", "the Galaxy S26"
        if start > 0 and lower[start - 1] in ARTICLES or lower[end - 1] in NAMELESS_HEADS:
            return False  # "The Emergency Response Rooms said", "James Webb Space Telescope found"
        if end + 1 < n and lower[end] in self.player_acts and end - start == 2 and not tokens.is_digit[end + 1]:
            return True  # "Hirving Lozano scored a goal"; not "Golden State scored 120 points"
        if end < n and lower[end] in self.reporting and not (lower[end] == "states" and (end + 1 >= n or lower[end + 1] not in CONTENT_OPENERS)):
            return True  # "John Kirby said"; not "the Eastern European states and ..."
        if end < n and lower[end] in {"of", "from"} and any(w in self.reporting for w in lower[end + 1 : end + 9]):
            return True  # "Kristian Andersen of Scripps Research said"
        before = start - 1
        if before >= 1 and lower[before] in {"'s", "’s"} and before - 1 in self._states_at and end - start == 2 and not self._names_a_thing(tokens, end) and not (end < n and tokens.is_lower[end] and tokens.is_alpha[end] and not lower[end].endswith("ed") and lower[end] not in self.reporting | IRREGULAR_PAST):
            return lower[end - 1] not in self.thing_heads | TREATY_HEADS | POLICY_WORDS  # "Kenya's Faith Kipyegon won"; not "South Korea's Sunshine Policy"
        if self._named_before(tokens, start) and not (end < n and (self._is_role(lower[end]) or lower[end] in self.thing_heads)):
            return True  # not "the 29-year-old Real Sociedad midfielder"
        if before > 0 and lower[before] in self.reporting and text[before - 1] in {",", "”", '"'}:
            return True
        if end + 1 < n and text[end] == ",":
            return any(w in self.roles_and_offices for w in lower[end + 1 : end + 5])
        return False

    def _named_before(self, tokens: TokenView, start: int) -> bool:
        """An age or a verb of naming comes right before the name: "22-year-old Tendai
        Patil", "the dead sailor was identified as Ronel Bagatsing", "police named the driver as Darius Okafor"."""
        lower = tokens.lower
        if start >= 5 and lower[start - 4 : start] == ["-", "year", "-", "old"] and tokens.is_digit[start - 5]:
            return True
        window = range(max(start - NAMING_REACH, 0), start - 1)
        named = start >= 2 and lower[start - 1] == "as" and any(lower[k] in self.namings for k in window)
        return named and any(lower[k] in PERSON_NOUNS for k in range(max(start - NAMING_REACH - 3, 0), start - 1))  # not "identified as MV Tutor"


def _family_name(tokens: TokenView, word: str) -> bool:
    """Some name in the text ends with the Arabic article and `word` after a name: 'Bashar
    al-Assad', 'Hassan al-Turabi'."""
    text = tokens.text
    return any(
        text[k] == word and text[k - 1] == "-" and text[k - 2] in ARABIC_ARTICLES and tokens.is_name[k - 3]
        for k in range(3, len(text))
    )


def _initials_of_names(tokens: TokenView) -> set[str]:
    """The acronyms that the runs of capitalised words spell: 'GNA' of 'Government of
    National Accord'."""
    found, run = set(), []
    for k in range(len(tokens) + 1):
        if k < len(tokens) and (tokens.is_title[k] or run and tokens.lower[k] in INITIAL_SKIPS):
            run.append(tokens.text[k])
            continue
        found.add(initials(run))
        run = []
    return found - {None}


def _common_opening(tokens: TokenView, k: int) -> bool:
    """Token k opens its sentence and the text capitalises it nowhere inside one: a
    common word, no name ('Shares of Volkswagen Group fell')."""
    return tokens.doc[k].is_sent_start and tokens.text[k] not in written_inside(tokens)


def _token_set(doc: Doc, key: str) -> set[int]:
    """The indices of the tokens inside the spans of group `key`."""
    return {i for span in doc.spans.get(SPAN_KEYS[key], []) for i in range(span.start, span.end)}
