"""What kind of source a phrase names: publication, official, person, anonymous, document, ..."""

from __future__ import annotations

import re

from wirecheck.publications import is_generic_publication_reference, looks_like_publication

_ANONYMOUS = re.compile(
    r"""\b(?:familiar\s+with|with\s+knowledge|knowledgeable|aware\s+of|briefed\s+on|
    (?:on\s+)?condition\s+of\s+anonymity|unnamed|anonymous|not\s+authori[sz]ed|declined\s+to\s+be\s+named|
    not\s+involved\s+in|
    close\s+to\s+the)\b|
    ^(?:the|a|an|one|two|three|several|multiple|some|other)\s+(?:\w+\s+){0,3}?
    (?:sources?|insiders?|people|persons?)$|^sources?\b""",
    re.IGNORECASE | re.VERBOSE,
)
_GROUP_TAIL = r"(?:\s+(?:at|with|from|for|in)\s+.*)?$"  # 'Analysts at Jefferies'
_UNNAMED_GROUP = re.compile(
    r"^(?:the\s+|a\s+|an\s+|some\s+|several\s+|multiple\s+|current\s+and\s+former\s+)?"
    r"(?:[A-Z][\w.]*\s+|[a-z][\w-]*\s+(?=(?:[\w-]+\s+)?(?:officials?|aides?|diplomats?|analysts?|experts?)\b))*"
    r"(?:officials?|sources?|aides?|people|diplomats?|insiders?|analysts?|experts?)" + _GROUP_TAIL,
)
# People the text counts but does not name, by what they are ("Security researchers", "Residents",
# "Some critics"); not "the researchers", whom the story has already introduced.
_UNNAMED_PEOPLE = re.compile(
    r"^(?:some\s+|several\s+|many\s+|other\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:researchers|scientists|economists|witnesses|residents|passengers|critics|advocates|users|customers|voters|"
    r"shoppers|fans|readers|locals|neighbou?rs|survivors|parents|workers|employees|staff)" + _GROUP_TAIL,
    re.IGNORECASE)
# Reports the text does not say whose they are: "according to reports", "local media reports".
_UNNAMED_REPORTS = re.compile(r"^(?:(?:some|several|many|other|multiple|unconfirmed|earlier|recent|local|media|news|"
                              r"press)\s+){0,3}reports$", re.IGNORECASE)
# What a person does, by its ending: "strategist", "lawyer", "professor", "neurologist", "resident".
PERSON_NOUN = re.compile(r"(?:ist|er|or|ian|ant|ent|person|man|woman)$")
# Someone the text describes but does not name: "one neurologist", "an economist at a big bank";
# not a spokesperson, who speaks for an office.
_UNNAMED_PERSON = re.compile(
    r"^(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:[a-z]+(?:ist|ian)|expert|researcher|doctor|lawyer|attorney|professor|teacher|student|resident|witness|"
    r"worker|employee|official|diplomat|aide|adviser|advisor|consultant|executive|investor|trader|banker|engineer|"
    r"nurse|officer|soldier|voter|supporter|critic|member|neighbou?r|survivor|passenger|driver|owner|customer|"
    r"user|fan|parent|shopper|viewer|reader|follower|patient|victim|tenant|man|woman|person)"
    r"(?:\s+(?:at|with|from|for|in)\s+.*)?$")
_OFFICIAL = re.compile(
    r"""\b(?:spokes(?:person|man|woman)|press\s+secretary|minister|ministry|secretary|president|presidency|
    official|ambassador|embassy|government|administration|kremlin|pentagon|white\s+house|
    downing\s+street|department|agency|police|military|army|navy|air\s+force|armed\s+forces|general\s+staff|
    campaign|council|commission|senator|
    governor|mayor|prosecutors?|court|parliament|congress|cabinet|intelligence|chancellor|treasury|
    whitehall|no\.?\s+10|palace|ministers|judges?|justices|jury|magistrates?|authorities|regulators?|
    lawmakers|legislators|prefect(?:ure)?|coast\s?guard|gendarmerie|fire\s+(?:service|brigade)|
    office(?!\s+(?-i:[A-Z])))\b""",  # 'the statistics office', not 'Office Depot'
    re.IGNORECASE | re.VERBOSE,
)
# Public agencies and unions of states known by their initials, which no noun in their name gives away ("the FBI").
_AGENCY_INITIALS = re.compile(
    r"\b(?:FBI|CIA|NSA|DHS|DOJ|SEC|FDA|EPA|FAA|NTSB|NHTSA|CDC|NIH|IRS|FTC|FCC|FEMA|ATF|DEA|TSA|CFPB|OSHA|NASA|"
    r"NHS|MI5|MI6|GCHQ|FSB|SBU|EU|UN|NATO|IMF|WTO|OECD|WHO|ECB|IAEA|UNICEF)\b")
# Outlets a government runs, named by what they are: "Chinese state media", "state-run television".
_STATE_MEDIA = re.compile(
    r"\bstate(?:-run|-controlled|-owned)?\s+(?:media|television|tv|broadcaster|news\s+agency|press)\b", re.IGNORECASE)
