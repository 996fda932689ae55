"""Quotes and sources across a story: speakers resolved to the story's entities, sources merged.

A quote whose speaker its own article leaves unclear ("the spokesperson said" far from any
name) takes the speaker another article gives the same words. Sources merge by entity
(so "the Journal" and "WSJ" are The Wall Street Journal) or, for unnamed ones, by wording and
by who relays them: the "people familiar with the matter" of two outlets are two sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from wirecheck.annotate.document import AnnotatedArticle, QuoteRecord, Reference
from wirecheck.annotate.source_kinds import classify
from wirecheck.annotate.sources import display_name
from wirecheck.annotate.speakers import PERSONAL_PRONOUNS
from wirecheck.compare.entities import EntityIndex, entity_key, without_article
from wirecheck.compare.offices import office_names
from wirecheck.compare.pointing import denial_of_its_lead
from wirecheck.compare.studies import study_names
from wirecheck.model import Entity, Mention, Quote, Source

SAME_QUOTE_CONTAINMENT = 0.7
# Which citation of a sentence is its origin: the publication that reported it comes first.
_ORIGIN_RANK = {"publication": 0, "official": 1, "person": 1, "organization": 1, "document": 1,
                "social_media": 1, "other": 2, "anonymous": 3}


@dataclass
class Speaker:
    name: str | None
    entity: Entity | None = None


@dataclass
class Attribution:
    quotes: list[Quote]
    sources: list[Source]
    sentence_sources: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (article, sentence id)
    own_source: dict[str, str] = field(default_factory=dict)  # article id -> own-reporting source id


def attribute(annotated: list[AnnotatedArticle], entities: EntityIndex) -> Attribution:
    quotes = _quotes(annotated, entities)
    _borrow_speakers(quotes)
    # a citation is its sentence's quote's speaker, borrowed from another article where need be
    quoted = {(q.article, q.sentence, q.speaker_text): q.speaker for q in quotes if q.speaker}
    cited = []
    for article in annotated:
        for citation in article.citations:
            speaker = resolve(citation.ref, article, citation.sentence, entities)
            borrowed = quoted.get((article.article.id, article.sentence_id(citation.sentence), citation.ref.text))
            if speaker.entity is None and borrowed is not None:
                speaker = Speaker(borrowed, entities.find(borrowed))
            if speaker.name is None and citation.ref.text.lower() in PERSONAL_PRONOUNS:
                continue  # an unresolved 'he' or 'they' names no source
            cited.append((article, citation, speaker, speaker.name or display_name(citation.ref)))
    # one study, one ministry or police force, however each article words it
    the_study = study_names([name for _, _, speaker, name in cited if speaker.entity is None])
    offices = office_names([citation.ref.text for _, citation, _, _ in cited])
    registry = _SourceRegistry()
    renamed = {}  # (article id, the words naming a speaker) -> the one study or office they name
    relayer = _relayers(cited, annotated)
    denying_leads = {(a.article.id, q.sentence, q.speaker.text) for a in annotated for q in a.quotes
                     if q.speaker and denial_of_its_lead(q, a)}
    for index, (article, citation, speaker, name) in enumerate(cited):
        relayed_by = relayer.get(index)
        if speaker.entity is None and name in the_study:  # its unnamed scientists too: no outlet's own
            name, kind, relayed_by = the_study[name], "document", None
            renamed[(article.article.id, citation.ref.text)] = name
        elif citation.ref.text in offices:
            name, kind, speaker = offices[citation.ref.text], "official", Speaker(None)
            renamed[(article.article.id, citation.ref.text)] = name
        else:
            kind = citation.kind if citation.kind in {"anonymous", "publication"} else \
                _kind_of(name, speaker.entity, citation.ref.label)
        registry.cite(name, kind, speaker.entity, citation.ref.text,
                      Mention(article=article.article.id, sentence=article.sentence_id(citation.sentence)),
                      in_passing=citation.via == "hedge" or citation.occasion, relayed=citation.relayed,
                      relayed_by=relayed_by,
                      grounds=(article.article.id, citation.sentence, citation.ref.text) not in denying_leads)
    for quote in quotes:  # the quotes are listed under the source's name too
        if (name := renamed.get((quote.article, quote.speaker_text))) is not None:
            quote.speaker, quote.speaker_entity = name, None
    own_source = {}
    for article in (a.article for a in annotated if a.article.duplicate_of is None):
        own_source[article.id] = registry.own(article.label, entities.find(article.outlet))
    for article in (a.article for a in annotated if a.article.duplicate_of is not None):
        own_source[article.id] = own_source.get(article.duplicate_of) or \
            registry.own(article.label, entities.find(article.outlet))
    return Attribution(quotes, registry.finish(), registry.sentence_sources(), own_source)


def _kind_of(name: str, entity: Entity | None, label: str | None) -> str:
    """A source's kind by its name, or official when another name for it says so ('The National
    Transportation Safety Board', also 'the NTSB')."""
    kind = classify(name, entity.type if entity else label)
    if kind == "organization" and entity is not None and any(
            classify(alias, entity.type) == "official" for alias in entity.aliases):
        return "official"
    return kind


