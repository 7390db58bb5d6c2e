"""Claims as one self-contained HTML page (pure: records and texts in, a string out).

The page needs no network and no external asset: CSS, JavaScript and the SVG charts
are inline. Each article's text is shown with its actors, places, events, dates,
sources and cues highlighted and each claim marked (anchor `d<doc>-c<n>`); a table
per article lists the claims, sortable and filterable by type, source and actor.
With several articles, an overview charts the claims by type and source and the
actors and places cited most.
"""

from __future__ import annotations

import heapq
import html
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from . import __version__
from .errors import InputError
from .io import Document
from .records import Claim

# Highlighted kinds, outermost first where two spans are equal.
KINDS = ("source", "cue", "event", "actor", "place", "date")
CLAIM_TYPES = ("assertion", "event", "recommendation")
TYPE_COLOURS = {"assertion": "#4338ca", "event": "#0f766e", "recommendation": "#a21caf"}
NO_SOURCE = "(no source)"
TOP = 10


@dataclass(frozen=True)
class Mark:
    """A span to wrap in the text: a claim (rank 0) or a mention (rank 1 + kind order)."""

    start: int
    end: int
    rank: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    label: str | None = None


@dataclass(frozen=True)
class Fragment:
    """A mark, or the part of it that nests inside the marks opened before it."""

    start: int
    end: int
    mark: Mark
    first: bool
    last: bool


def nest(marks: Iterable[Mark]) -> list[Fragment]:
    """Fragments in document order that nest properly: a mark that crosses the end of an
    enclosing one is cut there and continues after it. Equal spans nest by rank."""
    order = itertools.count()
    heap = [(m.start, -m.end, m.rank, next(order), m, True) for m in marks if m.end > m.start]
    heapq.heapify(heap)
    open_ends: list[int] = []
    fragments = []
    while heap:
        start, neg_end, rank, _, mark, first = heapq.heappop(heap)
        end = -neg_end
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        last = not open_ends or end <= open_ends[-1]
        if not last:
            heapq.heappush(heap, (open_ends[-1], -end, rank, next(order), mark, False))
            end = open_ends[-1]
        fragments.append(Fragment(start, end, mark, first, last))
        open_ends.append(end)
    return fragments


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """`text`, HTML-escaped, with each mark's fragments wrapped in its tag."""
    out: list[str] = []
    pos = 0
    stack: list[Fragment] = []

    def close() -> None:
        nonlocal pos
        fragment = stack.pop()
        out.append(html.escape(text[pos : fragment.end]))
        out.append(f"</{fragment.mark.tag}>")
        pos = fragment.end

    for fragment in nest(marks):
        while stack and stack[-1].end <= fragment.start:
            close()
        out.append(html.escape(text[pos : fragment.start]))
        pos = fragment.start
        out.append(_open(fragment))
        stack.append(fragment)
    while stack:
        close()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _open(fragment: Fragment) -> str:
    mark = fragment.mark
    attrs = [(k, v) for k, v in mark.attrs if fragment.first or k not in {"id", "data-n"}]
    if mark.label is not None and fragment.last:
        attrs.append(("data-label", mark.label))
    return f"<{mark.tag}{_attrs(attrs)}>"


