"""Story-level comparison on a small story written for the test: three outlets and a wire reprint."""

import re

import pytest

from conftest import sentence_ids
from wirecheck.annotate.pipeline import annotate
from wirecheck.compare.entities import EntityIndex
from wirecheck.compare.life_events import life_details
from wirecheck.compare.offices import office_names
from wirecheck.compare.pointing import denies_its_lead
from wirecheck.dedup import mark_duplicates
from wirecheck.extract import extract
from wirecheck.ingest import Hints, RawDocument
from wirecheck.model import Report
from wirecheck.pipeline import analyze_story
from wirecheck.render import render

HERALD = """The shipping company Nordline plans to cut 2,000 jobs at its Hamburg port terminal, the Financial Times reported on Thursday.
Nordline chief executive Petra Lang told staff the cuts were needed to keep the terminal competitive, according to the FT.
The union said it would call a strike if the company went ahead.
"We will not accept a single forced layoff," union leader Jonas Weber said at a rally on Friday."""

GAZETTE = """Nordline is preparing to eliminate 2,000 jobs at its terminal in Hamburg, according to the Financial Times.
Nordline denied that it planned any layoffs and called the report speculation.
Dock workers gathered outside the terminal gates on Friday morning, waving union flags.
"We will not accept a single forced layoff," Weber told the crowd."""

POST = """The terminal handled a record 9 million containers last year, the port authority said.
The Financial Times said Nordline would cut 2,000 jobs at the Hamburg terminal, citing people familiar with the plans.
Union leader Jonas Weber warned of a strike and said dock workers were angry.
Dock workers gathered outside the terminal gates on Friday morning, carrying union flags and banners."""

WIRE_REPRINT = "Reprinted from the Herald.\n\n" + HERALD + "\n\nAll rights reserved."


def _article(name, outlet, text, published="2024-03-08"):
    raw = RawDocument(origin=f"{name}.txt", content=text, kind="text",
                      hints=Hints(id=name, outlet=outlet, published=published))
    return extract(raw)


@pytest.fixture(scope="module")
def story():
    return _analyzed(_article("herald", "The Herald", HERALD), _article("gazette", "The Gazette", GAZETTE),
                     _article("post", "The Post", POST), _article("reprint", "Daily Echo", WIRE_REPRINT, "2024-03-09"))


def _analyzed(*articles):
    mark_duplicates(list(articles))
    return analyze_story(list(articles))


def _herald_and_gazette(herald, gazette):
    """A story of two outlets' articles, given their texts."""
    return _analyzed(_article("herald", "The Herald", herald), _article("gazette", "The Gazette", gazette))


def _fact_with(story, words):
    return next(f for f in story.facts if any(words in _text(story, m) for m in f.mentions))


def _text(story, mention):
    article = next(a for a in story.articles if a.id == mention.article)
    return next(s.text for s in article.sentences if s.id == mention.sentence)


def test_reprint_is_marked_and_counted_once(story):
    reprint = next(a for a in story.articles if a.id == "reprint")
    assert reprint.duplicate_of == "herald"
    jobs = _fact_with(story, "2,000")
    assert {m.article for m in jobs.mentions} >= {"herald", "gazette", "post", "reprint"}
    assert jobs.outlets == 3


def test_outlets_repeating_one_newspaper_are_one_origin(story):
    jobs = _fact_with(story, "2,000")
    sources = {s.id: s for s in story.sources}
    assert [sources[o].name for o in jobs.origins] == ["Financial Times"]
    assert jobs.independent_origins == 1
    assert jobs.status in {"single_origin", "disputed"}


def test_independently_reported_fact_is_corroborated(story):
    gathering = _fact_with(story, "gathered outside the terminal gates")
    assert gathering.outlets == 2 and gathering.independent_origins == 2
    assert gathering.status == "corroborated"
    assert set(gathering.omitted_by) == {"herald"}


def test_single_outlet_fact(story):
    record = _fact_with(story, "9 million containers")
    assert record.outlets == 1 and record.status == "single_outlet"


def test_denial_is_set_against_the_claim_it_denies(story):
    [denial] = [c for c in story.conflicts if c.kind == "denial"]
    claim, rebuttal = denial.sides
    assert "2,000" in claim.text
    assert "Nordline denied" in rebuttal.text
    sources = {s.id: s.name for s in story.sources}
    assert [sources[o] for o in rebuttal.origins] == ["Nordline"]
    assert _fact_with(story, "2,000").status == "disputed"


def test_entities_merge_across_articles(story):
    weber = next(e for e in story.entities if e.name == "Jonas Weber")
    assert "Weber" in weber.aliases
    assert {m.article for m in weber.mentions} >= {"herald", "gazette", "post"}
    assert next(e for e in story.entities if e.name == "Financial Times").type == "ORG"


def test_quote_speakers_resolve_to_the_story_entity(story):
    quotes = [q for q in story.quotes if "forced layoff" in q.text]
    assert {q.speaker for q in quotes} == {"Jonas Weber"}
    assert all(q.speaker_entity for q in quotes)


def test_sources_merge_aliases_and_name_anonymous_ones(story):
    ft = next(s for s in story.sources if s.name == "Financial Times")
    assert ft.kind == "publication" and "the FT" in ft.aliases
    assert any(s.kind == "anonymous" and "familiar" in s.name for s in story.sources)


def test_timeline_resolves_relative_days(story):
    dated = {(e.date, e.date_expression) for e in story.timeline}
    assert ("2024-03-07", "Thursday") in dated
    assert ("2024-03-08", "Friday") in dated
    assert ("2023", "last year") in dated


def test_summary_cites_real_sentences(story):
    ids = sentence_ids(story)
    assert story.summary
    for sentence in story.summary:
        assert sentence.citations and set(sentence.citations) <= ids


def test_both_men_denying_are_the_two_people_named_before():
    courier = """Donald Trump and Vladimir Putin spoke by phone as many as seven times after 2021, Bob Woodward writes in his new book.
The calls continued after Trump left the White House, according to the book."""
    ledger = """Donald Trump and Vladimir Putin have spoken by phone several times since 2021, according to Bob Woodward's new book.
Both men deny that report, and the Kremlin called the book fiction."""
    story = _analyzed(_article("courier", "The Courier", courier), _article("ledger", "The Ledger", ledger))
    [denial] = [c for c in story.conflicts if c.kind == "denial"]
    sources = {s.id: s.name for s in story.sources}
    assert denial.summary.startswith("Donald Trump and Vladimir Putin deny what Bob Woodward")
    assert [sources[o] for o in denial.sides[1].origins] == ["Donald Trump", "Vladimir Putin"]
    assert not [c for c in story.conflicts if c.kind == "numeric"]  # 'phone several times' has no 'one time'


def test_a_spokesperson_another_outlet_names_is_one_source_and_one_origin():
    quote = ("“As for the port, there is only one company in the race that kept every job, and it is Nordline,” ")
    named = (quote + "Nordline spokeswoman Karin Holt said on Friday.\nThe company has run the terminal since "
             "2009 and employs 4,000 people there, the port authority said.")
    unnamed = ("The union met on Friday to discuss the plans for the terminal in Hamburg.\n" + quote
               + "the spokesperson said.")
    story = _analyzed(_article("named", "The Herald", named), _article("unnamed", "The Gazette", unnamed))
    [holt] = [s for s in story.sources if s.name == "Karin Holt"]
    assert "the spokesperson" in holt.aliases and {m.article for m in holt.cited_in} == {"named", "unnamed"}
    assert not [s for s in story.sources if "spokesperson" in s.name.lower()]
    fact = _fact_with(story, "only one company in the race")
    assert [next(s.name for s in story.sources if s.id == o) for o in fact.origins] == ["Karin Holt"]


