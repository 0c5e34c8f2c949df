import pytest

from kg.document import parse
from kg.extract import extract
from kg.extract.people import find_people
from kg.gazetteer import load_gazetteer
from kg.release import parse_release


def doc(text):
    return parse(parse_release(text, release_id="t"))


def people(text):
    return [(p.name, p.role, p.rank) for p in find_people(doc(text), load_gazetteer())]


@pytest.mark.parametrize("text, expected", [
    ("DI Matt Croome, who leads the intelligence team, said it.", [("Matt Croome", "officer", "Detective Inspector")]),
    ("Det Supt Amira Choudhury said.", [("Amira Choudhury", "officer", "Detective Superintendent")]),
    ("Det Ch Supt Stuart Gilfillan, head of organised crime.", [("Stuart Gilfillan", "officer", "Detective Chief Superintendent")]),
    ("T/DCI Kerry Odling said.", [("Kerry Odling", "officer", "Temporary Detective Chief Inspector")]),
    ("Ch Supt Neil Hardcastle said.", [("Neil Hardcastle", "officer", "Chief Superintendent")]),
    ("PCSO Jade Whitworth, who patrols in Failsworth, said.", [("Jade Whitworth", "officer", "Police Community Support Officer")]),
    ("Sergeant Carl Booth said: \"Yes.\"", [("Carl Booth", "officer", "Sergeant")]),
    ("\"We will find you,\" said Sgt Matt Coleby.", [("Matt Coleby", "officer", "Sergeant")]),
    ("ACC Rebecca Ormston said.", [("Rebecca Ormston", "officer", "Assistant Chief Constable")]),
    ("Police and Crime Commissioner Rupert Matthews has praised officers.", [("Rupert Matthews", "pcc", None)]),
    ("Cleveland's Police and Crime Commissioner, Andrew Whitlock, said.", [("Andrew Whitlock", "pcc", None)]),
    ("Staffordshire Commissioner Graham Bostock said.", [("Graham Bostock", "pcc", None)]),
    ("Sentencing, Judge Patricia Dallow said the gang was armed.", [("Patricia Dallow", "other", None)]),
    ("Councillor Nia Pritchard, lead member for communities, said.", [("Nia Pritchard", "other", None)]),
    ("* Kane Holroyd, 29, of Parson Cross, Sheffield - 13 years", [("Kane Holroyd", "other", None)]),
    ("Kieran Doyle, aged 29, of Chalvey, Slough, was arrested.", [("Kieran Doyle", "other", None)]),
    ("Marcus Foley, the 41-year-old, of Bilston, has been charged.", [("Marcus Foley", "other", None)]),
    ("Donna Kershaw, a tenancy support worker who took part in the visits, said: \"Yes.\"",
     [("Donna Kershaw", "other", None)]),
    ("Lucy Hammond, from the NCA's Border Policing Command, said: \"Yes.\"", [("Lucy Hammond", "officer", None)]),
    ("The Police and Crime Commissioner for South Wales, Emlyn Harcombe, has praised officers.",
     [("Emlyn Harcombe", "pcc", None)]),
    ("Police and Crime Commissioner for Cambridgeshire and Peterborough Darryl Preston said.",
     [("Darryl Preston", "pcc", None)]),
    # judges and sheriffs; a job title is no rank
    ("Sheriff Principal Derek Pyle said.", [("Derek Pyle", "other", None)]),
    ("Sheriff Andrew Cubie jailed him.", [("Andrew Cubie", "other", None)]),
    ("Sentencing, the Recorder, Miss Philippa Ashdown, said the group was organised.",
     [("Philippa Ashdown", "other", None)]),
    ("Hilary Standen, Deputy Mayor for Policing, Fire and Crime for York and North Yorkshire, said: \"Good.\"",
     [("Hilary Standen", "pcc", None)]),
    # a judge named by surname alone is a person too (names are stored without their title)
    ("Lord Justice Edis said.", [("Edis", "other", None)]),
    ("He was sentenced by Lord Hollins at the High Court in Glasgow.", [("Hollins", "other", None)]),
    ("Mrs Justice Cutts jailed him.", [("Cutts", "other", None)]),
    ("The Lord Mayor and the Lord Advocate welcomed it.", []),
    # a name in apposition to an age, a defendant of no fixed abode, accented capitals
    ("The 30-year-old man, Ardit Hoxha, of no fixed abode, has since been charged.", [("Ardit Hoxha", "other", None)]),
    ("Dean Ross, of no fixed abode, was charged.", [("Dean Ross", "other", None)]),
    ("Councillor \u00c1ine McCartan, chair of the partnership, welcomed the sentences.",
     [("\u00c1ine McCartan", "other", None)]),
    ("NCA Operations Manager Kieran Blythe said: \"Yes.\"", [("Kieran Blythe", "officer", None)]),
    ("Border Force Director Sarah Penhaligon said.", [("Sarah Penhaligon", "officer", None)]),
    ("NCA Branch Commander Jenna Whitcombe said.", [("Jenna Whitcombe", "officer", None)]),
    ("Commander Paul Brogden of the Met said.", [("Paul Brogden", "officer", "Commander")]),
    ("Financial Investigator Amy Cole said the money would be recovered.", [("Amy Cole", "officer", None)]),
    ("Financial investigator Gemma Stott, of the Economic Crime Unit, said it.", [("Gemma Stott", "officer", None)]),
    ("Senior Intelligence Analyst Ravi Shah said.", [("Ravi Shah", "officer", None)]),
    ("Senior Investigating Officer Detective Chief Inspector Nadia Farouk said.",
     [("Nadia Farouk", "officer", "Detective Chief Inspector")]),
    # no person: a rank used as a common noun, a PCC title with no name
    ("Insp Dan Whitcombe, neighbourhood inspector for Weston-super-Mare, said.", [("Dan Whitcombe", "officer", "Inspector")]),
    ("Figures presented to the Commissioner show progress.", []),
    # a preposition opening a sentence is no first name
    ("In Humberside, the activity was run under Operation Tidewater.", []),
    ("In Lewisham, neighbourhood officers knocked on doors.", []),
    # PCC titles in apposition: several words own the title, Victims' commissioners, any verb after it
    ("Joanne Harrowby, North Yorkshire's Police, Fire and Crime Commissioner, said: \"Good.\"",
     [("Joanne Harrowby", "pcc", None)]),
    ("Susan Hebburn, Durham's Police, Crime and Victims' Commissioner, said: \"Good.\"", [("Susan Hebburn", "pcc", None)]),
    ("Gwenllian Parry-Hughes, the Police and Crime Commissioner for North Wales, was speaking after the results.",
     [("Gwenllian Parry-Hughes", "pcc", None)]),
    ("Sir Mark Rowley, the Commissioner of the Metropolitan Police, said it worked.", [("Mark Rowley", "officer", None)]),
    # a Deputy Commissioner where no force is headed by a commissioner is the deputy PCC
    ("North Wales Police closed 64 lines. Deputy Commissioner Rhodri Elis added: \"Good.\"", [("Rhodri Elis", "pcc", None)]),
    ("The Metropolitan Police closed 64 lines. Deputy Commissioner Lynne Owens said: \"Good.\"",
     [("Lynne Owens", "officer", "Deputy Commissioner")]),
    ("Call Crimestoppers anonymously on 0800 555 111.", []),
])
def test_find_people(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, name, force, team", [
    ("\"It worked,\" said DI Craig Rutherford, of NERSOU.", "Craig Rutherford",
     "North East Regional Special Operations Unit", None),
    ("DS Owen Pritchard of West Mercia Police said it.", "Owen Pritchard", "West Mercia Police", None),
    ("DC Naomi Fraser, from the Met's South Area Proactive Team, said.", "Naomi Fraser",
     "Metropolitan Police Service", "South Area Proactive Team"),
    ("NCA Branch Commander Jenna Whitcombe said.", "Jenna Whitcombe", "National Crime Agency", None),
    ("NCA Operations Manager Kieran Blythe said.", "Kieran Blythe", "National Crime Agency", None),
    ("Detective Superintendent Aoife Brennan of An Garda Síochána said.", "Aoife Brennan", "An Garda Síochána", None),
    # two forces: the area an officer's title names gives the force
    ("Cumbria Constabulary and Police Scotland ran it. Chief Inspector Morag Lindsay, local area commander for "
     "Annandale and Eskdale, said it worked.", "Morag Lindsay", "Police Scotland", None),
    # "the regional unit": the one regional organised crime unit the release names
    ("Humberside Police worked with the Yorkshire and Humber ROCU. \"It worked,\" said Detective Superintendent "
     "Anita Lidgett, of the regional unit.", "Anita Lidgett", "Yorkshire and the Humber Regional Organised Crime Unit",
     None),
    ("Warwickshire Police and the West Midlands Regional Organised Crime Unit (ROCU) ran it. Detective Inspector "
     "Sunita Kalsi, of the ROCU, said it worked.", "Sunita Kalsi", "West Midlands Regional Organised Crime Unit", None),
])
def test_officer_tied_to_force_and_team(text, name, force, team):
    (p,) = find_people(doc(text), load_gazetteer())
    assert (p.name, p.force, p.team) == (name, force, team)


