"""Sentences with stable ids (`<article id>.s<n>`) and character offsets into the article text."""

from __future__ import annotations

from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.model import Sentence


def add_sentences(annotated: AnnotatedArticle) -> None:
    article, doc = annotated.article, annotated.doc
    article.sentences = []  # annotating again starts afresh
    for span in doc.sents:
        text = span.text.strip()
        if not text:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        number = len(annotated.sentences) + 1
        article.sentences.append(
            Sentence(id=f"{article.id}.s{number}", text=text, start=start, end=start + len(text))
        )
        annotated.sentences.append(span)
