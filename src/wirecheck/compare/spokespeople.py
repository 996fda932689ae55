"""Who speaks for whom: a spokesperson and the office or person they speak for are one origin."""

from __future__ import annotations

import re

from wirecheck.model import Source

# "Kremlin spokesman Dmitry Peskov", "Trump campaign press secretary Karoline Leavitt", "the
# Pentagon's spokeswoman", "the PCS union's general secretary", "Denver Police Chief Ron Thomas":
# the office or body named before the role is the one the person speaks for.
_SPEAKING_FOR = re.compile(r"^(?:the |an? )?(?P<office>.+?)(?:['’]s?)? (?:spokes(?:man|woman|person)|press secretary|"
                           r"general secretary|chief executive|ceo|chief|director|commissioner|head|"
                           r"chair(?:man|woman)?)\b", re.IGNORECASE)
# "Health Minister Sabin Nsanzimana", "Defense Minister ...": the ministry of that brief is the one they head.
_MINISTER = re.compile(r"^(?:the )?(?P<brief>[A-Z][a-z]+) Minister\b")
_SPELLINGS = {"defense": "defence", "defence": "defense"}
# "a spokesperson for Finance Minister François-Philippe Champagne", "a spokesman for the Treasury".
_SPEAKING_FOR_AFTER = re.compile(r"^(?:the |an? )?(?:spokes(?:man|woman|person)|press secretary) (?:for|to) "
                                 r"(?P<principal>.+)$", re.IGNORECASE)


def spokespeople(sources: list[Source]) -> dict[str, str]:
    """{source id: id of the office or person they speak for}, where the story names that office
    or person as a source of its own: a person by their role there ("Kremlin spokesman Dmitry
    Peskov"), an unnamed spokesperson by the office before the role ("a Nasa spokesperson") or after
    it ("a spokesman for the Treasury")."""
    offices = {_office_key(name): source.id for source in sources if source.kind != "person"
               for name in (source.name, *source.aliases)}
    speaks_for = {}
    for source in (s for s in sources if s.kind in {"person", "official"}):
        for words in (source.name, *source.aliases):
            match = _SPEAKING_FOR.match(words)
            office = offices.get(_office_key(match["office"])) if match else None
            if office is not None and office != source.id:
                speaks_for[source.id] = office
    for source in (s for s in sources if s.kind == "person" and s.id not in speaks_for):
        ministry = _ministry_of(source, sources)
        if ministry is not None:
            speaks_for[source.id] = ministry
    for source in sources:
        match = _SPEAKING_FOR_AFTER.match(source.name)
        principal = _principal(match["principal"], sources) if match else None
        if principal is not None and principal != source.id:
            speaks_for[source.id] = principal
    return speaks_for


def _ministry_of(minister: Source, sources: list[Source]) -> str | None:
    """The one ministry a minister heads, named as a source of its own: "Health Minister Sabin
    Nsanzimana" and "Rwanda's health ministry" ("Rwanda's Ministry of Health")."""
    briefs = {match["brief"].lower() for words in (minister.name, *minister.aliases)
              if (match := _MINISTER.match(words))}
    briefs |= {_SPELLINGS.get(brief, brief) for brief in briefs}
    heading = {source.id for source in sources if source.kind == "official" for name in (source.name, *source.aliases)
               for brief in briefs if re.search(rf"\b(?:ministry of (?:the )?{brief}|{brief} ministry)$", name.lower())}
    return heading.pop() if len(heading) == 1 else None


def _principal(words: str, sources: list[Source]) -> str | None:
    """The source `words` name, with or without a title before the name ('Finance Minister ...')."""
    key = _office_key(words)
    return next((source.id for source in sources for name in (source.name, *source.aliases)
                 if key == _office_key(name) or key.endswith(" " + name.lower())), None)


def _office_key(name: str) -> str:
    """'The Kremlin' and 'Kremlin' are one office."""
    return name.lower().removeprefix("the ")
