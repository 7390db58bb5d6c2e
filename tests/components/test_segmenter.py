"""claimx_segmenter: sentences follow lines and final punctuation; headlines and page furniture."""

from __future__ import annotations

import pytest


def sentences(doc) -> list[str]:
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks failed. The ministry said so.", ["The talks failed.", "The ministry said so."]),
        # a one-letter name ends a sentence; an initial and a number's abbreviation do not
        ("The mayor posted on X. She blamed the council.", ["The mayor posted on X.", "She blamed the council."]),
        ("The envoy met George W. Bush in Austin.", ["The envoy met George W. Bush in Austin."]),
        ("Situation Report No. 7 covers the floods.", ["Situation Report No. 7 covers the floods."]),
        ("Voters said no. 58 percent rejected the plan.", ["Voters said no.", "58 percent rejected the plan."]),
        ("Talks stalled again\nThe ministry said the border was closed.", ["Talks stalled again", "The ministry said the border was closed."]),
        ("the first line has no stop\nand the second starts lower case", ["the first line has no stop", "and the second starts lower case"]),
        ("A claim about Kosovo\r\nAnother claim about Serbia.", ["A claim about Kosovo", "Another claim about Serbia."]),
        ("First paragraph ends here.\n\nSecond paragraph starts here.", ["First paragraph ends here.", "Second paragraph starts here."]),
        ("Troops left the city\u2028Residents returned home.", ["Troops left the city", "Residents returned home."]),
        ("Talks were held in the U.S. The ministry said they failed.", ["Talks were held in the U.S.", "The ministry said they failed."]),
        ("He moved to the U.S. in 2010 and studied law.", ["He moved to the U.S. in 2010 and studied law."]),
        ("Officials at the U.S. Department of State said the talks failed.", ["Officials at the U.S. Department of State said the talks failed."]),
        ("The talks, said Mr. Smith, had failed.", ["The talks, said Mr. Smith, had failed."]),
        # an abbreviated title before a name ends no sentence
        ('"The town is ours," army spokesman Col. Idrissa Kone said.', ['"The town is ours," army spokesman Col. Idrissa Kone said.']),
        ("Spokesman Brig. Gen. Tahir Osman said the town fell.", ["Spokesman Brig. Gen. Tahir Osman said the town fell."]),
        ("The raid was led by Sgt. Maj. Ola Berg in May.", ["The raid was led by Sgt. Maj. Ola Berg in May."]),
        ("He retired as a Lt. Col. He now runs a charity.", ["He retired as a Lt. Col.", "He now runs a charity."]),
        ("The ruling (pp. 110-255) sets out the charges.", ["The ruling (pp. 110-255) sets out the charges."]),
        # ... before a word that opens a clause, not before a name after a run of spaces
        ("The envoys met in Washington, D.C. During the talks, trade was raised.", ["The envoys met in Washington, D.C.", "During the talks, trade was raised."]),
        ("Officials from the U.S.  Department of State attended.", ["Officials from the U.S.  Department of State attended."]),
        ('Police named him only as "Mr. A" in May.', ['Police named him only as "Mr. A" in May.']),
        ("“Peace is fragile.” The minister then left.", ["“Peace is fragile.”", "The minister then left."]),
        ("Is peace possible? Nobody knows.", ["Is peace possible?", "Nobody knows."]),
        ("Prices rose 3.5 percent in 2023.", ["Prices rose 3.5 percent in 2023."]),
        # a list item's text without its bullet; a dash inside a line stays
        ("The measures include:\n- Sanctions on Sberbank.\n• Travel bans on five officials.", ["The measures include:", "-", "Sanctions on Sberbank.", "•", "Travel bans on five officials."]),
        ("Kyiv - the capital - was hit.", ["Kyiv - the capital - was hit."]),
    ],
)
def test_sentences(annotate, text, expected):
    assert sentences(annotate(text)) == expected


