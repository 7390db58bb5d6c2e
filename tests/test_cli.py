"""The command line: extract, validate, export, evaluate, schema (typer's CliRunner),
and one real run of the installed console script."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from claimx import pipeline
from claimx.cli import app
from claimx.records import Claim

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
SEED = RAW / "seed_kosovo_report.txt"
SUMMARY = re.compile(
    r"^strictF1=\d\.\d{3} actorF1=\d\.\d{3} canonActorF1=\d\.\d{3} placeF1=\d\.\d{3} "
    r"canonPlaceF1=\d\.\d{3} claimF1=\d\.\d{3} type=\d\.\d{3} source=\d\.\d{3} events=\d\.\d{3}$"
)


@pytest.fixture()
def cli(nlp, monkeypatch):
    """Run a claimx command; the default pipeline is the session's (built once)."""
    real = pipeline.load
    monkeypatch.setattr(pipeline, "load", lambda model=None: nlp if model is None else real(model))
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return run


def records(output: str) -> list[Claim]:
    return [Claim.model_validate_json(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_claims(nlp):
    from claimx.batch import extract_text
    from claimx.io import decode

    return extract_text(nlp, decode(SEED.read_bytes(), str(SEED)), doc_id="seed_kosovo_report")


@pytest.fixture()
def claims_file(tmp_path, seed_claims):
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for c in seed_claims), encoding="utf-8")
    return path


# -- extract ------------------------------------------------------------------
def test_extract_jsonl_to_stdout(cli, seed_claims):
    result = cli("extract", SEED)
    assert result.exit_code == 0, result.stderr
    assert records(result.stdout) == seed_claims


