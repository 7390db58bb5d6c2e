"""The HTML report: nesting of overlapping spans, escaping, every claim in text and table,
the data the filters read, the overview of several articles."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimx.errors import InputError
from claimx.io import Document
from claimx.report import Mark, highlight, nest, render_report

SEED_TEXT = "According to the report, Moscow backed the attack in Banjska in September 2023."
TAG = re.compile(r"<[^>]+>")


def mark(start: int, end: int, tag: str, rank: int = 1) -> Mark:
    return Mark(start, end, rank, tag, ())


class Page(HTMLParser):
    """Elements by id, claim rows, the options of the filter selects, and the (kind, start,
    end) of every mark in the first article's text, in character offsets into that text."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.ids: dict[str, dict] = {}
        self.rows: list[dict] = []
        self.options: dict[str, list[str]] = {}
        self.select: str | None = None
        self.external: list[str] = []
        self.marks: set[tuple[str, int, int]] = set()
        self.open: list[tuple[str, int]] = []
        self.position = 0
        self.in_text = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            assert attrs["id"] not in self.ids, f"duplicate id {attrs['id']}"
            self.ids[attrs["id"]] = attrs
        if tag == "tr" and "claim-row" in attrs.get("class", ""):
            self.rows.append(attrs)
        if tag == "select":
            self.select = attrs["id"].removeprefix("filter-")
            self.options[self.select] = []
        if tag == "option" and attrs["value"]:
            self.options[self.select].append(attrs["value"])
        if tag in {"img", "link", "iframe"} or (tag == "script" and "src" in attrs):
            self.external.append(tag)
        if tag == "div" and attrs.get("class") == "text" and not self.marks:
            self.in_text = True
        if self.in_text and tag in {"mark", "span"}:
            self.open.append((attrs["class"].split()[-1].removeprefix("k-").removeprefix("t-"), self.position))

    def handle_endtag(self, tag):
        if self.in_text and tag == "div":
            self.in_text = False
        if self.in_text and tag in {"mark", "span"}:
            kind, start = self.open.pop()
            self.marks.add((kind, start, self.position))

    def handle_data(self, data):
        if self.in_text:
            self.position += len(data)


@pytest.fixture(scope="module")
def seed_page(seed):
    return render_report([seed])


def text_of(page: str, doc: int = 1) -> str:
    """The article text as the page shows it: its text container, tags dropped, unescaped."""
    body = page.split('<div class="text" lang="en">', doc)[doc].split('</div><div class="claims">', 1)[0]
    return html.unescape(TAG.sub("", body))


# -- nesting ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("Kosovo Police said", [mark(0, 13, "a"), mark(0, 6, "b")], "<a><b>Kosovo</b> Police</a> said"),
        ("Kosovo Police said", [mark(0, 6, "b"), mark(0, 13, "a")], "<a><b>Kosovo</b> Police</a> said"),
        ("abcdefgh", [mark(0, 5, "a"), mark(3, 8, "b")], "<a>abc<b>de</b></a><b>fgh</b>"),
        ("abcdef", [mark(0, 6, "c", rank=0), mark(1, 3, "a"), mark(2, 5, "b")], "<c>a<a>b<b>c</b></a><b>de</b>f</c>"),
        ("abc", [mark(0, 3, "b", rank=2), mark(0, 3, "a", rank=1)], "<a><b>abc</b></a>"),
        ("abc", [mark(1, 1, "a")], "abc"),
        ("a < b & c", [mark(2, 3, "i")], "a <i>&lt;</i> b &amp; c"),
    ],
)
def test_highlight_nests_overlapping_spans(text, marks, expected):
    assert highlight(text, marks) == expected


def test_a_cut_mark_keeps_its_id_on_the_first_fragment_and_its_label_on_the_last():
    crossing = Mark(3, 8, 1, "b", (("id", "x"), ("class", "m")), label="actor")
    out = highlight("abcdefgh", [Mark(0, 5, 0, "a", ()), crossing])
    assert out == '<a>abc<b id="x" class="m">de</b></a><b class="m" data-label="actor">fgh</b>'


@given(
    st.text(alphabet="ab<&\"' \n", max_size=30).flatmap(
        lambda text: st.tuples(
            st.just(text),
            st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)), st.integers(0, 3)), max_size=8),
        )
    )
)
def test_highlight_keeps_the_text_and_balances_its_tags(case):
    text, spans = case
    marks = [mark(min(a, b), max(a, b), "m", rank) for a, b, rank in spans]
    out = highlight(text, marks)
    assert html.unescape(TAG.sub("", out)) == text
    depth = 0
    for tag in TAG.findall(out):
        depth += -1 if tag.startswith("</") else 1
        assert depth >= 0
    assert depth == 0
    fragments = nest(marks)
    for outer, inner in zip(fragments, fragments[1:]):
        assert outer.start <= inner.start
        assert inner.end <= outer.end or inner.start >= outer.end


