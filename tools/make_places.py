"""Write kg/data/places.json: the UK places gazetteer the places extractor looks names up in.

The data below is kept by hand from public knowledge of UK geography. Layout of `DATA`:

    @ Official Force Name          the police force area of what follows
    # County                       the ceremonial (or Scottish council / NI) county of what follows
    District: Town, Town | Area, Area

A district line names a local authority district (unitary authority, London borough,
Scottish council area or NI district) with its towns, then after `|` the named areas inside
it (suburbs, estates, districts of a city). A town that shares the district's name is listed
first and stands for both. Names in CITIES are cities. Keys are `<name>-<district>` slugs, so
places of the same name (Newport in Gwent, Newport on the Isle of Wight) stay apart.

Run:  python tools/make_places.py   (rewrites kg/data/places.json)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "places.json"

CITIES = {
    "Bath", "Birmingham", "Bradford", "Brighton and Hove", "Bristol", "Cambridge", "Canterbury", "Carlisle",
    "Chelmsford", "Chester", "Chichester", "Colchester", "Coventry", "Derby", "Doncaster", "Durham", "Ely",
    "Exeter", "Gloucester", "Hereford", "Kingston upon Hull", "Lancaster", "Leeds", "Leicester", "Lichfield",
    "Lincoln", "Liverpool", "London", "Manchester", "Milton Keynes", "Newcastle upon Tyne", "Norwich",
    "Nottingham", "Oxford", "Peterborough", "Plymouth", "Portsmouth", "Preston", "Ripon", "Salford",
    "Salisbury", "Sheffield", "Southampton", "Southend-on-Sea", "St Albans", "Stoke-on-Trent", "Sunderland",
    "Truro", "Wakefield", "Wells", "Westminster", "Winchester", "Wolverhampton", "Worcester", "York",
    "Aberdeen", "Dundee", "Dunfermline", "Edinburgh", "Glasgow", "Inverness", "Perth", "Stirling",
    "Bangor", "Cardiff", "Newport", "St Asaph", "St Davids", "Swansea", "Wrexham",
    "Armagh", "Belfast", "Derry", "Lisburn", "Newry", "City of London",
}

# cities whose name other towns share: the district the city is in
CITY_DISTRICT = {"Newport": "Newport", "Bangor": "Gwynedd", "Ely": "East Cambridgeshire", "Wells": "Somerset",
                 "St Davids": "Pembrokeshire", "Salisbury": "Wiltshire", "Truro": "Cornwall", "Ripon": "North Yorkshire",
                 "Chichester": "Chichester", "Armagh": "Armagh City, Banbridge and Craigavon", "Derry": "Derry City and Strabane",
                 "Lisburn": "Lisburn and Castlereagh", "Newry": "Newry, Mourne and Down", "Perth": "Perth and Kinross",
                 "Inverness": "Highland", "Dunfermline": "Fife", "St Asaph": "Denbighshire", "Lichfield": "Lichfield"}

DATA = r"""
@ Avon and Somerset Constabulary
# Bristol
Bristol: Bristol | Avonmouth, Bedminster, Bishopsworth, Brislington, Clifton, Easton, Filwood, Fishponds, Hartcliffe, Henbury, Hengrove, Horfield, Kingswood, Knowle, Lawrence Hill, Lockleaze, Redland, Southmead, St Pauls, St Werburghs, Stapleton, Stockwood, Withywood, Lawrence Weston, Barton Hill, Bedminster Down, Speedwell, St George, Totterdown, Whitchurch, Hotwells, Montpelier, Stokes Croft, Cabot, Shirehampton, Sea Mills, Knowle West
# Somerset
Somerset: Taunton, Bridgwater, Yeovil, Frome, Wellington, Burnham-on-Sea, Chard, Glastonbury, Street, Wells, Shepton Mallet, Minehead, Crewkerne, Highbridge, Ilminster, Wincanton, Somerton, Castle Cary, Watchet, Cheddar, Langport, Williton, Axbridge, Bruton, Dulverton
Bath and North East Somerset: Bath, Keynsham, Midsomer Norton, Radstock, Peasedown St John, Paulton | Twerton, Odd Down, Southdown, Larkhall, Weston, Combe Down
North Somerset: Weston-super-Mare, Clevedon, Portishead, Nailsea, Worle, Yatton, Congresbury, Backwell, Winscombe, Long Ashton, Pill, Portbury
# Gloucestershire
South Gloucestershire: Yate, Thornbury, Chipping Sodbury, Filton, Patchway, Bradley Stoke, Downend, Staple Hill, Emersons Green, Frampton Cotterell, Winterbourne, Stoke Gifford, Mangotsfield, Hanham, Warmley, Almondsbury, Pucklechurch, Little Stoke

@ Bedfordshire Police
# Bedfordshire
Bedford: Bedford, Kempston, Biddenham, Bromham, Wootton, Clapham, Sharnbrook
Luton: Luton | Bury Park, Marsh Farm, Lewsey Farm, Leagrave, Farley Hill, Stopsley, Dallow, Limbury, Sundon Park, Wigmore, High Town
Central Bedfordshire: Leighton Buzzard, Dunstable, Houghton Regis, Biggleswade, Sandy, Flitwick, Ampthill, Shefford, Stotfold, Arlesey, Potton, Toddington, Cranfield, Linslade, Caddington, Barton-le-Clay

@ Cambridgeshire Constabulary
# Cambridgeshire
Cambridge: Cambridge | Arbury, Chesterton, Cherry Hinton, Kings Hedges, Trumpington, Romsey, Abbey, Petersfield
Peterborough: Peterborough | Millfield, Orton, Bretton, Werrington, Dogsthorpe, Paston, Hampton, Stanground, Fletton, Woodston, Eye, Gunthorpe, Westwood, Ravensthorpe, Walton, Parnwell, Thorpe Wood
Fenland: Wisbech, March, Whittlesey, Chatteris
East Cambridgeshire: Ely, Soham, Littleport, Burwell, Sutton, Haddenham, Bottisham
Huntingdonshire: Huntingdon, St Neots, St Ives, Ramsey, Godmanchester, Sawtry, Yaxley, Eaton Socon, Eynesbury, Kimbolton, Somersham, Buckden, Brampton
South Cambridgeshire: Cambourne, Sawston, Histon, Impington, Cottenham, Linton, Melbourn, Bassingbourn, Northstowe, Papworth Everard, Gamlingay, Waterbeach, Great Shelford, Fulbourn

@ Cheshire Constabulary
# Cheshire
Cheshire East: Crewe, Macclesfield, Congleton, Wilmslow, Sandbach, Nantwich, Poynton, Knutsford, Middlewich, Alsager, Handforth, Bollington, Holmes Chapel, Alderley Edge, Disley, Audlem, Prestbury
Cheshire West and Chester: Chester, Ellesmere Port, Northwich, Winsford, Frodsham, Neston, Helsby, Tarporley, Malpas, Great Boughton, Hoole, Blacon, Upton-by-Chester, Little Neston, Parkgate | Lache
Halton: Widnes, Runcorn, Hale | Halton Lea, Castlefields, Murdishaw, Palace Fields, Halton Brook, Ditton, Hough Green, Windmill Hill
Warrington: Warrington, Birchwood, Great Sankey, Penketh, Culcheth, Lymm, Stockton Heath, Burtonwood | Orford, Bewsey, Padgate, Westbrook, Fearnhead, Latchford, Woolston, Dallam, Longford, Callands

@ City of London Police
# City of London
City of London: City of London | Barbican, Smithfield, Aldgate, Moorgate, Bishopsgate

@ Cleveland Police
# North Yorkshire
Middlesbrough: Middlesbrough | Linthorpe, Acklam, Berwick Hills, Hemlington, Marton, Nunthorpe, North Ormesby, Grove Hill, Pallister Park, Park End, Brambles Farm, Thorntree, Coulby Newham, Newport, Gresham, Easterside, Ormesby
Redcar and Cleveland: Redcar, Guisborough, Saltburn-by-the-Sea, Marske-by-the-Sea, Eston, Grangetown, South Bank, Normanby, Loftus, Skelton, Brotton, Dormanstown, Teesville, Lingdale, Boosbeck, Teesport | Lakes Estate
# County Durham
Hartlepool: Hartlepool, Seaton Carew | Headland, Owton Manor, Rift House, Throston, Clavering
Stockton-on-Tees: Stockton-on-Tees, Billingham, Thornaby, Yarm, Ingleby Barwick, Norton, Eaglescliffe | Hardwick, Portrack, Roseworth, Fairfield, Hartburn, Mandale

@ Cumbria Constabulary
# Cumbria
Cumberland: Carlisle, Workington, Whitehaven, Cockermouth, Maryport, Wigton, Keswick, Egremont, Cleator Moor, Brampton, Longtown, Aspatria, Silloth, Seascale, Millom, Dalston | Harraby, Botcherby, Raffles, Currock, Morton, Belle Vue, Denton Holme, Upperby, Moorclose, Mirehouse, Kells, Woodhouse, Seaton
Westmorland and Furness: Barrow-in-Furness, Kendal, Penrith, Ulverston, Windermere, Bowness-on-Windermere, Ambleside, Grange-over-Sands, Dalton-in-Furness, Appleby-in-Westmorland, Kirkby Stephen, Kirkby Lonsdale, Sedbergh, Askam-in-Furness, Shap, Alston, Milnthorpe, Coniston, Grasmere, Tebay | Walney Island, Vickerstown, Hindpool, Ormsgill

@ Derbyshire Constabulary
# Derbyshire
Derby: Derby | Alvaston, Allestree, Chaddesden, Chellaston, Darley Abbey, Littleover, Mickleover, Normanton, Oakwood, Sinfin, Spondon, Osmaston, Pear Tree, Allenton, Mackworth, Arboretum, Rose Hill, Shelton Lock, Derwent, Boulton Moor, Abbey
Amber Valley: Ripley, Alfreton, Belper, Heanor, Codnor, Somercotes, Langley Mill, Duffield, Swanwick, Riddings, Crich, Ironville, Kilburn
Bolsover: Bolsover, Shirebrook, Clowne, Creswell, South Normanton, Pinxton, Tibshelf, Whitwell, Barlborough, Pleasley, Blackwell, Langwith
Chesterfield: Chesterfield, Staveley, Brimington | Hasland, Newbold, Whittington Moor, Old Whittington, Birdholme, Boythorpe, Brampton, Loundsley Green, Holme Hall, Inkersall, Grangewood, Stonegravels
Derbyshire Dales: Matlock, Ashbourne, Bakewell, Wirksworth, Darley Dale, Matlock Bath, Cromford, Hathersage, Tideswell, Doveridge
Erewash: Ilkeston, Long Eaton, Sandiacre, Sawley, Breaston, Draycott, West Hallam, Borrowash, Ockbrook, Kirk Hallam, Cotmanhay, Stanton-by-Dale
High Peak: Buxton, Glossop, New Mills, Chapel-en-le-Frith, Whaley Bridge, Hadfield, Chinley, Hayfield, Tintwistle, Gamesley, Charlesworth, Peak Dale
North East Derbyshire: Dronfield, Eckington, Killamarsh, Clay Cross, Wingerworth, Holmewood, Grassmoor, North Wingfield, Pilsley, Renishaw, Calow, Stonebroom, Shirland, Danesmoor
South Derbyshire: Swadlincote, Melbourne, Hilton, Etwall, Repton, Willington, Church Gresley, Woodville, Newhall, Midway, Castle Gresley, Aston-on-Trent, Overseal, Linton

@ Devon and Cornwall Police
# Devon
Plymouth: Plymouth | Devonport, Stonehouse, Plympton, Plymstock, Stoke, Mutley, Mannamead, Crownhill, Estover, Whitleigh, Southway, Ernesettle, Honicknowle, Ham, North Prospect, Keyham, St Budeaux, Barne Barton, Efford, Lipson, Mount Gould, Cattedown, Barbican, Mount Wise, Morice Town, Pennycross, Eggbuckland, Roborough, Tamerton Foliot, Ford, Camels Head, Hooe, Turnchapel
Torbay: Torquay, Paignton, Brixham | Preston, Chelston, Hele, Ellacombe, Babbacombe, St Marychurch, Shiphay, Barton, Watcombe, Goodrington, Churston
Exeter: Exeter | Heavitree, St Thomas, Whipton, Pinhoe, Alphington, Exwick, Wonford, Beacon Heath, Newtown, Pennsylvania, Topsham, Cowick, Polsloe, Mincinglake, Priory
East Devon: Exmouth, Sidmouth, Honiton, Axminster, Seaton, Ottery St Mary, Budleigh Salterton, Cranbrook, Colyton, Lympstone
Mid Devon: Tiverton, Cullompton, Crediton, Willand, Bampton, Uffculme, Sampford Peverell
North Devon: Barnstaple, Ilfracombe, South Molton, Braunton, Lynton, Combe Martin, Fremington, Bishops Tawton
Torridge: Bideford, Great Torrington, Holsworthy, Northam, Appledore, Westward Ho!
West Devon: Tavistock, Okehampton, Hatherleigh, Yelverton, Lifton
South Hams: Totnes, Dartmouth, Kingsbridge, Ivybridge, Salcombe, Modbury, South Brent
Teignbridge: Newton Abbot, Teignmouth, Dawlish, Kingsteignton, Bovey Tracey, Ashburton, Buckfastleigh, Chudleigh, Kingskerswell, Ipplepen, Shaldon
# Cornwall
Cornwall: Truro, Falmouth, Penzance, St Austell, Newquay, Camborne, Redruth, Bodmin, Saltash, Liskeard, Launceston, Helston, Hayle, St Ives, Torpoint, Wadebridge, Bude, Penryn, Looe, Callington, Padstow, Lostwithiel, Fowey, Camelford, St Columb Major, St Just, Perranporth, Marazion, Mevagissey, St Blazey, Par, Pool, Illogan, Tregony, Gunnislake, Newlyn, Mousehole, Carbis Bay, Lelant
Isles of Scilly: Hugh Town, St Mary's

@ Dorset Police
# Dorset
Bournemouth, Christchurch and Poole: Bournemouth, Christchurch, Poole | Boscombe, Kinson, Westbourne, Southbourne, Winton, Moordown, Parkstone, Hamworthy, Broadstone, Canford Heath, Oakdale, Creekmoor, Branksome, Highcliffe, Mudeford, Throop, West Howe, Turlin Moor, Alderney, Charminster, Springbourne, Pokesdown, Ensbury Park, Wallisdown, Talbot Village, Bear Cross
Dorset: Weymouth, Dorchester, Ferndown, Bridport, Wimborne Minster, Shaftesbury, Sherborne, Blandford Forum, Gillingham, Swanage, Wareham, Verwood, Lyme Regis, Portland, Sturminster Newton, Beaminster, Corfe Mullen, West Moors, St Leonards, Lytchett Matravers, Upton, Wool, Chickerell, Crossways, Stalbridge, Easton | Westham, Littlemoor, Preston, Wyke Regis, Rodwell, Poundbury, Fortuneswell

@ Durham Constabulary
# County Durham
County Durham: Durham, Consett, Chester-le-Street, Bishop Auckland, Seaham, Newton Aycliffe, Peterlee, Spennymoor, Stanley, Shildon, Crook, Barnard Castle, Ferryhill, Sedgefield, Brandon, Easington, Horden, Blackhall, Murton, Willington, Tow Law, Annfield Plain, Wingate, Trimdon, Coxhoe, Bowburn, Shotton Colliery, Esh Winning, Ushaw Moor, Sacriston, Pelton, Great Lumley, West Rainton, Wheatley Hill, Thornley, Haswell, Fishburn, Chilton, Middleton-in-Teesdale, Stanhope, Wolsingham, Lanchester, Langley Park, Meadowfield, Belmont, Gilesgate, Framwellgate Moor, Newton Hall, Pity Me, Coundon, West Auckland, Evenwood, Dipton, Craghead, Burnopfield, Leadgate, Delves Lane, Shotley Bridge, Ouston
Darlington: Darlington, Hurworth, Middleton St George | Cockerton, Skerne Park, Firthmoor, Branksome, Harrowgate Hill, Haughton, Mowden, Whinfield, Red Hall, Eastbourne, Bank Top, Pierremont, Lingfield

@ Dyfed-Powys Police
# Dyfed
Carmarthenshire: Carmarthen, Llanelli, Ammanford, Burry Port, Kidwelly, Llandovery, Llandeilo, Newcastle Emlyn, St Clears, Whitland, Pembrey, Tumble, Cross Hands, Glanamman, Garnant, Brynamman, Pontyberem, Trimsaran, Llangennech, Bynea, Felinfoel, Dafen, Llwynhendy, Ffostrasol, Laugharne, Pontyates, Pont Abraham | Bigyn, Glanymor, Tyisha
Ceredigion: Aberystwyth, Cardigan, Lampeter, New Quay, Aberaeron, Tregaron, Borth, Llandysul, Penparcau, Bow Street
Pembrokeshire: Haverfordwest, Milford Haven, Pembroke Dock, Pembroke, Tenby, Fishguard, Narberth, Neyland, Saundersfoot, St Davids, Goodwick, Newport, Johnston, Kilgetty, Crymych
# Powys
Powys: Newtown, Welshpool, Llandrindod Wells, Brecon, Ystradgynlais, Machynlleth, Knighton, Builth Wells, Crickhowell, Hay-on-Wye, Llanidloes, Presteigne, Rhayader, Talgarth, Llanfyllin, Montgomery, Llanwrtyd Wells, Ystradgynlais, Ystalyfera

