"""The pipeline as spaCy sees it: save and load (entry points, no claimx import first),
components in a user's own pipeline, and a clear error before initialize()."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

import claimx
from claimx import pipeline
from claimx.errors import ClaimxError
from claimx.batch import extract_text
from claimx.schemas import LexiconEntry

TEXT = (
    "British Report Warns: Serbia and Russia Cooperate\n\n"
    "A new report by the New Diplomacy Project warns of Russian influence in the Balkans. "
    "The report argues that the attack in Banjska in September 2023 was planned by Belgrade. "
    "The authors call on the United Kingdom to sign security agreements with Kosovo.\n"
)
LEXICON_COMPONENTS = ["claimx_segmenter", "claimx_names", "claimx_entities", "claimx_events", "claimx_attribution"]


def dump(claims) -> list[dict]:
    return [c.model_dump() for c in claims]


@pytest.fixture(scope="module")
def saved(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("pipeline") / "claimx_model"
    nlp.to_disk(path)
    return path


def test_default_pipeline_components(nlp):
    assert nlp.pipe_names == list(pipeline.COMPONENTS)


def test_saved_pipeline_carries_its_lexicons(saved):
    for component, lexicons in [("claimx_attribution", ["cues", "source_nouns"]), ("claimx_events", ["events"]), ("claimx_segmenter", ["furniture"])]:
        for name in lexicons:
            assert (saved / component / f"{name}.jsonl").stat().st_size > 0
    # data travels as files beside the weights, never through the config (STYLE habit 3)
    assert "phrases" not in (saved / "config.cfg").read_text(encoding="utf-8")


def test_saved_pipeline_loads_in_a_fresh_interpreter_without_importing_claimx(nlp, saved):
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "assert 'claimx' in sys.modules  # brought in by the spacy_factories entry points\n"
        "from claimx.batch import extract_text\n"
        "print(json.dumps([c.model_dump() for c in extract_text(nlp, sys.argv[2], doc_id='t')]))\n"
    )
    guard = "import sys; assert not any(m.startswith('claimx') for m in sys.modules)\n"
    run = subprocess.run([sys.executable, "-c", guard + code, str(saved), TEXT], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == dump(extract_text(nlp, TEXT, doc_id="t"))


def test_claimx_load_of_a_saved_pipeline(nlp, saved):
    loaded = claimx.load(str(saved))
    assert loaded.pipe_names == nlp.pipe_names
    assert dump(extract_text(loaded, TEXT)) == dump(extract_text(nlp, TEXT))


def test_saved_pipeline_carries_the_towns(saved):
    """The town tables of claimx_entities travel with to_disk, like the lexicons."""
    doc = claimx.load(str(saved))("Gas sold for $1.99 in Evans, Colorado.")
    assert [(s.text, s.id_) for s in doc.spans["claimx_places"]] == [("Evans", "Evans"), ("Colorado", "Colorado")]


def test_load_of_a_missing_model_says_how_to_fix_it(tmp_path):
    with pytest.raises(ClaimxError, match=r"cannot find the spaCy pipeline .*spacy download"):
        claimx.load(str(tmp_path / "absent"))


def test_build_refuses_a_second_copy(nlp):
    base = spacy.blank("en")
    base.add_pipe("claimx_dates")
    with pytest.raises(ClaimxError, match="already has a component named 'claimx_dates'"):
        pipeline.build(base)


def test_dates_component_in_a_users_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_dates")
    nlp.initialize()
    doc = nlp("Kosovo declared independence on 17 February 2008 and joined talks in September 2023.")
    assert [(d.text, d._.claimx_value) for d in doc.spans["claimx_dates"]] == [
        ("17 February 2008", "2008-02-17"),
        ("September 2023", "2023-09"),
    ]


def test_segmenter_and_events_in_a_users_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_segmenter")
    nlp.add_pipe("claimx_dates")
    nlp.add_pipe("claimx_events")
    nlp.initialize()
    doc = nlp("Talks stalled\nThe attack in March 2022 killed three people.")
    assert [s.text.strip() for s in doc.sents] == ["Talks stalled", "The attack in March 2022 killed three people."]
    assert [(e.text, e.label_, e._.claimx_event["date"]) for e in doc.spans["claimx_events"]] == [
        ("Talks", "negotiations", None),
        ("attack", "attack", "2022-03"),
        ("killed", "death", "2022-03"),
    ]


@pytest.mark.parametrize("name", LEXICON_COMPONENTS)
def test_component_before_initialize_raises(name):
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    with pytest.raises(ClaimxError, match=rf"component '{name}' has no lexicons: call nlp.initialize\(\)"):
        nlp("Moscow denied the attack.")


def test_initialize_with_own_lexicon_data():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_segmenter")
    events = nlp.add_pipe("claimx_events")
    nlp.get_pipe("claimx_segmenter").initialize(nlp=nlp)
    events.initialize(nlp=nlp, data={"events": [LexiconEntry(id="event.heist", kind="heist", phrases=["heist"])]})
    doc = nlp("The heist shocked the city. The attack did not.")
    assert [(e.text, e.label_) for e in doc.spans["claimx_events"]] == [("heist", "heist")]


def test_own_lexicon_travels_with_to_disk(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_segmenter")
    nlp.add_pipe("claimx_events")
    nlp.get_pipe("claimx_segmenter").initialize(nlp=nlp)
    nlp.get_pipe("claimx_events").initialize(nlp=nlp, data={"events": [LexiconEntry(id="event.heist", kind="heist", phrases=["heist"])]})
    nlp.to_disk(tmp_path / "p")
    doc = spacy.load(tmp_path / "p")("The heist failed.")
    assert [(e.text, e.label_) for e in doc.spans["claimx_events"]] == [("heist", "heist")]
