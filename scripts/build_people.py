"""Build src/claimx/resources/people.jsonl from scripts/gazetteer_sources/people.jsonl.

The input is a curated table (one JSON object a line):
    {"name": ..., "country": ISO alpha-2 or null, "aliases": [...], "surnames": [...],
     "role": "why the person is listed", "source": "curated" | "wikidata"}
This script adds accent-free spellings, applies the surname rule, drops any alias that
two people share or that another packaged gazetteer already uses, validates the result
against claimx's NamedEntry schema and writes it sorted by id.  Standard library only
(plus claimx itself for the schema check).
Run:  python scripts/build_people.py
"""

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from alias_forms import ascii_fold, spellings, unique

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "scripts" / "gazetteer_sources" / "people.jsonl"
OUT = ROOT / "src" / "claimx" / "resources"
OTHER_GAZETTEERS = ["states.jsonl", "organizations.jsonl", "bodies.jsonl", "places.jsonl"]

MIN_SURNAME_LETTERS = 5
# Bare surnames that are ordinary English words or common given names: never aliases,
# whoever lists them.  (Most such names are simply not listed in the source.)
NOT_SURNAMES = {
    "Abbott", "Austin", "Baker", "Blair", "Brown", "Bush", "Cameron", "Carney", "Carter",
    "Castro", "Clinton", "Conte", "Cooper", "Gates", "Harper", "Harris", "Hunt", "Johnson",
    "Jordan", "Kerry", "Khan", "Martin", "Miller", "Morrison", "Powell", "Rice", "Singh",
    "Smith", "Wallace", "Wong", "Young",
}
# Exceptions to the English-word and length rules: capitalised, these are all but always
# the person ("Trump"; "Xi", "Modi", "Ruto", "Sisi", as news names these leaders alone).
ALLOWED_SURNAMES = {"Trump", "Xi", "Modi", "Ruto", "Sisi"}
KEYS = {"name", "country", "aliases", "surnames", "role", "source"}
# States whose officials' names English texts also write family name first, as their
# government asks since 2020 ("Motegi Toshimitsu"), while Wikipedia titles put the given
# name first ("Toshimitsu Motegi")
FAMILY_FIRST = {"JP"}


def slug(name):
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(name).lower()).strip("_")


def surname_ok(surname):
    if surname in ALLOWED_SURNAMES:
        return True
    letters = sum(c.isalpha() for c in surname)
    return letters >= MIN_SURNAME_LETTERS and surname not in NOT_SURNAMES


def other_aliases():
    """Every surface form the other packaged gazetteers already claim."""
    taken = set()
    for name in OTHER_GAZETTEERS:
        path = OUT / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                for key in ("aliases", "demonyms", "capitals"):
                    taken.update(row.get(key) or [])
    return taken


def build():
    rows = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    people = []
    rejected_surnames = []
    # every full name and full-name alias, folded: a surname that ends another person's
    # name ("Hafez al-Assad") is shared and not used
    full_names = [
        (number, {ascii_fold(a) for a in [row["name"], *row["aliases"]]})
        for number, row in enumerate(rows, start=1)
    ]
    for number, row in enumerate(rows, start=1):
        assert set(row) == KEYS, f"{SOURCE}:{number} keys {sorted(row)}"
        assert row["source"] in {"curated", "wikidata"}, f"{SOURCE}:{number} source"
        country = row["country"]
        full = [f for a in [row["name"], *row["aliases"]] for f in spellings(a, country)]
        if country in FAMILY_FIRST:
            full += [" ".join(reversed(f.split())) for f in spellings(row["name"], country) if len(f.split()) == 2]
        short = []
        for surname in row["surnames"]:
            tail = ascii_fold(surname)
            others = [
                n for i, names in full_names if i != number for n in names
                if n == tail or n.endswith((f" {tail}", f"-{tail}"))
            ]
            if not surname_ok(surname):
                rejected_surnames.append((row["name"], surname, "too short or a common word"))
            elif others:
                rejected_surnames.append((row["name"], surname, f"also in {others[0]!r}"))
            else:
                short += spellings(surname, country)
        people.append({
            "id": f"person:{slug(row['name'])}", "name": row["name"], "kind": "person",
            "aliases": unique(full + short), "country": country,
        })

    owners = defaultdict(set)
    for person in people:
        for alias in person["aliases"]:
            owners[alias].add(person["id"])
    shared = {a: ids for a, ids in owners.items() if len(ids) > 1}
    taken = other_aliases()
    clashes = {a for a in owners if a in taken}
    for person in people:
        person["aliases"] = [a for a in person["aliases"] if a not in shared and a not in clashes]
        assert person["aliases"], f"{person['id']}: every alias was dropped"

    for name, surname, why in rejected_surnames:
        print(f"surname rule: not using {surname!r} for {name} ({why})")
    for alias, ids in sorted(shared.items()):
        print(f"shared alias dropped: {alias!r} ({', '.join(sorted(ids))})")
    for alias in sorted(clashes):
        print(f"alias used by another gazetteer dropped: {alias!r} ({', '.join(sorted(owners[alias]))})")
    return people


def write(people):
    people = sorted(people, key=lambda p: p["id"])
    ids = [p["id"] for p in people]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"
    lines = [json.dumps(p, ensure_ascii=False) for p in people]
    try:
        sys.path.insert(0, str(ROOT / "src"))
        from claimx.resources import parse_lines
        from claimx.schemas import NamedEntry
        parse_lines(lines, NamedEntry, "people.jsonl")
    except ImportError:
        print("claimx not importable: schema check skipped")
    (OUT / "people.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"people.jsonl: {len(people)}")


if __name__ == "__main__":
    write(build())
