"""Where quotation marks open and close: straight and typographic, double and single, never
across a paragraph."""

from __future__ import annotations

import re

_OPENING = "“\"«„"
_CLOSING = "”\"»“"
# British style quotes with single marks: curly ones always, straight ones only in a text with no
# double marks at all, where they cannot be the inner quotes of an American one.
_SINGLE_OPENING, _SINGLE_CLOSING = "‘", "’"
_STRAIGHT_SINGLE = "'"
_LEFT_CONTEXT = "([{—–-:;,/"  # or any space, a no-break space too
_ENDING = ",.?!"
# 'Marcia "Cia" Price': a nickname between a name's parts, which is no quotation.
_NAME_BEFORE = re.compile(r"[A-Z][\w.]*\s$")
_NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?")
_NAME_AFTER = re.compile(r"\s[A-Z]")
# 'the students’ union': a plural's apostrophe, not a closing single mark.
_PLURAL_POSSESSIVE = re.compile(r"s['’] [a-z]")
_DECADE = re.compile(r"\d0s\b")


def find_quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks, never crossing a paragraph break.

    Typewriter-style doubled marks (``like this'' or ''like this'') count as double quotes. A
    quotation left open at a paragraph's end runs to that end when the next paragraph opens with a
    quotation mark: the news convention for a quotation over several paragraphs. Single marks
    quote only outside double ones (inside, they quote within the quotation).
    """
    text = text.replace("``", '" ').replace("''", '" ')  # same length, so offsets still hold
    spans = _paired(text, _OPENING, _CLOSING)
    straight = _STRAIGHT_SINGLE if not any(mark in text for mark in _OPENING + _CLOSING) else ""
    single = _paired(text, _SINGLE_OPENING + straight, _SINGLE_CLOSING + straight, apostrophes=True)
    spans += [(start, end) for start, end in single
              if not any(start < other_end and other_start < end for other_start, other_end in spans)]
    return sorted(spans)


def _paired(text: str, opening: str, closing: str, apostrophes: bool = False) -> list[tuple[int, int]]:
    """Spans between opening and closing marks. With `apostrophes`, a closing mark may be one: it
    never closes inside a word ("don’t"), and after a plural ("the students’ union") it closes
    only a quotation nothing else closes ("called it ‘reckless’ and ...")."""
    spans = []
    opened = fallback = None
    for index, char in enumerate(text + "\n"):
        if char == "\n":
            if opened is not None:
                next_paragraph = text[index:].lstrip()[:1]
                end = index if next_paragraph and next_paragraph in opening else fallback
                if end is not None:
                    _append_stripped(spans, text, opened + 1, end)
            opened = fallback = None
            continue
        if opened is not None and char in closing:
            if apostrophes and _PLURAL_POSSESSIVE.match(text, index - 1):
                fallback = index if fallback is None else fallback
                continue
            if not text[index + 1:index + 2].isalnum() or text[index - 1] in _ENDING:  # 'affable,”Clinton said'
                if not _is_nickname(text, opened, index):
                    _append_stripped(spans, text, opened + 1, index)
                opened = fallback = None
                continue
        if char in opening and _may_open(text, index, apostrophes):
            if opened is not None and fallback is not None:  # a new quotation: the open one ended at its mark
                _append_stripped(spans, text, opened + 1, fallback)
            elif opened is not None and char not in closing:
                continue
            opened, fallback = index, None
    return spans


def _may_open(text: str, index: int, apostrophes: bool) -> bool:
    if apostrophes and _DECADE.match(text, index + 1):  # 'the ’90s'
        return False
    return index == 0 or text[index - 1].isspace() or text[index - 1] in _LEFT_CONTEXT


def _is_nickname(text: str, opened: int, closed: int) -> bool:
    return bool(_NAME_BEFORE.search(text, max(0, opened - 30), opened) and _NICKNAME.fullmatch(text, opened + 1, closed)
                and _NAME_AFTER.match(text, closed + 1))


def _append_stripped(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