@ Essex Police
# Essex
Basildon: Basildon, Billericay, Wickford, Laindon, Pitsea, Vange | Lee Chapel, Fryerns, Kingswood, Craylands, Felmores, Nethermayne, Noak Bridge
Braintree: Braintree, Witham, Halstead, Coggeshall, Earls Colne, Silver End, Hatfield Peverel, Kelvedon, Great Notley, Sible Hedingham
Brentwood: Brentwood, Ingatestone, Shenfield, Hutton, Warley, Pilgrims Hatch, Doddinghurst, Brook Street
Castle Point: Canvey Island, Benfleet, South Benfleet, Thundersley, Hadleigh, Daws Heath
Chelmsford: Chelmsford, South Woodham Ferrers, Great Baddow, Writtle, Danbury, Broomfield, Springfield, Galleywood, Boreham | Melbourne, Moulsham, Chelmer Village, Beaulieu, Old Moulsham
Colchester: Colchester, Wivenhoe, Tiptree, West Mersea, Stanway, Marks Tey, Dedham, Rowhedge, Lexden, Highwoods | Greenstead, Shrub End, Monkwick, Berechurch, Prettygate, Mile End, Old Heath, Hythe
Epping Forest: Epping, Loughton, Waltham Abbey, Chigwell, Buckhurst Hill, Ongar, Chipping Ongar, North Weald, Theydon Bois, Debden, Nazeing, Roydon
Harlow: Harlow, Old Harlow, Church Langley, Potter Street, Great Parndon, Staple Tye, Netteswell, Sumners, Mark Hall, Bush Fair, Passmores, Katherines, Toddbrook, Little Parndon
Maldon: Maldon, Burnham-on-Crouch, Heybridge, Tollesbury, Southminster, Mayland
Rochford: Rochford, Rayleigh, Hockley, Hullbridge, Great Wakering, Hawkwell, Ashingdon
Southend-on-Sea: Southend-on-Sea, Leigh-on-Sea, Westcliff-on-Sea, Shoeburyness, Eastwood, Prittlewell, Thorpe Bay, Southchurch | Southend
Tendring: Clacton-on-Sea, Harwich, Frinton-on-Sea, Walton-on-the-Naze, Brightlingsea, Jaywick, Dovercourt, Manningtree, Lawford, Mistley, Holland-on-Sea, St Osyth, Great Bentley, Thorpe-le-Soken, Weeley, Little Clacton, Elmstead Market, Alresford
Thurrock: Grays, Tilbury, Purfleet, Stanford-le-Hope, Corringham, South Ockendon, Aveley, Chafford Hundred, West Thurrock, Chadwell St Mary, East Tilbury, Orsett, Little Thurrock, Linford
Uttlesford: Saffron Walden, Great Dunmow, Stansted Mountfitchet, Thaxted, Takeley, Elsenham, Newport, Hatfield Heath, Stansted

@ Gloucestershire Constabulary
# Gloucestershire
Gloucester: Gloucester | Matson, Podsmead, Tuffley, Kingsholm, Barton, Tredworth, Hucclecote, Quedgeley, Abbeydale, Abbeymead, Longlevens, Barnwood, Coney Hill, White City, Linden, Westgate, Elmbridge, Hempsted, Kingsway
Cheltenham: Cheltenham, Charlton Kings, Prestbury | Hesters Way, Whaddon, Lynworth, St Marks, St Pauls, Springbank, Oakley, Up Hatherley, Benhall, Leckhampton, Fairview
Cotswold: Cirencester, Tetbury, Moreton-in-Marsh, Bourton-on-the-Water, Stow-on-the-Wold, Fairford, Lechlade, Chipping Campden, Northleach, South Cerney
Forest of Dean: Cinderford, Coleford, Lydney, Newent, Mitcheldean, Drybrook, Ruardean, Bream, Newnham
Stroud: Stroud, Stonehouse, Dursley, Cam, Wotton-under-Edge, Nailsworth, Berkeley, Painswick, Minchinhampton, Frampton on Severn
Tewkesbury: Tewkesbury, Bishop's Cleeve, Winchcombe, Churchdown, Brockworth, Innsworth

@ Greater Manchester Police
# Greater Manchester
Manchester: Manchester | Ancoats, Ardwick, Baguley, Beswick, Blackley, Burnage, Cheetham Hill, Chorlton, Chorlton-cum-Hardy, Clayton, Collyhurst, Crumpsall, Didsbury, Fallowfield, Gorton, Harpurhey, Hulme, Levenshulme, Longsight, Miles Platting, Moss Side, Moston, Newton Heath, Northenden, Openshaw, Rusholme, Whalley Range, Withington, Wythenshawe, Sharston, Benchill, Woodhouse Park, Charlestown, Higher Blackley, Newall Green, Brooklands, Ardwick Green, Castlefield, Spinningfields, Northern Quarter, Piccadilly, Old Trafford, Victoria Park, Abbey Hey, Bradford, Clayton Vale, West Didsbury, Hulme, Cheetham, Strangeways, Chorlton-on-Medlock
Salford: Salford, Eccles, Swinton, Walkden, Worsley, Irlam, Cadishead, Pendlebury, Little Hulton, Boothstown, Pendleton, Ordsall, Kersal, Broughton, Lower Broughton, Higher Broughton, Weaste, Seedley, Langworthy, Claremont, Clifton, Winton, Patricroft, Peel Green, Monton, Irlams o' th' Height, Salford Quays, MediaCityUK
Bolton: Bolton, Farnworth, Horwich, Westhoughton, Little Lever, Kearsley, Blackrod, Egerton, Bromley Cross, Harwood, Breightmet, Tonge Moor, Halliwell, Great Lever, Deane, Daubhill, Heaton, Astley Bridge, Smithills, Johnson Fold, Lostock, Over Hulton, Highfield, Tonge Fold, Hall i' th' Wood
Bury: Bury, Ramsbottom, Radcliffe, Prestwich, Whitefield, Tottington, Unsworth, Summerseat, Redvales, Chesham, Elton, Fishpool, Brandlesholme, Sedgley Park
Oldham: Oldham, Failsworth, Royton, Chadderton, Shaw, Crompton, Lees, Saddleworth, Uppermill, Delph, Diggle, Greenfield, Springhead, Grotton, Moorside | Glodwick, Coldhurst, Werneth, Hollinwood, Fitton Hill, Limeside, Derker, Holts, Sholver, Hathershaw, Westwood, Hathershaw, Alt, Clarksfield, Waterhead, Watersheddings, Busk, Freehold
Rochdale: Rochdale, Heywood, Middleton, Littleborough, Milnrow, Wardle, Whitworth, Newhey, Castleton, Norden, Smallbridge, Kirkholt, Balderstone, Spotland, Deeplish, Wardleworth, Falinge, Langley, Alkrington, Hopwood, Darnhill, Moss Side
Stockport: Stockport, Bramhall, Cheadle, Cheadle Hulme, Hazel Grove, Marple, Romiley, Bredbury, Reddish, Heaton Moor, Heaton Chapel, Edgeley, Offerton, Woodley, Brinnington, Heaton Mersey, Heald Green, Gatley, Davenport, Adswood, Shaw Heath, High Lane, Woodford, Compstall
Tameside: Ashton-under-Lyne, Hyde, Stalybridge, Denton, Droylsden, Dukinfield, Mossley, Audenshaw, Hattersley, Longdendale, Mottram, Broadbottom, Hollingworth
Trafford: Altrincham, Sale, Stretford, Urmston, Partington, Hale, Timperley, Bowdon, Flixton, Davyhulme, Carrington, Old Trafford, Broadheath, Firswood, Gorse Hill
Wigan: Wigan, Leigh, Atherton, Tyldesley, Hindley, Ashton-in-Makerfield, Golborne, Standish, Orrell, Ince, Abram, Shevington, Aspull, Billinge, Lowton, Astley, Pemberton, Newtown, Scholes, Platt Bridge, Marsh Green, Worsley Mesnes, Beech Hill, Winstanley, Appley Bridge, Bryn, Goose Green, Worsley Hall

@ Gwent Police
# Gwent
Newport: Newport | Pillgwenlly, Maindee, Alway, Ringland, Bettws, Duffryn, Caerleon, Malpas, Rogerstone, Bassaleg, St Julians, Liswerry, Lliswerry, Maesglas, Gaer, Stow Hill, Shaftesbury, Allt-yr-yn, Beechwood, Llanwern, Marshfield, Langstone, Somerton, Victoria, Crindau
Blaenau Gwent: Ebbw Vale, Tredegar, Abertillery, Brynmawr, Blaina, Nantyglo, Cwm, Llanhilleth, Beaufort, Rassau, Sirhowy
Caerphilly: Caerphilly, Blackwood, Bargoed, Risca, Ystrad Mynach, Newbridge, Rhymney, Abercarn, Crosskeys, Nelson, Oakdale, Pontllanfraith, New Tredegar, Llanbradach, Bedwas, Trethomas, Machen, Penyrheol, Abertridwr, Senghenydd, Aberbargoed, Cefn Fforest, Pengam, Fleur-de-lis, Hengoed, Cefn Hengoed, Gelligaer, Markham, Argoed, Trecenydd
Monmouthshire: Monmouth, Abergavenny, Chepstow, Caldicot, Usk, Magor, Raglan, Portskewett, Sudbrook, Undy, Rogiet, Gilwern, Llanfoist
Torfaen: Pontypool, Cwmbran, Blaenavon, Griffithstown, Sebastopol, Abersychan, New Inn, Talywain, Trevethin, Croesyceiliog, Llantarnam, Fairwater, St Dials, Thornhill, Greenmeadow, Pontnewydd, Oakfield, Coed Eva, Hollybush

@ Hampshire and Isle of Wight Constabulary
# Hampshire
Southampton: Southampton | Shirley, Portswood, Bitterne, Woolston, Sholing, Millbrook, Redbridge, Lordshill, Thornhill, Harefield, Weston, Townhill Park, Swaythling, Bassett, Freemantle, Polygon, Northam, St Mary's, Bevois Valley, Highfield, Maybush, Regents Park, Coxford, Peartree, Itchen, Bitterne Park, Lordswood, Ocean Village
Portsmouth: Portsmouth, Southsea | Fratton, Cosham, Drayton, Farlington, Hilsea, Paulsgrove, Wymering, Copnor, Baffins, Milton, Eastney, Buckland, Landport, Stamshaw, North End, Somerstown, Anchorage Park, Tipner, Old Portsmouth, Gunwharf Quays
Basingstoke and Deane: Basingstoke, Tadley, Overton, Whitchurch, Kingsclere, Oakley, Chineham | Popley, Brighton Hill, South Ham, Winklebury, Oakridge, Buckskin, Hatch Warren, Kempshott, Beggarwood, Lychpit, Rooksdown
East Hampshire: Alton, Petersfield, Liphook, Bordon, Whitehill, Horndean, Clanfield, Four Marks, Grayshott, Headley, Rowlands Castle
Eastleigh: Eastleigh, Chandler's Ford, Hedge End, West End, Bishopstoke, Fair Oak, Botley, Netley, Hamble-le-Rice, Bursledon, Horton Heath
Fareham: Fareham, Portchester, Titchfield, Stubbington, Locks Heath, Park Gate, Sarisbury, Warsash, Whiteley, Hill Head, Welborne
Gosport: Gosport, Lee-on-the-Solent, Alverstoke, Bridgemary, Rowner, Elson, Leesland, Hardway, Forton, Brockhurst
Hart: Fleet, Yateley, Hook, Hartley Wintney, Odiham, Church Crookham, Blackwater, Crookham Village
Havant: Havant, Waterlooville, Hayling Island, Leigh Park, Cowplain, Emsworth, Purbrook, Denmead, Bedhampton, Wecock Farm, Warren Park
New Forest: Lymington, New Milton, Ringwood, Totton, Fordingbridge, Hythe, Brockenhurst, Lyndhurst, Milford on Sea, Fawley, Marchwood, Holbury, Dibden, Dibden Purlieu, Barton on Sea, Ashurst, Bransgore, Sway, Pennington
Rushmoor: Aldershot, Farnborough, North Camp, Cove
Test Valley: Andover, Romsey, Stockbridge, North Baddesley, Nursling, Valley Park, Chilworth
Winchester: Winchester, Alresford, New Alresford, Bishop's Waltham, Wickham, Kings Worthy, Colden Common, Twyford, Otterbourne, Denmead, Swanmore, Waltham Chase | Stanmore, Winnall, Badger Farm, Oliver's Battery, Harestock, Weeke
# Isle of Wight
Isle of Wight: Newport, Ryde, Cowes, East Cowes, Sandown, Shanklin, Ventnor, Freshwater, Yarmouth, Brading, Bembridge, Lake, Wootton Bridge, Totland, Niton, Seaview, St Helens, Godshill, Brighstone, Carisbrooke | Pan, Parkhurst

@ Hertfordshire Constabulary
# Hertfordshire
Broxbourne: Cheshunt, Hoddesdon, Waltham Cross, Broxbourne, Wormley, Goffs Oak, Turnford, Flamstead End
Dacorum: Hemel Hempstead, Berkhamsted, Tring, Kings Langley, Bovingdon, Markyate | Adeyfield, Bennetts End, Grovehill, Highfield, Leverstock Green, Warners End, Woodhall Farm, Gadebridge, Boxmoor, Apsley, Nash Mills
East Hertfordshire: Bishop's Stortford, Hertford, Ware, Sawbridgeworth, Buntingford, Stanstead Abbotts, Hertford Heath, Much Hadham, Watton-at-Stone
Hertsmere: Borehamwood, Bushey, Potters Bar, Radlett, Elstree, Shenley, Aldenham
North Hertfordshire: Hitchin, Letchworth Garden City, Letchworth, Baldock, Royston, Knebworth, Codicote, Ashwell
St Albans: St Albans, Harpenden, London Colney, Redbourn, Wheathampstead, Bricket Wood, Park Street, How Wood, Chiswell Green, Colney Heath | Marshalswick, Fleetville, Cottonmill, Sopwell, Batchwood, Verulam, Jersey Farm
Stevenage: Stevenage | Bedwell, Broadwater, Chells, Pin Green, St Nicholas, Shephall, Symonds Green, Bandley Hill, Martins Wood, Great Ashby, Old Town, Poplars, Longmeadow, Roebuck, Manor
Three Rivers: Rickmansworth, Abbots Langley, Chorleywood, Croxley Green, South Oxhey, Oxhey, Mill End, Leavesden, Sarratt, Carpenders Park, Maple Cross
Watford: Watford | Oxhey, Garston, Meriden, Holywell, Leggatts, Callowland, Nascot, Woodside, Tudor, Stanborough, Central Watford, North Watford, West Watford
Welwyn Hatfield: Welwyn Garden City, Hatfield, Welwyn, Brookmans Park, Cuffley, Little Heath, Northaw, Digswell, Woolmer Green, Oaklands | Panshanger, Haldens, Hollybush, Peartree, Handside, Sherrards, Howlands

@ Humberside Police
# East Riding of Yorkshire
Kingston upon Hull: Kingston upon Hull, Hull | Bransholme, Orchard Park, Sutton-on-Hull, Hessle Road, Newington, Gipsyville, Longhill, Greatfield, Marfleet, Drypool, Holderness Road, Anlaby Road, Derringham, Avenues, Newland, Bilton Grange, Kingswood, Stoneferry, Preston Road, Victoria Dock, Thornton Estate, Boothferry, Ings, Southcoates
East Riding of Yorkshire: Beverley, Bridlington, Goole, Driffield, Hornsea, Withernsea, Pocklington, Cottingham, Hessle, Anlaby, Willerby, Kirk Ella, Market Weighton, Howden, Hedon, Brough, Elloughton, South Cave, Snaith, Hornsea, Swanland, Leven, Preston, Keyingham, Aldbrough, Patrington, Stamford Bridge, Flamborough
# Lincolnshire
North East Lincolnshire: Grimsby, Cleethorpes, Immingham, Scartho, Waltham, Healing, Humberston, New Waltham, Laceby, Great Coates, Nunsthorpe, Grange, Willows, East Marsh, West Marsh, Yarborough, Heneage
North Lincolnshire: Scunthorpe, Brigg, Barton-upon-Humber, Bottesford, Epworth, Crowle, Winterton, Haxey, Kirton in Lindsey, Ashby, Messingham, Broughton, Burringham, Belton, Barrow upon Humber, New Holland, Westcliff, Frodingham, North Killingholme, South Killingholme

@ Kent Police
# Kent
Medway: Chatham, Gillingham, Rochester, Strood, Rainham, Walderslade, Lordswood, Hoo St Werburgh, Wainscott, Cuxton, Halling, Twydall, Luton, Hempstead, Parkwood, Wigmore, Princes Park, Brompton, Frindsbury, Upnor, Allhallows, Grain
Ashford: Ashford, Tenterden, Charing, Wye, Hamstreet, Kennington, Willesborough, Stanhope, Singleton, Godinton, Beaver, South Willesborough
Canterbury: Canterbury, Herne Bay, Whitstable, Sturry, Chartham, Blean, Hersden, Tankerton, Herne, Broad Oak, Thanington, Hales Place, Wincheap
Dartford: Dartford, Swanscombe, Greenhithe, Stone, Wilmington, Bean, Sutton-at-Hone, Darenth, Longfield, Ebbsfleet
Dover: Dover, Deal, Sandwich, Aylesham, Walmer, River, Whitfield, St Margaret's at Cliffe, Eastry, Kingsdown, Capel-le-Ferne, Buckland
Folkestone and Hythe: Folkestone, Hythe, New Romney, Lydd, Dymchurch, Sandgate, Hawkinge, Cheriton, Littlestone-on-Sea, Lympne, Sellindge
Gravesham: Gravesend, Northfleet, Meopham, Istead Rise, Higham, Cobham, Perry Street, Singlewell, Riverview Park, Kings Farm
Maidstone: Maidstone, Headcorn, Marden, Staplehurst, Lenham, Harrietsham, Coxheath, Bearsted, Allington, Penenden Heath, Shepway, Park Wood, Boxley, Loose, Barming, Tovil, Hollingbourne, Yalding
Sevenoaks: Sevenoaks, Swanley, Edenbridge, Westerham, Otford, Kemsing, Dunton Green, Riverhead, Hextable, New Ash Green, West Kingsdown, Farningham, Eynsford
Swale: Sittingbourne, Faversham, Sheerness, Minster, Queenborough, Halfway, Eastchurch, Leysdown-on-Sea, Teynham, Milton Regis, Iwade, Murston, Kemsley, Isle of Sheppey, Sheppey, Boughton under Blean
Thanet: Margate, Ramsgate, Broadstairs, Westgate-on-Sea, Birchington, Cliftonville, Minster-in-Thanet, Westwood, Garlinge, Northwood, Newington, Millmead, Dane Valley, Isle of Thanet
Tonbridge and Malling: Tonbridge, West Malling, Snodland, Kings Hill, Aylesford, Ditton, Larkfield, East Malling, Borough Green, Hadlow, Wrotham, East Peckham, Hildenborough, Burham, Leybourne
Tunbridge Wells: Royal Tunbridge Wells, Tunbridge Wells, Southborough, Paddock Wood, Cranbrook, Hawkhurst, Rusthall, Pembury, Sherwood, Lamberhurst, Goudhurst, Langton Green

