"""Find outcomes: what the policing achieved, one `Outcome` per stated figure.

How it works, sentence by sentence:

1. `mask` blanks out numbers that are never outcome figures (ages, dates, times, years,
   phone numbers, "14-month investigation") without moving any offsets.
2. Patterns built from the number grammar in `kg.numbers` find figures tied to what they
   count: "83 people were arrested", "arrested 94 people", "executed warrants at nine
   addresses", "£118,650 in cash", "cannabis worth around £40,000", "a dozen knives",
   "jailed for a combined 38 years". Singular events ("a man was arrested", "a van",
   "the warrant") count 1; amounts without a number ("several arrests") are `vague`.
3. `settle` merges what the release says twice: a figure in the headline and again in
   the body is one outcome (the body's exact figure wins over a rounded or qualified one),
   a vague mention gives way to a figure of the same kind, and a singular mention gives
   way to a larger count of the same kind. Prison terms listed per person are summed when
   the release gives no total.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.document import Document, Sentence
from kg.facts import Outcome, Span
from kg.gazetteer import Gazetteer, phrase_pattern
from kg.numbers import (
    DIGITS,
    DURATION,
    TENS,
    UNITS,
    MONEY,
    NUM,
    QUAL,
    ONE_UNIT,
    QUANTITY,
    VAGUE,
    first_number,
    money_value,
    qualifier_of,
    quantity_of,
    significant_digits,
    value_of,
    years_of,
)

_I = re.I

# ---------------------------------------------------------------------------- masking

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_MASKS = [
    re.compile(r"\baged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,\s*and|,|and|to|-|\u2013)\s*\d{1,3})*", _I),
    re.compile(r"\b\d{1,3}(?:-|\s)(?:year|month|week|day|hour|mile|minute)s?-old\b", _I),
    re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
               r"thirty|forty|fifty)-(?:year|month|week|day|hour|mile|minute|strong|man|person)s?\b"
               r"(?!\s+(?:custodial\s+|prison\s+|jail\s+)?(?:sentence|term|prison|jail|custod))", _I),
    # "Kyle Bevan, 28, of": only the age is blanked, the name stays for the patterns that read names
    re.compile(r"(?-i:\b[A-Z][\w'-]+),\s(?P<age>\d{1,2})(?=,|\s+of\b|\s+from\b|\s*\))"),
    re.compile(r"\(\s*\d{1,2}\s*\)"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\b(?:\s+(?:19|20)\d\d)?", _I),
    re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:(?:st|nd|rd|th)\b|,?\s+(?:19|20)\d\d\b)", _I),
    re.compile(r"(?<![£\d,.])\b(?:19|20)\d\d(?:[-/]\d{2,4})?\b(?!\s*(?:kg|g\b|wraps|plants|people|arrests|cannabis|knives|homes|addresses|visits))", _I),
    re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b", _I),
    re.compile(r"\b\d{1,2}:\d{2}\b"),
    re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b"),
    re.compile(r"(?<![£,.\d])\b\d{5,}\b(?![,.]\d)"),
    re.compile(r"\b(?:101|999|111)\b(?!\s*(?:people|arrests|kg|wraps|plants))", _I),
    re.compile(r"\bone\s+(?:of|(?:\w+\s+)?at\s+a\s+time|another|day|thing|way|or\s+two)\b", _I),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b", _I),
    re.compile(r"\bclass\s+[abc]\b", _I),
    re.compile(r"\b\d+\s*%"),
    # a change on last year, a target: "an increase of 42 arrests", "a target of closing at least 50 lines"
    re.compile(r"\b(?:increase|rise|decrease|drop|fall|reduction|jump)\s+of\s+\d[\d,]*\b"
               r"|\b(?:target|aim|goal|ambition)\s+of\s+(?:[a-z]+\s+){0,2}?(?:at\s+least\s+|more\s+than\s+|over\s+)?\d[\d,]*\b", _I),
    # a proportion: "one in five people arrested", "3 in 10"
    re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:every\s+)?"
               r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\b", _I),
]


_MASK = re.compile("|".join(f"(?:{p.pattern})" for p in _MASKS), _I)
# Every mask holds one of these; it starts at most _LEFT characters before it, and what it
# matches (and looks ahead at) ends within _RIGHT characters after the last one.
_MASK_ANCHOR = re.compile(r"\d|-(?=(?:year|month|week|day|hour|mile|minute|strong|man|person))|\b(?:one|class)\b", _I)
_LEFT, _RIGHT = 40, 30
# Every mask opens at the start of a word (after a look-behind) or at "(": within a window the
# masks are tried only at these places, the same matches as a search through every character.
_MASK_START = re.compile(r"\b\w|\(")


def mask(text: str) -> str:
    """`text` with non-outcome numbers blanked by spaces; offsets are unchanged.

    The masks run only in windows around their anchors (digits, "one", "class", "-year"), and
    there only where a word or a bracket starts; which gives the same result as running them
    over the whole text, at a fraction of the cost."""
    windows: list[list[int]] = []
    for a in _MASK_ANCHOR.finditer(text):
        p = a.start()
        if windows and p - _LEFT <= windows[-1][1]:
            windows[-1][1] = p + _RIGHT
        else:
            windows.append([max(0, p - _LEFT), p + _RIGHT])
    if not windows:
        return text
    out: list[str] = []
    done = 0  # text before this offset is already copied or blanked
    size = len(text)
    at = _MASK.match
    for lo, hi in windows:
        hi = min(hi, size)
        for start in _MASK_START.finditer(text, max(lo, done), hi):
            p = start.start()
            if p < done:
                continue  # inside the last mask
            m = at(text, p, hi)
            if m is None:
                continue
            a, b = m.span("age") if m.group("age") else m.span()
            out.append(text[done:a])
            out.append(" " * (b - a))
            done = b
    out.append(text[done:])
    return "".join(out)


def _mask_everywhere(text: str) -> str:
    """The plain form of `mask`, over the whole text (kept to test `mask` against)."""
    def blank(m: re.Match) -> str:
        if m.group("age"):
            return m.group(0)[:m.start("age") - m.start()] + " " * (m.end("age") - m.start("age"))
        return " " * (m.end() - m.start())
    return _MASK.sub(blank, text)


# ---------------------------------------------------------------------------- building blocks

C = rf"(?P<q>{QUAL}\s+)?(?P<n>{NUM})"  # a count with its qualifier
PEOPLE = (
    r"(?:(?:vulnerable|young|other|more|further|potential|suspected|alleged|local|teenage|adult|older|younger|"
    r"separate|different|at-risk|male|female)\s+){0,2}"
    r"(?:people|persons|men|women|males|females|suspects|individuals|offenders|defendants|"
    r"teenagers|teens|boys|girls|youths|juveniles|adults|children|victims|residents|tenants|occupants|others|"
    r"brothers|sisters|siblings|cousins|drivers|motorists|riders|"
    r"dealers|criminals|gang\s+members|members(?:\s+of\s+(?:an?|the)\s+(?:[\w\"'\u201c\u201d\u2018\u2019-]+\s+){0,3}"
    r"(?:gang|group|network|family|crew|line|organisation))?)"
    r"(?:\s+and\s+(?:vulnerable\s+|young\s+)?(?:adults|children|people|young\s+people))?"
)
# where the people are from: "two men from Bradford", "three men of Stoke-on-Trent"
FROM = r"(?:\s+(?:from|of)\s+(?-i:[A-Z][\w'\u2019-]+)(?:[\s-]+(?:upon|on|under|le|(?-i:[A-Z][\w'\u2019-]+))){0,3})?"
AUX = r"(?:\s+(?:were|was|have|has|had|been|being|now|since|so\s+far|already|also|all|subsequently|later|then|each|both|successfully))*"
APPOS = r"(?:\s*,[^,.;]{1,140},)?"
RELATIVE = r"(?:\s+(?:who|that|which)\b[^.;\d£]{0,160}?)?"
GAP = r"(?:(?!and\b|or\b|of\b|in\b|with\b|from\b|to\b|at\b|on\b|for\b|(?:days|weeks|months|years|hours|nights|times)\b)[\w-]+\s+){0,2}?"
NOT_AFTER_PREP = re.compile(r"\b(?:from|in|inside|into|on|onto|at|under|behind|(?<!along\s)(?<!together\s)with|by|near|outside|(?:boot|back|rear|front|roof|seat|driver|passenger|owner|keys)\s+of)\s+$", _I)
# "possessing an offensive weapon", "armed with a knife": an offence, not a seizure
OFFENCE_BEFORE = re.compile(r"\b(?:possess\w*|carry\w*|suspicion|charged\s+with|armed|threaten\w*|brandish\w*|attack\w*|stabb\w*|assault\w*|wield\w*)\b[^.;]{0,40}$", _I)

SEIZE = r"(?:seized|seize|seizing|seizures?|recovered|recovering|recovery|recoveries|found|finding|discovered|uncovered|located|confiscated|taken|took|impounded|removed|handed\s+in|surrendered|retrieved)"
DRUG = (
    r"(?:drugs|cocaine|crack(?:\s+cocaine)?|heroin|cannabis|skunk|amphetamines?|mdma|ecstasy|"
    r"ketamine|spice|methamphetamine|crystal\s+meth|diamorphine|class\s+[abc](?:\s+drugs)?|"
    r"controlled\s+drugs|substances?|narcotics|resin|herbal\s+cannabis|opiates|benzodiazepines)"
)
CLOSE = (
    r"(?:closed|shut|dismantled|disrupted|taken\s+down|took\s+down|brought\s+down|broken\s+up|"
    r"closing|dismantling|disrupting|shutting|pulled\s+the\s+plug|terminated|taken\s+out|"
    r"switched\s+off|stopped)"
)
LINES = r"(?:(?:county|drug|drugs|deal|dealing|phone|active|organised)\s+){0,2}lines?\b"

FIREARM = r"(?:sub-?machine\s+guns?|machine\s+guns?|machine\s+pistols?|firearms?|handguns?|shotguns?|pistols?|revolvers?|rifles?|uzis?|guns?)"
WEAPON = (
    r"(?P<w>tasers?(?:\s+devices?)?|stun\s+(?:guns?|devices?)|"
    r"(?:imitation|replica|bb|air|blank[-\s]firing|toy)\s+" + FIREARM + "|" + FIREARM + "|"
    r"(?:zombie\s+|lock\s+|kitchen\s+|flick\s+|hunting\s+)?kni(?:fe|ves)|machetes?|blades?|swords?|"
    r"daggers?|bladed\s+(?:articles?|weapons?)|kukris?|crossbows?|knuckle-?\s?dusters?|"
    r"(?:extendable\s+|telescopic\s+|police\s+)?batons?|axes|axe|hatchets?|hammers?|"
    r"baseball\s+bats?|nunchucks?|catapults?|(?:cs|pepper)\s+(?:gas|spray)|"
    r"offensive\s+weapons?|weapons)\b"
    # "a knife surrender bin", "knife crime", "weapons sweeps": the word names something else
    r"(?!\s+(?:surrender|amnesty|crime|bins?|arch(?:es)?|wands?|attacks?|offences?|incidents?|point|"
    r"possession|enabled|related|sweeps?|awareness|banks?|amnesties|detectors?|injur(?:y|ies)))"
)
# vehicles named by their make: "an Audi A6", "a Skoda Octavia", "two BMWs"
MAKES = (
    "Audi", "BMW", "Mercedes", "Volkswagen", "VW", "Skoda", "\u0160koda", "Ford", "Vauxhall", "Toyota", "Nissan",
    "Honda", "Peugeot", "Renault", "Citroen", "Citro\u00ebn", "Fiat", "Kia", "Hyundai", "SEAT", "Land Rover",
    "Range Rover", "Volvo", "Jaguar", "Lexus", "Mazda", "Porsche", "Tesla", "Suzuki", "Yamaha", "Kawasaki",
    "Mitsubishi", "Subaru", "Alfa Romeo", "Dacia", "Cupra", "Lamborghini", "Ferrari", "Bentley", "Maserati",
    "Chevrolet", "Jeep", "Iveco", "Mini Cooper",
)
_MAKE = "(?-i:" + "|".join(m.replace(" ", r"\s+") for m in MAKES) + ")s?"
VEHICLE = (r"(?:motor\s+vehicles|vehicles?|cars?|vans?|motorbikes?|motorcycles?|mopeds?|lorries|lorry|trucks?|"
           rf"scooters?|quad\s+bikes?|{_MAKE})\b")
PHONE = r"(?:(?:mobile|burner|cell|smart)\s*)?(?:phones?|handsets?)\b|\bmobiles\b"
HOMES = r"(?:addresses|homes|properties|houses|flats|doors|premises|households)\b"


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, _I)


# arrests
ARREST_RX = [
    _rx(rf"{C}(?:\s+(?:further|more|drug-related|separate|related|(?:drink|drug)[-\s]driv(?:ing|e)))?\s+arrests\b"),
    _rx(rf"{C}(?:\s+{PEOPLE}{FROM})?{APPOS}{RELATIVE}{AUX}\s+arrested\b(?!(?:\s+(?:in|on|at|during)\s+\w+)?\s+(?:were|was|have\s+been)\s+released)"),
    _rx(rf"\barrest(?:ed|ing)\s+{C}\s+{PEOPLE}"),
    # "Detectives arrested all four in February"
    _rx(rf"\barrest(?:ed|ing)\s+all\s+{C}\b(?!\s*(?:years?|months?|weeks?|days?|hours?|-))"),
]
# "four men and a woman were arrested": two counts of one group add up
PERSON = r"(?:[\w-]+\s+)?(?:man|woman|boy|girl|teenager|youth|person|male|female|suspect)"
ARREST_SUM = _rx(rf"{C}\s+{PEOPLE}\s+and\s+(?:(?P<n2>{NUM})\s+{PEOPLE}|an?\s+{PERSON}){AUX}\s+arrested\b")
ARREST_ONE = _rx(
    r"(?<!group\s)(?<!gang\s)(?<!network\s)(?<!crew\s)(?<!organisation\s)\b(?:was|has\s+(?:(?!not\b|never\b)\w+\s+)?been|had\s+(?:(?!not\b|never\b)\w+\s+)?been)\s+(?:\w+\s+)?(?<!not\s)(?<!never\s)arrested\b"
    # "Man arrested after ...", but not "A boy arrested in Deal has been released" (one already counted)
    r"|^(?:a\s+)?(?:man|woman|teenager|boy|girl|teen|youth)\s+arrested\b(?![^.;]{0,60}\b(?:has|have|had|was|is)\b)"
)
# "The driver, a 28-year-old man from Slough, and his passenger, a 31-year-old man from Reading, were
# arrested"; "A 32-year-old man and a 29-year-old woman, both from Catterick, were arrested": two people
_ONE_PERSON = (r"(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teenager|youth|male|female|driver|"
               r"passenger|partner|brother|sister|son|daughter|father|mother|wife|husband|girlfriend|boyfriend|friend|"
               r"associate|accomplice|co-defendant)\b(?:\s*,[^,.;]{1,80},)?")
ARREST_PAIR = _rx(rf"^\W*{_ONE_PERSON}\s*,?\s+and\s+{_ONE_PERSON}(?:\s*,\s*both\s+[^,.;]{{1,60}},)?\s+(?:were|have\s+been|had\s+been)\s+"
                  r"(?:(?:both|also|later|then|subsequently)\s+)?arrested\b")
_NAME_PLAIN = r"(?-i:[A-Z][a-z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]+)){1,2}"
# "Both Osei and the boy were arrested": two people, whoever they are
BOTH_PAIR = _rx(r"^\W*both\s+(?!of\b)[^.;,]{1,60}?\s+and\s+[^.;,]{1,60}?\s+(?:were|have\s+been|had\s+been)\s+"
                r"(?:(?:also|later|then|subsequently)\s+)?(?P<v>arrested|charged)\b")
# "The men, aged 29 and 33, were arrested": one age for each (read on the text before masking)
AGES_ARRESTED = _rx(r"^\W*(?:the|both)\s+(?:[\w-]+\s+)?(?:men|women|males|females|boys|girls|teenagers|suspects|pair|people)\s*,\s*"
                    r"aged\s+(?P<ages>\d{1,2}(?:\s*(?:,|and|,\s*and)\s*\d{1,2})+)\s*,?(?:\s+(?:were|have\s+been|had\s+been))\s+"
                    r"(?:(?:both|all|also|later|then|subsequently)\s+)?arrested\b")
# "officers arrested Kwame Addo-Reid, 31, at an address": one named person (the age is masked)
ARRESTED_NAME = _rx(rf"\barrest(?:ed|ing)\s+(?P<name>{_NAME_PLAIN})\s*,\s*(?:,|aged\b|of\b|from\b)")
# "A week later, a 17-year-old boy ... was arrested": a person not named, after one who was named, is another
# (read on the text before masking, for the age that tells two such people apart)
INDEFINITE_SUBJECT = _rx(r"^\W*(?:(?=[^,.;]{0,40}?\b(?-i:[a-z]))[^,.;]{1,40},\s*)?(?:a|an)\s+(?:(?P<age>\d{1,2})-year-old\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?P<noun>man|woman|boy|girl|teenager|youth|person|male|female|suspect|driver|passenger)\b")
ALSO = _rx(r"\balso\b")
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
ONE_MORE = _rx(
    r"\b(?:and|along\s+with|as\s+well\s+as|plus|with)\s+a\s+(?P<o>" + "|".join(ORDINALS) + r")\s+"
    r"(?:[\w-]+\s+)?(?:man|woman|person|suspect|teenager|boy|girl|youth|male|female)\b"
)
ARREST_VAGUE = [
    _rx(rf"{VAGUE}\s+(?:[\w-]+\s+)?arrests\b"),
    _rx(rf"{VAGUE}\s+{PEOPLE}{AUX}\s+arrested\b"),
    _rx(rf"\barrested\s+{VAGUE}\s+{PEOPLE}"),
]

# charges
CHARGE_RX = [
    _rx(rf"{C}(?:\s+{PEOPLE}|\s+of\s+(?:those|them|whom|the\s+\w+)(?:\s+arrested)?)?{APPOS}{RELATIVE}{AUX}\s+charged\b"),
    _rx(rf"\bcharg(?:ed|ing)\s+{C}\s+(?:{PEOPLE}|of\s+(?:those|them|the\s+\w+))"),
]
CHARGE_ONE = _rx(
    # "was arrested at the scene and later charged"; not "has not been charged"
    r"\b(?:was|has\s+(?:(?!not\b|never\b|yet\b)\w+\s+){0,2}?been|had\s+(?:(?!not\b|never\b|yet\b)\w+\s+){0,2}?been)\s+(?:\w+\s+)?"
    r"(?:arrested\s+(?:[^.;,]{0,40}?\s+)?and\s+(?:\w+\s+)?)?(?<!not\s)(?<!never\s)(?<!yet\s)charged\b"
    r"|^(?:a\s+)?(?:man|woman|teenager|boy|girl|teen|youth)\s+charged\b"
)
# "41 people were arrested and charged": one figure, two outcomes
ARRESTED_AND_CHARGED = _rx(rf"{C}(?:\s+{PEOPLE})?{APPOS}{AUX}\s+arrested\s+and\s+(?:\w+\s+)?charged\b")
CHARGE_VAGUE = [_rx(rf"{VAGUE}\s+{PEOPLE}{AUX}\s+charged\b")]

# convictions: a stated number of people convicted or pleading guilty
CONVICT_CUE = _rx(
    r"(?<!charged or )\b(?:admitted|admit|admitting|pleaded\s+guilty|pled\s+guilty|pleading\s+guilty|(?:were|was|been|being)\s+"
    r"(?:found\s+guilty|convicted)|(?:people|men|women|defendants|offenders|individuals|others)\s+convicted)\b"
)
# "Okafor pleaded guilty ..., and Nowacki was found guilty": people convicted by name
_NAME = r"(?-i:[A-Z][a-z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]+)){0,2}"
_GUILTY_VERB = (
    r"(?:(?:has|have|had)\s+(?:also\s+)?)?(?:(?:pleaded|pled)\s+guilty|(?:(?:was|were|has\s+been|have\s+been)\s+)"
    r"(?:also\s+|later\s+|then\s+)?(?:found\s+guilty|convicted))\b"
)
def _named_rx(verb: str) -> re.Pattern:
    """People named before a verb: "Okafor pleaded guilty", "Mulgrew, Kerr and Devine were all
    arrested", "Dean Harker, who ..., denied the charge but was convicted"."""
    return _rx(
        rf"(?<![\w'\u2019-])(?P<a>{_NAME})(?P<more>(?:,\s+{_NAME})*)(?:,?\s+and\s+(?P<b>{_NAME}))?(?:(?:,[^,.;]{{1,60}}){{1,2}},)?"
        rf"(?:\s+(?:denied|had\s+denied|pleaded\s+not\s+guilty)\b[^.;]{{0,60}}?\s+but)?\s+{verb}"
    )


