"""Conflicts the text itself shows, with no inference model.

- denial: a party denies or rejects a claim ("Peskov rejected the report as untrue"), set against
  the fact it most plausibly targets: the closest in wording, favouring facts that rest on a
  source the denial names;
- numeric / date: outlets state one fact with different amounts or years of the same thing
  (a word in common before the values: "destroyed 120 homes" / "destroyed 95 homes"), also in
  sentences close in meaning that alignment set in different facts;
- attribution: the same quoted words credited to different speakers;
- a person's age or year of birth, or a company's founding year, that outlets give differently,
  in whatever facts they give it.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from wirecheck.annotate.cues import denies_outright, is_denial
from wirecheck.compare.attribution import shares_words, word_set
from wirecheck.compare.figures import amounts, differing_values, gives_an_age_alone, stems, years
from wirecheck.compare.life_events import LifeDetail, differing_life_details
from wirecheck.compare.origins import same_origins
from wirecheck.compare.pointing import (
    MIN_LEAD_WORDS, REFERENCE_WORDS, denies_its_lead, lead_before_denier, only_points,
)
from wirecheck.judge import Judge
from wirecheck.model import Article, Conflict, ConflictSide, Fact, Mention, Quote, Source

MIN_TARGET_SIMILARITY = 0.2
MIN_SIDE_WORDS = 8
CLAIM_BEFORE_DENIAL_WORDS = 12  # the clause a denial ending its sentence points back at
SUPPORT_BONUS = 0.03  # per outlet: a denial more likely targets the story's widely reported claim
NAMED_SOURCE_BONUS = 0.15
ACCUSATION_BONUS = 0.15  # what a denial most plausibly answers: an accusation ('accused the government of ...')
_ACCUSING = re.compile(r"^(?:accus|alleg)", re.IGNORECASE)
_ACCUSATION_WORDS = {"accusa", "allega", "involv"}
# A verb said not to have happened: 'had not received', "hasn't been paid", 'never met'.
_NOT_DONE = re.compile(r"\b(?:not|never|n't)\s+(?:(?:been|be|have|has|had|yet|ever)\s+)*([a-z]+)")
# A sentence about another time than the story's: a year, a past month, 'since', 'ago', 'last year'.
_ANOTHER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|since|ago|(?:last|previous|past) (?:year|month|week|decade)|"
                           r"in (?-i:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December))\b", re.IGNORECASE)


def find_conflicts(facts: list[Fact], quotes: list[Quote], sources: list[Source],
                   sentence_sources: dict[tuple[str, str], list[str]], articles: list[Article],
                   judge: Judge | None = None, clauses: dict[str, list[str]] | None = None,
                   life: list[LifeDetail] | None = None, close: list[tuple[Mention, Mention]] | None = None,
                   ) -> list[Conflict]:
    """Conflicts found in the text, vetted by the judge when one is configured; the facts on
    either side of one become 'disputed'. `clauses` gives, by fact id, what each of the fact's
    mentions states when that is one clause of its sentence: a sentence's other clause ("The
    jobless rate rose to 7.1%, and the economy shrank 1.5%") belongs to another fact and gives its
    figures there. A clause giving no figure is read in its whole sentence. `life` holds the ages
    and years of birth or founding the articles give, whatever fact they come in; `close`, pairs of
    sentences of different outlets and facts whose meanings are close, which may give one figure
    differently."""
    sentence_text = {Mention(article=a.id, sentence=s.id): s.text for a in articles for s in a.sentences}
    previous = {Mention(article=a.id, sentence=later.id): Mention(article=a.id, sentence=earlier.id)
                for a in articles for earlier, later in zip(a.sentences, a.sentences[1:])}
    article_sentences = {a.id: [s.text for s in a.sentences] for a in articles}  # what else each article says
    age_after = {Mention(article=a.id, sentence=earlier.id): later.text for a in articles
                 for earlier, later in zip(a.sentences, a.sentences[1:]) if gives_an_age_alone(later.text)}
    between_outlets = _outlets_giving_other_figures(facts, sentence_text, article_sentences, age_after, clauses or {})
    conflicts = (
        _denials(facts, quotes, sources, sentence_sources, sentence_text, previous, same_origins(sources, articles))
        + between_outlets
        + _sources_giving_other_figures(facts, quotes, {fact_id for c in between_outlets for s in c.sides
                                                        for fact_id in s.facts})
        + _attribution_conflicts(quotes)
    )
    conflicts += _not_found_yet(differing_life_details(life or [], facts, sentence_text,
                                                       {a.id: a.duplicate_of for a in articles if a.duplicate_of}),
                                conflicts)
    conflicts += _not_found_yet(_close_sentences_giving_other_figures(close or [], sentence_text, article_sentences),
                                conflicts)
    if judge and conflicts:
        conflicts = judge.refine(conflicts)
    for number, conflict in enumerate(conflicts, start=1):
        conflict.id = f"c{number}"
    disputed = {fact_id for conflict in conflicts for side in conflict.sides for fact_id in side.facts}
    for fact in facts:
        if fact.id in disputed:
            fact.status = "disputed"
    return conflicts


def _denials(facts, quotes, sources, sentence_sources, sentence_text, previous, one_origin_with) -> list[Conflict]:
    """Each denial against the reported fact it most plausibly denies: close in wording (word
    stems, so 'regularly' meets 'regular'), widely reported, resting on a source the denial
    names, and not the denier's own statement. Who reported it is named by origin: the outlet
    for the unnamed sources it relays."""
    source_of = {s.name: s.id for s in sources}
    publications = {s.id for s in sources if s.kind == "publication"}
    denials = list({(q.sentence, q.speaker): q for q in quotes if is_denial(q.cue) and _denies_a_claim(q)
                    and q.speaker and source_of.get(q.speaker) not in publications}.values())
    # ', which Moscow denies': a denial pointing at the claim its own sentence opens with
    after_claim = [q for q in denials if denies_its_lead(q.text, q.speaker_text, sentence_text[_mention(q)])]
    denial_mentions = {_mention(q) for q in denials if q not in after_claim}
    accused: dict[Mention, list[str]] = defaultdict(list)  # what each sentence accuses someone of
    for quote in quotes:
        if quote.cue and _ACCUSING.match(quote.cue):
            accused[_mention(quote)].append(quote.text)
    # what a denial pointing back ('disputed that account') points at, however few outlets report it
    pointed_at = {previous.get(_mention(q)) for q in denials if only_points(q.text)} - {None}
    candidates = [f for f in facts if (f.outlets >= 2 or _credits_a_publication(f, publications, sentence_sources)
                                       or (set(accused) | pointed_at) & set(f.mentions))
                  and len(denial_mentions & set(f.mentions)) * 2 < len(f.mentions)]
    if not denials or not candidates:
        return []
    # what a denial denies: what its speaker says in its sentence ('denied that it planned any layoffs
    # and called the report speculation'), or the sentence before when it only points at a claim
    said = defaultdict(list)
    for quote in quotes:
        said[(quote.article, quote.sentence, quote.speaker)].append(quote.text)
    contexts = [_context(q, sentence_text, previous) if only_points(q.text)
                else " ".join(said[(q.article, q.sentence, q.speaker)]) for q in denials]
    vectorizer = TfidfVectorizer(analyzer=stems, sublinear_tf=True)
    vectors = vectorizer.fit_transform([" ".join(sentence_text[m] for m in f.mentions) for f in candidates] + contexts)
    similarity = (vectors[len(candidates):] @ vectors[:len(candidates)].T).toarray()
    # a denial echoing what a candidate accuses someone of answers that accusation
    accusations = vectorizer.transform([" ".join(text for m in f.mentions for text in accused.get(m, []))
                                        for f in candidates])
    answers = ACCUSATION_BONUS * ((vectors[len(candidates):] @ accusations.T).toarray() >= MIN_TARGET_SIMILARITY)
    support = np.array([SUPPORT_BONUS * f.outlets for f in candidates])
    accusing = np.array([bool(set(accused) & set(f.mentions)) for f in candidates])
    by_target: dict[str, list[tuple[float, Quote]]] = defaultdict(list)
    for row, denial in enumerate(denials):
        named = _publications_referred(denial, sources, sentence_sources, sentence_text)
        rests_on_named = np.array([bool(named & set(f.origins)) for f in candidates])
        if only_points(denial.text) and rests_on_named.any():
            closeness = rests_on_named * 1.0  # "rejected the Journal's report": its main claim
        elif _points_at_accusations(denial) and accusing.any():
            closeness = accusing * (1.0 + similarity[row])  # "denied any involvement": the closest accusation
        else:
            closeness = similarity[row] + NAMED_SOURCE_BONUS * rests_on_named
        scores = closeness + support + answers[row]
        excluded = [source_of.get(denial.speaker) in f.origins
                    or (_mention(denial) in f.mentions and denial not in after_claim)
                    or _says_it_did_not_happen(denial, [sentence_text[m] for m in f.mentions]) for f in candidates]
        scores[excluded] = -1.0
        best = int(np.argmax(scores))
        if closeness[best] >= MIN_TARGET_SIMILARITY and scores[best] > 0:
            by_target[candidates[best].id].append((closeness[best], denial))
    facts_by_id = {f.id: f for f in facts}
    fact_of = {m: f for f in facts for m in f.mentions}
    name_of = {s.id: s.name for s in sources}
    people = {s.id for s in sources if s.kind == "person"}

    def denier_names(denial: Quote) -> list[str]:
        """Who denies: the speaker, or for 'Both men deny ...' the people its sentence cites."""
        if denial.speaker in source_of:
            return [denial.speaker]
        cited = sentence_sources.get((denial.article, denial.sentence), [])
        return [name_of[s] for s in cited if s in people] or [denial.speaker]

    conflicts = []
    for fact_id, scored in by_target.items():
        claim = facts_by_id[fact_id]
        fact_denials = [denial for _, denial in sorted(scored, key=lambda pair: -pair[0])]  # closest first
        mentions = _unique(_mention(q) for q in fact_denials)
        deniers = _unique(name for q in fact_denials for name in denier_names(q))
        text, origins = claim.text, claim.origins
        stating = next((q for q in fact_denials if q in after_claim and _mention(q) in claim.mentions), None)
        if stating is not None:  # '..., which Moscow denies': the claim as the denying sentence gives it
            text = lead_before_denier(stating.text, stating.speaker_text, sentence_text[_mention(stating)])
            origins = sentence_sources.get((stating.article, stating.sentence)) or origins
        conflicts.append(Conflict(
            id="", kind="denial",
            summary=f"{_join(deniers)} {'denies' if len(deniers) == 1 else 'deny'} what "
                    f"{_join(_unique(name_of[one_origin_with.get(o, o)] for o in origins)[:3])} reported: {text}",
            sides=[
                ConflictSide(text=text, facts=[claim.id], mentions=claim.mentions, origins=origins),
                ConflictSide(text=_most_telling(mentions, sentence_text),
                             facts=_unique(fact_of[m].id for m in mentions if m in fact_of),
                             mentions=mentions, origins=_unique(source_of[d] for d in deniers if d in source_of)),
            ],
        ))
    return conflicts


def _not_found_yet(candidates: list[Conflict], found: list[Conflict]) -> list[Conflict]:
    """The candidates whose sentences no conflict found already sets against each other."""
    seen = [{m for side in conflict.sides for m in side.mentions} for conflict in found]
    return [c for c in candidates if not any({m for side in c.sides for m in side.mentions} <= s for s in seen)]


def _credits_a_publication(fact: Fact, publications: set[str], sentence_sources) -> bool:
    """A sentence stating the fact credits a publication ('The Gazette reported that ...')."""
    return any(publications & set(sentence_sources.get((m.article, m.sentence), [])) for m in fact.mentions)


def _denies_a_claim(denial: Quote) -> bool:
    """'denied that ...', 'rejected the report', 'dismissed claims that ...'; not 'rejected a lucrative
    offer' or 'rejected union calls to withdraw the reform': only 'deny' and its like deny whatever
    they take."""
    if denies_outright(denial.cue):
        return True
    return bool(set(stems(denial.text)) & REFERENCE_WORDS) or bool(re.search(r"\bthat\b", denial.text))


def _says_it_did_not_happen(denial: Quote, sentences: list[str]) -> bool:
    """Whether most sentences of a fact say what a denial denies did not happen: 'the group had not
    received a new written proposal' agrees with 'Hamas denied receiving any new proposal'. A denial
    pointing back ('denied the report') may deny a claim that something did not happen."""
    denied = stems(denial.text)
    if only_points(denial.text) or not denied:
        return False
    negated = [any(stems(verb)[:1] == denied[:1] for verb in _NOT_DONE.findall(text.lower())) for text in sentences]
    return sum(negated) * 2 > len(sentences)


def _points_at_accusations(denial: Quote) -> bool:
    """'rejected the accusations', 'denied any involvement', 'dismissed the allegations': a
    pointing denial that answers what someone was accused of."""
    return only_points(denial.text) and bool(set(stems(denial.text)) & _ACCUSATION_WORDS)


def _context(denial: Quote, sentence_text: dict[Mention, str], previous: dict[Mention, Mention]) -> str:
    """What a pointing denial points at: the words just before it in its own sentence ('..., who has
    been rumoured to maintain ties with Putin, although Trump has denied such claims'), else its own
    sentence and the one before."""
    here = _mention(denial)
    lead = lead_before_denier(denial.text, denial.speaker_text, sentence_text[here]).split()
    if len(lead) >= MIN_LEAD_WORDS:
        return " ".join(lead[-CLAIM_BEFORE_DENIAL_WORDS:])
    before = previous.get(here)
    return " ".join(filter(None, [sentence_text.get(before) if before else None, sentence_text[here]]))


def _most_telling(mentions: list[Mention], sentence_text: dict[Mention, str]) -> str:
    """The closest denial, unless it is too short to stand alone ('Both men deny that report.')."""
    for mention in mentions:
        if len(sentence_text[mention].split()) >= MIN_SIDE_WORDS:
            return sentence_text[mention]
    return max((sentence_text[m] for m in mentions), key=len)


def _mention(quote: Quote) -> Mention:
    return Mention(article=quote.article, sentence=quote.sentence)


def _publications_referred(denial: Quote, sources: list[Source], sentence_sources, sentence_text) -> set[str]:
    """Publications the denial's sentence names or credits ('rejected the Journal's report')."""
    text = sentence_text[_mention(denial)].lower()
    cited = set(sentence_sources.get((denial.article, denial.sentence), []))
    return {s.id for s in sources if s.kind == "publication" and s.name != denial.speaker and
            (s.id in cited or any(name.lower() in text for name in [s.name, *s.aliases] if len(name) > 2))}


def _outlets_giving_other_figures(facts: list[Fact], sentence_text, article_sentences: dict[str, list[str]],
                                  age_after: dict[Mention, str], clauses: dict[str, list[str]]) -> list[Conflict]:
    """One fact, several outlets, different amounts of the same unit or different years; `age_after`
    holds the sentences giving an age alone ('He was 84.') by the sentence before them."""
    conflicts = []
    for fact in facts:
        if fact.outlets < 2:
            continue
        sentences = [sentence_text[m] for m in fact.mentions]
        stated = [clause if amounts(clause) or years(clause) else sentence  # the parser may cut a clause short
                  for clause, sentence in zip(clauses.get(fact.id) or sentences, sentences)]
        # '... has died. He was 84.': the age is the one the sentence before it is about
        stated = [f"{text} {age_after[m]}" if m in age_after else text for text, m in zip(stated, fact.mentions)]
        for kind, by_value in differing_values(stated, [article_sentences[m.article] for m in fact.mentions]):
            by_value = {value: [fact.mentions[i] for i in rows] for value, rows in by_value.items()}
            if len({m.article for ms in by_value.values() for m in ms}) < 2:
                continue
            conflicts.append(Conflict(
                id="", kind=kind,
                summary=f"Outlets give different {'figures' if kind == 'numeric' else 'years'} "
                        f"({', '.join(sorted(by_value))}) for: {fact.text}",
                sides=[ConflictSide(text=sentence_text[ms[0]], facts=[fact.id], mentions=ms)
                       for _, ms in sorted(by_value.items())],
            ))
    return conflicts


def _close_sentences_giving_other_figures(close: list[tuple[Mention, Mention]], sentence_text: dict[Mention, str],
                                          article_sentences: dict[str, list[str]]) -> list[Conflict]:
    """Two outlets giving one figure differently in sentences of different facts whose meanings are
    close ('maximum sustained winds of 140 mph', 'winds of 145 miles per hour'); not where either
    sentence speaks of another time ('has expelled more than 40 diplomats since 2022'), nor where
    an outlet's article also gives the other value. The sides name no fact: each sentence's fact
    is about something else as well, or the two would be one."""
    figured = {m for pair in close for m in pair
               if not _ANOTHER_TIME.search(sentence_text[m]) and (amounts(sentence_text[m]) or years(sentence_text[m]))}
    conflicts, seen = [], set()
    for pair in close:
        texts = [sentence_text[m] for m in pair]
        if not figured.issuperset(pair) or frozenset(pair) in seen:
            continue
        seen.add(frozenset(pair))
        for kind, by_value in differing_values(texts, [article_sentences[m.article] for m in pair]):
            sides = sorted((value, pair[rows[0]]) for value, rows in by_value.items())
            conflicts.append(Conflict(
                id="", kind=kind,
                summary=f"Outlets give different {'figures' if kind == 'numeric' else 'years'} "
                        f"({', '.join(value for value, _ in sides)}) for: {sentence_text[pair[0]]}",
                sides=[ConflictSide(text=sentence_text[m], mentions=[m]) for _, m in sides],
            ))
    return conflicts


def _sources_giving_other_figures(facts: list[Fact], quotes: list[Quote], settled: set[str]) -> list[Conflict]:
    """One fact, two sources quoted giving different amounts of it: the interior ministry counting
    480,000 marchers and the union 1.3 million, though every outlet reports both. A source that
    gives the other's figure too, anywhere in the story, does not contradict it. Facts whose
    outlets already differ (`settled`) are left to that conflict."""
    quoted_in = defaultdict(list)
    said_by = defaultdict(list)
    for quote in quotes:
        if quote.speaker:
            quoted_in[Mention(article=quote.article, sentence=quote.sentence)].append(quote)
            said_by[quote.speaker].append(quote.text)
    conflicts = []
    for fact in facts:
        quoted = [quote for mention in fact.mentions for quote in quoted_in[mention]]
        speakers = _unique(quote.speaker for quote in quoted)
        if fact.id in settled or len(speakers) < 2:
            continue
        texts = [" ".join(q.text for q in quoted if q.speaker == speaker) for speaker in speakers]
        for kind, by_value in differing_values(texts, [said_by[speaker] for speaker in speakers],
                                               unit_suffices=True):
            if kind != "numeric":
                continue
            givers = {value: [speakers[i] for i in indices] for value, indices in sorted(by_value.items())}
            conflicts.append(Conflict(
                id="", kind="numeric",
                summary=f"Sources give different figures "
                        f"({'; '.join(f'{value}: {_join(who)}' for value, who in givers.items())}) for: {fact.text}",
                sides=[ConflictSide(
                    text=" / ".join(f"{who}: {next(q.text for q in quoted if q.speaker == who)}" for who in names),
                    facts=[fact.id],
                    mentions=_unique(Mention(article=q.article, sentence=q.sentence) for q in quoted
                                     if q.speaker in names))
                    for names in givers.values()],
            ))
    return conflicts


def _attribution_conflicts(quotes: list[Quote]) -> list[Conflict]:
    conflicts = []
    direct = [q for q in quotes if q.kind == "direct" and q.speaker_entity]
    words = [word_set(q.text) for q in direct]
    seen: set[frozenset] = set()
    for i, first in enumerate(direct):
        for j in range(i + 1, len(direct)):
            second = direct[j]
            if first.article == second.article or first.speaker_entity == second.speaker_entity:
                continue
            pair = frozenset((first.speaker_entity, second.speaker_entity, first.text[:40]))
            if pair in seen or not shares_words(words[i], words[j]):
                continue
            seen.add(pair)
            conflicts.append(Conflict(
                id="", kind="attribution",
                summary=f"The same words are credited to {first.speaker} and to {second.speaker}: “{first.text}”",
                sides=[ConflictSide(text=f"{q.speaker}: “{q.text}”",
                                    mentions=[Mention(article=q.article, sentence=q.sentence)])
                       for q in (first, second)],
            ))
    return conflicts


def _unique(items) -> list:
    return list(dict.fromkeys(items))


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