def _denied_facts(story):
    return [[f.text for f in story.facts if f.id in conflict.sides[0].facts]
            for conflict in story.conflicts if conflict.kind == "denial"]


def _denial_conflicts(herald, gazette):
    return [c for c in _herald_and_gazette(herald, gazette).conflicts if c.kind == "denial"]


NO_DENIAL = {
    "rejecting an offer": (
        "Newcastle made a lucrative offer to sign midfielder Luka Modric from Dinamo Zagreb, the club said on Monday.",
        "Newcastle made a lucrative offer for midfielder Luka Modric, the club confirmed on Monday.\nModric rejected "
        "the lucrative offer to join Newcastle and signed for Tottenham instead."),
    # a denial of what a fact says did not happen agrees with it
    "denying what did not happen": (
        "Hamas official Basem Naim said the group had not received a new written proposal from the mediators.\n"
        "Egypt's president hosted Qatar's prime minister in Cairo for talks on a ceasefire.",
        "Basem Naim, a senior Hamas official, said the group had not received any written proposal from the "
        "mediators.\nHamas denied receiving any new proposal from the mediators."),
}


@pytest.mark.parametrize("herald, gazette", NO_DENIAL.values(), ids=NO_DENIAL.keys())
def test_what_denies_no_claim_of_the_story_is_no_conflict(herald, gazette):
    assert not _denial_conflicts(herald, gazette)


def test_a_denial_of_what_a_fact_says_happened_is_a_conflict():
    herald, gazette = NO_DENIAL["denying what did not happen"]
    assert _denial_conflicts(herald.replace("had not received", "had received"),
                             gazette.replace("had not received any", "had received a"))


@pytest.mark.parametrize("courier, herald, words", [
    # a denial ending its sentence denies the claim just before it
    ("Northwind Energy has been hiding losses from its regulators for three years, the Financial Times reported on "
     "Monday.\nNorthwind Energy hired a new chief executive in March.",
     "Northwind Energy hired a new chief executive in March.\nThe utility, which named three new board members last "
     "week, has been accused of hiding losses from its regulators, although Northwind has denied such claims.",
     "hiding losses"),
    # a denial answers the accusation one outlet reports, not the story it shares words with
    ("The central bank cut its main interest rate to 3.75% on Thursday, the bank said.\nThe opposition accused the "
     "finance ministry of pressuring the bank to cut rates before the election.",
     "The central bank cut its main interest rate to 3.75% on Thursday.\nThe finance ministry denied that it had "
     "pressured the bank to cut rates.",
     "accused the finance ministry"),
], ids=["ending its sentence", "answering an accusation"])
def test_a_denial_is_set_against_the_claim_it_answers(courier, herald, words):
    [[denied]] = _denied_facts(_analyzed(_article("courier", "The Courier", courier),
                                         _article("herald", "The Herald", herald)))
    assert words in denied


def test_a_denial_pointing_back_at_what_one_outlet_alone_reports_is_set_against_it():
    herald = ("The government and the rebels agreed to a ceasefire in Doha on Sunday, mediators said.\n"
              "The deal requires rebel fighters to pull back two kilometres from the main road into Marun, the "
              "Herald has learned.\nA rebel spokesman in Doha has disputed that account.")
    gazette = "The government and the rebels agreed to a ceasefire on Sunday in talks in Doha, the mediators said."
    story = _herald_and_gazette(herald, gazette)
    [[denied]] = _denied_facts(story)
    assert "pull back two kilometres" in denied
    texts = [s.text for s in story.summary]
    assert texts.index("A rebel spokesman in Doha has disputed that account.") == texts.index(denied) + 1


def test_a_denial_the_claims_own_sentence_reports_is_set_against_the_claim():
    herald = ("Ukraine accused Russia on Tuesday of shelling the Zaporizhzhia nuclear power plant overnight, which "
              "Moscow denies.")
    gazette = "Ukraine said Russian forces had shelled the Zaporizhzhia nuclear power plant in the south overnight."
    story = _herald_and_gazette(herald, gazette)
    [fact] = [f for f in story.facts if f.outlets == 2]  # the sentence states the claim, as the other does
    [denial] = story.conflicts
    assert denial.kind == "denial" and fact.status == "disputed" and denial.sides[0].facts == [fact.id]
    assert denial.summary == ("Moscow denies what Ukraine reported: Ukraine accused Russia on Tuesday of shelling "
                              "the Zaporizhzhia nuclear power plant overnight")


@pytest.mark.parametrize("denied, denier, sentence, points_back", [
    ("which", "Moscow", "Ukraine accused Russia of shelling the nuclear power plant overnight, which Moscow denies.",
     True),
    ("such claims", "Northwind", "The utility has been accused of hiding losses from its regulators for years, "
                                 "although Northwind has denied such claims.", True),
    # the denier's own words before the denial are no claim of another's
    ("The Journal's article as political", "Peskov", '"After that, Musk had no contacts with Putin at all," Peskov '
                                                     "said, dismissing The Journal's article as political.", False),
    ("the report", "He", "He denied the report.", False),
])
def test_a_denial_points_back_at_its_sentences_lead_only_when_another_states_it(denied, denier, sentence,
                                                                                points_back):
    assert denies_its_lead(denied, denier, sentence) is points_back


def test_a_summary_sentence_naming_who_estimated_it_is_not_credited_twice():
    herald = "The maritime prefecture estimated that 2,000 tonnes of crude had escaped from the tanker's damaged tank."
    gazette = "About 2,000 tonnes of crude escaped from a damaged tank of the tanker, France's maritime prefecture said."
    story = _herald_and_gazette(herald, gazette)
    assert [s.name for s in story.sources if s.kind == "official"] == ["France's maritime prefecture"]
    assert [s.text for s in story.summary] in ([herald], [gazette])


def test_a_summary_sentence_does_not_cite_an_outlet_giving_another_figure_of_its_fact():
    herald = "The government and the rebels agreed to a 10-day ceasefire in talks in Doha on Sunday, mediators said."
    gazette = "The government and the rebels agreed on Sunday to a ceasefire lasting 14 days in Doha, mediators said."
    story = _herald_and_gazette(herald, gazette)
    assert [c.kind for c in story.conflicts] == ["numeric"]
    assert [len(s.citations) for s in story.summary] == [1]


def test_an_age_given_in_a_sentence_of_its_own_is_set_against_the_age_another_outlet_gives():
    herald = ("Harold Vance, the Pulitzer Prize-winning novelist of small-town Mississippi, has died at his home in "
              "Oxford. He was 84.")
    gazette = ("Harold Vance, whose novels of Mississippi families won him a Pulitzer Prize, died on Monday at his "
               "home in Oxford. He was 83.")
    [conflict] = _herald_and_gazette(herald, gazette).conflicts
    assert conflict.kind == "numeric" and "83-year-old, 84-year-old" in conflict.summary


def test_a_denial_naming_the_report_it_dismisses_points_at_that_report():
    courier = ("Northwind Energy hid losses from its regulators for three years, the Financial Times reported on "
               "Monday.\nNorthwind's board met in secret twice, the newspaper said.")
    herald = ("Northwind Energy hid losses from its regulators for three years, according to the Financial Times.\n"
              "The board of Northwind met in secret twice last year, the Financial Times reported.\n"
              "“The board met in the open, as it always has,” chairman Tom Berg said, dismissing the Financial "
              "Times’ article as political.")
    denied = _denied_facts(_analyzed(_article("courier", "The Courier", courier),
                                     _article("herald", "The Herald", herald)))
    assert denied and all("hid losses" in text for texts in denied for text in texts)


