"""The totals the mapping writes on each release (pk:outcomeCount, pk:arrestedTotal, ...).

They exist so that analyst queries over thousands of releases read one figure per release
(benchmarks/README.md); these tests hold them to the outcomes they summarise.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.facts import Facts, Outcome
from kg.mapping import dec, release_totals, total_literal
from kg.named_queries import load_query
from kg.store import Store


def O(kind, **figures):  # noqa: N802 - a short constructor for the table below
    return Outcome(kind, "exact", **figures)


@pytest.mark.parametrize("outcomes, expected", [
    ([], {"outcomeCount": 0}),
    ([O("arrest", count=3), O("arrest", count=4)], {"outcomeCount": 2, "arrestedTotal": 7}),
    ([O("arrest"), O("charge", count=2)], {"outcomeCount": 2, "chargedTotal": 2}),  # no count, no total
    ([O("charge", count=0)], {"outcomeCount": 1, "chargedTotal": 0}),  # a stated zero is a total
    ([O("drug_seizure", quantity=1.5, unit="kg"), O("drug_seizure", quantity=2, unit="kg")],
     {"outcomeCount": 2, "drugsKgTotal": Decimal("3.5")}),
    ([O("drug_seizure", quantity=500, unit="g", value_gbp=5000)],  # grams are not kilograms
     {"outcomeCount": 1, "drugsValueTotalGBP": 5000}),
    ([O("cash_seizure", value_gbp=0.1), O("cash_seizure", value_gbp=0.2)],  # exact, not 0.30000000000000004
     {"outcomeCount": 2, "cashTotalGBP": Decimal("0.3")}),
    ([O("drug_seizure", value_gbp=1000), O("cash_seizure", value_gbp=250), O("weapon_seizure", count=2),
      O("custodial_sentence", count=1, years=4)],
     {"outcomeCount": 4, "drugsValueTotalGBP": 1000, "cashTotalGBP": 250}),
])
def test_release_totals(outcomes, expected):
    got = release_totals(Facts("r", outcomes=outcomes))
    assert got == expected
    for key, value in expected.items():  # whole sums stay int, the rest are exact decimals
        assert type(got[key]) is type(value), key


@pytest.mark.parametrize("value, literal", [
    (7, '"7"^^<http://www.w3.org/2001/XMLSchema#integer>'),
    (Decimal("3.5"), '"3.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
    (Decimal("1E-7"), '"0.0000001"^^<http://www.w3.org/2001/XMLSchema#decimal>'),  # xsd:decimal has no exponent
])
def test_total_literal(value, literal):
    assert str(total_literal(value)) == literal


@pytest.mark.parametrize("value, lexical", [(2.5, "2.5"), (0.00001, "0.00001"), (1234567.25, "1234567.25")])
def test_decimal_figures_have_no_exponent(value, lexical):
    assert dec(value).value == lexical


# The query as it was before the totals existed: every outcome joined to its class and figures.
# Its answers are the definition the precomputed totals must reproduce, term for term.
FROM_OUTCOMES = """
SELECT ?force ?year (COUNT(?release) AS ?releases)
       (SUM(COALESCE(?n_outcomes, 0)) AS ?outcomes) (SUM(COALESCE(?n_arrested, 0)) AS ?arrested)
       (SUM(COALESCE(?n_charged, 0)) AS ?charged) (SUM(COALESCE(?n_drugs_gbp, 0)) AS ?drugs_gbp)
       (SUM(COALESCE(?n_drugs_kg, 0)) AS ?drugs_kg) (SUM(COALESCE(?n_cash_gbp, 0)) AS ?cash_gbp)
WHERE {
  { SELECT DISTINCT ?release ?force ?year WHERE {
      GRAPH ?g { ?release a pk:Release ; pk:involvesForce ?f . ?f rdfs:label ?force }
      OPTIONAL { ?release schema:datePublished ?date }
      BIND(YEAR(?date) AS ?year) } }
  OPTIONAL {
    SELECT ?release (COUNT(DISTINCT ?o) AS ?n_outcomes)
           (SUM(COALESCE(?a, 0)) AS ?n_arrested) (SUM(COALESCE(?c, 0)) AS ?n_charged)
           (SUM(COALESCE(?dv, 0)) AS ?n_drugs_gbp) (SUM(COALESCE(?kg, 0)) AS ?n_drugs_kg)
           (SUM(COALESCE(?cv, 0)) AS ?n_cash_gbp)
    WHERE {
      ?o pk:reportedIn ?release .
      OPTIONAL { ?o a pk:Arrest ; pk:count ?a }
      OPTIONAL { ?o a pk:Charge ; pk:count ?c }
      OPTIONAL { ?o a pk:DrugSeizure ; pk:valueGBP ?dv }
      OPTIONAL { ?o a pk:DrugSeizure ; pk:quantity ?kg ; pk:unit "kg" }
      OPTIONAL { ?o a pk:CashSeizure ; pk:valueGBP ?cv }
    } GROUP BY ?release }
}
GROUP BY ?force ?year ORDER BY ?force ?year"""


def answers(store: Store, sparql: str) -> list[tuple]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [tuple(row[n] for n in names) for row in result]


def test_outcomes_by_force_year_equals_the_sum_over_outcomes(devset_store, seeds_store):
    for path in (devset_store, seeds_store):
        store = Store(path, read_only=True)
        try:
            want = answers(store, FROM_OUTCOMES)
            got = answers(store, load_query("outcomes_by_force_year").sparql)
        finally:
            store.close()
        assert len(want) > 1
        assert got == want  # same terms: same values and the same datatypes


def test_every_release_in_the_devset_has_consistent_totals(devset_store):
    from kg.validate import check_totals, release_ids

    store = Store(devset_store, read_only=True)
    try:
        assert check_totals(store, release_ids(store)) == []
        with_totals = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?r pk:arrestedTotal ?t } }")
        assert int(next(iter(with_totals))["n"].value) > 5  # the check had figures to compare
    finally:
        store.close()


def test_totals_are_not_written_in_any_other_graph(devset_store):
    store = Store(devset_store, read_only=True)
    try:
        rows = store.query("""SELECT ?g ?r WHERE { GRAPH ?g { ?r pk:outcomeCount ?n }
                              FILTER (STR(?g) != REPLACE(STR(?r), "/release/", "/graph/")) }""")
        assert list(rows) == []
    finally:
        store.close()
