"""What a human-readable report shows of a story, computed once for Markdown and HTML alike."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from wirecheck.annotate.cues import is_denial
from wirecheck.compare.origins import same_origins
from wirecheck.compare.pointing import denies_its_lead, lead_before_denier
from wirecheck.model import Article, Fact, Quote, Source, Story

ANONYMOUS_SPEAKER = "Unnamed or unresolved speakers"


@dataclass
class FactRow:
    fact: Fact
    reported_by: list[bool]  # one flag per column article
    origin_names: list[str]


@dataclass
class QuoteRow:
    quote: Quote
    copies: list[str]  # labels of the near-copies that repeat it
    denied: str = ""  # the claim a denial points back at ('which' in '..., which Moscow denies')


@dataclass
class OriginChain:
    source: Source
    repeated_by: list[str]  # labels of the articles whose statements rest on it
    facts: int


@dataclass
class StoryView:
    story: Story
    columns: list[Article]  # original articles, one column each
    labels: dict[str, str]  # article id -> short label
    shared_facts: list[FactRow]
    single_outlet_facts: int
    origin_chains: list[OriginChain]
    quotes_by_speaker: list[tuple[str, list[QuoteRow]]]
    source_names: dict[str, str]
    one_origin_with: dict[str, str]  # source id -> the origin it is one with (spokespeople, relayed sources)
    relayed_by: dict[str, str]  # unnamed source id -> name of the outlet relaying them

    def origin_names(self, origins: list[str]) -> list[str]:
        """One name per independent origin: an office with those who spoke for it ('Kremlin (Dmitry
        Peskov)'), an outlet with the unnamed sources it relays ('Reuters (people familiar with the
        matter)')."""
        groups: dict[str, list[str]] = {}
        for origin in origins:
            groups.setdefault(self.one_origin_with.get(origin, origin), []).append(origin)
        shown = []
        for office, members in groups.items():
            voices = [self.source_names[m] for m in members if m != office]
            relayed = all(m in self.relayed_by for m in members if m != office)
            with_voices = voices and (office in members or relayed)
            shown.append(f"{self.source_names[office]} ({', '.join(voices)})" if with_voices
                         else ", ".join(self.source_names[m] for m in members))
        return shown


def story_view(story: Story) -> StoryView:
    labels = _labels(story.articles)
    columns = [a for a in story.articles if a.duplicate_of is None]
    names = {s.id: s.name for s in story.sources}
    one_origin_with = same_origins(story.sources, story.articles)
    view = StoryView(
        story=story, columns=columns, labels=labels, shared_facts=[],
        single_outlet_facts=sum(1 for f in story.facts if f.outlets < 2),
        origin_chains=_origin_chains(story, labels),
        quotes_by_speaker=_quotes_by_speaker(story.quotes, story.articles, labels),
        source_names=names,
        one_origin_with=one_origin_with,
        relayed_by={s.id: names[one_origin_with[s.id]] for s in story.sources
                    if s.kind == "anonymous" and s.id in one_origin_with},
    )
    for fact in (f for f in story.facts if f.outlets >= 2):
        stating = {m.article for m in fact.mentions}
        view.shared_facts.append(FactRow(fact, [a.id in stating for a in columns], view.origin_names(fact.origins)))
    return view


def _labels(articles: list[Article]) -> dict[str, str]:
    """Each article's outlet, numbered when one outlet has several articles."""
    counts: dict[str, int] = defaultdict(int)
    for article in articles:
        counts[article.label] += 1
    seen: dict[str, int] = defaultdict(int)
    labels = {}
    for article in articles:
        seen[article.label] += 1
        labels[article.id] = article.label if counts[article.label] == 1 else f"{article.label} ({seen[article.label]})"
    return labels


def _origin_chains(story: Story, labels: dict[str, str]) -> list[OriginChain]:
    """Cited sources that facts rest on, with the articles that repeat them: 'Journal <- AP, ...'."""
    repeated: dict[str, set[str]] = defaultdict(set)
    fact_count: dict[str, int] = defaultdict(int)
    for fact in story.facts:
        for origin in fact.origins:
            fact_count[origin] += 1
    cited = {s.id: set(s.cited_in) for s in story.sources}
    for fact in story.facts:
        for mention in fact.mentions:
            for origin in fact.origins:
                if mention in cited[origin]:
                    repeated[origin].add(labels[mention.article])
    chains = [OriginChain(s, sorted(repeated[s.id]), fact_count[s.id])
              for s in story.sources if not s.own_reporting and len(repeated[s.id]) >= 2]
    return sorted(chains, key=lambda c: (-len(c.repeated_by), -c.facts, c.source.name))


def _quotes_by_speaker(quotes: list[Quote], articles: list[Article],
                       labels: dict[str, str]) -> list[tuple[str, list[QuoteRow]]]:
    """Each speaker's quotes, a quote a near-copy repeats shown once, with the copies named."""
    original_of = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    sentence_text = {s.id: s.text for a in articles for s in a.sentences}
    rows: dict[tuple, QuoteRow] = {}
    groups: dict[str, list[QuoteRow]] = defaultdict(list)
    for quote in sorted(quotes, key=lambda q: q.article in original_of):  # originals first
        key = (original_of.get(quote.article, quote.article), quote.speaker, quote.text)
        if key in rows:
            rows[key].copies.append(labels[quote.article])
            continue
        rows[key] = QuoteRow(quote, [], _denied_lead(quote, sentence_text.get(quote.sentence, "")))
        groups[quote.speaker or ANONYMOUS_SPEAKER].append(rows[key])
    return sorted(groups.items(), key=lambda item: (item[0] == ANONYMOUS_SPEAKER, -len(item[1]), item[0]))


def _denied_lead(quote: Quote, sentence: str) -> str:
    """What a denial pointing back at its sentence's claim denies, as the sentence states it."""
    if is_denial(quote.cue) and denies_its_lead(quote.text, quote.speaker_text, sentence):
        return lead_before_denier(quote.text, quote.speaker_text, sentence)
    return ""
