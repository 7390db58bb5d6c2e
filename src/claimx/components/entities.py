"""Actors and places: gazetteer hits and found names resolved to canonical names and roles."""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path

import srsly
from spacy.tokens import Doc, Span

from .. import resources
from .base import SPAN_KEYS, LexiconComponent, group, set_group
from .dates import MONTHS
from .tokens import ARTICLES, IRREGULAR_PAST, LOCATED_HEADS, MIN_SPORT_WORDS, REGION_WORDS, ROMAN, SITED, THING_HEADS, TREATY_HEADS, TokenView, fold, initials, is_name_token, sport_count, view

# When mentions of the same length overlap, the first label here wins
# ("Brussels" the EU metonym over Brussels the Belgian capital).
RANK = {label: rank for rank, label in enumerate(["government", "organization", "group", "person", "state", "ambiguous_state", "capital", "demonym", "place"])}
ACTOR_LABELS = {"government": "state", "organization": "organization", "group": "group", "person": "person"}
MIN_POLITICAL_MENTIONS = 1
# A town is at most this many tokens before the comma that its region follows.
MAX_TOWN_TOKENS = 4
STATE_NOUNS = {"state", "states", "nation", "nations", "country", "countries", "monarchy", "monarchies"}
INTO_REGIONS = {"to", "into", "in", "across", "throughout"}  # "spread to Darfur states": the states are a place
HOSTING = {"welcome", "welcomed", "welcomes", "welcoming", "invite", "invited", "invites", "inviting"}  # a guest to a place
CHARTER_HEADS = {"convention", "conventions", "charter", "declaration", "treaty", "protocol", "covenant", "statute"}  # "the UN Charter"
TREATY_REACH = 2  # words between a capital and the head of a treaty named after it: "the Helsinki Final Act"
REGION_LABELS = {"state", "ambiguous_state", "place", "capital"}
LIST_SEPARATORS = {",", "and", "or", "&"}
# lower-case words that may follow a list of places: a preposition, not a verb
LIST_ENDS = {"on", "in", "at", "near", "during", "after", "before", "since", "for", "with", "from", "to", "and", "or", "as", "where", "which", "that"}
# nouns of business and performance that a demonym only places: "the Mexican company"
TRADE_NOUNS = {"company", "companies", "group", "charity", "firm", "firms", "supermarket", "supermarkets", "chain", "chains", "store", "stores", "retailer", "retailers", "brand", "airline", "carrier", "automaker", "carmaker", "manufacturer", "conglomerate", "startup", "start-up", "band", "singer", "actor", "actress", "captain", "player", "players", "striker", "midfielder", "goalkeeper", "athlete", "athletes", "runner", "runners", "champion", "club", "seed", "number", "teenager", "veteran", "winger", "defender", "forward", "coach", "manager", "boxer", "fighter", "golfer", "cyclist", "swimmer", "driver", "sprinter", "rider", "batsman", "bowler", "skipper", "youngster", "international"}
# how often a state is named before an unqualified 'the government' that stands for it
MIN_GOVERNED_MENTIONS = 2
# what a capital tells the home of before them, as TRADE_NOUNS do: "the London club"
TEAM_NOUNS = {"team", "outfit", "franchise"}
FIGHTING_WORDS = {"beat", "beats", "defeated"}  # words of sport that wars and votes use too
# what joins two states' names before a border's noun: "the Iraq–Syria border"
BORDER_DASHES = {"-", "–", "—"}
BORDER_NOUNS = {"border", "frontier", "boundary"}
# what a demonym names a club by in a report on sport, outside which "the Russian side" is
# the state at a table: "the Turkish champions", "the Spanish side" ("club" is a trade noun)
CLUB_NOUNS = {"side", "champions", "giants", "holders", "outfit", "hosts", "visitors"}
PEOPLE_MARKERS = {"native", "ethnic", "indigenous", "ancient"}  # before a people's word: "ethnic Albanians", "ancient Egyptians"
# a demonym that names a language: "Russian-speaking", "Spanish speakers", "printed in
# Spanish and Portuguese", "speaks fluent Arabic"
LANGUAGE_NOUNS = {"speaking", "speakers", "language", "languages", "dialect", "translation", "translations", "subtitles"}
LANGUAGE_OPENERS = {"in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "fluent", "learn", "learning", "taught", "teach", "translated", "translate"}
CURRENCIES = {"dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "rupee", "rupees", "peso", "pesos", "franc", "francs", "rouble", "roubles", "ruble", "rubles", "lira", "dinar", "dinars", "rial", "riyal", "currency"}
# the nouns of lands whose examples a list gives, and the words that open it
LAND_GROUPS = {"countries", "nations", "markets", "destinations", "economies", "places", "locations", "regions", "country", "market", "region"}
MARKET_NOUNS = {"markets", "destinations", "locations", "market"}  # lands whatever comes before
EXAMPLE_CUES = {"including", "notably", "especially", "particularly", "except", "like"}
# the nouns of a land's parts that a state's "'s" may open: "Kenya's coast", "Peru's mountains"
LAND_NOUNS = {"coast", "coastline", "shores", "mountains", "highlands", "lowlands", "plains", "desert", "deserts", "beaches", "islands", "lakes", "rivers", "forests", "countryside", "hinterland", "heartland", "interior", "outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
# what runs between lands, which a list after 'between' locates: "the cable between Denmark and Norway"
LINES = {"border", "borders", "frontier", "cable", "cables", "pipeline", "pipelines", "interconnector", "road", "roads", "railway", "rail",
         "corridor", "route", "routes", "flights", "ferry", "strait", "waters"}
MAX_LINKED_REACH = 12  # tokens back over the list to 'between'
# lands a demonym locates, and its goods and measures, which no state does: "Indian
# villages", "Colombian coffee prices", "Saudi oil output"
LAND_PLURALS = {"borders", "frontiers", "vineyards", "factories", "farms", "mines", "fields", "hospitals", "schools", "universities", "waters", "cities", "towns", "villages", "ports", "beaches", "resorts"}
GOODS_NOUNS = {"sales", "debt", "reserves", "coffee", "oil", "gas", "coal", "beef", "grain", "wheat", "rice", "copper", "gold", "cotton", "wine", "exports", "imports", "output", "production", "prices", "peso", "rupee", "yen", "yuan", "currency", "bonds", "shares", "stocks", "economy", "growth", "inflation", "gdp", "unemployment", "workforce", "population", "harvest", "tourists", "tourism"}
# the lower-case nouns of a state's divisions after a name no list holds: "Afghanistan's Khowst province"
SUBDIVISION_NOUNS = {"province", "region", "district", "governorate", "county", "oblast", "prefecture", "municipality", "territory"}
# what a capital's "'s" opens, or 'of' closes, that is the city's, not the state's: "Lima's
# mayor", "the mayor of Lima"
CITY_NOUNS = {"mayor", "traffic", "streets", "residents", "metro", "subway", "skyline", "suburbs", "outskirts", "city"}
# what a land records or sees, which happens there: "Japan has recorded its hottest summer"
EXPERIENCING = {"recorded", "registered", "logged", "saw", "seen", "experienced", "suffered"}
MEASURES = {"record", "cases", "rains", "rainfall", "temperatures", "hottest", "coldest", "wettest", "driest", "warmest", "earthquakes", "increase", "increases", "rise", "decline", "drop", "boom", "surge", "outbreak", "outbreaks", "drought", "floods", "deaths", "infections", "tourists", "arrivals", "inflation", "growth"}
MEASURE_VERBS = {"fell", "rose", "grew", "shrank", "dropped", "climbed", "slumped", "surged", "increased", "decreased", "declined", "jumped", "plunged", "stood", "hit", "reached", "was", "were", "is", "are", "has", "have", "in", "of", "for", "by", "last", "this"}
IMPACT_WORDS = {"hit", "hardest", "worst", "affected", "exposed", "vulnerable"}  # "among the countries hardest hit"
HOLDING = {"holds", "shares"}  # what a land holds: "Bolivia holds the largest reserves"
MEASURE_REACH = 6  # words after the verb that may name the measure
# what storms, quakes and floods do to a land is no party's act: "A cyclone battered Mozambique"
HAZARDS = {"typhoon", "cyclone", "hurricane", "storm", "storms", "flood", "floods", "flooding", "earthquake", "quake", "earthquakes", "drought", "wildfire", "wildfires", "heatwave", "tsunami", "landslide", "landslides", "rains", "blizzard"}
HAZARD_REACH = 4  # words between the hazard and its verb: "Typhoon Haikui hit", "devastating floods"
# a people's members, who are no state acting: "British tourists", "the Serb majority"
PEOPLE_NOUNS = {"tourist", "tourists", "resident", "residents", "community", "communities", "majority", "minority", "minorities", "voters", "students", "workers", "migrant", "migrants", "refugee", "refugees", "fans", "families", "women", "men", "children", "people", "population", "diaspora", "expatriates", "pilgrims", "descent", "origin", "heritage", "man", "woman", "couple"}
MAX_PLACE_MODIFIERS = 2  # words between the "'s" and the noun: "Sudan's western Darfur region"
# the heads of civic bodies that have branches named by a state: "Amnesty International Australia"
CIVIC_HEADS = {"Coalition", "Association", "Foundation", "Society", "Network", "International", "Watch"}
# what a state imposes or gives, named after it: "U.S. tariffs", "Russian sanctions"
POLICY_NOUNS = {"tariff", "tariffs", "sanctions", "airstrikes"}
# a 'to' after these goes nowhere: "pursuant to Executive Order 14024", "according to"
NOT_DIRECTIONS = {"pursuant", "according", "due", "thanks", "prior", "owing", "subject", "contrary", "similar", "related", "compared"}
# what is 'in' a work or an undertaking rather than a place: "published in Nature",
# "participation in Project MKUltra"
PUBLISHING = {"published", "publishes", "appeared", "wrote", "writes", "writing"}
UNDERTAKINGS = {"participation", "involvement", "membership", "role", "stake", "stakes", "investment", "investors", "shares", "shareholders", "interest", "part"}
# what one does at a workplace, which is then no place: "worked at Brightwater"
WORKPLACE_WORDS = {"work", "works", "worked", "working", "employed", "studied", "studies", "job", "jobs", "career", "intern", "internship"}
STANCE_PREFIXES = {"pro", "anti"}
# words before a town that make it the town, not its club: "the Liverpool area", "a loan to
# Valencia", "the transfer of prisoners to Lyon"
NOT_BEFORE_CLUB = ARTICLES | {"to", "of", "near"}
# what a town has that a club does not: "Marseille police", "Leeds residents"
LOCAL_NOUNS = {"police", "residents", "officials", "authorities", "council", "mayor", "prosecutors", "airport", "port", "region", "area", "city", "town"}
# what comes from a government, not from a place
STANCES = {"comment", "comments", "criticism", "reaction", "response", "statement", "support", "backing", "pressure", "condemnation", "protest", "protests", "demand", "demands", "objection", "objections", "approval", "recognition", "aid", "assistance", "funding", "threat", "threats", "retaliation", "confirmation", "denial", "offer", "guarantees", "assurances"}
# words that open a pair or list after a locative: "in both Russia and Belarus"
PAIRED = {"both", "either"}
# what puts a platform's name as the medium of a message: "via Twitter", "using Telegram",
# and "on Twitter" after a word of messaging
MEDIUM_WORDS = {"via", "through", "using", "used", "use", "uses"}
MESSAGING = {"wrote", "writes", "write", "said", "says", "posted", "posts", "post", "tweeted", "told", "announced", "announces", "published", "shared", "shares", "statement", "message", "messages", "video", "videos", "account", "page", "comment", "comments", "live", "streamed", "appeared"}
# lower-case words after a place that end its phrase rather than open a clause with it as subject
PHRASE_ENDS = {"on", "in", "at", "during", "since", "last", "this", "yesterday", "today", "tonight", "earlier", "after", "before", "when", "where", "which", "who", "as", "with"}
# one-word places that a person's surname may share ("Sudesh Amman", later "Amman")
SURNAME_LABELS = {"place", "capital", "ambiguous_state"}
# endings of demonyms that name one person ("Italian", "Iraqi", "Frenchman", "Briton"), not a people ("French")
SINGULAR_DEMONYM_ENDINGS = ("an", "i", "on", "er", "ite", "ot", "ard", "rb", "oat", "ak", "urk", "ane", "ede")  # "Frenchman", "Spaniard", "Serb", "Croat", "Slovak", "Turk", "Dane", "Swede"
# words that follow a noun, never an adjective: "the American in the final"
AFTER_A_NOUN = {"in", "at", "on", "with", "from", "to", "for", "who", "whose", "after", "before", "against"}
DASHES = {"-", "—", "–"}  # what ends a wire dateline
# the Arabic article, written in lower case before a hyphen in place names ("al-Watiya")
ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"}
# the Arabic article that opens a surname, which a later mention may drop ('al-Burhan' ... 'Burhan')
ARABIC_ARTICLE = re.compile(r"^(?:[Aa][ln]|[Ee][ln]|[Aa][dhrstz]|[Aa]sh)[-‐]")
# plural nouns of first-level subdivisions and the word their names end with
# ("Kursk and Belgorod regions" are oblasts, "Idlib and Hama provinces" governorates)
PLURAL_SUBDIVISIONS = {
    "oblasts": ("Oblast",), "provinces": ("Province", "Governorate"), "governorates": ("Governorate",),
    "regions": ("Region", "Oblast", "Krai"), "prefectures": ("Prefecture",), "krais": ("Krai",),
}
# the mentions a subdivision may have been read as
PLACE_LIKE = {"place", "capital"}
# the nouns of places that a name before them names ("the Abu Sitta neighbourhood",
# "Falcon state"); not "camp", "base" or "border", which follow a party's or a leader's
# name too ("the Trump camp", "the Biden border policy")
NAMING_PLACE_NOUNS = {"village", "town", "city", "region", "province", "district", "county", "municipality", "state", "oblast", "governorate", "prefecture", "neighbourhood", "neighborhood", "suburb", "commune", "settlement", "valley", "crossing", "corridor", "junction", "peninsula", "port", "terminal", "refinery", "oilfield", "airfield", "mine"}
# plurals after names joined by 'and' ("the Kasese and Bundibugyo districts"); not those
# a people's or a faith's name goes before ("the Alawite and Druze villages")
NAMING_PLACE_PLURALS = {"regions", "provinces", "districts", "counties", "municipalities", "oblasts", "governorates", "prefectures", "crossings", "ports", "terminals", "refineries", "oilfields", "mines", "fields"}
# what a field or a terminal holds, between its name and its noun: "the Tarim gas field";
# a field is a place only so ("the Wimbledon field" is the players)
FIELD_GOODS = {"gas", "oil", "lng", "container", "coal", "gold", "copper"}
FIELDS = {"field", "fields"}
# nouns an unknown name after a locative modifies: "in Test history", "in Bundesliga football"
MODIFIED_HEADS = {"history", "records", "cricket", "football", "rugby", "tennis", "basketball", "politics", "law", "culture", "society", "terms", "style", "format", "matches", "season", "seasons", "career"}
# a camp is a place only with its kind between its name and its noun: "the Abu Shouk
# displacement camp", "the Jenin refugee camp" (the "the Trump camp" is his people)
CAMPS = {"camp", "camps"}
CAMP_KINDS = {"refugee", "refugees", "displacement", "displaced", "idp", "detention", "migrant", "transit", "internment", "prison"}
# the endings of adjectives of peoples and regions: "the Central European region"
ADJECTIVE_ENDINGS = ("ean", "ian", "ese", "ish")
# the particles inside a place's name: "Norte de Santander", "Mocimboa da Praia"
PLACE_PARTICLES = {"de", "da", "do", "del", "dos", "das", "la", "el", "al"}
# the word after a place's name that makes a site of it: "Victoria Park", "Manila Bay",
# "Kabul International Airport"
SITE_HEADS = {"Street", "Road", "Avenue", "Boulevard", "Square", "Bridge", "Park", "Beach", "Bay", "Harbour", "Harbor", "Airport", "Stadium"}
# the shortest full name a longer handle may end with ('@realDonaldTrump')
MIN_HANDLE_SUFFIX = 8
# How far back a verb of aiming ("fired rockets at") or of motion ("withdraw its
# forces from") may stand from the 'at' / 'from' it governs, within the clause.
MAX_GOVERNOR_DISTANCE = 6
# what is sent to a recipient, not moved to a place
# what a state supplies to a war or a market: "arms and ammunition from Iran"
SUPPLIES = {"arms", "weapons", "ammunition", "munitions", "supplies", "equipment", "drones", "missiles", "shells", "rockets", "fighters",
            "troops", "mercenaries", "loans", "money", "funds", "investment", "imports", "deliveries", "shipments", "help", "donations"}
MESSAGES = {"email", "e-mail", "emails", "letter", "letters", "message", "messages", "note", "invitation", "invitations", "request", "requests", "warning", "warnings", "memo", "complaint", "petition", "reply", "signal", "condolences", "congratulations", "greetings", "proposal"}
CLAUSE_BREAKS = {",", ";", ":", ".", "(", ")", "—", "–", '"', "“", "”"}
# common nouns of a service that the gazetteer lists after a demonym or a state's
# possessive ("the Chinese military", "Indonesian police", "Serbia's military")
SERVICE_NOUNS = {"military", "army", "forces", "police"}
# what a platform's name before it makes the platform a medium of: "a Twitter account"
# (not "accounts" nor "posts", verbs too: "Facebook accounts for most of the revenue")
PLATFORM_ITEMS = {"account", "post", "page", "pages", "feed", "handle", "channel", "video", "videos", "message", "messages", "livestream", "thread", "profile", "story", "stories"}
US = "United States"
# names of the United States' bodies that other states' bodies bear too
SHARED_BODY_NAMES = {"Senate", "House of Representatives", "Supreme Court", "National Security Council", "Department of Justice", "Justice Department", "Department of Defense", "Defense Department", "Treasury"}
# a legislature's bare noun and the word of its bodies' names: "the parliament" is the
# "Parliament of Kenya"
LEGISLATURES = {"Parliament": "Parliament", "parliament": "Parliament", "Senate": "Senate"}
# what may follow a bare legislature's noun that ends its phrase: "passed by the Senate on
# Tuesday", "Parliament and the president"
AFTER_A_LEGISLATURE = {"on", "in", "and", "or", "to", "for", "with", "by", "after", "before", "since", "until", "as", "that", "which", "who", "if", "but", "at", "from", "over", "against", "is", "was", "has", "had", "will", "would", "could", "can", "must", "may", "might", "should", "did", "does", "voted", "approved", "passed", "rejected", "adopted", "elected", "also", "last", "this", "next", "earlier", "later"}
PASSIVE_AUXILIARIES = {"is", "are", "was", "were", "been", "be"}
PERFECT_AUXILIARIES = {"has", "have", "had"}
# who rule from a capital named after them with 'in': "the authorities in Kabul"
SEATED_RULERS = {"government", "junta", "authorities", "regime", "leadership", "rulers", "administration"}
# ... unless they rule the city only: "local authorities in Kyiv", "airport authorities in London"
LOCAL_RULERS = {"local", "city", "municipal", "regional", "provincial", "district", "county", "port", "airport", "police", "health", "transport"}
THING_LINKS = {"de", "of", "du"}  # "Tour de France", "Tour of Britain"
MAX_THING_WORDS = 3  # words of a thing's name after a state that opens it: "Japanese Grand Prix"
VERBS_AFTER_SUBJECT = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might", "did", "do", "does", "continue", "continues", "say", "says", "said"}


class EntityResolver(LexiconComponent):
    """Decides which mentions are actors and which are places.

    Reads `claimx_gazetteer` and `claimx_gazetteer_caps` (span_rulers) and `claimx_names`; writes
    `doc.spans["claimx_actors"]` (label: actor kind) and `doc.spans["claimx_places"]`,
    with the canonical name as span id. A state or capital is a place where it
    locates something ("in Kosovo", "across Bosnia and Herzegovina, Montenegro and
    North Macedonia", "northern Kosovo") and an actor otherwise; a capital as actor
    stands for its state ("Moscow" -> Russia). Later mentions of a person by surname,
    and acronyms defined in parentheses, resolve to the full name; an unknown
    capitalised name is a place where the context locates ("in Banjska, northern Kosovo").
    """

    lexicons = ("context", "given_names", "titles")

    def __init__(self, nlp, name: str) -> None:
        super().__init__(nlp, name)
        self.towns: dict[str, tuple] = {}
        self.areas: dict[str, str] = {}

    def initialize(self, get_examples=None, *, nlp=None, data=None, towns=None, areas=None) -> None:
        """The context lexicon; `towns` ({alias: [[name, country, regions]]}) and `areas`
        ({state or region name: its country}) from the gazetteers, for 'Town, Region'."""
        self.towns = town_index() if towns is None else _frozen(towns)
        self.areas = area_countries() if areas is None else areas
        super().initialize(get_examples, nlp=nlp, data=data)

    def to_disk(self, path, *, exclude=()) -> None:
        super().to_disk(path, exclude=exclude)
        srsly.write_json(Path(path) / "towns.json", {"towns": self.towns, "areas": self.areas})

    def from_disk(self, path, *, exclude=()):
        super().from_disk(path, exclude=exclude)
        tables = srsly.read_json(Path(path) / "towns.json")
        self.towns, self.areas = _frozen(tables["towns"]), tables["areas"]
        return self

    def _build(self) -> None:
        self.locative = self.phrase_matcher(self.entries("context", "locative"))
        self.family_first = {p for e in self.entries("given_names", "family_first") for p in e.phrases}
        self.roles = {p for e in self.entries("titles", "role") for p in e.phrases if " " not in p}
        self.directions = {p for e in self.entries("context", "direction") for p in e.phrases}
        self.government_nouns = {p for e in self.entries("context", "government_noun") for p in e.phrases}
        self.place_noun_matcher = self.phrase_matcher(self.entries("context", "place_noun"))
        self.motion = {p for e in self.entries("context", "motion") for p in e.phrases}
        self.landing = {p for e in self.entries("context", "landing") for p in e.phrases}
        self.political_verbs = {p for e in self.entries("context", "political_verb") for p in e.phrases}
        self.polity_nouns = {p for e in self.entries("context", "polity_noun") for p in e.phrases}
        # the first-level subdivisions and dependent territories, which govern themselves
        self.polities = {p.name for p in resources.gazetteer("places") if p.kind == "subdivision"}
        self.aiming = {p for e in self.entries("context", "aiming") for p in e.phrases}
        self.affiliated = {p for e in self.entries("context", "affiliation") for p in e.phrases}
        self.inquiry = {p for e in self.entries("context", "inquiry") for p in e.phrases}
        self.platforms = {p for e in self.entries("context", "platform") for p in e.phrases}
        self.place_nouns = {p for e in self.entries("context", "place_noun") for p in e.phrases}
        self.weapons = {p for e in self.entries("context", "weapon") for p in e.phrases}
        self.body_owners = body_owners()
        # a mention of a state organ ("the Pentagon", "the State Department") is also one of its state
        self.body_states = {name: state for name, state in self.body_owners.items() if STATE_ORGAN.search(name)}
        self.companies = {c.name for c in resources.gazetteer("companies")}
        self.body_names = {alias: b.name for b in resources.gazetteer("bodies") for alias in b.aliases}
        self.demonyms = {s.name: s.demonyms for s in resources.gazetteer("states")}
        self.us_people = {p.name for p in resources.gazetteer("people") if p.country == "US"}
        # clubs that sport news names by their town alone ("Liverpool beat Everton 2-1")
        self.club_towns = {form: c.name for c in resources.gazetteer("companies") for form in c.town_forms}
        self.sport_words = {p for e in self.entries("context", "sport") for p in e.phrases}
        self.handles, self.handle_ends = handle_index()
        self.place_aliases = {alias: place.name for place in resources.gazetteer("places") for alias in place.aliases}

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        mentions = self._with_towns(doc, self._select(doc))
        mentions += self._acronyms(doc, mentions)
        mentions = _initialled(mentions)
        mentions += self._handles(doc, mentions)
        locative_ends = self._locative_ends(doc)
        # the object of a verb that lands on or goes to a place: "missiles hit Kyiv", "Xi
        # will visit Moscow", "thousands fled Sudan"; a state struck stays a party
        lower = view(doc).lower
        self._landing = {i + 1: word for i, word in enumerate(lower[:-1]) if word in self.landing}
        # a text about sport by its plain words: not "beat back", "were defeated" of a war
        self._sport_text = sport_count(view(doc), self.sport_words - FIGHTING_WORDS) >= MIN_SPORT_WORDS
        mentions += self._surnames(doc, mentions, locative_ends)
        mentions += self._context_places(doc, mentions, locative_ends)
        mentions = self._before_place_nouns(doc, mentions, locative_ends)
        mentions = self._subdivisions(doc, mentions)
        mentions = self._administrations(doc, mentions)
        mentions = self._branches(doc, mentions)
        mentions = _sites(doc, mentions)
        mentions = self._clubs(doc, mentions, locative_ends)
        mentions += self._police(doc, mentions)
        mentions += _the_government(doc, mentions)
        mentions += self._legislatures(doc, mentions)
        mentions = self._bodies_of_another_state(doc, mentions)
        mentions = self._owned_bodies(doc, mentions)
        mentions = _borders(doc, mentions)
        # where each mention starts, by its last token: a list walked back skips it whole
        self._mention_starts = {m.end - 1: m.start for m in mentions}
        actors, places = [], []
        political = {m.id_ for m in mentions if m.label_ in {"state", "government", "organization", "group", "capital", "demonym"}}
        dateline = _datelines(doc, self.place_aliases)
        owners_at = {m.end: m.id_ for m in mentions if m.label_ in {"state", "demonym", "capital"}}
        # the state of a capital or state named right after 'in': "the House of Representatives in Tobruk"
        seated_at = {m.start: m.id_ for m in mentions if m.label_ in {"state", "capital"}}
        starts = {m.start for m in mentions}
        named = {m.id_ for m in mentions if m.label_ == "state"}
        for mention in sorted(mentions, key=lambda s: s.start):
            label = mention.label_
            if label in REGION_LABELS and _joined_to_a_name(doc, mention, starts):
                continue  # "Cleveland-Cliffs" is a company, no mention of Cleveland
            if mention.start in dateline:
                # "KYIV, Ukraine (Reuters) -": where the story was filed, and by whom
                if label in REGION_LABELS | {"government"}:
                    places.append(self._place(doc, mention, self._place_names.get((mention.start, mention.end), mention.text) if label == "capital" else mention.id_))
                continue
            if label == "ambiguous_state" and not self._ambiguous_is_state(doc, mention, political):
                continue
            if self._names_treaty(doc, mention):
                continue  # "the Bishkek Protocol", "the Brussels Agreement", "the Minsk agreements"
            if self._medium(doc, mention):
                continue  # "wrote on Twitter", "told the public via Twitter": a medium, no party
            if label == "person" and len(mention) == 1 and mention.text != mention.id_ and self._of_a_place_noun(doc, mention.start) and not _owns(doc, mention.end):
                places.append(self._place(doc, mention, mention.text))  # "the town of Masisi", not Mokgweetsi Masisi
                continue
            alternative = self._place_names.get((mention.start, mention.end))
            if label in {"government", "organization"} and alternative and self._locates(doc, mention, locative_ends):
                places.append(self._place(doc, mention, alternative))  # "talks in Brussels"
            elif label == "organization" and self._of_another_state(doc, mention, owners_at, seated_at):
                actors.append(_relabel(mention, "organization", mention.text))  # "Libya's House of Representatives"
            elif label in ACTOR_LABELS:
                actors.append(_relabel(mention, ACTOR_LABELS[label], mention.id_))
                nested = self._nested_states(doc, mention)
                if not nested and label == "organization" and mention.id_ in self.body_states:
                    nested = [_relabel(mention, "state", self.body_states[mention.id_])]  # "the Pentagon"
                actors += nested
                if label == "organization":
                    places += self._seats(doc, mention)  # "the U.S. Embassy in Baghdad": Baghdad is a place
            elif label == "place":
                if mention.start > 0 and doc[mention.start - 1].text == "-" and not doc[mention.start - 2].whitespace_:
                    continue  # "Euro-Atlantic" is no mention of the Atlantic
                if self._kind_of_state(doc, mention):
                    continue  # "the Gulf state", "the Baltic states": no place
                if self._names_thing(doc, mention):
                    continue  # "the Africa Cup of Nations", "the Pacific Games": a tournament's name
                places.append(self._place(doc, mention, mention.id_))
                if mention.id_ in self.polities and self._governs(doc, mention, locative_ends):
                    actors.append(_relabel(mention, "state", mention.id_))
            elif label == "demonym" and (land := self._land_of(doc, mention)) is not None:
                if land:
                    places.append(self._place(doc, mention, mention.id_))  # "Indian villages", "the Croatian coast"
            elif label in {"demonym", "state"} and _a_people_or_money(doc, mention):
                continue  # "Native Americans", "ethnic Albanians", "U.S. dollars": no state acts
            elif label == "state" and mention.start > 1 and doc[mention.start - 1].lower_ == "of" and doc[mention.start - 2].lower_ == "size":
                continue  # "an area about the size of Belgium": a yardstick, neither party nor place
            elif label == "demonym" and _a_language(doc, mention):
                continue  # "Russian-speaking villages", "the leaflets were printed in Spanish"
            elif label == "demonym":
                if self._trade(doc, mention) or self._of_a_region(doc, mention) or self._one_of_a_people(doc, mention) or self._names_thing(doc, mention) or self._club_by_people(doc, mention, named):
                    continue  # "the Mexican company Cultura Colectiva", "Latin American countries", "the Italian will rest", "the Italian Open", "the Turkish champions"
                actors.append(_relabel(mention, "state", mention.id_))
            elif _owns(doc, mention.end) and self._possessed(view(doc), mention.end + 1) is False:
                continue  # "Germany's retail sales fell": no party
            elif self._locates(doc, mention, locative_ends):
                name = self._place_names.get((mention.start, mention.end), mention.text) if label == "capital" else mention.id_
                places.append(self._place(doc, mention, name))
            elif self._names_thing(doc, mention):
                continue  # "the 2003 London Marathon"
            else:
                actors.append(_relabel(mention, "state", mention.id_))
        places += self._dateline_cities(doc, dateline, mentions)
        places = list({(p.start, p.end): p for p in places}.values())  # a seat inside a body's name may be named twice
        set_group(doc, "actors", _short_forms(actors))
        set_group(doc, "places", sorted(places, key=lambda s: s.start))
        return doc

    def _dateline_cities(self, doc: Doc, dateline: set[int], mentions: list[Span]) -> list[Span]:
        """A one-word city printed in capitals that opens a dateline, which the gazetteer of
        capitalised names (two words or more) leaves out: 'KYIV, April 3 (Reuters) -',
        'TAIPEI -', 'BEIJING/TAIPEI'."""
        held = {i for m in mentions for i in range(m.start, m.end)}
        tokens = view(doc)
        cities = []
        for k in sorted(dateline):
            if k in held or not tokens.is_upper[k] or not tokens.is_alpha[k]:
                continue
            name = self.place_aliases.get(tokens.text[k].title())
            if name is not None:
                cities.append(Span(doc, k, k + 1, label="place", span_id=name))
        return cities

    def _of_another_state(self, doc: Doc, mention: Span, owners_at: dict[int, str], seated_at: dict[int, str]) -> bool:
        """A listed state's body named for another state, whose name, demonym or capital
        stands right before it or whose capital follows 'in' after it: "Libya's House of
        Representatives", "the Nigerian House of Representatives", "Seoul's Joint Chiefs of
        Staff", "the Joint Chiefs of Staff in Seoul" are no part of the United States."""
        owner = self.body_owners.get(mention.id_)
        if owner is None:
            return False
        k = mention.start
        if k > 1 and doc[k - 1].lower_ in {"'s", "’s"}:
            k -= 1
        named = owners_at.get(k)
        if named is None and mention.end + 1 < len(doc) and doc[mention.end].lower_ == "in":
            named = seated_at.get(mention.end + 1)
        return named is not None and named != owner

    def _select(self, doc: Doc) -> list[Span]:
        """The longest mentions that do not overlap; a name the gazetteer lists keeps the
        gazetteer's label ("West Bank" the place, not an organisation for its "Bank")."""
        gazetteer = list(doc.spans.get(SPAN_KEYS["gazetteer"], [])) + _in_capitals(doc, doc.spans.get(SPAN_KEYS["gazetteer_caps"], []))
        gazetteer = [s for s in gazetteer if not _modifies_noun(doc, s) and not _inside_a_code(doc, s)]
        listed = {(s.start, s.end) for s in gazetteer}
        candidates = gazetteer + [s for s in doc.spans.get(SPAN_KEYS["names"], []) if (s.start, s.end) not in listed]
        candidates.sort(key=lambda s: (-(s.end - s.start), RANK.get(s.label_, len(RANK)), s.start))
        taken: set[int] = set()
        chosen = []
        for span in candidates:
            if taken.isdisjoint(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        self._regions: dict[int, list[Span]] = {}
        for s in gazetteer:
            if s.label_ in REGION_LABELS:
                self._regions.setdefault(s.start, []).append(s)
        self._nested = sorted((s for s in gazetteer if s.label_ in {"state", "demonym"}), key=lambda s: s.start)
        self._nested_starts = [s.start for s in self._nested]
        self._place_names = {(s.start, s.end): s.id_ for s in gazetteer if s.label_ == "place"}
        self._company_tokens = {i for s in gazetteer if s.label_ == "organization" and s.id_ in self.companies for i in range(s.start, s.end)}
        self._place_ends = {s.end - 1 for s in gazetteer if s.label_ in {"place", "capital"}}
        self._capital_spans = {(s.start, s.end) for s in gazetteer if s.label_ == "capital"}
        return chosen

    def _with_towns(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """`mentions` with each town named before its region ("Evans, Colorado",
        "Birmingham, AL", "Jolo, Sulu") and that region as places, in place of what
        covered them; later bare mentions of the town ("Birmingham") take the name the
        region fixed ("Birmingham, Alabama")."""
        found = self._towns(doc)
        if not found:
            return mentions
        covered = {i for s in found for i in range(s.start, s.end)}
        fixed = {s.text: s.id_ for s in found if s.label_ == "town"}
        kept = [m for m in mentions if covered.isdisjoint(range(m.start, m.end))]
        renamed = [
            Span(doc, m.start, m.end, label="place", span_id=fixed[m.text])
            if m.label_ in {"place", "capital"} and m.text in fixed else m
            for m in kept
        ]
        places = [Span(doc, s.start, s.end, label="place", span_id=s.id_) for s in found]
        return renamed + places + self._bare_towns(doc, fixed, renamed + places)

    def _towns(self, doc: Doc) -> list[Span]:
        """Towns (label `town`) right before a comma and their region (label `region`)."""
        tokens = view(doc)
        found: list[Span] = []
        for match in re.finditer(",", tokens.string):
            comma = bisect_left(tokens.idx, match.start())
            if comma + 1 >= len(tokens) or tokens.text[comma] != ",":
                continue
            for start in range(max(comma - MAX_TOWN_TOKENS, 0), comma):
                towns = self.towns.get(tokens.span_text(start, comma))
                if not towns:
                    continue  # nearly always: look the name up before any other work
                pair = self._town_and_region(doc, tokens, towns, start, comma)
                if pair is not None:
                    found += pair
                    break
        return found

    def _town_and_region(self, doc: Doc, tokens: TokenView, towns: tuple, start: int, comma: int) -> list[Span] | None:
        """The town at start..comma (one of `towns`, the places of that name) and the region
        after the comma, if that is the town's US state ("Colorado", "CO") or a state or
        region of its country."""
        if any(s.end == comma and s.label_ != "capital" and s.id_ in self.areas for s in self._regions.get(start, [])):
            return None  # "Iowa, Nevada, Missouri": a list of states, not a town
        after = comma + 1
        regions = [(s.end, s.text, s.id_) for s in self._regions.get(after, [])] + [(after + 1, tokens.text[after], None)]
        for name, country, forms in towns:
            for end, text, region in regions:
                if text in forms:
                    return [Span(doc, start, comma, label="town", span_id=name), Span(doc, after, end, label="region", span_id=forms[0])]
                if not forms and region is not None and self.areas.get(region) == country:
                    return [Span(doc, start, comma, label="town", span_id=name), Span(doc, after, end, label="region", span_id=region)]
        return None

    @staticmethod
    def _bare_towns(doc: Doc, fixed: dict[str, str], mentions: list[Span]) -> list[Span]:
        """Unclaimed later mentions of a town that a region fixed: 'Peoria' after 'Peoria, IL'."""
        tokens = view(doc)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        spans = []
        for alias, name in fixed.items():
            for match in re.finditer(rf"\b{re.escape(alias)}\b", tokens.string):
                start = bisect_left(tokens.idx, match.start())
                end = bisect_left(tokens.idx, match.end())
                if start < len(tokens) and tokens.idx[start] == match.start() and taken.isdisjoint(range(start, end)):
                    spans.append(Span(doc, start, end, label="place", span_id=name))
        return spans

    def _locative_ends(self, doc: Doc) -> set[int]:
        """Token indices right after a locative phrase: 'in', 'across', a motion's 'to'
        ('fled to', 'from Moscow to'), a place noun's 'of' ('the village of')."""
        tokens = view(doc)
        lower = tokens.lower
        # "an investigation into Burisma" goes into no place
        ends = {end for _, start, end in self.locative(doc) if not (lower[start] == "into" and start > 0 and lower[start - 1] in self.inquiry)}
        ends |= {end + 1 for end in ends if end < len(doc) and lower[end] in PAIRED}  # "in both Russia and Belarus"
        listed_places = {s.start for s in doc.spans.get(SPAN_KEYS["gazetteer"], []) if s.label_ in REGION_LABELS}
        for i in (i for i, word in enumerate(lower) if word in {"to", "through"}):
            before = lower[max(i - 4, 0) : i]
            if not self.motion.isdisjoint(before) and MESSAGES.isdisjoint(before) and not (i > 0 and lower[i - 1] in NOT_DIRECTIONS):
                ends.add(i + 1)  # "fled to Kyiv", "were moved through Niger", not "sent an email to Cultura Colectiva"
            elif lower[i] == "to" and not HOSTING.isdisjoint(before) and i + 1 in listed_places:
                ends.add(i + 1)  # "welcoming her counterpart to Washington"; not "welcomed the Alert to Countries"
        ends |= self._examples_of_lands(tokens, ends)
        for _, start, end in self.place_noun_matcher(doc):
            if not tokens.is_lower[start]:
                continue  # a capital opens a name: "the State of Qatar"
            if end + 1 < len(doc) and lower[end] in {"of", ","}:
                ends.add(end + 1)  # "the village of Banjska", "the capital, Sanaa"
            elif end < len(doc) and tokens.is_name[end]:
                ends.add(end)  # "the island Crete"
        return ends

    @staticmethod
    def _examples_of_lands(tokens: TokenView, ends: set[int]) -> set[int]:
        """Where the examples of lands start: after 'including', 'such as', 'like',
        'notably', 'especially', 'particularly' or 'except' that follow markets or
        destinations, countries a locative other than 'from' opens, or a region after 'in'
        or 'across' ('cases rose in 12 countries including Brazil', 'markets such as India',
        'across Asia, including India'); not 'Countries such as France signed', 'Leaders
        from 30 countries, including Brazil, signed'."""
        lower, found = tokens.lower, set()
        for i, word in enumerate(lower):
            cue = 2 if word == "such" and i + 1 < len(lower) and lower[i + 1] == "as" else 1 if word in EXAMPLE_CUES else 0
            if not cue or i == 0:
                continue
            k = i - 1 - (tokens.text[i - 1] == ",")
            name = k
            while name >= 0 and tokens.is_name[name]:
                name -= 1
            if 0 <= name < k and name + 1 in ends and lower[name] in {"across", "throughout", "in"}:
                found.add(i + cue)  # "across Asia, including India"; not "from Russia, including Chechen fighters"
                continue
            if k < 0 or lower[k] not in LAND_GROUPS:
                continue
            opening = k
            while opening > 0 and tokens.is_lower[opening - 1] and tokens.is_alpha[opening - 1] and opening - 1 not in ends and k - opening < MAX_PLACE_MODIFIERS + 1:
                opening -= 1
            # the locative that opens the lands, not 'from' ("Leaders from 30 countries, including Brazil, signed")
            opener = opening - 1 if opening in ends else opening - 2 if opening > 1 and opening - 1 in ends and tokens.is_digit[opening - 1] else None
            if lower[k] in MARKET_NOUNS or opener is not None and lower[opener] != "from":
                found.add(i + cue)
        return found

    @staticmethod
    def _names_thing(doc: Doc, mention: Span) -> bool:
        """A state or capital that opens the name of an event or thing: 'London Marathon'; a
        demonym's head may come after other words of the name ('the Japanese Grand Prix'),
        a name's not, as headlines capitalise verbs ('Russia Strikes Kyiv Bridge'); or that
        ends it after 'de' or 'of': 'the Tour de France'."""
        tokens = view(doc)
        k = mention.start
        if k > 1 and tokens.lower[k - 1] in THING_LINKS and tokens.is_title[k - 2] and tokens.lower[k - 2] in THING_HEADS:
            return True  # a state that ends the name: "the Tour de France", "the Tour of Britain"
        reach = MAX_THING_WORDS if mention.label_ == "demonym" else 1
        for k in range(mention.end, min(mention.end + reach, len(tokens))):
            if not tokens.is_title[k]:
                return False
            if tokens.lower[k] in THING_HEADS:
                return True
        return False

    def _medium(self, doc: Doc, mention: Span) -> bool:
        """A platform named as the medium of a message: 'via Twitter', 'used Instagram',
        'wrote on Twitter' ('on' after a word of messaging), 'a government Twitter account';
        not 'sanctions on Telegram'."""
        if mention.text not in self.platforms or mention.start == 0:
            return False
        if mention.end < len(doc) and doc[mention.end].lower_ in PLATFORM_ITEMS:
            return True  # "an official Twitter account", "a Facebook post"
        before = doc[mention.start - 1].lower_
        if before == "on":
            return any(t.lower_ in MESSAGING for t in doc[max(mention.start - MAX_GOVERNOR_DISTANCE - 1, 0) : mention.start - 1])
        return before in MEDIUM_WORDS

    def _names_treaty(self, doc: Doc, mention: Span) -> bool:
        """A capital, or a government or body named by its capital, that opens the name of a
        treaty, a document or a forum named after where it was made, over a numeral or up to
        two title-case words: 'the Bishkek Protocol', 'the Minsk agreements', 'the OSCE Minsk
        Group', 'the Rome Statute', 'the Minsk II agreement', 'the Helsinki Final Act'; and a
        body that opens the title of its own convention or charter: 'the UN Charter'."""
        tokens = view(doc)
        if mention.label_ == "organization" and mention.end < len(doc) and tokens.is_title[mention.end] and tokens.lower[mention.end] in CHARTER_HEADS:
            return True  # a body's own instrument: "the United Nations Convention on the Law of the Sea", "the UN Charter"
        if not (mention.label_ == "capital" or mention.label_ in {"government", "organization"} and (
            (mention.start, mention.end) in self._capital_spans or (mention.start, mention.end) in self._place_names
        )):
            return False
        k = mention.end
        while k < len(doc) and k - mention.end < TREATY_REACH and (ROMAN.fullmatch(tokens.text[k]) or tokens.is_title[k] and k + 1 < len(doc) and tokens.is_title[k + 1]):
            k += 1
        return k < len(doc) and (tokens.lower[k] in TREATY_HEADS or k > mention.end and tokens.is_title[k] and tokens.lower[k] in THING_HEADS)

    def _kind_of_state(self, doc: Doc, mention: Span) -> bool:
        """A listed region or water, after an article or before a plural noun of states,
        that tells a kind of state: 'the Gulf state', 'the Baltic states', 'Gulf states
        pledged'; not a subdivision so named ('Falcon state', 'in Red Sea state')."""
        if mention.end >= len(doc) or doc[mention.end].lower_ not in STATE_NOUNS:
            return False
        # a plural after a locative is a region's states: "Fighting spread to Darfur states"
        plural = doc[mention.end].lower_.endswith("s") and not (mention.start > 0 and doc[mention.start - 1].lower_ in INTO_REGIONS)
        return (plural or mention.start > 0 and doc[mention.start - 1].lower_ in ARTICLES) and mention.id_ not in self.polities and (mention.start, mention.end) in self._place_names

    def _seats(self, doc: Doc, mention: Span) -> list[Span]:
        """The listed places after 'in' inside a body's name, where it sits or works: 'the
        U.S. Embassy in Baghdad', 'the OSCE Mission in Kosovo'."""
        return [
            self._place(doc, s, s.id_ if s.label_ != "capital" else self._place_names.get((s.start, s.end), s.text))
            for s in doc.spans.get(SPAN_KEYS["gazetteer"], [])
            if mention.start < s.start and s.end <= mention.end and s.label_ in REGION_LABELS and doc[s.start - 1].lower_ == "in"
            and doc[s.start - 2].text in LOCATED_HEADS
        ]

    def _nested_states(self, doc: Doc, mention: Span) -> list[Span]:
        """'Russian Ministry of Defence' is also a mention of Russia; 'UN Interim Force in
        Lebanon', named after where it works, is none of Lebanon, nor is a company named
        after a state of it ('Agence France-Presse', 'China Resources Holdings')."""
        if mention.label_ != "organization":
            return []
        inside = self._nested[bisect_left(self._nested_starts, mention.start) : bisect_left(self._nested_starts, mention.end)]
        lower = view(doc).lower
        return [
            _relabel(s, "state", s.id_)
            for s in inside
            if s.end <= mention.end and (s.start, s.end) != (mention.start, mention.end)
            and "in" not in lower[max(s.start - 2, mention.start) : s.start]  # "UN Interim Force in Lebanon" works there
            and s.start not in self._company_tokens
            and GOVERNMENT_BODY.search(mention.text)  # not "Serbian Progressive Party", "British Medical Association"
            # the longer name of a state, not a shorter one inside it: "South Sudan", no "Sudan"
            and not any(o.label_ == s.label_ and o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in inside)
        ]

    @staticmethod
    def _acronyms(doc: Doc, mentions: list[Span]) -> list[Span]:
        """'Balkan Joint Expeditionary Force (BJEF)': later 'BJEF' is the same organisation."""
        tokens = view(doc)
        text = tokens.text
        defined: dict[str, Span] = {}
        for m in mentions:
            if m.end + 2 < len(doc) and text[m.end] == "(" and text[m.end + 2] == ")":
                k = m.end + 1
                if tokens.is_upper[k] and tokens.is_alpha[k] and len(text[k]) > 1:
                    defined[text[k]] = m
        if not defined:
            return []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        return [
            Span(doc, i, i + 1, label=defined[word].label_, span_id=defined[word].id_)
            for i, word in enumerate(text)
            if word in defined and i not in taken
        ]

    def _surnames(self, doc: Doc, mentions: list[Span], locative_ends: set[int]) -> list[Span]:
        """Resolve 'Bunjaku' and 'President Biden' to the fullest name of that person; a
        person's surname after that person is named is the person, not a place that shares
        it ('Sudesh Amman ... said about Amman'), unless it stands where a place does ('in Amman')."""
        named: dict[str, list[tuple[int, str]]] = {}
        first: dict[str, int] = {}
        # people named in full in this text first, in their order, then the listed full names
        # of people named by surname alone
        people = sorted((m for m in mentions if m.label_ == "person" and " " in m.id_), key=lambda m: (" " not in m.text, m.start))
        for m in people:
            for surname in self._surname_keys(m.id_.split()):
                ids = named.setdefault(surname, [])
                if all(name != m.id_ for _, name in ids):
                    ids.append((m.start if " " in m.text else len(doc), m.id_))
                first[surname] = min(m.start, first.get(surname, m.start))

        def full(surname: str, at: int) -> str:
            # of several people of that name, the last named in full before ('Kim Jong Il ...
            # Kim Jong Un ... Kim said'); else the first
            ids = named[surname]
            before = [entry for entry in ids if entry[0] < at]
            return max(before)[1] if len(ids) > 1 and before else ids[0][1]

        in_full = {m.id_ for m in people if " " in m.text}
        # a surname of two words, the last two of a longer name: "Ben Amor" of "Samia Ben Amor"
        double = {fold(" ".join(name.split()[-2:])): name for name in in_full if len(name.split()) > 2}
        for k, m in enumerate(mentions):
            if m.label_ == "person" and m.id_ == m.text and fold(m.text) in double:
                m.id_ = double[fold(m.text)]
            elif m.label_ == "person" and " " not in m.id_ and fold(m.id_) in named:
                m.id_ = full(fold(m.id_), m.start)
            elif m.label_ == "person" and len(m) == 1 and fold(m.text) in named and m.id_ not in in_full:
                m.id_ = full(fold(m.text), m.start)  # "Haftar" after "Saddam Haftar" is he, not the listed Khalifa Haftar
            elif m.label_ in SURNAME_LABELS and len(m) == 1 and first.get(fold(m.text), m.start) < m.start and m.start not in locative_ends:
                mentions[k] = Span(doc, m.start, m.end, label="person", span_id=full(fold(m.text), m.start))
        if not named:
            return []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        tokens = view(doc)
        return [
            Span(doc, i, i + 1, label="person", span_id=full(fold(text), i))
            for i, text in enumerate(tokens.text)
            if tokens.is_name[i] and i not in taken and fold(text) in named
        ]

    def _surname_keys(self, words: list[str]) -> list[str]:
        """The words a person of this full name is later named by: the last ('Biden'), less
        an Arabic article ('Burhan' of 'al-Burhan'), and a family name written first
        ('Xi' of 'Xi Jinping', 'Park' of 'Park Ji-sung')."""
        keys = [fold(words[-1])]
        bare = ARABIC_ARTICLE.sub("", words[-1])
        if bare != words[-1] and bare[:1].isupper():
            keys.append(fold(bare))
        if words[0] in self.family_first:
            keys.append(fold(words[0]))
        return keys

    def _subdivisions(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """Places joined before a plural subdivision noun are those subdivisions where the
        gazetteer lists them: 'Donetsk and Luhansk Oblasts' are Donetsk Oblast and Luhansk
        Oblast, 'Idlib and Hama provinces' the governorates."""
        tokens = view(doc)
        by_end = {m.end: k for k, m in enumerate(mentions) if m.label_ in PLACE_LIKE}
        for i, word in enumerate(tokens.lower):
            endings = PLURAL_SUBDIVISIONS.get(word, ())
            end = i
            while endings and end in by_end:
                k = by_end[end]
                name = next((self.place_aliases[f] for f in (f"{mentions[k].text} {e}" for e in endings) if f in self.place_aliases), None)
                if name is not None:
                    mentions[k] = Span(doc, mentions[k].start, mentions[k].end, label="place", span_id=name)
                start = mentions[k].start
                if start == 0 or tokens.lower[start - 1] not in {"and", ","}:
                    break
                end = start - 1 - (start > 1 and tokens.lower[start - 1] == "and" and tokens.text[start - 2] == ",")
        return mentions

    def _handles(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """Social media handles of listed people and organisations: '@netanyahu' (a
        surname), '@realDonaldTrump' (ending in a full name), '@NATO' (an acronym)."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for token in doc:
            if token.i in taken or not token.text.startswith("@") or len(token.text) < 3:
                continue
            key = handle_key(token.text[1:])
            ends = [name for name in self.handle_ends if key.endswith(name)]
            entry = self.handles.get(key) or (self.handle_ends[max(ends, key=len)] if ends else None)
            if entry is not None:
                found.append(Span(doc, token.i, token.i + 1, label=entry[0], span_id=entry[1]))
        return found

    def _workplace(self, tokens: TokenView, start: int) -> bool:
        """'at' before token `start` names where someone works: 'an analyst at Kepler
        Cheuvreux', 'worked at Brightwater' (an unknown name there is no place)."""
        lower = tokens.lower
        return start > 1 and lower[start - 1] == "at" and (lower[start - 2] in self.roles or lower[start - 2] in WORKPLACE_WORDS)

    def _context_places(self, doc: Doc, mentions: list[Span], locative_ends: set[int]) -> list[Span]:
        """An unknown capitalised name right after a locative preposition is a place."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        # listed places, which a list of places may run over: "near Kupiansk and Vovchansk"
        listed = {m.start: m.end for m in mentions if m.label_ in REGION_LABELS}
        tokens = view(doc)
        text, lower, is_name, n = tokens.text, tokens.lower, tokens.is_name, len(tokens)
        places = []
        for start in sorted(locative_ends):
            if start >= n or doc[start].is_sent_start or in_a_work(tokens.lower, start) or self._workplace(tokens, start):
                continue
            runs = []  # the place names of a list: "the towns of Beni, Butembo, Mangina, and Katwa"
            over_listed = interrupted = False  # the list runs over a listed place; a name ends it
            items = 0
            while True:
                end = listed.get(start) or self._place_run(tokens, start, taken)
                if end == start:
                    break
                items += 1
                if start in listed:
                    over_listed = True
                else:
                    runs.append((start, end))
                k = end
                while k < n and text[k] in LIST_SEPARATORS:
                    k += 1
                if k == end or k >= n or not is_name[k]:
                    break
                if k in taken and k not in listed:
                    interrupted = True
                    break
                start = k
            after = runs[-1][1] if runs else start
            verb_after = items == 2 and after < n and tokens.is_lower[after] and tokens.is_alpha[after] and lower[after] not in LIST_ENDS
            if over_listed and (interrupted or verb_after):
                runs = []  # "from Florida, Richard and Lisa Parry", "struck Kharkiv and Ukrenergo said": no list of places
            if len(runs) > 1 and not any(lower[k] in {"and", "or"} for k in range(runs[0][1], runs[-1][0])):
                runs = runs[:1]  # a list has a conjunction: "in Kabul, President ..." is none
            for start, end in runs:
                if end < n and (text[end][:1].isupper() or lower[end] in self.government_nouns):
                    break
                if end < n and (lower[end] in {"'s", "’s"} or text[end] == "-" and not tokens.whitespace[end - 1]):
                    break  # "in Muslim-majority Mindanao"
                if end < n and lower[end] in MODIFIED_HEADS:
                    break  # "in Test history", "in Serie A football": the name names a kind of thing
                if any(tokens.is_upper[k] and len(text[k]) > 1 for k in range(start, end)):
                    break
                if end - start == 1 and lower[start] in self.government_nouns:
                    continue  # "works in Parliament", "testified in Court": a body, no place
                places.append(Span(doc, start, end, label="place", span_id=self._elided(tokens, start, end, listed) or doc[start:end].text))
        return places + self._apposed_places(tokens, taken) + self._divisions_of_states(tokens, mentions, taken)

    def _divisions_of_states(self, tokens: TokenView, mentions: list[Span], taken: set[int]) -> list[Span]:
        """An unknown name and the noun of a division after a state's "'s": 'Afghanistan's
        Khowst province' is the place Khowst Province."""
        doc, lower, n = tokens.doc, tokens.lower, len(tokens)
        places = []
        for state in mentions:
            start = state.end + 1
            if state.label_ not in {"state", "ambiguous_state"} or start >= n or lower[state.end] not in {"'s", "’s"} or start in taken:
                continue
            end = self._place_run(tokens, start, taken)
            if start < end < n and lower[end] in SUBDIVISION_NOUNS:
                name = f"{doc[start:end].text} {tokens.text[end].capitalize()}"
                places.append(Span(doc, start, end + 1, label="place", span_id=name))
        return places

    @staticmethod
    def _elided(tokens: TokenView, start: int, end: int, listed: dict[int, int]) -> str | None:
        """The whole name of a direction that shares its place's name with the listed one
        after 'and': 'North' of 'in North and South Kivu' is North Kivu."""
        k = end + 1
        if end - start != 1 or tokens.lower[start] not in REGION_WORDS or end >= len(tokens) or tokens.lower[end] not in {"and", "or"} or k not in listed:
            return None
        if tokens.lower[k] not in REGION_WORDS or listed[k] - k < 2:
            return None
        return " ".join([tokens.text[start], *tokens.text[k + 1 : listed[k]]])

    def _apposed_places(self, tokens: TokenView, taken: set[int]) -> list[Span]:
        """An unknown name that an apposition calls a place: 'Shusha, a city of historical
        significance', 'Mangina, a town in North Kivu'."""
        doc, text, lower, is_name, n = tokens.doc, tokens.text, tokens.lower, tokens.is_name, len(tokens)
        places = []
        for start in range(n):
            if not is_name[start] or start in taken or start > 0 and is_name[start - 1] or doc[start].is_sent_start:
                continue
            end = self._place_run(tokens, start, taken)
            # ", a town", ", a small town"
            if end + 2 < n and text[end] == "," and lower[end + 1] in ARTICLES and any(lower[k] in self.place_nouns for k in range(end + 2, min(end + 4, n))):
                places.append(Span(doc, start, end, label="place", span_id=doc[start:end].text))
        return places

    @staticmethod
    def _place_run(tokens: TokenView, start: int, taken: set[int]) -> int:
        """The end of the unknown name that starts at `start` (== start when none)."""
        text, is_name, n = tokens.text, tokens.is_name, len(tokens)
        end = start
        while end < n and end - start < 4 and end not in taken:
            if is_name[end]:
                end += 1
            elif end == start and tokens.lower[end] in ARABIC_ARTICLES and end + 2 < n and text[end + 1] == "-" and not tokens.whitespace[end] and is_name[end + 2]:
                end += 2  # "al-Watiya", "al-Qusayr": the article in lower case
            elif text[end] == "-" and end > start and not tokens.whitespace[end - 1] and end + 1 < n and is_name[end + 1]:
                end += 1  # "El-Obeid"
            else:
                break
        return end

    def _locates(self, doc: Doc, mention: Span, locative_ends: set[int]) -> bool:
        """Whether a state or capital mention is used as a location."""
        tokens = view(doc)
        lower = tokens.lower
        if _owns(doc, mention.end):
            if mention.label_ == "capital" and mention.end + 1 < len(doc) and lower[mention.end + 1] in CITY_NOUNS:
                return True  # "Lima's mayor", "Nairobi's traffic jams": the city
            return self._possessed(tokens, mention.end + 1) is True  # "Kenya's coast"; not "Kenya's army"
        if mention.label_ == "capital" and mention.start > 1 and lower[mention.start - 1] == "of" and lower[mention.start - 2] in CITY_NOUNS:
            return True  # "the mayor of Moscow", "the residents of Kyiv": the city
        if mention.end < len(doc) and lower[mention.end] in self.government_nouns | self.affiliated | POLICY_NOUNS:
            return False  # "the visiting U.S. envoy", "over U.S. tariffs": the state acts
        if mention.start > 1 and lower[mention.start - 1] == "-" and lower[mention.start - 2] in STANCE_PREFIXES:
            return False  # "the pro-Beijing camp", "anti-Moscow protests": a side, no location
        if _from_a_party(lower, mention.start - 1):
            return False  # "no immediate comment from Moscow", "criticism from Ankara", "arms from Iran": who speaks or supplies
        if mention.start > 1 and lower[mention.start - 1] == "in" and lower[mention.start - 2] in SEATED_RULERS and not (mention.start > 2 and lower[mention.start - 3] in LOCAL_RULERS):
            return False  # "the government in Damascus", "the junta in Niamey": the state that rules there
        start = self._direction_start(doc, mention)
        if start < mention.start:
            return True
        if (mention.start, mention.end) in self._capital_spans and mention.end < len(doc) and (
            lower[mention.end] in TRADE_NOUNS | TEAM_NOUNS
            or mention.start > 0 and lower[mention.start - 1] == "the" and view(doc).is_lower[mention.end] and view(doc).is_alpha[mention.end]
            and lower[mention.end] not in self.government_nouns | self.political_verbs
        ):
            return True  # "the London club", "a Moscow firm", "the Madrid clay": a capital tells where
        if mention.end + 1 < len(doc) and lower[mention.end] == "-" and lower[mention.end + 1] in SITED:
            return True  # "the Oslo-based company", "a London-listed miner"; not "Beijing-backed"
        if mention.end < len(doc) and lower[mention.end] in self.place_nouns and lower[mention.end] != "state":
            return True  # "at a Baghdad airport", "the Kosovo border"
        if self._linked(tokens, start):
            return True  # "the power cable between Denmark and Norway"
        if start in locative_ends or start > 0 and lower[start - 1] in ARTICLES and start - 1 in locative_ends:
            # "in the United States"; not "fired rockets at Israel", "officials from Iran"
            return not self._party_after(doc, start, mention.end)
        verb = self._landing.get(start)
        if verb is not None and (mention.label_ == "capital" or verb in self.motion or self._hazard_before(tokens, start)):
            return True  # "missiles hit Kyiv", "thousands fled Sudan", "a cyclone battered Mozambique"; not "Israel struck Iran"
        if self._hit_by(tokens, mention):
            return True  # "Kyiv was hit by missiles", "Pakistan was hit by floods"
        if self._records(tokens, mention):
            return True  # "Japan has recorded its hottest summer", "Kenya, Uganda and Tanzania recorded heavy rains"
        # a coordination chain back to a locative: "across Bosnia, Montenegro, and North
        # Macedonia", "in Canada, the Czech Republic, Germany and the United Kingdom"; a
        # list has a conjunction, so "In the Western Balkans, Moscow seeks" is none, and
        # after a locative that opens the clause a list before a verb is its subject ("In
        # Kosovo, Serbia and Russia have worked"), unlike one inside a noun phrase ("attacks
        # in Turkey, Azerbaijan and Thailand were thwarted")
        subject = self._subject_of_list(doc, mention)
        conjoined = self._conjoined_after(tokens, mention.end)
        i = start - 1
        if i >= 0 and lower[i] == "the":
            i -= 1
        while i >= 0 and tokens.text[i] in LIST_SEPARATORS:
            conjoined = conjoined or tokens.text[i] != ","
            i -= 1
            while i >= 0 and (tokens.is_name[i] or i in self._mention_starts):
                # over a name, or a listed one in lower case too: "the People's Republic of China"
                i = self._mention_starts[i] - 1 if i in self._mention_starts else i - 1
            if i >= 0 and lower[i] == "the" and i + 1 not in locative_ends:
                i -= 1
            if i + 1 in locative_ends:
                opener = i - (lower[i] in PAIRED)  # the preposition
                if _from_a_party(lower, opener):
                    return False  # "arms and ammunition from Iran and North Korea"
                if subject and (opener <= 0 or doc[opener].is_sent_start or not tokens.is_alpha[opener - 1]):  # after a comma or a quote mark
                    return False
                return conjoined and not self._party_after(doc, i + 1, mention.end)
            if i + 1 in self._landing and (mention.label_ == "capital" or self._landing[i + 1] in self.motion or self._hazard_before(tokens, i + 1)):
                return conjoined  # "toured Addis Ababa, Nairobi and Kampala", "toured Vietnam and Cambodia": the lands visited
        return False

    def _linked(self, tokens: TokenView, start: int) -> bool:
        """A state in the list after 'between' and a line that runs between lands: 'the
        cable between Denmark and Norway', 'the border between Chad and Sudan'; not 'talks
        between Serbia and Kosovo'."""
        lower, k = tokens.lower, start - 1
        while k > 0 and start - k <= MAX_LINKED_REACH and (tokens.is_name[k] or lower[k] in {"the", "and", ",", "of", "'s", "’s"}):
            k -= 1
        return k > 0 and lower[k] == "between" and lower[k - 1] in self.place_nouns | LINES

    @staticmethod
    def _hazard_before(tokens: TokenView, verb_end: int) -> bool:
        """A storm, a quake or a flood does what the verb before `verb_end` tells: 'Typhoon
        Haikui hit Taiwan', 'A cyclone battered Mozambique'."""
        lower = tokens.lower
        for k in range(max(verb_end - 1 - HAZARD_REACH, 0), verb_end - 1):
            if lower[k] in HAZARDS and not any(lower[j] in {",", "of", "after", "before"} for j in range(k - 1, verb_end - 1)):
                return True  # not "Days after the earthquake, Israel struck Syria", "A storm of missiles"
        return False

    @staticmethod
    def _hit_by(tokens: TokenView, mention: Span) -> bool:
        """A capital 'was hit by' anything, or a state by a storm, a quake or a flood: 'Kyiv
        was hit by missiles', 'Pakistan was hit by floods'; not 'Israel was hit by rockets'."""
        lower, k = tokens.lower, mention.end
        if not (k + 2 < len(tokens) and lower[k] in {"was", "were", "is", "has", "had"}):
            return False
        k += 1 + (lower[k + 1] == "been")
        if k + 1 >= len(tokens) or lower[k] not in {"hit", "struck", "battered", "rocked", "shaken", "pounded"} or lower[k + 1] != "by":
            return False
        agents = HAZARDS | {"missile", "missiles", "drones", "drone", "rockets", "rocket", "strikes", "airstrikes", "shelling", "barrage"}
        return any(lower[j] in (agents if mention.label_ == "capital" else HAZARDS) for j in range(k + 2, min(k + 2 + HAZARD_REACH, len(tokens))))

    @staticmethod
    def _records(tokens: TokenView, mention: Span) -> bool:
        """A state, alone or in a list, that is only where something is or happens: one
        that records, sees or suffers a measure, a record or the weather ('Japan has
        recorded its hottest summer', 'Kenya, Uganda and Tanzania recorded heavy rains'),
        is home to something, a destination or among the countries an impact hits ('Canada
        is home to', 'Chad, Niger and Mali are among the countries hardest hit'), or holds
        reserves or shares a border ('Bolivia holds the largest lithium reserves'); not
        'Japan saw the launch as a threat', 'India is among the countries that abstained',
        'Israel has closed its border with Egypt'."""
        lower, n = tokens.lower, len(tokens)
        k = mention.end
        while k < n and (tokens.is_name[k] or lower[k] in {",", "and", "the"}):
            k += 1
        if k + 1 < n and lower[k] in {"is", "are"}:
            # "Canada is home to", "Chad, Niger and Mali are among the countries hardest hit",
            # "Rwanda is a popular destination"
            words = lower[k + 1 : min(k + 1 + MEASURE_REACH, n)]
            among = words[0] == "among" or words[:4] == ["one", "of", "the", "countries"]
            return words[0] == "home" or "destination" in words[:3] or among and not IMPACT_WORDS.isdisjoint(words) and "that" not in words
        held = lower[k + 1 : min(k + 1 + MEASURE_REACH, n)]
        if k < n and lower[k] in HOLDING and not {"its", "their"} & set(held) and any(word in {"reserves", "border", "deposits"} for word in held):
            return True  # "Bolivia holds the world's largest lithium reserves", "Afghanistan shares a long border"
        while k < n and lower[k] in {"has", "have", "had", "also", "again", "just", "now"}:
            k += 1
        if k >= n or lower[k] not in EXPERIENCING:
            return False
        rest = lower[k + 1 : min(k + 1 + MEASURE_REACH, n)]
        if "as" in rest:
            return False
        return any(word in MEASURES for word in rest)

    def _possessed(self, tokens: TokenView, k: int) -> bool | None:
        """What a state has at k, after its "'s": True for a part of its land, which the
        state only locates ("Kenya's coast", "Sudan's western Darfur region", "Mexico's
        north"), False for its goods or measures, which name no party ("Germany's retail
        sales", "Chile's copper output"), None for all else ("Kenya's coast guard",
        "Russia's southern military district", "Iran's nuclear programme")."""
        lower, n = tokens.lower, len(tokens)
        for j in range(k, min(k + MAX_PLACE_MODIFIERS + 1, n)):
            word = lower[j]
            after = lower[j + 1] if j + 1 < n else ""
            if word in self.place_nouns | LAND_NOUNS:
                return True if after not in self.government_nouns | self.affiliated else None
            if word in self.directions and not (tokens.is_lower[j + 1] and tokens.is_alpha[j + 1] if j + 1 < n else False):
                return True  # "Mexico's north", "in Syria's northeast"
            if word in GOODS_NOUNS and after not in self.government_nouns | self.affiliated:
                # a measure that changes, not an act of the state: "Germany's retail sales
                # fell", not "Saudi Arabia's production cuts angered Washington"
                return False if after in MEASURE_VERBS or j + 1 >= n or not tokens.is_alpha[j + 1] else None
            if tokens.is_name[j] and (self._place_names.get((j, j + 1)) is not None or after in SUBDIVISION_NOUNS) or tokens.is_digit[j]:
                continue  # "Sudan's Darfur region", "Afghanistan's Khowst province", "6 of Kenya's 47 counties"
            if not (tokens.is_lower[j] and tokens.is_alpha[j]) or word in self.government_nouns | self.affiliated:
                return None
        return None

    def _clubs(self, doc: Doc, mentions: list[Span], locative_ends: set[int]) -> list[Span]:
        """A town that names its club in a sentence about sport, where no locative places
        it: 'Liverpool beat Everton 2-1' (the clubs), not 'the match in Liverpool'."""
        tokens = view(doc)
        clubs = []
        states = {i for m in mentions if m.label_ in {"state", "ambiguous_state"} for i in range(m.start, m.end)}
        for sentence in doc.sents:
            if not self._about_sport(tokens, sentence):
                continue
            for k in range(sentence.start, sentence.end):
                if k in states:
                    continue  # "Monaco and France signed a tax deal"
                club = self.club_towns.get(tokens.text[k])
                listed_place = k > 1 and tokens.lower[k - 1] == "and" and k - 2 in locative_ends  # "in Newcastle and Sunderland"
                if club is None or k in locative_ends or listed_place or k > 0 and (tokens.lower[k - 1] in NOT_BEFORE_CLUB or tokens.is_name[k - 1]) or k + 1 < len(doc) and (tokens.is_name[k + 1] or tokens.lower[k + 1] in LOCAL_NOUNS):
                    continue  # "in Liverpool", "the Liverpool area", "to Lyon", "Liverpool Street", "Marseille police", "Texas Rangers"
                clubs.append(Span(doc, k, k + 1, label="organization", span_id=club))
        if not clubs:
            return mentions
        taken = {c.start for c in clubs}
        # the town's own mention gives way; a longer name that holds it stays
        kept = [m for m in mentions if not (len(m) == 1 and m.start in taken)]
        held = {i for m in kept for i in range(m.start, m.end)}
        return kept + [c for c in clubs if c.start not in held]

    @staticmethod
    def _police(doc: Doc, mentions: list[Span]) -> list[Span]:
        """'police' that act or speak on their own ("Police arrested three men", "the police
        have declared it terrorism", "described by the police as"), named as the police
        force the text named before ("the Metropolitan Police ... police said"), else
        plainly "police"; not where the word modifies what follows ("police station",
        "Police spokesman Mariusz Ciarka") or stands in a list or a passive ("soldiers and
        police were warned")."""
        tokens = view(doc)
        lower = tokens.lower
        held = {i for m in mentions for i in range(m.start, m.end)}
        forces = [(m.start, m.id_) for m in sorted(mentions, key=lambda m: m.start) if m.label_ == "organization" and "Police" in m.id_.split()]
        found = []
        for k, word in enumerate(lower):
            if word != "police" or k in held:
                continue
            before = k - 1 if k > 0 and lower[k - 1] in ARTICLES else k
            agent = before > 0 and lower[before - 1] == "by" or before > 1 and lower[before - 2 : before] == ["according", "to"]
            if not (agent or _acts(tokens, k + 1)) or before > 0 and lower[before - 1] in LIST_SEPARATORS:
                continue
            name = next((n for start, n in reversed(forces) if start < k), "police")
            found.append(Span(doc, k, k + 1, label="organization", span_id=name))
        return found

    def _about_sport(self, tokens: TokenView, sentence: Span) -> bool:
        """A sentence with a word of sport or a score ('2-1', '3–0')."""
        return sport_count(tokens, self.sport_words, sentence.start, sentence.end) > 0

    @staticmethod
    def _administrations(doc: Doc, mentions: list[Span]) -> list[Span]:
        """A leader's name before 'administration' names the government they lead: 'the
        Trump administration', 'the Biden-Harris Administration' (as 'Biden Administration')."""
        listed = list(doc.spans.get(SPAN_KEYS["gazetteer"], [])) + list(doc.spans.get(SPAN_KEYS["names"], []))
        people = {m.start: m for m in [*listed, *mentions] if m.label_ == "person"}
        merged, dropped = [], set()
        for start, person in people.items():
            end = person.end
            if end + 1 < len(doc) and doc[end].text == "-" and is_name_token(doc[end + 1]):
                end = people[end + 1].end if end + 1 in people else end + 2  # "Biden-Harris"
            if end < len(doc) and doc[end].lower_ == "administration":
                surname = person.id_.split()[-1]
                merged.append(Span(doc, start, end + 1, label="organization", span_id=f"{surname} Administration"))
                dropped.update(range(start, end + 1))
        if not merged:
            return mentions
        return [m for m in mentions if dropped.isdisjoint(range(m.start, m.end))] + merged

    def _branches(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """A listed company or charity, or a civic body, and the state right after it name
        its branch there, one organisation: 'Save the Children Italy', 'ABC Australia',
        'Google China', 'Clean Air Coalition Kenya'; not
        where a name goes on after the state, nor in a headline ('Shell Nigeria Spill')."""
        headlines = {k for h in group(doc, "headlines") for k in range(h.start, h.end)}
        states = {m.start: m for m in mentions if m.label_ in {"state", "ambiguous_state"}}
        merged, dropped = [], set()
        for m in mentions:
            state = states.get(m.end)
            civic = doc[m.end - 1].text in CIVIC_HEADS  # "Clean Air Coalition Kenya", "Amnesty International Australia"
            if m.label_ != "organization" or m.id_ not in self.companies and not civic or state is None or m.start in headlines:
                continue
            if state.end < len(doc) and (is_name_token(doc[state.end]) or doc[state.end].lower_ in self.roles) or _owns(doc, state.end):
                continue  # "Google China Chief Executive ...", "Human Rights Watch Russia director", "gave Huawei Iran's network"
            merged.append(Span(doc, m.start, state.end, label="organization", span_id=doc[m.start : state.end].text))
            dropped.update(range(m.start, state.end))
        if not merged:
            return mentions
        return [m for m in mentions if dropped.isdisjoint(range(m.start, m.end))] + merged

    def _bodies_of_another_state(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """A body the gazetteer gives the United States under a name other states' bodies
        bear too (SHARED_BODY_NAMES: 'the National Security Council', 'the Senate'), in a
        text that names neither the United States, its capital, one of its people nor one of
        its own bodies and is about another state, is that state's: named as its body of that
        name where the gazetteer has one ('the Senate' in a text about the Philippines is the
        'Senate of the Philippines'), else by its own words; one name all through the text."""
        states = _states(mentions)
        if any(m.id_ == US or m.id_ in self.us_people or self.body_owners.get(m.id_) == US and _bare(m.text) not in SHARED_BODY_NAMES for m in mentions):
            return mentions  # a text that names the United States, its capital, one of its people or own bodies ("the State Department")
        out, named = [], {}
        for m in mentions:
            words = _bare(m.text)
            if m.label_ == "organization" and self.body_owners.get(m.id_) == US and words in SHARED_BODY_NAMES:
                if words not in named:  # one name for the body all through the text
                    in_view = _states_in_view(doc, states, m.start)
                    named[words] = self._body_of(words, in_view) if in_view else m.id_
                m = Span(doc, m.start, m.end, label="organization", span_id=named[words])
            out.append(m)
        return out

    def _legislatures(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """'Parliament', 'the parliament', 'the Senate' with no name on them are the
        legislature so called of the state the text is about, else of the state its
        sentence names (`_states_in_view`), named as bodies.jsonl names it ('Parliament of
        Kenya', 'United States Senate'), or by the bare word where no state is in view or
        none of its bodies goes by it; not a parliament of no state ('a new parliament')
        nor one that modifies a noun ('the parliament building', 'Senate race', 'the
        Houses of Parliament')."""
        tokens = view(doc)
        lower, text, n = tokens.lower, tokens.text, len(tokens)
        held = {i for m in mentions for i in range(m.start, m.end)}
        states = _states(mentions)
        found = []
        for k in range(n):
            word = LEGISLATURES.get(text[k])
            if word is None or k in held or k > 0 and (is_name_token(doc[k - 1]) or lower[k - 1] in {"a", "an", "'s", "’s"}):
                continue
            if text[k].islower() and (k == 0 or lower[k - 1] not in {"the", "to", "in"}):
                continue  # "a parliament", "parliament elections"
            if k > 1 and lower[k - 1] == "of" and (lower[k - 2] in self.roles or lower[k - 2][:-1] in self.roles or lower[k - 2] in {"houses", "act", "acts"}):
                continue  # "Members of Parliament": people; "the Houses of Parliament", "an Act of Parliament"
            if k + 1 < n and (is_name_token(doc[k + 1]) or tokens.is_lower[k + 1] and lower[k + 1] not in AFTER_A_LEGISLATURE and not _acts(tokens, k + 1)):
                continue
            # the state the text is about before the one its sentence names: "Kenya ... After
            # talks with Uganda, Parliament ratified the deal" is Kenya's
            name = self._body_of(word, list(reversed(_states_in_view(doc, states, k))))
            found.append(Span(doc, k, k + 1, label="organization", span_id=name))
        return found

    def _body_of(self, words: str, states: list[str]) -> str:
        """The name bodies.jsonl gives the body of the first of `states` that has one called
        `words` ('Parliament' of Kenya: 'Parliament of Kenya'; 'Defence Ministry' of Turkey:
        'Ministry of National Defense', its 'Turkish Defence Ministry'), else `words`."""
        forms = [
            f for state in states
            for f in (f"{words} of {state}", f"{words} of the {state}", f"{state} {words}", *(f"{d} {words}" for d in self.demonyms.get(state, ())))
        ]
        return next((self.body_names[f] for f in forms if f in self.body_names), words)

    def _owned_bodies(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """A body no list holds, named after a listed state's possessive, is that state's
        body of that name where bodies.jsonl has one: "Turkey's Defence Ministry" is the
        'Ministry of National Defense' that "the Turkish Defence Ministry" names."""
        owners = {m.end: m.id_ for m in mentions if m.label_ in {"state", "ambiguous_state"}}
        out = []
        for m in mentions:
            if m.label_ == "organization" and m.id_ not in self.body_owners and m.start > 1 and doc[m.start - 1].lower_ in {"'s", "’s"} and m.start - 1 in owners:
                name = self._body_of(m.text, [owners[m.start - 1]])
                if name != m.text:
                    m = Span(doc, m.start, m.end, label="organization", span_id=name)
            out.append(m)
        return out

    @staticmethod
    def _of_a_region(doc: Doc, mention: Span) -> bool:
        """A demonym that a compass or region word before it makes a region's: 'Latin
        American', 'North American', 'Central Asian' (a listed compound such as 'South
        Korean' is matched whole before)."""
        return mention.start > 0 and doc[mention.start - 1].is_title and doc[mention.start - 1].lower_ in REGION_WORDS

    def _land_of(self, doc: Doc, mention: Span) -> bool | None:
        """What a demonym's noun, a word or two after it, makes of it: True for a part of
        the land ('Indian villages', 'the Croatian coast'), False for its goods, its
        economy or its people ('Colombian coffee prices', 'Saudi oil output', 'British
        tourists', 'the Albanian community'), None for all else ('Chinese warships',
        'Indian officials')."""
        tokens = view(doc)
        start = mention.end
        while start + 1 < len(doc) and tokens.lower[start] in {"and", "or", ","} and tokens.is_title[start + 1]:
            start += 2  # "the Libyan and Algerian borders": the noun after the list's last demonym
        # the noun right after the demonym or after one more word: a window one word
        # shorter than a possessive's, whose "'s" stands between ("Sudan's western Darfur region")
        for k in range(start, min(start + MAX_PLACE_MODIFIERS, len(doc))):
            word = tokens.lower[k]
            if not (tokens.is_lower[k] and tokens.is_alpha[k]) or word in self.government_nouns | self.affiliated | self.weapons | self.roles:
                return None  # "Chinese warships", "the Saudi oil minister"
            if k + 1 < len(doc) and tokens.lower[k + 1] in self.government_nouns | self.affiliated | self.roles:
                return None
            if word in self.place_nouns | LAND_NOUNS | LAND_PLURALS:
                return k + 1 >= len(doc) or tokens.lower[k + 1] != "of"  # not "the Indian state of Kerala"
            if word in GOODS_NOUNS | PEOPLE_NOUNS:
                return False
        return None

    @staticmethod
    def _trade(doc: Doc, mention: Span) -> bool:
        """A demonym that tells where a business or a performer comes from, not a state
        acting: 'the Mexican company', 'British supermarket Ocado', 'Swedish captain'."""
        lower = view(doc).lower
        return any(lower[k] in TRADE_NOUNS for k in range(mention.end, min(mention.end + 2, len(doc))))

    def _club_by_people(self, doc: Doc, mention: Span, named: set[str]) -> bool:
        """A demonym before a noun for a club in a text about sport, where the state's own
        name plays no match (`named`: the states named): 'saw the Turkish champions come
        back', '16 points for the Spanish side'; not 'Serbia beat Costa Rica ... the Serbian
        side'."""
        return mention.end < len(doc) and doc[mention.end].lower_ in CLUB_NOUNS and self._sport_text and mention.id_ not in named

    @staticmethod
    def _one_of_a_people(doc: Doc, mention: Span) -> bool:
        """A singular demonym after an article that stands for one person, as sports reports
        name players: 'the Italian will rest', 'The Brazilian scored twice', 'a
        Frenchman'; not 'the French said' (a people, for its state) nor 'the Italian side'."""
        tokens = view(doc)
        lower, end = tokens.lower, mention.end
        if mention.start == 0 or lower[mention.start - 1] not in ARTICLES or len(mention) > 1:
            return False
        word = lower[mention.start]
        if not word.endswith(SINGULAR_DEMONYM_ENDINGS):
            return False  # "the French", "the British", "the Chinese" are peoples
        return end >= len(doc) or tokens.is_punct[end] and tokens.text[end] not in {"-", ","} or lower[end] in VERBS_AFTER_SUBJECT | AFTER_A_NOUN | IRREGULAR_PAST or tokens.is_lower[end] and lower[end].endswith("ed")

    @staticmethod
    def _conjoined_after(tokens: TokenView, end: int) -> bool:
        """Whether what follows a name goes on with a list ('Germany, Spain and ...') or ends
        its phrase, as a region after its town does ('in Maidan Wardak, Afghanistan.'),
        rather than opening a clause with it as subject ('..., Moscow seeks')."""
        return end >= len(tokens) or not tokens.is_lower[end] or tokens.lower[end] in PHRASE_ENDS | LIST_SEPARATORS

    def _party_after(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the 'at' or 'from' before `start` makes what follows a party rather than
        a place: 'at' after a verb of aiming in the same clause ("fired rockets at
        Israel", "lashed out at Washington"), 'from' right after a noun for a state's
        agents, a stance or a message that no verb of motion governs ("officials from
        Iran", "support from the United States, Japan and the Philippines", not "withdraw
        its forces from Kosovo"). Not before a place noun: "fired at Kabul airport"."""
        tokens = view(doc)
        lower = tokens.lower
        prep = start - 1
        if prep > 0 and lower[prep] == "the":
            prep -= 1
        if prep < 1 or lower[prep] not in {"at", "from"} or end < len(doc) and lower[end] in self.place_nouns:
            return False
        clause = []
        for k in range(prep - 1, max(prep - 1 - MAX_GOVERNOR_DISTANCE, -1), -1):
            if tokens.text[k] in CLAUSE_BREAKS:
                break
            clause.append(lower[k])
        if lower[prep] == "at":
            return not self.aiming.isdisjoint(clause)
        # "officials from Iran", and who gives or says: "funding from Norway and Canada"
        return lower[prep - 1] in self.affiliated | STANCES | MESSAGES and self.motion.isdisjoint(clause)

    @staticmethod
    def _subject_of_list(doc: Doc, mention: Span) -> bool:
        """'In Kosovo, Serbia and Russia have worked': the list ends before a verb, so it is a subject."""
        tokens = view(doc)
        end = mention.end
        while end < len(doc) and (tokens.text[end] in {",", "and", "or", "&"} or tokens.is_name[end]):
            end += 1
        return end < len(doc) and tokens.lower[end] in VERBS_AFTER_SUBJECT

    def _of_a_place_noun(self, doc: Doc, k: int) -> bool:
        """Token k follows a place's noun and 'of': 'the town of Masisi'."""
        return k > 1 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in self.place_nouns

    def _before_place_nouns(self, doc: Doc, mentions: list[Span], locative_ends: set[int]) -> list[Span]:
        """A name before a place's common noun names a place, in place of the person or
        body a shape or a list made of it, or of nothing: 'the Abu Sitta neighbourhood' (no
        person), 'deployed to Falcon state' (no organisation), 'fled to Norte de Santander
        province' (no bank), 'hit the Hasbaya district'; not a place, state or people a
        list holds ('the Donetsk region', 'the Russian state'), nor a people's adjective
        ('the Central European region'), nor a body a list holds whole ('the ASEAN region')."""
        tokens = view(doc)
        lower, is_name = tokens.lower, tokens.is_name
        listed = {(s.start, s.end) for s in doc.spans.get(SPAN_KEYS["gazetteer"], [])}
        regions = [(m.start, m.end) for m in mentions if m.label_ in REGION_LABELS | {"demonym"} and (m.start, m.end) in listed]
        others = [m for m in mentions if m.label_ not in REGION_LABELS | {"demonym"}]
        found = []
        for p in range(1, len(doc)):
            plural = lower[p] in NAMING_PLACE_PLURALS
            if lower[p] not in NAMING_PLACE_NOUNS | FIELDS | CAMPS and not plural or not tokens.is_lower[p]:
                continue
            # "the Tarim gas field", "the Abu Shouk displacement camp"
            kind = FIELD_GOODS if lower[p] in FIELDS else CAMP_KINDS if lower[p] in CAMPS else set()
            end = p - 1 if lower[p - 1] in kind and p > 1 and is_name[p - 2] else p
            if lower[p] in FIELDS | CAMPS and end == p:
                continue
            start = self._place_name_start(tokens, end)
            runs = [(start, end)]
            while plural and start > 1 and lower[start - 1] in {"and", ","} and is_name[start - 2]:
                start = self._place_name_start(tokens, start - 1)  # "the Kalma and Tulus crossings"
                runs.insert(0, (start, runs[0][0] - 1))
            if start == end or start not in locative_ends and lower[start - 1] not in {"the", "to", "of"}:
                continue
            if any(start < stop and begin < end for begin, stop in regions):
                continue  # "the Donetsk region", "the Russian state", "the Central European region"
            made = [m for m in others if m.start < end and start < m.end]
            opened = start in locative_ends or lower[start - 1] in {"to", "of"} or start - 1 in locative_ends or start - 1 in self._landing
            if not made and not opened:
                continue  # "the Zionist state", "the Quartet road map": nothing opens a place
            if any((m.start, m.end) in listed and (m.start, m.end) in runs for m in made) or any(lower[stop - 1].endswith(ADJECTIVE_ENDINGS) for _, stop in runs):
                continue  # "the ASEAN region", "the Trump camp"; a people's adjective ("the Kurdish and Arab districts")
            found += [Span(doc, begin, stop, label="place", span_id=doc[begin:stop].text) for begin, stop in runs if stop > begin]
        if not found:
            return mentions
        covered = {k for f in found for k in range(f.start, f.end)}
        return [m for m in mentions if covered.isdisjoint(range(m.start, m.end))] + found

    @staticmethod
    def _place_name_start(tokens: TokenView, end: int) -> int:
        """Where the name of a few words that ends at `end` starts, over the particles inside
        a place's name ('Norte de Santander'); `end` itself where no name ends there."""
        start = end
        while start > 0 and end - start < MAX_THING_WORDS + 1 and (
            tokens.is_name[start - 1] or tokens.lower[start - 1] in PLACE_PARTICLES and start > 1 and tokens.is_name[start - 2] and start < end
        ):
            start -= 1
        return start

    def _direction_start(self, doc: Doc, mention: Span) -> int:
        lower = view(doc).lower
        start = mention.start
        while start > 0 and lower[start - 1] in self.directions:
            start -= 1
        return start

    def _place(self, doc: Doc, mention: Span, name: str) -> Span:
        return Span(doc, self._direction_start(doc, mention), mention.end, label="place", span_id=name)

    def _governs(self, doc: Doc, mention: Span, locative_ends: set[int]) -> bool:
        """A subdivision or territory named as a polity that acts, as a state would be: by
        its government ("Puerto Rico's governor", "Hong Kong authorities", "the government
        of Goa") or as the subject of a political verb ("Puerto Rico declared", "Scotland voted"); not
        where it is only the place of something ("in Texas officials", "floods hit Texas")."""
        lower = view(doc).lower
        k = mention.end
        if k < len(doc) and lower[k] in {"'s", "’s"}:
            k += 1
        if k < len(doc) and lower[k] in self.polity_nouns:
            return mention.start not in locative_ends or k > mention.end
        if mention.start > 1 and lower[mention.start - 1] == "of" and lower[mention.start - 2] in self.polity_nouns:
            return True
        return mention.start not in locative_ends and k == mention.end and k < len(doc) and lower[k] in self.political_verbs

    def _ambiguous_is_state(self, doc: Doc, mention: Span, political: set[str]) -> bool:
        """'Chad', 'Jordan', 'Turkey' name a state unless they stand in a person's name
        ('Michael Jordan', 'Jordan Peterson') or after a place ('Atlanta, Georgia'); alone
        in a text with no other state or organisation they need a government noun, a
        possessive or a political verb after them ('Jordan condemned')."""
        after = doc[mention.end] if mention.end < len(doc) else None
        before = doc[mention.start - 1] if mention.start > 0 else None
        if after is not None and is_name_token(after) and after.lower_ not in self.government_nouns:
            return False
        if before is not None and is_name_token(before):
            return False
        if before is not None and before.text == "," and mention.start > 1 and (mention.start - 2) in self._place_ends:
            return False
        if len(political - {mention.id_}) >= MIN_POLITICAL_MENTIONS:
            return True
        return after is not None and (after.lower_ in self.political_verbs | self.government_nouns or after.lower_ in {"'s", "’s"})


def _in_capitals(doc: Doc, spans) -> list[Span]:
    """The case-folded gazetteer hits printed all in capitals ("REVOLUTIONARY ARMED
    FORCES"), not "armed forces" or "Armed forces", which the case-sensitive gazetteer
    has or rightly misses."""
    tokens = view(doc)
    upper, alpha = tokens.is_upper, tokens.is_alpha
    return [s for s in spans if all(upper[i] or not alpha[i] for i in range(s.start, s.end)) and any(upper[i] for i in range(s.start, s.end))]


def _the_government(doc: Doc, mentions: list[Span]) -> list[Span]:
    """'the government' that acts, unqualified, is the government of the state the text is
    about (`_states_in_view`); not 'the government of Iraq' nor 'the Serbian government',
    which name theirs."""
    tokens = view(doc)
    lower = tokens.lower
    held = {i for m in mentions for i in range(m.start, m.end)}
    states = _states(mentions)
    found = []
    for k in range(1, len(doc)):
        if lower[k] != "government" or lower[k - 1] != "the" or k in held or k - 1 in held:
            continue
        if not _acts(tokens, k + 1):
            continue  # "the government of Iraq", "the government's plan"
        in_view = _states_in_view(doc, states, k)
        if in_view:
            found.append(Span(doc, k - 1, k + 1, label="government", span_id=in_view[0]))
    return found


def _states(mentions: list[Span]) -> list[tuple[int, str]]:
    """(start, state name) of the mentions of states and their demonyms, in text order."""
    return sorted((m.start, m.id_) for m in mentions if m.label_ in {"state", "demonym"})


def _states_in_view(doc: Doc, states: list[tuple[int, str]], k: int) -> list[str]:
    """The states the text is about at token k, the likelier first: the last one named
    before it in its sentence ('In Uganda, the government resigned'), and the one named
    most often before it, if twice or more ('Kyrgyzstan ... in Kyrgyzstan ... the
    government resigned')."""
    sentence_start = doc[k].sent.start
    found = [name for start, name in states if sentence_start <= start < k][-1:]
    counts: dict[str, int] = {}
    for start, name in states:
        if start < k:
            counts[name] = counts.get(name, 0) + 1
    if counts and max(counts.values()) >= MIN_GOVERNED_MENTIONS:
        top = max(counts.values())
        found.append(next(name for start, name in states if counts.get(name) == top))
    return list(dict.fromkeys(found))


def _sites(doc: Doc, mentions: list[Span]) -> list[Span]:
    """A state's or a place's name with a site's word after it names that site, a place:
    'a gathering in Victoria Park', 'docked in Manila Bay', 'Kabul International Airport';
    not where a name goes on ('China Harbour Engineering')."""
    sites = []
    for m in mentions:
        end = m.end + (m.end + 1 < len(doc) and doc[m.end].text == "International")
        if m.label_ in REGION_LABELS and end < len(doc) and doc[end].text in SITE_HEADS and not (end + 1 < len(doc) and is_name_token(doc[end + 1])):
            sites.append((m, Span(doc, m.start, end + 1, label="place", span_id=doc[m.start : end + 1].text)))
    if not sites:
        return mentions
    replaced = {id(m) for m, _ in sites}
    return [m for m in mentions if id(m) not in replaced] + [site for _, site in sites]


def _joined_to_a_name(doc: Doc, mention: Span, starts: set[int]) -> bool:
    """A place that a hyphen joins to a capitalised word no gazetteer lists opens a
    compound name: 'Cleveland-Cliffs'; not 'Russia-Ukraine', 'Tehran-based'."""
    k = mention.end
    return (
        k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
        and doc[k + 1].is_title and k + 1 not in starts
    )


def _a_people_or_money(doc: Doc, mention: Span) -> bool:
    """A people's word after 'native', 'ethnic', 'indigenous' or 'ancient' names a people,
    not its state ('Native Americans', 'ethnic Albanians'); a state's word before its currency
    names money ('U.S. dollars', 'Chinese yuan')."""
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    return before in PEOPLE_MARKERS and mention.label_ == "demonym" or after in CURRENCIES


def _initialled(mentions: list[Span]) -> list[Span]:
    """An acronym no list resolves that spells the initials of a body the text names in
    full is that body: 'the GNA' after 'the Government of National Accord'."""
    full = {}
    for m in mentions:
        acronym = initials(m.id_.split())
        if m.label_ in {"organization", "group"} and acronym:
            full.setdefault(acronym, m)
    return [
        Span(m.doc, m.start, m.end, label=full[m.id_].label_, span_id=full[m.id_].id_)
        if m.label_ in {"organization", "group"} and m.id_ == m.text and m.text.isupper() and m.id_ in full else m
        for m in mentions
    ]


def _a_language(doc: Doc, mention: Span) -> bool:
    """A demonym before a noun of speech ('Russian-speaking', 'Spanish speakers'), or after
    'in', 'into' or a verb of speaking where its phrase ends, alone or in a list of
    languages ('printed in Spanish and Portuguese', 'speaks fluent Arabic'), names a
    language; not 'in Russian businesses', 'in Russian-held areas'."""
    tokens = view(doc)
    k = mention.end + 1 if mention.end < len(doc) and tokens.text[mention.end] == "-" else mention.end
    if k < len(doc) and tokens.lower[k] in LANGUAGE_NOUNS and tokens.is_lower[k]:
        return True  # not "Ukrainian Speaker Ruslan Stefanchuk"
    start = mention.start
    while start > 1 and tokens.lower[start - 1] in {"and", "or", ","} and tokens.is_title[start - 2]:
        start -= 2  # "printed in Ukrainian and Russian": the list's first word follows the opener
    if start == 0 or tokens.lower[start - 1] not in LANGUAGE_OPENERS:
        return False
    end = mention.end
    while end + 1 < len(doc) and tokens.lower[end] in {"and", "or", ","} and tokens.is_title[end + 1]:
        end += 2  # "in Spanish and Portuguese": the list's last word ends the phrase
    return end >= len(doc) or tokens.is_punct[end] and tokens.text[end] != "-" or tokens.lower[end] in {"and", "or", "to", "on", "at", "by", "for", "with"}


def _modifies_noun(doc: Doc, span: Span) -> bool:
    """A service named by its common noun that only modifies the noun after it ("Chinese
    military drills", "Indonesian police chief"), which leaves the demonym to stand for the
    state; not where its phrase ends ("the Chinese military said", "Serbian military,
    police and ...", "the Russian military struck")."""
    end = span.end
    if span[-1].lower_ not in SERVICE_NOUNS or end >= len(doc):
        return False
    tokens = view(doc)
    word = tokens.lower[end]
    verb_or_particle = (
        word in VERBS_AFTER_SUBJECT | AFTER_A_NOUN | PHRASE_ENDS | LIST_SEPARATORS | IRREGULAR_PAST
        or word.endswith(("ed", "ly"))
    )
    return tokens.is_lower[end] and not verb_or_particle


def _inside_a_code(doc: Doc, span: Span) -> bool:
    """An acronym joined without a space to a word in capitals no list holds, or to a
    letter after a comma, is part of a longer code or name: the 'AU' of 'PORT-AU-PRINCE',
    the 'DPA' of 'CSP-DPA', the 'RTS' of 'RTS,S'; not 'EU-US' nor 'US-China'."""
    if len(span) != 1 or not span.text.isupper():
        return False
    listed = {i for s in doc.spans.get(SPAN_KEYS["gazetteer"], []) for i in range(s.start, s.end)}

    def joined(first: int, joint: int, word: int) -> bool:
        """Tokens first, joint (a hyphen or a comma) and the next with no space between."""
        if not (0 <= word < len(doc) and 0 <= first) or doc[joint].text not in {"-", ","} or word in listed:
            return False
        text = doc[word].text
        return text.isupper() and text.isalpha() and not doc[first].whitespace_ and not doc[joint].whitespace_

    return joined(span.start - 2, span.start - 1, span.start - 2) or joined(span.end - 1, span.end, span.end + 1)


def _bare(name: str) -> str:
    """A name without its article: 'the Senate' -> 'Senate'."""
    return name[4:] if name.lower().startswith("the ") else name


def _owns(doc: Doc, end: int) -> bool:
    """A possessive follows: "Masisi's government"."""
    return end < len(doc) and doc[end].lower_ in {"'s", "’s"}


def _acts(tokens: TokenView, k: int) -> bool:
    """Whether the words from `k` open the active verb of the subject before: "arrested",
    "said", "have declared", "quickly sealed"; not a passive ("were warned") nor a noun."""
    if k < len(tokens) and tokens.lower[k].endswith("ly") and tokens.is_lower[k]:
        k += 1  # "police quickly sealed off the area"
    if k >= len(tokens) or not tokens.is_lower[k]:
        return False
    word = tokens.lower[k]
    if word in PERFECT_AUXILIARIES and k + 1 < len(tokens) and tokens.lower[k + 1] == "been":
        k, word = k + 1, "been"  # "Police have been deployed": a passive, as "were warned"
    if word in PASSIVE_AUXILIARIES:
        after = tokens.lower[k + 1] if k + 1 < len(tokens) else ""
        return not (after.endswith("ed") or after in IRREGULAR_PAST or after in {"also", "not", "being"})
    return word in VERBS_AFTER_SUBJECT | IRREGULAR_PAST or word.endswith("ed")


def town_index() -> dict[str, tuple]:
    """{alias: ((name, country, regions), ...)} of the towns gazetteer."""
    index: dict[str, list] = {}
    for town in resources.gazetteer("towns"):
        for alias in town.aliases:
            index.setdefault(alias, []).append((town.name, town.country, town.regions))
    return _frozen(index)


def _frozen(towns: dict[str, list]) -> dict[str, tuple]:
    """The town index as nested tuples of strings, which the garbage collector does not
    track: as lists, its 100,000 containers made each full collection cost a third of a
    second."""
    return {alias: tuple((name, country, tuple(regions)) for name, country, regions in rows) for alias, rows in towns.items()}


# the words of a state's own bodies, whose names are also mentions of their state ("Russian
# Ministry of Defence", "Sudanese Armed Forces"); not of its agencies, councils or services,
# which carry a state's name without speaking for it ("British Council", "Iranian Students
# News Agency")
GOVERNMENT_BODY = re.compile(
    r"\b(Ministry|General Staff|Chiefs of Staff|Ministries|Department|Government|Parliament|Assembly|Senate|Congress|Cabinet|Embassy|Consulate|Police"
    r"|Court|Security Council|Directorate|Administration|Guard|Forces|Force|Army|Navy|Military|Command|Central Bank"
    r"|National Bank|Presidency|Prosecutor|Customs|Treasury|Intelligence|Defen[cs]e|Foreign|Interior|Legislature"
    r"|Duma|Rada|Knesset|Majlis|Coast|House of|Chamber of|Legislative)\b",
    re.IGNORECASE,
)
# Wikipedia titles of the bodies through which a state acts abroad or with force: foreign
# affairs, defence, armed services, intelligence, security. Agencies (NASA, the FDA),
# parliaments, courts, central banks and state firms act for themselves.
STATE_ORGAN = re.compile(
    r"\b(Department of State|General Staff|Chiefs of Staff|Foreign|External|Defen[cs]e|Army|Navy|Naval|Air Force|Marine Corps|Command"
    r"|Armed Forces|Military|Intelligence|Security Service|Security Council|National Security"
    r"|Coast Guard|National Guard|Border Guard|Revolutionary Guard)\b"
)


def body_owners() -> dict[str, str]:
    """{name: state name} of the bodies of bodies.jsonl that belong to one state. Names
    that several states' bodies share ("Ministry of Defence") are left out."""
    states = {s.id: s.name for s in resources.gazetteer("states")}
    owners: dict[str, set[str]] = {}
    for body in resources.gazetteer("bodies"):
        if body.kind == "organization" and body.country in states:
            owners.setdefault(body.name, set()).add(states[body.country])
    return {name: next(iter(found)) for name, found in owners.items() if len(found) == 1}


def handle_key(text: str) -> str:
    """'Donald J. Trump' -> 'donaldjtrump': a name as a handle spells it."""
    return "".join(c for c in fold(text) if c.isalnum())


def handle_index() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """({handle key: (label, name)} of the full names and surnames of listed people and the
    one-word names (acronyms) of listed organisations, the same of the people's full names
    of MIN_HANDLE_SUFFIX letters or more, which a longer handle may end with)."""
    index: dict[str, tuple[str, str]] = {}
    for entry in resources.gazetteer("organizations"):
        for alias in entry.aliases:
            if " " not in alias:
                index.setdefault(handle_key(alias), (entry.kind, entry.name))
    ends: dict[str, tuple[str, str]] = {}
    for person in resources.gazetteer("people"):
        for alias in person.aliases:
            index.setdefault(handle_key(alias), ("person", person.name))
            if " " in alias and len(handle_key(alias)) >= MIN_HANDLE_SUFFIX:
                ends.setdefault(handle_key(alias), ("person", person.name))
    return index, ends


def area_countries() -> dict[str, str]:
    """{name: country code} of every state and of every place that is not a city: what a
    town's country is checked against ("Jolo, Sulu", "Mokha, Yemen")."""
    areas = {p.name: p.country for p in resources.gazetteer("places") if p.country and p.kind != "city"}
    areas.update({s.name: s.id for s in resources.gazetteer("states") if len(s.id) == 2})
    return areas


def in_a_work(lower: list[str], start: int) -> bool:
    """'in' before token `start` (`lower`: the doc's lower-case words) names a publication
    or an undertaking, not a place: 'published on Monday in Nature Sustainability',
    'participation in Project MKUltra'."""
    if start < 1 or lower[start - 1] != "in":
        return False
    return start > 1 and lower[start - 2] in UNDERTAKINGS or not PUBLISHING.isdisjoint(lower[max(start - 5, 0) : start - 1])


def _datelines(doc: Doc, cities) -> set[int]:
    """The tokens of a wire dateline that opens a paragraph below the headline: 'KYIV,
    Ukraine (Reuters) -', 'SUZUKA, Japan —', 'BEIRUT (AP) —', 'TAIPEI -': a place in
    capitals, a region after a comma, an agency in brackets, then a dash; a dash right
    after the capitals only where they name a listed place (`cities`), not an acronym."""
    tokens = view(doc)
    text, n = tokens.text, len(tokens)
    headlines = {s.start for s in group(doc, "headlines")}
    found: set[int] = set()
    for start in range(n):
        if start in headlines or not (start == 0 or tokens.is_space[start - 1] and "\n" in text[start - 1]):
            continue
        k = start
        while k < n and (tokens.is_upper[k] and tokens.is_alpha[k] and len(text[k]) > 1 or text[k] == "/" and k > start):
            k += 1  # "NEW YORK", "BEIJING/TAIPEI"
        if k == start or k >= n or text[k] not in {",", "("} | DASHES:
            continue  # "KYIV, Ukraine (Reuters) -", "BEIRUT (AP) —", "TAIPEI -"
        if text[k] in DASHES and tokens.span_text(start, k).title() not in cities:
            continue  # "NATO - Russia talks failed": an acronym, no city
        if text[k] == ",":
            k += 1
            while k < n and ((tokens.is_title[k] or tokens.is_upper[k]) and tokens.is_alpha[k] and text[k] not in MONTHS or text[k] in {"of", "the", "and"} and k + 1 < n and tokens.is_title[k + 1]):
                k += 1  # "Ukraine", "North Korea", "Democratic Republic of Congo"
            if k + 1 < n and text[k] == ",":
                k += 1
            if k + 1 < n and text[k] in MONTHS:
                k += 1 + (text[k + 1] == ".")  # "KYIV, March 14 (Reuters) -", "Oct. 14"
                k += tokens.is_digit[k] if k < n else 0
                if k + 1 < n and text[k] == "," and tokens.is_digit[k + 1] and len(text[k + 1]) == 4:
                    k += 2  # "YAOUNDE, May 4, 2025 (Reuters) -"
        if k < n and text[k] == "(":
            close = next((q for q in range(k + 1, min(k + 4, n)) if text[q] == ")"), None)
            k = close + 1 if close is not None else k
        if k < n and text[k] in DASHES and tokens.whitespace[k - 1]:
            found.update(range(start, k))
    return found


def _short_forms(actors: list[Span]) -> list[Span]:
    """A body named by the end of a longer name given before it, or as it was written
    before, is that body: 'the Security Council' after 'the United Nations Security
    Council', or after "Russia's Security Council" (the Security Council of Russia)."""
    known: list[tuple[str, str]] = []  # (text, name) of the bodies named so far
    resolved = []
    for actor in sorted(actors, key=lambda a: a.start):
        if actor.label_ == "organization" and len(actor) > 1:
            longer = next((name for text, name in reversed(known) if name.endswith(" " + actor.id_) or text == actor.text), None)
            if longer is not None:
                actor = _relabel(actor, "organization", longer)
            known.append((actor.text, actor.id_))
        resolved.append(actor)
    return resolved


def _from_a_party(lower: list[str], k: int) -> bool:
    """Token k is 'from' (or 'from the') after what a party says or supplies: 'criticism
    from Ankara', 'arms and ammunition from Iran', 'supplies from the United States'."""
    if k > 0 and lower[k] == "the":
        k -= 1
    return k > 0 and lower[k] == "from" and lower[k - 1] in MESSAGES | STANCES | SUPPLIES


def _borders(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Two states joined by a hyphen or a dash before 'border' name one place, the border,
    its states in alphabetical order: 'the Iraq–Syria border', 'the U.S.-Mexican border'
    (Mexico–United States border)."""
    states = {m.start: m for m in mentions if m.label_ in {"state", "demonym", "ambiguous_state"}}
    pairs = []
    for first in states.values():
        second = states.get(first.end + 1)
        if second is None or doc[first.end].text not in BORDER_DASHES or doc[first.end - 1].whitespace_ or doc[first.end].whitespace_:
            continue
        if second.end < len(doc) and doc[second.end].lower_ in BORDER_NOUNS and first.id_ != second.id_:
            name = f"{'–'.join(sorted((first.id_, second.id_)))} border"
            pairs.append((first, second, Span(doc, first.start, second.end + 1, label="place", span_id=name)))
    joined = {id(m) for first, second, _ in pairs for m in (first, second)}
    return [m for m in mentions if id(m) not in joined] + [border for _, _, border in pairs]


def _relabel(span: Span, label: str, name: str) -> Span:
    return Span(span.doc, span.start, span.end, label=label, span_id=name)
