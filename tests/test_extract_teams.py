import pytest

from kg.document import parse
from kg.extract import extract
from kg.extract.teams import find_teams
from kg.gazetteer import load_gazetteer
from kg.release import parse_release


def doc(text):
    return parse(parse_release(text, release_id="t"))


@pytest.mark.parametrize("text, expected", [
    ("Officers from the Slough Proactive Team executed a warrant.", [("Slough Proactive Team", None)]),
    ("DI Natalie Brennan, who leads the force's county lines team, said it.", [("County Lines Team", None)]),
    ("It was brought down by Merseyside Police's county lines taskforce.", [("County Lines Taskforce", "Merseyside Police")]),
    ("DCI Tom Ashdown, of Kent Police's Serious Crime Directorate, said.", [("Serious Crime Directorate", "Kent Police")]),
    ("Lucy Hammond, from the NCA's Border Policing Command, said.", [("Border Policing Command", "National Crime Agency")]),
    ("It was led by Police Scotland's Organised Crime and Counter Terrorism Unit.",
     [("Organised Crime and Counter Terrorism Unit", "Police Scotland")]),
    ("Sgt Tom Reeve, of the Wisbech neighbourhood policing team, said.", [("Wisbech Neighbourhood Policing Team", None)]),
    ("The south division intelligence team tackles crime.", [("South Division Intelligence Team", None)]),
    ("But the intelligence team and the pro-active and organised crime teams worked.",
     [("Intelligence Team", None), ("Pro-Active Team", None), ("Organised Crime Team", None)]),
    # "task force" as written, a CID, "Specialist" inside a name, a joint unit from the gazetteer
    ("Detectives from the Paramilitary Crime Task Force searched homes.", [("Paramilitary Crime Task Force", None)]),
    ("Sergeant Tom Wheelwright, from West Mercia Police's Telford Proactive CID, said.",
     [("Telford Proactive CID", "West Mercia Police")]),
    ("It was a joint investigation by the Met's Specialist Crime Command and North Yorkshire Police.",
     [("Specialist Crime Command", "Metropolitan Police Service")]),
    ("Guns were recovered by investigators from the Organised Crime Partnership (OCP).",
     [("Organised Crime Partnership", None)]),
    # not teams: generic units, ROCUs, a shop unit, bare "the team", a force and a job title
    ("NCA Branch Commander Jenna Whitcombe said it.", []),
    ("Neighbourhood teams, response officers and specialist units worked together.", []),
    ("Officers from Essex teams joined in.", []),
    ("The base, in a former shop unit, is open.", []),
    ("The team also recovered 41 knives.", []),
    ("It was supported by the North East Regional Special Operations Unit (NERSOU).", []),
    ("Organised crime unit marks a year of results", []),
    # a capitalised Group is a unit, a crime group is not; a team named after an operation is the operation
    ("Sgt Tom Bainbridge, of the Roads Policing Group, stopped the car.", [("Roads Policing Group", None)]),
    ("The Tactical Support Group forced entry.", [("Tactical Support Group", None)]),
    ("They ran the Smith Organised Crime Group for years. The Group sold cocaine.", []),
    ("It was supported by the district's Operation Thistledown team.", []),
    # a capitalised Division is a unit; "the division" is a force's area
    ("The NCA worked with Police Scotland's Specialist Crime Division.", [("Specialist Crime Division", "Police Scotland")]),
    ("Officers across the division took part.", []),
    # a force's name opening a unit's name is the unit's force
    ("Officers from the BTP County Lines Taskforce worked at stations.", [("County Lines Taskforce", "British Transport Police")]),
    # a capitalised Section is a unit; a law's section is not
    ("PC Jake Penrose, Moss's handler in the force's Dog Section, said it.", [("Dog Section", None)]),
    ("He was searched under Section 23 of the Misuse of Drugs Act.", []),
    ("Officers used a section 60 order in the area.", []),
    # a place's joining words stay lower case inside a hyphenated name
    ("Officers from the Newcastle-under-Lyme Local Policing Team made arrests.",
     [("Newcastle-under-Lyme Local Policing Team", None)]),
    ("The Stoke-On-Trent Proactive Team searched homes.", [("Stoke-on-Trent Proactive Team", None)]),
])
def test_find_teams(text, expected):
    assert [(t.name, t.force) for t in find_teams(doc(text), load_gazetteer())] == expected


def test_short_team_name_merges_into_the_longer_one_and_gets_the_release_force():
    text = ("Officers in Derby seized drugs.\n\nThe south division intelligence team tackles crime.\n\n"
            "DI Matt Croome, who leads the intelligence team, said: \"Good.\"\n\nContact Derbyshire police on 101.")
    facts = extract(doc(text))
    assert [(t.name, t.force) for t in facts.teams] == [("South Division Intelligence Team", "Derbyshire Constabulary")]
    assert facts.people[0].team == "South Division Intelligence Team"
    assert facts.people[0].leads_team


def test_team_and_unit_of_one_name_are_one_team():
    text = ("Officers from the force's Roads Crime Unit stopped a car in Penrith.\n\n"
            "DI Sarah Musgrave said: \"This was a good stop by the roads crime team.\"\n\nContact Cumbria Police on 101.")
    facts = extract(doc(text))
    assert [(t.name, t.force) for t in facts.teams] == [("Roads Crime Unit", "Cumbria Constabulary")]


def test_team_whose_first_word_describes_work_is_not_named_after_a_place():
    text = ("North Wales Police worked with Merseyside Police on lines from Liverpool.\n\n"
            "DCI Sian Roberts-Jones, who leads the force's County Lines Taskforce, said it worked.\n\n"
            "Gwenllian Parry-Hughes, the Police and Crime Commissioner for North Wales, was speaking after the results.")
    facts = extract(doc(text))
    assert [(t.name, t.force) for t in facts.teams] == [("County Lines Taskforce", "North Wales Police")]


def test_joint_unit_keeps_no_force_while_its_officer_keeps_hers():
    text = ("Guns were recovered by the Organised Crime Partnership (OCP), a joint unit of the National Crime Agency "
            "and the Metropolitan Police.\n\nDetective Chief Inspector Nadia Farouk, of the Metropolitan Police, said.")
    facts = extract(doc(text))
    assert [(t.name, t.force) for t in facts.teams] == [("Organised Crime Partnership", None)]
    assert [(p.name, p.force) for p in facts.people] == [("Nadia Farouk", "Metropolitan Police Service")]
