"""Hypothesis fuzzes the release reader and the extractor: random bytes and near-release text
end in a `Release` or a `ReleaseError`, never in any other exception."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ReleaseError
from kg.extract import extract_release
from kg.release import decode, parse_release

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# pieces real releases are made of, so the fuzzer reaches past the format detection
PIECES = st.sampled_from([
    "```yaml\n", "```\n", "---\n", "title: ", "og:\n  title: x\n", "url: https://a.police.uk/n/\n",
    "10:15 03/04/2023\n", "date 2022-01-31 ", "# Headline\n", "Published: 3 March 2023\n",
    "<html><body><article><h1>T</h1><p>", "</p></article></body></html>", "<script>x()</script>",
    "\n\n", " ", ".", "\"", "£", "£1.2m", "12kg", "3,000", "jailed for 4 years", "Detective Inspector ",
    "Derbyshire Constabulary", "Operation ", "arrested", "charged with", "Derby", "Kirkby-in-Ashfield",
    "PC ", "said DCI Jane Smith, of the Serious and Organised Crime Unit.", "more than ", "around ",
    "\u00a0", "\u2019", "\r\n", "\t", "*", "[link](http://x)", "&amp;", "\x0c",
])
RELEASE_LIKE = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join)


def read_or_refuse(text: str):
    try:
        return parse_release(text, path="fuzz.txt")
    except ReleaseError:
        return None


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_decode_or_are_refused(data):
    try:
        text = decode(data, "fuzz.bin")
    except ReleaseError:
        return
    release = read_or_refuse(text)
    if release is not None:
        assert release.text.strip()


@FUZZ
@given(RELEASE_LIKE, st.sampled_from(["", ".txt", ".md", ".html"]))
def test_release_like_text_parses_or_is_refused(text, suffix):
    try:
        release = parse_release(text, path=f"fuzz{suffix}", suffix=suffix)
    except ReleaseError:
        return
    assert release.text.strip()
    assert 0 <= release.body_start <= len(release.text)


@FUZZ
@given(RELEASE_LIKE)
def test_extractor_never_crashes_and_spans_point_into_the_text(text):
    release = read_or_refuse(text)
    if release is None:
        return
    facts = extract_release(release)
    for kind in (facts.forces, facts.teams, facts.people, facts.places, facts.operations, facts.outcomes):
        for item in kind:
            if item.span is not None:
                assert 0 <= item.span.start < item.span.end <= len(release.text), (item, release.text)


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"\xfe\xff\x00", b"\xef\xbb\xbf", b"\x00" * 10,
                                  b"```yaml\n:\n```\n", b"---\n- a\n---\nx", b"<html></html>"])
def test_edge_bytes(data):
    try:
        text = decode(data, "edge.txt")
    except ReleaseError:
        return
    read_or_refuse(text)
