"""Places finder: tables of text and the places it must (and must not) yield."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from kg.document import Document
from kg.extract.places import find_places, load_index, norm
from kg.release import Release


def doc_of(text: str, headline: str = "") -> Document:
    full = f"{headline}\n\n{text}" if headline else text
    return Document(Release(id="t", path="t.txt", format="text", text=full, body_start=len(headline)))


def names(text: str, headline: str = "") -> list[str]:
    return sorted(p.name for p in find_places(doc_of(text, headline)) if not p.optional)


@pytest.mark.parametrize("text, expected", [
    # towns, cities, counties used as places
    ("Officers made arrests in Preston, Burnley and Blackpool.", ["Blackpool", "Burnley", "Preston"]),
    ("Drugs were seized across Lancashire last week.", ["Lancashire"]),
    ("The gang flooded Shrewsbury and Telford with heroin from their base in Kirkby.", ["Kirkby", "Shrewsbury", "Telford"]),
    ("Raids took place in Sutton-in-Ashfield and Kirkby-in-Ashfield.", ["Kirkby-in-Ashfield", "Sutton-in-Ashfield"]),
    ("A line ran from Liverpool to Kendal.", ["Kendal", "Liverpool"]),
    # March: a town only in a place-like context
    ("Residents in Wisbech and March raised concerns.", ["March", "Wisbech"]),
    ("He was arrested in March 2021 in Wisbech.", ["Wisbech"]),
    ("He was arrested on 16 March in Peterborough.", ["Peterborough"]),
    ("Last March, officers in Peterborough made arrests.", ["Peterborough"]),
    ("March 16 saw a raid in Peterborough.", ["Peterborough"]),
    # other common-word towns
    ("Reading the report, officers in Slough acted.", ["Slough"]),
    ("He was sentenced at Reading Crown Court.", ["Reading Crown Court"]),
    ("Warrants were executed in Bristol, Bath and Taunton.", ["Bath", "Bristol", "Taunton"]),
    ("The deal was done in Leeds.", ["Leeds"]),
    # premises, title-cased
    ("He was taken to St Mary's Wharf police station.", ["St Mary's Wharf Police Station"]),
    ("She appeared at Wolverhampton Magistrates' Court.", ["Wolverhampton Magistrates' Court"]),
    ("He appeared at Newry Magistrates\u2019 Court on Monday.", ["Newry Magistrates' Court"]),
    ("The trial was at the Old Bailey.", ["Old Bailey"]),
    # not places: force, PCC, council, team names; countries; streets; URLs
    ("Derbyshire Constabulary said the work goes on.", []),
    ("Leicester, Leicestershire and Rutland Police and Crime Commissioner Rupert Matthews spoke.", []),
    ("The Police and Crime Commissioner for Cambridgeshire and Peterborough praised officers.", []),
    ("Sgt Tom Reeve, of the Wisbech neighbourhood policing team, said so.", []),
    ("The Wisbech Neighbourhood Policing Team led the work.", []),
    ("Fenland District Council supported the operation.", []),
    ("Officers from England, Wales, Scotland and Northern Ireland took part across the UK.", []),
    ("A car was stopped on Derby Road and in London Road.", []),
    ("Report it at www.derbyshire.police.uk/report today.", []),
    ("He lives in Hope Street, Liverpool.", ["Liverpool"]),
    ("Mr Hamilton said the Newcastle United fan was jailed.", []),
    ("Contact Derbyshire police on 101.", []),
    # Scottish courts, the High Court in a city, a harbour
    ("Most appeared at Kirkcaldy Sheriff Court or Livingston Sheriff Court.",
     ["Kirkcaldy Sheriff Court", "Livingston Sheriff Court"]),
    ("The men were sentenced at the High Court in Glasgow.", ["High Court in Glasgow"]),
    ("Officers stopped a lorry at Belfast Harbour.", ["Belfast Harbour"]),
    # counties of Ireland and historic counties used as places
    ("Gardaí searched two properties in County Donegal.", ["County Donegal"]),
    ("He is responsible for neighbourhood policing in Montgomeryshire.", ["Montgomeryshire"]),
    # a sentence full of station names is no headline: their parts are not places
    ("Officers worked at Glasgow Central, Glasgow Queen Street and Edinburgh Waverley, as well as at stations "
     "in Stirling, Perth, Motherwell and Paisley.", ["Motherwell", "Paisley", "Perth", "Stirling"]),
    # people named like towns
    ("Detective Inspector Matt Preston said the team was pleased.", []),
    # directions before counties
    ("The team protects north Derbyshire from organised gangs.", ["North Derbyshire"]),
    ("Homes in Derby, Erewash and south Derbyshire were searched.", ["Derby", "Erewash", "South Derbyshire"]),
    # a direction before a city: the city, and the quarter as an optional place
    ("Searches were carried out in north Belfast.", ["Belfast"]),
    # London's quarters are broad areas (optional): London counts only where it stands alone
    ("The boys were from east London.", []),
    ("Lines ran from south London into East Sussex.", ["East Sussex"]),
    ("The line ran from London to Deal, with a base in south-east London.", ["Deal", "London"]),
    # former districts still named as places
    ("The group supplied cocaine across Mendip.", ["Mendip"]),
    ("It was one of the first county lines to target North Dorset.", ["North Dorset"]),
    ("Officers in Richmondshire and Ryedale made arrests.", ["Richmondshire", "Ryedale"]),
    ("Detective Sergeant Jo Craven said the work went on.", []),
    # ports and cities abroad that drugs came from
    ("Border Force found 62kg of cocaine at the Port of Tyne.", ["Port of Tyne"]),
    ("The van was stopped at the Port of Dover.", ["Dover", "Port of Dover"]),
    ("The tiles had been shipped from Rotterdam in March 2023.", ["Rotterdam"]),
    ("The Port of London Authority helped.", []),
    # a region named like its force is the force, unless something happens in it
    ("Sharing intelligence with Thames Valley means we can close the gaps.", []),
    # names inside a PCC-like title
    ("Hilary Standen, Deputy Mayor for Policing, Fire and Crime for York and North Yorkshire, said it was good.", []),
    ("The Mayor of London welcomed the results.", []),
    # parts of a city need their city
    ("Jason Pugh, 34, of Ely, Cardiff, ran the line.", ["Cardiff", "Ely"]),
    ("A raid in Chalvey, Slough, found drugs.", ["Chalvey", "Slough"]),
    ("Officers visited Bedwell.", []),
    # a court named after two places; a district named after two towns reads as the towns
    ("He appeared at Manchester and Salford Magistrates' Court on Monday.", ["Manchester and Salford Magistrates' Court"]),
    ("He appeared at Leeds Magistrates' Court and Bradford Crown Court.", ["Bradford Crown Court", "Leeds Magistrates' Court"]),
    ("Residents in Nuneaton and Bedworth will be pleased.", ["Bedworth", "Nuneaton"]),
    ("The drugs were bound for the wider Telford and Wrekin area.", ["Telford and Wrekin"]),
    ("Superintendent Gareth Bell, area commander for Lisburn and Castlereagh, said it was good work.",
     ["Lisburn and Castlereagh"]),
    # "Police in X" opening a sentence is the police of a place, not an organisation's name
    ("Police in Lisburn have seized suspected cannabis.", ["Lisburn"]),
    # a place's name that is the surname of a person named in full is that person, save after a preposition
    ("The car was driven by Callum Ashby, 27, of Lewisham. At court on Friday, Ashby was jailed.", ["Lewisham"]),
    ("Officers stopped a van driven by Moffat on the M6 near Penrith. Dean Moffat was jailed.", ["Penrith"]),
    ("Dean Moffat, 41, was arrested in Moffat.", ["Moffat"]),
    # motorway services and ports are named after their place
    ("Police found cocaine in his car at Pont Abraham services in Carmarthenshire.", ["Carmarthenshire", "Pont Abraham"]),
    ("The lorry was stopped at Cairnryan port.", ["Cairnryan"]),
    # a line of links to other stories is boilerplate
    ("The order was granted in Newport.\n\n*Related: Three arrested in Cwmbran drugs warrant | Pontypool man jailed*",
     ["Newport"]),
    # a force's area named by two places is neither; "County lines" opening a quote is no Liverpool ward
    ("If you are bringing drugs into Dyfed-Powys, expect to be stopped.", []),
    ("Inspector Jones added: \"County lines rely on exploiting people in Liverpool.\"", ["Liverpool"]),
    # a part of a city whose city is named, even when that name has several places
    ("A man from Newport was jailed after cocaine was found in his flat in the Pillgwenlly area of the city.",
     ["Newport", "Pillgwenlly"]),
    # a named part of a town that the gazetteer lacks, but not a street's neighbourhood
    ("A warrant was executed at a house in the Derrybeg area of the city.", ["Derrybeg"]),
    ("At the first Gillingham address, in the Bay Road area of the town, officers found cocaine.", ["Gillingham"]),
    # a district named by a list of places names none of them on its own
    ("Chief Inspector Gillian Corr, district commander for Newry, Mourne and Down, added a word.", []),
    # villages added to the gazetteer
    ("Officers stopped a car on the A3074 between Lelant and Carbis Bay.", ["Carbis Bay", "Lelant"]),
    ("Darren Keld, 44, both of Scotton, near Catterick Garrison, appeared in court.", ["Catterick Garrison", "Scotton"]),
    # a town named like a street's head word, after a capitalised word, ends a street or station name
    ("Officers patrolled stations including Birmingham New Street, Wolverhampton and Stafford.",
     ["Stafford", "Wolverhampton"]),
    # a county named as one of several forces is the force
    ("We will continue to work with Kent and other forces to shut them down.", []),
    # a possessive before a police station: the town and the station, each on its own
    ("He was taken to Birmingham's Steelhouse Lane Police Station.", ["Steelhouse Lane Police Station"]),
    ("Magistrates at North Staffordshire Justice Centre granted the order.", ["North Staffordshire Justice Centre"]),
    # a quarter of a city other than London gives the city alone
    ("A flat off the Lisburn Road in south Belfast was searched.", ["Belfast"]),
    # links to other stories under a heading line are boilerplate
    ("Drugs were seized in Aberdeen.\n\nRelated stories\n- Man arrested after cannabis found in Inverness\n"
     "- Elgin: Appeal after car stolen", ["Aberdeen"]),
])
def test_places_table(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, key", [
    ("Raids in Southampton, Portsmouth and Newport on the Isle of Wight.", "newport-isle-of-wight"),
    ("Raids in Newport, Cwmbran and Pontypool by Gwent Police.", "newport-newport"),
    ("A man from Newport was charged.", "newport-newport"),
    ("Homes in Kirkby and Huyton were searched.", "kirkby-knowsley"),
    ("Homes in Kirkby-in-Ashfield and Mansfield were searched.", "kirkby-in-ashfield-ashfield"),
    ("Jason Pugh, 34, of Ely, Cardiff, ran the line.", "ely-cardiff"),
    ("Officers in Ely and Soham made arrests.", "ely-east-cambridgeshire"),
])
def test_same_name_places_resolved_by_context(text, key):
    keys = {p.key for p in find_places(doc_of(text))}
    assert key in keys


def test_place_carries_force_county_kind_and_sentence_span():
    text = "Nothing here. Officers arrested a man in Chesterfield."
    doc = doc_of(text)
    (place,) = find_places(doc)
    assert place.name == "Chesterfield"
    assert place.force_area == "Derbyshire Constabulary"
    assert place.county == "Derbyshire"
    assert place.kind == "town"
    assert text[place.span.start:place.span.end] == "Officers arrested a man in Chesterfield."


def test_broad_regions_are_optional():
    places = find_places(doc_of("Lines running across the North East and Mid and West Wales were closed."))
    assert {p.name for p in places} == {"North East", "Mid and West Wales"}
    assert all(p.optional and p.kind == "region" for p in places)


def test_title_cased_headline_keeps_places():
    assert names("Five men were jailed.", headline="Kirkby County Lines Gang Jailed For 38 Years") == ["Kirkby"]


def test_each_place_named_once():
    assert names("Derby police. In Derby and again in Derby, officers acted.") == ["Derby"]


def test_gazetteer_covers_the_uk():
    rows = json.loads(resources.files("kg.data").joinpath("places.json").read_text(encoding="utf-8"))
    kinds = {}
    for r in rows:
        assert r["name"] and r["kind"] and r["key"], r
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    assert len({r["key"] for r in rows}) == len(rows), "keys must be unique"
    assert kinds["town"] + kinds["city"] >= 1500
    forces = {r["force_area"] for r in rows}
    for force in ("Police Scotland", "Police Service of Northern Ireland", "Metropolitan Police Service",
                  "Dyfed-Powys Police", "City of London Police", "Nottinghamshire Police"):
        assert force in forces
    index = load_index()
    for name in ("aberdeen", "belfast", "truro", "stornoway", "enniskillen", "lerwick", "croydon", "kirkby in ashfield"):
        assert name in index.names, name


@pytest.mark.parametrize("name, street", [
    ("Oxford Road", True), ("Falls Road", True), ("Brick Lane", True), ("Leicester Square", True),
    ("Chester-le-Street", False), ("Street", False), ("Hazel Grove", False), ("Adwick le Street", False),
])
def test_place_generator_drops_streets_from_town_lists(name, street):
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "tools" / "make_places.py"
    spec = importlib.util.spec_from_file_location("make_places", path)
    make_places = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_places)
    assert make_places.is_street(name) is street
    index = load_index()
    assert (norm(name) in index.names) is not street


def test_two_word_direction_before_a_city_names_no_quarter():
    # a city's quarter is a broad area, optional at best in the gold: it is not given at all
    found = {p.name: p.optional for p in find_places(doc_of("Five men ran drug lines from south east London into Deal."))}
    assert found == {"Deal": False}


def test_direction_before_a_city_gives_the_city_only():
    places = find_places(doc_of("Searches were carried out in north Belfast."))
    assert [(p.name, p.optional) for p in places] == [("Belfast", False)]