T = TypeVar("T")


def relaying_source(cocited: Iterable[tuple[str, T]]) -> T | None:
    """Of the (kind, source) a sentence cites, who relays its unnamed sources: the publication it
    credits ('Bloomberg News reported, citing people familiar with the matter', 'an official told
    Reuters'); None when it credits none, and the outlet's own report relays them. Not a person
    or office beside them ('officials and analysts said')."""
    return next((source for kind, source in cocited if kind == "publication"), None)


def _relayers(cited: list[tuple], annotated: list[AnnotatedArticle]) -> dict[int, str]:
    """{index of an unnamed source's citation: who relays it}: the publication its sentence credits
    (`relaying_source`), else the outlet whose article it is. Two outlets' 'people familiar with the
    matter' are two sources."""
    labels = {a.article.id: a.article.label for a in annotated}
    by_sentence: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for article, citation, _, name in cited:
        by_sentence.setdefault((article.article.id, citation.sentence), []).append((citation.kind, name))
    relayer = {}
    for index, (article, citation, _, _) in enumerate(cited):
        if citation.kind == "anonymous":
            outlet = labels.get(article.article.duplicate_of, article.article.label)
            relayer[index] = relaying_source(by_sentence[(article.article.id, citation.sentence)]) or outlet
    return relayer


def resolve(reference: Reference, article: AnnotatedArticle, sentence: int, entities: EntityIndex) -> Speaker:
    """The story-level speaker a reference stands for; unknown stays None rather than guessed."""
    # by the name it is listed under: an outlet's however the tagger cut it ('Politico Europe', tagged 'Europe')
    entity = entities.find(display_name(reference)) if reference.name else None
    if entity is None and reference.role:
        entity = entities.resolve_role(reference.role, article.article.id, sentence, reference.qualifier)
    if entity is None and not reference.anonymous and not reference.role:
        entity = entities.find(reference.text)
    if entity is not None:
        return Speaker(entity.name, entity)
    if reference.anonymous or reference.role or reference.text.lower() in PERSONAL_PRONOUNS:
        return Speaker(None)
    return Speaker(display_name(reference))


def _quotes(annotated: list[AnnotatedArticle], entities: EntityIndex) -> list[Quote]:
    quotes = []
    for article in annotated:
        text = article.article.text
        statements = [record for record in article.quotes if record.statement]
        for number, parts in enumerate(_joined(statements, text), start=1):
            record = parts[0]
            speaker = resolve(record.speaker, article, record.sentence, entities) if record.speaker else Speaker(None)
            quotes.append(Quote(
                id=f"{article.article.id}.q{number}", article=article.article.id,
                sentence=article.sentence_id(record.sentence), text=" ".join(text[p.start:p.end] for p in parts),
                start=record.start, end=parts[-1].end, kind=record.kind,
                speaker=speaker.name, speaker_entity=speaker.entity.id if speaker.entity else None,
                speaker_text=record.speaker.text if record.speaker else None, cue=record.cue,
            ))
    return quotes


