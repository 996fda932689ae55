"""Quotes: direct (in quotation marks), indirect (a cue and what it attributes), mixed (both).

Direct quotes take their speaker from the nearest cue outside the marks in their sentence
('"...," he said'), a signature ('"..." ― Carla Sanchez'), or the previous quote they continue.
Indirect quotes are what a cue attributes: a verb's clause ("Peskov denied that ..."), the clause
around a parenthetical cue ("X, he said, Y"), a verb's complements ("urged voters to ..."), a
noun's clause ("Trump's claim that ..."), "according to X", or a headline "Name: ...". Each
record carries offsets, its cue span (how far a cue reaches is cue_spans.py's), the speaker
reference, whether it sits inside another quote (nested), and whether it is a statement or only a
stance ("supported the plan").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from wirecheck.annotate.cue_spans import (
    MEASURING_VERBS, PUBLISHED_DOCUMENTS, SPEECH_NOUNS, answered_back, chained, closing_subject, cue_span,
    is_cue_word, puts_a_figure, puts_it,
)
from wirecheck.annotate.cues import (
    CORE_CUES, DENIAL_VERBS, NOUN_CUES, PASSIVE_REPORT_VERBS, REPORTING_VERBS, STANCE_PREPOSITIONS,
    STATEMENT_OBJECT_VERBS,
)
from wirecheck.annotate.document import AnnotatedArticle, QuoteRecord, Reference
from wirecheck.annotate.nlp import cue_after_quotation
from wirecheck.annotate.quotemarks import find_quoted_spans
from wirecheck.annotate.source_kinds import SOCIAL_PLATFORMS
from wirecheck.annotate.speakers import (
    SUBJECT_DEPS, dates, governing_verb, is_extraposed, is_infinitive, is_stranded_object, negated,
    noun_phrase, reference_for, subject_of,
)
from wirecheck.datelines import in_dateline

# What a verb of saying may end its sentence with: 'said on Wednesday', 'said in a statement'.
_SCENE_DEPS = {"prep", "npadvmod", "advmod", "punct"}
# Complements that carry what a cue verb attributes when it has no clause: "urged voters to ...",
# "accused him of ...", "attacked Trump".
_COMPLEMENT_DEPS = {"xcomp", "dobj", "prep", "attr", "oprd", "dative"}
# All an attribution inserted in a sentence holds: ", the outlet reported, but denied ...".
_INSERTED_DEPS = {"punct", "cc", "conj", "advmod", "npadvmod", "aux", "neg"} | SUBJECT_DEPS
# Where words appear, named by no platform: 'posted on social media', 'said on television'.
_MEDIUM = re.compile(r"social media|(?:the\s+)?(?:radio|television|TV|internet|web)|"
                     r"(?:his|her|its|their)\s+(?:website|blog|podcast|account|page|channel)", re.IGNORECASE)
_CONTENT_PREPOSITIONS = {"of", "for", "about", "on", "against", "that", "as", "over"}
# Verbs whose words are what they point "to": "referring to Barack Obama", "pointed to the polls".
_POINTING_VERBS = {"refer", "point", "allude"}
_CONTRASTS = {"while", "whereas"}
_CONCESSIONS = {"though", "although"}
_RECEIVING_VERBS = {"win", "receive", "get", "earn", "gain", "secure", "land", "garner", "have", "seek", "want"}
# Prepositions that tell where, when or despite what something was said, not what
_SETTING_PREPOSITIONS = {"at", "during", "after", "before", "despite", "since", "amid", "throughout", "until"}
_OCCASIONS = {"speech", "interview", "debate", "rally", "statement", "appearance", "address", "remarks", "meeting",
              "hearing", "conference", "event", "forum", "briefing", "letter", "email", "post", "tweet", "video"}
# "called him a 'liar'": these cues make a short quotation a fragment of the speaker's statement.
_NEEDS_QUOTE_PREFIXES = ("call", "describ")
MIN_DIRECT_WORDS = 4
_CLOSING_MARK = re.compile(r"''|[”\"»“’']")  # typewriter-style doubled marks too
CONTINUATION_SENTENCES = 2


def add_quotes(annotated: AnnotatedArticle) -> None:
    text = annotated.article.text
    quoted = find_quoted_spans(text)
    quoted_chars = annotated.quoted_mask = _char_mask(len(text), quoted)
    indirect = _indirect_quotes(annotated, quoted_chars) + _colon_attributions(annotated)
    records: list[QuoteRecord] = []
    for start, end in quoted:
        core_start, core_end = _strip_span(text, start, end)
        host = next((q for q in records + indirect if q.start <= core_start < q.end), None)
        if host is not None:
            if host.kind == "indirect":  # 'told the paper that Musk is a "..."'
                _take_in(host, text, (start, end), core_end)
            continue
        earlier = sorted((q for q in records + indirect if q.end <= start), key=lambda q: q.end)
        record = _direct_quote(annotated, start, end, quoted_chars, earlier)
        if record is None:
            continue
        utterance = text[start:end].rstrip()[-1:] in ",.?!…" and (_stands_alone(text, start) or
                                                                   _resumes(text, records, start))
        short = len(text[start:end].split()) < MIN_DIRECT_WORDS and not utterance
        if short or (record.cue or "").lower().startswith(_NEEDS_QUOTE_PREFIXES):
            record = _fragment_quote(annotated, core_start, core_end, quoted_chars)
            twin = record and next((q for q in indirect if (q.sentence, q.cue_span) ==
                                    (record.sentence, record.cue_span)), None)
            if twin is not None and (twin.start == record.start or twin.end <= core_start):
                # 'rejected the report as "baseless"': one statement, now mixed
                _take_in(twin, text, (start, end), core_end, reach=record.end)
            if twin is not None:  # 'claims in his book "War" that ...': the statement is the clause
                record = None
        if record is not None:
            records.append(record)
    quotes = _without_restated(sorted(records + indirect, key=lambda quote: quote.start))
    for quote in quotes:
        quote.nested = _reported_inside(quote, quotes)
        _end_speaker_before_content(quote, text)
    annotated.quotes = quotes


def _take_in(quote: QuoteRecord, text: str, quotation: tuple[int, int], words_end: int, reach: int = 0) -> None:
    """The quote holds a quotation now: it is mixed, and its words run to the quotation's end, or
    `reach`, at least; when they end on a quotation they open, its closing mark ends them too
    ('their deposits were "safer than a bank"'), so that the marks pair."""
    quote.kind, quote.end = "mixed", max(quote.end, words_end, reach)
    closing = _CLOSING_MARK.match(text, quotation[1])
    if closing and quote.end == words_end and quote.start < quotation[0]:
        quote.end = closing.end()


def _without_restated(quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """Without the attributions another one restates more precisely, its cue taking in theirs and
    its words inside theirs: 'issued' (a statement saying X) gives way to 'issued a statement
    saying' (X), 'made' (a point of saying X) to 'made a point of saying' (X)."""
    def restates(inner: QuoteRecord, outer: QuoteRecord) -> bool:
        return inner.cue_span[0] <= outer.cue_span[0] and outer.cue_span[1] <= inner.cue_span[1] \
            and outer.start <= inner.start and inner.end <= outer.end and inner.cue_span != outer.cue_span

    cued = sorted((q for q in quotes if q.cue_span is not None), key=lambda q: q.cue_span[0])
    starts = [q.cue_span[0] for q in cued]
    longest = max((q.cue_span[1] - q.cue_span[0] for q in cued), default=0)

    def restated(outer: QuoteRecord) -> bool:  # by a cue that starts close enough to take in its own
        if outer.cue_span is None:
            return False
        window = cued[bisect_left(starts, outer.cue_span[1] - longest):bisect_right(starts, outer.cue_span[0])]
        return any(restates(inner, outer) for inner in window)

    return [quote for quote in quotes if not restated(quote)]


