"""IRIs: the project's ontology as a closed namespace, and the scheme for resource IRIs.

`PK` is closed: `PK.Arest` raises instead of minting a wrong IRI. `tests/test_namespace.py`
holds this list and `ontology/policing.ttl` to each other both ways.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

BASE = "https://w3id.org/policing-kg/"
ONTOLOGY_IRI = BASE + "ontology"
ID = Namespace(BASE + "id/")


class PK(DefinedNamespace):
    """The policing-kg ontology (`ontology/policing.ttl`)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes: agents and places
    Force: URIRef
    TerritorialPoliceForce: URIRef
    RegionalOrganisedCrimeUnit: URIRef
    NationalAgency: URIRef
    Team: URIRef
    Person: URIRef
    Officer: URIRef
    PoliceAndCrimeCommissioner: URIRef
    Place: URIRef
    City: URIRef
    Town: URIRef
    Village: URIRef
    District: URIRef
    County: URIRef
    Region: URIRef
    Area: URIRef
    PoliceStation: URIRef
    Court: URIRef
    Operation: URIRef
    # classes: documents and provenance
    Release: URIRef
    Sentence: URIRef
    # classes: outcomes
    Outcome: URIRef
    Arrest: URIRef
    Charge: URIRef
    Conviction: URIRef
    CustodialSentence: URIRef
    DrugSeizure: URIRef
    CashSeizure: URIRef
    PropertyRecovery: URIRef
    WeaponSeizure: URIRef
    VehicleSeizure: URIRef
    PhoneSeizure: URIRef
    WarrantExecution: URIRef
    CountyLineClosure: URIRef
    Safeguarding: URIRef
    SafeguardingReferral: URIRef
    ModernSlaveryReferral: URIRef
    AddressVisit: URIRef
    # value classes and their individuals
    Qualifier: URIRef
    Exact: URIRef
    MoreThan: URIRef
    AtLeast: URIRef
    Approximately: URIRef
    Vague: URIRef
    WeaponKind: URIRef
    Firearm: URIRef
    ImitationFirearm: URIRef
    Knife: URIRef
    Taser: URIRef
    OtherWeapon: URIRef

    # object properties
    teamOf: URIRef  # Team -> Force
    servesIn: URIRef  # Officer -> Force (sub-property of org:memberOf)
    leads: URIRef  # Officer -> Team (sub-property of org:headOf)
    policeForceArea: URIRef  # Place -> Force whose area holds it
    inCounty: URIRef  # Place -> County
    mentions: URIRef  # Release -> thing it names (force, team, person, place, operation)
    involvesForce: URIRef  # Release -> Force that took part
    reportedIn: URIRef  # Outcome -> Release (sub-property of prov:wasDerivedFrom)
    statedIn: URIRef  # Outcome/any fact -> Sentence
    inRelease: URIRef  # Sentence -> Release
    qualifier: URIRef  # Outcome -> Qualifier
    weaponKind: URIRef  # WeaponSeizure -> WeaponKind
    achievedBy: URIRef  # Outcome -> Force/Team
    location: URIRef  # Outcome -> Place
    partOfOperation: URIRef  # Outcome -> Operation
    # datatype properties
    rank: URIRef
    releaseId: URIRef
    sourcePath: URIRef
    sourceFormat: URIRef
    contentSha256: URIRef
    count: URIRef
    years: URIRef
    valueGBP: URIRef
    quantity: URIRef
    unit: URIRef
    startChar: URIRef
    endChar: URIRef
    text: URIRef
    inferredFrom: URIRef
    # precomputed per release, for queries over many releases (benchmarks/README.md)
    mentionsPlaceNamed: URIRef  # Release -> label of a place it mentions
    outcomeCount: URIRef  # Release -> how many outcomes it reports
    arrestedTotal: URIRef  # Release -> sum of its arrests' counts
    chargedTotal: URIRef  # Release -> sum of its charges' counts
    drugsValueTotalGBP: URIRef  # Release -> sum of its drug seizures' values
    drugsKgTotal: URIRef  # Release -> sum of its drug seizures' quantities in kg
    cashTotalGBP: URIRef  # Release -> sum of its cash seizures' values


OUTCOME_CLASS = {
    "arrest": PK.Arrest,
    "charge": PK.Charge,
    "conviction": PK.Conviction,
    "custodial_sentence": PK.CustodialSentence,
    "drug_seizure": PK.DrugSeizure,
    "cash_seizure": PK.CashSeizure,
    "property_recovery": PK.PropertyRecovery,
    "weapon_seizure": PK.WeaponSeizure,
    "vehicle_seizure": PK.VehicleSeizure,
    "phone_seizure": PK.PhoneSeizure,
    "warrant": PK.WarrantExecution,
    "county_line_closure": PK.CountyLineClosure,
    "safeguarding": PK.Safeguarding,
    "safeguarding_referral": PK.SafeguardingReferral,
    "modern_slavery_referral": PK.ModernSlaveryReferral,
    "address_visit": PK.AddressVisit,
}
QUALIFIER_IND = {
    "exact": PK.Exact,
    "more_than": PK.MoreThan,
    "at_least": PK.AtLeast,
    "approximately": PK.Approximately,
    "vague": PK.Vague,
}
WEAPON_IND = {
    "firearm": PK.Firearm,
    "imitation_firearm": PK.ImitationFirearm,
    "knife": PK.Knife,
    "taser": PK.Taser,
    "other": PK.OtherWeapon,
}
PLACE_CLASS = {
    "city": PK.City,
    "town": PK.Town,
    "village": PK.Village,
    "district": PK.District,
    "county": PK.County,
    "region": PK.Region,
    "area": PK.Area,
    "police_station": PK.PoliceStation,
    "court": PK.Court,
}


def slug(text: str) -> str:
    """'St Mary's Wharf Police Station' -> 'st-marys-wharf-police-station' (stable, ASCII)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['\u2019]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def release_iri(release_id: str) -> URIRef:
    return ID[f"release/{quote(release_id, safe='')}"]


def graph_iri(release_id: str) -> URIRef:
    """The named graph that holds everything one release states."""
    return ID[f"graph/{quote(release_id, safe='')}"]


def force_iri(name: str) -> URIRef:
    return ID[f"force/{slug(name)}"]


def team_iri(name: str, force: str | None) -> URIRef:
    return ID[f"team/{slug(force) if force else 'unknown-force'}/{slug(name)}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slug(name)}"]


def place_iri(key: str) -> URIRef:
    return ID[f"place/{slug(key)}"]


def operation_iri(name: str) -> URIRef:
    return ID[f"operation/{slug(name)}"]


def outcome_iri(release_id: str, index: int) -> URIRef:
    return ID[f"outcome/{quote(release_id, safe='')}/{index}"]


def sentence_iri(release_id: str, start: int, end: int) -> URIRef:
    return ID[f"release/{quote(release_id, safe='')}/chars/{start}-{end}"]
