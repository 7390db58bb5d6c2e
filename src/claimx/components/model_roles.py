"""Who does what, from a trained pipeline's dependency parse: each verb's subject and the clause it governs."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

SUBJECTS_KEY = "claimx_model_subjects"
CLAUSES_KEY = "claimx_model_clauses"
SUBJECT_DEPS = {"nsubj"}
CLAUSE_DEPS = {"ccomp"}


class ModelRoles:
    """Writes `doc.spans["claimx_model_subjects"]`: for each verb with a nominal subject
    (its own, or that of the verb it is coordinated with: "he said ... and added"),
    the subject's noun phrase without appositions or relative clauses, labelled
    `nsubj`; and `doc.spans["claimx_model_clauses"]`: the clausal complement a verb
    governs ("argues [that the attack was planned]"), labelled `ccomp`. The span id
    is the verb's token index (as a string), so attribution can look a cue up by
    `str(cue.start)`. A Doc without a parse is left as it is.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
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
        return doc


def _subject(verb: Token) -> Token | None:
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in {"WP", "WDT", "EX"}]
    if own:
        return own[0]
    if verb.dep_ == "conj" and verb.head.tag_.startswith("VB") and verb.head.i < verb.i:
        return _subject(verb.head)
    return None
