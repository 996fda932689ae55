"""Site chrome in plain text: menus, share and comment prompts, related links, promo lines.

Text copied from a web page keeps the page's chrome as short lines around the prose. A line
is kept when it reads like prose (long enough, or a complete sentence) and carries no
call-to-action wording; everything else is removed and returned, never silently dropped.
The features are general properties of boilerplate, in the spirit of jusText's classifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Wording that marks navigation, engagement prompts, promotion and legal footers.
_CHROME = re.compile(
    r"""
    \b(?:share\s+(?:this|on|it)|also\s+on\s+\S+\.(?:com|net|org|co\.uk)|like\s+this\s+(?:story|article)|
    (?:updated|published|posted)\s+(?:at|on)\s+\d|sign\s*up|log\s*in|login|subscribe|newsletter|read\s+more|
    related\s+(?:articles?|stories|content|topics)|recommended|click\s+here|follow\s+us|
    advertisement|sponsored|affiliate|cookies?|privacy\s+policy|terms\s+of\s+(?:use|service)|
    all\s+rights\s+reserved|copyright|contributed\s+to\s+this\s+report|(?:reporting|writing|editing)\s+by|
    this\s+(?:report|story|article)\s+(?:by\s+[^.]{1,60}?\s+)?(?:was\s+)?(?:first|originally)\s+(?:published|appeared)|
    this\s+(?:report|story|article)\s+has\s+been\s+(?:updated|corrected)|
    photo(?:graph)?s?\s+(?:by|credit)|
    (?:next|previous)\s+(?:article|story|post)|report\s+a\s+problem|
    join\s+the\s+conversation|add\s+(?:a\s+)?comment|\d+\s+comments?|comments?\s+\(\d+\)|
    skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|sign\s+in|download\s+(?:our|the)\s+app|
    follow\s+(?:him|her|them|me)\s+on|contact\s+[^.:]{1,40}:\s*\S+@)\b|
    ^(?:more|also\s+read|see\s+also|related|watch|listen):\s|
    # a feed's footer: 'The post ... appeared first on Riverton Daily.'
    ^the\s+post\s+.{1,200}?\s+appeared\s+first\s+on\s+(?-i:[A-Z])[\w\s&'’-]{0,60}(?:\.[a-z]{2,4})?\.?$|
    ^(?:last\s+)?(?:updated|published|posted):?\s+(?:on\s+)?(?:  # 'Updated December 2, 2026, 7:15 a.m.'
        (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|
        \d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[/.:-]\d{1,2})
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SEPARATOR = re.compile(r"^[\W_]+$")
_QUOTED_SENTENCE = re.compile(r"""["“](?:\S+\s+){4,}\S*[.!?…]["”]""")
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$""")
_OPENING_QUOTES = {'"', "“", "‘", "'", "«"}

PROSE_MIN_WORDS = 8
SHORT_PROSE_MIN_WORDS = 4  # a sentence this short is prose only among prose
PROSE_LONG_WORDS = 20
CHROME_MAX_WORDS = 20
TITLE_MAX_WORDS = 25


@dataclass(frozen=True)
class Cleaned:
    paragraphs: list[str]
    removed: list[str]
    title: str | None


def clean_text(text: str, want_title: bool = True, extracted: bool = False) -> Cleaned:
    """Split `text` into paragraphs, keep the prose, and return the rest as removed lines.

    With `want_title`, a short first line that is neither chrome nor prose becomes the title.
    Text an HTML extractor already cleaned (`extracted`) keeps its short lines (subheads, list
    items) and loses only what reads as chrome.
    """
    paragraphs, removed, title = [], [], None
    lines = _paragraphs(text)
    after_prose = False  # the line before was kept as prose
    for line, following in zip(lines, [*lines[1:], ""]):
        if is_prose(line) or (extracted and not is_chrome(line)) or _introduces_quotation(line, following) \
                or (after_prose and _short_sentence_before_prose(line, following)):
            paragraphs.append(line)
            after_prose = True
            continue
        after_prose = False
        if want_title and title is None and not paragraphs and _could_be_title(line):
            title = line
        else:
            removed.append(line)
    return Cleaned(paragraphs, removed, title)


def is_chrome(line: str) -> bool:
    """A separator, or a short line with call-to-action wording ('Share on Facebook')."""
    return bool(_SEPARATOR.match(line) or (_CHROME.search(line) and len(line.split()) <= CHROME_MAX_WORDS))


def is_prose(line: str) -> bool:
    """A line of article prose, as opposed to a heading, caption, menu or prompt."""
    words = len(line.split())
    if is_chrome(line):
        return False
    if _QUOTED_SENTENCE.search(line):  # '"He can't even answer a question." ― Carla Sanchez'
        return True
    return words >= PROSE_LONG_WORDS or (words >= PROSE_MIN_WORDS and bool(_TERMINAL.search(line)))


def _short_sentence_before_prose(line: str, following: str) -> bool:
    """A short sentence of its own after prose and before more prose, chrome or the end ('The
    spokesman declined to comment.'): a paragraph of the article, as jusText keeps short blocks
    between good ones. Not a question (an explainer's subhead) nor a line of names and numbers
    ('Mar. 8, 2014 12:41 a.m.', 'Referee: B Hill (Kettering).')."""
    words = line.split()
    return SHORT_PROSE_MIN_WORDS <= len(words) and bool(_TERMINAL.search(line)) and not is_chrome(line) \
        and not line.rstrip("\"'”’").endswith("?") and (line[:1].isupper() or line[:1] in _OPENING_QUOTES) \
        and sum(word[:1].islower() for word in words) >= 2 \
        and (not following or is_prose(following) or is_chrome(following))


def _introduces_quotation(line: str, following: str) -> bool:
    """'He said:' on its own line before the quoted paragraph it introduces."""
    return line.endswith(":") and following[:1] in _OPENING_QUOTES and not is_chrome(line) and is_prose(following)


def _could_be_title(line: str) -> bool:
    words = len(line.split())
    return 3 <= words <= TITLE_MAX_WORDS and not _CHROME.search(line) and not _TERMINAL.search(line)


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of `text`: its lines, except that hard-wrapped blocks are joined back."""
    result = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if _is_hard_wrapped(lines):
            result.append(" ".join(lines))
        else:
            result.extend(lines)
    return result


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Lines of one paragraph wrapped at a fixed width: medium, even lengths, mostly stopping
    mid-sentence, and continuing in lower case or over three or more lines."""
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    unfinished = sum(1 for line in inner if not _TERMINAL.search(line)) / len(inner)
    lengths = [len(line) for line in inner]
    even = all(40 <= n <= 100 for n in lengths) and max(lengths) - min(lengths) <= 30
    continued = sum(1 for line in lines[1:] if line[:1].islower()) * 2 >= len(lines) - 1
    return unfinished >= 0.6 and even and (continued or len(lines) >= 3)