def test_a_place_is_not_the_organisation_named_after_it():
    courier = ("'The centre has failed to listen to people,' said Marina Costa Lobo, a political scientist at the "
               "University of Lisbon.\nThousands gathered in Lisbon on Sunday night to celebrate the result.")
    story = _analyzed(_article("courier", "The Courier", courier))
    names = {e.name: e.aliases for e in story.entities}
    assert "Lisbon" in names and "Lisbon" not in names["University of Lisbon"]
    courier = ("Resident doctors in England have begun a five-day strike in a dispute over pay.\nThe British Medical "
               "Association said about 28,000 of its members were expected to take part. NHS England said nearly "
               "50,000 appointments had been rescheduled.")
    names = {e.name: e.aliases for e in _analyzed(_article("courier", "The Courier", courier)).entities}
    assert "England" in names and "England" not in names["NHS England"]


def test_a_company_named_like_a_place_is_the_company_and_no_regulator():
    courier = ("Halden Motors is recalling about 1.2 million SUVs because the driver's airbag may not deploy, the "
               "National Highway Traffic Safety Administration said.\nThe recall covers Halden Summit SUVs built from "
               "2021.\nHalden shares fell 2.3% in afternoon trading.\n\"We are moving quickly,\" Halden spokeswoman "
               "Carla Menden said.\nThe problem stems from a wiring harness that can come loose, the regulator said.\n"
               "Halden said dealers would replace the harness free of charge.")
    story = _analyzed(_article("courier", "The Courier", courier))
    company = next(e for e in story.entities if e.name == "Halden Motors")
    assert company.type == "ORG" and "Halden" in company.aliases
    assert [q.speaker for q in story.quotes if "wiring harness that" in q.text] != ["Halden Motors"]
    assert [q.speaker for q in story.quotes if "dealers would" in q.text] == ["Halden Motors"]


def test_a_role_written_with_a_hyphen_is_the_whole_word():
    courier = ("A group of authors filed a lawsuit on Tuesday against Parallax Labs, the artificial intelligence "
               "start-up, accusing it of training its chatbot on pirated books.\nThe start-up said the lawsuit was "
               "without merit and that it would defend itself.")
    story = _analyzed(_article("courier", "The Courier", courier))
    company = next(e for e in story.entities if e.name == "Parallax Labs")
    assert "the start-up" in company.aliases and "the up" not in company.aliases
    assert [q.speaker for q in story.quotes if "without merit" in q.text] == ["Parallax Labs"]


def test_the_subject_of_a_closing_verb_is_no_role_of_the_noun_before_its_comma():
    courier = ("Grace Okoye has been banned for four years after testing positive for the steroid trenbolone, the "
               "Athletics Integrity Unit (AIU) said on Wednesday.\nThe Athletics Integrity Unit said the sample "
               "was taken in March at a meeting in Lagos.")
    [unit] = [e for e in _analyzed(_article("courier", "The Courier", courier)).entities if e.name.endswith("Unit")]
    assert unit.aliases == ["AIU"]


def test_a_states_abbreviation_in_a_dateline_is_the_state():
    herald = ("CAPE CANAVERAL, Fla. (AP) — Two NASA astronauts stuck in space for nine months finally returned to "
              "Earth on Tuesday evening, splashing down off Tallahassee.")
    gazette = "Two NASA astronauts have returned to Earth after nine months, splashing down in the sea off Florida."
    [state] = [e for e in _herald_and_gazette(herald, gazette).entities if e.name in {"Florida", "Fla"}]
    assert (state.name, len(state.mentions)) == ("Florida", 2)


def test_a_named_storm_is_an_event_not_a_person():
    courier = ("Hurricane Delia killed at least six people after slamming into the Florida Panhandle late on Thursday, "
               "officials said.\nDelia was the fourth hurricane to hit the U.S. this year.")
    [storm] = [e for e in _analyzed(_article("courier", "The Courier", courier)).entities if "Delia" in e.name]
    assert (storm.name, storm.type) == ("Hurricane Delia", "EVENT")


def test_a_named_fire_is_an_event_not_a_person():
    courier = ("The Ridge fire broke out shortly after 9 p.m. Monday near Ojai and was 5% contained as of Tuesday "
               "morning.\nThe Ridge fire grew to 21,400 acres by Tuesday evening.")
    [fire] = [e for e in _analyzed(_article("courier", "The Courier", courier)).entities if e.name == "Ridge"]
    assert fire.type == "EVENT"


def test_a_place_an_organisation_is_of_is_no_short_form_of_another_it_begins():
    courier = ("Norland's central bank cut its main interest rate to 3.75% on Thursday, the Bank of Norland said.\n"
               "The Norland Bankers' Association said lenders would pass the cut on to customers within two weeks.")
    names = {e.name: e.aliases for e in _analyzed(_article("courier", "The Courier", courier)).entities}
    assert "Norland" not in names["The Norland Bankers' Association"]


def test_a_platform_the_tagger_takes_for_a_person_is_an_organisation():
    courier = ("Elon Musk bought Twitter in 2022 and renamed the social network X a few months later, angering "
               "many of its users.\nTwitter lost many of its largest advertisers after Musk bought it, the company "
               "said in a statement on Monday.")
    herald = ("Elon Musk bought Twitter in 2022 for $44 billion, one of the largest takeovers of a social media "
              "company in the industry's history.")
    story = _analyzed(_article("courier", "The Courier", courier), _article("herald", "The Herald", herald))
    assert next(e for e in story.entities if e.name == "Twitter").type == "ORG"
    assert next(e for e in story.entities if e.name == "Elon Musk").type == "PERSON"


def test_an_outlet_the_tagger_takes_for_a_person_is_an_organisation_and_a_person_named_like_one_a_person():
    courier = ("The minister intervened at least three times to help a construction firm run by his brother win "
               "public contracts worth €45 million, according to internal ministry emails obtained by POLITICO.\n"
               "Former New York mayor Michael Bloomberg said the contracts should be reviewed. Bloomberg spoke in "
               "Paris.")
    story = _analyzed(_article("courier", "The Courier", courier))
    types = {e.name: e.type for e in story.entities}
    assert (types["Politico"], types["Michael Bloomberg"]) == ("ORG", "PERSON")


def test_a_middle_initial_does_not_split_a_person():
    courier = ("Donald J. Trump spoke at a rally in Ohio on Monday evening, telling supporters that the vote "
               "in Britain was a warning to the political establishment.")
    herald = ("Donald Trump praised the vote in Britain on Monday, and Trump said the result was a warning to "
              "the political establishment in Washington.")
    story = _analyzed(_article("courier", "The Courier", courier), _article("herald", "The Herald", herald))
    people = [e for e in story.entities if "Trump" in e.name]
    assert [sorted([e.name, *e.aliases]) for e in people] == [["Donald J. Trump", "Donald Trump", "Trump"]]


def test_a_surname_the_tagger_missed_is_the_one_person_of_the_story_it_ends():
    herald = ('"The government cannot ignore the street any longer," CGT leader Sophie Binet told reporters at the '
              "head of the Paris march on Saturday.")
    gazette = ("Binet said on Sunday that the unions would meet on Monday evening to decide on the next stage of "
               "mobilisation.")
    story = _herald_and_gazette(herald, gazette)
    assert {(q.article, q.speaker) for q in story.quotes} == {("herald", "Sophie Binet"), ("gazette", "Sophie Binet")}
    assert "Binet" not in {s.name for s in story.sources}


