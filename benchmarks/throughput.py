"""Throughput of claimx against spaCy's tokenizer, on a corpus built from data/raw.

Run: .venv/bin/python benchmarks/throughput.py [--words 200000] [--repeats 3]
Prints words/s (median of the repeats, after a warm-up), the ratio to the
tokenizer, peak RSS, and the time spent in each pipeline component.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import spacy

import claimx
from claimx.batch import process
from claimx.io import Document

ROOT = Path(__file__).resolve().parent.parent


def corpus(min_words: int) -> list[Document]:
    """Paragraph-shuffled copies of the articles in data/raw, at least `min_words` words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    rng, docs, words = random.Random(42), [], 0
    while words < min_words:
        for text in texts:
            paragraphs = text.split("\n\n")
            rng.shuffle(paragraphs)
            docs.append(Document(id=f"doc{len(docs)}", text="\n\n".join(paragraphs)))
            words += len(text.split())
    return docs


def timed(run, repeats: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def component_times(nlp, docs: list[Document]) -> dict[str, float]:
    totals = {name: 0.0 for name in ["tokenizer", *nlp.pipe_names]}
    for document in docs:
        start = time.perf_counter()
        doc = nlp.make_doc(document.text)
        totals["tokenizer"] += time.perf_counter() - start
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            totals[name] += time.perf_counter() - start
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    docs = corpus(args.words)
    words = sum(len(d.text.split()) for d in docs)
    blank = spacy.blank("en")
    nlp = claimx.load()
    rows = [("spaCy blank tokenizer", timed(lambda: list(blank.pipe(d.text for d in docs)), args.repeats))]
    rows.append(("claimx rules, --jobs 1", timed(lambda: list(process(nlp, docs)), args.repeats)))
    rows.append(("claimx rules, --jobs 2", timed(lambda: list(process(nlp, docs, n_process=2)), args.repeats)))
    base = rows[0][1]
    print(f"corpus: {len(docs)} documents, {words:,} words; median of {args.repeats} after a warm-up")
    print(f"{'pipeline':<28}{'words/s':>12}{'vs tokenizer':>15}")
    for name, seconds in rows:
        print(f"{name:<28}{words / seconds:>12,.0f}{f'1/{seconds / base:.1f}':>15}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    totals = component_times(nlp, docs[: max(1, len(docs) // 4)])
    total = sum(totals.values())
    print(f"{'component':<28}{'share of time':>15}")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{name:<28}{seconds / total:>15.1%}")


if __name__ == "__main__":
    sys.exit(main())