NAMED_ARRESTED = _named_rx(
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:all|both|also|later|then|subsequently|first)\s+)?arrested\b")
# "His partner, Seren Lloyd-Jones, 27, also of Pillgwenlly, was arrested": a name opening the sentence
SUBJECT_NAME = _rx(rf"^\W*(?:(?:his|her|their)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s*)?(?P<name>{_NAME})(?=\s*,|\s+(?:was|were|has|have|had|is|pleaded|pled|admitted|denied)\b)")
# one person not named, convicted: "He pleaded guilty at an earlier hearing"
CONVICT_ONE = _rx(
    r"\bwho\s+(?:had\s+)?(?:pleaded|pled)\s+guilty\b"
    r"|\b(?:he|she)\s+(?:(?:had|has|later|previously|also|then|subsequently)\s+)?(?:(?:pleaded|pled)\s+guilty|"
    r"(?:was|had\s+been|has\s+been)\s+(?:found\s+guilty|convicted))\b"
)
DENIED_BUT = _rx(r"\b(?:denied|pleaded\s+not\s+guilty)\b[^.;]{0,60}?\bbut\s+(?:was|were)\s+(?:later\s+)?(?:found\s+guilty|convicted)")
# a group as the subject: "The men were sentenced", "They had pleaded guilty"
PLURAL_SUBJECT = _rx(r"^\W*(?:the\s+(?:[\w-]+\s+)?(?:men|women|defendants|offenders|gang|group|brothers|dealers|pair)|they)\b")
# "They were convicted after a two-week trial": as many as the group; with no count before, as many as
# were then given prison terms one by one (see `settle`)
# "The other four defendants pleaded guilty": the rest of a group whose other members were counted as
# convicted before; the release's number convicted is the sum
THE_OTHER = _rx(rf"^\W*the\s+(?:other|remaining)\s+(?P<n>{NUM})\b")
GROUP_CONVICTED = _rx(r"^\W*\w+(?:\s+[\w-]+){0,2}?\s+(?:were|have\s+been|had\s+been)\s+(?:(?:both|all|also|later|then|subsequently|each)\s+)?"
                      r"(?:convicted|found\s+guilty)\b")
SINGLE_GUILTY = _rx(
    r"\b(?:after|having|before)\s+(?:(?:previously|already|earlier|initially|also)\s+)?(?:pleading|pleaded|pled|been\s+found)\s+guilty\b"
    # "after admitting possession with intent to supply": an admitted offence, not an admitted fact
    r"|\b(?:after|having|before)\s+(?:previously\s+)?admit(?:ting|ted)\s+(?:to\s+)?(?:(?:the|an?|one|two|three|four|five|\w+)\s+(?:counts?|charges?|offences?)\b"
    r"|possession|possessing|conspiracy|being\s+concerned|supplying|producing|cultivating|money\s+laundering|"
    r"converting|dangerous\s+driving|drug[-\s]driving|drink[-\s]driving|(?:the\s+)?(?:offences?|charges?)\b)")
NAMED_GUILTY = _named_rx(_GUILTY_VERB)
NOT_A_NAME = {
    "he", "she", "they", "it", "both", "all", "the", "this", "that", "these", "those", "police", "officers",
    "each", "one", "who", "we", "his", "her", "their", "a", "an", "later", "today", "yesterday", "jurors",
    "court", "detectives", "men", "women", "defendants", "others", "everyone", "none", "then", "and",
}
# "after all four pleaded guilty": the group right before the verb, over a count earlier in the sentence
ALL_BEFORE_CUE = _rx(rf"\b(?:all|both)\s+{C}(?:\s+(?:of\s+them|{PEOPLE}))?(?:\s+(?:had|have|were|then|later|subsequently))?\s*$")
CONVICT_COUNT = _rx(rf"{C}(?!\s*(?:years?|months?|weeks?|days?|kg|g\b|wraps|plants|%))(?:\s+{PEOPLE})?")

# prison terms
JAIL_CUE = _rx(
    r"\b(?:jailed|imprisoned|sentenced|locked\s+up|behind\s+bars|in\s+prison|prison\s+(?:sentences?|terms?)|"
    r"custodial\s+sentences?|in\s+jail|in\s+custody|detention|young\s+offender|jail\s+terms?|years\s+inside|"
    r"(?:will|to|must)\s+serve)\b"
)
NOT_CUSTODIAL = _rx(r"\b(?:suspended|youth\s+rehabilitation|community\s+order|referral\s+order|rehabilitation\s+order|fined|conditional\s+discharge)\b")
DURATION_RX = _rx(rf"(?P<q>{QUAL}\s+)?(?P<d>{DURATION})")
TOTAL_CUE = _rx(r"(?:total(?:ling|ing)?|combined|between\s+them|collectively|in\s+total)\s+(?:total\s+)?(?:of\s+)?(?:\w+\s+)?$")
JAIL_COUNT_BEFORE = _rx(
    rf"{C}(?:\s+{PEOPLE}{FROM}|\s+of\s+(?:those|them|the\s+\w+))?{APPOS}{RELATIVE}"
    rf"(?:\s+(?:pleaded|pled|admitted|were\s+found|were\s+convicted)\b[^.;\d£]{{0,80}}?\s+and)?{AUX}\s+"
    r"(?:jailed|sentenced|imprisoned|locked\s+up|put\s+behind|given|handed)"
)
CHARGED_OR_CONVICTED = _rx(r"charged\s+or\s+convicted")
PENALTY_BEFORE = _rx(r"\b(?:could|can|may|might|would|will|faces?|facing)\s+(?:face\s+|receive\s+|get\s+|serve\s+|be\s+jailed\s+for\s+)?"
                    r"(?:a\s+(?:maximum|sentence|term)\s+of\s+)?(?:up\s+to\s+)?(?:an?\s+)?(?:(?:extra|further|additional|default)\s+)?$"
                    r"|\bmaximum\s+(?:sentence|penalty|term)\s+of\s+(?:up\s+to\s+)?$"
                    r"|\bdefault\s+(?:prison\s+|jail\s+)?(?:sentence|term)\s+of\s+(?:up\s+to\s+)?$")
