"""An extractive summary in which every sentence cites the sentences it came from.

Sentences are chosen for how widely their fact is reported and how central they are to the
story, skipping any that repeat a chosen fact or a sentence already cited (maximal marginal
relevance); each cites the sentences of its fact that say the same (a fact may also hold ones
only close in topic, and outlets giving another figure of it). A claim resting on one origin is
credited in words ("According to The Wall Street Journal, ..."). Denials found in the story close
the summary, cited to the sentences that report them; one that only points back ("Okafor denied
that, ...") comes right after what it denies.
"""

from __future__ import annotations

import re

import numpy as np

from wirecheck.compare.align import Claim
from wirecheck.model import Conflict, Fact, Mention, Source, SummarySentence

DEFAULT_SENTENCES = 5
MIN_WORDS, MAX_WORDS = 8, 60
REDUNDANCY = 0.5
SUPPORT_WEIGHT = 0.2
CENTRALITY_WEIGHT = 0.3
LEAD_WEIGHT = 0.5
LEAD_SENTENCES = 3
MAX_CONFLICTS_NAMED = 2
_ATTRIBUTED = re.compile(r"\b(?:according to|report(?:s|ed|edly)?|said|says?|told|claim(?:s|ed)?|allegedly|citing|"
                         r"den(?:y|ies|ied)|rejected|confirmed|found|finds|concluded|show(?:s|ed|n)|"
                         r"estimat(?:es|ed)\s+that|announced|stated|wrote)\b",
                         re.IGNORECASE)
_SUBJECT_PRONOUNS = {"It", "He", "She", "They"}
_OPENING_PRONOUNS = _SUBJECT_PRONOUNS | {"This", "That", "These", "Those", "Its", "His", "Her", "Their"}
# 'On Thursday he said ...': a pronoun subject right after a short opening phrase.
_EARLY_PRONOUN = re.compile(r"^(?:On|In|By|Last|Earlier|Later|After|Before)\b[^,]{0,25}?,?\s(?:he|she|they)\b")
# A denial that only points back at what it denies: 'denied that,', 'denied it.', 'denies the claim'.
_POINTING_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|disput(?:e|es|ed)|rejected|dismissed)\s+(?:that|it|this|"
                              r"(?:the|that|this|those|these)\s+(?:claims?|allegations?|reports?|accusations?|"
                              r"accounts?))\s*[,.;]", re.IGNORECASE)
_LOWERABLE = {"The", "A", "An", "In", "On", "At", "During", "For", "Since", "After", "Before", "One"}


def summarize(claims: list[Claim], similarity: np.ndarray, facts: list[Fact], sources: list[Source],
              conflicts: list[Conflict], own_source: dict[str, str], originals: set[str],
              length: int = DEFAULT_SENTENCES) -> list[SummarySentence]:
    candidates = [i for i, c in enumerate(claims) if c.article in originals and _readable(c.sentence_text)]
    if not candidates or length <= 0:
        return []
    fact_of = {m: f for f in facts for m in f.mentions}
    names = {s.id: s.name for s in sources}
    articles = np.array([c.article for c in claims])
    other_article = articles[:, None] != articles[None, :]
    centrality = (similarity * other_article).sum(axis=1) / np.maximum(other_article.sum(axis=1), 1)
    centrality = centrality / (centrality.max() or 1.0)
    sides = _sides(conflicts)
    summary: list[SummarySentence] = []
    chosen: list[int] = []
    chosen_facts: set[str] = set()
    cited: set[str] = set()
    for index in sorted(candidates, key=lambda i: -_score(claims[i], fact_of, len(originals), centrality[i])):
        if len(summary) >= length:
            break
        fact = fact_of.get(_mention(claims[index]))
        if (fact and fact.id in chosen_facts) or claims[index].sentence_id in cited \
                or any(similarity[index, j] > REDUNDANCY for j in chosen):
            continue
        chosen.append(index)
        if fact:
            chosen_facts.add(fact.id)
        restating = [claims[j].sentence_id for j in _restating(index, claims, similarity, fact, sides)]
        summary.append(_sentence(claims[index], restating, fact, names, own_source))
        cited.update(summary[-1].citations)
    for conflict in [c for c in conflicts if c.kind == "denial"][:MAX_CONFLICTS_NAMED]:
        claim, denial = conflict.sides[0], conflict.sides[-1]
        text = _denier_named(denial.text, [names[o] for o in denial.origins if o in names])
        if denial.mentions[0].sentence in cited or not _readable(text):
            continue
        closing = SummarySentence(text=text, citations=[m.sentence for m in denial.mentions])
        if not _POINTING_DENIAL.search(text):
            summary.append(closing)
            continue
        # 'Okafor denied that, ...' reads only right after what it denies
        claimed = [m.sentence for m in claim.mentions]
        stating = [i for i, sentence in enumerate(summary) if set(claimed) & set(sentence.citations)]
        if not stating:
            summary.append(SummarySentence(text=claim.text, citations=claimed))
        summary.insert(stating[-1] + 1 if stating else len(summary), closing)
    return summary