def test_a_denial_of_a_newspapers_report_one_outlet_relays_is_a_conflict_the_summary_names_the_denier_in():
    herald = ("The French government on Sunday rejected union calls to withdraw its pension reform.\n"
              "Government spokeswoman Maud Bregeon said the legal retirement age of 65 was not negotiable. She denied "
              "a report in Le Parisien that ministers were considering delaying the reform by a year, calling it "
              "pure speculation.\nAccording to Le Parisien, several ministers had privately urged the prime minister "
              "to postpone the reform until 2028 to calm tensions.")
    gazette = ("Hundreds of thousands of people marched across France on Saturday against the plan to raise the "
               "retirement age to 65, and unions called another day of strikes for Thursday.")
    story = _herald_and_gazette(herald, gazette)
    [denial] = [c for c in story.conflicts if c.kind == "denial"]
    assert denial.summary.startswith("Maud Bregeon denies what Le Parisien reported")
    assert any(s.text.startswith("Maud Bregeon denied a report in Le Parisien") for s in story.summary)


def test_a_denial_that_only_points_back_follows_the_claim_it_denies_in_the_summary():
    herald = ("A federal jury on Wednesday convicted Daniel Okafor, the founder of the collapsed crypto lender Lumen "
              "Finance, of wire fraud and conspiracy.\nDuring the trial, the company's former chief financial officer "
              "testified that Okafor ordered her to hide the losses from auditors. Okafor denied that, telling jurors "
              "he had relied on the advice of his accountants.\nOkafor faces up to 40 years in prison. Sentencing is "
              "scheduled for March 12.")
    gazette = ("Daniel Okafor, the founder of the failed crypto lender Lumen Finance, has been convicted of fraud by "
               "a jury in New York.\nLumen's former finance chief, Priya Raman, told the jury last month that Okafor "
               "had instructed her to keep the losses from auditors.\nOkafor, who faces up to 40 years in prison, "
               "will be sentenced on March 12.")
    texts = [s.text for s in _herald_and_gazette(herald, gazette).summary]
    denial = next(i for i, text in enumerate(texts) if text.startswith("Okafor denied that"))
    assert "losses from auditors" in texts[denial - 1]


def test_a_name_ending_in_group_is_an_organisation_however_the_tagger_reads_its_first_word():
    courier = ("Halvorsen Group is in advanced talks to acquire Brightline Foods for about $14 billion, people "
               "familiar with the matter said. Halvorsen declined to comment.")
    herald = ("Halvorsen has denied that it reached an agreement to buy Brightline Foods. Halvorsen said in a "
              "statement that no agreement had been reached.")
    story = _analyzed(_article("courier", "The Courier", courier), _article("herald", "The Herald", herald))
    [halvorsen] = [e for e in story.entities if e.name.startswith("Halvorsen")]
    assert (halvorsen.name, halvorsen.type) == ("Halvorsen Group", "ORG")
    assert next(s for s in story.sources if s.name == "Halvorsen Group").kind == "organization"
    courier = ("Malaysia Airlines said on Monday that flight MH370 had vanished over the southern Indian Ocean "
               "with 239 people on board.")
    herald = ("Malaysia has asked Australia to lead the search for the missing Malaysia Airlines jet in the "
              "Indian Ocean.")
    story = _analyzed(_article("courier", "The Courier", courier), _article("herald", "The Herald", herald))
    assert {e.name for e in story.entities} >= {"Malaysia", "Malaysia Airlines"}  # a country is no airline
    annotated = list(annotate([_article("courier", "The Courier", courier), _article("herald", "The Herald", herald),
                               _article("sentinel", "The Sentinel", herald + " Malaysia said it would not give up.")]))
    next(m for m in annotated[1].mentions if m.text == "Malaysia").label = "ORG"  # as a tagger may, once
    assert {e.name for e in EntityIndex(annotated).entities} >= {"Malaysia", "Malaysia Airlines"}


def test_names_transliterated_two_ways_are_one_person():
    courier = ("Regional governor Serhiy Lysak said on Wednesday that 15 people had been killed in the strike, and "
               "President Volodymyr Zelensky said Russia was waging a war against civilians.")
    herald = ("Governor Serhii Lysak said 14 people had been killed in the overnight strike on the city, and "
              "President Volodymyr Zelenskiy called on allies to send more air defence systems.")
    gazette = ("President Volodymyr Zelenskyy said the attack on the city showed that Russia was waging a war "
               "against civilians.")
    story = _analyzed(_article("courier", "The Courier", courier), _article("herald", "The Herald", herald),
                      _article("gazette", "The Gazette", gazette))
    people = sorted(sorted([e.name, *e.aliases]) for e in story.entities if e.type == "PERSON")
    assert people == [["Serhii Lysak", "Serhiy Lysak"],
                      ["Volodymyr Zelenskiy", "Volodymyr Zelensky", "Volodymyr Zelenskyy"]]


def test_arabic_names_however_outlets_transliterate_them_are_one_person():
    wire = ("Egyptian President Abdel Fattah al-Sisi met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman "
            "al-Thani in Cairo on Wednesday. Sisi told the visitors that a ceasefire must be followed by reconstruction.")
    daily = ("Egyptian President Abdel Fattah el-Sissi met Wednesday with Qatar's prime minister in Cairo.\nEl-Sissi "
             "said a truce should be followed by a plan to rebuild the territory. Qatar's prime minister, Mohammed bin "
             "Abdulrahman Al Thani, said the talks were serious.")
    story = _analyzed(_article("wire", "The Wire", wire), _article("daily", "The Daily", daily))
    people = sorted(sorted([e.name, *e.aliases]) for e in story.entities if e.type == "PERSON")
    assert ["Abdel Fattah al-Sisi", "Abdel Fattah el-Sissi", "El-Sissi", "Sisi"] in people
    assert ["Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed bin Abdulrahman al-Thani"] in people


def test_a_name_written_with_and_without_accents_is_one_person_and_so_is_its_surname():
    wire = ("Chega leader Andre Ventura said the result showed that the two-party system was over, and Prime Minister "
            "Luis Montenegro told supporters the people wanted stability.")
    daily = ("Chega leader André Ventura called the result historic. Prime Minister Luís Montenegro said voters had "
             "given his government a mandate. \"Nothing will ever be the same,\" Ventura told supporters.")
    story = _analyzed(_article("wire", "The Wire", wire), _article("daily", "The Daily", daily))
    people = sorted(sorted([e.name, *e.aliases]) for e in story.entities if e.type == "PERSON")
    assert people == [["Andre Ventura", "André Ventura", "Ventura"], ["Luis Montenegro", "Luís Montenegro"]]
    assert {q.speaker for q in story.quotes if q.speaker_text == "Ventura"} == {"André Ventura"}


def test_a_pronoun_no_one_is_named_for_is_no_source_and_no_speaker():
    text = ("The council voted on the bridge plan on Monday after a long debate about its cost and safety.\n"
            "He said the plan would fail because the money had run out months ago. They said the vote was rushed "
            "and unfair to residents.")
    story = _analyzed(_article("courier", "The Courier", text))
    assert [q.speaker for q in story.quotes] == [None, None]
    assert [s.name for s in story.sources] == ["The Courier"]


def test_a_name_tagged_in_one_article_is_a_mention_where_another_article_writes_it():
    guardian = ("Arsenal have agreed a fee of £62m with Lens for the striker Moussa Diallo.\n"
                "Mikel Arteta has made a new centre-forward his priority this summer. 'We need more goals, everybody "
                "knows that,' the Arsenal manager said at his press conference on Thursday.")
    bbc = ("Arsenal have agreed a deal worth up to £70m to sign Lens striker Moussa Diallo.\nArsenal manager Mikel "
           "Arteta refused to discuss the move on Thursday, saying: \"I won't talk about players who are not ours.\"")
    story = _analyzed(_article("guardian", "The Guardian", guardian), _article("bbc", "BBC Sport", bbc))
    assert {q.speaker_text: q.speaker for q in story.quotes}["the Arsenal manager"] == "Mikel Arteta"


