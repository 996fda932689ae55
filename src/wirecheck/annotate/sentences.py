"""Sentences with stable ids (`<article id>.s<n>`) and character offsets into the article text."""

from __future__ import annotations

from wirecheck.annotate.document import AnnotatedArticle
from wirecheck.model import Sentence


def add_sentences(annotated: AnnotatedArticle) -> None:
    article, doc = annotated.article, annotated.doc
    text = article.text
    article.sentences = []  # annotating again starts afresh
    paragraph = 0
    previous_end = 0
    for span in doc.sents:
        text = span.text.strip()
        if not text:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        if "\n" in text[previous_end:start]:
            paragraph += 1
        number = len(annotated.sentences) + 1
        article.sentences.append(
            Sentence(id=f"{article.id}.s{number}", text=text, start=start, end=start + len(text))
        )
        annotated.sentences.append(span)
        annotated.paragraph_of.append(paragraph)
        previous_end = start + len(text)
