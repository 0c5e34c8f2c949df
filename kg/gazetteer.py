"""Gazetteers the extractor looks names up in: forces and agencies, places, ranks.

The data ships in `kg/data/` as JSON the project maintains (see `kg/data/README.md`).
`load_gazetteer()` reads it once per process.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass
class Gazetteer:
    forces: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    ranks: dict[str, str] = field(default_factory=dict)


def _load_json(name: str):
    path = resources.files("kg.data").joinpath(name)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer(
        forces=_load_json("forces.json") or [],
        places=_load_json("places.json") or [],
        ranks=_load_json("ranks.json") or {},
    )
