import pytest

from kg.document import parse
from kg.extract.forces import find_forces
from kg.gazetteer import load_gazetteer
from kg.release import parse_release


def doc(text):
    return parse(parse_release(text, release_id="t"))


@pytest.mark.parametrize("text, expected", [
    ("Officers from Lancashire Police made arrests.", ["Lancashire Constabulary"]),
    ("Working with the Met has helped.", ["Metropolitan Police Service"]),
    ("Report it to Herts Police online.", ["Hertfordshire Constabulary"]),
    ("Contact Derbyshire police on 101.", ["Derbyshire Constabulary"]),
    ("colleagues from Titan, the North West Regional Organised Crime Unit.", ["North West Regional Organised Crime Unit"]),
    ("The investigation was led by Tarian with South Wales Police.",
     ["Southern Wales Regional Organised Crime Unit", "South Wales Police"]),
    ("DI Craig Rutherford, of NERSOU, said.", ["North East Regional Special Operations Unit"]),
    ("The team works with EMSOU.", ["East Midlands Special Operations Unit"]),
    ("Detectives of the PSNI's Organised Crime Branch.", ["Police Service of Northern Ireland"]),
    ("Border Force officers stopped the lorry and the NCA took over.", ["Border Force", "National Crime Agency"]),
    ("Avon and Somerset Police's serious and organised crime unit.", ["Avon and Somerset Constabulary"]),
    ("Dyfed-Powys Police's county lines team published results.", ["Dyfed-Powys Police"]),
    # a PCC's title is not the force, Crimestoppers is no force, 'met' the verb is no force
    ("The Cleveland Police and Crime Commissioner spoke.", []),
    ("Call Crimestoppers anonymously.", []),
    ("Officers met residents in the town.", []),
    ("The Met Office warned of rain.", []),
])
def test_find_forces(text, expected):
    assert [f.name for f in find_forces(doc(text), load_gazetteer())] == expected


def test_every_uk_territorial_force_is_in_the_gazetteer():
    gaz = load_gazetteer()
    territorial = [f for f in gaz.forces if f["kind"] == "territorial"]
    assert len(territorial) >= 45
    assert gaz.force_for_domain("www.southyorks.police.uk") == "South Yorkshire Police"
    assert gaz.force_pcc_area["leicester, leicestershire and rutland"] == "Leicestershire Police"