def test_an_outlet_the_tagger_cuts_short_is_the_outlet_and_a_document_is_named_without_what_is_set_off():
    politico = ("Dutch Infrastructure Minister Pieter van Aalst intervened at least three times to help a construction "
                "firm run by his brother win public contracts, according to internal ministry emails.\nThe emails, "
                "sent between March 2024 and June 2025, show van Aalst asking officials to take another look at bids "
                "from Brink Bouw, a company run by his brother.")
    wire = ("Politico Europe reported on Tuesday that van Aalst had intervened in public tenders in favour of Brink "
            "Bouw, which is majority-owned by his brother.")
    story = _analyzed(_article("politico", "Politico Europe", politico, "2026-10-14"),
                      _article("wire", "The Wire", wire, "2026-10-15"))
    names = {s.name for s in story.sources}
    assert "Europe" not in names and {"Politico", "emails"} <= names
    assert {q.speaker for q in story.quotes if q.speaker_text == "Politico Europe"} == {"Politico"}


def test_what_an_organisations_name_says_it_is_stands_for_it_when_named_just_before():
    courier = ("SkyBridge Airlines had canceled more than 1,500 flights by Monday evening, according to FlightAware, "
               "as the carrier struggled to recover from a morning technology outage.\nIn a post on X, the airline "
               "blamed \"a failed software update from a third-party vendor.\" \"This was not a cyberattack,\" the "
               "Dallas-based carrier said.")
    story = _analyzed(_article("courier", "The Courier", courier))
    speakers = {q.speaker_text: q.speaker for q in story.quotes}
    assert speakers["the airline"] == speakers["the Dallas-based carrier"] == "SkyBridge Airlines"


def test_a_possessive_pronoun_owning_a_cue_is_the_person_it_stands_for_never_a_source_of_its_own():
    text = ("Prime Minister Luis Montenegro told supporters on Sunday that the country wanted stability.\n"
            "He repeated his pledge not to govern with the far right.")
    story = _analyzed(_article("courier", "The Courier", text))
    assert {q.speaker_text: q.speaker for q in story.quotes}["his"] == "Luis Montenegro"
    assert [s.name for s in story.sources] == ["Luis Montenegro", "The Courier"]


def test_a_speaker_borrowed_from_another_article_carries_to_the_quotation_continuing_it():
    herald = ("Transport Secretary Daniel Marsh spoke outside his constituency office on Thursday morning.\n"
              '"I have nothing to hide," the former banker told reporters. "Every decision in my department is '
              'taken by officials, not by me."')
    gazette = 'Transport Secretary Daniel Marsh insists he did nothing wrong. He said: "I have nothing to hide."'
    story = _herald_and_gazette(herald, gazette)
    assert {(q.text, q.speaker) for q in story.quotes if q.article == "herald" and q.kind == "direct"} == {
        ("I have nothing to hide,", "Daniel Marsh"),
        ("Every decision in my department is taken by officials, not by me.", "Daniel Marsh")}


def test_a_denial_rests_on_the_denier_not_on_the_report_that_occasioned_it():
    herald = ("Transport Secretary Daniel Marsh has denied breaking the ministerial code after The Times reported "
              "that he failed to declare two loans.")
    gazette = ("Transport Secretary Daniel Marsh has denied breaking the ministerial code, insisting that he "
               "followed the rules at every stage.")
    story = _herald_and_gazette(herald, gazette)
    fact = _fact_with(story, "denied breaking")
    names = {s.id: s.name for s in story.sources}
    assert [names[o] for o in fact.origins] == ["Daniel Marsh"]
    assert "The Times" in names.values()  # still a source of the sentence, only not what it rests on


def test_a_quotation_its_cue_interrupts_is_one_quote_and_the_next_sentence_another():
    text = ("Senator Jane Roe spoke to supporters at a rally in Columbus on Monday night.\n"
            "“We will win this state,” she said, “and we will win it big.” “Nobody thought we could do "
            "it,” Roe said.\n“The other side is scared,” she added. “They know it.”\n“I’ll be there,” "
            "she said, “every single day.”")
    courier = _article("courier", "The Courier", text)
    story = _analyzed(courier)
    assert [(q.text, q.speaker) for q in story.quotes] == [
        ("We will win this state, and we will win it big.", "Jane Roe"),
        ("Nobody thought we could do it,", "Jane Roe"),
        ("The other side is scared,", "Jane Roe"),
        ("They know it.", "Jane Roe"),
        ("I’ll be there, every single day.", "Jane Roe")]  # however few the words after the cue
    joined, body = story.quotes[0], courier.text
    assert (joined.start, joined.end) == (body.index("We will"), body.index("big.") + len("big."))


ORGANISATIONS_AND_THEIR_ROLES = {
    "a company the tagger takes for a person": (
        ("Nordline plans to cut 2,000 jobs at its Hamburg terminal, the Financial Times reported on Thursday.\n"
         "The company said the cuts were needed to keep the terminal competitive."),
        "Nordline, the shipping company, is cutting jobs at its container terminal in Hamburg, the FT said.",
        "Nordline", "the company", "The company", "organization"),
    "a regulator the tagger takes for a place": (
        ("The water company Thames Water has been fined a record £104m by the regulator Ofwat for failures in how "
         "it ran its sewage treatment works, the regulator said on Tuesday."),
        "Ofwat has fined Thames Water over sewage failures and dividend payments, the Financial Times reported.",
        "Ofwat", "the regulator", "the regulator", "official"),  # a public regulator, as 'the regulator' says
}


@pytest.mark.parametrize("first, second, name, alias, speaker_text, kind", ORGANISATIONS_AND_THEIR_ROLES.values(),
                         ids=ORGANISATIONS_AND_THEIR_ROLES.keys())
def test_an_organisation_named_beside_its_role_is_an_organisation_and_speaks_by_that_role(
        first, second, name, alias, speaker_text, kind):
    story = _herald_and_gazette(first, second)
    [organisation] = [e for e in story.entities if e.name == name]
    assert (organisation.type, organisation.aliases) == ("ORG", [alias])
    assert next(q.speaker for q in story.quotes if q.speaker_text == speaker_text) == name
    assert next(s.kind for s in story.sources if s.name == name) == kind


def test_a_company_is_one_entity_by_its_full_name_legal_form_or_first_word():
    herald = "Goldman Sachs Group Inc. agreed to pay $2 billion to settle the case, the bank said on Monday."
    gazette = "Goldman said on Monday that the settlement with Goldman Sachs resolved all claims against it."
    story = _herald_and_gazette(herald, gazette)
    [goldman] = [e for e in story.entities if e.name.startswith("Goldman")]
    assert {"Goldman", "Goldman Sachs"} <= {goldman.name, *goldman.aliases}
    assert {m.article for m in goldman.mentions} == {"herald", "gazette"}


def test_a_company_the_tagger_missed_is_one_entity_with_its_first_word_however_that_was_tagged():
    herald = ("Nov 19 (Reuters) - Brightmart Stores Inc raised its annual sales forecast on Thursday after "
              "third-quarter results beat Wall Street estimates.")
    gazette = ("Brightmart on Thursday beat Wall Street's expectations for the third quarter and raised its full-year "
               "outlook, as bargain-hunting shoppers from higher-income households flocked to its stores.")
    journal = ("Brightmart Stores said shoppers continued to spend in the latest quarter.\n\nRevenue rose 5.2% to "
               "$42.1 billion in the quarter ended Oct. 31.\n\nThe company said it now expects sales to rise as much "
               "as 5% this year.\n\nBrightmart declined to say how much tariffs would weigh on profit next year.")
    story = _analyzed(_article("herald", "The Herald", herald), _article("gazette", "The Gazette", gazette),
                      _article("journal", "The Journal", journal))
    [company] = [e for e in story.entities if e.name.startswith("Brightmart")]
    assert {"Brightmart Stores Inc", "Brightmart Stores", "Brightmart"} <= {company.name, *company.aliases}
    assert [q.speaker for q in story.quotes if q.speaker_text == "The company"] == [company.name]


