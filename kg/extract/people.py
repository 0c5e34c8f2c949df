"""Find named people: officers by rank, PCCs, judges, councillors, defendants, named staff.

* officers: a rank, written out or abbreviated ("DI", "Det Supt", "T/DCI"), then a name;
* PCCs and deputies: "Police and Crime Commissioner Rupert Matthews", "Staffordshire
  Commissioner Graham Bostock", "Cleveland's Police and Crime Commissioner, Andrew Whitlock",
  "Susan Hebburn, Durham's Police, Crime and Victims' Commissioner, said", each with the force
  of the area their own title names; a "Deputy Commissioner" is the deputy PCC unless the
  release names a force headed by a commissioner (the Met, the City of London Police);
* judges, sheriffs, recorders and councillors: role `other` ("Lord Justice Edis", "Sheriff
  Principal Derek Pyle", "Mrs Justice Cutts");
* staff named after their force and a job title ("NCA Operations Manager Kieran Blythe",
  "Border Force Director Sarah Penhaligon"): officers of that force with no rank. A rank word
  inside a job title ("NCA Branch Commander Jenna Whitcombe") is no rank either, and staff
  named by a job title alone ("Financial Investigator Amy Cole") are officers with no rank;
* defendants: "Kane Holroyd, 29, of Parson Cross", "Kieran Doyle, aged 29," (role `other`);
* people with no title: "Lucy Hammond, from the NCA's Border Policing Command, said" is
  police staff (a force or police words in the description), else role `other`.

The words after a name up to "said" or a quote tie an officer to a force ("of NERSOU") and a
team ("who leads the county lines team"); in a release of several forces, the place an
officer's title says they police ("area commander for Annandale and Eskdale") gives the force
whose area holds it. "Mr Matthews" is not a new person: `resolve`
merges such references into the full name.
"""
from __future__ import annotations

import re

from kg.document import Document
from kg.extract.forces import force_mentions
from kg.extract.places import capital_alternation, load_index, norm
from kg.extract.teams import team_mentions
from kg.facts import Person
from kg.gazetteer import Gazetteer, phrase_pattern

# a capitalised word of a name, with "Mc", "Mac", "O'" or "D'" before a second capital. The
# first letter is read before the prefix (and the prefix checked behind it), so that a pattern
# opening on a name opens on a capital letter, which the regex engine skips ahead to.
_CAP = r"[A-Z\u00c0-\u00d6\u00d8-\u00de]"  # a capital letter, Latin-1 accented ones too ("Áine", "Óg")
_SMALL = r"[a-z\u00df-\u00f6\u00f8-\u00ff]"
_NAME_TOKEN = (rf"{_CAP}(?:(?<=M)c{_CAP}|(?<=M)ac{_CAP}|(?<=[OD])['\u2019]{_CAP})?{_SMALL}+"
               rf"(?:[-'\u2019](?:{_CAP})?{_SMALL}+)*")
NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}"
# words that start with a capital but are not part of a person's name
NOT_NAME = frozenset("""
Police Constabulary Service Team Unit Court Crown Magistrates Station Street Road Council County Borough City
Operation Project Commissioner Crime Force Agency Office The And Of Said He She They We It This Today Yesterday
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Scotland England Wales Ireland Northern Mr Mrs Ms Miss Dr Sir Dame Judge
Justice In At On From For By With After During Across Under Since Between Throughout Within Outside
""".split())
_PCC_TITLE = (r"(?:Deputy\s+)?(?:Police,?\s+(?:Fire\s+and\s+)?(?:and\s+)?Crime(?:,?\s+and\s+Victims['\u2019]?)?\s+Commissioner"
              r"|PCC|Commissioner"
              r"|(?:Deputy\s+)?Mayor\s+for\s+Policing,?\s+(?:Fire\s+)?and\s+Crime)")
