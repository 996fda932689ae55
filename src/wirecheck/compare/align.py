"""Facts: claims from different articles that state the same thing, aligned by meaning.

A claim is a clause: a sentence carrying several independent clauses ("The company cut 200
jobs, and its chief executive resigned") gives one claim each. Claims are compared by sentence
embeddings, so a paraphrase in other words meets; their entities (story entities, so "Musk"
and "Elon Musk" agree) and rare content words weigh in through TF-IDF. Complete-link
clustering keeps a fact together only when every pair of its claims agrees, so no chain of
near-neighbours drifts from one statement to another. Two claims of one article are never
merged: a fact is what several outlets say, not one outlet repeating itself; nor are a denial
and a plain statement, which embeddings place close together, nor two quotations in other
words: a quotation is a record of words, and one speaker's two remarks on a topic are two. A
quotation and a text in other words are one fact only when the text says what the quotation
says, not just of the same thing: their bar is higher. Nor are two texts counting one thing in
figures an order of magnitude apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from spacy.tokens import Span, Token

from wirecheck.annotate.cues import is_denial
from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.annotate.nlp import load_nlp
from wirecheck.compare.attribution import shares_words, word_set
from wirecheck.compare.figures import amounts, of_other_magnitudes
from wirecheck.compare.pointing import denial_of_its_lead
from wirecheck.compare.entities import EntityIndex
from wirecheck.embed import embedder

# The outlet's own process ("has contacted X for comment"), not a claim about the story.
NEWSROOM_NOTE = re.compile(r"\b(?:(?:request|requests|asked) for comment|(?:contacted|reached out to|approached) .{0,60}"
                           r"for (?:comment|a response)|did not (?:immediately )?(?:respond|reply|return)|"
                           r"did not immediately comment|had no immediate comment|not immediately available|"
                           r"not available for comment|"
                           r"declined to comment|(?:could not|couldn't) be reached|"
                           r"(?:could not|couldn't|cannot|has not been able to|was unable to) (?:independently )?verify)\b",
                           re.IGNORECASE)
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
MIN_CLAIM_WORDS = 6
EMBEDDING_WEIGHT = 0.9
SIMILARITY_THRESHOLD = 0.4
QUOTATION_PARAPHRASE_SIMILARITY = 0.5
CLOSE_SIMILARITY = 0.6  # claims this close in other facts may still give one figure differently


@dataclass
class Claim:
    article: str
    sentence: int  # index into the article's sentences
    sentence_id: str
    text: str  # the clause
    features: list[str]  # content lemmas and entity ids
    sentence_text: str  # the whole sentence, for readers and summaries
    denial: bool = False  # a denial is never the claim it denies, however close the words
    copied_from: str | None = None  # the original article, when this claim's article is a copy
    quoted: str = ""  # the words in quotation marks, when they are most of the clause


@dataclass
class AlignedFact:
    claims: list[Claim]
    representative: Claim


def claims_of(annotated: list[AnnotatedArticle], entities: EntityIndex) -> list[Claim]:
    claims = []
    for article in annotated:
        named_in: dict[int, list[tuple[int, str]]] = {}
        for mention in article.mentions:
            entity = entities.find(mention.text)
            key = f"entity:{entity.id}" if entity else mention.text.lower()
            named_in.setdefault(mention.sentence, []).append((mention.start, key))
        denying = {q.sentence for q in article.quotes if is_denial(q.cue) and not denial_of_its_lead(q, article)}
        naming = _words_naming_speakers(article)
        for index, span in enumerate(article.sentences):
            sentence = article.article.sentences[index]
            if len(sentence.text.split()) < MIN_CLAIM_WORDS or NEWSROOM_NOTE.search(sentence.text):
                continue
            words = _from(span, sentence.start)
            parts = clauses(words)
            if any(article.is_quoted(part[0].idx) for part in parts[1:]):
                parts = [words]  # a quotation is not cut where its own words go on with 'and'
            for clause in parts:
                named = frozenset(key for start, key in named_in.get(index, [])
                                  if clause.start_char <= start < clause.end_char)
                claims.append(Claim(article.article.id, index, sentence.id, clause.text.strip(),
                                    content_features(clause) + sorted(named), sentence.text, index in denying,
                                    article.article.duplicate_of, _quotation(clause, article, naming)))
    return claims


def _words_naming_speakers(article: AnnotatedArticle) -> list[tuple[int, int]]:
    """The spans of the article's direct quotes' cues and speakers ('said Dr. Lisa Tran, a neurologist')."""
    return [span for quote in article.quotes if quote.kind == "direct"
            for span in (quote.cue_span, quote.speaker.span if quote.speaker else None) if span]


def _quotation(clause: Span, article: AnnotatedArticle, naming: list[tuple[int, int]]) -> str:
    """The clause's words in quotation marks, when they are most of its words but those naming
    who said them (`naming`); else ''."""
    words = [token for token in clause if not token.is_punct
             and not any(start <= token.idx < end for start, end in naming)]
    quoted = [token.text for token in words if article.is_quoted(token.idx)]
    return " ".join(quoted) if len(quoted) * 2 > len(words) else ""


def _from(span: Span, start: int) -> Span:
    """The sentence's words from character `start` on: without the dateline opening it."""
    first = next((token.i for token in span if token.idx >= start), span.end)
    return span.doc[first:span.end]


def claims_from_texts(texts: list[str]) -> list[Claim]:
    """Free-standing statements (answers, claims from elsewhere) as claims, one article each."""
    claims = []
    for index, doc in enumerate(load_nlp().pipe(texts)):
        entities = sorted({e.text.lower() for e in doc.ents})
        claims.append(Claim(str(index), 0, f"{index}.s1", doc.text, content_features(doc[:]) + entities, doc.text))
    return claims


