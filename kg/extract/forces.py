"""Find the forces and agencies a release names, by official name, brand, alias or acronym.

Every alias in the gazetteer ("the Met", "Herts Police", "Titan", "NERSOU", "Derbyshire
police") is matched case-sensitively on word boundaries and mapped to the official name.
A force name that is only the start of a PCC's title ("Cleveland Police and Crime
Commissioner") is not a mention of the force.

A force counts only where the release says it took part. Two kinds of mention say nothing of
that, and a force named only in them is left out:

* the notes to editors (everything after an "ENDS" line or a "Notes to editors" / "Notes
  for editors" / "About the ..." heading): boilerplate about the publisher and its partners;
* a sentence that defines a unit by its make-up ("The Paramilitary Crime Task Force is made
  up of officers from PSNI, the NCA and HMRC", "X comprises ..."), which lists members, not
  the forces at work on this case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.document import Document
from kg.facts import Force
from kg.gazetteer import Gazetteer, phrase_pattern

# what may follow a force-like name without it being the force: a PCC title, the Met Office
_NOT_A_FORCE_AFTER = re.compile(
    r"\s*(?:,\s*Fire\s+and\s+Crime|and\s+Crime\s+(?:Commissioner|Panel|Plan)|Fire\s+and\s+Crime|Office\b)"
)


@dataclass(frozen=True)
class ForceMention:
    start: int
    end: int  # end of the name, before any possessive 's
    name: str  # official name
    possessive: bool  # "Kent Police's ..."


def _alias_pattern(gaz: Gazetteer) -> re.Pattern:
    # every alias, the longest first, as one trie-shaped pattern (see `phrase_pattern`)
    body = phrase_pattern(gaz.force_alias, lookbehind=r"[\w@/.-]")
    return re.compile(rf"(?:{body})(?![\w-])(['\u2019]s\b)?")


def _pattern(gaz: Gazetteer) -> re.Pattern:
    return gaz.derived(_alias_pattern)


def force_mentions(text: str, gaz: Gazetteer, start: int = 0, end: int | None = None) -> list[ForceMention]:
    """Every mention of a force in `text[start:end]`, with offsets into `text`."""
    if start == 0 and end is None:  # the whole text: three finders ask; compute it once
        if _LAST[0] == (id(gaz), text):
            return _LAST[1]
        found = _scan(text, gaz, 0, len(text))
        _LAST[:] = [(id(gaz), text), found]
        return found
    return _scan(text, gaz, start, len(text) if end is None else end)


_LAST: list = [None, None]  # (gazetteer id, text) and its mentions


def _scan(text: str, gaz: Gazetteer, start: int, end: int) -> list[ForceMention]:
    out = []
    for m in _pattern(gaz).finditer(text, start, end):
        name_end = m.start(1) if m.group(1) else m.end()
        if not m.group(1) and _NOT_A_FORCE_AFTER.match(text, name_end):
            continue
        alias = re.sub(r"\s+", " ", text[m.start():name_end])
        out.append(ForceMention(m.start(), name_end, gaz.force_alias[alias], bool(m.group(1))))
    return out


# a heading that opens the notes to editors: boilerplate follows
_NOTES = re.compile(r"^[ \t#*]*(?:notes?\s+(?:to|for)\s+(?:editors?|eds)|editor['\u2019]?s\s+notes?|"
                    r"about\s+the\s+[A-Z][\w ]{2,60}|-*\s*ends\s*-*)\s*:?[ \t*]*$", re.I | re.M)
# a sentence defining a unit by its members: "<Unit> is made up of officers from ..."
_MAKE_UP = re.compile(r"^(?:The\s+)?[A-Z][\w'\u2019&() -]{2,80}?\s+(?:is|are|was)\s+(?:a\s+[\w -]{0,40}?\s+)?"
                      r"(?:made\s+up\s+of|comprised\s+of|composed\s+of|formed\s+of|staffed\s+by|"
                      r"compris(?:es|ing)|consists\s+of|(?:a\s+)?(?:joint\s+)?(?:partnership|collaboration)\s+"
                      r"(?:between|of))\b")


def boilerplate_start(text: str) -> int:
    """Offset where the notes to editors begin, or the text's length when it has none."""
    m = _NOTES.search(text)
    return m.start() if m else len(text)


def _says_nothing(doc: Document, offset: int, notes: int) -> bool:
    """True where a mention is in the notes to editors or in a sentence listing a unit's members."""
    if offset >= notes:
        return True
    sent = doc.sentence_at(offset)
    return sent is not None and _MAKE_UP.match(sent.text) is not None


def find_forces(doc: Document, gaz: Gazetteer) -> list[Force]:
    """One `Force` per force the release says took part, spanned by the sentence of its first
    mention that says so."""
    found: dict[str, Force] = {}
    notes = boilerplate_start(doc.text)
    for m in force_mentions(doc.text, gaz):
        if m.name not in found and not _says_nothing(doc, m.start, notes):
            found[m.name] = Force(m.name, span=doc.span_at(m.start))
    return list(found.values())