@ Lancashire Constabulary
# Lancashire
Blackburn with Darwen: Blackburn, Darwen | Mill Hill, Audley, Shadsworth, Whitebirk, Little Harwood, Intack, Bastwell, Wensley Fold, Ewood, Livesey, Queen's Park, Brookhouse, Roe Lee, Beardwood, Feniscowles, Cherry Tree, Higher Croft
Blackpool: Blackpool | Bispham, Layton, Marton, South Shore, North Shore, Grange Park, Mereside, Talbot, Claremont, Bloomfield, Brunswick, Waterloo, Squires Gate, Anchorsholme, Norbreck, Hawes Side, Stanley, Victoria, Clifton, Warbreck, Highfield
Burnley: Burnley, Padiham, Hapton, Worsthorne, Cliviger, Briercliffe | Burnley Wood, Stoneyholme, Daneshouse, Rosegrove, Gannow, Rosehill, Gawthorpe, Lanehead, Whittlefield, Trinity, Brunshaw, Queensgate, Harle Syke, Accrington Road
Chorley: Chorley, Adlington, Clayton-le-Woods, Whittle-le-Woods, Euxton, Coppull, Eccleston, Buckshaw Village, Croston, Brinscall, Withnell, Charnock Richard, Astley Village
Fylde: Lytham St Annes, Lytham, St Annes, Kirkham, Freckleton, Warton, Wesham, Ansdell, Elswick, Wrea Green, Staining
Hyndburn: Accrington, Oswaldtwistle, Great Harwood, Clayton-le-Moors, Rishton, Church, Baxenden, Huncoat, Altham
Lancaster: Lancaster, Morecambe, Heysham, Carnforth, Bolton-le-Sands, Galgate, Halton, Caton, Silverdale, Overton, Slyne, Hest Bank, Scotforth, Skerton, Bare, Torrisholme, Westgate | Ryelands, Marsh, Vale, Poulton, Ridge, Newlands
Pendle: Nelson, Colne, Barnoldswick, Brierfield, Earby, Barrowford, Trawden, Foulridge, Fence, Kelbrook | Whitefield, Bradley, Southfield, Walverden, Waterside, Vivary Bridge
Preston: Preston, Fulwood, Broughton, Grimsargh, Goosnargh, Barton, Ashton-on-Ribble, Ribbleton, Ingol, Lea, Cottam, Larches, Deepdale, Fishwick, Frenchwood, Avenham, Plungington, Moor Nook, Callon, Brookfield, Tanterton, Sharoe Green, Ashton
Ribble Valley: Clitheroe, Longridge, Whalley, Sabden, Read, Chatburn, Barrow, Ribchester, Waddington, Billington, Wilpshire, Langho
Rossendale: Rawtenstall, Bacup, Haslingden, Whitworth, Helmshore, Waterfoot, Stacksteads, Crawshawbooth, Edenfield, Stubbins
South Ribble: Leyland, Penwortham, Bamber Bridge, Lostock Hall, Walton-le-Dale, Longton, Much Hoole, Farington, Hutton, Higher Walton, Seven Stars, Moss Side, Kingsfold, Middleforth
West Lancashire: Ormskirk, Skelmersdale, Burscough, Up Holland, Aughton, Tarleton, Hesketh Bank, Rufford, Parbold, Banks, Halsall, Scarisbrick, Newburgh, Lathom, Digmoor, Tanhouse, Birch Green, Ashurst, Old Skelmersdale
Wyre: Fleetwood, Thornton-Cleveleys, Cleveleys, Thornton, Poulton-le-Fylde, Garstang, Knott End-on-Sea, Preesall, Hambleton, Great Eccleston, Catterall, Pilling, Carleton, Normoss, Stalmine

@ Leicestershire Police
# Leicestershire
Leicester: Leicester | Belgrave, Beaumont Leys, Braunstone, Eyres Monsell, Evington, Highfields, Humberstone, Knighton, New Parks, Rushey Mead, Saffron, Spinney Hills, Stoneygate, Westcotes, Aylestone, Clarendon Park, Hamilton, Thurnby Lodge, Netherhall, Mowmacre Hill, Stocking Farm, North Evington, Fosse, Abbey, Castle, Latimer, Troon, Wycliffe, Charnwood, Goodwood, Newfoundpool, Woodgate, Western Park, Rowley Fields, Eyres Monsell
Blaby: Blaby, Narborough, Enderby, Whetstone, Countesthorpe, Braunstone Town, Glenfield, Kirby Muxloe, Leicester Forest East, Huncote, Sapcote, Stoney Stanton, Cosby, Croft, Glen Parva
Charnwood: Loughborough, Shepshed, Syston, Birstall, Thurmaston, Anstey, Quorn, Mountsorrel, Rothley, Barrow upon Soar, Sileby, East Goscote, Queniborough, Thurcaston, Woodhouse Eaves, Hathern
Harborough: Market Harborough, Lutterworth, Broughton Astley, Kibworth, Fleckney, Great Glen, Billesdon, Husbands Bosworth, Ullesthorpe, Scraptoft
Hinckley and Bosworth: Hinckley, Burbage, Earl Shilton, Barwell, Market Bosworth, Groby, Ratby, Markfield, Desford, Newbold Verdon, Stoke Golding, Higham on the Hill
Melton: Melton Mowbray, Asfordby, Bottesford, Waltham on the Wolds, Long Clawson, Old Dalby
North West Leicestershire: Coalville, Ashby-de-la-Zouch, Castle Donington, Ibstock, Measham, Kegworth, Whitwick, Thringstone, Hugglescote, Moira, Ellistown, Donisthorpe, Swannington, Breedon on the Hill
Oadby and Wigston: Oadby, Wigston, South Wigston, Wigston Magna
# Rutland
Rutland: Oakham, Uppingham, Ketton, Cottesmore, Empingham, Whissendine, Ryhall, Greetham

@ Lincolnshire Police
# Lincolnshire
Lincoln: Lincoln | Birchwood, Boultham, Ermine, St Giles, Bracebridge, Moorland, Abbey, Carholme, Glebe, Hartsholme, Park, Witham, Castle, Minster, Tritton
Boston: Boston, Kirton, Swineshead, Sutterton, Wyberton, Fishtoft, Old Leake, Butterwick, Frampton
East Lindsey: Skegness, Louth, Mablethorpe, Horncastle, Alford, Spilsby, Woodhall Spa, Sutton-on-Sea, Chapel St Leonards, Ingoldmells, Coningsby, Tattershall, Wainfleet All Saints, Burgh le Marsh, Wragby, Holton-le-Clay, North Thoresby, Tetney, Binbrook
North Kesteven: Sleaford, North Hykeham, Ruskington, Heckington, Metheringham, Branston, Navenby, Waddington, Bracebridge Heath, Billinghay, Washingborough, Skellingthorpe, Cranwell, Leasingham, Bassingham
South Holland: Spalding, Holbeach, Long Sutton, Crowland, Sutton Bridge, Donington, Pinchbeck, Gosberton, Moulton, Whaplode, Fleet, Gedney, Weston
South Kesteven: Grantham, Stamford, Bourne, Market Deeping, Deeping St James, Corby Glen, Colsterworth, Barrowby, Great Gonerby, Baston, Langtoft, Thurlby, Long Bennington, Londonthorpe
West Lindsey: Gainsborough, Market Rasen, Caistor, Nettleham, Welton, Cherry Willingham, Saxilby, Sturton by Stow, Scotter, Hemswell Cliff, Dunholme, Sudbrooke, Torksey, Keelby, Scotton

@ Merseyside Police
# Merseyside
Liverpool: Liverpool | Aigburth, Allerton, Anfield, Belle Vale, Clubmoor, Croxteth, Dingle, Everton, Fazakerley, Garston, Gateacre, Kensington, Kirkdale, Knotty Ash, Norris Green, Old Swan, Speke, Toxteth, Tuebrook, Walton, Wavertree, West Derby, Woolton, Childwall, Mossley Hill, Netherley, Stockbridge Village, Dovecot, Page Moss, Broadgreen, Edge Hill, Vauxhall, Bootle, Orrell Park, Cantril Farm, Hunts Cross, Hale Village, Sefton Park, Princes Park, Smithdown, Picton, Warbreck, Yew Tree, County, Cressington, St Michael's Hamlet, Grassendale, Walton Vale, Gillmoss, Sparrow Hall, Stoneycroft, Fairfield, Wavertree Garden Suburb, Islington, Abercromby, Baltic Triangle, Liverpool City Centre, Ropewalks, L8
Knowsley: Kirkby, Huyton, Prescot, Halewood, Whiston, Stockbridge Village, Knowsley, Roby, Cronton, Tower Hill, Northwood, Southdene, Westvale, Page Moss, Knowsley Village, Shevington's Lane, Swanside, Longview, Bowring Park
Sefton: Southport, Bootle, Crosby, Formby, Maghull, Litherland, Ainsdale, Birkdale, Netherton, Seaforth, Waterloo, Thornton, Lydiate, Hightown, Churchtown, Ford, Orrell, Aintree, Blundellsands, Great Crosby, Little Crosby, Marshside, Hillside, Melling
St Helens: St Helens, Newton-le-Willows, Earlestown, Haydock, Rainhill, Eccleston, Rainford, Billinge, Clock Face, Parr, Thatto Heath, Sutton, Bold, Moss Bank, Windle, Blackbrook, Sherdley, Four Acre, Peasley Cross, Nutgrove, Carr Mill
Wirral: Birkenhead, Wallasey, Bebington, Heswall, Hoylake, West Kirby, Bromborough, Moreton, Upton, Eastham, Greasby, Leasowe, New Brighton, Seacombe, Liscard, Prenton, Oxton, Tranmere, Rock Ferry, Port Sunlight, Woodchurch, Bidston, Beechwood, Noctorum, Claughton, Irby, Pensby, Thingwall, Neston, Spital, Egremont, Poulton, Meols, Saughall Massie

@ Metropolitan Police Service
# Greater London
Barking and Dagenham: Barking, Dagenham, Chadwell Heath, Becontree, Rush Green, Marks Gate, Castle Point, Thames View, Barking Riverside
Barnet: Barnet, Chipping Barnet, High Barnet, New Barnet, East Barnet, Edgware, Finchley, North Finchley, East Finchley, Hendon, Mill Hill, Golders Green, Colindale, Burnt Oak, Cricklewood, Friern Barnet, Whetstone, Totteridge, Childs Hill, West Hendon, Brent Cross, Hampstead Garden Suburb, Arkley, Cockfosters
Bexley: Bexley, Bexleyheath, Sidcup, Erith, Welling, Crayford, Belvedere, Thamesmead, Slade Green, Blackfen, Barnehurst, Northumberland Heath, Abbey Wood, Foots Cray, Albany Park
Brent: Wembley, Willesden, Kilburn, Harlesden, Neasden, Kingsbury, Kensal Green, Stonebridge, Queens Park, Alperton, Sudbury, Dollis Hill, Church End, Brondesbury, Preston, Wembley Park, Tokyngton, Chalkhill
Bromley: Bromley, Beckenham, Orpington, Penge, Chislehurst, Petts Wood, West Wickham, Hayes, Biggin Hill, Anerley, Mottingham, Crystal Palace, St Mary Cray, St Paul's Cray, Cray Valley, Shortlands, Bickley, Keston, Farnborough, Downe, Plaistow, Green Street Green, Chelsfield, Locksbottom
Camden: Camden Town, Hampstead, Kentish Town, Holborn, Bloomsbury, King's Cross, Swiss Cottage, Belsize Park, Gospel Oak, Somers Town, West Hampstead, Chalk Farm, Primrose Hill, Highgate, Euston, Fitzrovia, Covent Garden, Frognal, Fortune Green, Kilburn, Regent's Park, Agar Grove | Camden
Croydon: Croydon, Purley, Coulsdon, Thornton Heath, Norbury, South Norwood, Norwood, Addiscombe, Selsdon, New Addington, Shirley, Sanderstead, Kenley, Broad Green, Waddon, Upper Norwood, Selhurst, Woodside, Fieldway, Forestdale, West Croydon, East Croydon, South Croydon, Thornton Heath
Ealing: Ealing, Acton, Southall, Hanwell, Greenford, Northolt, Perivale, West Ealing, Ealing Broadway, North Acton, East Acton, South Acton, Norwood Green, Pitshanger, Park Royal
Enfield: Enfield, Edmonton, Southgate, Palmers Green, Ponders End, Enfield Town, Enfield Lock, Enfield Highway, Winchmore Hill, Bush Hill Park, Cockfosters, Upper Edmonton, Lower Edmonton, Brimsdown, Oakwood, Bowes Park, Chase Side, Ordnance Road, Freezywater, Grange Park, Turkey Street
Greenwich: Greenwich, Woolwich, Eltham, Charlton, Plumstead, Thamesmead, Abbey Wood, Blackheath, Kidbrooke, Deptford, New Eltham, Shooters Hill, Greenwich Peninsula, North Greenwich, Westcombe Park, Well Hall, Avery Hill, Lee
Hackney: Hackney, Dalston, Stoke Newington, Homerton, Clapton, Hoxton, Shoreditch, Haggerston, De Beauvoir, Stamford Hill, Hackney Wick, Hackney Central, Upper Clapton, Lower Clapton, London Fields, Kingsland, Woodberry Down
Hammersmith and Fulham: Hammersmith, Fulham, Shepherd's Bush, White City, Parsons Green, West Kensington, Brook Green, Wormholt, East Acton, Sands End, Walham Green
Haringey: Tottenham, Wood Green, Hornsey, Crouch End, Muswell Hill, Highgate, Finsbury Park, Harringay, Seven Sisters, Northumberland Park, Bruce Grove, Noel Park, Stroud Green, Bounds Green, White Hart Lane, Broadwater Farm, Tottenham Hale, West Green, South Tottenham
Harrow: Harrow, Wealdstone, Pinner, Stanmore, Edgware, Rayners Lane, South Harrow, North Harrow, Harrow Weald, Kenton, Hatch End, Headstone, Roxeth, Belmont, Queensbury, West Harrow, Harrow on the Hill
Havering: Romford, Hornchurch, Upminster, Rainham, Harold Hill, Harold Wood, Collier Row, Elm Park, Gidea Park, Emerson Park, South Hornchurch, Cranham, Havering-atte-Bower, Harold Park, Rush Green
Hillingdon: Uxbridge, Hayes, Ruislip, Northwood, West Drayton, Yiewsley, Ickenham, Harefield, Eastcote, Hillingdon, Harlington, Harmondsworth, Cowley, Yeading, South Ruislip, Ruislip Manor, Sipson, Heathrow
Hounslow: Hounslow, Chiswick, Brentford, Feltham, Isleworth, Osterley, Heston, Cranford, Bedfont, Hanworth, Gunnersbury, Hounslow West, Lampton, Turnham Green
Islington: Islington, Holloway, Highbury, Archway, Finsbury, Clerkenwell, Canonbury, Barnsbury, Angel, Upper Holloway, Tufnell Park, Pentonville, St Luke's, Hillrise, Finsbury Park, Caledonian, Nag's Head
Kensington and Chelsea: Kensington, Chelsea, Notting Hill, Earl's Court, South Kensington, North Kensington, Holland Park, Knightsbridge, Ladbroke Grove, Brompton, World's End, Kensal Town, Golborne, Sloane Square
Kingston upon Thames: Kingston upon Thames, Kingston, Surbiton, New Malden, Chessington, Tolworth, Norbiton, Berrylands, Hook, Old Malden, Coombe, Canbury
Lambeth: Brixton, Streatham, Clapham, Stockwell, Vauxhall, Kennington, Norwood, West Norwood, Tulse Hill, Herne Hill, Lambeth, Waterloo, Oval, Loughborough Junction, Streatham Hill, Streatham Common, Gipsy Hill, Myatt's Fields, Larkhall, Angell Town, Coldharbour, Thornton, Knight's Hill
Lewisham: Lewisham, Catford, Deptford, Forest Hill, Sydenham, New Cross, Brockley, Lee, Bellingham, Downham, Grove Park, Hither Green, Blackheath, Ladywell, Crofton Park, Honor Oak, Evelyn, Rushey Green, Whitefoot, Telegraph Hill
Merton: Wimbledon, Mitcham, Morden, Colliers Wood, Raynes Park, South Wimbledon, Merton Park, Pollards Hill, Lavender Fields, Figge's Marsh, Cricket Green, Abbey, Longthornton, St Helier, Wimbledon Park
Newham: Stratford, West Ham, East Ham, Forest Gate, Plaistow, Canning Town, Beckton, Custom House, Manor Park, Upton Park, Silvertown, Little Ilford, Royal Docks, Green Street, Maryland, North Woolwich, Canning Town, Newham
Redbridge: Ilford, Wanstead, Woodford, South Woodford, Barkingside, Gants Hill, Chadwell Heath, Seven Kings, Goodmayes, Hainault, Clayhall, Aldborough Hatch, Snaresbrook, Woodford Green, Newbury Park, Redbridge, Fullwell Cross, Loxford, Valentines, Fairlop
Richmond upon Thames: Richmond, Twickenham, Teddington, Hampton, Barnes, Mortlake, Kew, Whitton, East Sheen, Ham, Petersham, Hampton Hill, Hampton Wick, St Margarets, Strawberry Hill, Fulwell, Sheen
Southwark: Peckham, Camberwell, Bermondsey, Rotherhithe, Walworth, Dulwich, East Dulwich, Nunhead, Elephant and Castle, Borough, Southwark, Surrey Quays, Bankside, Herne Hill, Old Kent Road, Faraday, Newington, Burgess Park, North Peckham, Peckham Rye, South Bermondsey, Canada Water, Dulwich Village, Aylesbury Estate
Sutton: Sutton, Carshalton, Wallington, Cheam, Worcester Park, Belmont, Hackbridge, Beddington, St Helier, Rosehill, Benhilton, North Cheam, Carshalton Beeches, Roundshaw
Tower Hamlets: Whitechapel, Bethnal Green, Bow, Poplar, Stepney, Limehouse, Wapping, Shadwell, Mile End, Isle of Dogs, Canary Wharf, Spitalfields, Bromley-by-Bow, Millwall, Cubitt Town, Blackwall, Stepney Green, Globe Town, St Katharine's, Aldgate, Brick Lane, Weavers, Lansbury, Tower Hamlets
Waltham Forest: Walthamstow, Leyton, Leytonstone, Chingford, Highams Park, Cann Hall, Wood Street, Lea Bridge, Higham Hill, Hale End, Markhouse, Upper Walthamstow, Cathall, Grove Green
Wandsworth: Wandsworth, Battersea, Putney, Tooting, Balham, Earlsfield, Roehampton, Southfields, Nine Elms, Clapham Junction, Wandsworth Common, Tooting Bec, Furzedown, Queenstown, Latchmere, Shaftesbury, Fairfield, Northcote, West Hill
Westminster: Westminster, Soho, Mayfair, Marylebone, Paddington, Pimlico, Belgravia, Victoria, Bayswater, Maida Vale, St John's Wood, Covent Garden, Fitzrovia, Queen's Park, Church Street, Lisson Grove, Harrow Road, Westbourne, Little Venice, Leicester Square, Piccadilly Circus, Oxford Street, Charing Cross, Knightsbridge, St James's, Strand, Edgware Road, Chinatown, West End, Kilburn
# Greater London
Greater London: London | Central London, North London, South London, East London, West London, South East London, South West London, North West London, North East London

