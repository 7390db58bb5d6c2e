"""Build claimx's default pipeline (blank English + claimx components), or load a saved one."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import factories
from .errors import ClaimxError

# Order matters: each component reads what the ones before it wrote.
COMPONENTS = (
    "claimx_segmenter",
    "claimx_gazetteer",
    "claimx_names",
    "claimx_dates",
    "claimx_entities",
    "claimx_events",
    "claimx_attribution",
)
GAZETTEER_CONFIG = {"spans_key": "claimx_gazetteer", "phrase_matcher_attr": "ORTH", "validate": False}


def build(base: Language | None = None) -> Language:
    """claimx's components added to `base` (default: blank English) and initialised.

    A trained pipeline given as `base` keeps its own components and weights; its
    parser's sentence boundaries give way to claimx's segmenter.
    """
    nlp = base if base is not None else spacy.blank("en")
    for name in COMPONENTS:
        if name in nlp.pipe_names:
            raise ClaimxError(f"the pipeline already has a component named '{name}'")
        if name == "claimx_gazetteer":
            nlp.add_pipe("span_ruler", name=name, config=GAZETTEER_CONFIG)
        elif name == "claimx_segmenter" and "parser" in nlp.pipe_names:
            nlp.add_pipe(name, before="parser")
        else:
            nlp.add_pipe(name)
    for name in COMPONENTS:
        component = nlp.get_pipe(name)
        if name == "claimx_gazetteer":
            component.initialize(lambda: [], nlp=nlp, patterns=factories.gazetteer_patterns())
        elif hasattr(component, "initialize"):
            component.initialize(lambda: [], nlp=nlp)
    return nlp


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
        raise ClaimxError(
            f"cannot find the spaCy pipeline '{model}': install it "
            f"(for example `python -m spacy download en_core_web_sm`) or pass a path to a saved pipeline"
        ) from None
    if "claimx_attribution" in nlp.pipe_names:
        return nlp
    return build(nlp)