def _joined(records: list[QuoteRecord], text: str) -> list[list[QuoteRecord]]:
    """The records in order, the parts of a sentence its cue interrupts as one quote ('"We will
    win," she said, "and win big."'): direct words of one cue, one right after the other, the
    second going on with the first's sentence."""
    quotes: list[list[QuoteRecord]] = []
    for record in records:
        last = quotes[-1][-1] if quotes else None
        if last is not None and record.kind == last.kind == "direct" and record.cue_span is not None \
                and record.cue_span == last.cue_span and last.end <= record.start \
                and (record.sentence == last.sentence or text[record.start:record.start + 1].islower()):
            quotes[-1].append(record)
        else:
            quotes.append([record])
    return quotes


def shares_words(words_a: set[str], words_b: set[str]) -> bool:
    """Two quotes carry the same words when most of the shorter one's words (its word_set) are in
    the other."""
    if min(len(words_a), len(words_b)) < 4:
        return False
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= SAME_QUOTE_CONTAINMENT


def word_set(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _borrow_speakers(quotes: list[Quote]) -> None:
    """An unresolved direct quote takes the speaker another article gives the same words; the
    quotation continuing it in its article (the same speaker's words, cue and all) goes with it."""
    known = [(q, word_set(q.text)) for q in quotes if q.speaker and q.kind == "direct"]
    previous = None
    for quote in quotes:
        if not quote.speaker and quote.kind == "direct":
            words = word_set(quote.text)
            match = next((k for k, known_words in known
                          if k.article != quote.article and shares_words(known_words, words)), None)
            if match is None and _continues(quote, previous):
                match = previous
            if match is not None:
                quote.speaker, quote.speaker_entity = match.speaker, match.speaker_entity
        previous = quote


def _continues(quote: Quote, previous: Quote | None) -> bool:
    return previous is not None and previous.article == quote.article and previous.kind == "direct" \
        and previous.cue == quote.cue and previous.speaker_text is not None \
        and previous.speaker_text == quote.speaker_text


class _SourceRegistry:
    def __init__(self):
        self._sources: dict[str, Source] = {}
        # sentence -> {source id: (cited only in passing, only as relayed by another)}
        self._cited: dict[tuple[str, str], dict[str, tuple[bool, bool]]] = {}

    def cite(self, name: str, kind: str, entity: Entity | None, words: str, mention: Mention,
             in_passing: bool = False, relayed: bool = False, relayed_by: str | None = None,
             grounds: bool = True) -> None:
        """Record a citation; one that does not ground its sentence (who denies the claim the
        sentence states: '..., which Moscow denies') is listed but is none of the sentence's sources."""
        source = self._get(name, kind, entity, relayed_by)
        alias = " ".join(words.split())
        written = {without_article(name).lower() for name in (source.name, *source.aliases)}
        if without_article(alias).lower() not in written and alias.lower() not in PERSONAL_PRONOUNS:
            source.aliases.append(alias)
        if mention not in source.cited_in:
            source.cited_in.append(mention)
        if not grounds:
            return
        cited = self._cited.setdefault((mention.article, mention.sentence), {})
        passing, relaying = cited.get(source.id, (True, True))
        cited[source.id] = (passing and in_passing, relaying and relayed)

    def own(self, outlet: str, entity: Entity | None) -> str:
        source = self._get(entity.name if entity else outlet, "publication", entity)
        source.own_reporting = True
        return source.id

    def _get(self, name: str, kind: str, entity: Entity | None, relayed_by: str | None = None) -> Source:
        key = entity.id if entity else entity_key(name) + (f" via {entity_key(relayed_by)}" if relayed_by else "")
        if key not in self._sources:
            self._sources[key] = Source(id=f"src{len(self._sources) + 1}", name=name, kind=kind)
        return self._sources[key]

    def finish(self) -> list[Source]:
        return sorted(self._sources.values(), key=lambda s: (-len(s.cited_in), s.name))

    def sentence_sources(self) -> dict[tuple[str, str], list[str]]:
        """Each sentence's sources, the one it rests on first: what it credits in words before what
        it credits only in passing ('reportedly', 'denied it after the Times reported that ...'), a
        source before those whose words it relays ('According to an affidavit, Reed told ...'), a
        publication before the people it quotes."""
        kinds = {s.id: s.kind for s in self._sources.values()}
        return {key: sorted(cited, key=lambda i: (cited[i], _ORIGIN_RANK[kinds[i]]))
                for key, cited in self._cited.items()}