def test_the_people_said_are_the_unnamed_people_introduced_before():
    herald = ("Lumora Inc. raised $1.4 billion in its initial public offering after pricing shares above a marketed "
              "range, according to people familiar with the matter.\n\nThe company sold 50 million shares at $28 "
              "apiece, the people said, asking not to be identified because the information isn't public yet.")
    story = _herald_and_gazette(herald, "Chipmaker Lumora raised $1.4 billion in its stock market listing on "
                                        "Thursday, selling 50 million shares to investors.")
    [unnamed] = [s for s in story.sources if s.kind == "anonymous"]
    assert (unnamed.name, unnamed.aliases, len(unnamed.cited_in)) == (
        "people familiar with the matter", ["the people"], 2)


def test_unnamed_sources_are_known_only_by_the_outlet_relaying_them():
    herald = ("Northwind Motors is preparing to cut about 8,000 salaried jobs worldwide, three people familiar "
              "with the matter said on Tuesday.")
    repeating = ("Northwind Motors is getting ready to lay off around 8,000 salaried employees worldwide, "
                 "according to The Herald.")
    story = _herald_and_gazette(herald, repeating)
    fact = _fact_with(story, "8,000")
    assert (fact.independent_origins, fact.status) == (1, "single_origin")
    row = next(line for line in render(Report(stories=[story]), "md").splitlines()
               if line.startswith("|") and "8,000" in line)
    assert re.search(r"\| 1: (The )?Herald \(three people familiar with the matter\) \|", row)
    own_sources = ("Northwind Motors is getting ready to lay off around 8,000 salaried employees worldwide, "
                   "two people briefed on the plans told The Gazette.")
    fact = _fact_with(_herald_and_gazette(herald, own_sources), "8,000")
    assert (fact.independent_origins, fact.status) == (2, "corroborated")
    # worded alike, two outlets' unnamed sources are still each outlet's own: two origins
    same_words = ("Northwind Motors is getting ready to lay off around 8,000 salaried employees worldwide, "
                  "three people familiar with the matter told The Gazette.")
    story = _herald_and_gazette(herald, same_words)
    fact = _fact_with(story, "8,000")
    assert (fact.independent_origins, fact.status) == (2, "corroborated")
    report = render(Report(stories=[story]), "md")
    assert re.search(r"\| 2: (The )?Herald \(three people familiar with the matter\), (The )?Gazette \(three people "
                     r"familiar with the matter\) \|", report)
    assert re.search(r"\| three people familiar with the matter \(via (The )?Gazette\) \| anonymous \|", report)
    denial = ("Northwind Motors on Wednesday denied a report that it is preparing to cut about 8,000 salaried jobs "
              "worldwide.")
    story = _analyzed(_article("herald", "The Herald", herald), _article("gazette", "The Gazette", repeating),
                      _article("post", "The Post", denial))
    assert any(c.kind == "denial" for c in story.conflicts)
    assert re.search(r"\(origin: (The )?Herald \(three people familiar with the matter\)\)",
                     render(Report(stories=[story]), "md"))


def test_a_wire_after_a_dateline_is_no_short_name_of_the_place():
    herald = "PHOENIX (AP) — Democrat Maria Alvarez won the race for Arizona governor on Tuesday, the AP projected."
    gazette = "Alvarez told supporters at a rally in Phoenix shortly after midnight that Arizona chose to move forward."
    story = _herald_and_gazette(herald, gazette)
    [phoenix] = [e for e in story.entities if e.name.lower() == "phoenix"]
    assert phoenix.type == "GPE" and "AP" not in phoenix.aliases


def test_an_office_however_outlets_word_it_is_one_source_and_one_origin():
    herald = ("Russia's defence ministry said its forces had struck military facilities in Kharkiv overnight, "
              "hours after a drone attack on the city.")
    gazette = ("Russia's Ministry of Defence claimed its forces had struck military facilities in Kharkiv overnight "
               "with drones and missiles.")
    story = _herald_and_gazette(herald, gazette)
    fact = _fact_with(story, "Kharkiv")
    assert [s.name for s in story.sources if s.id in fact.origins] == ["Russia's Ministry of Defence"]
    assert {q.speaker for q in story.quotes} == {"Russia's Ministry of Defence"}  # its quotes listed under it
    assert (fact.outlets, fact.independent_origins) == (2, 1)
    assert office_names(["Russia's defence ministry", "Ukraine's defence ministry", "the Defense Ministry"]) == {}
    assert set(office_names(["Denver police", "the Denver Police Department", "Police"]).values()) == {"Denver police"}
    assert set(office_names(["Ukraine's air force", "The Air Force", "the Ukrainian Air Force"]).values()) == {
        "Ukraine's air force"}
    assert office_names(["Israel's military", "Iran's military"]) == {}
    assert set(office_names(["Norland's central bank", "the central bank", "The Central Bank"]).values()) == {
        "Norland's central bank"}
    assert set(office_names(["The Russian Defense Ministry", "the defence ministry", "the ministry"]).values()) == {
        "Russian Ministry of Defence"}
    # the ministry of a story naming one, and the country's: the one the story is about
    assert office_names(["the Interior Ministry", "the country's interior ministry", "The ministry"]) == dict.fromkeys(
        ["the Interior Ministry", "the country's interior ministry", "The ministry"], "Ministry of Interior")
    assert "the ministry" not in office_names(["the Interior Ministry", "the Health Ministry", "the ministry"])
    assert set(office_names(["Qatar's foreign ministry", "Qatar's Ministry of Foreign Affairs"]).values()) == {
        "Qatar's Ministry of Foreign Affairs"}
    # a public service by its noun, with the words that say which one
    prefecture = ["France's maritime prefecture", "the prefecture", "the maritime prefecture of the Atlantic"]
    assert office_names(prefecture) == dict.fromkeys(prefecture, "France's maritime prefecture")
    assert office_names(["the police prefecture", "the maritime prefecture"]) == {}
    assert set(office_names(["the Coast Guard", "the coastguard"]).values()) == {"coast guard"}


@pytest.mark.parametrize("herald, gazette, words", [
    ("Marcus Reed was arrested about 20 minutes after the attack at Union Station, Denver Police Chief Ron Thomas "
     "told reporters on Tuesday.",
     "Marcus Reed was arrested near Union Station shortly after the attack, Denver police said in a statement on "
     "Tuesday.", "arrested"),
    ("The rebels will release 42 captured soldiers and the government will free 120 detainees under the deal, "
     "according to a statement from Qatar's foreign ministry.",
     "The rebels are to hand over 42 soldiers, while the government will release 120 prisoners under the deal, "
     "Qatar's foreign ministry said.", "soldiers"),
], ids=["a police chief and the police", "a statement a body issues and the body"])
def test_a_body_and_who_or_what_speaks_for_it_are_one_origin(herald, gazette, words):
    fact = _fact_with(_herald_and_gazette(herald, gazette), words)
    assert (fact.outlets, fact.independent_origins, fact.status) == (2, 1, "single_origin")


def test_a_sentence_rests_on_the_source_relaying_the_words_it_reports():
    herald = ("According to an arrest affidavit, Reed told investigators he had been hearing voices and did not "
              "know the victims.")
    gazette = "Reed told detectives that he had been hearing voices and did not know either of the two victims."
    story = _herald_and_gazette(herald, gazette)
    fact = _fact_with(story, "hearing voices")
    names = {s.id: (s.name, s.kind) for s in story.sources}
    assert [names[o] for o in fact.origins] == [("arrest affidavit", "document"), ("Reed", "person")]


