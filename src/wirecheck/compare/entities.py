"""Entities merged across a story's articles.

"Elon Musk", "Musk" and "Musk's" are one person; "The Wall Street Journal", "the Journal" and
"WSJ" one publication. A bare surname joins the one full name it ends; an acronym joins the one
name whose initials it spells; an organisation's first word the one organisation it begins
("MedLine" and "MedLine Pharmacies Inc", whose legal form is dropped); a short name an article
declares ("... Authority (AFAD)", ", known as AFAD") the name it follows; a role noun ("the
billionaire", "the company") joins the one person or organisation the articles describe with
it, when it was named just before. A full name the tagger found in one article is a mention
wherever the story writes it. The type is the story's majority label, so one odd tag does not
split or mislabel an entity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from wirecheck.annotate.document import AnnotatedArticle, EntityMention
from wirecheck.annotate.entities import CORPORATE_ENDINGS, is_named_storm
from wirecheck.annotate.source_kinds import BODY_NOUNS, ORGANISATION_NOUNS, SOCIAL_PLATFORMS
from wirecheck.annotate.speakers import ANTECEDENT_WINDOW, role_qualifier, role_span, role_word, roles_of
from wirecheck.datelines import dateline_spans
from wirecheck.model import Entity, Mention
from wirecheck.publications import known_outlet, looks_like_publication

_NOT_IN_ACRONYMS = {"of", "and", "the", "for"}
_COUNTRY_PREFIXES = {"us", "uk"}  # of a national body's name, which its acronym may leave out
ROLE_HOLDER_TYPES = {"PERSON", "ORG"}  # "the billionaire", "the company"; not a place ("the country")
_TITLES = re.compile(
    r"^(?:the\s+)?(?:(?:former|then|vice|deputy|acting)\s+)?(?:president|prime\s+minister|chancellor|"
    r"mr|mrs|ms|dr|sen|senator|rep|gov|governor|secretary|minister|king|queen|prince|pope|judge|"
    r"general|gen|ceo|chairman|sheikh|sheik)\.?\s+",
    re.IGNORECASE,
)
# A short name declared right after a name: " (CDC)", ", known as AFAD", ", widely known as AMLO"; an
# organisation's ", or Cal Fire,".
_ALSO_CALLED = re.compile(r"\s*(?:\(\s*(?P<acronym>[A-Z][\w.&-]{1,15})\s*\)"
                          r"|,\s*(?:(?:also|better|widely|commonly|popularly)\s+)?known as\s+(?:the\s+)?"
                          r"(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
                          r"|,\s*or\s+(?P<shorter>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)(?=\s*(?:[,.;)]|$)))")
_INITIALS = re.compile(r"[A-Z][A-Z&]+$")  # 'CDC', 'AMLO'; not a party and state, '(R-Utah)'
# 'Serhiy' and 'Serhii', 'Zelensky', 'Zelenskiy' and 'Zelenskyy': one ending, however a name was
# transliterated (not the 'y' of 'party' or 'Kennedy').
_TRANSLITERATED_ENDING = re.compile(r"(?<=\w{3})(?:iy|ii|yi)\b|(?<=\w{2}sk)y{1,2}\b")
# A person's name as transliterations agree on it: 'al-Sisi', 'el-Sissi' and 'Sisi' end alike, as do
# 'Al Thani' and 'al-Thani' ('Al Gore' keeps his first name).
_ARABIC_ARTICLE = re.compile(r"(?<!\S)[ae]l-|(?<=\s)[ae]l\s+")
_DOUBLED_LETTER = re.compile(r"([a-z])\1")
# The abbreviations of US states in AP datelines ('CAPE CANAVERAL, Fla. (AP)'), without their periods.
_US_STATES = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana",
    "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "okla": "oklahoma", "ore": "oregon",
    "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee",
    "vt": "vermont", "va": "virginia", "wash": "washington", "wva": "west virginia", "wis": "wisconsin",
    "wyo": "wyoming",
}
# A company's legal form after its name: "MedLine Pharmacies Inc" is "MedLine Pharmacies".
_LEGAL_FORM = re.compile(r"(?<=\w),?\s+(?:inc|corp|co|ltd|llc|plc|lp|sa|ag|nv)\.?$", re.IGNORECASE)


def entity_key(name: str) -> str:
    """Comparable form of a name: no titles, leading article or possessive; known outlets canonical;
    accents off ('André' and 'Andre', as outlets without them write it) and the endings
    transliterations spell differently made one ('Serhiy' and 'Serhii', 'Zelensky' and 'Zelenskyy')."""
    outlet = known_outlet(name)
    if outlet:
        return outlet.name.lower()
    name = re.sub(r"(['’]s|['’])$", "", name.strip())
    name = _LEGAL_FORM.sub("", _TITLES.sub("", name)).replace(".", "")
    name = without_article(_without_accents(name)).lower()
    return _US_STATES.get(name) or _TRANSLITERATED_ENDING.sub("i", name)


def without_article(name: str) -> str:
    """The name without a leading 'the': 'The United Nations' says no more than 'United Nations'."""
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def _without_accents(name: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))


_PLATFORM_KEYS = {entity_key(platform) for platform in SOCIAL_PLATFORMS}
_BODY_ENDINGS = CORPORATE_ENDINGS | BODY_NOUNS  # 'Halvorsen Group', 'the CGT union'
_INSTITUTION_WORDS = {"Department", "Ministry", "Commission", "Council", "University", "Agency", "Bureau",
                      "Authority", "Administration", "Institute"}
_BODY_SYNONYMS = {"airline": ("carrier",), "bank": ("lender",), "university": ("school",)}
_NAMED_BODIES = ORGANISATION_NOUNS | BODY_NOUNS | {"ministry", "department", "court", "commission", "council",
                                                   "university", "hospital"}


@dataclass
class _Group:
    keys: set[str]
    names: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    mentions: list[tuple[str, int]] = field(default_factory=list)  # (article id, sentence index)

    def absorb(self, other: "_Group") -> None:
        self.keys |= other.keys
        self.names.update(other.names)
        self.labels.update(other.labels)
        self.mentions.extend(other.mentions)

    @property
    def written(self) -> Counter:
        """The names as outlets write them: 'The Office for Budget Responsibility', a tagger's name at a
        sentence's start, is the 'Office for Budget Responsibility' written elsewhere. A publication keeps
        its article: 'The Riverton Gazette'."""
        written: Counter = Counter()
        for name, count in self.names.items():
            bare = without_article(name)
            written[bare if bare in self.names and not looks_like_publication(bare) else name] += count
        return written

    @property
    def is_person(self) -> bool:
        if any(_names_a_body(n) or _names_an_institution(n) or is_named_storm(n) for n in self.names):
            return False  # 'Halvorsen Group', 'Hurricane Delia', however often the tagger takes either for a person
        full_person = any(len(n.split()) >= 2 for n in self.names) and self.labels["PERSON"] > 0
        others = max((count for label, count in self.labels.items() if label != "PERSON"), default=0)
        return full_person or self.labels["PERSON"] > others  # a tie is no person: one outlet calls it a company


class EntityIndex:
    """The story's entities, and lookups from names and roles to them."""

    def __init__(self, annotated: list[AnnotatedArticle]):
        self._articles = {a.article.id: a for a in annotated}
        _add_names_tagged_elsewhere(annotated)
        groups = _merge(_with_declared_aliases(_initial_groups(annotated), annotated))
        groups.sort(key=lambda g: (-len(g.mentions), _canonical(g)))
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        for number, group in enumerate(groups, start=1):
            name = _canonical(group)
            entity = Entity(
                id=f"e{number}", name=name, type=_type(group, name), aliases=sorted(set(group.written) - {name}),
                mentions=[self._mention(article, sentence) for article, sentence in sorted(set(group.mentions))],
            )
            self.entities.append(entity)
            for key in group.keys:
                self._by_key[key] = entity
        self._by_id = {entity.id: entity for entity in self.entities}
        self._by_surname: dict[str, list[Entity]] = defaultdict(list)
        for entity in self.entities:
            if entity.type == "PERSON" and len(words := entity_key(entity.name).split()) >= 2:
                self._by_surname[words[-1]].append(entity)
        self._roles, self._qualified_roles = self._role_tables(annotated)
        self._add_role_mentions(annotated)

    def find(self, name: str | None) -> Entity | None:
        """The entity a name refers to ('Musk', "the Journal's", 'President Trump'), if any; a surname the
        tagger missed in one article ('Binet said') is the one person of the story it ends."""
        if not name:
            return None
        key = entity_key(name)
        people = self._by_surname.get(key, []) if " " not in key else []
        return self._by_key.get(key) or (people[0] if len(people) == 1 else None)

    def resolve_role(self, role: str, article_id: str, sentence: int, qualifier: str | None = None) -> Entity | None:
        """The one person or organisation the story describes with `role`, if the article named it just
        before, or, for a lead's role, just after ('The Chancellor has announced ... Rachel Reeves told
        MPs ...'). A qualified role ('the Ukrainian president') is the one the story describes so, named
        anywhere before in the article, or one it describes with the bare role but never with another
        qualifier ('the Turkish president')."""
        candidates = self._roles.get(role, set())
        described_so = set()
        if qualifier:
            qualified = self._qualified_roles.get(role, {})
            others = set().union(*(ids for other, ids in qualified.items() if other != qualifier))
            described_so = qualified.get(qualifier, set())
            candidates = described_so or candidates - others
        if len(candidates) != 1:
            return None
        entity = self._by_id[next(iter(candidates))]
        annotated = self._articles[article_id]
        last = sentence + 1 if sentence > 0 else sentence + 2
        first = 0 if described_so else max(0, sentence - ANTECEDENT_WINDOW)
        recent = {s.id for s in annotated.article.sentences[first:last]}
        return entity if any(m.article == article_id and m.sentence in recent for m in entity.mentions) else None

    def _mention(self, article_id: str, sentence: int) -> Mention:
        return Mention(article=article_id, sentence=self._articles[article_id].sentence_id(sentence))

    def _role_tables(self, annotated: list[AnnotatedArticle]) \
            -> tuple[dict[str, set[str]], dict[str, dict[str, set[str]]]]:
        """Entity ids by the roles the story describes them with, and by qualifier within a role."""
        roles: dict[str, set[str]] = defaultdict(set)
        qualified: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for article in annotated:
            for mention in article.mentions:
                entity = self.find(mention.text)
                if entity is None or entity.type not in ROLE_HOLDER_TYPES:
                    continue
                token = article.span_of(mention)
                if token is None:
                    continue
                for role, qualifier in roles_of(token.root) + [(role, None) for role in _body_named(entity)]:
                    roles[role].add(entity.id)
                    if qualifier:
                        qualified[role][qualifier].add(entity.id)
        return roles, qualified

    def _add_role_mentions(self, annotated: list[AnnotatedArticle]) -> None:
        """'the billionaire' becomes a mention (and alias) of the person it clearly stands for, 'the
        company' of the company."""
        for article in annotated:
            for token in article.doc:
                if token.pos_ != "NOUN" or not any(t.lower_ == "the" for t in token.lefts):
                    continue
                sentence = article.sentence_at(token.idx)
                qualifier = role_qualifier(token)
                entity = self.resolve_role(role_word(token), article.article.id, sentence, qualifier)
                if entity is None:
                    continue
                mention = self._mention(article.article.id, sentence)
                if mention not in entity.mentions:
                    entity.mentions.append(mention)
                alias = f"the {article.doc[token.i - 1].text + ' ' if qualifier else ''}{role_span(token).text}"
                if alias not in entity.aliases:
                    entity.aliases.append(alias)


