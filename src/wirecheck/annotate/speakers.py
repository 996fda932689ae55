"""Who a phrase names: the noun phrase of a speaker, and what it refers to inside the article.

A reference is kept unresolved when the article alone cannot tell (a role noun such as "the
billionaire"); the story stage finishes the job with what every article says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from wirecheck.annotate.cues import REPORTING_VERBS
from wirecheck.annotate.document import AnnotatedArticle, EntityMention, Reference
from wirecheck.annotate.entities import PERSON_TITLES, describes_a_person, ends_like_a_company, short_company_names
from wirecheck.annotate.source_kinds import (
    BODY_NOUNS, COMPANY_NOUNS, ORGANISATION_NOUNS, classify, could_be_called, is_anonymous,
)
from wirecheck.datelines import in_dateline
from wirecheck.publications import is_generic_publication_reference, known_outlet

PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON", "his": "PERSON", "it": "ORG",
            "its": "ORG"}  # 'his pledge not to ...' is his
# Pronouns that name no one by themselves; those in PRONOUNS may be resolved to an antecedent.
PERSONAL_PRONOUNS = set(PRONOUNS) | {"they", "them", "their", "we", "us", "our", "i", "me", "my", "you", "your"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
_CUT_DEPS = {"relcl", "appos", "punct", "advcl", "acl:relcl", "ccomp"}  # a clause on a name is a misparse
_ONE_CONJUNCT_DEPS = _CUT_DEPS | {"conj", "cc"}  # one name of 'Trump and Putin'
REPORT_NOUNS = {"report", "story", "article", "reporting", "investigation", "revelation", "analysis"}
DOCUMENT_NOUNS = {"document", "email", "record", "file", "message", "paper", "memo", "letter", "recording", "text",
                  "filing", "note"}
# What can say something in writing: 'The lawsuit ... It says', 'The study ... It found'.
_WRITINGS = REPORT_NOUNS | DOCUMENT_NOUNS | {"lawsuit", "suit", "complaint", "study", "survey", "poll", "bill",
                                             "statement", "ruling", "judgment", "judgement", "indictment", "order"}
OBTAINING_VERBS = {"see", "obtain", "review", "view", "examine", "publish", "share", "leak", "analyse", "analyze"}
# Words before a role noun that make it another office: a vice president, a deputy or a former minister is
# not 'the president' or 'the minister', nor a shadow chancellor 'the chancellor'.
_OTHER_OFFICE = {"vice", "deputy", "former", "shadow", "then", "prime", "assistant", "lieutenant", "ex"}
GENERIC_NOUNS = {"person", "people", "man", "woman", "world", "one", "thing", "group", "part", "member"}
RAISING_VERBS = {"seem", "appear"}
# Participles whose subject's owner means what it is for: "Mrs. Clinton's plan is intended to ..."
PURPOSE_PARTICIPLES = {"intend", "design", "mean", "aim", "plan", "calculate", "craft", "tailor"}
# Participles that say how their subject feels or what it holds: 'they are convinced that ...'
STATE_PARTICIPLES = {"convince", "persuade", "assure", "worry", "concern", "focus", "satisfy", "impress",
                     "outrage", "disappoint", "alarm", "frustrate", "surprise", "anger", "trouble", "dismay",
                     "shock", "thrill", "delight", "please", "embitter", "fire", "obsess", "fixate"}
OBJECT_CONTROL_VERBS = {"lead", "cause", "prompt", "force", "allow", "encourage", "push", "convince", "persuade",
                        "require", "get", "inspire", "drive", "urge", "ask", "tell", "invite", "pressure", "press"}
EXTRAPOSING_VERBS = {"be", "take", "mean", "make"}
RAISING_COMPLEMENTS = {"xcomp", "acomp", "attr", "ccomp", "oprd", "dobj"}
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
ANTECEDENT_WINDOW = 3  # sentences searched back for a pronoun's antecedent
_PEOPLE_NOUNS = {"man", "woman", "person", "boy", "girl", "teenager", "mother", "father"}
_SHARES = {"percent", "half", "third", "quarter", "majority", "minority", "plurality", "most"}
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
_HONORIFIC_GENDER = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}
_HONORIFIC_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof"}
_PLACE_PREPOSITIONS = {"of", "in", "near", "at", "outside", "from"}  # 'near the town of Elbistan'
_HONORIFIC = re.compile(rf"({'|'.join(_HONORIFIC_GENDER)})\.?\s+[A-Z]")
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{'|'.join(_HONORIFIC_GENDER)})\.?\s+$")


def subject_of(verb: Token) -> Token | None:
    """Who does the attributing: the verb's subject, borrowed from the verb it hangs off when it
    has none ("Musk commented, saying ..." -> Musk). In the passive ("was accused of") the
    subject is the target, so the agent ("by X") speaks, or no one; so too for a participle
    ("Asked about the blast, O'Neill said ..."). A raising verb's subject is what the sentence is
    about, not a speaker ("Melania seems to have vanished"), unless it reports ("appeared to suggest")."""
    if is_extraposed(verb):
        return None
    if verb.i > 0 and misread_name(verb.doc[verb.i - 1]):
        return verb.doc[verb.i - 1]  # 'And Skelly called ...', which the parser read as an adverb
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"} \
            and verb.head.i == verb.i - 1:
        return verb.head  # '"...," one user posted on X', which the parser read as 'a user (who was) posted'
    for climbed in range(4):
        if is_raising(verb) and not climbed and reported_by_raising(verb) is None:
            return None
        if climbed and _is_passive(verb):
            # "who are drawn to his message and feel that ...", "she's expected to argue that ...":
            # the passive's subject does what the verb it governs says
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if _is_passive(verb):
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
            target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if verb.lemma_.lower() in STATE_PARTICIPLES:
                return target
            if target is None or verb.lemma_.lower() not in PURPOSE_PARTICIPLES:
                return None  # "Sanders's profile is expected to increase": expected by whom is not said
            # "Mrs. Clinton's plan is intended to ...": the plan's owner speaks through it
            return next((c for c in target.children if c.dep_ == "poss"), None)
        # of two subjects the parser gave one verb ('co - host Mika Brzezinski asked'), the nearest
        subjects = [_past_stranded_object(_past_dateline(c)) for c in _children_through_auxiliaries(verb)
                    if c.dep_ in SUBJECT_DEPS]
        subjects = [s for s in subjects if s is not None]
        before = [s for s in subjects if s.i < verb.i]
        subject = (before[-1] if before else next(iter(subjects), None)) or _stray_subject(verb) \
            or _first_clause_subject(verb)
        if subject is not None or verb.head.i == verb.i:
            return subject
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # "Hillary Clinton, lambasting Trump's plan, ...", but "an effort to clarify" has no one
            if is_infinitive(verb):
                return None
            # "The ad shows Clinton asking ...": Clinton asks
            governing = governing_verb(verb.head) if verb.head.dep_ == "dobj" and verb.head.pos_ == "NOUN" else None
            if governing is None:
                return verb.head
            verb = governing  # "His office put out a statement saying ...": the office says it
            continue
        if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
            target = _blamed_person(verb.head)
            if target is not None:
                return target
            verb = _gerund_holder(verb.head.head)  # "stopped short of calling ..."
        elif verb.dep_ in {"advcl", "xcomp", "conj", "acomp"} or (verb.dep_ == "dep" and verb.tag_ in FINITE_TAGS):
            # "are convinced that": the copula's subject; "Clinton paused, then revealed": the parser's
            # loose "dep" for a second verb of the subject
            controller = _object_controller(verb) if verb.dep_ == "xcomp" else None
            if controller is not None:
                return controller
            verb = verb.head
        else:
            return None
    return None


def _children_through_auxiliaries(verb: Token) -> list[Token]:
    """The verb's children and those of its auxiliaries: in 'he didn't deny' the parser may hang
    "he" and "n't" on "did"."""
    return [c for child in verb.children for c in (child, *(child.children if child.dep_ == "aux" else ()))]


def negated(verb: Token) -> bool:
    """'didn't deny', however the parser hung the "n't"."""
    return any(c.dep_ == "neg" for c in _children_through_auxiliaries(verb))


