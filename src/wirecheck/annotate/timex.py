"""Time expressions found in text and resolved to partial ISO dates at their own precision.

Absolute ones ("Oct. 24, 2024", "April 2021", "in 2014") resolve alone; relative ones
("Thursday", "in March", "last week", "late last year", "two years ago") resolve against the
article's publication date: to the past, as news mostly reports it, and forward where the words
before them in their sentence speak of what is to come ("will testify on Monday"). A month stays
a month and "late 2022" stays 2022: the date is never made more precise than the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
}

_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_YEAR = r"(?<![$€£\d,.])(?P<year>(?:19|20)\d{2})(?![\d%])"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_COUNT = r"(?P<count>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_PART = r"(?:(?P<part>early|mid|late|the end of|the start of|the beginning of)[- ])?"
_PARTS = r"(?:early|mid|late)"
_SINCE = r"(?P<since>since )?"


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str | None  # partial ISO date, None when it cannot be resolved


def _month_day_year(m, pub, ahead):
    return _iso(int(m["year"]), _month(m["month"]), int(m["day"]))


def _month_day(m, pub, ahead):
    """The last such day, news being mostly of what happened, unless that lies most of a year back
    ('the election on Nov. 5' a month before it); the next one in words of what is to come."""
    if pub is None:
        return None
    month, day = _month(m["month"]), int(m["day"])
    last, next_ = _occurrence(pub, month, day, -1), _occurrence(pub, month, day, 1)
    to_come = ahead or _awaited(m) or last is None or pub - last > MOST_OF_A_YEAR
    chosen = (next_ or last) if to_come else last
    return chosen.isoformat() if chosen else None


def _occurrence(pub: date, month: int, day: int, step: int) -> date | None:
    """The day on or before `pub` (step -1), or on or after it (step 1)."""
    for year in (pub.year, pub.year + step):
        candidate = _safe_date(year, month, day)
        if candidate and (candidate - pub).days * step >= 0:
            return candidate
    return None


def _named_month(m, pub, ahead):
    """'in March', 'last December': the last such month, or the next one when it is this month or
    the next, or the words speak of what is to come."""
    if pub is None:
        return None
    month, which = _month(m["month"]), (m["which"] or "").lower()
    if which == "this":
        year = pub.year
    elif which == "next" or (not which and (ahead or (month - pub.month) % 12 <= 1)):
        year = pub.year + int(month < pub.month or (which == "next" and month == pub.month))
    else:
        year = pub.year - int(month > pub.month or (which == "last" and month == pub.month))
    return f"{year:04d}-{month:02d}"


def _month_year(m, pub, ahead):
    return f"{int(m['year']):04d}-{_month(m['month']):02d}"


def _year(m, pub, ahead):
    return m["year"]


def _weekday(m, pub, ahead):
    """The last such day, or the next one ('next Monday', 'will testify on Monday')."""
    if pub is None:
        return None
    target = WEEKDAYS.index(m["weekday"].lower())
    which = (m["which"] or "").lower()
    if which == "next":
        return (pub + timedelta(days=(target - pub.weekday() - 1) % 7 + 1)).isoformat()
    if (ahead or _awaited(m)) and not which:  # today or to come
        return (pub + timedelta(days=(target - pub.weekday()) % 7)).isoformat()
    back = (pub.weekday() - target) % 7
    if which == "last" and back == 0:
        back = 7
    return (pub - timedelta(days=back)).isoformat()


def _awaited(m: re.Match) -> bool:
    """'a warning through Thursday', 'called a strike for Thursday', 'set sentencing for March 12':
    what lasts until the day or is set for it; not 'charged for Thursday's attack'."""
    before = m.string[max(0, m.start() - 12):m.start()]
    return bool(_UNTIL.search(before)) or (bool(_FOR.search(before)) and not _POSSESSIVE.match(m.string, m.end()))


_DAY_WORDS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "overnight": 0, "this morning": 0,
              "this afternoon": 0, "this evening": 0, "tomorrow": 1}


