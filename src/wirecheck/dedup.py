"""Near-duplicates: syndicated wire copy and reposts are marked `duplicate_of` their original.

MinHash LSH finds candidate pairs without comparing every pair; a candidate is a copy when
most of its word 5-grams appear in the earlier article (containment), so a repost with its own
header and footer still counts as a copy, and a full story is no copy of the brief that went
out before it.

Papers often run only a wire story's first paragraphs, which share too few 5-grams with the
whole for a strict LSH to offer the pair: a second index of each article's lead finds those,
and the whole-text index asks for little overlap, so that a reprint under a paragraph of its
own is offered too.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from wirecheck.model import Article

SHINGLE_WORDS = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.2  # a third of a wire story under a paragraph of its own is offered
CONTAINMENT_THRESHOLD = 0.8
LEAD_SHINGLES = 40  # a reprint cut to its first paragraphs shares the original's lead


def mark_duplicates(articles: list[Article]) -> None:
    """Set `duplicate_of` on every article that copies an earlier-published (or earlier-given) one."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].published or "9999", i))
    rank = {i: position for position, i in enumerate(order)}
    grams = {i: _word_grams(articles[i].text) for i in order}
    leads = {i: set(grams[i][:LEAD_SHINGLES]) for i in order}
    shingles = {i: set(grams[i]) for i in order}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    lead_lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for i in order:
        signature, lead = _minhash(shingles[i]), _minhash(leads[i])
        originals = {int(key) for key in lsh.query(signature) + lead_lsh.query(lead)}
        match = min((j for j in originals if _containment(shingles[i], shingles[j]) >= CONTAINMENT_THRESHOLD),
                    key=rank.__getitem__, default=None)
        if match is not None:
            articles[i].duplicate_of = articles[match].id
        else:
            lsh.insert(str(i), signature)
            lead_lsh.insert(str(i), lead)


def _word_grams(text: str) -> list[str]:
    """The text's word 5-grams in order (its words, when it has fewer)."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words)]
    return [" ".join(words[k:k + SHINGLE_WORDS]) for k in range(len(words) - SHINGLE_WORDS + 1)]


def _minhash(shingles: set[str]) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM)
    signature.update_batch([shingle.encode() for shingle in shingles])
    return signature


def _containment(later: set[str], earlier: set[str]) -> float:
    """The share of the later article's 5-grams the earlier one has."""
    return len(later & earlier) / max(1, len(later))
