"""Learn the attribution cue lexicon from PolNeAR's *training* split (never dev or test).

For every verb lemma: how often it heads a gold cue, and how often it occurs as a verb at all.
Lemmas that head a cue often enough, in a large enough share of their uses, are candidates.
wirecheck then annotates the split with every candidate as a cue, and a candidate whose
attributions mostly match no gold one is dropped: under `--min-precision` of at least
`--min-attributions`. The default, 0.36, is half of wirecheck's F1: dropping predictions
that match less often than that raises F1. What remains is written to
`src/wirecheck/annotate/cue_lexicon.tsv`, which the quote annotator reads.

    python benchmarks/learn_cues.py [--min-count 4] [--min-share 0.2] [--min-precision 0.36]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "data" / "polnear" / "data" / "train"
OUTPUT = ROOT / "src" / "wirecheck" / "annotate" / "cue_lexicon.tsv"


def load_scorer():
    spec = importlib.util.spec_from_file_location("polnear_eval", SHARED / "tools" / "polnear_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def count_cues(split: Path) -> tuple[Counter, Counter]:
    from wirecheck.annotate.nlp import load_nlp

    docs, gold, _ = load_scorer().load_split(str(split))
    names = list(docs)
    heads, uses = Counter(), Counter()
    parsed = load_nlp().pipe((docs[name].text for name in names), batch_size=16, n_process=2)
    for name, doc in zip(names, parsed):
        verbs = {t.idx: t for t in doc if t.pos_ in {"VERB", "AUX"}}
        uses.update(t.lemma_.lower() for t in verbs.values())
        for attribution in gold.get(name, []):
            cue_verbs = [t for start, end in attribution["cue"] or [] for i, t in verbs.items() if start <= i < end]
            if cue_verbs:
                heads[min(cue_verbs, key=lambda t: len(list(t.ancestors))).lemma_.lower()] += 1
    return heads, uses


def attribution_precision(lemmas: set[str]) -> dict[str, tuple[int, int]]:
    """For each lemma, how many of wirecheck's attributions on the split it heads and how many of
    those match a gold attribution. The annotation runs in a fresh interpreter, which reads the
    lexicon just written."""
    from wirecheck.annotate.cues import verb_forms

    annotate = ("import json, sys; sys.path.insert(0, sys.argv[1]); import attribution; "
                "print(json.dumps(attribution.wirecheck_predictions("
                "attribution.documents(attribution.Path(sys.argv[2])), processes=2)))")
    output = subprocess.run([sys.executable, "-c", annotate, str(ROOT / "benchmarks"), str(TRAIN)],
                            check=True, capture_output=True, text=True).stdout
    scorer = load_scorer()
    docs, gold, _ = scorer.load_split(str(TRAIN))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as predicted:
        predicted.write("".join(json.dumps(p) + "\n" for p in json.loads(output)))
        predicted.flush()
        predictions, _ = scorer.load_preds(predicted.name, docs)
    lemma_of = {form: lemma for lemma in lemmas for form in verb_forms(lemma)}
    counts: dict[str, list[int]] = {}
    for name, doc in docs.items():
        found = predictions.get(name, [])
        matched = {j for _, j in scorer.match_doc(doc, gold.get(name, []), found, "overlap")}
        for j, prediction in enumerate(found):
            words = " ".join(doc.text[start:end] for start, end in prediction["cue"]).lower().split()
            head = next((lemma_of[word] for word in reversed(words) if word in lemma_of), None)
            if head is not None:
                tally = counts.setdefault(head, [0, 0])
                tally[0] += 1
                tally[1] += j in matched
    return {lemma: (n, hits) for lemma, (n, hits) in counts.items()}


def write_lexicon(rows: list[tuple[str, int, int]]) -> None:
    lines = ["# lemma\tcue_count\tverb_uses\t(learned by benchmarks/learn_cues.py from PolNeAR train)"]
    lines += [f"{lemma}\t{n}\t{total}" for lemma, n, total in rows]
    OUTPUT.write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--min-share", type=float, default=0.2)
    parser.add_argument("--min-precision", type=float, default=0.36)
    parser.add_argument("--min-attributions", type=int, default=8)
    args = parser.parse_args()
    heads, uses = count_cues(TRAIN)
    rows = sorted(((lemma, n, uses[lemma]) for lemma, n in heads.items()
                   if n >= args.min_count and n / max(uses[lemma], 1) >= args.min_share),
                  key=lambda row: (-row[1], row[0]))
    write_lexicon(rows)
    from wirecheck.annotate.cues import CORE_CUES

    precision = attribution_precision({lemma for lemma, _, _ in rows} - CORE_CUES)
    dropped = sorted(lemma for lemma, (n, hits) in precision.items()
                     if n >= args.min_attributions and hits / n < args.min_precision)
    rows = [row for row in rows if row[0] not in dropped]
    write_lexicon(rows)
    print(f"{len(rows)} cue lemmas written to {OUTPUT.relative_to(ROOT)}; dropped for precision under "
          f"{args.min_precision}: {', '.join(dropped) or 'none'}")


if __name__ == "__main__":
    main()
