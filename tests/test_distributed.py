"""claimx on Dask: a LocalCluster of two worker processes (loopback only) extracts data/raw
into partitioned JSONL and Parquet, with the same records as one process."""

from __future__ import annotations

import json
from pathlib import Path

import dask.bag as db
import pyarrow.parquet as pq
import pytest
from dask.distributed import Client, LocalCluster

from claimx import batch, distributed
from claimx.io import Document, decode

RAW = sorted((Path(__file__).resolve().parents[1] / "data" / "raw").glob("*.txt"))


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return [{"id": p.stem, "text": decode(p.read_bytes(), str(p)), "date": None} for p in RAW]


@pytest.fixture(scope="module")
def expected(nlp, articles) -> list[str]:
    docs = [Document(id=a["id"], text=a["text"]) for a in articles]
    return [c.model_dump_json() for _, claims in batch.process(nlp, docs) for c in claims]


@pytest.fixture(scope="module")
def client():
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as cluster, Client(cluster) as client:
        yield client


def test_records_are_those_of_one_process(nlp, monkeypatch, articles, expected):
    monkeypatch.setitem(distributed._pipelines, None, nlp)
    monkeypatch.setattr(distributed, "BATCH_DOCUMENTS", 7)
    records = list(distributed.extract_records(iter(articles)))
    assert [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records] == expected


def test_local_cluster_writes_the_same_jsonl(client, tmp_path, articles, expected):
    bag = db.from_sequence(articles, npartitions=4)
    written = distributed.write_partitions(bag, tmp_path)
    # dask makes 4 or 5 partitions of the sequence, depending on its length
    assert bag.npartitions > 1
    assert [p.name for p, _ in written] == [f"part-{i:05d}.jsonl" for i in range(bag.npartitions)]
    lines = [line for p, _ in written for line in p.read_text(encoding="utf-8").splitlines()]
    assert lines == expected
    assert sum(n for _, n in written) == len(expected)


def test_local_cluster_bag_and_parquet(client, tmp_path, articles, expected):
    bag = db.from_sequence(articles, npartitions=3)
    assert distributed.extract_bag(bag).pluck("id").compute() == [json.loads(e)["id"] for e in expected]
    written = distributed.write_partitions(bag, tmp_path, fmt="parquet", table="actors")
    rows = sum(pq.read_table(p).num_rows for p, _ in written)
    assert rows == sum(n for _, n in written) == sum(len(json.loads(e)["actors"]) for e in expected)
