"""Named-entity mentions per article, with surnames the tagger missed added back.

The small English model tags "Elon Musk" but often misses or mislabels a later bare "Musk";
any capitalised token equal to the last name of a PERSON in the same article is a mention of
that person too.
"""

from __future__ import annotations

import re

from wirecheck.annotate.document import AnnotatedArticle, EntityMention

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_NOISE = re.compile(r"^(?:between|and|of|with)\s+", re.IGNORECASE)


def clean_name(text: str) -> str:
    """A mention's name without possessive ending or stray leading function words."""
    text = _LEADING_NOISE.sub("", " ".join(text.split()))
    return _POSSESSIVE.sub("", text).strip(" ,.;:-–—\"“”'‘’")


def add_entities(annotated: AnnotatedArticle) -> None:
    doc = annotated.doc
    covered = set()
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        name = clean_name(ent.text)
        if not name or not name[0].isupper():
            continue
        start = ent.start_char + ent.text.find(name) if name in ent.text else ent.start_char
        annotated.mentions.append(
            EntityMention(name, ent.label_, start, start + len(name), annotated.sentence_at(start))
        )
        covered.update(range(ent.start, ent.end))
    _add_missed_surnames(annotated, covered)
    annotated.mentions.sort(key=lambda mention: mention.start)


def _add_missed_surnames(annotated: AnnotatedArticle, covered: set[int]) -> None:
    surnames = {
        mention.text.split()[-1]
        for mention in annotated.mentions
        if mention.label == "PERSON" and len(mention.text.split()) >= 2
    }
    for token in annotated.doc:
        if token.i in covered or token.text not in surnames or token.pos_ not in {"PROPN", "NOUN"}:
            continue
        annotated.mentions.append(
            EntityMention(token.text, "PERSON", token.idx, token.idx + len(token.text),
                          annotated.sentence_at(token.idx))
        )
