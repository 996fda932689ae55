"""The per-article annotators on small texts of their own."""

from wirecheck.annotate.sources import display_name

QUOTES = """Mayor Ana Ruiz defended the budget on Tuesday.
"We made hard choices, and I stand by every one of them," she said. "The parks needed this money."
Council member Tom Baker said the plan was rushed and that residents had not been consulted.
According to the city auditor, the parks department overspent by $2 million last year.
"I will vote against it," Baker told reporters.
The union denied that its members had been offered a raise."""


def _quotes(annotated):
    text = annotated.article.text
    return [(q.kind, text[q.start:q.end], q.cue, q.speaker.name if q.speaker and q.speaker.name else
             (q.speaker.text if q.speaker else None)) for q in annotated.quotes]


def test_direct_quotes_resolve_pronouns_and_continue_across_the_cue(annotate_text):
    found = _quotes(annotate_text(QUOTES))
    direct = [q for q in found if q[0] == "direct"]
    assert direct[0] == ("direct", "We made hard choices, and I stand by every one of them,", "said", "Ana Ruiz")
    assert direct[1] == ("direct", "The parks needed this money.", "said", "Ana Ruiz")
    assert direct[2] == ("direct", "I will vote against it,", "told", "Baker")


def test_indirect_quotes_have_content_cue_and_speaker(annotate_text):
    found = _quotes(annotate_text(QUOTES))
    indirect = {q[1]: q for q in found if q[0] == "indirect"}
    assert indirect["the plan was rushed and that residents had not been consulted"][2:] == ("said", "Tom Baker")
    according = next(q for q in found if q[2] == "according to")
    assert according[1] == "the parks department overspent by $2 million last year"
    assert according[3] == "the city auditor"
    denial = indirect["its members had been offered a raise"]
    assert denial[2] == "denied" and denial[3] == "The union"


def test_quote_offsets_point_into_the_article_text(annotate_text):
    annotated = annotate_text(QUOTES)
    for quote in annotated.quotes:
        sentence = annotated.article.sentences[quote.sentence]
        assert sentence.start <= quote.start < sentence.end


def test_mixed_quote_and_fragment(annotate_text):
    annotated = annotate_text('The foreign minister rejected the newspaper report as "completely baseless" on Monday '
                              'evening at a news conference in Paris.')
    [quote] = annotated.quotes
    assert quote.kind == "mixed" and quote.cue == "rejected"
    assert "completely baseless" in annotated.article.text[quote.start:quote.end]


CITED = """Officials are weighing new sanctions on the shipping firm, The Wall Street Journal reported on Thursday.
The Journal said the plan could be announced next week, citing people familiar with the matter.
The company has reportedly hired lobbyists to fight the measures.
A spokesperson for the company told the newspaper that it follows all applicable laws."""


def test_citations_merge_a_publication_with_its_short_names_and_carry_hedges(annotate_text):
    annotated = annotate_text(CITED)
    cited = [(c.sentence, c.kind, display_name(c.ref)) for c in annotated.citations]
    publications = {(s, name) for s, kind, name in cited if kind == "publication"}
    assert publications == {(0, "The Wall Street Journal"), (1, "The Wall Street Journal"),
                            (2, "The Wall Street Journal"), (3, "The Wall Street Journal")}
    assert (1, "anonymous", "people familiar with the matter") in cited


def test_sentences_have_stable_ids_and_exact_offsets(annotate_text):
    annotated = annotate_text(CITED)
    article = annotated.article
    assert [s.id for s in article.sentences] == [f"{article.id}.s{n}" for n in range(1, 5)]
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text


def test_missed_surnames_become_mentions_of_the_person(annotate_text):
    annotated = annotate_text("Jacinda Ardern arrived in Paris on Monday. Later, Ardern met the president, "
                              "and Ardern's aides briefed reporters.")
    people = [m.text for m in annotated.mentions if m.label == "PERSON"]
    assert people.count("Ardern") >= 2 and "Jacinda Ardern" in people


def _records(annotated):
    text = annotated.article.text
    return [(q.kind, text[q.start:q.end], q.cue, q.speaker.text if q.speaker else None, q.statement, q.nested)
            for q in annotated.quotes]


def test_parenthetical_cue_takes_the_clause_around_it(annotate_text):
    found = _records(annotate_text("Acts of protest, Mr. Obama said, are acts of patriotism in a democracy "
                                   "that values free speech above all."))
    [(kind, content, cue, speaker, _, _)] = [r for r in found if r[2] == "said"]
    assert kind == "indirect" and speaker == "Mr. Obama"
    assert content.startswith("Acts of protest") and content.endswith("free speech above all")


