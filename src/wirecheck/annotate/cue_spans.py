"""Cue words and how far a cue reaches: which verbs attribute ("said", "denied", "as Ms. Simonyan
put it"), which carry another's infinitive ("continued to question"), and the span annotators mark
as the cue: the verb with its auxiliaries, adverbs, particle, the statement it came in, the verb
that issued it and the words up to a colon opening the quotation.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirecheck.annotate.cues import CLAUSE_CUES, PREPOSITION_CUES, REPORTING_VERBS
from wirecheck.annotate.speakers import (
    RAISING_VERBS, SUBJECT_DEPS, governing_verb, is_infinitive, is_raising, misread_name,
)

_PERCEIVING = {"see", "hear", "watch"}
_ISSUED_DOCUMENTS = {"statement", "release", "post"}
PUBLISHED_DOCUMENTS = _ISSUED_DOCUMENTS | {"letter", "memo", "message", "note", "tweet", "email", "ad"}
# Verbs that form one cue with the infinitive they carry: "continued to question".
CHAINING_VERBS = RAISING_VERBS | {"continue", "try", "attempt", "begin", "start", "fail", "manage", "go", "look"}
_ADDRESSING = {"tell", "ask", "accord"}  # 'told the crowd:', 'according to HuffPo:' name someone
# Verbs that give a figure for something after 'at': 'estimated the crowd at 20,000', 'put the toll at 41'.
MEASURING_VERBS = {"estimate", "put", "peg", "place", "count"}
_FIGURE_NOUNS = {"figure", "number", "toll", "turnout", "crowd", "total", "count", "tally", "cost", "attendance",
                 "damage", "losses", "bill", "size"}
# Particles that make a verb of saying one of doing: 'call off the strike', 'wrote down its stake'.
_PARTICLES_NOT_SAYING = {"call": {"off"}, "write": {"off", "down"}}
_DIRECTIONS = {"to", "into", "onto", "toward", "towards"}
_WAYS = {"higher", "lower", "up", "down", "further", "leftward", "rightward", "forward", "aside", "out"}
SPEECH_NOUNS = {"message", "comment", "case", "caveat", "statement", "warning", "question", "answer", "point",
                "note", "response", "reply", "explanation", "advice", "prediction", "word", "way", "quote", "line"}


def is_cue_word(token: Token) -> bool:
    """A word that attributes on its own: a verb of the cue lexicon, a verb that takes a clause
    ("found that") or a preposition ("spoke about"), "according" or "put it"."""
    if token.lower_ == "according":
        return True
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if puts_it(token) or puts_a_figure(token):
        return True
    lemma = token.lemma_.lower()
    if lemma in RAISING_VERBS and not is_raising(token):
        return False  # "appeared on MSNBC"
    if any(c.dep_ == "prt" and c.lower_ in _PARTICLES_NOT_SAYING.get(lemma, ()) for c in token.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):  # 'written off as a fringe'
        return False
    if lemma == "push" and _moves_something(token):
        return False  # 'could push food prices higher', 'pushed Clinton to the left'
    return lemma in REPORTING_VERBS or (lemma in CLAUSE_CUES and (
        any(c.dep_ == "ccomp" and not _perceived(c) and not _asked(c) for c in token.children)
        or closing_subject(token) is not None)) \
        or (lemma in PREPOSITION_CUES and any(c.dep_ == "prep" and c.lower_ in PREPOSITION_CUES[lemma]
                                              for c in token.rights))


def _moves_something(verb: Token) -> bool:
    """A verb that moves its object somewhere or some way: 'push prices higher', 'push the issue onto
    the agenda'; not 'push for reform' or 'push the idea that ...'."""
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and any(
        (c.dep_ == "prep" and c.lower_ in _DIRECTIONS) or (c.dep_ in {"advmod", "acomp", "oprd", "advcl"}
                                                          and c.lower_ in _WAYS) for c in children)


def _perceived(clause: Token) -> bool:
    """'will see their payments fall', 'heard him shout': what is seen or heard happen, not a
    statement held ('sees that prices fall', 'sees the economy is weak'), nor a wish ('wants to see
    him become the nominee'). The tagger takes 'fall' after a plural for a present tense."""
    perceiving = clause.head
    return (perceiving.lemma_.lower() in _PERCEIVING and not is_infinitive(perceiving)
            and clause.tag_ in {"VB", "VBP"} and not any(c.dep_ in {"aux", "mark"} for c in clause.children))


def _asked(clause: Token) -> bool:
    """'to see if their SUV is included': a question looked into, not a statement held."""
    return clause.head.lemma_.lower() in _PERCEIVING and any(
        c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)


