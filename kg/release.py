"""Release files to `Release` objects: title, URL, date and the clean article text.

Five layouts are read (the format is detected from the content, not trusted from the name):

* ``yaml``: a fenced ```` ```yaml ```` front matter (og: metadata, title, url), then a
  ``HH:MM DD/MM/YYYY`` timestamp line, then the body;
* ``dated``: `` date YYYY-MM-DD `` before a fragment that may start mid-sentence;
* ``html``: a saved web page, of which only the ``<article>`` (or ``<main>``) counts;
* ``markdown``: ``# Title`` and a ``Published: 3 March 2023`` line;
* ``text``: bare paragraphs with no metadata.

`Release.text` is the headline (when there is one) and the body, paragraphs separated by a
blank line. Every fact's span points into this text, and the graph keeps it.
"""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

# libyaml's safe loader when PyYAML was built with it: the same result, several times faster
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from kg.errors import ReleaseError

RELEASE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".text", ""}
# A press release, even a saved web page with its scripts, is well under this; a bigger file
# is a dump or a mistake, and reading it whole would stall a batch.
MAX_BYTES = 10 * 1024 * 1024
CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)  # not tab, newline, VT, FF, CR

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}


@dataclass
class Release:
    """One press release, read and cleaned."""

    id: str  # the file name without its extension
    path: str
    format: str  # yaml | dated | html | markdown | text
    text: str  # headline + body, the text every span points into
    title: str | None = None
    url: str | None = None
    date: date | None = None
    site_name: str | None = None  # "Derbyshire Constabulary" from "Title | Derbyshire Constabulary"
    meta: dict = field(default_factory=dict)  # other front matter (area, og:description ...)
    body_start: int = 0  # offset in `text` where the body starts (after the headline)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- decoding


def decode(data: bytes, path: str | Path) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.

    Binary content (NUL bytes or many control characters) is an error, not text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReleaseError(f"not valid UTF-16 text ({exc.reason})", path=path) from exc
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if b"\x00" in sample or (sample and controls / len(sample) > 0.05):
        raise ReleaseError("binary file, not a text or HTML release", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1252 is what Windows scrapers save; it maps every byte but five, and a file
        # holding one of those falls back to Latin-1, so that nothing is dropped (the pound survives).
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


# ---------------------------------------------------------------------------- text tidy-up

# a run of spaces, tabs and no-break or thin spaces that is not already one plain space (which the
# tidy-up would only replace by itself); none of them is a line end
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]{2,}|[\t\u00a0\u2009\u202f]")
_BLANKS = re.compile(r"\n\s*\n+")


