"""Read and validate claimx's packaged data files (JSONL, one entry per line)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ResourceError
from .schemas import LexiconEntry, NamedEntry, PlaceEntry, StateEntry, TownEntry

T = TypeVar("T", bound=BaseModel)

GAZETTEERS = {
    "states": StateEntry,
    "organizations": NamedEntry,
    "bodies": NamedEntry,
    "people": NamedEntry,
    "companies": NamedEntry,
    "places": PlaceEntry,
    "towns": TownEntry,
}


def resource_path(name: str) -> Path:
    """Path of a packaged resource file, e.g. `resource_path("cues.jsonl")`."""
    return Path(str(importlib_resources.files("claimx") / "resources" / name))


def parse_lines(lines: Iterable[str], model: type[T], where: str) -> list[T]:
    """Validate JSONL lines against `model`; the error names `where:line field: problem`."""
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entries.append(model.model_validate(json.loads(line)))
        except json.JSONDecodeError as err:
            raise ResourceError(f"{where}:{number} invalid JSON: {err.msg}") from None
        except ValidationError as err:
            first = err.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "(line)"
            raise ResourceError(f"{where}:{number} {field}: {first['msg']}") from None
    counts = Counter(getattr(e, "id", None) for e in entries)
    duplicates = sorted(i for i, n in counts.items() if n > 1)
    if duplicates:
        raise ResourceError(f"{where}: duplicate id(s) {', '.join(duplicates[:5])}")
    return entries


def read_jsonl(path: Path, model: type[T]) -> list[T]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ResourceError(f"{path}: cannot read ({err.strerror})") from None
    return parse_lines(text.splitlines(), model, str(path))


@cache
def lexicon(name: str) -> tuple[LexiconEntry, ...]:
    """A packaged lexicon (`cues`, `titles`, `events`, ...) as validated entries."""
    return tuple(read_jsonl(resource_path(f"{name}.jsonl"), LexiconEntry))


@cache
def gazetteer(name: str) -> tuple[BaseModel, ...]:
    """A packaged gazetteer: `states`, `organizations`, `bodies`, `people`, `companies`, `places` or `towns`."""
    return tuple(read_jsonl(resource_path(f"{name}.jsonl"), GAZETTEERS[name]))


def gazetteer_patterns() -> list[dict[str, str]]:
    """span_ruler phrase patterns for every gazetteer alias.

    The label says what kind of mention it is (`state`, `ambiguous_state`, `demonym`,
    `capital`, `government`, `organization`, `group`, `person`, `place`); the pattern id is the
    canonical name the mention resolves to.
    """
    patterns: dict[tuple[str, str], dict[str, str]] = {}

    def add(label: str, phrase: str, name: str) -> None:
        # with either apostrophe: "al-Qa'ida" is also "al-Qa’ida", "People’s" also "People's"
        for form in {phrase, phrase.replace("'", "’"), phrase.replace("’", "'")}:
            patterns.setdefault((form, label), {"label": label, "pattern": form, "id": name})

    for state in gazetteer("states"):
        for alias in state.aliases:
            # a one-word name that is also a common word or given name ("Chad", "Turkey"); not
            # an acronym, a hyphenated or accented form ("DRC", "Congo-Kinshasa", "Türkiye")
            ambiguous = state.ambiguous and alias.isascii() and alias.isalpha() and alias.istitle()
            add("ambiguous_state" if ambiguous else "state", alias, state.name)
        for demonym in state.demonyms:
            add("demonym", demonym, state.name)
        for capital in state.capitals:
            add("capital", capital, state.name)
    for name in ("organizations", "bodies", "people", "companies"):
        for entry in gazetteer(name):
            label = "government" if entry.kind == "state" else entry.kind
            for alias in entry.aliases:
                add(label, alias, entry.name)
    for place in gazetteer("places"):
        for alias in place.aliases:
            add("place", alias, place.name)
    return list(patterns.values())


def gazetteer_caps_patterns() -> list[dict[str, str]]:
    """The gazetteer patterns of two words or more, for a matcher on lowercased tokens
    that finds them in capitals ("MINISTRY OF THE INTERIOR OF CUBA"). One-word names
    stay case-sensitive: "US" is not "us", "WHO" not "who"."""
    return [p for p in gazetteer_patterns() if " " in p["pattern"]]
