"""Stories: articles about the same event grouped together.

TF-IDF over each article's title and lead (weighted) plus its body, compared by cosine and
grouped by average-link agglomerative clustering; near-duplicates follow their original.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from wirecheck.model import Article

SIMILARITY_THRESHOLD = 0.15
LEAD_CHARS = 600


def group_stories(articles: list[Article]) -> list[list[Article]]:
    """Partition articles into stories, largest first; each story keeps input order."""
    originals = [a for a in articles if a.duplicate_of is None]
    labels = _cluster(originals)
    groups: dict[int, list[Article]] = defaultdict(list)
    story_of = {}
    for article, label in zip(originals, labels):
        story_of[article.id] = label
    by_id = {a.id: a for a in articles}
    for article in articles:
        groups[story_of[_root(article, by_id)]].append(article)
    return sorted(groups.values(), key=lambda group: (-len(group), articles.index(group[0])))


def story_id(articles: list[Article]) -> str:
    """Stable across runs: derived from the ids of the story's articles."""
    return "s" + hashlib.sha1("\n".join(sorted(a.id for a in articles)).encode()).hexdigest()[:10]


def _root(article: Article, by_id: dict[str, Article]) -> str:
    while article.duplicate_of and article.duplicate_of in by_id:
        article = by_id[article.duplicate_of]
    return article.id


def _cluster(articles: list[Article]) -> list[int]:
    if len(articles) < 2:
        return [0] * len(articles)
    documents = [f"{a.title or ''}\n{a.text[:LEAD_CHARS]}\n{a.text}" for a in articles]
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform(documents)
    distances = 1.0 - (vectors @ vectors.T).toarray()
    np.fill_diagonal(distances, 0.0)
    clustering = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average",
        distance_threshold=1.0 - SIMILARITY_THRESHOLD,
    )
    return list(clustering.fit_predict(np.clip(distances, 0.0, None)))