# -- the page -----------------------------------------------------------------
def test_text_is_escaped_in_content_and_attributes(extract):
    text = 'The EU <script>alert("x")</script> & Moscow said "<blink>" in Kosovo.'
    claims = extract(text, doc_id="x<y>")
    claim = claims[0].model_copy(update={"actors": [a.model_copy(update={"name": '"><img src=x>'}) for a in claims[0].actors]})
    page = render_report([(Document(id="x<y>", text=text), [claim])])
    assert "<script>alert" not in page and '"><img' not in page and "<blink>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in page
    assert "x&lt;y&gt;" in page
    assert text_of(page) == text
    parsed = Page(page)
    assert json.loads(parsed.rows[0]["data-actors"]) == ['"><img src=x>']
    assert parsed.external == []


def test_every_claim_is_marked_in_the_text_and_listed_in_the_table(seed, seed_page):
    document, claims = seed
    parsed = Page(seed_page)
    assert text_of(seed_page) == document.text
    assert len(claims) > 10
    assert [row["data-target"] for row in parsed.rows] == [f"d1-c{n}" for n in range(1, len(claims) + 1)]
    for n, (claim, row) in enumerate(zip(claims, parsed.rows), start=1):
        anchor = parsed.ids[f"d1-c{n}"]
        assert anchor["class"] == f"claim t-{claim.type}"
        assert row["title"] == claim.text
        assert f'<a href="#d1-c{n}">{n}</a>' in seed_page


def test_every_mention_and_claim_is_marked_at_its_offsets(seed, seed_page):
    _, claims = seed
    marks = Page(seed_page).marks
    for claim in claims:
        assert (claim.type, claim.span.start, claim.span.end) in marks
        mentions = [("actor", m) for m in claim.actors] + [("place", m) for m in claim.places]
        mentions += [("event", m) for m in claim.events] + [("date", m) for m in claim.dates]
        mentions += [(kind, m) for kind, m in (("cue", claim.cue), ("source", claim.source)) if m and m.span]
        for kind, mention in mentions:
            assert (kind, mention.span.start, mention.span.end) in marks, (kind, mention.text)
    assert sum(kind == "actor" for kind, _, _ in marks) == len({(a.span.start, a.span.end) for c in claims for a in c.actors})


def test_filters_offer_and_rows_carry_type_source_and_actors(seed, seed_page):
    _, claims = seed
    parsed = Page(seed_page)
    assert parsed.options["type"] == ["assertion", "event", "recommendation"]
    assert set(parsed.options["source"]) == {c.source.name if c.source else "(no source)" for c in claims}
    assert set(parsed.options["actor"]) == {a.name for c in claims for a in c.actors}
    for claim, row in zip(claims, parsed.rows):
        assert row["data-type"] == claim.type
        assert row["data-source"] == (claim.source.name if claim.source else "(no source)")
        assert json.loads(row["data-actors"]) == list(dict.fromkeys(a.name for a in claim.actors))
    for kind in ("source", "cue", "event", "actor", "place", "date"):
        assert f'data-kind="{kind}"' in seed_page, f"legend lacks {kind}"


def test_one_article_has_no_overview_several_have_charts(seed, seed_page, extract):
    assert "Overview" not in seed_page and "<svg" not in seed_page
    other = Document(id="other", text=SEED_TEXT)
    page = render_report([seed, (other, extract(SEED_TEXT, doc_id="other"))])
    assert page.count("<svg") == 4
    assert "Claims by type" in page and '<a href="#d2">other</a>' in page
    assert 'id="d2-c1"' in page and text_of(page, 2) == SEED_TEXT
    russia = sum(any(a.name == "Russia" for a in c.actors) for c in seed[1]) + 1
    assert f"<title>Russia: {russia}</title>" in page


def test_an_article_without_claims_is_shown():
    page = render_report([(Document(id="empty", text="Nothing to see."), [])])
    assert "No claims found in this article." in page and text_of(page) == "Nothing to see."


def test_claims_that_do_not_fit_their_text_are_refused(seed):
    document, claims = seed
    with pytest.raises(InputError, match=r"claim seed_kosovo_report:\d+-\d+: claim span .* is not .* in the text of 'seed_kosovo_report'"):
        render_report([(Document(id=document.id, text=document.text[5:]), claims)])


def test_the_page_is_the_same_for_the_same_input(seed, seed_page):
    assert render_report([seed]) == seed_page

