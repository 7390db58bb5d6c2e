"""Every spaCy registration claimx makes, and nothing else.

The factories are also declared as `spacy_factories` entry points (pyproject.toml),
so `spacy.load()` of a saved claimx pipeline works without importing claimx first.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from . import resources
from .components.attribution import Attribution
from .components.dates import DateFinder
from .components.entities import EntityResolver
from .components.events import EventFinder
from .components.model_entities import ModelEntities
from .components.model_roles import ModelRoles
from .components.names import NameFinder
from .components.segmenter import Segmenter


@Language.factory("claimx_segmenter")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(nlp, name)


@Language.factory("claimx_names")
def make_names(nlp: Language, name: str) -> NameFinder:
    return NameFinder(nlp, name)


@Language.factory("claimx_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp, name)


@Language.factory("claimx_entities")
def make_entities(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver(nlp, name)


@Language.factory("claimx_model_entities")
def make_model_entities(nlp: Language, name: str) -> ModelEntities:
    return ModelEntities(nlp, name)


@Language.factory("claimx_model_roles")
def make_model_roles(nlp: Language, name: str) -> ModelRoles:
    return ModelRoles(nlp, name)


@Language.factory("claimx_events")
def make_events(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp, name)


@Language.factory("claimx_attribution")
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution(nlp, name)


@spacy.registry.misc("claimx.gazetteer_patterns.v1")
def gazetteer_patterns() -> list[dict[str, str]]:
    """The packaged gazetteers as span_ruler patterns (for `[initialize.components]`)."""
    return resources.gazetteer_patterns()


@spacy.registry.misc("claimx.gazetteer_caps_patterns.v1")
def gazetteer_caps_patterns() -> list[dict[str, str]]:
    """The packaged gazetteers' names of two words or more, for `claimx_gazetteer_caps`."""
    return resources.gazetteer_caps_patterns()
