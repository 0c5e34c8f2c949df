"""The facts records of `../shared/spec/facts.md`, read back from the store by SPARQL.

`kg facts` prints these, so what it shows is what the graph holds, not what the extractor
had in memory. One query per kind of fact runs over all release graphs at once (`GRAPH ?g`)
and the rows are grouped by release.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from kg.store import Store

RELEASES = """
SELECT ?g ?id ?date WHERE {
  GRAPH ?g { ?r a pk:Release ; pk:releaseId ?id . OPTIONAL { ?r schema:datePublished ?date } }
}"""

FORCES = """
SELECT DISTINCT ?g ?name WHERE {
  GRAPH ?g { ?r a pk:Release ; pk:involvesForce ?f . ?f rdfs:label ?name }
}"""

TEAMS = """
SELECT DISTINCT ?g ?t ?name ?force WHERE {
  GRAPH ?g {
    ?r a pk:Release ; pk:mentions ?t . ?t a pk:Team ; rdfs:label ?name .
    OPTIONAL { ?t pk:teamOf ?f . ?f rdfs:label ?force }
  }
}"""

PEOPLE = """
SELECT ?g ?p ?name (SAMPLE(?rank_) AS ?rank) (SAMPLE(?force_) AS ?force) (SAMPLE(?team_) AS ?team)
       (MAX(?officer) AS ?is_officer) (MAX(?pcc) AS ?is_pcc) WHERE {
  GRAPH ?g {
    ?r a pk:Release ; pk:mentions ?p . ?p rdfs:label ?name .
    { ?p a pk:Person } UNION { ?p a pk:Officer } UNION { ?p a pk:PoliceAndCrimeCommissioner }
    BIND(EXISTS { ?p a pk:Officer } AS ?officer)
    BIND(EXISTS { ?p a pk:PoliceAndCrimeCommissioner } AS ?pcc)
    OPTIONAL { ?p pk:rank ?rank_ }
    OPTIONAL { ?p pk:servesIn ?f . ?f rdfs:label ?force_ }
    OPTIONAL { ?p org:memberOf ?t . ?t a pk:Team ; rdfs:label ?team_ }
  }
} GROUP BY ?g ?p ?name"""

PLACES = """
SELECT DISTINCT ?g ?name WHERE {
  GRAPH ?g { ?r a pk:Release ; pk:mentions ?pl . ?pl a ?cls ; rdfs:label ?name .
             VALUES ?cls { pk:Place pk:City pk:Town pk:Village pk:District pk:County pk:Region pk:Area
                           pk:PoliceStation pk:Court } }
}"""

OPERATIONS = """
SELECT DISTINCT ?g ?name WHERE {
  GRAPH ?g { ?r a pk:Release ; pk:mentions ?o . ?o a pk:Operation ; rdfs:label ?name }
}"""

OUTCOMES = """
SELECT ?g ?o ?type ?qualifier ?count ?years ?value ?quantity ?unit ?weapon ?note ?start ?end WHERE {
  GRAPH ?g {
    ?o pk:reportedIn ?r ; a ?cls ; pk:qualifier ?q .
    VALUES (?cls ?type) {
      (pk:Arrest "arrest") (pk:Charge "charge") (pk:Conviction "conviction")
      (pk:CustodialSentence "custodial_sentence") (pk:DrugSeizure "drug_seizure")
      (pk:CashSeizure "cash_seizure") (pk:PropertyRecovery "property_recovery")
      (pk:WeaponSeizure "weapon_seizure") (pk:VehicleSeizure "vehicle_seizure")
      (pk:PhoneSeizure "phone_seizure") (pk:WarrantExecution "warrant")
      (pk:CountyLineClosure "county_line_closure") (pk:Safeguarding "safeguarding")
      (pk:SafeguardingReferral "safeguarding_referral")
      (pk:ModernSlaveryReferral "modern_slavery_referral") (pk:AddressVisit "address_visit")
    }
    VALUES (?q ?qualifier) {
      (pk:Exact "exact") (pk:MoreThan "more_than") (pk:AtLeast "at_least")
      (pk:Approximately "approximately") (pk:Vague "vague")
    }
    OPTIONAL { ?o pk:count ?count }
    OPTIONAL { ?o pk:years ?years }
    OPTIONAL { ?o pk:valueGBP ?value }
    OPTIONAL { ?o pk:quantity ?quantity }
    OPTIONAL { ?o pk:unit ?unit }
    OPTIONAL { ?o pk:weaponKind ?w .
               VALUES (?w ?weapon) { (pk:Firearm "firearm") (pk:ImitationFirearm "imitation_firearm")
                                     (pk:Knife "knife") (pk:Taser "taser") (pk:OtherWeapon "other") } }
    OPTIONAL { ?o rdfs:comment ?note }
    OPTIONAL { ?o pk:statedIn ?s . ?s pk:startChar ?start ; pk:endChar ?end }
  }
}"""


def _num(term: ox.Term | None):
    if term is None:
        return None
    value = float(term.value)
    return int(value) if value.is_integer() else value


def _val(term: ox.Term | None) -> str | None:
    return None if term is None else term.value


def read_facts(store: Store, release_ids: list[str] | None = None) -> Iterator[dict]:
    """One facts record per release graph in the store, ordered by release id."""
    records: dict[str, dict] = {}
    for row in store.select(RELEASES, union=False):
        records[row["g"].value] = {
            "id": row["id"].value,
            "date": _val(row.get("date")),
            "forces": [], "teams": [], "people": [], "places": [], "operations": [], "outcomes": [],
        }

    def each(sparql: str):
        for row in store.select(sparql, union=False):
            rec = records.get(row["g"].value)
            if rec is not None:
                yield rec, row

    for rec, row in each(FORCES):
        rec["forces"].append(row["name"].value)
    for rec, row in each(TEAMS):
        rec["teams"].append({"name": row["name"].value, "force": _val(row.get("force"))})
    for rec, row in each(PEOPLE):
        officer = row.get("is_officer") is not None and row["is_officer"].value == "true"
        pcc = row.get("is_pcc") is not None and row["is_pcc"].value == "true"
        role = "pcc" if pcc else "officer" if officer else "other"
        rec["people"].append({
            "name": row["name"].value,
            "rank": _val(row.get("rank")),
            "role": role,
            "force": _val(row.get("force")),
            "team": _val(row.get("team")),
        })
    for rec, row in each(PLACES):
        rec["places"].append(row["name"].value)
    for rec, row in each(OPERATIONS):
        rec["operations"].append(row["name"].value)
    outcomes: dict[str, list] = defaultdict(list)
    for rec, row in each(OUTCOMES):
        outcome = {"type": row["type"].value, "qualifier": row["qualifier"].value}
        for key, var in (("count", "count"), ("years", "years"), ("value_gbp", "value"), ("quantity", "quantity")):
            if row.get(var) is not None:
                outcome[key] = _num(row[var])
        for key in ("unit", "weapon", "note"):
            if row.get(key) is not None:
                outcome[key] = row[key].value
        if row.get("start") is not None:
            outcome["span"] = [int(row["start"].value), int(row["end"].value)]
        outcomes[rec["id"]].append((row["o"].value, outcome))
    for rec in records.values():
        rec["outcomes"] = [o for _, o in sorted(outcomes.get(rec["id"], []), key=lambda x: _outcome_order(x[0]))]
        rec["forces"].sort()
        rec["places"].sort()
        rec["operations"].sort()
        rec["teams"].sort(key=lambda t: t["name"])
        rec["people"].sort(key=lambda p: p["name"])
    wanted = set(release_ids) if release_ids else None
    for rec in sorted(records.values(), key=lambda r: r["id"]):
        if wanted is None or rec["id"] in wanted:
            yield rec


def _outcome_order(iri: str) -> tuple:
    tail = iri.rsplit("/", 1)[-1]
    return (int(tail),) if tail.isdigit() else (0, tail)
