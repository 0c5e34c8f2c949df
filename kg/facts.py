"""Extracted facts: what one release states, each with the character span of its sentence.

These objects are what the extractor returns and what `kg.mapping` turns into RDF.
`kg facts` does *not* print them: it reads the same facts back from the store by SPARQL
(`kg.readback`), so that its output proves what the graph holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

OUTCOME_TYPES = (
    "arrest",
    "charge",
    "conviction",
    "custodial_sentence",
    "drug_seizure",
    "cash_seizure",
    "property_recovery",
    "weapon_seizure",
    "vehicle_seizure",
    "phone_seizure",
    "warrant",
    "county_line_closure",
    "safeguarding",
    "safeguarding_referral",
    "modern_slavery_referral",
    "address_visit",
)
QUALIFIERS = ("exact", "more_than", "at_least", "approximately", "vague")
WEAPON_KINDS = ("firearm", "imitation_firearm", "knife", "taser", "other")
DRUG_UNITS = ("kg", "g", "wraps", "plants")
ROLES = ("officer", "pcc", "other")
PLACE_KINDS = ("city", "town", "village", "district", "county", "region", "area", "police_station", "court")


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets [start, end) into `Release.text`: the sentence that states a fact."""

    start: int
    end: int


@dataclass
class Force:
    name: str  # official name from the gazetteer, e.g. "Derbyshire Constabulary"
    span: Span | None = None  # None when inferred (URL, PCC area, places)
    inferred_from: str | None = None  # "url" | "pcc" | "places" | "single-force" ...


@dataclass
class Team:
    name: str  # title-cased, e.g. "South Division Intelligence Team"
    force: str | None = None
    span: Span | None = None


@dataclass
class Person:
    name: str  # without title or rank
    role: str = "other"  # one of ROLES
    rank: str | None = None  # full rank, e.g. "Detective Inspector"
    force: str | None = None
    team: str | None = None
    leads_team: bool = False  # "who leads the intelligence team", "head of ..."
    span: Span | None = None


@dataclass
class Place:
    name: str  # as the gazetteer spells it, e.g. "Kirkby-in-Ashfield", "St Mary's Wharf Police Station"
    kind: str = "town"  # one of PLACE_KINDS
    key: str | None = None  # stable gazetteer key, tells apart places of the same name
    county: str | None = None
    force_area: str | None = None  # official force name whose area holds the place
    optional: bool = False  # broad region: neither required nor wrong
    span: Span | None = None


@dataclass
class Operation:
    name: str  # "Operation Raptor", "Project Medusa", "County Lines Intensification Week"
    span: Span | None = None


@dataclass
class Outcome:
    type: str  # one of OUTCOME_TYPES
    qualifier: str = "exact"  # one of QUALIFIERS
    count: float | None = None
    years: float | None = None
    value_gbp: float | None = None
    quantity: float | None = None
    unit: str | None = None  # one of DRUG_UNITS
    weapon: str | None = None  # one of WEAPON_KINDS
    note: str | None = None
    span: Span | None = None


@dataclass
class Facts:
    release_id: str
    date: date | None = None
    forces: list[Force] = field(default_factory=list)
    teams: list[Team] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
