"""claimx_events: trigger, event type, and the date and place of its sentence.

`[trigger](type)` tags an event mention; the row gives the date and place it must carry.
"""

from __future__ import annotations

import pytest



@pytest.mark.parametrize(
    ("tagged", "published", "date", "place"),
    [
        ("The paramilitary [attack](attack) in Banjska in September 2023 killed a police officer.", None, "2023-09", "Banjska"),
        ("Gunmen [attacked](attack) a monastery in northern Kosovo.", None, None, "Kosovo"),
        ("NATO began a [military operation](military operation) in March 1999.", None, "1999-03", None),
        ("The two sides [signed](agreement) an agreement in April 2013.", None, "2013-04", None),
        ("Kosovo [declared independence](declaration of independence) on 17 February 2008.", None, "2008-02-17", None),
        ("[Protesters](protest) rallied in Belgrade on 15 March 2025.", None, "2025-03-15", "Belgrade"),
        ("Police [arrested](arrest) two suspects in Mitrovica.", None, None, "Mitrovica"),
        ("The minister [resigned](resignation) last week.", "2023-10-05", "2023-09", None),
        ("The minister [resigned](resignation) last week.", None, None, None),
        ("The [First Balkan War](war) broke out in 1912.", None, "1912", None),
        ("Finland [joined](accession) NATO in April 2023.", None, "2023-04", None),
        ("The EU imposed [sanctions](sanctions) on Russian banks in March 2022.", None, "2022-03", None),
        ("[Clashes](battle) broke out on the border in September 2022.", None, "2022-09", None),
        ("The president [dismissed](resignation) the defence minister in May 2024.", None, "2024-05", None),
        ("An appeals court in Rabat [upheld](charges) the sentences on 12 June 2025.", None, "2025-06-12", "Rabat"),
        ("In 2019 the economy grew. The [attack](attack) killed three people.", None, None, None),
        ("Serbia lost the [Battle of Kosovo](battle) in 1389.", None, "1389", None),
        ("The navies held [joint drills](military operation) off Busan in May 2025.", None, "2025-05", "Busan"),
        ("Qatar helped broker the [prisoner swap](agreement) in 2023.", None, "2023", None),
        ("Militiamen [looted](looting) shops in Nyala in June 2024.", None, "2024-06", "Nyala"),
        # a state's ties cut, its envoy called home, its sanctions lifted
        ("Tunisia [recalled its ambassador](withdrawal) in July 2024.", None, "2024-07", None),
        ("The bloc [lifted sanctions](sanctions) on Damascus in June 2025.", None, "2025-06", None),
        ("Moscow [quit](withdrawal) the grain deal in July 2023.", None, "2023-07", None),
        # a figure that declined falls; a body that declined refuses
        ("Car sales [declined](economic change) by 4% in March 2024.", None, "2024-03", None),
        ("The consulate [declined](refusal) the visa request in March 2024.", None, "2024-03", None),
        ("The club [declined](refusal) to comment in March 2024.", None, "2024-03", None),
        # a speech to an audience
        ("The president [addressed](speech) the nation in June 2024.", None, "2024-06", None),
        # a figure raised, a match drawn
        ("The central bank [raised](economic change) its key rate in May 2024.", None, "2024-05", None),
        ("Bus fares were [raised](economic change) by 8% in January 2025.", None, "2025-01", None),
        ("Ghana [drew](sports event) 2-2 with Mali in June 2019.", None, "2019-06", None),
        ("Peru [drew](sports event) with Chile in March 2021.", None, "2021-03", None),
        # plural nouns and verb forms of the triggers
        ("Artillery [bombardments](war) resumed near Kherson in May 2023.", None, "2023-05", "Kherson"),
        ("Herder militias [rebelled](insurgency) in the north in March 2015.", None, "2015-03", None),
        ("Two [assassinations](death) shook Beirut in March 2021.", None, "2021-03", "Beirut"),
        # blazes, curbs on movement, crimes
        ("A [fire](disaster) gutted the depot in Gdynia in June 2022.", None, "2022-06", "Gdynia"),
        ("The council imposed a [curfew](restriction) in Osh in June 2010.", None, "2010-06", "Osh"),
        ("The gang [smuggled](smuggling) fuel into Benin in 2018.", None, "2018", "Benin"),
        ("The judge took [bribes](bribery) from a builder in 2015.", None, "2015", None),
        ("Herders and farmers [clashed](battle) near Jos in May 2021.", None, "2021-05", "Jos"),
        ("The court issued a new [order](executive order) in Rabat on 2 May 2024.", None, "2024-05-02", "Rabat"),
        # a statement issued
        ("The foreign ministry issued a [statement](statement) in Lima on 3 May 2024.", None, "2024-05-03", "Lima"),
    ],
)
def test_event(annotate, markup, tagged, published, date, place):
    text, mentions = markup(tagged)
    doc = annotate(text, date=published)
    events = {(e.start_char, e.end_char): e for e in doc.spans["claimx_events"]}
    for start, end, surface, kind in mentions:
        event = events.get((start, end))
        assert event is not None, f"{surface!r} not found: {[(e.text, e.label_) for e in events.values()]}"
        assert event.label_ == kind
        info = event._.claimx_event
        assert (info["date"], info["place"]) == (date, place)
        assert info["date_source"] == ("sentence" if date else None)


