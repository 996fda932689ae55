"""Sentences with stable ids (`<article id>.s<n>`) and character offsets into the article text;
a dateline opening one is not part of its text."""

from __future__ import annotations

from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.datelines import dateline_end
from wirecheck.model import Sentence


def add_sentences(annotated: AnnotatedArticle) -> None:
    article, doc = annotated.article, annotated.doc
    article.sentences = []  # annotating again starts afresh
    for span in doc.sents:
        text = span.text.strip()
        text = text[dateline_end(text):]  # 'CLEVELAND (AP) — ' is where, not what
        if not text:
            continue
        start = span.end_char - (len(span.text) - len(span.text.rstrip())) - len(text)
        number = len(annotated.sentences) + 1
        article.sentences.append(
            Sentence(id=f"{article.id}.s{number}", text=text, start=start, end=start + len(text))
        )
        annotated.sentences.append(span)