def _attrs(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {k}="{html.escape(v)}"' for k, v in pairs)


def _check(claim: Claim, text: str, doc_id: str) -> None:
    """Every span of `claim` must hold its text in `text`, else the texts are not the claims'."""
    spans = [("claim", claim.span, claim.text)]
    if claim.source and claim.source.span:
        spans.append(("source", claim.source.span, claim.source.text))
    if claim.cue:
        spans.append(("cue", claim.cue.span, claim.cue.text))
    for field in ("actors", "places", "events", "dates"):
        spans += [(field, m.span, m.text) for m in getattr(claim, field)]
    for what, span, expected in spans:
        if text[span.start : span.end] != expected:
            raise InputError(
                f"claim {claim.id}: {what} span {span.start}-{span.end} is not {expected!r} in the text of "
                f"'{doc_id}'; give the text the claims were extracted from"
            )


def _mentions(claim: Claim) -> Iterator[tuple[str, int, int, str, str]]:
    """(kind, start, end, label, tooltip) of every highlighted mention of `claim`."""
    if claim.source and claim.source.span:
        s = claim.source
        yield "source", s.span.start, s.span.end, "source", f"source: {s.name} ({s.kind})"
    if claim.cue:
        yield "cue", claim.cue.span.start, claim.cue.span.end, "cue", f"cue of a {claim.type}"
    for a in claim.actors:
        yield "actor", a.span.start, a.span.end, _named("actor", a.text, a.name), f"actor: {a.name} ({a.kind})"
    for p in claim.places:
        yield "place", p.span.start, p.span.end, _named("place", p.text, p.name), f"place: {p.name}"
    for e in claim.events:
        details = " · ".join(x for x in (e.type, e.date, e.place) if x)
        yield "event", e.span.start, e.span.end, f"event · {e.type}", f"event: {details}"
    for d in claim.dates:
        yield "date", d.span.start, d.span.end, f"date · {d.value}" if d.value else "date", f"date: {d.value or 'no value'}"


def _named(kind: str, text: str, name: str) -> str:
    return kind if name.casefold() == text.casefold() else f"{kind} · {name}"


def _text_html(text: str, claims: Sequence[Claim], anchors: Sequence[str]) -> str:
    marks: dict[tuple[int, int, int], Mark] = {}
    for number, (claim, anchor) in enumerate(zip(claims, anchors), start=1):
        about = f"claim {number} · {claim.type} · source: {_source(claim)}"
        attrs = (("id", anchor), ("class", f"claim t-{claim.type}"), ("data-n", str(number)), ("title", about))
        marks[(claim.span.start, claim.span.end, -number)] = Mark(claim.span.start, claim.span.end, 0, "span", attrs)
        for kind, start, end, label, tooltip in _mentions(claim):
            rank = 1 + KINDS.index(kind)
            marks.setdefault(
                (start, end, rank),
                Mark(start, end, rank, "mark", (("class", f"m k-{kind}"), ("title", tooltip)), label),
            )
    return highlight(text, marks.values())


def _source(claim: Claim) -> str:
    return claim.source.name if claim.source else NO_SOURCE


def _chips(kind: str, names: dict[str, list[str]]) -> str:
    return "".join(
        f'<span class="chip k-{kind}" title="{html.escape(", ".join(dict.fromkeys(texts)))}">{html.escape(name)}</span>'
        for name, texts in names.items()
    )


def _grouped(mentions: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for name, text in mentions:
        names.setdefault(name, []).append(text)
    return names


def _row(claim: Claim, number: int, anchor: str) -> str:
    actors = list(dict.fromkeys(a.name for a in claim.actors))
    source = '<span class="muted">—</span>'
    if claim.source:
        carried = "" if claim.source.explicit else ' <span class="muted">(carried)</span>'
        source = f'<span title="{claim.source.kind}: {html.escape(claim.source.text)}">{html.escape(claim.source.name)}</span>{carried}'
    events = "".join(
        f'<span class="chip k-event" title="{html.escape(e.text)}">{html.escape(e.type)}'
        f'<small>{html.escape(" · ".join(x for x in (e.date, e.place) if x))}</small></span>'
        for e in claim.events
    )
    flags = "".join(f'<span class="flag">{flag}</span>' for flag, on in (("hedged", claim.hedged), ("negated", claim.negated)) if on)
    data = (
        ("class", "claim-row"), ("tabindex", "0"), ("title", claim.text), ("data-target", anchor),
        ("data-type", claim.type), ("data-source", _source(claim)), ("data-actors", json.dumps(actors, ensure_ascii=False)),
    )
    cells = [
        f'<td data-key="{number}"><a href="#{anchor}">{number}</a></td>',
        f'<td><span class="ctype t-{claim.type}">{claim.type}</span></td>',
        f"<td>{source}</td>",
        f"<td>{html.escape(claim.cue.text) if claim.cue else ''}</td>",
        f"<td>{_chips('actor', _grouped((a.name, a.text) for a in claim.actors))}</td>",
        f"<td>{_chips('place', _grouped((p.name, p.text) for p in claim.places))}</td>",
        f"<td>{events}</td>",
        f"<td>{flags}</td>",
    ]
    return f"<tr{_attrs(data)}>{''.join(cells)}</tr>"


COLUMNS = (("#", "number"), ("Type", "text"), ("Source", "text"), ("Cue", "text"), ("Actors", "text"),
           ("Places", "text"), ("Events", "text"), ("Flags", "text"))


def _table(claims: Sequence[Claim], anchors: Sequence[str]) -> str:
    head = "".join(f'<th data-sort="{kind}"><button type="button">{name}</button></th>' for name, kind in COLUMNS)
    rows = "".join(_row(c, n, a) for n, (c, a) in enumerate(zip(claims, anchors), start=1))
    if not claims:
        rows = f'<tr><td colspan="{len(COLUMNS)}" class="muted">No claims found in this article.</td></tr>'
    return f'<table class="claim-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _counts(claims: Sequence[Claim]) -> str:
    types = Counter(c.type for c in claims)
    parts = [f"<b>{len(claims)}</b> claims"]
    parts += [f'<span class="ctype t-{t}">{types[t]} {t}</span>' for t in CLAIM_TYPES if types[t]]
    parts += [f"{n} {flag}" for flag, n in (("hedged", sum(c.hedged for c in claims)), ("negated", sum(c.negated for c in claims))) if n]
    return " · ".join(parts)


def _document(index: int, document: Document, claims: Sequence[Claim]) -> str:
    anchors = [f"d{index}-c{n}" for n in range(1, len(claims) + 1)]
    title = document.meta.get("title")
    heading = html.escape(title) if title else f"<code>{html.escape(document.id)}</code>"
    meta = [f"<code>{html.escape(document.id)}</code>"] if title else []
    if document.date:
        meta.append(html.escape(document.date))
    url = document.meta.get("url", "")
    if url.startswith(("http://", "https://")):
        meta.append(f'<a href="{html.escape(url)}" rel="noreferrer">{html.escape(url)}</a>')
    meta.append(_counts(claims))
    return (
        f'<section class="doc" id="d{index}" aria-labelledby="d{index}-h">'
        f'<header class="doc-head"><h2 id="d{index}-h">{heading}</h2><p>{" · ".join(meta)}</p></header>'
        f'<div class="doc-grid"><div class="text" lang="en">{_text_html(document.text, claims, anchors)}</div>'
        f'<div class="claims">{_table(claims, anchors)}</div></div></section>'
    )


def bar_chart(title: str, items: Sequence[tuple[str, int]], colour: str | Mapping[str, str]) -> str:
    """A horizontal bar chart as an inline SVG figure, bars in the order given; `colour` is
    one fill, or a fill per label."""
    if not items:
        return f'<figure class="chart"><figcaption>{html.escape(title)}</figcaption><p class="muted">none</p></figure>'
    width, label_width, row = 360, 160, 24
    most = max(count for _, count in items)
    bars = []
    for i, (label, count) in enumerate(items):
        y = i * row
        length = max(2, round((width - label_width - 44) * count / most))
        short = label if len(label) <= 19 else label[:18] + "…"
        fill = colour if isinstance(colour, str) else colour[label]
        bars.append(
            f'<g><title>{html.escape(label)}: {count}</title>'
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{html.escape(short)}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{length}" height="16" rx="3" fill="{fill}"/>'
            f'<text x="{label_width + length + 6}" y="{y + 16}" class="n">{count}</text></g>'
        )
    height = len(items) * row + 4
    return (
        f'<figure class="chart"><figcaption>{html.escape(title)}</figcaption>'
        f'<svg role="img" aria-label="{html.escape(title)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
        f'{"".join(bars)}</svg></figure>'
    )


def _top(counter: Counter) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:TOP]


def _overview(results: Sequence[tuple[Document, Sequence[Claim]]]) -> str:
    claims = [c for _, cs in results for c in cs]
    types = Counter(c.type for c in claims)
    sources = Counter(_source(c) for c in claims)
    actors = Counter(name for c in claims for name in dict.fromkeys(a.name for a in c.actors))
    places = Counter(name for c in claims for name in dict.fromkeys(p.name for p in c.places))
    charts = [
        bar_chart("Claims by type", [(t, types[t]) for t in CLAIM_TYPES], TYPE_COLOURS),
        bar_chart("Claims by source", _top(sources), "#be185d"),
        bar_chart("Actors named in most claims", _top(actors), "#2563eb"),
        bar_chart("Places named in most claims", _top(places), "#15803d"),
    ]
    rows = "".join(
        f'<tr><td><a href="#d{i}">{html.escape(d.id)}</a></td><td data-key="{len(cs)}">{len(cs)}</td>'
        + "".join(f"<td>{sum(c.type == t for c in cs)}</td>" for t in CLAIM_TYPES)
        + f"<td>{sum(c.hedged for c in cs)}</td><td>{sum(c.negated for c in cs)}</td></tr>"
        for i, (d, cs) in enumerate(results, start=1)
    )
    head = "".join(f"<th>{h}</th>" for h in ("Article", "Claims", *CLAIM_TYPES, "hedged", "negated"))
    return (
        '<section class="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>'
        f'<div class="charts">{"".join(charts)}</div>'
        f'<table class="doc-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></section>'
    )


def _select(name: str, label: str, values: Iterable[str]) -> str:
    options = "".join(f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in values)
    return f'<label>{label} <select id="filter-{name}"><option value="">all</option>{options}</select></label>'


def _toolbar(claims: Sequence[Claim]) -> str:
    sources = sorted({_source(c) for c in claims} - {NO_SOURCE}) + ([NO_SOURCE] if any(c.source is None for c in claims) else [])
    actors = sorted({a.name for c in claims for a in c.actors}, key=str.casefold)
    keys = "".join(
        f'<button type="button" class="key k-{kind}" data-kind="{kind}" aria-pressed="true">{kind.title()}</button>'
        for kind in KINDS
    )
    types = "".join(f'<span class="ctype t-{t}">{t}</span>' for t in CLAIM_TYPES)
    return (
        '<div class="toolbar"><div class="filters">'
        + _select("type", "Type", CLAIM_TYPES)
        + _select("source", "Source", sources)
        + _select("actor", "Actor", actors)
        + f'<button type="button" id="filter-reset">Reset</button><span id="filter-count" aria-live="polite">{len(claims)} of {len(claims)} claims</span></div>'
        + f'<div class="legend" aria-label="Legend"><span class="legend-title">Highlights</span>{keys}'
        + f'<span class="legend-title">Claims</span>{types}</div></div>'
    )


def render_report(results: Sequence[tuple[Document, Sequence[Claim]]], title: str | None = None) -> str:
    """One self-contained HTML page showing `results` (document, its claims), in order.

    Raises InputError when a claim's spans do not hold its texts in its document."""
    for document, claims in results:
        for claim in claims:
            _check(claim, document.text, document.id)
    claims = [c for _, cs in results for c in cs]
    if title is None:
        title = results[0][0].id if len(results) == 1 else f"{len(results)} articles"
    overview = _overview(results) if len(results) > 1 else ""
    documents = "".join(_document(i, d, cs) for i, (d, cs) in enumerate(results, start=1))
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="claimx {__version__}"><title>claimx · {html.escape(title)}</title>'
        f"<style>{CSS}</style></head><body>"
        f'<header class="top"><span class="brand">claimx</span><h1>{html.escape(title)}</h1>'
        f'<p>{len(results)} article{"s" if len(results) != 1 else ""} · {len(claims)} claims</p></header>'
        f"{_toolbar(claims)}<main>{overview}{documents}</main>"
        f'<footer>claimx {__version__} · highlights are the spans of the claim records; '
        f"copying text copies the article's own characters.</footer>"
        f"<script>{JS}</script></body></html>\n"
    )


