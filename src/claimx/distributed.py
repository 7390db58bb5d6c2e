"""claimx on a cluster: a partition of articles -> claim records, the pipeline loaded once per
worker process; a Dask bag helper that writes one JSONL or Parquet file per partition.

`extract_records` needs no Dask: it is the function to give PySpark's `rdd.mapPartitions`
(see the README). Dask is the optional extra `claimx[dask]`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import process
from .errors import ClaimxError
from .io import Document

if TYPE_CHECKING:
    import dask.bag
    from spacy.language import Language

    from .records import Claim

# Documents run through the pipeline this many at a time, each time under the process's lock.
BATCH_DOCUMENTS = 64

_pipelines: dict[str | None, "Language"] = {}
_lock = threading.Lock()  # one pipeline per process, used by one thread at a time


def pipeline(model: str | None = None) -> "Language":
    """The claimx pipeline of this process (rules only, or on top of `model`), built on first use."""
    with _lock:
        if model not in _pipelines:
            from .pipeline import load

            _pipelines[model] = load(model)
        return _pipelines[model]


def extract_claims(articles: Iterable[Mapping], model: str | None = None) -> Iterator["Claim"]:
    """Claim records of articles given as {"id", "text"} mappings with an optional "date"."""
    nlp = pipeline(model)
    batch: list[Document] = []
    for article in articles:
        batch.append(Document(id=article["id"], text=article["text"], date=article.get("date")))
        if len(batch) >= BATCH_DOCUMENTS:
            yield from _run(nlp, batch)
            batch = []
    if batch:
        yield from _run(nlp, batch)


def _run(nlp: "Language", batch: list[Document]) -> list["Claim"]:
    with _lock:
        return [claim for _, claims in process(nlp, batch) for claim in claims]


def extract_records(articles: Iterable[Mapping], model: str | None = None) -> Iterator[dict]:
    """JSON-ready claim dicts (what `claimx extract` writes) of {"id", "text", "date"} articles.

    Give it a whole partition (Dask `map_partitions`, Spark `mapPartitions`): the pipeline
    is loaded once per worker process and kept for the next partition.
    """
    for claim in extract_claims(articles, model):
        yield claim.model_dump(mode="json")


def _records_list(articles: Iterable[Mapping], model: str | None = None) -> list[dict]:
    return list(extract_records(articles, model))


def extract_bag(articles: "dask.bag.Bag", model: str | None = None) -> "dask.bag.Bag":
    """A bag of claim dicts from a bag of {"id", "text", "date"} articles (lazy)."""
    return articles.map_partitions(_records_list, model)


def write_partitions(
    articles: "dask.bag.Bag", folder: str | Path, fmt: str = "jsonl", table: str = "claims", model: str | None = None
) -> list[tuple[Path, int]]:
    """Extract every partition of `articles` and write it to `folder` as `part-00000.jsonl`
    (a claim per line, as `claimx extract` writes) or `part-00000.parquet` (the export
    `table`: claims, actors, places or events). Runs on the current Dask scheduler (a
    `distributed.Client` if one is active); returns (file, records or rows) per partition.
    """
    try:
        import dask
    except ImportError:
        raise ClaimxError("Dask is not installed: pip install 'claimx[dask]'") from None
    if fmt not in ("jsonl", "parquet"):
        raise ClaimxError(f"unknown partition format '{fmt}': use jsonl or parquet")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    writes = [
        dask.delayed(_write_partition)(part, folder / f"part-{index:05d}.{fmt}", fmt, table, model)
        for index, part in enumerate(articles.to_delayed())
    ]
    return list(dask.compute(*writes))


def _write_partition(articles: Iterable[Mapping], path: Path, fmt: str, table: str, model: str | None) -> tuple[Path, int]:
    from .export import write_table
    from .io import atomic_path

    claims = extract_claims(articles, model)
    if fmt == "parquet":
        return path, write_table(claims, table, "parquet", path)
    count = 0
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        for claim in claims:
            handle.write(claim.model_dump_json() + "\n")
            count += 1
    return path, count
