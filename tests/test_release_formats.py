"""The release reader over each layout and encoding: format, title, date, and the text kept."""
from __future__ import annotations

from datetime import date

import pytest

from kg.errors import ReleaseError
from kg.release import read_release

YAML = ('```yaml\ntitle: "Drugs seized in Derby | Derbyshire Constabulary"\nurl: https://www.derbyshire.police.uk/n/1\n'
        '```\n\n16:12 25/02/2021\n\nOfficers seized £3,000 in Derby.\n')
DASH = '---\ntitle: Drugs seized in Derby\ndate: 2021-02-25\n---\nOfficers seized £3,000 in Derby.\n'
DATED = " date 2021-02-25 officers seized £3,000 in Derby.\n"
HTML = ('<!doctype html><html><head><title>Drugs seized in Derby | Derbyshire Constabulary</title>'
        '<script>x()</script></head><body><nav><p>Home</p></nav><article><h1>Drugs seized in Derby</h1>'
        '<time datetime="2021-02-25">25 Feb</time><p>Officers seized £3,000 in Derby.</p>'
        '<div class="share"><p>Share this</p></div></article><footer><p>Cookies</p></footer></body></html>')
MARKDOWN = "# Drugs seized in Derby\n\nPublished: 25 February 2021\n\nOfficers seized **£3,000** in Derby.\n\n---\n\nFollow us\n"
TEXT = "Officers seized £3,000 in Derby.\n"


@pytest.mark.parametrize("name, content, fmt, title, day", [
    ("a.txt", YAML, "yaml", "Drugs seized in Derby", date(2021, 2, 25)),
    ("b.md", DASH, "yaml", "Drugs seized in Derby", date(2021, 2, 25)),
    ("c.txt", DATED, "dated", None, date(2021, 2, 25)),
    ("d.html", HTML, "html", "Drugs seized in Derby", date(2021, 2, 25)),
    ("e.md", MARKDOWN, "markdown", "Drugs seized in Derby", date(2021, 2, 25)),
    ("f.txt", TEXT, "text", None, None),
    ("g.txt", HTML, "html", "Drugs seized in Derby", date(2021, 2, 25)),  # the content decides, not the name
])
def test_each_layout(tmp_path, name, content, fmt, title, day):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    release = read_release(path)
    assert (release.format, release.title, release.date) == (fmt, title, day)
    assert release.id == path.stem
    assert "£3,000 in Derby." in release.text
    for junk in ("Share this", "Cookies", "Home", "Follow us", "x()", "**"):
        assert junk not in release.text


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b""), ("latin-1", b""),
])
def test_encodings_keep_the_pound_sign(tmp_path, encoding, prefix):
    path = tmp_path / "r.txt"
    path.write_bytes(prefix + "Officers seized £3,000 and a café’s till in Derby.\n".replace(
        "’", "'" if encoding == "latin-1" else "’").encode(encoding))
    text = read_release(path).text
    assert "£3,000" in text and "café" in text


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"   \n\n\t ", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"```yaml\ntitle: [unclosed\n```\n\nBody.\n", "YAML"),
    (b"```yaml\n- a list\n```\n\nBody.\n", "mapping"),
    (b"<html><body><script>x()</script></body></html>", "no article text"),
    (b"```yaml\ntitle: only front matter\n```\n", "no article text"),
])
def test_refusals_name_the_file_and_the_problem(tmp_path, content, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReleaseError) as err:
        read_release(path)
    assert str(path) in str(err.value) and words.lower() in str(err.value).lower()


@pytest.mark.parametrize("page, text, title, url, day", [
    # words on either side of a dropped tag or a comment stay apart
    ("<html><body><p>Det<script>x()</script>Insp Jo Bloggs<!-- note -->said.</p></body></html>",
     "Det Insp Jo Bloggs said.", None, None, None),
    # a childless <meta> still counts (an lxml element with no children is falsy)
    ("<html><head><meta property='og:title' content='Raid in Leeds | West Yorkshire Police'>"
     "<meta name='date' content='4 May 2022'></head><body><p>x &amp; y</p></body></html>",
     "Raid in Leeds | West Yorkshire Police\n\nx & y", "Raid in Leeds | West Yorkshire Police", None, date(2022, 5, 4)),
    # rel holds several words; the h1 inside a dropped header is still the title
    ("<html><head><link rel='canonical alternate' href=' https://x.police.uk/n/1 '></head><body><article>"
     "<header><h1>Big\nnews</h1></header><p>One.</p><ul><li>two <span class='meta'>m</span>three</li></ul>"
     "<div><p>in div</p>tail</div></article></body></html>",
     "Big\nnews\n\nOne.\n\n* two three\n\nin div", "Big\nnews", "https://x.police.uk/n/1", None),
    # no paragraphs: the main element's bare text
    ("<html><body><main><div>bare text <i>only</i> here</div></main></body></html>",
     "bare text only here", None, None, None),
    ("<?xml version='1.0' encoding='utf-8'?><html><body><div role='main'><td>cell</td></div></body></html>",
     "cell", None, None, None),
])
def test_html_pages(tmp_path, page, text, title, url, day):
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    release = read_release(path)
    assert (release.text, release.title, release.url, release.date) == (text, title, url, day)
