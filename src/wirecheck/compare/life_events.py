"""What happens once to a person or a company, given differently by outlets: a person's age or
year of birth, the year a company was founded.

Outlets give these in passing ("Daniel Kessler, 30, of Gresham", "Arjun Mehta, who founded
Lumora in 2019, said ..."), in sentences that state other facts, so they are set against each
other by whom they are about rather than fact by fact.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.annotate.speakers import noun_phrase, reference_for
from wirecheck.compare.entities import EntityIndex
from wirecheck.model import Conflict, ConflictSide, Entity, Fact, Mention

AGE, BORN, FOUNDED = "age", "year of birth", "founding year"
_PLURAL = {AGE: "ages", BORN: "years of birth", FOUNDED: "founding years"}
_AGE_AFTER_NAME = re.compile(r",\s+(\d{1,3}),\s")  # 'Daniel Kessler, 30, of Gresham'
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old\s+$")  # 'the 30-year-old Daniel Kessler'
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_EVENT_VERBS = {"bear": BORN, "found": FOUNDED, "co-found": FOUNDED, "cofound": FOUNDED}


@dataclass(frozen=True)
class LifeDetail:
    entity: str  # the story entity's id
    name: str
    what: str  # AGE, BORN or FOUNDED
    value: int
    mention: Mention


def life_details(annotated: list[AnnotatedArticle], entities: EntityIndex) -> list[LifeDetail]:
    """Every age, year of birth and founding year the articles give of one of the story's entities."""
    details = []
    for article in annotated:
        for what, value, token, sentence in [*_ages(article), *_event_years(article)]:
            entity = _entity_of(token, article, entities, sentence)
            if entity is not None and (what != AGE or entity.type == "PERSON"):
                mention = Mention(article=article.article.id, sentence=article.sentence_id(sentence))
                details.append(LifeDetail(entity.id, entity.name, what, value, mention))
    return details


def differing_life_details(details: list[LifeDetail], facts: list[Fact], sentence_text: dict[Mention, str],
                           copied_from: dict[str, str]) -> list[Conflict]:
    """One conflict for each entity whose age, year of birth or founding year two outlets give
    differently; a copy of an article is its original's word, not a second outlet's."""
    by_subject: dict[tuple[str, str], dict[int, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    names = {}
    for detail in details:
        by_subject[(detail.entity, detail.what)][detail.value].append(detail.mention)
        names[detail.entity] = detail.name
    fact_of = {mention: fact.id for fact in facts for mention in fact.mentions}
    conflicts = []
    for (entity, what), by_value in by_subject.items():
        outlets = {copied_from.get(m.article, m.article) for mentions in by_value.values() for m in mentions}
        if len(by_value) < 2 or len(outlets) < 2:
            continue
        values = sorted(by_value)
        conflicts.append(Conflict(
            id="", kind="numeric" if what == AGE else "date",
            summary=f"Outlets give different {_PLURAL[what]} for {names[entity]}: {', '.join(map(str, values))}",
            sides=[ConflictSide(text=sentence_text[by_value[value][0]],
                                facts=list(dict.fromkeys(fact_of[m] for m in by_value[value] if m in fact_of)),
                                mentions=list(dict.fromkeys(by_value[value])))
                   for value in values],
        ))
    return conflicts


def _ages(article: AnnotatedArticle) -> Iterator[tuple[str, int, Token, int]]:
    """(AGE, age, the name's head word, sentence) for 'Daniel Kessler, 30,' and 'the 30-year-old Daniel Kessler'."""
    text = article.article.text
    for mention in article.mentions:
        name = article.span_of(mention)
        if mention.label != "PERSON" or article.is_quoted(mention.start) or name is None:
            continue
        after = _AGE_AFTER_NAME.match(text, mention.end)
        before = _AGE_BEFORE_NAME.search(text, max(0, mention.start - 20), mention.start)
        for found in (after, before):
            if found is not None:
                yield AGE, int(found.group(1)), name.root, mention.sentence


def _event_years(article: AnnotatedArticle) -> Iterator[tuple[str, int, Token, int]]:
    """(BORN or FOUNDED, year, whom it is about, sentence) for 'Vance was born on Aug. 3, 1943',
    'Born in 1942 in Tupelo, Vance worked ...', 'Helix, founded in 2019,' and 'who founded Lumora
    in 2019'."""
    for token in article.doc:
        what = _EVENT_VERBS.get(token.lemma_.lower())
        if what is None or token.pos_ != "VERB" or article.is_quoted(token.idx):
            continue
        year = _year_of(token)
        about = _born_one(token) if what == BORN else _founded_one(token)
        if year is not None and about is not None:
            yield what, year, about, article.sentence_at(token.idx)


def _year_of(verb: Token) -> int | None:
    """The year in the verb's 'in' or 'on' phrase: 'in 2019', 'on Aug. 3, 1943'."""
    for preposition in verb.children:
        if preposition.dep_ == "prep" and preposition.lower_ in {"in", "on"}:
            year = next((t for t in preposition.subtree if _YEAR.fullmatch(t.text)), None)
            if year is not None:
                return int(year.text)
    return None


def _born_one(verb: Token) -> Token | None:
    """Who was born: the passive's subject, the name a participle describes ('Vance, born in ...'),
    or the subject of the clause a participle opens ('Born in 1942, Vance worked ...')."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subject is not None:
        return subject
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    if verb.dep_ == "advcl":
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def _founded_one(verb: Token) -> Token | None:
    """What was founded: the object ('who founded Lumora', 'co-founded the company'), the passive's
    subject, or the name a participle describes ('Helix, founded in 2019,'); never the founder, who
    may have founded more than one."""
    founded = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if founded is None and verb.dep_ == "acl":
        founded = verb.head
    return founded


def _entity_of(word: Token, article: AnnotatedArticle, entities: EntityIndex, sentence: int) -> Entity | None:
    """The story entity a word names or stands for ('co-founded the company in 2020', 'he was born')."""
    reference = reference_for(noun_phrase(word), article)
    if reference.name:
        return entities.find(reference.name)
    if not reference.role:
        return None
    return entities.resolve_role(reference.role, article.article.id, sentence, reference.qualifier)
