"""Progress on long runs: share done and ETA from the size of the inputs."""

import pytest

from claimx.io import Document, input_size
from claimx.render import Progress


@pytest.mark.parametrize(
    ("total", "texts", "expected"),
    [
        (100, ["x" * 25], "25% done, ETA"),
        (100, ["x" * 50, "y" * 50], "100% done, ETA 0:00"),
    ],
)
def test_progress_line_shows_share_and_eta_when_the_input_size_is_known(total, texts, expected):
    progress = Progress(enabled=False, total_chars=total)
    for i, text in enumerate(texts):
        progress.advance(Document(id=f"d{i}", text=text))
    line = progress.line("d")
    assert f"{len(texts)} documents" in line and expected in line


def test_progress_line_without_input_size_has_no_eta():
    progress = Progress(enabled=False, total_chars=None)
    progress.advance(Document(id="a", text="one two three"))
    line = progress.line("a")
    assert "3 words" in line and "ETA" not in line


def test_input_size_sums_files_in_folders_and_is_unknown_for_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("12345", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text("123", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"xx")
    assert input_size([str(tmp_path)]) == 8
    assert input_size([str(tmp_path), "-"]) is None
