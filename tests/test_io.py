"""Reading inputs (decode, files, folders, JSONL, stdin) and writing outputs atomically."""

from __future__ import annotations

import io
import json
import sys

import pytest

from claimx.errors import InputError
from claimx.io import Document, Failure, atomic_path, atomic_writer, decode, parse_jsonl, read_documents, read_records


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (b"\xef\xbb\xbfKosovo", None, "Kosovo"),
        (b"one\r\ntwo\r\n", None, "one\r\ntwo\r\n"),
        (b"one\rtwo", None, "one\rtwo"),
        ("Vučić said “no”.".encode(), None, "Vučić said “no”."),
        (b"a\xef\xbb\xbfb", None, "a\ufeffb"),
        (b"\xef\xbb\xbf\xef\xbb\xbfx", None, "\ufeffx"),
        (b"  spaces \t kept  ", None, "  spaces \t kept  "),
        (b"caf\xe9", "latin-1", "café"),
        ("Priština".encode("cp1250"), "cp1250", "Priština"),
        (b"", None, ""),
    ],
)
def test_decode(data, encoding, text):
    assert decode(data, "f.txt", encoding) == text


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"caf\xe9 au lait", None, r"f\.txt: not valid UTF-8 \(byte 3\); name the file's encoding with --encoding"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, r"f\.txt: looks like a binary file"),
        (b"text", "no-such-codec", r"unknown encoding 'no-such-codec'"),
        (b"\xff\xfe\x00", "ascii", r"f\.txt: not valid ascii"),
    ],
)
def test_decode_errors(data, encoding, message):
    with pytest.raises(InputError, match=message):
        decode(data, "f.txt", encoding)


@pytest.fixture()
def inputs(tmp_path):
    """A folder with good and bad inputs, and a path that does not exist."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_bytes(b"\xef\xbb\xbfThe report says Serbia is a proxy.\r\n")
    (folder / "empty.txt").write_text(" \n\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "latin.txt").write_bytes(b"Caf\xe9 owners protested.")
    (folder / "notes.csv").write_text("not,an,input\n", encoding="utf-8")
    (folder / "sub" / "nested.md").write_text("Officials said the border was closed.", encoding="utf-8")
    lines = [
        json.dumps({"id": "a1", "text": "Moscow denied it.", "date": "2023-10-05", "title": "T", "url": "u", "x": 1}),
        "",
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps({"id": "", "text": "no id"}),
        json.dumps({"id": "a5", "text": "   "}),
        json.dumps({"id": "a6", "text": "ok", "date": 20231005}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a8", "text": "Last line without newline."}),
    ]
    (folder / "articles.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return folder, tmp_path / "missing.txt"


def test_read_documents_from_a_folder(inputs):
    folder, missing = inputs
    items = list(read_documents([str(folder), str(missing)]))
    docs = [i for i in items if isinstance(i, Document)]
    failures = {f.where: f.message for f in items if isinstance(f, Failure)}
    assert [(d.id, d.text, d.date) for d in docs] == [
        ("a1", "Moscow denied it.", "2023-10-05"),
        ("a8", "Last line without newline.", None),
        ("good", "The report says Serbia is a proxy.\r\n", None),
        ("nested", "Officials said the border was closed.", None),
    ]
    assert docs[0].meta == {"title": "T", "url": "u"}
    jsonl = folder / "articles.jsonl"
    assert failures == {
        f"{jsonl}:3": "invalid JSON (Expecting property name enclosed in double quotes)",
        f"{jsonl}:4": "'text' is missing or not a string",
        f"{jsonl}:5": "'id' is missing or not a non-empty string",
        f"{jsonl}:6": "empty 'text'",
        f"{jsonl}:7": "'date' must be an ISO 8601 string",
        f"{jsonl}:8": "expected a JSON object with 'id' and 'text'",
        str(folder / "binary.txt"): "looks like a binary file (NUL bytes); pass text, or name its --encoding",
        str(folder / "empty.txt"): "empty document (no text to extract from)",
        str(folder / "latin.txt"): "not valid UTF-8 (byte 3); name the file's encoding with --encoding",
        str(missing): "no such file",
    }
    assert all(str(f).startswith(f.where + ": ") for f in items if isinstance(f, Failure))


def test_read_documents_with_an_encoding(inputs):
    folder, _ = inputs
    (doc,) = read_documents([str(folder / "latin.txt")], encoding="latin-1")
    assert doc == Document(id="latin", text="Café owners protested.")


def test_read_documents_from_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfFrom stdin.\n"), encoding="utf-8"))
    assert list(read_documents(["-"])) == [Document(id="stdin", text="From stdin.\n")]


def test_read_documents_is_lazy(tmp_path):
    """Folders are walked as documents are asked for: a huge corpus does not sit in memory."""
    items = read_documents([str(tmp_path / "nothing")])
    assert not isinstance(items, list)
    assert [str(f) for f in items] == [f"{tmp_path / 'nothing'}: no such file"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"id": "a", "text": "x"}\r\n{"id": "b", "text": "y"}\r\n', ["a", "b"]),
        ('\n\n{"id": "a", "text": "x"}\n\n', ["a"]),
        ('{"id": "a", "text": "line\\u2028sep"}', ["a"]),
        ('{"id": "a", "text": "line\u2028sep"}', ["a"]),
    ],
)
def test_parse_jsonl_lines(text, expected):
    assert [d.id for d in parse_jsonl(text, "f") if isinstance(d, Document)] == expected


def test_atomic_writer_writes_on_success(tmp_path):
    path = tmp_path / "deep" / "out.jsonl"
    with atomic_writer(path) as handle:
        handle.write("one\n")
        assert not path.exists()
    assert path.read_text(encoding="utf-8") == "one\n"
    assert [p.name for p in path.parent.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize("previous", [None, "previous content\n"])
def test_atomic_writer_keeps_previous_file_on_error(tmp_path, previous):
    path = tmp_path / "out.jsonl"
    if previous is not None:
        path.write_text(previous, encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_writer(path) as handle:
        handle.write("partial")
        raise RuntimeError("interrupted")
    assert [p.name for p in tmp_path.iterdir()] == ([] if previous is None else ["out.jsonl"])
    if previous is not None:
        assert path.read_text(encoding="utf-8") == previous


def test_atomic_writer_keeps_previous_file_on_keyboard_interrupt(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_writer(path) as handle:
        handle.write("new")
        raise KeyboardInterrupt
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    assert path.read_text(encoding="utf-8") == "old"


def test_atomic_writer_without_path_is_stdout(capsys):
    with atomic_writer(None) as handle:
        handle.write("to stdout\n")
    assert capsys.readouterr().out == "to stdout\n"


def test_atomic_path_removes_its_temporary_file(tmp_path):
    target = tmp_path / "table.parquet"
    with pytest.raises(ValueError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise ValueError
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"a": 1}\n\n{"b": 2}\n', [(1, {"a": 1}, None), (3, {"b": 2}, None)]),
        ("{bad\n", [(1, None, "invalid JSON (Expecting property name enclosed in double quotes)")]),
        ('\ufeff{"a": 1}', [(1, {"a": 1}, None)]),
    ],
)
def test_read_records(tmp_path, content, expected):
    path = tmp_path / "claims.jsonl"
    path.write_text(content, encoding="utf-8")
    assert list(read_records(path)) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [(None, "no such file"), (b"\xff\xfe bad", "not UTF-8 text")],
)
def test_read_records_errors(tmp_path, data, message):
    path = tmp_path / "claims.jsonl"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        list(read_records(path))
