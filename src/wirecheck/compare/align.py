"""Facts: sentences from different articles that state the same thing, aligned.

Each sentence is a claim described by its content lemmas and the story entities it names
(so "Musk" and "Elon Musk" agree); TF-IDF weighs rare words up, and average-link clustering
groups claims whose similarity holds across the whole group. Two sentences of one article are
never merged directly: a fact is what several outlets say, not one outlet repeating itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.compare.entities import EntityIndex

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
MIN_CLAIM_WORDS = 6
SIMILARITY_THRESHOLD = 0.27


@dataclass
class Claim:
    article: str
    sentence: int  # index into the article's sentences
    sentence_id: str
    text: str
    features: list[str]


@dataclass
class AlignedFact:
    claims: list[Claim]
    representative: Claim


def claims_of(annotated: list[AnnotatedArticle], entities: EntityIndex) -> list[Claim]:
    claims = []
    for article in annotated:
        for index, span in enumerate(article.sentences):
            sentence = article.article.sentences[index]
            if len(sentence.text.split()) < MIN_CLAIM_WORDS:
                continue
            features = [t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop]
            for mention in article.mentions:
                if mention.sentence == index:
                    entity = entities.find(mention.text)
                    features.append(f"entity:{entity.id}" if entity else mention.text.lower())
            claims.append(Claim(article.article.id, index, sentence.id, sentence.text, features))
    return claims


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


def claim_similarity(claims: list[Claim]) -> np.ndarray:
    if not claims:
        return np.zeros((0, 0))
    vectorizer = TfidfVectorizer(analyzer=lambda features: features, sublinear_tf=True)
    vectors = vectorizer.fit_transform([c.features for c in claims])
    return (vectors @ vectors.T).toarray()


def _cluster(claims: list[Claim], similarity: np.ndarray) -> list[int]:
    if len(claims) < 2:
        return [0] * len(claims)
    articles = np.array([c.article for c in claims])
    distances = 1.0 - similarity
    distances[articles[:, None] == articles[None, :]] = 1.0
    np.fill_diagonal(distances, 0.0)
    clustering = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average",
        distance_threshold=1.0 - SIMILARITY_THRESHOLD,
    )
    return list(clustering.fit_predict(np.clip(distances, 0.0, 1.0)))
