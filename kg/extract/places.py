"""Find the places a release names: towns, cities, districts, counties, regions and premises.

The UK gazetteer (`kg/data/places.json`, made by `tools/make_places.py`) is indexed once per
process into a dict of normalised names. A scan over capitalised word runs takes the longest
name that matches at each word. A match is then checked against its context:

* names inside an organisation's name do not count (`Derbyshire Constabulary`, `Fenland
  District Council`, `the Wisbech neighbourhood policing team`, `Police and Crime
  Commissioner for Cambridgeshire and Peterborough`), nor streets (`Derby Road`), nor URLs;
* a name that is also a common word or a month (`March`, `Reading`, `Deal`, `Street`) needs
  a place-like context: a preposition before it, a list of places around it, or a county
  after it; `March 2021`, `16 March` and `last March` are dates;
* a part of a city (`Chalvey`, `Parson Cross`, Ely in Cardiff) needs the release to name its
  city or district too, or to follow it with that name;
* a name straight after another capitalised word is part of a person's name (`Tom Preston`),
  except in a title-cased headline.

Same-name places (Newport in Gwent, Newport on the Isle of Wight) are told apart by the
other places the release names: the candidate sharing the most district, county and force
with them wins. Named premises come from `<Name> Police Station` and `<Name> Crown /
Magistrates' / Youth / County / Sheriff / High Court`, `<Name> Harbour` and `High Court in
<City>`, title-cased. `north Derbyshire` becomes `North Derbyshire` (the seeds' convention);
`east London` gives London, and `East London` as an optional place. Broad regions (`the North
East`, `Thames Valley`) are optional places.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from kg.document import Document
from kg.errors import KgError
from kg.facts import Place, Span
from kg.gazetteer import Gazetteer

MAX_WORDS = 6

# capitalised words that may stand before a place in running text
LEAD_WORDS = {
    "in", "at", "to", "from", "the", "a", "an", "and", "of", "on", "near", "around", "across", "between",
    "throughout", "towards", "outside", "inside", "into", "within", "by", "both", "for", "with", "via",
    "officers", "police", "but", "while", "as", "after", "before", "during", "over", "under", "when",
    "north", "south", "east", "west", "central", "greater", "royal", "mid", "upper", "lower", "old", "new",
}
# prepositions that make the next capitalised name a place
PLACE_PREPS = {
    "in", "at", "to", "from", "near", "around", "across", "between", "throughout", "towards", "outside",
    "into", "within", "of", "via", "and", "or", "the", "covering", "visited", "targeting",
}
# capitalised words that may follow a place name without making it something else
FOLLOW_OK = {"City", "Centre", "Town", "Area", "Areas", "District", "Districts", "North", "South", "East", "West"}
# words after a place that make it part of an organisation's name
ORG_HEADS = {
    "police", "constabulary", "council", "commissioner", "pcc", "team", "unit", "squad", "taskforce",
    "partnership", "trust", "university", "college", "school", "academy", "hospital", "infirmary",
    "prison", "fc", "united", "county", "rovers", "athletic", "city", "wanderers", "albion", "housing",
    "association", "foundation", "fire", "services", "service", "crimestoppers", "division", "cid",
    "neighbourhood", "rocu", "airport", "station", "magistrates", "crown", "youth", "court", "courts",
    "chronicle", "echo", "telegraph", "gazette", "post", "mail", "news", "evening", "live", "herald",
    "bid", "ccg", "nhs", "borough", "district", "mosque", "church", "cathedral", "street", "road", "lane",
    "avenue", "way", "close", "drive", "crescent", "terrace", "grove", "gardens", "square", "row", "walk",
    "parade", "hill", "park", "place", "rise", "mews", "estate", "industrial", "retail", "shopping",
    "railway", "bus", "interchange", "high", "market",
}
# of these, the ones that are harmless after a place when written in lower case ("in Derby city centre")
LOWER_OK_AFTER = {"city", "county", "borough", "district", "town", "area", "market", "high", "park", "hill", "estate",
                  "services"}
# descriptor words that may stand between a place and a lower-case org head ("Wisbech neighbourhood policing team")
ORG_FILLERS = {
    "neighbourhood", "neighborhood", "policing", "safer", "community", "local", "proactive", "crime", "drugs",
    "county", "lines", "response", "city", "borough", "district", "town", "organised", "serious", "division",
    "divisional", "area", "and", "criminal", "investigation", "department", "gang", "tactical", "operational",
    "support", "disruption", "enforcement", "task", "priority", "violence", "reduction", "robbery", "burglary",
}
STREET_HEADS = {
    "street", "road", "lane", "avenue", "way", "close", "drive", "crescent", "terrace", "grove", "gardens",
    "square", "row", "walk", "parade", "place", "mews", "rd", "st", "ave", "boulevard", "bypass", "retail",
    "industrial", "shopping", "precinct", "interchange", "roundabout",
}
MONTH_AFTER = re.compile(r"^\s*(?:\d|19\d\d|20\d\d|last\b|this\b|next\b)")
MONTH_BEFORE = {"last", "this", "next", "early", "late", "mid", "since", "until", "till", "by", "on", "during",
                "throughout", "end", "start", "beginning", "of", "in", "from", "to", "between", "and", "before", "after"}
# single-word names that are also common English words, first names or surnames:
# they need a place-like context
COMMON_WORDS = {
    "march", "reading", "bath", "wells", "deal", "sale", "street", "ware", "hope", "bury", "mold", "rhos", "park",
    "lake", "village", "ford", "cove", "church", "shaw", "lea", "bank", "marsh", "law", "forth", "inch", "eden",
    "knock", "maryland", "california", "macedonia", "halfway", "plains", "bow", "angel", "borough", "oval",
    "strand", "hale", "ham", "eye", "wick", "wing", "box", "pool", "river", "stone", "penn", "read", "barrow",
    "wales", "heath", "castle", "abbey", "manor", "court", "college", "central", "markets", "victoria",
    "waterloo", "trinity", "university", "bridge", "temple", "thorn", "teams", "crown", "marine", "lawn", "pan",
    "grange", "highfield", "riverside", "lakeside", "westfield", "eastfield", "northfield", "fairfield",
    "springfield", "whitehouse", "woodside", "woodlands", "parkside", "hightown", "newtown", "belmont", "moss",
    "fleet", "flint", "wood", "green", "battle", "page", "moor", "quarry", "meadows", "dale", "dales",
    "hillside", "valley", "canton", "ash", "cam", "ore", "rose", "clare", "crook", "diss", "hythe", "usk",
    "nelson", "wellington", "victoria", "colin", "divis", "harris", "lewis", "barry", "stanley", "douglas",
    "murray", "hamilton", "milton", "newton", "preston", "howard", "bradley", "clayton", "morton", "hilton",
    "holt", "kingston", "sutton", "walton", "upton", "norton", "weston", "aston", "compton", "dalton",
    "lincoln", "chester", "kendal", "buxton", "stafford", "warwick", "ashley", "grant", "hunter", "mason",
    "carter", "bentley", "brandon", "crawford", "selby", "boston", "hull", "leigh", "hyde", "rye",
    "sandwich", "lancaster", "blackburn", "burnley", "derby", "dudley", "kent", "ely", "carrick", "copeland",
    "craven", "kennet", "paris", "chiltern", "county",
}
# of those, names that are mostly places: a preposition before them is context enough
PLACE_FIRST = {
    "reading", "bath", "wells", "bury", "mold", "preston", "lincoln", "chester", "kendal", "buxton", "stafford",
    "warwick", "selby", "boston", "hull", "leigh", "hyde", "rye", "lancaster", "blackburn", "burnley", "derby",
    "dudley", "kent", "sandwich", "barrow", "hythe", "diss", "usk", "ely", "sale", "deal", "ware", "hope",
    "street", "kingston", "sutton", "walton", "newtown", "wellington", "nelson", "clare", "crook", "milton",
    "newton", "hamilton", "brandon", "dalton", "upton", "norton", "weston", "aston", "compton", "holt",
}
# a first name before a place's name makes the place a surname ("Callum Ashby"), not acronyms ("HMP Durham")
_FIRST_NAME = re.compile(r"[A-Z][a-z]+")
# words before a surname that still make it a place ("in Ashby")
SURNAME_PLACE_LEADS = {"in", "at", "from", "to", "into", "near", "around", "outside", "towards", "via", "across",
                       "throughout", "within", "between"}
# cities whose quarters ("south London") are broad areas: optional places that do not name the city
REGION_SIZED_CITIES = {"London"}
# words before a region named like its force ("across Thames Valley") that make it a place
REGION_LEADS = {"in", "across", "throughout", "around", "within", "into", "over", "covering"}
# place words written in lower case before a county: "north Derbyshire"
DIRECTIONS = {"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "mid",
              "central", "northern", "southern", "eastern", "western"}
KIND_RANK = {"city": 5, "town": 4, "county": 3, "district": 3, "village": 2, "region": 1, "area": 0}
COURT_KINDS = ("Crown Court", "Magistrates' Court", "Youth Court", "County Court", "Family Court", "Coroner's Court",
               "Sheriff Court", "High Court", "Justice of the Peace Court", "Justice Centre")
FIXED_PREMISES = {"old bailey": "Old Bailey", "central criminal court": "Central Criminal Court",
                  "royal courts of justice": "Royal Courts of Justice"}
PREMISE_STOP = {"at", "in", "to", "from", "the", "a", "an", "on", "before", "after", "outside", "inside", "near",
                "by", "and", "of", "he", "she", "they", "was", "were", "when", "appeared", "taken", "held",
                "attended", "custody", "local", "his", "her", "their", "its", "our", "new", "busy", "main"}

_TOKEN = re.compile(r"[A-Za-z\u00c0-\u017f0-9][A-Za-z\u00c0-\u017f0-9'\u2019.]*")
# a token (as `_TOKEN` reads them) that may open with a capital: a superset, to skip sentences
_CAP_TOKEN = re.compile(r"(?<![A-Za-z\u00c0-\u017f0-9'\u2019.])[A-Z\u00c0-\u017f][A-Za-z\u00c0-\u017f0-9'\u2019.]*")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+", re.I)
_PREMISE_KINDS = [r"police\s+station", r"crown\s+court", r"magistrates['\u2019]?\s+court", r"youth\s+court",
                  r"county\s+court", r"family\s+court", r"coroner['\u2019]?s\s+court", r"sheriff\s+court",
                  r"high\s+court", r"justice\s+of\s+the\s+peace\s+court", r"justice\s+centre", "harbour"]
_PREMISE = re.compile(r"\b(" + "|".join(_PREMISE_KINDS) + r")\b", re.I)
_PREMISE_NAME = re.compile(r"((?:(?:[A-Z][A-Za-z'\u2019.-]*|and)\s+){1,4})$")
_PORT = re.compile(r"\bPort\s+of\s+((?!(?:Authority|Police)\b)[A-Z][a-z]+(?:[ -](?:upon[ -])?(?!(?:Authority|Police)\b)[A-Z][a-z]+)?)\b"
                   r"(?!\s+(?:Authority|Police)\b)")
_COURT_IN = re.compile(r"\bHigh\s+Court(?:\s+of\s+Justiciary)?\s+(?:in|at)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# a line of links to other stories ("*Related: Three arrested in Cwmbran drugs warrant | ...*"): boilerplate
_LINK_WORDS = ("related", "read more", "see also", "more news", "you may also like")
_RELATED_HEAD = (r"^[\W_]*(?:related(?:\s+(?:news|stories|articles|content))?|read\s+more|see\s+also"
                 r"|more\s+news|you\s+may\s+also\s+like)")
_RELATED_LINE = re.compile(_RELATED_HEAD + r"\s*:.*$", re.I | re.M)
# a heading line for links to other stories, then the links as a bulleted list: boilerplate
_RELATED_BLOCK = re.compile(_RELATED_HEAD + r"[\W_]*\n(?:[ \t]*[-*\u2022].*(?:\n|$))+", re.I | re.M)
# "the Derrybeg area of the city": a named part of a town, named even where the gazetteer lacks it
_AREA_OF = re.compile(r"\bthe\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+area\s+of\s+(?:the\s+(?:city|town|village)\b|[A-Z])")
# "with Kent and other forces": a county named as its force
_AS_FORCE_AFTER = re.compile(r"\s+and\s+(?:other|neighbouring|partner|surrounding|regional)\s+(?:police\s+)?forces\b")
_FIXED = re.compile(r"\b(old bailey|central criminal court|royal courts of justice)\b", re.I)


def capital_alternation(alternatives: list[str], before: str = r"\w") -> str:
    """`(?<!BEFORE)(?:A|B|...)` for alternatives that each open on a literal capital letter, written
    so that the pattern opens on that letter, which the regex engine skips ahead to: grouped by
    first letter (in their order), each checked for no `before` character ahead of it."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{c}(?<!{before}{c})(?:{'|'.join(rests)})" for c, rests in groups.items()) + ")"