@pytest.mark.parametrize(
    ("text", "headline", "first_claim"),
    [
        (
            "Serbia and Russia Cooperate to Destabilize Kosovo\nThe report says Serbia is a proxy.",
            "Serbia and Russia Cooperate to Destabilize Kosovo",
            "The report says Serbia is a proxy.",
        ),
        (
            "British Report Warns: Serbia and Russia Cooperate\n\n A recently published report warns of Russian influence.",
            "British Report Warns: Serbia and Russia Cooperate",
            "A recently published report warns of Russian influence.",
        ),
        (
            "Statement from President Joe Biden on Finland Joining NATO\nToday, Finland becomes the 31st member of NATO.",
            "Statement from President Joe Biden on Finland Joining NATO",
            "Today, Finland becomes the 31st member of NATO.",
        ),
    ],
)
def test_headline_is_never_glued_to_the_next_sentence(annotate, extract, group, text, headline, first_claim):
    doc = annotate(text)
    assert [h[0] for h in group(doc, "headlines")] == [headline]
    texts = [c.text for c in extract(text)]
    assert first_claim in texts
    assert all("\n" not in t for t in texts)


@pytest.mark.parametrize(
    "line",
    [
        "Post a Comment",
        "Share this article",
        "Previous Post Next Post",
        "Photo: Reuters/Stringer",
        "By Jane Doe and John Smith",
        "Posted by Admin",
        "Copyright 2024 Example News. All rights reserved.",
        "* * *",
        # a line that points elsewhere, of any length
        "For more information on today’s action, please see the Department of the Treasury’s press release.",
        # wire credits, in brackets or not, and a spokesperson's attribution line
        "(Reporting by Olena Harmash; Editing by Peter Graff)",
        "(Additional reporting by Ahmed Tolba in Cairo and Jane Doe in Beirut; Writing by Nadine Awadalla)",
        "Writing by Mark Trevelyan; editing by Andrew Osborn",
        "The following is attributable to Spokesperson Matthew Miller:",
        "The below is attributable to Spokesperson Tammy Bruce:",
        "Associated Press writers Jane Doe in Tokyo and John Roe in Seoul contributed to this report.",
    ],
)
def test_furniture_line_yields_no_claim(annotate, extract, group, line):
    text = f"The report says Serbia is a proxy for Russia.\n\n{line}\n\nOfficials said the border was closed."
    doc = annotate(text)
    assert [f[0] for f in group(doc, "furniture")] == [line]
    start = text.index(line)
    end = start + len(line)
    claims = extract(text)
    assert [c.text for c in claims] == ["The report says Serbia is a proxy for Russia.", "Officials said the border was closed."]
    assert all(c.span.end <= start or c.span.start >= end for c in claims)


@pytest.mark.parametrize(
    "line",
    [
        "By fomenting crises, Moscow seeks to divide the West.",
        "Officials posted a comment on the ruling.",
        "Share prices fell sharply after the sanctions were announced.",
        "Compiled by the UN refugee agency, the figures show 2 million people have fled Sudan.",
        "Reporting by The Guardian and ProPublica revealed that the firm paid bribes to officials.",
        "Falling remittances from abroad contributed to this report's gloomy forecast.",
    ],
)
def test_sentence_that_looks_like_furniture_is_a_claim(annotate, extract, group, line):
    assert group(annotate(line), "furniture") == []
    assert [c.text for c in extract(line)] == [line]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Countering Organised Smuggling:  The ministry will fund patrols.", ["Countering Organised Smuggling"]),
        ("Regional Health Security Partnership: The two sides signed a pact.", ["Regional Health Security Partnership"]),
        # a name alone is a speaker's
        ("Kwabena Mensah: The vote was rigged.", []),
        # a sentence with a colon, a lone word or a label in lower case is none
        ("The minister said: the talks failed.", []),
        ("Update: the talks failed.", []),
        ("Key points of the plan: more patrols.", []),
    ],
)
def test_paragraph_label_in_title_case(annotate, group, text, labels):
    assert [label[0] for label in group(annotate(text), "labels")] == labels
