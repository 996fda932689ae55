"""Cue words: the verbs that attribute what follows to someone ("said", "denied", "urged")."""

from __future__ import annotations

import re
from importlib import resources

CORE_CUES = {
    "say", "tell", "add", "write", "post", "tweet", "state", "claim", "deny", "confirm", "insist",
    "warn", "explain", "note", "argue", "declare", "announce", "acknowledge", "admit", "suggest",
    "report", "reply", "respond", "ask", "allege", "assert", "contend", "stress",
    "emphasize", "emphasise", "predict", "promise", "reveal", "disclose", "testify", "recall",
    "conclude", "concede", "counter", "dismiss", "reject", "refute", "accuse", "vow", "pledge",
    "indicate", "hint", "believe", "estimate", "complain", "comment", "continue", "repeat",
    "caution", "urge", "agree", "boast", "joke", "quip", "describe", "call",
    "yell", "shout", "scream", "cry", "exclaim", "whisper", "mutter", "chant", "scold", "plead", "answer",
}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "dispute", "rebut"}
_DENYING = r"den(?:y|ies|ied|ying)|refut|disput|rebut"  # deny whatever they take
_DENIAL_CUE = re.compile(rf"^(?:{_DENYING}|reject|dismiss|push(?:es|ed|ing)? back)", re.IGNORECASE)
_OUTRIGHT_DENIAL_CUE = re.compile(rf"^(?:{_DENYING})", re.IGNORECASE)


def is_denial(cue: str | None) -> bool:
    """A cue that denies what it reports ("denied", "rejected", "disputes", "pushed back")."""
    return bool(cue and _DENIAL_CUE.match(cue))


def denies_outright(cue: str | None) -> bool:
    """A denial whatever it takes ("denied", "disputes"); "rejected" may take an offer."""
    return bool(cue and _OUTRIGHT_DENIAL_CUE.match(cue))


def _learned_cues() -> dict[str, float]:
    """Verb lemmas that head attributions in PolNeAR's training split (benchmarks/learn_cues.py),
    with the share of their uses that do."""
    lines = resources.files("wirecheck.annotate").joinpath("cue_lexicon.tsv").read_text().splitlines()
    shares = {}
    for line in lines:
        if line and not line.startswith("#"):
            lemma, cues, uses = line.split("\t")[:3]
            shares[lemma] = int(cues) / max(int(uses), 1)
    return shares


LEARNED = _learned_cues()
# Every verb that attributes a stance, as PolNeAR marks them ("supported the plan", "attacked him"),
# but "find", learned from "a poll found that ...": it attributes only with its clause, not in
# "can't find jobs" (on PolNeAR train this drops 85 wrong attributions for 19 right ones).
REPORTING_VERBS = CORE_CUES | (set(LEARNED) - {"find"})
# Verbs too common to be cues on their own, which attribute when they take a clause: "found that"
# (not "That means ...": the writer's inference).
CLAUSE_CUES = {"find", "show", "know", "think", "feel", "believe", "want", "hope", "fear", "expect", "see",
               "hear", "learn", "understand", "realize", "recognize", "acknowledge", "assume", "doubt",
               "worry", "suspect", "guess", "imagine", "decide", "determine", "discover",
               "maintain"}  # "maintained that ...", not "maintained ties with Moscow"
# Verbs that attribute only what they speak of after a preposition: "spoke about the war" (PolNeAR
# train: 43 of 47 marked), not "spoke at a rally", nor "spoke on condition of anonymity".
PREPOSITION_CUES = {"speak": {"about", "of", "against"}, "touch": {"on"}}
# Adjectives and nouns that attribute a stance on what follows their preposition: "was critical of the
# deal", "his endorsement of Cruz" (PolNeAR train: each marked in half or more of its uses).
STANCE_PREPOSITIONS = {
    "critical": {"of"}, "supportive": {"of"}, "worried": {"about"},
    "endorsement": {"of"}, "criticism": {"of"}, "concern": {"about"}, "defense": {"of"},
    "mention": {"of"}, "doubt": {"about"}, "chant": {"of"}, "attack": {"against"},
}
# Nouns that attribute the clause they introduce: "Trump's claim that ...", "a warning that ...".
NOUN_CUES = {
    "claim", "statement", "assertion", "belief", "view", "warning", "promise", "suggestion", "allegation",
    "report", "fear", "hope", "concern", "accusation", "admission", "argument", "insistence", "pledge",
    "recognition", "notion", "idea", "message", "charge", "contention", "comment", "remark", "assessment",
    "prediction", "estimate", "conclusion", "finding", "announcement", "opinion", "speculation", "assurance",
    "acknowledgment", "denial", "confirmation", "indication", "sense", "expectation", "impression",
}
# Verbs whose passive names what was reported and who reported it: "was first reported by Bloomberg".
PASSIVE_REPORT_VERBS = {"report", "reveal", "announce", "confirm", "disclose", "publish", "release", "call", "declare"}
# Verbs whose object alone is a statement worth listing ("denied the report", "urged calm"); other
# cues count as statements in the report only with a clause ("said that ...").
STATEMENT_OBJECT_VERBS = DENIAL_VERBS | {
    "accuse", "urge", "warn", "promise", "vow", "pledge", "blame", "criticize", "praise", "endorse",
    "call", "describe", "demand", "propose", "condemn", "denounce", "question",
}

# Inflected forms, for components that run before the lemmatizer.
_IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "speak": ["spoke", "spoken"],
              "think": ["thought"], "feel": ["felt"], "know": ["knew", "known"], "find": ["found"],
              "show": ["shown"], "hear": ["heard"]}


def verb_forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", *_IRREGULAR.get(lemma, [])}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


CUE_FORMS = {form for lemma in REPORTING_VERBS for form in verb_forms(lemma)}