def _end_speaker_before_content(quote: QuoteRecord, text: str) -> None:
    """A speaker ends where what it says begins, whatever the parser hung on it ('According to
    talk radio host Rush Limbaugh, the move reeks of "fear"': the parser took the clause for a
    description of Limbaugh)."""
    span = quote.speaker.span if quote.speaker is not None else None
    if span is not None and span[0] < quote.start < span[1]:
        quote.speaker = replace(quote.speaker, span=_strip_span(text, span[0], quote.start))


def _names_a_work(annotated: AnnotatedArticle, start: int, end: int) -> bool:
    """'"The Long Field," which won the Pulitzer in 1989': the quotation marks set off the title of
    a work, as the tagger knows it."""
    words = annotated.doc.char_span(start, end, alignment_mode="expand")
    return words is not None and len(words) > 1 and words[0].ent_type_ == "WORK_OF_ART" \
        and all(t.ent_type_ == "WORK_OF_ART" or t.is_punct for t in words)


def _stands_alone(text: str, start: int) -> bool:
    """A quotation that opens its sentence, or follows a colon or dash: '"He better live," she said',
    not the title in 'an episode of "The Morning Show," she said'."""
    before = text[:max(0, start - 1)].rstrip()
    return not before or before[-1] in ".?!:;—–-\n\"”'’"


# What lies between the parts of a quotation its cue interrupts: '," she said, "'.
_INTERRUPTION = re.compile(r"[\"”’']?\s*[^\"“”.?!;:\n]{1,60},\s*[\"“‘']")


def _resumes(text: str, records: list[QuoteRecord], start: int) -> bool:
    """The second part of a quotation its cue interrupts: '"I'll be there," she said, "every
    single day."', however few its words."""
    previous = records[-1] if records else None
    return previous is not None and text[previous.start:previous.end].rstrip().endswith(",") \
        and _INTERRUPTION.fullmatch(text, previous.end, start) is not None


def _char_mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[max(0, start - 1):min(length, end + 1)] = b"\x01" * (min(length, end + 1) - max(0, start - 1))
    return mask


def _is_quoted(token: Token, mask: bytearray) -> bool:
    return bool(mask[token.idx])


def _direct_quote(annotated: AnnotatedArticle, start: int, end: int, mask: bytearray,
                  earlier: list[QuoteRecord]) -> QuoteRecord | None:
    """A quotation with its cue and speaker; `earlier` are the quotes before it, in order. The
    title of a work that no cue of its own sentence frames is no quotation."""
    sentence = annotated.sentence_at(start)
    turn = _transcript_turn(annotated, start, end, sentence) or _after_name_and_colon(annotated, start, end, sentence)
    if turn is not None:
        return turn
    frame = [t for over in _sentences_over(annotated, start, end) for t in over
             if not _is_quoted(t, mask) and not t.is_space]
    cue = _nearest_cue(frame, start, end)
    if cue is not None:
        words, speaker, span = _cue_and_speaker(cue, annotated)
        if speaker is None:
            speaker = _name_beside(cue, frame, annotated)
        return QuoteRecord("direct", start, end, sentence, words, speaker, span)
    if _names_a_work(annotated, *_strip_span(annotated.article.text, start, end)):
        return None
    signed = _signature(annotated, end)
    if signed is not None:  # '"..." ― Carla Sanchez'
        return QuoteRecord("direct", start, end, sentence, "―", reference_for(signed[0], annotated), signed[1])
    introduction = _introduced_by(annotated, sentence, start)
    previous = _continued(earlier)
    if introduction is None and previous is not None and previous.speaker is not None \
            and _continues(annotated, previous, start):
        # '"...," he said. "..."', or 'He said:' and the quotation in the next paragraph
        return QuoteRecord("direct", start, end, sentence, previous.cue, previous.speaker, previous.cue_span)
    introduction = introduction or _framing_verb(frame)
    if introduction is not None:
        return QuoteRecord("direct", start, end, sentence, *_cue_and_speaker(introduction, annotated))
    return QuoteRecord("direct", start, end, sentence, None, None)


def _transcript_turn(annotated: AnnotatedArticle, start: int, end: int, sentence: int) -> QuoteRecord | None:
    """A quoted transcript's turn names its speaker: '"WALLACE: Let's start with ...'."""
    text = annotated.article.text
    match = _NAME_COLON.match(text[start:end])
    if match is None or not match.group(1).isupper():
        return None
    colon = start + match.end(1)
    speaker = _named(annotated, start, colon)
    if speaker is None:
        return None
    return QuoteRecord("direct", start + match.end(), end, sentence, ":", speaker, (colon, colon + 1))


def _after_name_and_colon(annotated: AnnotatedArticle, start: int, end: int, sentence: int) -> QuoteRecord | None:
    """A quotation after a name and a colon: 'Pew Research: "..."', '... - Philip Bump: "..."'."""
    opening = annotated.article.sentences[sentence].start
    match = _NAME_BEFORE_QUOTATION.search(annotated.article.text[opening:start])
    if match is None:
        return None
    colon = opening + match.end(1)
    cue, cue_span, name_start = _cue_and_name(annotated, opening + match.start(1), colon)
    speaker = _named(annotated, name_start, colon)
    if speaker is None or not (_names_entity(annotated, name_start, colon)
                               or all(t.pos_ == "PROPN" for t in annotated.doc.char_span(*speaker.span))):
        return None
    return QuoteRecord("direct", start, end, sentence, cue, speaker, cue_span)


def _named(annotated: AnnotatedArticle, start: int, end: int) -> Reference | None:
    """Whom the name between `start` and `end` refers to, with the name's own span."""
    name = annotated.doc.char_span(start, end, alignment_mode="contract")
    if name is None:
        return None
    return replace(reference_for(name, annotated), span=(name.start_char, name.end_char))


def _names_entity(annotated: AnnotatedArticle, start: int, end: int) -> bool:
    return any(start <= mention.start < end for mention in annotated.mentions)


def _framing_verb(tokens) -> Token | None:
    """The clause that frames a quotation without a cue: 'The piece used one of her quotes as its
    headline: "..."', 'McConnell delivered a blunt message to Trump: "..."'."""
    verbs = [t for t in tokens if t.pos_ in {"VERB", "AUX"} and subject_of(t) is not None]
    return min(verbs, key=lambda verb: len(list(verb.ancestors)), default=None)