# "two years ago", "18 months later": a time, not a prison term
NOT_A_TERM_AFTER = _rx(r"\s*(?:ago|old|later|earlier|on\s+licence|before\s+(?:being|he|she|they))")
# "over the past 12 months" is a period of work, unless it follows "jailed for"
PERIOD_BEFORE = _rx(r"\b(?:for|over|during|in|within|past|last|lasting|spanning)\s+(?:the\s+)?(?:past\s+|last\s+)?$")
JAILED_FOR = _rx(r"(?:jailed|sentenced|imprisoned|locked\s+up)\s+(?:\w+\s+)?for\s+$")
WORTH = _rx(r"\b(?:worth|value)\b")
EACH = _rx(r"\beach\b")
GROUP_CUE = _rx(r"\b(?:between\s+them|collectively|in\s+total|altogether)\b")
JAIL_COUNT_AFTER = _rx(rf"^[^.;]{{0,30}}?\b(?:to|on|for|among)\s+{C}\s+{PEOPLE}")
# the next person's term in one sentence: "... to 12 years and Nowacki to ten years"
NEXT_TERM = _rx(
    r"^\s*(?:[\u2019']\s*(?:imprisonment|prison|jail)\s*)?,?\s*(?:and|while|whilst|with)\s+"
    r"(?-i:[A-Z][\w'\u2019-]+)(?:\s+(?-i:[A-Z][\w'\u2019-]+)){0,2}\s+"
    r"(?:(?:was|is)\s+(?:jailed|sentenced|imprisoned|given)\s+|received\s+|got\s+)?(?:to|for)?\s*$"
)
# who a per-person term belongs to: a name opening the sentence or list item ("Smith, 31, of Leeds,
# was jailed"), or a person not named ("He was sentenced", "A man ... has been jailed"), who is the
# one the release is about and whose term a later sentence restates
TERM_NAMED = _rx(rf"^\W*(?P<name>{_NAME})(?=\s*[,(:\u2013\u2014-]|{AUX}\s+(?:jailed|sentenced|imprisoned|given|handed|received|got|locked)\b)")
TERM_ANON = _rx(
    r"^\W*(?:(?P<m>he|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:man|boy|father|son))|(?P<f>she|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:woman|girl|mother|daughter))|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:dealer|teenager|youth|defendant|driver|offender|"
    r"pensioner|student))\b"
)
_NAME_IN_GAP = _rx(rf"(?-i:[A-Z][\w'\u2019-]+)(?:\s+(?-i:[A-Z][\w'\u2019-]+)){{0,2}}")
LIST_TERM = _rx(rf"(?:[-\u2013\u2014:]|\bwas\s+jailed\s+for|\bjailed\s+for|\bsentenced\s+to|\bwas\s+given)\s+(?P<d>{DURATION})")

# drugs
# "the group supplied at least 14kg of cocaine": drugs dealt, not drugs seized
SUPPLY_BEFORE = _rx(
    rf"\b(?:supplied|supplying|sold|selling|dealt|dealing|distributed|distributing|trafficked|trafficking|imported|"
    rf"importing|smuggled|smuggling|moved|moving|shipped|shipping|(?:to|of)\s+(?:supply|import|sell|sale))\b"
    rf"(?:(?!\b{SEIZE}\b)[^.;,£]){{0,40}}$"
)
_DRUG_NAMES = r"cocaine|crack(?:\s+cocaine)?|heroin|cannabis|skunk|amphetamines?|mdma|ecstasy|ketamine|spice|methamphetamine|crystal\s+meth|diamorphine|opiates"
# "capable of producing a significant amount of cannabis", "selling a quantity of heroin": drugs made or
# dealt, not seized
DEALT_BEFORE = _rx(r"\b(?:produc(?:e|es|ed|ing)|grow(?:s|n|ing)?|cultivat(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|"
                   r"deal(?:s|t|ing)?|import(?:s|ed|ing)?|smuggl(?:e|es|ed|ing)|traffick(?:ed|ing))\s+(?:(?:large|vast|huge)\s+)?$")
# "nearly 2kg of cannabis, along with cocaine and heroin": drugs named beside a figure, with no amount
ALONG_WITH_DRUGS = _rx(r"\b(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s+(?:some\s+|suspected\s+)?"
                       r"(?P<d>(?:%s)(?:\s*(?:,|and)\s*(?:%s))*)\b(?!\s*(?:worth|with|valued|,?\s*(?:which|that)))" % (_DRUG_NAMES, _DRUG_NAMES))
QUANTITY_RX = _rx(rf"(?P<q>{QUAL}\s+)?(?P<x>{QUANTITY})")
ONE_UNIT_RX = _rx(rf"(?P<q>\b{QUAL}\s+)?(?P<x>{ONE_UNIT})")
DRUG_AFTER_UNIT = _rx(rf"\s+of\s+(?:(?:suspected|high-purity|pure|herbal|illegal)\s+)?{DRUG}")
PRICE_BEFORE = _rx(r"(?:£[\d,.]+\s*(?:k|m|million|thousand)?|\bper|\bfor)\s*$")
# "100 wraps of Class A drugs – 62 of crack cocaine and 38 of heroin –": a breakdown that leaves out the unit
BREAKDOWN_OPEN = _rx(r"\s+of\s+[^\u2013\u2014(:;.,]{1,40}?\s*(?:[\u2013\u2014(:]|-\s|,\s+including\b)")
BREAKDOWN_ITEM = _rx(rf"(?<![\w£.,])(?P<n>{NUM})\s+of\s+(?:(?:suspected|crack)\s+)?{DRUG}")
BREAKDOWN_CLOSE = re.compile(r"[\u2013\u2014);.]|\s-\s")
MONEY_RX = _rx(rf"(?P<q>{QUAL}\s+)?(?P<m>{MONEY})")
CASH_AFTER = _rx(r"^\s*(?:in\s+|of\s+)?(?:(?:bundles|wads|rolls|bags|piles)\s+of\s+)?(?:(?:used|criminal|suspected|illicit|seized|illegal|dirty|laundered|counterfeit)\s+){0,2}"
                 r"(?:£\d{1,3}(?:\s*(?:,|and|or)\s*£\d{1,3})*\s+)?(?:cash|notes|currency|bank\s*notes)\b")
# "rolls of £20 notes", "in used £20 and £50 notes", "a £50 fine": a note's face value or a small sum, not a seizure
DENOMINATION_AFTER = _rx(r"^(?:\s*(?:,|and|or)\s*£\d{1,3})*\s+(?:bank\s*)?notes\b|^\s+(?:fine|costs|victim\s+surcharge|surcharge|compensation)\b")
# "More than £21,000 seized from a car has been forfeited": money said seized is cash
SEIZED_AFTER = _rx(r"^\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?)?(?:seized|forfeited|confiscated)\b(?!\s+(?:drugs|cocaine|heroin|cannabis))")
# a confiscation order under the Proceeds of Crime Act: "ordered to pay back more than £87,000", "ordered him to pay
# the full available amount of £87,412" (a release about such an order), "a confiscation order of £40,000"
PAY_BACK_BEFORE = _rx(rf"\b(?:(?:pay|paid|paying|hand|handed)\s+back|repay|repaid|confiscation\s+order\s+(?:of|for|worth|totalling)|"
                      rf"forfeiture\s+of|(?P<pay>ordered\s+(?:\w+\s+)?to\s+pay))\s+(?:(?:the|a)\s+(?:full\s+|total\s+)?(?:available\s+)?"
                      rf"(?:amount|sum|figure)\s+of\s+)?(?:{QUAL}\s+)?$")
POCA = _rx(r"\bproceeds\s+of\s+crime|\bconfiscation\b|\bPOCA\b|\bforfeit")
# a bare money figure that is part of the cash figure before it: "£412,000 in cash, including £185,000 found"
PART_OF_CASH = _rx(rf"\s*(?:in\s+)?(?:cash|notes|currency)?\s*,?\s*(?:including|of\s+which)\s+(?:{QUAL}\s+)?$")
CASH_BEFORE = _rx(rf"\bcash(?:\s+seizures?)?\s+(?:(?:to\s+the\s+tune\s+of|totalling|totaling|of|worth|amounting\s+to|valued\s+at|of\s+around)\s+(?:{QUAL}\s+)?|{QUAL}\s+)$|\bcash\s+$")
PROPERTY_AFTER = _rx(r"^\s*(?:worth\s+of\s+|of\s+)?(?:(?:criminal|stolen)\s+(?:property|goods|assets)|property|goods)\b")
PROPERTY_BEFORE = _rx(
    rf"\b(?:(?:criminal|stolen)\s+(?:property|goods|assets)|stolen\s+(?:[\w-]+\s+){{1,3}}?|"
    rf"(?:(?:luxury|designer|high-value|expensive|gold|rolex)\s+)?(?:watches|jewellery|jewelry|handbags|designer\s+(?:goods|clothing|clothes))\s+)(?:worth|valued\s+at|"
    rf"to\s+the\s+value\s+of|totalling|with\s+a\s+value\s+of)\s+(?:{QUAL}\s+)?$"
)
DRUG_AFTER = _rx(rf"^\s*(?:worth\s+of\s+|of\s+)(?:suspected\s+|illegal\s+|illicit\s+)?{DRUG}")
VALUE_BEFORE = _rx(
    rf"(?:worth|(?:street\s+)?value\s+of|valued\s+at|to\s+the\s+tune\s+of|totalling)\s+(?:{QUAL}\s+)?$|\bvalue\s+(?:{QUAL}\s+)?$"  # "a street value in excess of £100,000"
)
ESTIMATED_BEFORE = _rx(r"\bestimated\b[^£.;]{0,40}$")
DRUG_NEAR = _rx(rf"\b{DRUG}\b|\bplants\b")
MERGE_GAP = _rx(r"^[^£.;]{0,80}\b(?:value|worth|valued)\b[^£.;]{0,40}$")
# a named drug, for telling apart "£32,000 of cannabis" and "a quantity of cocaine"
DRUG_NAME = _rx(
    r"\b(cocaine|crack|heroin|cannabis|skunk|amphetamines?|mdma|ecstasy|ketamine|spice|methamphetamine|"
    r"crystal\s+meth|diamorphine|resin|opiates|benzodiazepines)\b"
)
# "The drugs, which had an estimated street value of £4.96 million, ...": the value of the quantity
# the sentence before gave
ANAPHOR = _rx(r"^\W*(?:the|this|that|these|those)\s+(?:drugs|cocaine|heroin|cannabis|haul|consignment|seizure|"
              r"packages?|blocks?|shipment|load)\b")
# "1.1kg of ketamine, cocaine worth about £60,000", "2.3kg of Class A drugs and cannabis with an
# estimated value of £96k": the value belongs to a drug named as a new item after the quantity
NEW_DRUG_ITEM = _rx(r"(?P<sep>[,;]|\band\b|\bas\s+well\s+as\b|\balong\s+with\b|\bplus\b)\s+(?:(?:some|suspected|herbal)\s+)?(?P<d>cocaine|crack|heroin|cannabis|skunk|"
                    r"amphetamines?|mdma|ecstasy|ketamine|spice|methamphetamine|crystal\s+meth|diamorphine|opiates)\b")
# where the words about one seized item end, in a list of items
ITEM_END = _rx(r"[,;]|\band\s+(?:a|an|some|£|\d)|\balong\s+with\b|\bas\s+well\s+as\b")
ITEM_START = _rx(r"(?:[,;]|\band\b|\bseized\b|\brecovered\b|\bfound\b)[^,;]*$")
# "a quantity of suspected cocaine": an amount without a number of one named drug
DRUG_VAGUE_NAMED = _rx(rf"{VAGUE}\s+(?:suspected\s+|illegal\s+|herbal\s+|what\s+is\s+believed\s+to\s+be\s+)?(?:crack\s+)?"
                       r"(?P<d>cocaine|crack|heroin|cannabis\s+resin|cannabis|skunk|amphetamines?|mdma|ecstasy|ketamine|spice|"
                       r"methamphetamine|crystal\s+meth|diamorphine|opiates|benzodiazepines)\b")
DRUG_VAGUE = [
    _rx(rf"{VAGUE}\s+(?:[\w-]+\s+){{0,3}}?{DRUG}"),
    _rx(rf"\b{DRUG}(?:\s*,\s*[\w\s]+?)?\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|has\s+been\s+)?(?:also\s+)?(?:seized|recovered|found)\b(?!\s+(?:worth|with|guilty|not\s+guilty))"),
    _rx(rf"\b(?:seized|recovered|found)\s+(?:suspected\s+)?{DRUG}\b(?!\s+(?:worth|with|valued))"),
]

# weapons, vehicles, phones
WEAPON_RX = _rx(rf"{C}\s+{GAP}{WEAPON}")
A_ONE = r"\b(?:a|an)\s+(?!(?:dozen|hundred|thousand|number|quantity|amount|total|further|combined|couple|few|range(?!\s+rover)|haul|handful|host|variety|selection|series)\b)"
WEAPON_ONE = _rx(rf"{A_ONE}{GAP}{WEAPON}")
WEAPON_VAGUE = [
    _rx(rf"{VAGUE}\s+{GAP}{WEAPON}"),
    _rx(rf"\b(?:the\s+)?{WEAPON}(?:\s+(?:we|officers)\s+(?:found|seized|recovered))"),
]
SEIZE_BEFORE = _rx(rf"\b{SEIZE}\b(?:[^.;]|\.(?=\d)){{0,180}}$")
SEIZE_AFTER = _rx(rf"^[^.;]{{0,70}}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?{SEIZE}\b(?!\s+(?:to|into|in\s+for))|^\s+{SEIZE}\b(?!\s+(?:to|into))")
VEHICLE_RX = _rx(rf"{C}\s+{GAP}{VEHICLE}")
VEHICLE_ONE = _rx(rf"{A_ONE}{GAP}{VEHICLE}")
# "Two vehicles, a Range Rover and a BMW X5, were seized": the items name the counted vehicles
NAMES_THE_COUNTED = _rx(rf"(?<![\w£.,])(?:\d{{1,3}}|{'|'.join(UNITS)})\s+{GAP}{VEHICLE}\s*,(?:\s*an?\s+[^,;.]{{1,40}}?(?:,|\band\b))*\s*$")
# a singular thing named with the article, then said to be seized: "the car was seized",
# "The 'Tommy' phone was seized", "the Golf has been seized" (a model named earlier after its make)
_QUOTED = r"[\"'\u201c\u2018][^\"'\u201d\u2019]{1,20}[\"'\u201d\u2019]\s+"
_THE_SEIZED = r"\s+(?:was|has\s+(?:now\s+|also\s+)?been|had\s+(?:also\s+)?been)\s+(?:also\s+|then\s+|later\s+|subsequently\s+)?(?:seized|impounded|confiscated)\b"
THE_SEIZED = _rx(_THE_SEIZED.replace("confiscated", "confiscated|recovered"))
# ("The Golf, which was not insured, was also seized")
VEHICLE_THE = _rx(rf"\b(?:the|this|that)\s+(?:{_QUOTED})?(?:[\w-]+\s+){{0,2}}?(?:{VEHICLE}|(?P<model>(?-i:[A-Z][\w-]+)))"
                  rf"(?:\s*,\s*(?:which|that)\s[^,.;]{{1,60}},)?{_THE_SEIZED}")
