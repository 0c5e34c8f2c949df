"""Tie the finders' results together into one release's facts.

1. The publishing force: the URL's domain, the site name in the title, else the force named
   first. A release that names no force gets one from its PCC's area or, failing that, from
   the places it is about (the force area most of them lie in).
2. PCCs get the force of their area ("Leicester, Leicestershire and Rutland" -> Leicestershire
   Police); "Mr Matthews" / "Ms Castleford" merge into the person already named in full.
3. Teams: a name that is part of a longer team's name ("the intelligence team" beside "the
   south division intelligence team") is that team; "the team" is the release's only team.
   A "team" and a "unit" of one name are one ("the roads crime team" after "the Roads Crime Unit").
   A team with no force whose name starts with a place belongs to the named force whose area
   holds it ("Huntingdon Proactive Team"); else to the publishing force, except a joint unit of several forces
   (the Organised Crime Partnership), which keeps none.
4. Officers with no force get their team's force, else the publishing force. Judges,
   defendants and others have no rank, force or team.
"""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlparse

from kg.document import Document
from kg.extract.places import load_index, may_hold, norm
from kg.extract.teams import DESCRIPTORS
from kg.facts import Facts, Force, Person, Team
from kg.gazetteer import Gazetteer

_PCC_CONTEXT = re.compile(r"Commissioner|\bPCC\b|Mayor", re.I)


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in {"the", "of", "and"})


def publishing_force(facts: Facts, doc: Document, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """(force, how) for the force whose release this is, from URL, site name or PCC area."""
    release = doc.release
    if release.url:
        host = urlparse(release.url if "//" in release.url else "//" + release.url).hostname or ""
        hit = gaz.force_for_domain(host)
        if hit:
            return hit, "url"
    if release.site_name:
        hit = gaz.force_alias.get(release.site_name.strip())
        if hit:
            return hit, "site-name"
    return None, None


def pcc_force(doc: Document, gaz: Gazetteer) -> str | None:
    """The force of the PCC area named next to a commissioner's title ("Cleveland's Police and
    Crime Commissioner", "Commissioner for Cambridgeshire and Peterborough")."""
    text = doc.text
    # the lower-cased words test first: most releases name no commissioner, and it is cheaper
    if not gaz.force_pcc_area or not may_hold(text, "commissioner", "pcc", "mayor") or not _PCC_CONTEXT.search(text):
        return None
    pat = _area_pattern(gaz)
    for title in _PCC_CONTEXT.finditer(text):
        lo, hi = max(0, title.start() - 60), min(len(text), title.end() + 60)
        best = None
        for m in pat.finditer(text, lo, hi):
            if not m.group(0)[0].isupper():
                continue
            dist = title.start() - m.end() if m.end() <= title.start() else m.start() - title.end()
            if best is None or dist < best[0]:
                best = (dist, gaz.force_pcc_area[re.sub(r"\s+", " ", m.group(0).lower())])
        if best:
            return best[1]
    return None


def area_mentions(doc: Document, gaz: Gazetteer) -> list[str]:
    """Forces whose area (county or PCC area) the text names as a capitalised word."""
    pat = _area_pattern(gaz)
    return [gaz.force_pcc_area[re.sub(r"\s+", " ", m.group(0).lower())] for m in pat.finditer(doc.text)
            if m.group(0)[0].isupper()]


def _build_area_pattern(gaz: Gazetteer) -> re.Pattern:
    areas = sorted(gaz.force_pcc_area, key=len, reverse=True)
    if not areas:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in areas)
                      + r")(?![\w-])", re.I)


def _area_pattern(gaz: Gazetteer) -> re.Pattern:
    return gaz.derived(_build_area_pattern)


def _force_of_team_place(team: str, named: set[str]) -> str | None:
    """'Huntingdon Proactive Team' in a release of several forces: the named force whose area
    holds the place the team's name starts with (Cambridgeshire Constabulary)."""
    if len(named) < 2:
        return None
    words = team.split()
    index = load_index()
    for n in range(min(len(words) - 1, 4), 0, -1):
        if n == 1 and words[0].lower() in DESCRIPTORS:
            continue  # "County Lines Taskforce": a word that describes the work, not a Liverpool ward
        entries = index.names.get(norm(" ".join(words[:n])))
        if entries:
            areas = {e.force_area for e in entries} & named
            return areas.pop() if len(areas) == 1 else None
    return None


