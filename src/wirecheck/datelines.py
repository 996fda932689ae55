"""Datelines: the place, and the wire, that open a news story ("WASHINGTON (AP) —")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_WIRE = r"\((?:[A-Z]{2,5}|Reuters|Bloomberg|dpa)\)"  # "(AP)", "(AFP)", "(Reuters)"
# A dash ends a dateline; a hyphen only set off by spaces ("NEW YORK - ", not "COVID-19").
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .,'-]{2,40}(?:,\s*[A-Z][a-z.]+\s*\d*)?\s*(?:\([A-Za-z]+\)\s*)?"  # "LOS ANGELES (AP)"
    r"|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:,\s*[A-Z][\w.]+(?: \d+)?)?\s*" + _WIRE + r"\s*"  # "Washington (AFP)"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}\s*" + _WIRE + r"\s*"  # "June 12 (Reuters)"
    r"|" + _WIRE + r"\s*)"  # a reprint's "(Reuters) -", its place cut off
    r"(?:—|–|--|(?<=\s)-(?=\s))\s*(?:" + _WIRE + r"\s*(?:—|–|--|(?<=\s)-(?=\s))\s*)?"
    r"|^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\s*" + _WIRE + r"(?=[A-Z])", re.MULTILINE)  # "Paris (CNN)Authorities"
_DATELINES = "wirecheck_datelines"  # a parsed doc's dateline spans, in its user data


def dateline_end(text: str) -> int:
    """Where the dateline opening `text` ends; 0 when there is none."""
    match = DATELINE.match(text)
    return match.end() if match else 0


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The datelines opening the text's lines (its paragraphs)."""
    return [match.span() for match in DATELINE.finditer(text)]


def in_dateline(token: Token) -> bool:
    """A word of the dateline opening its paragraph ('WASHINGTON (AP) —')."""
    datelines = token.doc.user_data.get(_DATELINES)
    if datelines is None:
        datelines = token.doc.user_data[_DATELINES] = dateline_spans(token.doc.text)
    return any(start <= token.idx < end for start, end in datelines)