# a PCC-like title after the name: "Hilary Standen, Deputy Mayor for Policing, Fire and Crime for ..."
_PCC_OWNER = r"(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*['\u2019]s\s+"  # "North Yorkshire's "
_PCC_DESC = re.compile(rf"^(?:the\s+)?(?:{_PCC_OWNER})?{_PCC_TITLE}\b")
# "Gwenllian Parry-Hughes, the Police and Crime Commissioner for North Wales, was speaking": a PCC's title
# in apposition, whatever verb follows
_PCC_APPOSED = re.compile(rf"(?P<name>{NAME}),\s+(?P<desc>(?:the\s+)?(?:{_PCC_OWNER})?{_PCC_TITLE}\b[^,.;:\"\u201c]{{0,60}})")
# "Police and Crime Commissioner for South Wales, Emlyn Harcombe": the area between title and name
_PCC_AREA = r"(?:\s+for\s+[A-Z][\w'\u2019-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*){0,4})?"
# titles of judges, councillors and others, each opening on its capital letter (see `capital_alternation`)
_OTHER_TITLES = [
    r"His\s+Honour\s+Judge", r"Her\s+Honour\s+Judge", r"District\s+Judge", "Judge", "Recorder", "Councillor",
    r"Cllr\.?", r"Dr\.?", "Professor", r"Prof\.?", "Reverend", r"Rev\.?", r"Lord\s+Justice", r"Lady\s+Justice",
    r"Mr\.?\s+Justice", r"Mrs\.?\s+Justice", r"Ms\.?\s+Justice", r"Sheriff\s+Principal", "Sheriff", r"Lord\s+Mayor",
    "Lord", "Lady", "Baroness", "Baron",
]
_PCC = re.compile(rf"(?<![\w-])(?P<title>{_PCC_TITLE}){_PCC_AREA}\s*,?\s+(?P<name>{NAME})")
# a job title after a force's name: "NCA Operations Manager Kieran Blythe"
_JOB_NOUNS = (r"Manager|Director|Officer|Commander|Head|Lead|Chief|Investigator|Analyst|Co-?ordinator|Adviser"
              r"|Advisor|Spokesperson|Spokesman|Spokeswoman|Controller|Executive|Leader|Supervisor")
_JOB_AFTER_FORCE = re.compile(rf"(?:['\u2019]s)?\s+(?:[A-Z][a-z]+\s+){{0,3}}(?:{_JOB_NOUNS})\s+(?P<name>{NAME})")
# police staff named by a job title with no rank ("Financial Investigator Amy Cole", "Financial investigator Amy Cole")
_STAFF = re.compile(
    r"(?<![\w-])(?:(?:Financial|Police\s+Staff|Civilian|Senior|Lead|Principal|Intelligence|Crime|Criminal|Fraud|"
    r"Economic\s+Crime|Cyber|Digital|Forensic|Disclosure)\s+)+(?:[Ii]nvestigator|[Aa]nalyst|[Ii]nvestigating\s+[Oo]fficer)"
    rf"\s+(?P<name>{NAME})")
# capitalised words that make a rank word after them part of a job title ("Branch Commander")
JOB_QUALIFIERS = frozenset("""
Branch Area Divisional District Borough Operations Operational Unit Command Local Regional Sector Basic Duty
Investigations Programme Project Portfolio Network Hub Gold Silver Bronze
""".split())
_OTHER_TITLE = capital_alternation(_OTHER_TITLES, before=r"[\w-]")
_OTHER = re.compile(rf"(?P<title>{_OTHER_TITLE}),?\s+(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?(?P<name>{NAME})")
_DEFENDANT = re.compile(rf"(?P<name>{NAME})\s*(?:,\s*(?:aged\s+)?\d{{1,2}}\s*,|,\s*the\s+\d{{1,2}}-year-old\b|\s+\(\d{{1,2}}\)"
                        r"|,\s*(?:\d{1,2},\s*)?of\s+no\s+fixed\s+(?:abode|address)\b)")
# "The 30-year-old man, Ardit Hoxha, ...": a name in apposition to an age
_AGED_NAME = re.compile(rf"\b\d{{1,2}}-year-old\s+(?:man|woman|male|female|boy|girl|teenager|youth),\s+(?P<name>{NAME}),")
# a judge named by surname alone: "Lord Hollins", "Mrs Justice Cutts", "His Honour Judge Lowe"
_JUDGE_SURNAME = re.compile(
    r"(?<![\w-])(?:(?:His|Her)\s+Honour\s+Judge|District\s+Judge|Judge|Recorder|(?:Lord|Lady)\s+Justice"
    rf"|(?:Mr|Mrs|Ms)\.?\s+Justice|Sheriff(?:\s+Principal)?|Lord|Lady)\s+(?P<name>{_NAME_TOKEN})"
    rf"(?![\w'\u2019-]|\s+{_CAP})")
