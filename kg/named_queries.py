"""Named SPARQL queries: the `.rq` files of `queries/`, shipped inside the package as `kg.queries`.

Each file starts with a header of `#` comments: the first line says what it answers,
`# param NAME: TYPE - meaning` lines declare parameters (TYPE is string, iri, integer or date;
`TYPE (optional)` marks one that may be left out, which leaves its variable free), and a
`# columns: a, b, c` line names the result columns. Parameters are bound as typed RDF terms,
never pasted into the SPARQL text: by pyoxigraph substitution locally, and by a VALUES block
of escaped terms against a remote endpoint (`kg.remote`).

The `.rq` files live in the checkout's `queries/` folder, which ships inside the installed
package as the data package `kg.queries`.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store import Store

_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(\w+)\s*(\(optional\))?\s*(?:-\s*(.*))?$")
_COLUMNS = re.compile(r"^#\s*columns\s*:\s*(.*)$")
PARAM_TYPES = ("string", "iri", "integer", "date")
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class NamedQuery:
    name: str
    sparql: str
    summary: str = ""
    params: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (type, meaning)
    optional: set[str] = field(default_factory=set)  # parameters that may be left out
    columns: list[str] = field(default_factory=list)  # as the header declares them


def parse_query(name: str, sparql: str) -> NamedQuery:
    summary = ""
    params: dict[str, tuple[str, str]] = {}
    optional: set[str] = set()
    columns: list[str] = []
    for number, line in enumerate(sparql.splitlines(), start=1):
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        c = _COLUMNS.match(line)
        if m:
            kind = m[2].lower()
            if kind not in PARAM_TYPES:
                raise QueryError(f"query {name!r}, line {number}: parameter {m[1]!r} has unknown type {kind!r}",
                                 hint="use one of " + ", ".join(PARAM_TYPES))
            params[m[1]] = (kind, (m[4] or "").strip())
            if m[3]:
                optional.add(m[1])
        elif c:
            columns = [col.strip() for col in c[1].split(",") if col.strip()]
        elif line.lstrip("# ").startswith("param"):
            raise QueryError(f"query {name!r}, line {number}: malformed parameter line {line!r}",
                             hint="write `# param NAME: TYPE - meaning` or `# param NAME: TYPE (optional) - meaning`")
        elif not summary and line.strip("# ").strip():
            summary = line.strip("# ").strip()
    return NamedQuery(name, sparql, summary, params, optional, columns)


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for entry in resources.files("kg.queries").iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_query(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(out.items()))


def load_query(name_or_file: str) -> NamedQuery:
    path = Path(name_or_file)
    if name_or_file.endswith(".rq") and path.is_file():
        return parse_query(path.stem, path.read_text(encoding="utf-8"))
    queries = named_queries()
    if name_or_file in queries:
        return queries[name_or_file]
    raise QueryError(f"unknown query {name_or_file!r}",
                     hint="name one of: " + ", ".join(queries) + "; or give a path to a .rq file")


def bind(query: NamedQuery, values: dict[str, str]) -> dict[ox.Variable, ox.Term]:
    """Turn `--param key=value` strings into typed RDF terms for safe substitution."""
    unknown = set(values) - set(query.params)
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(sorted(unknown))}",
                         hint="its parameters: " + (", ".join(query.params) or "none"))
    missing = [k for k in query.params if k not in values and k not in query.optional]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {', '.join(k + '=...' for k in missing)}",
                         hint="; ".join(f"{k}: {query.params[k][0]} - {query.params[k][1]}" for k in missing))
    out = {}
    for key, raw in values.items():
        kind = query.params[key][0]
        if kind == "iri":
            if not re.match(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", raw, re.I):
                raise QueryError(f"parameter {key!r} must be an IRI, got {raw!r}")
            term = ox.NamedNode(raw)
        elif kind in ("integer", "int"):
            if not re.fullmatch(r"-?\d+", raw):
                raise QueryError(f"parameter {key!r} must be an integer, got {raw!r}")
            term = ox.Literal(raw, datatype=ox.NamedNode(XSD + "integer"))
        elif kind == "date":
            try:
                date.fromisoformat(raw)
            except ValueError:
                raise QueryError(f"parameter {key!r} must be a date YYYY-MM-DD, got {raw!r}") from None
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                raise QueryError(f"parameter {key!r} must be a date YYYY-MM-DD, got {raw!r}")
            term = ox.Literal(raw, datatype=ox.NamedNode(XSD + "date"))
        else:
            term = ox.Literal(raw)
        out[ox.Variable(key)] = term
    return out


def run_query(store: Store, query: NamedQuery, params: dict[str, str] | None = None) -> tuple[list[str], list[list]]:
    """Run a SELECT query; return column names and rows of plain Python values (None when unbound)."""
    try:
        result = store.query(query.sparql, substitutions=bind(query, params or {}))
    except RuntimeError as exc:  # pyoxigraph's evaluation errors, e.g. a parameter not in the projection
        raise QueryError(f"query {query.name!r} failed: {exc}",
                         hint="a parameter's variable must appear in the SELECT clause") from exc
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"query {query.name!r} is not a SELECT query")
    columns = [v.value for v in result.variables]
    rows = [[_plain(sol[c]) for c in columns] for sol in result]
    return columns, rows


def _plain(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return plain_literal(term.value, term.datatype.value if term.datatype else "")
    return term.value


def plain_literal(value: str, datatype: str):
    """A literal's lexical form and datatype IRI as a Python value: numbers become int or float."""
    if datatype.endswith(("#integer", "#int", "#long", "#short", "#nonNegativeInteger")):
        return int(value)
    if datatype.endswith(("#decimal", "#double", "#float")):
        v = float(value)
        return int(v) if v.is_integer() else v
    return value


def format_rows(columns: list[str], rows: list[list], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], indent=2, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows([["" if v is None else v for v in r] for r in rows])
        return buf.getvalue().rstrip("\n")
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(v[:60].ljust(w) for v, w in zip(vals, widths)).rstrip()
    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
