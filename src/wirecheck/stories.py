"""Stories: articles about the same event grouped together.

Two articles are compared by what they say and when: a blend of TF-IDF cosine (title and lead
weighted, plus the body: shared names and specific words) and the cosine of sentence
embeddings of title and lead (the same event told in other words), scaled down when their
publication days lie far apart (two weekly reports on one topic are two stories). Average-link
agglomerative clustering cuts at a fixed similarity; near-duplicates follow their original.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from wirecheck.model import Article, day_number

SIMILARITY_THRESHOLD = 0.25
EMBEDDING_WEIGHT = 0.3
LEAD_CHARS = 600
EMBEDDED_LEAD_CHARS = 300
SAME_EVENT_DAYS = 2  # follow-ups within this many days are not penalised
HALVING_DAYS = 3  # beyond that, similarity halves every this many days


def group_stories(articles: list[Article]) -> list[list[Article]]:
    """Partition articles into stories, largest first; each story keeps input order."""
    originals = [a for a in articles if a.duplicate_of is None]
    labels = _cluster(originals)
    groups: dict[int, list[Article]] = defaultdict(list)
    story_of = {}
    for article, label in zip(originals, labels):
        story_of[article.id] = label
    by_id = {a.id: a for a in articles}
    position = {id(article): index for index, article in enumerate(articles)}
    for article in articles:
        groups[story_of[_root(article, by_id)]].append(article)
    return sorted(groups.values(), key=lambda group: (-len(group), position[id(group[0])]))


def story_id(articles: list[Article]) -> str:
    """Stable across runs: derived from the ids of the story's articles."""
    return "s" + members_hash(a.id for a in articles)[:10]


def members_hash(ids: Iterable[str]) -> str:
    """One digest per set of article ids, whatever their order."""
    return hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()


def similarity(articles: list[Article]) -> np.ndarray:
    """Pairwise story similarity in [0, 1] (symmetric; the diagonal is 1)."""
    from wirecheck.embed import embedder

    documents = [f"{a.title or ''}\n{a.text[:LEAD_CHARS]}\n{a.text}" for a in articles]
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(documents)
    lexical = (vectors @ vectors.T).toarray()
    leads = embedder()([f"{a.title or ''}. {a.text[:EMBEDDED_LEAD_CHARS]}" for a in articles])
    semantic = np.clip(leads @ leads.T, 0.0, 1.0)
    blended = (1 - EMBEDDING_WEIGHT) * lexical + EMBEDDING_WEIGHT * semantic
    return np.clip(blended * _time_factor(articles), 0.0, 1.0)


def _time_factor(articles: list[Article]) -> np.ndarray:
    """1 for articles published within SAME_EVENT_DAYS (or without a known day), halving with
    each further HALVING_DAYS apart."""
    days = np.array([day_number(a.published) for a in articles], dtype=float)  # None becomes NaN
    gaps = np.abs(days[:, None] - days[None, :])
    excess = np.nan_to_num(np.clip(gaps - SAME_EVENT_DAYS, 0.0, None), nan=0.0)
    return 0.5 ** (excess / HALVING_DAYS)


def _root(article: Article, by_id: dict[str, Article]) -> str:
    while article.duplicate_of and article.duplicate_of in by_id:
        article = by_id[article.duplicate_of]
    return article.id


def _cluster(articles: list[Article]) -> list[int]:
    if len(articles) < 2:
        return [0] * len(articles)
    distances = 1.0 - similarity(articles)
    np.fill_diagonal(distances, 0.0)
    clustering = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average",
        distance_threshold=1.0 - SIMILARITY_THRESHOLD,
    )
    return list(clustering.fit_predict(distances))