def is_extraposed(verb: Token) -> bool:
    """"It's hard to imagine ...", "It doesn't take a mathematician to see ...": the writer's words."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in EXTRAPOSING_VERBS \
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)


def _past_dateline(subject: Token) -> Token | None:
    """The subject, or what follows a dateline the parser took for it: 'WASHINGTON -- President
    Obama nominated ...'. A place opening a story speaks for no one."""
    if not in_dateline(subject):
        return subject
    after = [t for t in subject.subtree if not (in_dateline(t) or t.is_punct or t.is_space)]
    return min(after, key=lambda t: len(list(t.ancestors)), default=None)


def _past_stranded_object(subject: Token | None) -> Token | None:
    """The subject, or the apposition after what the parser took for it when that is the object of
    the preposition before it: '... damaging buildings as far away as Marrakech, the Interior
    Ministry said'."""
    if subject is None or not is_stranded_object(subject):
        return subject
    return next(c for c in subject.children if c.dep_ == "appos")


def is_stranded_object(subject: Token) -> bool:
    """Whether a subject with an apposition follows a preposition left without its object."""
    start = subject.left_edge.i
    before = subject.doc[start - 1] if start > subject.sent.start else None
    return before is not None and before.pos_ == "ADP" and not any(before.children) \
        and any(c.dep_ == "appos" and c.i > subject.i for c in subject.children)


def is_raising(verb: Token) -> bool:
    """'seems to have vanished', 'appeared tired'; not 'appeared on MSNBC and endorsed Clinton'."""
    return verb.lemma_.lower() in RAISING_VERBS and any(c.dep_ in RAISING_COMPLEMENTS for c in verb.children)


def _gerund_holder(word: Token) -> Token:
    """Where the subject of what a preposition's gerund says sits: 'took the unusual step of
    criticizing' and 'is wary of saying' lead to the verb, 'stopped short of calling' is there, and
    'hasn't addressed the report other than calling' leads through the noun to its verb."""
    if (word.pos_ == "ADJ" and word.dep_ in {"acomp", "oprd"}) or (word.pos_ == "ADV" and word.dep_ == "advmod"):
        return word.head
    if word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.pos_ == "NOUN":
        word = word.head
    if word.pos_ == "NOUN":
        return governing_verb(word) or word
    return word


def _blamed_person(preposition: Token) -> Token | None:
    """Whom a verb takes to task for what the gerund says: 'accused Cruz of opposing ...', 'called
    Olbermann a fool for suggesting ...': Cruz opposes, Olbermann suggests."""
    verb = preposition.head
    if preposition.lower_ not in {"for", "of"} or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < preposition.i and (
        c.pos_ == "PROPN" or c.ent_type_ == "PERSON" or (c.pos_ == "PRON" and c.lower_ != "it"))), None)


def governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or through a preposition."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return head if noun.dep_ in {"dobj", "pobj"} and head.pos_ in {"VERB", "AUX"} else None