def _body_named(entity: Entity) -> list[str]:
    """What an organisation's name says it is: 'SkyBridge Airlines' an airline (and a carrier), the
    'Interior Ministry' a ministry, so that 'the airline' after it is the one."""
    words = entity.name.lower().split()
    noun = re.sub(r"ies$", "y", re.sub(r"(?<=[^s])s$", "", words[-1]))
    if entity.type != "ORG" or len(words) < 2 or noun not in _NAMED_BODIES:
        return []
    return [noun, *_BODY_SYNONYMS.get(noun, ())]


def _add_names_tagged_elsewhere(annotated: list[AnnotatedArticle]) -> None:
    """A full name the tagger found in one article is a mention wherever else the story writes it:
    'Mikel Arteta' tagged in one article and missed in another, where 'the Arsenal manager' two
    sentences later then stands for no one."""
    labels: dict[str, str] = {}
    for article in annotated:
        for mention in article.mentions:
            if len(mention.text.split()) >= 2 and mention.label in {"PERSON", "ORG"}:
                labels.setdefault(mention.text, mention.label)
    if not labels:
        return
    names = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) + r")\b")
    for article in annotated:
        taken = bytearray(len(article.article.text))
        for mention in article.mentions:
            taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
        missed = [match for match in names.finditer(article.article.text) if 1 not in taken[match.start():match.end()]]
        article.mentions += [EntityMention(match.group(), labels[match.group()], match.start(), match.end(),
                                           article.sentence_at(match.start())) for match in missed]
        article.mentions.sort(key=lambda mention: mention.start)


