"""Claims and facts: clause splitting, alignment by meaning, figures that disagree, dates that
resolve against each article's own publication date, and summaries that quote what they cite."""

import numpy as np
import pytest

from wirecheck.annotate.nlp import load_nlp
from wirecheck.compare.align import (
    AlignedFact, Claim, align, claim_similarity, claims_from_texts, clauses, close_claims,
)
from wirecheck.compare.conflicts import find_conflicts
from wirecheck.extract import extract
from wirecheck.ingest import Hints, RawDocument
from wirecheck.model import Article, Fact, Mention, Sentence
from wirecheck.pipeline import analyze_story


def _text(story, mention):
    article = next(a for a in story.articles if a.id == mention.article)
    return next(s.text for s in article.sentences if s.id == mention.sentence)


def _article(name, text, published):
    return extract(RawDocument(origin=f"{name}.txt", content=text, kind="text",
                               hints=Hints(id=name, outlet=name.title(), published=published)))


def test_a_sentence_with_two_independent_clauses_gives_two_claims():
    doc = load_nlp()("The shipping company cut 200 jobs at the port, and its chief executive resigned on Friday.")
    parts = [c.text for c in clauses(doc[:])]
    assert parts == ["The shipping company cut 200 jobs at the port", "its chief executive resigned on Friday."]
    doc = load_nlp()('Napoli president Aurelio De Laurentiis had insisted the forward was "not for sale" but the '
                     "club accepted the offer on Wednesday.")
    assert clauses(doc[:])[0].text.endswith('was "not for sale"')  # the quotation keeps its closing mark


def test_a_quotation_going_on_with_and_is_not_cut_into_claims():
    ledger = _article("ledger", '"We are looking at extreme fire behavior, and the wind is not going to give us a break '
                                'until Thursday," Battalion Chief Maria Lopez told reporters at an evening briefing.',
                      "2025-10-14")
    story = analyze_story([ledger])
    assert [fact.text for fact in story.facts] == [ledger.sentences[0].text]


def test_a_single_clause_stays_whole():
    doc = load_nlp()("The minister said the bridge would reopen after every inspection was finished.")
    assert [c.text for c in clauses(doc[:])] == [doc.text]


def test_a_paraphrase_meets_and_a_different_statement_about_the_same_people_does_not():
    claims = claims_from_texts([
        "The mayor resigned on Tuesday after weeks of protests over the housing scandal.",
        "Weeks of demonstrations about the housing affair forced the mayor to step down on Tuesday.",
        "The mayor opened a new public library in the city centre on Tuesday.",
    ])
    facts = align(claims, claim_similarity(claims))
    groups = sorted(sorted(c.article for c in fact.claims) for fact in facts)
    assert groups == [["0", "1"], ["2"]]


def test_a_quotation_is_one_fact_with_its_words_or_what_says_the_same_not_with_other_remarks():
    ledger = _article("ledger", 'Governor Tiff Macklem spoke to reporters in Ottawa on Wednesday after the cut. "But '
                                'we need to be careful. Monetary policy cannot undo the damage of tariffs." For '
                                "homeowners with variable-rate mortgages, the cut will mean lower monthly payments.\n"
                                '"Our pharmacists dispense medications prescribed by licensed doctors, in accordance '
                                'with federal law," a spokeswoman for the chain said.', "2025-09-17")
    tribune = _article("tribune", '"We are independent, and our decisions are based on our assessment of the '
                                  'economy," Macklem said in Ottawa on Wednesday.\n"With a weaker economy and less '
                                  "upside risk to inflation, Governing Council judged that a cut in the policy rate "
                                  'was appropriate to better balance the risks," Macklem told reporters.\nThe chain '
                                  "said its pharmacists had followed federal law.", "2025-09-17")
    story = analyze_story([ledger, tribune])
    shared = [" ".join(_text(story, m) for m in f.mentions) for f in story.facts if f.outlets == 2]
    assert not any("careful" in text and "independent" in text for text in shared)  # two remarks
    assert not any("homeowners" in text and "Governing Council" in text for text in shared)  # only a topic
    assert any("Our pharmacists" in text and "followed federal law" in text for text in shared)  # said the same