# A phrase naming a document, maybe with who issued or has seen it: "court filings", "court records
# reviewed by The Oregonian", "a poll by Ifop published last week", "figures from the statistics office".
_DOCUMENT = re.compile(
    r"\b(?P<document>reports?|books?|statements?|filings?|documents?|memos?|letters?|study|studies|surveys?|"
    r"lawsuits?|complaints?|indictments?|transcripts?|records|data|polls?|affidavits?|warrants?|rulings?|emails?|"
    r"testimony|figures|minutes|estimates?|results|chronology|research|tall(?:y|ies)|counts?|audits?|census)"
    r"(?:\s+(?:(?:reviewed|seen|obtained|filed|released|published|posted|cited|issued)\s+)?"
    r"(?:by|on|in|with|from|of|alongside)\b.*)?$",
    re.IGNORECASE,
)
# A body's name the tagger may miss: "the Centers for Disease Control and Prevention"; or a
# phrase ending in a noun for one ("the PCS union", "the company") is one too.
_BODIES = (r"Centers?|Institut(?:e|ion)s?|Association|Foundation|University|College|Bureau|Commission|Committee|"
           r"Board|Society|Federation|Organi[sz]ation")
_INSTITUTION = re.compile(rf"\b[A-Z]\w*\s+(?:[A-Z]\w*\s+)*(?:{_BODIES}|Corporation|Company|Group|Trust|Fund)\b"
                          rf"|\b(?:{_BODIES})\s+(?:for|of|on)\s+[A-Z]")
# Nouns for an organisation, which make the name beside them one ("SpaceX's exploration company",
# "contractor SpaceX", "the regulator Ofwat") and are never "he" or "she".
ORGANISATION_NOUNS = {
    "company", "firm", "corporation", "startup", "subsidiary", "conglomerate", "maker", "manufacturer",
    "automaker", "carmaker", "retailer", "contractor", "supplier", "airline", "utility", "lender", "insurer",
    "regulator", "watchdog", "agency", "charity", "broadcaster", "chain", "bank", "board", "institute", "fund",
    "railroad", "railway", "giant",  # 'the tech giant'
}
# What a body is, written after its name: "the CGT union", "the Labour party", "UAW" for "United Auto
# Workers union".
BODY_NOUNS = {"union", "party", "group", "company", "agency", "organization", "organisation"}
_PUBLIC_BODY_NOUNS = {"regulator", "watchdog", "agency"}
COMPANY_NOUNS = {"company", "firm", "corporation", "conglomerate", "startup"}
# Bodies no one calls "the company": "the University of Washington", "the Mayo Foundation".
_NO_BUSINESS = re.compile(r"\b(?:University|College|School|Academy|Institut(?:e|ion)|Foundation|Association|Society|"
                          r"Federation|Museum|Church|Charity)\b")
SOCIAL_PLATFORMS = ("X", "Twitter", "Facebook", "Instagram", "TikTok", "Telegram", "Truth Social", "Threads",
                    "Bluesky", "YouTube", "LinkedIn")
_SOCIAL = re.compile(r"\b(?:post|tweet|tweets|posts|thread|video)\b.*\b(?:on\s+)?(?:"
                     + "|".join(p.replace(" ", r"\s+") for p in SOCIAL_PLATFORMS) + r")\b|\bon\s+(?:X|Twitter)\b")


# "the company", "Unions", "A union representing Skyline mechanics", "A ransomware group".
_BODY_WORDS = "|".join(sorted(ORGANISATION_NOUNS | BODY_NOUNS | {"club"}))
_BODY_PHRASE = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){{0,2}}?(?:{_BODY_WORDS})s?"
    r"(?:\s+(?:representing|of|for|that|which|who|at|in|from)\b.*)?$", re.IGNORECASE)


def could_be_called(name: str, noun: str, company: bool = False) -> bool:
    """Whether an organisation's name fits a noun for it: a ministry, court or university is no
    "company", any body but a company may be "the agency" or "the regulator"."""
    if noun in _PUBLIC_BODY_NOUNS:
        return not company
    return not _is_official(name) and not (noun in COMPANY_NOUNS and _NO_BUSINESS.search(name))


def _is_official(text: str) -> bool:
    return bool(_OFFICIAL.search(text) or _AGENCY_INITIALS.search(text))


def is_anonymous(text: str) -> bool:
    """'people familiar with the matter', 'the source', 'current and former officials', 'one
    neurologist', 'media reports'."""
    text = " ".join(text.split())
    opening_lowered = text[:1].lower() + text[1:]  # 'Officials say' opens its sentence
    return bool(_ANONYMOUS.search(text) or _UNNAMED_GROUP.match(text) or _UNNAMED_GROUP.match(opening_lowered)
                or _UNNAMED_PERSON.match(opening_lowered)
                or (_UNNAMED_PEOPLE.match(text) and not text.lower().startswith("the "))
                or _UNNAMED_REPORTS.match(text))


def classify(text: str, label: str | None) -> str:
    """The contract's source kind for a phrase, given the entity label of the name in it, if any."""
    text = " ".join(text.split())
    if _SOCIAL.search(text):
        return "social_media"
    if is_generic_publication_reference(text) or looks_like_publication(text) or _STATE_MEDIA.search(text):
        return "publication"
    if label != "PERSON" and is_anonymous(text):
        return "anonymous"
    document = _DOCUMENT.search(text)
    if document and not (label == "ORG" and document["document"][:1].isupper()):
        return "document"  # not a body named like one: 'the U.S. Geological Survey'
    if _is_official(text):
        return "official"
    if label == "PERSON":
        return "person"
    if label in {"ORG", "GPE", "NORP"}:
        return "official" if label == "GPE" else "organization"
    return "organization" if _INSTITUTION.search(text) or _BODY_PHRASE.match(text) else "other"