@ Norfolk Constabulary
# Norfolk
Norwich: Norwich | Mile Cross, Lakenham, Bowthorpe, Earlham, Heartsease, Catton Grove, Sewell, Thorpe Hamlet, Tuckswood, Larkman, West Earlham, Costessey, Hellesdon, Sprowston, Eaton, Thorpe St Andrew, New Catton, Old Catton, Bowthorpe, Drayton, Taverham, Wymondham, Colney, Cringleford, Heigham, Nelson, Crome, Town Close, University, Wensum
Breckland: Thetford, Dereham, Swaffham, Attleborough, Watton, Wymondham, Shipdham, Necton, Mattishall, Harling, Mundford, Kenninghall, East Harling, Narborough
Broadland: Aylsham, Reepham, Acle, Sprowston, Hellesdon, Taverham, Drayton, Brundall, Blofield, Wroxham, Horsford, Thorpe St Andrew, Rackheath, Salhouse, Old Catton, Coltishall, Hevingham
Great Yarmouth: Great Yarmouth, Gorleston-on-Sea, Gorleston, Caister-on-Sea, Bradwell, Hemsby, Martham, Ormesby St Margaret, Belton, Southtown, Cobholm, Winterton-on-Sea, Fleggburgh
King's Lynn and West Norfolk: King's Lynn, Downham Market, Hunstanton, Gaywood, Terrington St Clement, Heacham, Dersingham, Snettisham, West Winch, North Wootton, South Wootton, Walpole St Peter, Clenchwarton, Fairstead, North Lynn, Emneth, Watlington, Stoke Ferry, Methwold, Burnham Market, Docking
North Norfolk: Cromer, North Walsham, Fakenham, Sheringham, Holt, Wells-next-the-Sea, Stalham, Mundesley, Hoveton, Briston, Blakeney, Overstrand, Hickling, Happisburgh, Walsingham
South Norfolk: Wymondham, Diss, Long Stratton, Harleston, Loddon, Hingham, Poringland, Hethersett, Costessey, Cringleford, Trowse, Mulbarton, Framingham Earl, Ditchingham, Bungay Road, Scole, Pulham Market

@ North Wales Police
# North Wales
Conwy: Colwyn Bay, Llandudno, Conwy, Abergele, Llanrwst, Penmaenmawr, Llanfairfechan, Betws-y-Coed, Kinmel Bay, Towyn, Old Colwyn, Rhos-on-Sea, Deganwy, Penrhyn Bay, Craig-y-Don, Llandudno Junction, Mochdre, Llysfaen, Cerrigydrudion
Denbighshire: Rhyl, Prestatyn, Denbigh, Ruthin, Llangollen, Corwen, St Asaph, Rhuddlan, Meliden, Dyserth, Bodelwyddan, Bodfari, Llandyrnog, Trefnant, Gallt Melyd
Flintshire: Flint, Mold, Buckley, Connah's Quay, Holywell, Shotton, Queensferry, Saltney, Hawarden, Broughton, Mynydd Isa, Ewloe, Sandycroft, Penyffordd, Caergwrle, Hope, Greenfield, Bagillt, Mostyn, Sealand, Garden City, Northop, Northop Hall, Leeswood, Treuddyn, Gronant, Talacre, Caerwys
Gwynedd: Bangor, Caernarfon, Pwllheli, Porthmadog, Blaenau Ffestiniog, Dolgellau, Bala, Barmouth, Tywyn, Criccieth, Bethesda, Llanberis, Penrhyndeudraeth, Harlech, Nefyn, Abersoch, Deiniolen, Penygroes, Llanrug, Maesgeirchen, Y Felinheli, Aberdyfi
Isle of Anglesey: Holyhead, Llangefni, Amlwch, Menai Bridge, Beaumaris, Benllech, Llanfairpwllgwyngyll, Valley, Rhosneigr, Gaerwen, Pentraeth, Cemaes, Moelfre, Bodedern, Llanfair PG, Anglesey
Wrexham: Wrexham, Gresford, Rhosllanerchrugog, Rhos, Chirk, Brymbo, Coedpoeth, Ruabon, Cefn Mawr, Rossett, Overton-on-Dee, Acrefair, Penycae, Gwersyllt, Llay, Johnstown, Caia Park, Hightown, Plas Madoc, Marford, Holt, Bangor-on-Dee, Minera, Rhostyllen, Bradley, Brynteg, Pandy, Queensway, Gresford

@ North Yorkshire Police
# North Yorkshire
York: York | Acomb, Clifton, Heworth, Huntington, Haxby, Wigginton, Tang Hall, Holgate, Fulford, Dringhouses, Bishopthorpe, Strensall, Osbaldwick, Poppleton, Copmanthorpe, Rawcliffe, Woodthorpe, Chapelfields, Foxwood, Westfield, Leeman Road, Bootham, Fishergate, Micklegate, Guildhall, Hull Road, Heslington, Dunnington, Skelton, Stockton-on-the-Forest, Elvington, Wheldrake
North Yorkshire: Harrogate, Scarborough, Selby, Skipton, Northallerton, Ripon, Whitby, Knaresborough, Richmond, Catterick, Catterick Garrison, Thirsk, Malton, Norton, Pickering, Tadcaster, Sherburn in Elmet, Filey, Bedale, Settle, Stokesley, Great Ayton, Boroughbridge, Pateley Bridge, Kirkbymoorside, Helmsley, Easingwold, Leyburn, Hawes, Masham, Colburn, Eastfield, Barlby, Brayton, Thorpe Willoughby, Snainton, Seamer, Scalby, Hunmanby, Sleights, Sandsend, Robin Hood's Bay, Ingleton, Bentham, High Bentham, Crosshills, Glusburn, Sutton-in-Craven, Cononley, Barnoldswick, Grassington, Hellifield, Gargrave, Embsay, Bolton Abbey, Pannal, Bilton, Starbeck, Killinghall, Hampsthwaite, Spofforth, Wetherby Road, Brompton, Romanby, Sowerby, Topcliffe, Dishforth, Sutton-on-the-Forest, Haxby, Middlesbrough Road, Scotch Corner, Scotton | Gallows Close, Barrowcliff, Northstead, Falsgrave

@ Northamptonshire Police
# Northamptonshire
West Northamptonshire: Northampton, Daventry, Towcester, Brackley, Brixworth, Moulton, Roade, Long Buckby, Woodford Halse, Middleton Cheney, Bugbrooke, Kislingbury, Earls Barton, Duston, Kingsthorpe, Weston Favell, Abington, Far Cotton, Delapre, Dallington, Spencer, St James, Semilong, Lings, Blackthorn, Lumbertubs, Thorplands, Ecton Brook, Southfields, Eastfield, Goldings, Kings Heath, Briar Hill, Camp Hill, Hunsbury, Wootton, East Hunsbury, West Hunsbury, Grange Park, Upton, Sixfields, Parklands, Boughton Green, Abington Vale, Bellinge, Links View
North Northamptonshire: Kettering, Corby, Wellingborough, Rushden, Desborough, Rothwell, Burton Latimer, Raunds, Irthlingborough, Higham Ferrers, Thrapston, Oundle, Finedon, Barton Seagrave, Irchester, Wollaston, Stanion, Weldon, Great Oakley, Kingswood, Danesholme, Lodge Park, Beanfield, Exeter, Hatton Park, Queensway, Croyland, Hemmingwell, Kingsway, Brambleside, Ise Lodge

@ Northumbria Police
# Tyne and Wear
Newcastle upon Tyne: Newcastle upon Tyne, Newcastle | Benwell, Byker, Elswick, Fenham, Gosforth, Heaton, Jesmond, Kenton, Walker, Westerhope, Cowgate, Denton Burn, Scotswood, Walkergate, Shieldfield, Sandyford, Arthur's Hill, Blakelaw, Cruddas Park, Lemington, Newbiggin Hall, Throckley, Newburn, Fawdon, Kingston Park, Ouseburn, Chapel House, Slatyford, West Denton, Daisy Hill, Wingrove, Bank Foot, Brunton Park, Lemington, Walbottle, Denton, Grainger Town, Quayside
Gateshead: Gateshead, Whickham, Blaydon, Ryton, Birtley, Felling, Low Fell, Dunston, Winlaton, Rowlands Gill, Crawcrook, Pelaw, Wrekenton, Deckham, Bensham, Saltwell, Teams, Sheriff Hill, Leam Lane, Lobley Hill, Chopwell, Heworth, Windy Nook, Kibblesworth, Swalwell
North Tyneside: North Shields, Wallsend, Whitley Bay, Tynemouth, Killingworth, Longbenton, Forest Hall, Cullercoats, Monkseaton, Shiremoor, Backworth, Earsdon, Benton, Howdon, Willington Quay, Percy Main, Battle Hill, Camperdown, West Moor, Holystone, Preston Grange, Meadow Well
South Tyneside: South Shields, Jarrow, Hebburn, Boldon, Whitburn, Cleadon, East Boldon, West Boldon, Biddick Hall, Simonside, Harton, Westoe, Tyne Dock, Primrose, Brockley Whins, Horsley Hill, Marsden
Sunderland: Sunderland, Washington, Houghton-le-Spring, Hetton-le-Hole, Seaham Road | Southwick, Pennywell, Hendon, Grangetown, Ford, Ryhope, Silksworth, Doxford Park, Farringdon, Thorney Close, Red House, Hylton Castle, Castletown, Town End Farm, Roker, Seaburn, Fulwell, Monkwearmouth, Millfield, Pallion, Plains Farm, Hylton Red House, Witherwack, Downhill, Carley Hill, Sulgrave, Concord, Columbia, Pennywell, Gilley Law, Herrington, Shiney Row, Penshaw, Fencehouses, Easington Lane, Chester Road, Deptford, Barnes, Ashbrooke, Hendon, Tunstall, Doxford
# Northumberland
Northumberland: Blyth, Cramlington, Ashington, Morpeth, Hexham, Bedlington, Alnwick, Berwick-upon-Tweed, Prudhoe, Ponteland, Amble, Newbiggin-by-the-Sea, Seaton Delaval, Seghill, Haltwhistle, Corbridge, Rothbury, Wooler, Belford, Seahouses, Guide Post, Stakeford, Lynemouth, Pegswood, Widdrington, Choppington, Bellingham, Allendale, Haydon Bridge, Stocksfield, Wylam, Newbiggin, Seaton Sluice, Holywell, New Hartley, Cambois, Red Row, Longhorsley, Felton, Alnmouth, Warkworth

@ Nottinghamshire Police
# Nottinghamshire
Nottingham: Nottingham | Aspley, Basford, Bestwood, Bilborough, Bulwell, Clifton, Hyson Green, Lenton, The Meadows, Meadows, Radford, Sherwood, Sneinton, St Ann's, Wollaton, Carrington, Forest Fields, Mapperley, Rise Park, Top Valley, Bestwood Estate, Broxtowe Estate, Strelley, Cinderhill, Old Basford, New Basford, Dales, Berridge, Arboretum, Wilford, Silverdale, Beechdale, Lenton Abbey, Dunkirk, Bakersfield, Sneinton Dale, Hockley, Lace Market, Mapperley Park, Sherwood Rise, Carlton Road, Colwick, Hucknall Road, Bobbers Mill, Whitemoor, Highbury Vale, Snape Wood, Heathfield, Rise Park
Ashfield: Sutton-in-Ashfield, Kirkby-in-Ashfield, Hucknall, Annesley, Selston, Jacksdale, Underwood, Skegby, Huthwaite, Stanton Hill, Teversal, Annesley Woodhouse, Newstead, Kirkby Woodhouse, Bestwood Village
Bassetlaw: Worksop, Retford, East Retford, Harworth, Bircotes, Tuxford, Misterton, Carlton in Lindrick, Langold, Blyth, Clayworth, Ranskill, Manton, Rhodesia, Shireoaks, Gringley on the Hill, Beckingham, Rampton, Sturton le Steeple, Everton, Mattersey, Elkesley, Cuckney, Kilton, Gateford
Broxtowe: Beeston, Stapleford, Eastwood, Kimberley, Chilwell, Bramcote, Toton, Attenborough, Awsworth, Nuthall, Brinsley, Trowell, Watnall, Giltbrook, Newthorpe, Cossall, Strelley
Gedling: Arnold, Carlton, Gedling, Mapperley, Netherfield, Burton Joyce, Calverton, Ravenshead, Woodthorpe, Colwick, Daybrook, Bestwood St Albans, Redhill, Lambley, Woodborough, Stoke Bardolph, Killisick, Porchester, Westdale Lane
Mansfield: Mansfield, Mansfield Woodhouse, Forest Town, Rainworth, Clipstone, Warsop, Market Warsop, Church Warsop, Pleasley, Ladybrook, Oak Tree, Bellamy Road, Ravensdale, Pleasley Hill, Berry Hill, Lindhurst, Titchfield Park, Carr Bank, Bull Farm, Meden Vale, Oakham
Newark and Sherwood: Newark-on-Trent, Newark, Ollerton, Southwell, Edwinstowe, Blidworth, Bilsthorpe, Boughton, Clipstone, Collingham, Farnsfield, Balderton, Fernwood, Coddington, Lowdham, Rainworth, Sutton-on-Trent, Caunton, Kirklington
Rushcliffe: West Bridgford, Bingham, Radcliffe-on-Trent, Keyworth, Ruddington, Cotgrave, East Leake, Gotham, Tollerton, Edwalton, Gamston, Compton Acres, Aslockton, Sutton Bonington, Cropwell Bishop, Lady Bay, Trent Bridge, Wilford Hill, Clifton, Barton in Fabis

@ South Wales Police
# South Wales
Cardiff: Cardiff | Adamsdown, Butetown, Canton, Cathays, Ely, Fairwater, Grangetown, Llanrumney, Pentwyn, Riverside, Roath, Rumney, Splott, Trowbridge, St Mellons, Llanishen, Llandaff, Whitchurch, Rhiwbina, Caerau, Gabalfa, Heath, Cyncoed, Pontprennau, Radyr, Llandaff North, Pentrebane, Tremorfa, Plasnewydd, Penylan, Cardiff Bay, Danescourt, Llanedeyrn, Thornhill, Tongwynlais, Lisvane, Pontcanna, Leckwith, Old St Mellons, Llandaff Fields, Birchgrove, Mynachdy, Maindy, Sully
Swansea: Swansea | Gorseinon, Pontarddulais, Morriston, Sketty, Townhill, Mayhill, Bonymaen, Clydach, Mumbles, Oystermouth, Penlan, Blaenymaen, Gendros, Fforestfach, Cockett, Manselton, Landore, St Thomas, Port Tawe, Uplands, Brynmill, Killay, Dunvant, Gowerton, Penclawdd, Loughor, Llangyfelach, Winch Wen, Waun Wen, Portmead, Treboeth, Tycoch, West Cross, Blackpill, Gower, Pontlliw, Craig-cefn-parc, Sandfields, Kingsbridge, Garden Village, Llansamlet, Trallwn, Birchgrove, Cwmrhydyceirw, Clase, Penderry
Bridgend: Bridgend, Maesteg, Porthcawl, Pencoed, Pyle, Kenfig Hill, Cefn Cribwr, Ogmore Vale, Nantymoel, Blackmill, Caerau, Cornelly, Sarn, Brynmenyn, Bryncethin, Tondu, Aberkenfig, Brackla, Wildmill, Cefn Glas, Litchard, Pendre, Coity, Broadlands, Bettws, Llangynwyd
Merthyr Tydfil: Merthyr Tydfil, Merthyr, Aberfan, Treharris, Troedyrhiw, Dowlais, Gurnos, Penydarren, Pentrebach, Galon Uchaf, Heolgerrig, Twynyrodyn, Abercanaid, Bedlinog, Trelewis, Quakers Yard, Cefn Coed
Neath Port Talbot: Neath, Port Talbot, Briton Ferry, Skewen, Glynneath, Pontardawe, Aberavon, Baglan, Sandfields, Cymmer, Resolven, Seven Sisters, Ystalyfera, Cwmllynfell, Tonna, Cimla, Bryncoch, Margam, Taibach, Glyncorrwg, Crynant, Cadoxton, Onllwyn, Banwen
Rhondda Cynon Taf: Pontypridd, Aberdare, Tonypandy, Porth, Treorchy, Llantrisant, Mountain Ash, Tonyrefail, Ferndale, Hirwaun, Talbot Green, Church Village, Beddau, Tonteg, Treforest, Abercynon, Rhydyfelin, Cilfynydd, Ynysybwl, Penrhiwceiber, Llanharan, Pontyclun, Treherbert, Tylorstown, Maerdy, Trealaw, Penygraig, Williamstown, Gilfach Goch, Ystrad, Pentre, Ton Pentre, Cwmbach, Aberaman, Abercwmboi, Trecynon, Llwydcoed, Penywaun, Rhigos, Ynyshir, Wattstown, Llanharry, Miskin, Glyncoch, Trallwng, Hawthorn, Taffs Well, Llwynypia, Blaenllechau, Mountain Ash, Rhondda, Cynon Valley
Vale of Glamorgan: Barry, Penarth, Llantwit Major, Cowbridge, Dinas Powys, Rhoose, St Athan, Sully, Wenvoe, Llandough, Gibbonsdown, Cadoxton, Colcot, Barry Island, Palmerston

