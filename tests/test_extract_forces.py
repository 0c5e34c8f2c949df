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
    # a police force or agency outside the UK that took part
    ("The NCA was supported by Europol.", ["National Crime Agency", "Europol"]),
    ("Colleagues in An Garda Síochána searched two properties.", ["An Garda Síochána"]),
    # a sentence defining a unit by its members lists no force at work on the case
    ("Officers from the Paramilitary Crime Task Force made arrests. The operation was supported by the "
     "National Crime Agency.\n\nThe Paramilitary Crime Task Force is made up of officers from the Police Service "
     "of Northern Ireland, the National Crime Agency and HM Revenue and Customs.", ["National Crime Agency"]),
    # an apposition inside a sentence about the work is no definition: its forces took part
    ("The OCP, a joint unit made up of officers from the National Crime Agency and the Metropolitan Police, "
     "seized guns.", ["National Crime Agency", "Metropolitan Police Service"]),
    # the notes to editors are boilerplate
    ("NCA officers arrested two men.\n\nNotes to editors\n\nBorder Force is a law enforcement command within "
     "the Home Office. Kent Police supports the Agency.", ["National Crime Agency"]),
    ("Kent Police officers arrested two men.\n\nENDS\n\nThe operation is part of a partnership with Essex Police.",
     ["Kent Police"]),
    # a joint unit of several forces is a team, never a force
    ("Investigators from the Organised Crime Partnership (OCP) recovered handguns.", []),
])
def test_find_forces(text, expected):
    assert [f.name for f in find_forces(doc(text), load_gazetteer())] == expected


def test_every_uk_territorial_force_is_in_the_gazetteer():
    gaz = load_gazetteer()
    territorial = [f for f in gaz.forces if f["kind"] == "territorial"]
    assert len(territorial) >= 45
    assert gaz.force_for_domain("www.southyorks.police.uk") == "South Yorkshire Police"
    assert gaz.force_pcc_area["leicester, leicestershire and rutland"] == "Leicestershire Police"
