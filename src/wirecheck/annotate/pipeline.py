"""Annotate: run spaCy once per article, then wirecheck's components in order, like a spaCy pipeline.

Each component is a function `(AnnotatedArticle) -> None` that adds one layer; they can be run
and tested alone, and later components read what earlier ones added.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.annotate.entities import add_entities
from wirecheck.annotate.nlp import load_nlp
from wirecheck.annotate.parsing import parse_all
from wirecheck.annotate.quotes import add_quotes
from wirecheck.annotate.sentences import add_sentences
from wirecheck.annotate.sources import add_citations
from wirecheck.annotate.timex import find_time_expressions
from wirecheck.datelines import dateline_spans
from wirecheck.model import Article
from wirecheck.workers import cores

Component = Callable[[AnnotatedArticle], None]


def add_times(annotated: AnnotatedArticle) -> None:
    """The text's time expressions, but a dateline's ('PARIS, March 15 (Reuters) -'): that is when
    the story was filed, not when something happened."""
    article = annotated.article
    datelines = dateline_spans(article.text)
    annotated.times = [expression for expression in find_time_expressions(article.text, article.published)
                       if not any(start <= expression.start < end for start, end in datelines)]


COMPONENTS: tuple[Component, ...] = (add_sentences, add_entities, add_quotes, add_citations, add_times)


PARALLEL_FROM = 64  # below this many articles, starting other processes costs more than it saves
# About 4 articles. spaCy's working memory grows with the tokens of a batch (~15 KB each: 250-340
# MB for 256 paragraphs), while its speed is the same from 64 paragraphs up.
PARAGRAPHS_PER_BATCH = 64


def annotate(articles: Iterable[Article], batch_size: int = PARAGRAPHS_PER_BATCH,
             on_error: Callable[[Article, Exception], None] | None = None,
             processes: int | None = None) -> Iterator[AnnotatedArticle]:
    """Annotate articles in order; spaCy parses their paragraphs in batches, each distinct one once
    (`parsing.parse_all`), on every core for long runs unless `processes` says how many (1 where
    the caller already runs one task per core).

    With `on_error`, an article whose annotation fails is reported there and skipped, so one
    odd text cannot stop a run; without it the error propagates.
    """
    articles = list(articles)
    if processes is None:
        processes = cores() if len(articles) >= PARALLEL_FROM else 1
    for article, doc in zip(articles, parse_all(load_nlp(), [a.text for a in articles], batch_size, processes)):
        annotated = AnnotatedArticle(article=article, doc=doc)
        try:
            for component in COMPONENTS:
                component(annotated)
        except Exception as error:  # noqa: BLE001 - isolated per article, reported by the caller
            if on_error is None:
                raise
            on_error(article, error)
            continue
        yield annotated
