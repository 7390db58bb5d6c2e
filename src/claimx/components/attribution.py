"""Claims: which sentences claim something, who claims it, with which cue and of which type."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from .base import LexiconComponent, group, set_group
from .tokens import ARTICLES, IRREGULAR_PAST, MIN_SPORT_WORDS, NAMED_THINGS, QUOTE_MARKS, SUBJECT_PRONOUNS, TIME_ZONES, TokenView, after_hyphen, after_sited, mentions_of, sport_count, view, written_inside, written_lower

ATTRIBUTING = {"report", "recommend"}
BE = {"am", "is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
AUX = BE | {"will", "would", "has", "have", "had", "shall", "did", "does", "do", "also", "now", "to", "today", "then", "not", "later", "again", "formally", "officially", "jointly"}
ADVERBS = {"also", "further", "again", "now", "still", "then", "too", "repeatedly", "previously", "recently", "today", "yesterday", "later", "earlier", "once", "furthermore", "moreover", "even", "often", "always", "never", "already", "publicly", "privately"}
AUXILIARIES = {"not", "n't", "never", "did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall"}
DETERMINERS = {"the", "a", "an", "one", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "new", "latest", "recent", "senior", "some", "several", "many", "other", "two", "three", "independent", "international", "local", "western", "foreign", "military", "government", "british", "american", "state"}
OPEN_QUOTES = {"“", "«", "„"}
CLOSE_QUOTES = {"”", "»"}
QUOTE_OPENERS = OPEN_QUOTES | {'"'}
QUOTATION = QUOTE_OPENERS | CLOSE_QUOTES
TRAILING = CLOSE_QUOTES | {'"', "’", ")"}  # what may follow a sentence's final punctuation
FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
FIRST_PERSON_WE = FIRST_PERSON | {"we", "our", "us"}
# what opens a clause that is not the main one: a past verb there narrates nothing
SUBORDINATORS = {"when", "after", "before", "since", "because", "although", "though", "unless", "until", "while", "once"}
# an indirect question or a condition, whatever follows it: "whether the commander survived"
OPEN_CLAUSES = {"whether", "if"}
# participles that qualify the noun before them ('groups linked to al-Qaeda')
MODIFYING_PARTICIPLES = {"briefed", "linked", "tied", "backed", "aligned", "affiliated", "allied", "based", "valued", "estimated", "related", "connected", "associated", "opposed", "dedicated", "committed", "devoted", "located", "situated", "named", "called", "dubbed"}
PARTICIPLE_PREPOSITIONS = {"to", "with", "as", "at", "in", "by", "after"}
# reporting verbs that after a modal name a deed: "must show flexibility", "will report earnings"
DOING_WORDS = {"show", "report", "find"}
# two-word adverbials between a claimant and its verb
ADVERB_PHRASES = {("in", "turn"), ("in", "response"), ("in", "reply"), ("at", "first"), ("at", "once"), ("in", "part")}
# actors that may speak right before 'states' ("The Aviation Herald states"), as no region does
SPEAKING_LABELS = {"organization", "person", "group"}
# what follows a noun that ends its phrase ("the Catalan demands for ..."), unlike a verb's object
NOUN_ENDS = {"of", "for", "from", "on", "in", "at", "by", "with", "and", "or", "were", "was", "are", "is", "have", "had", "has"}
# what follows 'agreed' where an agreement is reached: "agreed to reconvene", "agreed on a line"
AGREED_WITH = {"to", "on", "upon"}
AGREEMENT_REACH = 6  # tokens after 'agreed with' where the 'to' of the act agreed stands
# kinds of event that measure a state of affairs over time, no happening: "Inflation rose to 35 percent"
TRENDS = {"economic change", "war"}
SAYING_PREPOSITIONS = {"in", "during", "at"}  # open where a speaker said it: "Akihito in a televised address said"
SAYING_PHRASE_REACH = 5  # words of such a phrase
EXISTENTIAL_REACH = 5  # words from 'There was' to the happening it names: "There were two separate votes"
# what opens a relative clause after its noun
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
CLAUSE_SUBJECTS = SUBJECT_PRONOUNS | {"it"}  # what opens a clause after 'and': "and it took place"
# what goes on for a span of time is a state of affairs: 'treated Dodik as a nuisance for years'
# words that open a sentence as adverbs, not as a claimant's modifiers ("Nonetheless diplomats said")
SENTENCE_ADVERBS = {"however", "nonetheless", "nevertheless", "meanwhile", "so", "far", "instead", "yet", "still", "thus"}
# words of quantity that open no subject of a happening ("Few investors believed")
QUANTIFIERS = {"few", "many", "most", "some", "several", "all", "no", "each", "every", "both"}
SINGULAR_ENDINGS = ("ss", "is", "us")  # "analysis", "census", "address": no plural
INDEFINITE_WORDS = {"other", "multiple", "numerous", "various"} | QUANTIFIERS
DEFINITE_WORDS = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"}
DURATIONS = {"for years", "for decades", "for centuries", "for generations", "for months", "for weeks", "over the years", "over the decades", "in recent years", "for a long time"}
AUTHOR_HEADS = {"statement", "remarks", "readout", "message", "letter", "address", "op-ed", "speech", "testimony", "proclamation"}
FINAL = {".", "!", "?", "…"}
# words before a reported act that make it background or deny it: "When Putin launched ...",
# "... did not ratify"
NOT_MAIN_CLAUSE = {"when", "which", "who", "whom", "whose", "while", "if", "after", "before", "since", "because", "although", "though", "unless", "until", "not", "n't", "never", "no"}
PERFECT = {"had"}
PAST_AUXILIARIES = {"was", "were", "had", "did"}
PROGRESSIVE_REACH = 3  # words between a verb in -ing and the event it governs: "is renewing its designation"
# verbs of describing, naming or threatening, which with quoted words tell how something was put
DESCRIBING = {
    "called", "termed", "described", "dubbed", "labelled", "labeled", "branded", "named", "referred", "praised", "hailed",
    "threatened", "warned", "accused", "criticised", "criticized", "envisioned", "characterised", "characterized", "likened",
}
SPOKEN_DEONTIC = {"need", "needs", "have", "has", "let", "please"}  # first words of the deontic cues that need a quote
# past forms of recommending verbs whose object is the call itself: "Protesters called for
# his resignation", "They encouraged the peaceful resolution of the dispute"
DIRECT_APPEALS = {"called", "urged", "demanded", "pressed", "appealed", "implored", "encouraged", "cautioned", "warned", "pleaded"}
# "requested that the species be listed", "requested monarchs be given protection": a call
# in the subjunctive; not "requested asylum"
SUBJUNCTIVE_REACH = 6
# a request of someone: "The office asked citizens to leave", "Households were asked to place a flag"
REQUESTS = {"ask", "asks", "asked"}
# what one asks for oneself, no call on others: "asked for asylum", "asked for comment"
OWN_REQUESTS = {"comment", "comments", "reaction", "asylum", "lawyer", "divorce", "forgiveness", "permission", "leave", "clarification", "details", "information", "bail", "refuge"}
# calls that are nouns before 'from' ("demand from factories"), unlike "reports from Omsk said"
DEMANDS = {"demand", "demands"}
# recommending cues that invite things as well as people ("would invite a crisis")
INVITATIONS = {"invite", "invites", "invited", "inviting"}
PRESSES = {"presses", "pressed"}  # "pressed banks to freeze", not "pressed charges"
# what is pressed that is no addressee: "pressed ahead with plans to", "pressed the attack to retake"
PRESSED_THINGS = {"ahead", "on", "deeper", "forward", "home", "advantage", "attack", "attacks", "offensive", "case", "claim", "claims", "charges", "button"}
# words before a cue word that make it a noun: "weak demand", "public support", "rising fears"
MARKET_WORDS = {"weak", "weaker", "strong", "stronger", "rising", "falling", "growing", "slowing", "soaring", "surging", "sluggish", "robust", "high", "higher", "low", "lower", "global", "domestic", "consumer", "energy", "oil", "gas", "power", "export", "import", "market", "public", "pent-up"}
# what an emphasis calls for: "underscored the need for Russia to adhere", "stressed the necessity of"
NEEDS = {"need", "necessity"}
NEED_ADJECTIVES = {"urgent", "pressing", "critical", "vital", "continued", "continuing", "clear", "immediate"}
# the cues whose object may be a need they call to meet
NEED_CUES = {"report.emphasize", "report.highlight", "report.stance"}
# words that make a role a more particular one: "The Vice President", "the Deputy Secretary"
ROLE_MODIFIERS = {"vice", "deputy", "prime", "acting", "chief", "first", "assistant", "under"}
# titles of an envoy's office that a readout names its subject by ("The High Representative")
REPRESENTATIVES = {"representative"}
# roles one person holds, named earlier with them: "Vice President Kamala Harris ... The Vice President said"
ROLES = {"president", "minister", "secretary", "governor", "mayor", "chancellor", "commander", "chairman", "chairwoman", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "premier", "king", "queen", "emir", "pope", "director", "prosecutor", "judge"}
TITLE_WINDOW = 6  # tokens before a person's name where their title stands ("Secretary of State Marco Rubio")
MODALS = {"may", "might", "could", "would", "will", "should", "can", "must"}
NEGATORS = {"not", "never", "n't"}
# the words that open an indirect question, within this many tokens of its modal
QUESTION_WORDS = {"whether", "how", "what", "which", "when", "where", "why", "who"}
QUESTION_REACH = 8
DENIAL_REACH = 8  # tokens of the adverbial between commas after a denying 'not': "had not, as of yesterday, announced"
# what names a government body's field between its state and its noun: "Russia's defence ministry"
BODY_MODIFIERS = {"defence", "defense", "foreign", "interior", "health", "finance", "justice", "emergencies", "emergency", "air", "armed", "security", "intelligence", "border", "general", "presidential", "military"}
POSSESSIVE_MARKS = {"'s", "’s"}
BE_WORDS = BE - POSSESSIVE_MARKS  # the forms of 'be' no possessive shares: "is urging", not "Trump's urging"
# verbs of a sanctions fact sheet's act on its targets
DESIGNATING = {"designated", "sanctioned", "designating", "sanctioning"}
# participles of an apposition that names who leads the body before it: ", led by X,"
LED = {"led", "headed", "chaired", "founded", "run", "directed", "commanded", "backed", "owned"}
# verbs of a happening: "Further skirmishes occurred", "The attack took place", "ISIL claimed responsibility"
HAPPENED = {"occurred", "happened", "erupted", "unfolded", "ensued", "took place", "broke out", "claimed responsibility", "began in", "began on", "began at", "began after", "started in", "started on", "followed"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
POSSESSIVES = {"its", "their", "his", "her", "our", "my", "your"}
DEFINITE = {"the", "this", "its", "their"}
# document nouns that name no authored work an article is about: "Facebook records", "a statement"
NOT_WORKS = {"statement", "records", "data", "figures", "estimates", "email", "documents", "transcript"}
# "X of Y said": the person X speaks for Y, up to this many tokens before the cue
PERSON_OF = {"of", "at", "from"}
LOCATED = {"in", "at", "from", "of"}  # "officials in Omsk said", "a resident of Bahir Dar said": the claimant stands in the place
PERSON_OF_TOKENS = 7
SHARED_LINKS = {"of", "from", "on"}  # "officials from both countries said": the claimant is theirs
PERSON_AFTER_TOKENS = 5  # words between a body's name and its person: "Samoa Observer editor Keni Lesa"
ROLE_WORDS = 3  # lower-case words of a role before its holder's name: "study co-author Jane Doe"
UNNAMED_REACH = 3  # tokens before a body's name where the noun of its unnamed speaker stands
# claimant nouns for one person, whom a later 'he' or 'she' may continue
PERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "commander", "officer", "diplomat", "minister", "envoy", "adviser", "advisor", "aide", "source", "witness", "resident", "analyst", "expert", "leader"}
# head nouns of bodies that 'the ministry', 'the agency' name again, and how far back
BODY_HEADS = {"ministry", "agency", "command", "council", "commission", "court", "committee", "department", "army", "navy", "party", "union", "bank", "alliance", "mission", "office", "embassy", "service", "authority", "tribunal", "parliament", "assembly", "police", "organisation", "organization", "movement", "front"}
BODY_REACH = 400
# nouns by which a text names again the body or armed group that opened a sentence before
GROUP_NOUNS = {"group", "charity", "organisation", "organization", "movement", "militia", "party"}
# claimant nouns for a business, which stand for the one named just before
BUSINESS_NOUNS = {"company", "firm", "carmaker", "automaker", "lender", "bank", "carrier", "airline", "insurer", "retailer", "manufacturer", "producer", "giant", "operator"}
COMPANY_REACH = 80  # tokens back to the company a business noun stands for
BODY_KINDS = {"organization", "state", "group"}  # claimants an 'it' or 'they' may stand for
MODIFIER_WORDS = 5  # words between an article and a claimant noun: "the Israeli prime minister's office"
# words that qualify a claimant noun after it, and how far back from the cue they may stand
QUALIFIERS = {"familiar", "briefed", "close", "who", "with", "speaking", "involved", "knowledgeable", "aware"}
QUALIFIER_REACH = 10  # words back from the cue to the qualifier: "an official who declined to be named said"
# words that open an adverbial before the main clause: "In West Africa, the delegation ..."
OPENERS = {"in", "on", "at", "after", "before", "during", "following", "later", "earlier", "meanwhile", "last", "this", "over", "within", "throughout", "shortly", "yesterday", "today", "overnight", "then"}
MIN_CLAIM_WORDS = 4
APPOSITION_TOKENS = 40
AUTHOR_GAP = 5  # tokens between a claimant noun and the 'by' of its author
# cue words that are also nouns ("the report", "a British report")
NOUN_CUES = {"state", "states", "report", "reports", "claim", "claims", "note", "notes", "estimate", "estimates", "forecast", "forecasts", "comment", "comments", "remark", "remarks", "question", "questions", "fear", "fears", "hope", "hopes", "support", "regret", "regrets", "demand", "demands", "appeal", "appeals", "call", "calls", "finding", "findings", "statement", "thought", "find", "finds", "show", "shows", "review"}
# noun cues that are verbs before 'for': "They hope for peace", "He called for talks"
VERBS_FOR = {"hope", "hopes", "fear", "fears", "call", "calls", "appeal", "appeals", "comment"}
# what may open the object of a reporting verb used for an act ('denied the accusation')
OBJECT_STARTS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any", "all", "to", "for"}
NOT_OBJECTS = {"on", "in", "at", "during", "after", "before", "from", "with", "by", "of", "about", "over", "as", "while", "when", "late", "earlier", "later", "yesterday", "today", "tonight"}
CLAUSE_MARKERS = {"that", "whether", "if", "how", "why", "what", "when", "where", "who", "which"}
# words that end the modifiers of a claimant noun or a role: "ecologist Chip Taylor of the"
PHRASE_BREAKS = CLAUSE_MARKERS | NOT_OBJECTS | {"and", "to", "for"}
# words that open an introductory phrase before the claimant: "In a DW report, ...",
# "Speaking to Portfolio.hu, ..."
INTRODUCTORY = {"in", "speaking", "talking", "writing", "according"}
# a quantifier between a plural subject and its verb: "Miller and Smith both acknowledged"
FLOATING_QUANTIFIERS = {"all", "both", "each"}
# the opening of an article that reports research: its first words, a journal in lower
# case ('published in the journal Nature', not 'The Wall Street Journal'), researchers, and
# scientists with a verb of finding a few words after them ('scientists found')
RESEARCH_OPENING = 150
SCIENTISTS = {"researchers", "scientists", "astronomers"}
FINDING_VERBS = {"found", "find", "finds", "discovered", "published", "report", "reported", "observed", "measured", "analysed", "analyzed"}
FINDING_REACH = 12
DAY_VALUE = len("2023-09-24")  # an ISO date to the day
# prepositions before a cue word that make it a noun: "amid calls for", "a collapse in demand"
NOUN_PREPOSITIONS = {"in", "of", "for", "with", "amid", "amidst", "despite", "after", "over", "about", "against", "among", "following"}
# verbs whose object a cue word is, as a noun: "to meet demand", "met the demands of"
NOUN_GOVERNORS = {"meet", "meets", "met", "meeting", "satisfy", "satisfied", "exceed", "exceeded", "outstrip", "outstripped"}
# what follows a trend's verb: its measure's path ("rose to", "fell by", "rose sharply", "rose again")
TREND_FOLLOWERS = {"to", "by", "from", "in", "on", "for", "over", "again", "further", "below", "above", "after", "since", "last", "this", "during", "among", "at", "as", "and", "but", "while", "despite", "amid"}
# verbs of a trend that also tell a body's movement or a deed: "dropped leaflets", "surged into Jenin"
MOVEMENTS = {"dropped", "rose", "surged", "plunged", "plummeted", "climbed", "tumbled", "soared", "slumped", "dipped"}
# what follows a verb of movement used for a body's motion: "rose up", "surged into Jenin"
PHYSICAL_PARTICLES = {"up", "into", "onto", "out", "off", "down"}
# verbs before an -ing that go on doing it: "keeps calling on"
GOING_ON = {"keep", "keeps", "kept", "keeping", "continue", "continues", "continued", "start", "started", "began", "begun"}
# verbs of rejecting, which with 'as' judge what they reject: "dismissed the report as propaganda"
REJECTING = {"dismissed", "rejected"}
REJECTED_REACH = 8  # tokens from the verb to its 'as'
# reporting verbs that also tell a deed: "announced a ceasefire", "found a body", "pledged $5 million"
DEED_REPORTS = {"report.announce", "report.confirm", "report.promise", "report.inform", "report.find", "report.identify", "report.show", "report.ask", "report.continue", "report.deny"}
CONTRASTS = {"while", "whereas"}  # after a comma: a clause set beside the main one
DEGREE_AFTER = {"hard", "badly", "severely", "heavily"}  # after a participle: a state suffered, "hit hard"
DAY_LABELS = {"day_word", "weekday", "weekend", "md", "dm"}  # dates that name a day: "yesterday", "on Monday", "on 22 March"
# participles of naming that open an apposition after a name: "Lai, dubbed the Bandit King,"
NAMING_PARTICIPLES = {"dubbed", "nicknamed", "called", "described", "labelled", "labeled", "branded", "termed", "billed", "hailed"}
CLOCK = re.compile(r"(\d{1,2}):(\d{2})")  # a time of day: "18:00", "9:05"
CLOCK_BEFORE = {"at", "around", "about", "by", "until", "till", "after", "before", "from", "since", "approximately", "shortly"}
CLOCK_AFTER = {"am", "pm", "a.m.", "p.m.", "local", "hours", "hrs", "h"}
# what may open a count of people: "around 450 troops", "at least 12 people" (NUMERALS below)
APPROXIMATORS = {"around", "about", "nearly", "almost", "roughly", "some", "over", "at", "least", "more", "than", "up", "to", "an", "estimated", "approximately"}
# ... not a share: "Roughly 70 percent of respondents rejected"
SHARES = {"percent", "per", "%", "cent", "percentage"}
# verbs of a state of affairs that follow a subject a participle qualifies: "The deal signed in June remains fragile"
STATIVE_VERBS = {"remains", "remain", "continues", "continue", "looks", "look", "seems", "seem", "appears", "appear", "stands", "stand"}
# marks that end the clause a verb stands in
CLAUSE_END_MARKS = {",", ";", ":", "—", "–"}
# what follows a participle of saying that says nothing: "claiming to represent", "claiming the lives of"
NOT_SAID_AFTER_PARTICIPLE = {"to", "the lives", "lives", "responsibility", "credit"}
ROLE_OF = {"for", "of", "to"}  # a role held for another: "the spokesman for President Putin"
OPENING_PHRASE_ENDS = {",", "-", "—", "–"}
MAX_OPENING_PHRASE = 6  # tokens of an opening phrase before a subject: "GAZA (Reuters) -", "On Tuesday,"
# verbs whose object is the audience of a saying: "told a rally", "addressed the summit"
ADDRESSING = {"told", "tells", "telling", "addressed", "addresses", "addressing", "briefed", "briefs", "briefing"}
AUDIENCE_REACH = 2  # lower-case words between such a verb and the event word after its article
# what makes a verb in the present perfect a running total, a state of affairs rather than
# a happening: "have launched more than 100 attacks since November 2023", "has received
# him at least a dozen times", "have already left the Russian market"
TALLY_WORDS = {"since", "times", "already", "ever", "so far", "to date", "in history"}
COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "several", "many", "multiple", "numerous", "hundreds", "thousands"}
# ... of them, the numbers that may open a count of people: "three soldiers", "scores of
# people" (not "many", "several": "Many investors believed" tells no happening)
NUMERALS = (COUNT_WORDS | {"scores"}) - QUANTIFIERS - {"dozen", "multiple", "numerous"}
# what may open a date between a subject and its verb: "Putin on Tuesday said"
DATE_PREPOSITIONS = {"on", "in", "at", "during", "earlier", "later"}
# the closing mark of an apposition or a relative clause and its opening mark, and how
# far back the opening mark may stand
RELATIVES = RELATIVE_PRONOUNS - {"that"}  # pronouns that open a relative clause between commas
RELATIVE_ADVERBS = {"when"}  # after a date: "in 2013, when Cairo expelled the envoy"
APPOSITION_MARKS = {",": ",", "—": "—", "–": "–", ")": "("}
APPOSITION_REACH = 20
# ... and of the brackets around an acronym before a reporting verb ("(WHO) told")
ACRONYM_REACH = 6
BEFORE_SPEAKER = {",", "”", '"'} | CLOSE_QUOTES  # '“...,” said the minister'
FINITE = {"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must", "may", "might", "shall", "does", "did", "do"}
PRESENT_FINITE = FINITE - {"was", "were", "had", "did"}
VERB_WORDS = BE | AUX | IRREGULAR_PAST | {"became", "becomes", "become"}
# pasts that in a text about sport tell plays of a match: "the shortstop made a base hit"
PLAY_PAST = {"made", "got", "put", "kept"}
# participles unlike their past, which tell a happening undergone after 'was' or 'were':
# "The victim was taken to hospital", "Two men were given life sentences"; not the object
# of a light verb made its subject ("action was taken")
PASSIVE_PARTICIPLES = {"taken", "given", "thrown", "stolen", "beaten", "broken", "shaken", "bitten", "overthrown", "slain", "sunk", "flown", "blown", "withdrawn"}
LIGHT_OBJECTS = {"taken": {"action", "actions", "step", "steps", "measure", "measures", "care", "note", "stock"}, "given": {"consideration", "attention", "thought", "priority", "emphasis"}}
# participles of judging: "should be regarded as" judges a thing, it calls for no act
JUDGING_PARTICIPLES = {"regarded", "seen", "viewed", "understood", "read", "interpreted", "judged", "remembered"}
# what may follow the participle of a happening undergone: "was interrupted by", "were
# removed.", "was stripped of", "was dispatched to the country"; not an object ("were
# refined petroleum") nor "as", "with", "over" ("was seen as", "was charged with")
UNDERGONE_LINKS = {"by", "in", "at", "on", "from", "for", "during", "after", "before", "into", "under", "of", "between", "and", "near", "outside", "inside", "across", "off", "out", "up", "down", "away", "back", "overnight", "again", "twice", "immediately", "shortly", "last", "this", "yesterday", "today"}
DOER_REACH = 6  # tokens of the noun phrase after 'by' where its doer is looked for
DOER_PHRASE_ENDS = CLAUSE_MARKERS | {"of", "and", "in", "at", "on", "over", "as"}
OBJECT_PRONOUNS = {"him", "her", "them", "us"}
# adverbs in -ly that tell a happening, not a manner or degree of a state: "was immediately dispatched"
HAPPENING_ADVERBS = {"immediately", "subsequently", "reportedly", "allegedly", "briefly", "quickly", "swiftly", "eventually", "finally", "formally", "officially", "initially", "recently", "fatally", "seriously", "critically", "badly", "later"}
# what makes a passive a habit, not a happening: "was visited by tourists every year"
HABITUAL = {"every", "each", "annually", "usually", "often", "regularly", "routinely", "frequently", "typically", "traditionally", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekends", "holidays"}
NOT_PAST = {"need", "deed", "heed", "reed", "weed", "based", "concerned", "united", "interested", "limited", "detailed", "advanced", "armed", "related", "alleged", "suspected", "reported", "indeed", "proceed", "exceed", "succeed", "speed", "seed", "feed", "breed", "embed", "skilled", "talented", "experienced", "aged", "sophisticated", "dedicated", "complicated", "designed", "renewed", "continued", "unprecedented", "coordinated", "organized", "organised", "required", "expected", "supposed", "used", "centred", "centered", "focused", "aimed", "committed", "determined", "prepared", "pleased", "honored", "honoured", "proud", "deserved", "unarmed", "guided", "scheduled", "planned", "proposed", "red", "bed", "shed", "hundred", "kindred", "sacred", "wicked"}


class Attribution(LexiconComponent):
    """Builds `doc.spans["claimx_claims"]`: one span per claim sentence, labelled with
    its type, and `span._.claimx_claim` holding source, cue, recommendation, hedged
    and negated.

    A reporting cue counts where a claimant stands beside it: before ("the report
    argues", "Experts predict", "he added"), after ("said the minister"), or after
    "according to". "The report", "the authors", "it" resolve to the report the
    article introduces ("a report by the New Diplomacy Project"); "I" to the author
    its headline names ("Statement from President Joe Biden"). A sentence without a
    cue of its own carries the running document-level source (explicit: false),
    and a quotation carries its speaker into the sentences it spans.
    """

    lexicons = ("cues", "source_nouns", "context", "titles", "predicates")

    def _build(self) -> None:
        self.cues = self.phrase_matcher(self.entries("cues"))
        self.cue_kinds = {e.id: e.kind for e in self.entries("cues")}
        self.source_nouns = {p: e.kind for e in self.entries("source_nouns") for p in e.phrases if " " not in p}
        # the claimant nouns a noun may modify: "state media", "state officials"; not the roles
        # after a verb ('The Tool shows traders pricing a cut') nor a pronoun ('Israel claims it ...')
        self.modified_nouns = {p for e in self.entries("source_nouns") if e.id != "roles" and not e.id.startswith("pronoun.") for p in e.phrases if " " not in p}
        self.pronouns = {p for e in self.entries("source_nouns") if e.id.startswith("pronoun.") for p in e.phrases}
        # a state's agents and weapons: "Turkish forces shelled", "Russian drones struck"
        self.agents = {p for e in self.entries("context", "affiliation") for p in e.phrases} | {p for e in self.entries("context", "weapon") for p in e.phrases}
        # the nouns of works, not the pronoun that may stand for one ('It went unrecognised by ...')
        self.document_nouns = {p for e in self.entries("source_nouns") if e.kind == "document" and not e.id.startswith("pronoun.") for p in e.phrases if " " not in p}
        # verbs in the past that tell a role, a relation or a make-up, no act: "served as
        # envoy", "the records included photos"
        self.characterising = {p for e in self.entries("predicates", "characterising") for p in e.phrases}
        # verbs of a number's movement or rank, and those that tell one only before a number
        self.trend = {p for e in self.entries("predicates", "trend") for p in e.phrases}
        self.passive_states = {p for e in self.entries("predicates", "passive_state") for p in e.phrases}
        self.amount = {p for e in self.entries("predicates", "amount") for p in e.phrases}
        # what happens on the pitch or the track: "a header in the 80th minute", "a personal best"
        self.match_play = {tuple(p.split()) for e in self.entries("context", "match_play") for p in e.phrases}
        # words of sport, and the names of sports and their parts, which tell a text about sport
        self.sport_words = {p for e in self.entries("context", "sport") + self.entries("context", "sport_name") for p in e.phrases}
        self.report_words = {p for e in self.entries("cues", "report") for p in e.phrases if " " not in p}
        # the past of a verb of saying, judging or feeling tells what someone said or thought,
        # no happening ('Biden raised concerns', 'The ministry condemned the strike'); not the
        # verbs that also tell a deed ('Police found a body'), nor those that do with a plain
        # object ('Iran denied the accusation', 'Olsen added a second goal'; not 'he added.')
        self.acts = {p for e in self.entries("cues", "act") for p in e.phrases}
        self.stance_past = {p for e in self.entries("cues", "report") if e.id not in DEED_REPORTS for p in e.phrases if " " not in p and _is_past(p)}
        # the words of every lexicon: common nouns, which an article before them keeps from
        # naming a body ('The State announced')
        self.lexicon_words = {w.lower() for name in self.lexicons for e in self.entries(name) for p in e.phrases for w in p.split()}
        # the words of titles, which open a speaker's name but are no part of it
        self.title_words = {w.lower() for e in self.entries("titles") if e.kind != "portfolio" for p in e.phrases for w in p.split() if w.isalpha()}

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        self.doc = doc
        self.tokens = tokens = view(doc)
        self.groups = {key: group(doc, key) for key in ("actors", "places", "events", "dates", "headlines")}
        self.starts = {key: [s.start for s in spans] for key, spans in self.groups.items()}
        # the longest where several end or start together: "the General Staff of the Armed Forces of Ukraine", not its "Ukraine"
        self.actor_end = {a.end - 1: a for a in sorted(self.groups["actors"], key=len)}
        self.actor_start = {a.start: a for a in sorted(self.groups["actors"], key=len)}
        # not a place inside a body's name: "the UN Mission in South Sudan said" is the mission's
        bodies = [(a.start, a.end) for a in self.groups["actors"] if len(a) > 1]
        self.place_end = {p.end - 1: p.start for p in self.groups["places"] if not any(a < p.start and p.end <= b for a, b in bodies)}
        self.date_end = {d.end - 1: d.start for d in self.groups["dates"]}
        self.event_ends = {e.end - 1 for e in self.groups["events"]}
        self.event_starts = {e.start for e in self.groups["events"]}
        self.date_start = {d.start: d.end for d in self.groups["dates"]}
        # the parser's subjects of verbs, where a trained pipeline runs under claimx
        self.subjects = {int(s.id_): s for s in doc.spans.get("claimx_model_subjects", [])}
        # ... and the sentences whose type its parse tells (see model_roles.py)
        self.parsed_types = {s.start: s.label_ for s in doc.spans.get("claimx_model_types", [])}
        self.quoted = _quotes(tokens)
        furniture = {i for s in group(doc, "furniture") for i in range(s.start, s.end)}
        headlines = set(self.starts["headlines"])
        cues = sorted(self._cues(doc), key=lambda c: (c.start, c.end))
        cue_starts = [c.start for c in cues]
        # read in every sentence: kept here too, as `doc._` makes an object at each access
        self.author = doc._.claimx_author = self._author(doc)
        self._author_administration(doc)
        self.document_at, self.document = self._document(doc)
        self.research = self._reports_research()
        # a text about sport, where a "header" or "the first half" is a play of a match
        self.sport = sport_count(tokens, self.sport_words) >= MIN_SPORT_WORDS
        doc._.claimx_document = self.document
        claims, quote_ids, running, quote_source, last_person = [], [], None, None, None
        named: set[tuple[int, int]] = set()  # unknown names that spoke
        self.last_body = None  # the body that spoke last, for a later 'it' or 'they'
        seen: set[str] = set()
        for sentence in doc.sents:
            start, end = _trim(tokens, sentence.start, sentence.end)
            if end == start or start in furniture or not _is_claim(tokens, start, end):
                continue
            text = tokens.span_text(start, end)
            if text in seen:
                continue
            seen.add(text)
            sentence = doc[start:end]
            headline = sentence.start in headlines
            sentence_cues = cues[bisect_left(cue_starts, sentence.start) : bisect_left(cue_starts, sentence.end)]
            source, cue = self._attribute(sentence, sentence_cues, last_person)
            quote = self._quote_of(sentence)
            carried = False
            if source is None and not headline:
                if quote_source is not None and quote is not None:
                    # the next quotation of the speaker quoted just before: '“...,” Kiper wrote. “Crews are working.”'
                    source, carried = dict(quote_source, explicit=False, span=None), True
                elif running is not None:
                    source = dict(running, explicit=False, span=None)
            elif source is not None and source["kind"] == "document" and _definite(source["text"]) or source is not None and source["name"] == (self.author or {}).get("name"):
                running = dict(source)
            if source is not None and source["explicit"] and any(i in self.quoted for i in range(sentence.start, sentence.end)):
                quote_source = source
            elif not carried:
                quote_source = None  # any other sentence ends the speaker's run of quotations
            # "Lavrov said Blinken had misled the public. He added ...": the speaker goes on
            last_person = self._speaker(sentence, source) or self._unnamed_speaker(source) or self._last_person(sentence) or last_person
            self.last_body = source if source is not None and source["explicit"] and source["kind"] in BODY_KINDS else None
            if source is not None and source["explicit"] and source.get("named"):
                named.add(source["named"])
            kind, recommendation, happening = self._type(sentence, sentence_cues, cue, source)
            span = Span(doc, sentence.start, sentence.end, label=kind)
            span._.claimx_claim = {
                "source": source,
                "cue": (cue.start_char, cue.end_char) if cue is not None else None,
                "recommendation": recommendation,
                "hedged": any(c.label_ == "hedge" for c in sentence_cues),
                "negated": _negated(tokens, sentence_cues),
                "headline": headline,
                "happening": happening,
            }
            claims.append(span)
            quote_ids.append(quote)
        _speakers_back(claims, quote_ids)
        again = self._bodies_named_again()
        if named or again:
            set_group(doc, "actors", self.groups["actors"] + again + (self._speaking_names(named) if named else []))
        set_group(doc, "cues", cues)
        set_group(doc, "claims", claims)
        return doc

    def _speaking_names(self, named: set[tuple[int, int]]) -> list[Span]:
        """Actors for the unknown names that spoke, at every mention of each outside the
        entities found already ('Ukrenergo said ... The government fined Ukrenergo'): the
        name a surname ends ('Wang' of 'Jing Wang'), a person for a name of several words
        with no article before it, else an organisation ('Vestas', 'The Verge', 'the Citizen
        Lab'). A word that opens a sentence and is written nowhere else but in lower case is
        no name ('Results showed', 'Surveys indicated'), nor is one word of the lexicons
        after an article ('The State announced')."""
        doc, tokens = self.doc, self.tokens
        # not where an entity stands, nor where a listed name was judged no actor ('the Spaniard told')
        taken = {i for key in ("actors", "places") for s in self.groups[key] for i in range(s.start, s.end)}
        taken |= {i for key in ("gazetteer", "gazetteer_caps") for s in group(doc, key) for i in range(s.start, s.end)}
        people = [(a.text.split(), a.id_, a.label_) for a in self.groups["actors"] if " " in a.text and a.label_ in {"person", "organization"}]
        lowercase = written_lower(tokens)
        inside = written_inside(tokens)
        forms, bodies = set(), set()
        for start, end in named:
            while end - start > 2 and tokens.lower[start] in self.title_words:
                start += 1  # "Chief Superintendent Graciano Mijares"
            form = tuple(tokens.text[start:end])
            word = form[0]
            if after_hyphen(tokens, start):
                continue  # the end of a hyphenated title: "The Director-General said"
            if len(form) == 1 and start > 0 and tokens.lower[start - 1] in ARTICLES and word.lower() in self.lexicon_words:
                continue  # a common noun with its article ('The State announced'), not 'The CNDD said'
            if len(form) == 1 and (word.lower() in lowercase or word.istitle() and word not in inside):
                continue
            if form[-1].lower() in NAMED_THINGS:
                continue  # "the James Webb Space Telescope have found": a thing, no party
            forms.add(form)
            if start > 0 and tokens.lower[start - 1] in ARTICLES:
                bodies.add(form)  # "The Citizen Lab said": no person takes an article
            elif len(form) > 1:
                people.append((list(form), " ".join(form), "person"))
        # a surname: the last word of a name, or the one before it ('Rosselló' of 'Ricardo Rosselló Nevares')
        surnames = {words[k]: (name, kind) for words, name, kind in people for k in (-1, -2) if len(words) + k > 0}
        mentions = []
        for i, end in mentions_of(tokens, forms, taken, self.title_words):
            form = tuple(tokens.text[i:end])
            person = surnames.get(form[0]) if len(form) == 1 else None
            if person is not None:
                mentions.append(Span(doc, i, end, label=person[1], span_id=person[0]))
            else:
                kind = "person" if len(form) > 1 and tokens.lower[i] not in ARTICLES and form not in bodies else "organization"
                mentions.append(Span(doc, i, end, label=kind, span_id=" ".join(form)))
        return mentions

    def _bodies_named_again(self) -> list[Span]:
        """A body named again by its head alone, capitalised after 'the': 'The Council said'
        after 'the Council of the European Union' is that council, whose name holds the head."""
        doc, tokens = self.doc, self.tokens
        taken = {i for a in self.groups["actors"] for i in range(a.start, a.end)}
        found = []
        for i in range(1, len(tokens)):
            head = tokens.lower[i]
            if i in taken or head not in BODY_HEADS or not tokens.is_title[i] or tokens.lower[i - 1] != "the":
                continue
            if i + 1 < len(tokens) and (tokens.is_name[i + 1] or tokens.lower[i + 1] in {"of", "for", "on"}):
                continue  # a longer name: "the Council of Europe", "the Commission for Refugees"
            body = self._body_before(doc[i : i + 1], BODY_REACH, lambda a: head in a.id_.lower().split())
            if body is not None:
                found.append(Span(doc, i, i + 1, label=body.label_, span_id=body.id_))
        return found

    def _quote_of(self, sentence: Span) -> int | None:
        """The quotation a sentence opens in or continues, if any."""
        k = sentence.start
        while k < sentence.end and self.tokens.text[k] in QUOTE_OPENERS:
            k += 1
        return self.quoted.get(k)

    def _inside(self, key: str, span: Span) -> list[Span]:
        """The spans of group `key` that start inside `span` (groups are sorted by start)."""
        starts = self.starts[key]
        return self.groups[key][bisect_left(starts, span.start) : bisect_left(starts, span.end)]

    # -- cues ---------------------------------------------------------------
    def _cues(self, doc: Doc) -> list[Span]:
        tokens = self.tokens
        spans = []
        for match_id, start, end in self.cues(doc):
            sent_start = doc[start].is_sent_start
            opens_quote = start > 0 and tokens.text[start - 1] in {"“", '"'}
            if tokens.text[start][:1].isupper() and not sent_start and not opens_quote and tokens.lower[start] not in {"i"}:
                continue  # "May 2022", "Will Smith": capitalised inside a sentence is a name; not "“Please stay”"
            kind = self.cue_kinds[doc.vocab.strings[match_id]]
            if kind == "report" and sent_start or kind in {"report", "recommend"} and self._is_noun(start, end):
                continue  # "Say what you like", "The state budget": no reporting verb
            if kind in {"report", "recommend"} and start > 0 and tokens.lower[start - 1] in ARTICLES and tokens.lower[start].endswith("ed"):
                continue  # "a proposed settlement", "the reported attack": a participle as adjective
            if tokens.lower[start] == "accused" and end < len(doc) and tokens.lower[end] == "of" and start > 0 and tokens.is_alpha[start - 1] and tokens.lower[start - 1] not in BE | SUBJECT_PRONOUNS and not doc[start].is_sent_start:
                continue  # "the six defendants accused of manslaughter": a participle after its noun, no accuser
            if kind == "report" and tokens.lower[start].endswith("ed") and start > 0 and _is_past(tokens.lower[start - 1]) and end < len(doc) and tokens.is_lower[end] and tokens.is_alpha[end] and tokens.lower[end] not in CLAUSE_MARKERS:
                continue  # "discussed continued cooperation": a participle before the object's noun
            if kind in {"report", "recommend"} and tokens.lower[start].endswith("ed") and end < len(doc) and tokens.lower[end] == "by" and start > 0 and tokens.lower[start - 1] not in BE and tokens.is_lower[start - 1]:
                continue  # "the documents requested by the committee": a participle after its noun
            speaker = self.actor_end.get(start - 1)
            if tokens.lower[start] in {"state", "states"} and start > 0 and tokens.is_name[start - 1] and not (speaker is not None and speaker.label_ in SPEAKING_LABELS):
                continue  # "people in Kogi state", "Washington state": a state of a country; not "The Aviation Herald states"
            if tokens.lower[start] in NAMING_PARTICIPLES and start > 1 and tokens.text[start - 1] == "," and (start - 2 in self.actor_end or tokens.is_name[start - 2]) and "," not in tokens.text[doc[start].sent.start : start - 1]:
                # "Lai Changxing, dubbed the Bandit King, was jailed": a participle naming him, no
                # one's words; not the verb after an apposition ("X, director of AFP, called")
                continue
            if kind == "report" and self._no_saying(start, end):
                continue
            spans.append(Span(doc, start, end, label=kind, span_id=doc.vocab.strings[match_id]))
        return spans

    def _no_saying(self, start: int, end: int) -> bool:
        """A reporting verb that says nothing here: 'continues to block' (not 'it
        continues, ...', 'continues to deny'), 'declined to comment', 'did not comment',
        'maintains a presence' (not 'maintains that', 'maintains he is')."""
        tokens = self.tokens
        lower, n = tokens.lower, len(tokens)
        word = lower[start]
        if word.startswith("continu") and end + 1 < n and lower[end] == "to":
            return lower[end + 1] not in self.report_words  # not "continues to deny that"
        if word.startswith("comment") and start > 0 and (lower[start - 1] in NEGATORS or lower[start - 1] in {"to", "no"}):
            return True
        if lower[end - 1] == "to" and lower[end - 2] in {"determined", "resolved"} and end < n and lower[end] in DETERMINERS:
            return True  # "Prices are determined to a large extent by demand": no resolve
        if word in DOING_WORDS and start > 0 and (lower[start - 1] in MODALS or lower[start - 1] in NEGATORS and start > 1 and lower[start - 2] in MODALS):
            return True  # "Both parties must show flexibility", "The company will report earnings"
        return word.startswith("maintain") and end < n and lower[end] in DETERMINERS  # "maintains a presence", not "maintains he is"

    # -- sources ------------------------------------------------------------
    def _attribute(self, sentence: Span, cues: list[Span], last_person) -> tuple[dict | None, Span | None]:
        tokens = self.tokens
        # a cue in a relative clause between commas yields to one of the main clause:
        # "Morales, who faces a case he calls a witch hunt, had urged voters to ..."
        asides = self._asides(sentence, relatives_only=True)
        if any(c.start not in asides for c in cues):
            cues = [c for c in cues if c.start not in asides]
        for cue in cues:
            if cue.label_ == "according":
                source = self._source_at(cue.end, sentence, last_person)
                if source is not None:
                    return self._speaker_after(cue, sentence, cues, last_person) or (source, cue)
            if cue.label_ not in ATTRIBUTING or cue.start in self.quoted:
                continue
            if len(cue) == 1 and cue[0].lower_ in PRESSES and not self._recommends(cue, sentence):
                continue  # "Police pressed charges": no saying
            if self._passive(cue):
                # passive: "is believed", "was reported"; its agent claims: "The charge was denied
                # by his lawyer", but not in an aside: "Hamas, accused by Israel of ..., denied"
                by = cue.end < sentence.end and tokens.lower[cue.end] == "by" and not self._aside_participle(cue)
                source = self._source_at(cue.end + 1, sentence, last_person) if by else None
                if source is not None:
                    return source, cue
                continue
            participle = cue.label_ == "report" and tokens.lower[cue.start].endswith("ing")
            if participle and self._says_nothing(cue, sentence):
                continue
            source = self._participial(cue, sentence, last_person) if participle else None
            if source is not None:
                return source, cue
            if participle and tokens.text[cue.start - 1] == ",":
                continue  # "The pope met Zelensky, describing the war as ...": no claimant but the subject
            source = self._source_before(cue.start, sentence, last_person)
            if source is None and cue.label_ == "report":
                source = self._model_subject(cue.start, sentence, last_person)
            if source is None and cue.start > sentence.start and tokens.text[cue.start - 1] in BEFORE_SPEAKER and cue.end < sentence.end and tokens.lower[cue.end] not in {"it", "that"} and not participle:
                source = self._source_at(cue.end, sentence, last_person)
            if source is not None:
                return source, cue
        text, lower = tokens.text, tokens.lower
        colon = next((k for k in range(sentence.start, sentence.end) if text[k] == ":"), None)
        if colon is not None and colon + 1 < sentence.end and text[colon + 1] in QUOTE_OPENERS:
            # "French President Emmanuel Macron: “I welcome ...”": the speaker introduces the quote
            listed = self._source_ending(colon - 1, sentence, last_person)
            if listed is not None:
                return listed, None
            speakers = [a for end, a in self.actor_end.items() if sentence.start <= a.start and end < colon]
            if speakers:
                return _source(speakers[-1].text, speakers[-1].id_, speakers[-1].label_, speakers[-1]), None
        if self.author:
            # the author's own voice: "I sincerely hope"; plural ("we see", "our Allies") it
            # goes on from the headline, as a carried source does
            for k in range(sentence.start, sentence.end):
                if lower[k] in FIRST_PERSON_WE and k not in self.quoted:
                    source = self._resolved(k, k + 1, "person", last_person)
                    return (source if lower[k] in FIRST_PERSON else dict(source, explicit=False, span=None)), None
        if self.document:
            for k in range(sentence.start, sentence.end):
                if lower[k] not in self.document_nouns or k in self.quoted or text[k][:1].isupper():
                    continue
                start = self._phrase_start(k, sentence)
                if k == self.document_at or lower[k - 1] in DEFINITE:
                    return self._resolved(start, k + 1, "document", last_person), None
                author = self._work_author(k)
                if author is not None:
                    # another work, named with its author: 'In a study conducted by ISIS it is estimated'
                    span = self.doc[start : k + 1]
                    return _source(span.text, f"{author.id_} {lower[k]}", "document", span), None
        return None, None

    def _says_nothing(self, cue: Span, sentence: Span) -> bool:
        """A participle of saying before what it takes or costs: 'claiming to represent',
        'claiming the lives of 12 civilians', 'claiming responsibility'."""
        after = self.tokens.lower[cue.end : min(cue.end + 2, sentence.end)]
        return bool(after) and (after[0] in NOT_SAID_AFTER_PARTICIPLE or " ".join(after) in NOT_SAID_AFTER_PARTICIPLE)

    def _participial(self, cue: Span, sentence: Span, last_person) -> dict | None:
        """The claimant of a reporting participle: the person quoted 'as saying' ('Interfax
        quoted Lavrov as saying'), or after a comma the subject that opens the sentence
        ('Peskov declined to comment, saying only that', 'The ministry issued a statement,
        saying')."""
        tokens = self.tokens
        k = cue.start - 1
        while k > sentence.start and tokens.lower[k] in ADVERBS | {"only"}:
            k -= 1
        if tokens.lower[k] == "as" and k - 1 in self.actor_end:
            actor = self.actor_end[k - 1]
            return _source(actor.text, actor.id_, actor.label_, actor)
        if tokens.lower[k] == "as" and k - 3 >= sentence.start and tokens.lower[k - 1] in {"quoted", "cited"} and tokens.lower[k - 2] in BE and k - 3 in self.actor_end:
            actor = self.actor_end[k - 3]  # "“...,” Kim was quoted as saying"
            return _source(actor.text, actor.id_, actor.label_, actor)
        if tokens.text[k] != ",":
            return None
        j = sentence.start
        while j < k and tokens.lower[j] in DETERMINERS and j not in self.actor_start:
            j += 1
        actor = self.actor_start.get(j)
        if actor is not None and actor.end < k:
            return _source(actor.text, actor.id_, actor.label_, actor)
        kind = self.source_nouns.get(tokens.lower[j])
        return self._resolved(sentence.start, j + 1, kind, last_person) if kind is not None and j + 1 < k else None

    def _speaker_after(self, frame: Span, sentence: Span, cues: list[Span], last_person) -> tuple[dict, Span] | None:
        """A person who opens the clause after the frame that carries the speech: 'according
        to the Daily Star, Nasrallah said ...' is Nasrallah's claim; not 'According to the
        UN, the strike, which Netanyahu said ...'."""
        tokens = self.tokens
        comma = next((k for k in range(frame.end, sentence.end) if tokens.text[k] == ","), None)
        if comma is None or comma + 1 >= sentence.end:
            return None
        for cue in cues:
            if cue.start <= comma or cue.label_ != "report" or cue.start in self.quoted or tokens.lower[cue.start - 1] in BE:
                continue
            source = self._source_before(cue.start, sentence, last_person)
            if source is not None and source["kind"] == "person" and source["span"] and source["span"][0] == self.doc[comma + 1].idx:
                return source, cue
        return None

    def _is_noun(self, start: int, end: int) -> bool:
        """A cue word (tokens start..end-1) used as a noun: after a determiner, or after an adjective-like actor after one."""
        tokens = self.tokens
        i = start - 1
        if tokens.lower[start] not in NOUN_CUES:
            return False
        if end < len(tokens) and tokens.text[end] == "-" and not tokens.whitespace[end - 1]:
            return True  # "state-owned", "report-based": the first part of a compound
        if end < len(tokens) and (tokens.lower[end] == "of" or tokens.lower[end] == "for" and tokens.lower[start] not in VERBS_FOR or tokens.lower[end] == "from" and tokens.lower[start] in DEMANDS):
            return True  # "claims of abuse", "Demand for oil", "demand from factories"; not "calls for talks"
        if end < len(tokens) and tokens.lower[end] in FINITE:
            return True  # "said demand had doubled", "Calls have grown": the subject of a verb
        if i < 0:
            return False
        if end < len(tokens) and (tokens.lower[end] in self.modified_nouns or tokens.lower[end] == "news") and tokens.is_lower[end - 1] and tokens.lower[i] not in self.source_nouns:
            return True  # "Iranian state TV said", "state media reported": the noun modifies another
        if end < len(tokens) and tokens.lower[end] in self.pronouns and not (
            i in self.actor_end or tokens.lower[i] in self.source_nouns or tokens.lower[i] in SUBJECT_PRONOUNS or tokens.is_name[i] and not self.doc[i].is_sent_start
        ):
            return True  # "Local reports he was arrested could not be confirmed"; not "Israel claims it began"
        if tokens.text[i] in {"'", "’"} or tokens.lower[i] in NOUN_GOVERNORS or tokens.lower[i] in NOUN_PREPOSITIONS and not tokens.lower[start].endswith("ing"):
            # "the protesters' demands", "to meet demand", "amid calls for", "a collapse in
            # demand"; not a gerund ("in calling for new elections")
            return True
        named = self.actor_end.get(i)
        if named is not None and named.start > 0 and tokens.lower[named.start - 1] in QUANTIFIERS | {"multiple", "repeated", "numerous"}:
            return True  # "multiple UN calls for ceasefires"
        if tokens.lower[start] in {"call", "calls"} and tokens.lower[i] not in ARTICLES:
            # "UN calls for ceasefires", "riots and calls for independence": a verb needs a
            # subject, or an addressee and an action ("... and calls on China to cease")
            return not (i in self.actor_end or tokens.lower[i] in self.source_nouns or tokens.is_name[i] or self._addressed(end, len(tokens)))
        if tokens.is_lower[i] and tokens.lower[i].endswith("ing") and len(tokens.text[i]) > 5 or tokens.lower[i] in MARKET_WORDS:
            return True  # "their enduring support", "growing fears", "weak demand"
        if i >= 3 and tokens.text[i - 1] == "-" and not tokens.whitespace[i - 2] and not tokens.whitespace[i - 1] and tokens.is_lower[i]:
            i -= 3  # over a hyphenated modifier: "the present-day state", "a long-term forecast"; not "The Secretary-General notes"
        if tokens.lower[i] in {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "new", "latest"} | QUANTIFIERS:
            return True  # "several demands"
        if tokens.is_digit[i] and i > 0 and tokens.lower[i - 1] in ARTICLES:
            return True  # "a 2019 report"
        # "this British report": a demonym before the noun; "In a DW report", "In a
        # News.com.au report": any actor or name after 'a', before a singular noun
        adjective = self.actor_end.get(i)
        first = adjective.start if adjective is not None else i
        while adjective is None and first > 0 and tokens.is_name[first - 1]:
            first -= 1
        if first == 0 or adjective is None and not tokens.is_name[i]:
            return False
        before = tokens.lower[first - 1]
        if adjective is not None and len(adjective) == 1 and adjective.label_ == "state":
            return before in {"the", "a", "an", "this", "that", "its", "their", "new"}
        if adjective is None and before in {"the", "these", "those", "its", "their"} and (end >= len(tokens) or tokens.is_punct[end] or tokens.lower[end] in NOUN_ENDS):
            return True  # "the Catalan demands.": an unlisted name modifies the noun; not "The Hill reports that"
        return before in {"a", "an"} and not tokens.lower[start].endswith("s")

    def _source_before(self, i: int, sentence: Span, last_person) -> dict | None:
        tokens = self.tokens
        first = sentence[0]
        if first.lower_ in {"we", "i"} and len(sentence) > 1 and sentence[1].text == ",":
            # "We, the G7 Foreign Ministers of ..., urge": the pronoun is the subject
            return self._resolved(first.i, first.i + 1, "person", last_person)
        j = i - 1
        if j - 1 > sentence.start and tokens.lower[j] == "to" and tokens.lower[j - 1].startswith("continu"):
            j -= 2  # "The Kremlin continues to deny"
        while j >= sentence.start and (
            self._adverb(j) or tokens.lower[j] in AUXILIARIES | FLOATING_QUANTIFIERS or j in self.date_end
            or tokens.lower[j] in BE_WORDS and tokens.lower[i].endswith("ing")  # "The EU is urging", "are now calling"
            or j > sentence.start and (tokens.lower[j - 1], tokens.lower[j]) in ADVERB_PHRASES
        ):
            if j > sentence.start and (tokens.lower[j - 1], tokens.lower[j]) in ADVERB_PHRASES:
                j -= 1  # "Bakiyev in turn accused", "the ministry in response said"
            # "the report further suggests", "the ministry did not confirm", "Putin last
            # week said", "X, a security official, on Tuesday told"
            if j in self.date_end:
                j = self.date_end[j]  # the date's first word, and a preposition before it
                if j > sentence.start and tokens.lower[j - 1] in DATE_PREPOSITIONS:
                    j -= 1
            j -= 1
        if j < sentence.start:
            return None
        if tokens.lower[j] == "who" and j > sentence.start:
            # "drafted by Alex Greenwich, who said ...": the person the relative clause is about speaks
            k = j - 1 - (tokens.text[j - 1] == ",")
            person = self.actor_end.get(k)
            if person is not None and person.label_ == "person":
                return _source(person.text, person.id_, "person", person)
        # a phrase of the saying between its speaker and the verb: "Akihito in a televised address said"
        k = j
        while k > sentence.start and j - k < SAYING_PHRASE_REACH and tokens.is_lower[k] and tokens.is_alpha[k] and tokens.lower[k] not in SAYING_PREPOSITIONS:
            k -= 1
        if sentence.start < k < j and tokens.lower[k] in SAYING_PREPOSITIONS and k - 1 in self.actor_end:
            j = k - 1
        if tokens.lower[j] == "and" and j > sentence.start:
            opener = self._opening_subject(sentence, j)
            if opener is not None:
                return opener  # "Erdoğan cited Article 5 and said ...": the subject of both verbs
        if tokens.text[j] == "," and self._apposed_doer(sentence, j, relative=True):
            # "The U.N. envoy for Yemen, Hans Grundberg, who helped broker the truce, urged":
            # the claimant stands before the relative clause
            j = self._opening_mark(sentence, j, APPOSITION_REACH) - 1
        if tokens.text[j] == ")":
            # "Mike Ryan of the World Health Organization (WHO) told": the name before the acronym
            opening = self._opening_mark(sentence, j, ACRONYM_REACH)
            if opening is not None and opening > sentence.start:
                j = opening - 1
        subject = self._clause_subject(sentence, j)
        if subject is not None:
            return self._source_ending(subject, sentence, last_person)
        if tokens.text[j] == ",":
            person = self.actor_end.get(j - 1)
            if person is not None and person.label_ == "person":
                led = self._led_by(person, sentence)
                if led is not None:
                    # "The Government of National Unity, led by Prime Minister X, said": the body
                    return self._source_ending(led - 1, sentence, last_person) or _source(person.text, person.id_, "person", person)
                boss = self._role_of(person, sentence)
                if boss is not None:
                    # "Dmitry Peskov, the spokesman for President Vladimir Putin, told": the
                    # claimant before the apposition, whose role names the other person
                    claimant = self._source_ending(boss - 1, sentence, last_person)
                    if claimant is not None:
                        return claimant
                # "The Kremlin spokesman, Dmitry Peskov, told": the name in apposition
                return _source(person.text, person.id_, "person", person)
            if person is not None and person.label_ in {"organization", "group"} and self._apposed(person):
                # "His party, the Labour Party, said": a body's name in apposition
                return _source(person.text, person.id_, person.label_, person)
            # "Abdurrahman Mangal, spokesperson for the governor, said": the claimant stands
            # before the first comma of the apposition
            # ("In a News.com.au report, Dr Gary Mortimer, retail expert ..., said": after an
            # introductory phrase, a person before any other claimant)
            commas = [k for k in range(max(sentence.start + 1, j - APPOSITION_TOKENS), j) if tokens.text[k] == ","]
            sources = [s for s in (self._source_ending(k - 1, sentence, last_person) for k in commas) if s is not None]
            if tokens.lower[sentence.start] in INTRODUCTORY:
                sources.sort(key=lambda s: s["kind"] != "person")
            return sources[0] if sources else None
        unclosed = self._unclosed_apposition(sentence, j)
        if unclosed is not None:
            return _source(unclosed.text, unclosed.id_, "person", unclosed)
        claimant = self._qualified_claimant(j, sentence, last_person) or self._source_ending(j, sentence, last_person)
        if claimant is None and tokens.lower[i].endswith("ing"):
            # a participle's speaker is the subject of the clause it hangs on: "Hamas issued a
            # statement following the press conference saying ..."
            return self._opening_subject(sentence, i)
        return claimant

    def _unclosed_apposition(self, sentence: Span, j: int) -> Span | None:
        """The person whose relative clause or apposition runs on to the verb with no closing
        comma, as news copy often writes it: 'Evan Kohlmann, who tracks jihadi sites for NBC
        News said', 'Jarret Brachman, consultant to the government on terrorism said'."""
        tokens = self.tokens
        comma = next((k for k in range(j, max(sentence.start, j - APPOSITION_REACH), -1) if tokens.text[k] in {",", ";", ":"} or tokens.text[k] in QUOTE_MARKS), None)
        if comma is None or tokens.text[comma] != "," or comma + 1 > j:
            return None
        person = self.actor_end.get(comma - 1)
        if person is None or person.label_ != "person" or person.start != sentence.start:
            return None
        opener = tokens.lower[comma + 1]
        if opener in self.pronouns:
            return None  # "Day, they said, desired no memorials": a parenthetical saying
        return person if opener == "who" or opener in ARTICLES or opener in self.source_nouns else None

    def _qualified_claimant(self, j: int, sentence: Span, last_person) -> dict | None:
        """A claimant noun qualified by the words that end at token j: 'people familiar
        with the matter', 'two diplomats briefed on the talks', 'an official who declined
        to be named', 'a source close to the presidency'."""
        tokens = self.tokens
        for k in range(j - 1, max(sentence.start, j - QUALIFIER_REACH) - 1, -1):
            if tokens.text[k] in {",", ";", ":"} or tokens.text[k] in QUOTE_MARKS:
                return None
            if tokens.lower[k] in QUALIFIERS and k - 1 >= sentence.start and tokens.lower[k - 1] in self.source_nouns:
                start = self._phrase_start(k - 1, sentence)
                claimant = self._resolved(start, k, self.source_nouns[tokens.lower[k - 1]], last_person)
                span = self.doc[start : j + 1]
                return _source(span.text, claimant["name"], claimant["kind"], span)
        return None

    def _led_by(self, person: Span, sentence: Span) -> int | None:
        """The comma that opens ', led by X,' or ', headed by X,' before the person: what
        stands before it is led by them."""
        tokens = self.tokens
        k = person.start - 1
        while k > sentence.start and tokens.text[k] != ",":
            k -= 1
        if k > sentence.start and k + 2 < person.start and tokens.lower[k + 1] in LED and tokens.lower[k + 2] == "by":
            return k
        return None

    def _role_of(self, person: Span, sentence: Span) -> int | None:
        """The comma that opens an apposition in which the person's name follows 'for',
        'of' or 'to' after a role: ', an adviser to President Volodymyr Zelensky,', ', the
        sister of leader Kim Jong Un,'; what stands before it holds the role."""
        tokens = self.tokens
        k = person.start - 1
        while k > sentence.start and tokens.text[k] != ",":
            k -= 1
        if k <= sentence.start or not any(tokens.lower[q] in ROLE_OF for q in range(k + 1, person.start)):
            return None
        return k

    def _apposed(self, actor: Span) -> bool:
        """The actor's name follows a comma, after an article or not: ', the Labour Party'."""
        k = actor.start - 1
        if k >= 0 and self.tokens.lower[k] in ARTICLES:
            k -= 1
        return k > 0 and self.tokens.text[k] == ","

    def _model_subject(self, i: int, sentence: Span, last_person) -> dict | None:
        """The parser's subject of the cue verb at i ('The spokesman for the ministry said')."""
        subject = self.subjects.get(i)
        if subject is None or subject.start < sentence.start or subject.end > i:
            return None
        return self._source_ending(subject.end - 1, sentence, last_person)

    def _clause_subject(self, sentence: Span, j: int) -> int | None:
        """'Critics from across Britain's political spectrum have claimed': the sentence
        opens with a claimant noun and no comma stands between it and the cue."""
        tokens = self.tokens
        k = sentence.start
        while k < j and tokens.lower[k] in DETERMINERS:
            k += 1
        if k >= j or tokens.lower[k] not in self.source_nouns or j in self.actor_end or tokens.lower[j] in self.source_nouns:
            return None
        text, lower = tokens.text, tokens.lower
        if any(text[q] in {",", ";", ":", "“", '"'} or lower[q] in {"that", "which", "who"} for q in range(k + 1, j + 1)):
            return None
        named = self.actor_start.get(k + 1)
        if named is not None and named.label_ == "person" and named.end <= j:
            return named.end - 1  # "Ecologist Ryan Norris of the University of Guelph said": the person
        return k + 2 if k + 2 <= j and self._hyphenated_title(k + 2) else k

    def _hyphenated_title(self, j: int) -> bool:
        """Token j ends a title of a claimant noun, a hyphen and a name: 'Secretary-General'."""
        tokens = self.tokens
        return after_hyphen(tokens, j) and tokens.is_name[j] and tokens.lower[j - 2] in self.source_nouns

    def _source_ending(self, j: int, sentence: Span, last_person) -> dict | None:
        tokens = self.tokens
        doc = self.doc
        located = self._located(j, sentence, last_person)
        if located is not None:
            return located
        if j in self.actor_end:
            actor = self.actor_end[j]
            # "the Foreign Ministers of Qatar, Jordan and Egypt", "a researcher at Imperial
            # College": the names belong to the noun
            k = actor.start - 1
            while k >= sentence.start and (tokens.text[k] in {",", "and", "the"} or k in self.actor_end):
                k = self.actor_end[k].start - 1 if k in self.actor_end else k - 1
            # not a person right after the body: "director of Amnesty International Man-kei Tam said"
            employed = actor.label_ == "person" and actor.start - 1 in self.actor_end
            if not employed and k > sentence.start and tokens.lower[k] in PERSON_OF and tokens.lower[k - 1] in self.source_nouns:
                span = doc[self._phrase_start(k - 1, sentence) : j + 1]
                name = " ".join(t.text for t in span if t.lower_ not in DETERMINERS) or span.text
                return _source(span.text, name, "group", span)

            person = self._person_of(actor.start - 1, sentence) if actor.label_ != "person" else None
            if person is not None:
                return _source(person.text, person.id_, "person", person)
            joint = self._joint(actor, sentence)
            if joint is not None:
                return joint
            return _source(actor.text, actor.id_, actor.label_, actor)
        person = self._person_of(j, sentence)
        if person is not None:
            return _source(person.text, person.id_, "person", person)
        kind = self.source_nouns.get(tokens.lower[j])
        if kind is not None:
            start = self._phrase_start(j, sentence)
            shared = self._shared_claimant(start, j, sentence, last_person)
            return shared or self._resolved(start, j + 1, kind, last_person)
        if self._hyphenated_title(j):
            # a hyphenated title of a claimant noun: "The Secretary-General condemns"
            return self._resolved(self._phrase_start(j - 2, sentence), j + 1, self.source_nouns[tokens.lower[j - 2]], last_person)
        if tokens.is_name[j] and j not in self.place_end:
            # an unknown name right before a reporting verb: "GasBuddy reports", "Hotak also alleged";
            # not a place ("Russian speakers in Latvia said")
            start = j
            while start - 1 >= sentence.start and tokens.is_name[start - 1]:
                start -= 1
            span = doc[start : j + 1]
            # no person after an article: "the CME FedWatch Tool shows"
            person = len(span) > 1 and not (start > sentence.start and tokens.lower[start - 1] in ARTICLES)
            return _source(span.text, span.text, "person" if person else "unknown", span, named=span)
        return None

    def _shared_claimant(self, start: int, j: int, sentence: Span, last_person) -> dict | None:
        """The claimant noun before 'of', 'from' or 'on' and the many parties it comes from,
        whose phrase runs from `start` to token j: 'Officials on both sides said', 'Leaders
        of the two parties said'; the parties do not speak, their people do."""
        lower = self.tokens.lower
        k = start - 1
        while k > sentence.start and lower[k] in QUANTIFIERS | COUNT_WORDS | ARTICLES:
            k -= 1
        if k - 1 < sentence.start or lower[k] not in SHARED_LINKS or lower[k - 1] not in self.source_nouns:
            return None
        if not any(lower[q] in QUANTIFIERS | COUNT_WORDS for q in range(k + 1, j)):
            return None
        first = self._phrase_start(k - 1, sentence)
        claimant = self._resolved(first, k, self.source_nouns[lower[k - 1]], last_person)
        span = self.doc[first : j + 1]
        return _source(span.text, claimant["name"], claimant["kind"], span)

    def _joint(self, actor: Span, sentence: Span) -> dict | None:
        """Actors joined by 'and' that open the clause speak together: 'The United States
        and Pakistan affirmed', 'Serbia, Albania and North Macedonia agreed', 'President
        Biden and President Lula pledged' (with their titles)."""
        tokens = self.tokens
        members, q, joined = [actor], self._titled(actor.start, sentence) - 1, False
        while q > sentence.start and tokens.text[q] in {",", "and"}:
            before = q - 1 - (tokens.text[q] == "and" and tokens.text[q - 1] == ",")  # ", and"
            if before not in self.actor_end:
                break
            joined = joined or tokens.text[q] == "and"
            members.append(self.actor_end[before])
            q = self._titled(members[-1].start, sentence) - 1
        if not joined:
            return None
        if q >= sentence.start and tokens.lower[q] not in DETERMINERS and tokens.text[q] != ",":
            return None  # "talks between Serbia and Kosovo ...": the list is no subject
        start = q if q >= sentence.start and tokens.lower[q] in DETERMINERS else q + 1
        span = self.doc[start : actor.end]
        names = [m.id_ for m in reversed(members)]
        return _source(span.text, f"{', '.join(names[:-1])} and {names[-1]}", "group", span)

    def _titled(self, k: int, sentence: Span) -> int:
        """Where the name at token k starts with the capitalised title words before it: 'President Lula'."""
        tokens = self.tokens
        while k - 1 >= sentence.start and tokens.is_title[k - 1] and tokens.lower[k - 1] in self.title_words:
            k -= 1
        return k

    def _person_after(self, k: int, sentence: Span):
        """A person named within a few words after a body's name, over its other name words
        and role nouns: 'Samoa [Observer editor] Keni Lesa', 'Russia['s foreign ministry
        spokeswoman] Maria Zakharova'."""
        tokens = self.tokens
        for q in range(k, min(k + PERSON_AFTER_TOKENS, sentence.end)):
            if q in self.actor_start and self.actor_start[q].label_ == "person":
                return self.actor_start[q]
            if not (tokens.is_name[q] or tokens.is_lower[q] and tokens.is_alpha[q] and tokens.lower[q] not in CLAUSE_MARKERS or tokens.lower[q] in {"'s", "’s", "(", ")"} or tokens.is_upper[q]):
                return None
        return None

    def _located(self, j: int, sentence: Span, last_person) -> dict | None:
        """The claimant that stands in the places ending at token j: 'The Aam Aadmi Party
        in Goa said', 'Hospital officials in Omsk said', 'authorities in the United Kingdom
        and the United States announced'."""
        tokens = self.tokens
        if j not in self.place_end and not (j in self.actor_end and self.actor_end[j].label_ == "state"):
            return None
        k = j
        while k >= sentence.start and (tokens.lower[k] in {",", "and", "the"} or k in self.place_end or k in self.actor_end and self.actor_end[k].label_ == "state"):
            k = self.place_end[k] - 1 if k in self.place_end else self.actor_end[k].start - 1 if k in self.actor_end else k - 1
        if k <= sentence.start or tokens.lower[k] not in LOCATED:
            return None
        if tokens.lower[k] == "of" and j not in self.place_end:
            return None  # "The Prime Minister of Israel": an office, no resident
        head = self.actor_end.get(k - 1)
        if head is not None and (head.label_ not in {"person", "state"} or head.label_ == "state" and head.text.endswith("s")):
            # "The Aam Aadmi Party in Goa", "Palestinians in Gaza": a body or a people, or
            # the person of that body ("Ryan Norris of the University of Guelph in Ontario")
            person = self._person_of(head.start - 1, sentence)
            if person is not None:
                return _source(person.text, person.id_, "person", person)
            return _source(head.text, head.id_, head.label_, head)
        kind = self.source_nouns.get(tokens.lower[k - 1])
        if kind is None:
            return None
        start = self._phrase_start(k - 1, sentence)
        claimant = self._resolved(start, k, kind, last_person)
        span = self.doc[start : j + 1]  # the phrase with its places: "authorities in the United Kingdom"
        return _source(span.text, claimant["name"], claimant["kind"], span)

    def _person_of(self, j: int, sentence: Span):
        """The person before the 'of', 'at' or 'from' that opens the words ending at token j:
        'Kristian Andersen of Scripps Research', 'Jennifer Lu of Marriage Equality Coalition
        Taiwan', 'John Geiger of USGS', 'José Ortiz of the island's power authority'."""
        tokens = self.tokens
        k = j
        while k > sentence.start and k > j - PERSON_OF_TOKENS and tokens.lower[k] not in PERSON_OF and tokens.text[k] not in {",", ";", ":"}:
            k -= 1
        person = self.actor_end.get(k - 1) if tokens.lower[k] in PERSON_OF else None
        return person if person is not None and person.label_ == "person" else None

    def _source_at(self, i: int, sentence: Span, last_person) -> dict | None:
        """The claimant starting at token i: 'according to [the report]', 'said [the minister]'."""
        tokens = self.tokens
        doc = self.doc
        j = i
        while j < sentence.end and tokens.lower[j] in DETERMINERS and j not in self.actor_start:
            j += 1  # not over a name that opens with one ("the International Organization for Migration")
        j = after_sited(tokens, j)  # "according to the Tehran-based Fars news agency"
        j = self.date_start.get(j, j + tokens.is_digit[j] if j < sentence.end else j)  # "according to a March 14, 2019 NATO press release", "a 2019 report"
        if j in self.actor_start:
            actor = self.actor_start[j]
            k = actor.end + 1
            if actor.end < sentence.end and tokens.lower[actor.end] in {"'s", "’s"}:
                # "according to Johnson's critics": the claimants are the noun after the name
                while k < sentence.end and k <= actor.end + 3 and tokens.lower[k] not in self.source_nouns and tokens.is_alpha[k]:
                    k += 1
                if k < sentence.end and tokens.lower[k] in self.source_nouns:
                    return self._resolved(i, k + 1, self.source_nouns[tokens.lower[k]], last_person)
            person = self._person_after(actor.end, sentence) if actor.label_ != "person" else None
            if person is not None:
                # "according to Samoa Observer editor Keni Lesa": the person of that body speaks
                return _source(doc[i:person.end].text, person.id_, "person", doc[i:person.end])
            # "according to a Woolworths spokesperson", "according to Syrian state media": the
            # claimant is the noun the name qualifies, over modifiers
            k = actor.end
            while k < sentence.end and k < actor.end + 2 and tokens.lower[k] in DETERMINERS:
                k += 1
            if k < sentence.end and tokens.lower[k] in self.source_nouns:
                end = k + 1
            elif k > actor.end and tokens.lower[k - 1] in self.source_nouns:
                end = k  # "according to Iraqi military": the modifier is the noun
            else:
                end = actor.end
            return _source(doc[i:end].text, actor.id_, actor.label_, doc[i:end])
        person = self._person_after_role(j, sentence)
        if person is not None:
            # "according to ecologist Chip Taylor of the University of Kansas"
            return _source(doc[i:person.end].text, person.id_, "person", doc[i:person.end])
        end = j
        while end < sentence.end and tokens.lower[end] not in self.source_nouns and tokens.is_alpha[end] and end - j < 3:
            end += 1
        while end + 1 < sentence.end and tokens.lower[end] in self.source_nouns and tokens.lower[end + 1] in self.source_nouns:
            end += 1  # "according to the research team"
        if end < sentence.end and tokens.lower[end] in self.source_nouns:
            apposed = self.actor_start.get(end + 2) if end + 2 < sentence.end and tokens.text[end + 1] == "," else None
            closed = apposed is not None and (apposed.end >= sentence.end - 1 or tokens.text[apposed.end] in {",", ";"})
            if closed and apposed.label_ == "person":  # not "According to police, John Smith was arrested"
                # "according to the regional governor, Oleh Syniehubov": the person named with the role
                return _source(doc[i:apposed.end].text, apposed.id_, "person", doc[i:apposed.end])
            named = self.actor_start.get(end + 1)
            closes = named is not None and (named.end >= sentence.end - 1 or tokens.text[named.end] in {",", ";", "(", ")"})
            if closes and named.label_ in {"organization", "group"} and tokens.is_lower[end]:
                # "according to the rights group OVD-Info", "said the monitoring group Airwars"
                return _source(doc[i:named.end].text, named.id_, named.label_, doc[i:named.end])
            # "said Foreign Minister Sergey Lavrov": the title leads to the person
            k = end + 1
            while k < sentence.end and k <= end + 6:
                if k in self.actor_start and self.actor_start[k].label_ == "person":
                    actor = self.actor_start[k]
                    return _source(doc[i:actor.end].text, actor.id_, actor.label_, doc[i:actor.end])
                if not (tokens.is_name[k] or tokens.lower[k] in {"of", "for", "the", "and"} or tokens.lower[k] in self.source_nouns):
                    break  # "Minister of Information Moammar al-Eryani", "student protester Joshua Wong"
                k += 1
            # "a statement from the Kremlin", "a report on Wednesday by UpGuard": the body
            # behind the document speaks
            author = self._author_after(end + 1, sentence)
            if author is not None:
                stop, name, kind, named = author
                return _source(doc[i:stop].text, name, kind, doc[i:stop], named=named)
            claimant = self._resolved(i, end + 1, self.source_nouns[tokens.lower[end]], last_person)
            if end + 1 < sentence.end and tokens.lower[end + 1] in QUALIFIERS:
                # "according to people familiar with the matter": the claimant with its qualifier
                stop = end + 1
                while stop < sentence.end and not tokens.is_punct[stop]:
                    stop += 1
                return _source(doc[i:stop].text, claimant["name"], claimant["kind"], doc[i:stop])
            return claimant
        name_end = j
        while name_end < sentence.end and tokens.is_name[name_end] and name_end - j < 4:
            name_end += 1
        if name_end > j and name_end < sentence.end and tokens.is_digit[name_end]:
            return None  # "according to a Section 301 investigation", "Article 5": a reference, no claimant
        if name_end > j:  # "according to The Verge"
            span = doc[i:name_end]
            return _source(span.text, doc[j:name_end].text, "unknown", span, named=doc[j:name_end])
        if i > sentence.start and tokens.lower[i - 1] == "to" and tokens.lower[i - 2] == "according":
            # "according to the general staff": the noun phrase up to the next punctuation
            end = j
            while end < sentence.end and end - j < 5 and tokens.lower[end] not in {"that", "which", "who"} and (
                tokens.is_alpha[end] or tokens.text[end] == "-" and not tokens.whitespace[end - 1]
            ):
                end += 1  # "according to the general staff", "according to al-Eryani"
            if end > j:
                span = doc[i:end]
                return _source(span.text, doc[j:end].text, "unknown", span)
        return None

    def _person_after_role(self, j: int, sentence: Span):
        """A person named right after lower-case words of a role at j ('ecologist Chip
        Taylor', 'retail expert Gary Mortimer'), over no preposition."""
        tokens = self.tokens
        for k in range(j, min(j + ROLE_WORDS, sentence.end)):
            if k in self.actor_start:
                actor = self.actor_start[k]
                return actor if actor.label_ == "person" and k > j else None
            if not (tokens.is_lower[k] and tokens.is_alpha[k] or tokens.text[k] == "-") or tokens.lower[k] in PHRASE_BREAKS:
                return None
        return None

    def _author_after(self, k: int, sentence: Span) -> tuple[int, str, str, Span | None] | None:
        """(end, name, kind, unknown name) of the author named after 'from', 'by' or 'of'
        that follows a claimant noun at k, directly or after a short phrase without a comma
        ('a report released on Wednesday by UpGuard'): an actor, or else an unknown name."""
        tokens = self.tokens
        for q in range(k, min(k + AUTHOR_GAP, sentence.end - 1)):
            if tokens.lower[q] in {",", ";", ":", "that", "which"} or tokens.lower[q] == "of" and q > k:
                return None
            if tokens.lower[q] not in {"from", "by", "of"}:
                continue
            start = after_sited(tokens, q + 1 + (tokens.lower[q + 1] in DETERMINERS))  # "by the Sarajevo-based Centre ..."
            if start in self.actor_start:
                actor = self.actor_start[start]
                return actor.end, actor.id_, actor.label_, None
            end = start
            while end < sentence.end and tokens.is_name[end] and end - start < 4:
                end += 1
            return (end, tokens.span_text(start, end), "unknown", self.doc[start:end]) if end > start else None
        return None

    def _phrase_start(self, j: int, sentence: Span) -> int:
        start = j
        lower = self.tokens.lower
        while start - 1 >= sentence.start and (
            lower[start - 1] in DETERMINERS or start - 1 in self.actor_end or lower[start - 1] in ROLE_MODIFIERS and lower[j] in ROLES
            or lower[start - 1] in BODY_MODIFIERS and start - 1 > sentence.start
            or lower[start - 1] in POSSESSIVE_MARKS and start - 2 in self.actor_end
        ):
            # "the Serbian government", "Russia's defence ministry", "South Korea's military"
            start = self.actor_end[start - 1].start if start - 1 in self.actor_end else start - 1
        # a work keeps its own modifiers out ("the following announcement")
        return start if self.source_nouns.get(lower[j]) == "document" else self._modified_from(start, sentence)

    def _modified_from(self, start: int, sentence: Span) -> int:
        """Where an article, the sentence's start or a comma opens the modifiers before a
        claimant noun at `start`, over a few lower-case words, hyphens, names and
        possessives: 'the UN nuclear watchdog', 'the Dubai-based carrier', 'The Kremlin's
        press office', 'Aid groups warn', ', local election monitors said'; `start` when
        none does."""
        tokens = self.tokens
        if tokens.lower[start] in ARTICLES:
            return start  # "..., but the Saudi government said"
        k = start - 1
        while k >= sentence.start and k > start - 1 - MODIFIER_WORDS:
            if tokens.lower[k] in ARTICLES:
                return k
            if tokens.text[k] == "," and k < start - 1:
                return k + 1
            if tokens.lower[k].endswith("ly") or tokens.lower[k] in ADVERBS | OPENERS | SENTENCE_ADVERBS:
                return start  # "Separately analysts said", ", however officials said"
            verb = tokens.lower[k] in FINITE or _is_past(tokens.lower[k]) and not (k > 0 and tokens.text[k - 1] == "-")  # "has made", not "Dubai-based"
            if verb or not (tokens.is_alpha[k] and (tokens.is_lower[k] or tokens.is_name[k]) or tokens.text[k] == "-" or tokens.lower[k] in POSSESSIVE_MARKS) or tokens.lower[k] in PHRASE_BREAKS:
                break
            k -= 1
        return sentence.start if k < sentence.start and start > sentence.start else start

    def _role_holder(self, span: Span):
        """The person an earlier sentence names with this role: 'The Vice President' after
        'Vice President Kamala Harris', 'the Secretary' after 'Secretary of State Marco Rubio'."""
        words = [t.lower_ for t in span if t.lower_ not in DETERMINERS or t.lower_ in ROLE_MODIFIERS]
        tokens, n = self.tokens, len(words)
        for person in reversed(self.groups["actors"]):
            if person.label_ != "person" or person.end > span.start:
                continue
            for k in range(max(0, person.start - TITLE_WINDOW), person.start - n + 1):
                # the role, then only the words of its portfolio: "Secretary [of State] Marco Rubio"
                if tokens.lower[k : k + n] == words and not (k > 0 and tokens.lower[k - 1] in ROLE_MODIFIERS) and all(
                    (tokens.is_title[q] or tokens.lower[q] in {"of", "for", "the", "and"}) and q not in self.actor_end for q in range(k + n, person.start)
                ):
                    return person  # not across another name: "Secretary Blinken and Foreign Minister Retno Marsudi"
        return None

    def _resolved(self, start: int, end: int, kind: str, last_person) -> dict:
        """A claimant phrase resolved to who it stands for in this document."""
        doc = self.doc
        span = doc[start:end]
        head = span[-1].lower_ if not self._hyphenated_title(end - 1) else span[-3].lower_  # "Secretary-General"
        text = span.text
        document, author = self.document, self.author
        if head in FIRST_PERSON_WE and author:
            return _source(text, author["name"], author["kind"], span)
        if head in {"he", "she"} and last_person is not None:
            return _source(text, last_person.id_, last_person.label_, span)
        if document and (kind == "document" or head == "it" or self.source_nouns.get(head) == "group" and head in {"authors", "author", "experts", "researchers", "analysts"}):
            return _source(text, document["name"], "document", span)
        if head in {"it", "they"} and self.last_body is not None:
            # "Hamas accused Israel of obstructing a deal. It said ...": the body that spoke just before
            return _source(text, self.last_body["name"], self.last_body["kind"], span)
        holder = self._role_holder(span) if head in ROLES else None
        if holder is not None:
            # "The Serbian president" after "Serbian President Aleksandar Vučić": the person
            return _source(text, holder.id_, "person", span)
        body = None
        if head in BODY_HEADS and span[0].lower_ in DEFINITE:
            # "Taiwan's defence ministry said ... The ministry said": the body named before
            # whose name holds the noun
            body = self._body_before(span, BODY_REACH, lambda a: head in a.id_.lower().split() or head in a.text.lower().split())
        if body is None and head in BUSINESS_NOUNS | GROUP_NOUNS:
            # "Boeing did not respond to Reuters. The company said", "Volkswagen will cut 4,000
            # jobs, the German carmaker said": the body that last opened a sentence before
            body = self._body_before(span, COMPANY_REACH, self._opens_sentence)
        if body is not None:
            return _source(text, body.id_, body.label_, span)
        owners = [self.actor_end[t.i] for t in span[:-1] if t.i in self.actor_end]
        if owners and kind == "unknown":
            # "the Serbian government", "Russian officials", "Russia's defence ministry": the
            # state or body they speak for
            return _source(text, owners[-1].id_, owners[-1].label_, span)
        name = "".join(t.text_with_ws for t in span if t.lower_ not in DETERMINERS).strip() or text
        # an 'it' that stands for no work or body named before is no document whose voice goes on
        known_kind = kind in {"document", "person", "group"} and head != "it"
        return _source(text, name, kind if known_kind else "unknown", span)

    def _opens_sentence(self, actor: Span) -> bool:
        """The actor is its sentence's subject at the front: its first word or after 'The',
        or the first actor after a short opening phrase that a comma or a dash closes ('On
        Tuesday, Hamas rejected', 'FRANKFURT — Volta Motors said'); not after a clause
        ('Sales dropped in China last quarter, Bloomberg reported')."""
        opening = actor.sent.start
        if actor.start - opening <= 1:
            return True
        start = actor.start - 1 if self.tokens.lower[actor.start - 1] in ARTICLES else actor.start
        lead = self.tokens.text[opening:start]
        return (
            len(lead) <= MAX_OPENING_PHRASE and lead[-1] in OPENING_PHRASE_ENDS
            and not any(opening <= a.start < actor.start for a in self.groups["actors"])
        )

    def _body_before(self, span: Span, reach: int, fits) -> Span | None:
        """The last organisation or group named before `span`, within `reach` tokens, that
        `fits`."""
        for actor in reversed(self.groups["actors"]):
            if actor.end > span.start or actor.label_ not in {"organization", "group"}:
                continue
            if span.start - actor.end > reach:
                return None
            if fits(actor):
                return actor
        return None

    def _speaker(self, sentence: Span, source: dict | None):
        """The person named in the sentence who is its explicit source."""
        if source is None or not source["explicit"] or source["kind"] != "person":
            return None
        return next((a for a in self._inside("actors", sentence) if a.label_ == "person" and a.id_ == source["name"]), None)

    def _unnamed_speaker(self, source: dict | None) -> Span | None:
        """A person who speaks unnamed, whom a later 'he' or 'she' continues: 'A spokesman
        for the RSF told Reuters ... “...,” he said' is the spokesman, no one named before."""
        if source is None or not source["explicit"] or source["span"] is None or source["kind"] == "document":
            return None
        span = self.doc.char_span(*source["span"], alignment_mode="expand")
        if span is None:
            return None
        # the noun ends the claimant ("A Hezbollah official") or stands before the body it
        # speaks for ("A spokesman for the RSF")
        words = [t.lower_ for t in self.doc[max(span.start - UNNAMED_REACH, 0) : span.start]] + [span[-1].lower_]
        if PERSON_NOUNS.isdisjoint(words):
            return None
        return Span(self.doc, span.start, span.end, label=source["kind"], span_id=source["name"])

    def _last_person(self, sentence: Span):
        """The person a later 'he' or 'she' stands for: the subject, where a person opens
        the sentence before its verb ('Zelenskyy met Rutte in Kyiv. He said ...'), else the
        last person named ('Police arrested John Smith. He was charged')."""
        titled = self._titled_subject(sentence)
        if titled is not None:
            return titled
        people = [a for a in self._inside("actors", sentence) if a.label_ == "person"]
        if not people:
            return None
        lower = self.tokens.lower
        first = people[0]
        opening = range(sentence.start, first.start)
        possessive = first.end < sentence.end and lower[first.end] in POSSESSIVE_MARKS  # "Putin's spokesman"
        if not possessive and not any(lower[k] in FINITE or _is_past(lower[k]) or lower[k] in BE or lower[k] in SUBORDINATORS or lower[k].endswith("ing") for k in opening):
            return first  # not "After meeting Xi Jinping, Joe Biden flew home"
        return people[-1]

    def _opening_subject(self, sentence: Span, before: int) -> dict | None:
        """The actor that opens the sentence as the subject of a verb in the past, before
        token `before`: 'Erdoğan cited ...', 'The ministry denied ...'."""
        tokens = self.tokens
        k = sentence.start
        while k < before and tokens.lower[k] in DETERMINERS:
            k += 1
        actor = self.actor_start.get(k)
        if actor is None or actor.end >= before:
            return None
        verb = actor.end
        while verb < before and self._adverb(verb):
            verb += 1
        if not (_is_past(tokens.lower[verb]) or tokens.lower[verb] in FINITE):
            return None
        return _source(actor.text, actor.id_, actor.label_, actor)

    def _titled_subject(self, sentence: Span) -> Span | None:
        """A role that opens the sentence as its subject, named by its title alone: "The
        Secretary met Foreign Minister Ayman Safadi. He thanked ..." is the Secretary, resolved
        to the holder named before where there is one."""
        tokens = self.tokens
        k = sentence.start
        if tokens.lower[k] not in DETERMINERS:
            return None
        k += 1
        while k < sentence.end and tokens.is_title[k] and tokens.lower[k] not in ROLES | REPRESENTATIVES and k - sentence.start <= TITLE_WINDOW:
            k += 1  # "The Deputy Secretary", "The High Representative"
        if k + 1 >= sentence.end or tokens.lower[k] not in ROLES | REPRESENTATIVES or not tokens.is_title[k] or k in self.actor_end:
            return None
        if not (_is_past(tokens.lower[k + 1]) or tokens.lower[k + 1] in FINITE):
            return None  # "The President's envoy", "The Secretary General of NATO"
        holder = self._resolved(sentence.start, k + 1, "person", None)
        return Span(self.doc, sentence.start + 1, k + 1, label="person", span_id=holder["name"])

    def _author(self, doc: Doc) -> dict | None:
        """'Statement from President Joe Biden ...': the person or body a headline names as author."""
        for headline in self.groups["headlines"][:2]:
            heads = [t.i for t in headline if t.lower_ in AUTHOR_HEADS]
            if not heads:
                continue
            for actor in self._inside("actors", headline):
                if actor.start > heads[0] and actor.label_ in {"person", "organization"}:
                    return {"name": actor.id_, "kind": actor.label_}
            titled = self._titled_author(headline, heads[0])
            if titled is not None:
                return titled
        lines = self.groups["headlines"]
        for line in lines[:4] + lines[-2:]:
            # a signature line: 'Thomas "Tommy" Pigott, Spokesperson'
            person = self.actor_start.get(line.start)
            if person is not None and person.label_ == "person" and person.end < line.end and self.tokens.text[person.end] == ",":
                return {"name": person.id_, "kind": "person"}
        return None

    def _titled_author(self, headline: Span, head: int) -> dict | None:
        """An office that a headline names as author without a name: 'Statement by the
        President on ...', 'Remarks from the Secretary-General'."""
        tokens = self.tokens
        for k in range(head + 1, headline.end - 2):
            if tokens.lower[k] in {"by", "from"} and tokens.lower[k + 1] == "the":
                end = k + 2
                while end < headline.end and (tokens.is_title[end] and tokens.lower[end] in self.title_words or end > k + 2 and after_hyphen(tokens, end + 1)):
                    end += 1  # "the Prime Minister", "the Secretary-General"
                return {"name": tokens.span_text(k + 2, end), "kind": "unknown"} if end > k + 2 else None  # no person to name an administration after
        return None

    def _author_administration(self, doc: Doc) -> None:
        """'my Administration' in a leader's statement is the government the author leads,
        'Biden Administration' in a statement from President Joe Biden: added to the actors."""
        if not self.author or self.author["kind"] != "person":
            return
        lower = self.tokens.lower
        name = f"{self.author['name'].split()[-1]} Administration"
        found = [
            Span(doc, i, i + 2, label="organization", span_id=name)
            for i in range(len(doc) - 1)
            if lower[i] in {"my", "our"} and lower[i + 1] == "administration" and i not in self.quoted
        ]
        if found:
            set_group(doc, "actors", self.groups["actors"] + found)
            self.groups["actors"] = group(doc, "actors")
            self.actor_end = {a.end - 1: a for a in self.groups["actors"]}
            self.actor_start = {a.start: a for a in self.groups["actors"]}

    def _document(self, doc: Doc) -> tuple[int | None, dict | None]:
        """The report an article is about, and where it is named: 'a report by the New Diplomacy
        Project' -> 'New Diplomacy Project report'."""
        for i, noun in enumerate(self.tokens.lower):
            if noun in self.document_nouns and noun not in NOT_WORKS:
                author = self._work_author(i)
                if author is not None:
                    return i, {"name": f"{author.id_} {noun}", "kind": "document"}
        return None, None

    def _reports_research(self) -> bool:
        """Whether the article's opening reports research: a journal in lower case ('in the
        journal Nature'), researchers, or scientists who found, published or reported
        something; not 'The Wall Street Journal reported', 'scientists said', 'according to
        researchers at Yale'."""
        text, lower = self.tokens.text[:RESEARCH_OPENING], self.tokens.lower[:RESEARCH_OPENING]
        if "journal" in text:
            return True
        return any(
            word in SCIENTISTS and not (k > 1 and lower[k - 2 : k] == ["according", "to"])
            and (word == "researchers" or FINDING_VERBS & set(lower[k + 1 : k + FINDING_REACH]))
            for k, word in enumerate(lower)
        )

    def _work_author(self, i: int) -> Span | None:
        """The body a document noun names as its author: 'a report by the New Diplomacy Project',
        'a study conducted by ISIS', 'a report of the UN', 'an Amnesty report'; not 'Facebook
        records', nor what a work is about ('a declaration of the sovereignty of Bosnia')."""
        lower = self.tokens.lower
        for k in range(i + 1, min(i + 5, len(lower) - 1)):
            if lower[k] in {"as", "that", "which", ",", "and"} or lower[k] == "of" and k > i + 1:
                break  # "identified in the report as a proxy of Iran": the phrase has ended
            if lower[k] in {"by", "from", "of"}:
                actor = self.actor_start.get(k + 1 + (lower[k + 1] in DETERMINERS))
                if actor is not None and actor.label_ in {"organization", "group", "state"}:
                    return actor
        actor = self.actor_end.get(i - 1)
        return actor if actor is not None and actor.label_ in {"organization", "group"} else None

    # -- type ---------------------------------------------------------------
    def _type(self, sentence: Span, cues: list[Span], cue: Span | None, source: dict | None):
        """(type, recommendation, happening): `happening` is whether the rules read the
        sentence as reporting a specific happening, whatever type the parse gives it."""
        doc = self.doc
        # not a body's stance in a relative clause: "the party, which advocates statehood"
        recommend = [
            c for c in cues
            if self._recommends(c, sentence) and not (c.start > sentence.start and self.tokens.lower[c.start - 1] in {"which", "who"})
            and not self._contrasted(sentence, c.start)
        ]
        if cue is not None and cue.label_ == "recommend" and cue in recommend:
            return "recommendation", self._recommendation(sentence, cue), False
        if recommend:
            return "recommendation", self._recommendation(sentence, recommend[0]), False
        # not "should have" (a judgement of the past), nor "the need to" (a noun); "need to",
        # "have to" call for an act only when spoken ('“We need to pray”'), not in narration
        # ('in case people need to self-isolate', 'Russia will now need to choose'), and
        # not of the speaker's own chores ('“Tomorrow I have to get up”')
        lower = self.tokens.lower
        # reported speech is spoken too: "Governments need to prepare financing, the agency said"
        spoken = source is not None and source["explicit"] and source["kind"] != "document"
        deontic = [
            c for c in cues
            if c.label_ == "deontic" and not (c.end < len(doc) and lower[c.end] == "have")
            and not (c.start > 0 and lower[c.start - 1] in ARTICLES | DEMONSTRATIVES | POSSESSIVES and not self._spoken_need(c, spoken))
            and not (lower[c.start] in SPOKEN_DEONTIC and (c.start not in self.quoted and not spoken or c.start > 0 and lower[c.start - 1] in MODALS | {"i"}))
            and not self._in_question(c.start, sentence)
            and not self._conditional(c)
            and not self._judged_as(c)
            and not self._past_need(c)
        ]
        if deontic:
            return "recommendation", self._recommendation(sentence, deontic[0]), False
        # a verb of asking that calls for no act asks for a thing: "The journalist requested
        # asylum" is a deed, as "Iran denied the accusation" is
        reported = source is not None and source["explicit"] and not (cue is not None and (cue.label_ in {"according", "recommend"} or self._takes_object(cue, cues, sentence)))
        happening = self._is_event(sentence, attributed=reported, cue=cue, cues=cues)
        # the parse of reported speech, whose date may be the saying's ("said on Tuesday that
        # prices had risen"), of a headline's fragment ("Mexico beats Germany") or of a play
        # of a match in a sport text ("The game remained scoreless until the seventh") is no
        # surer than the rules
        if sentence.start in self.parsed_types and not reported and sentence.start not in self.starts["headlines"] and not (cue is None and self._match_play(sentence)):
            parsed = self.parsed_types[sentence.start]
            return parsed, None, happening or parsed == "event"
        return ("event" if happening else "assertion"), None, happening

    def _contrasted(self, sentence: Span, k: int) -> bool:
        """Token k stands in a clause that ', while' or ', whereas' adds to a main clause
        with its own verb: 'The court declared the incumbent the winner, while his rival
        called on supporters to resist' is the court's ruling, no call."""
        lower = self.tokens.lower
        for q in range(k - 1, sentence.start, -1):
            if lower[q] in CONTRASTS and self.tokens.text[q - 1] == ",":
                return self._has_verb(self.doc[sentence.start : q - 1])
        return False

    def _spoken_need(self, cue: Span, spoken: bool) -> bool:
        """'the need to', a noun, calls for an act in spoken words only ('“This shows the
        need for all sides to work together”'), not in narration ('The book traces the need
        for cheap labour')."""
        lower = self.tokens.lower
        return lower[cue.start] == "need" and lower[cue.start - 1] in ARTICLES and (cue.start in self.quoted or spoken)

    def _conditional(self, cue: Span) -> bool:
        """'should' opening a condition or a question, its subject after it: 'conflict
        should Taiwan declare independence', 'sanctions should he invade', 'Should
        negotiations fail'; a call has its subject before."""
        tokens, k = self.tokens, cue.end
        return tokens.lower[cue.start] == "should" and k < len(tokens) and (
            tokens.lower[k] in ARTICLES | SUBJECT_PRONOUNS - {"i"} or tokens.is_title[k] and tokens.lower[k] != "i" or self.doc[cue.start].is_sent_start
        )

    def _past_need(self, cue: Span) -> bool:
        """'need', a noun, in a clause told in the past: 'There was no need to deploy
        troops', 'there was a need for reform' judge what was, and call for nothing."""
        lower, k = self.tokens.lower, cue.start
        return lower[k] == "need" and k > 1 and lower[k - 1] in ARTICLES | {"no"} and lower[k - 2] in {"was", "were"}

    def _judged_as(self, cue: Span) -> bool:
        """'should be regarded as', 'must be seen as': how a thing is to be judged, a
        judgement, no call for an act."""
        lower, k = self.tokens.lower, cue.end
        return k + 2 < len(lower) and lower[k] == "be" and lower[k + 1] in JUDGING_PARTICIPLES and lower[k + 2] == "as"

    def _in_question(self, i: int, sentence: Span) -> bool:
        """Token i stands in an indirect question that opens in its clause: 'disagreed on
        whether Ukraine should join', 'over how much rich countries should pay'; not a
        reason that 'is why' gives ('That's why Congress must act')."""
        tokens = self.tokens
        k = i - 1
        while k >= max(sentence.start, i - QUESTION_REACH) and not tokens.is_punct[k]:
            if tokens.lower[k] in QUESTION_WORDS:
                return not (tokens.lower[k] == "why" and k > 0 and tokens.lower[k - 1] in {"'s", "’s", "is"})
            k -= 1
        return False

    def _recommends(self, cue: Span, sentence: Span) -> bool:
        """Whether the cue makes its sentence a recommendation: not denied ('had not been
        asked to defend the town', 'were never urged to leave'), but advice against is one
        ('We do not recommend travel')."""
        tokens = self.tokens
        lower, stop = tokens.lower, sentence.end
        k = cue.start - 1
        while k >= sentence.start and (lower[k] in AUX or self._adverb(k)):
            k -= 1
        denied = [q for q in range(max(k, sentence.start), cue.start) if lower[q] in NEGATORS]
        if denied and not (denied[0] > sentence.start and lower[denied[0] - 1] in {"do", "does"}):
            return False
        if self._denied(sentence, cue.start):
            return False  # "has not, however, called for the strike to be extended"
        if cue.label_ == "recommend":
            before = cue.start - 1
            while before > sentence.start and self._adverb(before):
                before -= 1  # "are now urging", "are again calling for"
            if cue[0].lower_.endswith("ing") and before >= sentence.start and tokens.text[before] != "," and tokens.lower[before] not in BE | GOING_ON | {"and", "by", "in", "while", "also"}:
                return False  # "adopted four resolutions in 1993 calling for", "an agreement calling for": a participle of its noun
            if self._passive(cue):
                return self._to_action(cue.end, stop)  # "Residents were urged to stay indoors", not "I am encouraged by"
            if cue[0].lower_ in INVITATIONS:
                return self._addressed(cue.end, stop)  # "The EU invited Serbia to join", not "would invite a crisis"
            if len(cue) == 1 and cue[0].lower_ in PRESSES:
                # "has pressed banks to freeze payments": people pressed, not "pressed charges",
                # "pressed ahead with plans to", "pressed its advantage to seize"
                return not self._pressed_thing(cue.end) and self._addressed(cue.end, stop)
            # a past-tense cue reports a recommendation only with its addressee and action
            # ("they invited the countries to open dialogue", not "the FDA recommended
            # vaccines"), unless its object is the call itself ("called for his resignation")
            return not cue[0].text.endswith("ed") or cue[0].lower_ in DIRECT_APPEALS or self._addressed(cue.end, stop) or self._subjunctive(cue.end, stop)
        if lower[cue.start] in REQUESTS:
            # "The office asked citizens to leave", "Households were asked to place a flag";
            # not "asked for the price to be kept secret"
            if self._passive(cue):
                return self._to_action(cue.end, stop)
            if cue.end < stop and lower[cue.end] == "for":
                # "asked for patience", 'asked for "help" from friendly governments'; not "asked
                # for the price to be kept secret", where the request is what the text reports,
                # "when asked for comment", "had asked for his resignation", "asked for asylum"
                k = cue.end + 1 + (cue.end + 1 < stop and tokens.text[cue.end + 1] in QUOTE_MARKS)
                return (
                    k < stop and tokens.is_alpha[k] and "to" not in lower[k:stop]
                    and lower[cue.start - 1] not in {"when", "if", "had", "being", "nobody", "no"}
                    and lower[k + (lower[k] in ARTICLES | POSSESSIVES)] not in OWN_REQUESTS
                )
            return cue.end < stop and lower[cue.end] not in {"about", "whether", "if"} and self._addressed(cue.end, stop)
        # "underscored the need for Russia to adhere", "stressed the urgent need to protect",
        # "reiterated the need to accelerate reforms"
        if cue.id_ not in NEED_CUES or cue.end + 1 >= stop or lower[cue.end] != "the":
            return False
        k = cue.end + 1 + (lower[cue.end + 1] in NEED_ADJECTIVES)
        return k < stop and lower[k] in NEEDS

    def _pressed_thing(self, k: int) -> bool:
        """What 'pressed' goes on with at token k is a way or a thing, no addressee: 'pressed
        ahead', 'pressed on', 'pressed its advantage', 'pressed the attack'."""
        lower = self.tokens.lower
        while k < len(lower) and lower[k] in ARTICLES | DEMONSTRATIVES | POSSESSIVES:
            k += 1
        return k < len(lower) and lower[k] in PRESSED_THINGS

    def _subjunctive(self, end: int, stop: int) -> bool:
        """After a cue ending at `end`, a bare 'be' and a participle: 'requested that the
        bill be withdrawn', 'requested monarch butterflies be given protection'; not
        'proposed that running induced flapping'."""
        tokens = self.tokens
        for k in range(end, min(end + SUBJUNCTIVE_REACH, stop - 1)):
            if tokens.is_punct[k]:
                return False
            after = tokens.lower[k + 1]
            if tokens.lower[k] == "be" and tokens.lower[k - 1] not in AUXILIARIES | {"to"} and (_is_past(after) or after.endswith("en") and tokens.is_alpha[k + 1]):
                return True
        return False

    def _addressed(self, end: int, stop: int) -> bool:
        """'urged Serbia to ...': after a cue ending at `end`, an actor or group, then 'to'
        and a verb, before token `stop`."""
        to = next((k for k in range(end, min(end + 8, stop)) if self.tokens.lower[k] == "to"), None)
        return to is not None and to > end and self._to_action(to, stop)

    def _to_action(self, to: int, stop: int) -> bool:
        """'to' at token `to` opens an action before token `stop`: a lower-case verb
        follows, not 'led to a ...'."""
        tokens = self.tokens
        return (
            to + 1 < stop and tokens.lower[to] == "to" and tokens.is_lower[to + 1] and tokens.is_alpha[to + 1]
            and tokens.lower[to + 1] not in DETERMINERS
        )

    def _passive(self, cue: Span) -> bool:
        """'were asked', 'am encouraged by': the cue is a participle after a form of 'be',
        not a present participle ('is urging Serbia to ...'); or one that opens an aside
        after a comma, before 'as' or 'by' ('Moqaddam, described as a key figure')."""
        return self._aside_participle(cue) or cue.start > 0 and self.tokens.lower[cue.start - 1] in BE and not self._progressive_cue(cue.start)

    def _aside_participle(self, cue: Span) -> bool:
        """A cue in -ed that opens an aside after a comma, before 'as' or 'by': 'Hassan
        Moqaddam, described as a key figure', 'Hamas, accused by Israel of diverting aid,'."""
        lower = self.tokens.lower
        return cue.start > 0 and self.tokens.text[cue.start - 1] == "," and lower[cue.end - 1].endswith("ed") and cue.end < len(lower) and lower[cue.end] in {"as", "by"}

    def _progressive_cue(self, i: int) -> bool:
        """The cue at token i is a present participle after a form of 'be', no possessive:
        'The EU is urging', 'are calling for'; not 'President Trump's urging'."""
        lower = self.tokens.lower
        return lower[i].endswith("ing") and lower[i - 1] in BE_WORDS

    def _is_event(self, sentence: Span, attributed: bool = False, cue: Span | None = None, cues: list[Span] = ()) -> bool:
        """A specific happening: an event trigger with a day, month or year, a headline-like
        fragment naming one, or an actor doing something in the simple past. Background
        dated by decade or century is not one, a date right after a reporting verb dates the
        saying, and an attributed sentence ("officials said", "Macron: “I welcome ...”")
        reports an event only when it dates it or narrates an act, never in a denial."""
        tokens = self.tokens
        acts = {c.start for c in cues if c.label_ == "act"}
        # "A report released last week found": the work's making is no happening of the claim
        # a war or a trend goes on over time, but an invasion told in the past is an act: "Comoros has invaded"
        works = [e for e in self._inside("events", sentence) if self._of_a_work(e)]
        events = [e for e in self._inside("events", sentence) if e not in works and (e.label_ not in TRENDS or tokens.lower[e.start] == "invaded")]
        # "told a rally in Belgrade on Saturday": the audience of the saying, no happening of the claim
        events = [e for e in events if not self._audience(e)]
        # "Webb, launched in December 2021, is the largest telescope": background in an aside;
        # "Tensions have risen since the army seized power": the happening since which
        asides = self._asides(sentence)
        events = [e for e in events if e.start not in asides and not self._since(sentence, e.start) and not self._denied(sentence, e.start)]
        # "welcomed the trade framework announced by President Trump on July 2": a participle
        # after an object noun, and its date, are the noun's background
        modifiers = [e for e in events if self._participle(e.start) and self._has_verb(self.doc[sentence.start : e.start - 1])]
        events = [e for e in events if e not in modifiers]
        asides |= {k for e in modifiers for k in self._clause_rest(e.end)}
        # "Today's announcement" names a thing, "since 1958", "compared to last year" and
        # "greater than last year" or "than in 2019" measure a state of affairs: neither dates a happening
        dates = [
            d for d in self._inside("dates", sentence)
            if d.start not in asides  # "Inflation, which peaked in May 2023, still limits ..."
            # "In findings published on Wednesday, researchers reported": the work's date
            and not any(0 <= d.start - w.end <= 1 for w in works)
            # "reaffirmed the 2016 ruling" dates the noun, and a month named alone ("were allowed
            # in May again") is too loose to tell a happening; both still date the events in it
            and d.label_ not in {"year_modifier", "month"}
            and not (d.end < len(tokens) and tokens.lower[d.end] in {"'s", "’s"})
            and not (d.start > 0 and tokens.lower[d.start - 1] in {"to", "with", "than"}) and not self._since(sentence, d.start)
            and not (d.start > 1 and tokens.lower[d.start - 2] == "than" and tokens.lower[d.start - 1] in {"in", "on", "at", "during"})
            # "said on Tuesday", "confirmed on Monday that": the date is the saying's, not where
            # the verb is an act with an infinitive after the date ("agreed on Thursday to expand")
            and not any(
                0 <= d.start - c.end <= 1 for c in (*cues, cue)
                if c is not None and c.label_ == "report" and not (c.start in acts and d.end < len(tokens) and tokens.lower[d.end] == "to")
            )
        ]
        values = [d._.claimx_value for d in dates]
        if any(v is not None and len(v) < 4 for v in values):
            return False  # "in the 1990s", "in the 7th century": background, not a happening
        if self.research and not self._dated_to_the_day(sentence):
            return False  # "The team sampled 93 reefs": how a study was done is its content
        if events and (any(v and len(v) >= 4 for v in values) or any(d.label_ in DAY_LABELS for d in dates) or self._clocked(sentence)):
            # in the past, in the present progressive, or verbless: not "The election is
            # scheduled for March 24", "The E.O. the President is signing today builds on ..."
            if self._in_past(sentence) or self._progressive(events) or self._announced_today(sentence, events) or not self._has_verb(sentence):
                return True
        if cue is None and self._match_play(sentence):
            return True  # "Kane's header in the 80th minute hit the crossbar", "She ran a personal best"
        if self._happened(sentence) or self._designated(sentence) or self._agreed(sentence) or self._doing_today(sentence) or self._there_was(sentence, events):
            # "Further skirmishes occurred on the border", "the attack took place at 7:45
            # p.m.", "ZOLQADR is being designated pursuant to ..."
            return True
        if attributed:
            # only an act in the main clause, neither denied nor background: not "When Putin
            # launched his war, he thought ...", "... did not ratify", "the scandal, in which
            # profiles were harvested", "Nasrallah denied Hezbollah had been fighting"
            if cue is not None and cue.id_ in {"report.deny", "report.allege", "report.accuse"}:
                return False  # a denial, an allegation or an accusation is a claim about a happening
            if self._acted(sentence, [
                e for e in events
                if not any(tokens.lower[k] in NOT_MAIN_CLAUSE for k in range(sentence.start, e.start))
            ], reported=True):
                return True
            told = self._told_before(sentence, cue)
            if told is None or not self._narrates(told):
                return False
            # told with its day, or at its place with a happening's verb ("Two missiles hit an
            # energy facility in the region"); not "failed to change Russia's behaviour in Ukraine"
            return self._dated_to_the_day(told) or self._situated(told) and any(_is_past(e[0].lower_) for e in self._inside("events", told))
        if any(e.start - sentence.start <= 2 and self._heads_fragment(e) for e in events) and not self._has_verb(sentence, main_clause=True):
            return True  # "Full blocking sanctions on ...", "Prohibiting new investment ..."
        # a passive tells a happening undergone only when nobody reports, hedges or denies it:
        # not "According to the document, the assault was orchestrated by ..."
        passives = not any(c.label_ in {"report", "according", "hedge", "negation"} for c in cues)
        return self._narrates(sentence, passives) or self._acted(sentence, events)

    def _told_before(self, sentence: Span, cue: Span | None) -> Span | None:
        """What a claimant tells before a trailing cue, up to the comma before it: 'Three
        vehicles crossed the river overnight, a border police spokesman said'."""
        if cue is None or cue.start in self.quoted:
            return None
        tokens = self.tokens
        comma = next((k for k in range(cue.start - 1, sentence.start, -1) if tokens.text[k] == ","), None)
        if comma is None or comma - sentence.start < 3 or tokens.text[sentence.start] in QUOTE_OPENERS:
            return None
        return self.doc[sentence.start : comma]

    def _match_play(self, sentence: Span) -> bool:
        """A play of a match or a race told in the past, outside quotes and not denied, in a
        text about sport (match_play in context.jsonl): not 'The course record stands at
        ...', nor 'Inflation was higher than expected in the first half'."""
        lower = self.tokens.lower
        if not self.sport or not self._in_past(sentence) or any(lower[k] in NEGATORS for k in range(sentence.start, sentence.end)):
            return False
        return any(
            tuple(lower[k : k + len(phrase)]) == phrase and k not in self.quoted
            for k in range(sentence.start, sentence.end) for phrase in self.match_play
        )

    def _dated_to_the_day(self, sentence: Span) -> bool:
        """Whether a date in the sentence names a day: '24 September 2023', 'on Monday'."""
        return any(d.label_ in DAY_LABELS or len(d._.claimx_value or "") >= DAY_VALUE for d in self._inside("dates", sentence))

    def _audience(self, event: Span) -> bool:
        """An event word that a verb of addressing governs, a few lower-case words before
        it: 'told a rally', 'told a news conference', 'addressed the summit'."""
        lower, is_lower = self.tokens.lower, self.tokens.is_lower
        for k in range(event.start - 1, max(event.start - AUDIENCE_REACH - 2, -1), -1):
            if lower[k] in ADDRESSING:
                return True
            if not is_lower[k]:
                return False
        return False

    def _denied(self, sentence: Span, k: int) -> bool:
        """The verb at token k is denied by an auxiliary and 'not' before an adverbial between
        commas: 'had not, as of yesterday, announced any plans'; not 'has not only struck'."""
        lower, text = self.tokens.lower, self.tokens.text
        q = k - 1
        while q > sentence.start and self._adverb(q):
            q -= 1
        if text[q] != ",":
            return False
        opening = next((p for p in range(q - 1, max(sentence.start, q - DENIAL_REACH) - 1, -1) if text[p] == ","), None)
        return opening is not None and opening - 2 >= sentence.start and lower[opening - 1] in NEGATORS and lower[opening - 2] in AUXILIARIES

    def _since(self, sentence: Span, k: int) -> bool:
        """Token k stands in what follows 'since' in its clause: 'since the army seized power
        in July 2023', 'the worst attack since the 2015 bombing'; not the main clause after a
        date ('The deadliest attack since 2015 killed 12 people on Saturday'), nor after 'and'
        or a second verb ('Since the talks collapsed the army shelled the town on Monday')."""
        tokens, lower = self.tokens, self.tokens.lower
        verbs = 0
        for q in range(k - 1, sentence.start - 1, -1):
            if lower[q] == "since":
                date = next((d for d in self._inside("dates", sentence) if d.start == q + 1), None)
                if date is not None and k >= date.end or tokens.is_digit[q + 1] and k > q + 1:
                    return False  # "since 2019 the two leaders met", "The deadliest attack since 2015 killed"
                return verbs <= (0 if self._verb_at(k) else 1)
            if tokens.is_punct[q] and tokens.text[q] != "-" or lower[q] == "but" or lower[q] == "and" and self._opens_clause_at(q + 1):
                return False
            verbs += self._verb_at(q) and lower[q - 1] not in RELATIVE_PRONOUNS  # not "a deal that allowed"
        return False

    def _opens_clause_at(self, k: int) -> bool:
        """A pronoun or a verb in the past at token k opens a clause after 'and': 'and it took
        place', 'and killed dozens'; not 'between Israel and Lebanon'."""
        return k < len(self.tokens.lower) and (self.tokens.lower[k] in CLAUSE_SUBJECTS or self._verb_at(k))

    def _verb_at(self, k: int) -> bool:
        """A verb in the past at token k: 'began', 'killed', 'recaptured'."""
        return self.tokens.is_lower[k] and _is_past(self.tokens.lower[k])

    def _asides(self, sentence: Span, relatives_only: bool = False) -> set[int]:
        """Tokens of an aside set off by commas after a name or noun that a relative
        pronoun or (unless `relatives_only`) a participle opens: ', launched in December
        2021,', ', which began in April 2023,'; the main clause goes on after it."""
        tokens = self.tokens
        inside: set[int] = set()
        commas = [k for k in range(sentence.start + 1, sentence.end) if tokens.text[k] == ","]
        for opening, closing in zip(commas, commas[1:] + [sentence.end]):
            first = tokens.lower[opening + 1] if opening + 1 < closing else ""
            # "after 2013, when Cairo expelled the envoy": a time's relative clause, to its end
            timed = first in RELATIVE_ADVERBS and opening - 1 in self.date_end
            if closing == sentence.end and not timed:
                continue
            # a participle opens an aside only where the main clause's verb follows it, not
            # after an apposition: "Mubarak, the former president, died aged 91 in Cairo, the capital"
            participle = not relatives_only and _is_past(first) and tokens.is_lower[opening + 1] and self._predicate_at(closing + 1, sentence)
            if first in RELATIVES or participle or timed:
                inside.update(range(opening + 1, closing))
        return inside

    def _predicate_at(self, k: int, sentence: Span) -> bool:
        """A verb, an auxiliary or an adverb at token k, as the main clause goes on after an
        aside: 'also hurt', 'is', 'carries', 'said'."""
        if k >= sentence.end or not self.tokens.is_lower[k]:
            return False
        word = self.tokens.lower[k]
        return word in VERB_WORDS or word == "said" or _is_past(word) or self._adverb(k) or word.endswith("s") and not word.endswith("ss") and word not in self.source_nouns

    def _agreed(self, sentence: Span) -> bool:
        """An agreement reached, outside quotes and not denied: 'Kim agreed to dismantle ...',
        'Turkey and Libya agreed on a line', 'then agreed with Airbus to open a factory'; not
        'agreed that ...' (a view shared) nor 'the agreed text'."""
        lower = self.tokens.lower
        for k in range(sentence.start + 1, sentence.end - 1):
            # "agreed with Airbus to open a factory", not "agreed with the president" (a view shared)
            partner = lower[k + 1] == "with" and any(self._to_action(q, sentence.end) for q in range(k + 2, min(k + AGREEMENT_REACH, sentence.end)))
            if lower[k] == "agreed" and (lower[k + 1] in AGREED_WITH or partner) and k not in self.quoted and lower[k - 1] not in ARTICLES:
                return not any(lower[q] in NEGATORS for q in range(max(sentence.start, k - 3), k))
        return False

    def _clocked(self, sentence: Span) -> bool:
        """A time of day outside quotes, which tells a happening's moment as a day does: 'The
        rally started around 18:00 local time (1500 UTC)', 'at 11:30 am'."""
        tokens = self.tokens
        return any(k not in self.quoted and (tokens.text[k] in TIME_ZONES or self._clock(k)) for k in range(sentence.start, sentence.end))

    def _clock(self, k: int) -> bool:
        """A time of day at token k: hours and minutes after 'at', 'around', 'by' ... or
        before 'a.m.', 'local time' or a time zone; not a score ('a 31:29 defeat'), a running
        time ('runs 1:45') nor a verse ('John 3:16')."""
        tokens = self.tokens
        match = CLOCK.fullmatch(tokens.text[k])
        if match is None or int(match.group(1)) > 24 or int(match.group(2)) > 59:
            return False
        after = tokens.text[k + 1] if k + 1 < len(tokens) else ""
        return k > 0 and tokens.lower[k - 1] in CLOCK_BEFORE or after in TIME_ZONES or after.lower() in CLOCK_AFTER

    def _of_a_work(self, event: Span) -> bool:
        """An event word that names a work ('a statement', 'the joint statement of September
        22'), or one in -ed right after a document noun, which it modifies: 'a report
        released last week', 'The study, published on Monday,'."""
        if event.label_ == "statement":
            return True
        lower, k = self.tokens.lower, event.start
        if not lower[k].endswith("ed"):
            return False
        noun = k - 1 - (k > 1 and lower[k - 1] == ",")
        return noun >= 0 and lower[noun] in self.document_nouns

    def _designated(self, sentence: Span) -> bool:
        """A fact sheet's act on or by a named party: 'DADENEGAR is being designated', 'MTT
        is designated pursuant to', 'OFAC is sanctioning 14 entities'; not 'The following
        entities are designated'."""
        tokens = self.tokens
        for i in range(sentence.start + 1, sentence.end):
            if tokens.lower[i] not in DESIGNATING:
                continue
            j = i - 1 - (tokens.lower[i - 1] == "being")
            while j > sentence.start and self._adverb(j):
                j -= 1  # "is concurrently designating"
            if j > sentence.start and tokens.lower[j] in {"is", "are"} and (j - 1 in self.actor_end or tokens.is_name[j - 1] or tokens.is_upper[j - 1] or tokens.text[j - 1] == ")"):
                return True
        return False

    def _in_past(self, sentence: Span) -> bool:
        """Whether a verb in the past stands outside quotes: 'was', 'killed', 'died', and
        a word in -ed that is mostly an adjective right after its doer ('Woolworths also
        limited'), and 'became' that opens a happening's name ('became independent', 'became
        a member of'), not a state ('became the centre of')."""
        tokens = self.tokens
        lower = tokens.lower
        happenings = {e.start for e in self._inside("events", sentence)}
        for k in range(sentence.start, sentence.end):
            if k in self.quoted or not tokens.is_lower[k] or self._subordinate(sentence, k) or self._participle(k):
                continue
            word = lower[k]
            if word == "became" and k in happenings:
                return True
            if k - 1 > sentence.start and lower[k - 1] == "be" and lower[k - 2] in MODALS:
                continue  # "will be held in 2027": a plan, no past
            if word in PAST_AUXILIARIES or _is_past(word):
                return True
            if word in NOT_PAST:
                j = k - 1
                while j >= sentence.start and self._adverb(j):
                    j -= 1
                if j >= sentence.start and (j in self.actor_end or tokens.is_name[j]):
                    return True
        return False

    def _announced_today(self, sentence: Span, events: list[Span]) -> bool:
        """A statement opening with 'Today' that names its act with a verb: 'Today, I am
        proud to welcome Finland', 'Today, the United States will continue to impose ...'."""
        lower = self.tokens.lower
        return lower[sentence.start] == "today" and any(e.start > 0 and lower[e.start - 1] in {"to"} | MODALS for e in events)

    def _doing_today(self, sentence: Span) -> bool:
        """A statement's act of the day in the present progressive, whatever its verb:
        'Today, the United Kingdom is sending 50 air defence missiles', 'Today, we are
        providing $50 million'; not 'Today's action is being taken pursuant to ...'."""
        tokens = self.tokens
        lower = tokens.lower
        if lower[sentence.start] != "today" or sentence.start + 1 >= sentence.end or tokens.text[sentence.start + 1] != ",":
            return False
        return any(
            lower[k] in {"is", "are", "am"} and lower[k + 1].endswith("ing") and lower[k + 1] != "being" and k not in self.quoted
            and (k - 1 in self.actor_end or lower[k - 1] in {"we", "i"})  # a party acts, not "the weather is improving"
            for k in range(sentence.start + 2, sentence.end - 1)
        )

    def _progressive(self, events: list[Span]) -> bool:
        """An event in the present progressive: 'the United States is imposing sanctions',
        'the Treasury is renewing its designation of Hizballah'."""
        lower = self.tokens.lower
        return any(
            k > 0 and lower[k - 1] in {"is", "are", "am"} and lower[k].endswith("ing")
            for e in events
            for k in range(max(e.start - PROGRESSIVE_REACH, 1), e.start + 1)
        )

    def _there_was(self, sentence: Span, events: list[Span]) -> bool:
        """'There was' or 'There were' opens the sentence before a happening's noun a few
        words on, at a named place or on a date: 'There was an explosion at the port in
        Aden', 'There were clashes in Tripoli'; not 'There were no casualties in Aden'."""
        lower, start = self.tokens.lower, sentence.start
        if lower[start] != "there" or start + 1 >= sentence.end or lower[start + 1] not in {"was", "were"}:
            return False
        near = [e for e in events if start + 2 <= e.start <= start + EXISTENTIAL_REACH]
        return bool(near) and not any(lower[k] in NEGATORS | {"no"} for k in range(start + 2, near[0].start)) and self._situated(sentence)

    def _happened(self, sentence: Span) -> bool:
        """A verb of happening in the past ('occurred', 'took place', 'broke out'), outside
        quotes, in the main clause and not denied."""
        tokens = self.tokens
        lower = tokens.lower
        for k in range(sentence.start, sentence.end):
            word = lower[k]
            two = word + " " + lower[k + 1] if k + 1 < sentence.end else ""
            if two == "followed by" and lower[k - 1] == "," and not self._inside("dates", sentence):
                continue  # "Pakistan's is the largest, followed by Iran": a ranking; not "on Sunday, followed by screams"
            if (word in HAPPENED or two in HAPPENED) and k not in self.quoted and k > sentence.start:  # not "Started in 2004, CentOS has been ..."
                # not "which took place", "may have occurred"; a clause closed by a comma is
                # over ("ISIL, which is linked to Abu Sayyaf, claimed responsibility")
                opened = [q for q in range(sentence.start, k) if lower[q] in NOT_MAIN_CLAUSE or lower[q] in CLAUSE_MARKERS]
                return not any("," not in tokens.text[q:k] for q in opened) and not any(
                    lower[q] in MODALS for q in range(max(sentence.start, k - 3), k)
                )
        return False

    def _acted(self, sentence: Span, events: list[Span], reported: bool = False) -> bool:
        """An event trigger used as a verb with its doer or sufferer before it: 'NATO
        launched', 'we are welcoming', 'Two men were arrested'; in the narration, also in
        the perfect ('officials have been convicted'), which in reported speech tells a
        state of affairs ('"Our police have been injured," Lam continued')."""
        tokens = self.tokens
        for event in events:
            if self._tells_no_act(sentence, event.start):
                continue  # "Secretary Harmon welcomed progress": a stance, no meeting; "Prices increased"
            j = event.start - 1
            while j >= sentence.start and (tokens.lower[j] in AUX or tokens.lower[j] in ADVERBS or tokens.lower[j] in FLOATING_QUANTIFIERS):
                if tokens.lower[j] in {"'s", "’s"} and tokens.lower[j - 1] not in SUBJECT_PRONOUNS:
                    break  # a possessive: "the World Health Organization's recommended level"
                j -= 1
            if any(tokens.lower[k] in NEGATORS for k in range(j + 1, event.start)):
                continue  # "Beijing has not ruled out", "Police never arrested": no happening
            # not an infinitive: "The plan would require Israel to withdraw"
            auxiliary = any(tokens.lower[k] in AUX and tokens.lower[k] not in {"'s", "’s", "to"} for k in range(j + 1, event.start))
            if self._tally(sentence, j, event.start):
                continue
            if event.end < sentence.end and tokens.lower[event.end] in DEGREE_AFTER:
                continue  # "Chile has been hit hard by the drought": how much one suffers, no act
            verbal = auxiliary or _is_past(tokens.lower[event.start])
            if j >= sentence.start and verbal and (
                j in self.actor_end or tokens.lower[j] in {"i", "we"}
                or tokens.lower[j] in self.agents and self._agents_of_actor(sentence, j)
                or self._apposed_doer(sentence, j, relative=True)
            ):
                # "NATO launched", "we are welcoming", "Biden will sign", "Russian forces
                # shelled", "Kurtzer, who had started CentOS, announced": not "G7 meetings", "Putin's war"
                return True
            passive = {"was", "were"} if reported else {"was", "were", "been"}
            if j >= sentence.start and passive & set(tokens.lower[j + 1 : event.start]) and _is_past(tokens.lower[event.start]):
                # "The 176 people on board were all killed", "Two men were arrested", "A
                # force was immediately dispatched", "officials have also been convicted"
                return True
        return False

    def _tally(self, sentence: Span, j: int, verb: int) -> bool:
        """A verb in the present perfect ('has', 'have' between its doer at `j` and it) that
        counts or spans time in its own clause, or after an opening 'Since ...': 'Since
        2023 the Houthis have launched more than 100 attacks', 'Putin has received him a
        dozen times'; not 'Russia has struck Kyiv, the deadliest strike since July', nor
        'the Financial Times reported'."""
        tokens = self.tokens
        lower = tokens.lower
        if not {"has", "have"} & set(lower[j + 1 : verb]):
            return False
        if lower[sentence.start] == "since" or " ".join(lower[sentence.start : sentence.start + 2]) in TALLY_WORDS:
            return True
        for k in self._clause_rest(verb + 1):
            if lower[k] in TALLY_WORDS and lower[k] != "times" or " ".join(lower[k : k + 2]) in TALLY_WORDS:
                return True
            if lower[k] == "times" and tokens.is_lower[k] and (tokens.is_digit[k - 1] or lower[k - 1] in COUNT_WORDS):
                return True  # "six times", "a dozen times"; not "The New York Times"
        return False

    def _tells_no_act(self, sentence: Span, i: int) -> bool:
        """The verb at token i tells a stance (the past of a verb of saying, judging or
        feeling, not in the passive: 'welcomed the decision') or a number's movement
        ('Unemployment rose'), no happening."""
        tokens = self.tokens
        word = tokens.lower[i]
        if word in self.acts and i + 1 < sentence.end and not tokens.is_punct[i + 1] and tokens.lower[i + 1] not in CLAUSE_MARKERS:
            return False  # "Iran denied the accusation", "Olsen added a second goal"
        return word in self.stance_past and tokens.lower[i - 1] not in BE or self._measures(sentence, i)

    def _measures(self, sentence: Span, i: int) -> bool:
        """Token i tells a number's movement or rank ('rates dropped', 'Haiti ranked eighth'),
        or may and does so before a number in its clause ('Exports fell 4 percent'; not 'The
        town fell to the rebels')."""
        tokens = self.tokens
        word = tokens.lower[i]
        if word in self.trend:
            # a verb of movement may tell a deed with its object or its path: "dropped
            # leaflets", "rose up", "plunged into a ravine"; not "ranked the nation last"
            after = tokens.lower[i + 1] if i + 1 < sentence.end else ""
            return word not in MOVEMENTS or not (
                after in PHYSICAL_PARTICLES or after in DETERMINERS or tokens.is_alpha[i + 1] and tokens.is_lower[i + 1] and after not in TREND_FOLLOWERS and not after.endswith("ly")
            )
        dated = {k for d in self._inside("dates", sentence) for k in range(d.start, d.end)}
        return word in self.amount and any(
            q not in dated and (tokens.is_digit[q] or tokens.lower[q] in SHARES or any(c.isdigit() for c in tokens.text[q]))
            for q in self._clause_rest(i + 1) if q < sentence.end
        )  # not a date's digits: "fell on 8 December 2024"

    def _clause_rest(self, k: int) -> range:
        """Tokens from k to the end of its clause: a comma, a colon or a dash, or the
        sentence's end."""
        tokens = self.tokens
        end = k
        while end < tokens.doc[k].sent.end and tokens.text[end] not in CLAUSE_END_MARKS:
            end += 1
        return range(k, end)

    def _takes_object(self, cue: Span, cues: list[Span], sentence: Span) -> bool:
        """A reporting verb of the `act` cues used for an act, with a plain object and no
        reported content: 'Iran denied the accusation', 'The ministers agreed to a meeting',
        'They discussed the war' — not 'denied that ...', 'denied: “...”', '“...,” he
        denied.', nor a verb whose object is what it reports ('underscored the importance')."""
        if cue.label_ != "report" or not any(c.label_ == "act" and c.start == cue.start for c in cues):
            return False
        tokens, k = self.tokens, cue.end
        while k < sentence.end and tokens.lower[k] in ADVERBS:
            k += 1
        if k >= sentence.end:
            return False
        word = tokens.lower[k]
        if word not in OBJECT_STARTS and not (tokens.is_alpha[k] and tokens.is_lower[k] and word not in CLAUSE_MARKERS | NOT_OBJECTS):
            return False  # "“...,” he said on Monday.", "she said."
        if any(tokens.text[q] in QUOTE_MARKS for q in range(sentence.start, sentence.end)):
            return False
        return not any(self._content_marker(q) for q in range(k, sentence.end))

    def _content_marker(self, i: int) -> bool:
        """A word that opens reported content: a complementiser, a colon, or a finite verb
        of a clause ('told reporters [the talks] failed')."""
        tokens = self.tokens
        word = tokens.lower[i]
        if word in CLAUSE_MARKERS or word == ":":
            return True
        return word in FINITE or word in IRREGULAR_PAST or word.endswith("ed") and tokens.is_lower[i] and word not in NOT_PAST and i > 0 and tokens.lower[i - 1] not in DETERMINERS

    def _has_verb(self, sentence: Span, main_clause: bool = False) -> bool:
        """Rough finite-verb test for verbless headline-like fragments; with `main_clause`,
        the verbs of a relative clause or a participle after its noun do not count: a fact
        sheet's item "Sanctions on 90 entities that have supplied ...", "Asset freezes on
        three financiers based in Lebanon"."""
        tokens = self.tokens
        lower, is_lower = tokens.lower, tokens.is_lower
        words = range(sentence.start, sentence.end)
        if main_clause:
            words = self._main_clause(sentence)
            if any(lower[k] in SUBJECT_PRONOUNS for k in words):
                return True  # "Following the atrocities ..., we remain gravely concerned"
        return any(
            (lower[k] in VERB_WORDS or lower[k] in FINITE or lower[k] in STATIVE_VERBS
             or is_lower[k] and lower[k].endswith("ed") and lower[k] not in NOT_PAST and lower[k - 1] != "-")  # not "state-owned"
            # nor, in the main clause, a possessive ("sanctions on Russia’s largest bank")
            and not (main_clause and (self._participle(k) or lower[k] in {"'s", "’s"} and not is_lower[k - 1]))
            for k in words
        )

    def _heads_fragment(self, event: Span) -> bool:
        """An event word that a preposition, an object or the end follows, as it heads a
        fragment: "Sanctions on ...", "Prohibiting new investment", "Designation of ..."; not
        before a verb in -s that no list knows, after adverbs or none ("The deal includes
        establishing ...", "The deal still requires approval")."""
        tokens, k = self.tokens, event.end
        while k < len(tokens) and tokens.lower[k] in ADVERBS:
            k += 1
        return k >= len(tokens) or not (tokens.is_lower[k] and tokens.lower[k].endswith("s") and not tokens.lower[k].endswith("ss"))

    def _main_clause(self, sentence: Span) -> range:
        """The sentence's tokens before a relative clause right after its noun, at the
        sentence's end ("Sanctions on 90 entities that have supplied ..."); one set off by
        commas may come before the main verb and is kept ("The vote, which is not binding,
        was boycotted")."""
        tokens = self.tokens
        end = next((k for k in range(sentence.start + 2, sentence.end) if tokens.lower[k] in RELATIVE_PRONOUNS and tokens.text[k - 1] != ","), sentence.end)
        return range(sentence.start, end)

    def _narrates(self, sentence: Span, passives: bool = False) -> bool:
        """An actor doing something in the simple past: 'Sweden faced South Korea ...'; not
        in a clause before the main one ('When Russia invaded Ukraine, few expected ...'),
        in an indirect question ('whether the commander survived'), as a participle after
        its noun ('groups linked to al-Qaeda', 'a campaign pursued by'), nor what went on
        for years ('treated Dodik as a nuisance for years'), nor a verb of describing in a
        sentence that quotes someone's words with no day ('The general described the
        offensive as a "turning point"'): how someone put it, not what happened. With
        `passives`, a happening undergone tells one too ('The bridge was destroyed')."""
        tokens = self.tokens
        lower = tokens.lower
        if any(" ".join(lower[k : k + size]) in DURATIONS for k in range(sentence.start, sentence.end) for size in (2, 3, 4)):
            return False
        quoting = any(k in self.quoted for k in range(sentence.start, sentence.end)) and not self._dated_to_the_day(sentence)
        asides = self._asides(sentence)
        for i in range(sentence.start, sentence.end):
            if i in self.quoted or i in asides or not tokens.is_lower[i] or not tokens.is_alpha[i]:
                continue  # nor in an aside: "The bridge, which was completed in 2019, carries"
            word = lower[i]
            # "the shortstop made a base hit", "the catcher got a hit": plays of a match
            # "The police used tear gas against protesters", not "used to rule", "a used car",
            # "used up its reserves", "Smugglers used small boats"
            used = word == "used" and i + 1 < sentence.end and tokens.is_alpha[i + 1] and lower[i + 1] not in {"to", "up"} and "against" in (lower[k] for k in self._clause_rest(i + 1))
            past = _is_past(word) or used or self.sport and word in PLAY_PAST or word in PASSIVE_PARTICIPLES and self._after_was(sentence, i)
            if not past or self._subordinate(sentence, i) or self._participle(i) or self._since(sentence, i):
                continue
            j = i - 1
            while j >= sentence.start and self._adverb(j):
                j -= 1
            if j >= sentence.start and lower[j] in PERFECT and i - j <= 3:
                j -= 1  # "South Korea had recently started"
                while j >= sentence.start and self._adverb(j):
                    j -= 1
            if j < sentence.start or lower[j] in MODALS or any(lower[k] in NEGATORS for k in range(j, i)):
                continue  # "The outbreak could spread", "Moscow never attacked": no happening
            if word in self.characterising and not self._dated_to_the_day(sentence):
                continue  # "Volker served as special envoy", "The delegation included three ministers"
            if self._tells_no_act(sentence, i):
                continue  # "The United States welcomed the decision", "Unemployment rose"
            if word in REJECTING and "as" in lower[i + 1 : min(i + REJECTED_REACH, sentence.end)]:
                continue  # "The spokesperson dismissed the report as propaganda": a judgement
            if quoting and word in DESCRIBING:
                continue  # 'Moscow threatened a response to an "aggressive line"': how it was put
            if any(lower[k] == "once" and lower[k + 1] != "again" for k in range(j + 1, i)):
                continue  # "Kosovo once relied on Serbian electricity": what used to be
            if j in self.actor_end or lower[j] in {"he", "she", "they", "we", "i"} or tokens.is_name[j]:
                return True  # "The South retaliated", "Sweden faced South Korea", "Ford started"
            if lower[j] in self.document_nouns or lower[j] == "it":
                # "The study examined 93 statues": what a work does is its content; "It marked
                # a turning point": what a thing did, told of a war, a law or a plan
                continue
            if lower[j] in self.source_nouns:
                return True  # "Police arrested", "The foreign ministers agreed"
            if lower[j] in self.agents and self._agents_of_actor(sentence, j):
                return True  # "Turkish forces shelled Ras al-Ayn", "Russian special forces opened"
            if self._definite_subject(self._clause_start(sentence, j), j):
                return True  # "The phenomenon lasted about an hour", "The first bomb went off"
            if self._bare_subject(self._clause_start(sentence, j), j) and self._situated(sentence):
                return True  # "Heavy rain flooded the village of Derna on Sunday"
            if tokens.text[j] == "," and j - 1 in self.actor_end and self.actor_end[j - 1].label_ == "person":
                return True  # "The Italian foreign minister, Luigi Di Maio, joined"
            if self._apposed_doer(sentence, j):
                return True  # "Kurt Volker, the special envoy, resigned", "The Syrian Army — whose ... — entered"
            if lower[j] in {"was", "were"} and (self._situated(sentence) or self.sport and j - 1 >= sentence.start and (tokens.is_name[j - 1] or j - 1 in self.actor_end)):
                return True  # "The 176 people on board were all killed" near a place or date; "the batter was walked"
            if passives and lower[j] in {"was", "were"} and self._undergone(sentence, i, j):
                return True  # "Lam was interrupted by protesting legislators", "The bridge was destroyed"
        return False

    def _after_was(self, sentence: Span, i: int) -> bool:
        """Token i follows 'was' or 'were', adverbs aside: 'was later taken', 'were given'."""
        j = i - 1
        while j >= sentence.start and self._adverb(j):
            j -= 1
        if j < sentence.start or self.tokens.lower[j] not in {"was", "were"}:
            return False
        if i + 1 < sentence.end and self.tokens.lower[i + 1] in {"aback", "in"} and self.tokens.lower[i] == "taken":
            return False  # "were taken aback", "were taken in by the scam": a state of mind
        # the object of a light verb made its subject: "action was taken", "care was taken"
        return not (j > sentence.start and self.tokens.lower[j - 1] in LIGHT_OBJECTS.get(self.tokens.lower[i], ()))

    def _undergone(self, sentence: Span, i: int, j: int) -> bool:
        """'was/were' at j and the participle at i tell a happening undergone, with no place
        or date needed: 'Lam was interrupted by protesting legislators', 'A number of
        legislators were removed'; not a state ('was headed by', 'were poorly equipped',
        'were unconvinced by'), a habit ('visited every year'), a span of time ('Since
        2021, attacks were carried out'), nor in a clause a subordinator or relative opens
        ('which was stigmatized')."""
        lower, tokens = self.tokens.lower, self.tokens
        if lower[i].removeprefix("un") in self.passive_states or lower[i] in self.characterising or self._opens_clause(sentence, j):
            return False
        if any(lower[k] in HABITUAL or lower[k] == "since" for k in range(sentence.start, sentence.end)):
            return False
        if any(lower[k].endswith("ly") and tokens.is_alpha[k] and lower[k] not in HAPPENING_ADVERBS for k in range(j + 1, i)):
            return False  # "was widely shared", "were randomly assigned": how a thing stands
        if i + 1 >= sentence.end or tokens.is_punct[i + 1]:
            return True
        if lower[i + 1] == "by":
            # a doer after 'by', no cause: "was interrupted by protesting legislators", not
            # "was fuelled by hopes of a rate cut"
            return self._doer_after(sentence, i + 2)
        if lower[i + 1] == "to":
            # "was dispatched to the country", "was expanded to 550 seats"; not "was
            # tailored to Kosovo's history", "was forced to resign"
            return i + 2 < sentence.end and (lower[i + 2] in DETERMINERS or tokens.is_digit[i + 2])
        return lower[i + 1] in UNDERGONE_LINKS

    def _doer_after(self, sentence: Span, k: int) -> bool:
        """An actor, a pronoun, a claimant noun or a happening within the noun phrase at token
        k: 'by protesting legislators', 'by Israeli prime minister Benjamin Netanyahu'."""
        tokens = self.tokens
        for q in range(k, min(k + DOER_REACH, sentence.end)):
            word = tokens.lower[q]
            if tokens.is_punct[q] or word in DOER_PHRASE_ENDS and q > k:
                return False
            if q in self.actor_start or q in self.event_starts or word in self.source_nouns or word in self.agents or word in OBJECT_PRONOUNS:
                return True  # "by police", "by Netanyahu", "was accompanied by the ethnic cleansing of"
        return False

    def _opens_clause(self, sentence: Span, j: int) -> bool:
        """A subordinator or a relative word opens the clause of token j, back to the last
        punctuation: 'since he was pardoned', 'which at the time was stigmatized'."""
        lower, k = self.tokens.lower, j - 1
        while k >= sentence.start and not self.tokens.is_punct[k]:
            if lower[k] in SUBORDINATORS | RELATIVE_PRONOUNS | {"if", "whether"}:
                return True
            k -= 1
        return False

    def _subordinate(self, sentence: Span, i: int) -> bool:
        """Token i stands in a clause that a subordinator opens before it and a comma
        closes after it, before the main clause ('After Maduro stole the election, ...'),
        or in an indirect question ('It is unclear whether the commander survived'); not
        after a preposition ('Hours before the vote police raided', 'Since Monday rebels
        captured')."""
        lower, text = self.tokens.lower, self.tokens.text
        for k in range(i - 1, sentence.start - 1, -1):
            if text[k] in {",", ";", ":"}:
                return False
            if lower[k] in OPEN_CLAUSES:
                return True
            if lower[k] in SUBORDINATORS:
                return any(text[q] == "," for q in range(i + 1, sentence.end))
        return False

    def _participle(self, i: int) -> bool:
        """The word in -ed at i modifies the noun before it: 'a campaign pursued by',
        'groups linked to al-Qaeda', 'The deal, valued at $4 billion'; not 'was pursued by'."""
        tokens = self.tokens
        if i + 1 >= len(tokens) or i == 0 or tokens.lower[i - 1] in AUXILIARIES | BE | ADVERBS:
            return False
        after = tokens.lower[i + 1]
        if after == "by" and not tokens.is_name[i - 1] or after in PARTICIPLE_PREPOSITIONS and tokens.lower[i] in MODIFYING_PARTICIPLES:
            return True
        # after an event's noun, with the clause's own verb still to come: "The agreement
        # signed in June remains fragile", "The sanctions imposed in 2022 are still in force"
        return after in PARTICIPLE_PREPOSITIONS and i - 1 in self.event_ends and self._verb_follows(i + 1)

    def _verb_follows(self, k: int) -> bool:
        """A finite verb of the present or a modal in the clause after token k, before a
        comma or the sentence's end: a state of affairs now, not a later happening ("The
        agreement signed in June was broken in July")."""
        tokens = self.tokens
        # lower case: not the month "May"
        return any(tokens.is_lower[q] and tokens.lower[q] in PRESENT_FINITE | STATIVE_VERBS for q in self._clause_rest(k))

    def _apposed_doer(self, sentence: Span, j: int, relative: bool = False) -> bool:
        """The mark at j closes an apposition or a relative clause (only the latter with
        `relative`) whose opening mark follows an actor or a name: 'Warholm, who is 23 years
        old, [won]', 'The Syrian Army — whose commander-in-chief is President Bashar al-Assad
        — [entered]'; or a relative clause after a short definite subject: 'The militants,
        who were travelling in 60 vehicles, [took]'."""
        k = self._opening_mark(sentence, j, APPOSITION_REACH)
        if k is None or k - 1 < sentence.start or relative and self.tokens.lower[k + 1] not in RELATIVES:
            return False
        if k - 1 in self.actor_end or self.tokens.is_name[k - 1]:
            return True
        # a short definite subject before a relative clause, doing what an event word tells:
        # "The militants, who were travelling in 60 vehicles, [took control]"; not "The dam,
        # which was completed in 2011, supplied water"
        verb = j + 1
        while verb < sentence.end and self._adverb(verb):
            verb += 1
        return self.tokens.lower[k + 1] in RELATIVES and verb in self.event_starts and self._definite_subject(self._clause_start(sentence, k - 1), k - 1)

    def _opening_mark(self, sentence: Span, j: int, reach: int) -> int | None:
        """Where the apposition, relative clause or bracket that the mark at j closes opens,
        within `reach` tokens of the sentence; None if j closes none or another mark of the
        same kind stands between."""
        text = self.tokens.text
        opening = APPOSITION_MARKS.get(text[j])
        if opening is None:
            return None
        k = next((k for k in range(j - 1, max(sentence.start, j - reach) - 1, -1) if text[k] in {opening, text[j]}), None)
        return k if k is not None and text[k] == opening else None

    def _agents_of_actor(self, sentence: Span, j: int) -> bool:
        """An actor before the agent noun at j, over at most two lower-case words: 'Russian
        special forces', 'Turkish forces'."""
        k = j - 1
        while k >= sentence.start and k > j - 3 and self.tokens.is_lower[k] and k not in self.actor_end:
            k -= 1
        return k >= sentence.start and k in self.actor_end

    def _adverb(self, k: int) -> bool:
        """An adverb between a subject and its verb: 'also', 'reportedly', 'voluntarily'; not
        a claimant noun in -ly ('his family said', 'the assembly said')."""
        word = self.tokens.lower[k]
        return word in ADVERBS or word.endswith("ly") and self.tokens.is_lower[k] and word not in self.source_nouns

    def _clause_start(self, sentence: Span, j: int) -> int:
        """Where the main clause before token j starts: the sentence start, or the word after
        an opening adverbial and its comma ('In West Africa, the delegation travelled')."""
        tokens = self.tokens
        commas = [k for k in range(sentence.start, j) if tokens.text[k] == ","]
        if len(commas) == 1 and tokens.lower[sentence.start] in OPENERS:
            return commas[0] + 1
        return sentence.start

    def _definite_subject(self, start: int, j: int) -> bool:
        """Tokens start..j are a short noun phrase opening the sentence with an article or a
        demonstrative and no auxiliary, the subject of an active verb: 'The phenomenon
        [lasted]', 'An apartment building [collapsed]', 'That event [destroyed]' — not 'The
        opinion was [tailored]'."""
        tokens = self.tokens
        if tokens.lower[start] not in ARTICLES | DEMONSTRATIVES or not 0 < j - start <= 4:
            return False
        return all((tokens.is_alpha[k] or tokens.is_digit[k]) and tokens.lower[k] not in AUX for k in range(start + 1, j + 1))

    def _bare_subject(self, start: int, j: int) -> bool:
        """Tokens start..j are a noun phrase of at most three words with no article that
        opens the clause, its head a common noun: 'Heavy rain [flooded]', 'Russian
        shelling [damaged]'; a count may open it: 'Around 450 troops [disembarked]', 'At
        least 12 people [died]'."""
        tokens = self.tokens
        while start < j and tokens.lower[start] in APPROXIMATORS:
            start += 1
        if start < j and (tokens.is_digit[start] or tokens.lower[start] in NUMERALS):
            if tokens.lower[start + 1] in SHARES:
                return False
            start += 1
        if not 0 <= j - start <= 2 or not tokens.is_lower[j] or tokens.lower[j] in AUX | MODALS:
            return False
        return all(tokens.is_alpha[k] and tokens.lower[k] not in AUX | POSSESSIVES | DEMONSTRATIVES | QUESTION_WORDS | SUBORDINATORS | OPENERS | QUANTIFIERS | {"it", "there", "as"} for k in range(start, j + 1))

    def _situated(self, sentence: Span) -> bool:
        """Whether a sentence names a place or a date (more than a month alone)."""
        return bool(self._inside("places", sentence) or any(d.label_ != "month" for d in self._inside("dates", sentence)))

    def _recommendation(self, sentence: Span, cue: Span) -> dict:
        tokens = self.tokens
        actors = self._inside("actors", sentence)
        if cue.label_ == "deontic":
            # the subject before the modal, with its coordination: "NATO and the EU must"
            addressees, k = [], cue.start - 1
            while k >= sentence.start:
                if k in self.actor_end:
                    addressees.insert(0, self.actor_end[k])
                    k = self.actor_end[k].start - 1
                elif tokens.lower[k] in {",", "and", "or", "the", "both"}:
                    k -= 1
                else:
                    break
            action_start = cue.end
        else:
            to = next((k for k in range(cue.end, sentence.end) if tokens.lower[k] == "to"), None)
            addressees = [a for a in actors if cue.end <= a.start and (to is None or a.end <= to)] if to is not None else []
            action_start = to + 1 if to is not None else cue.end
        end = sentence.end
        while end > action_start and (tokens.text[end - 1] in FINAL or tokens.is_space[end - 1]):
            end -= 1
        return {"addressees": [(a.start, a.end) for a in addressees], "action": tokens.span_text(action_start, end)}


def _is_past(word: str) -> bool:
    """'went', 'killed', 'died': an irregular past or a word in -ed that is mostly one."""
    return word in IRREGULAR_PAST or word.endswith("ed") and len(word) >= 4 and word not in NOT_PAST


def _source(text: str, name: str, kind: str, span, named: Span | None = None) -> dict:
    """A claimant; `named` is the name no gazetteer or name rule knew ("Vestas said",
    "according to Tsegaye Bekele"), which the claim makes an actor."""
    return {
        "text": text,
        "name": name,
        "kind": kind if kind in {"document", "person", "organization", "state", "group", "unknown"} else "unknown",
        "span": (span.start_char, span.end_char) if span is not None else None,
        "explicit": True,
        "named": (named.start, named.end) if named is not None else None,
    }


def _speakers_back(claims: list[Span], quote_ids: list[int | None]) -> None:
    """A quotation of several sentences names its speaker in a later one
    ('“We will respond. This is unacceptable,” Lavrov said.'): the earlier sentences
    of that quotation take the speaker, not explicitly."""
    speakers: dict[int, dict] = {}
    for claim, quote in zip(reversed(claims), reversed(quote_ids)):
        if quote is None:
            continue
        source = claim._.claimx_claim["source"]
        if source is not None and source["explicit"]:
            speakers[quote] = source
        elif quote in speakers:
            claim._.claimx_claim["source"] = dict(speakers[quote], explicit=False, span=None)


def _definite(mention: str) -> bool:
    """A single work, or works named definitely, which the text goes on to report ('The
    report', 'A new study', 'these findings'); not some of several ('Some reports
    suggest', 'Reports indicate', 'eyewitness reports say'), which tell one sentence, not
    the rest of the text."""
    words = mention.lower().split()
    if words[0] in INDEFINITE_WORDS:
        return False
    return words[0] in DEFINITE_WORDS or not words[-1].endswith("s") or words[-1].endswith(SINGULAR_ENDINGS)


def _quotes(tokens: TokenView) -> dict[int, int]:
    """Token index -> the number of the quotation it stands in, for the tokens inside
    quotation marks (curly quotes, or straight quotes in pairs)."""
    # Only quotation marks and paragraph breaks open or close a quotation: visit those,
    # and mark the tokens between them at once.
    text, end = tokens.text, len(tokens)
    marks = [i for i, (word, space) in enumerate(zip(text, tokens.is_space)) if word in QUOTATION or space and "\n\n" in word]
    inside, quoted, straight_open, number, after = False, {}, False, 0, 0
    for i in [*marks, end]:
        if inside:
            quoted.update(dict.fromkeys(range(after, i), number))
        if i == end:
            break
        if text[i] in OPEN_QUOTES or text[i] == '"' and not straight_open:
            inside, straight_open = True, text[i] == '"'
            number += 1
        else:  # a closing quote or a paragraph break
            inside = straight_open = False
        after = i + 1
    return quoted


def _trim(tokens: TokenView, start: int, end: int) -> tuple[int, int]:
    """start..end without the spaces around it; empty where it is all spaces."""
    while start < end and tokens.is_space[start]:
        start += 1
    while end > start and tokens.is_space[end - 1]:
        end -= 1
    return start, end


def _is_claim(tokens: TokenView, start: int, end: int) -> bool:
    """A sentence, or a headline with some words in lower case; not a label line
    ("Office of the Spokesperson", "Thomas Pigott, Spokesperson") or a lone name."""
    is_alpha = tokens.is_alpha
    words = [k for k in range(start, end) if is_alpha[k]]
    if not words:
        return False
    last = next((w for w in reversed(tokens.text[start:end]) if w not in TRAILING), None)
    if last in FINAL:
        return len(words) >= 2
    is_lower, lower = tokens.is_lower, tokens.lower
    return len(words) >= MIN_CLAIM_WORDS and any(is_lower[k] and lower[k] not in {"of", "the", "and", "for", "on", "in", "at", "to", "a"} for k in words)


def _negated(tokens: TokenView, cues: list[Span]) -> bool:
    for cue in cues:
        if cue.label_ != "negation":
            continue
        if cue.end < len(tokens) and tokens.lower[cue.end] in {"only", "just", "merely"}:
            continue
        return True
    return False