def test_pcc_gets_force_of_area_and_mr_reference_adds_no_one():
    text = ("Leicester, Leicestershire and Rutland Police and Crime Commissioner Rupert Matthews praised officers.\n\n"
            "Mr Matthews said: \"Well done.\"")
    facts = extract(doc(text))
    assert [(p.name, p.role, p.force) for p in facts.people] == [("Rupert Matthews", "pcc", "Leicestershire Police")]
    assert [f.name for f in facts.forces] == ["Leicestershire Police"]


@pytest.mark.parametrize("text, forces", [
    # each PCC gets the force of the area their own title names
    ("Humber's Police and Crime Commissioner, Anthony Kirkham, welcomed the work of Humberside Police and "
     "Lincolnshire Police.\n\nLincolnshire's Police and Crime Commissioner, Helen Scarbrough, said: \"Good.\"",
     {"Anthony Kirkham": "Humberside Police", "Helen Scarbrough": "Lincolnshire Police"}),
    ("The NCA worked with Cumbria Constabulary and Durham Constabulary.\n\nSusan Hebburn, Durham's Police, Crime and "
     "Victims' Commissioner, said: \"Good.\"", {"Susan Hebburn": "Durham Constabulary"}),
])
def test_each_pcc_gets_the_force_of_their_own_area(text, forces):
    facts = extract(doc(text))
    assert {p.name: p.force for p in facts.people if p.role == "pcc"} == forces


