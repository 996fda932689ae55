"""Where quotation marks open and close: straight and typographic, never across a paragraph."""

from __future__ import annotations

import re

_OPENING = "“\"«„"
_CLOSING = "”\"»“"
_LEFT_CONTEXT = "([{—–-:;,/"  # or any space, a no-break space too
_ENDING = ",.?!"
# 'Marcia "Cia" Price': a nickname between a name's parts, which is no quotation.
_NAME_BEFORE = re.compile(r"[A-Z][\w.]*\s$")
_NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?")
_NAME_AFTER = re.compile(r"\s[A-Z]")


def find_quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks, never crossing a paragraph break.

    Typewriter-style doubled marks (``like this'' or ''like this'') count as double quotes. A
    quotation left open at a paragraph's end runs to that end when the next paragraph opens with a
    quotation mark: the news convention for a quotation over several paragraphs.
    """
    text = text.replace("``", '" ').replace("''", '" ')  # same length, so offsets still hold
    spans = []
    opened = None
    for index, char in enumerate(text):
        if char == "\n":
            if opened is not None and text[index:].lstrip()[:1] in _OPENING:
                _append_stripped(spans, text, opened + 1, index)
            opened = None
        elif opened is None and char in _OPENING and (
                index == 0 or text[index - 1].isspace() or text[index - 1] in _LEFT_CONTEXT):
            opened = index
        elif opened is not None and char in _CLOSING:
            following = text[index + 1:index + 2]
            if not following.isalnum() or text[index - 1] in _ENDING:  # 'affable,”Clinton said'
                if not _is_nickname(text, opened, index):
                    _append_stripped(spans, text, opened + 1, index)
                opened = None
            elif char in _OPENING:
                opened = index
    return spans


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
