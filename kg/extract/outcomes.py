"""Find outcomes in a release document (placeholder: filled in by the extraction work)."""
from __future__ import annotations

from kg.document import Document
from kg.gazetteer import Gazetteer


def find_outcomes(doc: Document, gaz: Gazetteer) -> list:
    return []
