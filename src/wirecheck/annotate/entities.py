"""Named-entity mentions per article, with surnames the tagger missed added back.

The small English model tags "Elon Musk" but often misses or mislabels a later bare "Musk";
any capitalised token equal to the last name of a PERSON in the same article is a mention of
that person too, and "Northwind" after "Northwind Motors" one of that company.
"""

from __future__ import annotations

import re
from importlib import resources

from spacy.tokens import Span, Token

from wirecheck.annotate.document import AnnotatedArticle, EntityMention
from wirecheck.annotate.source_kinds import ORGANISATION_NOUNS, PERSON_NOUN
from wirecheck.datelines import dateline_spans, in_dateline
from wirecheck.publications import known_outlet

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
PERSON_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "mayor", "president", "senator", "sen", "rep", "representative",
    "governor", "gov", "minister", "secretary", "chancellor", "judge", "spokesman", "spokeswoman",
    "spokesperson", "member", "chairman", "chairwoman", "chair", "ceo", "director", "commissioner",
    "ambassador", "general", "gen", "colonel", "captain", "officer", "sheriff", "chief", "professor",
    "king", "queen", "prince", "princess", "pope", "lawyer", "attorney", "economist", "analyst",
    "lt", "lieutenant", "sgt", "sergeant", "capt", "col", "adm", "admiral", "det", "detective", "cpl", "corporal",
    "insp", "inspector", "supt", "superintendent", "constable", "trooper",
}
# Roles held in an organization: "the founder of SpaceX", "the CEO of Tesla and SpaceX".
_ROLES_IN = {"founder", "cofounder", "co-founder", "owner", "ceo", "chief", "executive", "officer", "chairman",
             "chairwoman", "shareholder", "investor", "employee", "employees", "subsidiary"}
# Roles only a person holds, set beside a name: 'a political scientist', 'the head of', 'a historian'.
_PERSONS_ROLES = PERSON_TITLES - {"member", "general", "chair"} | {"head", "leader", "founder", "cofounder"}
_PERSONS_TRADE = re.compile(r"[a-z]{3}(?:ist|ian)$")
_BODIES_ROLES = {"organiser", "organizer", "sponsor", "operator", "owner", "provider", "producer", "publisher",
                 "developer", "member", "partner", "supplier", "distributor", "promoter", "backer", "investor",
                 "shareholder", "client", "customer", "buyer", "seller", "creditor", "donor", "defendant", "plaintiff"}
# What only a company has, named by its name alone: 'Halden shares', 'a Halden spokeswoman' (a place has none).
_ONLY_COMPANIES_HAVE = {"share", "stock", "shareholder", "spokesman", "spokeswoman", "spokesperson", "dealer",
                        "dealership"}
_TAGGED_NOT_PEOPLE = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}  # places and peoples stay
# Last words of company names: "Harwick Estates", "Meridian Holdings", "Apex Pharmaceuticals plc".
CORPORATE_ENDINGS = {"inc", "corp", "corporation", "ltd", "limited", "llc", "plc", "co", "group", "holdings",
                     "estates", "properties", "partners", "capital", "industries", "technologies", "systems",
                     "airlines", "airways", "motors", "pharmaceuticals", "pharmacies", "ventures", "enterprises",
                     "labs", "homes", "foods", "brands", "therapeutics", "biosciences", "electronics", "robotics",
                     "logistics", "aerospace", "studios", "hotels", "resorts", "stores", "shipping", "energy",
                     "petroleum", "chemicals", "communications", "networks", "software", "semiconductors", "insurance",
                     "mining", "metals", "steel", "beverages", "media", "bancorp"}
_LEGAL_FORMS = {"inc", "corp", "co", "ltd", "llc", "plc"}
# Lower-case words of a family name: 'Ursula von der Leyen', 'Luiz Inácio Lula da Silva', 'Vincent van Gogh'.
_NAME_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "le", "la",
                   "bin", "ibn", "ter", "ten", "zu"}
_ARABIC_ARTICLE = re.compile(r"^[AaEe]l-(?=[A-Z])")  # 'al-Sisi', 'el-Sissi', 'Al-Thani'
# Words for a business set before its name that no person's trade shares ('the startup Helix Launch',
# 'US start-up Helix', 'chipmaker Lumora'); 'manufacturer Ron Johnson' may be a person.
_BUSINESS_BEFORE_NAME = re.compile(r"\b(?:company|firm|corporation|conglomerate|start-?up|subsidiary|airline|carrier|"
                                   r"carmaker|automaker|chipmaker|drugmaker|planemaker|bank|lender)\s+$")
