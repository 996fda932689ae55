"""The study a science story is about, however each article refers to it.

"A large study", "the study published Wednesday in Nature Medicine", "new research" and "the
researchers" are one source across a story: outlets covering a paper rarely name it, and
counting each phrasing as an origin of its own would make one paper look like four. A study
set apart as another ("previous research", "an earlier study", "a 2019 study") stays apart.
"""

from __future__ import annotations

import re

_STUDY = re.compile(r"^(?:[a-z\d][\w,-]*\s+){0,3}?(?:study|research|paper|analysis|trial)\b(?!\s+[A-Z])")
_ANOTHER = re.compile(r"\b(?:previous|earlier|prior|other|another|separate|similar|past|older|(?:19|20)\d\d)\b",
                      re.IGNORECASE)
_AUTHORS = re.compile(r"^(?:the\s+)?(?:study'?s\s+)?(?:researchers|authors|scientists|team|research\s+team)$",
                      re.IGNORECASE)
_JOURNAL = re.compile(r"(?:\bin\s+the\s+(?:\w+\s+)?journal|\b(?:published|appeared)\b.*?\bin)\s+"
                      r"(?P<journal>(?:The\s+)?[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*)*)")


def study_names(names: list[str]) -> dict[str, str]:
    """{source name: the name of the story's study} for the names that refer to it, and for its
    authors ("the researchers") when the story has a study; 'the study in Nature Medicine' when the
    phrases name one journal, else 'the study'."""
    studies = [name for name in names if _STUDY.match(name[:1].lower() + name[1:]) and not _ANOTHER.search(name)]
    if not studies:
        return {}
    journals = {match["journal"] for name in studies if (match := _JOURNAL.search(name))}
    canonical = f"the study in {journals.pop()}" if len(journals) == 1 else "the study"
    return {name: canonical for name in names if name in studies or _AUTHORS.match(name)}