# "a white Volkswagen Golf": the model, which the release may later name on its own
MODEL_AFTER_MAKE = re.compile(rf"\b{_MAKE}\s+(?P<model>(?-i:[A-Z][a-z][\w-]+))")
# a lead-in whose verb applies to each item of the list below it: "Across the week officers seized:"
LEAD_IN = _rx(rf"\b{SEIZE}\b[^.;]*:\s*$")
BULLET = re.compile(r"^\s*(?:[*\u2022\u2013\u2014-]|\d{1,2}[.)])\s+")
STOLEN_WORTH = _rx(r"[^.;]*\bstolen\b[^.;]*\b(?:worth|valued)\b")
VEHICLE_CUE = _rx(rf"\b{SEIZE}\b|off\s+the\s+road|seizures?")
VEHICLE_VAGUE = [_rx(rf"{VAGUE}\s+{GAP}{VEHICLE}")]
PHONE_RX = _rx(rf"{C}\s+{GAP}(?:{PHONE})")
PHONE_ONE = _rx(rf"\b(?:a|an)\s+(?:{PHONE})")
PHONE_THE = _rx(rf"\b(?:the|this|that)\s+(?:{_QUOTED})?(?:[\w-]+\s+)?(?:{PHONE}){_THE_SEIZED.replace('confiscated', 'confiscated|recovered')}")
# "the deal line phone", "the Jimmy line phone", "the line's handset": the phone of the drug line,
# one thing, counted when it is among the things found or seized
PHONE_LINE = _rx(rf"\bthe\s+(?:{_QUOTED})?(?:(?:[\w-]+\s+){{0,2}}?line(?:[\u2019']s)?|(?:deal|burner|drugs?|dealer[\u2019']?s?|graft)\s+line)\s+(?:{PHONE})")
PHONE_VAGUE = [
    _rx(rf"{VAGUE}\s+(?:{PHONE})"),
    _rx(rf"\b(?:{PHONE})[^.;£\d]{{0,40}}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?:seized|recovered)"),
]
CASH_VAGUE = [
    _rx(r"\bcash\b[^.;£\d]{0,40}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?:seized|recovered|confiscated)"),
    _rx(r"\b(?:seized|recovered|confiscated)\s+(?:a\s+quantity\s+of\s+|quantities\s+of\s+|some\s+)?cash\b(?!\s+(?:to|totalling|of|worth))"),
    _rx(rf"{VAGUE}\s+cash\b"),
    # "heroin was seized along with cash", "officers recovered drugs and cash"
    _rx(r"\b(?:seized|recovered|confiscated|found)\b[^.;£\d]{0,80}?\b(?:and|along\s+with|as\s+well\s+as|together\s+with)\s+"
        r"(?:a\s+quantity\s+of\s+|some\s+)?cash\b(?!\s+(?:to|totalling|of|worth|machines?|points?))"),
]

# warrants
# the words between a count and "warrants": not a verb or those who executed them ("the three forces executed warrants")
WARRANT_GAP = r"(?:(?!(?:and|or|of|in|with|from|to|at|on|for)\b|\w+ed\b|(?:forces|officers|teams|police|agencies|units|days|weeks|months|years|hours|nights|times)\b)[\w-]+\s+){0,2}?"
WARRANT_RX = [
    _rx(rf"{C}\s+{WARRANT_GAP}warrants\b"),
    _rx(rf"{C}\s+{GAP}{HOMES}\s+(?:were\s+searched\s+)?(?:under|on|using|with)\s+(?:a\s+)?(?:search\s+|drugs?\s+)?warrants?\b"),
    _rx(rf"\bwarrants?\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:(?:also|later|then|subsequently|simultaneously)\s+)?(?:executed|carried\s+out|conducted|served)?\s*(?:at|on)\s+{C}\s+{GAP}{HOMES}"),
]
WARRANT_ONE = _rx(r"\bwarrant\b(?!\s+card)")
WARRANT_VAGUE = _rx(r"\bwarrants\b")

# county lines
LINE_RX = [
    _rx(rf"\b(?:{CLOSE}|(?:closures?|closing|dismantling|disruption)\s+of)\b(?:\s+on)?[^.;\d£]{{0,30}}?\b{C}\s+{LINES}"),
    _rx(rf"{C}\s+{LINES}[^.;\d£]{{0,60}}?\b{CLOSE}\b"),
]
# "a runner for the line was stopped": a line named after a preposition is not the subject
_NOT_OBJECT = r"(?<!for\s)(?<!on\s)(?<!from\s)(?<!with\s)(?<!of\s)(?<!in\s)"
LINE_ONE = [
    _rx(rf"{_NOT_OBJECT}\b(?:the|this|that|a|one)\s+(?:[\"'\u201c\u2018][^\"'\u201d\u2019]{{1,20}}[\"'\u201d\u2019]\s+|(?-i:[A-Z][\w'\u2019-]+)\s+)?"
        rf"(?:county\s+|drugs?\s+|deal\s+)?line\s+(?:was|(?:has|had)\s+(?:now\s+|since\s+|also\s+)?been)\s+(?:\w+\s+)?{CLOSE}"),
    _rx(rf"\b{CLOSE}(?:\s+(?:down|off))?\s+(?:a|one|the|this|that)\s+(?:[\"'\u201c\u2018][^\"'\u201d\u2019]{{1,20}}[\"'\u201d\u2019]\s+)?(?:county\s+|drugs?\s+|deal\s+)?line\b(?!s)"),
    _rx(r"\b(?:brought|took|shut|closed)\s+(?:this|the|that)\s+(?:[\"'\u201c\u2018][^\"'\u201d\u2019]{1,20}[\"'\u201d\u2019]\s+)?(?:county\s+|drugs?\s+)?line\s+down\b"),
    # "a county line supplying crack cocaine to St Ives was shut down" (no vehicle or person between)
    _rx(rf"{_NOT_OBJECT}\b(?:the|this|that|a)\s+(?:[\"'\u201c\u2018][^\"'\u201d\u2019]{{1,20}}[\"'\u201d\u2019]\s+)?(?:county\s+|drugs?\s+|deal\s+)?line\b"
        rf"(?:(?!\b(?:who|whose|car|vehicle|van)\b)[^.;]){{0,120}}?\b(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?{CLOSE}"),
    # "we have taken a line out of circulation"
    _rx(r"\b(?:took|taken|take|taking)\s+(?:a|one|the|this|that)\s+(?:county\s+|drugs?\s+)?line\s+"
        r"(?:out\s+of\s+(?:circulation|action|business|operation)|off\s+the\s+streets)"),
    # "the 'Benny' line ... supplied users ... until its closure"
    _rx(r"\b(?:the|this|that)\s+(?:[\"'\u201c\u2018][^\"'\u201d\u2019]{1,20}[\"'\u201d\u2019]\s+)?(?:county\s+|drugs?\s+|deal\s+)?line\b[^.;]{0,200}?"
        r"\bits\s+(?:closure|dismantling|disruption)\b"),
]
# lines counted in one sentence and said closed in the next: "Investigators identified at least four
# county lines ... All of them have since been closed down."
LINES_COUNTED = _rx(rf"{C}\s+{LINES}")
ALL_CLOSED = _rx(rf"^\W*(?:all\s+(?:of\s+)?(?:them|these|those|the\s+lines)|they|these\s+lines|each\s+of\s+them)(?:\s+\w+){{0,3}}?\s+"
                 rf"(?:have|had|were|has)\s+(?:\w+\s+){{0,2}}?{CLOSE}")
LINE_VAGUE = [
    _rx(rf"{VAGUE}\s+{LINES}[^.;\d£]{{0,60}}?\b{CLOSE}\b"),
    _rx(rf"\b{CLOSE}\b(?:\s+on)?\s+{VAGUE}\s+{LINES}"),
]

# safeguarding, referrals, modern slavery
SAFE_WORDS = (r"(?:safeguarded|supported|offered\s+support|given\s+(?:support|help)|protected|helped\s+to\s+safety|taken\s+to\s+safety|"
              r"moved\s+to\s+(?:a\s+)?(?:safe|new)\s+(?:accommodation|address|home)|rehoused)")
SAFE_RX = [
    _rx(rf"{C}{AUX}\s+{SAFE_WORDS}"),  # "all 17 were safeguarded"
    # "58 children and 23 vulnerable adults were safeguarded": each count is an outcome of its own
    _rx(rf"{C}\s+{PEOPLE}(?:(?:,|,?\s+and)\s+(?:{QUAL}\s+)?{NUM}\s+{PEOPLE})*[^.;\d£]{{0,100}}?\b{SAFE_WORDS}"),
    _rx(rf"{C}\s+{PEOPLE}[^.;\d£]{{0,100}}?\b{SAFE_WORDS}"),
    _rx(rf"\b(?:safeguarded|safeguarding|supported|protected)\s+{C}\s+{PEOPLE}"),
]
SAFE_ONE = _rx(r"\bsafeguard(?:ed|ing)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|teenager|"
               r"person|adult|resident|youngster|tenant)\b"
               r"|\b(?:was|has\s+(?:\w+\s+)?been|had\s+(?:\w+\s+)?been|is\s+being)\s+(?:\w+\s+)?safeguarded\b")
# "The tenant, a man in his sixties, has since been supported", "She has been moved to safe accommodation"
# (matched at the start of the sentence)
SAFE_ONE_SUBJECT = _rx(r"(?:^\W*|(?<=,\sand\s)|(?<=;\s)|(?<=,\swhile\s))(?:(?:the|a|an|this|that|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:tenant|occupant|occupier|woman|man|victim|"
               r"resident|homeowner|householder|girl|boy|child|teenager|youngster|person|adult|pensioner)"
               r"(?:\s+of\s+(?:[\w-]+\s+){0,4}?[\w-]+)?(?:\s*,[^.;]{1,100}?,)?|she|he)\s+"
               rf"(?:was|has|had)\s+(?:(?:since|now|also|then)\s+)?(?:been\s+)?{SAFE_WORDS}")
THING_TYPES = ("weapon_seizure", "vehicle_seizure", "phone_seizure")
# a count of things someone has, had or may have, not of things seized
POSSESS_BEFORE = _rx(r"\b(?:possess(?:ing)?|owning|own|carrying|to\s+have|having|use|using)\s+$")
PEOPLE_TYPES = ("arrest", "safeguarding", "safeguarding_referral", "modern_slavery_referral")
# "safeguarded 19 vulnerable people, seven of them children": the part is an outcome of its own
PART_OF_PEOPLE = _rx(rf"\s*,\s*(?P<inc>including\s+)?{C}(?(inc)|\s+of\s+(?:them|whom)(?:\s+(?:were|being))?)\s+{PEOPLE}")
SAFE_VAGUE = [_rx(rf"{VAGUE}\s+{PEOPLE}[^.;\d£]{{0,60}}?\b{SAFE_WORDS}")]
REFERRAL_RX = [
    _rx(rf"{C}\s+(?:[\w-]+\s+)?(?:safeguarding|(?:child|adult)\s+(?:support\s+and\s+)?protection|social\s+(?:care|work|services)|welfare)\s+referrals\b"),
    # "nine referrals were made to social work and other partner agencies"
    _rx(rf"{C}\s+(?:further\s+)?referrals\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?made\s+to\b"),
    _rx(rf"\breferred\s+{C}\s+{PEOPLE}(?:[^.;\d£]{{0,80}}?\s+for\s+(?:[\w-]+\s+)?(?:support|help|intervention|services))?\s+to\b"),
    _rx(rf"\breferred\s+{C}\s+{PEOPLE}[^.;\d£]{{0,80}}?\s+for\s+(?:[\w-]+\s+)?(?:support|help|intervention|services)\b"),
    _rx(rf"{C}\s+{PEOPLE}[^.;\d£]{{0,40}}?\b(?:were|have\s+been|has\s+been|had\s+been)\s+referred\s+(?:to|for)\b"),
]
# "a safeguarding referral has been made", "officers made a safeguarding referral"
REFERRAL_ONE = _rx(
    r"\b(?:a|one)\s+(?:safeguarding|child\s+protection|social\s+care|welfare)\s+referral\s+(?:was|has\s+(?:also\s+)?been|had\s+(?:also\s+)?been)\s+"
    r"(?:made|submitted|raised|completed)\b|\b(?:made|submitted|raised|completed)\s+a\s+(?:safeguarding|child\s+protection|social\s+care|welfare)\s+referral\b"
    # "a referral was made to adult social care"
    r"|\b(?:a|one)\s+referral\s+(?:was|has\s+(?:also\s+)?been|had\s+(?:also\s+)?been)\s+made\s+to\b"
)
# one person sent on to the council's care services: "She was safeguarded and referred to adult social
# services", "has been referred to adult social care for support"
REFERRED_ONE = _rx(
    r"\b(?:was|has\s+(?:\w+\s+)?been|had\s+(?:\w+\s+)?been|is\s+being)\s+(?:(?:safeguarded|supported)\s+and\s+(?:has\s+been\s+)?)?"
    r"referred\s+(?:on\s+)?to\s+(?:the\s+)?(?:(?:adult|adults|children(?:[\u2019']s)?|local)\s+)?(?:social\s+(?:care|services|work)|safeguarding\s+team)\b"
)
SLAVERY_CUE = _rx(r"\b(?:modern\s+(?:day\s+)?slavery|national\s+referral\s+mechanism|NRM|trafficking)\b")
# "he has been safeguarded and referred through the National Referral Mechanism": one person
SLAVERY_ONE = _rx(
    r"\b(?:was|has\s+(?:\w+\s+)?been|had\s+(?:\w+\s+)?been|is\s+being)\s+(?:\w+\s+)?"
    r"(?:(?:safeguarded|identified\s+as\s+[^.;,]{1,60}?|supported)\s+and\s+)?"
    r"referred\s+(?:\w+\s+)?(?:through|to|into|via|under)\s+(?:the\s+)?(?:National\s+Referral\s+Mechanism|NRM)\b"
)
# "safeguarded 19 children and vulnerable adults, six of whom were referred into the National Referral
# Mechanism": the part is referred, not the whole
PART_REFERRED = _rx(rf"(?P<q>)(?P<n>{NUM})\s+of\s+(?:whom|them)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?referred\b")
# "two of those people", "two of them", "three men"
OF_THOSE = rf"(?:of\s+(?:them|those|these)\b|(?:of\s+(?:those|these|the)\s+)?{PEOPLE})"
# text within one clause: the words between a count and its verb do not start another ("..., and a dozen")
_ONE_CLAUSE = r"(?:(?!,\s+and\b|\bwhile\b|\bwhilst\b)[^.;\d£])"
SLAVERY_RX = [
    _rx(rf"{C}\s+(?:modern\s+slavery|NRM)\s+referrals\b"),
    _rx(rf"{C}\s+referrals?\s+(?:to|through|into|via)\s+(?:the\s+)?(?:national\s+referral\s+mechanism|NRM)\b"),
    _rx(rf"\b(?:referred|helped|identified|rescued|supported|safeguarded)\s+{C}\s+{PEOPLE}"),
    _rx(rf"{C}\s+{OF_THOSE}{_ONE_CLAUSE}{{0,160}}?\b(?:referred|identified|rescued|helped)\b"),
    _rx(rf"{C}\s+{OF_THOSE}{_ONE_CLAUSE}{{0,160}}?\b(?:have|has|had|were|was)\s+(?:since\s+|also\s+|now\s+)?been\s+referred\b"),
]