def _name_beside(cue: Token, frame: list[Token], annotated: AnnotatedArticle) -> Reference | None:
    """The speaker the parser did not make the cue's subject: the name opening the words between
    the quotation and the cue ('"...," Brent Bozell III, founder of ..., tells'), or, when the cue
    follows the quotation, the name right after it ('"...," said the woman, who ...')."""
    outside = {token.i for token in frame}
    doc, sentence = cue.doc, cue.sent
    quoted_before = [t.i for t in doc[sentence.start:cue.i] if t.i not in outside and not t.is_space]
    between = doc[quoted_before[-1] + 1 if quoted_before else sentence.start:cue.i]
    if any(not (t.is_punct or t.is_space) for t in between):
        name = _leading_name(between, outside)
    else:  # the cue follows the quotation: after it comes the speaker, not whom they told
        name = _leading_name(doc[cue.i + 1:sentence.end], outside)
    if name is None:
        return None
    described = _described(name, cue.i if name.start < cue.i else sentence.end) or name
    return replace(reference_for(name, annotated), span=(described.start_char, described.end_char))


def _described(name: Span, limit: int) -> Span | None:
    """The name with the description set off after it, up to the cue or the sentence's end:
    '"...," William M. Daley, President Obama's former chief of staff, said', 'said Edward
    Leamer, an economist who directs the UCLA Anderson Forecast.'"""
    doc = name.doc
    end = next((t.i for t in doc[name.end:limit] if t.is_quote), limit)
    while end > name.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= name.end + 1 or doc[name.end].text != ",":
        return None
    description = doc[name.end + 1:end]
    if description[0].pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
        return None
    relative = next((t.i for t in description if t.tag_ in {"WP", "WDT", "WP$"}), description.end)
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in doc[description.start:relative]):
        return None
    return doc[name.start:end]


def _leading_name(span: Span, outside: set[int]) -> Span | None:
    """The noun phrase ('the woman', 'Edward Leamer') that opens `span`, after any punctuation."""
    words = [t for t in span if not t.is_space]
    while words and words[0].is_punct:
        words.pop(0)
    first = 0
    while first < len(words) and words[first].pos_ == "DET":
        first += 1
    end = first
    while end < len(words) and _nominal(words[end]) and words[end].i in outside:
        end += 1
    while end > first and words[end - 1].pos_ == "ADJ":
        end -= 1
    return span.doc[words[0].i:words[end - 1].i + 1] if end > first else None


def _nominal(token: Token) -> bool:
    """A word of a name or role, tagged right or not: 'retired neurosurgeon Ben Carson', 'said Skelly'."""
    if token.pos_ in {"PROPN", "NOUN", "ADJ"} or (token.pos_ == "VERB" and token.dep_ == "amod"):
        return True
    return token.is_title and not token.is_stop and token.ent_type_ not in {"DATE", "TIME"}


def _introduced_by(annotated: AnnotatedArticle, sentence: int, start: int) -> Token | None:
    """The cue, else the framing verb, of a preceding 'He said:' that introduces a quotation
    opening its sentence."""
    if sentence == 0 or start - annotated.article.sentences[sentence].start > 2:
        return None
    before = annotated.sentences[sentence - 1]
    if not before.text.rstrip().endswith(":"):
        return None
    return next((t for t in reversed(before) if _is_cue(t)), None) or _framing_verb(before)


_SIGNATURE = re.compile(r"^[”\"’']?\s*([―—–-])\s*((?:[A-Z][\w.'’-]*\s?){1,4})")


def _signature(annotated: AnnotatedArticle, end: int) -> tuple[Span, tuple[int, int]] | None:
    """A name signed after a quotation with a dash, and the dash's span."""
    match = _SIGNATURE.match(annotated.article.text[end:end + 60])
    if not match:
        return None
    name = annotated.doc.char_span(end + match.start(2), end + match.end(2), alignment_mode="contract")
    while name is not None and len(name) > 1 and name[-1].is_punct:  # '― Karen Bobadilla.'
        name = name[:-1]
    if name is None or not any(t.pos_ == "PROPN" for t in name):
        return None
    return name, (end + match.start(1), end + match.end(1))


def _fragment_quote(annotated: AnnotatedArticle, start: int, end: int, mask: bytearray) -> QuoteRecord | None:
    """A few quoted words inside a reported statement: 'rejected the report as "untrue"'."""
    sentence = annotated.sentences[annotated.sentence_at(start)]
    verbs = [t for t in sentence if not _is_quoted(t, mask) and t.idx < start and
             t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in REPORTING_VERBS]
    if not verbs:
        return None
    verb = verbs[-1]
    words = [t for t in verb.subtree if t.i > verb.i]
    source = _according_to_source(verb) if verb.lower_ == "according" else None
    if source is not None:  # 'According to X, the move reeks of "fear"', the clause hung on X
        words = [t for t in words if t.i >= source.end]
    content_start, content_end = _trimmed(words)
    if not content_start <= start < end <= content_end:
        return None
    return QuoteRecord("mixed", content_start, content_end, annotated.sentence_at(start),
                       *_cue_and_speaker(verb, annotated))


def _sentences_over(annotated: AnnotatedArticle, start: int, end: int) -> list[Span]:
    """The sentences a quotation spans, and the next when it is the quotation's cue though the
    parser split it off ('"... votes!" US Senator Jeff Sessions said')."""
    over = [s for s in annotated.sentences if s.start_char < end and start < s.end_char]
    following = annotated.sentence_at(over[-1].start_char) + 1 if over else len(annotated.sentences)
    after = annotated.sentences[following] if following < len(annotated.sentences) else None
    if after is not None and not annotated.article.text[end:after.start_char].strip(" ”\"'’»") \
            and cue_after_quotation(annotated.doc, annotated.article.text, start, after.start):
        over.append(after)
    return over


def _nearest_cue(frame: list[Token], start: int, end: int) -> Token | None:
    """The cue nearest the quotation: a verb of saying before a verb whose clause is the quotation,
    before any other ('"...," Tester said, referring to ..., "..."'; '"...," scoffed Gil, who
    helped found ...')."""
    def rank(cue: Token) -> tuple:
        saying = cue.lemma_.lower() in CORE_CUES or puts_it(cue) or _speaks_up(cue)
        return (_was_asked(cue, start), not saying, not _governs(cue, start, end), not _introduces(cue, start),
                min(abs(cue.idx - end), abs(cue.idx - start)))

    candidates = (t for t in frame if _is_cue(t) or _governs(t, start, end) or _speaks_up(t)
                  or (t.pos_ == "VERB" and t.dep_ in {"ROOT", "conj"} and _introduces(t, start)))  # 'he demurred: "..."'
    return min(candidates, key=rank, default=None)


