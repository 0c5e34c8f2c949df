"""The `kg` command: thin verbs that parse options and call one plain function each.

Exit codes: 0 success; 1 a result says no (some release failed, the graph does not conform);
other codes come from `kg.errors` (one per error class).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KgError
from kg.store import DEFAULT_STORE, Store, open_store


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", default=DEFAULT_STORE, metavar="DIR",
                   help=f"the on-disk store (default: {DEFAULT_STORE}, or $KG_STORE)")


def _err(msg: str) -> None:
    print(f"kg: {msg}", file=sys.stderr)


# ---------------------------------------------------------------------------- build


def cmd_build(args: argparse.Namespace) -> int:
    from kg.build import build, summarise
    from kg.progress import BuildProgress

    with open_store(args.store) as store:
        with BuildProgress(quiet=args.quiet) as progress:
            report = build(args.paths, store=store, strict=args.strict, workers=args.workers,
                           on_start=progress.start, on_release=progress.release_done,
                           on_problem=progress.problem)
        if args.reason:
            from kg.reasoning import materialise

            inferred = materialise(store)
            if not args.quiet and not args.json:
                print(f"reasoning: added {inferred} inferred triples", file=sys.stderr)
        written = []
        if args.turtle:
            from kg.export import export

            written.append(("turtle", export(store, fmt="turtle", out=args.turtle)))
        if args.html:
            from kg.viz import write_html

            written.append(("html", write_html(store, args.html)))
        summary = summarise(store)
    if args.json:
        print(json.dumps({"read": report.read, "failed": [f.__dict__ for f in report.failed],
                          "skipped": [f.__dict__ for f in report.skipped], "seconds": round(report.seconds, 3),
                          "store": str(args.store), "totals": summary,
                          "wrote": {k: str(v) for k, v in written}}, indent=2))
    elif not args.quiet or report.failed:
        rate = report.read / report.seconds if report.seconds else 0.0
        print(f"read {report.read} release{'s' if report.read != 1 else ''} in {report.seconds:.2f}s "
              f"({rate:.0f}/s); skipped {len(report.skipped)}; failed {len(report.failed)}"
              + ("; stopped at the first failure (--strict)" if report.stopped else ""))
        print("store {store}: {releases} releases, {triples} triples, {officers} officers, {teams} teams, "
              "{forces} forces, {places} places, {outcomes} outcomes".format(store=args.store, **summary))
        for kind, path in written:
            print(f"wrote {kind}: {path}")
    return 1 if report.failed else 0


# ---------------------------------------------------------------------------- facts


def cmd_facts(args: argparse.Namespace) -> int:
    from kg.readback import read_facts

    with open_store(args.store, read_only=True) as store:
        for record in read_facts(store, args.id or None):
            if not args.spans:
                for o in record["outcomes"]:
                    o.pop("span", None)
            print(json.dumps(record, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------------------- query


def cmd_query(args: argparse.Namespace) -> int:
    from kg.named_queries import format_rows, load_query, named_queries, run_query

    if args.list:
        for name, q in named_queries().items():
            params = ", ".join(q.params)
            print(f"{name:32} {q.summary}" + (f"  [params: {params}]" if params else ""))
        return 0
    if not args.name:
        raise KgError("name a query or a .rq file (kg query --list shows them)")
    query = load_query(args.name)
    params = {}
    for item in args.param or []:
        if "=" not in item:
            raise KgError(f"--param needs key=value, got {item!r}")
        k, v = item.split("=", 1)
        params[k.strip()] = v
    if args.endpoint:
        from kg.remote import run_remote_query

        columns, rows = run_remote_query(args.endpoint, query, params)
    else:
        with open_store(args.store, read_only=True) as store:
            columns, rows = run_query(store, query, params)
    print(format_rows(columns, rows, args.format))
    return 0


# ---------------------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export import export

    with open_store(args.store, read_only=True) as store:
        if args.reason:  # infer into a scratch copy: exporting never changes the store
            from kg.reasoning import materialise

            store = store.copy_in_memory()
            inferred = materialise(store)
            print(f"reasoning: added {inferred} inferred triples", file=sys.stderr)
        result = export(store, fmt=args.format, out=args.out)
    if args.out:
        print(f"wrote {args.format}: {result}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(result)
    return 0


# ---------------------------------------------------------------------------- validate


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate

    with open_store(args.store, read_only=True) as store:
        report = validate(store, reasoner=not args.no_reasoner, inference=args.inference)
    if args.json:
        print(json.dumps({"conforms": report.conforms, "releases": report.releases, "triples": report.triples,
                          "seconds": {k: round(v, 2) for k, v in report.seconds.items()},
                          "problems": [p.__dict__ for p in report.problems]}, indent=2))
    else:
        print(report.text())
    return 0 if report.conforms else 1


# ---------------------------------------------------------------------------- viz


def cmd_viz(args: argparse.Namespace) -> int:
    from kg.stats import centrality, format_centrality
    from kg.viz import render

    with open_store(args.store, read_only=True) as store:
        result = render(store, args.out, focus=args.focus, hops=args.hops,
                        path=tuple(args.path) if args.path else None, force=args.force, since=args.since,
                        until=args.until, max_nodes=args.max_nodes)
    print(f"wrote html: {result.path} ({result.nodes} nodes, {result.edges} relations)")
    if result.left_out:
        print(f"left out {sum(result.left_out.values())} nodes over --max-nodes {args.max_nodes}: "
              + ", ".join(f"{n} {k}" for k, n in result.left_out.most_common())
              + "; narrow with --focus NAME --hops N, --path A B, --force NAME, --since/--until YYYY-MM-DD, "
                "or raise --max-nodes", file=sys.stderr)
    if not args.quiet:
        print(format_centrality(centrality(result.graph, top=3)))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.stats import centrality, format_centrality
    from kg.viz import load_graph

    with open_store(args.store, read_only=True) as store:
        g = load_graph(store)
    table = centrality(g, top=args.top, kinds=("officer", "team", "place", "force", "operation"))
    print(json.dumps(table, indent=2, ensure_ascii=False) if args.json else format_centrality(table))
    return 0


# ---------------------------------------------------------------------------- serve and push


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.server import serve

    return serve(args.store, args.host, args.port, read_only=args.read_only)


def cmd_push(args: argparse.Namespace) -> int:
    from kg.remote import push

    def said(graph: str, triples: int) -> None:
        if not args.quiet:
            print(f"put {graph} ({triples} triples)", file=sys.stderr)

    with open_store(args.store, read_only=True) as store:
        report = push(store, args.endpoint, on_graph=said)
    print(f"pushed {report.graphs} graph{'s' if report.graphs != 1 else ''}, {report.triples} triples "
          f"to {args.endpoint}")
    return 0


# ---------------------------------------------------------------------------- parser


def make_parser() -> argparse.ArgumentParser:
    from kg.export import WRITERS

    parser = argparse.ArgumentParser(
        prog="kg", description="Build and use a knowledge graph of organised-crime policing from police press releases.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="Read release files and folders, extract facts and write them into the store.",
                       description="Read release files and folders (recursively), extract facts and write them into "
                                   "the store, one named graph per release; building a release again replaces it.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="release files or folders")
    _store_arg(p)
    p.add_argument("--turtle", metavar="FILE", help="also write the whole graph as Turtle to FILE")
    p.add_argument("--html", metavar="FILE", help="also write the interactive graph page to FILE")
    p.add_argument("--strict", action="store_true", help="stop at the first file that fails")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="extract in N processes (writes stay in this one, in file order; default 1)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary unless something failed")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--reason", action="store_true",
                   help="materialise what the ontology entails (super-classes, super-properties, inverses, chains)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("validate", help="Check the graph against the SHACL shapes and the OWL reasoner.",
                       description="Check the union of all release graphs against ontology/shapes.ttl (pySHACL), each release's totals against its outcomes "
                                   "and for consistency with ontology/policing.ttl (HermiT, needs Java). "
                                   "Exit 0 when it conforms, 1 when not, 7 when the validator cannot run.")
    _store_arg(p)
    p.add_argument("--no-reasoner", action="store_true", help="run the SHACL shapes only (no Java needed)")
    p.add_argument("--inference", choices=("none", "rdfs"), default="none",
                   help="let pySHACL expand the data with RDFS inference first (slower; default none)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("facts", help="Print one JSON facts record per release, read from the store by SPARQL.",
                       description="Print one JSON facts record per release (the schema of spec/facts.md), "
                                   "computed by SPARQL queries over the store.")
    _store_arg(p)
    p.add_argument("--id", action="append", metavar="RELEASE_ID", help="only this release (repeatable)")
    p.add_argument("--spans", action="store_true", help="include each outcome's sentence span [start, end)")
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("query", help="Run a named query from queries/ or a .rq file.",
                       description="Run a named SPARQL query (see --list) or a .rq file over the store or an endpoint.")
    p.add_argument("name", nargs="?", metavar="NAME_OR_FILE")
    _store_arg(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="bind a query parameter (repeatable)")
    p.add_argument("--endpoint", metavar="URL", help="run against a SPARQL endpoint instead of the local store")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="Write the graph as Turtle, N-Triples, N-Quads, JSON-LD, GraphML or GEXF.",
                       description="Write the graph in one format: "
                                   + "; ".join(f"{k}: {w.help}" for k, w in WRITERS.items()) + ".")
    _store_arg(p)
    p.add_argument("--format", required=True, choices=list(WRITERS), metavar="FORMAT",
                   help="one of " + ", ".join(WRITERS))
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--reason", action="store_true", help="materialise what the ontology's rules infer before export")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("viz", help="Write the interactive HTML page of officers, teams, forces, places and outcomes.",
                       description="Write the NetworkX/pyvis view of officers, teams, forces, places and outcomes "
                                   "as one self-contained HTML page.")
    _store_arg(p)
    p.add_argument("--out", default="kg-graph.html", metavar="FILE.html", help="where to write the page")
    p.add_argument("--focus", metavar="NAME", help="only NAME (label or IRI) and what lies within --hops of it")
    p.add_argument("--hops", type=int, default=2, metavar="N", help="how far --focus reaches (default: 2)")
    p.add_argument("--path", nargs=2, metavar=("A", "B"), help="only the shortest connections between A and B")
    p.add_argument("--force", metavar="NAME", help="only what belongs to this force")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only what releases from this date name")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only what releases up to this date name")
    p.add_argument("--max-nodes", type=int, default=5000, metavar="N",
                   help="draw at most N nodes and say what was left out (default: 5000)")
    p.add_argument("--quiet", "-q", action="store_true", help="do not print the centrality summary")
    p.set_defaults(func=cmd_viz)

    p = sub.add_parser("stats", help="Print the most central officers, teams, places, forces and operations.",
                       description="Betweenness centrality over the entity network (entities joined by their "
                                   "relations and by being named in the same release).")
    _store_arg(p)
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many of each kind (default: 10)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("serve", help="Serve the store over HTTP with Oxigraph's SPARQL server.",
                       description="Run Oxigraph's SPARQL server over the store directory (union default graph): "
                                   "a query page at /, the SPARQL endpoint at /query, the graph store at /store.")
    _store_arg(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port to listen on (default: 7878)")
    p.add_argument("--read-only", action="store_true",
                   help="serve without taking the write lock (no /update; do not build meanwhile)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("push", help="Copy the graph to a SPARQL store by the Graph Store HTTP Protocol.",
                       description="PUT each release's named graph to a Graph Store HTTP Protocol endpoint "
                                   "(Oxigraph /store, Fuseki /DATASET/data, GraphDB .../rdf-graphs/service, "
                                   "Neptune /sparql/gsp/), replacing what that release's graph held there. "
                                   "Basic auth from $KG_ENDPOINT_USER and $KG_ENDPOINT_PASSWORD.")
    _store_arg(p)
    p.add_argument("--endpoint", required=True, metavar="URL", help="the Graph Store Protocol URL")
    p.add_argument("--quiet", "-q", action="store_true", help="only print the summary")
    p.set_defaults(func=cmd_push)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except KgError as exc:
        _err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
