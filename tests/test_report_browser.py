"""The report of the seed article in a real browser: Debian's headless Chromium driven by
Playwright. Highlights, the claim table, its filters and sorting, a row's jump to its claim,
selectable text and readable contrast. CLAIMX_UPDATE_SCREENSHOT=1 refreshes the README's
screenshot docs/report.png."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from claimx.report import render_report

CHROMIUM = Path("/usr/bin/chromium")
# No sandbox as root in a container; no background connections on a closed network.
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1440, "height": 900}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's Chromium at /usr/bin/chromium: apt-get install chromium chromium-driver (.ci/run does)",
)


@pytest.fixture(scope="module")
def report(seed, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report([seed]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def tab(browser):
    tab = browser.new_page(viewport=VIEWPORT)
    yield tab
    tab.close()


@pytest.fixture()
def page(tab, report):
    """The report freshly loaded; fails the test on a script error or any request off the file."""
    errors, requests = [], []
    on_error, on_request = (lambda error: errors.append(str(error))), (lambda request: requests.append(request.url))
    tab.on("pageerror", on_error)
    tab.on("request", on_request)
    tab.goto("about:blank")
    tab.goto(report.as_uri())
    yield tab
    tab.remove_listener("pageerror", on_error)
    tab.remove_listener("request", on_request)
    assert errors == []
    assert [url for url in requests if url != report.as_uri()] == []


def visible_rows(page) -> list[str]:
    return page.eval_on_selector_all("tr.claim-row", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.target)")


def test_screenshot_for_the_readme(page, repo, tmp_path):
    """Screenshots the report; CLAIMX_UPDATE_SCREENSHOT=1 refreshes the README's docs/report.png."""
    update = os.environ.get("CLAIMX_UPDATE_SCREENSHOT") == "1"
    target = repo / "docs" / "report.png" if update else tmp_path / "report.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def test_mentions_are_highlighted_in_the_colour_of_their_legend_key(page):
    for kind in ("actor", "place", "event", "date", "source", "cue"):
        marks = page.locator(f"mark.k-{kind}")
        assert marks.count() > 0, kind
        background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
        legend = page.locator(f"button.key.k-{kind}").evaluate("k => getComputedStyle(k).backgroundColor")
        assert background == legend != "rgba(0, 0, 0, 0)", kind
    assert page.locator("mark.k-actor").first.is_visible()


def test_claim_table_lists_every_claim(page, seed):
    _, claims = seed
    assert page.locator("tr.claim-row").count() == len(claims)
    assert visible_rows(page) == [f"d1-c{n}" for n in range(1, len(claims) + 1)]
    assert page.locator("span.claim[id]").count() == len(claims)
    assert page.text_content("#filter-count") == f"{len(claims)} of {len(claims)} claims"


@pytest.mark.parametrize(("select", "value"), [("type", "recommendation"), ("type", "event"), ("actor", "Russia")])
def test_a_filter_hides_the_other_rows_and_dims_their_claims(page, seed, select, value):
    _, claims = seed
    keep = [
        f"d1-c{n}" for n, c in enumerate(claims, start=1)
        if (c.type == value if select == "type" else value in {a.name for a in c.actors})
    ]
    assert 0 < len(keep) < len(claims)
    page.select_option(f"#filter-{select}", value)
    assert visible_rows(page) == keep
    assert page.locator("tr.claim-row:not([hidden])").count() == len(keep)
    assert page.locator("span.claim.dim").count() == len(claims) - len(keep)
    assert page.text_content("#filter-count") == f"{len(keep)} of {len(claims)} claims"
    page.click("#filter-reset")
    assert len(visible_rows(page)) == len(claims)


def test_filters_combine(page, seed):
    _, claims = seed
    page.select_option("#filter-type", "assertion")
    page.select_option("#filter-actor", "Serbia")
    expected = [f"d1-c{n}" for n, c in enumerate(claims, start=1) if c.type == "assertion" and "Serbia" in {a.name for a in c.actors}]
    assert visible_rows(page) == expected


def test_sorting_by_type_orders_the_rows(page, seed):
    _, claims = seed
    page.click("th[data-sort] >> text=Type")
    types = page.eval_on_selector_all("tr.claim-row", "rows => rows.map(r => r.dataset.type)")
    assert types == sorted(c.type for c in claims)
    page.click("th[data-sort] >> text=Type")
    assert page.get_attribute("th:nth-child(2)", "aria-sort") == "descending"
    page.click("th[data-sort] >> text=#")
    assert visible_rows(page)[0] == "d1-c1"


def test_clicking_a_row_scrolls_to_its_claim(page, seed):
    _, claims = seed
    last = f"d1-c{len(claims)}"
    assert not in_viewport(page, last)
    page.click(f"tr.claim-row[data-target='{last}']")
    assert page.evaluate("location.hash") == f"#{last}"
    assert in_viewport(page, last)
    assert page.get_attribute(f"#{last}", "class").endswith(" current")
    assert "active" in page.get_attribute(f"tr[data-target='{last}']", "class")


def in_viewport(page, anchor: str) -> bool:
    box = page.evaluate(f"(() => {{ const r = document.getElementById('{anchor}').getBoundingClientRect(); return [r.top, r.bottom]; }})()")
    return 0 <= box[0] and box[1] <= VIEWPORT["height"]


def test_text_selects_and_copies_as_the_article_without_labels(page, seed):
    document, _ = seed
    selected = page.evaluate(
        """() => { const range = document.createRange(); range.selectNodeContents(document.querySelector('.text'));
        const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range); return selection.toString(); }"""
    )
    assert selected == document.text


def test_legend_key_turns_a_kind_off(page):
    page.click("button.key.k-actor")
    assert page.locator("mark.k-actor").first.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert page.get_attribute("button.key.k-actor", "aria-pressed") == "false"


def test_text_and_labels_have_readable_contrast(page):
    for selector in ("mark.k-actor", "mark.k-place", "mark.k-event", "mark.k-date", "mark.k-source", "mark.k-cue",
                     ".ctype.t-assertion", ".ctype.t-event", ".ctype.t-recommendation", ".text", "th button"):
        colours = page.locator(selector).first.evaluate(
            """el => { const style = getComputedStyle(el), label = getComputedStyle(el, '::after');
            let back = style.backgroundColor, node = el;
            while (back === 'rgba(0, 0, 0, 0)') { node = node.parentElement; back = getComputedStyle(node).backgroundColor; }
            return [style.color, label.content === 'none' ? style.color : label.color, back]; }"""
        )
        text, label, background = (luminance(c) for c in colours)
        for foreground in (text, label):
            assert (max(foreground, background) + 0.05) / (min(foreground, background) + 0.05) >= 4.5, (selector, colours)


def luminance(css: str) -> float:
    """Relative luminance (WCAG 2) of an rgb()/rgba() colour."""
    r, g, b = (int(x) / 255 for x in re.findall(r"\d+", css)[:3])
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