@pytest.mark.parametrize("herald, gazette, acronym, name", [
    ("The United Auto Workers union, which represents hourly workers, said it had not been told of any cuts.",
     "UAW President Shawn Fain said on Tuesday that hourly workers should not pay for management's mistakes.",
     "UAW", "United Auto Workers"),
    ("At least 16 people have been hospitalized, according to the Centers for Disease Control and Prevention.",
     "A salmonella outbreak tied to cucumbers has now sickened 52 people in 14 states, the CDC said on Friday.",
     "CDC", "Centers for Disease Control and Prevention"),
    ("The U.S. National Transportation Safety Board said on Friday it had opened an investigation into the fire.",
     "The NTSB said it was sending a team of investigators to Denver to examine the engine.",
     "NTSB", "National Transportation Safety Board"),
], ids=["UAW", "CDC", "NTSB"])
def test_an_acronym_leaving_out_the_last_word_or_the_country_of_a_name_is_the_same_entity(
        herald, gazette, acronym, name):
    story = _herald_and_gazette(herald, gazette)
    [body] = [e for e in story.entities if acronym in (e.name, *e.aliases)]
    assert name in body.name and {m.article for m in body.mentions} == {"herald", "gazette"}


def test_an_organisations_shorter_name_after_or_is_the_same_organisation_but_another_persons_name_is_not():
    herald = ("The fire was 5% contained as of Tuesday morning, according to the California Department of Forestry "
              "and Fire Protection, or Cal Fire. Trump, or Biden, will have to answer for it, Gardner said.")
    gazette = ("The fire had scorched about 21,000 acres by Tuesday afternoon, Cal Fire said. Cal Fire said it had "
               "sent 1,200 firefighters.")
    story = _herald_and_gazette(herald, gazette)
    [agency] = [e for e in story.entities if "Cal Fire" in (e.name, *e.aliases)]
    assert agency.type == "ORG" and "California Department of Forestry and Fire Protection" in (agency.name,
                                                                                                 *agency.aliases)
    [trump] = [e for e in story.entities if e.name == "Trump"]
    assert "Biden" not in trump.aliases


def test_a_person_called_by_a_name_other_than_the_last_is_the_person_it_names():
    herald = ("Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva signed 18 agreements on "
              "Monday. Xi told Lula that China would import more Brazilian farm products.")
    gazette = ("Lula, speaking through an interpreter, said Brazil wanted to diversify its exports, Xi Jinping said.\n"
               "Chinese Foreign Minister Wang Yi met his South Korean counterpart in Beijing on Friday. Wang said China "
               "was willing to work with South Korea to keep supply chains stable, according to a statement.")
    story = _herald_and_gazette(herald, gazette)
    names = {alias: e.name for e in story.entities for alias in (e.name, *e.aliases)}
    assert (names["Xi"], names["Lula"]) == ("Xi Jinping", "Luiz Inacio Lula da Silva")
    assert names["Wang"] == "Wang Yi"  # however the tagger labels 'Wang' alone


@pytest.mark.parametrize("herald, gazette, short_name, name", [
    ("The Disaster and Emergency Management Authority (AFAD) said 41 buildings had collapsed in three provinces "
     "after the earthquake.",
     "AFAD said aftershocks of up to magnitude 4.5 had been recorded overnight in the region.",
     "AFAD", "The Disaster and Emergency Management Authority"),
    # a short name the tagger took for no name, and no party and state after a name: '(R-Utah)'
    ("Former President Andres Manuel Lopez Obrador, widely known as AMLO, argued the courts were riddled with "
     "corruption, and Rep. Jason Chaffetz (R-Utah) said the reform was a mistake.",
     "Mexico's peso tumbled on Thursday after President Claudia Sheinbaum vowed to press ahead with a contentious "
     "overhaul of the judiciary inherited from AMLO.",
     "AMLO", "Andres Manuel Lopez Obrador"),
], ids=["in brackets", "known as"])
def test_a_short_name_an_article_declares_is_the_same_entity_wherever_the_story_writes_it(herald, gazette, short_name,
                                                                                         name):
    story = _herald_and_gazette(herald, gazette)
    [entity] = [e for e in story.entities if short_name in (e.name, *e.aliases)]
    assert entity.name == name and {m.article for m in entity.mentions} == {"herald", "gazette"}
    assert not [e for e in story.entities if "R-Utah" in (e.name, *e.aliases)]


def test_a_title_before_a_name_is_a_role_the_story_resolves():
    herald = ("The Chancellor has announced that the government will cut 10,000 civil service jobs.\nChancellor "
              "Rachel Reeves told MPs on Thursday that the cuts would save £2bn a year by 2027.")
    gazette = ("Rachel Reeves has announced that 10,000 civil service jobs will go.\nThe chancellor told the Commons "
               "on Thursday: 'This is about delivering better value for taxpayers.'")
    story = _herald_and_gazette(herald, gazette)
    speakers = {q.speaker_text: q.speaker for q in story.quotes}
    assert speakers["The chancellor"] == "Rachel Reeves"
    assert speakers["The Chancellor"] == "Rachel Reeves"  # a lead's role, the name in the next sentence


def test_a_name_the_tagger_took_with_a_sentences_the_is_named_and_cited_as_written_elsewhere():
    herald = ("The biggest measure is a freeze on income tax thresholds, which the Office for Budget Responsibility "
              "says will raise £8bn by the end of the decade.")
    gazette = ("The Office for Budget Responsibility said the extended freeze would bring 1.7 million more people "
               "into paying income tax and raise £8.3bn in 2030-31.")
    story = _herald_and_gazette(herald, gazette)
    [watchdog] = [e for e in story.entities if "Budget Responsibility" in e.name]
    [source] = [s for s in story.sources if "Budget Responsibility" in s.name]
    assert watchdog.name == source.name == "Office for Budget Responsibility"
    assert not any("Budget Responsibility" in alias for alias in watchdog.aliases + source.aliases)
    assert len(source.cited_in) == 2


def test_a_vice_shadow_or_former_holder_is_another_office():
    herald = ("President Joe Biden signed the infrastructure bill on Thursday before hundreds of guests at the White "
              "House.\nVice President Kamala Harris praised the lawmakers who had worked on the bill for months.\n"
              "The president said the law would create millions of jobs and repair roads and bridges.")
    gazette = ("Joe Biden signed the $1 trillion infrastructure bill into law on Thursday at the White House.\nFormer "
               "President Barack Obama attended the ceremony and spoke with lawmakers afterwards.\nThe president said "
               "the law would create millions of good jobs.\nThe former president said he was proud of the bill.")
    speakers = {(q.article, q.speaker_text): q.speaker for q in _herald_and_gazette(herald, gazette).quotes}
    assert set(speakers.values()) >= {"Joe Biden", "Barack Obama"}
    assert [s for (_, text), s in speakers.items() if text == "The president"] == ["Joe Biden", "Joe Biden"]
    assert [s for (_, text), s in speakers.items() if text == "The former president"] == ["Barack Obama"]


def test_a_role_with_a_nationality_is_the_one_the_story_describes_so():
    herald = ("Ukrainian President Volodymyr Zelenskiy met Tayyip Erdogan in Istanbul on Thursday for talks on "
              "reopening a Black Sea shipping corridor for grain.")
    gazette = ("Volodymyr Zelenskiy and Recep Tayyip Erdogan agreed on Thursday to work to reopen a Black Sea shipping "
               "corridor for grain.\nThe Ukrainian president said his country could export 4 million tonnes of grain "
               "a month.\nThe Turkish president said Ankara was willing to escort the ships.")
    story = _herald_and_gazette(herald, gazette)
    speakers = {q.speaker_text: q.speaker for q in story.quotes}
    assert speakers["The Ukrainian president"] == "Volodymyr Zelenskiy"
    assert speakers["The Turkish president"] is None  # the story's one president is Ukrainian
    # a role the story gives only one, with its nationality, is that one however far back the article named it
    herald = herald.replace("met Tayyip Erdogan", "met Turkish President Tayyip Erdogan")
    gazette = gazette.replace("a month.\n", "a month.\nThe European Union pledged 500 million euros to repair the "
                              "ports.\nRussia was not represented at the talks.\nGrain prices fell 2% in Chicago "
                              "after the meeting.\n")
    speakers = {q.speaker_text: q.speaker for q in _herald_and_gazette(herald, gazette).quotes}
    assert speakers["The Turkish president"].endswith("Tayyip Erdogan")


