"""Read input documents (.txt files, .html pages, .jsonl articles, folders, stdin) and write records atomically."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
STDIN = "-"

# A detected encoding is trusted only when every candidate within this much "chaos" (charset-normalizer's
# measure of how messy a decoding looks) of the best one gives the same text.
DETECTION_MARGIN = 0.1
# Control characters that do not occur in text: a decoding that produces them is wrong.
NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
# Browsers read a page declared as Latin-1 or ASCII as windows-1252 (WHATWG Encoding Standard).
DECLARED_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|%]')


@dataclass(frozen=True)
class Document:
    """One article to extract from; offsets of its records index into `text`."""

    id: str
    text: str
    date: str | None = None
    meta: dict = field(default_factory=dict)
    where: str = field(default="", compare=False)  # the file (and line) it was read from


@dataclass(frozen=True)
class Report:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class Failure(Report):
    """An input (or one line of it) that could not be read."""


class Notice(Report):
    """Something to know about an input that was read (the encoding it was assumed to be in)."""


@dataclass(frozen=True)
class Fields:
    """The keys of a JSONL article that hold its text, id and publication date."""

    text: str = "text"
    id: str = "id"
    date: str = "date"


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


def decode_any(data: bytes, where: str, encoding: str | None = None, declared: str | None = None) -> tuple[str, str | None]:
    """`decode`, except that bytes which are not UTF-8, with no `encoding` named, are read in
    the encoding the document `declared` (an HTML page's charset) or else in the one
    `detect_encoding` is sure of. Returns the text and the detected encoding (None if none
    was needed), which the caller should report."""
    if encoding is not None or b"\x00" in data[:8192]:
        return decode(data, where, encoding), None
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), None
    except UnicodeDecodeError as err:
        position = err.start
    if declared:
        with contextlib.suppress(InputError):
            return decode(data, where, "cp1252" if declared.lower() in DECLARED_AS_CP1252 else declared), None
    detected = detect_encoding(data)
    if detected is None:
        raise InputError(
            f"{where}: not valid UTF-8 (byte {position}) and its encoding cannot be detected with confidence; "
            "name it with --encoding (cp1252 for most Western European text)"
        )
    return decode(data, where, detected), detected


def detect_encoding(data: bytes) -> str | None:
    """The encoding of `data` when charset-normalizer leaves no doubt: every candidate that
    looks about as clean as the best one decodes to the same text, free of control
    characters. Else None: Western code pages (cp1252, cp1250, cp775...) often tie, and
    picking one would garble letters silently."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda m: m.chaos)
    texts = {str(m) for m in matches if m.chaos <= best.chaos + DETECTION_MARGIN}
    if len(texts) != 1 or NOT_TEXT.search(texts.pop()):
        return None
    return best.encoding


def html_document(html: str, where: str, doc_id: str) -> Document:
    """The article of an HTML page (trafilatura): its title as the first line, a blank line,
    then the main text. Navigation, banners, footers and comments are left out; the
    publication date comes from the page's metadata."""
    import trafilatura

    page = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    body = page.text if page is not None and page.text else ""
    if not body.strip():
        raise InputError(f"{where}: no article text found in the page (only navigation, banners or other page furniture)")
    title = (page.title or "").strip()
    first, _, rest = body.partition("\n")
    if title and first.strip() == title:
        body = rest
    text = f"{title}\n\n{body}" if title else body
    meta = {key: value for key in ("title", "url") if (value := getattr(page, key))}
    return Document(id=doc_id, text=text, date=page.date, meta=meta, where=where)


def input_size(paths: Iterable[str]) -> int | None:
    """Total bytes of the input files (a measure of work for progress), None with stdin."""
    total = 0
    for path in expand(paths):
        if path == STDIN:
            return None
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return total


def expand(paths: Iterable[str]) -> Iterator[str | Path]:
    """Files named, files inside named folders (sorted), and '-' for stdin."""
    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
        else:
            yield path


def read_documents(
    paths: Iterable[str], encoding: str | None = None, fields: Fields = Fields()
) -> Iterator[Document | Failure | Notice]:
    """Every document of every input, a Failure naming what could not be read (a doc_id
    already read counts as one), and a Notice for each input whose encoding was detected."""
    seen: dict[str, str] = {}
    for path in expand(paths):
        for item in _read(path, encoding, fields):
            if isinstance(item, Document):
                first = seen.setdefault(item.id, item.where)
                if first != item.where:
                    item = Failure(item.where, f"doc_id '{item.id}' was already read from {first}; give each document its own id")
            yield item


def _read(path: str | Path, encoding: str | None, fields: Fields) -> Iterator[Document | Failure | Notice]:
    if path != STDIN and path.suffix.lower() in JSONL_SUFFIXES and (encoding or "utf-8").lower().replace("_", "-") in {"utf-8", "utf8"}:
        yield from _stream_jsonl(path, fields)
        return
    try:
        if path == STDIN:
            data, where, stem, suffix = sys.stdin.buffer.read(), "<stdin>", "stdin", ".txt"
        else:
            data, where, stem, suffix = path.read_bytes(), str(path), path.stem, path.suffix.lower()
    except OSError as err:
        yield _unreadable(path, err)
        return
    try:
        if suffix in HTML_SUFFIXES:
            match = META_CHARSET.search(data[:4096])
            text, detected = decode_any(data, where, encoding, declared=match and match.group(1).decode("ascii"))
            document = html_document(text, where, stem)
        else:
            text, detected = decode_any(data, where, encoding)
            document = None
    except InputError as err:
        yield Failure(where, str(err).removeprefix(f"{where}: "))
        return
    if detected:
        yield Notice(where, f"not UTF-8; read as {detected} (detected; name the right one with --encoding if that is wrong)")
    if suffix in JSONL_SUFFIXES:
        yield from parse_jsonl(text, where, fields)
    elif document is not None:
        yield document
    elif not text.strip():
        yield Failure(where, "empty document (no text to extract from)")
    else:
        yield Document(id=stem, text=text, where=where)


def _unreadable(path: str | Path, err: OSError) -> Failure:
    reason = "no such file" if isinstance(err, FileNotFoundError) else f"cannot read ({err.strerror})"
    return Failure(str(path), reason)


def _stream_jsonl(path: Path, fields: Fields) -> Iterator[Document | Failure]:
    """A UTF-8 JSONL file read line by line, so memory does not grow with its size."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield _unreadable(path, err)
        return
    with handle:
        # binary lines end at b"\n" only, as JSONL lines do
        yield from parse_jsonl_lines(_decoded_lines(handle, str(path)), str(path), fields)


def _decoded_lines(handle, where: str) -> Iterator[tuple[int, str | Failure]]:
    for number, raw in enumerate(handle, start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield number, Failure(f"{where}:{number}", f"not valid UTF-8 (byte {err.start}); name the file's encoding with --encoding")


def parse_jsonl(text: str, where: str, fields: Fields = Fields()) -> Iterator[Document | Failure]:
    """Articles of a JSONL text: {"id": str, "text": str} plus optional date, title, url
    (`fields` names other keys for the id, text and date). An integer id is taken as a string."""
    # JSONL lines end at "\n" only: str.splitlines() would also cut at U+2028, U+0085, form
    # feeds..., which JSON writers (ensure_ascii=False) leave unescaped inside strings.
    yield from parse_jsonl_lines(enumerate(text.split("\n"), start=1), where, fields)


def parse_jsonl_lines(lines: Iterable[tuple[int, str | Failure]], where: str, fields: Fields = Fields()) -> Iterator[Document | Failure]:
    """Articles of numbered JSONL lines (see `parse_jsonl`); a Failure in place of a line is passed on."""
    for number, line in lines:
        if isinstance(line, Failure):
            yield line
            continue
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(at, f"invalid JSON ({err.msg})")
            continue
        if not isinstance(item, dict):
            yield Failure(at, f"expected a JSON object with '{fields.id}' and '{fields.text}'")
            continue
        doc_id, body, date = item.get(fields.id), item.get(fields.text), item.get(fields.date)
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id:
            yield Failure(at, f"'{fields.id}' is missing or not a non-empty string")
        elif not isinstance(body, str):
            yield Failure(at, f"'{fields.text}' is missing or not a string")
        elif not body.strip():
            yield Failure(at, f"empty '{fields.text}'")
        elif date is not None and not isinstance(date, str):
            yield Failure(at, f"'{fields.date}' must be an ISO 8601 string")
        elif problem := _not_unicode(doc_id, fields.id) or _not_unicode(body, fields.text):
            yield Failure(at, problem)
        else:
            meta = {k: item[k] for k in ("title", "url") if isinstance(item.get(k), str)}
            yield Document(id=doc_id, text=body, date=date, meta=meta, where=at)


def _not_unicode(value: str, name: str) -> str | None:
    """Why `value` cannot be written out as UTF-8 (a lone surrogate from a '\\ud800' escape), or None."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        return f"'{name}' holds a lone surrogate (U+{ord(value[err.start]):04X} at character {err.start}), which is not text"
    return None


def text_file(folder: Path, doc_id: str) -> Path:
    """Where `write_text` puts a document's text: `<doc_id>.txt`, with characters that a
    file name cannot hold (and '%') escaped as %XX."""
    return folder / (NOT_IN_FILE_NAMES.sub(lambda m: f"%{ord(m.group()):02X}", doc_id) + ".txt")


def write_text(folder: Path, document: Document) -> Path:
    """Write exactly the text that the document's offsets index into (UTF-8, no BOM, line
    endings unchanged) to `text_file(folder, document.id)`, atomically."""
    path = text_file(folder, document.id)
    with atomic_path(path) as tmp:
        tmp.write_bytes(document.text.encode("utf-8"))
    return path


def doc_ids_in(path: Path) -> set[str]:
    """The doc_id of every record of a claims JSONL file; empty when the file does not exist."""
    if not path.exists():
        return set()
    ids = set()
    for number, obj, error in read_records(path):
        doc_id = obj.get("doc_id") if isinstance(obj, dict) else None
        if not isinstance(doc_id, str):
            raise InputError(f"{path}:{number}: not a claim record ({error or 'no doc_id'}); cannot append to this file")
        ids.add(doc_id)
    return ids


@contextlib.contextmanager
def atomic_writer(path: Path | None, append: bool = False) -> Iterator[IO[str]]:
    """A text handle for `path` that appears only complete (see `atomic_path`); stdout when
    None. With `append`, what `path` holds comes first: it is copied into the temporary
    file, which then replaces it."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_path(path) as tmp:
        if append and path.exists():
            shutil.copyfile(path, tmp)
        with open(tmp, "a", encoding="utf-8", newline="\n") as handle:
            if handle.tell() and not _ends_with_newline(tmp):
                handle.write("\n")
            yield handle


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed into place only on success: an interrupted
    run leaves the previous file or none, never a truncated one. The file gets the
    permissions of the one it replaces, or the usual ones for a new file (umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask())
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
