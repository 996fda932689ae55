"""Near-duplicates: syndicated wire copy and reposts are marked `duplicate_of` their original.

MinHash LSH finds candidate pairs without comparing every pair; a candidate is a copy when
most of the shorter article's word 5-grams appear in the other (containment), so a repost
with its own header and footer still counts as a copy.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from wirecheck.model import Article

SHINGLE_WORDS = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.5
CONTAINMENT_THRESHOLD = 0.8


def mark_duplicates(articles: list[Article]) -> None:
    """Set `duplicate_of` on every article that copies an earlier-published (or earlier-given) one."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].published or "9999", i))
    rank = {i: position for position, i in enumerate(order)}
    shingles = {i: _shingles(articles[i].text) for i in order}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for i in order:
        signature = _minhash(shingles[i])
        originals = [int(key) for key in lsh.query(signature)]
        match = min((j for j in originals if _containment(shingles[i], shingles[j]) >= CONTAINMENT_THRESHOLD),
                    key=rank.__getitem__, default=None)
        if match is not None:
            articles[i].duplicate_of = articles[match].id
        else:
            lsh.insert(str(i), signature)


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)}
    return {" ".join(words[k:k + SHINGLE_WORDS]) for k in range(len(words) - SHINGLE_WORDS + 1)}


def _minhash(shingles: set[str]) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM)
    signature.update_batch([shingle.encode() for shingle in shingles])
    return signature


def _containment(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))
