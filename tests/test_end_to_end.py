"""One folder holding every kind of input a user has, good and bad, through one
`claimx extract` run; and a run killed midway, which must leave no broken output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx import pipeline
from claimx.cli import app
from claimx.io import decode
from claimx.records import Claim

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
HTML = Path(__file__).parent / "data" / "html"
SEED = RAW / "seed_kosovo_report.txt"
RUSSIAN = (
    "Министр иностранных дел России заявил в четверг, что переговоры в Женеве провалились. По его словам, "
    "Москва потребует срочного заседания Совета Безопасности ООН, а делегации вернутся к обсуждению после лета.\n"
    "The Russian foreign ministry said on Monday that the talks in Geneva had failed.\n"
)
BIG_SENTENCES = (
    "Officials said the border was closed on Monday. ",
    "The ministry said talks in Geneva had failed. ",
    "NATO said it would send more troops to Kosovo.",
)


def big_line() -> str:
    """A 5 MB text on one line, five times spaCy's max_length: claims at its start, middle
    and end, between long one-word filler sentences (cheap to tokenise, so the test stays quick)."""
    filler = ("X" + "x" * 997 + ". ") * 2_700
    return BIG_SENTENCES[0] + filler + BIG_SENTENCES[1] + filler + BIG_SENTENCES[2]


@pytest.fixture()
def folder(tmp_path):
    """Every case, good and bad; returns the folder, the good doc_ids and the bad inputs."""
    root = tmp_path / "inbox"
    (root / "pages").mkdir(parents=True)
    shutil.copy(SEED, root / "good.txt")
    shutil.copy(HTML / "article.html", root / "pages" / "page.html")
    shutil.copy(HTML / "no_article.html", root / "pages" / "boilerplate.htm")
    rows = [
        json.dumps({"id": "a1", "text": "Officials said the border was closed last week.", "date": "2023-10-05"}),
        json.dumps({"id": "a2", "text": "The European Union urged Serbia and Kosovo to resume talks.", "title": "EU"}),
        '{"id": "a3", "text": "broken',
        json.dumps({"id": "a4", "title": "no text"}),
    ]
    (root / "articles.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "latin1.txt").write_bytes("Le président a déclaré que la réunion à Genève était très importante.".encode("latin-1"))
    (root / "moscow.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b" \r\n\t\r\n")
    (root / "crlf_bom.txt").write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    (root / "big.txt").write_text(big_line(), encoding="utf-8")
    good = {"good", "page", "a1", "a2", "moscow", "crlf_bom", "big"}
    bad = {
        root / "pages" / "boilerplate.htm": "no article text found in the page",
        Path(f"{root / 'articles.jsonl'}:3"): "invalid JSON",
        Path(f"{root / 'articles.jsonl'}:4"): "'text' is missing or not a string",
        root / "latin1.txt": "not valid UTF-8 (byte 5) and its encoding cannot be detected with confidence",
        root / "binary.txt": "looks like a binary file",
        root / "empty.txt": "empty document",
        root / "blank.txt": "empty document",
        tmp_path / "missing.txt": "no such file",
    }
    return root, good, bad


def test_one_run_over_every_kind_of_input(nlp, monkeypatch, folder, tmp_path):
    root, good, bad = folder
    monkeypatch.setattr(pipeline, "load", lambda model=None: nlp)
    runner = CliRunner()
    out, texts = tmp_path / "claims.jsonl", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(root), str(tmp_path / "missing.txt"), "-o", str(out), "--keep-text", str(texts)])

    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines.pop(lines.index(f"claimx: {root / 'moscow.txt'}: not UTF-8; read as cp1251 (detected; name the right one with --encoding if that is wrong)"))
    assert len(lines) == len(bad)
    for where, message in bad.items():
        assert [line for line in lines if line.startswith(f"claimx: {where}: {message}")], f"no line for {where}"

    claims = [Claim.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {c.doc_id for c in claims} == good
    validate = runner.invoke(app, ["validate", str(out)])
    assert validate.exit_code == 0, validate.stdout

    kept = {p.stem: p.read_bytes().decode("utf-8") for p in texts.iterdir()}
    assert set(kept) == good
    for claim in claims:
        text = kept[claim.doc_id]
        for item in [claim, claim.source, claim.cue, *claim.actors, *claim.places, *claim.events, *claim.dates]:
            if item is not None and item.span is not None:
                assert text[item.span.start : item.span.end] == item.text, claim.id
    # offsets of files index into the decoded file: BOM dropped, CRLF kept
    assert kept["crlf_bom"] == decode((root / "crlf_bom.txt").read_bytes(), "crlf_bom.txt")
    assert kept["crlf_bom"].count("\r\n") == SEED.read_text(encoding="utf-8").count("\n")
    assert kept["good"] == decode(SEED.read_bytes(), str(SEED))
    assert kept["big"] == big_line()
    big = sorted((c.span.start, c.text) for c in claims if c.doc_id == "big")
    assert [t for _, t in big] == [s.strip() for s in BIG_SENTENCES]
    assert big[-1][0] > 5_000_000


def command() -> list[str]:
    script = Path(sys.executable).parent / "claimx"
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimx.cli"]


@pytest.mark.parametrize("previous", ["a previous run's records\n", None], ids=["previous-file", "no-file"])
def test_a_killed_run_leaves_the_previous_output_or_none(tmp_path, previous):
    articles = tmp_path / "articles.jsonl"
    texts = [decode(p.read_bytes(), str(p)) for p in sorted(RAW.glob("*.txt"))]
    with articles.open("w", encoding="utf-8") as handle:
        for i in range(40):
            for j, text in enumerate(texts):
                handle.write(json.dumps({"id": f"{i}-{j}", "text": text}) + "\n")
    out = tmp_path / "out" / "claims.jsonl"
    out.parent.mkdir()
    if previous is not None:
        out.write_text(previous, encoding="utf-8")
    run = subprocess.Popen([*command(), "extract", str(articles), "-o", str(out), "--quiet"], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not [p for p in out.parent.glob(".claims.jsonl.*.part") if p.stat().st_size > 0]:
            assert run.poll() is None, run.stderr.read().decode()
            assert time.monotonic() < deadline, "no records written within 120 s"
            time.sleep(0.05)
    finally:
        run.kill()
        run.wait()
    assert run.returncode == -9
    assert (out.read_text(encoding="utf-8") if out.exists() else None) == previous
    # what the killed run had written is only in its temporary file, which a later run ignores
    (part,) = out.parent.glob(".claims.jsonl.*.part")
    assert part.stat().st_size > 0