def _was_asked(verb: Token, start: int) -> bool:
    """'Asked which county was his favorite, he demurred: "..."': the one asked answers, unless the
    quotation is the question ('Asked if Sanders is "realistic enough ...," 72 percent said yes')."""
    if not (verb.lemma_.lower() == "ask" and verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"}):
        return False
    return not verb.left_edge.idx <= start < verb.right_edge.idx + len(verb.right_edge)


_SPEAKING_UP = {("go", "on"), ("cut", "in"), ("chime", "in"), ("weigh", "in"), ("jump", "in"), ("pipe", "up"),
                ("shoot", "back"), ("fire", "back"), ("hit", "back"), ("push", "back")}


def _speaks_up(verb: Token) -> bool:
    """A phrasal verb of speaking beside a quotation: '"...," he went on', 'her husband cut in',
    'Hillary shot back, "..."'."""
    return verb.pos_ == "VERB" and any((verb.lemma_.lower(), c.lower_) in _SPEAKING_UP
                                       for c in verb.children if c.dep_ == "prt")


def _governs(verb: Token, start: int, end: int) -> bool:
    """A verb whose clause is the quotation: '"...," scoffed Arianna Gil'."""
    return verb.pos_ == "VERB" and any(c.dep_ in {"ccomp", "parataxis"} and start <= c.idx < end
                                       for c in verb.children)


def _introduces(cue: Token, start: int) -> bool:
    """'He said: "..."': the cue ends in a colon right before the quotation."""
    after = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return after is not None and after.text == ":" and 0 <= start - after.idx <= 4


def _is_cue(token: Token) -> bool:
    return is_cue_word(token) or (token.dep_ == "xcomp" and chained(token))


def _cue_and_speaker(cue: Token, annotated: AnnotatedArticle) -> tuple[str, Reference | None, tuple[int, int]]:
    """The cue's words and span, and who its subject (or 'according to' object) refers to."""
    if cue.lower_ == "according":
        to = next((t for t in cue.children if t.lower_ == "to"), cue)
        span = (cue.idx, to.idx + len(to.text))
        source = _according_to_source(cue)
        return "according to", reference_for(source, annotated) if source is not None else None, span
    span = cue_span(cue)
    words = f"{cue.text} back" if answered_back(cue) else cue.text  # 'pushed back' denies, 'pushed' urges
    subject = subject_of(cue)
    reporting = _reporting_for(cue, subject) or _reported_verb_continued(cue)
    if reporting is not None and not annotated.is_quoted(reporting.idx):
        return words, _cue_and_speaker(reporting, annotated)[1], span
    if subject is not None and annotated.is_quoted(subject.idx) and not annotated.is_quoted(cue.idx):
        # the parser took words of the quotation for the subject: another one outside it, or none
        subject = _unquoted_subject(cue, annotated) or _parenthetical_speaker(cue, annotated)
    if subject is None:
        return words, None, span
    return words, reference_for(noun_phrase(subject), annotated, cue), span


def _parenthetical_speaker(cue: Token, annotated: AnnotatedArticle) -> Token | None:
    """'"...," Sanders said, suggesting a few questions': a participle right after a cue, which the
    parser hung on the quotation's verb, speaks for that cue's subject."""
    top = cue
    while top.head.i != top.i and not annotated.is_quoted(top.head.idx):
        top = top.head
    doc, before = cue.doc, top.left_edge.i - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1
    verb = doc[before] if before >= 0 else None
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    return _unquoted_subject(verb, annotated)


def _unquoted_subject(verb: Token, annotated: AnnotatedArticle) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and not annotated.is_quoted(c.idx)), None)