# capitalised words after "Lord", "Judge" ... that are offices, not surnames
OFFICES = frozenset("Mayor Lieutenant Advocate Provost Chancellor Chief President Justice Judge Chairman Speaker".split())
# a name that opens a line or a sentence, or follows "said"; the check stands after the name's first
# letter, so that the pattern opens on a capital letter (see `_NAME_TOKEN`)
_OPENING_NAME = NAME.replace(_CAP, rf"{_CAP}(?:(?<=^{_CAP})|(?<=[.!?:]\s{_CAP})|(?<=\bsaid\s{_CAP}))", 1)
_APPOSITIVE_SAID = re.compile(rf"(?P<name>{_OPENING_NAME}),\s+(?P<desc>[^\"\u201c\u201d.]{{3,140}}?)"
                              rf"(?:,\s+(?:said|added|explained|commented)\b|[.,]?\s*$)", re.M)
# between a force's name and a rank: nothing or the words of a job title ("NCA Branch Commander ...")
_TITLE_GAP = re.compile(r"(?:['\u2019]s)?(?:\s+[A-Z][a-z]+){0,3}\s+")
_REGIONAL_UNIT = re.compile(r"\bthe\s+(?:regional\s+(?:organised\s+crime\s+|special\s+operations\s+)?unit|ROCU)\b", re.I)
_WINDOW_END = re.compile(r"\bsaid\b|\badded\b|[:\"\u201c\u201d]|[.!?](?:\s|$)")
_POLICE_WORDS = re.compile(r"\b(?:police|officers?|detectives?|constabulary|force['\u2019]s|investigators?|"
                           r"analysts?|police\s+staff)\b", re.I)

# forces whose chief officers are commissioners: elsewhere a "Deputy Commissioner" is the deputy PCC
COMMISSIONER_FORCES = frozenset({"Metropolitan Police Service", "City of London Police"})
PCC_LIKE_RANKS = frozenset({"Commissioner", "Deputy Commissioner"})

# "Commissioner of the Metropolitan Police": the head of a force, not a PCC
_HEAD_OF_FORCE = re.compile(r"\bCommissioner\s+of\s+(?:the\s+)?(?:Metropolitan|Met\b|City\s+of\s+London)")

def _build_pcc_areas(gaz: Gazetteer) -> tuple[re.Pattern, dict[str, str]]:
    areas = {a: f["name"] for f in gaz.forces if f.get("kind") != "joint_unit" for a in f.get("pcc_areas", [])}
    return re.compile(phrase_pattern(areas, lookbehind=r"[\w-]") + r"(?![\w-])"), areas


def _pcc_areas(gaz: Gazetteer) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of the PCC areas as written ("North Wales", "Humber"), and area -> force."""
    return gaz.derived(_build_pcc_areas)


def pcc_area_force(text: str, title_start: int, end: int, gaz: Gazetteer) -> str | None:
    """The force of the PCC area a commissioner's title names: inside the title ("Commissioner for
    North Wales") or as its owner straight before it ("Humber's Police and Crime Commissioner")."""
    pat, areas = _pcc_areas(gaz)
    forces = set()
    for m in pat.finditer(text, max(0, title_start - 40), end):
        if m.start() >= title_start or re.fullmatch(r"(?:['\u2019]s)?\s*", text[m.end():title_start]):
            forces.add(areas[re.sub(r"\s+", " ", m.group(0))])
    return forces.pop() if len(forces) == 1 else None


def _build_rank_pattern(gaz: Gazetteer) -> re.Pattern:
    ranks = sorted(gaz.ranks, key=len, reverse=True)
    body = "|".join(re.escape(r).replace(r"\ ", r"\.?\s+") for r in ranks)
    prefixes = r"(?P<prefix>T/|A/|Temporary\s+|Acting\s+|Temp\.?\s+)?"
    return re.compile(rf"(?<![\w/-]){prefixes}(?P<rank>{body})\.?\s+(?:(?:Sir|Dame)\s+)?(?P<name>{NAME})")


def _rank_pattern(gaz: Gazetteer) -> re.Pattern:
    return gaz.derived(_build_rank_pattern)