_KIND_BEFORE_NAME_TOKENS = 3  # 'start-up' is three tokens
# The brief in a title before a name: "Transport Secretary Daniel Marsh", "Finance Minister ...".
_MINISTERIAL_TITLE = re.compile(r" (?:Secretary|Minister)\b")
_LEADING_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s+(?=[A-Z])")
# Who a person is, written before their name in the British press ('Widow Helen Marsh',
# 'Grandfather-of-two Tom Hill'), which the tagger takes into the name.
_LEADING_DESCRIPTION = re.compile(r"^(?:Widow|Widower|Pensioner|Retiree|Teenager|Schoolgirl|Schoolboy|Student|Nurse|"
                                  r"Mum|Dad|Mother|Father|Grandmother|Grandfather|Grandad|Gran)(?:-of-\w+)?\s+"
                                  r"(?=[A-Z]\w*\s+[A-Z])")
# Initialisms of common nouns, which the tagger takes for organisations: 'AI chips', 'its IPO'.
_COMMON_INITIALISMS = {"AI", "IPO", "IPOs", "CEO", "CEOs", "CFO", "COO", "CTO", "GDP", "EV", "EVs", "ETF", "ETFs",
                       "NFT", "NFTs", "VAT", "DNA", "RNA", "PhD", "TV", "IT", "HR", "PR", "GPU", "GPUs", "CPU", "SUV",
                       "SUVs", "ESG", "LNG", "AGM", "Q1", "Q2", "Q3", "Q4"}
# A country by its initials, which the tagger may take for an organisation ('US start-up Helix').
_COUNTRY_INITIALS = re.compile(r"^(?:U\.?S\.?(?:A\.?)?|U\.?K\.?)$")
_COUNTRIES = frozenset(line for line in resources.files("wirecheck.annotate").joinpath("countries.txt")
                       .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
_NAMED_STORM = re.compile(r"^(?:Hurricane|(?:Super\s+)?Typhoon|Cyclone|Tropical\s+Storm|Storm)\s+[A-Z]")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_NOISE = re.compile(r"^(?:(?:between|and|of|with)\s+|(?-i:the\s+(?=[A-Z])))", re.IGNORECASE)
# 'Lake and' in 'Lake and Trumbull counties', 'United the' in 'given United the lead', a score: 'United 2-1'
_TRAILING_NOISE = re.compile(r"\s+(?:and|or|of|the|\d+[-–]\d+)$")
_UNCLOSED_PARENTHESIS = re.compile(r"\s*\([^)]*$")
_AROUND_NAMES = " ,.;:-–—\"“”'‘’"
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.)+[A-Za-z]$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd)$")


def clean_name(text: str) -> str:
    """A mention's name without possessive ending, stray leading function words or punctuation
    around it, or a parenthesis it leaves open ('The World Health Organization (WHO'); an
    abbreviation keeps its closing period ('the U.S.', 'Sammy Davis Jr.')."""
    text = _UNCLOSED_PARENTHESIS.sub("", " ".join(text.split()))
    text = _POSSESSIVE.sub("", _TRAILING_NOISE.sub("", _LEADING_NOISE.sub("", text)))
    name = text.rstrip(_AROUND_NAMES)
    period = "." if text[len(name):].startswith(".") and _ABBREVIATION_END.search(name) else ""
    return name.lstrip(_AROUND_NAMES) + period


def is_named_storm(name: str) -> bool:
    return bool(_NAMED_STORM.match(name))


def _names_a_fire(ent: Span) -> bool:
    return ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in {"fire", "wildfire", "blaze"}


def ends_like_a_company(name: str) -> bool:
    """'Harwick Estates', 'Lyra Technologies Inc.'."""
    return name.split()[-1].rstrip(".").lower() in CORPORATE_ENDINGS


