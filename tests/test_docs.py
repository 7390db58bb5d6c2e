"""Documentation that runs (STYLE habit 12): every `claimx ...` line in a ```bash block of
README.md is executed from the repository root and must exit 0.

Commands that are only illustrations belong in a ```console or ```text block. Output
files (`-o FILE`, `--output FILE`, `> FILE`) are redirected into a temporary folder, and
later commands that read such a file are pointed at the redirected copy, so a test run
never writes into the repository.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
FENCE = re.compile(r"^```(\S*)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
OUTPUT_FLAGS = {"-o", "--output", ">", ">>"}
OPERATORS = {"|", "||", "&&", ";", ">", ">>", "<", "2>", "&"}


def readme_commands(text: str) -> list[str]:
    """`claimx ...` lines of ```bash blocks, continuation lines joined, a leading '$ ' dropped."""
    commands = []
    for language, body in FENCE.findall(text):
        if language.lower() not in {"bash", "sh", "shell"}:
            continue
        for line in body.replace("\\\n", " ").splitlines():
            line = line.strip().removeprefix("$ ").strip()
            if line.startswith("claimx "):
                commands.append(line)
    return commands


def _cases():
    if not README.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason="README.md does not exist yet"), id="no-readme")]
    commands = readme_commands(README.read_text(encoding="utf-8"))
    if not commands:
        return [pytest.param(None, marks=pytest.mark.skip(reason="README.md has no `claimx ...` lines in ```bash blocks yet"), id="no-commands")]
    return [pytest.param(c, id=f"{i}:{c[:50]}") for i, c in enumerate(commands)]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """Shared by the README's commands, run in order: a later one may read an earlier one's output."""
    return {"dir": tmp_path_factory.mktemp("readme"), "outputs": {}}


def redirect(command: str, workdir: dict) -> str:
    """The command with its output paths moved into the work folder."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars="|&;<>")
    lexer.whitespace_split = True
    tokens = list(lexer)
    out = []
    for i, token in enumerate(tokens):
        previous = tokens[i - 1] if i else None
        if token.startswith("--output="):
            target = token.split("=", 1)[1]
            token = "--output=" + _moved(target, workdir)
        elif previous in OUTPUT_FLAGS:
            token = _moved(token, workdir)
        elif token in workdir["outputs"]:
            token = workdir["outputs"][token]
        out.append(token if token in OPERATORS else shlex.quote(token))
    return " ".join(out)


def _moved(target: str, workdir: dict) -> str:
    if target == "-":
        return target
    moved = str(workdir["dir"] / Path(target).name)
    workdir["outputs"][target] = moved
    return moved


def test_redirect_moves_outputs_and_their_readers(tmp_path):
    workdir = {"dir": tmp_path, "outputs": {}}
    assert redirect("claimx extract data/raw -o claims.jsonl", workdir) == f"claimx extract data/raw -o {tmp_path / 'claims.jsonl'}"
    assert redirect("claimx validate claims.jsonl", workdir) == f"claimx validate {tmp_path / 'claims.jsonl'}"
    assert redirect("claimx schema > schema.json", workdir) == f"claimx schema > {tmp_path / 'schema.json'}"
    assert redirect("claimx extract a.txt | head -n 2", workdir) == "claimx extract a.txt | head -n 2"


def test_readme_commands_are_found():
    text = "x\n```bash\nclaimx extract a.txt \\\n  -o out.jsonl\n$ claimx schema\necho hi\n```\n```console\nclaimx nope\n```\n"
    assert readme_commands(text) == ["claimx extract a.txt    -o out.jsonl", "claimx schema"]


@pytest.mark.parametrize("command", _cases())
def test_readme_command(command, workdir):
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}", PYTHONIOENCODING="utf-8")
    run = subprocess.run(
        redirect(command, workdir), shell=True, executable="/bin/bash", cwd=REPO, env=env,
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, f"`{command}` exited {run.returncode}:\n{run.stderr[-2000:]}"
