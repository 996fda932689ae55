"""Comparing outlets: answer grouping (NAnCo), conflict detection (ClaimDiff), summaries (ROUGE)
and the time to compare a 50-article story, each beside a simple baseline in the same run.

    pip install -e '.[bench]'
    python benchmarks/compare.py [--data ../shared/data]

- NAnCo (discord-questions/nanco_dataset.json): answers from different outlets to one question,
  grouped by annotators. Every pair of answers to a question is "same group" or not; the score
  is balanced accuracy over all pairs. wirecheck groups the answers as it groups claims into
  facts (compare/align.py); the baseline calls a pair the same when its TF-IDF cosine is >= 0.3.
- ClaimDiff (claimdiff/*-train.json): pairs of claims from two outlets. A pair of the "weak"
  split with relation 1 holds a difference a reader should know (one weakens the other); the
  score is precision/recall of flagging those. wirecheck flags what its story comparison would:
  a denial set against a claim close in meaning, or one fact given different figures or years.
  The baseline flags a pair when exactly one of its claims is negated. Also printed: the share
  of the "strength" split's supporting pairs flagged (lower is better).
- Summaries: WikiRef topics with at least four articles; one article is held out and the lead
  of that article (its first three sentences, written by a journalist) is the reference for a
  summary of the others. ROUGE-1/2/L F1 of wirecheck's summary and of sumy's LexRank with the
  same number of sentences. A proxy: a held-out lead is one outlet's view, not a roundup.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
BASELINE_SIMILARITY = 0.3
REFERENCE_SENTENCES = 3
MIN_TOPIC_ARTICLES = 4
TIMED_STORY_ARTICLES = 50
NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor|n't|without|deny|denied|denies)\b|n't\b", re.IGNORECASE)
DENIAL_WORD = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|disput\w*|rebut\w*|"
                         r"false|untrue|fake|baseless)\b", re.IGNORECASE)


def balanced_accuracy(predicted: list[bool], gold: list[bool]) -> float:
    predicted, gold = np.array(predicted), np.array(gold)
    return ((predicted & gold).sum() / gold.sum() + (~predicted & ~gold).sum() / (~gold).sum()) / 2


def precision_recall(predicted: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    predicted, gold = np.array(predicted), np.array(gold)
    hits = (predicted & gold).sum()
    precision, recall = hits / max(predicted.sum(), 1), hits / max(gold.sum(), 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def tfidf_similarity(texts: list[str]) -> np.ndarray:
    vectors = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    return (vectors @ vectors.T).toarray()


def nanco(path: Path) -> None:
    from wirecheck.compare.align import align, claim_similarity, claims_from_texts

    gold, ours, baseline = [], [], []
    for question in json.loads(path.read_text()):
        answers = question["answers"]
        texts = [a["Answer"] for a in answers]
        claims = claims_from_texts(texts)
        group = {}
        for number, fact in enumerate(align(claims, claim_similarity(claims))):
            group.update({int(c.article): number for c in fact.claims})
        similarity = tfidf_similarity(texts)
        for i, j in itertools.combinations(range(len(answers)), 2):
            gold.append(answers[i]["cluster_global"] == answers[j]["cluster_global"])
            ours.append(group[i] == group[j])
            baseline.append(similarity[i, j] >= BASELINE_SIMILARITY)
    print(f"NAnCo answer grouping, {len(gold)} pairs ({sum(gold)} same group), balanced accuracy:")
    print(f"  baseline (TF-IDF >= {BASELINE_SIMILARITY})  {balanced_accuracy(baseline, gold):.3f}")
    print(f"  wirecheck                 {balanced_accuracy(ours, gold):.3f}", flush=True)


def wirecheck_flags(pairs: list[tuple[str, str]]) -> list[bool]:
    from wirecheck.compare.align import SIMILARITY_THRESHOLD, claim_similarity, claims_from_texts
    from wirecheck.compare.figures import differing_values

    claims = claims_from_texts([text for pair in pairs for text in pair])
    similarity = claim_similarity(claims)
    flags = []
    for row, (first, second) in enumerate(pairs):
        same_fact = similarity[2 * row, 2 * row + 1] >= SIMILARITY_THRESHOLD
        denial = bool(DENIAL_WORD.search(first)) != bool(DENIAL_WORD.search(second))
        flags.append(same_fact and (denial or bool(differing_values([first, second]))))
    return flags


def negation_flags(pairs: list[tuple[str, str]]) -> list[bool]:
    return [bool(NEGATION.search(first)) != bool(NEGATION.search(second)) for first, second in pairs]


def claimdiff(folder: Path) -> None:
    weak = json.loads((folder / "ClaimDiff-weak-train.json").read_text())["data"]
    strength = json.loads((folder / "ClaimDiff-strength-train.json").read_text())["data"]
    weak_pairs = [(x["claim_a"], x["claim_b"]) for x in weak]
    supporting = [(x["claim_a"], x["claim_b"]) for x in strength if x["relation"] == 1]
    gold = [x["relation"] == 1 for x in weak]
    print(f"ClaimDiff conflict detection, weak split: {len(gold)} pairs ({sum(gold)} weakening)")
    print(f"  {'system':<24} {'P':>6} {'R':>6} {'F1':>6} {'supporting pairs flagged':>25}")
    for name, flag in (("baseline (negation)", negation_flags), ("wirecheck", wirecheck_flags)):
        precision, recall, f1 = precision_recall(flag(weak_pairs), gold)
        false_alarms = np.mean(flag(supporting))
        print(f"  {name:<24} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f} {false_alarms:>25.3f}", flush=True)


def lexrank(texts: list[str], sentences: int) -> list[str]:
    """sumy's LexRank over the texts' sentences (split by spaCy: sumy's own splitter needs NLTK data)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    class Words:
        language = "english"

        @staticmethod
        def to_words(sentence: str) -> list[str]:
            return re.findall(r"\w+", sentence)

    paragraphs = [Paragraph([Sentence(s, Words) for s in split_sentences(text)]) for text in texts]
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return [str(s) for s in summarizer(ObjectDocumentModel(paragraphs), sentences)]


def split_sentences(text: str) -> list[str]:
    from wirecheck.annotate.nlp import load_nlp

    return [s.text.strip() for s in load_nlp()(text).sents if s.text.strip()]


def summaries(folder: Path) -> None:
    from rouge_score import rouge_scorer

    from wirecheck.annotate.pipeline import annotate
    from wirecheck.dedup import mark_duplicates
    from wirecheck.embed import embedder
    from wirecheck.ingest import collect
    from wirecheck.pipeline import compare_story, extract_all

    labels = dict(line.split("\t") for line in (folder / "WikiRef220_labels.tsv").read_text().splitlines()[1:]
                  if "\t" in line)
    articles, _ = extract_all(collect([folder / "wikiref" / "WikiRef220"]), progress=False)
    mark_duplicates(articles)
    topics = defaultdict(list)
    for article in sorted(articles, key=lambda a: a.origin):
        if article.duplicate_of is None:
            topics[labels[Path(article.origin).name]].append(article)
    topics = {name: members for name, members in topics.items() if len(members) >= MIN_TOPIC_ARTICLES}
    annotated = {a.article.id: a for a in annotate([a for members in topics.values() for a in members])}
    largest = max(topics.values(), key=len)
    timed = [annotated[a.id] for a in largest[:TIMED_STORY_ARTICLES]]
    embedder()  # loaded, but nothing of the story embedded yet: the timing below includes its claims
    started = time.perf_counter()
    compare_story(timed)
    compared = time.perf_counter() - started
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    totals = {"wirecheck": np.zeros(3), "lexrank": np.zeros(3)}
    for members in topics.values():
        held_out, rest = members[0], members[1:]
        reference = " ".join(split_sentences(held_out.text)[:REFERENCE_SENTENCES])
        story = compare_story([annotated[a.id] for a in rest])
        ours = [s.text for s in story.summary]
        theirs = lexrank([a.text for a in rest], len(ours))
        for name, summary in (("wirecheck", ours), ("lexrank", theirs)):
            scores = scorer.score(reference, " ".join(summary))
            totals[name] += [scores[k].fmeasure for k in ("rouge1", "rouge2", "rougeL")]
    print(f"Summaries on {len(topics)} WikiRef topics (held-out lead as reference), mean ROUGE F1:")
    print(f"  {'system':<10} {'R-1':>6} {'R-2':>6} {'R-L':>6}")
    for name in ("lexrank", "wirecheck"):
        print(f"  {name:<10} " + " ".join(f"{v / len(topics):>6.3f}" for v in totals[name]))
    print(f"Comparing one {len(timed)}-article story (annotated, models loaded): {compared:.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    nanco(args.data / "discord-questions" / "nanco_dataset.json")
    claimdiff(args.data / "claimdiff")
    summaries(args.data / "wikiref")


if __name__ == "__main__":
    main()
