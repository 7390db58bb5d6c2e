"""Run the pipeline over documents and turn each into claim records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .components.base import register_extensions
from .convert import claims_from_doc
from .io import Document
from .records import Claim

# Long texts are cut at paragraph breaks into pieces of at most this many characters.
CHUNK_CHARS = 200_000


def chunks(text: str, size: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering `text` in pieces of at most `size` (default CHUNK_CHARS)
    characters, cut after a blank line, a line break or a space where possible."""
    size = size or CHUNK_CHARS
    if not text:
        yield 0, text
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


def _shift(claim: Claim, offset: int, doc_id: str) -> Claim:
    if offset == 0:
        return claim

    def move(value):
        if isinstance(value, dict):
            if set(value) == {"start", "end"}:
                return {"start": value["start"] + offset, "end": value["end"] + offset}
            return {k: move(v) for k, v in value.items()}
        if isinstance(value, list):
            return [move(v) for v in value]
        return value

    data = move(claim.model_dump())
    data["id"] = f"{doc_id}:{data['span']['start']}-{data['span']['end']}"
    return Claim.model_validate(data)


def _make_doc(nlp: Language, text: str, date: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.claimx_date = date
    return doc


def process(
    nlp: Language, documents: Iterable[Document], batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Document, list[Claim]]]:
    """(document, its claims) for each document, in input order, streaming."""
    register_extensions()
    pieces = (
        (_make_doc(nlp, piece, document.date), (document, offset, last))
        for document in documents
        for offset, piece, last in _with_last(chunks(document.text))
    )
    pending: list[Claim] = []
    for doc, (document, offset, last) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process):
        pending += [_shift(c, offset, document.id) for c in claims_from_doc(doc, document.id)]
        if last:
            yield document, pending
            pending = []


def _with_last(items: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str, bool]]:
    items = list(items)
    for index, (offset, piece) in enumerate(items):
        yield offset, piece, index == len(items) - 1


def extract_text(nlp: Language, text: str, doc_id: str = "doc", date: str | None = None) -> list[Claim]:
    """Claim records of one text."""
    return next(process(nlp, [Document(id=doc_id, text=text, date=date)]))[1]
