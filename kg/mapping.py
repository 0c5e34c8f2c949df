"""Facts of one release to RDF quads, all in that release's own named graph.

Shared things (forces, teams, people, places, operations) get stable IRIs from
`kg.namespace`, so the same officer or town in two releases is one node; what a release
says about them (a rank, a team, a label) sits in its graph, so rebuilding a release
replaces exactly what it said. Outcomes and sentences belong to their release.
"""
from __future__ import annotations

from functools import lru_cache

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


def lit(value, datatype=None) -> ox.Literal:
    if datatype is not None:
        return ox.Literal(str(value), datatype=N(datatype))
    return ox.Literal(str(value))


def dec(value: float) -> ox.Literal:
    """A number as xsd:integer when whole, else xsd:decimal."""
    if float(value).is_integer():
        return ox.Literal(str(int(value)), datatype=N(XSD.integer))
    return ox.Literal(repr(float(value)), datatype=N(XSD.decimal))


def release_quads(release: Release, facts: Facts) -> list[ox.Quad]:
    """Every triple one release contributes, in its named graph."""
    g = N(graph_iri(release.id))
    rel = N(release_iri(release.id))
    quads: list[ox.Quad] = []

    def add(s, p, o):
        quads.append(ox.Quad(s, N(p) if not isinstance(p, ox.NamedNode) else p, o, g))

    sentences: dict[Span, ox.NamedNode] = {}

    def sentence(span: Span | None) -> ox.NamedNode | None:
        if span is None:
            return None
        node = sentences.get(span)
        if node is None:
            node = N(sentence_iri(release.id, span.start, span.end))
            sentences[span] = node
            add(node, RDF.type, N(PK.Sentence))
            add(node, PK.inRelease, rel)
            add(node, PK.startChar, lit(span.start, XSD.integer))
            add(node, PK.endChar, lit(span.end, XSD.integer))
            add(node, PK.text, lit(release.text[span.start:span.end]))
        return node

    def stated(subject, span: Span | None):
        node = sentence(span)
        if node is not None:
            add(subject, PK.statedIn, node)

    # the release itself
    add(rel, RDF.type, N(PK.Release))
    add(rel, PK.releaseId, lit(release.id))
    add(rel, PK.sourcePath, lit(release.path))
    add(rel, PK.sourceFormat, lit(release.format))
    add(rel, PK.contentSha256, lit(release.sha256))
    add(rel, S("articleBody"), lit(release.text))
    if release.title:
        add(rel, S("headline"), lit(release.title))
    if release.url:
        add(rel, S("url"), lit(release.url, XSD.anyURI))
    if facts.date is not None:
        add(rel, S("datePublished"), lit(facts.date.isoformat(), XSD.date))

    for force in facts.forces:
        f = N(force_iri(force.name))
        add(f, RDF.type, N(PK.Force))
        add(f, RDFS.label, lit(force.name))
        add(rel, PK.involvesForce, f)
        add(rel, PK.mentions, f)
        if force.inferred_from:
            add(f, PK.inferredFrom, lit(force.inferred_from))  # how this release's graph knows it
        stated(f, force.span)
    if release.site_name:
        for force in facts.forces:
            if force.name.lower() == release.site_name.lower():
                add(rel, S("publisher"), N(force_iri(force.name)))

    for team in facts.teams:
        t = N(team_iri(team.name, team.force))
        add(t, RDF.type, N(PK.Team))
        add(t, RDFS.label, lit(team.name))
        if team.force:
            add(t, PK.teamOf, N(force_iri(team.force)))
        add(rel, PK.mentions, t)
        stated(t, team.span)

    teams_by_name = {t.name: t for t in facts.teams}
    for person in facts.people:
        p = N(person_iri(person.name))
        cls = {"officer": PK.Officer, "pcc": PK.PoliceAndCrimeCommissioner}.get(person.role, PK.Person)
        add(p, RDF.type, N(cls))
        add(p, RDFS.label, lit(person.name))
        if person.rank:
            add(p, PK.rank, lit(person.rank))
        if person.force:
            add(p, PK.servesIn, N(force_iri(person.force)))
        if person.team:
            team = teams_by_name.get(person.team)
            t = N(team_iri(person.team, team.force if team else person.force))
            add(p, ORG.memberOf, t)
            if person.leads_team:
                add(p, PK.leads, t)
        add(rel, PK.mentions, p)
        stated(p, person.span)

    for place in facts.places:
        pl = N(place_iri(place.key or place.name))
        add(pl, RDF.type, N(PLACE_CLASS.get(place.kind, PK.Place)))
        add(pl, RDFS.label, lit(place.name))
        if place.county and place.kind != "county":
            county = N(place_iri(f"county-{place.county}"))
            add(pl, PK.inCounty, county)
            add(county, RDF.type, N(PK.County))  # so the county node is a place with a name (shapes.ttl)
            add(county, RDFS.label, lit(place.county))
        if place.force_area:
            add(pl, PK.policeForceArea, N(force_iri(place.force_area)))
        if place.optional:
            add(pl, SKOS.note, lit("broad region"))
        add(rel, PK.mentions, pl)
        stated(pl, place.span)

    for op in facts.operations:
        o = N(operation_iri(op.name))
        add(o, RDF.type, N(PK.Operation))
        add(o, RDFS.label, lit(op.name))
        add(rel, PK.mentions, o)
        stated(o, op.span)

    # who achieved the outcomes: the one team, else the one force, that the release names
    achiever = None
    if len(facts.teams) == 1:
        achiever = N(team_iri(facts.teams[0].name, facts.teams[0].force))
    elif len(facts.forces) == 1:
        achiever = N(force_iri(facts.forces[0].name))
    operation = N(operation_iri(facts.operations[0].name)) if len(facts.operations) == 1 else None

    for i, outcome in enumerate(facts.outcomes, start=1):
        o = N(outcome_iri(release.id, i))
        add(o, RDF.type, N(OUTCOME_CLASS[outcome.type]))
        add(o, PK.qualifier, N(QUALIFIER_IND[outcome.qualifier]))
        add(o, PK.reportedIn, rel)
        add(o, PROV.wasDerivedFrom, rel)
        for prop, value in ((PK.count, outcome.count), (PK.years, outcome.years),
                            (PK.valueGBP, outcome.value_gbp), (PK.quantity, outcome.quantity)):
            if value is not None:
                add(o, prop, dec(value))
        if outcome.unit:
            add(o, PK.unit, lit(outcome.unit))
        if outcome.weapon:
            add(o, PK.weaponKind, N(WEAPON_IND[outcome.weapon]))
        if outcome.note:
            add(o, RDFS.comment, lit(outcome.note))
        if achiever is not None:
            add(o, PK.achievedBy, achiever)
        if operation is not None:
            add(o, PK.partOfOperation, operation)
        if outcome.span is not None:
            for place in facts.places:
                if place.span is not None and place.span == outcome.span:
                    add(o, PK.location, N(place_iri(place.key or place.name)))
        stated(o, outcome.span)
    return quads
