"""Origins and independence: what each fact rests on, and how many independent origins that is.

A mention's origin is the source its sentence credits (the publication that reported it
before any person or office it quotes), else the outlet's own reporting. Five outlets repeating
The Wall Street Journal give one origin; a wire story and its reprints share one outlet; a
spokesperson and the office they speak for ("Kremlin spokesman Dmitry Peskov", "the Kremlin")
are one origin; so are an outlet and the unnamed sources it relays ("three people familiar with
the matter" in Reuters' story, and "according to Reuters" elsewhere), and a body and what it
issues ("a statement from Qatar's foreign ministry" and "the ministry").
"""

from __future__ import annotations

import re
from collections import defaultdict

from wirecheck.compare.align import AlignedFact
from wirecheck.compare.attribution import Attribution, relaying_source
from wirecheck.compare.entities import entity_key
from wirecheck.compare.spokespeople import spokespeople
from wirecheck.model import Article, Fact, Mention, Source

# A document named by who issued it: 'a statement from Qatar's foreign ministry'.
_ISSUED = re.compile(r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:statement|release|communiqu[eé]|letter|memo|filing|"
                     r"figures|data|minutes)\s+(?:from|by|issued\s+by)\s+(?P<issuer>.+)$", re.IGNORECASE)


def build_facts(aligned: list[AlignedFact], articles: list[Article], attribution: Attribution) -> list[Fact]:
    roots = {a.id: a.duplicate_of or a.id for a in articles}
    originals = [a.id for a in articles if a.duplicate_of is None]
    one_origin_with = same_origins(attribution.sources, articles)
    facts = []
    for number, fact in enumerate(aligned, start=1):
        mentions = [Mention(article=c.article, sentence=c.sentence_id) for c in fact.claims]
        origins = []
        for claim in fact.claims:
            origin = origin_of(claim.article, claim.sentence_id, attribution)
            if origin not in origins:
                origins.append(origin)
        stating = {roots[c.article] for c in fact.claims}
        independent = len({one_origin_with.get(origin, origin) for origin in origins})
        facts.append(Fact(
            id=f"f{number}", text=fact.representative.text, mentions=mentions, outlets=len(stating),
            omitted_by=[a for a in originals if a not in stating], origins=origins,
            independent_origins=independent, status=_status(len(stating), independent),
        ))
    return facts


def same_origins(sources: list[Source], articles: list[Article]) -> dict[str, str]:
    """{source id: the origin it is one with}: the office a spokesperson speaks for, the outlet
    relaying unnamed sources, the body issuing a statement."""
    return spokespeople(sources) | _relaying_outlets(sources, articles) | _issuers(sources)


def _issuers(sources: list[Source]) -> dict[str, str]:
    """{id of a document source: id of the source issuing it}, where the story cites both."""
    by_name = {entity_key(name): s.id for s in sources for name in (s.name, *s.aliases)}
    issued = {}
    for source in sources:
        match = _ISSUED.match(source.name)
        issuer = by_name.get(entity_key(match["issuer"])) if match else None
        if issuer is not None and issuer != source.id:
            issued[source.id] = issuer
    return issued


def _relaying_outlets(sources: list[Source], articles: list[Article]) -> dict[str, str]:
    """{id of an unnamed source: id of the one source relaying it}: what "three people familiar
    with the matter" said is known only by the report relaying it: the publication their sentence
    credits ("Bloomberg reported, citing people familiar ...", `relaying_source`), else the outlet's."""
    own_reporting = {entity_key(s.name): s.id for s in sources if s.own_reporting}
    by_id = {a.id: a for a in articles}
    cited_in: dict[Mention, list[tuple[str, str]]] = defaultdict(list)
    for source in sources:
        for mention in source.cited_in:
            cited_in[mention].append((source.kind, source.id))

    def relayer(mention: Mention) -> str | None:
        article = by_id[mention.article]
        return relaying_source(cited_in[mention]) or own_reporting.get(
            entity_key(by_id.get(article.duplicate_of, article).label))

    relayed = {}
    for source in (s for s in sources if s.kind == "anonymous"):
        outlets = {relayer(m) for m in source.cited_in}
        if len(outlets) == 1 and None not in outlets:
            relayed[source.id] = outlets.pop()
    return relayed


def origin_of(article: str, sentence: str, attribution: Attribution) -> str:
    """The source id a sentence rests on: its most authoritative citation, else its outlet."""
    own = attribution.own_source[article]
    cited = [s for s in attribution.sentence_sources.get((article, sentence), []) if s != own]
    return cited[0] if cited else own


def _status(outlets: int, independent: int) -> str:
    if outlets < 2:
        return "single_outlet"
    return "corroborated" if independent >= 2 else "single_origin"