def _initial_groups(annotated: list[AnnotatedArticle]) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for article in annotated:
        for mention in article.mentions:
            key = entity_key(mention.text)
            if not key:
                continue
            group = groups.setdefault(key, _Group(keys={key}))
            group.names[mention.text] += 1
            group.labels[mention.label] += 1
            group.mentions.append((article.article.id, mention.sentence))
    return groups


def _with_declared_aliases(groups: dict[str, _Group], annotated: list[AnnotatedArticle]) -> dict[str, _Group]:
    """One group for a name and the short name an article gives it: 'the Centers for Disease
    Control and Prevention (CDC)', 'the Disaster and Emergency Management Authority, known as AFAD'.
    A short name the tagger took for no name is one wherever the story writes it ('López Obrador,
    widely known as AMLO')."""
    for article in annotated:
        text = article.article.text
        datelines = dateline_spans(text)
        for mention in article.mentions:
            declared = _ALSO_CALLED.match(text, mention.end)
            if declared is None or any(start <= mention.start < end for start, end in datelines):
                continue  # 'PHOENIX (AP)' names a place and a wire
            if declared["shorter"] and (mention.label != "ORG"
                                        or len(declared["shorter"].split()) >= len(mention.text.split())):
                continue  # 'Trump, or Biden,' are two
            name = entity_key(mention.text)
            short_name = declared["acronym"] or declared["name"]
            alias = entity_key(short_name or declared["shorter"])
            if name in groups and alias not in groups and (declared["name"] or _INITIALS.match(short_name or "")):
                groups[alias] = _written(short_name, mention.label, annotated)
            if name in groups and alias in groups and groups[name] is not groups[alias]:
                groups[name].absorb(groups.pop(alias))
    return groups


