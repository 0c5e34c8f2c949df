"""Every named query answers its question on a graph whose content we know.

The graph is the devset's gold facts (the annotators' answers, not the extractor's),
mapped through `kg.mapping` with each release's real text into a real Oxigraph store, so
these tests do not move when the extractor improves. Each expected value is computed here
from the gold JSON in plain Python, never copied from a query's output. A small hand-written
release with sentence spans covers provenance and outcome places, which the gold lacks.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import DEVSET, DEVSET_GOLD, run_kg
from kg.errors import QueryError
from kg.facts import Facts, Force, Operation, Outcome, Person, Place, Span, Team
from kg.mapping import release_quads
from kg.namespace import graph_iri
from kg.named_queries import NamedQuery, bind, load_query, named_queries, parse_query, run_query
from kg.release import parse_release, read_release
from kg.store import Store

# ---------------------------------------------------------------------------- the gold graph


def gold_records() -> list[dict]:
    files = sorted(DEVSET_GOLD.glob("*.json"))
    if not files:
        pytest.fail(f"no gold files in {DEVSET_GOLD}")
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def gold_facts(record: dict) -> Facts:
    """A gold record as the `Facts` the extractor would return (no spans: the gold has none)."""
    return Facts(
        release_id=record["id"],
        date=date.fromisoformat(record["date"]) if record.get("date") else None,
        forces=[Force(name) for name in record["forces"]],
        teams=[Team(t["name"], t.get("force")) for t in record["teams"]],
        people=[Person(p["name"], p.get("role") or "other", p.get("rank"), p.get("force"), p.get("team"))
                for p in record["people"]],
        places=[Place(name) for name in record["places"]],
        operations=[Operation(name) for name in record["operations"]],
        outcomes=[Outcome(o["type"], o.get("qualifier", "exact"), o.get("count"), o.get("years"),
                          o.get("value_gbp"), o.get("quantity"), o.get("unit"), o.get("weapon"))
                  for o in record["outcomes"]],
    )


def build_gold_store(path: Path) -> None:
    """Write the devset gold graph into a store at `path` and close it (so a server may open it)."""
    files = {f.stem: f for f in DEVSET.iterdir() if f.is_file()}
    store = Store(path)
    for record in gold_records():
        release = read_release(files[record["id"]])
        store.replace_graph(str(graph_iri(release.id)), release_quads(release, gold_facts(record)))
    store.close()


@pytest.fixture(scope="module")
def gold():
    return gold_records()


@pytest.fixture(scope="module")
def store(tmp_path_factory, gold):
    path = tmp_path_factory.mktemp("gold") / "store"
    build_gold_store(path)
    s = Store(path)
    yield s
    s.close()


def rows_of(store: Store, query_name: str, /, **params) -> list[dict]:
    columns, rows = run_query(store, load_query(query_name), {k: str(v) for k, v in params.items()})
    return [dict(zip(columns, r)) for r in rows]


def total(outcomes, kind, field):
    return sum(o.get(field) or 0 for o in outcomes if o["type"] == kind)


# ---------------------------------------------------------------------------- the catalogue


def test_at_least_twelve_documented_queries():
    queries = named_queries()
    assert len(queries) >= 12
    for name, q in queries.items():
        assert q.summary, f"{name}.rq has no first-line summary"
        assert q.columns, f"{name}.rq has no `# columns:` line"
        assert "PREFIX pk:" in q.sparql, f"{name}.rq must declare its own prefixes"


PARAMS = {"releases_mentioning_place": {"place": "Preston"},
          "releases_mentioning_person": {"name": "brennan"},
          "releases_between": {"from": "2022-01-01", "to": "2022-12-31"}}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_declared_columns_are_the_result_columns(store, name):
    columns, _ = run_query(store, load_query(name), PARAMS.get(name, {}))
    assert columns == load_query(name).columns


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_each_query_is_covered_by_a_test_here(name):
    assert f"test_{name}" in globals(), f"no test_{name} in {__file__}"


# ---------------------------------------------------------------------------- parameters


@pytest.mark.parametrize("line, expected", [
    ("# param place: string - the place", ("place", "string", False)),
    ("# param release: string (optional) - an id", ("release", "string", True)),
    ("# param day: date - a day", ("day", "date", False)),
    ("# param n: integer", ("n", "integer", False)),
    ("# param who: iri - a person", ("who", "iri", False)),
])
def test_parse_param_lines(line, expected):
    q = parse_query("t", f"# what it answers\n{line}\n# columns: a\nSELECT ?a WHERE {{}}")
    name, kind, optional = expected
    assert q.params[name][0] == kind
    assert (name in q.optional) is optional
    assert q.columns == ["a"]


def test_unknown_param_type_names_the_query_and_line():
    with pytest.raises(QueryError, match=r"'t', line 2: .*unknown type 'float'"):
        parse_query("t", "# x\n# param n: float - no\nSELECT * WHERE {}")


@pytest.mark.parametrize("kind, raw, ok", [
    ("integer", "12", True), ("integer", "12; DROP ALL", False), ("integer", "1.5", False),
    ("date", "2022-10-21", True), ("date", "2022-13-01", False), ("date", "21/10/2022", False),
    ("iri", "https://w3id.org/policing-kg/id/force/x", True), ("iri", "x> } ; DROP ALL { <y", False),
    ("string", 'Preston" . } DROP ALL {', True),  # any text is fine: it becomes one literal
])
def test_bind_checks_types(kind, raw, ok):
    q = NamedQuery("t", "SELECT ?v WHERE {}", params={"v": (kind, "")})
    if ok:
        (term,) = bind(q, {"v": raw}).values()
        assert term.value == raw
    else:
        with pytest.raises(QueryError, match="parameter 'v'"):
            bind(q, {"v": raw})


def test_required_parameter_missing_is_an_error():
    with pytest.raises(QueryError, match=r"needs --param place=\.\.\."):
        bind(load_query("releases_mentioning_place"), {})


def test_injection_attempt_is_just_a_string(store):
    assert rows_of(store, "releases_mentioning_place", place='Preston") || true || STR("') == []


# ---------------------------------------------------------------------------- each query on the gold graph


def test_outcomes_by_force_year(store, gold):
    expected = defaultdict(Counter)
    for r in gold:
        year = int(r["date"][:4]) if r.get("date") else None
        for force in set(r["forces"]):
            e = expected[(force, year)]
            e["releases"] += 1
            e["outcomes"] += len(r["outcomes"])
            e["arrested"] += total(r["outcomes"], "arrest", "count")
            e["charged"] += total(r["outcomes"], "charge", "count")
            e["drugs_gbp"] += total(r["outcomes"], "drug_seizure", "value_gbp")
            e["drugs_kg"] += sum(o.get("quantity") or 0 for o in r["outcomes"]
                                 if o["type"] == "drug_seizure" and o.get("unit") == "kg")
            e["cash_gbp"] += total(r["outcomes"], "cash_seizure", "value_gbp")
    got = {(row["force"], row["year"]): row for row in rows_of(store, "outcomes_by_force_year")}
    assert set(got) == set(expected)
    for key, e in expected.items():
        for field in ("releases", "outcomes", "arrested", "charged", "drugs_gbp", "drugs_kg", "cash_gbp"):
            assert got[key][field] == pytest.approx(e[field]), (key, field)


def test_officers(store, gold):
    rows = rows_of(store, "officers")
    officers = {p["name"] for r in gold for p in r["people"] if p["role"] == "officer"}
    assert {row["officer"] for row in rows} == officers
    mentions = Counter(p["name"] for r in gold for p in {q["name"]: q for q in r["people"]}.values())
    for r in gold:
        teams = {t["name"] for t in r["teams"]}
        for p in r["people"]:
            if p["role"] != "officer":
                continue
            match = [row for row in rows if row["officer"] == p["name"] and row["rank"] == p["rank"]
                     and row["force"] == p["force"] and (p["team"] not in teams or row["team"] == p["team"])]
            assert match, p
            assert all(row["releases"] == mentions[p["name"]] for row in match)


def test_team_places(store, gold):
    expected = Counter()
    for r in gold:
        for t in r["teams"]:
            for place in set(r["places"]):
                expected[(t["name"], t["force"], place)] += 1
    got = {(row["team"], row["force"], row["place"]): row["releases"] for row in rows_of(store, "team_places")}
    assert got == dict(expected)


@pytest.mark.parametrize("place", ["Preston", "preston", "BLACKPOOL", "Derby", "Nowhere-on-Sea"])
def test_releases_mentioning_place(store, gold, place):
    expected = sorted((r.get("date") or "", r["id"]) for r in gold
                      if any(p.lower() == place.lower() for p in r["places"]))
    rows = rows_of(store, "releases_mentioning_place", place=place)
    assert [(row["date"] or "", row["release"]) for row in rows] == expected
    assert all(row["place"] == place for row in rows)


@pytest.mark.parametrize("name", ["brennan", "Natalie", "o'", "zzz-nobody"])
def test_releases_mentioning_person(store, gold, name):
    expected = {(r["id"], p["name"]) for r in gold for p in r["people"] if name.lower() in p["name"].lower()}
    rows = rows_of(store, "releases_mentioning_person", name=name)
    assert {(row["release"], row["person"]) for row in rows} == expected
    for r in gold:
        for p in r["people"]:
            if (r["id"], p["name"]) in expected:
                row = next(x for x in rows if x["release"] == r["id"] and x["person"] == p["name"]
                           and x["role"] == p["role"])
                assert row["rank"] == p["rank"]  # the rank as that release states it


def test_arrests_by_operation(store, gold):
    expected = defaultdict(Counter)
    for r in gold:
        arrests = [o for o in r["outcomes"] if o["type"] == "arrest"]
        if len(r["operations"]) == 1 and arrests:  # the mapping ties outcomes to a release's only operation
            e = expected[r["operations"][0]]
            e["releases"] += 1
            e["arrest_outcomes"] += len(arrests)
            e["arrested"] += sum(o.get("count") or 0 for o in arrests)
    rows = rows_of(store, "arrests_by_operation")
    assert {row["operation"]: {k: row[k] for k in ("releases", "arrest_outcomes", "arrested")}
            for row in rows} == {k: dict(v) for k, v in expected.items()}
    assert [row["arrested"] for row in rows] == sorted((row["arrested"] for row in rows), reverse=True)


def per_force(gold, kinds, fields):
    out = defaultdict(Counter)
    for r in gold:
        hits = [o for o in r["outcomes"] if o["type"] in kinds]
        if hits:
            for force in set(r["forces"]):
                e = out[force]
                for name, (kind, field) in fields.items():
                    if field is None:
                        e[name] += sum(1 for o in hits if o["type"] == kind)
                    else:
                        e[name] += sum(o.get(field) or 0 for o in hits if o["type"] == kind)
                e["releases"] += 1
    return out


def test_custodial_sentences_by_force(store, gold):
    expected = per_force(gold, {"custodial_sentence"}, {
        "sentences": ("custodial_sentence", None), "people": ("custodial_sentence", "count"),
        "years": ("custodial_sentence", "years")})
    got = {row["force"]: row for row in rows_of(store, "custodial_sentences_by_force")}
    assert set(got) == set(expected) and expected
    for force, e in expected.items():
        for field in ("sentences", "people", "years"):
            assert got[force][field] == pytest.approx(e[field]), (force, field)


def test_safeguarding_by_force(store, gold):
    expected = per_force(gold, {"safeguarding", "safeguarding_referral", "modern_slavery_referral"}, {
        "safeguarded": ("safeguarding", "count"), "safeguarding_referrals": ("safeguarding_referral", "count"),
        "modern_slavery_referrals": ("modern_slavery_referral", "count")})
    got = {row["force"]: row for row in rows_of(store, "safeguarding_by_force")}
    assert set(got) == set(expected) and expected
    for force, e in expected.items():
        for field in ("safeguarded", "safeguarding_referrals", "modern_slavery_referrals"):
            assert got[force][field] == e[field], (force, field)


def test_county_lines_by_force(store, gold):
    expected = per_force(gold, {"county_line_closure"}, {"lines_closed": ("county_line_closure", "count")})
    got = {row["force"]: (row["lines_closed"], row["releases"]) for row in rows_of(store, "county_lines_by_force")}
    assert got == {f: (e["lines_closed"], e["releases"]) for f, e in expected.items()} and got


def test_forces_working_together(store, gold):
    expected = defaultdict(lambda: [0, set()])
    for r in gold:
        for a, b in combinations(sorted(set(r["forces"])), 2):
            expected[(a, b)][0] += 1
            expected[(a, b)][1] |= set(r["operations"])
    rows = rows_of(store, "forces_working_together")
    got = {(row["force_a"], row["force_b"]): [row["releases"], set(filter(None, (row["operations"] or "").split("; ")))]
           for row in rows}
    assert got == dict(expected) and got


def test_releases_per_force_month(store, gold):
    expected = Counter((f, r["date"][:7]) for r in gold if r.get("date") for f in set(r["forces"]))
    got = {(row["force"], row["month"]): row["releases"] for row in rows_of(store, "releases_per_force_month")}
    assert got == dict(expected)


WEAPON_NAMES = {"firearm": "Firearm", "imitation_firearm": "ImitationFirearm", "knife": "Knife", "taser": "Taser",
                "other": "OtherWeapon", None: "unstated"}


def test_weapons_by_kind(store, gold):
    expected = defaultdict(Counter)
    for r in gold:
        for o in r["outcomes"]:
            if o["type"] == "weapon_seizure":
                e = expected[WEAPON_NAMES[o.get("weapon")]]
                e["seizures"] += 1
                e["weapons"] += o.get("count") or 0
                e["uncounted"] += o.get("count") is None
    got = {row["kind"]: {k: row[k] for k in ("seizures", "weapons", "uncounted")}
           for row in rows_of(store, "weapons_by_kind")}
    assert got == {k: {f: v[f] for f in ("seizures", "weapons", "uncounted")} for k, v in expected.items()}


def test_top_places(store, gold):
    counts = Counter(p for r in gold for p in set(r["places"]))
    expected = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
    assert [(row["place"], row["releases"]) for row in rows_of(store, "top_places")] == expected


@pytest.mark.parametrize("start, end", [("2022-01-01", "2022-12-31"), ("2000-01-01", "2100-01-01"),
                                        ("2023-06-01", "2023-06-30")])
def test_releases_between(store, gold, start, end):
    expected = sorted((r["date"], r["id"], len(r["outcomes"]), frozenset(r["forces"])) for r in gold
                      if r.get("date") and start <= r["date"] <= end)
    rows = rows_of(store, "releases_between", **{"from": start, "to": end})
    assert [(row["date"], row["release"], row["outcomes"], frozenset(filter(None, (row["forces"] or "").split("; "))))
            for row in rows] == expected


def test_outcome_provenance_on_gold_lists_every_outcome(store, gold):
    rows = rows_of(store, "outcome_provenance")
    got = Counter((row["release"], row["type"], row["qualifier"], row["count"], row["value_gbp"]) for row in rows)
    expected = Counter((r["id"], o["type"], o.get("qualifier", "exact"), o.get("count"), o.get("value_gbp"))
                       for r in gold for o in r["outcomes"])
    assert got == expected
    one = rows_of(store, "outcome_provenance", release=gold[0]["id"])
    assert len(one) == len(gold[0]["outcomes"]) and {row["release"] for row in one} == {gold[0]["id"]}


# ---------------------------------------------------------------------------- a release with spans

HAND_TEXT = ("Drugs seized in Lancaster\n\n"
             "Officers seized cannabis worth £50,000 and 2kg of cocaine in Lancaster on Tuesday. "
             "Three men were arrested in Morecambe. "
             "A knife was also found.")


def hand_release():
    """A short release with sentence spans, its facts, and the spans by name."""
    release = parse_release(HAND_TEXT, path="hand.txt", release_id="hand-1")
    text = release.text

    def span_of(fragment: str) -> Span:
        start = text.index(fragment)
        return Span(start, start + len(fragment))

    s1 = span_of("Officers seized cannabis worth £50,000 and 2kg of cocaine in Lancaster on Tuesday.")
    s2 = span_of("Three men were arrested in Morecambe.")
    s3 = span_of("A knife was also found.")
    facts = Facts(
        release_id="hand-1", date=date(2024, 3, 5),
        forces=[Force("Lancashire Constabulary", s1)],
        places=[Place("Lancaster", "city", span=s1), Place("Morecambe", "town", span=s2)],
        outcomes=[Outcome("drug_seizure", value_gbp=50000, span=s1),
                  Outcome("drug_seizure", quantity=2, unit="kg", span=s1),
                  Outcome("arrest", count=3, span=s2),
                  Outcome("weapon_seizure", count=1, weapon="knife", span=s3)],
    )
    return release, facts, {"s1": s1, "s2": s2, "s3": s3}


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory):
    release, facts, spans = hand_release()
    store = Store(tmp_path_factory.mktemp("hand") / "store")
    store.replace_graph(str(graph_iri(release.id)), release_quads(release, facts))
    yield store, release.text, spans
    store.close()


def test_outcome_provenance(hand_store):
    store, text, spans = hand_store
    rows = rows_of(store, "outcome_provenance", release="hand-1")
    got = [(row["type"], row["count"], row["value_gbp"], row["quantity"], row["unit"], row["start"], row["end"])
           for row in rows]
    s1, s2, s3 = spans["s1"], spans["s2"], spans["s3"]
    assert sorted(got, key=str) == sorted([
        ("drug_seizure", None, 50000, None, None, s1.start, s1.end),
        ("drug_seizure", None, None, 2, "kg", s1.start, s1.end),
        ("arrest", 3, None, None, None, s2.start, s2.end),
        ("weapon_seizure", 1, None, None, None, s3.start, s3.end)], key=str)
    for row in rows:
        assert row["sentence"] == text[row["start"]:row["end"]]
    assert rows_of(store, "outcome_provenance", release="no-such-release") == []


def test_drug_seizures_by_place(hand_store, store):
    hand, _, _ = hand_store
    assert rows_of(hand, "drug_seizures_by_place") == [
        {"place": "Lancaster", "seizures": 2, "value_gbp": 50000, "kg": 2}]
    assert rows_of(store, "drug_seizures_by_place") == []  # gold outcomes carry no sentence, so no place


# ---------------------------------------------------------------------------- the command


def test_kg_query_binds_params_from_the_command_line(tmp_path, gold):
    path = tmp_path / "store"
    build_gold_store(path)
    proc = run_kg("query", "releases_mentioning_place", "--store", path, "--param", "place=preston",
                  "--format", "json", check=True)
    got = sorted(row["release"] for row in json.loads(proc.stdout))
    assert got == sorted(r["id"] for r in gold if any(p.lower() == "preston" for p in r["places"]))
    bad = run_kg("query", "releases_between", "--store", path, "--param", "from=2022-02-30",
                 "--param", "to=2022-03-01")
    assert bad.returncode == 5 and "must be a date" in bad.stderr
    listed = run_kg("query", "--list", check=True).stdout
    assert all(name in listed for name in named_queries())