# address visits
VISIT_CUE = _rx(r"\b(?:visit\w*|knock\w*|check(?:s|ed|ing)?\s+on|welfare|door|engage\w*|cuckoo\w*)")
VISIT_RX = [
    _rx(rf"{C}\s+{GAP}{HOMES}"),
    _rx(rf"{C}\s+(?:(?:home|welfare|safe\s+and\s+well|cuckooing|door-?to-?door|house|address)\s+){{0,2}}(?:visits|checks)\b"),
]
VISIT_VAGUE = [
    _rx(rf"\bvisit(?:ed|ing)\s+{VAGUE}\s+{HOMES}"),
    _rx(rf"{VAGUE}\s+{HOMES}[^.;\d]{{0,20}}?\bvisited\b"),
    _rx(rf"{VAGUE}\s+(?:home\s+|welfare\s+)?visits\b"),
]


# ---------------------------------------------------------------------------- candidates


@dataclass
class _Found:
    outcome: Outcome
    headline: bool
    singular: bool = False
    order: int = 0
    # drug seizures: the named drugs ("cocaine", "cannabis") the figure or vague mention is about
    drugs: frozenset[str] = frozenset()
    # arrests and convictions of people named one by one: their surnames (see `_named_people`)
    names: frozenset[str] = frozenset()
    # a figure written in words as a round amount ("half a kilo"): it restates a close exact figure
    rounded: bool = False
    # "A 17-year-old boy ... was also arrested": one more person, not the one counted before
    another: bool = False
    # one person arrested or convicted: who (a surname, or "17 boy" for "a 17-year-old boy"), if the text tells
    who: str | None = None
    # a conviction of "they": its count is the number of people given prison terms one by one
    pending: bool = False


def _kind(o: Outcome) -> tuple:
    if o.type == "weapon_seizure":
        return (o.type, o.weapon)
    return (o.type,)


def _pair(a: Outcome, b: Outcome) -> tuple[float | None, float | None]:
    """The figures of two outcomes of one kind that can be compared (drugs: value or same unit)."""
    if a.type == "drug_seizure":
        if a.value_gbp is not None and b.value_gbp is not None:
            return a.value_gbp, b.value_gbp
        if a.quantity is not None and b.quantity is not None and a.unit == b.unit:
            return a.quantity, b.quantity
        grams = {"kg": 1000.0, "g": 1.0}  # "half a kilo" restates "500g"
        if a.quantity is not None and b.quantity is not None and a.unit in grams and b.unit in grams:
            return a.quantity * grams[a.unit], b.quantity * grams[b.unit]
        return None, None
    return _main_number(a), _main_number(b)


def _same_figure(a: Outcome, b: Outcome) -> bool:
    if a.type == "drug_seizure":
        x, y = _pair(a, b)
        return x is not None and x == y
    return _numbers(a) == _numbers(b)


def _main_number(o: Outcome) -> float | None:
    if o.type == "custodial_sentence":
        return o.years
    for v in (o.value_gbp, o.quantity, o.count):
        if v is not None:
            return v
    return None


def _count(m: re.Match) -> tuple[float | None, str, bool]:
    """(value, qualifier, singular) of the count a pattern matched."""
    n = m.group("n")
    value = value_of(n)
    qual = qualifier_of(m.group("q") or "")
    singular = n.strip().lower() == "one"
    return value, qual, singular


_KINDS = [
    ("taser", re.compile(r"taser|stun")),
    ("imitation_firearm", re.compile(r"imitation|replica|\bbb\b|\bair\s|blank|toy")),
    ("firearm", re.compile(r"gun|firearm|pistol|rifle|revolver|uzi")),
    # a machete or a sword is a bladed weapon but not a knife: `other`, as the gold annotates it
    ("knife", re.compile(r"kni|(?<!machete\s)blade|dagger|kukri")),
]


def _weapon_kind(text: str) -> str:
    """firearm, imitation_firearm, knife, taser or other, from the words naming the weapon."""
    t = text.lower()
    if "converted" in t:  # "a converted blank-firing pistol" fires live rounds
        return "firearm"
    for kind, rx in _KINDS:
        if rx.search(t):
            return kind
    return "other"


# Where a figure (with its qualifier) can start. Patterns that open with a count are tried
# only at these places, which keeps the finder fast: a sentence holds few numbers.
VAGUE_RX = _rx(VAGUE)
# key words (lower case) that a sentence must hold for a family of patterns to be tried
WEAPON_WORDS = ("weapon", "kni", "gun", "firearm", "pistol", "rifle", "revolver", "taser", "stun", "machete",
                "blade", "sword", "dagger", "kukri", "crossbow", "knuckle", "baton", "axe", "hatchet", "hammer",
                "bat", "nunchuck", "catapult", "spray", "uzi")
VEHICLE_WORDS = ("vehicle", "car", "van", "motor", "moped", "lorr", "truck", "scooter", "quad",
                 *{m.split()[0].lower() for m in MAKES})
PHONE_WORDS = ("phone", "handset", "mobile")
WELFARE_WORDS = ("safeguard", "support", "given help", "protect", "safety", "referr", "slavery", "trafficking", "nrm", "visit",
                 "knock", "check", "welfare", "door", "cuckoo", "engage")


# the words that DRUG_VAGUE needs besides a vague amount
DRUG_SEIZE_WORDS = ("seized", "recovered", "found")
LINE_WORD = re.compile(r"\bline\b")


def _words(words: tuple[str, ...]) -> re.Pattern:
    """A list of key words as one pattern over the lower-cased sentence: one scan instead of one per word."""
    return re.compile(phrase_pattern(words))


WEAPON_HINT, VEHICLE_HINT, PHONE_HINT, WELFARE_HINT, DRUG_SEIZE_HINT = map(
    _words, (WEAPON_WORDS, VEHICLE_WORDS, PHONE_WORDS, WELFARE_WORDS, DRUG_SEIZE_WORDS))


def _has(low: str, hint: re.Pattern) -> bool:
    return hint.search(low) is not None

COUNT_START = _rx(rf"\b(?P<q>{QUAL}\s+)?(?P<n>{NUM})")
# A cheap first pass: a digit or a number word. COUNT_START then runs only around these.
_NUMBER_WORDS = sorted([*UNITS, *TENS, "dozen", "hundred", "thousand", "half", "both", "pair", "duo", "trio"],
                       key=len, reverse=True)
NUMBER_HINT = _rx(r"(?<![\w£.,])\d|\b(?=[otfsenzahbpd])(?:" + "|".join(_NUMBER_WORDS) + r")\b")
# the same, for lower-cased text: a pattern without re.I runs several times faster
# (the number words as a tree: the same matches, as the words are letters only and end at a word's end)
NUMBER_HINT_LOW = re.compile(r"(?<![\w£.,])\d|\b(?=[otfsenzahbpd])" + phrase_pattern(_NUMBER_WORDS) + r"\b")
VAGUE_LOW = re.compile(VAGUE)


_NUM_AT = _rx(NUM)
_QUAL_BEFORE = _rx(rf"\b{QUAL}\s+$")  # searched with `endpos` at a figure: the qualifier that ends there


def count_starts(text: str) -> list[int]:
    """Offsets where a figure, or the qualifier before it, starts.

    Each hint is read where it stands: the figure starting at it ("a dozen" starts at the "a"),
    then a qualifier ending right before the figure."""
    out: set[int] = set()
    covered = -1
    low = text.lower()
    hints = NUMBER_HINT_LOW.finditer(low) if len(low) == len(text) else NUMBER_HINT.finditer(text)
    for hint in hints:
        p = hint.start()
        if p < covered:
            continue
        m = None
        if p >= 2 and text[p - 2:p] in ("a ", "A "):
            m = _NUM_AT.match(text, p - 2)
        if m is None or m.end() <= p:
            m = _NUM_AT.match(text, p)
        if m is None or m.end() <= p:
            continue
        q = _QUAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        out.update((q.start() if q else m.start(), m.start()))
        covered = m.end()
    return sorted(out)


def _count_starts_by_windows(text: str) -> list[int]:
    """The plain form of `count_starts` (kept to test it against)."""
    out: set[int] = set()
    covered = -1
    for hint in NUMBER_HINT.finditer(text):
        p = hint.start()
        if p < covered:
            continue
        for m in COUNT_START.finditer(text, max(0, p - 40), min(len(text), p + 80)):
            if m.start("n") <= p < m.end():
                out.update((m.start(), m.start("n")))
                covered = m.end()
                break
    return sorted(out)


# A figure given under a label, as in a table or a list of results: "Arrests: 318 (2022/23: 276)",
# "County lines closed: 47", "Cash seized: £1.25m, including £410,000 found in a lorry". The label
# names what is counted; it must name an outcome, so "Published: 3 March" or "Phone: 101" stay as they are.
LABELLED = _rx(
    rf"^(?P<lead>\W*)(?P<label>[A-Za-z][A-Za-z ,'/&-]{{2,90}}?)\s*:\s*"
    rf"(?P<fig>(?:{QUAL}\s+)?(?:{MONEY}|{QUANTITY}|(?<![\w£.,]){DIGITS}(?![\d£]|[.,]\d)))"
)
LABEL_CUE = _rx(
    r"\b(?:arrest\w*|charged|convicted|jailed|sentenced|seiz\w*|recover\w*|closed|dismantled|disrupted|lines|"
    r"safeguarded|referr\w*|visit\w*|warrants?|weapons|knives|firearms|guns|cash|drugs|vehicles|phones)\b"
)
# the label's own noun, for a bare figure of its breakdown ("including £410,000 found ..."): the
# label without its verb
LABEL_VERB = _rx(r"\s+(?:seized|recovered|closed|dismantled|disrupted|charged|arrested|safeguarded|referred|found|taken)\b.*$")
BARE_PART = _rx(rf"\b(?P<inc>including|of\s+which|among\s+them)\s+(?P<fig>(?:{QUAL}\s+)?{MONEY})(?=\s+(?:found|seized|recovered|taken|from|in|at|on)\b|\s*[,;.]|\s*$)")
_BRACKETED = re.compile(r"\([^()]*\)")


# A row of a Markdown table, "| Cash seized | £41,560 |": its first two cells read as a label and
# its figure. The header and the "| --- |" rule have no figure, so `unlabel` leaves them be.
TABLE_ROW = re.compile(r"^\s*\|(?P<label>[^|]+)\|(?P<fig>[^|]+)\|")
# A cell that holds only a figure, as an HTML table cell comes out as a sentence of its own
# ("187", "22 (three sold knives to under-18s)", "21, including 9 knives"): the label is the cell
# before it.
BARE_FIGURE = _rx(rf"^\s*(?:{QUAL}\s+)?(?:{MONEY}|{QUANTITY}|{DIGITS}(?![\d£]|[.,]\d))(?:\s*$|\s*[,(])")
LABEL_CELL = re.compile(r"^[A-Za-z][A-Za-z ,'/&-]{2,90}$")


def untable(text: str) -> str:
    """A Markdown table row put as a labelled figure: "| Arrests | 38 |" becomes "Arrests: 38". A row
    whose first cell names no outcome or whose second cell is no figure ("| June 2022 | Bath | £67,300
    in cash |") is read as it stands."""
    m = TABLE_ROW.match(text)
    if m is None or not LABEL_CUE.search(m.group("label")) or not BARE_FIGURE.match(m.group("fig")):
        return text
    return f"{m.group('label').strip()}: {m.group('fig').strip()}"