def _written(name: str, label: str, annotated: list[AnnotatedArticle]) -> _Group:
    """A group of every place the story writes a name, with the label of the name it stands for."""
    group = _Group(keys={entity_key(name)})
    for article in annotated:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", article.article.text):
            group.names[name] += 1
            group.labels[label] += 1
            group.mentions.append((article.article.id, article.sentence_at(match.start())))
    return group


def _merge(groups: dict[str, _Group]) -> list[_Group]:
    """Fold 'Billionaire Elon Musk', 'Donald J. Trump' and 'Goldman Sachs Group' into 'Elon Musk',
    'Donald Trump' and 'Goldman Sachs', then bare surnames, acronyms and a company's first word
    into the one fuller name they stand for."""
    full = sorted((g for key, g in groups.items() if len(key.split()) >= 2), key=lambda g: len(_key(g)))
    kept: list[_Group] = []
    kept_people: dict[tuple[str, ...], _Group] = {}  # a person's key words -> their group
    kept_organisations: dict[tuple[str, ...], _Group] = {}
    for group in full:
        words = tuple(_key(group).split())
        if group.is_person:
            words = _as_people_write_it(_key(group))
            shorter = [words[start:] for start in range(1, len(words))]
            if len(words) >= 3:
                shorter.append((words[0], words[-1]))  # 'donald j trump' is 'donald trump'
            target = next((kept_people[name] for name in (words, *shorter) if name in kept_people), None)
        else:  # 'goldman sachs group' is 'goldman sachs'
            target = next((kept_organisations[words[:end]] for end in range(2, len(words))
                           if words[:end] in kept_organisations), None) if _is_organisation(group) else None
        if target is not None:
            target.absorb(group)
            continue
        kept.append(group)
        if group.is_person:
            kept_people[words] = group
        elif _is_organisation(group):
            kept_organisations[words] = group
    by_last_word: dict[str, list[_Group]] = {}
    by_first_word: dict[str, list[_Group]] = {}
    by_initials: dict[str, list[_Group]] = {}
    by_surname: dict[str, list[_Group]] = defaultdict(list)  # however transliterated: 'sisi' for 'al-Sissi'
    for group in kept:
        words = _key(group).split()
        by_last_word.setdefault(words[-1], []).append(group)
        if group.is_person:
            by_surname[_as_people_write_it(words[-1])[-1]].append(group)
        by_first_word.setdefault(words[0], []).append(group)
        for initials in _acronyms([w for w in words if w not in _NOT_IN_ACRONYMS]):
            by_initials.setdefault(initials, []).append(group)
    # 'Norland' in 'the Bank of Norland' is a place, so no short form of 'the Norland Bankers' Association'
    places = {words[-1] for words in (_key(g).split() for g in kept) if len(words) >= 3 and words[-2] == "of"}
    singles: list[_Group] = []
    for key, group in groups.items():
        if len(key.split()) >= 2:
            continue
        # 'Musk' is 'Elon Musk', 'Alliance' 'the Democratic Alliance'; 'Lisbon' is no 'University of Lisbon',
        # nor the place 'England' 'NHS England'
        targets = [g for g in by_last_word.get(key, [])
                   if g.is_person or (len(key) > 3 and _key(g).split()[-2] != "of" and not _is_place(group))]
        if not targets:  # 'Sisi' or 'El-Sissi' is 'Abdel Fattah al-Sisi'
            targets = list(by_surname.get(_as_people_write_it(key)[-1], []))
        targets += [g for g in by_initials.get(key, []) if not g.is_person and g not in targets]
        # 'MedLine' is 'MedLine Pharmacies', 'Goldman' 'Goldman Sachs', and 'Halvorsen' 'Halvorsen Group' even
        # where the tagger took it for a person as often as not (but 'Malaysia' is no 'Malaysia Airlines')
        targets += [g for g in by_first_word.get(key, []) if _is_organisation(g) and g not in targets
                    and key not in places
                    and (_is_organisation(group) or ((group.is_person or _as_often_an_organisation(group))
                                                     and any(_names_a_body(n) for n in g.names)))]
        companies = [g for g in targets if any(_names_a_body(n) for n in g.names)]
        if len(targets) > 1 and len(companies) == 1 and _is_organisation(group):
            targets = companies  # 'Halden' is 'Halden Motors', not its model 'Halden Summit'
        # 'Xi' is 'Xi Jinping', 'Lula' 'Luiz Inacio Lula da Silva', and 'Wang' 'Wang Yi' though tagged a body
        if not targets and not _is_place(group):
            targets = [g for g in kept if g.is_person and key in _key(g).split()[:-1]]
        if len(targets) == 1:
            targets[0].absorb(group)
        else:
            singles.append(group)
    return kept + singles


