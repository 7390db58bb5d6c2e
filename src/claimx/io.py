"""Read input documents (.txt files, .jsonl articles, folders, stdin) and write records atomically."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
STDIN = "-"


@dataclass(frozen=True)
class Document:
    """One article to extract from; offsets of its records index into `text`."""

    id: str
    text: str
    date: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Failure:
    """An input (or one line of it) that could not be read."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Bytes -> text: UTF-8 (a leading BOM dropped) unless `encoding` is named; nothing else changes."""
    if b"\x00" in data[:8192] and encoding is None:
        raise InputError(f"{where}: looks like a binary file (NUL bytes); pass text, or name its --encoding")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{where}: not valid {encoding or 'UTF-8'} (byte {err.start}); name the file's encoding with --encoding"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding '{encoding}'") from None
    return text.removeprefix("\ufeff")


def expand(paths: Iterable[str]) -> Iterator[str | Path]:
    """Files named, files inside named folders (sorted), and '-' for stdin."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES)
        else:
            yield path


def read_documents(paths: Iterable[str], encoding: str | None = None) -> Iterator[Document | Failure]:
    """Every document of every input, or a Failure naming what could not be read."""
    for path in expand(paths):
        try:
            if path == STDIN:
                data, where, stem, suffix = sys.stdin.buffer.read(), "<stdin>", "stdin", ".txt"
            else:
                data, where, stem, suffix = path.read_bytes(), str(path), path.stem, path.suffix.lower()
        except FileNotFoundError:
            yield Failure(str(path), "no such file")
            continue
        except OSError as err:
            yield Failure(str(path), f"cannot read ({err.strerror})")
            continue
        try:
            text = decode(data, where, encoding)
        except InputError as err:
            yield Failure(where, str(err).removeprefix(f"{where}: "))
            continue
        if suffix in JSONL_SUFFIXES:
            yield from parse_jsonl(text, where)
        elif not text.strip():
            yield Failure(where, "empty document (no text to extract from)")
        else:
            yield Document(id=stem, text=text)


def parse_jsonl(text: str, where: str) -> Iterator[Document | Failure]:
    """Articles of a JSONL file: {"id": str, "text": str} plus optional date, title, url."""
    # JSONL lines end at "\n" only: str.splitlines() would also cut at U+2028, U+0085, form
    # feeds..., which JSON writers (ensure_ascii=False) leave unescaped inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(at, f"invalid JSON ({err.msg})")
            continue
        if not isinstance(item, dict):
            yield Failure(at, "expected a JSON object with 'id' and 'text'")
            continue
        doc_id, body, date = item.get("id"), item.get("text"), item.get("date")
        if not isinstance(doc_id, str) or not doc_id:
            yield Failure(at, "'id' is missing or not a non-empty string")
        elif not isinstance(body, str):
            yield Failure(at, "'text' is missing or not a string")
        elif not body.strip():
            yield Failure(at, "empty 'text'")
        elif date is not None and not isinstance(date, str):
            yield Failure(at, "'date' must be an ISO 8601 string")
        else:
            meta = {k: item[k] for k in ("title", "url") if isinstance(item.get(k), str)}
            yield Document(id=doc_id, text=body, date=date, meta=meta)


@contextlib.contextmanager
def atomic_writer(path: Path | None) -> Iterator[IO[str]]:
    """A text handle for `path` that appears only complete (see `atomic_path`); stdout when None."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        yield handle


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed into place only on success: an interrupted
    run leaves the previous file or none, never a truncated one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def read_records(path: Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, object or None, error or None) for each non-blank line of a JSONL file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line), None
        except json.JSONDecodeError as err:
            yield number, None, f"invalid JSON ({err.msg})"
