"""The graph, its views, the page and the graph files, on hand-made facts (independent of the extractor).

The browser tests (tests/test_viz_browser.py) import `build_store` from here."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.facts import Facts, Force, Operation, Outcome, Person, Place, Span, Team
from kg.mapping import release_quads
from kg.namespace import graph_iri
from kg.release import Release
from kg.store import Store

HOSTILE = "</script><img src=x onerror=\"window.kgPwned=1\"><script>window.kgPwned=2</script>"


def _release(rid: str, title: str, text: str, when: date, url: str) -> Release:
    return Release(id=rid, path=f"/synthetic/{rid}.txt", format="text", text=text, title=title, url=url, date=when)


def releases(hostile: bool = False) -> list[tuple[Release, Facts]]:
    """Two releases of Northshire Police and one of Southshire Police; with `hostile`, the names,
    titles and sentences carry markup that would run script if a page pasted it in as HTML."""
    h = HOSTILE if hostile else ""
    text1 = f"Operation Kestrel{h} led to 12 arrests in Hightown. DI Jane Roe{h} of the Drugs Team spoke."
    s1 = Span(0, text1.index(".") + 1)
    s2 = Span(s1.end + 1, len(text1))
    f1 = Facts("r1", date(2023, 3, 1),
               forces=[Force("Northshire Police", s2)],
               teams=[Team("Drugs Team" + h, "Northshire Police", s2)],
               people=[Person("Jane Roe" + h, "officer", "Detective Inspector", "Northshire Police",
                              "Drugs Team" + h, True, s2)],
               places=[Place("Hightown", "town", "hightown", None, "Northshire Police", span=s1)],
               operations=[Operation("Operation Kestrel" + h, s1)],
               outcomes=[Outcome("arrest", count=12, span=s1)])
    text2 = "Officers seized £20,000 in cash in Lowford. PC Sam Poe joined the Drugs Team."
    t1 = Span(0, text2.index(".") + 1)
    f2 = Facts("r2", date(2023, 6, 9),
               forces=[Force("Northshire Police", None, "url")],
               teams=[Team("Drugs Team" + h, "Northshire Police", Span(t1.end + 1, len(text2)))],
               people=[Person("Sam Poe", "officer", "Police Constable", "Northshire Police", "Drugs Team" + h,
                              span=Span(t1.end + 1, len(text2)))],
               places=[Place("Lowford", "town", "lowford", None, "Northshire Police", span=t1)],
               outcomes=[Outcome("cash_seizure", value_gbp=20000, span=t1)])
    text3 = "Southshire Police charged 3 people in Farville. Commissioner Ann Doe praised the team."
    u1 = Span(0, text3.index(".") + 1)
    f3 = Facts("r3", date(2024, 1, 15),
               forces=[Force("Southshire Police", u1)],
               people=[Person("Ann Doe", "pcc", span=Span(u1.end + 1, len(text3)))],
               places=[Place("Farville", "town", "farville", None, "Southshire Police", span=u1)],
               outcomes=[Outcome("charge", count=3, span=u1)])
    return [
        (_release("r1", "Twelve arrested in Operation Kestrel" + h, text1, f1.date, "https://police.example/r1"), f1),
        (_release("r2", "Cash seized in Lowford" + h, text2, f2.date, "javascript:alert(1)" if hostile
                  else "https://police.example/r2"), f2),
        (_release("r3", "Three charged in Farville", text3, f3.date, "https://police.example/r3"), f3),
    ]


# what the graph of `releases()` holds: 3 releases, 2 forces, 1 team, 2 officers, 1 PCC,
# 3 places, 1 operation, 3 outcomes
EXPECTED_NODES = 16
EXPECTED_KINDS = {"release": 3, "force": 2, "team": 1, "officer": 2, "person": 1, "place": 3, "operation": 1,
                  "outcome": 3}


def build_store(path: Path, hostile: bool = False) -> Store:
    store = Store(path)
    for release, facts in releases(hostile):
        store.replace_graph(str(graph_iri(release.id)), release_quads(release, facts))
    store.flush()
    return store


# ---------------------------------------------------------------------------------------- tests

import json as _json
import re
import subprocess
import sys

import networkx as nx
import pytest

from kg import viz
from kg.stats import centrality


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = build_store(tmp_path_factory.mktemp("viz") / "store")
    yield s
    s.close()


@pytest.fixture(scope="module")
def graph(store):
    return viz.load_graph(store)


def test_graph_holds_every_node_with_its_kind(graph):
    assert len(graph) == EXPECTED_NODES
    kinds = {}
    for _, d in graph.nodes(data=True):
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    assert kinds == EXPECTED_KINDS


@pytest.mark.parametrize("label, key, expected", [
    ("Jane Roe", "Rank", "Detective Inspector"),
    ("Jane Roe", "Team", "Drugs Team"),
    ("Jane Roe", "Force", "Northshire Police"),
    ("12 arrest", "Sentence", "Operation Kestrel led to 12 arrests in Hightown."),
    ("12 arrest", "Release title", "Twelve arrested in Operation Kestrel"),
    ("12 arrest", "Release date", "2023-03-01"),
    ("12 arrest", "Release url", "https://police.example/r1"),
    ("£20,000 cash seizure", "Release title", "Cash seized in Lowford"),
    ("Ann Doe", "Role", "Police and Crime Commissioner"),
])
def test_details_shown_on_hover(graph, label, key, expected):
    (node,) = viz.find_nodes(graph, label)
    assert graph.nodes[node]["details"][key] == expected


@pytest.mark.parametrize("cls, values, expected", [
    ("Arrest", {"count": "83"}, "83 arrest"),
    ("CashSeizure", {"valueGBP": "118650"}, "£118,650 cash seizure"),
    ("DrugSeizure", {"quantity": "1.5", "unit": "kg"}, "1.5 kg drug seizure"),
    ("CustodialSentence", {"years": "12"}, "12 years custodial sentence"),
    ("Arrest", {"count": "80", "qualifier": viz.PK + "MoreThan"}, "more than 80 arrest"),
    ("WeaponSeizure", {"count": "2", "weaponKind": viz.PK + "ImitationFirearm"}, "2 weapon seizure (imitation firearm)"),
])
def test_outcome_figure(cls, values, expected):
    assert viz.outcome_figure(cls, values) == expected


@pytest.mark.parametrize("s, p, o", [
    ("Drugs Team", "teamOf", "Northshire Police"),
    ("Jane Roe", "servesIn", "Northshire Police"),
    ("Jane Roe", "memberOf", "Drugs Team"),
    ("Jane Roe", "leads", "Drugs Team"),
    ("Sam Poe", "memberOf", "Drugs Team"),
    ("12 arrest", "achievedBy", "Drugs Team"),
    ("12 arrest", "location", "Hightown"),
    ("12 arrest", "partOfOperation", "Operation Kestrel"),
    ("12 arrest", "reportedIn", "Twelve arrested in Operation Kestrel"),
    ("Three charged in Farville", "mentions", "Ann Doe"),
    ("Farville", "policeForceArea", "Southshire Police"),
])
def test_relations(graph, s, p, o):
    (a,) = viz.find_nodes(graph, s)
    (b,) = viz.find_nodes(graph, o)
    assert graph.has_edge(a, b, key=p)


@pytest.mark.parametrize("kwargs, present, absent", [
    ({"force": "Southshire Police"}, ["Farville", "Ann Doe", "3 charge"], ["Jane Roe", "Hightown"]),
    ({"force": "northshire police"}, ["Jane Roe", "Sam Poe", "Drugs Team", "Lowford"], ["Farville", "Ann Doe"]),
    ({"since": "2023-06-01"}, ["Sam Poe", "Farville", "Drugs Team"], ["Operation Kestrel", "12 arrest"]),
    ({"until": "2023-12-31"}, ["Jane Roe", "Lowford"], ["Farville", "3 charge"]),
])
def test_restrict(graph, kwargs, present, absent):
    sub = viz.restrict(graph, **kwargs)
    for name in present:
        assert viz.find_nodes(sub, name), name
    for name in absent:
        assert not viz.find_nodes(sub, name), name


def test_neighbourhood_reaches_only_n_hops(graph):
    one = viz.neighbourhood(graph, "Sam Poe", 1)
    assert {d["label"] for _, d in one.nodes(data=True)} == {
        "Sam Poe", "Drugs Team", "Northshire Police", "Cash seized in Lowford"}
    two = viz.neighbourhood(graph, "Sam Poe", 2)
    assert viz.find_nodes(two, "Jane Roe") and not viz.find_nodes(two, "Farville")


def test_connection_is_a_shortest_path(graph):
    sub = viz.connection(graph, "Sam Poe", "Hightown")
    und = nx.Graph(graph.to_undirected())
    (a,), (b,) = viz.find_nodes(graph, "Sam Poe"), viz.find_nodes(graph, "Hightown")
    assert nx.shortest_path_length(nx.Graph(sub.to_undirected()), a, b) == nx.shortest_path_length(und, a, b)
    assert len(sub) < len(graph)


def test_unknown_and_unconnected_names_are_errors(graph):
    with pytest.raises(viz.KgError, match="no node is named 'Nobody'"):
        viz.neighbourhood(graph, "Nobody", 1)
    island = graph.copy()
    island.add_node("x:island", kind="place", label="Island", details={}, forces=set(), dates=set())
    with pytest.raises(viz.KgError, match="not connected"):
        viz.connection(island, "Island", "Sam Poe")


def test_cap_keeps_the_structure_and_counts_what_it_drops(graph):
    capped = viz.cap(graph, 10)
    assert len(capped.graph) == 10
    assert sum(capped.left_out.values()) == EXPECTED_NODES - 10
    assert capped.left_out["outcome"] == 3  # outcomes go first
    assert {d["kind"] for _, d in capped.graph.nodes(data=True)} >= {"force", "team", "officer"}


def test_layout_is_deterministic_and_spread(graph):
    a, b = viz.layout(graph), viz.layout(graph)
    assert a == b and set(a) == set(graph)
    assert len({(round(x), round(y)) for x, y in a.values()}) == len(graph)


def test_layout_of_a_big_graph_is_linear_enough():
    g = nx.barabasi_albert_graph(6000, 1, seed=3)
    import time
    started = time.perf_counter()
    pos = viz.layout(g)
    assert len(pos) == 6000
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize("text", [
    "</script><script>alert(1)</script>", "<!-- x", "a & b > c", "\u2028line", "]]><b>",
])
def test_script_json_escapes_markup(text):
    out = viz.script_json({"t": text})
    assert not re.search(r"[<>&\u2028\u2029]", out)
    assert _json.loads(out) == {"t": text}


def test_page_is_self_contained(graph):
    html_text = viz.page_html(graph, viz.layout(graph))
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?https?:""", html_text, re.I)
    assert "cdn" not in re.findall(r"<script[^>]*>", html_text).__str__().lower()
    assert len(re.findall(r'<script (?:id="kg-data"|nonce=")', html_text)) == 3
    assert "Content-Security-Policy" in html_text


