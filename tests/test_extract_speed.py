"""The fast forms of the extractor's hot spots give exactly what their plain forms give.

Each speed-up in `kg.extract.outcomes`, `kg.extract.places` and `kg.release` claims to change no
output; these tests hold it to that claim on hand-made cases and on every sentence of the
held-out releases (and of the seeds).
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.document import parse
from kg.extract.outcomes import NUMBER_HINT, NUMBER_HINT_LOW, _mask_everywhere, mask
from kg.gazetteer import phrase_pattern
from kg.release import parse_release, tidy

ROOT = Path(__file__).resolve().parent.parent


def corpus_sentences() -> list[str]:
    folders = [ROOT / "seeds", ROOT / "tests" / "heldout" / "releases"]
    out = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            release = parse_release(path.read_text(encoding="utf-8"), path=str(path), suffix=path.suffix)
            out.extend(s.text for s in parse(release).sentences)
    return out


def test_mask_matches_its_plain_form_on_every_corpus_sentence():
    sentences = corpus_sentences()
    assert len(sentences) > 1000
    differ = [s for s in sentences if mask(s) != _mask_everywhere(s)]
    assert differ == []


@pytest.mark.parametrize("text", [
    "(28) and (3) were held; the men (aged 19) face trial",
    "Jo Bloggs,  41, of Leeds; Ann Lee, 33 , from York",  # two spaces, a space before the comma
    "A fifteen-year-old and a 12-month-old; an eighteen-strong team",
    "CLASS B drugs, One of them, ONE IN FIVE, Increase Of 40 arrests",
    "claſs A and ſixteen-year-old: case-blind twins of ascii letters",
    "(x) (12 ) ( 7) 7) (",
    "On 3rd March 2023 at 10.30pm, 01234 567 890 or 999; 12% of 250,000",
])
def test_mask_matches_its_plain_form_on_odd_cases(text):
    assert mask(text) == _mask_everywhere(text)


@pytest.mark.parametrize("words, inside, outside", [
    (("car", "caravan", "van"), ["car", "caravan", "van"], ["ca", "cara", "va", "carav"]),
    (("kni", "knife", "knuckle"), ["kni", "knife", "knuckle"], ["kn", "knu", "knif"]),
    (("given help", "nrm", "a.b"), ["given help", "nrm", "a.b"], ["given", "axb", "nr"]),
    (("x",), ["x"], ["", "xx"]),
])
def test_trie_matches_the_words_and_nothing_else(words, inside, outside):
    rx = re.compile(phrase_pattern(words))
    flat = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    for w in inside:
        assert rx.fullmatch(w), w
    for w in outside:
        assert not rx.fullmatch(w), w
    for text in ["a caravan in the van", "knuckle-duster and a knife", "nothing here", "given help by nrm"]:
        assert (rx.search(text) is None) == (flat.search(text) is None)


def test_number_hint_tree_finds_what_the_flat_pattern_finds():
    flat = re.compile(NUMBER_HINT.pattern)  # the flat list of words, without the case-blind flag
    for s in corpus_sentences():
        low = s.lower()
        assert [m.span() for m in NUMBER_HINT_LOW.finditer(low)] == [m.span() for m in flat.finditer(low)]


_SPACE_RUN = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def tidy_line_by_line(text: str) -> str:
    """The plain form of `kg.release.tidy`: every space run replaced, one line at a time."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = "\n".join(_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


@pytest.mark.parametrize("text, expected", [
    ("a  b", "a b"),
    ("a\tb", "a b"),
    ("a \u00a0 b\u2009c", "a b c"),
    ("  a \n\n\n b  ", "a\n\nb"),
    ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
    ("one space stays", "one space stays"),
])
def test_tidy(text, expected):
    assert tidy(text) == expected == tidy_line_by_line(text)


def test_tidy_matches_its_line_by_line_form_on_random_text():
    rnd = random.Random(7)
    alphabet = " \t\u00a0\u2009\u202f\n\r\u2028\u3000ab"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert tidy(text) == tidy_line_by_line(text), repr(text)
