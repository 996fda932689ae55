"""Article body extraction on the ScrapingHub article-extraction benchmark, beside plain trafilatura.

    python benchmarks/extraction.py [--data ../shared/data/article-extraction-benchmark]

The metric is the benchmark's own: each text becomes its word tokens (regex \\w+), then 4-token
shingles counted with multiplicity; per page, precision = shared / predicted shingles and
recall = shared / true shingles; the figures are the means over pages, and F1 is computed
from mean precision and mean recall (this reproduces the published trafilatura 2.0.0 and
readability-lxml figures from the files in baseline_output/). Pages per second are given per
CPU-second and per wall-second. Date accuracy is measured on the pages whose URL spells out
the publication day (the ground truth has no dates). The baseline is trafilatura's
`bare_extraction` with metadata, so both systems also find title, site and date.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"
TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:/|-|$)")


def shingles(text: str) -> Counter:
    tokens = TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)))


def precision_recall(true: str, predicted: str) -> tuple[float, float]:
    gold, guess = shingles(true), shingles(predicted)
    shared = sum((gold & guess).values())
    predicted_total, true_total = sum(guess.values()), sum(gold.values())
    return (shared / predicted_total if predicted_total else 0.0, shared / true_total if true_total else 0.0)


def score(truth: dict[str, str], predictions: dict[str, str]) -> dict[str, float]:
    pairs = [precision_recall(truth[key], predictions.get(key, "")) for key in truth]
    precision = sum(p for p, _ in pairs) / len(pairs)
    recall = sum(r for _, r in pairs) / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def plain_trafilatura(html: str, url: str | None) -> tuple[str, str | None]:
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    return (document.text or "", document.date) if document else ("", None)


def wirecheck_body(html: str, url: str | None) -> tuple[str, str | None]:
    from wirecheck.errors import InputRejected
    from wirecheck.extract import extract
    from wirecheck.ingest import Hints, RawDocument

    try:
        article = extract(RawDocument(origin=url or "page", content=html, kind="html", hints=Hints(url=url)))
    except InputRejected:
        return "", None
    return article.text, article.published


def url_date(url: str | None) -> str | None:
    """The publication day a URL spells out (/2019/11/18/ or 2019-11-18), the only dates the
    benchmark lets us know."""
    match = _URL_DATE.search(url or "")
    return "-".join(match.groups()) if match else None


def date_accuracy(pages: dict[str, tuple[str, str | None]], dates: dict[str, str | None]) -> tuple[float, int]:
    known = {key: url_date(url) for key, (_, url) in pages.items() if url_date(url)}
    correct = sum(1 for key, day in known.items() if (dates.get(key) or "")[:10] == day)
    return (correct / len(known) if known else 0.0), len(known)


def run(system: Callable[[str, str | None], tuple[str, str | None]], pages: dict[str, tuple[str, str | None]]):
    texts, dates = {}, {}
    wall, cpu = time.perf_counter(), time.process_time()
    for key, (html, url) in pages.items():
        texts[key], dates[key] = system(html, url)
    return texts, dates, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    truth_file = json.loads((args.data / "ground-truth.json").read_text())
    truth = {key: item["articleBody"] for key, item in truth_file.items()}
    pages = {key: (gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8"),
                   item.get("url")) for key, item in truth_file.items()}
    print(f"ScrapingHub article-extraction benchmark: {len(pages)} pages")
    print(f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'date acc':>9} {'pages/cpu-s':>12} "
          f"{'pages/wall-s':>13}")
    for name, system in (("trafilatura", plain_trafilatura), ("wirecheck", wirecheck_body)):
        system(*next(iter(pages.values())))  # warm up imports and caches
        texts, dates, wall, cpu = run(system, pages)
        result = score(truth, texts)
        accuracy, dated = date_accuracy(pages, dates)
        print(f"{name:<12} {result['precision']:>9.3f} {result['recall']:>7.3f} {result['f1']:>6.3f} "
              f"{accuracy:>9.3f} {len(pages) / cpu:>12.1f} {len(pages) / wall:>13.1f}", flush=True)
    print(f"date accuracy: share of the {dated} pages whose URL spells out the day that get that day")


if __name__ == "__main__":
    main()