def reported_by_raising(verb: Token) -> Token | None:
    """The reporting verb a raising verb carries ("appeared to suggest", "seemed to think"): then
    the subject is a speaker after all."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in REPORTING_VERBS), None)


def _object_controller(verb: Token) -> Token | None:
    """Whom 'require Republicans to recognize ...' has recognizing: the object before the verb, a
    name or a person, or whatever a verb that makes someone act has ('led many experts to suspect'),
    but not the means ('used the comments to urge')."""
    causing = verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                 and (c.pos_ == "PROPN" or c.ent_type_ in {"PERSON", "NORP", "ORG"}
                      or (c.pos_ == "PRON" and c.lower_ != "it") or (causing and c.pos_ == "NOUN"))), None)


def is_infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _is_passive(verb: Token) -> bool:
    auxpass = next((child for child in verb.children if child.dep_ == "auxpass"), None)
    if auxpass is not None:
        # "he's said he'll fight", "he's predicted big wins": 's is "has" when a clause or an object
        # follows, not "is" as in "he's said to be"
        return not (auxpass.lower_ in {"'s", "’s"}
                    and any(c.dep_ in {"ccomp", "dobj"} and c.i > verb.i for c in verb.children))
    if verb.dep_ not in {"advcl", "acl"} or any(c.dep_ in {"aux", "nsubj"} for c in verb.children):
        return False
    # a participle: "Asked about the blast, O'Neill said", which opening a sentence may be tagged past tense
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and bool(verb.is_sent_start))


def _before_acronym(doc: Doc, end: int, sentence_start: int) -> int:
    """Where the words before a short name in brackets end: 'the Athletics Integrity Unit (AIU) said'."""
    if doc[end].text != ")" or end - 2 < sentence_start or doc[end - 2].text != "(":
        return end
    return end - 3 if doc[end - 1].pos_ == "PROPN" else end


def _stray_subject(verb: Token) -> Token | None:
    """The name or share right before a finite verb the parser left without a subject, attached
    elsewhere: 'the investigation and Democrats accused the GOP', 'With her film, DuVernay both
    documents', 'Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said',
    'About 4 in 10 say'."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    doc, sentence_start = verb.doc, verb.sent.start  # Token.sent walks the sentence: look it up once
    before = _before_acronym(doc, verb.i - 1, sentence_start)
    while before >= sentence_start and (doc[before].pos_ == "ADV" or doc[before].lower_ == "both"):
        before -= 1
    if before < sentence_start:
        return None
    name = doc[before]
    if name.pos_ == "NUM" or name.lemma_.lower() in _SHARES:
        return name  # 'About 4 in 10 say': a share of those polled
    if name.text == "," and before > sentence_start:
        name = _described_name(doc[before - 1], verb) or name
    elif name.pos_ != "PROPN":
        described = _apposition_ending_at(name, verb)
        if described is not None:
            return described
    if name.pos_ != "PROPN" or (name.dep_ == "compound" and name.head.i != verb.i):
        return None  # part of a longer name, unless the parser compounded it with the verb ('Trump joked')
    if name.ent_type_ in {"DATE", "TIME"}:
        return None  # 'but on Tuesday wrote that ...': when, not who
    while name.dep_ == "pobj" and name.head.lower_ in {"of", "at", "from"} and name.head.head.pos_ == "PROPN":
        name = name.head.head  # 'Dr. Hannah Okafor of the University of Bristol told': she, not her university
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.i - name.head.i <= 3:
        name = name.head  # 'Obama and Clinton call them ...'
    return name


def misread_name(word: Token) -> bool:
    """A capitalised word inside its sentence that the parser took for an adverb or a modal right
    before the verb: 'And Skelly called Braynard ...', '..., Early described it as ...', '"...," Will
    wrote'; not a headline's 'Hillary Just Vowed'."""
    if not (word.tag_ in {"RB", "MD"} and word.text[:1].isupper() and word.dep_ in {"advmod", "aux"}
            and word.head.pos_ == "VERB" and word.head.i == word.i + 1 and word.head.text.islower()):
        return False
    # neither opening its sentence nor a quotation (Token.sent walks the sentence: only now)
    return word.i > word.sent.start and word.doc[word.i - 1].tag_ != "``"


def _apposition_ending_at(word: Token, verb: Token) -> Token | None:
    """A description the parser set beside an earlier noun that ends right before the verb: 'Although
    there is no overlap with Sanders's team, a White House official who spoke anonymously said'."""
    for token in [word, *word.ancestors]:
        if token.i == verb.i or token.right_edge.i != word.i:
            return None
        if token.dep_ == "appos" and token.pos_ in {"NOUN", "PROPN"}:
            return token
    return None