def full_rank(gaz: Gazetteer, rank: str, prefix: str | None) -> str:
    key = re.sub(r"\.?\s+", " ", rank).strip()
    full = gaz.ranks.get(key, key)
    if prefix:
        full = f"{gaz.rank_prefixes.get(prefix.strip().rstrip('.'), prefix.strip())} {full}"
    return full


def clean_name(raw: str) -> str | None:
    """Drop trailing words that are not a name's ("Carl Booth Said"); None when too short."""
    words = re.sub(r"\s+", " ", raw).split(" ")
    while words and words[-1] in NOT_NAME:
        words.pop()
    while words and words[0] in NOT_NAME:
        words.pop(0)
    if len(words) < 2:
        return None
    return " ".join(words)


def _window(text: str, start: int, limit: int = 160) -> tuple[int, int]:
    """The words after a name that describe the person, up to 'said', a colon or a quote."""
    m = _WINDOW_END.search(text, start, min(len(text), start + limit))
    return start, (m.start() if m else min(len(text), start + limit))


_AREA_AFTER = re.compile(r"\b(?:commander|inspector|officer|lead|responsible|policing|head)\b[^,]{0,30}?\b(?:for|in|of)\s+"
                         r"((?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and|&|of|upon|on)?\s*[A-Z][\w'\u2019-]*){0,4})", re.I)


def _force_of_area(text: str, a: int, b: int, named: set[str]) -> str | None:
    """'area commander for Annandale and Eskdale' -> Police Scotland: the force, among those the
    release names, whose area holds the place an officer's title says they police."""
    if len(named) < 2:
        return None  # one force or none: `resolve` gives the officer the release's force
    m = _AREA_AFTER.search(text, a, b)
    if not m:
        return None
    words = m.group(1).split()
    if words[0].lower() == "the":
        words = words[1:]
    index = load_index()
    for n in range(len(words), 0, -1):  # the longest name the gazetteer knows
        entries = index.names.get(norm(" ".join(words[:n])))
        if entries:
            areas = {e.force_area for e in entries} & named
            return areas.pop() if len(areas) == 1 else None
    return None