def tidy(text: str) -> str:
    """Normalise line ends and spaces; keep paragraphs apart by one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


def join_title(title: str | None, body: str) -> tuple[str, int]:
    """The release text: headline, blank line, body; and where the body starts."""
    body = tidy(body)
    if title:
        title = tidy(title)
        if body.startswith(title):  # a body that repeats its headline keeps one copy
            return body, 0
        return f"{title}\n\n{body}", len(title) + 2
    return body, 0


# ---------------------------------------------------------------------------- dates


def parse_date(text: str) -> date | None:
    """Dates in the forms releases use: ISO, DD/MM/YYYY, '3 March 2023', 'March 3, 2023'."""
    text = text.strip()
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", text)
    if m:  # UK releases put the day first
        return _safe_date(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b", text)
    if m and m[2].lower() in MONTHS:
        return _safe_date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    m = re.search(r"\b([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", text)
    if m and m[1].lower() in MONTHS:
        return _safe_date(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def split_site_name(title: str | None) -> tuple[str | None, str | None]:
    """'Headline | Derbyshire Constabulary' -> ('Headline', 'Derbyshire Constabulary')."""
    if not title:
        return title, None
    parts = re.split(r"\s+[|\u2013\u2014]\s+", title)
    if len(parts) > 1 and len(parts[-1].split()) <= 6:
        return " | ".join(parts[:-1]).strip(), parts[-1].strip()
    return title.strip(), None


# ---------------------------------------------------------------------------- readers

_YAML_FENCE = re.compile(r"\A\s*```ya?ml[ \t]*\n(.*?)\n```[ \t]*\n?", re.S)
_DASH_FENCE = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_TIMESTAMP = re.compile(r"\A\s*(\d{1,2}:\d{2})\s+(\d{1,2}/\d{1,2}/\d{4})[ \t]*\n")
_DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
_MD_TITLE = re.compile(r"\A\s*#\s+(.+?)\s*\n")
_PUBLISHED = re.compile(r"^\s*\**(?:Published|Posted|Date)\**\s*:?\**\s*(.+?)\s*$", re.I | re.M)


def _read_yaml(text: str, path: str, release_id: str) -> Release:
    m = _YAML_FENCE.match(text) or _DASH_FENCE.match(text)
    assert m is not None
    try:
        meta = yaml.load(m[1], Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise ReleaseError(
            f"broken YAML front matter{where}: {getattr(exc, 'problem', None) or exc}",
            path=path,
            hint="fix the front matter or remove the ```yaml fence",
        ) from exc
    if not isinstance(meta, dict):
        raise ReleaseError("YAML front matter is not a mapping of keys to values", path=path)
    rest = text[m.end():]
    day = None
    ts = _TIMESTAMP.match(rest)
    if ts:
        day = parse_date(ts[2])
        rest = rest[ts.end():]
    og = meta.get("og") if isinstance(meta.get("og"), dict) else {}
    raw_title = _str(og.get("title")) or _str(meta.get("title"))
    _, site = split_site_name(_str(meta.get("title")))
    title, _ = split_site_name(raw_title)
    url = _str(meta.get("url")) or _str(og.get("url"))
    if day is None:
        for key in ("date", "published", "datePublished"):
            if meta.get(key):
                day = meta[key] if isinstance(meta[key], date) else parse_date(str(meta[key]))
                if isinstance(day, datetime):
                    day = day.date()
                break
    body_text, start = join_title(title, rest)
    return Release(release_id, path, "yaml", body_text, title=title, url=url, date=day,
                   site_name=site, meta={k: v for k, v in meta.items() if k not in ("og",)}, body_start=start)


def _str(value) -> str | None:
    return html.unescape(str(value)).strip() if value not in (None, "") else None


def _read_dated(text: str, path: str, release_id: str) -> Release:
    m = _DATE_PREFIX.match(text)
    assert m is not None
    body = tidy(text[m.end():])
    return Release(release_id, path, "dated", body, date=parse_date(m[1]))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _read_markdown(text: str, path: str, release_id: str) -> Release:
    m = _MD_TITLE.match(text)
    assert m is not None
    title = _MD_EMPH.sub(r"\2", m[1]).strip()
    rest = text[m.end():]
    day = None
    pub = _PUBLISHED.search(rest[:600])
    if pub:
        day = parse_date(_MD_EMPH.sub(r"\2", pub[1]))
        if day is not None:
            rest = rest[: pub.start()] + rest[pub.end():]
    # a closing rule ends the article; what follows is the site's footer
    rule = re.search(r"^\s*(?:---+|\*\*\*+|___+)\s*$", rest, re.M)
    if rule:
        rest = rest[: rule.start()]
    lines = []
    for line in rest.split("\n"):
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"^\s*>\s?", "", line)
        line = re.sub(r"^\s*[-*+]\s+", " * ", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPH.sub(r"\2", line)
        lines.append(line)
    body_text, start = join_title(title, "\n".join(lines))
    return Release(release_id, path, "markdown", body_text, title=title, date=day, body_start=start)


_BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "aside", "footer", "header", "form",
                     "button", "svg", "iframe", "template", "figure")
_BOILERPLATE_CLASS = re.compile(
    r"share|social|related|breadcrumb|cookie|newsletter|promo|sidebar|advert|subscribe|skip|tags?\b|meta", re.I
)


class _Page:
    """A parsed HTML page read the way the reader needs it, on lxml's own tree (fast).

    Removing an element (`drop`) only marks it: the text after it stays a string of its own,
    so words on either side of a dropped tag are still read apart.
    """

    def __init__(self, text: str, path: str) -> None:
        from lxml import etree  # only HTML releases pay for the import

        parser = etree.HTMLParser()
        try:
            parser.feed(text)
            self.root = parser.close()
        except etree.LxmlError as exc:
            raise ReleaseError(f"cannot parse the HTML page ({exc})", path=path) from exc
        self.dropped: set = set()

    def first(self, tag: str, **attrs: str):
        """The first element named `tag` (any, for "*") whose attributes equal `attrs`."""
        if self.root is None:
            return None
        for el in self.root.iter(None if tag == "*" else tag):
            if isinstance(el.tag, str) and all(el.get(k) == v for k, v in attrs.items()):
                return el
        return None

    def live(self, el):
        """The elements under `el` (not `el` itself) in document order, skipping dropped ones."""
        for child in el:
            if isinstance(child.tag, str) and child not in self.dropped:
                yield child
                yield from self.live(child)

    def strings(self, el):
        """The text pieces under `el` in document order; comments and dropped elements give
        none, but the text after them still counts."""
        if el.text:
            yield el.text
        for child in el:
            if isinstance(child.tag, str) and child not in self.dropped:
                yield from self.strings(child)
            if child.tail:
                yield child.tail

    def text(self, el) -> str:
        return " ".join(self.strings(el))


def _read_html(text: str, path: str, release_id: str) -> Release:
    page = _Page(text, path)

    def meta(*names: str) -> str | None:
        for name in names:
            tag = page.first("meta", property=name)
            if tag is None:
                tag = page.first("meta", name=name)
            if tag is not None and tag.get("content"):
                return tag.get("content").strip()
        return None

    article = page.first("article")
    for candidate in (lambda: page.first("main"), lambda: page.first("*", role="main"), lambda: page.first("body")):
        if article is None:
            article = candidate()
    if article is None:
        raise ReleaseError("HTML page has no body or article", path=path)
    day = None
    time_tag = next((el for el in page.live(article) if el.tag == "time"), None)
    if time_tag is not None:
        day = parse_date(time_tag.get("datetime") or page.text(time_tag))
    if day is None:
        published = meta("article:published_time", "datePublished", "date", "dc.date")
        day = parse_date(published) if published else None
    h1 = next((el for el in page.live(article) if el.tag == "h1"), None)
    if h1 is None:
        h1 = page.first("h1")
    title_tag = page.first("title")
    head_title = page.text(title_tag).strip() if title_tag is not None else None
    title = page.text(h1).strip() if h1 is not None else (meta("og:title") or split_site_name(head_title)[0])
    _, site = split_site_name(head_title)
    site = site or meta("og:site_name")
    url = None
    canonical = next((el for el in page.root.iter("link")
                      if el.get("rel") is not None and "canonical" in el.get("rel").split()), None)
    if canonical is not None and canonical.get("href"):
        url = canonical.get("href").strip()
    url = url or meta("og:url")

    page.dropped.update(el for el in list(page.live(article)) if el.tag in _BOILERPLATE_TAGS)
    page.dropped.update(el for el in list(page.live(article))
                        if el.get("class") and _BOILERPLATE_CLASS.search(el.get("class"))
                        and el.tag not in ("article", "main", "body"))
    if h1 is not None:
        page.dropped.add(h1)
    blocks = []
    for el in page.live(article):
        if el.tag not in _BLOCK_TAGS:
            continue
        if any(d.tag in ("p", "li") for d in page.live(el)):  # a container; its children are read on their own
            continue
        words = " ".join(page.text(el).split())
        if words:
            blocks.append((" * " if el.tag == "li" else "") + words)
    if not blocks:  # an article with bare text and no paragraphs
        blocks = [" ".join(page.text(article).split())]
    body = "\n\n".join(b for b in blocks if b)
    if not body.strip():
        raise ReleaseError("HTML page has no article text (only scripts, navigation or boilerplate)", path=path)
    body_text, start = join_title(title, body)
    return Release(release_id, path, "html", body_text, title=title, url=url, date=day, site_name=site,
                   body_start=start)


_BLOCK_TAGS = frozenset({"p", "li", "h2", "h3", "h4", "blockquote", "td"})


def _read_text(text: str, path: str, release_id: str) -> Release:
    return Release(release_id, path, "text", tidy(text))


def detect_format(text: str, suffix: str = "") -> str:
    head = text[:2048].lstrip()
    if _YAML_FENCE.match(text) or (_DASH_FENCE.match(text) and ":" in text[:200]):
        return "yaml"
    if _DATE_PREFIX.match(text):
        return "dated"
    low = head[:512].lower()
    if suffix in (".html", ".htm") or low.startswith(("<!doctype html", "<html")) or "<body" in low:
        return "html"
    if _MD_TITLE.match(text):
        return "markdown"
    return "text"


READERS = {
    "yaml": _read_yaml,
    "dated": _read_dated,
    "html": _read_html,
    "markdown": _read_markdown,
    "text": _read_text,
}


def parse_release(text: str, *, path: str = "<text>", release_id: str | None = None, suffix: str = "") -> Release:
    """Text of a release file to a `Release`; raises `ReleaseError` when there is no article."""
    release_id = release_id or Path(path).stem
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    release = READERS[detect_format(text, suffix)](text, path, release_id)
    if not release.text[release.body_start:].strip():
        raise ReleaseError("no article text after removing metadata" + (" and the headline" if release.title else ""),
                           path=path)
    return release


def read_release(path: str | Path) -> Release:
    """Read one release file; every failure is a `ReleaseError` naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReleaseError(f"file is {size / 2**20:.0f} MiB, larger than the {MAX_BYTES // 2**20} MiB "
                               "a press release can be", path=path, hint="split it into one file per release")
        data = path.read_bytes()
    except PermissionError as exc:
        raise ReleaseError("cannot read the file: permission denied", path=path) from exc
    except IsADirectoryError as exc:
        raise ReleaseError("is a directory, not a release file", path=path) from exc
    except OSError as exc:
        raise ReleaseError(f"cannot read the file: {exc.strerror or exc}", path=path) from exc
    if not data.strip():
        raise ReleaseError("empty file", path=path)
    return parse_release(decode(data, path), path=str(path), suffix=path.suffix.lower())
