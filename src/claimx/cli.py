"""The claimx command line: each command parses options, calls the library, renders."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import ClaimxError

app = typer.Typer(
    help="Typed claim records (who claims what, about whom, where and when) from news and policy texts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_SOME_FAILED, EXIT_USAGE = 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class TableFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"


class Table(str, Enum):
    claims = "claims"
    actors = "actors"
    places = "places"
    events = "events"


ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", "-m", help="Installed spaCy pipeline (name or path) to layer claimx on; default: rules only."),
]


def fail(message: str, code: int = EXIT_SOME_FAILED) -> None:
    typer.echo(f"claimx: error: {message}", err=True)
    raise typer.Exit(code)


def _load(model: str | None):
    from .batch import settle
    from .pipeline import load

    try:
        nlp = load(model)
    except ClaimxError as err:
        fail(str(err), EXIT_USAGE)
    settle()
    return nlp


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="jsonl: a claim per line; json: a document per entry; table: for reading.")] = OutputFormat.jsonl,
    model: ModelOption = None,
    date: Annotated[Optional[str], typer.Option(help="Publication date (ISO 8601) for inputs that do not carry one; anchors 'last week'.")] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Encoding of the inputs (default: UTF-8, else detected where that is certain).")] = None,
    text_field: Annotated[str, typer.Option("--text-field", help="Key of the article text in .jsonl inputs.")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="Key of the document id in .jsonl inputs.")] = "id",
    date_field: Annotated[str, typer.Option("--date-field", help="Key of the publication date in .jsonl inputs.")] = "date",
    keep_text: Annotated[Optional[Path], typer.Option("--keep-text", metavar="DIR", help="Also write DIR/<doc_id>.txt: the exact text the offsets index into.")] = None,
    append: Annotated[bool, typer.Option("--append", help="Add to the --output file; documents it already has records of are skipped.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first input that cannot be read.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="A line per document on stderr: doc_id, claims, seconds.")] = False,
) -> None:
    """Extract claim records from articles.

    Exit status: 0 all inputs processed, 1 some inputs could not be read (each is
    named on stderr, the others are still processed), 2 usage error, 130 interrupted.
    """
    import time
    from dataclasses import replace

    from .batch import process
    from .io import Failure, Fields, Notice, atomic_writer, doc_ids_in, input_size, read_documents, write_text
    from .render import Progress, render_table

    if append and (output is None or fmt != OutputFormat.jsonl):
        fail("--append needs --output FILE and the jsonl format", EXIT_USAGE)
    nlp = _load(model)
    try:
        done = doc_ids_in(output) if append else set()
    except ClaimxError as err:
        fail(str(err), EXIT_USAGE)
    failures = 0

    def documents():
        nonlocal failures
        for item in read_documents(paths, encoding=encoding, fields=Fields(text=text_field, id=id_field, date=date_field)):
            if isinstance(item, (Failure, Notice)):
                typer.echo(f"claimx: {item}", err=True)
                if isinstance(item, Failure):
                    failures += 1
                    if fail_fast:
                        raise typer.Exit(EXIT_SOME_FAILED)
            elif item.id in done:
                if verbose:
                    typer.echo(f"claimx: {item.id}: skipped, already in {output}", err=True)
            else:
                yield replace(item, date=item.date or date)

    try:
        with atomic_writer(output, append=append) as handle, Progress(enabled=not quiet, total_chars=input_size(paths)) as progress:
            # One document per batch with --verbose, so that its seconds are its own.
            results = process(nlp, documents(), batch_size=1 if verbose else 16, n_process=jobs)
            if fmt == OutputFormat.json:
                handle.write("[")
            first, started = True, time.perf_counter()
            for document, claims in results:
                progress.advance(document)
                if keep_text is not None:
                    write_text(keep_text, document)
                if fmt == OutputFormat.table:
                    render_table(document, claims)
                elif fmt == OutputFormat.jsonl:
                    handle.writelines(claim.model_dump_json() + "\n" for claim in claims)
                else:
                    entry = {"doc_id": document.id, "text": document.text, "date": document.date, "claims": [c.model_dump() for c in claims]}
                    handle.write(("\n" if first else ",\n") + json.dumps(entry, ensure_ascii=False))
                    first = False
                if verbose:
                    now = time.perf_counter()
                    typer.echo(f"claimx: {document.id}: {len(claims)} claims, {now - started:.2f} s", err=True)
                    started = now
            if fmt == OutputFormat.json:
                handle.write("\n]\n")
    except OSError as err:
        fail(f"{err.filename or output}: cannot write ({err.strerror})", EXIT_USAGE)
    except KeyboardInterrupt:
        fail("interrupted" + (f"; {output} is as it was before this run" if output else ""), EXIT_INTERRUPTED)
    if failures:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command()
def validate(file: Annotated[Path, typer.Argument(help="A JSONL file of claim records.")]) -> None:
    """Check every line of a claims file against the record schema; one line per problem."""
    from .validate import problems

    try:
        found = list(problems(file))
    except ClaimxError as err:
        fail(str(err), EXIT_USAGE)
    for problem in found:
        typer.echo(problem)
    if found:
        raise typer.Exit(EXIT_SOME_FAILED)
    typer.echo(f"{file}: ok", err=True)


@app.command()
def export(
    file: Annotated[Path, typer.Argument(help="A JSONL file of claim records.")],
    to: Annotated[TableFormat, typer.Option("--to", help="Table format.")] = TableFormat.csv,
    table: Annotated[Table, typer.Option("--table", help="Which table: one row per claim or per mention.")] = Table.claims,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Default: FILE with .TABLE.csv / .TABLE.parquet.")] = None,
) -> None:
    """Write flat tables (claims, actors, places, events) that pandas loads directly."""
    from .export import write_table
    from .validate import load_claims

    try:
        claims = load_claims(file)
    except ClaimxError as err:
        fail(str(err), EXIT_USAGE)
    target = output or file.with_suffix(f".{table.value}.{to.value}")
    count = write_table(claims, table.value, to.value, target)
    typer.echo(f"{target}: {count} rows", err=True)


@app.command()
def show(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Articles to extract and show: files (.txt, .html, .jsonl), folders, or - for stdin.")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML page to write (atomically).")] = Path("report.html"),
    records: Annotated[Optional[Path], typer.Option("--records", help="Show this claims JSONL instead of extracting.")] = None,
    raw: Annotated[Optional[Path], typer.Option("--raw", help="With --records: the folder of the articles' texts (<doc_id>.txt, as --keep-text writes them).")] = None,
    model: ModelOption = None,
) -> None:
    """Write one self-contained HTML page to look at claims: each article with its mentions
    highlighted and its claims marked, a claim table to sort and filter, and for several
    articles an overview chart of types, sources, actors and places.

    Exit status: 0 page written, 1 some inputs could not be read (the others are shown), 2 usage error.
    """
    from .io import Document, Failure, atomic_writer, decode, read_documents, text_file
    from .report import render_report
    from .validate import load_claims

    if bool(paths) == (records is not None):
        fail("name the articles to extract, or --records FILE with --raw DIR (not both)", EXIT_USAGE)
    if records is not None and raw is None:
        fail("--records needs --raw DIR, the folder of the articles' texts (<doc_id>.txt)", EXIT_USAGE)
    failures = 0
    try:
        if records is not None:
            by_doc: dict[str, list] = {}
            for claim in load_claims(records):
                by_doc.setdefault(claim.doc_id, []).append(claim)
            results = []
            for doc_id, claims in by_doc.items():
                path = text_file(raw, doc_id)
                if not path.is_file():
                    fail(f"{path}: text of '{doc_id}' not found; --raw names the folder of <doc_id>.txt files", EXIT_USAGE)
                results.append((Document(id=doc_id, text=decode(path.read_bytes(), str(path))), claims))
        else:
            from .batch import process

            nlp = _load(model)
            documents = []
            for item in read_documents(paths):
                if isinstance(item, Document):
                    documents.append(item)
                    continue
                typer.echo(f"claimx: {item}", err=True)
                failures += isinstance(item, Failure)
            results = list(process(nlp, documents))
        if not results:
            fail("nothing to show: no article was read")
        page = render_report(results)
    except ClaimxError as err:
        fail(str(err), EXIT_USAGE)
    try:
        with atomic_writer(output) as handle:
            handle.write(page)
    except OSError as err:
        fail(f"{err.filename or output}: cannot write ({err.strerror})", EXIT_USAGE)
    count = sum(len(claims) for _, claims in results)
    typer.echo(f"{output}: {count} claims of {len(results)} article{'s' if len(results) > 1 else ''}", err=True)
    if failures:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold files (*.json).")],
    raw: Annotated[Path, typer.Option("--raw", help="Folder of the raw articles (<doc_id>.txt).")],
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Claims JSONL; default: extract the raw articles now.")] = None,
    model: ModelOption = None,
    errors: Annotated[bool, typer.Option("--errors", help="List each miss and false positive per document.")] = False,
) -> None:
    """Score claims against gold files with the CONTRACT.md rules; the last line sums up."""
    from .evaluate import evaluate as score
    from .evaluate import load_gold_dir
    from .io import Document, decode
    from .render import render_scores
    from .validate import load_claims

    try:
        golds = load_gold_dir(gold)
        texts = {}
        for g in golds:
            path = raw / f"{g.doc_id}.txt"
            if not path.exists():
                fail(f"{path}: raw text of gold document '{g.doc_id}' not found", EXIT_USAGE)
            texts[g.doc_id] = decode(path.read_bytes(), str(path))
        if predictions is not None:
            by_doc: dict[str, list] = {}
            for claim in load_claims(predictions):
                by_doc.setdefault(claim.doc_id, []).append(claim)
        else:
            from .batch import process

            nlp = _load(model)
            docs = [Document(id=g.doc_id, text=texts[g.doc_id], date=g.date) for g in golds]
            by_doc = {d.id: claims for d, claims in process(nlp, docs)}
        total, per_doc = score(golds, texts, by_doc)
    except ClaimxError as err:
        fail(str(err), EXIT_USAGE)
    render_scores(total, per_doc, errors)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a claim record."""
    from .records import Claim

    typer.echo(json.dumps(Claim.model_json_schema(), indent=2))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