def _according_to_source(according: Token) -> Span | None:
    """What 'according to' credits, with the name after a noun describing it, which the parser may
    leave out ('according to flight tracking website FlightAware, ...')."""
    to = next((t for t in according.children if t.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    phrase, doc = noun_phrase(source), according.doc
    end = phrase.end
    while phrase.root.pos_ == "NOUN" and end < len(doc) and _name_goes_on(doc, end):
        end += 1
    return doc[phrase.start:end]


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether the word at i carries on a name: a capitalised proper noun that is no date ('according
    to a statement Monday'), or the hyphen inside one ('Ouest-France')."""
    word = doc[i]
    if word.text == "-" and 0 < i < len(doc) - 1:
        return not doc[i - 1].whitespace_ and not word.whitespace_ and doc[i + 1].text[:1].isupper()
    return word.pos_ == "PROPN" and word.text[:1].isupper() and word.ent_type_ not in {"DATE", "TIME"}


def _continued(earlier: list[QuoteRecord]) -> QuoteRecord | None:
    """The quote a cue-less quotation may continue: the last one, passing over asides made in a
    quotation's own sentence ('"...," DuVernay said, emphasizing why ...', '"...," said Peter
    Morgan, who has been challenging ...') and what another's words report ('Clinton said that
    Trump had answered ...': Clinton goes on)."""
    quoted_sentences = {quote.sentence for quote in earlier if quote.kind == "direct"}
    return next((quote for quote in reversed(earlier) if (quote.kind == "direct" or quote.sentence not in
                                                          quoted_sentences) and not _reported_inside(quote, earlier)),
                None)


def _reported_inside(quote: QuoteRecord, quotes: list[QuoteRecord]) -> bool:
    """Whether the quote's cue lies in another quote's words: an attribution inside an attribution."""
    return quote.cue_span is not None and any(
        other is not quote and other.start <= quote.cue_span[0] < other.end for other in quotes)


_CONNECTIVE = re.compile(r"(?:But|And|Still|Yet|So|Also|Then|Later)\b,?\s*\W?")  # 'But "Donald Trump's candidacy ..."'


def _continues(annotated: AnnotatedArticle, previous: QuoteRecord, start: int) -> bool:
    """A quote with no cue of its own continues the previous one in the same sentence
    ('"...," he said, "..."'), or when it opens one of the next sentences or paragraphs."""
    before, here = annotated.sentence_at(previous.end - 1), annotated.sentence_at(start)
    if here == before:
        return True
    opening = annotated.article.text[annotated.article.sentences[here].start:start]
    opens_sentence = len(opening) <= 2 or _CONNECTIVE.fullmatch(opening) is not None
    return here - before <= CONTINUATION_SENTENCES and opens_sentence


def _indirect_quotes(annotated: AnnotatedArticle, mask: bytearray) -> list[QuoteRecord]:
    records = []
    for token in annotated.doc:
        if _is_quoted(token, mask):
            continue
        if _is_stance_adjective(token):
            record = _stance_clause(token, annotated)
        elif not (_is_cue(token) or _is_noun_cue(token)):
            continue
        elif token.lower_ == "according":
            record = _according_to_quote(token, annotated)
        elif token.pos_ == "NOUN":
            record = _noun_clause(token, annotated)
        elif (agent := _reporting_agent(token)) is not None:
            record = _reported_subject(token, agent, annotated)
        else:
            record = _reported_clause(token, annotated, mask)
        if record is not None:
            records.append(record)
    return records


_NAME = r"((?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*)"
_NAME_COLON = re.compile("^" + _NAME + r":\s+(?=\S)")
_NAME_BEFORE_QUOTATION = re.compile(r"(?:^|[—–-]\s*)" + _NAME + r":\s*\W$")


def _colon_attributions(annotated: AnnotatedArticle) -> list[QuoteRecord]:
    """Headline-style attributions: 'Pat Caddell: Democrat voters worried about ...'."""
    records = []
    for index, sentence in enumerate(annotated.article.sentences):
        match = _NAME_COLON.match(sentence.text)
        if not match:
            continue
        colon = sentence.start + match.end(1)
        cue, cue_span, name_start = _cue_and_name(annotated, sentence.start, colon)
        speaker = _named(annotated, name_start, colon)
        if speaker is None or not _names_entity(annotated, name_start, colon):
            continue
        start, end = _strip_span(annotated.article.text, sentence.start + match.end(), sentence.end)
        records.append(QuoteRecord("indirect", start, end, index, cue, speaker, cue_span))
    return records


def _cue_and_name(annotated: AnnotatedArticle, start: int, colon: int) -> tuple[str, tuple[int, int], int]:
    """The cue of a name and a colon before what is said, and where the name starts: the colon, or
    a verb opening the name ('Said Ellis: "..."')."""
    first, _, rest = annotated.article.text[start:colon].partition(" ")
    verb = annotated.doc.char_span(start, start + len(first))
    if rest and verb is not None and verb.root.pos_ == "VERB" and verb.root.lemma_.lower() in CORE_CUES:
        return first, (start, start + len(first)), start + len(first) + 1
    return ":", (colon, colon + 1), start


def _reporting_agent(verb: Token) -> Token | None:
    """The 'by' of a passive report with no clause of its own: 'The deal was first reported by
    Bloomberg', 'The loans were revealed by The Times'."""
    if verb.lemma_.lower() not in PASSIVE_REPORT_VERBS or not any(c.dep_ == "nsubjpass" for c in verb.children) \
            or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "agent"), None)


def _reported_subject(verb: Token, agent: Token, annotated: AnnotatedArticle) -> QuoteRecord | None:
    """What a passive report's agent reported: its subject."""
    subject = next(c for c in verb.children if c.dep_ == "nsubjpass")
    start, end = _trimmed(subject.subtree)
    _, speaker, (cue_start, _) = _cue_and_speaker(verb, annotated)
    if end <= start or speaker is None:
        return None
    cue_end = agent.idx + len(agent.text)
    return QuoteRecord("indirect", start, end, annotated.sentence_at(verb.idx),
                       annotated.article.text[cue_start:cue_end], speaker, (cue_start, cue_end))


def _reported_clause(verb: Token, annotated: AnnotatedArticle, mask: bytearray) -> QuoteRecord | None:
    """What a cue verb attributes: its clausal complement, else its complements to the right."""
    lemma = verb.lemma_.lower()
    if lemma in DENIAL_VERBS and negated(verb):
        return None  # "didn't deny" denies nothing
    if _comparative(verb):
        return None
    clauses = [child for child in verb.children if child.dep_ == "ccomp" and not _describes_the_object(verb, child)] \
        or _clause_after_time(verb)
    clause = next((child for child in clauses if child.i > verb.i), clauses[0] if clauses else None)
    closing = closing_subject(verb) or _closing_stray_subject(verb)
    preposition = None
    if clause is not None:
        start, end = _trimmed(_past_time_of_saying(_without_trailing_aside(_before_added_cue(clause, verb)), verb))
    elif verb.dep_ == "parataxis":  # "Acts of protest, Mr. Obama said, are acts of patriotism."
        own = {t.i for t in verb.subtree}
        head = verb.head.head if verb.head.dep_ in {"aux", "auxpass"} else verb.head  # 'he said, he's learned'
        start, end = _trimmed(t for t in head.subtree if t.i not in own)
    elif closing is not None:  # "The benefits plateaued at 9,000 steps, the study found."
        start, end = _trimmed(verb.doc[verb.sent.start:closing.left_edge.i - 1])
    elif (denied := _denied_by_relative(verb)) is not None:
        start, end = denied.start_char, denied.end_char
    else:
        complements = [c for c in verb.children if c.i > verb.i and (_for_mark(c) is not None or (
            c.dep_ in _COMPLEMENT_DEPS and not (c.dep_ == "dobj" and c.ent_type_ in {"DATE", "TIME"})
            and (c.dep_ != "prep" or (_content_preposition(verb, c) and not dates(c)))))]
        complements = sorted(complements + _particle_objects(verb), key=lambda c: c.i)
        if not complements or _announces_quotation(complements[0], mask):
            return None
        if chained(complements[0]) and _reported_clause(complements[0], annotated, mask) is not None:
            return None  # "continued to question Cruz's temperament": one cue, found from "question"
        # and the phrases that finish them: "tweeted congratulations to Sanders" (not "on Monday")
        complements += [c for c in verb.children if c.i > complements[0].i and c.dep_ == "prep" and not dates(c)
                        and (not _sets_the_scene(c) or _sets_a_figure(verb, c))]
        complements += _infinitive_after_object(verb, complements)
        words = _without_trailing_aside([t for c in complements for t in c.subtree])
        preposition = _cue_preposition(verb, complements[0]) or _for_mark(complements[0])
        start, end = _trimmed(words[1:] if preposition else words)
    if end <= start or (mask[start] and not _that_before_quotation(clause, mask)):
        return None  # the clause is a direct quote's words: '"...," he said', not 'saying that "..." in ...'
    if subject_of(verb) is None and (verb.dep_ == "acl" or is_infinitive(verb)) and not is_extraposed(verb):
        # "asked to confirm their address", "an effort to clarify": a plan or request; "a group
        # called Color of Change": a name. No one attributing.
        return None
    record = QuoteRecord("indirect", start, end, annotated.sentence_at(verb.idx), *_cue_and_speaker(verb, annotated))
    if preposition is not None:
        record.cue_span = (record.cue_span[0], preposition.idx + len(preposition))
    record.statement = clause is not None or verb.dep_ == "parataxis" or lemma in STATEMENT_OBJECT_VERBS \
        or closing is not None \
        or (lemma == "say" and _holds_a_verb(annotated, start, end))  # 'said [the public deserved answers]'
    return record


_ASKING_VERBS = {"ask", "wonder", "question", "inquire", "query"}


def _past_time_of_saying(words: list[Token], verb: Token) -> list[Token]:
    """The reported clause's words without the time right after the cue, which the parser may hang
    in the clause: 'said last week it hoped to resume flights' (when it was said, outside the content
    90 times in 101 in PolNeAR train). `words` are in text order."""
    first = words[0] if words and words[0].i == verb.i + 1 else None
    if first is None:
        return words
    time = first if first.dep_ == "npadvmod" else first.head if first.head.dep_ == "npadvmod" else None
    on_day = first.lower_ == "on" and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in first.children)
    phrase = first if on_day else time if time is not None and time.ent_type_ in {"DATE", "TIME"} else None
    if phrase is None or phrase.left_edge.i != first.i or phrase.right_edge.i + 1 >= len(verb.doc):
        return words
    after = verb.doc[phrase.right_edge.i + 1]
    said_then = after.dep_ in SUBJECT_DEPS or _complementizer(after)
    return [t for t in words if t.i > phrase.right_edge.i] if said_then else words


def _closing_stray_subject(verb: Token) -> Token | None:
    """The subject of a verb of saying that closes its sentence after a comma, where the parser
    joined the verb to the reported clause and hung its subject on a noun there: '... for the
    steroid trenbolone, the Athletics Integrity Unit (AIU) said on Wednesday.'"""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in CORE_CUES \
            or any(c.dep_ in SUBJECT_DEPS or (c.i > verb.i and c.dep_ not in _SCENE_DEPS) for c in verb.children):
        return None
    doc, end = verb.doc, verb.right_edge.i + 1
    if end < len(doc) and not doc[end].is_sent_start and not all(t.is_punct for t in doc[end:verb.sent.end]):
        return None
    subject = subject_of(verb)  # not the subject of the verb it is joined to: 'who have taken to ... and called for'
    if subject is None or subject.i > verb.i or subject.dep_ in SUBJECT_DEPS:
        return None
    start = subject.left_edge.i
    return subject if start > verb.sent.start and doc[start - 1].text == "," else None


