"""Build src/claimx/resources/companies.jsonl from scripts/gazetteer_sources/companies.jsonl.

The input is a curated table (one JSON object a line):
    {"name": English Wikipedia title without disambiguation suffix,
     "country": ISO alpha-2 of the headquarters or null, "aliases": [...],
     "category": "company" | "professional" | "media" | "sport" | "university" |
                 "research" | "ngo",
     "sector": free text (what kind of company or body), "source": "curated",
     optionally "town_form": the bare place name news also uses alone for the club
                 ("Liverpool", "Marseille", "Leverkusen")}
This script adds accent-free, straight/curly-apostrophe and hyphen spellings, applies the
bare-alias rule (RISKY_BARE), skips entries that organizations.jsonl or bodies.jsonl already
list, drops any alias that two entries share or that another packaged gazetteer already
uses, validates the result against claimx's NamedEntry schema and writes it sorted by id.
A town_form is never an alias (a bare place name fires on every mention of the place): it
is written, with its accent-free spelling, as the entry's "town_forms", which claimx reads
as the club only in a sentence about sport.
Standard library only (plus claimx itself for the schema check).
Run:  python scripts/build_companies.py
"""

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import alias_forms
from alias_forms import ascii_fold, unique

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "scripts" / "gazetteer_sources" / "companies.jsonl"
OUT = ROOT / "src" / "claimx" / "resources"
OUTPUT = "companies.jsonl"
OTHER_GAZETTEERS = ["states.jsonl", "organizations.jsonl", "bodies.jsonl", "places.jsonl", "people.jsonl"]
# an entry whose name or alias is the name or an alias of one of these is already covered
ALREADY_COVERED_IN = ["organizations.jsonl", "bodies.jsonl"]

CATEGORIES = {"company", "professional", "media", "sport", "university", "research", "ngo"}
KEYS = {"name", "country", "aliases", "category", "sector", "source"}
# "town_form": the bare name of the place (town, city, district, island or region) that news
# also uses alone for a club ("Liverpool beat Everton", "Marseille", "Leverkusen").  It is
# never an alias, as it names the place far more often, and at most one entry has a given
# town_form.  companies.jsonl carries its spellings as "town_forms".
OPTIONAL_KEYS = {"town_form"}
SOURCES = {"curated"}

