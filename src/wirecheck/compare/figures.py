"""The figures a text gives and whether texts stating one fact give different ones.

A figure is read with what it measures (the content words before it: "destroyed 120 homes") and
the range its wording allows ("at least 12", "about 6,000", "$4.1 billion" rounded), so that only
values no reading can reconcile differ: "more than 50,000" and "more than 53,000" dead can both be
true; "killing 14 people" and "at least 15 people have been killed" cannot.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import combinations, product

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from wirecheck.annotate.timex import NUMBER_WORDS

STEM_CHARS = 6
_VERB_ENDING = re.compile(r"(?<=[a-z]{4})(?:ing|ed)$")
_MONEY = re.compile(r"([$£€])\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|trillion|[mbk]n?)?\b", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
_SCALE = {"million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9, "trillion": 1e12,
          "k": 1e3, "thousand": 1e3}
_UNITS = (r"mph|miles per hour|kph|km/h|(?:kilometers|kilometres|km) per hour|knots|"  # speeds before lengths
          r"feet|foot|ft|meters?|metres?|miles?|kilometers?|kilometres?|km|inches|tons?|tonnes?|acres|hectares|"
          r"people|persons|dead|deaths|killed|injured|injuries|wounded|casualties|crashes|complaints|"
          r"vehicles|cars|homes|houses|buildings|"
          r"structures|residents|households|families|children|grandchildren|students|patients|cases|passengers|flights|"
          r"migrants|refugees|prisoners|hostages|protesters|firefighters|officers|barrels|doses|beds|stores|"
          r"detainees|captives|civilians|fighters|militants|victims|survivors|evacuees|inmates|"
          r"jobs|workers|employees|troops|soldiers|votes|seats|calls|conversations|times|days?|hours?|minutes?|"
          r"agreements|deals|contracts|countries|states|companies|lawmakers|"
          r"years (?:in prison|in jail|behind bars)")  # a prison term, not any span of years (an age, a law's weeks)
_EXACT_NUMBERS = {word: value for word, value in NUMBER_WORDS.items() if word not in {"a", "an", "several", "few"}}
# '120 homes', '1.2 million homes', '120 mobile homes', '91 of the 230 seats' (91 seats)
# and '10km', '4m tonnes'; but 'in 2023 that killed' counts no one
_COUNT = re.compile(r"(?<![\w$£€.,])(\d[\d,]*(?:\.\d+)?|" + "|".join(_EXACT_NUMBERS) + r")"
                    r"(?:(m|bn)\s+|\s+|(?=km\b|ft\b)|-(?=days?\b|hours?\b|minutes?\b))"  # 'a 10-day truce'
                    r"(?:(thousand|million|billion)\s+)?(?:of\s+(?:the\s+)?\d[\d,]*\s+)?"
                    r"(?:(?!(?:that|which|who|was|were|had|have|has|and|or|in|on|at|to|by)\b)\w+\s+)?"
                    r"(?P<unit>" + _UNITS + r")\b", re.IGNORECASE)
# A count of anything else, told by the plural noun after it ('four Russian diplomats', '14 launches',
# 'six of the nine members'); a unit of time is left out, its count changing with the day an article
# was written ('three weeks ago').
_ANY_COUNT = re.compile(r"(?<![\w$£€.,])((?i:\d[\d,]*(?:\.\d+)?|" + "|".join(_EXACT_NUMBERS) + r"))"
                        r"(?:\s+(thousand|million|billion))?\s+"
                        r"(?:of\s+(?:the\s+)?(?:\d[\d,]*|" + "|".join(_EXACT_NUMBERS) + r")\s+)?"
                        r"(?:(?!(?:that|which|who|was|were|had|have|has|and|or|in|on|at|to|by|of)\b)"
                        r"([A-Za-z][\w-]*)\s+)?([a-z]{2,}[a-rt-z]s)\b")
_NOT_COUNTS = {"years", "months", "weeks", "decades", "centuries", "others", "ones", "times", "mins", "secs"}
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")  # 'in 2022 officials said' counts no officials
# Such counts measure one thing only by the words around them, never by their noun alone: 'two members
# preferring to hold' and 'six of the nine members backed the cut' count different members.
_OTHER_COUNT = "count of "
# One unit however written: '10km' and '18 kilometers', '6 feet' and '1 foot', 'tons' and 'tonnes' (a unit
# is the word written less a final 's', hence 'injurie').
_UNIT_NAMES = {"km": "kilometer", "kilometre": "kilometer", "metre": "meter", "ft": "feet", "foot": "feet",
               "persons": "people", "person": "people", "dead": "people", "death": "people", "killed": "people",
               "detainee": "prisoner", "injurie": "injured", "crashe": "crash", "ton": "tonne",
               "miles per hour": "mph", "km/h": "kph", "km per hour": "kph", "kilometers per hour": "kph",
               "kilometres per hour": "kph"}
# One stem for a death however told: '12 deaths', '11 people have died', 'killing 14', '15 dead'.
_DEAD = "dead"
_DEATH_WORDS = {"dead", "death", "deaths", "die", "died", "dies", "dying", "kill", "killed", "killing", "kills"}
_MAGNITUDE = re.compile(r"\bmagnitude(?:\s+(?:of|at))?[- ](\d(?:\.\d+)?)\b|\b(\d(?:\.\d+)?)[- ]magnitude\b",
                        re.IGNORECASE)  # an earthquake's: 'magnitude 6.2', 'a 6.8-magnitude quake'
_BARE_FIGURE = re.compile(r"(?<![\w$£€.,])(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion)\b)?(?![\d%])",
                          re.IGNORECASE)
MIN_BARE_FIGURE = 100
_ANY_MEASURE = frozenset({"*"})  # what a bare figure measures is not said
_AGE = re.compile(r"(?<![\w.])(\d{1,3})[- ]year[- ]old\b", re.IGNORECASE)
_AGE_AFTER_NAME = re.compile(r"(?<=[a-z]),\s+(\d{1,3}),(?=\s+[a-z])")  # 'Daniel Kessler, 30, of Gresham', after a name
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+$")
_SENTENCE = "senten"  # the stem every prison term measures, whoever is sentenced in words before it
# A prison term its verb gives away ('sentenced to 12 years in a penal colony', 'jailed for 11 years',
# 'a 20-year sentence'); '12 years in prison' is a count of its own (_COUNT).
_PRISON_TERM = re.compile(
    r"\b(?:sentenced|jailed|imprisoned)\s+(?:\w+\s+){0,3}?(?:to|for)\s+(\d+|" + "|".join(_EXACT_NUMBERS) + r")\s+"
    r"years\b(?!\s+(?:in prison|in jail|behind bars))|\b(\d+)-year\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b",
    re.IGNORECASE)
# A vote's tally: 'voted 8-3', 'a 9-2 vote', 'ruled 6-3', 'by a vote of 52 to 48'. Any two tallies
# of one fact count the same vote.
_TALLY = re.compile(r"\b(?:voted|ruled)\s+(\d{1,3})[-–](\d{1,3})\b"
                    r"|\b(\d{1,3})[-–](\d{1,3})\s+(?:vote|decision|ruling)\b"
                    r"|\bby\s+a\s+vote\s+of\s+(\d{1,3})(?:[-–]|\s+to\s+)(\d{1,3})\b", re.IGNORECASE)
_VOTE = "vote"
# 'who has died aged 84', 'dead at 83', 'two men, aged 34 and 40'
_AGED = re.compile(r"\b(?:aged|(?:died|dies|dead)\s+at)\s+(\d{1,3})(?:\s+and\s+(\d{1,3}))?\b")
# an obituary's 'He was 84.', a sentence of its own about whoever the one before it is about
_AGE_ALONE = re.compile(r"(?:^|(?<=[.!?]\s))(?:He|She)\s+was\s+(\d{1,3})\.?$")
# 'four patients died', '12 people were killed': a count of the dead, whatever it counts
_DIED_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:died|(?:were|have\s+been|had\s+been)\s+killed)\b")
# 'one in five patients', '3 out of 10 voters': a share, not a count of patients or voters
_SHARE_OPENING = re.compile(r"\b(?:\d+|" + "|".join(_EXACT_NUMBERS) + r")\s+(?:in|out\s+of)\s+$", re.IGNORECASE)
_UNNAMED_SOURCES_AFTER = re.compile(r"\s+(?:familiar|briefed|with\s+(?:direct\s+)?knowledge|close\s+to|aware|"
                                    r"involved|speaking|who\s+(?:spoke|asked|requested|declined|were\s+not))\b",
                                    re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# The content words before a value, back to the figure before it, say what it measures or dates
# ("lost reelection in 2020", "shrank at an annual pace of 1.5 per cent").
WORDS_BEFORE_VALUE = 4
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_FIGURE = re.compile(r"\d[\d,.]*")
_CLAUSE_END = re.compile(r"[,;:()]")
WORDS_AFTER_SHARE = 3
_CLAUSE_START = re.compile(r";|,\s+(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)
_REPORTED_OPENING = re.compile(r"\b(?:said|says|say|added|adding|announced|reported|estimated)(?:\s+that)?\s*$",
                               re.IGNORECASE)
_NAME = "^"  # marks the stem of a capitalised word
_NAMES_DO_NOT_SAY = {"%", "$", "£", "€", "year"}  # what such figures measure: shares, sums and years of anything
REPORTING_STEMS = {"said", "says", "told", "report", "accord", "wrote", "claim", "claims"}  # who tells, not what
# How precisely the words before a value state it: "more than 50,000", "up to 4.5", "about 6,000".
_AT_LEAST = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|exceeding)\s+$", re.IGNORECASE)
# 'up to' after a verb of change is where a value went: 'edged up to 4.2%', 'was revised up to 36,000'.
_AT_MOST = re.compile(r"\b(?:fewer than|less than|under|(?<!edged )(?<!ticked )(?<!inched )(?<!crept )(?<!moved )"
                      r"(?<!went )(?<!rose )(?<!climbed )(?<!jumped )(?<!revised )(?<!bumped )(?<!raised )"
                      r"up to|at most|no more than|as (?:many|much) as)\s+$", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|an estimated|close to)\s+$",
                    re.IGNORECASE)
WHOLE_PERCENT_ROUNDING = 0.45  # a share in whole per cent is rounded: '32%' of the vote is 32.1%
MIN_APPROXIMATION = 0.05  # "about 14" stands for at least 13.3 to 14.7
MAGNITUDE = 10  # how far apart two values of one thing can be and still be told of it
# A value a text gives, the stems of the words around it that say what it measures or dates (a
# name's marked), and the range the words allow ("at least 12" is 12 or more).
Stated = tuple[str, frozenset[str], tuple[float, float]]


def differing_values(texts: list[str], elsewhere: list[list[str]] | None = None, unit_suffices: bool = False,
                     ) -> list[tuple[str, dict[str, list[int]]]]:
    """Where texts stating one fact give different amounts of a unit or different years:
    ("numeric" or "date", {value: indices of the texts giving it}) for each such unit.
    `elsewhere[i]`, the rest of text i's article, may show that its outlet also gives the other
    value, and so does not contradict it. With `unit_suffices`, two texts each giving one value of a
    unit measure the same thing whatever the words around it ('480,000 people took part', '1.3
    million people had marched'), but for counts of what no unit names, which need a word in common.
    A share, a sum or a year measures the same thing as another by a common word, not by a name
    alone ('Corvane shares rose 4%', 'Corvane's stock is down 18%')."""
    found = []
    for kind, extract in (("numeric", amounts), ("date", years)):
        by_unit: dict[str, dict[int, list[Stated]]] = defaultdict(dict)
        for index, text in enumerate(texts):
            for unit, stated in extract(text).items():
                by_unit[unit][index] = stated
        for unit, stated in by_unit.items():
            names_suffice = unit not in _NAMES_DO_NOT_SAY
            suffices = unit_suffices and not unit.startswith(_OTHER_COUNT)
            if len(_contradicted(stated, defaultdict(list), suffices, names_suffice)) < 2:
                continue  # what the articles say elsewhere can only take a contradiction away
            also = defaultdict(list)
            for index in stated:
                for other_text in (elsewhere[index] if elsewhere else []):
                    also[index] += extract(other_text).get(unit, [])
                    also[index] += _bare_figures(other_text) if kind == "numeric" else []
            if len(by_value := _contradicted(stated, also, suffices, names_suffice)) >= 2:
                found.append((kind, by_value))
    return found


def _contradicted(stated: dict[int, list[Stated]], also: dict[int, list[Stated]], unit_suffices: bool,
                  names_suffice: bool) -> dict[str, list[int]]:
    """{value: indices of the texts giving it} over the values another text contradicts: both
    after a word in common ("the plant opened in 2019" / "opened in 2021"), not where each
    measures or dates a thing of its own ("since Trump lost reelection in 2020" / "after he left
    office in 2021"), and neither agreeing with another value the other text or its article
    gives (a text going "from 5% to 7%" does not contradict one going "to 7%"). Of two texts,
    only the two values closest in what they measure are set against each other; by a name in
    common only where `names_suffice`."""
    by_value: dict[str, list[int]] = defaultdict(list)
    label_of: dict[tuple[float, float], str] = {}  # one value however told: '120 detainees', '120 prisoners'
    for (first, first_values), (second, second_values) in combinations(stated.items(), 2):
        first_all, second_all = first_values + also[first], second_values + also[second]
        one_value_each = unit_suffices and len({v[0] for v in first_values}) == len({v[0] for v in second_values}) == 1
        # of equally close pairs the last: 'ticked up from 4.1% to 4.3%' against 'edged up to 4.2%' is 4.3%
        opposed = [((len(one[1] & other[1]), i, j), one, other)
                   for (i, one), (j, other) in product(enumerate(first_values), enumerate(second_values))
                   if (one_value_each or _same_measure(one, other, names_suffice)) and _apart(one[2], other[2])
                   and _comparable(one, other)
                   and not _agrees(one, second_all) and not _agrees(other, first_all)]
        if opposed:
            _, one, other = max(opposed, key=lambda triple: triple[0])
            for value, index in ((one, first), (other, second)):
                label = label_of.setdefault(value[2], value[0])
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


def _same_measure(one: Stated, other: Stated, names_suffice: bool = True) -> bool:
    shared = one[1] & other[1]
    return any(names_suffice or not word.startswith(_NAME) for word in shared) or _ANY_MEASURE in (one[1], other[1])


def _bare_figures(text: str) -> list[Stated]:
    """Figures given without saying what they count ('the interior ministry counted 480,000'): a
    text giving another's value so shows it knows it. Small whole ones are too common to tell."""
    found = []
    for match in _BARE_FIGURE.finditer(text):
        number, scale = match.groups()
        multiple = _SCALE.get((scale or "").lower(), 1)
        value = float(number.replace(",", "")) * multiple
        if value >= MIN_BARE_FIGURE or "." in number:  # 'measured it at 6.4', as precise as a large one
            allowed = _allowed(text[:match.start()], value, _rounding(number, multiple))
            found.append((_readable(value), _ANY_MEASURE, allowed))
    return found


def _agrees(value: Stated, others: list[Stated]) -> bool:
    """Whether a value the other text or its article gives of the same measure fits this one. A
    bound ('more than $1 billion', 'up to £70m') fits whatever lies within it only where the text
    gives no precise value of that measure: beside its '$1.4 billion' of customer deposits, another
    outlet's '$1.2 billion' is no less a conflict for its 'more than $1 billion'. A figure that says
    not what it measures shows the text knows a value only by being it: 'at least 15 km' holds any
    larger number in the article."""
    bound = not all(map(math.isfinite, value[2]))
    alike = [other for other in others if _same_measure(value, other) and not (bound and other[1] is _ANY_MEASURE)]
    precise = [other for other in alike if all(map(math.isfinite, other[2]))]
    return any(not _apart(value[2], other[2]) for other in (precise or alike))


def _apart(first: tuple[float, float], second: tuple[float, float]) -> bool:
    """Whether two ranges share no value: 'more than 53,000' and 'more than 50,000' can both be
    true, as can 'at least 12' dead on Monday and 27 on Tuesday."""
    return first[1] < second[0] or second[1] < first[0]


def gives_an_age_alone(sentence: str) -> bool:
    return bool(_AGE_ALONE.fullmatch(sentence.strip()))


def amounts(text: str) -> dict[str, list[Stated]]:
    """Amounts a sentence states, by unit: {'$': [('$3 billion', ...)], '%': [('7.1%', ...),
    ('1.6%', ...)], 'feet': [('4 feet', ...)], 'age': [('34-year-old', ...)]}."""
    found: dict[str, list[Stated]] = defaultdict(list)
    for match in _MONEY.finditer(text):
        currency, number, scale = match.groups()
        multiple = _SCALE.get((scale or "").lower(), 1)
        value = float(number.replace(",", "")) * multiple
        found[currency].append(_stated(text, _money(currency, value), value, match, _rounding(number, multiple),
                                       of_what=True))
    for match in _PERCENT.finditer(text):
        value = float(match.group(1))
        rounding = _rounding(match.group(1), 1) or WHOLE_PERCENT_ROUNDING
        found["%"].append(_stated(text, f"{value:g}%", value, match, rounding, of_what=True))
    counts = list(_COUNT.finditer(text))
    for match in counts:
        number, scale_attached, scale, written = match.groups()
        scale = scale_attached or scale
        if _UNNAMED_SOURCES_AFTER.match(text, match.end()) or _SHARE_OPENING.search(text, 0, match.start()):
            continue  # "three people familiar with the matter" count the outlet's sources, not the story's;
            # "one in five patients" is a share
        if written.lower() in {"day", "hour", "minute"} and text[match.start("unit") - 1] != "-":
            continue  # a duration in the singular only as 'a 10-day truce', not 'one day last week'
        multiple = _SCALE.get((scale or "").lower(), 1)
        value = (_EXACT_NUMBERS.get(number.lower()) or float(number.replace(",", ""))) * multiple
        written = written.lower()
        unit = _UNIT_NAMES.get(written) or _UNIT_NAMES.get(written.rstrip("s")) or (
            written if written in {"feet", "people"} else written.rstrip("s"))
        toll = (unit == "people" and written not in {"people", "persons", "person"}  # '12 deaths' are 12 people dead
                or bool(_DIED_AFTER.match(text, match.end())))
        joined = text[match.start("unit") - 1] if text[match.start("unit") - 1] == "-" else " "
        found[unit].append(_stated(text, f"{_readable(value)}{joined}{written}", value, match,
                                   _rounding(number, multiple), also_measures=(_DEAD,) if toll else ()))
    found.update(_other_counts(text, [match.span() for match in counts]))
    for match in _PRISON_TERM.finditer(text):
        number = match.group(1) or match.group(2)
        term = _EXACT_NUMBERS.get(number.lower()) or float(number)
        found["years in prison"].append(_stated(text, f"{_readable(term)} years in prison", term, match,
                                                also_measures=(_SENTENCE,)))
    for match in _TALLY.finditer(text):
        in_favour, against = (int(n) for n in match.groups() if n is not None)
        found["vote"].append(_stated(text, f"{in_favour}-{against} vote", in_favour * 1000.0 + against, match,
                                     also_measures=(_VOTE,)))  # one number for the pair, so only equal tallies agree
    for match in _MAGNITUDE.finditer(text):
        number = match.group(1) or match.group(2)
        found["magnitude"].append(_stated(text, f"magnitude {number}", float(number), match, _rounding(number, 1)))
    ages_after_names = (m for m in _AGE_AFTER_NAME.finditer(text) if _NAME_BEFORE.search(text, 0, m.start()))
    for match in (*_AGE.finditer(text), *ages_after_names, *_AGED.finditer(text)):
        for age in filter(None, match.groups()):
            found["age"].append(_stated(text, f"{age}-year-old", float(age), match))
    for match in _AGE_ALONE.finditer(text.strip()):  # what it measures is the one the text is about
        found["age"].append((f"{match.group(1)}-year-old", _ANY_MEASURE, _allowed("", float(match.group(1)), 0.0)))
    return found


def _other_counts(text: str, taken: list[tuple[int, int]]) -> dict[str, list[Stated]]:
    """Counts of what no unit names, by their plural noun ('four Russian diplomats'), where no unit's
    count already reads the words (`taken`, the spans of those counts); not a year ('in 2022
    officials said'), nor a share or the outlet's own sources."""
    found: dict[str, list[Stated]] = defaultdict(list)
    for match in _ANY_COUNT.finditer(text):
        number, scale, kind, noun = match.groups()
        if noun in _NOT_COUNTS or noun.endswith(("us", "is")) or _YEAR_LIKE.fullmatch(number) \
                or any(start < match.end() and match.start() < end for start, end in taken) \
                or _UNNAMED_SOURCES_AFTER.match(text, match.end()) or _SHARE_OPENING.search(text, 0, match.start()):
            continue
        multiple = _SCALE.get((scale or "").lower(), 1)
        value = (_EXACT_NUMBERS.get(number.lower()) or float(number.replace(",", ""))) * multiple
        label = " ".join(filter(None, (_readable(value), kind, noun)))  # '4 Russian diplomats'
        stated = _stated(text, label, value, match, _rounding(number, multiple))
        found[_OTHER_COUNT + noun.removesuffix("s")].append(stated)
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


def years(text: str) -> dict[str, list[Stated]]:
    stated = [_stated(text, match.group(), float(match.group()), match) for match in _YEAR.finditer(text)]
    return {"year": stated} if stated else {}


def _stated(text: str, label: str, value: float, match: re.Match, rounding: float = 0.0, of_what: bool = False,
            also_measures: tuple[str, ...] = ()) -> Stated:
    """The value with what it measures: the words before it, or after it when it opens its clause
    ("At least five people have been killed in ...", "the ministry said 135 people had been taken
    to hospital"); a share or a sum `of_what` also by the words just after it ("$1.2 billion of
    customer funds")."""
    before, after = text[:match.start()], _FIGURE.split(text[match.end():])[0]
    measure = (not _opens_reported_clause(before) and _measure(before)) or _measure_words(after)[:WORDS_BEFORE_VALUE]
    measure += _measure_words(_CLAUSE_END.split(after)[0])[:WORDS_AFTER_SHARE] if of_what else []
    measure += also_measures
    return label, frozenset(w for w in measure if w.lstrip(_NAME) not in REPORTING_STEMS), \
        _allowed(before, value, rounding)


def _opens_reported_clause(before: str) -> bool:
    """'the ministry said (at least) 135 ...': the value opens what a source is reported saying."""
    for precision in (_AT_LEAST, _AT_MOST, _ABOUT):
        before = precision.sub("", before)
    return bool(_REPORTED_OPENING.search(before))


def _measure(before: str) -> list[str]:
    """What a value measures: the content words since the figure before it ("grown by 100,000
    since 2016, to about 513,000" says nothing of what 513,000 is), or before that figure when the
    value ends a range ("rose from 5% to 7%"); never back past the start of its clause ("32% of the
    vote, but remains short of the 116 seats" says nothing of votes)."""
    segments = _FIGURE.split(before)
    *_, clause = _CLAUSE_START.split(segments[-1])
    if clause != segments[-1]:
        return _measure_words(clause)[-WORDS_BEFORE_VALUE:]
    words = _measure_words(segments[-1]) or (_measure_words(segments[-2]) if len(segments) > 1 else [])
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


def _measure_words(text: str) -> list[str]:
    """The stems of the words saying what a figure measures, a capitalised word's marked as a name's
    (a name alone does not say what a share, a sum or a year is of); a possessive's 's' is no word."""
    return [(_NAME if word[:1].isupper() else "") + stem for word in re.findall(r"[A-Za-z]+", _POSSESSIVE.sub("", text))
            for stem in stems(word)]


def stems(text: str) -> list[str]:
    """Content words cut to their first letters, a verb's '-ing' and '-ed' off first, so that
    'killing' meets 'killed' and 'regularly' 'regular', and a death one stem however told."""
    return [_DEAD if w in _DEATH_WORDS else _VERB_ENDING.sub("", w)[:STEM_CHARS]
            for w in re.findall(r"[a-z]+", text.lower()) if w not in ENGLISH_STOP_WORDS]