def _as_people_write_it(key: str) -> tuple[str, ...]:
    """A person's name words with what transliterations disagree on left out: an Arabic article, a
    doubled letter ('Fattah', 'Fatah')."""
    words = _ARABIC_ARTICLE.sub("", key).split() or key.split()  # 'al-' alone stays
    return tuple(_DOUBLED_LETTER.sub(r"\1", word) for word in words)


def _acronyms(words: list[str]) -> set[str]:
    """The acronyms a name may go by: its initials, and without its last word when that only says
    what the body is ("UAW", the United Auto Workers union) or when three initials remain ("CDC",
    the Centers for Disease Control and Prevention), and without the country it is of."""
    initials = "".join(word[0] for word in words)
    shorter = initials[:-1] if words[-1] in BODY_NOUNS or len(initials) >= 4 else ""
    found = {initials, shorter} - {""}
    if words[0] in _COUNTRY_PREFIXES and len(words) >= 3:  # 'NTSB', the U.S. National Transportation Safety Board
        found |= _acronyms(words[1:])
    return found


def _names_a_body(name: str) -> bool:
    """'Halvorsen Group', 'Brightline Foods Inc.', 'the CGT union': a name that says it is an organisation's."""
    return name.split()[-1].rstrip(".").lower() in _BODY_ENDINGS


