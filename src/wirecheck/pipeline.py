"""The whole data flow: ingest -> extract -> dedup -> stories -> annotate -> compare -> summarize -> Report."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from itertools import accumulate, count
from pathlib import Path

from tqdm import tqdm

from wirecheck import __version__
from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.annotate.pipeline import PARALLEL_FROM, annotate
from wirecheck.compare.align import align, claim_similarity, claims_of, close_claims
from wirecheck.compare.attribution import attribute
from wirecheck.compare.conflicts import find_conflicts
from wirecheck.compare.entities import EntityIndex
from wirecheck.compare.life_events import life_details
from wirecheck.compare.origins import build_facts
from wirecheck.compare.timeline import build_timeline
from wirecheck.dedup import mark_duplicates
from wirecheck.embed import load_for_workers
from wirecheck.errors import InputRejected
from wirecheck.extract import extract
from wirecheck.ingest import RawDocument, collect
from wirecheck.ingest.web import DEFAULT_POLICY, FetchPolicy
from wirecheck.judge import Judge
from wirecheck.model import Article, Mention, Rejected, Report, Story
from wirecheck.stories import group_stories, story_id
from wirecheck.summarize import DEFAULT_SENTENCES, summarize
from wirecheck.workers import cores, one_thread_each, release_freed_memory, run_all

TITLE_MAX_CHARS = 120
CHUNK_ARTICLES = 24  # per worker task: enough for spaCy's batching, few enough to share out evenly


def analyze(paths: Iterable[str | Path], *, summary_sentences: int = DEFAULT_SENTENCES,
            progress: bool = False, policy: FetchPolicy = DEFAULT_POLICY) -> Report:
    """Read every article reachable from `paths` (files, folders, URLs, feeds, archives, "-")
    and return the report of all their stories."""
    articles, rejected = extract_all(collect(paths, policy), progress)
    stories, failed = analyze_articles(articles, summary_sentences=summary_sentences, progress=progress)
    return Report(generator=f"wirecheck {__version__}", stories=stories, rejected=rejected + failed)


def analyze_articles(articles: list[Article], *, summary_sentences: int = DEFAULT_SENTENCES,
                     progress: bool = False, processes: int | None = None) -> tuple[list[Story], list[Rejected]]:
    """Dedup, group, annotate and compare extracted articles: their stories, and the articles
    that could not be analysed (each alone; the rest go on)."""
    mark_duplicates(articles)
    stories, rejected = analyze_groups(group_stories(articles), summary_sentences=summary_sentences,
                                       progress=progress, processes=processes)
    return [story for story in stories if story is not None], rejected


def analyze_groups(groups: list[list[Article]], *, summary_sentences: int = DEFAULT_SENTENCES,
                   progress: bool = False, processes: int | None = None) -> tuple[list[Story | None], list[Rejected]]:
    """Each group's story (None where none of its articles could be analysed); what fails is
    listed with its reason and the rest go on.

    On every core (or `processes` of them) for long runs: chunks of whole stories go to worker
    processes that annotate and compare them alone, so an article's parse never leaves the
    process that made it and every stage runs in parallel.
    """
    articles = sum(map(len, groups))
    if processes is None:
        processes = cores() if articles >= PARALLEL_FROM else 1
    chunks = _chunks(groups, CHUNK_ARTICLES) if processes > 1 else [groups]
    bar = tqdm(total=articles, desc="analysing", unit="article", disable=None if progress else True)
    if len(chunks) == 1:
        stories, rejected = _analyze_streamed(groups, summary_sentences, on_article=bar.update)
    else:
        load_for_workers()
        outcomes: dict[int, tuple[list[Story | None], list[Rejected]]] = {}
        work = partial(_analyze_streamed, summary_sentences=summary_sentences)
        for index, outcome in run_all(work, chunks, processes, size=_size, initializer=one_thread_each):
            outcomes[index] = outcome
            bar.update(_size(chunks[index]))
        stories = [story for index in range(len(chunks)) for story in outcomes[index][0]]
        rejected = [failure for index in range(len(chunks)) for failure in outcomes[index][1]]
    bar.close()
    return stories, rejected


def _chunks(groups: list[list[Article]], articles: int) -> list[list[list[Article]]]:
    """Consecutive groups gathered until each chunk holds at least `articles` articles."""
    chunks: list[list[list[Article]]] = [[]]
    for group in groups:
        if _size(chunks[-1]) >= articles:
            chunks.append([])
        chunks[-1].append(group)
    return [chunk for chunk in chunks if chunk]


def _size(groups: list[list[Article]]) -> int:
    return sum(map(len, groups))


def _analyze_streamed(groups: list[list[Article]], summary_sentences: int,
                      on_article: Callable[[], object] | None = None) -> tuple[list[Story | None], list[Rejected]]:
    """`analyze_groups` in this process: all articles stream through one annotation pass, group
    after group, and each group is compared as soon as its last article is through, then its
    parses are dropped, so memory holds the parses of a story or two, not of the whole run."""
    for group in groups:
        infer_missing_dates(group)
    everyone = [article for group in groups for article in group]
    ends = list(accumulate(len(group) for group in groups))  # one past each group's last article
    position = {id(article): index for index, article in enumerate(everyone)}
    stories: list[Story | None] = []
    rejected: list[Rejected] = []
    annotated: dict[int, AnnotatedArticle] = {}

    def failed(article: Article, error: Exception) -> None:
        rejected.append(Rejected(origin=article.origin, reason=f"could not be annotated: {describe(error)}"))

    def compare_groups_before(index: int) -> None:
        while len(stories) < len(groups) and ends[len(stories)] <= index:
            members = [annotated.pop(id(a)) for a in groups[len(stories)] if id(a) in annotated]
            stories.append(_compared(members, summary_sentences, rejected) if members else None)
            members.clear()  # the story's parses go, and the memory comparing it took goes back
            release_freed_memory()

    for item in annotate(everyone, on_error=failed, processes=1):
        compare_groups_before(position[id(item.article)])
        annotated[id(item.article)] = item
        if on_article is not None:
            on_article()
    compare_groups_before(len(everyone))
    return stories, rejected


def _compared(members: list[AnnotatedArticle], summary_sentences: int, rejected: list[Rejected]) -> Story | None:
    try:
        return compare_story(members, summary_sentences)
    except Exception as error:  # noqa: BLE001 - one story that cannot be compared must not stop the others
        rejected += [Rejected(origin=a.article.origin, reason=f"its story could not be compared: {describe(error)}")
                     for a in members]
        return None


def analyze_story(articles: list[Article], summary_sentences: int = DEFAULT_SENTENCES) -> Story:
    """Annotate and compare the articles of one story."""
    return compare_story(list(annotate(articles)), summary_sentences)


def compare_story(annotated: list[AnnotatedArticle], summary_sentences: int = DEFAULT_SENTENCES) -> Story:
    """Compare the annotated articles of one story and build its report."""
    articles = [a.article for a in annotated]
    entities = EntityIndex(annotated)
    attribution = attribute(annotated, entities)
    claims = claims_of(annotated, entities)
    similarity = claim_similarity(claims)
    aligned = align(claims, similarity)
    facts = build_facts(aligned, articles, attribution)
    clauses = {fact.id: [claim.text for claim in group.claims] for fact, group in zip(facts, aligned)}
    close = [tuple(Mention(article=claim.article, sentence=claim.sentence_id) for claim in pair)
             for pair in close_claims(aligned, similarity, claims)]
    conflicts = find_conflicts(facts, attribution.quotes, attribution.sources, attribution.sentence_sources,
                               articles, Judge.from_env(), clauses, life_details(annotated, entities), close)
    originals = {a.id for a in articles if a.duplicate_of is None}
    return Story(
        id=story_id(articles),
        title=_title(annotated, facts),
        articles=articles,
        entities=entities.entities,
        quotes=attribution.quotes,
        sources=attribution.sources,
        facts=facts,
        conflicts=conflicts,
        timeline=build_timeline(annotated, facts),
        summary=summarize(claims, similarity, facts, attribution.sources, conflicts,
                          attribution.own_source, originals, summary_sentences),
    )


def extract_all(documents: Iterable[RawDocument | Rejected], progress: bool) -> tuple[list[Article], list[Rejected]]:
    """Every input's article, each under an id of its own: the same text given twice under one id
    is rejected as given before; another text under a taken id ('reuters' in two dumps) gets the
    first free 'reuters-2'."""
    articles, rejected, texts_by_id = [], [], {}
    for document in tqdm(documents, desc="reading", unit="input", disable=None if progress else True):
        article = read(document)
        if isinstance(article, Article) and article.id in texts_by_id:
            if texts_by_id[article.id] == article.text:
                article = Rejected(origin=article.origin, reason=f"given before under the same id '{article.id}'")
            else:
                article.id = next(f"{article.id}-{n}" for n in count(2) if f"{article.id}-{n}" not in texts_by_id)
        if isinstance(article, Rejected):
            rejected.append(article)
            continue
        texts_by_id[article.id] = article.text
        articles.append(article)
    return articles, rejected


def read(document: RawDocument | Rejected) -> Article | Rejected:
    """One input's article, or why it was rejected; never raises for a bad input."""
    if isinstance(document, Rejected):
        return document
    try:
        return extract(document)
    except InputRejected as rejection:
        return Rejected(origin=rejection.origin, reason=rejection.reason)
    except Exception as error:  # noqa: BLE001 - one broken input must not stop the others
        return Rejected(origin=document.origin, reason=f"could not be read: {describe(error)}")


def describe(error: Exception) -> str:
    """An exception as one line for a rejected entry."""
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def infer_missing_dates(story: list[Article]) -> None:
    """An undated article of a story gets the median date of its dated articles (basis 'story')."""
    known = sorted(date.fromisoformat(a.published) for a in story if a.published and len(a.published) == 10)
    if not known:
        return
    median = known[len(known) // 2] if len(known) % 2 else statistics.median_low(known)
    for article in story:
        if not article.published:
            article.published, article.published_basis = median.isoformat(), "story"


def _title(annotated: list[AnnotatedArticle], facts) -> str:
    titled = [a.article for a in annotated if a.article.title and a.article.duplicate_of is None]
    if titled:
        return titled[0].title
    return shorten(facts[0].text) if facts else "Untitled story"


def shorten(text: str) -> str:
    """A text cut at a word boundary to fit a title."""
    return text if len(text) <= TITLE_MAX_CHARS else text[:TITLE_MAX_CHARS].rsplit(" ", 1)[0] + "…"
