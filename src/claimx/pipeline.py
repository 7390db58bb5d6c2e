"""Build claimx's default pipeline (blank English + claimx components), or load a saved one."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.attrs import ORTH
from spacy.util import compile_infix_regex

from . import factories, resources
from .errors import ClaimxError

# Order matters: each component reads what the ones before it wrote.
COMPONENTS = (
    "claimx_segmenter",
    "claimx_gazetteer",
    "claimx_gazetteer_caps",
    "claimx_names",
    "claimx_dates",
    "claimx_entities",
    "claimx_events",
    "claimx_attribution",
)
# Stock span_rulers fed by the gazetteers: case-sensitive, and on lowercased tokens for
# names printed in capitals (claimx_entities keeps those hits only where every word
# is in capitals).
SPAN_RULERS = {
    "claimx_gazetteer": ({"spans_key": "claimx_gazetteer", "phrase_matcher_attr": "ORTH", "validate": False}, factories.gazetteer_patterns),
    "claimx_gazetteer_caps": ({"spans_key": "claimx_gazetteer_caps", "phrase_matcher_attr": "LOWER", "validate": False}, factories.gazetteer_caps_patterns),
}
# a hyphen after an abbreviation's full stop: "U.S.-Saudi", "U.K.-EU", "U.S.-backed"
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-–—](?=[A-Za-z])"
# Added, right before claimx_entities, only when the base pipeline has the trained
# component each one reads.
MODEL_COMPONENTS = {"claimx_model_entities": "ner", "claimx_model_roles": "parser"}


def component_names(nlp: Language) -> list[str]:
    """claimx's components for `nlp`, in order: the model ones only where it has an `ner` / `parser`."""
    names = list(COMPONENTS)
    at = names.index("claimx_entities")
    names[at:at] = [name for name, needs in MODEL_COMPONENTS.items() if needs in nlp.pipe_names]
    return names


def build(base: Language | None = None) -> Language:
    """claimx's components added to `base` (default: blank English) and initialised.

    A trained pipeline given as `base` keeps its own components and weights; its
    parser's sentence boundaries give way to claimx's segmenter (added before the
    parser, which keeps the boundaries it finds set), and its `ner` and parse feed
    `claimx_model_entities` and `claimx_model_roles`.
    """
    nlp = base if base is not None else spacy.blank("en")
    _split_after_abbreviations(nlp)
    _keep_title_abbreviations(nlp)
    names = component_names(nlp)
    for name in names:
        if name in nlp.pipe_names:
            raise ClaimxError(f"the pipeline already has a component named '{name}'")
        if name in SPAN_RULERS:
            nlp.add_pipe("span_ruler", name=name, config=SPAN_RULERS[name][0])
        elif name == "claimx_segmenter" and "parser" in nlp.pipe_names:
            nlp.add_pipe(name, before="parser")
        else:
            nlp.add_pipe(name)
    for name in names:
        component = nlp.get_pipe(name)
        if name in SPAN_RULERS:
            # the phrase patterns match on ORTH or LOWER, so the tokenizer alone makes their
            # docs: the components before the ruler would only slow loading
            with nlp.select_pipes(enable=[name]):
                component.initialize(lambda: [], nlp=nlp, patterns=SPAN_RULERS[name][1]())
        elif hasattr(component, "initialize"):
            component.initialize(lambda: [], nlp=nlp)
    return _with_empty_tokenizer_cache(nlp)


def load(model: str | Path | None = None) -> Language:
    """The claimx pipeline.

    `model` may be None (rules on blank English), the name or path of an installed
    trained spaCy pipeline (claimx's components are added on top), or the path of a
    saved claimx pipeline (loaded as it is).
    """
    if model is None:
        return build()
    try:
        nlp = spacy.load(model)
    except OSError:
        if Path(model).name == str(model):  # a package name: say which one to install
            install = f"`python -m spacy download {model}` or `pip install {str(model).replace('_', '-')}`"
        else:
            install = "for example `python -m spacy download en_core_web_sm`"
        raise ClaimxError(
            f"cannot find the spaCy pipeline '{model}': install it ({install}) or pass a path to a saved pipeline"
        ) from None
    if "claimx_attribution" in nlp.pipe_names:
        return _with_empty_tokenizer_cache(nlp)
    return build(nlp)


def _split_after_abbreviations(nlp: Language) -> None:
    """Split a hyphen after an abbreviation's full stop, as spaCy splits one between
    letters: 'U.S.-Saudi' is 'U.S.', '-', 'Saudi' as 'US-Saudi' is 'US', '-', 'Saudi'.
    The pipeline's own infix rules (a trained base's too) are kept."""
    current = nlp.tokenizer.infix_finditer
    infixes = [current.__self__.pattern] if current is not None else list(nlp.Defaults.infixes)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, ABBREVIATION_HYPHEN]).finditer


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep each abbreviated title of titles.jsonl one token with its full stop, as
    spaCy keeps "Dr." and "Gen.": "Col. Amadou Diallo said" is no sentence end after
    "Col" (spaCy's English exceptions lack "Col.", "Brig.", "Lt.", "Sgt.", ...)."""
    for entry in resources.lexicon("titles"):
        for word in (w for p in entry.phrases for w in p.split()):
            if word.endswith(".") and word.count(".") == 1 and len(word) > 2:
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _with_empty_tokenizer_cache(nlp: Language) -> Language:
    """`nlp` with its tokenizer's cache emptied.

    The tokenizer caches at most `max_cache_size` (10,000) whitespace-separated chunks,
    and tokenizing the lexicon and gazetteer phrases fills it: with no room left, every
    word of every article would go through the prefix, suffix and infix rules again
    (5 times slower). Setting the rules anew is the tokenizer's public way to empty it.
    """
    nlp.tokenizer.rules = nlp.tokenizer.rules
    return nlp