def _day_word(m, pub, ahead):
    offset = _DAY_WORDS[" ".join(m["word"].lower().split())]
    return (pub + timedelta(days=offset)).isoformat() if pub else None


def _relative_unit(m, pub, ahead):
    if pub is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[m["which"].lower()]
    unit = m["unit"].lower()
    if unit == "week":
        return _month_of(pub + timedelta(weeks=step))
    if unit == "month":
        return _month_of(_add_months(pub, step))
    return str(pub.year + step)


def _ago(m, pub, ahead):
    if pub is None:
        return None
    raw = m["count"].lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    unit = m["unit"].lower().rstrip("s")
    if unit == "day":
        return (pub - timedelta(days=count)).isoformat()
    if unit == "week":
        return _month_of(pub - timedelta(weeks=count))
    if unit == "month":
        return _month_of(_add_months(pub, -count))
    return str(pub.year - count)


def _month_of_year(m, pub, ahead):
    """'January last year', 'in March of next year'."""
    if pub is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    return f"{pub.year + step:04d}-{_month(m['month']):02d}"


def _season(m, pub, ahead):
    if pub is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    return str(pub.year + step)


# Most specific first: a span taken by one pattern is not matched again by a later one.
_PATTERNS = [
    (rf"\b{_MONTH} {_DAY},? {_YEAR}", _month_day_year),
    (rf"\b{_DAY} {_MONTH},? {_YEAR}", _month_day_year),
    (rf"\b{_MONTH} {_YEAR}", _month_year),
    (rf"\b{_MONTH} {_DAY}\b(?!,? \d)", _month_day),
    (rf"\b{_DAY} {_MONTH}\b", _month_day),
    (rf"\b{_MONTH}(?: of)? (?P<which>last|this|next) year\b", _month_of_year),
    (rf"\b{_SINCE}(?:(?:earlier|later) )(?P<which>this|last|next) (?P<unit>week|month|year)\b", _relative_unit),
    (rf"\b(?<!the ){_SINCE}{_PART}(?P<which>last|this|next) (?P<unit>week|month|year)\b(?! of\b)", _relative_unit),
    # not 'the last month of his life', 'the last week of May'
    (rf"\b{_SINCE}(?:(?:in|over|for|during) )?the (?P<which>past|last|previous) "
     rf"(?:{_COUNT} )?(?P<unit>week|month|year)s?\b(?! of\b)",
     lambda m, pub, ahead: _ago(m, pub, ahead) if m["count"] else _relative_unit(m, pub, ahead)),
    (rf"\b{_COUNT} (?P<unit>days?|weeks?|months?|years?) ago\b", _ago),
    (r"\b(?P<word>yesterday|last\s+night|today|tonight|overnight|this\s+(?:morning|afternoon|evening)|tomorrow)\b",
     _day_word),
    (r"\b(?:(?P<which>last|next|this) )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
     _weekday),
    (r"\b(?P<which>last|this|next) (?:spring|summer|fall|autumn|winter)\b", _season),
    (rf"\b(?:(?P<which>last|this|next) |(?:in|since|by|until|through|during|before|after|from) (?:{_PARTS}[- ])?|"
     rf"{_PARTS}[- ]){_MONTH}\b(?![.,]? ?\d)", _named_month),
    (rf"\b{_SINCE}{_PART}{_YEAR}", _year),
]
_COMPILED = [(re.compile(pattern, re.IGNORECASE), resolve) for pattern, resolve in _PATTERNS]
_CASE_SENSITIVE_WORDS = re.compile(r"^(?:May|March|June|July)$")
_SENTENCE_ENDS = (". ", "? ", "! ", "\n")
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+$", re.IGNORECASE)
_RELATIVE_TO_NOW = re.compile(r"\bago$|^(?:last|the (?:previous|last|past)) ", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
MOST_OF_A_YEAR = timedelta(days=300)  # a day further back than this is more likely the one to come
SENTENCE_WINDOW = 400  # characters looked back for the start of an expression's sentence
_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|would(?! have)|(?:is|are|['’]re)(?: not)? (?:scheduled|set|due|slated|"
                     r"expected|going) to|(?:is|are) (?:scheduled|set|due|slated) for|plans? to|planning to|"
                     r"(?<!was )(?<!were )(?<!had )(?<!been )(?:expect|hope|aim|intend)(?:s|e?d)? to)\b|['’]ll\b",
                     re.IGNORECASE)  # 'said it expected to return to a normal schedule by Tuesday'
# Between a word of the future and a date, what ends its reach: a verb of saying ('said Thursday he
# will'), a clause of its own ('said it would appeal, and the court ruled on Oct. 1') or a verb in
# the past ('the plan to raise the age, unveiled in January' is not 'plan to ... in January').
_FUTURE_ENDS = re.compile(r"\b(?:said|says|say|told|tells|announced|reported|added|was|were|had)\b|,\s+(?:and|but|"
                          r"while|which|who|after|before)\b", re.IGNORECASE)


def find_time_expressions(text: str, published: str | None) -> list[TimeExpression]:
    """Every time expression in `text`, left to right, resolved against `published`."""
    pub = _to_date(published)
    taken = bytearray(len(text))  # 1 where an earlier, more specific expression was found
    found = []
    for pattern, resolve in _COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span()
            if 1 in taken[start:end] or not _is_plausible(match) or _comparison_base(match):
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(TimeExpression(start, end, match.group(), resolve(match, pub, _ahead(text, start))))
    return sorted(found, key=lambda expression: expression.start)


def _ahead(text: str, start: int) -> bool:
    """Whether the words before an expression in its sentence speak of what is to come ('will
    testify on Monday', 'said he would visit on Monday'), and nothing between ends their reach
    ('will appeal, the company said Friday')."""
    window = max(0, start - SENTENCE_WINDOW)
    before = text[max(window, *(text.rfind(end, window, start) + 1 for end in _SENTENCE_ENDS)):start]
    markers = list(_FUTURE.finditer(before))
    return bool(markers) and not _FUTURE_ENDS.search(before, markers[-1].end())


def parse_absolute_date(value: str) -> str | None:
    """A date written in words ('Oct. 25, 2024', '25 October 2024', 'October 2024'), else None."""
    for expression in find_time_expressions(value, None):
        if expression.value:
            return expression.value
    return None


def _is_plausible(match: re.Match) -> bool:
    """Reject capitalisation accidents: 'may' the verb, 'march' the noun, 'mar' in a word."""
    groups = match.groupdict()
    month = groups.get("month")
    if month and not month[:1].isupper():
        return False
    dated = groups.get("day") or groups.get("year") or groups.get("which")  # 'May 5', 'March of next year'
    if month and _CASE_SENSITIVE_WORDS.match(month) and not dated and match.group().startswith(month):
        return False
    weekday = groups.get("weekday")
    if weekday and not weekday[:1].isupper():
        return False
    word = groups.get("word")
    return not (word and word[:1].isupper() and _inside_sentence(match.string, match.start()))


def _comparison_base(match: re.Match) -> bool:
    """'4% from a year ago', 'higher than last year': what a figure is set against, not when anything
    happened."""
    return bool(_RELATIVE_TO_NOW.search(match.group()) and _COMPARED_WITH.search(match.string, 0, match.start()))


def _inside_sentence(text: str, start: int) -> bool:
    """Whether a word has words of its sentence before it: a capitalised 'Today' there names a
    programme or a paper ('BBC Radio 4's Today programme', 'USA Today'), not the day."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return bool(before) and before[-1] not in ".?!:;—–-\n"


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(year: int, month: int, day: int) -> str | None:
    found = _safe_date(year, month, day)
    return found.isoformat() if found else None


def _month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _to_date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