def _denier_named(text: str, deniers: list[str]) -> str:
    """'She denied a report ...' as 'Maud Bregeon denied a report ...': the summary has no sentence
    before it to name her."""
    first, _, rest = text.partition(" ")
    return f"{deniers[0]} {rest}" if first in _SUBJECT_PRONOUNS and len(deniers) == 1 else text


def _readable(text: str) -> bool:
    """Long enough to say something, short enough to read, no question, and not opening with a
    pronoun whose antecedent the summary would not have ("It said its pharmacists ...", "It's the
    latest sign ...", "On Thursday she said ...")."""
    words = text.split()
    return MIN_WORDS <= len(words) <= MAX_WORDS and text[:1].isupper() and not text.rstrip().endswith("?") \
        and re.sub(r"['’](?:s|re|ll|d)$", "", words[0]) not in _OPENING_PRONOUNS and not _EARLY_PRONOUN.match(text)


def _mention(claim: Claim) -> Mention:
    return Mention(article=claim.article, sentence=claim.sentence_id)


def _score(claim: Claim, fact_of: dict, articles: int, centrality: float) -> float:
    """How widely the claim's fact is reported, how central it is, and how near its article's
    lead (news puts what matters most first)."""
    fact = fact_of.get(_mention(claim))
    support = (fact.outlets / articles) if fact else 0.0
    lead = 1.0 / (1.0 + claim.sentence / LEAD_SENTENCES)
    return SUPPORT_WEIGHT * support + CENTRALITY_WEIGHT * centrality + LEAD_WEIGHT * lead


def _restating(index: int, claims: list[Claim], similarity: np.ndarray, fact: Fact | None,
               sides: dict[Mention, set[tuple[int, int]]]) -> list[int]:
    """The claims of the fact, in other sentences, that say what claim `index` says: not those giving
    another figure or year of it (`sides`: a mention's sides in conflicts of figures)."""
    members = set(fact.mentions) if fact else set()
    own_sides = sides.get(_mention(claims[index]), set())
    return [j for j, claim in enumerate(claims)
            if _mention(claim) in members and claim.sentence_id != claims[index].sentence_id
            and similarity[index, j] >= REDUNDANCY and not _opposed(own_sides, sides.get(_mention(claim), set()))]


def _opposed(one: set[tuple[int, int]], other: set[tuple[int, int]]) -> bool:
    """On other sides of one conflict, and on no side together ('480,000 according to the ministry and
    1.3 million according to the union' is on both)."""
    conflicts = {conflict for conflict, _ in one} & {conflict for conflict, _ in other}
    return any(not {side for c, side in one if c == conflict} & {side for c, side in other if c == conflict}
               for conflict in conflicts)


def _sides(conflicts: list[Conflict]) -> dict[Mention, set[tuple[int, int]]]:
    """{mention: (conflict, side) pairs} over conflicts of figures and years."""
    sides: dict[Mention, set[tuple[int, int]]] = {}
    for number, conflict in enumerate(c for c in conflicts if c.kind in {"numeric", "date"}):
        for side_number, side in enumerate(conflict.sides):
            for mention in side.mentions:
                sides.setdefault(mention, set()).add((number, side_number))
    return sides


def _sentence(claim: Claim, restating: list[str], fact: Fact | None, names: dict[str, str],
              own_source: dict[str, str]) -> SummarySentence:
    citations = list(dict.fromkeys([claim.sentence_id, *restating]))
    text = claim.sentence_text
    external = [o for o in (fact.origins if fact else []) if o not in own_source.values()]
    if fact and fact.independent_origins == 1 and external and not _ATTRIBUTED.search(text) \
            and names[external[0]].lower() not in text.lower():
        first, rest = (text.split(" ", 1) + [""])[:2]
        first = first.lower() if first in _LOWERABLE else first
        text = f"According to {names[external[0]]}, {first} {rest}".rstrip()
    return SummarySentence(text=text, citations=citations)