def unlabel(text: str) -> str:
    """A labelled figure put the way a sentence says it: "Arrests: 318 (2022/23: 276)" becomes
    "318 arrests"; a bracketed figure after it (last year's) is dropped; a bare money figure in its
    breakdown takes the label's noun ("Cash seized: £1.25m, including £410,000 found" gives
    "£1.25m cash seized, including £410,000 cash found"). Text without a label comes back unchanged."""
    m = LABELLED.match(text)
    if m is None or not LABEL_CUE.search(m.group("label")):
        return text
    label = m.group("label").strip()
    rest = _BRACKETED.sub(lambda b: " " * len(b.group(0)), text[m.end():])
    noun = LABEL_VERB.sub("", label).lower()
    rest = BARE_PART.sub(lambda b: f"{b.group('inc')} {b.group('fig')} {noun}", rest)
    return f"{m.group('lead')}{m.group('fig')} {label.lower()}{rest}"


class _Reader:
    """Collects candidates from one sentence at a time."""

    def __init__(self) -> None:
        self.found: list[_Found] = []
        # per-person prison terms: sentence, years, note, and who (see `_term_person`)
        self.terms: list[tuple[Sentence, float, str, object]] = []
        self.starts: list[int] = []
        self.last_quantity: Outcome | None = None  # the last drug quantity of the sentence before
        self.low = ""  # the sentence being read, masked and lower-cased
        self.lead_in = False  # the last sentence that was not a list item introduced seized items
        self.listed = False  # this sentence is an item of such a list
        self.group: float | None = None  # the last number of people charged, convicted or jailed together
        self.lines: tuple[float, str] | None = None  # drug lines counted in the sentence before, not said closed
        self.models: set[str] = set()  # vehicle models named after their make ("Volkswagen Golf")
        self.poca = False  # the release is about a confiscation order or a forfeiture
        self.label = ""  # the sentence before, when it may be a table's label cell ("Knives found in sweeps")
        self.who: dict[str, set[str]] = {}  # per type, the people arrested or convicted one by one in the body

    def scan(self, rx: re.Pattern, text: str, end: int | None = None):
        """`rx.finditer(text)`, but a pattern that opens with a figure is tried only where one starts."""
        end = len(text) if end is None else end
        if not rx.pattern.startswith("(?P<q>"):
            yield from rx.finditer(text, 0, end)
            return
        last = -1
        for p in self.starts:
            if p < last or p >= end:
                continue
            m = rx.match(text, p, end)
            if m:
                last = m.end()
                yield m

    def add(self, s: Sentence, singular: bool = False, **fields) -> Outcome:
        o = Outcome(span=Span(s.start, s.end), **fields)
        if o.type in ("custodial_sentence", "charge", "conviction") and (o.count or 0) > 1 and o.qualifier == "exact":
            self.group = o.count
        self.found.append(_Found(o, s.in_headline, singular, len(self.found)))
        return o

    def counted(self, s: Sentence, rxs, type_: str, text: str, taken: list, **extra) -> None:
        for rx in rxs:
            for m in self.scan(rx, text):
                if _overlaps(m.span("n"), taken):
                    continue
                if type_ in THING_TYPES and POSSESS_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "banned from possessing more than one mobile phone"
                value, qual, singular = _count(m)
                if value is None:
                    continue
                taken.append(m.span("n"))
                self.add(s, singular, type=type_, count=value, qualifier=qual, **extra)
                part = PART_OF_PEOPLE.match(text, m.end()) if type_ in PEOPLE_TYPES else None
                if part and not _overlaps(part.span("n"), taken) and (got := _count(part))[0] is not None:
                    taken.append(part.span("n"))
                    self.add(s, type=type_, count=got[0], qualifier=got[1], **extra)

    def vague(self, s: Sentence, rxs, type_: str, text: str, not_after: re.Pattern | None = None, **extra) -> None:
        for rx in rxs if isinstance(rxs, list) else [rxs]:
            if rx.pattern.startswith(VAGUE) and not self.has_vague:
                continue
            for m in rx.finditer(text):
                if not_after is not None and not_after.search(text, max(0, m.start() - 40), m.start()):
                    continue
                self.add(s, type=type_, qualifier="vague", **extra)
                return

    def read(self, s: Sentence) -> None:
        if BULLET.match(s.text):
            self.listed = self.lead_in
        else:
            self.listed = False
            self.lead_in = s.text.rstrip().endswith(":") and bool(LEAD_IN.search(s.text))
        text = mask(s.text)
        if text.startswith("|"):
            text = untable(text)
        elif self.label and BARE_FIGURE.match(text):
            text = f"{self.label}: {text}"  # an HTML table's figure cell, after its label cell
        self.label = s.text.strip() if LABEL_CELL.match(s.text.strip()) and LABEL_CUE.search(s.text) else ""
        if ":" in text:
            text = unlabel(text)
        low = self.low = text.lower()
        self.poca = self.poca or bool(("proceeds" in low or "confiscat" in low or "poca" in low or "forfeit" in low) and POCA.search(text))
        self.starts = count_starts(text)
        self.has_vague = bool(VAGUE_LOW.search(low) if len(low) == len(text) else VAGUE_RX.search(text))
        taken: list[tuple[int, int]] = []  # spans of numbers already used in this sentence
        # each family runs only when its key words occur: cheap substring tests keep this fast
        if "arrest" in low or "charg" in low or "guilty" in low or "admit" in low or "convict" in low:
            before = len(self.found)
            self._people(s, text, taken)
            if not s.in_headline and len(self.found) == before + 1 and self.found[-1].outcome.type == "conviction":
                self._the_others(text)
        if "year" in low or "month" in low or "centur" in low:
            self._custody(s, text, taken)
        self._money_and_drugs(s, text, taken)
        self._objects(s, text, low, taken)
        if "warrant" in low or "line" in low or self.lines:
            self._lines_and_warrants(s, text, taken)
        if _has(low, WELFARE_HINT):
            self._welfare(s, text, taken)

    def _the_others(self, text: str) -> None:
        """ "The other three defendants pleaded guilty" after "Harland was convicted after a trial": one
        conviction of four. The convictions counted before in the body join the one just found."""
        other = THE_OTHER.match(text)
        rest = self.found[-1].outcome
        if other is None or rest.count is None or value_of(other.group("n")) != rest.count:
            return
        earlier = [f for f in self.found[:-1] if f.outcome.type == "conviction" and not f.headline
                   and f.outcome.count is not None and f.outcome.qualifier == "exact"]
        if not earlier:
            return
        rest.count += sum(f.outcome.count for f in earlier)
        merged = {id(f) for f in earlier}
        self.found = [f for f in self.found if id(f) not in merged]

    # -- people: arrests, charges, convictions
    def _people(self, s: Sentence, text: str, taken: list) -> None:
        before = len(self.found)
        for m in self.scan(ARREST_SUM, text):
            value, qual, _ = _count(m)
            more = value_of(m.group("n2")) if m.group("n2") else 1.0
            if value is not None and more is not None:
                taken.append(m.span("n"))
                if m.group("n2"):
                    taken.append(m.span("n2"))
                self.add(s, type="arrest", count=value + more, qualifier=qual)
        self.counted(s, ARREST_RX, "arrest", text, taken)
        if len(self.found) == before + 1:
            # "arrested three men ..., along with a fourth man": the ordinal is the total
            o = self.found[-1].outcome
            more = ONE_MORE.search(text)
            if more and o.count is not None and ORDINALS[more.group("o").lower()] == o.count + 1:
                o.count += 1
        if len(self.found) == before:
            plural = "arrested" in self.low and ("were" in self.low or "have been" in self.low or "had been" in self.low)
            named = _named_people(NAMED_ARRESTED, text) if plural else set()
            if len(named) > 1:  # "Mulgrew, Kerr and Devine were all arrested"
                self.add(s, type="arrest", count=float(len(named)), qualifier="exact")
                self.found[-1].names = frozenset(named)
            elif plural and (ARREST_PAIR.match(text) or ((both := BOTH_PAIR.match(text)) and both.group("v").lower() == "arrested")):
                self.add(s, type="arrest", count=2, qualifier="exact")
            elif plural and (ages := AGES_ARRESTED.match(s.text)):
                self.add(s, type="arrest", count=float(len(re.findall(r"\d+", ages.group("ages")))), qualifier="exact")
            elif one := ARREST_ONE.search(text):
                self.add(s, True, type="arrest", count=1, qualifier="exact")
                self._one_person(s, text)
                self.found[-1].another |= ALSO.search(one.group(0)) is not None
            elif obj := ARRESTED_NAME.search(text):
                if obj.group("name").split()[0].lower() not in NOT_A_NAME:
                    self.add(s, True, type="arrest", count=1, qualifier="exact")
                    self.found[-1].names = frozenset([obj.group("name").split()[-1]])
                    self._one_person(s, text)
            else:
                self.vague(s, ARREST_VAGUE, "arrest", text)
        before = len(self.found)
        for m in self.scan(ARRESTED_AND_CHARGED, text):
            value, qual, _ = _count(m)
            if value is not None:
                self.add(s, type="charge", count=value, qualifier=qual)
        self.counted(s, CHARGE_RX, "charge", text, taken)
        if len(self.found) == before:
            if CHARGE_ONE.search(text):
                self.add(s, True, type="charge", count=1, qualifier="exact")
        cue = CONVICT_CUE.search(text)
        if cue and not CHARGED_OR_CONVICTED.search(text):
            group = ALL_BEFORE_CUE.search(text, max(0, cue.start() - 60), cue.start())
            for m in [group] if group else self.scan(CONVICT_COUNT, text, cue.start()):
                value, qual, _ = _count(m)
                if value is not None and not _overlaps(m.span("n"), taken) and value < 1000:
                    # "Four had pleaded guilty, while Sallis and Marr were convicted after a trial": 6
                    more = _named_people(NAMED_GUILTY, text, cue.end())
                    self.add(s, type="conviction", count=value + len(more), qualifier=qual)
                    break
            else:
                named = _named_people(NAMED_GUILTY, text)
                if named:
                    # "Raine denied the charges but was convicted": not one of those who pleaded guilty
                    other = DENIED_BUT.search(text) is not None
                    self.add(s, len(named) == 1 and not other, type="conviction", count=float(len(named)), qualifier="exact")
                    self.found[-1].names = frozenset(named)
                elif PLURAL_SUBJECT.match(text):
                    # "The men were sentenced ..., having pleaded guilty": the group counted before
                    if self.group and SINGLE_GUILTY.search(text):
                        self.add(s, type="conviction", count=self.group, qualifier="exact")
                    elif GROUP_CONVICTED.match(text) and not s.in_headline:
                        self.add(s, type="conviction", count=self.group, qualifier="exact")
                        self.found[-1].pending = self.group is None
                elif CONVICT_ONE.search(text) or SINGLE_GUILTY.search(text):
                    # "He pleaded guilty", "Rimmer, 24, was sentenced after pleading guilty": one person
                    self.add(s, True, type="conviction", count=1, qualifier="exact")
                    self._one_person(s, text)

    def _one_person(self, s: Sentence, text: str) -> None:
        """Who the one person arrested or convicted in this sentence is: a surname opening it, or
        "a 17-year-old boy"; such a person differs from one named before ("Robson was arrested ...
        A week later, a 17-year-old boy ... was arrested" is two arrests)."""
        f = self.found[-1]
        subject = SUBJECT_NAME.match(text)
        if subject and subject.group("name").split()[0].lower() not in NOT_A_NAME:
            f.names = f.names or frozenset([subject.group("name").split()[-1]])
        if f.names:
            f.who = next(iter(f.names)).lower()
        elif ind := INDEFINITE_SUBJECT.match(s.text):
            f.who = f"{ind.group('age') or ''} {ind.group('noun').lower()}"
        if s.in_headline or f.who is None:
            return
        # "a man" with no name or age may be anyone told of before
        seen = self.who.setdefault(f.outcome.type, set())
        specific = not f.who.startswith(" ")
        f.another = specific and bool(seen) and f.who not in seen and not any(w.startswith(" ") for w in seen)
        seen.add(f.who)

    # -- prison terms
    def _custody(self, s: Sentence, text: str, taken: list) -> None:
        if not JAIL_CUE.search(text) and not LIST_TERM.search(text):
            return
        durations = DURATION_RX.finditer(text) if "centur" in text else self.scan(DURATION_RX, text)
        prev_end = None  # end of a per-person term already read from this sentence
        for m in durations:
            if prev_end is not None and not NEXT_TERM.match(text[prev_end:m.start()]):
                break
            if _overlaps(m.span("d"), taken):
                continue
            years = years_of(m.group("d"))
            if years is None:
                continue
            tail = text[m.end():m.end() + 40]
            head = text[max(0, m.start() - 60):m.start()]
            if NOT_CUSTODIAL.search(tail) or NOT_CUSTODIAL.search(head[-25:]) or NOT_A_TERM_AFTER.match(tail):
                continue
            if PENALTY_BEFORE.search(head):  # "anyone breaching it could face up to three months in prison"
                continue
            # "... and Nowacki for ten years": the next person's term, not a period of work
            if PERIOD_BEFORE.search(head) and not JAILED_FOR.search(head) and prev_end is None:
                continue
            if prev_end is not None:  # "... sentenced Okafor to 12 years and Nowacki to ten years"
                taken.append(m.span("d"))
                nxt = _NAME_IN_GAP.search(text, prev_end, m.start())
                self.terms.append((s, years, " ".join(s.text.split()),
                                   nxt.group(0).split()[-1].lower() if nxt else (s.start, m.start())))
                prev_end = m.end()
                continue
            count = None
            cm = next(self.scan(JAIL_COUNT_BEFORE, text), None)
            if cm and cm.start("n") < m.start() and not _overlaps(cm.span("n"), [m.span("d")]):
                count = value_of(cm.group("n"))
            else:
                ca = JAIL_COUNT_AFTER.search(text[m.end():])
                if ca:
                    count = value_of(ca.group("n"))
            if count and count > 1 and EACH.search(text[:m.start()]):
                years *= count  # "the two men were each jailed for six years"
            total = (bool(TOTAL_CUE.search(text[max(0, m.start() - 40):m.start()])) or (count or 0) > 1
                     or bool(GROUP_CUE.search(text[:m.start()])))
            taken.append(m.span("d"))
            qual = qualifier_of(m.group("q") or "")
            if qual != "exact" and not total:
                # "have been jailed for more than 16 years": a court gives exact terms, so a qualified
                # one is a rounded total (of one person when the subject is one person)
                person = _term_person(text, s, m.start())
                total = True
                count = 1.0 if isinstance(person, str) else None
            if total:
                self.add(s, type="custodial_sentence", count=count, years=years, qualifier=qual)
                break
            if JAIL_CUE.search(text) or LIST_TERM.search(text):
                self.terms.append((s, years, " ".join(s.text.split()), _term_person(text, s, m.start())))
                prev_end = m.end()
                continue
            break

    # -- money, drug quantities
    def _money_and_drugs(self, s: Sentence, text: str, taken: list) -> None:
        quantities: list[tuple[re.Match, Outcome]] = []
        for m in self.scan(QUANTITY_RX, text):
            got = quantity_of(m.group("x"))
            if got is None or SUPPLY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue
            taken.append(m.span("x"))
            o = self.add(s, type="drug_seizure", quantity=got[0], unit=got[1],
                         qualifier=qualifier_of(m.group("q") or ""))
            self.found[-1].drugs = _drugs_after(text, m.end())
            self.found[-1].rounded = not m.group("x")[0].isdigit()
            quantities.append((m, o))
        for m, o in list(quantities):
            self._breakdown(s, text, m, o, taken)
        if "kilo" in text or "tonne" in text or "ounce" in text:
            self._one_unit(s, text, quantities)
        drug_money = False
        last_cash = None  # where the last cash figure of the sentence ends
        has_money = "£" in text or "pound" in text or "GBP" in text
        for m in (MONEY_RX.finditer(text) if has_money else ()):
            value = money_value(m.group("m"))
            if value is None:
                continue
            taken.append(m.span("m"))
            after = text[m.end():m.end() + 60]
            before = text[max(0, m.start() - 80):m.start()]
            qual = qualifier_of(m.group("q") or "")
            if qual == "exact" and ESTIMATED_BEFORE.search(before) and VALUE_BEFORE.search(before):
                qual = "approximately"
            if value <= 100 and DENOMINATION_AFTER.search(after):
                continue
            pay = PAY_BACK_BEFORE.search(before) if "pa" in before or "order" in before or "forfeit" in before else None
            if CASH_AFTER.search(after) or CASH_BEFORE.search(before) or (
                    SEIZED_AFTER.search(after) and not VALUE_BEFORE.search(before) and not DRUG_AFTER.search(after)) or (
                    last_cash is not None and PART_OF_CASH.match(text, last_cash, m.start())) or (
                    pay and (not pay.group("pay") or self.poca) and not DENOMINATION_AFTER.search(after)):
                self.add(s, type="cash_seizure", value_gbp=value, qualifier=qual)
                last_cash = m.end()
            elif PROPERTY_AFTER.search(after) or PROPERTY_BEFORE.search(before):
                self.add(s, type="property_recovery", value_gbp=value, qualifier=qual)
            elif DRUG_AFTER.search(after) or (VALUE_BEFORE.search(before) and DRUG_NEAR.search(text[:m.start()])):
                merged = False
                for qm, qo in reversed(quantities):
                    if (qm.end() <= m.start() and MERGE_GAP.search(text[qm.end():m.start()]) and qo.value_gbp is None
                            and not _new_item(text[qm.end():m.start()])):
                        qo.value_gbp = value
                        if qo.qualifier == "exact":
                            qo.qualifier = qual
                        merged = True
                        break
                prev = self.last_quantity
                if not merged and not quantities and prev is not None and prev.value_gbp is None and ANAPHOR.match(text):
                    prev.value_gbp = value
                    if prev.qualifier == "exact":
                        prev.qualifier = qual
                    merged = True
                if not merged:
                    self.add(s, type="drug_seizure", value_gbp=value, qualifier=qual)
                    self.found[-1].drugs = _drugs_before(text, m.start()) | _drugs_after(text, m.end())
                drug_money = True
        named = False
        if self.has_vague:
            for m in DRUG_VAGUE_NAMED.finditer(text):
                if DEALT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    continue
                self.add(s, type="drug_seizure", qualifier="vague")
                self.found[-1].drugs = frozenset([_drug_key(m.group("d"))])
                named = True
        if not quantities and not drug_money and not named and (self.has_vague or _has(self.low, DRUG_SEIZE_HINT)):
            if not WORTH.search(text) or self.has_vague:
                self.vague(s, DRUG_VAGUE, "drug_seizure", text, not_after=DEALT_BEFORE)
        if (quantities or drug_money) and ("with" in text or "as well" in text or "plus" in text):
            figures = frozenset().union(*(f.drugs for f in self.found if f.outcome.span.start == s.start))
            for m in ALONG_WITH_DRUGS.finditer(text):
                drugs = frozenset(_drug_key(d) for d in DRUG_NAME.findall(m.group("d")))
                if drugs and not drugs & figures and SEIZE_BEFORE.search(text, 0, m.start()):
                    self.add(s, type="drug_seizure", qualifier="vague")
                    self.found[-1].drugs = drugs
        if "cash" in text:
            self.vague(s, CASH_VAGUE, "cash_seizure", text)
        self.last_quantity = quantities[-1][1] if quantities else None

    def _breakdown(self, s: Sentence, text: str, m: re.Match, total: Outcome, taken: list) -> None:
        """The parts of a quantity, given without their unit, are quantities of their own (a total
        and its breakdown are separate outcomes)."""
        head = BREAKDOWN_OPEN.match(text, m.end())
        if head is None:
            return
        close = BREAKDOWN_CLOSE.search(text, head.end())
        end = close.start() if close else len(text)
        factor = total.quantity / (first_number(m.group("x")) or total.quantity) if total.quantity else 1.0
        for item in BREAKDOWN_ITEM.finditer(text, head.end(), end):
            value = value_of(item.group("n"))
            if value is None or _overlaps(item.span("n"), taken):
                continue
            taken.append(item.span("n"))
            self.add(s, type="drug_seizure", quantity=value * factor, unit=total.unit, qualifier="exact")
            self.found[-1].drugs = _drugs_after(text, item.end("n"))

    def _one_unit(self, s: Sentence, text: str, quantities: list) -> None:
        """'just under a kilo of heroin': one unit written with the article."""
        for m in ONE_UNIT_RX.finditer(text):
            if _overlaps(m.span("x"), [qm.span("x") for qm, _ in quantities]) or PRICE_BEFORE.search(text[:m.start()]):
                continue
            got = quantity_of(m.group("x"))
            if got is None or not DRUG_AFTER_UNIT.match(text, m.end()):
                continue
            o = self.add(s, type="drug_seizure", quantity=got[0], unit=got[1],
                         qualifier=qualifier_of(m.group("q") or ""))
            self.found[-1].drugs = _drugs_after(text, m.end())
            self.found[-1].rounded = True
            quantities.append((m, o))

    # -- weapons, vehicles, phones
    def _objects(self, s: Sentence, text: str, low: str, taken: list) -> None:
        if _has(low, WEAPON_HINT):
            self._weapons(s, text, taken)
        vehicles = _has(low, VEHICLE_HINT)
        if vehicles:
            cued = self.listed or VEHICLE_CUE.search(text) is not None
            if cued:
                self.counted(s, [VEHICLE_RX], "vehicle_seizure", text, taken)
            for m in VEHICLE_ONE.finditer(text):
                if STOLEN_WORTH.match(m.group(0) + text[m.end():m.end() + 40]):
                    continue  # "a stolen Audi worth £38,000" is property recovered, not a seized vehicle
                if _singular_seized(text, m, self.listed) and not NAMES_THE_COUNTED.search(text, max(0, m.start() - 150), m.start()):
                    self.add(s, True, type="vehicle_seizure", count=1, qualifier="exact")
            for m in MODEL_AFTER_MAKE.finditer(text):
                self.models.add(m.group("model"))
            if cued:
                for m in VEHICLE_VAGUE[0].finditer(text) if self.has_vague else ():
                    if _singular_seized(text, m, self.listed):
                        self.add(s, type="vehicle_seizure", qualifier="vague")
                        break
        said_seized = ("seized" in low or "impounded" in low or "confiscated" in low or "recovered" in low) \
            and THE_SEIZED.search(text) is not None  # "... was seized": what the article-led patterns end in
        if said_seized and (self.models or vehicles):
            for m in VEHICLE_THE.finditer(text):
                if m.group("model") is None or m.group("model") in self.models:
                    self.add(s, True, type="vehicle_seizure", count=1, qualifier="exact")
        if _has(low, PHONE_HINT):
            before = len(self.found)
            self.counted(s, [PHONE_RX], "phone_seizure", text, taken)
            counted = len(self.found) > before
            for m in PHONE_THE.finditer(text) if said_seized else ():
                self.add(s, True, type="phone_seizure", count=1, qualifier="exact")
            for m in PHONE_ONE.finditer(text):
                if _singular_seized(text, m, self.listed):
                    self.add(s, True, type="phone_seizure", count=1, qualifier="exact")
            if "line" in low and not counted:  # "three phones, one of which was the Tommy line phone"
                for m in PHONE_LINE.finditer(text):
                    if _singular_seized(text, m, self.listed):
                        self.add(s, True, type="phone_seizure", count=1, qualifier="exact")
                        break
            self.vague(s, PHONE_VAGUE, "phone_seizure", text)

    def _weapons(self, s: Sentence, text: str, taken: list) -> None:
        for m in self.scan(WEAPON_RX, text):
            if _overlaps(m.span("n"), taken):
                continue
            value, qual, singular = _count(m)
            if value is None:
                continue
            taken.append(m.span("n"))
            self.add(s, singular, type="weapon_seizure", count=value, qualifier=qual,
                     weapon=_weapon_kind(m.group(0)))
        kinds: set[str] = set()
        for m in WEAPON_ONE.finditer(text):
            if _singular_seized(text, m, self.listed):
                kind = _weapon_kind(m.group(0))
                self.add(s, True, type="weapon_seizure", count=1, qualifier="exact", weapon=kind)
                # "a Glock pistol ... and a converted pistol": two items of one kind in one list
                self.found[-1].another = kind in kinds
                kinds.add(kind)
        for rx in WEAPON_VAGUE:
            for m in rx.finditer(text):
                kind = _weapon_kind(m.group("w"))
                if kind != "other" or not m.group("w").lower().startswith("weapon"):
                    self.add(s, type="weapon_seizure", qualifier="vague", weapon=kind)

    # -- warrants and county lines
    def _lines_and_warrants(self, s: Sentence, text: str, taken: list) -> None:
        before = len(self.found)
        # every warrant pattern holds the word, and none of its letters has a case-blind twin
        # that lower-casing misses (as the dotless "ı" is to "i"): a sentence without it is skipped
        if "warrant" in self.low:
            self.counted(s, WARRANT_RX, "warrant", text, taken)
            if len(self.found) == before:
                if WARRANT_ONE.search(text):
                    self.add(s, True, type="warrant", count=1, qualifier="exact")
                elif WARRANT_VAGUE.search(text):
                    self.add(s, type="warrant", qualifier="vague")
        before = len(self.found)
        self.counted(s, LINE_RX, "county_line_closure", text, taken)
        lines, self.lines = self.lines, None
        if len(self.found) == before and lines and ALL_CLOSED.match(text):
            self.add(s, type="county_line_closure", count=lines[0], qualifier=lines[1])
            return
        if len(self.found) == before and "line" in self.low:
            for m in self.scan(LINES_COUNTED, text):
                value, qual, _ = _count(m)
                if value is not None:
                    self.lines = (value, qual)
        if len(self.found) == before:
            if LINE_WORD.search(self.low) and any(rx.search(text) for rx in LINE_ONE):
                self.add(s, True, type="county_line_closure", count=1, qualifier="exact")
            else:
                self.vague(s, LINE_VAGUE, "county_line_closure", text)

    # -- safeguarding, referrals, modern slavery, address visits
    def _welfare(self, s: Sentence, text: str, taken: list) -> None:
        # the people referred as victims of slavery may also be counted as safeguarded ("were
        # safeguarded and referred to the NRM"), but not as safeguarding referrals
        referred = list(taken)
        if SLAVERY_CUE.search(text):
            before = len(self.found)
            part = PART_REFERRED.search(text)
            if part and (got := _count(part))[0] is not None:
                self.add(s, type="modern_slavery_referral", count=got[0], qualifier=got[1])
                referred.append((0, part.end()))  # the whole before it is not what was referred
            self.counted(s, SLAVERY_RX, "modern_slavery_referral", text, referred)
            if len(self.found) == before and SLAVERY_ONE.search(text):
                self.add(s, True, type="modern_slavery_referral", count=1, qualifier="exact")
        slavery = len(referred)
        before = len(self.found)
        self.counted(s, REFERRAL_RX, "safeguarding_referral", text, referred)
        if len(self.found) == before and "referral" in self.low and REFERRAL_ONE.search(text):
            self.add(s, True, type="safeguarding_referral", count=1, qualifier="exact")
        elif len(self.found) == before and "referred" in self.low and REFERRED_ONE.search(text):
            # one person's own referral: not a restatement of a count of referrals made elsewhere
            self.add(s, type="safeguarding_referral", count=1, qualifier="exact")
        taken.extend(referred[slavery:])
        before = len(self.found)
        self.counted(s, SAFE_RX, "safeguarding", text, taken)
        if len(self.found) == before:
            if SAFE_ONE.search(text) or SAFE_ONE_SUBJECT.search(text):
                self.add(s, True, type="safeguarding", count=1, qualifier="exact")
            else:
                self.vague(s, SAFE_VAGUE, "safeguarding", text)
        if VISIT_CUE.search(text):
            before = len(self.found)
            self.counted(s, VISIT_RX, "address_visit", text, taken)
            if len(self.found) == before:
                self.vague(s, VISIT_VAGUE, "address_visit", text)


