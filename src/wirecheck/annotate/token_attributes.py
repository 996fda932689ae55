"""The model's attribute rules and lemmatizer, applied by table lookup: the same results as
spaCy's `attribute_ruler` and `lemmatizer`, at a tenth of their cost.

spaCy runs the attribute ruler's ~180 token patterns through its Matcher at every token and
lemmatizes token by token in Python; together they took a fifth of the pipeline's time. Almost
all patterns test one token's tag, lowercase form, dependency label and whether it is a space,
so their combined effect is a function of those four values: it is computed once per distinct
combination and cached. The few other patterns (several tokens, regular expressions) still go
through a Matcher of their own, and their effects are merged in the ruler's order (later rules
win). Lemmas are looked up by (form, part of speech, morphology), as the lemmatizer's own cache
does, and computed by the lemmatizer on a miss.
"""

# No `from __future__ import annotations`: spaCy validates a factory's arguments against their
# annotations, which must be real types, not strings.
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

KEY_FEATURES = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # position in a token's key
WRITTEN = (POS, MORPH, LEMMA, TAG, DEP)  # what the rules and the lemmatizer may set
UNNAMED = -1  # stands for any value of a feature that no tabled rule names
CACHED_LEMMAS = 500_000  # (form, part of speech, morphology) keys; ~100 MB at most
Rule = tuple[int, dict[int, int]]  # (the rule's order in the ruler, {attribute: value})


@Language.factory("wirecheck_token_attributes")
def make_token_attributes(nlp: Language, name: str) -> "TokenAttributes":
    return TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


class TokenAttributes:
    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer):
        self._vocab = ruler.vocab
        self._lemmatizer = lemmatizer
        self._tabled: list[tuple[int, list[dict], dict[int, int]]] = []  # (order, alternatives, effect)
        self._others = Matcher(self._vocab)
        self._effects: dict[int, dict[int, int]] = {}
        self._indices: dict[int, int] = {}  # which token of its match a non-tabled rule sets
        for order, rule in enumerate(ruler.patterns):
            effect = self._effect(rule["attrs"])
            alternatives = rule["patterns"]
            if all(len(pattern) == 1 and _tabled(pattern[0]) for pattern in alternatives) and rule["index"] in (0, -1):
                self._tabled.append((order, [self._hashed(p[0]) for p in alternatives], effect))
            else:
                self._others.add(str(order), alternatives)
                self._effects[order] = effect
                self._indices[order] = rule["index"]
        # A value no tabled rule names acts like any other such value: one key stands for them all.
        self._named = [set() for _ in KEY_FEATURES]
        for _, alternatives, _ in self._tabled:
            for conditions in alternatives:
                for name, value in conditions.items():
                    values = set().union(*value.values()) if isinstance(value, dict) else {value}
                    self._named[KEY_FEATURES[name]] |= values
        self._by_key: dict[tuple, list[tuple[int, int]]] = {}  # key -> what its rules write
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        written = doc.to_array(list(WRITTEN))
        extra = self._matched_elsewhere(doc)
        named = self._named
        for i, values in enumerate(keys):
            key = tuple(value if value in named[feature] else UNNAMED for feature, value in enumerate(values))
            changes = self._by_key.get(key)
            if changes is None:
                changes = self._by_key[key] = _merged(self._matching(key))
            if i in extra:
                changes = _merged(sorted(self._matching(key) + extra[i], key=lambda rule: rule[0]))
            for column, value in changes:
                written[i, column] = value
        doc.from_array(list(WRITTEN), written)
        self._lemmatize(doc)
        return doc

    def _lemmatize(self, doc: Doc) -> None:
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma:
                continue  # set by a rule, as the lemmatizer leaves it
            key = (orth, pos, morph)
            if key not in self._lemmas:
                if len(self._lemmas) >= CACHED_LEMMAS:
                    self._lemmas.clear()
                self._lemmas[key] = self._vocab.strings.add(self._lemmatizer.lemmatize(doc[i])[0])
            values[i, 3] = self._lemmas[key]
        doc.from_array([LEMMA], values[:, 3:4])

    def _matched_elsewhere(self, doc: Doc) -> dict[int, list[Rule]]:
        """The token each non-tabled rule sets, with that rule's effect."""
        found: dict[int, list[Rule]] = {}
        for match, start, end in self._others(doc, allow_missing=True):
            order = int(self._vocab.strings[match])
            token = range(start, end)[self._indices[order]]
            found.setdefault(token, []).append((order, self._effects[order]))
        return found

    def _matching(self, key: tuple) -> list[Rule]:
        return [(order, effect) for order, alternatives, effect in self._tabled
                if any(_holds(conditions, key) for conditions in alternatives)]

    def _effect(self, attrs: dict[str, str]) -> dict[int, int]:
        effect = {}
        for name, value in attrs.items():
            attribute = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA, "TAG": TAG, "DEP": DEP}[name]
            if attribute == POS:
                effect[attribute] = POS_IDS[value]
            elif attribute == MORPH:
                effect[attribute] = self._vocab.morphology.add(value)
            else:
                effect[attribute] = self._vocab.strings.add(value)
        return effect

    def _hashed(self, conditions: dict) -> dict:
        """Conditions with strings as the hashes a Doc array holds."""
        def hashed(value):
            if isinstance(value, bool):
                return int(value)
            if isinstance(value, str):
                return self._vocab.strings.add(value) if value else 0
            return {operator: {hashed(v) for v in values} for operator, values in value.items()}
        return {name: hashed(value) for name, value in conditions.items()}


def _merged(rules: list[Rule]) -> list[tuple[int, int]]:
    """(column in WRITTEN, value) pairs the rules set, later rules winning."""
    merged: dict[int, int] = {}
    for _, effect in rules:
        merged.update(effect)
    return [(WRITTEN.index(attribute), value) for attribute, value in merged.items()]


def _tabled(conditions: dict) -> bool:
    """Whether a one-token pattern tests only what a token's key holds, in ways `_holds` knows."""
    return all(name in KEY_FEATURES and (not isinstance(value, dict) or set(value) <= {"IN", "NOT_IN"})
               for name, value in conditions.items())


def _holds(conditions: dict, key: tuple) -> bool:
    for name, wanted in conditions.items():
        value = key[KEY_FEATURES[name]]
        if isinstance(wanted, dict):
            if "IN" in wanted and value not in wanted["IN"]:
                return False
            if "NOT_IN" in wanted and value in wanted["NOT_IN"]:
                return False
        elif value != wanted:
            return False
    return True
