"""Where quotation marks open and close: straight and typographic, never across a paragraph."""

from __future__ import annotations

_OPENING = "“\"«„"
_CLOSING = "”\"»“"
_LEFT_CONTEXT = " \t\n([{—–-:;,/"


def find_quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks, never crossing a paragraph break."""
    spans = []
    opened = None
    for index, char in enumerate(text):
        if char == "\n":
            opened = None
        elif opened is None and char in _OPENING and (index == 0 or text[index - 1] in _LEFT_CONTEXT):
            opened = index
        elif opened is not None and char in _CLOSING:
            following = text[index + 1:index + 2]
            if not following.isalnum():
                if index - opened > 1:
                    spans.append((opened + 1, index))
                opened = None
            elif char in _OPENING:
                opened = index
    return spans