def _drug_key(name: str) -> str:
    return " ".join(name.lower().split()).rstrip("s") if name.lower() != "opiates" else "opiate"


def _drugs_after(text: str, pos: int) -> frozenset[str]:
    """The drugs named after a figure, up to the end of its item in a list ('2kg of cocaine, ...')."""
    seg = text[pos:pos + 80]
    end = ITEM_END.search(seg)
    if end:
        seg = seg[:end.start()]
    return frozenset(_drug_key(d) for d in DRUG_NAME.findall(seg))


def _new_item(gap: str) -> bool:
    """Does the text between a quantity and a value start another drug ('..., cocaine worth')?"""
    m = NEW_DRUG_ITEM.search(gap)
    if not m:
        return False
    return m.group("sep") != "and" or not DRUG_NAME.search(gap[:m.start()])


def _drugs_before(text: str, pos: int) -> frozenset[str]:
    """The drugs named before a value ('cannabis with a street value of £32,000'), back to the item's start."""
    seg = re.split(r"[,;]", text[max(0, pos - 100):pos])[-1]
    return frozenset(_drug_key(d) for d in DRUG_NAME.findall(seg))


def _named_people(rx: re.Pattern, text: str, pos: int = 0) -> set[str]:
    """The surnames of the people a sentence names before a verb (`_named_rx`), from `pos` on."""
    names: set[str] = set()
    for m in rx.finditer(text, pos):
        listed = [m.group("a"), *(n.strip() for n in (m.group("more") or "").split(",") if n.strip()), m.group("b")]
        for name in listed:
            if name and name.split()[0].lower() not in NOT_A_NAME:
                names.add(name.split()[-1])
    return names