def test_an_event_the_parser_sets_beside_a_name_is_no_role_of_it():
    herald = ("South Korean Foreign Minister Cho Tae-yul held talks Friday in Beijing with China's top diplomat, Wang "
              "Yi, the first visit by a South Korean foreign minister in three years.")
    gazette = ("Chinese Foreign Minister Wang Yi met his South Korean counterpart in Beijing on Friday. The visit was "
               "the first by a South Korean foreign minister in three years, the ministry said.")
    story = _herald_and_gazette(herald, gazette)
    assert not [e for e in story.entities if "the visit" in e.aliases]


SPEAKERS_FOR_A_BODY = {
    "a spokesman for an office": (
        ("Kremlin spokesman Dmitry Peskov said on Friday that Putin and Musk had spoken only once, by phone, "
         "about space."),
        "The Kremlin said on Friday that Putin and Musk had spoken only once, in a phone call about space.",
        "spoken only once", ["Dmitry Peskov", "Kremlin"], "Kremlin (Dmitry Peskov)"),
    "a union's general secretary": (
        ("The PCS union's general secretary, Fran Heathcote, said the job cuts were a reckless attack on "
         "public services."),
        "The PCS union said the job cuts were a reckless attack on public services and would be resisted.",
        "reckless attack", ["Fran Heathcote", "PCS"], "PCS (Fran Heathcote)"),
    "a company's chief executive": (
        "Northwind Motors CEO Laura Chen said on Wednesday that the carmaker would cut about 3,000 salaried jobs.",
        "Northwind Motors said on Wednesday that it would cut about 3,000 salaried jobs, mostly through buyouts.",
        "3,000", ["Laura Chen", "Northwind Motors"], "Northwind Motors (Laura Chen)"),
    "a spokesperson for a minister": (
        "A spokesperson for Finance Minister Anna Keller said on Wednesday that the government respects the bank's "
        "independence.",
        "Finance Minister Anna Keller said on Wednesday that the government respects the central bank's independence.",
        "respects the", ["Anna Keller", "spokesperson for Finance Minister Anna Keller"],
        "Anna Keller (spokesperson for Finance Minister Anna Keller)"),
    "an unnamed spokesperson for an agency": (
        "The crew was in good health and would undergo medical checks in Houston, a Nasa spokesperson said.",
        "NASA said the crew was in good health and would undergo medical checks in Houston, home of NASA's astronauts.",
        "good health", ["NASA", "Nasa spokesperson"], "NASA (Nasa spokesperson)"),
    "a minister for their ministry": (
        "Most of those infected are health workers, Health Minister Sabin Nsanzimana told reporters on Wednesday.",
        "Rwanda's health ministry said most of those infected were health workers at two hospitals in Kigali.",
        "health workers", ["Rwanda's Ministry of Health", "Sabin Nsanzimana"],
        "Rwanda's Ministry of Health (Sabin Nsanzimana)"),
}


@pytest.mark.parametrize("herald, gazette, words, origins, shown", SPEAKERS_FOR_A_BODY.values(),
                         ids=SPEAKERS_FOR_A_BODY.keys())
def test_one_who_speaks_for_a_body_and_the_body_are_one_origin(herald, gazette, words, origins, shown):
    story = _herald_and_gazette(herald, gazette)
    fact = _fact_with(story, words)
    names = {s.id: s.name for s in story.sources}
    assert sorted(names[o] for o in fact.origins) == origins
    assert (fact.independent_origins, fact.status) == (1, "single_origin")
    row = next(line for line in render(Report(stories=[story]), "md").splitlines()
               if line.startswith("|") and words in line)
    assert f"| 1: {shown} |" in row


def test_an_age_or_a_founding_year_outlets_give_differently_is_a_conflict_whatever_facts_hold_it():
    herald = ("Portland police on Friday identified the man suspected of stabbing three people at the station as "
              "Daniel Kessler, 30, of Gresham.\n\nChief executive Arjun Mehta, who founded Lumora in 2019, said the "
              "company would expand production.")
    gazette = ("Daniel Kessler, 29, appeared by video from jail on Monday and did not enter a plea.\n\nLumora Inc. "
               "raised $1.4 billion in its listing. Mehta, who co-founded the company in 2020 after leaving Nvidia, "
               "owns about 9% of the shares.")
    articles = [_article("herald", "The Herald", herald), _article("gazette", "The Gazette", gazette)]
    annotated = list(annotate(articles))
    assert {(d.name, d.what, d.value) for d in life_details(annotated, EntityIndex(annotated))} == {
        ("Daniel Kessler", "age", 30), ("Daniel Kessler", "age", 29),
        ("Lumora Inc.", "founding year", 2019), ("Lumora Inc.", "founding year", 2020)}
    story = _herald_and_gazette(herald, gazette)
    sides = [sorted(side.text for side in c.sides) for c in story.conflicts]
    assert len(sides) == 2 and "Daniel Kessler, 29" in sides[0][0] and "Daniel Kessler, 30" in sides[0][1]
    assert story.conflicts[1].summary == "Outlets give different founding years for Lumora Inc.: 2019, 2020"
    # a founder may have founded more than one company; two people's ages are two ages
    herald = ("Elon Musk, who founded SpaceX in 2002, met the minister on Monday.\n\nThe talks were attended by Ana "
              "Ruiz, 41, of Madrid.")
    gazette = ("Elon Musk, who co-founded PayPal in 1999, met the minister on Monday.\n\nAlso present was Tom Hill, "
               "52, an adviser.")
    assert not [c for c in _herald_and_gazette(herald, gazette).conflicts if "founding years" in c.summary
                or "ages" in c.summary]


def test_a_denial_of_any_involvement_answers_the_accusation_not_the_sentence_before_it():
    herald = ("Lithuania expelled three Belarusian diplomats on Tuesday, accusing Minsk of organising an attack on a "
              "gas pipeline near Vilnius.\n\n\"Lithuania will defend its energy network against every threat,\" "
              "Interior Minister Rasa Kaunas told reporters in Vilnius.\n\nBelarusian foreign ministry spokesman Igor "
              "Petrov denied any Belarusian involvement and said Minsk would respond.")
    gazette = ("Lithuania has ordered three Belarusian diplomats to leave the country, accusing them of planning an "
               "attack on a gas pipeline outside Vilnius.\n\n\"Lithuania will defend its energy network against every "
               "threat,\" Kaunas said on Tuesday.")
    story = _herald_and_gazette(herald, gazette)
    [denial] = [c for c in story.conflicts if c.kind == "denial"]
    assert "accusing" in denial.sides[0].text and "denied any Belarusian involvement" in denial.sides[1].text


def test_a_body_whose_other_name_is_an_agencys_is_official():
    herald = ("An Amtrak train derailed late Sunday near Sandusky, Ohio, killing three people.\n\nThe National "
              "Transportation Safety Board said it was sending a team to investigate the derailment.")
    gazette = ("Three people were killed when an Amtrak train derailed in northern Ohio on Sunday night.\n\nThe NTSB "
               "said it was too early to determine a cause of the derailment.")
    story = _herald_and_gazette(herald, gazette)
    assert {(s.name, s.kind) for s in story.sources} >= {("The National Transportation Safety Board", "official")}