@ South Yorkshire Police
# South Yorkshire
Sheffield: Sheffield | Arbourthorne, Attercliffe, Beighton, Broomhall, Burngreave, Crookes, Darnall, Ecclesall, Firth Park, Gleadless, Hillsborough, Manor, Manor Top, Meersbrook, Mosborough, Netherthorpe, Page Hall, Parson Cross, Pitsmoor, Sharrow, Shiregreen, Southey Green, Stannington, Tinsley, Walkley, Woodseats, Wybourn, Heeley, Handsworth, Intake, Jordanthorpe, Lowedges, Batemoor, Greenhill, Norton, Frecheville, Hackenthorpe, Halfway, Westfield, Owlthorpe, Stocksbridge, Deepcar, Chapeltown, High Green, Ecclesfield, Grenoside, Wincobank, Brightside, Fir Vale, Longley, Foxhill, Wisewood, Malin Bridge, Loxley, Lodge Moor, Fulwood, Crosspool, Broomhill, Nether Edge, Highfield, Lowfield, Abbeydale, Dore, Totley, Bradway, Herdings, Gleadless Valley, Norfolk Park, Park Hill, Kelham Island, Neepsend, Owlerton, Wadsley Bridge, Ecclesall Road, Birley, Hemsworth, Base Green, Stradbroke, Richmond, Shirecliffe, Upperthorpe, Hillsborough, Sheffield City Centre
Barnsley: Barnsley, Wombwell, Hoyland, Penistone, Goldthorpe, Royston, Cudworth, Darfield, Mapplewell, Staincross, Thurnscoe, Bolton upon Dearne, Worsbrough, Dodworth, Grimethorpe, Shafton, Athersley, Kendray, Lundwood, Monk Bretton, Ardsley, Stairfoot, Carlton, Kexbrough, Darton, Silkstone, Hoyland Common, Birdwell, Elsecar, Jump, Brierley, Great Houghton, Little Houghton, Thurgoland, Gawber, Smithies, Wilthorpe, Pogmoor, New Lodge, Athersley South, Athersley North
Doncaster: Doncaster, Mexborough, Conisbrough, Thorne, Moorends, Armthorpe, Bentley, Adwick le Street, Askern, Edlington, Rossington, Tickhill, Bawtry, Hatfield, Stainforth, Dunscroft, Sprotbrough, Cantley, Bessacarr, Balby, Hexthorpe, Intake, Wheatley, Hyde Park, Carcroft, Skellow, Woodlands, Scawthorpe, Toll Bar, Denaby Main, Kirk Sandall, Edenthorpe, Warmsworth, Barnby Dun, Finningley, Auckley, Hatfield Woodhouse, Highfields, Scawsby, Clay Lane, Bennetthorpe, Town Moor, Belle Vue, Lakeside, Wheatley Hills
Rotherham: Rotherham, Maltby, Wath-upon-Dearne, Rawmarsh, Swinton, Dinnington, Kiveton Park, Wickersley, Bramley, Thurcroft, Aston, Wales, Brinsworth, Catcliffe, Treeton, Whiston, Thrybergh, Kimberworth, Parkgate, Greasbrough, Eastwood, Herringthorpe, Ravenfield, Todwick, Harthill, Laughton-en-le-Morthen, Canklow, East Herringthorpe, Ferham, Masbrough, Thorpe Hesley, Kilnhurst, Brampton Bierlow, West Melton, Sunnyside, Broom, Clifton, Meadowbank, Flanderwell, Boston Castle, Kimberworth Park, Dalton, Eastwood Village, Wingfield, Blackburn, Listerdale

@ Staffordshire Police
# Staffordshire
Stoke-on-Trent: Stoke-on-Trent, Stoke | Hanley, Burslem, Tunstall, Longton, Fenton, Meir, Bentilee, Abbey Hulton, Bucknall, Baddeley Green, Birches Head, Blurton, Chell, Cobridge, Dresden, Etruria, Hartshill, Milton, Norton, Normacot, Shelton, Smallthorne, Trent Vale, Weston Coyney, Sneyd Green, Northwood, Penkhull, Goldenhill, Packmoor, Ball Green, Sandyford, Trentham, Lightwood, Heron Cross, Eaton Park, Berryhill, Middleport, Longport
Cannock Chase: Cannock, Rugeley, Hednesford, Heath Hayes, Norton Canes, Chadsmoor, Brereton, Bridgtown, Heath Hayes and Wimblebury, Pye Green, Cannock Wood
East Staffordshire: Burton upon Trent, Burton, Uttoxeter, Stretton, Rolleston-on-Dove, Barton-under-Needwood, Tutbury, Abbots Bromley, Horninglow, Winshill, Stapenhill, Branston, Shobnall, Anglesey, Outwoods
Lichfield: Lichfield, Burntwood, Armitage, Fazeley, Shenstone, Whittington, Alrewas, Chase Terrace, Chasetown, Fradley, Handsacre, Boley Park
Newcastle-under-Lyme: Newcastle-under-Lyme, Kidsgrove, Audley, Silverdale, Chesterton, Knutton, Clayton, Wolstanton, Porthill, Talke, Butt Lane, Madeley, Keele, Bradwell, Cross Heath, Westlands, Loggerheads, Baldwins Gate, Harriseahead, Mow Cop
South Staffordshire: Codsall, Wombourne, Penkridge, Perton, Brewood, Cheslyn Hay, Great Wyrley, Kinver, Huntington, Featherstone, Essington, Pattingham, Swindon, Bilbrook, Landywood
Stafford: Stafford, Stone, Eccleshall, Gnosall, Great Haywood, Hixon, Weston, Barlaston, Highfields, Doxey, Rickerscote, Baswich, Weeping Cross, Holmcroft, Tillington, Moss Pit, Wildwood, Western Downs, Walton-on-the-Hill, Stafford Town Centre
Staffordshire Moorlands: Leek, Biddulph, Cheadle, Werrington, Blythe Bridge, Endon, Tean, Cellarhead, Kingsley, Ipstones, Alton, Brown Edge, Forsbrook, Waterhouses
Tamworth: Tamworth, Wilnecote, Glascote, Amington, Belgrave, Bolehall, Dosthill, Kettlebrook, Stonydelph, Fazeley, Two Gates, Hockley, Leyfields, Gillway, Perrycrofts, Coton Green

@ Suffolk Constabulary
# Suffolk
Ipswich: Ipswich | Chantry, Whitehouse, Gainsborough, Priory Heath, Whitton, Castle Hill, Westgate, Rushmere, Bixley, Holywells, St Margaret's, Stoke Park, Maidenhall, Greenwich, Ravenswood, Pinewood, California, Alexandra, Bridge, Sprites, Broke Hall, Nacton
Babergh: Sudbury, Hadleigh, Great Cornard, Lavenham, Long Melford, Capel St Mary, Brantham, East Bergholt, Holbrook, Nayland, Bildeston, Boxford, Glemsford, Sproughton, Pinewood, Chilton
East Suffolk: Lowestoft, Felixstowe, Woodbridge, Leiston, Beccles, Bungay, Halesworth, Saxmundham, Framlingham, Southwold, Aldeburgh, Kesgrave, Martlesham, Kessingland, Carlton Colville, Oulton Broad, Oulton, Pakefield, Kirkley, Wickham Market, Rushmere St Andrew, Walton, Trimley St Martin, Trimley St Mary, Melton, Reydon, Wrentham, Corton, Gorleston Road, Normanston, Whitton Road
Mid Suffolk: Stowmarket, Needham Market, Eye, Debenham, Claydon, Thurston, Woolpit, Elmswell, Mendlesham, Bacton, Great Blakenham, Bramford, Onehouse, Combs, Botesdale, Rickinghall, Stradbroke
West Suffolk: Bury St Edmunds, Haverhill, Newmarket, Mildenhall, Brandon, Clare, Lakenheath, Red Lodge, Ixworth, Kedington, Barrow, Moreton Hall, Stanton, Exning, Beck Row, Great Barton, Honington, Howard Estate, Nowton, Westley

@ Surrey Police
# Surrey
Elmbridge: Walton-on-Thames, Weybridge, Esher, Cobham, Molesey, East Molesey, West Molesey, Hersham, Claygate, Thames Ditton, Hinchley Wood, Oxshott, Long Ditton, Oatlands
Epsom and Ewell: Epsom, Ewell, Stoneleigh, Worcester Park, Ewell East, West Ewell, Cuddington, Court, College, Horton, Nonsuch, Auriol, Ruxley, Woodcote
Guildford: Guildford, Ash, Cranleigh, Shalford, Godalming Road, Merrow, Burpham, Stoughton, Westborough, Park Barn, Bellfields, Onslow Village, Ash Vale, Normandy, Send, Ripley, Shere, Gomshall, Chilworth, Bramley, Worplesdon, Jacobs Well, Slyfield, Fairlands, East Horsley, West Horsley, Tongham, Pirbright, Effingham
Mole Valley: Leatherhead, Dorking, Ashtead, Fetcham, Bookham, Great Bookham, Capel, Beare Green, Brockham, Westcott, Mickleham, Holmwood, North Holmwood, Charlwood
Reigate and Banstead: Reigate, Redhill, Banstead, Horley, Merstham, Tadworth, Kingswood, Burgh Heath, Nork, Salfords, Earlswood, Woodhatch, Walton-on-the-Hill, Preston, Chipstead, Lower Kingswood, Whyteleafe Road, Meadvale
Runnymede: Addlestone, Egham, Chertsey, Virginia Water, Englefield Green, New Haw, Ottershaw, Thorpe, Woodham, Egham Hythe, Lyne
Spelthorne: Staines-upon-Thames, Staines, Ashford, Sunbury-on-Thames, Sunbury, Shepperton, Stanwell, Laleham, Upper Halliford, Stanwell Moor, Charlton Village
Surrey Heath: Camberley, Frimley, Bagshot, Lightwater, Windlesham, Chobham, Deepcut, Mytchett, Frimley Green, Bisley, West End, Heatherside, Old Dean, Watchetts
Tandridge: Oxted, Caterham, Lingfield, Warlingham, Godstone, Whyteleafe, Smallfield, Limpsfield, Hurst Green, Bletchingley, Chaldon, Woldingham, Felbridge, Dormansland, Tatsfield, Nutfield, South Godstone, Chelsham
Waverley: Farnham, Godalming, Haslemere, Cranleigh, Milford, Witley, Elstead, Hindhead, Chiddingfold, Bramley, Wonersh, Tilford, Frensham, Badshot Lea, Wrecclesham, Hale, Rowledge, Ewhurst, Alfold, Dunsfold, Busbridge, Farncombe
Woking: Woking, Knaphill, Byfleet, West Byfleet, Horsell, Goldsworth Park, St John's, Old Woking, Sheerwater, Maybury, Pyrford, Westfield, Mayford, Brookwood, Kingfield, Hook Heath, Sythwood, Bisley

@ Sussex Police
# East Sussex
Brighton and Hove: Brighton, Hove, Brighton and Hove | Whitehawk, Moulsecoomb, Hollingbury, Hollingdean, Kemp Town, Kemptown, Portslade, Saltdean, Rottingdean, Woodingdean, Patcham, Withdean, Preston Park, Coldean, Bevendean, Hangleton, Knoll, Westdene, Ovingdean, Queen's Park, Hanover, Elm Grove, Lewes Road, Round Hill, Fiveways, Stanmer, Bristol Estate, Manor Farm, Mile Oak
Eastbourne: Eastbourne, Hampden Park, Langney, Old Town, Meads, Sovereign Harbour, Willingdon, Upperton, Roselands, Ratton, Ocklynge, Devonshire, St Anthony's, Shinewater
Hastings: Hastings, St Leonards-on-Sea, St Leonards, Ore, Hollington, Silverhill, Baird, Broomgrove, Tressell, Gensing, Castle, Old Hastings, West St Leonards, Conquest, Ashdown, Maze Hill, Wishing Tree
Lewes: Lewes, Newhaven, Seaford, Peacehaven, Telscombe, Ringmer, Chailey, Newick, Barcombe, Ditchling, Plumpton, Kingston, Falmer, Wivelsfield, Cooksbridge, Denton
Rother: Bexhill-on-Sea, Bexhill, Rye, Battle, Robertsbridge, Camber, Winchelsea, Ticehurst, Wadhurst, Sedlescombe, Northiam, Little Common, Sidley, Peasmarsh, Fairlight
Wealden: Crowborough, Hailsham, Uckfield, Heathfield, Polegate, Forest Row, Wadhurst, Mayfield, Herstmonceux, Hartfield, Frant, Rotherfield, Buxted, Maresfield, Pevensey, Pevensey Bay, Stone Cross, Westham, East Dean, Alfriston, Horam, Cross in Hand, Wivelsfield Green
# West Sussex
Adur: Shoreham-by-Sea, Shoreham, Lancing, Southwick, Sompting, Fishersgate, Kingston Buci
Arun: Bognor Regis, Littlehampton, Arundel, Rustington, Angmering, East Preston, Felpham, Middleton-on-Sea, Barnham, Yapton, Pagham, Aldwick, Wick, Ferring, Walberton, Climping, Eastergate, Westergate, Flansham, Elmer, Findon
Chichester: Chichester, Midhurst, Selsey, Petworth, Bosham, Southbourne, East Wittering, West Wittering, Tangmere, Westbourne, Fishbourne, Lavant, Hunston, Sidlesham, Birdham, Oving, Boxgrove, Loxwood, Fernhurst, Easebourne, Bracklesham Bay, Bracklesham
Crawley: Crawley, Broadfield, Bewbush, Ifield, Langley Green, Northgate, Pound Hill, Southgate, Three Bridges, Tilgate, West Green, Furnace Green, Gossops Green, Maidenbower, Forge Wood, Kilnwood Vale, Worth, Copthorne, Gatwick
Horsham: Horsham, Billingshurst, Southwater, Storrington, Steyning, Henfield, Pulborough, Partridge Green, Broadbridge Heath, Bramber, Upper Beeding, Rudgwick, Slinfold, Warnham, Roffey, Holbrook, Mannings Heath, Cowfold, Ashington, West Chiltington, Barns Green, Christ's Hospital
Mid Sussex: Haywards Heath, Burgess Hill, East Grinstead, Hassocks, Hurstpierpoint, Cuckfield, Lindfield, Crawley Down, Copthorne, Keymer, Hurstpierpoint, Scaynes Hill, Turners Hill, West Hoathly, Balcombe, Handcross, Ardingly, Sayers Common
Worthing: Worthing, Durrington, Goring-by-Sea, Tarring, West Tarring, Broadwater, Salvington, Findon Valley, Northbrook, Offington, Heene, Selden, Gaisford, Castle, Marine, Central Worthing

@ Thames Valley Police
# Berkshire
Reading: Reading, Caversham, Tilehurst, Whitley, Earley, Woodley, Coley, Southcote, Katesgrove, Battle, Redlands, Emmer Green, Oxford Road, Norcot, Kentwood, Abbey, Park, Minster, Lower Caversham, Whitley Wood, Calcot, Purley on Thames
Slough: Slough, Langley, Cippenham, Chalvey, Britwell, Colnbrook, Upton, Wexham, Farnham Royal, Manor Park, Burnham, Haymill, Elliman, Baylis, Stoke Poges, Salt Hill, Upton Lea, Foxborough, Central Slough
Bracknell Forest: Bracknell, Crowthorne, Sandhurst, Binfield, Warfield, Owlsmoor, College Town, Great Hollands, Birch Hill, Easthampstead, Harmans Water, Priestwood, Wildridings, Hanworth, Wildmoor, Martins Heron, Bullbrook, Jennett's Park
West Berkshire: Newbury, Thatcham, Hungerford, Theale, Burghfield, Pangbourne, Lambourn, Kintbury, Cold Ash, Compton, Mortimer, Woolhampton, Chieveley, Hermitage, Greenham, Speen, Bucklebury, Aldermaston
Windsor and Maidenhead: Windsor, Maidenhead, Ascot, Eton, Datchet, Cookham, Sunninghill, Old Windsor, Wraysbury, Sunningdale, Bray, Holyport, White Waltham, Woodlands Park, Furze Platt, Cox Green, Pinkneys Green, Boyne Hill, Clewer, Dedworth, Eton Wick, Horton, Bisham
Wokingham: Wokingham, Woodley, Earley, Twyford, Wargrave, Finchampstead, Winnersh, Crowthorne, Shinfield, Spencers Wood, Arborfield, Charvil, Sonning, Barkham, Hurst, Swallowfield, Lower Earley, Emmbrook
# Buckinghamshire
Buckinghamshire: Aylesbury, High Wycombe, Amersham, Chesham, Beaconsfield, Marlow, Buckingham, Princes Risborough, Gerrards Cross, Wendover, Chalfont St Peter, Chalfont St Giles, Little Chalfont, Burnham, Iver, Winslow, Haddenham, Denham, Farnham Common, Hazlemere, Flackwell Heath, Bourne End, Great Missenden, Prestwood, Stokenchurch, Holmer Green, Tylers Green, Wooburn Green, Loudwater, Totteridge, Downley, Booker, Cressex, Castlefield, Micklefield, Terriers, Desborough, Sands, Bedgrove, Southcourt, Quarrendon, Fairford Leys, Watermead, Berryfields, Stoke Mandeville, Aston Clinton, Waddesdon, Wing, Iver Heath, Richings Park, Stoke Poges, Denham Green, Wraysbury Road, Long Crendon, Steeple Claydon, Chesham Bois, Penn, Seer Green, Taplow
Milton Keynes: Milton Keynes, Bletchley, Wolverton, Newport Pagnell, Olney, Stony Stratford, Woburn Sands, Fenny Stratford | Central Milton Keynes, Fishermead, Netherfield, Conniburrow, Coffee Hall, Beanhill, Tinkers Bridge, Lakes Estate, Bradwell, New Bradwell, Kents Hill, Kingston, Broughton, Oldbrook, Springfield, Eaglestone, Leadenhall, Woughton, Great Linford, Stantonbury, Bancroft, Heelands, Downs Barn, Neath Hill, Kingsmead, Shenley Brook End, Shenley Church End, Westcroft, Emerson Valley, Tattenhoe, Furzton, Loughton, Bletchley Park, Water Eaton, Denbigh, Bletchley West, Far Bletchley, Wavendon, Walnut Tree, Monkston, Brooklands, Oakgrove, Oxley Park, Whitehouse, Fairfields, Broughton Gate, Willen, Giffard Park, Bolbeck Park, Two Mile Ash, Crownhill, Grange Farm, Galley Hill, Fullers Slade, Heelands
# Oxfordshire
Oxford: Oxford | Blackbird Leys, Cowley, Headington, Jericho, Summertown, Barton, Rose Hill, Littlemore, Marston, Botley, Iffley, Wood Farm, Greater Leys, Risinghurst, Northway, Sandhills, East Oxford, Osney, Grandpont, Wolvercote, Cutteslowe, Temple Cowley, St Clement's, Donnington, Florence Park, Quarry, New Marston, Old Marston, Kennington, Abingdon Road, Jericho, Iffley Road, Cowley Road
Cherwell: Banbury, Bicester, Kidlington, Bloxham, Adderbury, Deddington, Yarnton, Begbroke, Launton, Ambrosden, Upper Heyford, Hook Norton, Cropredy, Grimsbury, Bretch Hill, Ruscote, Neithrop, Hardwick, Easington, Banbury Cross
South Oxfordshire: Henley-on-Thames, Didcot, Thame, Wallingford, Chinnor, Watlington, Goring, Woodcote, Sonning Common, Berinsfield, Benson, Cholsey, Wheatley, Crowmarsh Gifford, Great Milton, Chalgrove, Nettlebed, Dorchester-on-Thames, Garsington, Horspath, Kidmore End, Ladygrove
Vale of White Horse: Abingdon-on-Thames, Abingdon, Wantage, Faringdon, Grove, Botley, Cumnor, Kennington, Radley, Drayton, Sutton Courtenay, Steventon, Milton, Harwell, Shrivenham, Marcham, Wootton, Blewbury, Cumnor Hill, Stanford in the Vale, East Hendred, Uffington
West Oxfordshire: Witney, Carterton, Chipping Norton, Woodstock, Burford, Eynsham, Charlbury, Long Hanborough, Bampton, Milton-under-Wychwood, Ducklington, Brize Norton, Stonesfield, North Leigh, Freeland, Standlake, Minster Lovell, Shipton-under-Wychwood, Enstone

