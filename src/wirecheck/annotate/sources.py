"""Citations: which sentence credits its information to which source.

A sentence cites its quotes' speakers, a publication it was told to ("told The Wall Street
Journal"), what it cites ("citing officials"), and, when it only hedges ("reportedly",
"the report"), the publication the article credits most. Generic references ("the newspaper")
take the most recently named publication.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from wirecheck.annotate.document import AnnotatedArticle, Citation, QuoteRecord, Reference
from wirecheck.annotate.source_kinds import classify
from wirecheck.annotate.speakers import conjoined, noun_phrase, pair_named_before, reference_for
from wirecheck.publications import is_generic_publication_reference, known_outlet, looks_like_publication

_HEDGE = re.compile(r"\b(?:reportedly|allegedly|the report|a report|the revelations?|the claims?)\b",
                    re.IGNORECASE)
_EVIDENCE_VERBS = {"show", "suggest", "indicate", "demonstrate", "prove", "reflect", "underscore", "highlight"}
_SOURCE_NOUNS = {"source", "official", "person", "people", "aide", "insider", "diplomat", "officer"}
_CHANNEL_VERBS = {"tell", "confirm", "say", "speak", "explain", "describe"}
_GENERIC_REPORT = re.compile(r"^(?:the|a|an|this|that)\s+(?:\w+\s+)?(?:report|story|article|revelations?)$")
_DETERMINERS = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# what is set off after the source's own words: ', who spoke on condition of anonymity', ', sent between ...'
_SET_OFF_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|[a-z]+ed\b|sent|seen|written|dated)\b.*", re.DOTALL)


def add_citations(annotated: AnnotatedArticle) -> None:
    statements = [q for q in annotated.quotes if q.speaker is not None and q.statement]
    cue_verbs = {q.cue_span: _cue_verb(q, annotated) for q in statements}
    every_cue = set(cue_verbs.values())
    citations = [Citation(speaker, _kind(speaker), q.sentence, "speaker",
                          occasion=_is_occasion(cue_verbs[q.cue_span], every_cue), relayed=q.nested)
                 for q in statements for speaker in _each_speaker(q.speaker, annotated)
                 if not _only_evidence(speaker, cue_verbs[q.cue_span])]
    for token in annotated.doc:
        reference, via = _channel_or_citing(token, annotated)
        if reference is not None:
            citations.append(Citation(reference, _kind(reference), annotated.sentence_at(token.idx), via))
    citations.sort(key=lambda c: c.sentence)
    citations = _name_generic_references(citations, annotated, _main_publication(annotated, citations))
    main = _main_publication(annotated, citations)  # 'the report' named now counts too
    if main is not None:
        citations.extend(_hedged(annotated, citations, main))
    annotated.citations = sorted(citations, key=lambda c: c.sentence)


def _cue_verb(quote: QuoteRecord, annotated: AnnotatedArticle) -> Token | None:
    span = annotated.doc.char_span(*quote.cue_span, alignment_mode="expand") if quote.cue_span else None
    return span.root if span is not None else None


def _only_evidence(speaker: Reference, cue: Token | None) -> bool:
    """'the exchange showed that dialogue is possible': a thing that shows something is what the
    speaker takes as evidence, no source; data, a study or a poll that shows it is one."""
    return cue is not None and cue.lemma_.lower() in _EVIDENCE_VERBS and speaker.name is None \
        and _kind(speaker) == "other"


def _is_occasion(cue: Token | None, cues: set[Token | None]) -> bool:
    """'Marsh denied any wrongdoing after The Times reported that ...': a report in a clause that
    says when or why another speaks is the occasion of their words, not what the sentence rests on."""
    while cue is not None and cue.dep_ != "ROOT":
        if cue.dep_ == "advcl" and cue.head in cues:
            return True
        cue = cue.head
    return False


def _each_speaker(speaker: Reference, annotated: AnnotatedArticle) -> list[Reference]:
    """Coordinated speakers are sources each on their own: 'The Trump campaign and the Kremlin
    have denied ...' cites the campaign and the Kremlin, 'Both men deny ...' the two named before."""
    phrase = annotated.doc.char_span(*speaker.span) if speaker.span else None
    parts = (pair_named_before(phrase, annotated) or conjoined(phrase)) if phrase is not None else []
    return [reference_for(part, annotated) for part in parts] if len(parts) > 1 else [speaker]


