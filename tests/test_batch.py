"""Running the pipeline over texts: exact offsets on every raw article, stable unique ids,
long texts cut into chunks without moving an offset, and the public `claimx.extract`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimx import batch
from claimx.io import Document, decode
from claimx.records import CLAIMS, Claim

RAW = sorted((Path(__file__).resolve().parents[1] / "data" / "raw").glob("*.txt"))


def mentions(claim: Claim):
    """(where, record) for every offset-carrying part of a claim."""
    yield "claim", claim
    if claim.source is not None and claim.source.span is not None:
        yield "source", claim.source
    if claim.cue is not None:
        yield "cue", claim.cue
    for name in ("actors", "places", "events", "dates"):
        for item in getattr(claim, name):
            yield name, item
    if claim.recommendation is not None:
        for item in claim.recommendation.addressees:
            yield "addressee", item


def assert_exact(text: str, claims: list[Claim]) -> None:
    for claim in claims:
        for where, item in mentions(claim):
            assert text[item.span.start : item.span.end] == item.text, f"{where} of {claim.id}"
            if where != "claim":
                assert claim.span.start <= item.span.start <= item.span.end <= claim.span.end, f"{where} outside {claim.id}"


@pytest.fixture(scope="module")
def raw_claims(nlp):
    texts = {p.stem: decode(p.read_bytes(), str(p)) for p in RAW}
    docs = [Document(id=stem, text=text) for stem, text in texts.items()]
    return texts, {d.id: claims for d, claims in batch.process(nlp, docs)}


def test_there_are_raw_articles():
    assert len(RAW) >= 20


@pytest.mark.parametrize("path", RAW, ids=[p.stem for p in RAW])
def test_every_span_slices_exactly(raw_claims, path):
    texts, claims = raw_claims
    assert claims[path.stem], f"no claims from {path.name}"
    assert_exact(texts[path.stem], claims[path.stem])


@pytest.mark.parametrize("path", RAW, ids=[p.stem for p in RAW])
def test_ids_unique_in_text_order_and_named_by_doc(raw_claims, path):
    claims = raw_claims[1][path.stem]
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids))
    assert all(c.doc_id == path.stem and c.id == f"{path.stem}:{c.span.start}-{c.span.end}" for c in claims)
    starts = [c.span.start for c in claims]
    assert starts == sorted(starts)


@pytest.mark.parametrize("path", RAW, ids=[p.stem for p in RAW])
def test_two_runs_give_the_same_records(nlp, raw_claims, path):
    texts, first = raw_claims
    again = batch.extract_text(nlp, texts[path.stem], doc_id=path.stem)
    assert [c.model_dump() for c in again] == [c.model_dump() for c in first[path.stem]]


def test_process_streams_documents_in_input_order(nlp):
    docs = [Document(id=f"d{i}", text=f"Officials said talks on issue {i} had failed.") for i in range(5)]
    out = list(batch.process(nlp, docs, batch_size=2))
    assert [d.id for d, _ in out] == [d.id for d in docs]
    assert all(len(claims) == 1 and claims[0].doc_id == d.id for d, claims in out)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("", 10),
        ("short", 10),
        ("one two three four five six seven eight nine ten", 10),
        ("para one.\n\npara two is here.\n\npara three.", 20),
        ("line one\nline two\nline three\nline four", 12),
        ("x" * 95, 10),
        ("word " * 200, 64),
    ],
)
def test_chunks_cover_the_text(text, size):
    pieces = list(batch.chunks(text, size))
    assert "".join(p for _, p in pieces) == text
    offset = 0
    for start, piece in pieces:
        assert start == offset and len(piece) <= size
        offset += len(piece)


def test_chunks_prefer_paragraph_breaks():
    text = "First paragraph here.\n\nSecond one.\nStill second. " + "x" * 10
    pieces = [p for _, p in batch.chunks(text, 40)]
    assert pieces[0] == "First paragraph here.\n\n"


@pytest.fixture()
def long_text():
    return "\n\n".join(decode(p.read_bytes(), str(p)).strip() for p in RAW[:6])


def test_long_text_keeps_exact_offsets(nlp, monkeypatch, long_text):
    size = 3000
    assert len(long_text) > 3 * size
    whole = batch.extract_text(nlp, long_text, doc_id="long")
    monkeypatch.setattr(batch, "CHUNK_CHARS", size)
    pieces = list(batch.chunks(long_text))
    assert len(pieces) > 3
    cut = batch.extract_text(nlp, long_text, doc_id="long")
    assert_exact(long_text, cut)
    ids = [c.id for c in cut]
    assert len(ids) == len(set(ids))
    # the same sentences are claims; a repeated sentence (a headline printed twice) is
    # dropped as a duplicate only when both copies fall into the same chunk
    spans = {(c.span.start, c.span.end) for c in cut}
    assert {(c.span.start, c.span.end) for c in whole} <= spans
    texts = {c.text for c in whole}
    assert all(c.text in texts for c in cut)


def test_chunk_size_follows_the_module_constant(monkeypatch, long_text):
    monkeypatch.setattr(batch, "CHUNK_CHARS", 3000)
    pieces = list(batch.chunks(long_text))
    assert len(pieces) > 1 and all(len(p) <= 3000 for _, p in pieces)


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u200b"])
def test_odd_spaces_read_as_spaces_and_records_keep_them(nlp, monkeypatch, space):
    sentence = f"Foreign Minister Sergei{space}Lavrov said on 5{space}May 2024 that NATO was preparing for war."
    text = f"{sentence}\n\n{sentence}"
    monkeypatch.setattr(batch, "CHUNK_CHARS", len(sentence) + 2)  # the second copy is a chunk of its own
    claims = batch.extract_text(nlp, text)
    assert [c.span.start for c in claims] == [0, len(sentence) + 2]
    assert_exact(text, claims)
    for claim in claims:
        assert ("Sergey Lavrov", f"Sergei{space}Lavrov") in {(a.name, a.text) for a in claim.actors}
        assert [(d.text, d.value) for d in claim.dates] == [(f"5{space}May 2024", "2024-05-05")]


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\n", "\ufeff", "Share", "a", "\x00\x01\x02"],
)
def test_degenerate_text_gives_no_claim(nlp, text):
    assert batch.extract_text(nlp, text) == []


def test_public_extract_returns_claims_in_a_fresh_interpreter():
    """`claimx.extract(text, doc_id=, date=)` as a user calls it first."""
    code = (
        "import claimx, json\n"
        "claims = claimx.extract('The minister resigned last week.', doc_id='x', date='2023-10-05')\n"
        "assert claimx.extract('The minister resigned last week.', doc_id='x', date='2023-10-05') == claims\n"
        "print(json.dumps([c.model_dump() for c in claims]))\n"
        "print(type(claims[0]).__module__, type(claims[0]).__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True).stdout
    records, kind = out.strip().splitlines()
    assert kind == "claimx.records Claim"
    (claim,) = [Claim.model_validate(r) for r in json.loads(records)]
    assert claim.doc_id == "x" and claim.id == "x:0-32"
    assert [(d.text, d.value) for d in claim.dates] == [("last week", "2023-09")]


def test_public_extract_is_still_a_function_after_the_submodule_is_imported(nlp):
    import claimx.batch  # noqa: F401  (what claimx.extract() does on its first call)

    assert callable(claimx.extract)
    claims = claimx.extract("The ministry said the border was closed.", doc_id="x", nlp=nlp)
    assert [c.doc_id for c in claims] == ["x"]


# --jobs N: the whole document -> records path in worker processes


def dumped(results) -> list[tuple[str, list[str]]]:
    return [(document.id, [c.model_dump_json() for c in claims]) for document, claims in results]


@pytest.fixture(scope="module")
def raw_documents():
    return [Document(id=p.stem, text=decode(p.read_bytes(), str(p))) for p in RAW]


@pytest.mark.parametrize("n_process", [2])
def test_workers_give_the_same_records_in_the_same_order(nlp, monkeypatch, raw_documents, n_process):
    one = dumped(batch.process(nlp, raw_documents))
    monkeypatch.setattr(batch, "TASK_CHARS", 4000)  # many small tasks, so both workers take turns
    assert dumped(batch.process(nlp, raw_documents, n_process=n_process)) == one


def test_workers_without_fork_load_the_saved_pipeline(nlp, monkeypatch, tmp_path, raw_documents):
    """Where processes cannot fork (macOS, Windows) a worker loads the pipeline the parent saved
    (run here in this process: spawning two interpreters costs more than it tests)."""
    docs = raw_documents[:4]
    nlp.to_disk(tmp_path / "pipeline")
    monkeypatch.setattr(batch.signal, "signal", lambda *args: None)
    monkeypatch.setattr(batch, "_worker", None)
    batch._start_worker(str(tmp_path / "pipeline"), 16)
    assert batch._worker[0] is not nlp
    assert batch._work([(d.id, d.text, d.date) for d in docs]) == [CLAIMS.dump_json(claims) for _, claims in batch.process(nlp, docs)]


@pytest.mark.parametrize("jobs", ["2"])
def test_extract_jobs_writes_the_same_bytes(nlp, monkeypatch, tmp_path, jobs):
    from typer.testing import CliRunner

    from claimx import pipeline
    from claimx.cli import app

    monkeypatch.setattr(pipeline, "load", lambda model=None: nlp)
    monkeypatch.setattr(batch, "TASK_CHARS", 4000)
    raw = str(RAW[0].parent)
    runner = CliRunner()
    for name, extra in (("one.jsonl", []), ("many.jsonl", ["--jobs", jobs])):
        result = runner.invoke(app, ["extract", raw, "-q", "-o", str(tmp_path / name), *extra], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert (tmp_path / "many.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert (tmp_path / "one.jsonl").stat().st_size > 0


def test_workers_read_the_input_a_bounded_way_ahead(nlp, monkeypatch):
    """Input is streamed: an endless input gives results, and only a few tasks are read ahead."""
    monkeypatch.setattr(batch, "TASK_CHARS", 1)  # a task per document
    read = 0

    def endless():
        nonlocal read
        while True:
            read += 1
            yield Document(id=f"d{read}", text=f"Officials said talks on issue {read} had failed.")

    results = batch.process(nlp, endless(), n_process=2)
    first = [next(results) for _ in range(3)]
    results.close()
    assert [d.id for d, _ in first] == ["d1", "d2", "d3"]
    assert all(len(claims) == 1 for _, claims in first)
    assert read <= 3 + 2 * batch.TASKS_PER_WORKER + 1


def test_closing_early_stops_the_workers(nlp):
    import multiprocessing

    docs = [Document(id=f"d{i}", text="The minister said the border was closed.") for i in range(20)]
    results = batch.process(nlp, docs, n_process=2)
    next(results)
    results.close()
    assert multiprocessing.active_children() == []


def test_a_worker_error_reaches_the_caller(nlp, monkeypatch):
    def broken(doc, doc_id):
        raise RuntimeError(f"cannot convert {doc_id}")

    monkeypatch.setattr(batch, "claims_from_doc", broken)  # forked workers see the patched module
    with pytest.raises(RuntimeError, match="cannot convert"):
        list(batch.process(nlp, [Document(id="x", text="Officials said talks had failed.")], n_process=2))


def test_settle_freezes_the_loaded_objects_and_collects_less_often():
    import gc

    before = gc.get_threshold()
    try:
        batch.settle()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (batch.GC_THRESHOLD, *before[1:])
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
