"""Entities of a trained pipeline's `ner` that no gazetteer holds, added where claimx_entities reads names."""

from __future__ import annotations

from pathlib import Path

import srsly
from spacy.tokens import Doc, Span

from .. import resources
from .base import SPAN_KEYS, LexiconComponent
from .entities import in_a_work
from .names import PARTICLES, is_camel_case, organisation_name, title_case
from .tokens import CONNECTORS, NOT_NAMES, fold, view

MODEL_KEY = "claimx_model_entities"
INHABITANT_ENDINGS = ("ers", "er")  # "Hong Kongers", "Londoner"
# the model's label -> the claimx label it becomes (GPE, LOC and FAC only where the context locates)
LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "demonym", "GPE": "place", "LOC": "place", "FAC": "place"}
PROPER_TAGS = {"NNP", "NNPS"}
LEADING = {"the", "a", "an"}
TRAILING = {"'s", "’s", "'", "’"}
INNER = CONNECTORS | PARTICLES | {"-", "&", "."}
# a person or organisation right after one of these is a place the model mislabelled ("in Ghazni")
STRICT_LOCATIVES = {"in", "near", "inside", "outside", "across", "throughout"}
# gazetteer labels a person or organisation may contain ("Kobe Bryant", "Kosovo Police")
CONTAINABLE = {
    "person": {"place", "ambiguous_state"},
    "organization": {"place", "ambiguous_state", "state", "capital", "demonym"},
    "place": {"place", "ambiguous_state", "capital"},  # "Baghdad International Airport", "Blue Nile"
}
# a one-word acronym counts only where it acts or owns ("KCNA said", "NPR reported", "ESPN's")
ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
# shorter capitals are mostly common abbreviations ("ID", "TV", "AI"); the gazetteers hold "UN", "EU"
MIN_ACRONYM_LETTERS = 3
# a one-word organisation that modifies a noun names a thing ("the EastMed pipeline", "the Boeing 737")
MODIFIER_DEPS = {"compound", "nmod", "amod"}
# the lemmatizer's word lists: a one-word name that is also one of these is a common word ("State", "Parliament")
WORD_CLASSES = ("noun", "verb", "adj", "adv")