def _term_person(text: str, s: Sentence, at: int) -> object:
    """Whose prison term the sentence gives: a surname, "anon" for a person it does not name
    (a restatement of the term of the one defendant), or a key of its own when it cannot tell."""
    anon = TERM_ANON.match(text)
    if anon:  # "he" and "a man" may restate each other's term, not "a man" and "a woman"
        return "anon-m" if anon.group("m") else "anon-f" if anon.group("f") else "anon"
    m = TERM_NAMED.match(text)
    if m and m.group("name").split()[0].lower() not in NOT_A_NAME:
        return m.group("name").split()[-1].lower()
    return (s.start, at)


def _same_term(a: tuple, b: tuple) -> bool:
    """Two per-person terms restate one: the same years, for the same person or one not named."""
    if a[1] != b[1]:
        return False
    if a[3] == b[3] or "anon" in (a[3], b[3]):
        return True
    anon = [k for k in (a[3], b[3]) if isinstance(k, str) and k.startswith("anon-")]
    return len(anon) == 1  # one named person, one not named: the same defendant


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)


def _singular_seized(text: str, m: re.Match, listed: bool = False) -> bool:
    """'a van' counts only as something seized: after a seizing verb, or followed by 'was seized',
    or as an item of a list of seized things (`listed`)."""
    if NOT_AFTER_PREP.search(text[:m.start()]) or OFFENCE_BEFORE.search(text[:m.start()]):
        return False
    return listed or bool(SEIZE_BEFORE.search(text[:m.start()]) or SEIZE_AFTER.search(text[m.end():]))


# ---------------------------------------------------------------------------- settling


def _close_enough(loose: Outcome, exact: Outcome) -> bool:
    """Is `loose` (a qualified figure) a restatement of the exact figure `exact`?"""
    a, b = _pair(loose, exact)
    if a is None or b is None:
        return False
    if loose.qualifier in ("more_than", "at_least"):
        return a <= b <= a * 1.35 + 1
    if loose.qualifier == "approximately":
        return abs(a - b) <= 0.15 * max(a, b) + 0.5
    return False


def settle(found: list[_Found], terms: list[tuple[Sentence, float, str, object]]) -> list[Outcome]:
    """Merge restatements; see the module docstring."""
    # a per-person list of prison terms becomes one outcome when no exact total is given; a
    # qualified total ("more than 16 years") then restates the sum
    custody = [f.outcome for f in found if f.outcome.type == "custodial_sentence"]
    if terms and all(o.qualifier not in ("exact", "vague") for o in custody):
        body = [t for t in terms if not t[0].in_headline] or terms
        distinct: list[tuple] = []
        for t in body:
            if not any(_same_term(t, d) for d in distinct):
                distinct.append(t)
        body = distinct
        s = body[0][0]
        total = sum(t[1] for t in body)
        if abs(total * 12 - round(total * 12)) < 0.01:
            total = round(total * 12) / 12  # whole months, each rounded: 9.3333 + 6.8333 is 16 years 2 months
        total = round(total, 4)
        summed = Outcome(type="custodial_sentence", count=float(len(body)), years=total, qualifier="exact",
                         note="; ".join(t[2] for t in body), span=Span(s.start, s.end))
        if all(_close_enough(o, summed) for o in custody):
            found.append(_Found(summed, s.in_headline, False, len(found)))
    found = _join_named(found)
    found = _drop_one_by_one(found)
    found = _count_the_group(found, terms)
    # body first, so that a body figure is kept over its headline restatement
    items = sorted(found, key=lambda f: (f.headline, f.order))
    numeric = [f for f in items if f.outcome.qualifier != "vague"]
    kept: list[_Found] = []
    for f in numeric:
        o = f.outcome
        same = [k for k in kept if _kind(k.outcome) == _kind(o)]
        if not f.another and any(_same_figure(o, k.outcome) for k in same):
            continue
        if f.singular and any(_bigger_elsewhere(k, f) for k in same):
            continue
        # a qualified figure restates an exact one close to it; a headline's restates any body figure
        # (or any figure stated more precisely: "more than 300 plants" and "312 plants, worth around £280,000")
        exact = [k for k in same if (k.outcome.qualifier == "exact" or (f.headline and not k.headline)
                                     or _more_precise(k.outcome, o)) and _close_enough(o, k.outcome)]
        if o.qualifier != "exact" and exact:
            _take_count(exact[0].outcome, o)
            continue
        rounded = [k for k in same if not k.headline and not k.rounded and _rounded_restatement(o, k.outcome)]
        if (f.headline or f.rounded) and o.qualifier == "exact" and rounded:
            _take_count(rounded[0].outcome, o)
            continue
        # a qualified figure kept earlier gives way to this exact one
        if o.qualifier == "exact":
            loose = [k for k in kept if _kind(k.outcome) == _kind(o) and k.outcome.qualifier != "exact"
                     and _close_enough(k.outcome, o)]
            for k in loose:
                _take_count(o, k.outcome)
            if not f.rounded:  # "half a kilo", read before the "507g" it restates
                loose += [k for k in kept if _kind(k.outcome) == _kind(o) and k.rounded and not k.headline
                          and _rounded_restatement(k.outcome, o)]
            kept = [k for k in kept if k not in loose]
            if not f.singular:
                kept = [k for k in kept if not (_kind(k.outcome) == _kind(o) and _bigger_elsewhere(f, k))]
        elif o.qualifier != "vague":
            kept = [k for k in kept if not (_kind(k.outcome) == _kind(o) and k.outcome.qualifier not in ("exact", "vague")
                                            and _more_precise(o, k.outcome) and _close_enough(k.outcome, o))]
        kept.append(f)
    out = [k.outcome for k in kept]
    seen_vague: set[tuple] = set()
    # a vague amount of a named drug stands beside figures for other drugs
    # ("cannabis worth £32,000, a quantity of cocaine"); it gives way to a figure for the same drug
    for f in items:
        o = f.outcome
        if o.qualifier != "vague" or not f.drugs:
            continue
        key = (o.type, f.drugs)
        if key in seen_vague or any(k.outcome.type == o.type and k.drugs & f.drugs for k in kept):
            continue
        seen_vague.add(key)
        out.append(o)
    for f in items:
        o = f.outcome
        if o.qualifier != "vague" or f.drugs:
            continue
        key = (o.type, o.weapon)
        if key in seen_vague or any(k.type == o.type and (o.type != "weapon_seizure" or k.weapon == o.weapon) for k in out):
            continue
        seen_vague.add(key)
        out.append(o)
    return sorted(out, key=lambda o: (o.span.start if o.span else 0))


def _join_named(found: list[_Found]) -> list[_Found]:
    """People arrested or convicted by name in different sentences add up ("Morgan-Price was
    arrested at the flat." ... "Lloyd-Jones was arrested later that day." is 2); a name given
    again adds nothing."""
    for type_ in ("arrest", "conviction"):
        named = [f for f in found if f.outcome.type == type_ and f.names]
        if len(named) < 2:
            continue
        union = frozenset().union(*(f.names for f in named))
        if len(union) == max(len(f.names) for f in named):
            continue
        keep = next((f for f in named if not f.headline), named[0])
        keep.outcome.count = float(len(union))
        keep.names, keep.singular = union, False
        found = [f for f in found if f is keep or f not in named]
    return found


def _count_the_group(found: list[_Found], terms: list) -> list[_Found]:
    """ "They were convicted" with no count before it: as many as the people then given prison terms
    one by one ("- Andre Campbell ... nine years", "- Jerome Lister ... six years" is 2); dropped when
    that tells nothing or another sentence counts those convicted."""
    pending = [f for f in found if f.pending]
    if not pending:
        return found
    people: list[tuple] = []
    for t in (t for t in terms if not t[0].in_headline):
        if not any(_same_term(t, p) for p in people):
            people.append(t)
    counted = any(f.outcome.type == "conviction" and not f.pending for f in found)
    if counted or len(people) < 2:
        return [f for f in found if not f.pending]
    for f in pending:
        f.outcome.count = float(len(people))
    return found


def _drop_one_by_one(found: list[_Found]) -> list[_Found]:
    """People arrested one by one who make up a count the body gives are that count told again:
    "Two men have been arrested ... A 41-year-old man was arrested at the house ... A 34-year-old
    man was arrested" is 2 (a single person beside a larger count stays: a total and its breakdown)."""
    ones = [f for f in found if f.outcome.type == "arrest" and f.singular and f.outcome.count == 1 and not f.headline]
    people = {f.who for f in ones if f.who is not None and not f.who.startswith(" ")}
    if len(ones) < 2 or len(people) < 2:
        return found
    counts = [f for f in found if f.outcome.type == "arrest" and not f.singular and f.outcome.qualifier == "exact"]
    if not any(f.outcome.count == len(people) for f in counts):
        return found
    return [f for f in found if f not in ones]


def _more_precise(a: Outcome, b: Outcome) -> bool:
    """Is the figure of `a` given with more significant digits than the same figure of `b`, in another
    sentence (two figures of one sentence are two things)?"""
    if a.span == b.span:
        return False
    x, y = _pair(a, b)
    return x is not None and y is not None and significant_digits(x) > significant_digits(y)


def _take_count(keep: Outcome, restatement: Outcome) -> None:
    """A prison total kept over its restatement takes the number of people the restatement gives
    ("seven jailed for more than 45 years" ... "a total of 45 and a half years")."""
    if keep.type == "custodial_sentence" and keep.count is None and restatement.count is not None:
        keep.count = restatement.count


def _bigger_elsewhere(big: _Found, one: _Found) -> bool:
    """A singular mention ("a man was arrested") restates a larger count from another sentence;
    in the same sentence it is an item of its own ("three knives and a machete")."""
    if one.outcome.type == "arrest" and not one.headline and not big.headline:
        return False  # "52 were arrested ... He was arrested at the station": a total and its breakdown
    return one.singular and (_main_number(big.outcome) or 0) > 1 and big.outcome.span != one.outcome.span


def _numbers(o: Outcome) -> tuple:
    return (o.count, o.years, o.value_gbp, o.quantity, o.unit)


def _rounded_restatement(headline: Outcome, body: Outcome) -> bool:
    a, b = _pair(headline, body)
    if a is None or b is None or a == b:
        return False
    return abs(a - b) <= 0.05 * max(a, b) and significant_digits(a) <= significant_digits(b)


# ---------------------------------------------------------------------------- entry point

# the heading of the notes to editors at a release's foot: "Notes to editors", "Editor's notes", "ENDS"
EDITORS_NOTES = _rx(
    r"^[\W_]*(?:notes?\s+(?:to|for)\s+(?:news\s+)?editors?|editor'?s'?\s+notes?|ends)[\W_]*$"
)


# "Related: Three arrested in Cwmbran drugs warrant | ...", "Read more: ..."
RELATED = _rx(r"^[\W_]*(?:related(?:\s+(?:news|stories|articles|content))?|read\s+more|see\s+also|more\s+news|you\s+may\s+also\s+like)\s*:")


def find_outcomes(doc: Document, gaz: Gazetteer | None = None) -> list[Outcome]:
    """Every outcome the release states, each with the span of the sentence it came from."""
    reader = _Reader()
    for s in doc.sentences:
        if not s.in_headline and EDITORS_NOTES.match(s.text):
            break  # the boilerplate about the force below it states no outcome of this work
        if RELATED.match(s.text):
            continue  # links to other releases
        reader.read(s)
    return settle(reader.found, reader.terms)
