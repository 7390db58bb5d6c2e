"""Spelling variants of gazetteer aliases, shared by the build scripts of scripts/."""

import unicodedata

FOLD = str.maketrans({
    "Đ": "Dj", "đ": "dj", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss",
    "æ": "ae", "Æ": "Ae", "ð": "d", "þ": "th", "ʻ": "'", "’": "'", "ʼ": "'",
})
GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
GERMAN_COUNTRIES = {"DE", "AT", "CH", "LI"}


def ascii_fold(text):
    folded = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in folded if not unicodedata.combining(c))


def spellings(text, country):
    """The alias, its accent-free form, and ae/oe/ue for German names."""
    forms = [text, ascii_fold(text)]
    if country in GERMAN_COUNTRIES:
        forms.append(ascii_fold(text.translate(GERMAN)))
    return forms


def unique(items):
    return list(dict.fromkeys(i for i in items if i))
