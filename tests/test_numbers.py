"""The number grammar: words, digits, money, drug quantities, prison terms and qualifiers."""
import re

import pytest

from kg.numbers import (
    DURATION,
    MONEY,
    ONE_UNIT,
    NUM,
    QUANTITY,
    VAGUE,
    money_value,
    qualifier_of,
    quantity_of,
    significant_digits,
    value_of,
    years_of,
)


@pytest.mark.parametrize("text, expected", [
    ("five", 5), ("Five", 5), ("forty-one", 41), ("forty one", 41), ("Eighty-three", 83),
    ("a dozen", 12), ("a hundred", 100), ("two hundred and twelve", 212), ("one hundred", 100),
    ("three thousand", 3000), ("both", 2), ("Both", 2), ("half a", 0.5), ("pair", 2), ("trio", 3),
    ("41", 41), ("1,300", 1300), ("4.2", 4.2), ("1,250.5", 1250.5), ("twelve", 12),
    ("nineteen", 19), ("ninety-nine", 99),
    ("dozens", None), ("several", None), ("", None),
])
def test_value_of(text, expected):
    assert value_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("£354,000", 354000), ("£350k", 350000), ("£2.4 million", 2400000), ("£1.7m", 1700000),
    ("£57,120", 57120), ("£215k", 215000), ("GBP 5,000", 5000), ("£1.3bn", 1.3e9),
    ("£ 600", 600), ("5,000 pounds", 5000),
])
def test_money(text, expected):
    assert re.fullmatch(MONEY, text, re.I), text
    assert money_value(text) == pytest.approx(expected)


@pytest.mark.parametrize("text, expected", [
    ("4.2kg", (4.2, "kg")), ("250g", (250, "g")), ("half a kilo", (0.5, "kg")),
    ("two kilos", (2, "kg")), ("3 kilograms", (3, "kg")), ("2 tonnes", (2000, "kg")),
    ("312 wraps", (312, "wraps")), ("a dozen cannabis plants", (12, "plants")),
    ("87 plants", (87, "plants")), ("1,200 cannabis plants", (1200, "plants")),
])
def test_quantity(text, expected):
    m = re.search(QUANTITY, text, re.I)
    assert m and m.group(0) == text
    value, unit = quantity_of(text)
    assert (round(value, 4), unit) == expected


@pytest.mark.parametrize("text, expected", [
    ("55 years", 55), ("nine years and three months", 9.25), ("29 years and three months", 29.25),
    ("eight years", 8), ("18 months", 1.5), ("a combined 38 years", 38), ("six years, nine months", 6.75),
    ("more than a century", 100), ("16-month", 1.3333), ("three-year", 3), ("no prison", None),
    ("45 and a half years", 45.5), ("six and a half years", 6.5), ("a year and a half", 1.5),
])
def test_years(text, expected):
    assert years_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("45 and a half years", True), ("a year and a half", True), ("six years and three months", True),
    ("and a half", False),
])
def test_duration_grammar(text, expected):
    assert bool(re.fullmatch(DURATION, text, re.I)) == expected


@pytest.mark.parametrize("text, expected", [
    ("a kilo", (1.0, "kg")), ("an ounce", (28.35, "g")), ("a tonne", (1000.0, "kg")), ("a kilogram", (1.0, "kg")),
])
def test_one_unit_with_the_article(text, expected):
    assert re.fullmatch(ONE_UNIT, text, re.I)
    value, unit = quantity_of(text)
    assert (round(value, 4), unit) == expected


@pytest.mark.parametrize("text, expected", [
    ("more than", "more_than"), ("over", "more_than"), ("in excess of", "more_than"),
    ("upwards of", "more_than"), ("at least", "at_least"), ("a minimum of", "at_least"),
    ("around", "approximately"), ("about", "approximately"), ("approximately", "approximately"),
    ("almost", "approximately"), ("nearly", "approximately"), ("an estimated", "approximately"),
    ("just under", "approximately"), ("roughly", "approximately"), ("", "exact"), ("the", "exact"),
])
def test_qualifier(text, expected):
    assert qualifier_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("aged 24 and 33, 1.4kg in 2022", ["24", "33", "1.4", "2022"]),
    ("forty-one have been charged", ["forty-one"]),
    ("£6,420 and 12", ["12"]),  # money digits after £ are not bare counts
])
def test_num_finds_numbers_not_parts_of_money(text, expected):
    assert [m.strip() for m in re.findall(NUM, text, re.I)] == expected


@pytest.mark.parametrize("text", ["several", "a number of", "numerous", "a quantity of", "dozens of", "hundreds of",
                                  "a sum of", "a large sum of"])
def test_vague(text):
    assert re.fullmatch(VAGUE, text, re.I)


@pytest.mark.parametrize("value, expected", [(354000, 3), (350000, 2), (83, 2), (4.2, 2), (100, 1)])
def test_significant_digits(value, expected):
    assert significant_digits(value) == expected