def test_signed_quotation_and_headline_colon(annotate_text):
    annotated = annotate_text("Readers wrote to the paper after the debate about the candidates' plans.\n\n"
                              "“He can’t even answer a question without scaring people.” ― Carla Sanchez\n\n"
                              "Pat Caddell: Democrat voters worried about the nominee's health, poll finds.")
    found = _records(annotated)
    assert ("direct", "He can’t even answer a question without scaring people.", "―", "Carla Sanchez", True,
            False) in found
    colon = next(r for r in found if r[2] == ":")
    assert colon[3] == "Pat Caddell" and colon[1].startswith("Democrat voters worried")


def test_passive_cue_speaks_through_its_agent_or_no_one(annotate_text):
    found = _records(annotate_text("Peacekeepers have sometimes been accused of hurting the civilians they were "
                                   "sent to protect. The plan was criticized by the mayor as too expensive."))
    accused = next(r for r in found if r[2] == "accused")
    criticized = next(r for r in found if r[2] == "criticized")
    assert accused[3] is None and criticized[3] == "the mayor"


def test_stances_are_attributions_but_not_statements(annotate_text):
    found = _records(annotate_text("The senator supported the bill on Monday, and she said that it would "
                                   "lower costs for families across the state."))
    supported = next(r for r in found if r[2] == "supported")
    said = next(r for r in found if r[2] == "said")
    assert supported[4] is False and said[4] is True


def test_attribution_inside_another_is_nested(annotate_text):
    found = _records(annotate_text("The newspaper reported that the minister denied any wrongdoing during "
                                   "the parliamentary inquiry into the contracts last year."))
    nested = {r[2]: r[5] for r in found}
    assert nested == {"reported": False, "denied": True}


def test_noun_cue_credits_the_possessor(annotate_text):
    found = _records(annotate_text("Fact-checkers examined Trump's claim that there have been thousands of "
                                   "shootings in the city this year."))
    claim = next(r for r in found if r[2] == "claim")
    assert claim[3] == "Trump's" and claim[1].startswith("there have been thousands")


def test_sources_speaking_to_a_newspaper_cite_the_newspaper(annotate_text):
    annotated = annotate_text("Sources to The Wall Street Journal claim that the minister met the envoy twice "
                              "before the summit in Vienna last spring.")
    kinds = {(c.kind, display_name(c.ref)) for c in annotated.citations}
    assert ("publication", "The Wall Street Journal") in kinds


def test_as_someone_put_it(annotate_text):
    found = _records(annotate_text("As the mayor put it at the meeting on Tuesday, “we cannot keep patching "
                                   "a bridge that is older than most of the people who cross it.”"))
    quote = next(r for r in found if r[0] == "direct")
    assert quote[2] == "put" and quote[3] == "the mayor"


def test_a_cue_the_parser_reads_as_a_noun_keeps_its_speaker(annotate_text):
    found = _records(annotate_text("Every other candidate has released years of returns. But Trump claims "
                                   "that he should be the exception."))
    claim = next(r for r in found if r[2] == "claims")
    assert claim[3] == "Trump" and claim[1] == "he should be the exception"


def test_a_name_the_parser_left_off_its_verb_is_still_the_speaker(annotate_text):
    found = _records(annotate_text(
        "Republicans said they're increasingly convinced the Justice Department mishandled the investigation "
        "and Democrats accused the GOP of stoking the issue for maximum political damage."))
    accused = next(r for r in found if r[2] == "accused")
    assert accused[3] == "Democrats"
    found = _records(annotate_text(
        "When terrorists are revealed as part of the second front of the radical Islamic terror war, Obama and "
        "Clinton call them lone wolves and describe their actions as crimes rather than acts of terror."))
    assert next(r for r in found if r[2] == "describe")[3] == "Obama and Clinton"


def test_a_speaker_after_the_quotation_the_parser_did_not_attach(annotate_text):
    found = _records(annotate_text(
        '"One guy came in and said maybe we should start killing them if they are killing us," said the '
        "woman, who like many in the town did not want to be quoted by name because of the sensitivity "
        "of the issue."))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("said", "the woman")]
    found = _records(annotate_text(
        "The endorsement came on Tuesday.\n\n“Yes, I support Ted Cruz,” Brent Bozell III, founder of the "
        "Media Research Center, tells Breitbart News in an exclusive interview."))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("tells", "Brent Bozell III")]