def _first_clause_subject(verb: Token) -> Token | None:
    """The subject of a clause before a verb left without one, which the parser took for what the
    verb reports: 'Pollster Ann Selzer is happy to be Iowa's "silver standard," says she warned
    about surprises'; never a dateline ('MONACO (AP) — ... was banned ..., the anti-doping body said')."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
    return None if subject is None or in_dateline(subject) else subject


def _described_name(word: Token, verb: Token) -> Token | None:
    """The name a description ending in `word` is set beside: 'Senator Harry Reid, the minority
    leader,', 'on Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad,'; or the name
    the parser set beside a place it follows: 'near the town of Elbistan, the Disaster and
    Emergency Management Authority, known as AFAD, said'; a person named after their role is the
    person, whatever the parser set the role beside ('..., Brazil's foreign minister, Mauro Vieira, said')."""
    if word.ent_type_ == "PERSON" and _named_after_role(word):
        return word
    for token in [word, *word.ancestors]:
        if token.i == verb.i:
            return None
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":
            placed = token.pos_ == "PROPN" and token.head.dep_ == "pobj" \
                and token.head.head.lower_ in _PLACE_PREPOSITIONS
            return token if placed else token.head
    return None


def noun_phrase(head: Token, cut: frozenset[str] | set[str] = _CUT_DEPS) -> Span:
    """The head's phrase without relative clauses, appositions, the time after it ('A federal jury
    on Wednesday'), another name for it (', known as AFAD'), a participle set off by commas or
    trailing punctuation; a name right after its title stays ('columnist Ruth Marcus')."""
    tokens = {head.i}
    for child in head.children:
        if child.dep_ == "appos" and child.left_edge.i == head.i + 1:  # the name, not what the parser hung on it
            tokens.update(range(child.left_edge.i, noun_phrase(child, cut).end))
            continue
        if child.dep_ in cut or (child.dep_ == "prep" and child.i > head.i and dates(child)) or _known_as(child) \
                or (child.dep_ == "acl" and _set_off_participle(child)):
            continue
        tokens.update(t.i for t in child.subtree)
    aside = next((t for t in sorted(tokens) if _opens_an_aside(head.doc[t])), None)
    if aside is not None and aside > head.i:  # 'officials familiar with the talks, who said ...'
        tokens = {t for t in tokens if t < aside}
    start, end = min(tokens), max(tokens) + 1
    doc = head.doc
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    if end < len(doc) and doc[end].text == ")" and _opens_a_bracket(doc[start:end]):
        end += 1  # 'The British Medical Association (BMA)'
    return doc[start:end]


def _opens_an_aside(token: Token) -> bool:
    """The comma before a relative clause on a word deeper in the phrase: ', who said ...'."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text == "," and following is not None and following.tag_ in {"WP", "WDT"} \
        and following.head.dep_ == "relcl"


def _opens_a_bracket(tokens: Span | list[Token]) -> bool:
    return sum(t.text == "(" for t in tokens) > sum(t.text == ")" for t in tokens)


def _known_as(clause: Token) -> bool:
    """', known as AFAD': another name for the head, not part of it."""
    return clause.dep_ == "acl" and clause.lemma_.lower() == "know" and any(c.lower_ == "as" for c in clause.children)


def conjoined(phrase: Span) -> list[Span]:
    """Each of the coordinated names a phrase joins ('The Trump campaign and the Kremlin'), or the
    phrase itself when it names one."""
    head = phrase.root
    parts = [head, *head.conjuncts]
    if len(parts) == 1 or not all(part.pos_ in {"PROPN", "NOUN"} for part in parts):
        return [phrase]
    return [noun_phrase(part, _ONE_CONJUNCT_DEPS) for part in parts]


_PAIR = re.compile(r"^(?:both|the two)(?: (?:men|women|leaders|candidates|sides))?$|^the pair$", re.IGNORECASE)


def pair_named_before(phrase: Span, annotated: AnnotatedArticle) -> list[Span]:
    """The two people 'both men' or 'the pair' stands for: the last two names joined by 'and' in
    its sentence or the one before ('... that Trump and Putin remained in contact. Both men deny
    that report.'); none when no such pair is named."""
    if not _PAIR.match(phrase.text):
        return []
    here = annotated.sentence_at(phrase.start_char)
    for index in range(here, max(-1, here - 2), -1):
        pairs = [(name, other) for name in annotated.sentences[index] if name.i < phrase.start
                 and name.ent_type_ == "PERSON" and name.dep_ != "compound"
                 for other in name.children if other.dep_ == "conj" and other.ent_type_ == "PERSON"]
        if pairs:
            return [noun_phrase(person, _ONE_CONJUNCT_DEPS) for person in pairs[-1]]
    return []


def roles_of(head: Token) -> list[tuple[str, str | None]]:
    """Role nouns that describe `head`, each with its qualifier: 'Kremlin spokesman Dmitry Peskov',
    'Chancellor Rachel Reeves', 'Musk, the billionaire owner', 'the regulator Ofwat'."""
    described = [t for t in head.lefts if t.dep_ == "compound" and (t.pos_ == "NOUN" or _is_title(t))]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i and not _closes_with_a_verb(head):
        described.append(head.head)
    if head.dep_ == "compound" and head.head.lemma_.lower() in BODY_NOUNS:  # 'the CGT union'
        described.append(head.head)
    for child in head.children:
        # not what happened, set beside the name by the parser: 'Wang Yi, the first visit by a ... minister'
        if child.dep_ == "appos" and child.pos_ == "NOUN" and not any(c.lower_ == "by" for c in child.children):
            described.append(child)
            described.extend(t for t in child.lefts if t.dep_ in {"compound", "amod"} and t.pos_ == "NOUN")
    roles = ((noun, role_word(noun)) for noun in described)
    return [(role, role_qualifier(noun)) for noun, role in roles if role not in GENERIC_NOUNS]


def _closes_with_a_verb(apposition: Token) -> bool:
    """'the steroid trenbolone, the Athletics Integrity Unit said': the subject of the verb after it,
    which the parser hung on the noun before the comma, not a description of that noun."""
    doc, start, end = apposition.doc, apposition.left_edge.i, apposition.right_edge.i + 1
    return start > 0 and doc[start - 1].text == "," and end < len(doc) and doc[end].pos_ == "VERB"


def role_span(noun: Token) -> Span:
    """The words that name a role: the noun with what a hyphen joins to it ('start-up', which the
    tokenizer splits) and the words before it that make it another office ('Vice President', 'shadow
    chancellor', 'former president')."""
    doc, start = noun.doc, noun.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    while start >= 1 and doc[start - 1].lower_ in _OTHER_OFFICE:
        start -= 1
    return doc[start:noun.i + 1]


def role_word(noun: Token) -> str:
    """The role a noun names: its lemma, with what a hyphen joins to it ('start-up', not 'up') and the
    words that make it another office ('vice president': Kamala Harris is not 'the president')."""
    return role_span(noun)[:-1].text_with_ws.lower() + noun.lemma_.lower()


def role_qualifier(noun: Token) -> str | None:
    """Whose role a noun names, by the capitalised name right before it: 'Ukrainian' in 'the Ukrainian
    president' and in 'Ukrainian President Volodymyr Zelenskiy', 'Kremlin' in 'the Kremlin spokesman'."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    qualifies = before is not None and before.head.i == noun.i and before.dep_ in {"amod", "compound"} \
        and before.is_title and before.ent_type_ in {"NORP", "GPE", "ORG"}
    return before.lower_ if qualifies else None


def _is_title(word: Token) -> bool:
    """A capitalised title before a name ('Chancellor', 'Gov.'), not an honorific ('Mr.')."""
    title = word.lower_.rstrip(".")
    return title in PERSON_TITLES and title not in _HONORIFIC_TITLES


def reference_for(phrase: Span, annotated: AnnotatedArticle, cue: Token | None = None) -> Reference:
    """Resolve a speaker phrase inside its article: a named entity, a pronoun's antecedent, or a role.
    Its words and span stop before the cue it is the subject of, however the parser hung that cue."""
    phrase = _past_dateline_words(phrase)
    head = phrase.root
    if _holds(phrase, head, cue):  # 'A person familiar with the situation, ..., confirmed to the AP that ...'
        phrase = _before_cue(phrase, head, cue)
    reference = _resolve(phrase, annotated)
    span = _with_appositions(head)
    if _holds(span, head, cue):
        span = _before_cue(span, head, cue)
    return replace(reference, span=_trimmed_span(span))


def _past_dateline_words(phrase: Span) -> Span:
    """The phrase without the dateline the parser took into it ('Nov 17 (Reuters) - Meridian Health Systems')."""
    start = phrase.start
    while start < phrase.end - 1 and (in_dateline(phrase.doc[start]) or phrase.doc[start].is_punct):
        start += 1
    return phrase.doc[start:phrase.end] if phrase.root.i >= start else phrase


def _holds(span: Span, head: Token, cue: Token | None) -> bool:
    return cue is not None and span.start < cue.i < span.end and head.i < cue.i


def _before_cue(span: Span, head: Token, cue: Token) -> Span:
    """'At least four senators claim to object': the parser hung the cue inside its own subject;
    the speaker ends where the cue's clause begins, its auxiliaries and adverbs left out."""
    clause = {cue.i} | {ancestor.i for ancestor in cue.ancestors}
    end = next(i for i in range(head.i + 1, span.end) if i in clause)
    doc = span.doc
    while end - 1 > head.i and (doc[end - 1].is_punct or (
            doc[end - 1].head.i in clause and doc[end - 1].dep_ in {"aux", "auxpass", "neg", "advmod", "npadvmod"})):
        end -= 1
    return doc[span.start:end]


def _with_appositions(head: Token) -> Span:
    """The head's whole phrase, appositions and relative clauses included ('Douglas Holtz-Eakin,
    an economist,'), without an adverbial clause, a participle ('Trump, speaking to veterans,') or a
    relative clause that reports ('Podesta, who said ...,'), nor a clause the parser hung off the
    name ('"That's a concern," Sarandon, 69, told MSNBC')."""
    cut = set()
    named_after = max((c.i for c in head.children if c.dep_ == "appos"), default=-1)
    for child in head.children:
        if child.dep_ in {"advcl", "ccomp", "parataxis"} or (child.dep_ == "acl" and _set_off_participle(child)) \
                or (child.dep_ == "relcl" and _reports(child)) or (child.dep_ == "prep" and dates(child)
                                                                   and child.i > named_after):
            cut.update(t.i for t in child.subtree)  # nor when it spoke ('Trump on Tuesday dismissed')
    tokens = [t.i for t in head.subtree if t.i not in cut] + _earlier_subjects(head)
    if _named_after_role(head):
        tokens.append(head.head.left_edge.i)  # 'her senior policy adviser, Jake Sullivan,'
    start = max([i + 1 for i in cut if i < head.i] + [min(tokens)])
    end = min([i for i in cut if i > head.i] + [max(tokens) + 1])
    return head.doc[start:end]


def _named_after_role(name: Token) -> bool:
    """A name set off after the one role it holds: 'the campaign chief, Paul Manafort'."""
    role = name.head
    return name.dep_ == "appos" and role.tag_ == "NN" and role.i < name.i \
        and name.doc[name.left_edge.i - 1].text == "," and describes_a_person(role)


def _reports(clause: Token) -> bool:
    """A relative clause that is an attribution of its own ('Podesta, who said the project was vetted,')."""
    return clause.lemma_.lower() in REPORTING_VERBS and any(c.dep_ == "ccomp" for c in clause.children)


def _earlier_subjects(head: Token) -> list[int]:
    """Positions of the words of the other subjects the parser gave the speaker's verb before it,
    which belong to one phrase: 'co - host Mika Brzezinski', 'Vatican spokesman the Rev. Federico
    Lombardi'."""
    if head.dep_ not in SUBJECT_DEPS:
        return []
    doc, start = head.doc, head.left_edge.i
    for sibling in reversed([c for c in head.head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i]):
        between = doc[sibling.right_edge.i + 1:start]
        words = doc[sibling.left_edge.i:sibling.right_edge.i + 1]
        if sibling.pos_ not in {"NOUN", "PROPN"} or any(t.is_quote or t.pos_ == "VERB" for t in words) \
                or not all((t.is_punct and not t.is_quote) or t.dep_ == "cc" for t in between):
            break
        start = sibling.left_edge.i
    return list(range(start, head.left_edge.i))


def _set_off_participle(participle: Token) -> bool:
    """'Trump, speaking to veterans,' and 'the indictment, unsealed on Thursday,' tell what the
    speaker did or what was done with it; 'a union representing flight attendants' tells who speaks."""
    first = participle.left_edge
    return participle.tag_ in {"VBG", "VBN"} and first.i > 0 and participle.doc[first.i - 1].text == ","


def dates(preposition: Token) -> bool:
    """'on Monday', 'during a Sunday interview', 'for the first time': when something was said ('of
    2009' names a thing)."""
    return preposition.lower_ != "of" and any(t.ent_type_ in {"DATE", "TIME"} or t.lemma_ == "time"
                                              for t in preposition.children)


def _trimmed_span(span: Span) -> tuple[int, int]:
    tokens = [t for t in span if not t.is_space]
    tokens = [t for t in tokens if not in_dateline(t)] or tokens  # 'TALLAHASSEE — Rep. Gwen Graham'
    while len(tokens) > 1 and tokens[-1].is_punct and not (tokens[-1].text == ")" and _opens_a_bracket(tokens[:-1])):
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct and (not tokens[0].is_left_punct or _unclosed_quote(tokens)):
        tokens.pop(0)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _unclosed_quote(tokens: list[Token]) -> bool:
    """A quotation mark opening the span that closes nothing in it: the end of a quotation before
    the name ('..." Warren, who ...'), not '"Broad City" Star'."""
    return tokens[0].is_quote and not any(t.is_quote for t in tokens[1:])


def _resolve(phrase: Span, annotated: AnnotatedArticle) -> Reference:
    head = phrase.root
    if head.tag_ in {"WDT", "WP"} and head.head.dep_ == "relcl":
        antecedent = head.head.head  # "the Journal, which said ..." speaks for the Journal
        if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
            antecedent = antecedent.head  # "Defense Priorities, a group that calls for ..."
        if head.lower_ == "who":
            antecedent = _person_before_workplace(antecedent)
        phrase = noun_phrase(antecedent)
        head = phrase.root
    publication = _publication_behind(head)
    if publication is not None:  # "a new report by The Wall Street Journal"
        phrase, head = publication, publication.root
    text = phrase.text
    mention = _mention_in(phrase, annotated) or _name_before_body(head, annotated)
    if mention is None and (named := _name_beside_role(head, annotated)) is not None:
        apposition, mention = named
        text = head.doc[phrase.start:max(phrase.end, noun_phrase(apposition).end)].text
    if mention is not None:
        return Reference(text=text, name=mention.text, label=mention.label)
    if is_anonymous(text):
        return Reference(text=text, anonymous=True, name=_unnamed_source_before(head, annotated))
    if head.lower_ in PRONOUNS:
        antecedent = _antecedent(head, annotated, PRONOUNS[head.lower_])
        if antecedent is None:
            return Reference(text=text)
        return Reference(text=text, name=antecedent.name, role=antecedent.role, qualifier=antecedent.qualifier,
                         label=antecedent.label)
    organisation = _organisation_spoken_for(head, annotated)
    if organisation is not None:
        return Reference(text=text, name=organisation.text, role=role_word(head), label=organisation.label)
    if (head.pos_ == "NOUN" or _is_title(head)) and _definite(head):  # 'the Chancellor'
        return _role_reference(head, text, annotated)
    introduced = _named_in_the_next_sentence(head, annotated)
    if introduced is not None:
        return Reference(text=text, name=introduced.text, role=role_word(head), label=introduced.label)
    return Reference(text=text)


def _unnamed_source_before(head: Token, annotated: AnnotatedArticle) -> str | None:
    """'the people said' after 'according to people familiar with the matter': the words that
    introduced the unnamed source a definite noun points back at, within a few sentences."""
    if not _definite(head):
        return None
    here = annotated.sentence_at(head.idx)
    for token in reversed(head.doc[annotated.sentences[max(0, here - ANTECEDENT_WINDOW)].start:head.i]):
        if token.lemma_ == head.lemma_ and token.pos_ == "NOUN" and not _definite(token) \
                and not annotated.is_quoted(token.idx) and is_anonymous(phrase := noun_phrase(token).text):
            return phrase
    return None


def _named_in_the_next_sentence(head: Token, annotated: AnnotatedArticle) -> EntityMention | None:
    """A story's lead may name its subject only in the sentence after it: 'A hospital chain hit by
    a ransomware attack said Tuesday ...', then 'Meridian Health Systems, which runs 14 hospitals,
    said ...', or 'the state's largest utility said ...', then 'Central Maine Power said ...'. The name
    the next sentence opens with as its subject, if it is of the kind the noun says."""
    noun = head.lemma_.lower()
    label = "ORG" if noun in ORGANISATION_NOUNS else "PERSON" if noun in _PEOPLE_NOUNS else None
    unnamed = any((t.lower_ in {"a", "an"} and t.dep_ == "det")  # not a person's, whose name may follow
                  or (t.dep_ == "poss" and label == "ORG" and t.ent_type_ != "PERSON") for t in head.lefts)
    if label is None or not unnamed or annotated.sentence_at(head.idx) != 0 or len(annotated.sentences) < 2:
        return None
    following = annotated.sentences[1]
    subject = next((c for c in following.root.children if c.dep_ in SUBJECT_DEPS), None)
    mention = annotated.mention_at(subject.idx) if subject is not None else None
    return mention if mention is not None and mention.label == label else None


def _organisation_spoken_for(head: Token, annotated: AnnotatedArticle) -> EntityMention | None:
    """'a company spokeswoman', 'the bank's spokesman': the organisation named just before."""
    if head.lemma_.lower() not in _SPOKESPEOPLE:
        return None
    body = next((c for c in head.children if c.dep_ in {"compound", "nmod", "poss"}
                 and c.lemma_.lower() in ORGANISATION_NOUNS), None)
    return _organisation_named_before(body, annotated) if body is not None else None


def _definite(noun: Token) -> bool:
    return any(t.lower_ == "the" for t in noun.lefts)


def _role_reference(noun: Token, text: str, annotated: AnnotatedArticle) -> Reference:
    """'the spokesman', or 'the company' as the organisation named just before; 'the news agency'
    is left to the citations, which know the publication cited before it."""
    if is_generic_publication_reference(text):
        return Reference(text=text)
    organisation = _organisation_named_before(noun, annotated)
    if organisation is not None:
        return Reference(text=text, name=organisation.text, role=role_word(noun), label=organisation.label)
    return Reference(text=text, role=role_word(noun), qualifier=role_qualifier(noun))


def _person_before_workplace(antecedent: Token) -> Token:
    """'said Derek Holt, an economist at Scotiabank, who argued ...': 'who' is the person, not the
    organisation the parser hung it on, when that only says where the person works; nor is it what
    the people it describes know of: 'two officials familiar with the negotiations, who said ...'."""
    described = antecedent.head.head if antecedent.dep_ == "pobj" else None
    if described is not None and described.dep_ in {"amod", "acl"} and described.head.pos_ == "NOUN" \
            and antecedent.ent_type_ != "PERSON":
        return described.head
    if antecedent.dep_ != "pobj" or antecedent.ent_type_ not in {"ORG", "GPE", "FAC", "NORP"}:
        return antecedent
    sentence = antecedent.sent
    return next((t for t in reversed(sentence[:antecedent.i - sentence.start])
                 if t.ent_type_ == "PERSON" and t.dep_ != "compound"), antecedent)


def _organisation_named_before(noun: Token, annotated: AnnotatedArticle) -> EntityMention | None:
    """'MedLine said it would appeal. ... The company has denied wrongdoing': the one organisation
    the nearest sentence before names, for a noun ("company", "regulator") that fits it; not a news
    outlet, a name describing such a noun, nor one given as an example ('stores including
    Kroger'), nor two organisations at once. Where that finds none, "the company" is the one company
    the article has named."""
    noun_lemma = noun.lemma_.lower()
    if noun_lemma not in ORGANISATION_NOUNS:
        return None
    nearest = _nearest_organisation(noun, annotated)
    short_names = short_company_names(annotated)
    if nearest is not None and could_be_called(nearest.text, noun_lemma, _named_as_company(nearest.text, short_names)):
        return nearest
    return _only_company_before(noun, annotated, short_names) if noun_lemma in COMPANY_NOUNS else None


def _nearest_organisation(noun: Token, annotated: AnnotatedArticle) -> EntityMention | None:
    here = annotated.sentence_at(noun.idx)
    for index in range(here, max(-1, here - ANTECEDENT_WINDOW - 1), -1):
        named = {m.text.split()[0]: m for m in _organisations_before(noun, annotated) if m.sentence == index
                 and not _describes_or_exemplifies(_root_of(m, annotated))}
        if len(named) > 1:  # 'Social Security' in 'Social Security numbers' is no candidate beside another
            named = {first: m for first, m in named.items() if not _modifies_a_thing(_root_of(m, annotated))}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _only_company_before(noun: Token, annotated: AnnotatedArticle, short_names: set[str]) -> EntityMention | None:
    companies = [m for m in _organisations_before(noun, annotated) if _named_as_company(m.text, short_names)]
    if len({m.text.split()[0] for m in companies}) != 1:
        return None
    return max(companies, key=lambda m: len(m.text))


def _organisations_before(noun: Token, annotated: AnnotatedArticle) -> list[EntityMention]:
    return [m for m in annotated.mentions if m.start < noun.idx and m.label == "ORG"
            and not annotated.is_quoted(m.start) and not known_outlet(m.text)]


def _named_as_company(name: str, short_names: set[str]) -> bool:
    """'Halden Motors', or 'Halden' where the article names 'Halden Motors' (`short_names`)."""
    return ends_like_a_company(name) or name in short_names


def _root_of(mention: EntityMention, annotated: AnnotatedArticle) -> Token:
    return annotated.span_of(mention).root


def _describes_or_exemplifies(name: Token) -> bool:
    """A name that only describes a noun for an organisation ('AI' in 'the AI startup'), or one
    given as an example ('at stores including Kroger and Walmart', 'retailers such as Target')."""
    head = name.head
    describes = name.dep_ in {"compound", "amod", "nmod"} and head.lemma_.lower() in ORGANISATION_NOUNS
    return describes or head.lower_ in {"including", "like"} or (
        head.lower_ == "as" and head.i > 0 and head.doc[head.i - 1].lower_ == "such")


def _modifies_a_thing(name: Token) -> bool:
    return name.dep_ == "compound" and name.head.pos_ == "NOUN"


def _publication_behind(head: Token) -> Span | None:
    """The publication that reported, or saw, what the head noun speaks of: 'a report by The Wall
    Street Journal', 'documents seen by The Times', 'emails obtained by the BBC'."""
    noun = head.lemma_.lower()
    if noun not in REPORT_NOUNS | DOCUMENT_NOUNS:
        return None
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "in", "of"}
             and noun in REPORT_NOUNS]
    agents = [a for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in OBTAINING_VERBS
              for a in c.children if a.dep_ == "agent"]
    for preposition in preps + agents:
        target = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if target is not None and classify(noun_phrase(target).text, None) == "publication":
            return noun_phrase(target)
    return None


