"""Denials that point at a claim instead of restating it: 'denied the report', 'rejected such
claims as false', '..., which Moscow denies'."""

from __future__ import annotations

import re

from wirecheck.annotate.cues import is_denial
from wirecheck.annotate.document import AnnotatedArticle, QuoteRecord
from wirecheck.compare.figures import stems

# Stems that only point at a claim and judge it ("denied the report as false") without restating it.
REFERENCE_WORDS = {"report", "articl", "story", "storie", "claim", "claims", "allega", "accusa", "involv", "accoun",
                   "untrue", "false", "fake", "baseles", "inaccu", "wrong", "absolu", "catego",
                   "inform", "politi", "fabric", "nonsen", "lies"}
MIN_LEAD_WORDS = 8  # words before a denial that state the claim it points back at
_SAYING = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b")  # the denier speaking first
_TRAILING_JOIN = re.compile(r"[\s,;]*(?:\b(?:although|though|but|and|while|whereas)\b[\s,;]*)?$", re.IGNORECASE)


def only_points(denied: str) -> bool:
    """'denied the report', 'rejected such claims as false', 'dismissing The Journal's article as
    political': words that point at a claim made elsewhere, and maybe name who made it, instead of
    restating it."""
    unnamed = " ".join(word for word in denied.split() if not word[:1].isupper())
    return not set(stems(unnamed)) - REFERENCE_WORDS


def denies_its_lead(denied: str, denier: str | None, sentence: str) -> bool:
    """Whether a denial points back at the claim its own sentence opens with ('Ukraine accused
    Russia of shelling the plant, which Moscow denies'): the sentence states that claim, too; not
    the denier's own words before it ('"...," Peskov said, dismissing the report')."""
    by = _denier_at(denied, denier, sentence)
    return only_points(denied) and by > 0 and len(_lead(sentence, by).split()) >= MIN_LEAD_WORDS \
        and not _SAYING.search(sentence, by, sentence.rfind(denied))


def denial_of_its_lead(quote: QuoteRecord, article: AnnotatedArticle) -> bool:
    """Whether an article's quote is a denial pointing back at the claim its sentence opens with."""
    return is_denial(quote.cue) and denies_its_lead(article.article.text[quote.start:quote.end],
                                                    quote.speaker.text if quote.speaker else None,
                                                    article.article.sentences[quote.sentence].text)


def lead_before_denier(denied: str, denier: str | None, sentence: str) -> str:
    """The sentence before who denies, or before the words pointing back when they come first
    ('..., which Moscow denies', '..., a claim the ministry denied'); '' when it opens with them or
    does not give them."""
    by = _denier_at(denied, denier, sentence)
    return _lead(sentence, by) if by > 0 else ""


def _denier_at(denied: str, denier: str | None, sentence: str) -> int:
    """Where the mention of the denier beside the denial starts, or the denial's words when they
    come first; -1 when the sentence does not give both."""
    at = sentence.rfind(denied)
    if at <= 0 or not denier:
        return -1
    named = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(denier)}(?!\w)", sentence)]  # not 'he' in 'brother'
    return min(min(named, key=lambda start: abs(start - at)), at) if named else -1


def _lead(sentence: str, end: int) -> str:
    return _TRAILING_JOIN.sub("", sentence[:end])
