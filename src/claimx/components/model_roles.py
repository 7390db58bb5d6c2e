"""Who does what, and whether a sentence narrates or states, from a trained pipeline's dependency parse."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from .base import SPAN_KEYS, LexiconComponent

SUBJECTS_KEY = "claimx_model_subjects"
CLAUSES_KEY = "claimx_model_clauses"
TYPES_KEY = "claimx_model_types"
SUBJECT_DEPS = {"nsubj"}
CLAUSE_DEPS = {"ccomp"}
PRESENT_TAGS = {"VBZ", "VBP"}
PAST_TAG = "VBD"
# the model's time expressions date a narrated happening where claimx's dates find
# none ("in the second half", "the 62nd minute", "last night's attack")
TIME_LABELS = {"DATE", "TIME"}
LONG_SPANS = {"decade", "decades", "century", "centuries"}
BACKGROUND_DEPS = {"relcl", "acl"}  # clauses that modify a noun


class ModelRoles(LexiconComponent):
    """Writes `doc.spans["claimx_model_subjects"]`: for each verb with a nominal subject
    (its own, or that of the verb it is coordinated with: "he said ... and added"),
    the subject's noun phrase without appositions or relative clauses, labelled
    `nsubj`; and `doc.spans["claimx_model_clauses"]`: the clausal complement a verb
    governs ("argues [that the attack was planned]"), labelled `ccomp`. The span id
    is the verb's token index (as a string), so attribution can look a cue up by
    `str(cue.start)`.

    `doc.spans["claimx_model_types"]` holds the sentences whose claim type the parse
    can tell, labelled `assertion` or `event` (see `_type`); attribution takes that
    label unless a cue makes the sentence a recommendation. A Doc without a parse is
    left as it is.
    """

    lexicons = ("cues", "predicates")

    def _build(self) -> None:
        self.reporting = {p for e in self.entries("cues", "report") for p in e.phrases if " " not in p}
        self.recommending = {p for e in self.entries("cues", "recommend") for p in e.phrases}
        self.stative = {p for e in self.entries("predicates", "stative") for p in e.phrases}

    def __call__(self, doc: Doc) -> Doc:
        self._require_initialized()
        if not doc.has_annotation("DEP"):
            return doc
        subjects, clauses = [], []
        for verb in doc:
            if not verb.tag_.startswith("VB"):
                continue
            subject = _subject(verb)
            if subject is not None:
                subjects.append(Span(doc, subject.left_edge.i, subject.i + 1, label="nsubj", span_id=str(verb.i)))
            for child in verb.rights:
                if child.dep_ in CLAUSE_DEPS:
                    clauses.append(Span(doc, child.left_edge.i, child.right_edge.i + 1, label="ccomp", span_id=str(verb.i)))
        doc.spans[SUBJECTS_KEY] = subjects
        doc.spans[CLAUSES_KEY] = clauses
        doc.spans[TYPES_KEY] = self._types(doc)
        return doc

    # -- claim type -----------------------------------------------------------
    def _types(self, doc: Doc) -> list[Span]:
        sentences = [s for s in map(_trim, doc.sents) if s is not None]
        dates = _by_sentence(doc.spans.get(SPAN_KEYS["dates"], []), sentences)
        times = _by_sentence([e for e in doc.ents if _is_time_point(e)], sentences)
        typed = []
        for at, sentence in enumerate(sentences):
            kind = self._type(sentence, dates.get(at, []), times.get(at, []))
            if kind is not None:
                typed.append(Span(doc, sentence.start, sentence.end, label=kind))
        return typed

    def _type(self, sentence: Span, dates: list[Span], times: list[Span]) -> str | None:
        """What the sentence's main predicate says: a state of affairs ('assertion') or a
        happening narrated in the past and dated ('event'); None where the parse cannot
        tell, and the rules decide. A reporting verb's reported clause is the predicate
        ("officials said [the talks had failed]")."""
        verb = self._predicate(sentence)
        if verb is None:
            return None
        # "The ban, introduced in 2018, also hurt sales", "has risen since the army seized
        # power in July 2023": a date in a modifier of a noun or after 'since' is background
        dates = [d for d in dates if not _in_background(d)]
        times = [t for t in times if not _in_background(t)]
        if self._states(verb, dates):
            return "assertion"
        if self._narrates(verb, dates or times):
            return "event"
        return None

    def _predicate(self, sentence: Span) -> Token | None:
        root = next((t for t in sentence if t.dep_ == "ROOT"), None)
        if root is not None and root.lower_ in self.reporting:
            root = next((c for c in root.children if c.dep_ in CLAUSE_DEPS), root)
        return root if root is not None and root.tag_.startswith("VB") else None

    def _states(self, verb: Token, dates: list[Span]) -> bool:
        """A copula with an adjective ('the decision is final'; not 'I am proud to welcome'),
        a stative verb ('the list includes', 'Kosovo became'), or an undated present
        ('the attacks are acts of terror', 'we remain concerned')."""
        if verb.lemma_ == "be":
            adjective = next((c for c in verb.children if c.dep_ == "acomp"), None)
            if adjective is not None and not any(c.dep_ == "xcomp" for c in adjective.children):
                return True
        if verb.tag_ in PRESENT_TAGS | {PAST_TAG} and verb.lemma_.lower() in self.stative:
            return True
        return verb.tag_ in PRESENT_TAGS and not dates

    def _narrates(self, verb: Token, dates: list[Span]) -> bool:
        """A subject doing or undergoing something in the past ('ministers gathered in
        Cairo on Wednesday', 'the databases were found on Wednesday'), dated by something
        more specific than a decade or century, not negated and not a call for action."""
        children = list(verb.children)
        auxiliaries = [c for c in children if c.dep_ in {"aux", "auxpass"}]
        # "were killed", "had ordered"; and a participle heading the clause with a subject
        # but no auxiliary is a past tense the tagger missed ("ministers gathered")
        past = verb.tag_ == PAST_TAG or verb.tag_ == "VBN" and (
            any(a.tag_ == PAST_TAG for a in auxiliaries) or not auxiliaries and any(c.dep_ == "nsubj" for c in children)
        )
        if not past or not dates or verb.lemma_.lower() in self.stative | {"have", "be"}:
            return False
        if any(d._.claimx_value is not None and len(d._.claimx_value) < 4 for d in dates):
            return False  # "in the 1990s", "by the end of the 19th century": background
        if any(c.dep_ == "neg" for c in children) or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children):
            return False
        following = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
        return verb.lower_ not in self.recommending and f"{verb.lower_} {following}" not in self.recommending


def _subject(verb: Token) -> Token | None:
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in {"WP", "WDT", "EX"}]
    if own:
        return own[0]
    if verb.dep_ == "conj" and verb.head.tag_.startswith("VB") and verb.head.i < verb.i:
        return _subject(verb.head)
    return None


def _in_background(span: Span) -> bool:
    """A date or time in a relative clause or a participle after a noun, or after 'since',
    up the parse from it to the sentence's root."""
    token = span.root
    while token.head.i != token.i:
        if token.dep_ in BACKGROUND_DEPS or token.lower_ == "since" or any(c.lower_ == "since" and c.dep_ == "mark" for c in token.children):
            return True
        token = token.head
    return False


def _by_sentence(spans: list[Span], sentences: list[Span]) -> dict[int, list[Span]]:
    """The spans inside each sentence, by the sentence's position in `sentences`."""
    starts = [s.start for s in sentences]
    inside: dict[int, list[Span]] = {}
    for span in spans:
        at = bisect_right(starts, span.start) - 1
        if at >= 0 and span.end <= sentences[at].end:
            inside.setdefault(at, []).append(span)
    return inside


def _is_time_point(ent: Span) -> bool:
    """A model DATE or TIME entity that places a happening in time ("the 62nd minute",
    "last night"): not an age or a bare number ("He was 95"), not a span of decades or
    centuries, and not a time that names a thing ("That year's flu")."""
    doc = ent.doc
    possessive = ent[-1].lower_ in {"'s", "’s"} or ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s"}
    return (
        ent.label_ in TIME_LABELS
        and any(t.is_alpha for t in ent)
        and not any(t.lower_ in LONG_SPANS for t in ent)
        and not possessive
    )


def _trim(sentence: Span) -> Span | None:
    """The sentence without leading and trailing whitespace tokens, as attribution sees it."""
    start, end = sentence.start, sentence.end
    while start < end and sentence.doc[start].is_space:
        start += 1
    while end > start and sentence.doc[end - 1].is_space:
        end -= 1
    return sentence.doc[start:end] if end > start else None
