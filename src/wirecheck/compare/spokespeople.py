"""Who speaks for whom: a spokesperson and the office they speak for are one origin."""

from __future__ import annotations

import re

from wirecheck.model import Source

# "Kremlin spokesman Dmitry Peskov", "Trump campaign press secretary Karoline Leavitt", "the
# Pentagon's spokeswoman", "the PCS union's general secretary": the office or body named before
# the role is the one the person speaks for.
_SPEAKING_FOR = re.compile(r"^(?:the |an? )?(?P<office>.+?)(?:['’]s?)? (?:spokes(?:man|woman|person)|press secretary|"
                           r"general secretary|chief executive|chair(?:man|woman)?)\b", re.IGNORECASE)


def spokespeople(sources: list[Source]) -> dict[str, str]:
    """{person source id: id of the office they speak for}, where the story names the office as a
    source of its own and the person by their role there."""
    offices = {_office_key(name): source.id for source in sources if source.kind != "person"
               for name in (source.name, *source.aliases)}
    speaks_for = {}
    for source in (s for s in sources if s.kind == "person"):
        for words in (source.name, *source.aliases):
            match = _SPEAKING_FOR.match(words)
            office = offices.get(_office_key(match["office"])) if match else None
            if office is not None:
                speaks_for[source.id] = office
    return speaks_for


def _office_key(name: str) -> str:
    """'The Kremlin' and 'Kremlin' are one office."""
    return name.lower().removeprefix("the ")
