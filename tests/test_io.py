"""Reading inputs (decode and detect encodings, files, folders, HTML pages, JSONL, stdin) and
writing outputs atomically (replace, append, keep texts)."""

from __future__ import annotations

import io
import json
import os
import random
import stat
import sys
from pathlib import Path

import pytest

from claimx.errors import InputError
from claimx.io import (
    Document,
    Failure,
    Fields,
    Notice,
    atomic_path,
    atomic_writer,
    decode,
    decode_any,
    detect_encoding,
    doc_ids_in,
    html_document,
    parse_jsonl,
    read_documents,
    read_records,
    text_file,
    write_text,
)


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
        str(folder / "latin.txt"): (
            "not valid UTF-8 (byte 3) and its encoding cannot be detected with confidence; "
            "name it with --encoding (cp1252 for most Western European text)"
        ),
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


# -- encodings: detected only when certain --------------------------------------
RUSSIAN = (
    "Министр иностранных дел России заявил в четверг, что переговоры в Женеве провалились. По его словам, "
    "Москва потребует срочного заседания Совета Безопасности ООН, а делегации вернутся к обсуждению после лета."
)
FRENCH = "Le président a déclaré que la réunion à Genève était très importante pour l'économie française."
POLISH = "Minister spraw zagranicznych powiedział w czwartek, że rozmowy w Genewie zakończyły się niepowodzeniem."
MIXED = "Foreign Minister Sergei Lavrov (Сергей Лавров) said Moscow would not accept the proposal."


@pytest.mark.parametrize(
    ("text", "encoding", "detected"),
    [
        (RUSSIAN, "cp1251", "cp1251"),
        (RUSSIAN, "koi8-r", "koi8_r"),
        # Western code pages tie (à is ŕ in cp1250, ł is ³ in cp1252): no guess
        (FRENCH, "latin-1", None),
        (FRENCH, "cp1252", None),
        (POLISH, "cp1250", None),
        # a few Cyrillic letters in English text: charset-normalizer's best guess is Shift JIS
        (MIXED, "koi8-r", None),
    ],
)
def test_detect_encoding_only_when_certain(text, encoding, detected):
    assert detect_encoding(text.encode(encoding)) == detected


def test_detect_encoding_refuses_noise():
    noise = bytes(random.Random(0).randrange(1, 256) for _ in range(3000))
    assert detect_encoding(noise) is None


@pytest.mark.parametrize(
    ("data", "encoding", "declared", "expected"),
    [
        ("Vučić".encode(), None, None, ("Vučić", None)),
        (RUSSIAN.encode("cp1251"), None, None, (RUSSIAN, "cp1251")),
        (RUSSIAN.encode("cp1251"), "cp1251", None, (RUSSIAN, None)),
        (FRENCH.encode("cp1252"), None, "windows-1252", (FRENCH, None)),
        # a page declared Latin-1 is read as windows-1252, as browsers do
        ("“quoted”".encode("cp1252"), None, "iso-8859-1", ("“quoted”", None)),
        # a wrong declaration falls back to detection
        (RUSSIAN.encode("koi8-r"), None, "utf-8", (RUSSIAN, "koi8_r")),
    ],
)
def test_decode_any(data, encoding, declared, expected):
    assert decode_any(data, "f.txt", encoding, declared) == expected


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (FRENCH.encode("latin-1"), None, r"f\.txt: not valid UTF-8 \(byte 5\) and its encoding cannot be detected with confidence; name it with --encoding"),
        (b"\x00\x01" + RUSSIAN.encode("cp1251"), None, r"f\.txt: looks like a binary file"),
        (b"caf\xe9", "utf-8", r"f\.txt: not valid utf-8 \(byte 3\)"),
    ],
)
def test_decode_any_errors(data, encoding, message):
    with pytest.raises(InputError, match=message):
        decode_any(data, "f.txt", encoding)


def test_read_documents_says_which_encoding_was_detected(tmp_path):
    path = tmp_path / "moscow.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    notice, document = read_documents([str(path)])
    assert isinstance(notice, Notice)
    assert str(notice) == f"{path}: not UTF-8; read as cp1251 (detected; name the right one with --encoding if that is wrong)"
    assert document == Document(id="moscow", text=RUSSIAN)


# -- HTML pages -------------------------------------------------------------------
HTML = Path(__file__).parent / "data" / "html"


def test_html_document_keeps_title_text_and_date():
    page = HTML / "article.html"
    document = html_document(page.read_text(encoding="utf-8"), str(page), "article")
    title, blank, *paragraphs = document.text.split("\n")
    assert (title, blank) == ("Serbia denies role in Banjska attack", "")
    assert [p.split()[0] for p in paragraphs] == ["Serbian", "According", "The", "NATO"]
    assert document.date == "2023-10-05"
    assert document.meta == {"title": title, "url": "https://balkan-monitor.example/2023/10/serbia-denies-role"}
    assert document.where == str(page)


@pytest.mark.parametrize(
    "boilerplate",
    ["cookies", "Accept all", "Home", "Subscribe", "By Ana", "Reader42", "Another reader", "Post a Comment", "Related", "©", "Privacy"],
)
def test_html_document_leaves_out_page_furniture(boilerplate):
    page = HTML / "article.html"
    assert boilerplate not in html_document(page.read_text(encoding="utf-8"), str(page), "article").text


