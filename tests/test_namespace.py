"""The closed `PK` namespace and ontology/policing.ttl hold each other both ways."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, URIRef
from rdflib.namespace import ORG, PROV, RDFS, SKOS

from kg.namespace import OUTCOME_CLASS, PK, PLACE_CLASS, QUALIFIER_IND, WEAPON_IND
from kg.reasoning import ontology_graph

NS = str(PK._NS)
SCHEMA = "https://schema.org/"

# Declared in the ontology though the data never states them, each for a reason:
ALLOWED_EXTRAS = {
    # inverse properties, so that materialisation and users can walk both ways
    "hasTeam": "inverse of teamOf",
    "ledBy": "inverse of leads",
    "hasOfficer": "inverse of servesIn",
    "mentionedIn": "inverse of mentions",
    "reports": "inverse of reportedIn",
}
# Terms of other vocabularies that kg/mapping.py writes; the ontology declares each.
EXTERNAL_TERMS_USED = [
    SCHEMA + "headline", SCHEMA + "url", SCHEMA + "datePublished", SCHEMA + "articleBody", SCHEMA + "publisher",
    str(ORG.memberOf), str(PROV.wasDerivedFrom), str(SKOS.note),
]
DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                     OWL.NamedIndividual)


def pk_terms() -> set[str]:
    return {name for name in PK.__annotations__ if not name.startswith("_")}


def declared() -> set[str]:
    g = ontology_graph()
    out = set()
    for kind in DECLARATION_TYPES:
        out |= {str(s) for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    return out


def test_every_pk_term_is_declared_in_the_ontology():
    missing = sorted(t for t in pk_terms() if NS + t not in declared())
    assert not missing, f"PK terms the ontology lacks: {missing}"


def test_the_ontology_declares_nothing_pk_lacks_without_a_reason():
    ours = {iri[len(NS):] for iri in declared() if iri.startswith(NS)}
    unexplained = sorted(ours - pk_terms() - set(ALLOWED_EXTRAS))
    assert not unexplained, f"declared in policing.ttl but in neither PK nor ALLOWED_EXTRAS: {unexplained}"


@pytest.mark.parametrize("extra", sorted(ALLOWED_EXTRAS))
def test_allowed_extras_are_really_declared_inverses(extra):
    g = ontology_graph()
    assert (URIRef(NS + extra), OWL.inverseOf, None) in g


@pytest.mark.parametrize("iri", EXTERNAL_TERMS_USED)
def test_external_terms_the_mapping_writes_are_declared(iri):
    assert iri in declared()


@pytest.mark.parametrize("table, kind", [(OUTCOME_CLASS, OWL.Class), (PLACE_CLASS, OWL.Class),
                                         (QUALIFIER_IND, OWL.NamedIndividual), (WEAPON_IND, OWL.NamedIndividual)])
def test_lookup_tables_point_at_declared_terms_of_the_right_kind(table, kind):
    g = ontology_graph()
    wrong = [str(t) for t in table.values() if (t, RDF.type, kind) not in g]
    assert not wrong


def test_outcome_classes_are_exactly_the_subclasses_of_outcome():
    g = ontology_graph()
    subclasses = set(g.subjects(RDFS.subClassOf, PK.Outcome))
    assert subclasses == set(OUTCOME_CLASS.values())


def test_the_namespace_is_closed():
    with pytest.raises(AttributeError):
        PK.Arest  # noqa: B018 - a misspelt term must not mint an IRI
