"""`claimx extract` on real inputs: HTML pages with --keep-text, JSONL exports with other
keys, detected encodings, --append, --verbose, and clean errors for outputs it cannot write."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx import pipeline
from claimx.cli import app
from claimx.records import Claim

HTML = Path(__file__).parent / "data" / "html"
RUSSIAN = (
    "Министр иностранных дел России заявил в четверг, что переговоры в Женеве провалились. По его словам, "
    "Москва потребует срочного заседания Совета Безопасности ООН, а делегации вернутся к обсуждению после лета.\n"
    "The Russian foreign ministry said on Monday that the talks in Geneva had failed.\n"
)


@pytest.fixture()
def cli(nlp, monkeypatch):
    """Run a claimx command with the session's pipeline."""
    monkeypatch.setattr(pipeline, "load", lambda model=None: nlp)
    runner = CliRunner()
    return lambda *args, input=None: runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def records(text: str) -> list[Claim]:
    return [Claim.model_validate_json(line) for line in text.splitlines() if line.strip()]


def spans(claim: Claim):
    yield claim.text, claim.span
    for item in [claim.source, claim.cue, *claim.actors, *claim.places, *claim.events, *claim.dates]:
        if item is not None and item.span is not None:
            yield item.text, item.span


def test_html_page_with_keep_text(cli, tmp_path):
    out, texts = tmp_path / "claims.jsonl", tmp_path / "texts"
    result = cli("extract", HTML / "article.html", "-o", out, "--keep-text", texts)
    assert result.exit_code == 0, result.stderr
    text = (texts / "article.txt").read_bytes().decode("utf-8")
    assert text.startswith("Serbia denies role in Banjska attack\n\nSerbian President")
    claims = records(out.read_text(encoding="utf-8"))
    assert claims and {c.doc_id for c in claims} == {"article"}
    for claim in claims:
        for mention, span in spans(claim):
            assert text[span.start : span.end] == mention
    # the page's date anchors relative dates; comments, banners and footers give no claim
    assert ("on Thursday", "2023-10-05") in {(d.text, d.value) for c in claims for d in c.dates}
    assert not [c.text for c in claims if re.search(r"cookie|Reader42|reader claims|publisher|Officials say talks", c.text)]


def test_html_page_in_json_format_carries_the_same_text(cli, tmp_path):
    texts = tmp_path / "texts"
    result = cli("extract", HTML / "article.html", "--format", "json", "--keep-text", texts)
    assert result.exit_code == 0
    (entry,) = json.loads(result.stdout)
    assert entry["text"] == (texts / "article.txt").read_bytes().decode("utf-8")
    assert entry["date"] == "2023-10-05"


def test_page_without_an_article_is_named(cli):
    result = cli("extract", HTML / "no_article.html")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"claimx: {HTML / 'no_article.html'}: no article text found in the page (only navigation, banners or other page furniture)\n"


def test_jsonl_export_with_other_keys(cli, tmp_path):
    export = tmp_path / "export.jsonl"
    rows = [
        {"uid": 101, "content": "The minister resigned last week.", "published": "2023-10-05"},
        {"uid": 102, "text": "no content key"},
    ]
    export.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = cli("extract", export, "--text-field", "content", "--id-field", "uid", "--date-field", "published")
    assert result.exit_code == 1
    assert result.stderr == f"claimx: {export}:2: 'content' is missing or not a string\n"
    (claim,) = records(result.stdout)
    assert claim.doc_id == "101"
    assert [(d.text, d.value) for d in claim.dates] == [("last week", "2023-09")]


def test_detected_encoding_is_said_on_stderr(cli, tmp_path):
    path = tmp_path / "moscow.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    texts = tmp_path / "texts"
    result = cli("extract", path, "--keep-text", texts)
    assert result.exit_code == 0
    assert result.stderr == f"claimx: {path}: not UTF-8; read as cp1251 (detected; name the right one with --encoding if that is wrong)\n"
    assert (texts / "moscow.txt").read_bytes().decode("utf-8") == RUSSIAN
    assert any(c.text.startswith("The Russian foreign ministry said") for c in records(result.stdout))


