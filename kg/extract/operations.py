"""Find named operations, projects, programmes and campaigns.

"Operation Raptor", "Op Raptor" and "#OpRaptor" are all `Operation Raptor`; "Project Medusa"
keeps its word. National campaigns listed in the gazetteer count even in lower case ("the
national county lines intensification week"), and a capitalised name ending in Week,
Campaign or Programme ("Knife Crime Awareness Week") is a campaign.
"""
from __future__ import annotations

import re

from kg.document import Document
from kg.facts import Operation
from kg.extract.places import may_hold
from kg.gazetteer import Gazetteer

_WORD = r"[A-Z][A-Za-z'\u2019-]+"
_OP = re.compile(rf"(?<![\w-])(?P<kind>Operation|Op\.?|OP|Project)\s+(?P<w1>{_WORD})(?:\s+(?P<w2>{_WORD}))?")
_HASHTAG = re.compile(r"#Op(?P<w1>[A-Z][a-z]+)\b")
_CAMPAIGN = re.compile(rf"(?<![\w-])(?P<words>(?:{_WORD}\s+){{1,5}}(?:Week(?:\s+of\s+Action)?|Campaign|Programme))\b")
# capitalised words that follow a name without being part of it
NOT_NAME = frozenset("""
The A An In On At Of For From To And But With Was Is Has Had Ran Runs Will Saw Led Officers Police Team Unit
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Manager Board Team Officer Lead Leader Coordinator Co-ordinator
""".split())
CAMPAIGN_STOP = frozenset("The This That Last Next Each Every During Our A An Its Their One".split())

def _build_campaign_pattern(gaz: Gazetteer) -> re.Pattern | None:
    phrases = sorted(gaz.campaigns, key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b", re.I)


def _campaign_pattern(gaz: Gazetteer) -> re.Pattern | None:
    return gaz.derived(_build_campaign_pattern)


def find_operations(doc: Document, gaz: Gazetteer) -> list[Operation]:
    text = doc.text
    found: dict[str, Operation] = {}
    taken: list[tuple[int, int]] = []

    def add(name: str, start: int, end: int) -> None:
        taken.append((start, end))
        key = name.lower()
        if key not in found:
            found[key] = Operation(name, span=doc.span_at(start))

    pat = _campaign_pattern(gaz)
    if pat is not None and may_hold(text, *{p.split()[0] for p in gaz.campaigns}):
        for m in pat.finditer(text):
            canonical = gaz.campaigns.get(re.sub(r"\s+", " ", m.group(0).lower()))
            if canonical:
                add(canonical, m.start(), m.end())
    for m in _OP.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        w1 = re.sub(r"['\u2019]s$", "", m.group("w1"))  # "Operation Tarrow's first year"
        words = [w1]
        if w1 in NOT_NAME:
            continue
        if w1 == m.group("w1") and m.group("w2") and m.group("w2") not in NOT_NAME and m.group("w2") not in gaz.force_alias:
            words.append(m.group("w2"))
        kind = "Project" if m.group("kind") == "Project" else "Operation"
        add(f"{kind} {' '.join(words)}", m.start(), m.end())
    for m in _HASHTAG.finditer(text):
        add(f"Operation {m.group('w1')}", m.start(), m.end())
    campaigns = _CAMPAIGN.finditer(text) if "Week" in text or "Campaign" in text or "Programme" in text else ()
    for m in campaigns:
        words = m.group("words").split()
        while words and (words[0] in CAMPAIGN_STOP or words[0] in NOT_NAME):
            words.pop(0)
        if len(words) >= 3 and not any(a <= m.start() < b for a, b in taken):
            add(" ".join(words), m.start(), m.end())
    return list(found.values())
