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
_TRAILING_JOIN = re.compile(r"[\s,;]*(?:\b(?:although|though|but|and|while|whereas)\b[\s,;]*)?$", re.IGNORECASE)


def only_points(denied: str) -> bool:
    """'denied the report', 'rejected such claims as false', 'dismissing The Journal's article as
    political': words that point at a claim made elsewhere, and maybe name who made it, instead of
    restating it."""
    unnamed = " ".join(word for word in denied.split() if not word[:1].isupper())
    return not set(stems(unnamed)) - REFERENCE_WORDS


def denies_its_lead(denied: str, denier: str | None, sentence: str) -> bool:
    """Whether a denial points back at the claim its own sentence opens with ('Ukraine accused
    Russia of shelling the plant, which Moscow denies'): the sentence states that claim, too."""
    return only_points(denied) and len(lead_before_denier(denied, denier, sentence).split()) >= MIN_LEAD_WORDS


def denial_of_its_lead(quote: QuoteRecord, article: AnnotatedArticle) -> bool:
    """Whether an article's quote is a denial pointing back at the claim its sentence opens with."""
    return is_denial(quote.cue) and denies_its_lead(article.article.text[quote.start:quote.end],
                                                    quote.speaker.text if quote.speaker else None,
                                                    article.article.sentences[quote.sentence].text)


def lead_before_denier(denied: str, denier: str | None, sentence: str) -> str:
    """The sentence before who denies, or before the words pointing back when they come first
    ('..., which Moscow denies', '..., a claim the ministry denied'); '' when it opens with them or
    does not give them."""
    at = sentence.rfind(denied)
    if at <= 0 or not denier:
        return ""
    named = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(denier)}(?!\w)", sentence)]  # not 'he' in 'brother'
    if not named:
        return ""
    by = min(min(named, key=lambda start: abs(start - at)), at)  # the mention of the denier beside the denial
    return _TRAILING_JOIN.sub("", sentence[:by]) if by > 0 else ""