@ Warwickshire Police
# Warwickshire
North Warwickshire: Atherstone, Coleshill, Polesworth, Water Orton, Kingsbury, Dordon, Hartshill, Mancetter, Baddesley Ensor, Grendon, Curdworth, Fillongley, Arley, Ansley, Wood End, Corley
Nuneaton and Bedworth: Nuneaton, Bedworth, Bulkington, Camp Hill, Stockingford, Attleborough, Whitestone, Weddington, Galley Common, Chilvers Coton, Abbey Green, Hill Top, Exhall, Keresley End, Collycroft, Goodyers End, Heath End, Kingswood
Rugby: Rugby, Dunchurch, Wolston, Brinklow, Long Lawford, Binley Woods, Clifton upon Dunsmore, Hillmorton, Bilton, Brownsover, Newbold on Avon, Cawston, Overslade, New Bilton, Benn, Paddox, Eastlands
Stratford-on-Avon: Stratford-upon-Avon, Alcester, Shipston-on-Stour, Southam, Wellesbourne, Studley, Henley-in-Arden, Bidford-on-Avon, Kineton, Harbury, Long Itchington, Tysoe, Tiddington, Snitterfield, Claverdon, Quinton
Warwick: Warwick, Leamington Spa, Royal Leamington Spa, Kenilworth, Whitnash, Lillington, Cubbington, Bishop's Tachbrook, Hatton, Radford Semele, Barford, Sydenham, Brunswick, Milverton

@ West Mercia Police
# Herefordshire
Herefordshire: Hereford, Leominster, Ross-on-Wye, Ledbury, Bromyard, Kington, Credenhill, Holmer, Belmont, Bobblestock, Westfields, Newton Farm, Redhill, Tupsley, Hinton, Kingstone, Colwall, Weobley, Peterchurch, Ewyas Harold, Wellington, Bodenham
# Shropshire
Shropshire: Shrewsbury, Oswestry, Bridgnorth, Ludlow, Market Drayton, Whitchurch, Wem, Shifnal, Church Stretton, Ellesmere, Broseley, Craven Arms, Much Wenlock, Cleobury Mortimer, Bishop's Castle, Albrighton, Highley, Pontesbury, Baschurch, Gobowen, St Martins, Harlescott, Monkmoor, Sundorne, Meole Brace, Bayston Hill, Ditherington, Castlefields, Frankwell, Copthorne, Radbrook, Belle Vue, Shelton, Battlefield, Coleham, Condover, Clun, Minsterley, Prees, Hodnet, Whittington, Weston Rhyn
Telford and Wrekin: Telford, Wellington, Newport, Madeley, Oakengates, Dawley, Ironbridge, Donnington, Hadley, Ketley, Brookside, Sutton Hill, Woodside, Hollinswood, Malinslee, Stirchley, Trench, Leegomery, Lawley, Horsehay, Priorslee, St Georges, Wrockwardine Wood, Arleston, Aqueduct, Hollinsgate, Lightmoor, Muxton, Randlay, Overdale, Shawbirch, Admaston, Ketley Bank, Old Park, Coalbrookdale, High Ercall, Lilleshall, Edgmond, Woodside Estate, Brookside Estate, Dothill
# Worcestershire
Worcester: Worcester | Warndon, Dines Green, Tolladine, St John's, Ronkswood, Barbourne, Lower Wick, Claines, Rainbow Hill, Blackpole, Brickfields, Cherry Orchard, Battenhall, Diglis, St Peter's, Nunnery, Gorse Hill, Bedwardine, Warndon Villages, Northwick, Arboretum, Lyppard, Elbury Park
Bromsgrove: Bromsgrove, Rubery, Hagley, Wythall, Alvechurch, Barnt Green, Catshill, Aston Fields, Sidemoor, Charford, Stoke Prior, Hollywood, Belbroughton, Clent, Lickey, Marlbrook, Burcot, Finstall, Blackwell, Hopwood, Frankley
Malvern Hills: Malvern, Great Malvern, Upton-upon-Severn, Tenbury Wells, Powick, Barnards Green, Malvern Link, Malvern Wells, West Malvern, Hallow, Martley, Kempsey, Welland, Callow End, Pickersleigh, Poolbrook
Redditch: Redditch, Matchborough, Winyates, Church Hill, Batchley, Woodrow, Greenlands, Lakeside, Abbeydale, Headless Cross, Crabbs Cross, Astwood Bank, Brockhill, Oakenshaw, Walkwood, Webheath, Lodge Park, Riverside, Feckenham, Enfield, Smallwood, Hunt End
Worcestershire: Worcestershire
Wychavon: Evesham, Droitwich Spa, Droitwich, Pershore, Ombersley, Broadway, Fernhill Heath, Bredon, Inkberrow, Badsey, Harvington, Hartlebury, Norton, Offenham, Honeybourne, Eckington, Wickhamford, South Littleton, Elmley Castle, Strensham
Wyre Forest: Kidderminster, Stourport-on-Severn, Bewdley, Cookley, Wolverley, Blakedown, Fairfield, Habberley, Franche, Offmore, Comberton, Foley Park, Broadwaters, Hoobrook, Spennells, Areley Kings, Wribbenhall, Burlish

@ West Midlands Police
# West Midlands
Birmingham: Birmingham | Acocks Green, Alum Rock, Aston, Balsall Heath, Bartley Green, Bordesley, Bordesley Green, Bournville, Castle Vale, Chelmsley Wood, Druids Heath, Edgbaston, Erdington, Frankley, Hall Green, Handsworth, Harborne, Hockley, Hodge Hill, King's Heath, Kings Heath, Kings Norton, Kingstanding, Kitts Green, Ladywood, Lee Bank, Longbridge, Lozells, Moseley, Nechells, Newtown, Northfield, Perry Barr, Quinton, Saltley, Selly Oak, Shard End, Sheldon, Small Heath, Sparkbrook, Sparkhill, Stechford, Stirchley, Sutton Coldfield, Tyseley, Ward End, Washwood Heath, Weoley Castle, Winson Green, Yardley, Yardley Wood, Digbeth, Jewellery Quarter, Highgate, Deritend, Lozells, Gravelly Hill, Witton, Lyndon Green, Great Barr, Oscott, Pype Hayes, Castle Bromwich, Rubery, Hamstead, Billesley, Brandwood, Stockland Green, Short Heath, Hawkesley, Maypole, Cotteridge, Bournbrook, Soho, Springfield, Shirley Road, Tile Cross, Garretts Green, Glebe Farm, Bromford, Birchfield, Aston Cross, Duddeston, Vauxhall, Gosta Green, Kingshurst, Marston Green, Walmley, Wylde Green, Boldmere, Four Oaks, Mere Green, Minworth, Falcon Lodge, Reddicap Heath, Birmingham City Centre
Coventry: Coventry | Allesley, Bell Green, Binley, Canley, Cheylesmore, Earlsdon, Foleshill, Hillfields, Holbrooks, Longford, Radford, Stoke Aldermoor, Tile Hill, Willenhall, Wood End, Wyken, Whoberley, Chapelfields, Coundon, Keresley, Walsgrave, Stivichall, Styvechale, Finham, Eastern Green, Henley Green, Stoke, Upper Stoke, Lower Stoke, Potters Green, Ernesford Grange, Clifford Park, Tile Hill North, Spon End, Lime Tree Park, Jardine Crescent, Courthouse Green, Bishopsgate Green, Great Heath, Edgwick, Little Heath, Whitley, Binley Woods, Paradise, Gosford Green, Charterhouse, Whitmore Park
Dudley: Dudley, Stourbridge, Halesowen, Brierley Hill, Kingswinford, Sedgley, Coseley, Netherton, Lye, Wordsley, Amblecote, Pensnett, Quarry Bank, Cradley, Gornal, Lower Gornal, Upper Gornal, Wollaston, Pedmore, Wall Heath, Brockmoor, Woodsetton, Russells Hall, Kates Hill, Hasbury, Hawne, Wollescote, Cradley Heath, Colley Gate, Norton
Sandwell: West Bromwich, Oldbury, Smethwick, Tipton, Wednesbury, Rowley Regis, Cradley Heath, Great Bridge, Tividale, Blackheath, Old Hill, Langley, Great Barr, Hateley Heath, Friar Park, Charlemont, Stone Cross, Hill Top, Princes End, Ocker Hill, Bearwood, Cape Hill, Londonderry, Warley, Whiteheath, Causeway Green, Rood End, Brandhall, Yew Tree, Lyng, Greets Green, Carters Green, Guns Village, Tantany, Harvills Hawthorn, Dudley Port, Burnt Tree, Tipton Green, Wood Green
Solihull: Solihull, Shirley, Knowle, Dorridge, Chelmsley Wood, Castle Bromwich, Kingshurst, Marston Green, Balsall Common, Meriden, Olton, Hockley Heath, Elmdon, Smith's Wood, Fordbridge, Bickenhill, Hampton-in-Arden, Cheswick Green, Dickens Heath, Monkspath, Hillfield, Lyndon, Sharmans Cross, Catherine-de-Barnes
Walsall: Walsall, Willenhall, Bloxwich, Darlaston, Aldridge, Brownhills, Pelsall, Rushall, Streetly, Leamore, Blakenall, Caldmore, Palfrey, Pleck, Birchills, Beechdale, Goscote, Moxley, Short Heath, New Invention, Coalpool, Harden, Chuckery, Mossley, Alumwell, Paddock, Park Hall, Walsall Wood, Shelfield, Clayhanger, Leighswood, Bentley, Fullbrook, Delves
Wolverhampton: Wolverhampton, Bilston | Whitmore Reans, Heath Town, Low Hill, Bushbury, Fordhouses, Oxley, Pendeford, Tettenhall, Wergs, Aldersley, Blakenhall, Penn, Merry Hill, Finchfield, Bradmore, Goldthorn Park, Ettingshall, Parkfields, Lanesfield, Graiseley, All Saints, Whitmore Reans, Dunstall, Park Village, Wednesfield, Ashmore Park, Springfield, Eastfield, Stowlawn, Ettingshall Park, Spring Vale, Moseley, Portobello, East Park, Scotlands, Underhill, Fallings Park, Chapel Ash, Compton, Castlecroft, Perton Road, Warstones, Penn Fields, Coven Heath, Monmore Green, Pennfields, Ladymoor

@ West Yorkshire Police
# West Yorkshire
Bradford: Bradford, Keighley, Shipley, Bingley, Ilkley, Baildon, Queensbury, Thornton, Silsden, Haworth, Denholme, Cottingley, Wilsden, Steeton, Burley-in-Wharfedale, Menston, Cullingworth, Oxenhope, Addingham, Saltaire, Eldwick, Idle, Thackley, Wyke, Wibsey | Manningham, Allerton, Bowling, Bierley, Buttershaw, Clayton, Eccleshill, Girlington, Great Horton, Heaton, Holme Wood, Laisterdyke, Little Horton, Lidget Green, Low Moor, Odsal, Ravenscliffe, Thornbury, Tong, Toller, Undercliffe, West Bowling, East Bowling, Bradford Moor, Barkerend, Fagley, Frizinghall, Lower Grange, Woodside, Scholemoor, Sandy Lane, Allerton, Daisy Hill, Swain House, Windhill, Wrose, Greengates, Apperley Bridge, Calverley, Pudsey, Tyersal, Dudley Hill, Tong Street, Bradford City Centre, Little Germany, Braithwaite, Guardhouse, Utley, Long Lee, Riddlesden, Bracken Bank, Ingrow, Lawkholme, Highfield, Parkwood, Thwaites Brow, East Morton
Calderdale: Halifax, Brighouse, Elland, Sowerby Bridge, Hebden Bridge, Todmorden, Ripponden, Mytholmroyd, Hipperholme, Northowram, Shelf, Rastrick, Ovenden, Illingworth, Mixenden, King Cross, Pellon, Boothtown, Siddal, Southowram, Luddenden Foot, Luddenden, Sowerby, Warley, Copley, Greetland, Stainland, Holywell Green, Lightcliffe, Clifton, Hove Edge, Bailiff Bridge, Claremount, Savile Park, Park Ward, Lee Mount, Wheatley, Boothtown
Kirklees: Huddersfield, Dewsbury, Batley, Holmfirth, Mirfield, Cleckheaton, Heckmondwike, Birstall, Marsden, Slaithwaite, Meltham, Honley, Kirkburton, Denby Dale, Skelmanthorpe, Golcar, Lindley, Almondbury, Birkby, Fartown, Lockwood, Marsh, Milnsbridge, Newsome, Paddock, Crosland Moor, Dalton, Deighton, Sheepridge, Bradley, Brackenhall, Fixby, Moldgreen, Rawthorpe, Salendine Nook, Netherton, Shepley, Kirkheaton, Lepton, Liversedge, Gomersal, Thornhill, Savile Town, Ravensthorpe, Earlsheaton, Dewsbury Moor, Chickenley, Westtown, Thornhill Lees, Ossett Road, Scholes, Hightown, Roberttown, Scissett, Clayton West, Emley, Berry Brow, Netherthong, New Mill, Brockholes, Linthwaite, Outlane, Longwood, Cowlersley, Waterloo, Kirkheaton
Leeds: Leeds | Armley, Beeston, Bramley, Burley, Chapeltown, Chapel Allerton, Cross Gates, Crossgates, Gipton, Halton Moor, Harehills, Headingley, Holbeck, Horsforth, Hunslet, Hyde Park, Kirkstall, Lincoln Green, Meanwood, Middleton, Moortown, Osmondthorpe, Pudsey, Roundhay, Seacroft, Swarcliffe, Whinmoor, Wortley, Belle Isle, Burmantofts, Richmond Hill, Little London, Woodhouse, Seacroft, Killingbeck, Halton, Colton, Garforth, Rothwell, Morley, Otley, Wetherby, Guiseley, Yeadon, Rawdon, Boston Spa, Kippax, Methley, Oulton, Woodlesford, Drighlington, Gildersome, Churwell, Farsley, Calverley, Stanningley, Rodley, Bramhope, Pool-in-Wharfedale, Alwoodley, Adel, Cookridge, Ireland Wood, Tinshill, Weetwood, Far Headingley, West Park, Moor Allerton, Scott Hall, Potternewton, Sheepscar, Mabgate, Bank, Cross Green, East End Park, Richmond Hill, Stourton, Belle Isle, Hunslet Carr, Beeston Hill, Cottingley, Farnley, New Farnley, Wortley, Holt Park, Bramley, Swinnow, Pudsey, Tyersal, Thorner, Scholes, Barwick-in-Elmet, Collingham, Bardsey, East Ardsley, West Ardsley, Tingley, Lofthouse, Robin Hood, Leeds City Centre, Mill Hill, Burley Park, Lincoln Green, Gledhow, Oakwood, Harehills Corner, Chapeltown Road, Shadwell, Moortown Corner, Cross Flatts
Wakefield: Wakefield, Castleford, Pontefract, Ossett, Normanton, Featherstone, Knottingley, Hemsworth, South Elmsall, South Kirkby, Horbury, Stanley, Outwood, Crigglestone, Sandal, Altofts, Ackworth, Airedale, Ferry Fryston, Glasshoughton, Upton, Ryhill, Havercroft, Fitzwilliam, Kinsley, Sharlston, Walton, Crofton, Eastmoor, Lupset, Portobello, Agbrigg, Belle Vue, Flanshaw, Alverthorpe, Thornes, Kettlethorpe, Lupset Estate, Wrenthorpe, Newton Hill, Durkar, Netherton, Middlestown, Streethouse, Whitwood, Allerton Bywater, Whitwood Mere, Smawthorne, Half Acres, Hemsworth

@ Wiltshire Police
# Wiltshire
Swindon: Swindon | Penhill, Pinehurst, Park North, Park South, Walcot, Gorse Hill, Rodbourne, Rodbourne Cheney, Stratton St Margaret, Highworth, Wroughton, Haydon Wick, Abbey Meads, Redhouse, Taw Hill, St Andrews Ridge, Priory Vale, Toothill, Freshbrook, Westlea, Grange Park, Shaw, Eldene, Covingham, Nythe, Liden, Wichelstowe, Old Town, Broadgreen, Eastcott, Upper Stratton, Moredon, Lawn, Covingham, Central Swindon, Kingshill, Okus, Lower Stratton, Blunsdon, Wanborough, Chiseldon
Wiltshire: Salisbury, Chippenham, Trowbridge, Devizes, Warminster, Melksham, Calne, Corsham, Amesbury, Westbury, Royal Wootton Bassett, Wootton Bassett, Marlborough, Bradford-on-Avon, Tidworth, Malmesbury, Ludgershall, Durrington, Bulford, Cricklade, Purton, Pewsey, Market Lavington, Mere, Tisbury, Wilton, Downton, Box, Bowerhill, Holt, Hilperton, Larkhill, Colerne, Lyneham, Alderbury, Laverstock, Bemerton, Bemerton Heath, Old Sarum, Harnham, Fisherton Anger, Hullavington, Sherston, Highworth, Lacock, Netheravon, Studley Green, Bishopdown, Devizes Road, Leigh Delamere