def add_entities(annotated: AnnotatedArticle) -> None:
    doc = annotated.doc
    covered = set()
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or covered.intersection(range(ent.start, ent.end)):
            continue  # or the end of a name before it: 'Leyen' after 'Ursula von der'
        ent = _with_family_name(_with_head_word(_with_possessor(ent)))
        name, label = clean_name(ent.text), ent.label_
        if _LEADING_HONORIFIC.match(name) and label in _TAGGED_NOT_PEOPLE | {"PERSON"}:
            name, label = _LEADING_HONORIFIC.sub("", name), "PERSON"  # 'Prof Martin Hale' is Martin Hale
        elif label == "PERSON" and _LEADING_DESCRIPTION.match(name):
            name = _LEADING_DESCRIPTION.sub("", name)
        elif is_named_storm(name) or (label == "PERSON" and _names_a_fire(ent)):
            label = "EVENT"  # 'Hurricane Delia', 'the Ridge fire': a person to the tagger
        elif _is_country(name):
            label = "GPE"
        if not name or not name[0].isupper() or name.replace(".", "") in _COMMON_INITIALISMS \
                or _is_brief(ent, annotated.article.text):  # 'AI', also 'A.I.'
            continue
        start = ent.start_char + ent.text.find(name) if name in ent.text else ent.start_char
        annotated.mentions.append(EntityMention(name, label, start, start + len(name), annotated.sentence_at(start)))
        covered.update(range(ent.start, ent.end))
    _add_missed_companies(annotated, covered)
    _relabel_businesses(annotated)
    _relabel_described_people(annotated)
    _relabel_datelines(annotated)
    _add_described_people(annotated, covered)
    _add_missed_surnames(annotated, covered)
    _add_missed_short_names(annotated, covered)
    annotated.mentions.sort(key=lambda mention: mention.start)


def _with_possessor(ent: Span) -> Span:
    """'Alzheimer's Society', which the tagger reads as 'Society' owned by Alzheimer."""
    if ent.label_ != "ORG" or ent.start < 2:
        return ent
    owner, case = ent.doc[ent.start - 2], ent.doc[ent.start - 1]
    named_by_owner = case.dep_ == "case" and owner.dep_ == "poss" and owner.pos_ == "PROPN" \
        and owner.head.i in range(ent.start, ent.end) and not owner.ent_type_ and not owner.whitespace_
    return Span(ent.doc, ent.start - 2, ent.end, label=ent.label_) if named_by_owner else ent


def _with_head_word(ent: Span) -> Span:
    """'The Office of the U.S. Trade Representative', which the tagger cuts before the word that ends
    its 'of' phrase; not 'The Bank of England' in 'The Bank of England Governor said'."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or len(ent) < 2:
        return ent
    head = doc[ent.end]
    ends_its_phrase = head.dep_ == "pobj" and ent.start <= head.head.i < ent.end
    if head.pos_ == "PROPN" and ent[-1].head.i == head.i and head.text[:1].isupper() and ends_its_phrase:
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    return ent


def _with_family_name(ent: Span) -> Span:
    """'Ursula von der Leyen', which the tagger cuts after 'der', taking 'Leyen' for a place, and
    'Abdel Fattah el-Sissi', cut before 'el-Sissi'."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON":
        return ent
    if end + 2 < len(doc) and _ARABIC_ARTICLE.match(doc[end:end + 3].text) and ent[-1].whitespace_:
        return Span(doc, ent.start, end + 3, label="PERSON")
    if ent[-1].text not in _NAME_PARTICLES:
        return ent
    while end < len(doc) and doc[end].text in _NAME_PARTICLES:
        end += 1
    return Span(doc, ent.start, end + 1, label="PERSON") if end < len(doc) and doc[end].is_title else ent


def family_name(name: str) -> str | None:
    """The family name that begins with a particle: 'von der Leyen' of 'Ursula von der Leyen',
    'el-Sissi' of 'Abdel Fattah el-Sissi'."""
    words = name.split()
    if len(words) >= 2 and _ARABIC_ARTICLE.match(words[-1]):
        return words[-1]
    first = next((i for i, word in enumerate(words[1:-1], start=1) if word in _NAME_PARTICLES), None)
    return " ".join(words[first:]) if first is not None and words[-1][:1].isupper() else None


def _surname(name: str) -> str | None:
    """The one word a person is called by alone: 'Musk', 'Sisi' of 'Abdel Fattah al-Sisi'; none for a
    family name of several words ('von der Leyen')."""
    words = name.split()
    if len(words) < 2 or (family_name(name) and not _ARABIC_ARTICLE.match(words[-1])):
        return None
    return _ARABIC_ARTICLE.sub("", words[-1])


def _is_brief(ent: Span, text: str) -> bool:
    """'Transport' in 'Transport Secretary Daniel Marsh': a word of a title, not a name."""
    return len(ent) == 1 and bool(_MINISTERIAL_TITLE.match(text, ent.end_char))


def _is_country(name: str) -> bool:
    """'US', 'UK', 'Mozambique': a country, never relabelled an organisation."""
    return bool(_COUNTRY_INITIALS.match(name)) or name in _COUNTRIES