CSS = """
:root{--ink:#111827;--soft:#4b5563;--line:#e5e7eb;--bg:#f5f6f8;--bar:3.25rem;
--actor:#dbeafe;--actor-ink:#1e3a8a;--place:#dcfce7;--place-ink:#14532d;--event:#ffedd5;--event-ink:#7c2d12;
--date:#ede9fe;--date-ink:#4c1d95;--cue:#fef3c7;--cue-ink:#713f12;--source:#fce7f3;--source-ink:#831843;
--assertion:#4338ca;--event-t:#0f766e;--recommendation:#a21caf;
--assertion-line:#a5b4fc;--event-line:#5eead4;--recommendation-line:#f0abfc}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI","Liberation Sans","DejaVu Sans",sans-serif}
code{font:0.9em "DejaVu Sans Mono","Liberation Mono",monospace}
a{color:#1d4ed8}
.top{display:flex;align-items:baseline;gap:1rem;padding:.9rem 1.5rem;background:#111827;color:#f9fafb}
.top h1{margin:0;font-size:1.15rem;font-weight:600}.top p{margin:0 0 0 auto;color:#d1d5db;font-size:.9rem}
.brand{font-weight:700;letter-spacing:.04em;color:#a5b4fc}
.toolbar{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;min-height:var(--bar);
padding:.5rem 1.5rem;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgb(0 0 0/.05)}
.filters,.legend{display:flex;flex-wrap:wrap;gap:.4rem .7rem;align-items:center;font-size:.85rem}
.legend{margin-left:auto}
.filters label{color:var(--soft)}
select{max-width:15rem}
select,.toolbar button{font:inherit;font-size:.85rem;color:var(--ink);background:#fff;border:1px solid #d1d5db;border-radius:6px;padding:.2rem .45rem}
.toolbar button{cursor:pointer}
#filter-count{color:var(--soft)}
.legend-title{color:var(--soft);font-size:.75rem;text-transform:uppercase;letter-spacing:.06em}
.toolbar .key[aria-pressed=false]{background:#fff;color:var(--soft);border-color:#d1d5db;text-decoration:line-through}
main{padding:1.25rem 1.5rem 2rem}
.overview,.doc{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem;margin-bottom:1.25rem}
h2{margin:0;font-size:1.1rem}
.charts{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem 2rem;margin:.75rem 0 1.25rem}
@media (min-width:760px){.charts{grid-template-columns:repeat(2,minmax(0,1fr))}}
@media (min-width:1400px){.charts{grid-template-columns:repeat(4,minmax(0,1fr))}}
.chart{margin:0}.chart figcaption{font-weight:600;font-size:.85rem;margin-bottom:.25rem}
.chart svg{font:13px system-ui,"Liberation Sans","DejaVu Sans",sans-serif;fill:var(--ink);max-width:100%;height:auto}
.chart .n{fill:var(--soft)}
.doc-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem;margin-bottom:.75rem}
.doc-head p{margin:0;color:var(--soft);font-size:.85rem}
.doc-grid{display:grid;grid-template-columns:minmax(0,1fr);gap:1.25rem}
@media (min-width:1100px){.doc-grid{grid-template-columns:minmax(0,36rem) minmax(0,1fr)}
.claims{position:sticky;top:calc(var(--bar) + 1rem);max-height:calc(100vh - var(--bar) - 2rem);overflow:auto;align-self:start}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.05;color:var(--soft);font-size:.98rem;max-width:46rem}
.claim{color:var(--ink);scroll-margin:calc(var(--bar) + 2rem);border-bottom:2px solid var(--assertion-line);box-decoration-break:clone;-webkit-box-decoration-break:clone}
.claim[data-n]::before{content:attr(data-n);display:inline-block;min-width:1.35em;margin-right:.3em;padding:0 .3em;border-radius:4px;
background:var(--assertion);color:#fff;font-size:.7rem;font-weight:700;line-height:1.5;text-align:center;vertical-align:.1em;user-select:none}
.claim.t-event{border-color:var(--event-line)}.claim.t-event::before{background:var(--event-t)}
.claim.t-recommendation{border-color:var(--recommendation-line)}.claim.t-recommendation::before{background:var(--recommendation)}
.claim:target,.claim.current{background:#fef9c3;border-bottom-color:#eab308}
.claim.dim{color:var(--soft);border-bottom-color:transparent}.claim.dim::before{background:#9ca3af}
.claim.dim .m{background:none;padding:0;margin:0}.claim.dim .m::after{display:none}
.m{color:inherit;padding:.1em .3em;margin:0 .05em;border-radius:.35em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.m .m{padding:0 .15em}
.m[data-label]::after{content:attr(data-label);margin-left:.35em;font-size:.62rem;font-weight:700;letter-spacing:.03em;
text-transform:uppercase;vertical-align:.1em;user-select:none}
.k-actor{--c:var(--actor);--c-ink:var(--actor-ink)}.k-place{--c:var(--place);--c-ink:var(--place-ink)}
.k-event{--c:var(--event);--c-ink:var(--event-ink)}.k-date{--c:var(--date);--c-ink:var(--date-ink)}
.k-cue{--c:var(--cue);--c-ink:var(--cue-ink)}.k-source{--c:var(--source);--c-ink:var(--source-ink)}
.m,.chip,.toolbar .key{background:var(--c)}.m::after{color:var(--c-ink)}.toolbar .key{border-color:var(--c-ink);color:var(--c-ink);font-weight:600}
.hide-actor .k-actor,.hide-place .k-place,.hide-event .k-event,.hide-date .k-date,.hide-cue .k-cue,.hide-source .k-source{--c:none}
.hide-actor .m.k-actor::after,.hide-place .m.k-place::after,.hide-event .m.k-event::after,.hide-date .m.k-date::after,
.hide-cue .m.k-cue::after,.hide-source .m.k-source::after{display:none}
table{border-collapse:collapse;width:100%;font-size:.8rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .3rem;border-bottom:1px solid var(--line)}
thead th{position:sticky;top:0;background:#f9fafb;z-index:1}
th button{all:unset;cursor:pointer;font-weight:600;color:var(--ink)}
th button:focus-visible{outline:2px solid #2563eb}
th[aria-sort=ascending] button::after{content:" ▲";font-size:.7em}th[aria-sort=descending] button::after{content:" ▼";font-size:.7em}
.claim-row{cursor:pointer}.claim-row:hover{background:#f3f4f6}.claim-row:focus-visible{outline:2px solid #2563eb;outline-offset:-2px}
.claim-row.active{background:#fef9c3}
.claim-row td:first-child a{font-weight:700;text-decoration:none}
.ctype{display:inline-block;padding:0 .45em;border-radius:999px;color:#fff;background:var(--assertion);font-size:.72rem;font-weight:600;white-space:nowrap}
.ctype.t-event{background:var(--event-t)}.ctype.t-recommendation{background:var(--recommendation)}
.chip{display:inline-block;margin:0 .25em .2em 0;padding:0 .4em;border-radius:4px;color:var(--ink)}
.chip small{display:block;color:var(--soft);font-size:.68rem;white-space:nowrap}.chip small:empty{display:none}
.flag{display:inline-block;margin:0 .25em .2em 0;padding:0 .35em;border-radius:4px;border:1px solid #9ca3af;color:var(--soft);font-size:.72rem}
.muted{color:var(--soft)}
.doc-table{width:auto;min-width:50%}.doc-table td:not(:first-child){text-align:right}
footer{padding:0 1.5rem 1.5rem;color:var(--soft);font-size:.8rem}
"""