def test_texts_counting_one_thing_in_figures_an_order_of_magnitude_apart_are_two_facts():
    guardian = _article("guardian", "About 982,000 people in the UK are living with dementia, according to the "
                                    "Alzheimer's Society.", "2026-05-14")
    network = _article("network", "More than 57 million people worldwide live with dementia, according to the World "
                                  "Health Organization.", "2026-05-13")
    assert [f.outlets for f in analyze_story([guardian, network]).facts] == [1, 1]


def test_outlets_giving_different_figures_among_others_in_a_sentence_conflict():
    ledger = _article("ledger", "The jobless rate rose to 7.1% in August, and the economy shrank 1.6% in the second "
                                "quarter as tariffs hit exports.", "2025-09-17")
    tribune = _article("tribune", "Canada's jobless rate rose to 7.2% in August, the highest in nearly a decade "
                                  "outside the pandemic.", "2025-09-17")
    [conflict] = analyze_story([ledger, tribune]).conflicts
    assert conflict.kind == "numeric" and "(7.1%, 7.2%)" in conflict.summary


def test_sources_giving_different_figures_every_outlet_reports_are_a_conflict_of_sources():
    ledger = _article("ledger", "The CGT union said 1.3 million people had marched against the pension reform on "
                                "Saturday, while the interior ministry counted 480,000.", "2026-03-15")
    tribune = _article("tribune", "The interior ministry said 480,000 people marched against the pension reform on "
                                  "Saturday, and the CGT union put the figure at 1.3 million.", "2026-03-15")
    [conflict] = analyze_story([ledger, tribune]).conflicts
    assert conflict.kind == "numeric" and conflict.summary.startswith("Sources give different figures")
    assert [side.text.split(":")[0] for side in conflict.sides] == ["CGT", "Ministry of Interior"]


@pytest.fixture(scope="module")
def wildfire():
    first = _article("ledger", "A wildfire destroyed 120 homes near Paso Verde on Thursday, fire officials said.\n"
                               "Crews contained the blaze on Friday after strong winds eased.", "2025-08-15")
    second = _article("tribune", "A wildfire destroyed 95 homes near Paso Verde on Thursday, according to fire officials.\n"
                                 "Residents were allowed back into the area on Monday.", "2025-08-19")
    return analyze_story([first, second])


def test_a_numeric_disagreement_between_outlets_is_a_conflict(wildfire):
    [conflict] = [c for c in wildfire.conflicts if c.kind == "numeric"]
    assert {m.article for side in conflict.sides for m in side.mentions} == {"ledger", "tribune"}
    assert "120 homes" in conflict.summary and "95 homes" in conflict.summary


def test_relative_dates_resolve_against_each_articles_publication_date(wildfire):
    dated = {(e.date, e.date_expression, m.article) for e in wildfire.timeline for m in e.mentions}
    assert ("2025-08-14", "Thursday", "ledger") in dated
    assert ("2025-08-14", "Thursday", "tribune") in dated  # published the Tuesday after
    assert ("2025-08-18", "Monday", "tribune") in dated


def test_summary_sentences_state_what_they_cite(wildfire):
    text_of = {s.id: s.text for a in wildfire.articles for s in a.sentences}
    assert wildfire.summary
    for sentence in wildfire.summary:
        assert text_of[sentence.citations[0]].rstrip(".") in sentence.text
        assert set(sentence.citations) <= set(text_of)