class ModelEntities(LexiconComponent):
    """Adds the trained `ner`'s PERSON, ORG, GPE, LOC, FAC and NORP mentions to
    `doc.spans["claimx_names"]`, which claimx_entities resolves; the added spans are
    also in `doc.spans["claimx_model_entities"]`.

    Gazetteer canonical names win: a mention that a gazetteer span covers or crosses
    is dropped; a person or organisation may only contain whole gazetteer spans
    ("Los Angeles Lakers", "Kosovo Police"). A GPE, LOC or FAC becomes a place only
    where the context locates it, as a gazetteer state does ("in Calabasas"), and is
    dropped otherwise; a NORP counts only as a gazetteer demonym ("SERBIAN" -> Serbia).
    For precision, mentions in headlines, with a word the tagger does not call a proper
    noun, single-word people and single common words ("State", "Parliament") are dropped;
    a single word that begins a longer organisation in the text resolves to it
    ("Ford" -> "Ford Motor Company"). Rules-only pipelines never run this component.
    """

    lexicons = ("context", "titles", "document_heads")

    def __init__(self, nlp, name: str) -> None:
        super().__init__(nlp, name)
        self.demonyms: dict[str, str] = {}
        self._common: set[str] | None = None

    def initialize(self, get_examples=None, *, nlp=None, data=None, demonyms: dict[str, str] | None = None) -> None:
        """The context lexicon as claimx_entities has it; demonyms ({demonym: state}) from the states gazetteer."""
        if demonyms is None:
            demonyms = {d: state.name for state in resources.gazetteer("states") for d in state.demonyms}
        self.demonyms = {fold(k): v for k, v in demonyms.items()}
        super().initialize(get_examples, nlp=nlp, data=data)

    def to_disk(self, path, *, exclude=()) -> None:
        super().to_disk(path, exclude=exclude)
        srsly.write_json(Path(path) / "demonyms.json", self.demonyms)

    def from_disk(self, path, *, exclude=()):
        super().from_disk(path, exclude=exclude)
        self.demonyms = srsly.read_json(Path(path) / "demonyms.json")
        return self

    def _build(self) -> None:
        self.locative = self.phrase_matcher(self.entries("context", "locative"))
        self.directions = {p for e in self.entries("context", "direction") for p in e.phrases}
        self.place_nouns = {p for e in self.entries("context", "place_noun") for p in e.phrases}
        self.government_nouns = {p for e in self.entries("context", "government_noun") for p in e.phrases}
        self.titles = {fold(p) for e in self.entries("titles") for p in e.phrases}
        # last words of names the model calls ORG that name documents and programmes, not parties
        self.document_heads = {p for e in self.entries("document_heads") for p in e.phrases}

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        if not doc.has_annotation("ENT_IOB"):
            return doc
        gazetteer = list(doc.spans.get(SPAN_KEYS["gazetteer"], []))
        names = list(doc.spans.get(SPAN_KEYS["names"], []))
        # a headline and a paragraph's label in title case, where the NER reads names from case
        headline = {i for key in ("headlines", "labels") for s in doc.spans.get(SPAN_KEYS[key], []) for i in range(s.start, s.end)}
        locative_ends = {end for _, _, end in self.locative(doc)}
        candidates = []
        for ent in doc.ents:
            label = LABELS.get(ent.label_)
            span = _trim(ent) if label is not None else None
            if span is None or headline.intersection(range(span.start, span.end)):
                continue
            found = self._candidate(doc, span, label, gazetteer, locative_ends)
            if found is not None:
                candidates.append(found)
        places = {fold(s.text) for s in gazetteer + candidates if s.label_ in {"place", "capital", "state"}}
        # a place's name, or its people's ("Hong Kongers", "New Yorkers"), is no person's or body's
        candidates = [s for s in candidates if s.label_ not in {"person", "organization"} or not {fold(s.text), _place_of_people(fold(s.text))} & places]
        # a one-word name that is part of a person's full name is that person's surname,
        # which claimx_entities resolves ("Rosselló" after "Ricardo Rosselló Nevares")
        full_names = {t.text for s in gazetteer + names + candidates if s.label_ == "person" and len(s) > 1 for t in s}
        candidates = [s for s in candidates if not (len(s) == 1 and s.text in full_names and s.label_ != "person")]
        added = self._resolve_short_orgs(doc, candidates, names)
        # a located place the model found replaces the names inside it ("from the Kennedy Space Center")
        places = [s for s in added if s.label_ == "place"]
        names = [n for n in names if not any(p.start <= n.start and n.end <= p.end for p in places)]
        taken = {i for s in names for i in range(s.start, s.end)}
        added = [s for s in added if taken.isdisjoint(range(s.start, s.end))]
        doc.spans[MODEL_KEY] = sorted(added, key=lambda s: (s.start, s.end))
        doc.spans[SPAN_KEYS["names"]] = sorted(names + added, key=lambda s: (s.start, s.end))
        return doc

    def _candidate(self, doc: Doc, span: Span, label: str, gazetteer: list[Span], locative_ends: set[int]) -> Span | None:
        overlapping = [s for s in gazetteer if s.start < span.end and span.start < s.end]
        if label == "demonym":
            state = self.demonyms.get(fold(span.text)) or self.demonyms.get(fold(span.text.rstrip("s")))
            return None if overlapping or state is None else Span(doc, span.start, span.end, label="demonym", span_id=state)
        while label in {"person", "organization"} and len(span) > 1 and fold(span[0].text) in self.titles:
            span, label = span[1:], "person"  # "Superintendent Graciano Mijares": a title opens a person's name
        if not _proper(span) or fold(span.text) in self.titles or fold(span[-1].text) in self.titles:
            return None
        if label == "person" and len(span) == 1 and is_camel_case(span.text):
            label = "organization"  # "SpaceX"
        if in_a_work(view(doc).lower, span.start):
            return None  # "published in Nature Sustainability", "participation in Project MKUltra"
        if label != "place" and (self._placed(doc, span) or self._listed_after_locative(doc, span, locative_ends) or span[-1].lower_ in self.place_nouns):
            label = "place"  # "in Ghazni", "the towns of Beni, Butembo and Katwa", "Vandenberg Space Force Base"
        if label == "organization" and (span[-1].text in self.document_heads or any(c.isdigit() for c in span.text)):
            return None
        if label == "organization" and len(span) > 2 and span[0].text.isupper() and span[1].lower_ == "of":
            return None  # "the EEZ of Cyprus", "the GDP of China": an abbreviated common noun
        if label == "place" and not any(c.islower() for c in span.text):
            return None  # "E.O.", "MD": abbreviations, not places
        if overlapping and not self._may_contain(span, label, overlapping):
            return None  # the gazetteer's canonical name wins
        if label == "place" and overlapping:
            rest = [t for t in span if not any(s.start <= t.i < s.end for s in overlapping)]
            if all(t.lower_ in self.place_nouns for t in rest):
                return None  # "Hubei Province" stays the gazetteer's "Hubei"
        if label == "place" and len(span) == 1 and not self._uncommon(span, overlapping):
            return None  # "the North", "Earth"
        if label != "place" and len(span) > 1 and not self._uncommon(span, overlapping):
            return None  # "Comprehensive Plan", "International Space Station": words, not a name
        if label == "place":
            if not self._locates(doc, span, locative_ends):
                return None
            return Span(doc, span.start, span.end, label="place", span_id=span.text)
        if len(span) == 1 and label == "person":
            return None  # surnames resolve through the full name in claimx_entities
        name = title_case(span.text) if label == "person" else organisation_name(span.text) if label == "organization" else span.text
        return Span(doc, span.start, span.end, label=label, span_id=name)

    def _locates(self, doc: Doc, span: Span, locative_ends: set[int]) -> bool:
        """As claimx_entities decides for a state: '(the) (northern) X' after a locative
        ('in', 'across', 'near'), not 'X's' or 'X government'."""
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.lower_ in {"'s", "’s"} or after.lower_ in self.government_nouns):
            return False
        start = span.start
        while start > 0 and doc[start - 1].lower_ in self.directions:
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        if start in locative_ends or self._placed(doc, span):
            return True
        return self._listed_after_locative(doc, doc[start : span.end], locative_ends)

    def _listed_after_locative(self, doc: Doc, span: Span, locative_ends: set[int]) -> bool:
        """A coordination chain back to a locative: 'in Jizan, Najran, and Dhahran', 'the
        districts of Kalbajar, Lachin and Zangilan'."""
        i = span.start - 1
        while i >= 0 and doc[i].text in {",", "and", "or", "&"}:
            i -= 1
            while i >= 0 and doc[i].text[:1].isupper() and doc[i].is_alpha:
                i -= 1
            if i + 1 in locative_ends or i + 1 < span.start and self._placed(doc, doc[i + 1 : i + 2]):
                return True
        return False

    def _placed(self, doc: Doc, span: Span) -> bool:
        """A person or organisation the context places: 'in Ghazni', 'the town of Yeoncheon'."""
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in STRICT_LOCATIVES:
            return True
        return before is not None and before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in self.place_nouns

    @staticmethod
    def _may_contain(span: Span, label: str, overlapping: list[Span]) -> bool:
        """Whole gazetteer mentions of a containable kind, first or after 'of' and not
        coordinated ("Kosovo Police", "Revolutionary Armed Forces of Cuba"; not "Crete and Cyprus")."""
        doc = span.doc
        for inner in overlapping:
            if inner.start < span.start or inner.end > span.end or len(inner) == len(span):
                return False
            if inner.label_ not in CONTAINABLE.get(label, set()):
                return False
            if label != "place" and inner.start > span.start and doc[inner.start - 1].lower_ not in {"of", "for"}:
                return False
            beside = {doc[i].lower_ for i in (inner.start - 1, inner.end) if span.start <= i < span.end}
            if beside & {"and", "&", "or", ","}:
                return False
        return True

    def _uncommon(self, span: Span, overlapping: list[Span]) -> bool:
        """Whether some word of the name is no common word (a gazetteer name counts as uncommon)."""
        known = {i for s in overlapping for i in range(s.start, s.end)}
        return any(
            t.i in known or (t.is_alpha and not self._is_common(t)) or not t.is_alpha and any(c.isalpha() for c in t.text)
            for t in span
            if t.lower_ not in INNER
        )

    def _resolve_short_orgs(self, doc: Doc, candidates: list[Span], names: list[Span]) -> list[Span]:
        """A one-word organisation stays only as an acronym, an uncommon word, or the
        first word of a longer organisation in the text, whose name it takes; a longer
        one that ends another organisation's name takes that name ('Namse Bangdzod' after
        'MV Namse Bangdzod')."""
        longer, ends, surnames = {}, {}, set()
        for span in sorted(candidates + names, key=lambda s: -len(s)):
            if span.label_ == "organization" and len(span) > 1:
                longer.setdefault(span[0].text, span.id_)
                if len(span) > 2:
                    ends.setdefault(span[1:].text, span.id_)
            elif span.label_ == "person" and len(span) > 1:
                surnames.add(fold(span[-1].text))
        kept = []
        for span in candidates:
            if len(span) > 1 and span.label_ == "organization" and span.text in ends:
                kept.append(Span(doc, span.start, span.end, label=span.label_, span_id=ends[span.text]))
            elif len(span) > 1 or span.label_ != "organization":
                kept.append(span)
            elif fold(span.text) in surnames:
                continue  # claimx_entities resolves a surname to the person ("Hotak", "RUGOVA")
            elif span.text in longer:
                kept.append(Span(doc, span.start, span.end, label=span.label_, span_id=longer[span.text]))
            elif span[0].dep_ in MODIFIER_DEPS:
                continue
            elif span.text.isupper() and len(span.text) >= MIN_ACRONYM_LETTERS:
                if span[0].dep_ in ACTING_DEPS:
                    kept.append(span)
            elif not self._is_common(span[0]):
                kept.append(span)
        return kept

    def _is_common(self, token) -> bool:
        common = self._common_words(token.doc)
        lower = token.lower_
        return lower in common or token.lemma_.lower() in common or lower.endswith("s") and lower[:-1] in common

    def _common_words(self, doc: Doc) -> set[str]:
        """Words of the trained lemmatizer's lists, else the words written in lower case in `doc`."""
        if self._common is None:
            self._common = set()
            for _, component in self.nlp.pipeline:
                table = getattr(component, "lookups", None)
                if table is not None and table.has_table("lemma_index"):
                    index = table.get_table("lemma_index")
                    self._common = {w for cls in WORD_CLASSES for w in index.get(cls, [])}
                    break
        return self._common or {t.lower_ for t in doc if t.is_lower}


def _trim(ent: Span) -> Span | None:
    """The mention without a leading article or a trailing possessive or punctuation."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in LEADING:
        start += 1
    while end > start and (doc[end - 1].lower_ in TRAILING or doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in CONNECTORS):
        end -= 1
    return doc[start:end] if end > start else None


def _place_of_people(name: str) -> str:
    """'hong kongers' -> 'hong kong': the place a people's name in -er(s) is made from."""
    for ending in INHABITANT_ENDINGS:
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


def _proper(span: Span) -> bool:
    """Every word a capitalised proper noun (connectors such as 'of' aside)."""
    for token in span:
        if token.lower_ in INNER and token.i not in (span.start, span.end - 1):
            continue
        if not (token.text[:1].isupper() and token.tag_ in PROPER_TAGS and token.text not in NOT_NAMES):
            return False
    return True
