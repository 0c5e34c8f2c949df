"""The ontology: well-formed, documented, consistent under HermiT, and its disjointness bites.

These tests need Java for the reasoner and fail (not skip) when it is missing.
"""
from __future__ import annotations

import json
from datetime import date

import pytest
from rdflib import OWL, RDF, RDFS, URIRef
from rdflib.namespace import SKOS

from kg.facts import Facts, Force, Operation, Outcome, Person, Place, Span, Team
from kg.mapping import release_quads
from kg.namespace import OUTCOME_CLASS, PK, graph_iri
from kg.readback import read_facts
from kg.reasoning import Inconsistent, check_consistency, materialise, ontology_graph, rules
from kg.release import Release
from kg.store import Store

NS = str(PK._NS)
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
XSD = "http://www.w3.org/2001/XMLSchema#"


def nt(*triples: tuple[str, str, str]) -> bytes:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples).encode()


def pk(name: str) -> str:
    return f"<{NS}{name}>"


def documented_terms():
    g = ontology_graph()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual):
        for s in sorted(g.subjects(RDF.type, kind)):
            if isinstance(s, URIRef) and str(s).startswith(NS):
                yield str(s)[len(NS):]


@pytest.mark.parametrize("term", list(documented_terms()))
def test_every_term_has_a_label_and_a_definition(term):
    g = ontology_graph()
    iri = URIRef(NS + term)
    assert g.value(iri, RDFS.label) is not None
    assert g.value(iri, SKOS.definition) is not None or g.value(iri, RDFS.comment) is not None


def test_the_ontology_is_consistent_under_hermit():
    seconds = check_consistency()
    assert seconds < 60


@pytest.mark.parametrize("a, b", [
    ("Arrest", "DrugSeizure"), ("Charge", "Conviction"), ("Safeguarding", "SafeguardingReferral"),
    ("SafeguardingReferral", "ModernSlaveryReferral"), ("CashSeizure", "PropertyRecovery"),
    ("City", "Person"), ("Officer", "PoliceAndCrimeCommissioner"), ("Force", "Team"), ("Release", "Outcome"),
    ("Court", "PoliceStation"), ("TerritorialPoliceForce", "NationalAgency"), ("Place", "Force"),
])
def test_disjoint_classes_make_a_double_typed_node_inconsistent(a, b):
    node = "<https://example.org/x>"
    with pytest.raises(Inconsistent):
        check_consistency(nt((node, RDF_TYPE, pk(a)), (node, RDF_TYPE, pk(b))))


@pytest.mark.parametrize("a, b", [("City", "Town"), ("Officer", "Person"), ("Force", "NationalAgency")])
def test_classes_that_may_overlap_stay_consistent(a, b):
    node = "<https://example.org/x>"
    check_consistency(nt((node, RDF_TYPE, pk(a)), (node, RDF_TYPE, pk(b))))


@pytest.mark.parametrize("prop, literal, ok", [
    ("count", f'"3"^^<{XSD}integer>', True),
    ("count", f'"0"^^<{XSD}integer>', True),
    ("count", f'"-3"^^<{XSD}integer>', False),
    ("count", f'"2.5"^^<{XSD}decimal>', False),
    ("valueGBP", f'"354000"^^<{XSD}integer>', True),
    ("valueGBP", f'"-1.5"^^<{XSD}decimal>', False),
    ("quantity", f'"0.5"^^<{XSD}decimal>', True),
    ("years", f'"29.25"^^<{XSD}decimal>', True),
    ("years", f'"-2"^^<{XSD}integer>', False),
])
def test_number_ranges(prop, literal, ok):
    data = nt(("<https://example.org/o>", RDF_TYPE, pk("DrugSeizure" if prop != "years" else "CustodialSentence")),
              ("<https://example.org/o>", pk(prop), literal))
    if ok:
        check_consistency(data)
    else:
        with pytest.raises(Inconsistent):
            check_consistency(data)


def test_an_outcome_has_one_qualifier():
    o = "<https://example.org/o>"
    with pytest.raises(Inconsistent):
        check_consistency(nt((o, pk("qualifier"), pk("Exact")), (o, pk("qualifier"), pk("Vague"))))


def test_rules_come_from_the_axioms():
    r = rules()
    assert (NS + "Officer", NS + "Person") in r.subclass
    assert (NS + "Arrest", "http://www.w3.org/ns/prov#Entity") in r.subclass  # through pk:Outcome
    assert (NS + "leads", "http://www.w3.org/ns/org#memberOf") in r.subproperty  # through org:headOf
    assert (NS + "teamOf", NS + "hasTeam") in r.inverse and (NS + "hasTeam", NS + "teamOf") in r.inverse
    assert ("http://www.w3.org/ns/org#memberOf", NS + "teamOf", "http://www.w3.org/ns/org#memberOf") in r.chains


# ------------------------------------------------------------------------------ materialisation

