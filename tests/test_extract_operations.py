import pytest

from kg.document import parse
from kg.extract.operations import find_operations
from kg.gazetteer import load_gazetteer
from kg.release import parse_release


def doc(text):
    return parse(parse_release(text, release_id="t"))


@pytest.mark.parametrize("text, expected", [
    ("Operation Corran ran for a fortnight.", ["Operation Corran"]),
    ("Officers on Op Raptor made arrests.", ["Operation Raptor"]),
    ("Follow #OpDerbyshire for more.", ["Operation Derbyshire"]),
    ("Funding came from Project Medusa.", ["Project Medusa"]),
    ("Officers took part in the national county lines intensification week.", ["County Lines Intensification Week"]),
    ("It was part of Knife Crime Awareness Week.", ["Knife Crime Awareness Week"]),
    ("Operation Derbyshire runs until the end of May.", ["Operation Derbyshire"]),
    ("Drugs seized in Operation Tarrow\u2019s first year.", ["Operation Tarrow"]),
    ("It was Operation Kestrel's biggest week.", ["Operation Kestrel"]),
    # generic phrases are not named operations
    ("The operation targeted dealers during a week of action.", []),
    ("During the Last Week officers were busy.", []),
])
def test_find_operations(text, expected):
    assert [o.name for o in find_operations(doc(text), load_gazetteer())] == expected
