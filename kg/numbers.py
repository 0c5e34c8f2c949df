"""The number grammar of police releases: counts, money, drug quantities, prison terms, qualifiers.

Everything here is pure text -> value. The regex *fragments* (`NUM`, `MONEY`, `QUAL`, ...) are
strings that the outcome finder composes into its own patterns; the functions turn what such a
fragment matched into a value:

    value_of("forty-one") == 41          value_of("a dozen") == 12
    money_value("£2.4 million") == 2_400_000   money_value("£350k") == 350_000
    quantity_of("half a kilo") == (0.5, "kg")  years_of("nine years and three months") == 9.25
    quantity_of("a kilo") == (1.0, "kg")       years_of("45 and a half years") == 45.5
    qualifier_of("just under") == "approximately"

Vague amounts ("dozens", "hundreds", "several", "a number of") have no value: `value_of` returns
None for them and `VAGUE` matches them.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT_W = "|".join(sorted(UNITS, key=len, reverse=True))
_DIGIT_W = "one|two|three|four|five|six|seven|eight|nine"
_TENS_W = "|".join(TENS)
_BELOW_100 = rf"(?:(?:{_TENS_W})(?:[-\s](?:{_DIGIT_W}))?|{_UNIT_W})"
_HUNDREDS = rf"(?:(?:a|one|{_DIGIT_W})\s+hundred(?:\s+and\s+{_BELOW_100})?)"
_THOUSANDS = rf"(?:(?:a|{_HUNDREDS}|{_BELOW_100})\s+thousand(?:\s+(?:and\s+)?(?:{_HUNDREDS}|{_BELOW_100}))?)"

DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
WORDS = rf"(?:{_THOUSANDS}|{_HUNDREDS}|a\s+dozen|half\s+a(?:n)?|{_BELOW_100}|both|pair|duo|trio)"
# A number as written: digits or words. Case-insensitive patterns are expected.
NUM = rf"(?:(?<![\w£.,]){DIGITS}(?![\d£]|[.,]\d)|\b{WORDS}\b)"

# Qualifiers in front of a figure, longest first; each maps to a spec qualifier.
QUALIFIER_WORDS = {
    "more than": "more_than", "over": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "excess of": "more_than", "well over": "more_than",
    "at least": "at_least", "a minimum of": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least",
    "around": "approximately", "about": "approximately", "approximately": "approximately",
    "approx": "approximately", "approx.": "approximately", "almost": "approximately",
    "nearly": "approximately", "an estimated": "approximately", "estimated at": "approximately",
    "estimated": "approximately", "just under": "approximately", "just over": "approximately",
    "up to": "approximately", "some": "approximately", "roughly": "approximately",
    "close to": "approximately", "circa": "approximately", "an estimated total of": "approximately",
    "in the region of": "approximately",
}
QUAL = r"(?:" + "|".join(
    re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIER_WORDS, key=len, reverse=True)
) + r")"

# Amounts with no number: the outcome is `vague`.
VAGUE = (
    r"\b(?:several|a\s+number\s+of|numerous|a\s+(?:large\s+|small\s+|significant\s+|substantial\s+|further\s+)?"
    r"(?:quantity|amount)\s+of|quantities\s+of|a\s+haul\s+of|various|multiple|a\s+range\s+of|"
    r"dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of|a\s+handful\s+of|a\s+few|many|"
    r"a\s+(?:large\s+|small\s+|significant\s+|substantial\s+)?sum\s+of)"
)

_MONEY_SCALE = r"(?:\s*(?:k\b|m\b|bn\b|mn\b)|\s+(?:million|billion|thousand)\b)"
# "£354,000", "£350k", "£2.4 million", "£1.7m", "GBP 5,000", "354,000 pounds"
MONEY = (
    rf"(?:(?:£|GBP\s*)\s?{DIGITS}{_MONEY_SCALE}?"
    rf"|(?<![\w£.,]){DIGITS}{_MONEY_SCALE}?\s+pounds\b)"
)

_UNIT_NAMES = {
    "kg": ("kg", 1.0), "kgs": ("kg", 1.0), "kilo": ("kg", 1.0), "kilos": ("kg", 1.0),
    "kilogram": ("kg", 1.0), "kilograms": ("kg", 1.0), "kilogramme": ("kg", 1.0),
    "kilogrammes": ("kg", 1.0), "tonne": ("kg", 1000.0), "tonnes": ("kg", 1000.0),
    "ton": ("kg", 1000.0), "tons": ("kg", 1000.0),
    "g": ("g", 1.0), "gram": ("g", 1.0), "grams": ("g", 1.0), "gramme": ("g", 1.0),
    "grammes": ("g", 1.0), "grm": ("g", 1.0),
    "oz": ("g", 28.35), "ounce": ("g", 28.35), "ounces": ("g", 28.35),
    "wrap": ("wraps", 1.0), "wraps": ("wraps", 1.0), "deal": ("wraps", 1.0), "deals": ("wraps", 1.0),
    "plant": ("plants", 1.0), "plants": ("plants", 1.0),
}
UNIT = (
    r"(?:kilogram(?:me)?s?|kilos?|kgs?|tonnes?|tons?|gram(?:me)?s?|grm|g|oz|ounces?|wraps?|"
    r"(?:street\s+)?deals|(?:cannabis\s+|skunk\s+)?plants?)\b"
)
# "4.2kg", "around 250g", "half a kilo", "312 wraps", "a dozen cannabis plants"
QUANTITY = rf"(?:{NUM})\s*{UNIT}"
# "a kilo of heroin", "an ounce of cocaine": one unit, written with the article
ONE_UNIT = r"\ban?\s+(?:kilo(?:gram(?:me)?)?|tonne|ounce)\b"

_DURATION_UNIT = r"(?:years?|yrs?)"
# "55 years", "nine years and three months", "29 years, three months", "18 months"
DURATION = (
    rf"(?:(?:{NUM})\s+and\s+a\s+half[-\s]{_DURATION_UNIT}|a\s+year\s+and\s+a\s+half"
    rf"|(?:{NUM})[-\s]{_DURATION_UNIT}(?:\s*(?:,|and|,\s*and)\s*(?:{NUM})[-\s]months?)?"
    rf"|(?:{NUM})[-\s]months?|a\s+century|more\s+than\s+a\s+century)"
)

_num_re = re.compile(NUM, re.I)
_qual_re = re.compile(rf"\b{QUAL}\b", re.I)
_scale_re = re.compile(r"(k|m|mn|bn|million|billion|thousand)\b", re.I)
_unit_re = re.compile(UNIT, re.I)
_years_re = re.compile(rf"({NUM})[-\s]{_DURATION_UNIT}", re.I)
_months_re = re.compile(rf"({NUM})[-\s]months?", re.I)
_half_years_re = re.compile(rf"({NUM})\s+and\s+a\s+half[-\s]{_DURATION_UNIT}", re.I)
_one_unit_re = re.compile(ONE_UNIT, re.I)


def value_of(text: str) -> float | None:
    """The value of one number as written ("41", "1,300", "forty-one", "a dozen"); None if none."""
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    if t[0].isdigit():
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    if t in ("both", "pair", "duo"):
        return 2.0
    if t == "trio":
        return 3.0
    if t == "a dozen":
        return 12.0
    if t in ("half a", "half an"):
        return 0.5
    total = 0.0
    current = 0.0
    seen = False
    for word in t.split():
        if word == "and":
            continue
        if word in ("a", "an") and not seen:
            current = 1.0
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
        else:
            return None
    return total + current if seen or total else None


def first_number(text: str) -> float | None:
    """The value of the first number in `text`."""
    m = _num_re.search(text)
    return value_of(m.group(0)) if m else None


def qualifier_of(text: str) -> str:
    """The spec qualifier for the words before a figure ("more than" -> "more_than"), else "exact"."""
    m = _qual_re.search(text)
    if not m:
        return "exact"
    return QUALIFIER_WORDS.get(" ".join(m.group(0).lower().split()), "exact")


def money_value(text: str) -> float | None:
    """'£354,000' -> 354000; '£350k' -> 350000; '£2.4 million' -> 2400000; '1.7m' -> 1700000."""
    m = re.search(DIGITS, text)
    if not m:
        return None
    base = float(m.group(0).replace(",", ""))
    scale = _scale_re.match(text[m.end():].lstrip())
    if scale:
        word = scale.group(1).lower()
        base *= {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
                 "bn": 1e9, "billion": 1e9}[word]
    return base


def quantity_of(text: str) -> tuple[float, str] | None:
    """'4.2kg' -> (4.2, 'kg'); 'half a kilo' -> (0.5, 'kg'); '2 tonnes' -> (2000, 'kg')."""
    n = _num_re.search(text)
    if not n:
        one = _one_unit_re.search(text)
        if not one:
            return None
        return quantity_of("1 " + one.group(0).split()[-1])
    value = value_of(n.group(0))
    u = _unit_re.search(text, n.end())
    if value is None or not u:
        return None
    word = u.group(0).lower().split()[-1]
    unit, factor = _UNIT_NAMES.get(word, (None, 1.0))
    if unit is None:
        return None
    return value * factor, unit


def years_of(text: str) -> float | None:
    """A prison term in years: '29 years and three months' -> 29.25; '18 months' -> 1.5."""
    low = text.lower()
    if "century" in low:
        return 100.0
    if low.strip().startswith("a year and a half"):
        return 1.5
    half = _half_years_re.search(text)
    if half:
        v = value_of(half.group(1))
        return None if v is None else v + 0.5
    years = 0.0
    found = False
    y = _years_re.search(text)
    if y:
        v = value_of(y.group(1))
        if v is not None:
            years += v
            found = True
    mo = _months_re.search(text, y.end() if y else 0)
    if mo:
        v = value_of(mo.group(1))
        if v is not None:
            years += v / 12
            found = True
    return round(years, 4) if found else None


def significant_digits(value: float) -> int:
    """How precisely a figure is stated: 354000 -> 3, 350000 -> 2, 83 -> 2."""
    digits = f"{value:.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(digits))