def closing_subject(verb: Token) -> Token | None:
    """The subject of a verb that closes its sentence after a comma ('..., the study found.'),
    which tells who holds what the sentence said before it; None for any other verb."""
    doc = verb.doc
    after = verb.i + 1
    while after < len(doc) and not doc[after].is_sent_start:
        if not doc[after].is_punct:
            return None
        after += 1
    subject = max((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), key=lambda c: c.i,
                  default=None)  # the parser may give it the sentence's own subject too
    after_comma = subject is not None and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ","
    return subject if after_comma else None


def puts_it(token: Token) -> bool:
    """'as Ms. Simonyan put it, ...'"""
    return token.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)


def puts_a_figure(token: Token) -> bool:
    """'police put the number at 12,000', 'the CGT put the national figure at 1.3 million'."""
    return token.lemma_.lower() in MEASURING_VERBS - {"estimate"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS for c in token.children) \
        and any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)


def chained(verb: Token) -> bool:
    """An infinitive after a verb that only carries it: "continued to question", "began to find",
    "failed to refuse", "went on to say", "appeared to suggest" are one cue; "declined to say",
    "vowed to fight" are not (PolNeAR train: 62 chained of 67, against a few in ten for other
    verbs). "Clinton appeared to assuage ..." is the writer's impression of Clinton, not Clinton's
    statement."""
    head = verb.head
    went_on = verb.dep_ == "advcl" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
    return (verb.dep_ == "xcomp" or went_on) and head.i < verb.i and head.lemma_.lower() in CHAINING_VERBS \
        and is_infinitive(verb) and not any(c.dep_ == "ccomp" for c in head.children) \
        and (is_cue_word(verb) or (is_cue_word(head) and head.lemma_.lower() not in RAISING_VERBS))


