"""A ministry however articles name it: "Russia's defence ministry", "the Russian Ministry of
Defence" and "the Defense Ministry" are one source across a story, as long as the story names
that ministry for one country only (Ukraine's and Russia's defence ministries stay two)."""

from __future__ import annotations

import re
from collections import defaultdict
from os.path import commonprefix

_MINISTRY = re.compile(
    r"^(?i:the\s+)?(?:(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?P<possessive>['’]s)?\s+)??"
    r"(?:(?!(?i:the|a|an|its|their|his|her|that|this)\s)(?P<brief>[A-Za-z]+)\s+[Mm]inistry"
    r"|[Mm]inistry\s+of\s+(?:the\s+)?(?P<of>[A-Za-z]+(?:\s+(?:and\s+)?[A-Za-z]+){0,2}))$")
_SPELLING = {"defense": "defence"}


def ministry_names(phrases: list[str]) -> dict[str, str]:
    """{phrase: the ministry's name} for the phrases naming a ministry: "Russia's Ministry of
    Defence" when one country's ministry of defence is named, "Ministry of Defence" when none."""
    named: dict[str, dict[str, str]] = defaultdict(dict)  # brief -> {phrase: "Russia's" / "Russian" / ""}
    for phrase in phrases:
        match = _MINISTRY.match(" ".join(phrase.split()))
        if match:
            brief = " ".join((match["brief"] or match["of"]).lower().split())
            country = f"{match['country']}'s" if match["possessive"] else match["country"] or ""
            named[_SPELLING.get(brief, brief)][phrase] = country
    names = {}
    for brief, countries in named.items():
        distinct = sorted(set(countries.values()) - {""}, key=lambda c: ("'s" not in c, c))
        if distinct and not all(_same_country(distinct[0], other) for other in distinct[1:]):
            continue
        owner = f"{distinct[0]} " if distinct else ""
        names.update({phrase: f"{owner}Ministry of {brief.title()}" for phrase in countries})
    return names


def _same_country(one: str, other: str) -> bool:
    """'Russia's' and 'Russian', 'Ukraine's' and 'Ukrainian': one country, by a common stem."""
    one, other = one.removesuffix("'s").lower(), other.removesuffix("'s").lower()
    return len(commonprefix([one, other])) >= min(len(one), len(other)) - 1
