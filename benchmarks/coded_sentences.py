"""Recall of coded participant states and organisations on event-coded sentences.

Run: python benchmarks/coded_sentences.py FILE.xml [FILE.xml ...] [--skip ERI] [--misses]

FILE is in PETRARCH's validation format (<Sentence id=...><EventCoding sourcecode=...
targetcode=.../><Text>...</Text></Sentence>); no such file ships with claimx, supply your
own. Each sentence is extracted as a document of its own. Its participants are the
CAMEO codes of its EventCoding elements: a code whose first three letters are an ISO
3166-1 alpha-3 code stands for that state ("RUSCOP" -> Russia), a few IGO codes stand for
their organisation (IGO_NAMES); every other code (agents alone, "---", invented countries
of a validation file, named in --skip when they collide with a real ISO code) is ignored,
and so are sentences left with no participant. A participant is found when an actor of
any of the sentence's records, or its source of kind state or organization, has the
participant's canonical name; "+bodies" also counts a government body of that state
("U.S. Central Command" for the United States). Needs pycountry (pip install -e '.[build]').
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import claimx  # noqa: E402
from claimx import resources  # noqa: E402

# CAMEO IGO codes (Phoenix.International.actors.txt) -> claimx canonical names
IGO_NAMES = {
    "IGOUNO": "United Nations", "IGOWSTNAT": "NATO", "IGOEUREEC": "European Union",
    "IGOEEU": "European Union", "IGOAFR": "African Union", "IGOUNODEVWBK": "World Bank",
    "IGOBUSIMF": "International Monetary Fund", "IGOUNOIAE": "International Atomic Energy Agency",
    "IGOUNOHLHWHO": "World Health Organization", "IGOUNOKID": "UNICEF", "IGOUNOWFP": "World Food Programme",
    "IGOUNOREFHCR": "United Nations High Commissioner for Refugees",
}


def state_names() -> dict[str, str]:
    """{ISO alpha-3: claimx name} for every state whose claimx id is an ISO alpha-2 code."""
    names = {}
    for state in resources.gazetteer("states"):
        country = pycountry.countries.get(alpha_2=state.id) if len(state.id) == 2 else None
        if country is not None:
            names[country.alpha_3] = state.name
    return names


def body_states() -> dict[str, str]:
    """{body name: its state's name} for government bodies bound to one state only."""
    by_id = {s.id: s.name for s in resources.gazetteer("states")}
    owners: dict[str, set[str]] = {}
    for entry in (*resources.gazetteer("bodies"), *resources.gazetteer("organizations")):
        if entry.country in by_id:
            owners.setdefault(entry.name, set()).add(by_id[entry.country])
    return {name: next(iter(states)) for name, states in owners.items() if len(states) == 1}


def participant(code: str, states: dict[str, str], skip: set[str]) -> str | None:
    code = code.strip().strip("\"'")
    if code[:3] in skip:
        return None
    if code.startswith("IGO"):
        return IGO_NAMES.get(code)
    return states.get(code[:3])


def read_sentences(path: Path, states: dict[str, str], skip: set[str]):
    """(id, text, {participant names}) of each sentence with a codable participant."""
    for sentence in ET.parse(path).getroot().iter("Sentence"):
        text = " ".join((sentence.findtext("Text") or "").split())
        codes = [c.get(k, "") for c in sentence.iter("EventCoding") for k in ("sourcecode", "targetcode")]
        names = {p for p in (participant(c, states, skip) for c in codes if c) if p}
        if text and names:
            yield sentence.get("id", "?"), text, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--skip", default="", help="comma-separated 3-letter codes to ignore (invented countries)")
    parser.add_argument("--misses", action="store_true", help="list each missed participant")
    args = parser.parse_args()
    states, bodies = state_names(), body_states()
    skip = {c.strip() for c in args.skip.split(",") if c.strip()}
    nlp = claimx.load()
    for path in args.files:
        total = found = via_body = sentences = 0
        misses = []
        for sid, text, names in read_sentences(path, states, skip):
            sentences += 1
            claims = claimx.extract(text, doc_id=sid, nlp=nlp)
            mentions = [(a.name, a.text) for c in claims for a in c.actors]
            mentions += [(c.source.name, c.source.text) for c in claims if c.source and c.source.kind in {"state", "organization"}]
            predicted = {name for name, _ in mentions}
            for name in sorted(names):
                total += 1
                if name in predicted:
                    found += 1
                elif any(bodies.get(p) == name for p in predicted):
                    via_body += 1
                else:
                    misses.append((sid, name, len(claims), sorted(set(mentions)), text))
        if not total:
            print(f"{path}: no sentence with a codable participant")
            continue
        print(f"{path}: {sentences} sentences, {total} participants, recall {found / total:.3f} "
              f"({found}), +bodies {(found + via_body) / total:.3f} ({found + via_body})")
        if args.misses:
            for sid, name, n_claims, mentions, text in misses:
                print(f"  MISS {sid} {name} | records={n_claims} actors={mentions}\n       {text}")


if __name__ == "__main__":
    main()