def _is_place(group: _Group) -> bool:
    """Tagged a place more often than anything else."""
    places = group.labels["GPE"] + group.labels["LOC"]
    return places > sum(group.labels.values()) - places


def _as_often_an_organisation(group: _Group) -> bool:
    """Tagged an organisation as often as anything else ('Brightmart', a person in one article and a
    company in the next; not 'Malaysia', mostly a place)."""
    return group.labels["ORG"] > 0 and group.labels["ORG"] == max(group.labels.values())


def _names_an_institution(name: str) -> bool:
    """'California Department of Forestry and Fire Protection', which 'Cal Fire' may be short for."""
    return any(word in _INSTITUTION_WORDS for word in name.split())


def _is_organisation(group: _Group) -> bool:
    return not group.is_person and group.labels.most_common(1)[0][0] == "ORG"


def _key(group: _Group) -> str:
    """The group's shortest multi-word key: its name without role words in front."""
    multi = [k for k in group.keys if len(k.split()) >= 2]
    return min(multi or group.keys, key=lambda k: (len(k.split()), k))


def _canonical(group: _Group) -> str:
    """The outlet's name for an outlet, else the fullest form seen: multi-word beats a bare surname,
    then the most frequent. A person named like an outlet stays the person ('Michael Bloomberg')."""
    written = group.written
    fullest = max(written, key=lambda n: (len(n.split()) >= 2, written[n], len(n), n))
    outlet = next(filter(None, map(known_outlet, group.names)), None)
    named_person = group.is_person and len(fullest.split()) >= 2 and not known_outlet(fullest)
    return outlet.name if outlet is not None and not named_person else fullest


def _type(group: _Group, name: str) -> str:
    if group.keys & _PLATFORM_KEYS or known_outlet(name):
        return "ORG"  # the tagger takes "Twitter" in "Musk bought Twitter", or "Politico", for a person
    if group.is_person:
        return "PERSON"
    labels = Counter({label: count for label, count in group.labels.items() if label != "PERSON"})
    return (labels or group.labels).most_common(1)[0][0]