def test_summary_sentences_cite_only_what_says_the_same_and_never_open_with_a_pronoun():
    herald = _article("herald", "A federal jury on Wednesday ordered MedLine Pharmacies to pay $650 million to two "
                                "Ohio counties.\nThe six-week trial in Cleveland was the first to test whether a "
                                "pharmacy chain could be held responsible for pills it dispensed.\nIt said its "
                                "pharmacists had followed federal law in every single case.\nOn Thursday she said the "
                                "chain would appeal the verdict in every court it could.\nIt's the latest sign that "
                                "juries are willing to hold pharmacy chains to account.", "2025-06-12")
    gazette = _article("gazette", "MedLine Pharmacies must pay $650 million to two Ohio counties after a federal jury "
                                  "ruled against it on Wednesday.\nThe verdict, reached late on Wednesday in federal "
                                  "court in Cleveland, is the largest against a pharmacy chain in an opioid case.",
                       "2025-06-12")
    story = analyze_story([herald, gazette])
    cited = {s.citations[0]: s.citations for s in story.summary}
    assert cited["herald.s1"] == ["herald.s1", "gazette.s1"]  # the same verdict, told twice
    assert "herald.s2" not in cited.get("gazette.s2", [])  # the trial's novelty is not the verdict's size
    assert not [s for s in story.summary if s.text.startswith(("It ", "It's", "On Thursday she"))]


def test_a_fact_reads_without_the_dateline_opening_its_sentence():
    first = _article("wire", "CLEVELAND (AP) — A federal jury ordered MedLine Pharmacies to pay $650 million to two "
                             "Ohio counties on Wednesday.", "2025-06-12")
    second = _article("daily", "June 12 (Reuters) - MedLine Pharmacies must pay $650 million to two Ohio counties, a "
                               "federal jury ruled on Wednesday.", "2025-06-12")
    [fact] = [f for f in analyze_story([first, second]).facts if f.outlets == 2]
    assert fact.text.startswith(("A federal jury", "MedLine Pharmacies"))


def test_a_newsroom_note_is_no_fact():
    first = _article("wire", "The ministry will cut 10,000 civil service jobs over two years, officials said.\n"
                             "A Treasury spokesperson declined to comment on the plans.", "2025-03-14")
    second = _article("daily", "The government will cut 10,000 civil service jobs, officials said on Thursday.\n"
                               "A spokesman for the Treasury declined to comment on the cuts.", "2025-03-14")
    facts = analyze_story([first, second]).facts
    assert [f.outlets for f in facts] == [2]
    first = _article("wire", "A Russian drone attack on Kharkiv overnight killed four people, the governor said.\n"
                             "Reuters could not independently verify the battlefield reports.", "2026-02-17")
    second = _article("daily", "A Russian drone strike on Kharkiv killed four people overnight, officials said.\n"
                               "The BBC has not been able to verify either side's claims.", "2026-02-17")
    assert [f.outlets for f in analyze_story([first, second]).facts] == [2]
    first = _article("wire", "The two sides agreed to a ten-day ceasefire in Doha, mediators said.\n"
                             "The rebels did not immediately comment.", "2026-11-29")
    second = _article("daily", "The two sides agreed to a ceasefire in Doha on Sunday, mediators said.\n"
                               "A rebel spokesman was not immediately available.", "2026-11-29")
    assert [f.outlets for f in analyze_story([first, second]).facts] == [2]
    # what a source would not speak of is the story's, not the newsroom's
    first = _article("wire", "Russia's defence ministry said it had hit military targets in Ukraine overnight, but did "
                             "not comment on the strike in Dnipro.", "2026-05-13")
    second = _article("daily", "Russia's defence ministry said its forces had struck military targets in Ukraine "
                               "overnight and did not comment on the strike in Dnipro.", "2026-05-13")
    assert [f.outlets for f in analyze_story([first, second]).facts] == [2]


def test_a_summary_sentence_naming_its_source_is_not_credited_to_it_again():
    first = _article("wire", "A strong earthquake struck southern Turkey early on Monday, destroying dozens of "
                             "buildings in three provinces, officials said.\nOfficials say more than 300 people were "
                             "injured in the quake and its aftershocks.", "2025-02-04")
    second = _article("daily", "A strong earthquake struck southern Turkey before dawn on Monday, destroying dozens "
                               "of buildings.\nRescuers searched the rubble of collapsed apartment blocks through "
                               "the night.", "2025-02-04")
    texts = [s.text for s in analyze_story([first, second]).summary]
    assert "Officials say more than 300 people were injured in the quake and its aftershocks." in texts