def test_hostile_text_stays_data(tmp_path):
    s = build_store(tmp_path / "hostile", hostile=True)
    page = viz.page_html(viz.load_graph(s), {})
    s.close()
    body = page.split('id="kg-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in body and "kgPwned" in body
    assert "innerHTML" not in viz.APP_JS and "insertAdjacentHTML" not in viz.APP_JS


@pytest.mark.parametrize("kind, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_files_carry_type_and_label(store, tmp_path, kind, reader):
    out = tmp_path / f"g.{kind}"
    with out.open("wb") as f:
        viz.write_graph_file(store, f, kind)
    g = reader(out)
    assert g.number_of_nodes() == EXPECTED_NODES
    types = {d.get("type") for _, d in g.nodes(data=True)}
    assert types == set(EXPECTED_KINDS)
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"Jane Roe", "Drugs Team", "Hightown"} <= labels


def test_centrality_ranks_the_team_that_links_officers(graph):
    table = centrality(graph, top=2)
    assert table["team"][0]["label"] == "Drugs Team"
    assert {r["label"] for r in table["officer"]} == {"Jane Roe", "Sam Poe"}
    assert len(table["place"]) == 2


def test_cli_viz_and_stats(tmp_path, capsys):
    from kg.cli import main

    built = build_store(tmp_path / "store")
    built.close()
    del built
    out = tmp_path / "page.html"
    assert main(["viz", "--store", str(tmp_path / "store"), "--out", str(out), "--max-nodes", "5"]) == 0
    cap = capsys.readouterr()
    assert "left out 11 nodes" in cap.err and "--focus" in cap.err
    assert out.exists() and "most central teams:" in cap.out
    assert main(["viz", "--store", str(tmp_path / "store"), "--out", str(out), "--path", "Jane Roe", "Lowford"]) == 0
    assert "how Jane Roe connects to Lowford" in out.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["stats", "--store", str(tmp_path / "store"), "--json"]) == 0
    table = _json.loads(capsys.readouterr().out)
    assert table["team"][0]["label"] == "Drugs Team"
