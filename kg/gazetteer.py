"""Gazetteers the extractor looks names up in: forces and agencies, places, ranks, campaigns.

The data ships in `kg/data/` as JSON the project maintains (see `kg/data/README.md`).
`load_gazetteer()` reads it once per process and builds the lookup tables the finders use:
alias -> official force name, web domain -> force, PCC area -> force, rank -> full rank.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from kg.errors import KgError


@dataclass
class Gazetteer:
    forces: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    ranks: dict[str, str] = field(default_factory=dict)  # "Det Supt" -> "Detective Superintendent"
    rank_prefixes: dict[str, str] = field(default_factory=dict)  # "T/" -> "Temporary"
    campaigns: dict[str, str | None] = field(default_factory=dict)  # lower-case phrase -> operation
    # lookup tables built from `forces`
    force_alias: dict[str, str] = field(default_factory=dict)  # alias as written -> official name
    force_domain: dict[str, str] = field(default_factory=dict)  # "derbyshire.police.uk" -> name
    force_pcc_area: dict[str, str] = field(default_factory=dict)  # lower-case area -> name
    force_kind: dict[str, str] = field(default_factory=dict)  # official name -> kind
    # joint units of several forces ("Organised Crime Partnership", "OCP"): teams, not forces
    unit_alias: dict[str, str] = field(default_factory=dict)  # alias as written -> unit name
    # what finders build from these tables (compiled patterns), built once per gazetteer: `derived`
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def derived(self, make):
        """What `make(self)` builds from this gazetteer (a compiled pattern, say), built on first use."""
        try:
            return self._derived[make]
        except KeyError:
            value = self._derived[make] = make(self)
            return value

    def __post_init__(self) -> None:
        for force in self.forces:
            name = force["name"]
            if force.get("kind") == "joint_unit":
                for alias in [name, *force.get("aliases", [])]:
                    self.unit_alias.setdefault(alias, name)
                continue
            self.force_kind[name] = force.get("kind", "territorial")
            for alias in [name, *force.get("aliases", [])]:
                self.force_alias.setdefault(alias, name)
                # "Derbyshire police" as often as "Derbyshire Police"
                for word in ("Police", "Constabulary"):
                    if alias.endswith(" " + word):
                        self.force_alias.setdefault(alias[: -len(word)] + word.lower(), name)
            for domain in force.get("domains", []):
                self.force_domain[domain.lower()] = name
            for area in force.get("pcc_areas", []):
                self.force_pcc_area[area.lower()] = name

    def force_for_domain(self, host: str) -> str | None:
        """'www.derbyshire.police.uk' -> 'Derbyshire Constabulary' (longest matching suffix)."""
        host = host.lower().split(":")[0]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            hit = self.force_domain.get(".".join(parts[i:]))
            if hit:
                return hit
        return None


def phrase_pattern(phrases, lookbehind: str = "") -> str:
    """A regex that matches any of `phrases` (spaces match any run of white space), as a trie.

    It matches what `(?<!LOOKBEHIND)(?:longest|...|shortest)` would, the longest phrase first and
    shorter ones on backtracking, but reads each character once instead of once per phrase, and
    it opens on a literal character, so the regex engine skips ahead to the phrases' first
    letters. `lookbehind` is a character class (as "[\\w-]") that may not stand before a phrase.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def alternatives(node: dict, first: bool) -> str:
        parts = []
        for ch in sorted(c for c in node if c):
            head = r"\s+" if ch == " " else re.escape(ch)
            if first and lookbehind:  # the character before this first one is not in the class
                head += f"(?<!{lookbehind}{re.escape(ch)})"
            parts.append(head + alternatives(node[ch], False))
        if "" in node:
            parts.append("")  # ending here is the last choice: longer phrases are tried first
        if len(parts) == 1:  # one way on: a plain sequence
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    if not trie:
        return "(?!)"
    return alternatives(trie, True)


def _load_json(name: str):
    path = resources.files("kg.data").joinpath(name)
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise KgError(f"gazetteer file is not valid JSON: {exc}", path=str(path),
                      hint="fix the JSON in kg/data") from exc


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    ranks = _load_json("ranks.json") or {}
    campaigns = _load_json("campaigns.json") or {}
    return Gazetteer(
        forces=_load_json("forces.json") or [],
        places=_load_json("places.json") or [],
        ranks=ranks.get("ranks", {}),
        rank_prefixes=ranks.get("prefixes", {}),
        campaigns=campaigns.get("campaigns", {}),
    )
