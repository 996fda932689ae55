"""Conflicts the text itself shows, with no inference model.

- denial: a party denies or rejects a claim ("Peskov rejected the report as untrue"), set against
  the fact it most plausibly targets: the closest in wording, favouring facts that rest on a
  source the denial names;
- numeric / date: outlets state one fact with different amounts or years of the same thing
  (a word in common before the values: "destroyed 120 homes" / "destroyed 95 homes");
- attribution: the same quoted words credited to different speakers.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import combinations, product

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from wirecheck.annotate.cues import denies_outright, is_denial
from wirecheck.annotate.timex import NUMBER_WORDS
from wirecheck.compare.attribution import shares_words, word_set
from wirecheck.compare.origins import same_origins
from wirecheck.judge import Judge
from wirecheck.model import Article, Conflict, ConflictSide, Fact, Mention, Quote, Source

MIN_TARGET_SIMILARITY = 0.2
STEM_CHARS = 6
_VERB_ENDING = re.compile(r"(?<=[a-z]{4})(?:ing|ed)$")
MIN_SIDE_WORDS = 8
CLAIM_BEFORE_DENIAL_WORDS = 12  # the clause a denial ending its sentence points back at
# Stems that only point at a claim and judge it ("denied the report as false") without restating it.
REFERENCE_WORDS = {"report", "articl", "story", "storie", "claim", "claims", "allega", "accoun",
                   "untrue", "false", "fake", "baseles", "inaccu", "wrong", "absolu", "catego",
                   "inform", "politi", "fabric", "nonsen", "lies"}
SUPPORT_BONUS = 0.03  # per outlet: a denial more likely targets the story's widely reported claim
NAMED_SOURCE_BONUS = 0.15
_MONEY = re.compile(r"([$£€])\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|trillion|[mbk]n?)?\b", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
_SCALE = {"million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9, "trillion": 1e12,
          "k": 1e3, "thousand": 1e3}
_UNITS = (r"feet|foot|ft|meters?|metres?|miles?|kilometers?|kilometres?|km|inches|tons?|tonnes?|acres|hectares|"
          r"people|persons|dead|deaths|killed|injured|wounded|casualties|vehicles|cars|homes|houses|buildings|"
          r"structures|residents|households|families|children|students|patients|cases|passengers|flights|"
          r"migrants|refugees|prisoners|hostages|protesters|firefighters|officers|barrels|doses|beds|stores|"
          r"jobs|workers|employees|troops|soldiers|votes|calls|conversations|times|days|hours|minutes")
_EXACT_NUMBERS = {word: value for word, value in NUMBER_WORDS.items() if word not in {"a", "an", "several", "few"}}
_COUNT = re.compile(r"(?<![\w$£€.,])(\d[\d,]*(?:\.\d+)?|" + "|".join(_EXACT_NUMBERS) + r")\s+"
                    r"(?:(thousand|million|billion)\s+)?(?:\w+\s+)?(" + _UNITS + r")\b", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"(?<![\w$£€.,])(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion)\b)?(?![\d%])",
                          re.IGNORECASE)
MIN_BARE_FIGURE = 100
_ANY_MEASURE = frozenset({"*"})  # what a bare figure measures is not said
_AGE = re.compile(r"(?<![\w.])(\d{1,3})[- ]year[- ]old\b", re.IGNORECASE)
_UNNAMED_SOURCES_AFTER = re.compile(r"\s+(?:familiar|briefed|with\s+(?:direct\s+)?knowledge|close\s+to|aware|"
                                    r"involved|speaking|who\s+(?:spoke|asked|requested|declined|were\s+not))\b",
                                    re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# The content words before a value, back to the figure before it, say what it measures or dates
# ("lost reelection in 2020", "shrank at an annual pace of 1.5 per cent").
WORDS_BEFORE_VALUE = 4
_FIGURE = re.compile(r"\d[\d,.]*")
REPORTING_STEMS = {"said", "says", "told", "report", "accord", "wrote", "claim", "claims"}  # who tells, not what
# How precisely the words before a value state it: "more than 50,000", "up to 4.5", "about 6,000".
_AT_LEAST = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|exceeding)\s+$", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:fewer than|less than|under|up to|at most|no more than)\s+$", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|an estimated|close to)\s+$",
                    re.IGNORECASE)
MIN_APPROXIMATION = 0.05  # "about 14" stands for at least 13.3 to 14.7
MAGNITUDE = 10  # how far apart two values of one thing can be and still be told of it
# A value a text gives, the stems of the words before it, which say what it measures or dates,
# and the range the words allow ("at least 12" is 12 or more).
Stated = tuple[str, frozenset[str], tuple[float, float]]


def find_conflicts(facts: list[Fact], quotes: list[Quote], sources: list[Source],
                   sentence_sources: dict[tuple[str, str], list[str]], articles: list[Article],
                   judge: Judge | None = None, clauses: dict[str, list[str]] | None = None) -> list[Conflict]:
    """Conflicts found in the text, vetted by the judge when one is configured; the facts on
    either side of one become 'disputed'. `clauses` gives, by fact id, what each of the fact's
    mentions states when that is one clause of its sentence: a sentence's other clause ("The
    jobless rate rose to 7.1%, and the economy shrank 1.5%") belongs to another fact and gives its
    figures there. A clause giving no figure is read in its whole sentence."""
    sentence_text = {Mention(article=a.id, sentence=s.id): s.text for a in articles for s in a.sentences}
    previous = {Mention(article=a.id, sentence=later.id): Mention(article=a.id, sentence=earlier.id)
                for a in articles for earlier, later in zip(a.sentences, a.sentences[1:])}
    between_outlets = _differing_values(facts, sentence_text, clauses or {})
    conflicts = (
        _denials(facts, quotes, sources, sentence_sources, sentence_text, previous, same_origins(sources, articles))
        + between_outlets
        + _sources_giving_other_figures(facts, quotes, {fact_id for c in between_outlets for s in c.sides
                                                        for fact_id in s.facts})
        + _attribution_conflicts(quotes)
    )
    if judge and conflicts:
        conflicts = judge.refine(conflicts)
    for number, conflict in enumerate(conflicts, start=1):
        conflict.id = f"c{number}"
    disputed = {fact_id for conflict in conflicts for side in conflict.sides for fact_id in side.facts}
    for fact in facts:
        if fact.id in disputed:
            fact.status = "disputed"
    return conflicts


def _denials(facts, quotes, sources, sentence_sources, sentence_text, previous, one_origin_with) -> list[Conflict]:
    """Each denial against the reported fact it most plausibly denies: close in wording (word
    stems, so 'regularly' meets 'regular'), widely reported, resting on a source the denial
    names, and not the denier's own statement. Who reported it is named by origin: the outlet
    for the unnamed sources it relays."""
    source_of = {s.name: s.id for s in sources}
    publications = {s.id for s in sources if s.kind == "publication"}
    denials = list({(q.sentence, q.speaker): q for q in quotes if is_denial(q.cue) and _denies_a_claim(q)
                    and q.speaker and source_of.get(q.speaker) not in publications}.values())
    denial_mentions = {_mention(q) for q in denials}
    candidates = [f for f in facts if (f.outlets >= 2 or _credits_a_publication(f, publications, sentence_sources))
                  and len(denial_mentions & set(f.mentions)) * 2 < len(f.mentions)]
    if not denials or not candidates:
        return []
    # what a denial denies: what its speaker says in its sentence ('denied that it planned any layoffs
    # and called the report speculation'), or the sentence before when it only points at a claim
    said = defaultdict(list)
    for quote in quotes:
        said[(quote.article, quote.sentence, quote.speaker)].append(quote.text)
    contexts = [_context(q, sentence_text, previous) if _is_reference(q)
                else " ".join(said[(q.article, q.sentence, q.speaker)]) for q in denials]
    vectors = TfidfVectorizer(analyzer=_stems, sublinear_tf=True).fit_transform(
        [" ".join(sentence_text[m] for m in f.mentions) for f in candidates] + contexts)
    similarity = (vectors[len(candidates):] @ vectors[:len(candidates)].T).toarray()
    support = np.array([SUPPORT_BONUS * f.outlets for f in candidates])
    by_target: dict[str, list[tuple[float, Quote]]] = defaultdict(list)
    for row, denial in enumerate(denials):
        named = _publications_referred(denial, sources, sentence_sources, sentence_text)
        rests_on_named = np.array([bool(named & set(f.origins)) for f in candidates])
        if _is_reference(denial) and rests_on_named.any():
            closeness = rests_on_named * 1.0  # "rejected the Journal's report": its main claim
        else:
            closeness = similarity[row] + NAMED_SOURCE_BONUS * rests_on_named
        scores = closeness + support
        excluded = [source_of.get(denial.speaker) in f.origins or _mention(denial) in f.mentions
                    for f in candidates]
        scores[excluded] = -1.0
        best = int(np.argmax(scores))
        if closeness[best] >= MIN_TARGET_SIMILARITY and scores[best] > 0:
            by_target[candidates[best].id].append((closeness[best], denial))
    facts_by_id = {f.id: f for f in facts}
    fact_of = {m: f for f in facts for m in f.mentions}
    name_of = {s.id: s.name for s in sources}
    people = {s.id for s in sources if s.kind == "person"}

    def denier_names(denial: Quote) -> list[str]:
        """Who denies: the speaker, or for 'Both men deny ...' the people its sentence cites."""
        if denial.speaker in source_of:
            return [denial.speaker]
        cited = sentence_sources.get((denial.article, denial.sentence), [])
        return [name_of[s] for s in cited if s in people] or [denial.speaker]

    conflicts = []
    for fact_id, scored in by_target.items():
        claim = facts_by_id[fact_id]
        fact_denials = [denial for _, denial in sorted(scored, key=lambda pair: -pair[0])]  # closest first
        mentions = _unique(_mention(q) for q in fact_denials)
        deniers = _unique(name for q in fact_denials for name in denier_names(q))
        conflicts.append(Conflict(
            id="", kind="denial",
            summary=f"{_join(deniers)} {'denies' if len(deniers) == 1 else 'deny'} what "
                    f"{_join(_unique(name_of[one_origin_with.get(o, o)] for o in claim.origins)[:3])} reported: "
                    f"{claim.text}",
            sides=[
                ConflictSide(text=claim.text, facts=[claim.id], mentions=claim.mentions, origins=claim.origins),
                ConflictSide(text=_most_telling(mentions, sentence_text),
                             facts=_unique(fact_of[m].id for m in mentions if m in fact_of),
                             mentions=mentions, origins=_unique(source_of[d] for d in deniers if d in source_of)),
            ],
        ))
    return conflicts


def _credits_a_publication(fact: Fact, publications: set[str], sentence_sources) -> bool:
    """A sentence stating the fact credits a publication ('The Gazette reported that ...')."""
    return any(publications & set(sentence_sources.get((m.article, m.sentence), [])) for m in fact.mentions)


def _denies_a_claim(denial: Quote) -> bool:
    """'denied that ...', 'rejected the report', 'dismissed claims that ...'; not 'rejected a lucrative
    offer' or 'rejected union calls to withdraw the reform': only 'deny' and its like deny whatever
    they take."""
    if denies_outright(denial.cue):
        return True
    return bool(set(_stems(denial.text)) & REFERENCE_WORDS) or bool(re.search(r"\bthat\b", denial.text))


def _is_reference(denial: Quote) -> bool:
    """'denied the report', 'rejected such claims as false', 'dismissing The Journal's article as
    political': words that point at a claim made elsewhere, and maybe name who made it, instead of
    restating it."""
    unnamed = " ".join(word for word in denial.text.split() if not word[:1].isupper())
    return not set(_stems(unnamed)) - REFERENCE_WORDS


def _context(denial: Quote, sentence_text: dict[Mention, str], previous: dict[Mention, Mention]) -> str:
    """What a pointing denial points at: the words just before it in its own sentence ('..., who has
    been rumoured to maintain ties with Putin, although Trump has denied such claims'), else its own
    sentence and the one before."""
    here = _mention(denial)
    lead = _words_before_denier(denial, sentence_text[here])
    if len(lead) >= MIN_SIDE_WORDS:
        return " ".join(lead[-CLAIM_BEFORE_DENIAL_WORDS:])
    before = previous.get(here)
    return " ".join(filter(None, [sentence_text.get(before) if before else None, sentence_text[here]]))


def _words_before_denier(denial: Quote, sentence: str) -> list[str]:
    denied = sentence.rfind(denial.text)
    denier = sentence.rfind(denial.speaker_text, 0, denied) if denial.speaker_text and denied > 0 else -1
    return sentence[:denier].split() if denier > 0 else []


def _stems(text: str) -> list[str]:
    """Content words cut to their first letters, a verb's '-ing' and '-ed' off first, so that
    'killing' meets 'killed' and 'regularly' 'regular'."""
    return [_VERB_ENDING.sub("", w)[:STEM_CHARS] for w in re.findall(r"[a-z]+", text.lower())
            if w not in ENGLISH_STOP_WORDS]


def _most_telling(mentions: list[Mention], sentence_text: dict[Mention, str]) -> str:
    """The closest denial, unless it is too short to stand alone ('Both men deny that report.')."""
    for mention in mentions:
        if len(sentence_text[mention].split()) >= MIN_SIDE_WORDS:
            return sentence_text[mention]
    return max((sentence_text[m] for m in mentions), key=len)


def _mention(quote: Quote) -> Mention:
    return Mention(article=quote.article, sentence=quote.sentence)


def _publications_referred(denial: Quote, sources: list[Source], sentence_sources, sentence_text) -> set[str]:
    """Publications the denial's sentence names or credits ('rejected the Journal's report')."""
    text = sentence_text[_mention(denial)].lower()
    cited = set(sentence_sources.get((denial.article, denial.sentence), []))
    return {s.id for s in sources if s.kind == "publication" and s.name != denial.speaker and
            (s.id in cited or any(name.lower() in text for name in [s.name, *s.aliases] if len(name) > 2))}


def _differing_values(facts: list[Fact], sentence_text, clauses: dict[str, list[str]]) -> list[Conflict]:
    """One fact, several outlets, different amounts of the same unit or different years."""
    conflicts = []
    by_article = defaultdict(list)
    for mention, text in sentence_text.items():
        by_article[mention.article].append((mention, text))
    for fact in facts:
        if fact.outlets < 2:
            continue
        sentences = [sentence_text[m] for m in fact.mentions]
        stated = [clause if amounts(clause) or _years(clause) else sentence  # the parser may cut a clause short
                  for clause, sentence in zip(clauses.get(fact.id) or sentences, sentences)]
        elsewhere = [[text for _, text in by_article[m.article]] for m in fact.mentions]
        for kind, by_value in differing_values(stated, elsewhere):
            by_value = {value: [fact.mentions[i] for i in rows] for value, rows in by_value.items()}
            if len({m.article for ms in by_value.values() for m in ms}) < 2:
                continue
            conflicts.append(Conflict(
                id="", kind=kind,
                summary=f"Outlets give different {'figures' if kind == 'numeric' else 'years'} "
                        f"({', '.join(sorted(by_value))}) for: {fact.text}",
                sides=[ConflictSide(text=sentence_text[ms[0]], facts=[fact.id], mentions=ms)
                       for _, ms in sorted(by_value.items())],
            ))
    return conflicts


def _sources_giving_other_figures(facts: list[Fact], quotes: list[Quote], settled: set[str]) -> list[Conflict]:
    """One fact, two sources quoted giving different amounts of it: the interior ministry counting
    480,000 marchers and the union 1.3 million, though every outlet reports both. A source that
    gives the other's figure too, anywhere in the story, does not contradict it. Facts whose
    outlets already differ (`settled`) are left to that conflict."""
    quoted_in = defaultdict(list)
    said_by = defaultdict(list)
    for quote in quotes:
        if quote.speaker:
            quoted_in[Mention(article=quote.article, sentence=quote.sentence)].append(quote)
            said_by[quote.speaker].append(quote.text)
    conflicts = []
    for fact in facts:
        quoted = [quote for mention in fact.mentions for quote in quoted_in[mention]]
        speakers = _unique(quote.speaker for quote in quoted)
        if fact.id in settled or len(speakers) < 2:
            continue
        texts = [" ".join(q.text for q in quoted if q.speaker == speaker) for speaker in speakers]
        for kind, by_value in differing_values(texts, [said_by[speaker] for speaker in speakers],
                                               unit_suffices=True):
            if kind != "numeric":
                continue
            givers = {value: [speakers[i] for i in indices] for value, indices in sorted(by_value.items())}
            conflicts.append(Conflict(
                id="", kind="numeric",
                summary=f"Sources give different figures "
                        f"({'; '.join(f'{value}: {_join(who)}' for value, who in givers.items())}) for: {fact.text}",
                sides=[ConflictSide(
                    text=" / ".join(f"{who}: {next(q.text for q in quoted if q.speaker == who)}" for who in names),
                    facts=[fact.id],
                    mentions=_unique(Mention(article=q.article, sentence=q.sentence) for q in quoted
                                     if q.speaker in names))
                    for names in givers.values()],
            ))
    return conflicts


def differing_values(texts: list[str], elsewhere: list[list[str]] | None = None, unit_suffices: bool = False,
                     ) -> list[tuple[str, dict[str, list[int]]]]:
    """Where texts stating one fact give different amounts of a unit or different years:
    ("numeric" or "date", {value: indices of the texts giving it}) for each such unit.
    `elsewhere[i]`, the rest of text i's article, may show that its outlet also gives the other
    value, and so does not contradict it. With `unit_suffices`, two texts each giving one value of a
    unit measure the same thing whatever the words around it ('480,000 people took part', '1.3
    million people had marched')."""
    found = []
    for kind, extract in (("numeric", amounts), ("date", _years)):
        by_unit: dict[str, dict[int, list[Stated]]] = defaultdict(dict)
        for index, text in enumerate(texts):
            for unit, stated in extract(text).items():
                by_unit[unit][index] = stated
        for unit, stated in by_unit.items():
            if len(_contradicted(stated, defaultdict(list), unit_suffices)) < 2:
                continue  # what the articles say elsewhere can only take a contradiction away
            also = defaultdict(list)
            for index in stated:
                for other_text in (elsewhere[index] if elsewhere else []):
                    also[index] += extract(other_text).get(unit, [])
                    also[index] += _bare_figures(other_text) if kind == "numeric" else []
            if len(by_value := _contradicted(stated, also, unit_suffices)) >= 2:
                found.append((kind, by_value))
    return found


def _contradicted(stated: dict[int, list[Stated]], also: dict[int, list[Stated]], unit_suffices: bool = False,
                  ) -> dict[str, list[int]]:
    """{value: indices of the texts giving it} over the values another text contradicts: both
    after a word in common ("the plant opened in 2019" / "opened in 2021"), not where each
    measures or dates a thing of its own ("since Trump lost reelection in 2020" / "after he left
    office in 2021"), and neither agreeing with another value the other text or its article
    gives (a text going "from 5% to 7%" does not contradict one going "to 7%"). Of two texts,
    only the two values closest in what they measure are set against each other."""
    by_value: dict[str, list[int]] = defaultdict(list)
    for (first, first_values), (second, second_values) in combinations(stated.items(), 2):
        first_all, second_all = first_values + also[first], second_values + also[second]
        one_value_each = unit_suffices and len({v[0] for v in first_values}) == len({v[0] for v in second_values}) == 1
        opposed = [(len(one[1] & other[1]), one, other) for one, other in product(first_values, second_values)
                   if (one_value_each or _same_measure(one, other)) and _apart(one[2], other[2])
                   and _comparable(one, other)
                   and not _agrees(one, second_all) and not _agrees(other, first_all)]
        if opposed:
            _, one, other = max(opposed, key=lambda triple: triple[0])
            for label, index in ((one[0], first), (other[0], second)):
                if index not in by_value[label]:
                    by_value[label].append(index)
    return {label: sorted(indices) for label, indices in by_value.items()}


def of_other_magnitudes(one: dict[str, list[Stated]], other: dict[str, list[Stated]]) -> bool:
    """Whether two texts' figures (as `amounts` reads them) show they tell of different things:
    they measure one thing in one unit, and no two such values are within an order of magnitude
    ('982,000 people in the UK living with dementia', '57 million people worldwide')."""
    for unit in one.keys() & other.keys():
        pairs = [(a, b) for a in one[unit] for b in other[unit] if _same_measure(a, b)]
        if pairs and not any(_comparable(a, b) for a, b in pairs):
            return True
    return False


def _comparable(one: Stated, other: Stated) -> bool:
    """Values an order of magnitude apart ('$1.05' a share, '$371 million' of income) measure
    different things, whatever words they share; none is so far from zero."""
    low, high = sorted(abs(_central(stated[2])) for stated in (one, other))
    return low == 0 or high <= MAGNITUDE * low


def _central(allowed: tuple[float, float]) -> float:
    low, high = allowed
    return high if low == float("-inf") else low if high == float("inf") else (low + high) / 2


def _same_measure(one: Stated, other: Stated) -> bool:
    return bool(one[1] & other[1]) or _ANY_MEASURE in (one[1], other[1])


def _bare_figures(text: str) -> list[Stated]:
    """Figures given without saying what they count ('the interior ministry counted 480,000'): a
    text giving another's value so shows it knows it. Small ones are too common to tell."""
    found = []
    for match in _BARE_FIGURE.finditer(text):
        number, scale = match.groups()
        multiple = _SCALE.get((scale or "").lower(), 1)
        value = float(number.replace(",", "")) * multiple
        if value >= MIN_BARE_FIGURE:
            allowed = _allowed(text[:match.start()], value, _rounding(number, multiple))
            found.append((_readable(value), _ANY_MEASURE, allowed))
    return found


def _agrees(value: Stated, others: list[Stated]) -> bool:
    return any(_same_measure(value, other) and not _apart(value[2], other[2]) for other in others)


def _apart(first: tuple[float, float], second: tuple[float, float]) -> bool:
    """Whether two ranges share no value: 'more than 53,000' and 'more than 50,000' can both be
    true, as can 'at least 12' dead on Monday and 27 on Tuesday."""
    return first[1] < second[0] or second[1] < first[0]


def amounts(text: str) -> dict[str, list[Stated]]:
    """Amounts a sentence states, by unit: {'$': [('$3 billion', ...)], '%': [('7.1%', ...),
    ('1.6%', ...)], 'feet': [('4 feet', ...)], 'age': [('34-year-old', ...)]}."""
    found: dict[str, list[Stated]] = defaultdict(list)
    for match in _MONEY.finditer(text):
        currency, number, scale = match.groups()
        multiple = _SCALE.get((scale or "").lower(), 1)
        value = float(number.replace(",", "")) * multiple
        found[currency].append(_stated(text, _money(currency, value), value, match, _rounding(number, multiple)))
    for match in _PERCENT.finditer(text):
        value = float(match.group(1))
        found["%"].append(_stated(text, f"{value:g}%", value, match, _rounding(match.group(1), 1)))
    for match in _COUNT.finditer(text):
        number, scale, written = match.groups()
        if _UNNAMED_SOURCES_AFTER.match(text, match.end()):
            continue  # "three people familiar with the matter" count the outlet's sources, not the story's
        multiple = _SCALE.get((scale or "").lower(), 1)
        value = (_EXACT_NUMBERS.get(number.lower()) or float(number.replace(",", ""))) * multiple
        unit = written.lower().rstrip("s") if written.lower() not in {"feet", "people"} else written.lower()
        found[unit].append(_stated(text, f"{_readable(value)} {written.lower()}", value, match,
                                   _rounding(number, multiple)))
    for match in _AGE.finditer(text):
        found["age"].append(_stated(text, f"{match.group(1)}-year-old", float(match.group(1)), match))
    return found


def _money(currency: str, value: float) -> str:
    """'$10 billion', '£2.2 billion', '£250,000', '$1.12': as a reader would write the amount."""
    return currency + (f"{value:,.2f}" if value % 1 and value < 1e6 else _readable(value))


def _readable(value: float) -> str:
    """'57 million', '982,000', '4.5': a number as a reader would write it."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:,.10g} {word}"
    return f"{value:,.10g}"


def _rounding(number: str, multiple: float) -> float:
    """How far the written number may be from the value it rounds: '$4.1 billion' stands for
    about $4.06 to $4.14 billion ('$4.08 billion' rounded), '7.1%' for about 7.06% to 7.14%; a
    whole number is exact ('£2bn' is not '£2.2bn')."""
    decimals = len(number.partition(".")[2])
    half = 0.45  # under half a unit, so that 7.1% and 7.2% stay apart
    return half * 10 ** -decimals * multiple if decimals else 0.0


def _years(text: str) -> dict[str, list[Stated]]:
    stated = [_stated(text, match.group(), float(match.group()), match) for match in _YEAR.finditer(text)]
    return {"year": stated} if stated else {}


def _stated(text: str, label: str, value: float, match: re.Match, rounding: float = 0.0) -> Stated:
    """The value with what it measures: the words before it, or after it when it opens its clause
    ("At least five people have been killed in ...")."""
    before = text[:match.start()]
    measure = _measure(before) or _stems(_FIGURE.split(text[match.end():])[0])[:WORDS_BEFORE_VALUE]
    return label, frozenset(measure) - REPORTING_STEMS, _allowed(before, value, rounding)


def _measure(before: str) -> list[str]:
    """What a value measures: the content words since the figure before it ("grown by 100,000
    since 2016, to about 513,000" says nothing of what 513,000 is), or before that figure when the
    value ends a range ("rose from 5% to 7%")."""
    segments = _FIGURE.split(before)
    words = _stems(segments[-1]) or (_stems(segments[-2]) if len(segments) > 1 else [])
    return words[-WORDS_BEFORE_VALUE:]


def _allowed(before: str, value: float, rounding: float) -> tuple[float, float]:
    if _AT_LEAST.search(before):
        return value, float("inf")
    if _AT_MOST.search(before):
        return float("-inf"), value
    if _ABOUT.search(before):
        spread = max(_last_digit(value) / 2, MIN_APPROXIMATION * abs(value))
        return value - spread, value + spread
    return value - rounding, value + rounding


def _last_digit(value: float) -> float:
    """The place of a value's last significant digit: 'about 6,000' is rounded to thousands, 'about
    $14 billion' to billions (5,500 to 6,500; $13.3 to $14.7 billion, against 'roughly $12 billion')."""
    if not value:
        return 1.0
    unit = 10.0 ** math.floor(math.log10(abs(value)))
    while unit > 1e-6 and abs(value / unit - round(value / unit)) > 1e-6:
        unit /= 10
    return unit


def _attribution_conflicts(quotes: list[Quote]) -> list[Conflict]:
    conflicts = []
    direct = [q for q in quotes if q.kind == "direct" and q.speaker_entity]
    words = [word_set(q.text) for q in direct]
    seen: set[frozenset] = set()
    for i, first in enumerate(direct):
        for j in range(i + 1, len(direct)):
            second = direct[j]
            if first.article == second.article or first.speaker_entity == second.speaker_entity:
                continue
            pair = frozenset((first.speaker_entity, second.speaker_entity, first.text[:40]))
            if pair in seen or not shares_words(words[i], words[j]):
                continue
            seen.add(pair)
            conflicts.append(Conflict(
                id="", kind="attribution",
                summary=f"The same words are credited to {first.speaker} and to {second.speaker}: “{first.text}”",
                sides=[ConflictSide(text=f"{q.speaker}: “{q.text}”",
                                    mentions=[Mention(article=q.article, sentence=q.sentence)])
                       for q in (first, second)],
            ))
    return conflicts


def _unique(items) -> list:
    return list(dict.fromkeys(items))


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
