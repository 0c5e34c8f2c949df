"""A synthetic corpus of press releases, written from templates, with the figures it states.

Each release names a force, a team, an officer with a rank, two or three places, maybe an
operation, and a handful of outcomes (arrests, charges, warrants, cash and drug seizures,
sentences). The names come from the project's gazetteers in `kg/data/*.json` when they are
there, else from a small built-in list, so the generator works before the gazetteers land.

Next to the releases it writes `truth.jsonl`: one record per release in the facts schema of
`spec/facts.md`, so a benchmark can check what was built and not only how fast.

    python benchmarks/synthetic.py OUT_DIR --count 10000 [--seed 7]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

FALLBACK_FORCES = {
    "Derbyshire Constabulary": ["Derby", "Chesterfield", "Ilkeston", "Buxton", "Glossop", "Swadlincote"],
    "Lancashire Constabulary": ["Preston", "Blackpool", "Burnley", "Blackburn", "Lancaster", "Skelmersdale"],
    "Durham Constabulary": ["Darlington", "Durham", "Consett", "Peterlee", "Bishop Auckland"],
    "Merseyside Police": ["Liverpool", "Birkenhead", "St Helens", "Southport", "Bootle"],
    "West Midlands Police": ["Birmingham", "Coventry", "Wolverhampton", "Dudley", "Walsall"],
    "Avon and Somerset Police": ["Bristol", "Bath", "Weston-super-Mare", "Taunton", "Yeovil"],
    "Kent Police": ["Maidstone", "Canterbury", "Dover", "Margate", "Ashford"],
    "Nottinghamshire Police": ["Nottingham", "Mansfield", "Kirkby-in-Ashfield", "Newark", "Worksop"],
}
FIRST = ["Natalie", "Paul", "Sarah", "James", "Aisha", "Tom", "Helen", "Raj", "Claire", "Mark", "Priya", "Owen",
         "Joanne", "Liam", "Fiona", "Dev", "Kate", "Simon", "Rachel", "Gareth"]
LAST = ["Brennan", "Hesketh", "Morgan", "Patel", "Clarke", "Hughes", "Walsh", "Okafor", "Bennett", "Doyle",
        "Shaw", "Iqbal", "Fletcher", "Price", "Lloyd", "Kaur", "Barker", "Nash", "Rowe", "Ellis"]
RANKS = ["Detective Inspector", "Detective Chief Inspector", "Detective Sergeant", "Inspector", "Sergeant",
         "Chief Inspector", "Superintendent", "Detective Superintendent"]
TEAMS = ["Serious and Organised Crime Unit", "County Lines Team", "Proactive Team", "Neighbourhood Team",
         "Intelligence Team", "Economic Crime Unit", "Tactical Operations Team"]
OPERATIONS = ["Raptor", "Venetic", "Orochi", "Medusa", "Target", "Fortitude", "Sceptre", "Viper", "Ember", "Tornado"]


def _gazetteer_json(name: str):
    try:
        path = resources.files("kg.data").joinpath(name)
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    except (ModuleNotFoundError, OSError, ValueError) as exc:
        print(f"synthetic: cannot use kg/data/{name} ({exc}); using built-in names", file=sys.stderr)
        return None


def forces_and_places() -> dict[str, list[str]]:
    """Territorial forces and some of the towns in their areas: from the gazetteers if they
    hold enough, else the built-in list. Gazetteer shapes still settling are read loosely."""
    forces = _gazetteer_json("forces.json")
    places = _gazetteer_json("places.json")
    if not isinstance(forces, list) or not isinstance(places, list):
        return FALLBACK_FORCES
    by_force: dict[str, list[str]] = {}
    for place in places:
        if isinstance(place, dict) and place.get("name") and place.get("force_area") \
                and place.get("kind", "town") in ("city", "town"):
            by_force.setdefault(str(place["force_area"]), []).append(str(place["name"]))
    names = {str(f.get("name")) for f in forces if isinstance(f, dict) and f.get("name")}
    usable = {f: sorted(set(p))[:40] for f, p in by_force.items() if f in names and len(set(p)) >= 3}
    return usable if len(usable) >= 5 else FALLBACK_FORCES


def make_release(i: int, rng: random.Random, world: dict[str, list[str]]) -> tuple[str, str, dict]:
    """(file name, file text, truth record) for release number `i`."""
    force = rng.choice(sorted(world))
    towns = rng.sample(world[force], k=min(len(world[force]), rng.randint(2, 3)))
    first, last = rng.choice(FIRST), rng.choice(LAST)
    officer, rank = f"{first} {last}", rng.choice(RANKS)
    team = rng.choice(TEAMS)
    op = f"Operation {rng.choice(OPERATIONS)}" if rng.random() < 0.6 else None
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 5 * 365))
    arrests, warrants, charged = rng.randint(2, 40), rng.randint(1, 20), rng.randint(1, 8)
    cash = rng.randrange(1000, 250000, 50)
    drugs_kg = rng.randint(1, 12)
    years = rng.randint(2, 14)
    outcomes = [
        {"type": "arrest", "count": arrests, "qualifier": "exact"},
        {"type": "warrant", "count": warrants, "qualifier": "exact"},
        {"type": "charge", "count": charged, "qualifier": "exact"},
        {"type": "cash_seizure", "value_gbp": cash, "qualifier": "exact"},
        {"type": "drug_seizure", "quantity": drugs_kg, "unit": "kg", "qualifier": "exact"},
        {"type": "custodial_sentence", "count": 1, "years": years, "qualifier": "exact"},
    ]
    title = f"{arrests} arrested as {force} targets organised crime in {towns[0]}"
    paras = [
        f"Officers from {force} have arrested {arrests} people after a week of action against organised "
        f"crime in {', '.join(towns[:-1])} and {towns[-1]}.",
        (f"{op} saw" if op else "The operation saw") + f" officers execute {warrants} warrants at addresses "
        f"across {towns[0]}, where they seized £{cash:,} in cash and {drugs_kg}kg of cocaine.",
        f"{charged} people have been charged with conspiracy to supply Class A drugs and remanded in custody.",
        f"Separately, a {rng.randint(19, 55)}-year-old man from {towns[-1]} was jailed for {years} years at "
        f"{towns[0]} Crown Court for his part in the drugs line.",
        f'"This is what happens when we work together with our communities," said {rank} {officer}, of the '
        f'{team}. "We will keep going after the people who bring violence and exploitation to our streets."',
        "Anyone with information is asked to call 101 or Crimestoppers anonymously on 0800 555 111.",
    ]
    rid = f"syn{i:06d}"
    text = (
        "```yaml\n"
        f"title: {json.dumps(title + ' | ' + force, ensure_ascii=False)}\n"
        f"url: https://www.example.police.uk/news/{rid}/\n"
        "```\n\n"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} {day:%d/%m/%Y}\n\n" + "\n\n".join(paras) + "\n"
    )
    truth = {
        "id": rid, "date": day.isoformat(), "forces": [force],
        "teams": [{"name": team, "force": force}],
        "people": [{"name": officer, "rank": rank, "role": "officer", "force": force, "team": team}],
        "places": towns, "operations": [op] if op else [], "outcomes": outcomes,
    }
    return f"{rid}.txt", text, truth


def generate(out: str | Path, count: int, *, seed: int = 7) -> Path:
    """Write `count` releases and `truth.jsonl` under `out/`; return the releases folder."""
    out = Path(out)
    releases = out / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    world = forces_and_places()
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth_file:
        for i in range(count):
            name, text, truth = make_release(i, rng, world)
            (releases / name).write_text(text, encoding="utf-8")
            truth_file.write(json.dumps(truth, ensure_ascii=False) + "\n")
    return releases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="folder to write releases/ and truth.jsonl into")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    folder = generate(args.out, args.count, seed=args.seed)
    print(f"wrote {args.count} releases to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