def _denied_by_relative(verb: Token) -> Span | None:
    """What a denial in a relative clause points back at, which the clause leaves out: ', which
    Moscow denies', ', a claim the ministry denied', 'something he has always denied'; not who
    denies ('the minister who denied it')."""
    if verb.lemma_.lower() not in DENIAL_VERBS or any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i
                                                      for c in verb.children):  # 'the man she denied knowing'
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in {"WDT", "WP"}:
        return None
    relative = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} and c.i < verb.i), None)
    if relative is not None:  # however the parser hung the clause
        return verb.doc[relative.i:relative.i + 1]
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PRON"} and verb.head.i < verb.i:
        return noun_phrase(verb.head)
    return None


def _describes_the_object(verb: Token, clause: Token) -> bool:
    """'approved a new drug on Wednesday that slows decline': a relative clause of the verb's
    object, which the parser hung on the verb as what it reports; not the question in 'asked
    Rubio which states he could win'."""
    subject = clause.left_edge
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    relative = {"that"} if verb.lemma_.lower() in _ASKING_VERBS else {"that", "which", "who"}
    return subject.lower_ in relative and subjects == [subject] \
        and any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and c.i < subject.i for c in verb.children)


def _holds_a_verb(annotated: AnnotatedArticle, start: int, end: int) -> bool:
    """Whether the words are a clause, however the parser hung them: a verb among them."""
    span = annotated.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(token.pos_ == "VERB" for token in span)


def _particle_objects(verb: Token) -> list[Token]:
    """'called on fellow Republicans to unendorse Trump': whom the particle names, which the parser
    hangs on it, when an infinitive says what they are called on to do."""
    named = [o for particle in verb.children if particle.dep_ == "prt" and particle.lower_ == "on"
             for o in particle.children if o.dep_ == "pobj"]
    return [o for o in named if _infinitive_after(verb, o)]


def _infinitive_after_object(verb: Token, complements: list[Token]) -> list[Token]:
    """'has called for the secretary to release the transcripts', 'called on police to release':
    the infinitive after whom the verb calls on says what they are to do, and belongs to the content."""
    named = [c for c in complements if (c.dep_ == "prep" and c.lower_ == "for") or c.dep_ == "pobj"]
    return [c for c in (_infinitive_after(verb, n) for n in named) if c is not None and c not in complements]


def _infinitive_after(verb: Token, named: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and is_infinitive(c)
                 and c.left_edge.i == named.right_edge.i + 1
                 and not any(s.dep_ in SUBJECT_DEPS for s in c.children)), None)


def _clause_after_time(verb: Token) -> list[Token]:
    """'said for the first time that ...': the clause the parser hung on 'time'."""
    return [clause for preposition in verb.children if preposition.dep_ == "prep" and dates(preposition)
            for time in preposition.children for clause in time.children
            if clause.dep_ in {"acl", "relcl", "ccomp"} and clause.left_edge.lower_ == "that"]


def _comparative(verb: Token) -> bool:
    """'deeper than many pollsters realize', 'higher than expected': the verb measures something
    against what was thought, and reports nothing (PolNeAR train: 1 such clause in 30 marked)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}]
                + ([subject.left_edge.i] if subject is not None else []))
    return any(t.lower_ == "than" for t in verb.doc[max(0, start - 2):start])


def _that_before_quotation(clause: Token | None, mask: bytearray) -> bool:
    """'saying that "race still determines too much" in America': the clause is the writer's, though
    it opens with quoted words."""
    return clause is not None and clause.left_edge.lower_ == "that" and not mask[clause.left_edge.idx]


def _is_stance_adjective(token: Token) -> bool:
    """'is confident that ...', 'were worried that ...', 'was critical of ...': an adjective whose
    clause or object its subject holds."""
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.pos_ in {"AUX", "VERB"} \
        and _stance_complement(token) is not None


def _stance_complement(word: Token) -> Token | None:
    """The clause after a stance word ('confident that ...'), else the object of its preposition
    ('critical of the deal'), with the preposition the cue ends on."""
    clause = next((c for c in word.children if c.dep_ == "ccomp" and c.i > word.i), None)
    if clause is not None and word.pos_ == "ADJ":
        return clause
    preposition = next((c for c in word.rights if c.dep_ == "prep"
                        and c.lower_ in STANCE_PREPOSITIONS.get(word.lemma_.lower(), ())), None)
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None) if preposition else None


def _stance_clause(adjective: Token, annotated: AnnotatedArticle) -> QuoteRecord:
    held = _stance_complement(adjective)
    start, end = _trimmed(held.subtree)
    _, speaker, (cue_start, _) = _cue_and_speaker(adjective.head, annotated)
    cue_end = _cue_end(adjective, held)
    record = QuoteRecord("indirect", start, end, annotated.sentence_at(adjective.idx),
                         annotated.article.text[cue_start:cue_end], speaker, (cue_start, cue_end))
    record.statement = False
    return record


def _cue_end(word: Token, held: Token) -> int:
    """Where a stance word's cue ends: after the word, or the preposition that holds its object."""
    cue = held.head if _of_preposition(held) else word
    return cue.idx + len(cue.text)


def _of_preposition(held: Token) -> bool:
    return held.dep_ in {"pobj", "pcomp"}


def _sets_the_scene(preposition: Token) -> bool:
    """'during a forum', 'despite the polls', 'in Iowa', 'in every speech': where, when or despite what
    something was said, not what."""
    if preposition.lower_ in _SETTING_PREPOSITIONS:
        return True
    place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return preposition.lower_ == "in" and place is not None and (
        place.ent_type_ in {"GPE", "LOC", "FAC", "EVENT"} or place.lemma_.lower() in _OCCASIONS)


def _sets_a_figure(verb: Token, preposition: Token) -> bool:
    """'estimated the crowd at 20,000', 'put the death toll at 41': the figure is what was said."""
    figure = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return preposition.lower_ == "at" and verb.lemma_.lower() in MEASURING_VERBS and figure is not None \
        and (figure.like_num or any(c.dep_ == "nummod" for c in figure.children))


def _content_preposition(verb: Token, preposition: Token) -> bool:
    """'commented on the plan', not 'posted on X': where the words appeared is no content."""
    return (preposition.lower_ in _CONTENT_PREPOSITIONS and not _names_a_platform(preposition)) or (
        preposition.lower_ == "to" and verb.lemma_.lower() in _POINTING_VERBS)


def _names_a_platform(preposition: Token) -> bool:
    where = " ".join(t.text for t in preposition.subtree if t.i > preposition.i).rstrip(" .")
    return where in SOCIAL_PLATFORMS or bool(_MEDIUM.fullmatch(where))


def _cue_preposition(verb: Token, complement: Token) -> Token | None:
    """The preposition right after the verb that belongs to it: "talked about", "pushed back
    against", "called for", "referring to", "talked on social media about"; what follows is the
    content. Not "as" ("described him as"): the object between is what the words are about."""
    if complement.dep_ != "prep" or complement.lower_ in {"that", "as"} or not _content_preposition(verb, complement):
        return None
    between = complement.doc[verb.i + 1:complement.i]
    medium = {t.i for c in verb.children if c.dep_ == "prep" and _names_a_platform(c) for t in c.subtree}
    return complement if all((t.head.i == verb.i and t.dep_ in {"prt", "advmod"}) or t.i in medium
                             for t in between) else None