def test_undetectable_encoding_is_an_error_not_a_guess(cli, tmp_path):
    path = tmp_path / "paris.txt"
    path.write_bytes("Le président a déclaré que la réunion à Genève était très importante.".encode("latin-1"))
    result = cli("extract", path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"claimx: {path}: not valid UTF-8 (byte 5) and its encoding cannot be detected with confidence")
    assert cli("extract", path, "--encoding", "latin-1").exit_code == 0


def test_append_skips_documents_already_in_the_output(cli, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Officials said the border was closed.", encoding="utf-8")
    second.write_text("The ministry said talks had failed.", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    assert cli("extract", first, "-o", out).exit_code == 0
    before = out.read_text(encoding="utf-8")
    result = cli("extract", first, second, "-o", out, "--append", "--verbose")
    assert result.exit_code == 0
    assert f"claimx: first: skipped, already in {out}" in result.stderr.splitlines()
    after = out.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert [c.doc_id for c in records(after)] == ["first", "second"]
    assert cli("validate", out).exit_code == 0
    again = cli("extract", first, second, "-o", out, "--append")
    assert again.exit_code == 0 and out.read_text(encoding="utf-8") == after


def test_append_to_a_new_file(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials said the border was closed.", encoding="utf-8")
    out = tmp_path / "new" / "claims.jsonl"
    assert cli("extract", path, "-o", out, "--append").exit_code == 0
    assert [c.doc_id for c in records(out.read_text(encoding="utf-8"))] == ["a"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--append"], "claimx: error: --append needs --output FILE and the jsonl format"),
        (["--append", "-o", "{out}", "--format", "json"], "claimx: error: --append needs --output FILE and the jsonl format"),
        (["--append", "-o", "{notes}"], "claimx: error: {notes}:1: not a claim record (invalid JSON (Expecting value)); cannot append to this file"),
    ],
)
def test_append_usage_errors(cli, tmp_path, args, message):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("Officials said the border was closed.", encoding="utf-8")
    names = {"out": tmp_path / "out.jsonl", "notes": notes}
    result = cli("extract", path, *[a.format(**names) for a in args])
    assert result.exit_code == 2
    assert result.stderr.strip() == message.format(**names)
    assert notes.read_text(encoding="utf-8") == "my notes\n"


def test_verbose_gives_a_line_per_document(cli, tmp_path):
    articles = tmp_path / "articles.jsonl"
    lines = [{"id": "a", "text": "Officials said the border was closed."}, {"id": "b", "text": "Nothing here"}]
    articles.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = cli("extract", articles, "--verbose", "--quiet")
    assert result.exit_code == 0
    assert re.fullmatch(r"claimx: a: 1 claims, \d+\.\d\d s\nclaimx: b: 0 claims, \d+\.\d\d s\n", result.stderr)


def test_table_format_still_says_some_inputs_failed(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials said the border was closed.", encoding="utf-8")
    result = cli("extract", path, tmp_path / "missing.txt", "--format", "table")
    assert result.exit_code == 1
    assert "a: 1 claims" in result.stdout


@pytest.mark.parametrize("option", ["-o", "--keep-text"])
def test_an_output_that_cannot_be_written_is_one_clear_line(cli, tmp_path, option):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("Officials said the border was closed.", encoding="utf-8")
    result = cli("extract", path, option, blocker / "out")
    assert result.exit_code == 2
    assert re.fullmatch(rf"claimx: error: {re.escape(str(blocker))}\S*: cannot write \((Not a directory|File exists)\)\n", result.stderr)


def test_ctrl_c_leaves_the_previous_output_and_says_so(cli, tmp_path, monkeypatch):
    from claimx import batch

    def interrupted(nlp, documents, **options):
        yield next(iter(documents)), []
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "process", interrupted)
    path = tmp_path / "a.txt"
    path.write_text("Officials said the border was closed.", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = cli("extract", path, "-o", out)
    assert result.exit_code == 130
    assert result.stderr == f"claimx: error: interrupted; {out} is as it was before this run\n"
    assert {p.name for p in tmp_path.iterdir()} == {"a.txt", "claims.jsonl"}  # no temporary file left
    assert out.read_text(encoding="utf-8") == "previous\n"