_HEAD_WORDS = frozenset({"team", "unit"})  # head words that name the same kind of unit


def _merge_teams(teams: list[Team]) -> tuple[list[Team], dict[str, str]]:
    """Drop teams whose words are all in a longer team's name; map dropped names to the kept."""
    renamed: dict[str, str] = {}
    kept: list[Team] = []
    for i, t in enumerate(teams):
        w = _words(t.name)
        longer = [o for o in teams if o is not t and w < _words(o.name)]
        # "the roads crime team" after "the Roads Crime Unit": one unit, named first as it stands
        core = w - _HEAD_WORDS
        longer += [o for o in teams[:i] if o.name not in renamed and core and w != _words(o.name)
                   and core == _words(o.name) - _HEAD_WORDS]
        if longer:
            renamed[t.name] = longer[0].name
            if longer[0].force is None:
                longer[0].force = t.force
        else:
            kept.append(t)
    return kept, renamed


def _merge_people(people: list[Person], doc: Document) -> list[Person]:
    out: list[Person] = []
    by_name: dict[str, Person] = {}
    for p in people:
        key = p.name.lower()
        if key in by_name:
            q = by_name[key]
            for attr in ("rank", "force", "team"):
                if getattr(q, attr) is None and getattr(p, attr) is not None:
                    setattr(q, attr, getattr(p, attr))
            if q.role == "other" and p.role != "other":
                q.role = p.role
            q.leads_team = q.leads_team or p.leads_team
            continue
        by_name[key] = p
        out.append(p)
    # "Mr Matthews" never becomes a person (the people finder needs a full name), so it adds no one
    return out


def resolve(facts: Facts, doc: Document, gaz: Gazetteer) -> Facts:
    # ---- forces
    names = {f.name for f in facts.forces}
    own, how = publishing_force(facts, doc, gaz)
    pcc = pcc_force(doc, gaz)
    if own and own not in names:
        facts.forces.append(Force(own, inferred_from=how))
        names.add(own)
    if pcc and pcc not in names:
        facts.forces.append(Force(pcc, inferred_from="pcc"))
        names.add(pcc)
    if not facts.forces:
        areas = Counter(p.force_area for p in facts.places if getattr(p, "force_area", None))
        if not areas:  # no gazetteer places: the force areas the text names ("north Derbyshire")
            areas = Counter(area_mentions(doc, gaz))
        if areas:
            top = areas.most_common(1)[0][0]
            facts.forces.append(Force(top, inferred_from="places"))
            names.add(top)
    primary = own or pcc
    if primary is None:
        territorial = [f for f in facts.forces if gaz.force_kind.get(f.name) == "territorial"]
        pool = territorial or facts.forces
        if pool:
            primary = min(pool, key=lambda f: f.span.start if f.span else -1).name

    # ---- teams
    teams, renamed = _merge_teams(facts.teams)
    joint_units = set(gaz.unit_alias.values())
    for t in teams:
        if t.force is None and t.name not in joint_units:  # a joint unit has no one force
            t.force = _force_of_team_place(t.name, names) or primary
    facts.teams = teams
    team_force = {t.name: t.force for t in teams}

    # ---- people
    people = _merge_people(facts.people, doc)
    for p in people:
        if p.role == "other":
            p.rank = p.force = p.team = None
            p.leads_team = False
            continue
        if p.role == "pcc":
            p.rank = p.team = None
            p.force = p.force or pcc or primary  # the area the PCC's own title names first
            continue
        if p.team and p.team.endswith("?"):  # "the team", "the unit's investigators"
            p.team = teams[0].name if len(teams) == 1 else None
        elif p.team:
            p.team = renamed.get(p.team, p.team)
            if p.team not in team_force:
                p.team = None
        if p.force is None:
            p.force = team_force.get(p.team) if p.team else None
        if p.force is None:
            p.force = facts.forces[0].name if len(facts.forces) == 1 else primary
    facts.people = people

    # ---- operations: one per name
    seen: set[str] = set()
    ops = []
    for op in facts.operations:
        key = " ".join(re.findall(r"[a-z0-9]+", op.name.lower()))
        if key not in seen:
            seen.add(key)
            ops.append(op)
    facts.operations = ops
    return facts
