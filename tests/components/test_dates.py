"""claimx_dates: date expressions and their ISO 8601 prefix values.

`[text](value)` tags a date mention and the value it must get; `[text]()` a date whose
value cannot be known (None). A found span may start with a preposition ("on Monday").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.components.dates import (
    ANCHOR_SHAPES,
    ANCHOR_WORDS,
    MONTHS,
    PATTERNS,
    WEEKDAYS,
)

PUBLISHED = "2023-10-05"  # a Thursday


def date_at(doc, start: int, end: int):
    for span in doc.spans["claimx_dates"]:
        if span.start_char <= start and end <= span.end_char:
            extra = doc.text[span.start_char : start].strip().lower()
            if extra in {"", "on", "the"}:
                return span
    return None


@pytest.mark.parametrize(
    ("tagged", "date"),
    [
        ("The alliance was enlarged in [September 2023](2023-09).", None),
        ("Kosovo declared independence on [17 February 2008](2008-02-17).", None),
        ("Kosovo declared independence on [February 17, 2008](2008-02-17).", None),
        ("[Sept. 11, 2001](2001-09-11) changed everything.", None),
        ("The war ended in [June 1999](1999-06).", None),
        ("Ethnic tensions grew in the [1990s](199).", None),
        ("Inflation peaked in the [early 1980s](198).", None),
        ("The town fell in the [7th century](06).", None),
        ("Serbia lost the Battle of Kosovo in [1389](1389).", None),
        ("A process began in [late 2005](2005).", None),
        ("The plan ran from [2021](2021) to [2024](2024).", None),
        ("The minister resigned [last week](2023-09).", PUBLISHED),
        ("The minister resigned [last week]().", None),
        ("The minister resigned [yesterday](2023-10-04).", PUBLISHED),
        ("The minister resigned [yesterday]().", None),
        ("Drones struck Odesa [overnight](2023-10-05).", PUBLISHED),
        ("The minister resigned [last night](2023-10-04).", PUBLISHED),
        ("Troops withdrew [this morning](2023-10-05).", PUBLISHED),
        ("Talks ended [yesterday evening](2023-10-04).", PUBLISHED),
        ("Protesters gathered [over the weekend](2023-09-30).", PUBLISHED),
        ("Rebels attacked [last weekend](2023-09-30).", PUBLISHED),
        ("Talks began [three days ago](2023-10-02).", PUBLISHED),
        ("They met on [Monday](2023-10-02).", PUBLISHED),
        # a weekday in the future tense or after "next" is the coming one
        ("The final will be played on [Sunday](2023-10-08).", PUBLISHED),
        ("Talks are due to resume on [Monday](2023-10-09).", PUBLISHED),
        ("The envoys meet again [next Thursday](2023-10-12).", PUBLISHED),
        ("He said on [Monday](2023-10-02) that talks will resume.", PUBLISHED),
        ('"We will not yield," the spokesman told a briefing on [Thursday](2023-10-05).', PUBLISHED),
        ("The buyer will pay a premium to [Tuesday](2023-10-03)'s closing price.", PUBLISHED),
        ("Prices rose [last month](2023-09).", PUBLISHED),
        ("Elections are due [next year](2024).", PUBLISHED),
        ("The vote was held on [5 May](2023-05-05).", PUBLISHED),
        ("The vote was held on [5 May]().", None),
        # a day and month without a year: its last time, or its next one where told ahead
        ("They pointed to the [December 31](2022-12-31) attack.", "2023-01-05"),
        ("The talks will open on [14 March](2024-03-14).", "2023-12-28"),
        ("The clashes tested a [March 10](2023-03-10) agreement.", PUBLISHED),
        ("A drone struck the port on [17 December](2022-12-17).", PUBLISHED),
        ("The board got the report ahead of a meeting on [October 16](2023-10-16).", PUBLISHED),
        ("The envoy will visit Lima on [5 October](2023-10-05).", PUBLISHED),
        # a span of days dates its first
        ("The envoy will travel to Lima [October 9-12, 2023](2023-10-09).", None),
        ("The envoy is in Lima [October 4-6](2023-10-04).", PUBLISHED),
        ("The summit met in Lima on [9–12 September 2023](2023-09-09).", None),
        ("The summit met in Lima on [9–12 September](2023-09-09).", PUBLISHED),
        ("Polls close on [29 February](2024-02-29).", PUBLISHED),
        # the nearest word back that tells the tense decides, else the first after it
        ("Officials said they will investigate the [March 3](2023-03-03) attack.", PUBLISHED),
        ("Iran is expected to respond to the strike carried out on [September 13](2023-09-13).", PUBLISHED),
        ("The rebels seized the airport on [October 15](2022-10-15).", PUBLISHED),
        ("On [November 5](2022-11-05), a missile struck a cafe.", PUBLISHED),
        ("The law takes effect on [January 1](2024-01-01).", PUBLISHED),
        ("She spoke before the election to be held on [November 9](2023-11-09).", PUBLISHED),
        ("Talks will resume, officials said on [Wednesday](2023-10-04).", PUBLISHED),
        ("The minister, who is due to step down, spoke on [Monday](2023-10-02).", PUBLISHED),
        ("The Senate announced it would meet on [Monday](2023-10-09).", PUBLISHED),
        # a month alone: its latest time up to the publication date
        ("The rebels took the town [in September](2023-09).", PUBLISHED),
        ("The ceasefire has held [since November](2022-11).", PUBLISHED),
        ("The rebels took the town [in September]().", None),
        # a year before its noun
        ("Both sides must respect the [2016](2016) ruling.", None),
        ("They signed a [2023](2023) memorandum.", None),
        ("Belgrade rejects Kosovo's [2008](2008) declaration of independence.", None),
        # a year before a preposition
        ("The agency plans a launch in [2027](2027) under a new contract.", None),
        ("The republic became independent in [1991](1991) following the breakup of the union.", None),
        # a deadline's month lies ahead
        ("The truce holds [until June](2024-06).", PUBLISHED),
        # "last" and "next" never name the month of publication
        ("The mine collapsed [last October](2022-10).", PUBLISHED),
        ("The summit meets [next October](2024-10).", PUBLISHED),
        ("The truce began [last June](2023-06).", PUBLISHED),
        ("On [31 February 2023]() nothing happened.", None),
        # a dateline, or a date on its own line under the title, dates the text
        ("TALLINN, [March 4, 2025](2025-03-04) — Police opened an inquiry.\n\nThey arrested two men on [Monday](2025-03-03).", None),
        ("SEOUL, [Jan 6, 2025](2025-01-06) (Reuters) - The navy seized a boat on [Saturday](2025-01-04).", None),
        ("DHAKA/YANGON, [Jan 6, 2025](2025-01-06) (Reuters) - The navy seized a boat on [Saturday](2025-01-04).", None),
        ("New York, [3 April 2025](2025-04-03)\n\nAn air strike hit a flat on [1 April](2025-04-01).", None),
        ("Talks resume\n\nNews release, [2 June 2025](2025-06-02)\n\nThe envoys met on [Friday](2025-05-30).", None),
        ("Applications close, [30 June 2025](2025-06-30)\n\nThe ministry opened the fund on [Monday]().", None),
        ("Readout of the Secretary's Call\n\n[8 April 2025](2025-04-08)\n\nThe Secretary spoke [today](2025-04-08) with the minister.", None),
        # a readout's or a press release's date line may carry a time and a place
        ("Meeting with the President\n\n[May 5, 2025](2025-05-05), 14:00, The Kremlin, Moscow\n\nThe talks began [today](2025-05-05).", None),
        ("Press release\n[4 June 2025](2025-06-04) 11:15\n\nThe Council adopted the rules [today](2025-06-04).", None),
        ("Talks\n\n[4 June 2025](2025-06-04) at noon the envoys met.\n\nThey left on [Monday]().", None),
        # a publication date given outside the text goes first
        ("TALLINN, [March 4, 2025](2025-03-04) — They arrested two men on [Monday](2023-10-02).", PUBLISHED),
        # a date inside a sentence, or a life's span under a name, dates no text
        ("Jane Doe\n\n[January 5, 1950](1950-01-05) – [April 29, 2025](2025-04-29)\n\nShe died on [Saturday]().", None),
        ("Talks began on [March 4, 2025](2025-03-04) in Tallinn. They ended on [Monday]().", None),
        # hyphenated counts; "last Sunday" on a Sunday is a week back
        ("The war ended [twenty-six years ago](1998).", "2024-05-12"),
        ("The vote was held [last Sunday](2024-05-05).", "2024-05-12"),
        # with no publication date, a day and month fall in the year the text last named
        ("The siege began in [March 2019](2019-03). The town fell on [23 March](2019-03-23).", None),
        ("[3 May](). The siege began in [1999](1999).", None),
        # ... and the story runs forward from it; a bare year anchors nothing
        ("The trial opened on [2 September 2019](2019-09-02). The verdict came on [February 14](2020-02-14).", None),
        ("The dam was built in [1970](1970). It burst on [8 August]().", None),
        # "this past August" is the last August
        ("The band debuted this [past August](2020-08).", "2020-12-30"),
        # the end of a span is told in no tense: the nearer of its last and next times
        ("The mayor extended the curfew until [May 1](2020-05-01).", "2020-04-05"),
        ("The curfew stayed in force until [March 30](2020-03-30).", "2020-04-05"),
        # a year after a preposition of time, before a verb in the past
        ("The bombing in [2019](2019) rocked the capital.", None),
    ],
)
def test_date_value(annotate, markup, tagged, date):
    text, mentions = markup(tagged)
    doc = annotate(text, date=date)
    for start, end, surface, value in mentions:
        span = date_at(doc, start, end)
        assert span is not None, f"{surface!r} not found: {[d.text for d in doc.spans['claimx_dates']]}"
        assert span._.claimx_value == (value or None)


@pytest.mark.parametrize(
    "text",
    [
        "UN Security Council Resolution 1244 placed Kosovo under UN administration.",
        "Monitors logged hundreds of breaches of resolution 1701 in recent months.",
        "2000 soldiers were deployed to the border.",
        "The law passed with 2022 votes.",
        "The 2000 soldiers left the base.",
        "They dropped a 2000 pound bomb.",
        "The summit was held in Mar del Plata.",
        "The May Day parade was cancelled.",
        "Prices rose 3.5 percent.",
        # a day word as an adjective after an article
        "The central bank raised the overnight lending rate.",
        "Elections are held on the last weekend of June.",
        # a count before a preposition that may follow a year
        "Police detained 1400 during the weekend protests.",
        # a count before a participle, after a preposition of no time
        "The city was defended by 2000 armed volunteers.",
        # a clock time in a time zone
        "Polls closed at 3:00 PM EDT (1900 UTC).",
        "The ferry left at 09:15 local time (1315 GMT).",
    ],
)
def test_no_date(annotate, text):
    assert [d.text for d in annotate(text).spans["claimx_dates"]] == []


@pytest.mark.parametrize("published", ["2023-10-05", "2023-10-05T14:30:00Z", "not a date", ""])
def test_bad_or_timestamped_publication_date_never_raises(annotate, published):
    doc = annotate("The minister resigned last week.", date=published)
    values = [d._.claimx_value for d in doc.spans["claimx_dates"]]
    assert values == (["2023-09"] if published.startswith("2023") else [None])


def _anchored(token: dict) -> bool:
    """Whether a pattern token can only match an anchor word or shape of DateFinder."""
    words = {w.lower() for w in MONTHS} | set(WEEKDAYS) | ANCHOR_WORDS
    if token.get("OP") in {"?", "*"}:
        return False
    for attr, allowed, fold in (("ORTH", words, str.lower), ("LOWER", words, str.lower), ("SHAPE", set(ANCHOR_SHAPES), str)):
        value = token.get(attr)
        values = value["IN"] if isinstance(value, dict) else [value] if isinstance(value, str) else []
        if values and all(fold(v) in allowed for v in values):
            return True
    return False


@pytest.mark.parametrize("kind", sorted(PATTERNS))
def test_every_date_pattern_holds_an_anchor_the_windowed_matcher_looks_for(kind):
    for pattern in PATTERNS[kind]:
        assert any(_anchored(token) for token in pattern), f"{kind}: {pattern}"


def test_windowed_matches_equal_the_full_matcher_on_every_raw_article(nlp):
    finder = nlp.get_pipe("claimx_dates")
    for path in sorted((Path(__file__).resolve().parents[2] / "data" / "raw").glob("*.txt")):
        doc = nlp.make_doc(path.read_text(encoding="utf-8"))
        assert sorted(finder._matches(doc)) == sorted(finder.matcher(doc)), path.name
