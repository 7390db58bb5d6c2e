"""claimx: typed claim records (who claims what, about whom, where and when) from news and policy texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from spacy.language import Language

    from .records import Claim

_default = None


def load(model: str | None = None) -> "Language":
    """The claimx spaCy pipeline: rules on blank English, or on top of `model`."""
    from .pipeline import load as load_pipeline

    return load_pipeline(model)


def extract(text: str, doc_id: str = "doc", date: str | None = None, nlp: "Language | None" = None) -> "list[Claim]":
    """Claim records of one text. `date` (ISO 8601) anchors relative dates like "last week"."""
    from .batch import extract_text

    global _default
    if nlp is None:
        if _default is None:
            _default = load()
        nlp = _default
    return extract_text(nlp, text, doc_id=doc_id, date=date)


__all__ = ["__version__", "extract", "load"]
