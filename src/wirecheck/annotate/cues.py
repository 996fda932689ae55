"""Cue words: the verbs that attribute what follows to someone ("said", "denied", "urged")."""

from __future__ import annotations

from importlib import resources

CORE_CUES = {
    "say", "tell", "add", "write", "post", "tweet", "state", "claim", "deny", "confirm", "insist",
    "warn", "explain", "note", "argue", "declare", "announce", "acknowledge", "admit", "suggest",
    "report", "reply", "respond", "ask", "allege", "assert", "contend", "maintain", "stress",
    "emphasize", "emphasise", "predict", "promise", "reveal", "disclose", "testify", "recall",
    "conclude", "concede", "counter", "dismiss", "reject", "refute", "accuse", "vow", "pledge",
    "indicate", "hint", "believe", "estimate", "complain", "comment", "continue", "repeat",
    "caution", "urge", "agree", "boast", "joke", "quip", "describe", "call",
    "yell", "shout", "scream", "cry", "exclaim", "whisper", "mutter", "chant", "scold", "plead",
}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "dispute", "rebut"}


def _learned_cues() -> set[str]:
    """Verb lemmas that head attributions in PolNeAR's training split (benchmarks/learn_cues.py)."""
    lines = resources.files("wirecheck.annotate").joinpath("cue_lexicon.tsv").read_text().splitlines()
    return {line.split("\t", 1)[0] for line in lines if line and not line.startswith("#")}


REPORTING_VERBS = CORE_CUES | _learned_cues()
# Inflected forms, for components that run before the lemmatizer.
_IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "speak": ["spoke", "spoken"],
              "think": ["thought"], "feel": ["felt"], "know": ["knew", "known"], "find": ["found"],
              "show": ["shown"], "hear": ["heard"]}


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", *_IRREGULAR.get(lemma, [])}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


CUE_FORMS = {form for lemma in REPORTING_VERBS for form in _forms(lemma)}