@ Police Scotland
# Scotland
Aberdeen City: Aberdeen | Torry, Tillydrone, Seaton, Northfield, Mastrick, Middlefield, Cummings Park, Sheddocksley, Kincorth, Bridge of Don, Dyce, Bucksburn, Cove Bay, Cove, Danestone, Woodside, Kittybrewster, Rosemount, Ferryhill, Garthdee, Cults, Bieldside, Peterculter, Old Aberdeen, Hazlehead, Summerhill, Ruthrieston, Kingswells, Heathryfold, Printfield, Hilton, Stockethill, Ashgrove, Altens, Nigg
Aberdeenshire: Peterhead, Fraserburgh, Inverurie, Stonehaven, Westhill, Ellon, Portlethen, Banchory, Turriff, Huntly, Kintore, Banff, Macduff, Mintlaw, Laurencekirk, Oldmeldrum, Aboyne, Ballater, Alford, Insch, Newmachar, Balmedie, Newtonhill, Portsoy, Cruden Bay, Strichen, Kemnay, Inverbervie, Johnshaven, Rosehearty, Boddam, Longside, New Pitsligo, Braemar
Angus: Arbroath, Forfar, Montrose, Carnoustie, Brechin, Kirriemuir, Monifieth, Edzell, Letham, Friockheim
Argyll and Bute: Helensburgh, Oban, Dunoon, Campbeltown, Rothesay, Lochgilphead, Inveraray, Tarbert, Tobermory, Cardross, Rhu, Garelochhead, Kilcreggan, Isle of Bute, Isle of Mull, Islay, Bowmore
Clackmannanshire: Alloa, Tillicoultry, Alva, Tullibody, Dollar, Clackmannan, Menstrie, Sauchie
Dumfries and Galloway: Dumfries, Stranraer, Annan, Dalbeattie, Castle Douglas, Lockerbie, Newton Stewart, Kirkcudbright, Moffat, Gretna, Sanquhar, Thornhill, Langholm, Lochmaben, Wigtown, Whithorn, Gatehouse of Fleet, Kirkconnel, Locharbriggs, Lochside, Georgetown, Heathhall, Cairnryan | Annandale and Eskdale, Nithsdale, Stewartry
Dundee City: Dundee, Broughty Ferry | Lochee, Whitfield, Fintry, Kirkton, Ardler, Charleston, Menzieshill, St Mary's, Douglas, Hilltown, Stobswell, Mid Craigie, Linlathen, Ballumbie, Craigiebank, Downfield, Coldside, Maryfield, Strathmartine, Camperdown, Ninewells, West End, Dundee City Centre
East Ayrshire: Kilmarnock, Cumnock, Stewarton, Galston, Dalmellington, Auchinleck, Hurlford, Newmilns, Darvel, Mauchline, New Cumnock, Crosshouse, Kilmaurs, Catrine, Drongan, Patna, Onthank, Shortlees, Bellfield, New Farm Loch
East Dunbartonshire: Kirkintilloch, Bearsden, Milngavie, Bishopbriggs, Lenzie, Milton of Campsie, Lennoxtown, Torrance, Twechar
East Lothian: Musselburgh, Haddington, Tranent, North Berwick, Dunbar, Prestonpans, Port Seton, Cockenzie, Longniddry, Ormiston, Wallyford, Whitecraig, Pencaitland, East Linton, Gullane, Macmerry, Elphinstone, Aberlady
East Renfrewshire: Newton Mearns, Clarkston, Barrhead, Giffnock, Busby, Eaglesham, Thornliebank, Neilston, Uplawmoor, Stamperland, Netherlee, Waterfoot
Edinburgh: Edinburgh | Leith, Portobello, Corstorphine, Morningside, Gorgie, Dalry, Granton, Pilton, Muirhouse, Wester Hailes, Sighthill, Craigmillar, Niddrie, Gilmerton, Liberton, Oxgangs, Colinton, Currie, Balerno, Juniper Green, South Queensferry, Queensferry, Kirkliston, Ratho, Newhaven, Trinity, Stockbridge, Tollcross, Bruntsfield, Marchmont, Newington, Southside, Old Town, New Town, Abbeyhill, Meadowbank, Restalrig, Lochend, Craigentinny, Joppa, Duddingston, Moredun, Ferniehill, Gracemount, Broomhouse, Saughton, Stenhouse, Calders, Clermiston, Drylaw, Blackhall, Davidson's Mains, Cramond, Barnton, Fairmilehead, Buckstone, Burdiehouse, Southhouse, Bingham, The Jewel, Lochend, Haymarket, Fountainbridge, Canonmills, Pilrig, Inch, Hyvots Bank, Longstone, Clovenstone, Parkhead, Murrayburn, Saughtonhall, West Pilton, Royston Mains, Wardieburn, Granton Harbour, Westerhailes, Edinburgh City Centre
Falkirk: Falkirk, Grangemouth, Bo'ness, Larbert, Stenhousemuir, Denny, Polmont, Bonnybridge, Camelon, Brightons, Redding, Laurieston, Carron, Carronshore, Banknock, Dunipace, Maddiston, Whitecross, Shieldhill, California, Westquarter, Bainsford, Hallglen, Tamfourhill, Langlees, Reddingmuirhead, Airth
Fife: Dunfermline, Kirkcaldy, Glenrothes, St Andrews, Cowdenbeath, Leven, Methil, Buckhaven, Rosyth, Lochgelly, Inverkeithing, Cupar, Burntisland, Kinghorn, Dalgety Bay, Kelty, Anstruther, Tayport, Newport-on-Tay, Leslie, Markinch, Kennoway, Crossgates, Ballingry, Lochore, Oakley, High Valleyfield, Aberdour, Auchtermuchty, Ladybank, Falkland, Crail, Pittenweem, St Monans, Elie, Lundin Links, Windygates, Thornton, Cardenden, Kinglassie, Dysart, Cairneyhill, Crossford, Limekilns, Saline, Abbeyview, Touch, Halbeath, Townhill, Methilhill, Coaltown of Wemyss, East Wemyss, West Wemyss, Templehall, Gallatown, Sinclairtown, Pathhead, Smeaton, Dysart, Cadham, Pitteuchar, Tanshall, Macedonia, Collydean, Auchmuty
Glasgow City: Glasgow | Govan, Partick, Maryhill, Possilpark, Springburn, Easterhouse, Castlemilk, Drumchapel, Pollok, Shettleston, Parkhead, Dennistoun, Gorbals, Govanhill, Pollokshields, Pollokshaws, Shawlands, Cathcart, Battlefield, Langside, Mount Florida, King's Park, Croftfoot, Toryglen, Carmunnock, Darnley, Nitshill, Priesthill, Househillwood, Arden, Carnwadric, Hillington, Cardonald, Penilee, Mosspark, Ibrox, Kinning Park, Cessnock, Tradeston, Kingston, Hyndland, Broomhill, Jordanhill, Scotstoun, Yoker, Knightswood, Anniesland, Kelvindale, Kelvinside, Hillhead, Woodlands, Finnieston, Anderston, Cowcaddens, Garnethill, Townhead, Royston, Sighthill, Barmulloch, Balornock, Robroyston, Milton, Lambhill, Ruchill, Summerston, Ruchazie, Cranhill, Carntyne, Riddrie, Barlanark, Garthamlock, Craigend, Queenslie, Provanmill, Blackhill, Dalmarnock, Bridgeton, Calton, Camlachie, Tollcross, Sandyhills, Mount Vernon, Carmyle, Baillieston, Garrowhill, Swinton, Stepps, Merchant City, Glasgow City Centre, Gallowgate, Duke Street, Haghill, Cranstonhill, Whiteinch, Thornwood, Drumoyne, Linthouse, Craigton, Cardonald, Crookston, Corkerhill, Hutchesontown, Oatlands, Polmadie, Strathbungo, Crosshill, Queens Park, Newlands, Muirend, Simshill, Castlemilk, Glenwood, Carmunnock, Halfway, Cambuslang Road, Blairdardie, Temple, Netherton, Dawsholm, Keppochhill, Port Dundas, Sighthill, Germiston, Gartcraig, Wellhouse, Lochend, Easterhouse, Cranhill, Blackhill, Provanhall, Shettleston, Parkhead
Highland: Inverness, Fort William, Nairn, Thurso, Wick, Alness, Invergordon, Dingwall, Aviemore, Tain, Portree, Kingussie, Grantown-on-Spey, Golspie, Brora, Dornoch, Ullapool, Kyle of Lochalsh, Muir of Ord, Conon Bridge, Beauly, Culloden, Balloch, Smithton, Ardersier, Drumnadrochit, Fort Augustus, Mallaig, Lochaber, Caithness, Sutherland, Skye, Isle of Skye, Badenoch, Strathspey, Newtonmore, Kinlochleven, Caol, Corpach, Inverlochy, Halkirk, Castletown, Lairg, Bonar Bridge, Evanton, Fortrose, Rosemarkie, Cromarty, Avoch, Munlochy, Merkinch, Hilton, Dalneigh, Raigmore, Milton of Leys, Westhill, Slackbuie, Inshes, Lochardil, Holm, Kinmylies, Scorguie, Charleston, Drakies, Crown, Culduthel, Ballifeary, South Kessock, Clachnaharry, Smithton, Hilton, Scrabster
Inverclyde: Greenock, Port Glasgow, Gourock, Kilmacolm, Inverkip, Wemyss Bay, Quarriers Village, Larkfield, Branchton, Bow Farm, Fancy Farm, Cartsdyke, Broomhill, Strone, Maukinhill, Gibshill, Pennyfern, Barrs Cottage
Midlothian: Dalkeith, Penicuik, Bonnyrigg, Loanhead, Gorebridge, Mayfield, Newtongrange, Lasswade, Roslin, Bilston, Danderhall, Eskbank, Easthouses, Pathhead, Rosewell, Poltonhall, Newbattle
Moray: Elgin, Forres, Buckie, Lossiemouth, Keith, Fochabers, Rothes, Aberlour, Dufftown, Burghead, Hopeman, Lhanbryde, Mosstodloch, Cullen, Portknockie, Findochty, Kinloss, Tomintoul, Bishopmill, New Elgin
Na h-Eileanan Siar: Stornoway, Western Isles, Outer Hebrides, Lewis, Harris, Benbecula, Barra, Uist, North Uist, South Uist, Tarbert, Balivanich, Castlebay, Lochmaddy
North Ayrshire: Irvine, Kilwinning, Saltcoats, Ardrossan, Stevenston, Largs, Kilbirnie, Beith, Dalry, West Kilbride, Dreghorn, Springside, Skelmorlie, Fairlie, Millport, Brodick, Lamlash, Isle of Arran, Arran, Isle of Cumbrae, Girdle Toll, Bourtreehill, Broomlands, Castlepark, Pennyburn, Whitlees, Dalry, Glengarnock
North Lanarkshire: Motherwell, Wishaw, Airdrie, Coatbridge, Cumbernauld, Bellshill, Kilsyth, Shotts, Chryston, Moodiesburn, Stepps, Viewpark, Uddingston, Newarthill, Newmains, Holytown, Mossend, Carfin, Cleland, Harthill, Salsburgh, Caldercruix, Plains, Glenboig, Gartcosh, Muirhead, Moodiesburn, Condorrat, Abronhill, Kildrum, Carbrain, Seafar, Balloch, Westfield, Craigneuk, Gowkthrapple, Forgewood, Craigneuk, Calderbank, Chapelhall, Glenmavis, Plains, Petersburn, Chapelhall, Townhead, Whifflet, Kirkshaws, Sikeside, Greenend, Cliftonville, Dykehead, Stane, Allanton, Overtown, Morningside, Cambusnethan, Netherton, Waterloo, Pather, Gowkthrapple, Orbiston, Tannochside, Birkenshaw, Carnbroe, Bargeddie, Croy
Orkney Islands: Kirkwall, Stromness, Orkney, St Margaret's Hope, Finstown, Dounby
Perth and Kinross: Perth, Blairgowrie, Crieff, Kinross, Pitlochry, Auchterarder, Scone, Coupar Angus, Aberfeldy, Dunkeld, Birnam, Bridge of Earn, Milnathort, Stanley, Alyth, Comrie, Methven, Errol, Letham, Muirton, North Muirton, Hillyland, Tulloch, Craigie, Friarton, Moncreiffe, Oakbank, Viewlands, Fairfield, Rattray, Abernethy, Invergowrie, Luncarty, Bankfoot, Almondbank, Tulloch
Renfrewshire: Paisley, Renfrew, Johnstone, Erskine, Linwood, Bishopton, Houston, Bridge of Weir, Kilbarchan, Lochwinnoch, Elderslie, Howwood, Inchinnan, Ferguslie Park, Gallowhill, Glenburn, Foxbar, Shortroods, Seedhill, Hunterhill, Glencoats, Millarston, Brediland, Ralston, Castlehead, Hawkhead, Dykebar, Lochfield, Blackhall, Barshaw, Whitehaugh, Moorpark, Spateston, Quarrelton, Thorn, Brookfield, Crosslee
Scottish Borders: Galashiels, Hawick, Peebles, Kelso, Selkirk, Jedburgh, Eyemouth, Innerleithen, Duns, Melrose, Coldstream, Earlston, Newtown St Boswells, St Boswells, Lauder, Walkerburn, Chirnside, Coldingham, West Linton, Tweedbank, Denholm, Newcastleton, Yetholm, Ayton
Shetland Islands: Lerwick, Shetland, Scalloway, Brae, Sullom Voe, Sumburgh, Unst, Yell, Whalsay, Sandwick
South Ayrshire: Ayr, Prestwick, Troon, Maybole, Girvan, Dundonald, Tarbolton, Symington, Annbank, Mossblown, Coylton, Dalrymple, Kirkoswald, Ballantrae, Barrhill, Monkton, Whitletts, Kincaidston, Dalmilling, Lochside, Belmont, Castlehill, Forehill, Alloway, Heathfield, Holmston, Wallacetown, Newton-on-Ayr
South Lanarkshire: Hamilton, East Kilbride, Rutherglen, Cambuslang, Lanark, Larkhall, Blantyre, Carluke, Strathaven, Bothwell, Uddingston, Stonehouse, Lesmahagow, Biggar, Carnwath, Forth, Law, Kirkmuirhill, Halfway, Burnside, Fernhill, Cathkin, Spittal, Eastfield, Westburn, Newton, Hallside, Flemington, Udston, Burnbank, Whitehill, Hillhouse, Cadzow, Fairhill, Low Waters, Eddlewood, Meikle Earnock, Ferniegair, Quarter, High Blantyre, Auchentibber, Coatshill, Calderwood, St Leonards, Westwood, Murray, Greenhills, The Murray, Whitemoss, Mossneuk, Lindsayfield, Stewartfield, Hairmyres, Jackton, Nerston, Crossbasket, Douglas, Coalburn, Rigside, Kirkfieldbank, Crossford, Braidwood, Law Village, Thankerton, Symington, Abington, Leadhills, Wanlockhead, Lamington, Carstairs, Carstairs Junction, Ravenstruther, Auchengray, Tarbrax
Stirling: Stirling, Dunblane, Bridge of Allan, Callander, Bannockburn, Cambusbarron, Fallin, Cowie, Plean, Throsk, Killin, Balfron, Strathblane, Drymen, Doune, Deanston, Aberfoyle, Buchlyvie, Kippen, Gargunnock, Killearn, Blanefield, Raploch, Cornton, Causewayhead, Riverside, Braehead, Broomridge, Cultenhove, St Ninians, Whins of Milton, Torbrex, Borestone, Kings Park, Bannockburn
West Dunbartonshire: Clydebank, Dumbarton, Alexandria, Balloch, Bonhill, Renton, Old Kilpatrick, Duntocher, Hardgate, Bowling, Milton, Dalmuir, Drumry, Linnvale, Whitecrook, Faifley, Mountblow, Parkhall, Brucehill, Castlehill, Bellsmyre, Silverton, Haldane, Jamestown, Tullichewan
West Lothian: Livingston, Bathgate, Linlithgow, Broxburn, Whitburn, Armadale, Blackburn, Uphall, Fauldhouse, East Calder, Mid Calder, West Calder, Bo'ness Road, Stoneyburn, Addiewell, Polbeth, Blackridge, Winchburgh, Kirknewton, Pumpherston, Seafield, Dechmont, Ecclesmachan, Torphichen, Westfield, Craigshill, Ladywell, Knightsridge, Deans, Dedridge, Howden, Eliburn, Murieston, Carmondean, Bellsquarry, Adambrae, Boghall, Blackburn, Kirkton, Wester Inch, Greenrigg, Longridge, Breich, Bridgend

