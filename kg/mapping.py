"""Facts of one release to RDF quads, all in that release's own named graph.

Shared things (forces, teams, people, places, operations) get stable IRIs from
`kg.namespace`, so the same officer or town in two releases is one node; what a release
says about them (a rank, a team, a label) sits in its graph, so rebuilding a release
replaces exactly what it said. Outcomes and sentences belong to their release.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from types import SimpleNamespace

import pyoxigraph as ox
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD

from kg.facts import Facts, Span
from kg.namespace import (
    OUTCOME_CLASS, PK, PLACE_CLASS, QUALIFIER_IND, WEAPON_IND, force_iri, graph_iri, operation_iri,
    outcome_iri, person_iri, place_iri, release_iri, sentence_iri, team_iri,
)
from kg.release import Release

SCHEMA = "https://schema.org/"


@lru_cache(maxsize=4096)
def N(iri: str) -> ox.NamedNode:  # noqa: N802 - reads like a term constructor
    return ox.NamedNode(str(iri))


def S(name: str) -> ox.NamedNode:  # noqa: N802
    return N(SCHEMA + name)


def dec(value: float) -> ox.Literal:
    """A number as xsd:integer when whole, else xsd:decimal."""
    if float(value).is_integer():
        return ox.Literal(str(int(value)), datatype=XSD_INTEGER)
    return ox.Literal(format(Decimal(repr(float(value))), "f"), datatype=XSD_DECIMAL)  # never "1e-05"


# The terms the mapping writes, made into Oxigraph nodes once: `PK.x` looks the name up in
# a closed namespace on every use, and mapping a release uses about 140 of them.
pk = SimpleNamespace(**{name: N(getattr(PK, name)) for name in PK.__annotations__ if not name.startswith("_")})
RDF_TYPE, RDFS_LABEL, RDFS_COMMENT = N(RDF.type), N(RDFS.label), N(RDFS.comment)
ORG_MEMBER_OF, PROV_DERIVED_FROM, SKOS_NOTE = N(ORG.memberOf), N(PROV.wasDerivedFrom), N(SKOS.note)
XSD_INTEGER, XSD_DECIMAL, XSD_DATE, XSD_ANY_URI = N(XSD.integer), N(XSD.decimal), N(XSD.date), N(XSD.anyURI)
OUTCOME_NODE = {key: N(iri) for key, iri in OUTCOME_CLASS.items()}
QUALIFIER_NODE = {key: N(iri) for key, iri in QUALIFIER_IND.items()}
WEAPON_NODE = {key: N(iri) for key, iri in WEAPON_IND.items()}
PLACE_NODE = {key: N(iri) for key, iri in PLACE_CLASS.items()}
PERSON_CLASS = {"officer": pk.Officer, "pcc": pk.PoliceAndCrimeCommissioner}
S_ARTICLE_BODY, S_HEADLINE, S_URL = S("articleBody"), S("headline"), S("url")
S_DATE_PUBLISHED, S_PUBLISHER = S("datePublished"), S("publisher")
BROAD_REGION = ox.Literal("broad region")

# Shared things recur across releases: their IRIs (a slug of the name) are made once each.
force_node = lru_cache(maxsize=65536)(lambda name: ox.NamedNode(str(force_iri(name))))
team_node = lru_cache(maxsize=65536)(lambda name, force: ox.NamedNode(str(team_iri(name, force))))
person_node = lru_cache(maxsize=65536)(lambda name: ox.NamedNode(str(person_iri(name))))
place_node = lru_cache(maxsize=65536)(lambda key: ox.NamedNode(str(place_iri(key))))
operation_node = lru_cache(maxsize=65536)(lambda name: ox.NamedNode(str(operation_iri(name))))


def release_quads(release: Release, facts: Facts) -> list[ox.Quad]:
    """Every triple one release contributes, in its named graph."""
    g = ox.NamedNode(str(graph_iri(release.id)))
    rel = ox.NamedNode(str(release_iri(release.id)))
    quads: list[ox.Quad] = []
    append, Quad, Literal = quads.append, ox.Quad, ox.Literal  # noqa: N806 - local aliases, for speed

    def add(s, p, o):
        append(Quad(s, p, o, g))

    sentences: dict[Span, ox.NamedNode] = {}

    def sentence(span: Span | None) -> ox.NamedNode | None:
        if span is None:
            return None
        node = sentences.get(span)
        if node is None:
            node = ox.NamedNode(str(sentence_iri(release.id, span.start, span.end)))
            sentences[span] = node
            add(node, RDF_TYPE, pk.Sentence)
            add(node, pk.inRelease, rel)
            add(node, pk.startChar, Literal(str(span.start), datatype=XSD_INTEGER))
            add(node, pk.endChar, Literal(str(span.end), datatype=XSD_INTEGER))
            add(node, pk.text, Literal(release.text[span.start:span.end]))
        return node

    def stated(subject, span: Span | None):
        node = sentence(span)
        if node is not None:
            add(subject, pk.statedIn, node)

    # the release itself
    add(rel, RDF_TYPE, pk.Release)
    add(rel, pk.releaseId, Literal(release.id))
    add(rel, pk.sourcePath, Literal(str(release.path)))
    add(rel, pk.sourceFormat, Literal(str(release.format)))
    add(rel, pk.contentSha256, Literal(release.sha256))
    add(rel, S_ARTICLE_BODY, Literal(release.text))
    if release.title:
        add(rel, S_HEADLINE, Literal(str(release.title)))
    if release.url:
        add(rel, S_URL, Literal(str(release.url), datatype=XSD_ANY_URI))
    if facts.date is not None:
        add(rel, S_DATE_PUBLISHED, Literal(facts.date.isoformat(), datatype=XSD_DATE))

    for force in facts.forces:
        f = force_node(force.name)
        add(f, RDF_TYPE, pk.Force)
        add(f, RDFS_LABEL, Literal(force.name))
        add(rel, pk.involvesForce, f)
        add(rel, pk.mentions, f)
        if force.inferred_from:
            add(f, pk.inferredFrom, Literal(str(force.inferred_from)))  # how this release's graph knows it
        stated(f, force.span)
    if release.site_name:
        for force in facts.forces:
            if force.name.lower() == release.site_name.lower():
                add(rel, S_PUBLISHER, force_node(force.name))

    for team in facts.teams:
        t = team_node(team.name, team.force)
        add(t, RDF_TYPE, pk.Team)
        add(t, RDFS_LABEL, Literal(team.name))
        if team.force:
            add(t, pk.teamOf, force_node(team.force))
        add(rel, pk.mentions, t)
        stated(t, team.span)

    teams_by_name = {t.name: t for t in facts.teams}
    for person in facts.people:
        p = person_node(person.name)
        add(p, RDF_TYPE, PERSON_CLASS.get(person.role, pk.Person))
        add(p, RDFS_LABEL, Literal(person.name))
        if person.rank:
            add(p, pk.rank, Literal(str(person.rank)))
        if person.force:
            add(p, pk.servesIn, force_node(person.force))
        if person.team:
            team = teams_by_name.get(person.team)
            t = team_node(person.team, team.force if team else person.force)
            add(p, ORG_MEMBER_OF, t)
            if person.leads_team:
                add(p, pk.leads, t)
        add(rel, pk.mentions, p)
        stated(p, person.span)

    place_labels: dict[ox.NamedNode, set[str]] = {}  # every label this graph gives a place node
    for place in facts.places:
        pl = place_node(place.key or place.name)
        add(pl, RDF_TYPE, PLACE_NODE.get(place.kind, pk.Place))
        add(pl, RDFS_LABEL, Literal(place.name))
        place_labels.setdefault(pl, set()).add(place.name)
        if place.county and place.kind != "county":
            county = place_node(f"county-{place.county}")
            add(pl, pk.inCounty, county)
            add(county, RDF_TYPE, pk.County)  # so the county node is a place with a name (shapes.ttl)
            add(county, RDFS_LABEL, Literal(str(place.county)))
            place_labels.setdefault(county, set()).add(str(place.county))
        if place.force_area:
            add(pl, pk.policeForceArea, force_node(place.force_area))
        if place.optional:
            add(pl, SKOS_NOTE, BROAD_REGION)
        add(rel, pk.mentions, pl)
        stated(pl, place.span)
    # the names of the places the release mentions, as this graph labels them (a shortcut of
    # pk:mentions / rdfs:label for counting releases per place name; see benchmarks/README.md)
    mentioned = {place_node(place.key or place.name) for place in facts.places}
    for name in sorted({name for node in mentioned for name in place_labels[node]}):
        add(rel, pk.mentionsPlaceNamed, Literal(name))

    for op in facts.operations:
        o = operation_node(op.name)
        add(o, RDF_TYPE, pk.Operation)
        add(o, RDFS_LABEL, Literal(op.name))
        add(rel, pk.mentions, o)
        stated(o, op.span)

    # who achieved the outcomes: the one team, else the one force, that the release names
    achiever = None
    if len(facts.teams) == 1:
        achiever = team_node(facts.teams[0].name, facts.teams[0].force)
    elif len(facts.forces) == 1:
        achiever = force_node(facts.forces[0].name)
    operation = operation_node(facts.operations[0].name) if len(facts.operations) == 1 else None

    for i, outcome in enumerate(facts.outcomes, start=1):
        o = ox.NamedNode(str(outcome_iri(release.id, i)))
        add(o, RDF_TYPE, OUTCOME_NODE[outcome.type])
        add(o, pk.qualifier, QUALIFIER_NODE[outcome.qualifier])
        add(o, pk.reportedIn, rel)
        add(o, PROV_DERIVED_FROM, rel)
        for prop, value in ((pk.count, outcome.count), (pk.years, outcome.years),
                            (pk.valueGBP, outcome.value_gbp), (pk.quantity, outcome.quantity)):
            if value is not None:
                add(o, prop, dec(value))
        if outcome.unit:
            add(o, pk.unit, Literal(str(outcome.unit)))
        if outcome.weapon:
            add(o, pk.weaponKind, WEAPON_NODE[outcome.weapon])
        if outcome.note:
            add(o, RDFS_COMMENT, Literal(str(outcome.note)))
        if achiever is not None:
            add(o, pk.achievedBy, achiever)
        if operation is not None:
            add(o, pk.partOfOperation, operation)
        if outcome.span is not None:
            for place in facts.places:
                if place.span is not None and place.span == outcome.span:
                    add(o, pk.location, place_node(place.key or place.name))
        stated(o, outcome.span)

    for prop, total in release_totals(facts).items():
        add(rel, getattr(pk, prop), total_literal(total))
    return quads


# --------------------------------------------------------------------------- release totals
# Precomputed on each release, from the outcomes it reports (benchmarks/README.md): analyst
# queries over thousands of releases read one figure per release instead of joining every
# outcome to its class and its figures. Written in the release's own graph, so they are
# rebuilt with it and can never fall behind its outcomes; `kg validate` checks them.

TOTALS = {  # release property -> (outcome type, figure, unit the figure must have or None)
    "arrestedTotal": ("arrest", "count", None),
    "chargedTotal": ("charge", "count", None),
    "drugsValueTotalGBP": ("drug_seizure", "value_gbp", None),
    "drugsKgTotal": ("drug_seizure", "quantity", "kg"),
    "cashTotalGBP": ("cash_seizure", "value_gbp", None),
}


def release_totals(facts: Facts) -> dict[str, int | Decimal]:
    """The release's totals: `outcomeCount` always; each of TOTALS when at least one outcome has
    that figure. The figures are summed as the literals `dec` writes for them, so a total is an
    int when all are xsd:integer, else an exact Decimal: what SPARQL's SUM gives over them."""
    totals: dict[str, int | Decimal] = {"outcomeCount": len(facts.outcomes)}
    for prop, (kind, name, unit) in TOTALS.items():
        literals = [dec(getattr(o, name)) for o in facts.outcomes
                    if o.type == kind and getattr(o, name) is not None and (unit is None or o.unit == unit)]
        if not literals:
            continue
        if all(lit.datatype == XSD_INTEGER for lit in literals):
            totals[prop] = sum(int(lit.value) for lit in literals)
        else:
            totals[prop] = sum((Decimal(lit.value) for lit in literals), Decimal(0))
    return totals


def total_literal(value: int | Decimal) -> ox.Literal:
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=XSD_INTEGER)
    return ox.Literal(format(value, "f"), datatype=XSD_DECIMAL)  # never "1E-7"
