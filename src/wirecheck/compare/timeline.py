"""The story's timeline: dated sentences from every article, merged and ordered.

A sentence with a resolved time expression is an event on that date. Sentences of different
articles that state the same fact with the same date are one event with several mentions.
"""

from __future__ import annotations

from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.model import Event, Fact, Mention


def build_timeline(annotated: list[AnnotatedArticle], facts: list[Fact]) -> list[Event]:
    fact_of = {m: f for f in facts for m in f.mentions}
    events: dict[tuple[str, str], Event] = {}
    for article in annotated:
        for expression in article.times:
            if not expression.value:
                continue
            index = article.sentence_at(expression.start)
            sentence = article.article.sentences[index]
            mention = Mention(article=article.article.id, sentence=sentence.id)
            fact = fact_of.get(mention)
            key = (expression.value, fact.id if fact else sentence.id)
            event = events.get(key)
            if event is None:
                events[key] = Event(date=expression.value, date_expression=expression.text,
                                    text=sentence.text, mentions=[mention])
            elif mention not in event.mentions:
                event.mentions.append(mention)
    return sorted(events.values(), key=lambda e: (e.date, -len(e.mentions), e.text))