TEXT = ("Derby drugs gang jailed. Detective Inspector Matt Croome of the South Division Intelligence Team led "
        "Operation Derbyshire. Officers arrested more than 100 people in Derby and seized drugs worth £354,000. "
        "Several knives were found. Twelve people were jailed for a total of 55 years. "
        "Commissioner Angelique Foster praised the work.")


def span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(start, start + len(fragment))


def synthetic_release() -> tuple[Release, Facts]:
    release = Release(id="synthetic-1", path="synthetic-1.txt", format="text", text=TEXT,
                      title="Derby drugs gang jailed", url="https://www.derbyshire.police.uk/news/1",
                      date=date(2021, 2, 25), site_name="Derbyshire Constabulary")
    s_op = span("Detective Inspector Matt Croome of the South Division Intelligence Team led Operation Derbyshire.")
    s_arrest = span("Officers arrested more than 100 people in Derby and seized drugs worth £354,000.")
    facts = Facts(
        release_id=release.id, date=release.date,
        forces=[Force("Derbyshire Constabulary", inferred_from="url")],
        teams=[Team("South Division Intelligence Team", "Derbyshire Constabulary", s_op)],
        people=[Person("Matt Croome", "officer", "Detective Inspector", "Derbyshire Constabulary",
                       "South Division Intelligence Team", leads_team=True, span=s_op),
                Person("Angelique Foster", "pcc", None, "Derbyshire Constabulary",
                       span=span("Commissioner Angelique Foster praised the work."))],
        places=[Place("Derby", "city", key="derby", county="Derbyshire", force_area="Derbyshire Constabulary",
                      span=s_arrest)],
        operations=[Operation("Operation Derbyshire", s_op)],
        outcomes=[Outcome("arrest", "more_than", count=100, span=s_arrest),
                  Outcome("drug_seizure", "exact", value_gbp=354000, span=s_arrest),
                  Outcome("weapon_seizure", "vague", weapon="knife", span=span("Several knives were found.")),
                  Outcome("custodial_sentence", "exact", count=12, years=55,
                          span=span("Twelve people were jailed for a total of 55 years."))],
    )
    return release, facts


@pytest.fixture
def synthetic_store(tmp_path):
    release, facts = synthetic_release()
    store = Store(tmp_path / "store")
    store.replace_graph(str(graph_iri(release.id)), release_quads(release, facts))
    yield store
    store.close()


def ask(store: Store, sparql: str) -> bool:
    return bool(store.query(f"ASK {{ {sparql} }}"))


def test_materialise_adds_what_the_axioms_entail(synthetic_store):
    officer = "<https://w3id.org/policing-kg/id/person/matt-croome>"
    force = "<https://w3id.org/policing-kg/id/force/derbyshire-constabulary>"
    team = "<https://w3id.org/policing-kg/id/team/derbyshire-constabulary/south-division-intelligence-team>"
    assert not ask(synthetic_store, f"{officer} a pk:Person")
    added = materialise(synthetic_store)
    assert added > 0
    assert ask(synthetic_store, f"{officer} a pk:Person , prov:Agent")  # Officer -> Person -> prov:Agent
    assert ask(synthetic_store, f"{officer} org:headOf {team}")  # leads -> org:headOf
    assert ask(synthetic_store, f"{officer} org:memberOf {force}")  # team member -> force member (chain)
    assert ask(synthetic_store, f"{force} pk:hasTeam {team} ; pk:hasOfficer {officer}")  # inverses
    assert ask(synthetic_store, f"{team} org:unitOf {force} ; a org:OrganizationalUnit")
    assert ask(synthetic_store, "?o a pk:Arrest , pk:Outcome ; prov:wasDerivedFrom ?r . ?r a schema:NewsArticle")
    # inferred triples land in the release's own graph
    graph = str(graph_iri("synthetic-1"))
    assert bool(synthetic_store.query(f"ASK {{ GRAPH <{graph}> {{ {officer} a pk:Person }} }}", union=False))
    assert materialise(synthetic_store) == 0  # a fixpoint: running again adds nothing


def test_materialise_does_not_change_the_facts(synthetic_store):
    before = [json.dumps(r, sort_keys=True) for r in read_facts(synthetic_store)]
    materialise(synthetic_store)
    after = [json.dumps(r, sort_keys=True) for r in read_facts(synthetic_store)]
    assert before == after
    record = json.loads(after[0])
    assert {p["name"]: p["role"] for p in record["people"]} == {"Matt Croome": "officer", "Angelique Foster": "pcc"}
    assert len(record["outcomes"]) == 4 and record["places"] == ["Derby"]


def test_the_synthetic_release_is_consistent_before_and_after_materialising(synthetic_store):
    from kg.validate import union_ntriples

    check_consistency(union_ntriples(synthetic_store))
    materialise(synthetic_store)
    check_consistency(union_ntriples(synthetic_store))


def test_outcome_class_table_is_complete():
    from kg.facts import OUTCOME_TYPES

    assert set(OUTCOME_CLASS) == set(OUTCOME_TYPES)