def _relabel_businesses(annotated: AnnotatedArticle) -> None:
    """The small model tags some organisations as people, places or works ("SpaceX", "Ofwat",
    "Thames Water"); where the article shows a name is one ("the founder of SpaceX", "the
    regulator Ofwat"), all its mentions there are ORG; so are names ending like a company's
    ("Harwick Estates") and their short names where the tagger took them for people or, used as
    nouns, for a nationality, and news outlets ("Bloomberg" is no place, though it may be a person).
    A one-word name the tagger took for an organisation standing alone is one wherever it took it for a
    person, unless it is a word of a person's name there ('Meta said it would appeal', after 'Meta
    abused ...'; but not 'Trump said' after 'the Trump campaign')."""
    organisations = set()
    for mention in annotated.mentions:
        if mention.label != "ORG" and not _is_country(mention.text):  # 'the US aviation regulator'
            span = annotated.span_of(mention)
            if span is not None and _is_organisation(span, tagged_person=mention.label == "PERSON"):
                organisations.add(mention.text)
    # 'Helix' after 'the startup Helix Launch'
    short_names = short_company_names(annotated) | {name.split()[0] for name in organisations if name.count(" ") == 1}
    for mention in annotated.mentions:
        if mention.text in organisations or (mention.label != "PERSON" and known_outlet(mention.text)) \
                or ends_like_a_company(mention.text):
            mention.label = "ORG"
        elif mention.label == "PERSON" and mention.text in short_names:
            mention.label = "ORG"  # 'Lyra' after 'Lyra Technologies Inc.'; but 'Malaysia' is no 'Malaysia Airlines'
        elif mention.label == "NORP" and mention.text in short_names and _stands_alone(mention, annotated):
            mention.label = "ORG"  # 'Meridian declined to comment' after 'Meridian Health Systems'
    bodies = {m.text for m in annotated.mentions
              if m.label == "ORG" and " " not in m.text and _stands_alone(m, annotated)}
    people_words = {word for m in annotated.mentions
                    if m.label == "PERSON" and " " in m.text for word in m.text.split()}
    for mention in annotated.mentions:
        if mention.label == "PERSON" and mention.text in bodies - people_words:
            mention.label = "ORG"


def _stands_alone(mention: EntityMention, annotated: AnnotatedArticle) -> bool:
    """A name used as a noun ('American said ...'), not as a word describing one ('American officials')."""
    span = annotated.span_of(mention)
    return span is not None and span.root.dep_ not in {"amod", "compound"}


def _relabel_described_people(annotated: AnnotatedArticle) -> None:
    """A name the tagger took for an organisation that an apposition says is a person's: 'Marina
    Costa Lobo, a political scientist at ...', 'Oleksandr Vilkul, the head of the city's military
    administration'; not 'Extinction Rebellion, the organiser of the march', which bodies can be."""
    people = set()
    for mention in annotated.mentions:
        if mention.label in _TAGGED_NOT_PEOPLE:
            span = annotated.span_of(mention)
            if span is not None and any(c.dep_ == "appos" and _holds_a_persons_role(c) for c in span.root.children):
                people.add(mention.text)
    for mention in annotated.mentions:
        if mention.text in people:
            mention.label = "PERSON"


def _holds_a_persons_role(noun: Token) -> bool:
    role = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (role in _PERSONS_ROLES or bool(_PERSONS_TRADE.search(role)))


def describes_a_person(noun: Token) -> bool:
    """'the minority leader', 'a Democratic strategist', 'a resident': a noun only a person is called."""
    return _holds_a_persons_role(noun) or _may_be_a_persons_trade(noun)


def _may_be_a_persons_trade(noun: Token) -> bool:
    """'a resident', 'a Democratic consultant': a person's, by its ending, unless bodies are called so too."""
    role = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and bool(PERSON_NOUN.search(role)) and role not in ORGANISATION_NOUNS | _BODIES_ROLES


def _relabel_datelines(annotated: AnnotatedArticle) -> None:
    """A dateline names a place ("PAINESVILLE —", which the tagger reads as an organisation); the
    wire after it ("(AP)") stays what it is."""
    text = annotated.article.text
    places = [(start, _before_wire(text, start, end)) for start, end in dateline_spans(text)]
    for mention in annotated.mentions:
        if any(start <= mention.start and mention.end <= end for start, end in places):
            mention.label = "GPE"


def _before_wire(text: str, start: int, end: int) -> int:
    wire = text.find("(", start, end)
    return end if wire == -1 else wire


