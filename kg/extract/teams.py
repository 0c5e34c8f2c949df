"""Find named units inside a force: teams, units, squads, taskforces, directorates, branches.

A team is found from its head word ("team", "unit", "taskforce", ...) by walking back over
the words that describe it: capitalised words ("Slough Proactive Team"), and lower-case
words from a vocabulary of what police units are about ("the force's county lines team",
"the south division intelligence team"). The walk stops at a determiner or a possessive;
a force's possessive ("Kent Police's Serious Crime Directorate") gives the team's force.
Generic units ("neighbourhood teams", "specialist units"), ROCUs (forces) and bare "the
team" are not teams. Names are title-cased with *and* and *of* in lower case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.document import Document
from kg.extract.forces import force_mentions
from kg.facts import Team
from kg.gazetteer import Gazetteer

HEADS = r"team|unit|squad|taskforce|task\s+force|directorate|command|branch|department"
# "Telford Proactive CID": the criminal investigation department, written as its acronym
# "Roads Policing Group", "Tactical Support Group": a group is a unit only when capitalised, and so is
# a division ("Police Scotland's Specialist Crime Division"; "the division" is a force's area)
# and so is a section ("the force's Dog Section"; "section 23 of the Misuse of Drugs Act" is a law's)
_HEAD = re.compile(rf"\b(?:(?i:{HEADS})|CID|Group|Division|Section)(s?)\b")
_TOKEN = re.compile(r"[A-Za-z][\w'\u2019&-]*|&")

# lower-case words that describe what a unit does or where it works
DESCRIPTORS = frozenset("""
intelligence proactive pro-active reactive organised serious crime crimes county lines line drugs drug
exploitation neighbourhood policing division divisional district area high harm gangs gang economic
fraud firearms cyber investigation investigations investigative major response roads road operational support
tactical dog rural wildlife violent violence robbery burglary acquisitive child sexual abuse protection
public safeguarding vulnerability missing persons disruption disruptions enforcement financial asset recovery
surveillance covert local counter terrorism prevention community safety north south east west central
northern southern eastern western city town partnership criminal money laundering weapons knife homicide
murder case modern slavery human trafficking digital forensic traffic motorway armed marine
special group groups hate priority volume offender management integrated tasking problem solving
""".split())
# descriptions that name no particular unit ("our neighbourhood teams", "local policing teams")
GENERIC = frozenset("neighbourhood policing local response specialist community support operational".split())
JOINERS = frozenset({"and", "of", "&"})
HYPHEN_SMALL = frozenset({"under", "upon", "on", "in", "le", "by", "the", "de", "next", "super", "en", "cum", "at"})
# capitalised words that open a sentence or phrase rather than a unit's name
STOP_CAPS = frozenset("""
The A An Our Its Their His Her This That These Those Officers Officer Police Detectives Detective Members Member
Colleagues Staff Work Working Led Supported Run Both All Each Every New Former Whole Specialist Help In On At From
With By For To Of As And But When While During After Before Through Across Under Also Meanwhile Today Local
""".split())
# of those, words that open a unit's name inside a sentence ("the Met's Specialist Crime Command")
CAPS_IN_NAME = frozenset({"Specialist", "Local", "New"})
# words before "Group" that make it a criminal group
CRIME_GROUP_WORDS = frozenset({"crime", "criminal", "organised", "gang", "gangs", "drugs", "drug"})
ROCU_WORDS = ("Regional Organised Crime", "Special Operations", "Regional Special")


@dataclass(frozen=True)
class TeamMention:
    start: int
    end: int
    name: str  # title-cased
    force: str | None  # from a force possessive; "the force's" leaves it to `resolve`
    generic_ref: bool = False  # "the team", "the unit's": points at the release's team


def title_case(words: list[str]) -> str:
    out = []
    for w in words:
        if w.lower() in ("and", "of", "&"):
            out.append("and" if w == "&" else w.lower())
        elif w.isupper() and len(w) > 1:
            out.append(w)
        else:
            # a place's joining words stay lower case inside a hyphenated name ("Newcastle-under-Lyme")
            out.append("-".join(p.lower() if j and p.lower() in HYPHEN_SMALL else
                                p[:1].upper() + p[1:].lower() if not p.isupper() or len(p) == 1 else p
                                for j, p in enumerate(w.split("-"))))
    return " ".join(out)


def _head_word(raw: str) -> str:
    if raw.isupper() and len(raw) > 1:  # CID
        return raw
    raw = re.sub(r"\s+", " ", raw.lower())
    if raw.startswith("task"):  # as written: "Task Force" or "Taskforce"
        return "Task Force" if " " in raw else "Taskforce"
    return raw.rstrip("s").capitalize() if raw.endswith("s") and raw != "unit" else raw.capitalize()


def _is_cap_head(h: re.Match) -> bool:
    return h.group(0)[0].isupper()


def team_mentions(doc: Document, gaz: Gazetteer) -> list[TeamMention]:
    """Every team mention in the document (kept on the document: people reuse it)."""
    cached = doc.__dict__.get("_team_mentions")
    if cached is None:
        found = _team_mentions(doc, gaz) + joint_unit_mentions(doc, gaz)
        cached = doc.__dict__["_team_mentions"] = sorted(found, key=lambda m: m.start)
    return cached


def _team_mentions(doc: Document, gaz: Gazetteer) -> list[TeamMention]:
    text = doc.text
    forces = force_mentions(text, gaz)
    out: list[TeamMention] = []
    for h in _HEAD.finditer(text):
        sent = doc.sentence_at(h.start())
        lo = sent.start if sent else max(0, h.start() - 200)
        head = _head_word(h.group(0)[: len(h.group(0)) - len(h.group(1))])
        plural = bool(h.group(1))
        tokens = list(_TOKEN.finditer(text, lo, h.start()))
        words: list[str] = []
        first = h.start()
        anchor_force = None
        possessive = False
        proper = 0
        for t in reversed(tokens):
            w = t.group(0)
            gap = text[t.end():first]
            if gap.strip():  # punctuation between words ends the name
                break
            if re.search(r"['\u2019]s$", w):
                possessive = True
                for fm in forces:
                    if fm.possessive and fm.end == t.end() - 2:
                        anchor_force = fm.name
                break
            if w in JOINERS:
                words.insert(0, w)
            elif w.lower() in DESCRIPTORS and (w.islower() or t.start() == lo):
                words.insert(0, w)  # a describing word (capitalised only to open the sentence)
            elif w in CAPS_IN_NAME and t.start() != lo and _is_cap_head(h) and words and words[0][0].isupper():
                words.insert(0, w)  # "the Specialist Crime Command"
                proper += 1
            elif w[0].isupper() and w not in STOP_CAPS and t.start() != lo or (w[0].isupper() and t.start() == lo and
                                                                            w not in STOP_CAPS and _is_cap_head(h)):
                words.insert(0, w)
                proper += 1
            elif w.lower() in DESCRIPTORS:
                words.insert(0, w)
            else:
                break
            first = t.start()
        while words and words[0] in JOINERS:
            words.pop(0)
        # "the BTP County Lines Taskforce": a force's name opening the unit's gives its force
        for k in (2, 1):
            lead = " ".join(words[:k])
            if len(words) > k and lead in gaz.force_alias and words[k] not in JOINERS:
                anchor_force = anchor_force or gaz.force_alias[lead]
                words = words[k:]
                break
        before = text[lo:first].rstrip()
        if head == "Group" and (not words or words[-1].lower() in CRIME_GROUP_WORDS):
            continue  # "the Group", "an Organised Crime Group": a gang, not a unit
        if words and words[0] in ("Operation", "Op", "Project"):
            continue  # "the district's Operation Thistledown team": an operation, not a team
        if not words:
            ref = re.search(r"\b(?:the|our)$", before, re.I) or h.group(0).lower() in ("team's", "unit's")
            if not plural and (ref or text[h.end():h.end() + 2] in ("'s", "\u2019s")):
                out.append(TeamMention(h.start(), h.end(), head + "?", None, generic_ref=True))
            continue
        name_words = [w for w in words if w not in JOINERS]
        lower = {w.lower() for w in name_words}
        if not proper and lower <= GENERIC:
            continue
        if plural and not (lower - GENERIC) & DESCRIPTORS:  # "Essex teams", "specialist units"
            continue
        if not proper and not (possessive or re.search(r"\b(?:the|its|our|their|force's)$", before, re.I)):
            continue
        full = " ".join(words) + " " + head
        if any(r in title_case(full.split()) for r in ROCU_WORDS) or full in gaz.force_alias:
            continue
        if all(w in gaz.force_alias or w in gaz.unit_alias for w in name_words):
            continue  # "NCA Branch Commander": a force's name and a job title, not a unit
        groups = [words]
        if plural and "and" in words:  # "the pro-active and organised crime teams": two teams
            i = words.index("and")
            if words[:i] and words[i + 1:] and words[0].lower() != "serious":
                groups = [words[:i], words[i + 1:]]
        for g in groups:
            out.append(TeamMention(first, h.end(), title_case(g + head.split()), anchor_force))
    return out



def _build_unit_pattern(gaz: Gazetteer) -> re.Pattern | None:
    if not gaz.unit_alias:
        return None
    body = "|".join(re.escape(a) for a in sorted(gaz.unit_alias, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def _unit_pattern(gaz: Gazetteer) -> re.Pattern | None:
    """Names and acronyms of the gazetteer's joint units ("Organised Crime Partnership", "OCP")."""
    return gaz.derived(_build_unit_pattern)


def joint_unit_mentions(doc: Document, gaz: Gazetteer) -> list[TeamMention]:
    """Standing units staffed by several forces, from the gazetteer: teams with no one force."""
    pat = _unit_pattern(gaz)
    if pat is None:
        return []
    return [TeamMention(m.start(), m.end(), gaz.unit_alias[m.group(0)], None) for m in pat.finditer(doc.text)]


def find_teams(doc: Document, gaz: Gazetteer) -> list[Team]:
    """Named teams, one per name, spanned by the sentence of their first mention."""
    found: dict[str, Team] = {}
    for m in team_mentions(doc, gaz):
        if m.generic_ref:
            continue
        key = m.name.lower()
        if key not in found:
            found[key] = Team(m.name, force=m.force, span=doc.span_at(m.start))
        elif found[key].force is None and m.force:
            found[key].force = m.force
    return list(found.values())