def _for_mark(clause: Token) -> Token | None:
    """The 'for' opening what a verb calls for: 'called Wednesday for Ginsburg to resign' (PolNeAR
    train: 38 of 41 such clauses after "call" marked, with "for" in the cue)."""
    if clause.dep_ != "advcl":
        return None
    mark = clause.left_edge
    return mark if mark.dep_ == "mark" and mark.lower_ == "for" and mark.head.i == clause.i else None


def _announces_quotation(target: Token, mask: bytearray) -> bool:
    """'released the following statement: "..."', 'sent a letter saying, "..."': the object only
    announces the quotation after it, which is what was said."""
    if target.dep_ != "dobj" or target.lemma_.lower() not in PUBLISHED_DOCUMENTS | SPEECH_NOUNS:
        return False
    for token in target.doc[target.i + 1:target.right_edge.i + 1]:
        if _is_quoted(token, mask):
            return True
        if not (token.is_punct or token.is_space or (token.tag_ == "VBG" and is_cue_word(token))):
            return False
    return False


def _is_noun_cue(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_.lower() in NOUN_CUES or _stance_complement(token) is not None)


# Where a cue verb's subject speaks through the noun ('said in a statement that', 'wrote during a
# post that'); 'called the tariffs unjustified after a report that ...' credits the report, not them.
_MEDIUM_PREPOSITIONS = {"in", "during", "at", "through", "via", "on"}


def _noun_clause(noun: Token, annotated: AnnotatedArticle) -> QuoteRecord | None:
    """'Trump's claim that there have been thousands of shootings', 'his promise to cut taxes':
    the clause, credited to the possessor; 'his endorsement of Cruz': the object of the stance."""
    clause = _clause_of_noun(noun) or _stance_complement(noun)
    if clause is None:
        return None
    start, end = _trimmed(clause.subtree)
    if end <= start:
        return None
    cue_end = _cue_end(noun, clause)
    verb = governing_verb(noun) if noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM_PREPOSITIONS else None
    if verb is not None and verb.pos_ == "VERB" and _is_cue(verb) and verb.i < noun.i:
        if _of_preposition(clause):
            return None  # 'pushed back against the criticism of her record': the verb's content
        # 'said in a statement that ...': the verb's subject says it, in those words
        words, speaker, (cue_start, _) = _cue_and_speaker(verb, annotated)
        return QuoteRecord("indirect", start, end, annotated.sentence_at(noun.idx), words, speaker,
                           (cue_start, cue_end))
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "ROOT" and noun.tag_ == "NNS":
        # 'Trump claims that ...' parsed as a noun phrase: the name before it is the subject
        owner = next((c for c in noun.lefts if c.dep_ in {"compound", "nsubj"} and c.is_title), None)
    if owner is None:
        owner = next((pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}
                      for pobj in prep.children if pobj.dep_ == "pobj"), None)  # 'a suggestion by Trump'
    cue_start = noun.idx
    holder = _holding_verb(noun) if owner is None else None
    if holder is not None and holder.lemma_.lower() in _RECEIVING_VERBS and cue_end > noun.idx + len(noun):
        return None  # 'won the endorsement of Beck': Beck endorses, and what is not said
    if holder is not None:  # 'Bennett denied the notion that ...', 'he made the suggestion that ...'
        owner = subject_of(holder)
        cue_start = holder.idx
    speaker = reference_for(noun_phrase(owner), annotated) if owner is not None else None
    return QuoteRecord("indirect", start, end, annotated.sentence_at(noun.idx), annotated.article.text[cue_start:cue_end],
                       speaker, (cue_start, cue_end), statement=owner is not None and not _of_preposition(clause))


def _clause_of_noun(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i
                 and (is_infinitive(c) or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))), None)


