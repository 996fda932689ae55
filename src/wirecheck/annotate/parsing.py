"""spaCy parses of many texts, each paragraph parsed once however many articles repeat it.

Syndicated copies repeat their original's paragraphs under another header or footer, or with a
paragraph cut or edited; parsing paragraph by paragraph lets a copy reuse every paragraph it
shares with a text parsed before, and costs nothing on texts that share none (spaCy batches
short texts as fast as long ones). The Docs of an article's paragraphs are joined into one Doc
whose text is exactly the article's. Paragraphs are independent for our pipeline, as every line
break starts a sentence; each is parsed after the end of a sentence and a paragraph break
(`CONTEXT`), as it would be read inside an article, so a name that opens it is still seen as one.
Against whole-article parses: 0.5% of entities and 0.4% of tags or dependencies differ.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import nullcontext

from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

# A line with the line breaks and indentation after it: pieces joined back give the text unchanged.
_PARAGRAPH = re.compile(r"[^\n]*(?:\n\s*|$)")
CONTEXT = ".\n\n"


def paragraphs(text: str) -> list[str]:
    """The text's lines, each with the line breaks and indentation that follow it."""
    return [match.group() for match in _PARAGRAPH.finditer(text) if match.group()]


def parse_all(nlp: Language, texts: list[str], batch_size: int, processes: int) -> Iterator[Doc]:
    """A Doc per text, in order. Each distinct paragraph is parsed once (`batch_size` paragraphs
    at a time) and kept only until the last text that repeats it has been served."""
    pieces = [paragraphs(text) or [text] for text in texts]  # an empty text is its own piece
    uses_left = Counter(piece for text_pieces in pieces for piece in text_pieces)
    in_context = (CONTEXT + piece for piece in uses_left)  # first-seen order
    # spaCy's processes are forked from this one: one BLAS thread each, or they fight over the cores.
    with threadpool_limits(1, user_api="blas") if processes > 1 else nullcontext():
        fresh = nlp.pipe(in_context, batch_size=batch_size, n_process=processes)
        parsed: dict[str, Doc] = {}
        for text_pieces in pieces:
            docs = []
            for piece in text_pieces:
                docs.append(parsed[piece] if piece in parsed else _without_context(next(fresh), piece, nlp))
                uses_left[piece] -= 1
                if uses_left[piece]:
                    parsed[piece] = docs[-1]
                else:
                    parsed.pop(piece, None)
            yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def _without_context(doc: Doc, piece: str, nlp: Language) -> Doc:
    start = next((token.i for token in doc if token.idx >= len(CONTEXT)), len(doc))
    if start == len(doc) or doc[start].idx != len(CONTEXT):
        return nlp(piece)  # blank, or opening with spaces the context's line break absorbed
    return doc[start:].as_doc()