def test_single_force_release_gives_officers_its_force_and_defendants_none():
    text = ("Jason Pugh, 34, of Ely, Cardiff, was jailed.\n\nPC Laura Stainton said: \"Good.\"\n\n"
            "Contact Gwent Police on 101.")
    facts = extract(doc(text))
    assert [(p.name, p.force) for p in facts.people] == [("Laura Stainton", "Gwent Police"), ("Jason Pugh", None)]


def test_pcc_like_deputy_mayor_gets_the_force_of_the_area():
    text = ("North Yorkshire Police and Durham Constabulary made arrests.\n\nHilary Standen, Deputy Mayor for Policing, "
            "Fire and Crime for York and North Yorkshire, said: \"Good.\"")
    facts = extract(doc(text))
    assert [(p.name, p.role, p.force) for p in facts.people] == [("Hilary Standen", "pcc", "North Yorkshire Police")]


def test_team_named_after_a_place_gets_the_force_of_its_area():
    text = ("Bedfordshire Police arrested a man in Luton. Cambridgeshire Constabulary searched homes in Huntingdon.\n\n"
            "DS Kate Wenham, of the Huntingdon Proactive Team, said: \"Good.\"")
    facts = extract(doc(text))
    assert [(t.name, t.force) for t in facts.teams] == [("Huntingdon Proactive Team", "Cambridgeshire Constabulary")]
    assert [(p.name, p.force) for p in facts.people] == [("Kate Wenham", "Cambridgeshire Constabulary")]
