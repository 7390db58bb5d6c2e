"""Terminal output: progress on stderr, claim tables, evaluation scores (rich)."""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.table import Table

from .evaluate import Score
from .io import Document
from .records import Claim

stdout = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True)


class Progress:
    """Documents, words/s, share done and ETA on stderr while it is a terminal; silent
    otherwise. `total_chars` (the size of the inputs, where known) gives the share and ETA."""

    def __init__(self, enabled: bool = True, total_chars: int | None = None) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.total = total_chars or None
        self.documents = self.words = self.chars = 0
        self.started = time.perf_counter()
        self.status = None

    def __enter__(self) -> "Progress":
        if self.enabled:
            self.status = stderr.status("starting…")
            self.status.__enter__()
        return self

    def advance(self, document: Document) -> None:
        self.documents += 1
        self.words += len(document.text.split())
        self.chars += len(document.text)
        if self.status is not None:
            self.status.update(self.line(document.id))

    def line(self, current: str) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        text = f"{self.documents} documents, {self.words:,} words, {self.words / elapsed:,.0f} words/s"
        if self.total and self.chars:
            done = min(self.chars / self.total, 1.0)
            remaining = elapsed * (1 - done) / done
            text += f", {done:.0%} done, ETA {int(remaining // 60)}:{int(remaining % 60):02d}"
        return f"{text} — {current}"

    def __exit__(self, *exc) -> None:
        if self.status is not None:
            self.status.__exit__(*exc)
            elapsed = time.perf_counter() - self.started
            stderr.print(f"{self.documents} documents, {self.words:,} words in {elapsed:.1f} s")


def render_table(document: Document, claims: list[Claim]) -> None:
    table = Table(title=f"{document.id}: {len(claims)} claims", show_lines=True, expand=True)
    # The claim's sentence gets most of the width; type and flags are single words.
    for column, ratio in (("type", None), ("claim", 4), ("source", 1), ("cue", 1), ("actors", 2), ("places", 1), ("flags", None)):
        table.add_column(column, overflow="fold", ratio=ratio, no_wrap=ratio is None)
    for c in claims:
        flags = " ".join(f for f, on in (("hedged", c.hedged), ("negated", c.negated)) if on)
        source = f"{c.source.name}{'' if c.source.explicit else ' (carried)'}" if c.source else ""
        table.add_row(
            c.type, c.text, source, c.cue.text if c.cue else "",
            ", ".join(dict.fromkeys(a.name for a in c.actors)),
            ", ".join(dict.fromkeys(p.name for p in c.places)), flags,
        )
    stdout.print(table)


def render_scores(total: Score, per_doc: dict[str, Score], errors: bool) -> None:
    table = Table(title="claimx evaluation (CONTRACT.md rules)")
    for column in ("document", "strict F1", "claim P/R", "actor F1", "canon actor", "place F1", "canon place", "type", "source", "events"):
        table.add_column(column, justify="right" if column != "document" else "left")
    for doc_id, score in [*per_doc.items(), ("ALL", total)]:
        c = score.counts
        table.add_row(
            doc_id, f"{c['strict'].f1:.2f}", f"{c['claim'].precision:.2f}/{c['claim'].recall:.2f}",
            f"{c['actor'].f1:.2f}", f"{c['canon_actor'].f1:.2f}", f"{c['place'].f1:.2f}", f"{c['canon_place'].f1:.2f}",
            f"{score.type.value:.2f}", f"{score.source.value:.2f}", f"{score.events.value:.2f}",
        )
    stdout.print(table)
    if errors:
        for line in total.errors:
            stdout.print(line, markup=False, highlight=False)
    stdout.print(f"span errors: {total.span_errors}")
    stdout.file.flush()
    print(total.summary(), flush=True)