def test_paragraph_day_dates_a_later_event(annotate):
    doc = annotate("On Monday, the leaders met. Police arrested two men.", date="2024-05-08")
    arrest = next(e for e in doc.spans["claimx_events"] if e.text == "arrested")
    assert arrest._.claimx_event["date"] == "2024-05-06"
    assert arrest._.claimx_event["date_source"] == "paragraph"


def test_paragraph_date_dates_a_later_event_without_a_day(annotate):
    doc = annotate("In March 2014, protests began in Donetsk. Police arrested the activists.")
    arrest = next(e for e in doc.spans["claimx_events"] if e.text == "arrested")
    assert (arrest._.claimx_event["date"], arrest._.claimx_event["date_source"]) == ("2014-03", "paragraph")


@pytest.mark.parametrize(
    ("text", "published", "date", "source"),
    [
        # a reported happening the text leaves undated took place on the publication date
        ("Police arrested two men in the city.", "2024-05-08", "2024-05-08", "document"),
        ("Police arrested two men in the city.", None, None, None),
        # an assertion's event mention is no happening of that day
        ("Arrests of journalists are common in the region.", "2024-05-08", None, None),
        ("Police arrested two men in the city on 3 May 2024.", "2024-05-08", "2024-05-03", "sentence"),
    ],
)
def test_event_claims_take_the_document_date(text, published, date, source):
    import claimx

    (claim,) = claimx.extract(text, date=published)
    (event,) = claim.events
    assert (event.date, event.date_source) == (date, source)


@pytest.mark.parametrize(
    "text",
    [
        "The May Day parade drew large crowds.",
        "The report was written by three authors.",
        # a word of a body's name
        "The Central Election Commission said turnout was low.",
        # a dismissal of a thing, not of someone from a post
        "The spokeswoman dismissed the claims as a political stunt.",
        "The court dismissed the case against the editor.",
        # a matter raised, comparisons drawn: no price went up, no match was drawn
        "The senator raised concerns about the bill.",
        "The envoy raised the fate of the sailors.",
        "Farmers raised goats on the hillsides.",
        "The newspaper drew comparisons between the two cases.",
        "The defenders drew back and waited.",
        "The senator raised 15 objections to the plan.",
        "The proposal drew 300 people to the square.",
        # a problem addressed is no speech
        "The ministers promised to address the needs of farmers.",
        # a 'fire' that burns nothing
        "The gunners began to fire their howitzers.",
        "A fire service spokesman gave no details.",
        "The minister is under fire for his remarks.",
        # an 'order' that is a purpose or an arrangement, no command
        "The monitors stayed in order to count the ballots.",
        "The junta vowed to restore the constitutional order.",
        "The convoy came under heavy fire near the pass.",
        "The anti-smuggling unit has 40 officers.",
        "Her bank statements showed large deposits.",
        "The ministers clashed over the budget.",
        "Patients missed hospital appointments.",
    ],
)
def test_no_event(annotate, text):
    assert [(e.text, e.label_) for e in annotate(text).spans["claimx_events"]] == []


def test_event_record_carries_date_and_place(extract):
    claims = extract("The paramilitary attack in Banjska in September 2023 killed a police officer.")
    (claim,) = claims
    attack = [e for e in claim.events if e.type == "attack"]
    assert [(e.text, e.date, e.place) for e in attack] == [("paramilitary attack", "2023-09", "Banjska")]
    assert claim.text[attack[0].span.start : attack[0].span.end] == "paramilitary attack"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a noun trigger's record takes the words that qualify it after a determiner, a
        # possessive or a preposition
        ("Mugabe won a presidential election in 2000.", "presidential election"),
        ("Chile's 2011 general election drew a low turnout.", "2011 general election"),
        ("Two soldiers died in heavy shelling near the border.", "heavy shelling"),
        # a verb keeps its words, and no word outside a noun phrase joins
        ("The rebel group attacked the town.", "attacked"),
        ("The rebel group took over the town.", "took over"),
        ("Attacks continued.", "Attacks"),
        ("The army must avoid clashes with civilians.", "clashes"),
        ("The firm made three acquisitions.", "acquisitions"),
    ],
)
def test_event_mention_holds_its_modifiers(extract, text, mention):
    (claim,) = extract(text)
    assert mention in [e.text for e in claim.events]


@pytest.mark.parametrize(("text", "kind"), [("Sales declined this year.", "economic change"), ("Prices declined a further 2 percent.", "economic change"), ("They declined sharply in value.", "economic change"), ("Asked about the plan, she declined.", "refusal")])
def test_declined_falls_or_refuses(annotate, text, kind):
    """A fall over a time or by a figure; a refusal of a thing, of an act, or told alone."""
    assert [e.label_ for e in annotate(text).spans["claimx_events"] if e.text == "declined"] == [kind]
