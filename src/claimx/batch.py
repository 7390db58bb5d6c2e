"""Run the pipeline over documents and turn each into claim records, in one process or several."""

from __future__ import annotations

import gc
import multiprocessing
import signal
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from spacy.language import Language
from spacy.tokens import Doc

from .components.base import register_extensions
from .convert import claims_from_doc
from .io import Document
from .records import CLAIMS, Claim

# Long texts are cut at paragraph breaks into pieces of at most this many characters.
CHUNK_CHARS = 200_000
# With n_process > 1, documents travel to the workers in tasks of about this many characters
# (at least one document), and at most TASKS_PER_WORKER tasks per worker are in flight.
TASK_CHARS = 20_000
TASKS_PER_WORKER = 2
# New container objects between two collections of the youngest generation (Python's default: 700).
GC_THRESHOLD = 10_000
# Spaces other than U+0020 (no-break, thin, narrow no-break, zero-width, ideographic): the
# tokenizer makes each a token of its own, which splits "Sergei\u00a0Lavrov" and "5\u00a0May".
# The pipeline reads each as a plain space, one character for one, so every offset holds,
# and the records take their texts from the document as it is.
SPACES = str.maketrans(dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000", " "))


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


def _place(claim: Claim, offset: int, doc_id: str, piece: str, read: str) -> Claim:
    """`claim`, found in `read` (`piece` with its odd spaces made plain), with its texts
    taken from `piece` and its offsets moved to where `piece` starts in the document."""
    if offset == 0 and read == piece:
        return claim

    def move(value):
        if isinstance(value, dict):
            if set(value) == {"start", "end"}:
                return {"start": value["start"] + offset, "end": value["end"] + offset}
            if isinstance(value.get("span"), dict) and "text" in value:
                value = {**value, "text": piece[value["span"]["start"] : value["span"]["end"]]}
            return {k: move(v) for k, v in value.items()}
        if isinstance(value, list):
            return [move(v) for v in value]
        return value

    data = move(claim.model_dump())
    data["id"] = f"{doc_id}:{data['span']['start']}-{data['span']['end']}"
    return Claim.model_validate(data)


def settle() -> None:
    """Take every object alive now out of the garbage collector's view (`gc.freeze`).

    Call it once the pipeline is loaded, in a process that then runs it over many
    documents: the pipeline holds about 400,000 objects (gazetteer patterns, lexicons,
    indexes) that live as long as the process, and each full collection walked them all
    (a third of a second, about a tenth of the run time). Forked `--jobs` workers also
    share those pages instead of copying them when the collector would touch them.

    It also lets the collector wait for GC_THRESHOLD new objects, not 700, before it
    looks for cycles: each document makes tens of thousands of short-lived Spans,
    dicts and records, and the frequent collections cost about a tenth of the run.
    """
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def _make_doc(nlp: Language, text: str, date: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.claimx_date = date
    return doc


def process(
    nlp: Language, documents: Iterable[Document], batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Document, list[Claim]]]:
    """(document, its claims) for each document, in input order, streaming.

    With `n_process` > 1 the whole document -> records path runs in that many worker
    processes, each holding its own copy of `nlp`; only (id, text, date) goes to them and
    JSON records come back, a bounded number of tasks at a time, so memory stays flat
    however many documents there are. The records are the same as with one process.
    """
    register_extensions()
    if n_process > 1:
        yield from _process_in_workers(nlp, documents, batch_size, n_process)
        return
    pieces = (
        (_make_doc(nlp, piece.translate(SPACES), document.date), (document, offset, piece, last))
        for document in documents
        for offset, piece, last in _with_last(chunks(document.text))
    )
    pending: list[Claim] = []
    for doc, (document, offset, piece, last) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
        pending += [_place(c, offset, document.id, piece, doc.text) for c in claims_from_doc(doc, document.id)]
        if last:
            yield document, pending
            pending = []


def _process_in_workers(
    nlp: Language, documents: Iterable[Document], batch_size: int, n_process: int
) -> Iterator[tuple[Document, list[Claim]]]:
    saved = None
    if "fork" in multiprocessing.get_all_start_methods():
        # The workers share the parent's pipeline, copy-on-write.
        context, pipeline = multiprocessing.get_context("fork"), nlp
    else:
        # Each worker loads the pipeline as saved by the parent (components are not picklable).
        saved = tempfile.TemporaryDirectory(prefix="claimx-pipeline-")
        nlp.to_disk(saved.name)
        context, pipeline = multiprocessing.get_context("spawn"), saved.name
    executor = ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker, initargs=(pipeline, batch_size))
    in_flight: deque[tuple[list[Document], Future]] = deque()
    try:
        # Start the workers now, before the parent reads any input they would inherit.
        executor.submit(_ready).result()
        for task in _tasks(documents):
            while len(in_flight) >= n_process * TASKS_PER_WORKER:
                yield from _finish(*in_flight.popleft())
            in_flight.append((task, executor.submit(_work, [(d.id, d.text, d.date) for d in task])))
        while in_flight:
            yield from _finish(*in_flight.popleft())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        if saved is not None:
            saved.cleanup()


def _tasks(documents: Iterable[Document]) -> Iterator[list[Document]]:
    """Consecutive documents grouped into lists of about TASK_CHARS characters."""
    task: list[Document] = []
    size = 0
    for document in documents:
        task.append(document)
        size += len(document.text)
        if size >= TASK_CHARS:
            yield task
            task, size = [], 0
    if task:
        yield task


def _finish(task: list[Document], future: Future) -> Iterator[tuple[Document, list[Claim]]]:
    for document, records in zip(task, future.result(), strict=True):
        yield document, CLAIMS.validate_json(records)


_worker: tuple[Language, int] | None = None


def _start_worker(nlp: Language | str, batch_size: int) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts the pool down
    register_extensions()
    if isinstance(nlp, str):
        from .pipeline import load

        nlp = load(nlp)
        settle()
    _worker = (nlp, batch_size)


def _ready() -> bool:
    return True


def _work(items: list[tuple[str, str, str | None]]) -> list[bytes]:
    """In a worker: (id, text, date) of each document -> its claims as one JSON array."""
    nlp, batch_size = _worker
    documents = [Document(id=doc_id, text=text, date=date) for doc_id, text, date in items]
    return [CLAIMS.dump_json(claims) for _, claims in process(nlp, documents, batch_size)]


def _with_last(items: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str, bool]]:
    items = list(items)
    for index, (offset, piece) in enumerate(items):
        yield offset, piece, index == len(items) - 1


def extract_text(nlp: Language, text: str, doc_id: str = "doc", date: str | None = None) -> list[Claim]:
    """Claim records of one text."""
    return next(process(nlp, [Document(id=doc_id, text=text, date=date)]))[1]