# The bare-alias rule.  Aliases are matched case-sensitively as exact token sequences, so a
# one-word alias fires on every capitalised occurrence of that word, sentence starts included.
# These forms are never used, whoever lists them: ordinary English words ("Shell", "Target",
# "Delta"), common given names or surnames ("Ford", "Lilly", "Rafael", "Abbott"), places
# and other entities that share the name ("Amazon", "Oxford", "Columbia", "Emirates"),
# newspaper titles without their article ("Guardian", "Times"), and acronyms whose other
# reading is frequent in news ("CCTV" footage, "PTI" the Pakistani party, "ETH" the
# cryptocurrency, "NRC" the US regulator, "FIA" the Pakistani agency, "S&P" inside "S&P 500",
# "LIC" low-income countries, "MSC" the Munich Security Conference, "MSU", "HSE"), and
# aircraft makers whose name mostly denotes the aircraft or an airport ("Antonov").
RISKY_BARE = {
    # companies
    "Amazon", "Shell", "Total", "Visa", "Target", "Orange", "Vanguard", "Apollo", "Citadel",
    "Stripe", "Grab", "Continental", "Caterpillar", "Oracle", "Canon", "Arm", "Leonardo",
    "Rafael", "Kalashnikov", "Kongsberg", "Ford", "Lilly", "Abbott", "Gilead", "Delta",
    "Coke", "Reliance", "Vale", "Vinci", "Bain", "Prudential", "Emirates", "Suzuki", "Tata",
    "Tether", "Lowe's", "Lloyd's", "BAT", "Anthem", "Hermes", "Antonov", "S&P", "LIC", "MSC",
    # media
    "Sky", "Fox", "Times", "Guardian", "Observer", "Telegraph", "Economist", "Mail", "Time",
    "Zeit", "Welt", "Intercept", "Verge", "New Yorker", "Liberation", "Beta", "Saba", "Fars",
    "Kan", "Sputnik", "Channel One", "CCTV", "Asahi", "Nikkei", "Wafa", "SPA", "PTI", "Rai",
    # sport
    "Chelsea", "Arsenal", "Tottenham", "Spurs", "Celtic", "Rangers", "Inter", "Warriors",
    "Chiefs", "Yankees", "Partizan", "Zenit", "FA", "IPC", "AFC", "ATP", "ITF", "FIA",
    # sport: team nicknames and short forms that are English words, names, peoples or other
    # bodies ("Heat", "Rockets", "Texans", "Senators", "Commanders", "Patriots", "Cardinals",
    # "Pirates", "Tigers"), and club names whose bare form has another usual reading: "Texas
    # Rangers" (the state police), "McLaren" (the McLaren report), "Willem II" (the king),
    # "Al-Shabab" (al-Shabaab), "Al-Ahli" (the Al-Ahli Arab Hospital in Gaza), "Athletics"
    "Heat", "Magic", "Thunder", "Jazz", "Nets", "Suns", "Kings", "Bulls", "Hawks", "Rockets",
    "Bucks", "Wizards", "Hornets", "Cavaliers", "Mavericks", "Blazers", "Giants", "Eagles",
    "Saints", "Jets", "Cardinals", "Falcons", "Ravens", "Bills", "Panthers", "Bears", "Browns",
    "Cowboys", "Broncos", "Lions", "Texans", "Jaguars", "Raiders", "Chargers", "Rams",
    "Dolphins", "Vikings", "Patriots", "Titans", "Commanders", "Cubs", "Reds", "Guardians",
    "Rockies", "Tigers", "Royals", "Angels", "Brewers", "Twins", "Athletics", "Pirates",
    "Mariners", "Rays", "Nationals", "Ducks", "Flames", "Hurricanes", "Blackhawks", "Avalanche",
    "Stars", "Wild", "Predators", "Devils", "Islanders", "Senators", "Flyers", "Penguins",
    "Sharks", "Kraken", "Blues", "Lightning", "Mammoth", "Canucks", "Capitals", "Wolves",
    "Villa", "Forest", "United", "City", "Hearts", "Crusaders", "Highlanders", "Sporting",
    "Athletic", "Atlético", "Atletico", "Racing", "Dynamo", "Spartak", "Lokomotiv", "CSKA",
    "Galaxy", "Crew", "Union", "Revolution", "Earthquakes", "Young Boys", "Texas Rangers",
    "McLaren", "Willem II", "Al-Shabab", "Al Shabab", "Al-Ahli", "Al Ahli", "Sauber", "Haas",
    # universities, research, NGOs
    "Oxford", "Cambridge", "Columbia", "Duke", "Brown", "Penn", "Berkeley", "ETH", "MSU",
    "HSE", "SWP", "NRC", "Memorial",
}
# Risky one-word (or short) forms kept on purpose: capitalised in news they nearly always
# mean this entry.  Listed so the build can print them and check they are still in use.
KEPT_RISKY = {
    "Apple", "Meta", "Alphabet", "Bloomberg", "AP", "AFP", "ABC", "RT", "GM", "BCG", "ESA",
    "CSIS", "CFR", "CAF", "RTS", "UCL", "USC", "Goldman", "Nomura", "Honda", "Santander",
    "McDonald's", "Moody's", "Fitch", "Forbes", "Paramount", "Bosch", "Bayer", "Roche",
    "Ferrari", "Porsche", "Disney", "Dell", "Tesla", "Adani", "Harvard", "Yale", "Princeton",
    "Stanford", "Cornell", "Dartmouth", "Purdue", "Ajax", "Napoli", "Mehr", "Lancet", "Gallup",
    "Pew", "Telegram", "Mitsui", "Vanderbilt", "BP",
    # sport: a district, a book of the Bible, a people of old, ordinary plural nouns; in
    # news, capitalised, the club or team
    "Feyenoord", "Corinthians", "Saracens", "Boavista", "Gladbach", "Packers", "Colts",
    "Braves", "Padres", "Pistons", "Pacers", "Nuggets", "Pelicans", "Grizzlies", "Clippers",
    "Raptors", "Buccaneers", "Orioles", "Marlins", "Sabres", "Leafs", "Timbers", "Whitecaps",
    "Canadiens",
}
# "The X" is kept only where the bare "X" is too risky and the title is a newspaper or
# journal whose article is part of the name (aliases otherwise never start with "the").
THE_ALIASES = {
    "The Guardian", "The Observer", "The Times", "The Telegraph", "The Economist",
    "The New Yorker", "The Intercept", "The Verge", "The Lancet",
}

# Diacritics that do not decompose with NFKD, and their usual news spelling.




def spellings(text, country):
    """The shared spellings plus hyphen and apostrophe variants."""
    forms = alias_forms.spellings(text, country)
    forms += [f.replace("–", "-") for f in forms if "–" in f]
    forms += [f.replace("'", "’") for f in forms if "'" in f]
    return forms




def slug(name):
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(name).lower().replace("&", " and ")).strip("_")


def read_rows(name):
    path = OUT / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def other_aliases():
    """Every surface form the other packaged gazetteers already claim, with its owner."""
    taken = defaultdict(set)
    for name in OTHER_GAZETTEERS:
        for row in read_rows(name):
            for key in ("aliases", "demonyms", "capitals"):
                for alias in row.get(key) or []:
                    taken[alias].add(f"{name.removesuffix('.jsonl')}:{row['name']}")
    return taken


def town_forms(rows):
    """{spelling of a town_form: the entry that has it}; each form belongs to one entry."""
    towns = {}
    for number, row in enumerate(rows, start=1):
        town = row.get("town_form")
        if town is None:
            continue
        assert isinstance(town, str) and town.strip() == town and town, f"{SOURCE}:{number} town_form {town!r}"
        assert not town.lower().startswith("the "), f"{SOURCE}:{number} town_form {town!r} starts with 'the'"
        for form in spellings(town, row["country"]):
            owner = towns.setdefault(form, row["name"])
            assert owner == row["name"], f"{SOURCE}:{number} town_form {form!r} is also {owner}'s"
    return towns