JS = """
(() => {
  const $ = (id) => document.getElementById(id);
  // The claim tables stick below the toolbar, whose height depends on the window's width.
  const toolbar = document.querySelector(".toolbar");
  new ResizeObserver(() => document.documentElement.style.setProperty("--bar", toolbar.offsetHeight + "px")).observe(toolbar);
  const rows = [...document.querySelectorAll("tr.claim-row")];
  const filters = ["type", "source", "actor"].map((name) => $("filter-" + name));
  const [type, source, actor] = filters;
  function apply() {
    let shown = 0;
    for (const row of rows) {
      const ok = (!type.value || row.dataset.type === type.value)
        && (!source.value || row.dataset.source === source.value)
        && (!actor.value || JSON.parse(row.dataset.actors).includes(actor.value));
      row.hidden = !ok;
      shown += ok;
      $(row.dataset.target).classList.toggle("dim", !ok);
    }
    $("filter-count").textContent = `${shown} of ${rows.length} claims`;
  }
  filters.forEach((select) => select.addEventListener("change", apply));
  $("filter-reset").addEventListener("click", () => { filters.forEach((select) => { select.value = ""; }); apply(); });
  for (const th of document.querySelectorAll("th[data-sort]")) {
    th.querySelector("button").addEventListener("click", () => {
      const body = th.closest("table").tBodies[0];
      const up = th.getAttribute("aria-sort") !== "ascending";
      th.closest("tr").querySelectorAll("th").forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      const key = (row) => row.cells[th.cellIndex].dataset.key ?? row.cells[th.cellIndex].textContent.trim();
      const compare = th.dataset.sort === "number"
        ? (a, b) => Number(key(a)) - Number(key(b))
        : (a, b) => key(a).localeCompare(key(b)) || Number(a.cells[0].dataset.key) - Number(b.cells[0].dataset.key);
      [...body.rows].sort((a, b) => (up ? 1 : -1) * compare(a, b)).forEach((row) => body.appendChild(row));
    });
  }
  function go(row) {
    rows.forEach((r) => r.classList.toggle("active", r === row));
    const target = $(row.dataset.target);
    document.querySelectorAll(".claim.current").forEach((c) => c.classList.remove("current"));
    target.classList.add("current");
    history.replaceState(null, "", "#" + row.dataset.target);
    target.scrollIntoView({block: "center"});
  }
  for (const row of rows) {
    row.addEventListener("click", (event) => { event.preventDefault(); go(row); });
    row.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); go(row); }
    });
  }
  for (const key of document.querySelectorAll("button.key")) {
    key.addEventListener("click", () => {
      const on = key.getAttribute("aria-pressed") !== "true";
      key.setAttribute("aria-pressed", String(on));
      document.body.classList.toggle("hide-" + key.dataset.kind, !on);
    });
  }
})();
"""
