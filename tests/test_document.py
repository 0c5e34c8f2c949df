import pytest

from kg.document import split_sentences


@pytest.mark.parametrize("text, expected", [
    ("Det. Insp. Smith spoke. Then he left.", ["Det. Insp. Smith spoke.", "Then he left."]),
    ("He said: \"It worked.\" Officers left.", ["He said: \"It worked.\"", "Officers left."]),
    ("Headline\n\nFirst line.\n * bullet one\n * bullet two", ["Headline", "First line.", "* bullet one", "* bullet two"]),
    ("Seized £5,000. 12 arrests were made.", ["Seized £5,000.", "12 arrests were made."]),
])
def test_split_sentences(text, expected):
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    for s in got:
        assert text[s.start:s.end] == s.text