def find_people(doc: Document, gaz: Gazetteer) -> list[Person]:
    text = doc.text
    teams = team_mentions(doc, gaz)
    forces = force_mentions(text, gaz)
    people: list[Person] = []
    taken: list[tuple[int, int]] = []
    commissioner_force = any(fm.name in COMMISSIONER_FORCES for fm in forces) or _published_by_commissioner_force(doc, gaz)

    def overlaps(a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in taken)

    def tie(p: Person, before: int, after: int) -> None:
        a, b = _window(text, after)
        for fm in forces:
            if a <= fm.start < b or (fm.possessive and 0 <= before - fm.end <= 4) or (
                    0 <= before - fm.end <= 40 and _TITLE_GAP.fullmatch(text, fm.end, before)):
                p.force = fm.name
                break
        if p.force is None:
            p.force = _force_of_area(text, a, b, {fm.name for fm in forces})
        if p.force is None and _REGIONAL_UNIT.search(text, a, b):
            # "of the regional unit": the one regional organised crime unit the release names
            rocus = {fm.name for fm in forces if gaz.force_kind.get(fm.name) == "rocu"}
            if len(rocus) == 1:
                p.force = rocus.pop()
        for tm in teams:
            if a <= tm.start < b:
                p.team = tm.name  # "Team?" for "the team": resolved to the release's team later
                p.leads_team = bool(re.search(r"\b(?:leads?|heads?|head of|runs?|in charge of)\b",
                                              text[a:tm.start], re.I))
                if tm.force and not p.force:
                    p.force = tm.force
                break

    def add(p: Person, start: int, end: int) -> bool:
        if overlaps(start, end):
            return False
        taken.append((start, end))
        p.span = doc.span_at(start)
        people.append(p)
        return True

    for m in _rank_pattern(gaz).finditer(text):
        name = clean_name(m.group("name"))
        if not name or any(w in gaz.force_alias for w in (name,)):
            continue
        before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, m.start() - 30):m.start()])
        job_title = not m.group("prefix") and before is not None and before.group(1) in JOB_QUALIFIERS
        rank = None if job_title else full_rank(gaz, m.group("rank"), m.group("prefix"))
        if rank in PCC_LIKE_RANKS and not commissioner_force:
            # "Deputy Commissioner Rhodri Elis" where no force is headed by a commissioner: the deputy PCC
            p = Person(name, role="pcc", force=pcc_area_force(text, m.start(), m.start("name"), gaz))
            add(p, m.start(), m.end("name"))
            continue
        p = Person(name, role="officer", rank=rank)
        if add(p, m.start(), m.end("name")):
            tie(p, m.start(), m.end("name"))
    for fm in forces:
        m = _JOB_AFTER_FORCE.match(text, fm.end)
        if not m:
            continue
        name = clean_name(m.group("name"))
        if name and name not in gaz.force_alias:
            p = Person(name, role="officer", force=fm.name)
            if add(p, m.start("name"), m.end("name")):
                tie(p, m.start("name"), m.end("name"))
    # each pattern below needs one of a few words: most releases skip it unread
    staff = _STAFF.finditer(text) if "nvestigat" in text or "nalyst" in text else ()
    for m in staff:
        name = clean_name(m.group("name"))
        if name and name not in gaz.force_alias:
            p = Person(name, role="officer")
            if add(p, m.start(), m.end("name")):
                tie(p, m.start(), m.end("name"))
    pcc_words = "Commissioner" in text or "PCC" in text or "Mayor" in text
    for m in _PCC.finditer(text) if pcc_words else ():
        name = clean_name(m.group("name"))
        if not name:
            continue
        # "Metropolitan Police Commissioner Sir Mark Rowley" is the head of a force, not a PCC
        if re.search(r"\bPolice\s+$", text[max(0, m.start() - 8):m.start()]) and m.group("title") == "Commissioner":
            continue
        add(Person(name, role="pcc", force=pcc_area_force(text, m.start(), m.start("name"), gaz)), m.start(), m.end("name"))
    for m in _PCC_APPOSED.finditer(text) if pcc_words else ():
        name = clean_name(m.group("name"))
        if name and name not in gaz.force_alias and not _HEAD_OF_FORCE.search(m.group("desc")):
            add(Person(name, role="pcc", force=pcc_area_force(text, m.start("desc"), m.end("desc"), gaz)),
                m.start("name"), m.end("name"))
    for m in _OTHER.finditer(text):
        name = clean_name(m.group("name"))
        if name:
            add(Person(name, role="other"), m.start(), m.end("name"))
    judges = _JUDGE_SURNAME.finditer(text) if any(w in text for w in ("Judge", "Recorder", "Justice", "Sheriff",
                                                                        "Lord", "Lady")) else ()
    for m in judges:
        name = m.group("name")
        if name not in NOT_NAME and name not in OFFICES:
            add(Person(name, role="other"), m.start(), m.end("name"))
    for m in _AGED_NAME.finditer(text) if "-year-old" in text else ():
        name = clean_name(m.group("name"))
        if name and name not in gaz.force_alias:
            add(Person(name, role="other"), m.start("name"), m.end("name"))
    for m in _DEFENDANT.finditer(text):
        name = clean_name(m.group("name"))
        if name and name not in gaz.force_alias:
            add(Person(name, role="other"), m.start("name"), m.end("name"))
    for m in _APPOSITIVE_SAID.finditer(text):
        name = clean_name(m.group("name"))
        if not name or name in gaz.force_alias or overlaps(m.start("name"), m.end("name")):
            continue
        desc_start, desc_end = m.start("desc"), m.end("desc")
        if _PCC_DESC.match(m.group("desc")) and not _HEAD_OF_FORCE.search(m.group("desc")):
            add(Person(name, role="pcc", force=pcc_area_force(text, desc_start, desc_end, gaz)),
                m.start("name"), m.end("name"))
            continue
        police = any(desc_start <= fm.start < desc_end for fm in forces) or _POLICE_WORDS.search(m.group("desc"))
        p = Person(name, role="officer" if police else "other")
        if add(p, m.start("name"), m.end("name")) and police:
            tie(p, m.start("name"), m.end("name"))
    return people


def _published_by_commissioner_force(doc: Document, gaz: Gazetteer) -> bool:
    url = doc.release.url
    if not url:
        return False
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0]
    return gaz.force_for_domain(host) in COMMISSIONER_FORCES