def _mention_in(phrase: Span, annotated: AnnotatedArticle):
    """The entity mention that heads `phrase` ('the source aware of Musk' is not Musk)."""
    return annotated.mention_at(phrase.root.idx)


def _name_before_body(head: Token, annotated: AnnotatedArticle) -> EntityMention | None:
    """'the CGT union', 'the Labour party': the body named before the noun saying what it is."""
    if head.lemma_.lower() not in BODY_NOUNS:
        return None
    return next((mention for c in head.lefts if c.dep_ == "compound"
                 and (mention := annotated.mention_at(c.idx)) is not None and mention.label == "ORG"), None)


def _name_beside_role(head: Token, annotated: AnnotatedArticle) -> tuple[Token, EntityMention] | None:
    """(apposition, mention) for a role named beside it: 'The company's chief executive, Jane Doe,'."""
    if head.pos_ not in {"NOUN", "PROPN"}:  # the tagger may call a capitalised role a proper noun
        return None
    for apposition in head.children:
        if apposition.dep_ == "appos" and (mention := annotated.mention_at(apposition.idx)) is not None:
            return apposition, mention
    return None


def _antecedent(pronoun: Token, annotated: AnnotatedArticle, label: str) -> Reference | None:
    """What 'he' or 'it' stands for: in the nearest sentence that offers one, the earlier named
    subject of a verb of saying ("Luntz said ..."), else of any verb, else a role subject ("the
    spokesman"), else an entity mention; not one the pronoun's own words speak of, nor a 'Mrs.' for
    'he'; left open when that sentence offers two ("Trump and Biden met. He said ...")."""
    here = annotated.sentence_at(pronoun.idx)
    clause = _clause_reported_before(pronoun, annotated)
    reported = _spoken_of(clause, pronoun)
    reported_starts = {pronoun.doc[i].idx for i in reported}
    for index in range(here, max(-1, here - ANTECEDENT_WINDOW - 1), -1):
        subjects = [head for t in annotated.sentences[index] if t.dep_ in SUBJECT_DEPS and t.i < pronoun.i
                    and t.lower_ not in PRONOUNS and not annotated.is_quoted(t.idx) and t.i not in reported
                    for head in (t, *t.conjuncts)]
        named = [_named_subject(subject, annotated, label) for subject in subjects]
        speaking = _outermost_speakers(list(zip(named, subjects)))
        if label == "PERSON":
            roles = [_role_subject(subject, annotated) for subject in subjects if clause is None or subject.head != clause]
            roles = [role for role in roles if role is None or role.role not in ORGANISATION_NOUNS]  # he is no company
        else:  # 'The bank says ... It says': it is the bank, whichever organisation that is
            roles = [_role_reference(subject, noun_phrase(subject).text, annotated) for subject in subjects
                     if subject.lemma_.lower() in ORGANISATION_NOUNS and _definite(subject)]
            if not any([*speaking, *named, *roles]) and any(
                    subject.lemma_.lower() in _WRITINGS and _definite(subject) for subject in subjects):
                return None  # 'The lawsuit asks for $1.2 billion. It says ...': no name the tagger saw there
        mentions = [Reference(text=_with_honorific(m, annotated), name=m.text, label=m.label)
                    for m in annotated.mentions if m.sentence == index and m.start < pronoun.idx
                    and _fits(m.label, label) and not annotated.is_quoted(m.start) and m.start not in reported_starts]
        for candidates in (speaking, named, roles, mentions):
            distinct = {(c.name, c.role): c for c in candidates if c is not None and _agrees(c, pronoun)}
            if distinct:
                return next(iter(distinct.values())) if len(distinct) == 1 else None
    return None