def covered_names():
    """Names and aliases of organisations and government bodies already packaged."""
    covered = {}
    for name in ALREADY_COVERED_IN:
        for row in read_rows(name):
            for form in [row["name"], *row["aliases"]]:
                covered.setdefault(form, f"{name}:{row['id']}")
    return covered


def build():
    rows = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    covered = covered_names()
    towns = town_forms(rows)
    # a state's name is no club's town form ("Monaco"): the state it names acts in news
    states = {a for line in (OUT / "states.jsonl").read_text(encoding="utf-8").splitlines() for e in [json.loads(line)] for a in (e["name"], *e["aliases"])}
    entries, categories, skipped, risky_dropped, town_dropped = [], {}, [], [], []
    for number, row in enumerate(rows, start=1):
        assert KEYS <= set(row) <= KEYS | OPTIONAL_KEYS, f"{SOURCE}:{number} keys {sorted(row)}"
        assert row["source"] in SOURCES, f"{SOURCE}:{number} source {row['source']!r}"
        assert row["category"] in CATEGORIES, f"{SOURCE}:{number} category {row['category']!r}"
        country = row["country"]
        assert country is None or re.fullmatch(r"[A-Z]{2}", country), f"{SOURCE}:{number} country"
        # the name, or a multi-word alias, already names a packaged organisation or body
        # (one-word acronyms such as "ICC" may stand for something else and are only dropped)
        forms = [row["name"], *(a for a in row["aliases"] if " " in a)]
        hit = next((covered[f] for f in forms if f in covered), None)
        if hit:
            skipped.append((row["name"], hit))
            continue
        aliases = []
        for alias in unique([row["name"], *row["aliases"]]):
            for form in spellings(alias, country):
                if form.replace("’", "'") in RISKY_BARE:
                    risky_dropped.append((form, row["name"]))
                elif form in towns:
                    town_dropped.append((form, row["name"], towns[form]))
                elif form.lower().startswith("the ") and form not in THE_ALIASES:
                    pass  # titles such as "The New York Times": the alias is the rest
                else:
                    aliases.append(form)
        entry_id = f"org:{slug(row['name'])}"
        categories[entry_id] = row["category"]
        entry = {"id": entry_id, "name": row["name"], "kind": "organization", "aliases": unique(aliases), "country": country}
        if row.get("town_form") and row["town_form"] not in states:
            entry["town_forms"] = unique(spellings(row["town_form"], country))
        entries.append(entry)

    owners = defaultdict(set)
    for entry in entries:
        for alias in entry["aliases"]:
            owners[alias].add(entry["id"])
    shared = {a: ids for a, ids in owners.items() if len(ids) > 1}
    taken = other_aliases()
    clashes = {a: taken[a] for a in owners if a in taken}
    for entry in entries:
        entry["aliases"] = [a for a in entry["aliases"] if a not in shared and a not in clashes]
        assert entry["aliases"], f"{entry['id']}: every alias was dropped"

    for name, where in skipped:
        print(f"already packaged, skipped: {name} ({where})")
    for form, name in sorted(set(risky_dropped)):
        print(f"bare-alias rule: not using {form!r} for {name}")
    for form, name, owner in sorted(set(town_dropped)):
        print(f"town form, not an alias: not using {form!r} for {name} (town_form of {owner})")
    for alias, ids in sorted(shared.items()):
        print(f"shared alias dropped: {alias!r} ({', '.join(sorted(ids))})")
    for alias, where in sorted(clashes.items()):
        print(f"alias used by another gazetteer dropped: {alias!r} "
              f"({', '.join(sorted(owners[alias]))} vs {', '.join(sorted(where))})")
    in_use = {a for e in entries for a in e["aliases"]}
    missing = sorted(KEPT_RISKY - in_use)
    assert not missing, f"KEPT_RISKY forms no longer used: {missing}"
    print(f"risky aliases kept on purpose ({len(KEPT_RISKY)}): {', '.join(sorted(KEPT_RISKY))}")
    with_town = sum(1 for row in rows if row.get("town_form"))
    print(f"town_form: {with_town} entries")
    return entries, categories


def write(entries, categories):
    entries = sorted(entries, key=lambda e: e["id"])
    ids = [e["id"] for e in entries]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"
    lines = [json.dumps(e, ensure_ascii=False) for e in entries]
    try:
        sys.path.insert(0, str(ROOT / "src"))
        from claimx.resources import parse_lines
        from claimx.schemas import NamedEntry
        parse_lines(lines, NamedEntry, OUTPUT)
    except ImportError:
        print("claimx not importable: schema check skipped")
    (OUT / OUTPUT).write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = Counter(categories[i] for i in ids)
    print(", ".join(f"{c}: {n}" for c, n in sorted(counts.items())))
    print(f"{OUTPUT}: {len(entries)} entries, {sum(len(e['aliases']) for e in entries)} aliases")


if __name__ == "__main__":
    write(*build())
