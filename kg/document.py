"""A release's text as a parsed document: paragraphs and sentences with character spans.

The splitter is rule-based and fast: it breaks after ., ! or ? (and a closing quote) before
an upper-case letter, a digit or a quote, except after titles and abbreviations common in
police releases ("Det. Insp.", "St.", "Mr.", "No."). Paragraph breaks and bullet items
always end a sentence. Each sentence keeps its [start, end) offsets into `Release.text`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from kg.facts import Span
from kg.release import Release

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "det", "insp", "supt", "sgt", "ch", "con", "pc", "ds",
    "di", "dc", "dci", "acc", "dcc", "cllr", "rev", "prof", "jr", "sr", "co", "ltd", "vs", "v", "approx",
    "inc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
    "gen", "col", "capt", "lt", "hon", "rt", "cmdr", "insp", "t", "a", "e.g", "i.e", "etc",
}
_BREAK = re.compile(r"""[.!?]+["'\u201d\u2019)]*\s+(?=["'\u201c\u2018(]?[A-Z0-9\u00a3])""")
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")  # the word a full stop closes: "Insp." or "e.g."
_PARA = re.compile(r"\n\s*\n|\n(?=\s*(?:[*\u2022\u2013-]\s|\d+[.)]\s))|\n")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph the sentence sits in
    in_headline: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Document:
    """The text of one release split into sentences; `text[s.start:s.end] == s.text`."""

    release: Release

    @property
    def text(self) -> str:
        return self.release.text

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text, headline_end=self.release.body_start)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds character `offset`, or None (between sentences)."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def span_at(self, offset: int) -> Span:
        """The span of the sentence holding `offset`; a one-character span when none does."""
        s = self.sentence_at(offset)
        return s.span if s is not None else Span(offset, min(offset + 1, len(self.text)))


def split_sentences(text: str, headline_end: int = 0) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    para = 0
    for block in _PARA.split(text) if text else []:
        start = text.find(block, pos)
        pos = start + len(block)
        if not block.strip():
            continue
        for s, e in _split_block(block):
            a, b = start + s, start + e
            out.append(Sentence(a, b, text[a:b], para, in_headline=b <= headline_end))
        para += 1
    return out


def _split_block(block: str) -> list[tuple[int, int]]:
    spans = []
    begin = 0
    for m in _BREAK.finditer(block):
        before = block[begin:m.start() + 1]
        word = _LAST_WORD.search(before.rstrip("\"'\u201d\u2019)!?"))
        if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS and block[m.start()] == ".":
            continue
        end = m.end()
        while end > begin and block[end - 1].isspace():
            end -= 1
        spans.append((begin, end))
        begin = m.end()
    if begin < len(block):
        spans.append((begin, len(block.rstrip())))
    # strip leading spaces and bullet marks from each sentence's span
    cleaned = []
    for s, e in spans:
        while s < e and (block[s].isspace()):
            s += 1
        if s < e:
            cleaned.append((s, e))
    return cleaned


def parse(release: Release) -> Document:
    return Document(release)