def _is_organisation(name: Span, tagged_person: bool) -> bool:
    """'the SpaceX exploration company', 'contractor SpaceX', 'the regulator Ofwat', 'Nordline, the
    shipping company,', 'the founder of SpaceX', 'the startup Helix Launch' (however the parser hangs
    its words) and where a person works ('an analyst at Forrester'); not 'manufacturer Ron Johnson', a
    person's trade, when the tagger took the name for a person, nor 'the firm Jane Doe founded'."""
    root = name.root
    while root.dep_ == "conj":  # 'the CEO of Tesla and SpaceX'
        root = root.head
    founder = _founded_by(name)
    described = not founder and root.dep_ in {"compound", "appos"} and root.head.lemma_.lower() in ORGANISATION_NOUNS
    describing = (len(name) == 1 or not tagged_person) and any(
        c.dep_ in {"compound", "amod"} and c.i < root.i and c.lemma_.lower() in ORGANISATION_NOUNS
        for c in root.children)
    set_beside = any(c.dep_ == "appos" and c.lemma_.lower() in ORGANISATION_NOUNS for c in root.children)
    role = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _ROLES_IN
    owning = root.dep_ == "compound" and root.head.lemma_.lower() in _ONLY_COMPANIES_HAVE  # 'Halden shares fell'
    workplace = tagged_person and root.dep_ == "pobj" and root.head.lower_ == "at" \
        and describes_a_person(root.head.head)  # 'an analyst at Forrester'
    before = name.doc[max(0, name.start - _KIND_BEFORE_NAME_TOKENS):name.start].text_with_ws
    after_its_kind = not founder and bool(_BUSINESS_BEFORE_NAME.search(before))
    return described or describing or set_beside or role or owning or workplace or after_its_kind


def _founded_by(name: Span) -> bool:
    """'the firm Jane Doe founded in 2010': who founded or runs the business named before, a verb
    right after the name that is not the sentence's own; not 'the startup Helix Launch exploded'."""
    after = name.doc[name.end] if name.end < len(name.doc) else None
    return after is not None and after.pos_ == "VERB" and after.dep_ != "ROOT"


def _add_missed_surnames(annotated: AnnotatedArticle, covered: set[int]) -> None:
    """Titled names the tagger missed ('Mayor Ana Ruiz'), then bare surnames of the article's people,
    which also override an odd label the tagger gave them ('Ardern' as ORG)."""
    doc = annotated.doc
    for token in doc:
        if not _is_person_title(token) or token.i + 1 >= len(doc):
            continue
        start = token.i + 2 if doc[token.i + 1].text == "." else token.i + 1  # 'Lt. Marcus Bell'
        end = start
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and not _is_person_title(doc[end]):
            end += 1
        title_goes_on = end < len(doc) and _is_person_title(doc[end])  # 'Chief Executive Officer Dana Whitfield'
        if end > start and not title_goes_on and not covered & set(range(start, end)):
            span = doc[start:end]
            annotated.mentions.append(EntityMention(span.text, "PERSON", span.start_char, span.end_char,
                                                    annotated.sentence_at(span.start_char)))
            covered.update(range(start, end))
    for mention in annotated.mentions:
        if mention.label != "PERSON" and _after_a_rank(mention, annotated):
            mention.label = "PERSON"  # 'Lt. Marcus Bell', an organisation to the tagger
    people = [mention.text for mention in annotated.mentions if mention.label == "PERSON"]
    family_names = set(filter(None, map(family_name, people)))
    surnames = set(filter(None, map(_surname, people)))
    _add_family_names(annotated, family_names, covered)
    for mention in annotated.mentions:
        if mention.text in surnames:
            mention.label = "PERSON"
    for token in doc:
        if token.i in covered or token.text not in surnames or token.pos_ not in {"PROPN", "NOUN"}:
            continue
        annotated.mentions.append(
            EntityMention(token.text, "PERSON", token.idx, token.idx + len(token.text),
                          annotated.sentence_at(token.idx))
        )