def test_extract_to_file(cli, tmp_path, seed_claims):
    out = tmp_path / "out" / "claims.jsonl"
    result = cli("extract", SEED, "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert records(out.read_text(encoding="utf-8")) == seed_claims


def test_extract_json_format(cli, seed_claims):
    result = cli("extract", SEED, "--format", "json", "--date", "2025-10-01")
    assert result.exit_code == 0
    (entry,) = json.loads(result.stdout)
    assert entry["doc_id"] == "seed_kosovo_report"
    assert entry["date"] == "2025-10-01"
    assert entry["text"] == SEED.read_text(encoding="utf-8-sig")
    assert [c["id"] for c in entry["claims"]] == [c.id for c in seed_claims]


def test_extract_json_format_of_no_documents_is_an_empty_list(cli, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = cli("extract", tmp_path / "empty.txt", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


def test_extract_table_format(cli):
    result = cli("extract", "-", "--format", "table", input="Moscow denied any involvement in the attack.\n")
    assert result.exit_code == 0
    assert "stdin: 1 claims" in result.stdout
    assert "Russia" in result.stdout and "negated" in result.stdout


def test_extract_folder(cli, nlp):
    result = cli("extract", RAW)
    assert result.exit_code == 0
    assert {c.doc_id for c in records(result.stdout)} == {p.stem for p in RAW.glob("*.txt")}


def test_extract_stdin(cli):
    result = cli("extract", "-", "--date", "2023-10-05", input="The minister resigned last week.\n")
    assert result.exit_code == 0
    (claim,) = records(result.stdout)
    assert claim.doc_id == "stdin"
    assert [(d.text, d.value) for d in claim.dates] == [("last week", "2023-09")]


def test_extract_jsonl_input_keeps_its_own_date(cli, tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        {"id": "a", "text": "The minister resigned last week.", "date": "2023-10-05"},
        {"id": "b", "text": "The minister resigned last week."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = cli("extract", path, "--date", "2021-01-15")
    values = {c.doc_id: c.dates[0].value for c in records(result.stdout)}
    assert values == {"a": "2023-09", "b": "2021-01"}


def test_extract_names_bad_inputs_and_writes_the_good_ones(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Officials said the border was closed.", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": "Officials said talks failed."}\n{oops\n', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "claims.jsonl"
    result = cli("extract", missing, good, binary, broken, "-o", out)
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert f"claimx: {missing}: no such file" in errors
    assert any(line.startswith(f"claimx: {binary}: looks like a binary file") for line in errors)
    assert any(line.startswith(f"claimx: {broken}:2: invalid JSON") for line in errors)
    assert len(errors) == 3
    assert [c.doc_id for c in records(out.read_text(encoding="utf-8"))] == ["good", "x"]


def test_extract_fail_fast_stops_at_the_first_bad_input(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Officials said the border was closed.", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    result = cli("extract", tmp_path / "missing.txt", good, "-o", out, "--fail-fast")
    assert result.exit_code == 1
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--bogus", "x.txt"],
        ["extract"],
        ["extract", "x.txt", "--format", "xml"],
        ["extract", "x.txt", "--jobs", "0"],
        ["export", "claims.jsonl", "--to", "xlsx"],
        ["nonsense"],
    ],
)
def test_usage_error_exits_2(cli, args):
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_unknown_model_exits_2(cli, tmp_path):
    result = cli("extract", SEED, "--model", tmp_path / "no_such_pipeline")
    assert result.exit_code == 2
    assert result.stderr.startswith("claimx: error: cannot find the spaCy pipeline")


# -- validate -----------------------------------------------------------------
def test_validate_ok(cli, claims_file):
    result = cli("validate", claims_file)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == f"{claims_file}: ok"


def test_validate_reports_each_problem_as_file_line_field(cli, tmp_path, seed_claims):
    good = json.loads(seed_claims[0].model_dump_json())
    wrong_type = dict(good, id="x:1", type="opinion")
    wrong_span = dict(good, id="x:2", span={"start": 0, "end": 3})
    extra = dict(good, id="x:3", colour="red")
    actor_out = dict(good, id="x:4", actors=[{"text": "Mars", "name": "Mars", "kind": "state", "span": {"start": 10**6, "end": 10**6 + 4}}])
    lines = [json.dumps(good), "{broken", json.dumps(wrong_type), "", json.dumps(wrong_span), json.dumps(extra), json.dumps(good), json.dumps(actor_out)]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("validate", path)
    assert result.exit_code == 1
    problems = result.stdout.splitlines()
    assert all(re.match(rf"^{re.escape(str(path))}:\d+ \S+: .+$", p) for p in problems), problems
    by_line: dict[str, list[str]] = {}
    for problem in problems:
        where, message = problem.split(" ", 1)
        by_line.setdefault(where.rsplit(":", 1)[1], []).append(message)
    assert by_line["2"][0].startswith("(line): invalid JSON")
    assert by_line["3"] == ["type: Input should be 'assertion', 'event' or 'recommendation'"]
    assert by_line["5"][0] == f"span: length 3 differs from the text's {len(good['text'])}"
    assert by_line["6"] == ["colour: Extra inputs are not permitted"]
    assert by_line["7"] == [f"id: duplicate of line 1 ({good['id']})"]
    assert by_line["8"] == ["actors.0.span: outside the claim's span"]
    assert set(by_line) == {"2", "3", "5", "6", "7", "8"}


def test_validate_missing_file_exits_2(cli, tmp_path):
    result = cli("validate", tmp_path / "absent.jsonl")
    assert result.exit_code == 2
    assert "no such file" in result.stderr


# -- export -------------------------------------------------------------------
COLUMNS = {
    "claims": ["id", "doc_id", "type", "text", "start", "end", "source_text", "source_name", "source_kind",
               "source_explicit", "cue", "actors", "places", "addressees", "action", "hedged", "negated"],
    "actors": ["claim_id", "doc_id", "text", "name", "kind", "start", "end"],
    "places": ["claim_id", "doc_id", "text", "name", "start", "end"],
    "events": ["claim_id", "doc_id", "text", "type", "date", "date_source", "place", "start", "end"],
}


def read_table(path: Path, fmt: str):
    return pq.read_table(path) if fmt == "parquet" else pacsv.read_csv(path)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_export(cli, claims_file, seed_claims, table, fmt):
    result = cli("export", claims_file, "--to", fmt, "--table", table)
    assert result.exit_code == 0, result.stderr
    target = claims_file.with_suffix(f".{table}.{fmt}")
    data = read_table(target, fmt)
    assert data.column_names == COLUMNS[table]
    mentions = seed_claims if table == "claims" else [m for c in seed_claims for m in getattr(c, table)]
    assert data.num_rows == len(mentions) > 0
    assert result.stderr.strip() == f"{target}: {len(mentions)} rows"
    text = SEED.read_text(encoding="utf-8-sig")
    rows = data.to_pylist()
    assert [r["text"] for r in rows] == [m.text for m in mentions]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_to_named_output(cli, claims_file, tmp_path, fmt):
    out = tmp_path / "tables" / f"places.{fmt}"
    assert cli("export", claims_file, "--table", "places", "--to", fmt, "-o", out).exit_code == 0
    assert read_table(out, fmt).column_names == COLUMNS["places"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_of_an_empty_table_keeps_its_columns(cli, tmp_path, extract, fmt):
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for c in extract("Officials said the border was closed.")), encoding="utf-8")
    out = tmp_path / f"events.{fmt}"
    assert cli("export", path, "--table", "events", "--to", fmt, "-o", out).exit_code == 0
    data = read_table(out, fmt)
    assert (data.num_rows, data.column_names) == (0, COLUMNS["events"])


def test_export_of_an_invalid_file_exits_2(cli, tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text("{bad\n", encoding="utf-8")
    result = cli("export", path)
    assert result.exit_code == 2
    assert f"{path}:1 (line): invalid JSON" in result.stderr
    assert not path.with_suffix(".claims.csv").exists()


# -- show ---------------------------------------------------------------------
def test_show_extracts_and_writes_one_page(cli, tmp_path, seed_claims):
    out = tmp_path / "out" / "report.html"
    result = cli("show", SEED, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"{out}: {len(seed_claims)} claims of 1 article"
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.count('class="claim-row"') == len(seed_claims)
    assert [p.name for p in out.parent.iterdir()] == ["report.html"]


def test_show_from_records_is_the_page_of_a_fresh_run(cli, tmp_path, claims_file):
    fresh, recorded = tmp_path / "fresh.html", tmp_path / "recorded.html"
    assert cli("show", SEED, "-o", fresh).exit_code == 0
    result = cli("show", "--records", claims_file, "--raw", RAW, "-o", recorded)
    assert result.exit_code == 0, result.stderr
    assert recorded.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")


def test_show_of_several_articles_has_an_overview(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Moscow denied any involvement in the attack.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The EU urged Serbia to recognise Kosovo.", encoding="utf-8")
    out = tmp_path / "report.html"
    result = cli("show", tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "missing.txt", "-o", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"claimx: {tmp_path / 'missing.txt'}: no such file", f"{out}: 2 claims of 2 articles"]
    page = out.read_text(encoding="utf-8")
    assert "Overview" in page and page.count('<figure class="chart">') == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "name the articles to extract, or --records FILE with --raw DIR (not both)"),
        (["SEED", "--records", "CLAIMS", "--raw", "RAW"], "name the articles to extract, or --records FILE with --raw DIR (not both)"),
        (["--records", "CLAIMS"], "--records needs --raw DIR"),
        (["--records", "CLAIMS", "--raw", "TMP"], "TMP/seed_kosovo_report.txt: text of 'seed_kosovo_report' not found"),
        (["--records", "MISSING", "--raw", "RAW"], "MISSING: no such file"),
        (["--records", "CLAIMS", "--raw", "WRONG"], "claim seed_kosovo_report:"),
    ],
)
def test_show_usage_errors_exit_2_with_one_line(cli, tmp_path, claims_file, args, message):
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / "seed_kosovo_report.txt").write_text(SEED.read_text(encoding="utf-8")[40:], encoding="utf-8")
    names = {"SEED": SEED, "CLAIMS": claims_file, "RAW": RAW, "TMP": tmp_path, "MISSING": tmp_path / "no.jsonl", "WRONG": wrong}
    out = tmp_path / "report.html"
    result = cli("show", *(names.get(a, a) for a in args), "-o", out)
    expected = message
    for name, path in names.items():
        expected = expected.replace(name, str(path))
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimx: error: {expected}")
    assert not out.exists()


# -- evaluate -----------------------------------------------------------------
GOLD = REPO / "data" / "annotated" / "dev"


def last_line(output: str) -> str:
    return [line for line in output.splitlines() if line.strip()][-1]


def test_evaluate_prints_the_summary_last(cli):
    result = cli("evaluate", "--gold", GOLD, "--raw", RAW)
    assert result.exit_code == 0, result.stderr
    assert SUMMARY.match(last_line(result.stdout)), last_line(result.stdout)
    assert "missed claim" not in result.stdout


def test_evaluate_errors_lists_misses(cli):
    result = cli("evaluate", "--gold", GOLD, "--raw", RAW, "--errors")
    assert result.exit_code == 0
    assert SUMMARY.match(last_line(result.stdout))
    lines = result.stdout.splitlines()
    assert any(re.match(r"^  (miss|missed|false|type|source) ", line) for line in lines)
    assert {f"{p.stem}:" for p in GOLD.glob("*.json")} <= set(lines)


def test_evaluate_predictions_file_scores_like_a_fresh_run(cli, nlp, tmp_path):
    from claimx.evaluate import load_gold_dir
    from claimx.batch import process
    from claimx.io import Document, decode

    golds = load_gold_dir(GOLD)
    docs = [Document(id=g.doc_id, text=decode((RAW / f"{g.doc_id}.txt").read_bytes(), g.doc_id), date=g.date) for g in golds]
    path = tmp_path / "predictions.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for _, claims in process(nlp, docs) for c in claims), encoding="utf-8")
    fresh = cli("evaluate", "--gold", GOLD, "--raw", RAW)
    saved = cli("evaluate", "--gold", GOLD, "--raw", RAW, "--predictions", path)
    assert saved.exit_code == 0
    assert last_line(saved.stdout) == last_line(fresh.stdout)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("empty_gold", "no gold files"),
        ("missing_raw", "raw text of gold document 'seed_kosovo_report' not found"),
        ("bad_gold", "claims.0.type"),
    ],
)
def test_evaluate_bad_inputs_exit_2(cli, tmp_path, setup, message):
    gold, raw = tmp_path / "gold", tmp_path / "raw"
    gold.mkdir()
    raw.mkdir()
    if setup != "empty_gold":
        data = json.loads((GOLD / "seed_kosovo_report.json").read_text(encoding="utf-8"))
        if setup == "bad_gold":
            data["claims"][0]["type"] = "opinion"
            shutil.copy(SEED, raw / SEED.name)
        (gold / "seed_kosovo_report.json").write_text(json.dumps(data), encoding="utf-8")
    result = cli("evaluate", "--gold", gold, "--raw", raw)
    assert result.exit_code == 2
    assert message in result.stderr


# -- schema and help ----------------------------------------------------------
def test_schema_is_json_schema_with_the_contract_fields(cli):
    result = cli("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["type"] == "object" and schema["title"] == "Claim"
    assert set(Claim.model_fields) == set(schema["properties"])
    assert schema["properties"]["type"]["enum"] == ["assertion", "event", "recommendation"]
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("command", ["extract", "validate", "export", "show", "evaluate", "schema"])
def test_every_command_has_help(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0
    doc = getattr(__import__("claimx.cli", fromlist=[command]), command).__doc__
    words = lambda text: " ".join(text.replace("│", " ").split())  # noqa: E731  (rich wraps and boxes help)
    assert words(doc.splitlines()[0]) in words(result.stdout)


def test_no_arguments_shows_help(cli):
    result = cli()
    assert "extract" in result.output and "evaluate" in result.output


# -- the installed console script ---------------------------------------------
def test_console_script_runs(tmp_path):
    script = Path(sys.executable).parent / "claimx"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "claimx.cli"]
    out = tmp_path / "claims.jsonl"
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    run = subprocess.run(
        [*command, "extract", "-", "-o", str(out), "--date", "2023-10-05"],
        input="Statement from President Joe Biden\nI encourage all Americans to get vaccinated.\n".encode(),
        capture_output=True, timeout=120, env=env,
    )
    assert run.returncode == 0, run.stderr.decode()
    (claim,) = [c for c in records(out.read_text(encoding="utf-8")) if c.type == "recommendation"]
    assert claim.source.name == "Joe Biden"
    check = subprocess.run([*command, "validate", str(out)], capture_output=True, timeout=120, env=env)
    assert check.returncode == 0, check.stdout.decode()