@ Police Service of Northern Ireland
# Northern Ireland
Belfast: Belfast | Ardoyne, Andersonstown, Ballymurphy, Ballysillan, Ballyhackamore, Castlereagh, Falls, Falls Road, Finaghy, Glengormley, Lenadoon, Ligoniel, New Lodge, Oldpark, Ormeau, Ormeau Road, Rathcoole, Sandy Row, Shankill, Short Strand, Stranmillis, Sydenham, Twinbrook, Poleglass, Whiterock, Woodvale, Tigers Bay, Sailortown, Markets, Donegall Road, Village, Cregagh, Lisnasharragh, Knock, Belmont, Strandtown, Sydenham, Connswater, Ballymacarrett, Newtownards Road, Holywood Road, Botanic, Malone, Lisburn Road, Taughmonagh, Dunmurry, Suffolk, Colin, Turf Lodge, Beechmount, Divis, Clonard, Springfield Road, Highfield, Glencairn, Forthriver, Crumlin Road, Ardoyne Road, Antrim Road, Cavehill, Waterworks, Skegoneill, Fortwilliam, Duncairn, Carrick Hill, Titanic Quarter, Cathedral Quarter, Gasworks, Holylands, Rosetta, Newtownbreda, Four Winds, Belvoir, Carryduff, Gilnahirk, Tullycarnet, Braniel, Dundonald, Ballybeen, Belfast City Centre, West Belfast, North Belfast, East Belfast, South Belfast
Antrim and Newtownabbey: Antrim, Newtownabbey, Glengormley, Ballyclare, Randalstown, Crumlin, Templepatrick, Toome, Jordanstown, Whiteabbey, Monkstown, Rathcoole, Mossley, Carnmoney, Doagh, Ballynure, Parkgate, Mallusk, Greenisland, Whitehouse, Burnside, Ballyrobin, Aldergrove
Ards and North Down: Bangor, Newtownards, Holywood, Comber, Donaghadee, Ballywalter, Portaferry, Kircubbin, Greyabbey, Millisle, Ballygowan, Killinchy, Crawfordsburn, Helen's Bay, Groomsport, Conlig, Cultra, Carrowdore, Ballyhalbert, Portavogie, Kilcooley, Rathgill, Whitehill, Bloomfield, Scrabo, Ards Peninsula
Armagh City, Banbridge and Craigavon: Armagh, Craigavon, Portadown, Lurgan, Banbridge, Dromore, Tandragee, Richhill, Markethill, Keady, Gilford, Waringstown, Rathfriland, Loughbrickland, Scarva, Aghagallon, Magheralin, Donaghcloney, Moira, Hamiltonsbawn, Tynan, Middletown, Killylea, Loughgall, Brownlow, Mourneview, Drumgask, Meadowbrook, Taghnevan, Kilwilkie, Killicomaine, Obins Street, Garvaghy Road, Mourneview, Levin Road, Legahory, Tullygally
Causeway Coast and Glens: Coleraine, Ballymoney, Limavady, Portrush, Portstewart, Ballycastle, Dungiven, Bushmills, Ballykelly, Garvagh, Kilrea, Cushendall, Cushendun, Castlerock, Rasharkin, Dervock, Armoy, Dunloy, Glenariff, Waterfoot, Portballintrae, Articlave, Macosquin, Greysteel, Feeny, Rathlin Island
Derry City and Strabane: Derry, Londonderry, Strabane, Castlederg, Newtownstewart, Sion Mills, Claudy, Eglinton, Culmore, Donemana, Plumbridge, Artigarvan, Bready, Creggan, Bogside, Shantallow, Galliagh, Ballymagroarty, Carnhill, Waterside, Gobnascale, Tullyally, Caw, Drumahoe, Prehen, Brandywell, Rosemount, Pennyburn, Culmore Road, Lisnagelvin, Currynierin, Clooney, Nelson Drive, Kilfennan, Strathfoyle, Ballyarnett, Springtown, Ballynagard, Skeoge, Foyle
Fermanagh and Omagh: Enniskillen, Omagh, Irvinestown, Lisnaskea, Dromore, Fintona, Carrickmore, Ballinamallard, Belleek, Derrygonnelly, Kesh, Lisbellaw, Maguiresbridge, Newtownbutler, Tempo, Brookeborough, Beragh, Sixmilecross, Gortin, Drumquin, Trillick, Tummery, Killyclogher, Lisanelly, Coolnagard, Fermanagh
Lisburn and Castlereagh: Lisburn, Castlereagh, Dundonald, Carryduff, Moira, Hillsborough, Dromara, Ballinderry, Maghaberry, Glenavy, Dunmurry, Derriaghy, Hilden, Lambeg, Ballymacash, Hillhall, Old Warren, Knockmore, Tonagh, Colin Glen, Poleglass, Twinbrook, Seymour Hill, Drumbo, Moneyreagh, Newtownbreda, Knockbracken, Annahilt, Aghalee
Mid and East Antrim: Ballymena, Larne, Carrickfergus, Ahoghill, Broughshane, Cullybackey, Kells, Portglenone, Glenarm, Carnlough, Ballycarry, Islandmagee, Whitehead, Greenisland, Ballystrudder, Ballygally, Gracehill, Galgorm, Harryville, Ballykeel, Dunclug, Ballee, Doury Road, Sunnylands, Castlemara, Woodburn, Eden, Kilroot, Glenarm
Mid Ulster: Dungannon, Cookstown, Magherafelt, Coalisland, Maghera, Moneymore, Draperstown, Castledawson, Bellaghy, Tobermore, Swatragh, Ballyronan, Aughnacloy, Ballygawley, Caledon, Moy, Donaghmore, Stewartstown, Pomeroy, Fivemiletown, Clogher, Augher, Carrickmore, Ardboe, Coagh, Desertmartin, Gulladuff, Knockloughrim, Upperlands, Tamlaght, Killeeshil, Eglish, Brockagh, Edendork, Annaghmore
Newry, Mourne and Down: Newry, Downpatrick, Newcastle, Warrenpoint, Kilkeel, Ballynahinch, Crossmaglen, Bessbrook, Saintfield, Castlewellan, Rostrevor, Dundrum, Killyleagh, Ardglass, Strangford, Annalong, Hilltown, Mayobridge, Camlough, Forkhill, Jonesborough, Mullaghbawn, Newtownhamilton, Crossgar, Drumaness, Clough, Killough, Portaferry Road, Ballykinler, Shrigley, Kilcoo, Rathfriland, Burren, Meigh, Belleeks, Silverbridge, Cullyhanna, Drumintee, Derrymore, Mourne, South Armagh
"""

# ceremonial, historic and other counties: name -> (force, kind) ; kind "county"
COUNTIES = {
    "Bedfordshire": "Bedfordshire Police", "Berkshire": "Thames Valley Police", "Bristol": "Avon and Somerset Constabulary",
    "Buckinghamshire": "Thames Valley Police", "Cambridgeshire": "Cambridgeshire Constabulary", "Cheshire": "Cheshire Constabulary",
    "City of London": "City of London Police", "Cornwall": "Devon and Cornwall Police", "Cumbria": "Cumbria Constabulary",
    "Derbyshire": "Derbyshire Constabulary", "Devon": "Devon and Cornwall Police", "Dorset": "Dorset Police",
    "County Durham": "Durham Constabulary", "Durham": "Durham Constabulary", "East Riding of Yorkshire": "Humberside Police",
    "East Sussex": "Sussex Police", "Essex": "Essex Police", "Gloucestershire": "Gloucestershire Constabulary",
    "Greater London": "Metropolitan Police Service", "Greater Manchester": "Greater Manchester Police",
    "Hampshire": "Hampshire and Isle of Wight Constabulary", "Herefordshire": "West Mercia Police",
    "Hertfordshire": "Hertfordshire Constabulary", "Isle of Wight": "Hampshire and Isle of Wight Constabulary",
    "Kent": "Kent Police", "Lancashire": "Lancashire Constabulary", "Leicestershire": "Leicestershire Police",
    "Lincolnshire": "Lincolnshire Police", "Merseyside": "Merseyside Police", "Norfolk": "Norfolk Constabulary",
    "North Yorkshire": "North Yorkshire Police", "Northamptonshire": "Northamptonshire Police",
    "Northumberland": "Northumbria Police", "Nottinghamshire": "Nottinghamshire Police", "Oxfordshire": "Thames Valley Police",
    "Rutland": "Leicestershire Police", "Shropshire": "West Mercia Police", "Somerset": "Avon and Somerset Constabulary",
    "South Yorkshire": "South Yorkshire Police", "Staffordshire": "Staffordshire Police", "Suffolk": "Suffolk Constabulary",
    "Surrey": "Surrey Police", "Tyne and Wear": "Northumbria Police", "Warwickshire": "Warwickshire Police",
    "West Midlands": "West Midlands Police", "West Sussex": "Sussex Police", "West Yorkshire": "West Yorkshire Police",
    "Wiltshire": "Wiltshire Police", "Worcestershire": "West Mercia Police",
    # Welsh preserved counties
    "Clwyd": "North Wales Police", "Dyfed": "Dyfed-Powys Police", "Gwent": "Gwent Police", "Gwynedd": "North Wales Police",
    "Mid Glamorgan": "South Wales Police", "Powys": "Dyfed-Powys Police", "South Glamorgan": "South Wales Police",
    "West Glamorgan": "South Wales Police", "Glamorgan": "South Wales Police", "Anglesey": "North Wales Police",
    # historic counties still used as places
    "Cumberland": "Cumbria Constabulary", "Westmorland": "Cumbria Constabulary", "Middlesex": "Metropolitan Police Service",
    "Huntingdonshire": "Cambridgeshire Constabulary", "Humberside": "Humberside Police", "Cleveland": "Cleveland Police",
    "Teesside": "Cleveland Police", "Furness": "Cumbria Constabulary", "Merseyside": "Merseyside Police",
    "Avon": "Avon and Somerset Constabulary", "Yorkshire": None, "Sussex": "Sussex Police",
    "Cheshire East": "Cheshire Constabulary",
    # Scotland and Northern Ireland counties
    "Lanarkshire": "Police Scotland", "Ayrshire": "Police Scotland", "Renfrewshire": "Police Scotland",
    "Dunbartonshire": "Police Scotland", "Fife": "Police Scotland", "Aberdeenshire": "Police Scotland",
    "Angus": "Police Scotland", "Lothian": "Police Scotland", "Moray": "Police Scotland", "Perthshire": "Police Scotland",
    "Stirlingshire": "Police Scotland", "Argyll": "Police Scotland", "Galloway": "Police Scotland",
    "Dumfriesshire": "Police Scotland", "Inverness-shire": "Police Scotland", "Ross-shire": "Police Scotland",
    "County Antrim": "Police Service of Northern Ireland", "County Armagh": "Police Service of Northern Ireland",
    "County Down": "Police Service of Northern Ireland", "County Fermanagh": "Police Service of Northern Ireland",
    "County Londonderry": "Police Service of Northern Ireland", "County Tyrone": "Police Service of Northern Ireland",
    "Co Antrim": "Police Service of Northern Ireland", "Co Armagh": "Police Service of Northern Ireland",
    "Co Down": "Police Service of Northern Ireland", "Co Fermanagh": "Police Service of Northern Ireland",
    "Co Londonderry": "Police Service of Northern Ireland", "Co Tyrone": "Police Service of Northern Ireland",
    "Tyrone": "Police Service of Northern Ireland", "Fermanagh": "Police Service of Northern Ireland",
    "Lincolnshire Wolds": None,
    # historic Welsh and Scottish counties still used as policing areas and places
    "Montgomeryshire": "Dyfed-Powys Police", "Radnorshire": "Dyfed-Powys Police", "Brecknockshire": "Dyfed-Powys Police",
    "Breconshire": "Dyfed-Powys Police", "Cardiganshire": "Dyfed-Powys Police", "Merionethshire": "North Wales Police",
    "Caernarfonshire": "North Wales Police", "Kincardineshire": "Police Scotland", "Kirkcudbrightshire": "Police Scotland",
    "Wigtownshire": "Police Scotland", "Berwickshire": "Police Scotland", "Roxburghshire": "Police Scotland",
    "Peeblesshire": "Police Scotland", "Selkirkshire": "Police Scotland", "Caithness": "Police Scotland",
    "Sutherland": "Police Scotland", "Banffshire": "Police Scotland", "Kinross-shire": "Police Scotland",
}
# counties of the Republic of Ireland, named in cross-border cases ("County Donegal", "Co Louth"):
# places, policed by An Garda Siochana
IRISH_COUNTIES = """Carlow Cavan Clare Cork Donegal Dublin Galway Kerry Kildare Kilkenny Laois Leitrim Limerick Longford
Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Waterford Westmeath Wexford Wicklow""".split()
for _c in IRISH_COUNTIES:
    COUNTIES[f"County {_c}"] = "An Garda Síochána"
    COUNTIES[f"Co {_c}"] = "An Garda Síochána"
COUNTIES.pop("Lincolnshire Wolds")

# broad regions: optional places (neither required nor wrong)
REGIONS = {
    "North East": None, "North West": None, "South East": None, "South West": None, "East Midlands": None,
    "Midlands": None, "West Country": None, "East Anglia": None, "Home Counties": None, "the North": None,
    "Thames Valley": "Thames Valley Police", "Mid and West Wales": "Dyfed-Powys Police", "North Wales": "North Wales Police",
    "South Wales": "South Wales Police", "South East Wales": "Gwent Police", "West Wales": "Dyfed-Powys Police",
    "Mid Wales": "Dyfed-Powys Police", "North of Scotland": "Police Scotland", "Highlands": "Police Scotland",
    "Scottish Highlands": "Police Scotland", "Central Scotland": "Police Scotland", "West of Scotland": "Police Scotland",
    "East of Scotland": "Police Scotland", "Highlands and Islands": "Police Scotland", "North East Scotland": "Police Scotland",
    "Tayside": "Police Scotland", "Strathclyde": "Police Scotland", "Grampian": "Police Scotland",
    "Lothians": "Police Scotland", "Lothian and Borders": "Police Scotland", "Borders": None, "Merseyside and Cheshire": None,
    "South Coast": None, "Yorkshire and the Humber": None, "Black Country": "West Midlands Police",
    "Peak District": "Derbyshire Constabulary", "Lake District": "Cumbria Constabulary", "Cotswolds": None,
    "New Forest": "Hampshire and Isle of Wight Constabulary", "Fens": None, "Fenland": "Cambridgeshire Constabulary",
    "Wirral Peninsula": "Merseyside Police", "Tees Valley": "Cleveland Police", "Humber": "Humberside Police",
    "Solent": "Hampshire and Isle of Wight Constabulary", "Severnside": None, "Midlands region": None,
    "Welsh Valleys": None, "South Wales Valleys": "South Wales Police", "Eastern region": None, "Southern region": None,
    "North West England": None, "North East England": None, "South West England": None, "South East England": None,
}
# regions that are real administrative places, not broad regions
NOT_OPTIONAL = {"Fenland", "New Forest"}

# districts merged into unitary councils (2009, 2019-2023) that releases still name as places
# ("across Mendip", "to target North Dorset"): former district -> the district that took it in
FORMER_DISTRICTS = {
    "Mendip": "Somerset", "Sedgemoor": "Somerset", "South Somerset": "Somerset", "Taunton Deane": "Somerset",
    "Somerset West and Taunton": "Somerset", "West Somerset": "Somerset",
    "North Dorset": "Dorset", "West Dorset": "Dorset", "East Dorset": "Dorset", "Purbeck": "Dorset",
    "Weymouth and Portland": "Dorset",
    "Richmondshire": "North Yorkshire", "Craven": "North Yorkshire", "Ryedale": "North Yorkshire",
    "Allerdale": "Cumberland", "Copeland": "Cumberland", "South Lakeland": "Westmorland and Furness",
    "Aylesbury Vale": "Buckinghamshire", "Chiltern": "Buckinghamshire", "South Bucks": "Buckinghamshire",
    "Wycombe": "Buckinghamshire",
    "East Northamptonshire": "North Northamptonshire", "South Northamptonshire": "West Northamptonshire",
    "Forest Heath": "West Suffolk", "St Edmundsbury": "West Suffolk", "Suffolk Coastal": "East Suffolk",
    "Waveney": "East Suffolk",
    "Kennet": "Wiltshire", "North Wiltshire": "Wiltshire", "West Wiltshire": "Wiltshire",
    "North Shropshire": "Shropshire", "South Shropshire": "Shropshire", "Shrewsbury and Atcham": "Shropshire",
    "Caradon": "Cornwall", "Carrick": "Cornwall", "Kerrier": "Cornwall", "Penwith": "Cornwall",
    "Restormel": "Cornwall", "North Cornwall": "Cornwall",
    "Derwentside": "County Durham", "Teesdale": "County Durham", "Wear Valley": "County Durham",
    "Blyth Valley": "Northumberland", "Castle Morpeth": "Northumberland", "Tynedale": "Northumberland",
    "Wansbeck": "Northumberland",
    "Mid Bedfordshire": "Central Bedfordshire", "South Bedfordshire": "Central Bedfordshire",
    "Crewe and Nantwich": "Cheshire East", "Vale Royal": "Cheshire West and Chester",
    "Ellesmere Port and Neston": "Cheshire West and Chester",
}

# cities and ports abroad that UK cases name as where drugs, guns or people came from or went
# ("shipped from Rotterdam"): places with no UK county or force; the country itself is never a place
FOREIGN_CITIES = {
    "Rotterdam": "Netherlands", "Amsterdam": "Netherlands", "The Hague": "Netherlands",
    "Hook of Holland": "Netherlands", "Vlissingen": "Netherlands", "Antwerp": "Belgium", "Brussels": "Belgium",
    "Zeebrugge": "Belgium", "Ostend": "Belgium", "Calais": "France", "Dunkirk": "France", "Le Havre": "France",
    "Cherbourg": "France", "Caen": "France", "Paris": "France", "Marseille": "France", "Hamburg": "Germany",
    "Bremerhaven": "Germany", "Marbella": "Spain", "Malaga": "Spain", "Málaga": "Spain", "Alicante": "Spain",
    "Barcelona": "Spain", "Madrid": "Spain", "Valencia": "Spain", "Algeciras": "Spain", "Bilbao": "Spain",
    "Lisbon": "Portugal", "Dubai": "United Arab Emirates", "Istanbul": "Turkey",
    "Tirana": "Albania", "Dublin": "Ireland", "Rosslare": "Ireland", "Bogota": "Colombia",
    "Bogotá": "Colombia", "Guayaquil": "Ecuador",
}

# A town or area whose last word is a street word ("Oxford Road", "Falls Road", "Brick Lane") is a
# street that slipped into a town list: streets are not places. These few are settlements or
# estates that are named like streets, and stay.
STREET_WORDS = {"Road", "Street", "Lane", "Avenue", "Drive", "Crescent", "Square", "Gardens", "Mews", "Close",
                "Way", "Terrace", "Row", "Grove", "Place", "Walk", "Parade", "Boulevard"}
STREET_LIKE_SETTLEMENTS = {
    "Adwick le Street", "Collier Row", "Forest Row", "Hazel Grove", "Beck Row", "Chase Terrace", "Red Row",
    "Shiney Row", "Sandy Row", "Easington Lane", "Delves Lane", "High Lane", "Butt Lane", "Leam Lane",
    "Rayners Lane", "Hales Place", "Hesters Way", "Thorney Close", "Park Street", "Perry Street",
    "Potter Street", "Ladbroke Grove", "Bruce Grove", "White Hart Lane", "Lisson Grove", "Catton Grove",
}


def is_street(name: str) -> bool:
    """'Oxford Road' is a street; 'Chester-le-Street', 'Street' (Somerset) and 'Hazel Grove' are not."""
    words = name.split()
    return len(words) > 1 and words[-1] in STREET_WORDS and name not in STREET_LIKE_SETTLEMENTS


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "").replace("\u2019", "")).strip("-")


def build() -> list[dict]:
    places: dict[str, dict] = {}
    force = county = None

    def add(name: str, kind: str, district: str | None, ctry: str | None, frc: str | None, key: str | None = None):
        key = key or f"{slug(name)}-{slug(district or ctry or name)}"
        if key in places or (kind in ("town", "area") and is_street(name)):
            return
        places[key] = {"name": name, "kind": kind, "key": key, "district": district, "county": ctry, "force_area": frc}

    for lineno, raw in enumerate(DATA.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            force = line[1:].strip()
            continue
        if line.startswith("#"):
            county = line[1:].strip()
            continue
        if ":" not in line or force is None or county is None:
            raise SystemExit(f"tools/make_places.py: DATA line {lineno} is not 'District: towns | areas': {line!r}")
        district, rest = line.split(":", 1)
        district = district.strip()
        towns_part, _, areas_part = rest.partition("|")
        towns = [t.strip() for t in towns_part.split(",") if t.strip()]
        areas = [a.strip() for a in areas_part.split(",") if a.strip()]
        for index, town in enumerate(towns):
            city_here = CITY_DISTRICT.get(town, district) == district and (index == 0 or town == district)
            kind = "city" if town in CITIES and city_here else "town"
            add(town, kind, district, county, force)
        if district not in towns and district != county:
            add(district, "district", district, county, force, key=f"{slug(district)}-district")
        for area in areas:
            add(area, "area", district, county, force)
    county_of = {p["district"]: (p["county"], p["force_area"]) for p in places.values() if p["kind"] != "county"}
    for name, now in FORMER_DISTRICTS.items():
        if now not in county_of:
            raise SystemExit(f"tools/make_places.py: former district {name!r} names an unknown district {now!r}")
        ctry, frc = county_of[now]
        add(name, "district", now, ctry, frc, key=f"{slug(name)}-former-district")
    for name, country in FOREIGN_CITIES.items():
        add(name, "city", None, None, None, key=f"{slug(name)}-{slug(country)}")
    for name, frc in COUNTIES.items():
        add(name, "county", None, name, frc, key=f"county-{slug(name)}")
    for name, frc in REGIONS.items():
        entry_kind = "district" if name in NOT_OPTIONAL else "region"
        if name in NOT_OPTIONAL and any(p["name"] == name for p in places.values()):
            continue
        add(name, entry_kind, None, None, frc, key=f"region-{slug(name)}")
    return sorted(places.values(), key=lambda p: p["key"])


def main() -> int:
    places = build()
    lines = ",\n".join(json.dumps(p, ensure_ascii=False) for p in places)
    OUT.write_text("[\n" + lines + "\n]\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for p in places:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"wrote {len(places)} places to {OUT}: {kinds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