def _add_family_names(annotated: AnnotatedArticle, family_names: set[str], covered: set[int]) -> None:
    """'Von der Leyen said', after 'Ursula von der Leyen': a mention of her, whatever the tagger made
    of its words (an organisation, or 'Leyen' alone)."""
    if not family_names:
        return
    pattern = re.compile(r"\b(?:" + "|".join(f"[{re.escape(name[0].upper() + name[0])}]{re.escape(name[1:])}"
                                             for name in sorted(family_names, key=len, reverse=True)) + r")\b")
    for match in pattern.finditer(annotated.article.text):
        start, end = match.span()
        inside = [m for m in annotated.mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # 'von der Leyen' of 'Ursula von der Leyen'
        annotated.mentions[:] = [m for m in annotated.mentions if m not in inside]
        annotated.mentions.append(EntityMention(match.group(), "PERSON", start, end, annotated.sentence_at(start)))
        span = annotated.doc.char_span(start, end, alignment_mode="expand")
        covered.update(range(span.start, span.end))


def _is_person_title(token: Token) -> bool:
    return token.lower_.rstrip(".") in PERSON_TITLES


def _after_a_rank(mention: EntityMention, annotated: AnnotatedArticle) -> bool:
    """Whether a capitalised title stands right before the name ('Gov. Laura Whitfield', 'Lt. Marcus Bell')."""
    span = annotated.span_of(mention)
    before = span.start - 1 if span is not None else -1
    if before >= 0 and span.doc[before].text == ".":
        before -= 1
    return before >= 0 and _is_person_title(span.doc[before]) and span.doc[before].text[:1].isupper()


def _add_described_people(annotated: AnnotatedArticle, covered: set[int]) -> None:
    """A name the tagger missed that an apposition describes as a person: 'said Ana Ruiz, a
    Democratic strategist in Tucson'."""
    for token in annotated.doc:
        if token.pos_ != "PROPN" or token.i in covered or not any(
                c.dep_ == "appos" and describes_a_person(c) for c in token.children):
            continue
        first = token.i
        while first > 0 and token.i - first < 2 and annotated.doc[first - 1].dep_ == "compound" \
                and annotated.doc[first - 1].pos_ == "PROPN" and annotated.doc[first - 1].head.i == token.i:
            first -= 1
        name = annotated.doc[first:token.i + 1]
        if len(name) >= 2 and all(t.text[:1].isupper() and not t.text.isupper() for t in name) \
                and not covered & set(range(first, token.i + 1)):
            annotated.mentions.append(EntityMention(name.text, "PERSON", name.start_char, name.end_char,
                                                    annotated.sentence_at(name.start_char)))
            covered.update(range(first, token.i + 1))


def short_company_names(annotated: AnnotatedArticle) -> set[str]:
    """'Northwind' for 'Northwind Motors', 'Lyra' for 'Lyra Technologies Inc.', 'Meridian' for
    'Meridian Health Systems'."""
    names = set()
    for mention in (m for m in annotated.mentions if m.label == "ORG"):
        words = mention.text.split()
        if len(words) in {3, 4} and words[-1].rstrip(".").lower() in _LEGAL_FORMS:
            words = words[:-1]
        if len(words) in {2, 3} and ends_like_a_company(words[-1]):
            names.add(words[0])
    return names


def _add_missed_companies(annotated: AnnotatedArticle, covered: set[int]) -> None:
    """A name ending like a company's that the tagger missed: 'Meridian Health Systems said ...'."""
    doc = annotated.doc
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not ends_like_a_company(token.text):
            continue
        first = token.i
        while first > 0 and token.i - first < 3 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
                and doc[first - 1].i not in covered and not in_dateline(doc[first - 1]):
            first -= 1
        legal_form = token.i + 1 < len(doc) and doc[token.i + 1].lower_.rstrip(".") in _LEGAL_FORMS  # 'Inc'
        last = token.i + 1 if legal_form else token.i
        if first < token.i:
            name = doc[first:last + 1]
            annotated.mentions.append(EntityMention(name.text, "ORG", name.start_char, name.end_char,
                                                    annotated.sentence_at(name.start_char)))
            covered.update(range(first, last + 1))


def _add_missed_short_names(annotated: AnnotatedArticle, covered: set[int]) -> None:
    """A company's short name, or a one-word organisation's name tagged elsewhere in the article,
    where the tagger missed it ('Orbitel said it would appeal')."""
    tagged_otherwise = {m.text for m in annotated.mentions if m.label != "ORG"}
    names = short_company_names(annotated) | {m.text for m in annotated.mentions if m.label == "ORG"
                                              and " " not in m.text and m.text not in tagged_otherwise}
    for token in annotated.doc:
        if token.i not in covered and token.text in names and token.pos_ == "PROPN":
            annotated.mentions.append(EntityMention(token.text, "ORG", token.idx, token.idx + len(token.text),
                                                    annotated.sentence_at(token.idx)))