def test_one_study_however_outlets_refer_to_it_is_one_origin():
    gazette = _article("gazette", "Walking about 7,000 steps a day is linked to a 25% lower risk of dementia, "
                                  "according to a large study published on Wednesday in the journal Nature Medicine.\n"
                                  "The benefit levelled off at around 9,000 steps, the researchers said.\n"
                                  "The average adult takes about 4,000 steps a day, previous research has shown.",
                       "2026-05-14")
    network = _article("network", "Taking around 7,000 steps a day could lower the risk of dementia by 25%, a new "
                                  "study has found.\nThe benefits plateaued at about 9,000 steps a day, the study "
                                  "found.", "2026-05-13")
    story = analyze_story([gazette, network])
    names = {s.id: s.name for s in story.sources}
    assert {s.name: s.kind for s in story.sources}["the study in Nature Medicine"] == "document"
    assert "previous research" in names.values()
    for words in ("7,000 steps", "9,000 steps"):
        fact = next(f for f in story.facts if words in f.text)
        assert [names[o] for o in fact.origins] == ["the study in Nature Medicine"]
        assert (fact.outlets, fact.independent_origins) == (2, 1)
    summary = " ".join(s.text for s in story.summary)
    assert "According to the study" not in summary  # 'the researchers said', 'the study found' say so
    assert {q.speaker for q in story.quotes if q.speaker_text != "previous research"} == {"the study in Nature Medicine"}


def test_a_quotation_with_its_speaker_described_at_length_is_a_quotation():
    gazette = _article("gazette", "'This is an observational study, so it cannot prove that walking itself prevents "
                                  "dementia,' said Prof Martin Hale, a neurologist at King's College London.",
                       "2026-05-14")
    network = _article("network", '"We need randomized trials before we tell people walking will prevent dementia," '
                                  "said Dr. Lisa Tran, a neurologist at the Mayo Clinic who was not involved in the "
                                  "research.", "2026-05-13")
    story = analyze_story([gazette, network])
    assert [f.outlets for f in story.facts] == [1, 1]  # two experts' remarks, two facts
    assert {"Martin Hale", "Lisa Tran"} <= {e.name for e in story.entities}


def test_a_sentences_figures_count_only_in_the_fact_its_clause_states():
    """A sentence of two clauses is a mention of two facts; a figure counts only in the fact whose
    clause states it, also when alignment set the other clause beside a sentence about that figure."""
    cbc = ("The jobless rate rose to 7.1 per cent last month, and the economy shrank at an annual pace of 1.5 per "
           "cent between April and June.")
    reuters = ["Canada's economy contracted at an annual pace of 1.6% in the second quarter.",
               "The jobless rate rose to 7.1% in August."]
    articles = [Article(id="cbc", origin="cbc.txt", outlet="CBC", title=None, published="2025-09-17", text=cbc,
                        sentences=[Sentence(id="cbc.s1", text=cbc, start=0, end=len(cbc))]),
                Article(id="reuters", origin="reuters.txt", outlet="Reuters", title=None, published="2025-09-17",
                        text=" ".join(reuters),
                        sentences=[Sentence(id=f"reuters.s{n}", text=text, start=0, end=len(text))
                                   for n, text in enumerate(reuters, start=1)])]

    def fact(fact_id, reuters_sentence, text):
        return Fact(id=fact_id, text=text, mentions=[Mention(article="cbc", sentence="cbc.s1"),
                                                     Mention(article="reuters", sentence=reuters_sentence)],
                    outlets=2, origins=["cbc", "reuters"], independent_origins=2, status="corroborated")

    jobless_clause, economy_clause = cbc.split(", and ")
    facts = [fact("f1", "reuters.s1", jobless_clause), fact("f2", "reuters.s2", economy_clause)]
    clauses = {"f1": [jobless_clause, reuters[0]], "f2": [economy_clause, reuters[1]]}
    assert find_conflicts(facts, [], [], {}, articles, clauses=clauses) == []
    [conflict] = find_conflicts(facts, [], [], {}, articles)  # whole sentences: the 1.5% meets the 1.6%
    assert "(1.5%, 1.6%)" in conflict.summary
    # a clause with no figure of its own, which the parser may have cut short, is read in its sentence
    clauses = {"f1": ["The jobless rate rose", reuters[0]], "f2": [economy_clause, reuters[1]]}
    [conflict] = find_conflicts(facts, [], [], {}, articles, clauses=clauses)
    assert "(1.5%, 1.6%)" in conflict.summary