@pytest.mark.parametrize("html", ["", "<html><body></body></html>", (HTML / "no_article.html").read_text(encoding="utf-8")])
def test_html_document_without_an_article(html):
    with pytest.raises(InputError, match=r"^p\.html: no article text found in the page"):
        html_document(html, "p.html", "p")


def test_read_documents_reads_a_page_in_its_declared_charset():
    page = HTML / "cp1252_page.html"
    (document,) = read_documents([str(page)])
    assert document.text.startswith("Café owners protest\n\nThe association of café owners said")
    assert "“necessary”" in document.text
    assert document.date is None


# -- JSONL exports with other keys, doc ids -------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ({"uid": "a", "body": "Text.", "published": "2023-10-05", "title": "T"}, Document(id="a", text="Text.", date="2023-10-05", meta={"title": "T"})),
        ({"uid": 17, "body": "Text."}, Document(id="17", text="Text.")),
        ({"uid": True, "body": "Text."}, "'uid' is missing or not a non-empty string"),
        ({"uid": "a", "text": "Text."}, "'body' is missing or not a string"),
        ({"uid": "a", "body": " "}, "empty 'body'"),
        ({"uid": "a", "body": "Text.", "published": 2023}, "'published' must be an ISO 8601 string"),
        ({"uid": "a", "body": "Text \ud800."}, "'body' holds a lone surrogate (U+D800 at character 5), which is not text"),
        ({"uid": "\udfff", "body": "Text."}, "'uid' holds a lone surrogate (U+DFFF at character 0), which is not text"),
        (["a"], "expected a JSON object with 'uid' and 'body'"),
    ],
)
def test_parse_jsonl_with_other_fields(line, expected):
    (item,) = parse_jsonl(json.dumps(line), "f.jsonl", Fields(text="body", id="uid", date="published"))
    assert item == expected if isinstance(expected, Document) else item == Failure("f.jsonl:1", expected)


def test_read_documents_rejects_a_doc_id_read_before(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "report.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "report.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "report", "text": "Three."}), encoding="utf-8")
    first, *others = read_documents([str(tmp_path)])
    assert first.text == "One."
    assert [str(o) for o in others] == [
        f"{tmp_path / 'b' / 'report.txt'}: doc_id 'report' was already read from {tmp_path / 'a' / 'report.txt'}; give each document its own id",
        f"{tmp_path / 'c.jsonl'}:1: doc_id 'report' was already read from {tmp_path / 'a' / 'report.txt'}; give each document its own id",
    ]


# -- --keep-text files, --append --------------------------------------------------------
@pytest.mark.parametrize(
    ("doc_id", "name"),
    [
        ("seed_kosovo_report", "seed_kosovo_report.txt"),
        ("my article", "my article.txt"),
        ("https://x.org/a?b=1", "https%3A%2F%2Fx.org%2Fa%3Fb=1.txt"),
        ("100%", "100%25.txt"),
        ("..", "...txt"),
    ],
)
def test_text_file_names(tmp_path, doc_id, name):
    assert text_file(tmp_path, doc_id) == tmp_path / name


def test_write_text_keeps_the_text_exactly(tmp_path):
    text = "Title\r\n\r\nBody\u2028with “quotes”\n"
    path = write_text(tmp_path / "texts", Document(id="a/b", text=text))
    assert path == tmp_path / "texts" / "a%2Fb.txt"
    assert path.read_bytes() == text.encode("utf-8")


def test_doc_ids_in(tmp_path):
    path = tmp_path / "claims.jsonl"
    assert doc_ids_in(path) == set()
    path.write_text('{"doc_id": "a"}\n{"doc_id": "b"}\n\n{"doc_id": "a"}\n', encoding="utf-8")
    assert doc_ids_in(path) == {"a", "b"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"doc_id": "a"}\n{oops\n', r"claims\.jsonl:2: not a claim record \(invalid JSON .*\); cannot append to this file"),
        ('{"doc_id": "a"}\n[1]\n', r"claims\.jsonl:2: not a claim record \(no doc_id\)"),
    ],
)
def test_doc_ids_in_refuses_other_files(tmp_path, content, message):
    path = tmp_path / "claims.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        doc_ids_in(path)


@pytest.mark.parametrize(("previous", "expected"), [(None, "new\n"), ("old\n", "old\nnew\n"), ("old", "old\nnew\n"), ("", "new\n")])
def test_atomic_writer_appends(tmp_path, previous, expected):
    path = tmp_path / "out.jsonl"
    if previous is not None:
        path.write_text(previous, encoding="utf-8")
    with atomic_writer(path, append=True) as handle:
        handle.write("new\n")
        assert (path.read_text(encoding="utf-8") if path.exists() else None) == previous
    assert path.read_text(encoding="utf-8") == expected
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_atomic_writer_append_keeps_the_previous_file_on_error(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_writer(path, append=True) as handle:
        handle.write("new\n")
        raise KeyboardInterrupt
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_atomic_path_gives_usual_permissions(tmp_path):
    mask = os.umask(0o022)
    try:
        with atomic_writer(tmp_path / "new.jsonl") as handle:
            handle.write("x\n")
        existing = tmp_path / "existing.jsonl"
        existing.write_text("old\n", encoding="utf-8")
        existing.chmod(0o640)
        with atomic_writer(existing) as handle:
            handle.write("x\n")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o644
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