def _with_honorific(mention, annotated: AnnotatedArticle) -> str:
    """The mention's words with the 'Mr.' or 'Mrs.' right before it, which the tagger leaves out."""
    before = _HONORIFIC_BEFORE.search(annotated.article.text, max(0, mention.start - 6), mention.start)
    return (before.group(0) if before else "") + mention.text


def _clause_reported_before(pronoun: Token, annotated: AnnotatedArticle) -> Token | None:
    """The unquoted clause a pronoun's verb reports before it ('The slogan feels bloodless compared
    with Mr. Trump's appeals, he said'): whom it speaks of is not who speaks, though its subject
    may speak of itself ('Mr. Bush praised his brother, he said')."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in REPORTING_VERBS \
            or any(c.dep_ in RAISING_COMPLEMENTS for c in verb.rights):  # '... - he called her "weak"'
        return None
    clause = verb.head if verb.dep_ == "parataxis" else next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    return None if clause is None or annotated.is_quoted(clause.idx) else clause


def _spoken_of(clause: Token | None, pronoun: Token) -> set[int]:
    """The clause's words before the pronoun, its subject and its reporting verb aside."""
    if clause is None:
        return set()
    verb = pronoun.head
    aside = {t.i for c in clause.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    if verb.dep_ == "parataxis":
        aside |= {t.i for t in verb.subtree}
    return {t.i for t in clause.subtree if t.i < pronoun.i and t.i not in aside}


def _outermost_speakers(candidates: list[tuple[Reference | None, Token]]) -> list[Reference | None]:
    """The named subjects of verbs of saying, but not those inside another's words ('Khan said that
    Mr. Trump had shown ...': Khan)."""
    verbs = {subject.head.i: subject.head for _, subject in candidates
             if subject.head.lemma_.lower() in REPORTING_VERBS}
    return [reference for reference, subject in candidates if subject.head.i in verbs
            and not any(i != subject.head.i and subject.head in verb.subtree for i, verb in verbs.items())]


def _agrees(candidate: Reference, pronoun: Token) -> bool:
    """Whether a candidate can be what 'he' or 'she' stands for, by the 'Mr.' or 'Mrs.' that opens
    it (of the Clintons, 'Mrs. Clinton' is not 'he'); with none, it can."""
    wanted = _PRONOUN_GENDER.get(pronoun.lower_)
    honorific = _HONORIFIC.match(candidate.text)
    return wanted is None or honorific is None or _HONORIFIC_GENDER[honorific.group(1)] == wanted


def _named_subject(subject: Token, annotated: AnnotatedArticle, label: str) -> Reference | None:
    phrase = noun_phrase(subject)
    named = _name_beside_role(subject, annotated)  # 'A Twitter spokesman, Christopher Abboud,'
    mention = _mention_in(phrase, annotated) or (named[1] if named else None)
    if mention is None or not _fits(mention.label, label):
        return None
    return Reference(text=phrase.text, name=mention.text, label=mention.label)


def _role_subject(subject: Token, annotated: AnnotatedArticle) -> Reference | None:
    """'the spokesman': a common noun with the definite article, naming no entity; 'a spokeswoman
    said' is someone speaking too, though no other article can tell who."""
    articles = {t.lower_ for t in subject.lefts} & {"the", "a", "an"}
    phrase = noun_phrase(subject)
    if subject.pos_ != "NOUN" or not articles or _mention_in(phrase, annotated) is not None:
        return None
    if "the" in articles:
        return Reference(text=phrase.text, role=role_word(subject), qualifier=role_qualifier(subject))
    if subject.lemma_.lower() in PERSON_TITLES and subject.head.lemma_.lower() in REPORTING_VERBS:
        return Reference(text=phrase.text, anonymous=True)
    return None


def _fits(mention_label: str, wanted: str) -> bool:
    if wanted == "PERSON":
        return mention_label == "PERSON"
    return mention_label in {"ORG", "GPE", "NORP"}