def _holding_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or through a preposition ('made the suggestion',
    'cling to the hope'), when it is no cue itself."""
    head = governing_verb(noun)
    if head is None or head.pos_ != "VERB" or head.i > noun.i or noun.i - head.i > 6:
        return None
    return None if _is_cue(head) else head  # a cue verb ("denied the notion") attributes on its own


_JOINING = r"(?:but|and|while|whereas|yet)\b"
# '..., according to X, but ...', '..., according to X, who said ...': what follows X is not what it credits
_NEXT_CLAUSE = re.compile(rf"{_JOINING}|(?:who|which|whose)\b", re.IGNORECASE)
_CONJUNCTION_BEFORE = re.compile(rf"[\s,;]*\b{_JOINING}\s*$", re.IGNORECASE)


def _crediting_end(according: Token) -> Token:
    """The last word of 'according to X', short of a subject the parser hung on X as an apposition
    ('According to the newspaper Le Monde, the crew had reported ...'): the verb has no subject of
    its own then, or one inside the credited name ('Ouest-France')."""
    verb, crediting = according.head, {t.i for t in according.subtree}
    if verb.i > according.i and all(c.i in crediting for c in verb.children if c.dep_ in SUBJECT_DEPS):
        opening = min([verb] + [c for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg"}], key=lambda t: t.i)
        subject = next((t for t in according.subtree if t.dep_ == "appos" and t.right_edge.i == opening.i - 1), None)
        if subject is not None and subject.left_edge.i > according.i + 2:
            return subject.doc[subject.left_edge.i - 1]
    return according.right_edge


def _according_to_quote(according: Token, annotated: AnnotatedArticle) -> QuoteRecord | None:
    source = _according_to_source(according)
    if source is None:
        return None
    sentence = annotated.sentences[annotated.sentence_at(according.idx)]
    first, last = according.left_edge, max(_crediting_end(according), source[-1], key=lambda t: t.i)
    text = annotated.article.text
    # each 'according to' credits its own words: '480,000 according to police and 1.3m according to the
    # union', 'According to police, 20 were hurt, and according to medics, most were treated'
    doc = according.doc
    earlier = next((t for t in reversed(doc[sentence.start:first.i]) if t.lower_ == "according"), None)
    later = next((t for t in doc[last.i + 1:sentence.end] if t.lower_ == "according"), None)
    opening = next((t for t in sentence if not in_dateline(t)), sentence[0])  # past 'SAN FRANCISCO (Reuters) -'
    begin = opening.idx if earlier is None else _after_conjunction(text, earlier.right_edge)
    finish = sentence.end_char if later is None else _before_conjunction(text, later.left_edge.idx)
    before = _strip_span(text, begin, first.idx)
    if earlier is not None and not text[sentence.start_char:earlier.left_edge.idx].strip():
        before = (first.idx, first.idx)  # what lies between is what the one opening the sentence credits
    after = _strip_span(text, last.idx + len(last.text), finish)
    next_clause = _NEXT_CLAUSE.match(text, after[0]) and before[1] - before[0] >= 10
    start, end = before if next_clause else max(before, after, key=lambda span: span[1] - span[0])
    if end - start < 10:
        return None
    return QuoteRecord("indirect", start, end, annotated.sentence_at(according.idx),
                       *_cue_and_speaker(according, annotated))


def _without_trailing_aside(tokens: list[Token]) -> list[Token]:
    """The reported words without what the writer adds after a comma at their end: a relative
    clause ('the trade deal, which the administration finished last year'), an apposition ('the
    trade deal, the 12-country pact finished last year'), a contrast ('...,
    while Sanders suggests ...') or a cue of the reporter's own ('..., arguing that ...'). Measured
    on PolNeAR train and dev, content F1 rises with each cut. Nor do they hold the 'according to X'
    that credits the whole sentence, wherever the parser hung it."""
    crediting = {word.i for according in tokens if according.lower_ == "according" for word in according.subtree}
    tokens = sorted((t for t in tokens if t.i not in crediting), key=lambda t: t.i)  # arcs may cross
    if not tokens:
        return tokens
    within = {t.i for t in tokens}
    last = max(within)
    for k in range(1, len(tokens) - 1):
        if tokens[k].text != ",":
            continue
        first = tokens[k + 1]
        if any(_is_aside(head, first) and head.head.i in within for head in tokens
               if head.left_edge.i == first.i and head.right_edge.i >= last - 1):
            return tokens[:k]
    return tokens


def _is_aside(head: Token, first: Token) -> bool:
    """A relative clause (one opened by 'which' that reports, however the parser hung it: ', which
    Moscow denies'), an apposition, a contrast, a concession that reports (', though they cautioned
    that ...') or a cue of the reporter's own."""
    return head.dep_ in ("relcl", "appos") or (first.lower_ == "which" and is_cue_word(head)) \
        or (head.dep_ == "advcl" and (first.lower_ in _CONTRASTS or (head.i == first.i and _set_off_cue(head))
                                      or (first.lower_ in _CONCESSIONS and is_cue_word(head))))


def _set_off_cue(participle: Token) -> bool:
    """', arguing that ...', ', citing ...': a cue of its own after a comma."""
    return participle.tag_ == "VBG" and is_cue_word(participle) and participle.i > 0 \
        and participle.doc[participle.i - 1].text == ","


def _added_cue(verb: Token) -> bool:
    """'said it was too early but added, "..."': a verb of saying joined on without a subject of
    its own, which the parser hung inside the reported clause."""
    return verb.dep_ == "conj" and verb.lemma_.lower() in CORE_CUES and verb.i > 0 \
        and verb.doc[verb.i - 1].dep_ == "cc" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _before_added_cue(clause: Token, cue: Token) -> list[Token]:
    """The reported clause's words up to a verb of saying the reporter added after the cue ('said
    it was too early but added'), or up to another's attribution joined to it ('said 50,000 took
    part, but police put the number at 12,000'); a clause before its cue is reported whole, the
    verb of saying in it too ('Eggleston expressed concern and said ..., people familiar with the
    session said')."""
    if clause.i < cue.i:  # with the last words, when the parser took them for the cue's subject
        stranded = [s for s in cue.children if s.dep_ == "nsubj" and s.i < cue.i and is_stranded_object(s)]
        return list(clause.subtree) + [t for s in stranded for t in s.doc[s.left_edge.i:s.i + 1]]
    ends = (_clause_ends_before(t, clause) for t in clause.subtree if t.i != clause.i)
    end = next((end for end in ends if end is not None), None)
    # not a relative pronoun before the cue: 'changes, which the Commission said did not go far enough'
    return [t for t in clause.subtree if t.i > cue.i and (end is None or t.i < end)]


def _clause_ends_before(word: Token, clause: Token) -> int | None:
    """Where the reported clause ends if `word` starts what the reporter adds: before the conjunction
    of another's attribution, or of a verb of saying added without a subject."""
    if _attributed_anew(word, clause):
        return word.left_edge.i - 1
    return word.i - 1 if _added_cue(word) else None


def _attributed_anew(verb: Token, clause: Token) -> bool:
    """', but police put the number at 12,000': a clause of its own, set off by a comma, saying who
    says what next; not a second thing the same cue reports ('and that the footage did not show')."""
    doc, start = verb.doc, verb.left_edge.i
    return verb.dep_ == "conj" and verb.head.i == clause.i and start >= 2 and doc[start - 1].dep_ == "cc" \
        and doc[start - 2].text == "," and (verb.lemma_.lower() in CORE_CUES or puts_a_figure(verb)) \
        and any(c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in verb.children)


def _reporting_for(cue: Token, subject: Token | None) -> Token | None:
    """The cue a participle set off at the end of a reported clause, or a verb of saying added to it,
    speaks for when its subject was taken from inside that clause: 'Perdue said he didn't believe
    ..., arguing that ...' (the parser hung "arguing" on "believe"; Perdue argues), 'said it was
    too early but added'."""
    if subject is None or not ((cue.dep_ == "advcl" and _set_off_cue(cue)) or _added_cue(cue)):
        return None
    clause = cue.head
    while clause.dep_ in {"conj", "xcomp"}:
        clause = clause.head
    reporting = clause.head
    inside = reporting.i < clause.left_edge.i <= subject.i <= clause.right_edge.i
    return reporting if inside and clause.dep_ == "ccomp" and _is_cue(reporting) else None


def _reported_verb_continued(cue: Token) -> Token | None:
    """The verb of the reported clause a subjectless cue continues past an inserted attribution:
    'Peskov confirmed one call took place, the outlet reported, but denied ...' (Peskov denies; the
    parser hung "denied" on "reported")."""
    head = cue.head
    if cue.dep_ != "conj" or head.i > cue.i or any(c.dep_ in SUBJECT_DEPS for c in cue.children) \
            or not _is_cue(head) or not _inserted(head):
        return None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    if clause is None or not _is_cue(clause) or not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    return clause


def _inserted(verb: Token) -> bool:
    """'..., the outlet reported, ...', '- "...," Mr. Biden said twice -': an attribution set off
    inside a sentence, holding no more than its subject and adverbs; not 'she backs tougher rules'."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.left_edge.i > 0 and verb.doc[subject.left_edge.i - 1].is_punct \
        and all(c.dep_ in _INSERTED_DEPS for c in verb.children if c.i > subject.i)


def _trimmed(tokens) -> tuple[int, int]:
    """The words' span without the punctuation, the 'that' or the dateline that open them (not 'that'
    as a word of the content: 'denied that report', 'said that was wrong')."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or _complementizer(tokens[0])
                      or in_dateline(tokens[0])):
        tokens.pop(0)
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct and not _ends_words(tokens)):
        tokens.pop()
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _ends_words(tokens: list[Token]) -> bool:
    """A sign the words end on: '5%', or a parenthesis closing one they open ('145 mph (233 km/h)')."""
    last = tokens[-1]
    opening = {")": "(", "]": "["}.get(last.text)
    return last.text == "%" or (opening is not None and sum(t.text == opening for t in tokens)
                                > sum(t.text == last.text for t in tokens[:-1]))


def _complementizer(token: Token) -> bool:
    return token.lower_ == "that" and token.dep_ == "mark"


def _before_conjunction(text: str, start: int) -> int:
    """Where the words before `start` end, short of a conjunction joining what follows ('..., and')."""
    joined = _CONJUNCTION_BEFORE.search(text, max(0, start - 20), start)
    return joined.start() if joined else start


def _after_conjunction(text: str, word: Token) -> int:
    """Where the words after `word` begin, past a conjunction joining them ('..., and')."""
    end = word.idx + len(word.text)
    joined = _NEXT_CLAUSE.match(text, _strip_span(text, end, len(text))[0])
    return joined.end() if joined else end


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    leading = len(piece) - len(piece.lstrip(" \t\n,;:—–-"))
    trailing = len(piece) - len(piece.rstrip(" \t\n,;:—–.?!…-"))
    return start + leading, end - trailing
