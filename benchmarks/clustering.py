"""Story clustering: B-cubed precision/recall/F1, wirecheck beside a plain baseline.

    python benchmarks/clustering.py [--data ../shared/data]

Two kinds of sets:
- ClaimDiff events (event level, short texts, small stories): ClaimDiff's train pairs come
  from two outlets' articles on one news event (AllSides-style topic + date). Each article is
  rebuilt from its title and the claim sentences taken from it (about six), labelled by its
  event. Many events share people and themes (several Trump-Russia stories), so grouping by
  topic fails here. Dates are left out: one date per event would give the answer away.
- WikiRef220/186/150: news articles labelled by the Wikipedia topic that cites them
  (WikiRef220_labels.tsv labels all three: the smaller sets are subsets). The labels are
  topics, not single events, so an event-level clusterer is expected to split them.
Baseline: TF-IDF over title and text, cosine, single-link agglomerative clustering at 0.3.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
CLAIMDIFF_FILES = ("ClaimDiff-strength-train.json", "ClaimDiff-weak-train.json")
BASELINE_THRESHOLD = 0.3


def b_cubed(predicted: list[int], gold: list[str]) -> tuple[float, float, float]:
    """Mean over items of the share of its predicted cluster with its gold label (precision) and
    of its gold class in its predicted cluster (recall)."""
    pairs = Counter(zip(predicted, gold))
    by_cluster, by_label = Counter(predicted), Counter(gold)
    precision = sum(pairs[p, g] / by_cluster[p] for p, g in zip(predicted, gold)) / len(gold)
    recall = sum(pairs[p, g] / by_label[g] for p, g in zip(predicted, gold)) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def baseline(texts: list[str]) -> list[int]:
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    distances = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, None)
    clustering = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="single",
                                         distance_threshold=1.0 - BASELINE_THRESHOLD)
    return list(clustering.fit_predict(distances))


def wirecheck_stories(articles) -> list[int]:
    from wirecheck.dedup import mark_duplicates
    from wirecheck.stories import group_stories

    mark_duplicates(articles)
    label = {a.id: number for number, story in enumerate(group_stories(articles)) for a in story}
    return [label[a.id] for a in articles]


def claimdiff_events(folder: Path) -> tuple[list, list[str]]:
    """ClaimDiff articles (title + claims, no date) and their event labels."""
    from wirecheck.model import Article

    claims: dict[str, list[str]] = defaultdict(list)
    event = {}
    for name in CLAIMDIFF_FILES:
        for pair in json.loads((folder / name).read_text())["data"]:
            for side in "ab":
                title, claim = pair[f"article_{side}"], pair[f"claim_{side}"]
                event[title] = f"{pair['topic']} {pair['date']}"
                if claim not in claims[title]:
                    claims[title].append(claim)
    articles = [Article(id=hashlib.sha1(title.encode()).hexdigest()[:12], origin=title, outlet=None,
                        title=title, published=None, text=" ".join(claims[title]))
                for title in sorted(claims)]
    return articles, [event[a.title] for a in articles]


def wikiref(folder: Path, name: str) -> tuple[list, list[str]]:
    from wirecheck.ingest import collect
    from wirecheck.pipeline import extract_all

    lines = (folder / "WikiRef220_labels.tsv").read_text().splitlines()[1:]
    labels = dict(line.split("\t") for line in lines if "\t" in line)
    articles, _ = extract_all(collect([folder / "wikiref" / name]), progress=False)
    return articles, [labels[Path(a.origin).name] for a in articles]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    sets = [("ClaimDiff", lambda: claimdiff_events(args.data / "claimdiff"))]
    sets += [(name, lambda name=name: wikiref(args.data / "wikiref", name))
             for name in ("WikiRef220", "WikiRef186", "WikiRef150")]
    print(f"{'set':<11} {'system':<10} {'articles':>8} {'clusters':>8} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'s':>6}")
    for name, load in sets:
        articles, gold = load()
        for system, cluster in (("baseline", lambda: baseline([f"{a.title or ''}\n{a.text}" for a in articles])),
                                ("wirecheck", lambda: wirecheck_stories(articles))):
            started = time.perf_counter()
            predicted = cluster()
            precision, recall, f1 = b_cubed(predicted, gold)
            print(f"{name:<11} {system:<10} {len(articles):>8} {len(set(predicted)):>8} {precision:>6.3f} "
                  f"{recall:>6.3f} {f1:>6.3f} {time.perf_counter() - started:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
