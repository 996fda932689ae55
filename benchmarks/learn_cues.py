"""Learn the attribution cue lexicon from PolNeAR's *training* split (never dev or test).

For every verb lemma: how often it heads a gold cue, and how often it occurs as a verb at all.
Lemmas that head a cue often enough, in a large enough share of their uses, are written to
`src/wirecheck/annotate/cue_lexicon.tsv`, which the quote annotator reads.

    python benchmarks/learn_cues.py [--min-count 4] [--min-share 0.2]
"""

from __future__ import annotations

import argparse
import importlib.util
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--min-share", type=float, default=0.2)
    args = parser.parse_args()
    heads, uses = count_cues(TRAIN)
    rows = sorted(((lemma, n, uses[lemma]) for lemma, n in heads.items()
                   if n >= args.min_count and n / max(uses[lemma], 1) >= args.min_share),
                  key=lambda row: (-row[1], row[0]))
    lines = ["# lemma\tcue_count\tverb_uses\t(learned by benchmarks/learn_cues.py from PolNeAR train)"]
    lines += [f"{lemma}\t{n}\t{total}" for lemma, n, total in rows]
    OUTPUT.write_text("\n".join(lines) + "\n")
    print(f"{len(rows)} cue lemmas written to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
