"""Shared fixtures: the claimx pipeline is built once per session (blank English + rules)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import claimx
from claimx.batch import extract_text
from claimx.components.base import SPAN_KEYS
from claimx.io import Document, decode

REPO = Path(__file__).resolve().parents[1]
MARKUP = re.compile(r"\[([^\[\]]+)\]\(([^()]*)\)")


@pytest.fixture(scope="session")
def nlp():
    """The default claimx pipeline, built once."""
    return claimx.load()


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def annotate(nlp):
    """text (and an optional ISO publication date) -> the processed Doc."""

    def run(text: str, date: str | None = None):
        doc = nlp.make_doc(text)
        doc._.claimx_date = date
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def extract(nlp):
    """text -> claim records, with the session pipeline."""

    def run(text: str, date: str | None = None, doc_id: str = "t"):
        return extract_text(nlp, text, doc_id=doc_id, date=date)

    return run


@pytest.fixture(scope="session")
def group():
    """(doc, 'actors') -> [(text, label, id)] of that claimx span group."""

    def spans(doc, key: str) -> list[tuple[str, str, str]]:
        return [(s.text, s.label_, s.id_) for s in doc.spans.get(SPAN_KEYS[key], [])]

    return spans


@pytest.fixture(scope="session")
def markup():
    """Inline-tagged text -> (plain text, [(start, end, text, tag)]).

    "Police patrolled [northern Kosovo](place:Kosovo)." gives the plain sentence and
    one mention at the offsets of "northern Kosovo" tagged "place:Kosovo".
    """

    def parse(tagged: str) -> tuple[str, list[tuple[int, int, str, str]]]:
        plain, mentions, last = [], [], 0
        length = 0
        for match in MARKUP.finditer(tagged):
            before = tagged[last : match.start()]
            plain.append(before)
            length += len(before)
            inner = match.group(1)
            mentions.append((length, length + len(inner), inner, match.group(2)))
            plain.append(inner)
            length += len(inner)
            last = match.end()
        plain.append(tagged[last:])
        return "".join(plain), mentions

    return parse


def claim_containing(claims, fragment: str):
    """The one claim whose text contains `fragment`."""
    found = [c for c in claims if fragment in c.text]
    assert len(found) == 1, f"expected one claim containing {fragment!r}, got {[c.text for c in claims]}"
    return found[0]


@pytest.fixture(scope="session")
def claim_with():
    return claim_containing


@pytest.fixture(scope="session")
def seed(nlp, repo):
    """The seed article as a Document with its claims."""
    path = repo / "data" / "raw" / "seed_kosovo_report.txt"
    document = Document(id="seed_kosovo_report", text=decode(path.read_bytes(), str(path)))
    return document, extract_text(nlp, document.text, doc_id=document.id)