def cue_span(verb: Token) -> tuple[int, int]:
    """The cue as annotators mark it: the verb with its auxiliaries, negation and particle."""
    doc = verb.doc
    tokens = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg", "prt"} and not any(
        t.is_punct or t.dep_ in SUBJECT_DEPS  # not the quotation's "will" in '"... will," said', nor "Do" in "Do you think"
        for t in doc[min(c.i, verb.i):max(c.i, verb.i)]) and not misread_name(c)]
    tokens += _adverbs_before(verb) + _manner_adverb_after(verb)
    preposition = verb.head
    if verb.dep_ == "pcomp" and preposition.i == verb.i - 1 and preposition.head.i == preposition.i - 1 \
            and preposition.head.pos_ in {"VERB", "ADJ"}:
        tokens.append(preposition.head)  # "began by saying", "impassioned in defending"
    elif verb.dep_ == "pcomp" and preposition.i == verb.i - 1 and preposition.lower_ in {"of", "in"}:
        tokens += _phrase_before_gerund(preposition)  # "took the unusual step of criticizing"
    if chained(verb):  # "continued to question", "appeared to suggest"
        head = verb.head
        tokens += _with_auxiliaries(head)
    elif _predicative(verb):  # "was able to tout", "won't be able to brag about"
        copula = verb.head.head
        tokens += [verb.head, *_with_auxiliaries(copula)]
    document = _issued_in(verb)
    if document is not None:  # "said in a statement"
        tokens.append(document)
    issuer = _issuing_verb(verb)
    if issuer is not None:  # "issued a statement saying"
        tokens.append(issuer)
    colon = _colon_opening_quotation(verb)
    if colon is not None:  # "had one message: ..."
        tokens.append(colon)
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def _colon_opening_quotation(verb: Token) -> Token | None:
    """The colon before a quotation when only how it was said lies between it and the verb: 'had
    one message: "..."', 'went even further: "..."', 'explained it this way:'. Annotators mark the
    words up to it as the cue (PolNeAR train: 70 times in 101); not what was said ('recalled the
    pay freeze:'), whom to ('told the crowd:') or what about ('said of Congress:')."""
    if verb.lemma_.lower() in _ADDRESSING:
        return None
    doc, words = verb.doc, []
    for token in doc[verb.i + 1:]:
        if token.text == ":":
            break
        if token.is_sent_start or token.is_quote or "\n" in token.text:
            return None
        if not token.is_punct:
            words.append(token)
    else:
        return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if not words or after is None or not (after.is_quote or "\n" in after.text or "\n" in token.whitespace_):
        return None
    if words[0].lower_ in {"of", "about", "on", "to"} or any(
            (t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod")  # 'the following statement:', but not a clause
            or t.dep_ in SUBJECT_DEPS  # 'explained CBS moderator Nancy Cordes:'
            or (t.dep_ == "dobj" and t.pos_ != "PRON" and t.lemma_.lower() not in SPEECH_NOUNS) for t in words):
        return None
    return token


def _with_auxiliaries(verb: Token) -> list[Token]:
    """The verb with the auxiliaries and negation before it ('has not been')."""
    return [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i]


def _phrase_before_gerund(preposition: Token) -> list[Token]:
    """The verb and what it holds before 'of' or 'in' and a gerund: 'made a point of saying', 'have
    no way of knowing', 'stopped short of calling', 'joined Democrats in writing'. Annotators mark
    them with the gerund (PolNeAR train: 24 times in 37)."""
    held = preposition.head
    verb = held if held.pos_ in {"VERB", "AUX"} else held.head if held.dep_ in {
        "dobj", "attr", "acomp", "advmod", "oprd"} and held.head.pos_ in {"VERB", "AUX"} else None
    if verb is None or not 0 < preposition.i - verb.i <= 6:
        return []
    between = preposition.doc[verb.i + 1:preposition.i]
    if any(t.is_punct or (t.dep_ in {"dobj", "nsubjpass", "pobj"} and _names_someone(t)) for t in between):
        return []  # 'accused Cruz of opposing': whom the verb is about
    return _with_auxiliaries(verb)


def _names_someone(word: Token) -> bool:
    return word.pos_ in {"PROPN", "PRON"} or word.tag_ == "NNS" or bool(word.ent_type_)


def _predicative(verb: Token) -> bool:
    """An infinitive after 'to be' and an adjective ('is eager to attack', 'were more likely to say'):
    annotators mark copula, adjective and verb as one cue."""
    adjective = verb.head
    return verb.dep_ == "xcomp" and adjective.dep_ == "acomp" and adjective.i < verb.i \
        and adjective.head.lemma_ == "be" and adjective.head.i < adjective.i


def _issuing_verb(participle: Token) -> Token | None:
    """The verb that put out what a participle says: 'issued a statement saying', 'sent a letter
    urging', 'unleashed a series of tweets early Friday saying'. Annotators mark the whole as the
    cue (PolNeAR train: 23 times in 26); after a comma the participle is a cue of its own."""
    if participle.tag_ != "VBG":
        return None
    if participle.dep_ == "acl":
        document = participle.head
        held = document.head.head if _of_documents(document) else document
        verb = governing_verb(held) if held.dep_ == "dobj" else None
    elif participle.dep_ == "advcl" and participle.doc[participle.i - 1].text != ",":
        verb = participle.head
        document = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if document is not None and document.lemma_.lower() not in PUBLISHED_DOCUMENTS:
            document = next((c for c in document.subtree if _of_documents(c)), None)
    else:
        return None
    published = document is not None and document.lemma_.lower() in PUBLISHED_DOCUMENTS
    return verb if published else None


def _of_documents(word: Token) -> bool:
    """'a series of tweets': documents counted by the noun before them."""
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ == "dobj"


def _adverbs_before(verb: Token) -> list[Token]:
    """'also said', 'has repeatedly called': adverbs inside the verb group, which annotators mark as
    part of the cue (PolNeAR train: 811 times in 912)."""
    group = {c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg", "advmod"}} | {verb.i}
    start = verb.i
    while start - 1 in group:
        start -= 1
    return [t for t in verb.doc[start:verb.i] if t.dep_ == "advmod" and t.tag_ in {"RB", "RBR", "RBS"}
            and not misread_name(t) and not any(c.dep_ == "npadvmod" for c in t.children)]  # 'two weeks ago'


def _manner_adverb_after(verb: Token) -> list[Token]:
    """'said flatly', 'wrote publicly': a manner adverb right after the verb, which annotators mark
    with it (PolNeAR: 29 times in 33); and the 'back' of 'shot back', 'pushed back'."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    manner = after is not None and after.dep_ == "advmod" and after.head.i == verb.i and after.tag_ == "RB" \
        and after.lower_.endswith("ly") and after.lower_ not in {"only", "early"}
    return [after] if manner or answered_back(verb) else []


def answered_back(verb: Token) -> bool:
    """'shot back', 'pushed back on the report': the verb answers someone; not 'pushed back the launch'."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.lower_ == "back" and after.head.i == verb.i \
        and after.dep_ in {"advmod", "prt"} and not any(c.dep_ == "dobj" for c in verb.children)


def _issued_in(verb: Token) -> Token | None:
    """The statement a verb's words came in: "said in a statement", "wrote in a Facebook post".
    Annotators count it in the cue (PolNeAR train: 60 times in 87); an interview they mostly leave out."""
    for preposition in verb.rights:
        if preposition.dep_ == "prep" and preposition.lower_ in {"in", "on"} and preposition.i - verb.i <= 3:
            document = next((c for c in preposition.children if c.dep_ == "pobj"), None)
            if document is not None and document.lemma_.lower() in _ISSUED_DOCUMENTS:
                return document
    return None
