"""A public office however articles name it: "Russia's defence ministry", "the Russian Ministry
of Defence" and "the Defense Ministry" are one source across a story, and so are "Denver
police", "the Denver Police Department" and "police", "Ukraine's air force" and "the Air
Force", or "Norland's central bank" and "the central bank", as long as the story names that
office for one country or city only (Ukraine's and Russia's defence ministries stay two). "The
country's interior ministry" is the country's the story is about, and "the ministry" the one
ministry a story names. So are "the prefecture", "the maritime prefecture" and "the maritime
prefecture of the Atlantic", a coastguard or a fire service, unless the story names two kinds
(a police and a maritime prefecture)."""

from __future__ import annotations

import re
from collections import defaultdict
from os.path import commonprefix

_OFFICE = re.compile(
    r"^(?i:the\s+)?(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?P<possessive>['’]s)?\s+)??"
    r"(?:(?P<force>[Pp]olice|[Aa]ir\s+[Ff]orce|[Aa]rmy|[Nn]avy|[Mm]ilitary|[Cc]entral\s+[Bb]ank)(?:\s+[Dd]epartment)?"
    r"|(?:(?P<modifier>[a-z]+)\s+)?(?P<service>(?i:prefecture|coast\s?guard|gendarmerie|fire\s+(?:service|department|brigade)))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)?)?"  # 'the maritime prefecture of the Atlantic'
    r"|(?i:(?:country|nation)['’]s\s+)?"  # 'the country's interior ministry'
    r"(?!(?i:the|a|an|its|their|his|her|that|this)\s)(?P<brief>[A-Za-z]+)\s+[Mm]inistry"
    r"|[Mm]inistry\s+of\s+(?:the\s+)?(?P<of>[A-Za-z]+(?:\s+(?:and\s+)?[A-Za-z]+){0,2}))$")
_BARE_MINISTRY = re.compile(r"^(?i:the\s+)?[Mm]inistry$")
_SPELLING = {"defense": "defence", "foreign affairs": "foreign", "home affairs": "home", "coastguard": "coast guard"}
_AFFAIRS = {"foreign", "home"}  # 'the foreign ministry' is the Ministry of Foreign Affairs
_FORCES = {"police", "air force", "army", "navy", "military", "central bank"}


def office_names(phrases: list[str]) -> dict[str, str]:
    """{phrase: the office's name} for the phrases naming a ministry, a police force or an armed
    force: "Russia's Ministry of Defence" when one country's ministry of defence is named,
    "Ministry of Defence" when none; "Denver police"; "Ukraine's air force"."""
    named: dict[str, dict[str, str]] = defaultdict(dict)  # office -> {phrase: "Russia's" / "Russian" / ""}
    modifiers: dict[str, set[str]] = defaultdict(set)  # a service -> its words before it ('maritime prefecture')
    for phrase in phrases:
        match = _OFFICE.match(" ".join(phrase.split()))
        if match:
            brief = " ".join((match["force"] or match["service"] or match["brief"] or match["of"]).lower().split())
            brief = _SPELLING.get(brief, brief)
            owner = f"{match['owner']}'s" if match["possessive"] else match["owner"] or ""
            named[brief][phrase] = owner
            if match["service"]:
                modifiers[brief].update(filter(None, [match["modifier"]]))
    names = {}
    for brief, owners in named.items():
        distinct = sorted(set(owners.values()) - {""}, key=lambda owner: ("'s" not in owner, owner))
        if distinct and not all(_same_place(distinct[0], other) for other in distinct[1:]) \
                or len(modifiers.get(brief, ())) > 1:  # 'the police prefecture' and 'the maritime prefecture'
            continue
        owner = f"{distinct[0]} " if distinct else ""
        office = " ".join([*modifiers[brief], brief]) if brief in modifiers else \
            brief if brief in _FORCES else f"Ministry of {brief.title()}{' Affairs' * (brief in _AFFAIRS)}"
        names.update({phrase: f"{owner}{office}" for phrase in owners})
    ministries = {names[phrase] for brief, owners in named.items() if brief not in _FORCES | modifiers.keys()
                  for phrase in owners if phrase in names}
    if len(ministries) == 1:  # 'the ministry' of a story naming one
        names.update({phrase: next(iter(ministries)) for phrase in phrases if _BARE_MINISTRY.match(phrase)})
    return names


def _same_place(one: str, other: str) -> bool:
    """'Russia's' and 'Russian', 'Ukraine's' and 'Ukrainian': one country, by a common stem."""
    one, other = one.removesuffix("'s").lower(), other.removesuffix("'s").lower()
    return len(commonprefix([one, other])) >= min(len(one), len(other)) - 1
