"""Release document to `Facts`: pure `find_*` finders, then one step that resolves them.

Each finder reads the document (and the gazetteer) and returns what it found with the span
of the sentence it found it in; none of them writes anything. `resolve` then ties the parts
together: it infers forces the text never names, gives teams and officers their force, and
drops duplicates. `extract` runs the lot.
"""
from __future__ import annotations

from kg.document import Document, parse
from kg.extract.forces import find_forces
from kg.extract.operations import find_operations
from kg.extract.outcomes import find_outcomes
from kg.extract.people import find_people
from kg.extract.places import find_places
from kg.extract.resolve import resolve
from kg.extract.teams import find_teams
from kg.facts import Facts
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.release import Release

__all__ = ["extract", "extract_release"]


def extract(doc: Document, gazetteer: Gazetteer | None = None) -> Facts:
    gaz = gazetteer or load_gazetteer()
    facts = Facts(
        release_id=doc.release.id,
        date=doc.release.date,
        forces=find_forces(doc, gaz),
        teams=find_teams(doc, gaz),
        people=find_people(doc, gaz),
        places=find_places(doc, gaz),
        operations=find_operations(doc, gaz),
        outcomes=find_outcomes(doc, gaz),
    )
    return resolve(facts, doc, gaz)


def extract_release(release: Release, gazetteer: Gazetteer | None = None) -> Facts:
    return extract(parse(release), gazetteer)