_ORG_FORWARD = re.compile(
    capital_alternation([rf"{w}\s+(?:for|of|in)" for w in
                          ("Commissioner", "PCC", "Constable", "Council", "Constabulary", "Police")]
                         + [r"Crime\s+for", r"Mayor\s+of"])
    + r"\s+((?:(?:[A-Z][\w'\u2019-]*|and|&|,)\s*)+)")
_ORG_BACK_HEAD = re.compile("(" + capital_alternation([
    r"Police(?:\s+and\s+Crime\s+Commissioner)?", "Constabulary", "Council", "Commissioner", r"Crime\s+Commissioner",
    "Team", "Unit", "Squad", "Taskforce", r"Task\s+Force", "Partnership", "Trust", "University", "College", "School",
    "Academy", "Hospital", "Infirmary", "Prison", r"Fire\s+and\s+Rescue(?:\s+Service)?", "Housing", "Association",
    "Foundation", r"Football\s+Club", "FC", r"Regional\s+Organised\s+Crime\s+Unit", "ROCU", "CID", "Division",
    "Chronicle", "Echo", "Gazette", "Telegraph", "Herald"]) + r")\b")


# the same on lower-cased text, opening on its first letter (several times faster than the case-blind scan)
_PREMISE_LOWER = re.compile("(" + capital_alternation(_PREMISE_KINDS) + r")\b")
_WORD_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*|and|&|of)(['\u2019]s)?(,)?\s+$")
_CAP_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*,?\s+$")
_JOINERS = frozenset({" ", "-"})
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    key: str
    district: str | None
    county: str | None
    force_area: str | None


@dataclass
class Index:
    names: dict[str, list[Entry]]
    first_words: frozenset[str]  # first words of all names, to skip most capitalised words at once
    prefixes: frozenset[str]  # every leading run of words of every name, to stop growing a match early
    longest: int
    forces: frozenset[str]


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    t = text.lower().replace("\u2019", "'").replace("-", " ").replace("&", " and ")
    t = re.sub(r"\bst\.", "st", t)
    t = re.sub(r"\bsaint\b", "st", t)
    return " ".join(t.replace(".", " ").split())


@lru_cache(maxsize=1)
def load_index() -> Index:
    """The gazetteer as a dict of normalised names, read and indexed once per process."""
    path = resources.files("kg.data").joinpath("places.json")
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KgError(f"kg/data/places.json: cannot read the places gazetteer ({exc})") from exc
    names: dict[str, list[Entry]] = {}
    longest = 1
    for i, row in enumerate(rows):
        try:
            e = Entry(row["name"], row["kind"], row["key"], row.get("district"), row.get("county"), row.get("force_area"))
        except (KeyError, TypeError) as exc:
            raise KgError(f"kg/data/places.json: entry {i} lacks {exc}") from exc
        k = norm(e.name)
        names.setdefault(k, []).append(e)
        longest = max(longest, len(k.split()))
        if k.startswith("st "):
            names.setdefault("saint " + k[3:], []).append(e)
    forces = frozenset(e.force_area for es in names.values() for e in es if e.force_area)
    first = frozenset(k.split()[0] for k in names)
    prefixes = frozenset(" ".join(k.split()[:n]) for k in names for n in range(1, len(k.split()) + 1))
    return Index(names, first, prefixes, min(longest, MAX_WORDS), forces)


@dataclass
class _Hit:
    start: int
    end: int
    surface: str
    candidates: list[Entry]
    sentence: int
    lead: str  # the word before the match, lower-cased
    risky: bool


def _title_case(text: str) -> str:
    small = {"and", "of", "upon", "on", "in", "under", "the", "by", "le", "de", "super", "next", "at"}
    out = []
    for i, w in enumerate(text.split()):
        parts = w.split("-")
        parts = [p if (j and p.lower() in small) else (p[:1].upper() + p[1:]) for j, p in enumerate(parts)]
        w2 = "-".join(parts)
        if i and w.lower() in small:
            w2 = w.lower()
        out.append(w2)
    return " ".join(out)


def _is_title_case(sentence: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", sentence)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 5:
        return False
    # a running sentence full of names ("... at Glasgow Central, Glasgow Queen Street and Edinburgh
    # Waverley, as well as at stations in Stirling ...") ends on a full stop; a headline does not
    need = 0.9 if sentence.rstrip().endswith(".") else 0.75
    return sum(w[0].isupper() for w in long_words) / len(long_words) >= need


# letters that a case-blind regex takes for an ASCII letter but str.lower() does not turn into it
_FOLD_ODD = ("\u0131", "\u017f", "\u0130")  # dotless i, long s, dotted capital I


def may_hold(text: str, *words: str) -> bool:
    """False only when no case-blind regex for any of the lower-case `words` can match in `text`:
    a cheap test that lets a scan of the whole text be skipped."""
    low = text.lower()
    return any(w in low for w in words) or any(c in text for c in _FOLD_ODD)


def _masks(text: str) -> list[tuple[int, int]]:
    """Character ranges that cannot hold a place: URLs, organisation names."""
    spans = []
    if "@" in text or "://" in text or may_hold(text, "www."):
        spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    for m in _ORG_FORWARD.finditer(text):
        if m.group(0).startswith("Police") and _opens_sentence(text, m.start()):
            continue  # "Police in Lisburn have seized ...": the police of a place, not an organisation's name
        spans.append((m.start(1), m.end(1)))
    if may_hold(text, *_LINK_WORDS):
        spans.extend((m.start(), m.end()) for m in _RELATED_LINE.finditer(text))
        spans.extend((m.start(), m.end()) for m in _RELATED_BLOCK.finditer(text))
    # a district named by a list of places ("Newry, Mourne and Down") names none of them on its own
    spans.extend((m.start(), m.end()) for m in _comma_districts().finditer(text))
    for m in _ORG_BACK_HEAD.finditer(text):
        # walk back over the capitalised run (with 'and', '&', commas) that names the organisation
        pos = m.start()
        start = pos
        while True:
            base = max(0, start - 60)
            before = text[base:start]
            w = _WORD_BEFORE.search(before)
            if not w:
                break
            if w.group(1) in ("and", "&", "of") and not _CAP_BEFORE.search(before[: w.start()]):
                break
            start = base + w.start()
        if start < pos:
            spans.append((start, pos))
    return spans


@lru_cache(maxsize=1)
def _comma_districts() -> re.Pattern[str]:
    """The gazetteer's names that hold a comma ("Armagh City, Banbridge and Craigavon"), as one regex."""
    names = sorted({e.name for es in load_index().names.values() for e in es if "," in e.name}, key=len, reverse=True)
    if not names:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b")


def _opens_sentence(text: str, offset: int) -> bool:
    """Nothing but spaces between `offset` and the text's or a line's start or a sentence's end."""
    lo = max(0, offset - 4)
    before = text[lo:offset].rstrip(" \t")
    return lo + len(before) == 0 or before[-1:] in (".", "!", "?", "\n")


def _in_mask(masks: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in masks)


def _premises(doc: Document) -> list[tuple[int, int, str, str]]:
    text = doc.text
    out = []
    # every premise's kind ends in one of these words: most releases name no premises
    named_premises = _premise_kinds(text) if may_hold(text, "court", "station", "harbour", "centre") else ()
    for m in named_premises:
        base = max(0, m.start() - 80)
        named = _PREMISE_NAME.search(text[base:m.start()])
        if not named:
            continue
        words = named.group(1).split()
        # drop leading function words and anything before a sentence-internal stop word
        kind_text = " ".join(m.group(1).split()).lower()
        court = kind_text.endswith(("court", "centre"))
        keep: list[str] = []
        for j in range(len(words) - 1, -1, -1):
            w = words[j]
            # "Manchester and Salford Magistrates' Court": a court may be named after two places
            if w == "and" and court and keep and "and" not in keep and j and _premise_word(words[j - 1]):
                keep.insert(0, w)
                continue
            if w.lower().strip(".") in PREMISE_STOP or not w[0].isupper():
                break
            if keep and w.endswith(("'s", "\u2019s")) and norm(w[:-2]) in load_index().names:
                break  # "Birmingham's Steelhouse Lane Police Station": the town owns the premises
            keep.insert(0, w)
        if not keep:
            continue
        if kind_text.startswith("police"):
            label, kind = "Police Station", "police_station"
        elif kind_text == "harbour":  # "Belfast Harbour": a port, named premises
            label, kind = "Harbour", "area"
        else:
            label = next(k for k in COURT_KINDS if norm(k).replace("'", "") == norm(kind_text).replace("'", ""))
            kind = "court"
        name_words = " ".join(keep).replace("\u2019", "'")
        start = text.rfind(keep[0], base, m.start())
        out.append((start, m.end(), f"{_title_case(name_words)} {label}", kind))
    if may_hold(text, "old bailey", "central criminal court", "royal courts of justice"):
        for m in _FIXED.finditer(text):
            out.append((m.start(), m.end(), FIXED_PREMISES[m.group(1).lower()], "court"))
    if "High" in text:
        for m in _COURT_IN.finditer(text):  # Scotland's "High Court in Glasgow"
            out.append((m.start(), m.end(), f"High Court in {m.group(1)}", "court"))
    if "Port" in text:
        for m in _PORT.finditer(text):  # "the Port of Tyne": named premises; its town is still read on its own
            out.append((m.start(), m.end(), f"Port of {m.group(1)}", "port"))
    return out


def _premise_kinds(text: str):
    """`_PREMISE.finditer(text)`, run on the lower-cased text where that finds the same matches: when
    lower-casing keeps every offset and the text has none of the letters a case-blind regex folds
    differently."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _FOLD_ODD):
        return _PREMISE.finditer(text)
    return _PREMISE_LOWER.finditer(low)


def _premise_word(word: str) -> bool:
    """A capitalised word that may open a premise's name (not a stop word nor another premise's kind)."""
    return (word[0].isupper() and word.lower().strip(".") not in PREMISE_STOP
            and norm(word).strip("'") not in {"court", "courts", "station", "harbour", "magistrates"})


# an officer's patch before a district's name: "area commander for Lisburn and Castlereagh" names the
# district (a broad area), not its two towns
_AREA_TITLE = re.compile(r"\b(?:commander|inspector|superintendent|lead|officer)\s+(?:for|of)\s+$", re.I)


def _two_towns(key: str, cands: list[Entry], index: Index) -> bool:
    """'Nuneaton and Bedworth': a district named after two towns reads as the two towns."""
    halves = key.split(" and ")
    return (len(halves) == 2 and all(c.kind == "district" for c in cands)
            and all(any(e.kind in ("town", "city") for e in index.names.get(h, ())) for h in halves))


@lru_cache(maxsize=1)
def _hyphenated_force_areas() -> frozenset[str]:
    """Force areas named by two places joined by a hyphen ("Dyfed-Powys"), from the gazetteer's forces."""
    return frozenset(f.rsplit(" ", 1)[0] for f in load_index().forces if "-" in f.rsplit(" ", 1)[0])


def _scan(doc: Document, index: Index, masks: list[tuple[int, int]],
          surnames: set[str] | None = None) -> list[_Hit]:
    """The gazetteer names in the text, checked against their context; a single-word name read as
    the surname after a first name ("Callum Ashby") is added to `surnames`."""
    hits: list[_Hit] = []
    text = doc.text
    first_words = index.first_words
    for si, sent in enumerate(doc.sentences):
        # most sentences hold no capitalised word that starts a place name: skip them unread
        if not any(norm(w.rstrip(".")).split(" ", 1)[0] in first_words for w in _CAP_TOKEN.findall(sent.text)):
            continue
        title = None  # is the sentence a title-cased headline? read only when a match needs to know
        # the tokens as three lists (start, end, word without a closing full stop), cut by one split
        parts = _TOKEN_SPLIT.split(sent.text)  # gap, token, gap, token, ..., gap
        offsets = list(accumulate(map(len, parts), initial=sent.start))
        starts, ends = offsets[1::2], offsets[2::2]
        words = [w.rstrip(".") for w in parts[1::2]]
        count = len(words)
        i = 0  # the words before this one are read (or part of a name found)
        # only a capitalised word that starts some name can open one: the others are passed over
        opening = [j for j, w in enumerate(words) if w[0].isupper() and norm(w).split(" ", 1)[0] in first_words]
        for j in opening:
            if j < i:
                continue
            i = j
            a, word = starts[i], words[i]
            key = norm(word)
            # grow the match word by word while it is the start of some name; keep the longest name
            found = None
            for n in range(1, min(index.longest, count - i) + 1):
                if n > 1:
                    # the words must be joined by single spaces or hyphens only
                    if text[ends[i + n - 2]:starts[i + n - 1]] not in _JOINERS:
                        break
                    key = key + " " + norm(words[i + n - 1])
                if key not in index.prefixes:
                    break
                if words[i + n - 1][0].isupper():
                    cands = index.names.get(key)
                    if cands and not (" and " in key and _two_towns(key, cands, index)
                                      and not _AREA_TITLE.search(text, max(0, a - 40), a)):
                        found = (n, cands)
            if not found:
                i += 1
                continue
            n, cands = found
            b = ends[i + n - 1]
            surface = text[a:b].rstrip(".")
            b = a + len(surface)
            prev = words[i - 1] if i else ""
            prev_gap = text[ends[i - 1]:a] if i else ""
            nxt = words[i + n] if i + n < count else ""
            nxt_gap = text[b:starts[i + n]] if i + n < count else ""
            i += n
            if _in_mask(masks, a, b):
                continue
            # "into Dyfed-Powys": a force's area named by two places is neither place
            if (nxt_gap == "-" and f"{surface}-{nxt}" in _hyphenated_force_areas()
                    or prev_gap == "-" and f"{prev}-{surface}" in _hyphenated_force_areas()):
                continue
            joined_prev = prev and prev_gap.strip() == ""
            # "Birmingham New Street": a town named like a street's head word ends a street's name
            if joined_prev and prev[0].isupper() and n == 1 and norm(surface) in STREET_HEADS:
                continue
            if _AS_FORCE_AFTER.match(text, b):
                continue
            joined_next = nxt and nxt_gap.strip() in ("", "'s", "\u2019s")
            # part of a person's or organisation's name: capitalised word straight before
            if joined_prev and prev[0].isupper() and prev.lower() not in LEAD_WORDS:
                if title is None:
                    title = _is_title_case(sent.text) or sent.in_headline
                if not title:
                    if surnames is not None and n == 1 and _FIRST_NAME.fullmatch(prev):
                        surnames.add(norm(surface))
                    continue
            county_lines = re.match(r"\s+county\s+lines?\b", text[b:b + 20], re.I) is not None
            if joined_next and not county_lines:
                nl = nxt.lower()
                if nl in STREET_HEADS:
                    continue
                if nl in ORG_HEADS and not (nxt[0].islower() and nl in LOWER_OK_AFTER):
                    continue
                if nxt[0].isupper() and nxt not in FOLLOW_OK:
                    if title is None:
                        title = _is_title_case(sent.text) or sent.in_headline
                    if not title:
                        continue
            if _org_after(text, b):
                continue
            key = norm(surface)
            risky = " " not in key and key in COMMON_WORDS
            if key == "march" and (MONTH_AFTER.match(text[b:]) or re.search(r"\d\s*$", text[:a])
                                   or (prev.lower() in {"last", "this", "next", "early", "late", "mid", "since",
                                                        "until", "till", "by", "on", "during", "end", "start"})):
                continue
            if risky and i == n and nxt[:1].islower():
                if title is None:
                    title = _is_title_case(sent.text) or sent.in_headline
                if not title:
                    continue  # "Reading the report", "Deal with it": a sentence opening on a common word
            hits.append(_Hit(a, b, surface, cands, si, prev.lower() if joined_prev else "", risky))
    return hits


def _org_after(text: str, b: int) -> bool:
    """`Wisbech neighbourhood policing team`: a place then descriptors then a lower-case org head."""
    m = re.match(r"(?:['\u2019]s)?((?:\s+[a-z][a-z-]*){1,4})\b", text[b:b + 80])
    if not m:
        return False
    words = m.group(1).split()
    for j, w in enumerate(words):
        if w in {"team", "unit", "squad", "taskforce", "police", "constabulary", "council", "partnership", "cid"}:
            return j == 0 and w in {"police", "constabulary", "council", "cid"} or all(x in ORG_FILLERS for x in words[:j])
        if w not in ORG_FILLERS:
            return False
    return False


def _choose(hit: _Hit, anchors: list[Entry], forces: set[str]) -> tuple[Entry, int]:
    """The candidate that best fits the release's other places and forces, with its context score."""
    best, best_score = None, -1
    for c in hit.candidates:
        score = 0
        for other in anchors:
            if other.key == c.key:
                continue
            if c.district and other.district == c.district or (other.kind == "district" and other.name == c.district):
                score += 4
            elif c.county and other.county == c.county:
                score += 2
            elif c.force_area and other.force_area == c.force_area:
                score += 1
            if c.district and other.name == c.district:
                score += 4
        if c.force_area and c.force_area in forces:
            score += 3
        rank = score * 10 + KIND_RANK.get(c.kind, 0)
        if rank > best_score:
            best, best_score = c, rank
    return best, best_score // 10


def _followed_by(text: str, b: int, entry: Entry) -> bool:
    m = re.match(r",?\s+([A-Z][\w'\u2019 -]{2,40})", text[b:b + 60])
    if not m:
        return False
    tail = norm(m.group(1))
    return any(tail.startswith(norm(x)) for x in (entry.district, entry.county) if x)


def _in_place_list(hit: _Hit, hits: list[_Hit], text: str) -> bool:
    """In a list of places: "Wisbech and March", "Bristol, Bath and Taunton"."""
    for other in hits:
        if other is hit or other.risky:
            continue
        gap = text[min(other.end, hit.end):max(other.start, hit.start)]
        if other.sentence == hit.sentence and re.fullmatch(r"\s*(?:,|and|&|or|,\s*and)\s*", gap):
            return True
    return False


def _context_ok(hit: _Hit, entry: Entry, score: int, hits: list[_Hit], text: str) -> bool:
    if entry.kind == "area" and score < 4 and not _followed_by(text, hit.end, entry):
        # "in the Pillgwenlly area of the city" in a release that names Newport: the text names
        # the area's district (a name of several places, so no anchor)
        district = norm(entry.district) if entry.district else None
        if not district or not any(norm(h.surface) == district for h in hits if h is not hit):
            return False
    # "Sharing intelligence with Thames Valley": a region that is also a force's short name is the
    # force unless the words before it place something in it
    if entry.kind == "region" and entry.force_area == f"{entry.name} Police" and hit.lead not in REGION_LEADS:
        return False
    if not hit.risky:
        return True
    if _followed_by(text, hit.end, entry):
        return True
    if _in_place_list(hit, hits, text):
        return True
    key = norm(hit.surface)
    if hit.lead in PLACE_PREPS and hit.lead not in {"and", "or", "the"}:
        if key in PLACE_FIRST or score >= 2:
            return True
    if key in PLACE_FIRST and key != "march" and score >= 2:
        return True
    return False


def _forces_named(doc: Document, index: Index) -> set[str]:
    """Force areas whose force the text names (`Gwent Police`): a hint for same-name places."""
    return {f for f in index.forces if f in doc.text}


def _directional(doc: Document, index: Index, masks: list[tuple[int, int]]) -> list[tuple[int, int, str, Entry]]:
    """`north Derbyshire` -> North Derbyshire, `east London` -> London (lower-case direction before a county or city)."""
    out = []
    for m in re.finditer(r"\b(north|south|east|west|(?:north|south)[- ](?:east|west)|mid|central)\s+"
                         r"([A-Z][a-z]+(?:shire)?)\b", doc.text):
        cands = index.names.get(norm(m.group(2))) or []
        base = next((c for c in cands if c.kind in ("county", "city") or c.name == "London"), None)
        if base is None or _in_mask(masks, m.start(), m.end()):
            continue
        if re.match(r"\s+(?:Police|Constabulary|Council)", doc.text[m.end():]):
            continue
        out.append((m.start(), m.end(), _title_case(m.group(1)) + " " + m.group(2), base))
    return out


def find_places(doc: Document, gaz: Gazetteer | None = None) -> list[Place]:
    index = load_index()
    text = doc.text
    masks = _masks(text)
    places: list[Place] = []
    seen: set[str] = set()

    def span_of(offset: int) -> Span | None:
        s = doc.sentence_at(offset)
        return s.span if s else None

    def add(place: Place) -> None:
        k = norm(place.name)
        if k in seen:
            return
        seen.add(k)
        places.append(place)

    premise_ranges = []
    for a, b, name, kind in sorted(_premises(doc)):
        if _in_mask(masks, a, b):
            continue
        if kind != "port":
            premise_ranges.append((a, b))
        town_name = norm(name[len("Port of "):] if kind == "port" else name.rsplit(" ", 2)[0])
        # "Manchester and Salford Magistrates' Court" lies in the first place it is named after
        town = index.names.get(town_name) or index.names.get(town_name.split(" and ")[0])
        t = town[0] if town else None
        add(Place(name=name, kind="area" if kind == "port" else kind, key=re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
                  county=t.county if t else None, force_area=t.force_area if t else None, span=span_of(a)))
    masks = masks + premise_ranges

    surnames: set[str] = set()
    hits = _scan(doc, index, masks, surnames)
    anchors = [h.candidates[0] for h in hits if len(h.candidates) == 1 and not h.risky]
    forces = _forces_named(doc, index)
    for a, b, name, base in _directional(doc, index, masks):
        hits = [h for h in hits if not (a <= h.start and h.end <= b)]
        city = base.kind != "county"
        # "north Belfast": the city is the place named, its quarter optional; "south London" is a
        # broad area of a city as big as a region, so London counts only where it stands alone
        if city and base.name not in REGION_SIZED_CITIES:
            add(Place(name=base.name, kind=base.kind, key=base.key, county=base.county,
                      force_area=base.force_area, span=span_of(a)))
        if city:
            continue  # a city's quarter is a broad area (optional at best): the city alone counts
        known = index.names.get(norm(name))
        entry = known[0] if known and not city else base
        add(Place(name=name, kind=entry.kind if known and not city else "area",
                  key=entry.key if known and not city else norm(name).replace(" ", "-"), county=base.county,
                  force_area=base.force_area, optional=city, span=span_of(a)))
    if " area of " in text:
        for m in _AREA_OF.finditer(text):
            name = m.group(1)
            if (norm(name) in index.names or norm(name) in seen or name.split()[0].lower() in DIRECTIONS
                    or norm(name).split()[-1] in STREET_HEADS  # "the Bay Road area": a street's neighbourhood
                    or _in_mask(masks, m.start(1), m.end(1))):
                continue  # a known name is read (and checked) by the scan
            add(Place(name=name, kind="area", key=norm(name).replace(" ", "-"), county=None, force_area=None,
                      span=span_of(m.start(1))))
    for hit in sorted(hits, key=lambda h: h.start):
        # "Callum Ashby, 27, of Lewisham ... Ashby was jailed": the name of a person named in full is
        # that person unless a preposition or a list of places makes it a place ("born in Ashby")
        if surnames and norm(hit.surface) in surnames and hit.lead not in SURNAME_PLACE_LEADS \
                and not _in_place_list(hit, hits, text):
            continue
        entry, score = _choose(hit, anchors, forces)
        if entry is None or not _context_ok(hit, entry, score, hits, text):
            continue
        name = entry.name if norm(hit.surface) == norm(entry.name) else _title_case(hit.surface)
        add(Place(name=name, kind=entry.kind, key=entry.key, county=entry.county, force_area=entry.force_area,
                  optional=entry.kind == "region", span=span_of(hit.start)))
    return places