def display_name(reference: Reference) -> str:
    """The name a reference is listed under before story-level merging: an outlet's however the
    tagger cut its name ('Europe' in 'Politico Europe reported')."""
    outlet = known_outlet(reference.text) or (known_outlet(reference.name) if reference.name else None)
    if outlet:
        return outlet.name
    if reference.name and not reference.anonymous:
        return reference.name
    # "a person familiar with the situation, who spoke on condition of anonymity": the person;
    # "the emails, sent between March and June": the emails; "the people" the words introducing them
    words = reference.name or reference.text
    return _SET_OFF_RELATIVE.sub("", _DETERMINERS.sub("", " ".join(words.split())))


def _kind(reference: Reference) -> str:
    if reference.anonymous:
        return "anonymous"
    if is_generic_publication_reference(reference.text) or looks_like_publication(reference.text):
        return "publication"  # 'the newspaper', 'the newspaper Ouest-France', whatever the tagger calls the name
    return classify(display_name(reference), reference.label)


def _channel_or_citing(token: Token, annotated: AnnotatedArticle) -> tuple[Reference | None, str]:
    lemma = token.lemma_.lower()
    if lemma == "cite" and token.pos_ == "VERB":
        target = next((c for c in token.children if c.dep_ == "dobj"), None)
        return (reference_for(noun_phrase(target), annotated), "citing") if target is not None else (None, "")
    speaking_source = token.pos_ == "NOUN" and lemma in _SOURCE_NOUNS  # "sources close to the Journal"
    if not speaking_source and (lemma not in _CHANNEL_VERBS or token.pos_ != "VERB"):
        return None, ""
    for child in token.children:
        target = child
        if child.dep_ == "prep" and child.lower_ == "to":
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ not in {"dative", "dobj"}:
            continue
        if target is None:
            continue
        reference = reference_for(noun_phrase(target), annotated)
        if _kind(reference) == "publication":
            return reference, "channel"
    return None, ""


def _is_generic(reference: Reference) -> bool:
    text = " ".join(reference.text.lower().split())
    return is_generic_publication_reference(text) or bool(_GENERIC_REPORT.match(text))


def _main_publication(annotated: AnnotatedArticle, citations: list[Citation]) -> Reference | None:
    """The publication the article credits most, other than itself."""
    own = (annotated.article.outlet or "").lower()
    named = [c for c in citations if c.kind == "publication" and not _is_generic(c.ref)
             and display_name(c.ref).lower() != own]
    if not named:
        return None
    top = Counter(display_name(c.ref) for c in named).most_common(1)[0][0]
    return next(c.ref for c in named if display_name(c.ref) == top)


def _name_generic_references(citations: list[Citation], annotated: AnnotatedArticle,
                             main: Reference | None) -> list[Citation]:
    """'the newspaper', 'the report' become the publication last cited before them (else the one
    last named doing something, else the article's main one), in citations and in the quotes they
    came from."""
    if not any(_is_generic(citation.ref) for citation in citations):
        return citations
    last_publication = None
    acting = _publications_acting(annotated)
    named = []
    for citation in citations:
        if _is_generic(citation.ref):
            position = citation.ref.span[0] if citation.ref.span else annotated.sentences[citation.sentence].start_char
            target = last_publication or next((ref for start, ref in reversed(acting) if start < position), main)
            if target is None:
                continue
            named_here = replace(citation.ref, name=display_name(target), label=target.label)
            for quote in annotated.quotes:
                if quote.speaker is citation.ref:
                    quote.speaker = named_here  # the publication, by the words that name it here
            citation = Citation(target, "publication", citation.sentence, citation.via)
        elif citation.kind == "publication":
            last_publication = citation.ref
        named.append(citation)
    return named


def _publications_acting(annotated: AnnotatedArticle) -> list[tuple[int, Reference]]:
    """Publications other than the article's own named as the subject of a verb ('The Financial
    Times first reported the plans'), by where they stand: what a later 'the report' refers to."""
    own = (annotated.article.outlet or "").lower()
    acting = []
    for mention in annotated.mentions:
        outlet = known_outlet(mention.text)
        span = annotated.span_of(mention)
        if outlet is None or outlet.name.lower() == own or span is None or span.root.dep_ != "nsubj":
            continue
        acting.append((mention.start, Reference(mention.text, mention.text, label=mention.label,
                                                span=(mention.start, mention.end))))
    return acting


def _hedged(annotated: AnnotatedArticle, citations: list[Citation], main: Reference) -> list[Citation]:
    """Sentences that only hedge ('reportedly') rest on the publication the article credits most."""
    cited = {c.sentence for c in citations if c.kind == "publication"}
    return [
        Citation(main, "publication", index, "hedge")
        for index, sentence in enumerate(annotated.article.sentences)
        if index not in cited and _HEDGE.search(sentence.text)
    ]