def test_close_claims_are_those_of_other_outlets_and_other_facts():
    def claim(article, copied_from=None):
        return Claim(article, 0, f"{article}.s1", "text", [], "text", copied_from=copied_from)

    wire, reprint, daily, weekly = claim("wire"), claim("reprint", copied_from="wire"), claim("daily"), claim("weekly")
    claims = [wire, reprint, daily, weekly]
    aligned = [AlignedFact([wire, daily], wire), AlignedFact([reprint], reprint), AlignedFact([weekly], weekly)]
    similarity = np.full((4, 4), 0.9)  # all close
    similarity[0, 3] = similarity[3, 0] = 0.3
    assert close_claims(aligned, similarity, claims) == [(reprint, daily), (reprint, weekly), (daily, weekly)]


def test_close_sentences_of_two_facts_giving_one_figure_differently_are_a_conflict():
    """Sentences whose meanings are close though alignment set them in different facts; not those
    about another time, which count something else."""
    herald = ["Hurricane Delia made landfall near Pensacola late Thursday with maximum sustained winds of 140 mph.",
              "Poland has expelled more than 40 Russian diplomats since 2022."]
    gazette = ["The storm came ashore near Pensacola with winds of 145 miles per hour, forecasters said.",
               "Poland ordered four Russian diplomats to leave the country on Wednesday."]
    articles = [Article(id=name, origin=f"{name}.txt", outlet=name, title=None, published="2026-08-14",
                        text=" ".join(texts), sentences=[Sentence(id=f"{name}.s{n}", text=text, start=0, end=len(text))
                                                         for n, text in enumerate(texts, start=1)])
                for name, texts in (("herald", herald), ("gazette", gazette))]
    mentions = [Mention(article=a.id, sentence=s.id) for a in articles for s in a.sentences]
    facts = [Fact(id=f"f{n}", text=articles[0].text, mentions=[m], outlets=1, origins=[m.article],
                  independent_origins=1, status="single_outlet") for n, m in enumerate(mentions, start=1)]
    close = [(mentions[0], mentions[2]), (mentions[1], mentions[3])]
    assert find_conflicts(facts, [], [], {}, articles) == []
    [conflict] = find_conflicts(facts, [], [], {}, articles, close=close)
    assert conflict.kind == "numeric" and "(140 mph, 145 miles per hour)" in conflict.summary
    assert [side.mentions for side in conflict.sides] == [[mentions[0]], [mentions[2]]]
    assert all(not side.facts for side in conflict.sides) and {f.status for f in facts} == {"single_outlet"}


def test_a_summary_sentence_already_cited_is_not_said_again_for_its_other_clause():
    ledger = _article("ledger", "Norland's central bank cut its main interest rate by a quarter point to 3.75% on "
                                "Thursday, its third reduction this year.\nThe bank's governor said further cuts were "
                                "not guaranteed and that the committee would decide meeting by meeting.", "2026-12-03")
    journal = _article("journal", "Norland's central bank lowered its main interest rate to 3.75% on Thursday, but a "
                                  "split on its rate-setting committee suggested the easing cycle was nearing its end.",
                       "2026-12-03")
    summary = analyze_story([ledger, journal]).summary
    cited = [sentence for s in summary for sentence in s.citations]
    assert "journal.s1" in cited and len(cited) == len(set(cited))