def clauses(sentence: Span) -> list[Span]:
    """The sentence's independent clauses, when it joins several that each have a subject and a
    verb of their own and enough words to stand alone; else the whole sentence."""
    heads = [t for t in sentence if t.dep_ == "conj" and t.head == sentence.root and _has_subject(t)]
    if not heads:
        return [sentence]
    bounds = [sentence.start, *(_clause_start(head) for head in heads), sentence.end]
    parts = [_trim(sentence.doc[start:end]) for start, end in zip(bounds, bounds[1:])]
    if any(len(part) < MIN_CLAIM_WORDS or not any(t.pos_ in {"VERB", "AUX"} for t in part) for part in parts):
        return [sentence]
    return parts


def _clause_start(head: Token) -> int:
    """Where a coordinated clause begins: at the conjunction joining it ("…, and since then he
    …"), else at its first word."""
    joiners = [t.i for t in head.head.children if t.dep_ in {"cc", "punct"} and t.i < head.left_edge.i]
    return max(joiners, default=head.left_edge.i)


def content_features(span: Span) -> list[str]:
    return [t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop]


def align(claims: list[Claim], similarity: np.ndarray) -> list[AlignedFact]:
    """Group claims into facts, the most widely reported first; `similarity` is claim_similarity(claims)."""
    if not claims:
        return []
    labels = _cluster(claims, similarity)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(label, []).append(index)
    facts = []
    for members in groups.values():
        centrality = similarity[np.ix_(members, members)].sum(axis=1)
        best = members[int(np.argmax(centrality - 1e-6 * np.array([len(claims[m].text) for m in members])))]
        facts.append(AlignedFact([claims[m] for m in members], claims[best]))
    facts.sort(key=lambda f: (-len({c.article for c in f.claims}), f.claims[0].article, f.claims[0].sentence))
    return facts


def close_claims(aligned: list[AlignedFact], similarity: np.ndarray, claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Pairs of claims from different outlets that sit in different facts though their meanings
    are close (`CLOSE_SIMILARITY`): a fact one outlet states with other words around it than
    another ('winds of 140 mph' in a landfall, 'winds of 145 miles per hour' in a sentence of
    its own)."""
    fact_of = {id(claim): number for number, fact in enumerate(aligned) for claim in fact.claims}
    close = []
    for i, j in zip(*np.nonzero(np.triu(similarity >= CLOSE_SIMILARITY, k=1))):
        one, other = claims[i], claims[j]
        if (one.copied_from or one.article) != (other.copied_from or other.article) \
                and fact_of[id(one)] != fact_of[id(other)]:
            close.append((one, other))
    return close


def claim_similarity(claims: list[Claim]) -> np.ndarray:
    """Meaning (embeddings) blended with shared entities and rare words (TF-IDF).

    Claims of one article never align with each other, and a copy repeats its original's words,
    so when all claims come from one article and its copies the costly embeddings are skipped:
    shared words alone pair a copy's claims with the original's and tell repeats apart.
    """
    if not claims:
        return np.zeros((0, 0))
    tfidf = TfidfVectorizer(analyzer=lambda features: features, sublinear_tf=True)
    weighted = tfidf.fit_transform([c.features for c in claims])
    lexical = (weighted @ weighted.T).toarray()
    if len({c.copied_from or c.article for c in claims}) == 1:
        return lexical
    vectors = embedder()([c.text for c in claims])
    return EMBEDDING_WEIGHT * (vectors @ vectors.T) + (1 - EMBEDDING_WEIGHT) * lexical


def _cluster(claims: list[Claim], similarity: np.ndarray) -> list[int]:
    if len(claims) < 2:
        return [0] * len(claims)
    articles = np.array([c.article for c in claims])
    distances = np.clip(1.0 - similarity, 0.0, 2.0)
    denials = np.array([c.denial for c in claims])
    distances[(articles[:, None] == articles[None, :]) | (denials[:, None] != denials[None, :])] = 2.0
    quoted = {i: word_set(claim.quoted) for i, claim in enumerate(claims) if claim.quoted}
    unquoted = np.array([not claim.quoted for claim in claims])
    for i, words in quoted.items():
        apart = unquoted & (similarity[i] < QUOTATION_PARAPHRASE_SIMILARITY)
        apart[[j for j, other in quoted.items() if j != i and not shares_words(words, other)]] = True
        distances[i, apart] = distances[apart, i] = 2.0
    figures = {i: found for i, claim in enumerate(claims) if (found := amounts(claim.text))}
    for i, j in combinations(figures, 2):
        if articles[i] != articles[j] and of_other_magnitudes(figures[i], figures[j]):
            distances[i, j] = distances[j, i] = 2.0
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="complete")
    return list(fcluster(tree, t=1.0 - SIMILARITY_THRESHOLD, criterion="distance"))


def _has_subject(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)


def _trim(span: Span) -> Span:
    """Drop the joining punctuation and conjunction at a clause's edges ("…, and"), not a
    quotation's closing mark."""
    start, end = span.start, span.end
    while start < end and span.doc[start].dep_ in {"cc", "punct"}:
        start += 1
    while end > start and span.doc[end - 1].dep_ in {"cc", "punct"} and span.doc[end - 1].text not in {".", "!"} \
            and not _closes_quotation(span.doc[start:end]):
        end -= 1
    return span.doc[start:end]


def _closes_quotation(span: Span) -> bool:
    """'... insisted the forward was "not for sale"' ends on the mark closing its quotation."""
    return span[-1].is_quote and sum(token.is_quote for token in span) % 2 == 0

