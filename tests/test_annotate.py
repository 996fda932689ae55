"""The per-article annotators on small texts of their own."""

import pytest

from wirecheck.annotate.cues import is_denial
from wirecheck.annotate.entities import clean_name
from wirecheck.annotate.quotemarks import find_quoted_spans
from wirecheck.annotate.source_kinds import classify
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


@pytest.mark.parametrize("text, content", [
    ('Prosecutors said Okafor had assured customers on social media that their deposits were "safer than a bank."',
     'Okafor had assured customers on social media that their deposits were "safer than a bank."'),
    ("Prosecutors said Okafor had assured customers on social media that their deposits were ‘safer than a bank’.",
     "Okafor had assured customers on social media that their deposits were ‘safer than a bank’"),
])
def test_mixed_content_ending_on_a_quotation_keeps_its_closing_mark(annotate_text, text, content):
    annotated = annotate_text(text)
    [quote] = [q for q in annotated.quotes if q.cue == "said"]
    assert quote.kind == "mixed" and text[quote.start:quote.end] == content


def test_a_quoted_title_before_the_reported_clause_adds_no_second_quote(annotate_text):
    annotated = annotate_text("Investigative journalist Bob Woodward claims in his new book “War” that Trump and "
                              "Putin remained in contact after the former president left office in 2021.")
    text = annotated.article.text
    assert [(q.kind, q.cue, text[q.start:q.end]) for q in annotated.quotes] == [
        ("indirect", "claims", "Trump and Putin remained in contact after the former president left office in 2021")]


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


CITATIONS = {
    "documents a publication saw are its report": (
        "Documents seen by The Times show that the minister received two loans from a developer. Emails obtained by "
        "the BBC suggest the loans were discussed with officials.",
        {(0, "publication", "The Times"), (1, "publication", "BBC")}),
    "a race called by a wire rests on the wire, and state officials are unnamed": (
        "Ms. Alvarez's victory was called by The Associated Press late Tuesday night. About 2.6 million Arizonans "
        "voted in the election, according to state officials.",
        {(0, "publication", "The Associated Press"), (1, "anonymous", "state officials")}),
}


@pytest.mark.parametrize("text, cited", CITATIONS.values(), ids=CITATIONS.keys())
def test_what_each_sentence_cites(annotate_text, text, cited):
    annotated = annotate_text(text)
    assert {(c.sentence, c.kind, display_name(c.ref)) for c in annotated.citations} == cited


def test_what_someone_said_is_a_statement_however_the_parser_hung_it(annotate_text):
    annotated = annotate_text("Labour has called for the minister to be suspended during the inquiry. Shadow "
                              "transport secretary Priya Nair said the public deserved answers.")
    [said] = [q for q in annotated.quotes if q.cue == "said"]
    assert said.statement and annotated.article.text[said.start:said.end] == "the public deserved answers"
    assert (1, "person", "Priya Nair") in {(c.sentence, c.kind, display_name(c.ref)) for c in annotated.citations}


def test_a_passive_report_attributes_its_subject_to_its_agent(annotate_text):
    annotated = annotate_text("The deal was first reported by Bloomberg on Monday. The loans from Harwick Estates "
                              "were revealed by The Times on Thursday. The plan was criticised by Labour.")
    text = annotated.article.text
    assert [(q.cue, q.speaker.text, text[q.start:q.end]) for q in annotated.quotes] == [
        ("was first reported by", "Bloomberg", "The deal"),
        ("were revealed by", "The Times", "The loans from Harwick Estates")]
    assert {(c.sentence, c.kind) for c in annotated.citations} == {(0, "publication"), (1, "publication")}


def test_according_to_credits_the_words_after_the_dateline(annotate_text):
    text = ("SAN FRANCISCO, Nov 30 (Reuters) - Software maker Corvane plans to cut about 1,800 jobs as it shifts "
            "spending toward artificial intelligence, according to an internal memo seen by Reuters.")
    annotated = annotate_text(text)
    [according] = [q for q in annotated.quotes if q.cue == "according to"]
    assert text[according.start:according.end].startswith("Software maker Corvane plans")


def test_according_to_credits_the_name_after_the_noun_describing_it(annotate_text):
    text = ("According to flight tracking website FlightAware, SkyBridge had canceled 1,214 flights by 2 p.m. "
            "Eastern time, about 40% of its schedule.")
    annotated = annotate_text(text)
    [according] = [q for q in annotated.quotes if q.cue == "according to"]
    assert according.speaker.text == "flight tracking website FlightAware"
    assert text[according.start:according.end].startswith("SkyBridge had canceled")


@pytest.mark.parametrize("newspaper", ["Ouest-France", "Le Monde"])
def test_according_to_credits_a_whole_name_and_not_the_subject_after_it(annotate_text, newspaper):
    """A name with a hyphen in it, and a subject the parser took for the name's apposition, with
    the reported verb left without a subject of its own."""
    text = (f"According to the newspaper {newspaper}, the tanker's crew had reported a steering failure minutes "
            "before the collision.")
    annotated = annotate_text(text)
    [according] = [q for q in annotated.quotes if q.cue == "according to"]
    assert according.speaker.text == f"the newspaper {newspaper}"
    assert text[according.start:according.end] == "the tanker's crew had reported a steering failure minutes " \
                                                  "before the collision"
    assert [c.kind for c in annotated.citations if c.ref.text == according.speaker.text] == ["publication"]


def test_a_news_agency_named_by_its_kind_is_the_publication_cited_before_it(annotate_text):
    annotated = annotate_text("Northwind Motors is getting ready to lay off around 8,000 salaried employees, "
                              "according to Reuters. The cuts could come as early as April, the news agency reported.")
    [reported] = [q for q in annotated.quotes if q.cue == "reported"]
    assert (reported.speaker.text, display_name(reported.speaker)) == ("the news agency", "Reuters")
    assert (1, "publication", "Reuters") in {(c.sentence, c.kind, display_name(c.ref)) for c in annotated.citations}


def test_a_company_spokeswoman_and_the_company_speak_for_the_company_named_before(annotate_text):
    annotated = annotate_text("Northwind Motors lost $1.2 billion in the fourth quarter as demand for its electric "
                              "vehicles fell.\n\nNorthwind has about 60,000 salaried employees, a company "
                              "spokeswoman said.\n\nThe company said it would delay two electric pickups to 2028.")
    speakers = [(q.speaker.text, q.speaker.name) for q in annotated.quotes if q.cue == "said"]
    assert speakers == [("a company spokeswoman", "Northwind"), ("The company", "Northwind")]


def test_a_company_named_only_as_an_example_is_not_the_company_that_speaks(annotate_text):
    annotated = annotate_text("The agency said the cucumbers were sold loose at stores including Kroger and Walmart. "
                              '"We are taking this very seriously and working closely with regulators," the company '
                              "said in a statement.")
    [said] = [q for q in annotated.quotes if q.cue == "said" and q.speaker.text == "the company"]
    assert said.speaker.name is None


def test_a_speaker_after_a_wire_dateline_is_named_without_it(annotate_text):
    annotated = annotate_text("Nov 17 (Reuters) - Meridian Health Systems said on Tuesday that hackers had stolen "
                              "personal data belonging to about 4.2 million patients.")
    [said] = annotated.quotes
    assert (said.speaker.text, said.speaker.name, said.speaker.label) == (
        "Meridian Health Systems", "Meridian Health Systems", "ORG")
    # a dateline the parser took for the subject of the clause before the cue stays no speaker
    annotated = annotate_text("MONACO (AP) — Olympic 100-meter champion Grace Okoye of Nigeria was banned for four "
                              "years on Wednesday for a positive test for a steroid, track and field's anti-doping "
                              "body said.")
    assert [q.speaker for q in annotated.quotes if q.cue == "said"] == [None]


def test_a_lead_naming_its_subject_in_the_next_sentence_speaks_for_that_name(annotate_text):
    annotated = annotate_text("NASHVILLE, Tenn. (AP) — A hospital chain hit by a ransomware attack this month said "
                              "Tuesday that hackers stole personal information of more than 4 million patients.\n\n"
                              "Meridian Health Systems, which runs 14 hospitals in Tennessee, said the data included "
                              "names and birth dates.\n\nA woman who lives nearby said the hospital was closed.")
    assert [(q.speaker.name, q.speaker.label) for q in annotated.quotes if q.cue == "said"] == [
        ("Meridian Health Systems", "ORG"), ("Meridian Health Systems", "ORG"), (None, None)]
    annotated = annotate_text("PORTLAND, Maine — A powerful storm knocked out power to more than 200,000 homes and "
                              "businesses across Maine overnight, the state's largest utility said Wednesday.\n\n"
                              "Central Maine Power said crews from as far away as Ohio were helping to restore "
                              "service.")
    assert [q.speaker.name for q in annotated.quotes if q.cue == "said"] == ["Central Maine Power"] * 2


def test_a_companys_first_word_used_as_a_noun_is_the_company_not_a_nationality(annotate_text):
    annotated = annotate_text("Meridian Health Systems said hackers had stolen patient data. Meridian declined to say "
                              "whether it had paid a ransom, and Meridian shares fell 3.8%.")
    names = [(m.text, m.label) for m in annotated.mentions if m.text.startswith("Meridian")]
    assert names[:2] == [("Meridian Health Systems", "ORG"), ("Meridian", "ORG")]
    assert [q.speaker.name for q in annotated.quotes if q.cue == "declined"] == ["Meridian"]


def test_a_companys_short_name_the_tagger_missed_is_a_mention_of_it(annotate_text):
    annotated = annotate_text("Northwind Motors is cutting jobs across its plants in Michigan and Germany.\n\n"
                              "Northwind declined to comment on the report.")
    assert [(m.text, m.label, m.sentence) for m in annotated.mentions if m.text.startswith("Northwind")] == [
        ("Northwind Motors", "ORG", 0), ("Northwind", "ORG", 1)]


@pytest.mark.parametrize("text, cue, denial", [
    ("Northwind Motors on Wednesday pushed back on a report that it plans to eliminate 8,000 jobs.",
     "pushed back", True),
    ("Northwind Motors has pushed back two of its electric pickup models to 2028, the company said in a statement "
     "on Tuesday.", "said", False),
])
def test_pushing_back_on_a_report_denies_it_and_pushing_back_a_launch_does_not(annotate_text, text, cue, denial):
    annotated = annotate_text(text)
    assert [q.cue for q in annotated.quotes if q.statement] == [cue]
    assert any(is_denial(q.cue) for q in annotated.quotes) == denial


@pytest.mark.parametrize("text, speaker, cue", [
    ('The Office of the U.S. Trade Representative on Tuesday called any European tariffs "unjustified" after a '
     "report that Brussels was preparing duties on $19.6 billion of U.S. goods.", None, "report"),
    ("The Office of the U.S. Trade Representative said in a statement that Brussels was preparing duties on "
     "$19.6 billion of U.S. goods.", "The Office of the U.S. Trade Representative", "said in a statement"),
])
def test_a_report_the_speaker_reacts_to_is_no_statement_of_theirs(annotate_text, text, speaker, cue):
    annotated = annotate_text(text)
    [quote] = [q for q in annotated.quotes if annotated.article.text[q.start:q.end].startswith("Brussels")]
    assert (quote.speaker and quote.speaker.text, annotated.article.text[slice(*quote.cue_span)]) == (speaker, cue)


def test_a_relative_clause_of_the_object_is_not_what_the_verb_reports(annotate_text):
    annotated = annotate_text("The Food and Drug Administration approved a new Alzheimer's drug on Wednesday that "
                              "modestly slows cognitive decline but carries serious risks of brain swelling.")
    text = annotated.article.text
    assert not any(text[q.start:q.end].startswith("that modestly") for q in annotated.quotes)
    asked = annotate_text("During the interview on Tuesday morning, Earhardt then asked Rubio which states "
                          "specifically he could win.")
    [question] = asked.quotes
    assert asked.article.text[question.start:question.end].startswith("which states")


def test_the_company_is_no_university_named_just_before(annotate_text):
    annotated = annotate_text("The drug, donavimab, made by Velantis Therapeutics, slowed decline by about 27 percent."
                              '\n\n"The effect is real, but it is small," said Dr. Alan Prager, a neurologist at the '
                              "University of Washington.\n\nIn the trial, four patients died, the company disclosed "
                              "in July.")
    [disclosed] = [q for q in annotated.quotes if q.cue == "disclosed"]
    assert disclosed.speaker.name == "Velantis Therapeutics"


def test_the_title_of_a_work_no_cue_of_its_sentence_frames_is_no_quotation(annotate_text):
    annotated = annotate_text('In a rare interview in 2019, Mr. Vance said he had never understood why readers found '
                              'his books bleak.\n\n"The Long Field," which won the Pulitzer in 1989, sold more than '
                              "two million copies.")
    text = annotated.article.text
    assert [text[q.start:q.end] for q in annotated.quotes if q.kind == "direct"] == []


def test_a_user_posting_on_a_platform_speaks_and_the_platform_is_no_content(annotate_text):
    annotated = annotate_text('Some users vented on social media. "Can\'t even pay my rent because Venmo is down," '
                              "one user posted on X.")
    [post] = annotated.quotes
    assert (post.kind, post.speaker.text) == ("direct", "one user")
    assert ("anonymous", "one user") in {(c.kind, display_name(c.ref)) for c in annotated.citations}
    # nor is a medium no platform names
    annotated = annotate_text("Footage shared on social media showed a bright flash. She said on television that "
                              "the plan was dead. He talked openly on social media about his desire to fight.")
    text = annotated.article.text
    assert "social media" not in {text[q.start:q.end] for q in annotated.quotes}
    assert {(q.cue, text[q.start:q.end]) for q in annotated.quotes if q.statement} == {("said", "the plan was dead")}
    talked = next(q for q in annotated.quotes if q.cue.startswith("talked"))
    assert (text[slice(*talked.cue_span)], text[talked.start:talked.end]) == (
        "talked openly on social media about", "his desire to fight")


def test_a_reprint_keeps_no_wire_in_front_of_its_first_sentence(annotate_text):
    annotated = annotate_text("(Reuters) - Northwind Motors is preparing to cut about 8,000 salaried jobs "
                              "worldwide, three people familiar with the matter said on Tuesday.")
    assert annotated.article.sentences[0].text.startswith("Northwind Motors is preparing")


def test_a_speaker_named_with_the_body_they_belong_to_is_the_person(annotate_text):
    annotated = annotate_text('"The sweet spot seems to be somewhere between 7,000 and 9,000 steps," lead author Dr. '
                              "Hannah Okafor of the University of Bristol told CNN.")
    [quote] = [q for q in annotated.quotes if q.statement]
    assert (quote.speaker.name, quote.speaker.label) == ("Hannah Okafor", "PERSON")


def test_a_verb_of_finding_closing_its_sentence_attributes_what_came_before(annotate_text):
    annotated = annotate_text("Taking around 7,000 steps a day could lower the risk of dementia. The benefits "
                              "plateaued at about 9,000 steps a day, the study found.")
    text = annotated.article.text
    [found] = [q for q in annotated.quotes if q.cue == "found"]
    assert (text[found.start:found.end], found.speaker.text) == ("The benefits plateaued at about 9,000 steps a day",
                                                                 "the study")
    assert text[slice(*found.speaker.span)] == "the study" and found.statement


def test_a_name_the_tagger_missed_that_is_described_as_a_person_is_a_person(annotate_text):
    annotated = annotate_text('"This was a referendum on whether we plan for the future or ignore it," said Ana '
                              "Ruiz, a Democratic strategist in Tucson.")
    assert ("Ana Ruiz", "PERSON") in {(m.text, m.label) for m in annotated.mentions}
    assert ("person", "Ana Ruiz") in {(c.kind, display_name(c.ref)) for c in annotated.citations}


def test_the_last_words_of_a_clause_the_parser_took_for_its_cues_subject_are_the_clauses(annotate_text):
    text = ("A powerful earthquake struck the mountains late Friday, killing at least 46 people and damaging "
            "buildings as far away as Marrakech, the Interior Ministry said Saturday.")
    annotated = annotate_text(text)
    [quote] = annotated.quotes
    assert text[quote.start:quote.end].endswith("as far away as Marrakech")
    assert quote.speaker.text == "the Interior Ministry"


@pytest.mark.parametrize("text, content", [
    ("Boeing has not said when Starliner will fly again, though the company said last week it hoped to resume "
     "flights by the end of the year.", "it hoped to resume flights by the end of the year"),
    ("Top Republican Party donor Sheldon Adelson said on Friday he met presidential candidate Donald Trump earlier "
     "this week.", "he met presidential candidate Donald Trump earlier this week"),
    # a time that is the content's own subject stays
    ("She said Thursday's speeches have led her to count Trump and Carson out of the race for now.",
     "Thursday's speeches have led her to count Trump and Carson out of the race for now"),
])
def test_the_time_of_saying_after_the_cue_is_not_what_was_said(annotate_text, text, content):
    [quote] = [q for q in annotate_text(text).quotes if q.cue == "said"]
    assert text[quote.start:quote.end] == content


def test_a_closing_attribution_the_parser_joined_to_the_clause_before_it_attributes_that_clause(annotate_text):
    text = ("Grace Okoye has been banned for four years after testing positive for the steroid trenbolone, the "
            "Athletics Integrity Unit (AIU) said on Wednesday in a statement.")
    annotated = annotate_text(text)
    [quote] = annotated.quotes
    assert text[quote.start:quote.end] == ("Grace Okoye has been banned for four years after testing positive for "
                                           "the steroid trenbolone")
    assert quote.speaker.text == "the Athletics Integrity Unit" and quote.cue.startswith("said")


@pytest.mark.parametrize("text, name, label", [
    ("'The centre has failed to listen to people,' said Marina Costa Lobo, a political scientist at the University "
     "of Lisbon.", "Marina Costa Lobo", "PERSON"),
    ("Oleksandr Vilkul, the head of the city's military administration, said two children were among the dead.",
     "Oleksandr Vilkul", "PERSON"),
    # what a body can be too leaves the tagger's reading
    ("Extinction Rebellion, the organiser of the march, said 5,000 people took part in the protest on Sunday.",
     "Extinction Rebellion", None),
])
def test_a_name_an_apposition_gives_a_persons_role_is_a_person(annotate_text, text, name, label):
    annotated = annotate_text(text)
    labels = {m.text: m.label for m in annotated.mentions}
    if label:
        assert labels[name] == label
    else:
        assert labels.get(name) != "PERSON"


@pytest.mark.parametrize("tagged, name", [
    ("The World Health Organization (WHO", "The World Health Organization"),  # the tagger's span, cut mid-parenthesis
    ("the Disaster and Emergency Management Authority (AFAD)", "Disaster and Emergency Management Authority (AFAD)"),
    ("Musk's", "Musk"), ("the U.S.", "U.S."),
    # 'beat United 2-1', 'had given United the lead'; a number that is part of the name stays
    ("United 2-1", "United"), ("United the", "United"), ("Apollo 11", "Apollo 11"),
])
def test_a_tagged_name_is_cleaned_of_what_surrounds_it(tagged, name):
    assert clean_name(tagged) == name


@pytest.mark.parametrize("text, name", [
    ("The Alzheimer's Society said the study added to a growing body of evidence that physical activity was good "
     "for the brain.", "Alzheimer's Society"),
    # the tagger cuts the word that ends its 'of' phrase
    ('The Office of the U.S. Trade Representative on Tuesday called any European tariffs "unjustified" after a '
     "report that Brussels was preparing duties.", "The Office of the U.S. Trade Representative"),
])
def test_a_body_keeps_its_whole_name_its_possessor_or_the_end_of_its_of_phrase(annotate_text, text, name):
    annotated = annotate_text(text)
    assert (name, "ORG") in {(m.text, m.label) for m in annotated.mentions}


def test_coordinated_speakers_are_cited_each_on_their_own(annotate_text):
    annotated = annotate_text("The Trump campaign and the Kremlin have denied that the calls occurred, and "
                              "Musk did not respond to a request for comment.")
    cited = {display_name(c.ref) for c in annotated.citations}
    assert {"Trump campaign", "Kremlin"} <= cited and not any(" and " in name for name in cited)
    annotated = annotate_text("Bob Woodward writes in his new book that Donald Trump and Vladimir Putin remained in "
                              "contact after 2021. Both men deny that report.")
    denying = {display_name(c.ref) for c in annotated.citations if c.sentence == 1}
    assert denying == {"Donald Trump", "Vladimir Putin"}


def test_sentences_have_stable_ids_and_exact_offsets(annotate_text):
    annotated = annotate_text(CITED)
    article = annotated.article
    assert [s.id for s in article.sentences] == [f"{article.id}.s{n}" for n in range(1, 5)]
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text


def test_quotation_marks_and_a_dateline_stay_in_the_sentences_they_open_or_close(annotate_text):
    annotated = annotate_text('CLEVELAND (AP) — A federal jury found that the chain must pay, a verdict lawyers '
                              'called "a reckoning."\n\n"They were not a bystander. They were a supplier."\n\n'
                              "''It is a start,'' said Mr. Lanier.")
    texts = [s.text for s in annotated.article.sentences]
    assert texts == ['A federal jury found that the chain must pay, a verdict lawyers called "a reckoning."',
                     '"They were not a bystander. They were a supplier."', "''It is a start,'' said Mr. Lanier."]
    for sentence in annotated.article.sentences:
        assert annotated.article.text[sentence.start:sentence.end] == sentence.text


def test_a_dateline_names_a_place_and_a_name_ends_before_a_conjunction(annotate_text):
    annotated = annotate_text("PAINESVILLE — Linda Moore sat in the back row as jurors ruled against Lake and "
                              "Trumbull counties' suppliers.")
    labels = {m.text: m.label for m in annotated.mentions}
    assert labels.get("PAINESVILLE") == "GPE"
    assert not any(name.endswith(" and") for name in labels)


def test_a_name_the_tagger_took_with_its_article_is_a_mention_without_it(annotate_text):
    annotated = annotate_text("The plan was praised by the Institute for Fiscal Studies and criticised by the "
                              "Communication Workers Union on Monday.")
    labels = {m.text: m.label for m in annotated.mentions}
    assert labels.get("Institute for Fiscal Studies") == "ORG"
    assert labels.get("Communication Workers Union") == "ORG"


def test_a_name_ending_like_a_companys_is_an_organisation(annotate_text):
    annotated = annotate_text("The minister received two loans from Harwick Estates in 2023. Harwick Estates, a "
                              "developer based in Kent, later won approval for a rail depot.")
    assert {m.label for m in annotated.mentions if m.text == "Harwick Estates"} == {"ORG"}
    annotated = annotate_text("Conservative shadow housing secretary Priya Nair said the resignation raises serious "
                              "questions.\n\nCarlton Homes said it had followed all rules on political donations.")
    assert {m.label for m in annotated.mentions if m.text == "Carlton Homes"} == {"ORG"}
    annotated = annotate_text("The tanker's operator, Fjordline Shipping, said the leak had been stopped. The "
                              "Norwegian company denied that the ship had left its shipping lane.")
    assert {m.label for m in annotated.mentions if m.text == "Fjordline Shipping"} == {"ORG"}


def test_a_name_after_a_rank_is_a_person_and_the_rank_no_name(annotate_text):
    annotated = annotate_text("Seven people were taken to hospitals with minor injuries, Denver Fire Department "
                              "spokesperson Lt. Marcus Bell said. Sgt. Ana Ruiz of the state patrol closed the road.")
    people = {m.text for m in annotated.mentions if m.label == "PERSON"}
    assert {"Marcus Bell", "Ana Ruiz"} <= people and not people & {"Lt", "Lt.", "Sgt", "Sgt."}


def test_the_brief_in_a_ministers_title_is_no_entity(annotate_text):
    annotated = annotate_text("The government's adviser on ministerial standards will investigate Transport "
                              "Secretary Daniel Marsh over loans he received from a property developer. Labour Party "
                              "Secretary General Hollie Ridley welcomed the inquiry.")
    names = {m.text for m in annotated.mentions}
    assert {"Daniel Marsh", "Labour Party"} <= names and "Transport" not in names


def test_missed_surnames_become_mentions_of_the_person(annotate_text):
    annotated = annotate_text("Jacinda Ardern arrived in Paris on Monday. Later, Ardern met the president, "
                              "and Ardern's aides briefed reporters.")
    people = [m.text for m in annotated.mentions if m.label == "PERSON"]
    assert people.count("Ardern") >= 2 and "Jacinda Ardern" in people


def test_a_family_name_with_particles_is_one_name_and_its_own_mention(annotate_text):
    annotated = annotate_text("Turkish President Recep Tayyip Erdogan hosted the head of the European Union's "
                              "executive arm, Ursula von der Leyen, in Istanbul on Thursday.\n\nVon der Leyen, the "
                              "European Commission president, said the EU would provide 500 million euros to rebuild "
                              "the ports.")
    people = [m.text for m in annotated.mentions if m.label == "PERSON"]
    assert "Ursula von der Leyen" in people and "Von der Leyen" in people
    assert not {m.text for m in annotated.mentions} & {"Ursula von der", "Leyen"}


def test_a_name_keeps_the_period_that_closes_its_abbreviation(annotate_text):
    annotated = annotate_text("Moscow has growing ties to American adversaries, with the U.S. accusing it of sending "
                              "missiles to Iran. Officials in Washington met Elon Musk.")
    names = {m.text for m in annotated.mentions}
    assert {"U.S.", "Elon Musk"} <= names and "U.S" not in names


def test_a_company_the_tagger_once_took_for_one_is_one_where_it_took_it_for_a_person(annotate_text):
    annotated = annotate_text("The European Commission said the Facebook owner had imposed unfair trading conditions "
                              "on rival online classified ads providers. \"Meta abused its dominant position,\" EU "
                              "antitrust chief Teresa Ribera said in a statement.\n\nMeta said it would appeal. \"The "
                              "Commission's decision ignores the realities of a thriving European market,\" the "
                              "company said in a blog post.")
    assert {m.label for m in annotated.mentions if m.text == "Meta"} == {"ORG"}
    [blog] = [q for q in annotated.quotes if q.speaker and q.speaker.text == "the company"]
    assert blog.speaker.name == "Meta"


def test_what_according_to_credits_is_not_the_relative_clause_on_its_source(annotate_text):
    annotated = annotate_text("The deal was signed on Friday, according to people briefed on the talks, who said it "
                              "would be announced by both companies in Geneva early next week.")
    [according] = [q for q in annotated.quotes if q.cue == "according to"]
    assert annotated.article.text[according.start:according.end] == "The deal was signed on Friday"


def test_who_after_what_people_are_familiar_with_is_those_people(annotate_text):
    annotated = annotate_text("The proposal would pause the fighting for 42 days, according to two officials familiar "
                              "with the negotiations, who said Israel would release about 600 Palestinian prisoners.")
    [said] = [q for q in annotated.quotes if q.cue == "said"]
    assert said.speaker.anonymous and said.speaker.text == "two officials familiar with the negotiations"
    [according] = [q for q in annotated.quotes if q.cue == "according to"]
    assert according.speaker.text == "two officials familiar with the negotiations"  # not what they said


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
    annotated = annotate_text("Latinos share their views of the race\n\n“Donald Trump started attacking Latinos at the "
                              "beginning of his campaign. Generalized "
                              "everyone as criminal. He represents everything the US is not, taking advantage of the "
                              "lack of knowledge of his voter. What can I say? That’s just the opinion of a "
                              "Mexican-Peruvian.”\xa0― Karen Bobadilla.\n\nMore readers wrote in after the second debate.")
    assert _speaker_span(annotated, "―") == "Karen Bobadilla"  # not the period after the name


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


def test_the_report_is_the_publication_named_reporting_before_it(annotate_text):
    annotated = annotate_text('The trade office called any tariffs "unjustified" after a report that Brussels was '
                              "preparing duties.\n\nThe Financial Times first reported the plans on Tuesday. The "
                              "Commission will present the list on Thursday, according to the report.")
    cited = {(c.sentence, c.kind, display_name(c.ref)) for c in annotated.citations}
    assert {(2, "publication", "Financial Times"), (0, "publication", "Financial Times")} <= cited


def test_what_a_speaker_takes_as_evidence_is_no_source_but_data_showing_it_is(annotate_text):
    annotated = annotate_text('Kremlin spokesman Dmitry Peskov told reporters that the exchange showed that "dialogue '
                              'on humanitarian issues is possible." Government data showed that exports fell 4% in '
                              "October.")
    cited = {display_name(c.ref): c.kind for c in annotated.citations}
    assert "exchange" not in cited and cited["Government data"] == "document"
    assert cited["Dmitry Peskov"] == "person"


def test_a_body_the_tagger_missed_is_an_organisation_and_filings_are_documents(annotate_text):
    annotated = annotate_text("More than 500,000 people have died of opioid overdoses since 1999, according to the "
                              "Centers for Disease Control and Prevention.\n\nThe judge will decide in the spring how "
                              "the damages are to be paid, according to court filings.")
    kinds = {display_name(c.ref): c.kind for c in annotated.citations}
    assert kinds["Centers for Disease Control and Prevention"] == "organization"
    assert kinds["court filings"] == "document"


@pytest.mark.parametrize("phrase, kind", [
    ("the Chancellor", "official"), ("A No 10 spokesperson", "official"), ("The PCS union", "organization"),
    ("the company", "organization"), ("Treasury sources", "anonymous"), ("Officials", "anonymous"),
    ("the lawyers", "other"), ("Ukraine's air force", "official"), ("the electoral commission", "official"),
    ("state officials", "anonymous"), ("the royal palace", "official"),
    ("Morocco's geophysics institute", "organization"),
    ("Experts not involved in the work", "anonymous"), ("One neurologist", "anonymous"),
    ("an economist at a big bank", "anonymous"), ("a spokesperson", "official"), ("a letter", "document"),
    ("Chinese state media", "publication"), ("state-run television", "publication"), ("the state", "other"),
    ("court records reviewed by The Oregonian", "document"), ("the court", "official"),
    # courts, authorities and lawmakers are official; people counted but not named are anonymous, unless a
    # study's own ('the researchers'); what a body issues is a document; a body described is an organisation
    ("A federal jury", "official"), ("The justices", "official"), ("authorities", "official"),
    ("several ministers", "official"), ("Opposition lawmakers", "official"), ("the statistics office", "official"),
    ("the maritime prefecture", "official"), ("the Coast Guard", "official"), ("the fire brigade", "official"),
    ("the Egyptian presidency", "official"),
    ("Witnesses", "anonymous"), ("Security researchers", "anonymous"), ("Analysts at Jefferies", "anonymous"),
    ("private tech analysts", "anonymous"), ("one woman", "anonymous"), ("Some critics", "anonymous"),
    ("the researchers", "other"),
    ("A poll by Ifop published last week", "document"), ("figures from the national statistics office", "document"),
    ("a tally by the Authors Guild", "document"), ("a count by The Associated Press", "document"),
    ("minutes published alongside the decision", "document"), ("preliminary results", "document"),
    # reports the text does not say whose they are, unlike a named one
    ("reports", "anonymous"), ("local media reports", "anonymous"), ("a report by the watchdog", "document"),
    ("Unions", "organization"), ("A union representing Skyline mechanics", "organization"),
    ("A ransomware group", "organization"), ("the club", "organization"), ("The tech giant", "organization"),
    # a publication named after what it is; not a body whose name holds such a word
    ("the Polish broadcaster TVN24", "publication"), ("the daily Haaretz", "publication"),
    ("state broadcaster RTS", "publication"), ("the Newspaper Guild", "other"),
])
def test_a_source_phrase_without_a_tagged_name_has_the_kind_its_words_say(phrase, kind):
    assert classify(phrase, None) == kind


def test_a_public_agency_known_by_its_initials_is_official_and_no_company():
    assert classify("The FBI", "ORG") == classify("the SEC", "ORG") == classify("the EU", "ORG") == "official"
    assert classify("Ice Cream Co", "ORG") == "organization"  # the initials only in capitals


def test_a_body_named_like_a_document_is_no_document():
    assert classify("The U.S. Geological Survey", "ORG") == "organization"
    assert classify("a survey", None) == classify("the Gallup poll", "ORG") == "document"


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


def test_a_speaker_set_off_by_commas_after_a_quotation_that_ends_its_sentence(annotate_text):
    found = _records(annotate_text('"This is a big year for Bobby Scott!" His niece, Marcia Price, shouted to the crowd.'))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("shouted", "His niece, Marcia Price")]
    found = _records(annotate_text('"The nation is watching Virginia tonight!" Nobody in the packed hall, the mayor '
                                   'said, heard a word of it.'))
    assert [r[2:4] for r in found if r[0] == "direct"] == [(None, None)]


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


def _cue_words(annotated, cue):
    text = annotated.article.text
    quote = next(q for q in annotated.quotes if q.cue == cue)
    return text[slice(*quote.cue_span)], quote.speaker.text if quote.speaker else None


def _contents_by_cue(annotated):
    text = annotated.article.text
    return {text[slice(*q.cue_span)]: text[q.start:q.end] for q in annotated.quotes if not q.nested}


def _speaker_span(annotated, cue):
    quote = next(q for q in annotated.quotes if q.cue == cue)
    return annotated.article.text[slice(*quote.speaker.span)]


def test_maintaining_attributes_only_a_clause(annotate_text):
    annotated = annotate_text("Trump, like Musk, has been rumoured to maintain ties with Putin. The senator "
                              "maintained that he had done nothing wrong during the campaign.")
    assert _contents_by_cue(annotated) == {"maintained": "he had done nothing wrong during the campaign"}


def test_speaking_attributes_what_it_is_about_but_not_where_or_on_what_terms(annotate_text):
    annotated = annotate_text("Clinton has spoken briefly about the need for tighter border control. An official "
                              "spoke on condition of anonymity. Obama spoke at a rally in Ohio on Friday.")
    assert _contents_by_cue(annotated) == {"has spoken briefly about": "the need for tighter border control"}


def test_a_stance_on_what_follows_a_preposition_is_its_holders(annotate_text):
    annotated = annotate_text("Senator Graham was critical of the trade deal. Rubio's criticism of Trump grew sharper "
                              "during the week. Cruz won the endorsement of Glenn Beck in Iowa.")
    text = annotated.article.text
    found = {text[slice(*q.cue_span)]: (text[q.start:q.end], q.speaker.text if q.speaker else None, q.statement)
             for q in annotated.quotes}
    assert found == {"was critical of": ("the trade deal", "Senator Graham", False),
                     "criticism of": ("Trump", "Rubio's", False)}  # Beck endorses Cruz: nothing Cruz holds


def test_what_a_speaker_calls_for_is_the_clause_after_for(annotate_text):
    annotated = annotate_text("Senator McCain is calling for the United States to step up military efforts. "
                              "Clinton called Wednesday for Ginsburg to resign.")
    assert _contents_by_cue(annotated) == {"is calling for": "the United States to step up military efforts",
                                           "called Wednesday for": "Ginsburg to resign"}


def test_a_verb_that_only_carries_a_cue_joins_it_and_others_keep_their_own(annotate_text):
    annotated = annotate_text("Trump continued to question Cruz's temperament on Monday. Clinton declined to say "
                              "whether she would campaign in Ohio.")
    found = _contents_by_cue(annotated)
    assert found["continued to question"] == "Cruz's temperament"
    assert found["declined"].startswith("to say whether she would campaign")
    annotated = annotate_text("In a series of late-night tweets from his golf resort, Trump continued to hammer the "
                              "senator's record on trade.")
    assert _cue_words(annotated, "hammer") == ("continued to hammer", "Trump")
    annotated = annotate_text("Sanders began to question the party's rules after the Nevada caucuses, and he failed "
                              "to denounce the supporters who threw chairs.")
    assert _cue_words(annotated, "question") == ("began to question", "Sanders")
    assert _cue_words(annotated, "denounce") == ("failed to denounce", "he")
    annotated = annotate_text("At the rally in Ohio, Trump went on to say that the wall would be paid for by Mexico.")
    assert _cue_words(annotated, "say") == ("went on to say", "Trump")


def test_the_preposition_a_cue_verb_takes_belongs_to_the_cue(annotate_text):
    annotated = annotate_text("At the rally in Des Moines, Sanders talked about income inequality. Clinton pushed "
                              "back against the criticism of her record.")
    assert _contents_by_cue(annotated) == {"talked about": "income inequality",
                                           "pushed back against": "the criticism of her record"}


def test_a_passive_verb_hands_its_subject_to_the_cue_it_governs(annotate_text):
    annotated = annotate_text("In her speech on Tuesday, Clinton is expected to argue that the senator has fallen "
                              "out of touch with voters in his state.")
    assert _cue_words(annotated, "argue") == ("to argue", "Clinton")


def test_a_noun_cue_without_an_owner_is_held_by_the_subject_of_its_verb(annotate_text):
    annotated = annotate_text("At a rally on Monday, Reid made the suggestion that Trump should receive only false "
                              "information. Bennett denied the notion that a campaign shakeup is coming.")
    assert _contents_by_cue(annotated) == {"made the suggestion": "Trump should receive only false information",
                                           "denied": "the notion that a campaign shakeup is coming"}
    assert _cue_words(annotated, "made the suggestion") == ("made the suggestion", "Reid")
    assert _cue_words(annotated, "denied") == ("denied", "Bennett")


def test_appear_without_a_complement_is_no_cue_and_does_not_hide_the_speaker(annotate_text):
    annotated = annotate_text("Warren appeared with Rachel Maddow and officially endorsed Clinton, saying, “I think "
                              "having a fighter in the lead is exactly what this country needs.”")
    assert all(q.cue != "appeared" for q in annotated.quotes)
    assert _cue_words(annotated, "saying") == ("saying", "Warren")


def test_a_speaker_span_never_takes_in_the_quotation(annotate_text):
    annotated = annotate_text("“That’s a legitimate concern, because they’re very passionate and very "
                              "principled,” Sarandon, 69, told MSNBC Monday.")
    assert _speaker_span(annotated, "told") == "Sarandon, 69"
    annotated = annotate_text('"I am a superdelegate and I do not believe in superdelegates," Warren, who has not '
                              'endorsed a candidate, told reporters.')
    assert _speaker_span(annotated, "told") == "Warren, who has not endorsed a candidate"


def test_a_speaker_the_parser_missed_keeps_the_description_set_off_after_the_name(annotate_text):
    annotated = annotate_text("''They were professionals, but also competitors,'' William M. Daley, President Obama's "
                              "former chief of staff, said of their time in the administration.\n\n\"The risk is "
                              "that we're going to be attracting workers and repelling jobs,\" said Edward Leamer, an "
                              "economist who is the director of the UCLA Anderson Forecast.")
    text = annotated.article.text
    speakers = [text[slice(*q.speaker.span)] for q in annotated.quotes if q.kind == "direct"]
    assert speakers == ["William M. Daley, President Obama's former chief of staff",
                        "Edward Leamer, an economist who is the director of the UCLA Anderson Forecast"]


def test_what_a_document_says_is_said_by_whoever_put_it_out(annotate_text):
    annotated = annotate_text("On Friday, the governor's office put out a statement saying the state does not have the "
                              "capacity to vet every incoming refugee.")
    assert _cue_words(annotated, "saying") == ("put out a statement saying", "the governor's office")
    annotated = annotate_text("Trump unleashed a series of tweets early Friday saying that Clinton had shown bad "
                              "judgment, and her campaign released a statement, saying the claims were false.")
    text = annotated.article.text
    assert sorted(text[slice(*q.cue_span)] for q in annotated.quotes if q.cue == "saying") == [
        "saying", "unleashed a series of tweets early Friday saying"]


def test_a_speaker_is_found_through_parser_slips_and_without_when_it_spoke(annotate_text):
    annotated = annotate_text("Trump joked that Brooklyn was his answer, but went on to say that there are dangerous "
                              "places in America.")
    assert _cue_words(annotated, "joked") == ("joked", "Trump")
    annotated = annotate_text("Speaking in Milwaukee, Trump on Tuesday dismissed Wisconsin Gov. Scott Walker as an "
                              "ineffective leader.")
    assert _speaker_span(annotated, "dismissed") == "Trump"


def test_a_gerund_after_a_preposition_takes_the_subject_of_the_clause_it_finishes(annotate_text):
    annotated = annotate_text("Clinton's campaign took the unusual step of criticizing the intelligence community on "
                              "Friday. Many donors are wary of saying anything that could be construed as critical.")
    assert _cue_words(annotated, "criticizing") == ("took the unusual step of criticizing", "Clinton's campaign")
    assert _cue_words(annotated, "saying") == ("wary of saying", "Many donors")


def test_whom_a_verb_accuses_of_something_stays_out_of_the_cue(annotate_text):
    annotated = annotate_text("Rubio accused Cruz of opposing the bulk collection of phone records, and the campaign "
                              "issued a statement saying the senator had voted against it twice.")
    text = annotated.article.text
    assert sorted(text[slice(*q.cue_span)] for q in annotated.quotes if not q.nested) == [
        "accused", "issued a statement saying"]


def test_a_verb_that_makes_someone_act_hands_them_the_infinitive(annotate_text):
    annotated = annotate_text("Clinton's recent polling decline in Iowa has led some allies to worry whether she could "
                              "lose her dominance in the South.")
    assert _cue_words(annotated, "worry")[1] == "some allies"


def test_a_contracted_has_is_no_passive_and_the_clause_is_the_one_after_the_cue(annotate_text):
    annotated = annotate_text("At every campaign stop this month, he's said he'll fight all the way to the convention "
                              "in Cleveland.")
    assert _contents_by_cue(annotated)["'s said"] == "he'll fight all the way to the convention in Cleveland"
    assert _cue_words(annotated, "said")[1] == "he"


def test_an_extraposed_it_is_no_speaker(annotate_text):
    annotated = annotate_text("It's hard to imagine Republican incumbents surviving in Wisconsin with Trump at the "
                              "top of the ticket.")
    assert _cue_words(annotated, "imagine") == ("to imagine", None)


def test_a_continued_quotation_passes_over_asides_in_the_first_ones_sentence(annotate_text):
    found = _records(annotate_text(
        "“You can’t talk about change if you don’t know what we’re changing,” DuVernay said, emphasizing why "
        "understanding our past is crucial. “What we need to change is our overall collective thinking.”"))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("said", "DuVernay")] * 2
    found = _records(annotate_text(
        '"These are strange days," said Peter Morgan, a lawyer for the Sierra Club, who has been challenging '
        'the coal industry over water pollution for years.\n\n"I don\'t know what his intentions are. But I am '
        'skeptical he can pull it off."'))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("said", "Peter Morgan")] * 2


def test_a_quotation_over_several_paragraphs_is_found_and_keeps_its_speaker(annotate_text):
    annotated = annotate_text(
        "''I am friends with and employ thousands of people of Mexican and Hispanic descent,'' he added. ''The "
        "American justice system relies on fair and impartial judges. All judges should be held to that standard.\n\n"
        "''I do not feel that one's heritage makes them incapable of being impartial.''")
    text = annotated.article.text
    found = [(text[q.start:q.end], q.cue) for q in annotated.quotes if q.kind == "direct"]
    assert found[1] == ("The American justice system relies on fair and impartial judges. All judges should be "
                        "held to that standard.", "added")
    # a quotation left open with nothing after it stays no quotation
    annotated = annotate_text("The senator told reporters on Monday that the plan was ''a disaster for working "
                              "families, and said he would vote against it.\n\nMore details about the plan emerged "
                              "on Tuesday, when the committee published its report.")
    assert not any(q.kind == "direct" for q in annotated.quotes)


def test_a_quoted_transcript_turn_names_its_speaker(annotate_text):
    annotated = annotate_text(
        "Pence spoke to Fox News Sunday. Partial transcript as follows:\n\n\"WALLACE: Let's start with breaking news "
        "on the debate story. Why would Trump do that?\n\n\"PENCE: Well, look, this is America, Chris. It's serious "
        "business.\n\n\"WALLACE: Will she be there tomorrow night?\"")
    text = annotated.article.text
    turns = [(q.speaker.text, text[q.start:q.end][:16]) for q in annotated.quotes if q.kind == "direct"]
    assert turns == [("WALLACE", "Let's start with"), ("PENCE", "Well, look, this"), ("WALLACE", "Will she be ther")]


def test_a_cue_ending_in_a_colon_introduces_the_quotation(annotate_text):
    found = _records(annotate_text(
        'The chief executive said: "Patriot Coal was highly successful when it became an independent company," '
        "adding that its value quadrupled."))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("said", "The chief executive")]
    found = _records(annotate_text(
        "Trump responded by using the example of Chicago to prove that gun control is not the solution.\n\nHe "
        'said:\n\n"We have a situation where we have our inner cities, and they are living in hell."'))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("said", "He")]  # not a continuation of 'to prove'


def test_raising_verbs_and_participles_have_no_speaker_of_their_own(annotate_text):
    annotated = annotate_text("Melania seems to have vanished from the campaign trail. He appeared to suggest that "
                              "veterans who suffer from PTSD might not be as strong as others.")
    assert _cue_words(annotated, "seems") == ("seems", None)
    assert _cue_words(annotated, "suggest") == ("appeared to suggest", "He")
    found = _records(annotate_text("Asked about the explosion on Sunday evening near the station, O'Neill said the "
                                   "device was homemade."))
    assert {r[2]: r[3] for r in found} == {"Asked": None, "said": "O'Neill"}


def test_plans_and_names_modifying_a_noun_are_no_attribution(annotate_text):
    found = _records(annotate_text("In an effort to clarify her statements about the server, the senator spoke on "
                                   "Friday. The donations went to a group called Color of Change."))
    assert found == []


def test_an_object_that_is_made_to_think_is_the_speaker(annotate_text):
    found = _records(annotate_text("That, however, would require Republicans in Washington to recognize that the "
                                   "threat of climate change is real."))
    assert next(r for r in found if r[2] == "recognize")[3] == "Republicans"


def test_words_of_the_quotation_are_never_its_speaker(annotate_text):
    found = _records(annotate_text('"My reaction, that was outrageous," Obama\'s former campaign strategist said '
                                   "in an interview with CNN."))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("said", "Obama's former campaign strategist")]


def test_speakers_the_parser_did_not_make_subjects(annotate_text):
    found = _records(annotate_text('"Having access to the RNC file and two people who understand it is valuable," '
                                   "said Skelly, explaining his choice."))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("said", "Skelly")]
    found = _records(annotate_text('"I\'m not going to say it is a mistake, so forget about it," said retired '
                                   "neurosurgeon Ben Carson, asked about his claims."))
    assert [r[2:4] for r in found if r[0] == "direct"] == [("said", "retired neurosurgeon Ben Carson")]
    found = _records(annotate_text("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said "
                                   "that he spoke with Mr. Sanders on Tuesday."))
    assert next(r for r in found if r[2] == "said")[3] == "Senator Harry Reid"


def test_cues_that_span_their_frame(annotate_text):
    annotated = annotate_text("The bank said in a written statement that the employees had been fired for "
                              "misconduct. Dean began by saying he would never diagnose someone he had not examined.")
    assert _cue_words(annotated, "said") == ("said in a written statement", "The bank")
    assert _cue_words(annotated, "saying") == ("began by saying", "Dean")


def test_a_question_cue_leaves_out_the_subject_between_auxiliary_and_verb(annotate_text):
    annotated = annotate_text("Did the foundation refuse to accept donations from foreign governments? "
                              "Does he know that the polls have closed?")
    text = annotated.article.text
    assert sorted(text[slice(*q.cue_span)] for q in annotated.quotes if not q.nested) == ["know", "refuse"]


def test_a_quotation_without_a_cue_takes_the_clause_that_frames_it(annotate_text):
    found = _records(annotate_text(
        'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit '
        'attacking various people that you competed with or various minority groups in the country and get on '
        'message."\n\nTrump will try to do that in the days ahead.'))
    assert [r[2:4] for r in found if r[0] == "direct"] == [
        ("delivered", "Senate Majority Leader Mitch McConnell")]


def test_a_role_is_the_person_named_beside_it(annotate_text):
    speakers = [q.speaker for q in annotate_text(
        "The Kremlin's spokesman, Dmitry Peskov, told reporters that the report was false.\n"
        "The report, a 40-page document, said the plan would fail.").quotes]
    assert [(s.text, s.name, s.label) for s in speakers] == [
        ("The Kremlin's spokesman, Dmitry Peskov", "Dmitry Peskov", "PERSON"), ("The report", None, None)]


def test_a_speaker_is_named_without_the_time_after_it_or_another_name_for_it(annotate_text):
    [quote] = annotate_text("A federal jury on Wednesday found that MedLine Pharmacies helped fuel the opioid crisis "
                            "in two Ohio counties.").quotes
    assert (quote.cue, quote.speaker.text) == ("found", "A federal jury")
    [quote] = annotate_text("The quake hit at 4:17 a.m. near the town of Elbistan, the Disaster and Emergency "
                            "Management Authority, known as AFAD, said.").quotes
    assert quote.speaker.text == "the Disaster and Emergency Management Authority"  # not the town it hit


def test_he_or_she_is_the_person_speaking_before_never_a_company(annotate_text):
    annotated = annotate_text("The hashtag became a vehicle for offering shelter on Friday night. A Twitter spokesman, "
                              "Christopher Abboud, told Reuters reporter Jane Smith that there were one million tweets "
                              "in ten hours. The hashtag #prayforparis, he said, was used even more.")
    assert [q.speaker.name for q in annotated.quotes if q.speaker and q.speaker.text == "he"] == ["Christopher Abboud"]
    annotated = annotate_text("Ofwat chief executive David Black said the fine was the largest ever imposed. A Thames "
                              "Water spokesperson said the company would appeal the decision. 'We are disappointed,' "
                              "she said.")
    she = next(q for q in annotated.quotes if q.speaker and q.speaker.text == "she")
    assert (she.speaker.name, she.speaker.role) == (None, None)  # not David Black, nor 'the company'


@pytest.mark.parametrize("text, company", [
    ('MedLine said it would appeal the verdict. "We strongly disagree," a spokeswoman said. The company has denied '
     "wrongdoing throughout the case.", "MedLine"),
    ("Goldman Sachs Group Inc. agreed to pay $2 billion to settle the case, the bank said on Monday.",
     "Goldman Sachs Group Inc."),
    ("OpenLab's board has fired its chief executive, the AI startup announced on Tuesday. In a blog post, the company "
     "said a search for a successor was under way.", "OpenLab"),  # 'AI' only describes the startup
    ("OpenLab has fired its chief executive, Maya Chen. Raj Patel will lead the company on an interim basis, the "
     "board said.", "OpenLab"),  # a company's board speaks for it
    ("Google and Microsoft announced a partnership on Monday. The company said the deal would close in March.", None),
    ("The Justice Department opened an inquiry into the deal on Monday. The company said it would cooperate fully.",
     None),
    ("Meridian Health Systems said the stolen data included names and Social Security numbers. The company said it "
     "would offer free credit monitoring.", "Meridian Health Systems"),  # 'Social Security' only names the numbers
    ("Meridian Health Systems said hackers stole patient data. Most systems were back online by Monday. The FBI "
     "confirmed it was investigating. Four emergency rooms turned away ambulances, the company said.",
     "Meridian Health Systems"),  # the FBI is no company; the article has named one
    ('Orbitel was fined by EU regulators on Thursday. "For ten years, Orbitel abused its position," EU competition '
     'chief Teresa Ribera told a news conference.\n\nOrbitel said it would appeal the decision. "The Commission has '
     'ignored the evidence," the company said in a statement.', "Orbitel"),  # tagged in one place, missed in another
])
def test_the_company_is_the_one_business_named_just_before(annotate_text, text, company):
    [speaker] = [q.speaker for q in annotate_text(text).quotes
                 if q.speaker.text.lower() in {"the company", "the bank", "the board"}]
    assert speaker.name == company


def test_it_after_the_bank_is_the_bank_not_a_place_named_in_between(annotate_text):
    annotated = annotate_text("The Bank of Canada has cut its key interest rate to 2.5 per cent. The central bank "
                              "says exports fell sharply as a result of U.S. tariffs. It says it will take a "
                              "meeting-by-meeting approach to future decisions.")
    it = next(q for q in annotated.quotes if q.speaker and q.speaker.text == "It")
    assert (it.speaker.name, it.speaker.role) == ("The Bank of Canada", "bank")


def test_who_after_a_persons_workplace_is_the_person(annotate_text):
    annotated = annotate_text('"The bank left the door open," said Derek Holt, vice-president of capital markets '
                              "economics at Scotiabank, who argued that sticky core inflation would limit further "
                              "easing.")
    [argued] = [q for q in annotated.quotes if q.cue == "argued"]
    assert argued.speaker.name == "Derek Holt"
    annotated = annotate_text("Talks broke down on Monday with the Communication Workers Union, who said the "
                              "offer would cost thousands of jobs.")
    [said] = [q for q in annotated.quotes if q.cue == "said"]
    assert said.speaker.name == "Communication Workers Union"  # no person named: the body it is


def test_a_pronoun_with_two_candidate_antecedents_is_not_forced(annotate_text):
    def speaker_of(text, cue):
        quote = next(q for q in annotate_text(text).quotes if q.cue == cue)
        return quote.speaker.text, quote.speaker.name

    assert speaker_of("Donald Trump and Joe Biden met at the White House on Monday afternoon. He said the meeting "
                      "had gone well and that both sides wanted a deal.", "said") == ("He", None)
    assert speaker_of("Donald Trump met Joe Biden at the White House on Monday afternoon. He said the meeting had "
                      "gone well and that both sides wanted a deal.", "said") == ("He", "Donald Trump")
    # a thing the sentence is about is no one's antecedent: "the planet" does not hide Mr. Obama
    assert speaker_of("Mr. Obama immersed himself in the scientific literature, which left little doubt that the "
                      'planet was warming. "The charts are terrifying," he said.', "said") == ("he", "Obama")
    # 'it' after a lawsuit is the lawsuit, not the place the sentence names in passing
    assert speaker_of("The lawsuit, filed Tuesday in the Northern District of California, asks for damages of more "
                      "than $1.2 billion. It says Parallax used 200,000 pirated books.", "says") == ("It", None)


def test_a_cue_without_a_clause_attributes_its_object_with_the_phrases_that_finish_it(annotate_text):
    found = _records(annotate_text("Clinton tweeted congratulations to Sanders after the results of the Michigan "
                                   "primary came in on Tuesday night."))
    assert [r[1:4] for r in found] == [("congratulations to Sanders", "tweeted", "Clinton")]


def test_a_verb_whose_clause_is_the_quotation_is_its_cue_even_outside_the_lexicon(annotate_text):
    annotated = annotate_text('"Silly boys acting like they have never seen a girl before," scoffed Arianna Gil, '
                              '22, who helped found the skating group in 2014.')
    quote = next(q for q in annotated.quotes if q.kind == "direct")
    assert quote.cue == "scoffed" and quote.speaker.text.startswith("Arianna Gil")


def test_a_closing_quotation_mark_glued_to_the_speakers_name_still_closes_the_quotation(annotate_text):
    annotated = annotate_text("“I think it was most surprising to see somebody who was so affable,”Clinton said "
                              "on Tuesday at the rally.")
    text = annotated.article.text
    quote = next(q for q in annotated.quotes if q.cue == "said")
    assert quote.kind == "direct" and text[quote.start:quote.end].endswith("so affable,")
    assert quote.speaker.text == "Clinton"


def test_the_statement_a_cue_came_in_is_part_of_the_cue_an_interview_is_not(annotate_text):
    annotated = annotate_text('"We are proud of the result and of our workers," the company said in a statement on '
                              'Friday.\n"We will appeal the ruling as soon as we can," the mayor said in an interview.')
    text = annotated.article.text
    assert [text[slice(*q.cue_span)] for q in annotated.quotes] == ["said in a statement", "said"]


@pytest.mark.parametrize("text, cue, speaker", [
    ("“You work hard. You pay your taxes. So why didn’t Donald Trump pay his?” a narrator in the Clinton ad asks.\n"
     "The spot concludes with footage of Trump at the debate.", "asks", "a narrator in the Clinton ad"),
    # the parser splits this one off however the sentence boundaries were preset
    ("The roll call went on for an hour.\n\n“The great state of Alabama is proud to cast its votes!” US Senator "
     "Jeff Sessions said as he launched the vote.", "said", "US Senator Jeff Sessions"),
])
def test_words_after_a_quotation_ending_its_sentence_are_its_cue(annotate_text, text, cue, speaker):
    [quote] = [q for q in annotate_text(text).quotes if q.kind == "direct"]
    assert (quote.cue, quote.speaker.text) == (cue, speaker)


def test_a_speaker_ends_where_its_words_begin(annotate_text):
    annotated = annotate_text("According to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and "
                              "desperation.")
    [quote] = annotated.quotes
    text = annotated.article.text
    assert text[quote.start:quote.end] == "the move reeks of “fear” and desperation"
    assert text[slice(*quote.speaker.span)] == "conservative talk radio host Rush Limbaugh"


def test_the_verb_that_speaks_beside_a_quotation_is_its_cue_phrasal_or_an_answer(annotate_text):
    annotated = annotate_text('Trump said the program worked well for years.\n"We ought to start it up again and get '
                              'going. This is a lot of nonsense that we ended that," he went on.\n"Don\'t forget '
                              'Betsy\'s husband Tom, I have been friends with her since school," her husband cut in.')
    text = annotated.article.text
    assert [(text[slice(*q.cue_span)], q.speaker.text) for q in annotated.quotes if q.kind == "direct"] == [
        ("went on", "he"), ("cut in", "her husband")]
    annotated = annotate_text('Asked what Clinton had achieved in eight years, Bozell answered, "Welfare reform and two '
                              'Supreme Court justices, and not a single thing more."')
    assert [q.cue for q in annotated.quotes if q.kind == "direct"] == ["answered"]


def test_words_between_the_cue_and_a_colon_opening_the_quotation_join_the_cue(annotate_text):
    annotated = annotate_text('Ryan had one message: "It is time to quit attacking people."\nTrump told the crowd: '
                              '"We are going to win this state."\nClinton recalled the pay freeze: "I saw how hard '
                              'it was for them."')
    text = annotated.article.text
    assert [text[slice(*q.cue_span)] for q in annotated.quotes if q.kind == "direct"] == [
        "had one message:", "told", "recalled"]


def test_a_participle_set_off_after_the_speaker_is_not_part_of_its_name(annotate_text):
    text = ("The minister, speaking to reporters in Brussels, said the deal was dead unless Paris changed its "
            "position on the tariffs.")
    [quote] = annotate_text(text).quotes
    assert quote.speaker.text == text[slice(*quote.speaker.span)] == "The minister"
    text = "According to the indictment, unsealed on Thursday in Brooklyn, the men laundered at least $30 million."
    [quote] = annotate_text(text).quotes
    assert quote.speaker.text == "the indictment"


def test_an_adjective_with_a_clause_attributes_a_stance_to_its_subject(annotate_text):
    annotated = annotate_text("Party leaders in the Senate were confident on Monday that the spending bill would pass "
                              "before the summer recess.")
    quote = next(q for q in annotated.quotes if q.cue == "were confident")
    text = annotated.article.text
    assert text[quote.start:quote.end] == "the spending bill would pass before the summer recess"
    assert quote.speaker.text == "Party leaders in the Senate" and not quote.statement


def test_an_infinitive_after_be_and_an_adjective_is_one_cue_with_them(annotate_text):
    annotated = annotate_text("Voters under 30 were more likely to say that Sanders understands their problems, and "
                              "the senator was not willing to say who his running mate would be.")
    text = annotated.article.text
    assert sorted(text[slice(*q.cue_span)] for q in annotated.quotes) == [
        "was not willing to say", "were more likely to say"]


def test_reported_words_end_before_the_writers_relative_clause_apposition_or_contrast(annotate_text):
    annotated = annotate_text("Sanders has railed against the Trans-Pacific Partnership, which the administration "
                              "finished negotiating last year.\nClinton accused Sanders of running a smear campaign, "
                              "while Sanders suggests she is a captive of the establishment.")
    contents = _contents_by_cue(annotated)
    assert contents["has railed against"] == "the Trans-Pacific Partnership"
    assert contents["accused"] == "Sanders of running a smear campaign"
    annotated = annotate_text("Sanders has railed against the Trans-Pacific Partnership, the 12-country trade deal "
                              "the administration finished negotiating last year.")
    assert _contents_by_cue(annotated)["has railed against"] == "the Trans-Pacific Partnership"
    annotated = annotate_text("Clinton stressed those worries during a forum at Peking University on Sunday, and "
                              "Sanders tweeted his congratulations to the winners.")
    contents = _contents_by_cue(annotated)
    assert contents["stressed"] == "those worries"  # not where or when
    assert contents["tweeted"] == "his congratulations to the winners"
    annotated = annotate_text("Trump has criticized the Pacific trade deal in almost every speech he gave since the "
                              "spring primaries.")
    assert _contents_by_cue(annotated)["has criticized"] == "the Pacific trade deal"
    # a concession that is an attribution of its own; not one the speaker makes
    annotated = annotate_text('Sources close to the negotiations said the two sides were "very close" to a deal, '
                              "though they cautioned that talks could still collapse.")
    assert _contents_by_cue(annotated)["said"] == 'the two sides were "very close" to a deal'
    words = "profits rose sharply in the third quarter, though sales fell 2% in Europe"
    assert _contents_by_cue(annotate_text(f"The company said {words}."))["said"] == words


def test_quotation_marks_open_after_a_no_break_space_and_close_glued_to_the_next_word():
    text = "“Like Oakland. Or Ferguson,”\xa0Trump said.\xa0“The crime numbers are worse,”Clinton replied."
    assert [text[start:end] for start, end in find_quoted_spans(text)] == [
        "Like Oakland. Or Ferguson,", "The crime numbers are worse,"]
    # a mark inside a word closes nothing: 'the "Joe"s of this world'
    text = 'He greeted the "Joe"s of this world and said "hello."'
    assert [text[start:end] for start, end in find_quoted_spans(text)] == ["hello."]


def test_single_quotation_marks_quote_in_british_style_but_apostrophes_do_not():
    def quoted(text):
        return [text[start:end] for start, end in find_quoted_spans(text)]

    assert quoted("‘We support the students’ union,’ he said. Musk’s firm called the plan ‘reckless’ and the "
                  "students’ union agreed; in the ’90s it was ‘cool’.") == [
        "We support the students’ union,", "reckless", "cool"]
    # inside double marks, single ones quote within the quotation
    assert quoted("“He told me ‘no’ twice,” she said.") == ["He told me ‘no’ twice,"]
    # straight single marks quote only in a text without double ones, where they cannot be inner quotes
    assert quoted("'We don't know,' he said. 'It's the students' call.'") == [
        "We don't know,", "It's the students' call."]
    assert quoted("\"We don't know,\" he said of the 'plan'.") == ["We don't know,"]


def test_british_quotations_are_direct_quotes_of_the_person_named_beside_the_role(annotate_text):
    found = _quotes(annotate_text("The government will not withdraw the asylum bill, its sponsor told MPs on "
                                  "Tuesday.\n‘We will not back down,’ said the minister, Priti Patel. ‘This is about "
                                  "fairness.’"))
    assert found == [("indirect", "The government will not withdraw the asylum bill", "told", "its sponsor"),
                     ("direct", "We will not back down,", "said", "Priti Patel"),
                     ("direct", "This is about fairness.", "said", "Priti Patel")]


def test_a_nickname_inside_a_name_is_no_quotation(annotate_text):
    text = '"We have to show that we have his back," said Marcia "Cia" Price, a state delegate.'
    assert [text[start:end] for start, end in find_quoted_spans(text)] == [
        "We have to show that we have his back,"]
    found = _records(annotate_text(text))
    assert [r[:4] for r in found] == [("direct", "We have to show that we have his back,", "said", 'Marcia "Cia" Price')]
    # a quoted name after a lowercase word is still quoted: 'called him "Little Marco" on stage'
    assert find_quoted_spans('He called him "Little Marco" Tuesday.') == [(15, 27)]


def test_adverbs_inside_the_verb_group_belong_to_the_cue(annotate_text):
    annotated = annotate_text("The senator has also repeatedly said that the plan would raise taxes on families, "
                              "and her aides quickly denied the report on Monday.")
    text = annotated.article.text
    cues = {text[slice(*q.cue_span)] for q in annotated.quotes}
    assert {"has also repeatedly said", "quickly denied"} <= cues


def test_whoever_asked_is_no_speaker_even_when_the_participle_is_tagged_past_tense(annotate_text):
    annotated = annotate_text("The senator spoke at length on Monday.\nAsked what might surprise people about him, "
                              "he says he still meets up every year with his buddies from school.")
    asked = next(q for q in annotated.quotes if q.cue == "Asked")
    assert asked.speaker is None
    assert next(q for q in annotated.quotes if q.cue == "says").speaker.text == "he"


def test_a_speakers_words_stop_before_a_cue_the_parser_hung_inside_them(annotate_text):
    annotated = annotate_text("A person familiar with the situation, who spoke on condition of anonymity to discuss the "
                              "sensitive matter, confirmed to The Associated Press that Musk and Putin have had contact "
                              "through calls.")
    speaker = next(q for q in annotated.quotes if q.cue == "confirmed").speaker
    assert speaker.text.startswith("A person familiar with the situation") and "confirmed" not in speaker.text


def test_a_name_and_a_colon_before_a_quotation_name_its_speaker(annotate_text):
    annotated = annotate_text("The demographic interplay has been important for Republican contests - Philip Bump: "
                              "“Two weeks ago, the strongest territory had been the South. Now, it is the Northeast.”")
    quote = next(q for q in annotated.quotes if q.kind == "direct")
    assert (quote.cue, quote.speaker.text) == (":", "Philip Bump")
    annotated = annotate_text("The senator has said little about taxes this year.\nSaid Ellis: “I don’t get the "
                              "sense she’s the least bit interested in tax reform.”")
    quote = next(q for q in annotated.quotes if q.kind == "direct")
    assert (quote.cue, quote.speaker.text) == ("Said", "Ellis")


SPEAKERS = {
    "a day before a verb the parser left without a subject is no speaker": (
        "The Washington Post columnist Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she "
        "agreed with him.", "wrote", "The Washington Post columnist Ruth Marcus"),
    "a contracted 'has' before an object is no passive": (
        "Since January he's promised big wins at every diner stop, every rally and every town hall meeting in the "
        "state.", "promised", "he"),
    "who is convinced holds the stance": (
        "Many Democrats are convinced that the president could have accomplished much more in his second term.",
        "convinced", "Many Democrats"),
    "who is assured of something holds it": (
        "After Tuesday, Clinton is now assured of winning at least 334 of the 865 delegates.", "assured", "Clinton"),
    "people an ad shows speak for themselves": (
        "Hillary Clinton unveiled her first Spanish-language campaign ad, featuring Hispanics telling their family "
        "stories and criticizing Donald Trump's immigration proposals.", "criticizing", "Hispanics"),
    "a relative pronoun speaks for the name its noun describes": (
        "The head of any large contractor would face similar questions, said Ben Friedman, policy director at "
        "Defense Priorities, a group that calls for a restrained foreign policy.", "calls", "Defense Priorities"),
    "a description the parser set beside an earlier noun": (
        "Although there is no such overlap with Sanders's team, a White House official who spoke anonymously to "
        'discuss internal strategy said Wednesday, "Certainly there are discussions between the White House and the '
        'Sanders campaign."', "said", "a White House official"),
    "a verb left without subject shares the clause's before it": (
        "Pollster Ann Selzer is happy to be Iowa’s “silver standard,” says she warned about surprises.", "says",
        "Pollster Ann Selzer"),
    "who stopped short of a gerund speaks through it": (
        "Trump described the incident as a terrible situation, but stopped short of calling the shooting racially "
        "motivated.", "calling", "Trump"),
    "a plan's owner means what it is intended for": (
        "Mrs. Clinton's plan is intended to show voters that she would protect the middle class from tax "
        "increases.", "intended", "Mrs. Clinton's"),
    "what is expected is expected by no one named": (
        "Sanders's profile in the Senate is expected to increase once he returns to the chamber full time next "
        "month.", "expected", None),
    "a participle right after the cue of a quotation": (
        '"The American people do not agree with Trump," Sanders said, suggesting a few questions, including, "Mr. '
        'Trump, do you really think that billionaires need a tax break?"', "suggesting", "Sanders"),
}


@pytest.mark.parametrize("text, cue, speaker", SPEAKERS.values(), ids=SPEAKERS.keys())
def test_who_speaks(annotate_text, text, cue, speaker):
    assert _cue_words(annotate_text(text), cue)[1] == speaker


SPEAKER_SPANS = {
    "the cue the parser hung inside the speaker ends it": (
        "Clinton will focus on what she would do to make people's lives better - a message that has generated "
        "little excitement during the primaries.", "focus", "Clinton"),
    "a dateline the parser takes for a subject is no speaker": (
        "WASHINGTON -- President Obama on Thursday nominated Jim Yong Kim for a second term, saying the bank had "
        "done well under his leadership.", "saying", "President Obama"),
    "a wire's dateline neither": (
        "LOS ANGELES (AP) — Hillary Clinton and her allies dove deeper into the record on Tuesday, criticizing the "
        "housing plan in a new round of attacks.", "criticizing", "Hillary Clinton and her allies"),
    "a name set beside its description inside a phrase before the cue": (
        "But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad, "
        "said the raid was a combat operation.", "said", "Col. Steven H. Warren, a military spokesman in Baghdad"),
    "a participle that tells who speaks stays": (
        "A union representing flight attendants endorsed Hillary Clinton on Monday, saying she would protect "
        "workers.", "saying", "A union representing flight attendants"),
    "a participle set off by commas goes": (
        "Trump, speaking to a crowd of veterans in Ohio on Monday, said the new health plan would fail them.", "said",
        "Trump"),
    "two subjects the parser gave the cue are one speaker": (
        'In an extended appearance on "Morning Joe," co-host Mika Brzezinski asked Trump how he would handle the '
        'deportation of everyone in the country illegally.', "asked", "co-host Mika Brzezinski"),
    "a title and a name the parser split": (
        "Vatican spokesman the Rev. Federico Lombardi said that the pope has no plans to address the conference.",
        "said", "Vatican spokesman the Rev. Federico Lombardi"),
    "a time the role held stays when its name follows": (
        "The American ambassador at the time, John E. Herbst, wrote that Ukraine was at risk.", "wrote",
        "The American ambassador at the time, John E. Herbst"),
    "a relative clause that reports goes": (
        "Podesta, who said the project was vetted by his firm's counsel, insisted he was unaware of any "
        "such disagreements.", "insisted", "Podesta"),
    "a relative clause that describes stays": (
        "Ted Cruz, who has experienced a surge in Iowa, said he would not attack Trump.", "said", "Ted Cruz, who has "
        "experienced a surge in Iowa"),
}


@pytest.mark.parametrize("text, cue, speaker", SPEAKER_SPANS.values(), ids=SPEAKER_SPANS.keys())
def test_speaker_spans(annotate_text, text, cue, speaker):
    assert _speaker_span(annotate_text(text), cue) == speaker


def test_a_parenthetical_cue_hung_on_an_auxiliary_reports_the_whole_clause(annotate_text):
    annotated = annotate_text("Even then, he said, he’s learned enough about Hillary Clinton that he’s fairly sure he "
                              "can’t support her in the fall.")
    text = annotated.article.text
    said = next(q for q in annotated.quotes if q.cue == "said")
    assert "learned enough about Hillary Clinton" in text[said.start:said.end]


def test_a_participle_set_off_after_reported_words_is_its_own_cue_for_the_same_speaker(annotate_text):
    annotated = annotate_text("Sen. David Perdue said he didn't believe those characterizations hurt Romney in 2012, "
                              "arguing that it was divisions in the party that were a bigger hurdle.\nClinton told the "
                              "audience that she believes we must push policies that help, saying that \"race still "
                              "determines too much\" in America, including how people are treated.")
    contents = _contents_by_cue(annotated)
    assert contents["said"] == "he didn't believe those characterizations hurt Romney in 2012"
    assert contents["arguing"] == "it was divisions in the party that were a bigger hurdle"
    assert contents["told"] == "she believes we must push policies that help"
    assert contents["saying"].startswith('race still determines too much" in America')
    assert _speaker_span(annotated, "arguing") == "Sen. David Perdue"
    assert _speaker_span(annotated, "saying") == "Clinton"


def test_an_object_that_only_announces_a_quotation_joins_the_cue(annotate_text):
    annotated = annotate_text('The campaign released the following statement: "We are proud of the result."\n'
                              'The union sent a letter saying, "Our members will strike on Monday."')
    assert [(q.kind, annotated.article.text[q.start:q.end],
             annotated.article.text[slice(*q.cue_span)]) for q in annotated.quotes] == [
        ("direct", "We are proud of the result.", "released the following statement:"),
        ("direct", "Our members will strike on Monday.", "sent a letter saying")]


def test_whom_a_verb_takes_to_task_for_a_gerund_says_it_and_a_denial_denied_by_no_one_is_none(annotate_text):
    annotated = annotate_text("Musk hasn’t addressed the report other than calling pundit Keith Olbermann a “ret—d” "
                              "for suggesting the relationship would pose a security risk to the U.S.\nMusk countered "
                              "that his Starlink satellite connectivity is making Ukraine’s defense against Russia "
                              "possible. But he didn’t outright deny having discussions with Moscow.")
    assert _speaker_span(annotated, "calling") == "Musk"
    assert _speaker_span(annotated, "suggesting") == "pundit Keith Olbermann"
    assert not any(q.cue == "deny" for q in annotated.quotes)  # "didn't deny" denies nothing


def test_reported_words_start_after_the_dateline(annotate_text):
    annotated = annotate_text("WASHINGTON — (AP) — Elon Musk has been in regular contact with Russian President "
                              "Vladimir Putin for the last two years, The Wall Street Journal reported.")
    assert _contents_by_cue(annotated)["reported"] == (
        "Elon Musk has been in regular contact with Russian President Vladimir Putin for the last two years")


def test_a_name_the_article_shows_to_be_a_business_is_no_person(annotate_text):
    annotated = annotate_text("Elon Musk, the billionaire owner of major government contractor SpaceX, has been in "
                              "contact with Vladimir Putin. SpaceX did not respond to a request for comment.\n"
                              "Businessman Bruce Rauner and manufacturer Ron Johnson were elected in 2010.")
    labels = {mention.text: mention.label for mention in annotated.mentions}
    assert labels["SpaceX"] == "ORG"
    assert labels["Elon Musk"] == labels["Ron Johnson"] == "PERSON"  # a person's trade names no business
    # the tagger takes these for a work and a place
    annotated = annotate_text("The water company Thames Water has been fined a record sum by the regulator Ofwat for "
                              "failures in how it ran its sewage treatment works.")
    assert {(m.text, m.label) for m in annotated.mentions} >= {("Thames Water", "ORG"), ("Ofwat", "ORG")}


@pytest.mark.parametrize("text, names", [
    # where a person works is an organisation
    ('"Outages like this show how much of the internet now depends on a handful of companies," said Maya Richter, '
     "an analyst at Forrester.", {("Maya Richter", "PERSON"), ("Forrester", "ORG")}),
    # initialisms of common nouns are no names
    ("Shares of AI chipmaker Lumora jumped 41% in their Nasdaq debut on Thursday, the largest tech IPO of the year.",
     {("Lumora", "ORG"), ("Nasdaq", "ORG")}),
    ("A group of authors sued Parallax Labs, accusing the A.I. company of training its chatbot on pirated books.",
     {("Parallax Labs", "ORG")}),
    # a country is a place, whatever the tagger says
    ("Mozambique's disaster management agency, INGD, says at least 12 people have died in the cyclone.",
     {("Mozambique", "GPE"), ("INGD", "ORG")}),
], ids=["workplace", "initialisms", "initialisms with dots", "country"])
def test_the_names_of_a_text_are_what_the_text_shows_them_to_be(annotate_text, text, names):
    assert {(m.text, m.label) for m in annotate_text(text).mentions} == names


def test_a_name_after_a_word_for_a_business_is_one_but_not_who_founded_it_nor_a_country(annotate_text):
    annotated = annotate_text("A rocket operated by US start-up Helix Launch has exploded over the Atlantic shortly "
                              "after taking off from Florida. The Vega-2 vehicle broke up roughly a minute into its "
                              "flight, the company said. The US aviation regulator, the FAA, said it had briefly "
                              "stopped flights.\n\nShe left the firm Jane Doe founded in 2010.")
    labels = {m.text: m.label for m in annotated.mentions}
    assert (labels["Helix"], labels["Jane Doe"], labels["US"]) == ("ORG", "PERSON", "GPE")
    assert next(q.speaker.name for q in annotated.quotes if q.cue == "said") == "Helix"
    annotated = annotate_text("A rocket built by the startup Helix Launch exploded about 70 seconds after liftoff on "
                              "Thursday.\n\nHelix has raised about $600 million from investors.")
    assert {(m.text, m.label) for m in annotated.mentions} >= {("Helix Launch", "ORG"), ("Helix", "ORG")}


def test_a_railroad_named_beside_its_kind_is_the_company_that_speaks(annotate_text):
    annotated = annotate_text("The Lake Shore Limited was traveling from Chicago to New York, Amtrak said.\n\nA freight "
                              "railroad, Norfolk Southern, owns the track. The company said it had inspected the line on "
                              "Thursday and found no defects.")
    assert next(q.speaker.name for q in annotated.quotes if q.speaker.text == "The company") == "Norfolk Southern"


def test_a_fund_named_before_its_kind_is_an_organisation_and_a_widow_is_no_part_of_her_name(annotate_text):
    annotated = annotate_text("More than 6,000 people had put money into Kessel's Aurora Digital fund, which collapsed "
                              "in March 2024.\n\nWidow Helen Marsh, 61, lost her entire £210,000 pension.")
    assert {(m.text, m.label) for m in annotated.mentions} >= {("Aurora Digital", "ORG"), ("Helen Marsh", "PERSON")}
    assert not any(m.text.startswith("Widow") for m in annotated.mentions)


def test_a_quotation_glued_to_the_comma_after_its_cue_keeps_the_cue_and_a_loose_second_verb_its_subject(
        annotate_text):
    annotated = annotate_text("Ryan said,“Look, anti-Semitic images, they’ve got no place in a presidential "
                              "campaign. Candidates should know that.”\nClinton paused, then revealed why the activism "
                              "was especially moving.")
    assert _speaker_span(annotated, "said") == "Ryan"
    assert _speaker_span(annotated, "revealed") == "Clinton"


def test_a_quotation_after_a_connective_continues_the_previous_speaker(annotate_text):
    annotated = annotate_text("“I don’t think it’s do or die, any endorsement in particular,” he said outside the "
                              "building. But “Donald Trump’s candidacy is strengthened with an endorsement from him.”")
    text = annotated.article.text
    second = next(q for q in annotated.quotes if text[q.start:q.end].startswith("Donald Trump’s candidacy"))
    assert (second.cue, text[slice(*second.speaker.span)]) == ("said", "he")


def test_a_sentence_ends_after_a_quoted_fragment_that_closes_it(annotate_text):
    annotated = annotate_text('In his speech on Wednesday, Trump proclaimed a goal of "Peace Through Strength." He '
                              'told an invited crowd at the club that he wants a foreign policy "focused on advancing '
                              'core national interests."\n"Who can remember how many states I have lost in a row? Is '
                              'it two? Three?" Clinton asks.')
    contents = _contents_by_cue(annotated)
    assert contents["proclaimed"] == 'a goal of "Peace Through Strength."'
    assert contents["told"].startswith("he wants a foreign policy")
    assert contents["asks"].endswith("Is it two? Three?")  # a quotation opening its sentence keeps its cue


def test_a_name_the_parser_took_for_an_adverb_or_a_modal_is_the_speaker_not_part_of_the_cue(annotate_text):
    annotated = annotate_text("And Skelly called Braynard “a real smart guy. I would like to think so.”\n"
                              "“This might, and should, hasten the eclipse of Carly Fiorina,” Will wrote.\n"
                              "Hillary Just Vowed To Never Utter These 2 Words")
    spans = {annotated.article.text[slice(*q.cue_span)]: annotated.article.text[slice(*q.speaker.span)]
             for q in annotated.quotes if q.speaker is not None}
    assert spans["called"] == "Skelly" and spans["wrote"] == "Will"


def test_according_to_credits_the_clause_it_closes_and_is_no_part_of_another_cues_words(annotate_text):
    annotated = annotate_text("An average of 81 percent of Democrats approve of Obama, according to HuffPost Pollster.\n"
                              "Clinton leads Sanders by 271 pledged delegates according to a count by The Associated "
                              "Press, but the democratic socialist has vowed to soldier on.")
    text = annotated.article.text
    credited = [(text[q.start:q.end], q.nested) for q in annotated.quotes if q.cue == "according to"]
    assert credited == [("An average of 81 percent of Democrats approve of Obama", False),
                        ("Clinton leads Sanders by 271 pledged delegates", False)]


def test_a_verb_that_points_to_something_attributes_what_it_points_to(annotate_text):
    annotated = annotate_text("“I am a unifier, unlike our president right now,” Trump said, referring to Barack Obama.")
    quote = next(q for q in annotated.quotes if q.cue == "referring")
    text = annotated.article.text
    assert (text[quote.start:quote.end], text[slice(*quote.cue_span)], text[slice(*quote.speaker.span)]) == (
        "Barack Obama", "referring to", "Trump")


def test_a_verb_of_saying_added_to_reported_words_is_the_reporters_own_cue(annotate_text):
    annotated = annotate_text("Appearing before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, "
                              "said it was too early to congratulate winners but added, \"I think you all have an idea "
                              "of the results.\"")
    contents = _contents_by_cue(annotated)
    assert contents["said"] == "it was too early to congratulate winners"
    assert contents["added"] == "I think you all have an idea of the results."
    assert _speaker_span(annotated, "added").startswith("Suu Kyi")
    # before its cue, a verb of saying is one of the reported words
    annotated = annotate_text("Eggleston expressed concern about the letter and said it could hurt the strategy, "
                              "people familiar with the session said.")
    assert _contents_by_cue(annotated)["said"] == ("Eggleston expressed concern about the letter and said it could "
                                                   "hurt the strategy")


def test_find_and_mean_attribute_only_what_someone_found(annotate_text):
    annotated = annotate_text("Young graduates often can't find jobs that make good use of their education.\n"
                              "That means the party has to change its message before November.\n"
                              "A new poll found that most voters distrust both candidates.")
    assert [(q.cue, annotated.article.text[q.start:q.end]) for q in annotated.quotes] == [
        ("found", "most voters distrust both candidates")]


def test_the_one_asked_answers_unless_the_quotation_is_the_question(annotate_text):
    annotated = annotate_text("Asked which Iowa county was his favorite, he demurred: “Whichever one I’m in at the "
                              "moment.”\nAsked if Sanders is “realistic enough to serve effectively as president,” 72 "
                              "percent of Democrats said yes while 48 percent overall agreed.\nTrump gestured as if to "
                              "stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”")
    text = annotated.article.text
    cues = {text[q.start:q.end]: q.cue for q in annotated.quotes if q.kind == "direct"}
    assert cues["Whichever one I’m in at the moment."] == "demurred"
    assert cues["realistic enough to serve effectively as president,"] == "Asked"
    assert cues["Let’s defeat her in November."] == "boomed"


def test_only_the_that_opening_a_clause_is_left_out_of_the_content(annotate_text):
    annotated = annotate_text("Both men deny that report. The mayor said that the bridge was safe. "
                              "The governor said that was wrong.")
    contents = [annotated.article.text[q.start:q.end] for q in annotated.quotes]
    assert contents == ["that report", "the bridge was safe", "that was wrong"]


def test_a_person_named_after_their_role_before_the_cue_speaks_whatever_the_role_was_hung_on(annotate_text):
    annotated = annotate_text("Asked whether Brazil would join China's Belt and Road Initiative, Brazil's foreign "
                              "minister, Mauro Vieira, said the government was still studying the proposal.")
    [said] = [q for q in annotated.quotes if q.cue == "said"]
    assert (said.speaker.name, annotated.article.text[slice(*said.speaker.span)]) == (
        "Mauro Vieira", "Brazil's foreign minister, Mauro Vieira")


def test_a_relative_clause_reported_after_its_pronoun_is_the_words_after_the_cue(annotate_text):
    annotated = annotate_text("Last month, Orbitel announced changes to its store terms in Europe, which the "
                              "Commission said did not go far enough.")
    [said] = [q for q in annotated.quotes if q.cue == "said"]
    assert (annotated.article.text[said.start:said.end], said.speaker.text) == ("did not go far enough",
                                                                                "the Commission")


def test_a_verb_after_an_inserted_attribution_continues_the_reported_speaker(annotate_text):
    annotated = annotate_text("Kremlin spokesman Dmitry Peskov confirmed one telephone call took place between Musk and "
                              "Putin where they discussed “space as well as current and future technologies,” the "
                              "outlet reported, but denied there had been regular conversations.\n"
                              "He proposes breaking up the banks; she backs tougher rules but embraces the law.")
    assert _speaker_span(annotated, "denied") == "Kremlin spokesman Dmitry Peskov"
    assert _speaker_span(annotated, "reported") == "the outlet"
    assert _speaker_span(annotated, "embraces") == "she"


def test_an_unnamed_source_is_listed_without_the_clause_describing_it(annotate_text):
    annotated = annotate_text("A person familiar with the situation, who spoke on condition of anonymity to discuss "
                              "the matter, confirmed that the two men had spoken.")
    assert [display_name(c.ref) for c in annotated.citations] == ["person familiar with the situation"]


def test_whom_a_call_names_and_what_they_are_to_do_is_the_content(annotate_text):
    annotated = annotate_text("In June, the senator called on fellow Republicans to unendorse Trump. Sanders has "
                              "called for the former secretary of state to release the transcripts of her speeches.")
    contents = _contents_by_cue(annotated)
    assert contents["called on"] == "fellow Republicans to unendorse Trump"
    assert contents["has called for"] == "the former secretary of state to release the transcripts of her speeches"
    assert "to release" not in contents  # what the secretary is to do, not what Sanders says


def test_a_manner_adverb_after_the_cue_belongs_to_it(annotate_text):
    annotated = annotate_text("“The trial is over and the verdict stands,” she said flatly after the hearing. “We will "
                              "appeal the ruling as soon as we can,” the lawyer told reporters outside the court.")
    cues = [annotated.article.text[slice(*q.cue_span)] for q in annotated.quotes]
    assert cues == ["said flatly", "told"]


def test_he_is_the_last_person_speaking_not_one_his_words_speak_of(annotate_text):
    annotated = annotate_text(
        "Frank Luntz, a Republican expert on political messaging, said Mr. Cameron had failed to humanize his "
        "campaign. The slogan shared by the campaign and Mrs. Clinton feels bloodless compared with the "
        "appeals of Mr. Trump, he said.\n"
        "Mrs. Clinton and Mr. Kaine toured a factory in Ohio on Monday. He said the economy was stronger than "
        "it looked.\nMr. Khan said on Sunday that Mr. Trump had shown disrespect to his wife, and he accused Mr. "
        "Trump of running a campaign of hatred.")
    speakers = {text: speaker for _, text, _, speaker in _quotes(annotated)}
    assert speakers["Mr. Cameron had failed to humanize his campaign"] == "Frank Luntz"
    assert next(s for t, s in speakers.items() if t.startswith("The slogan")) == "Frank Luntz"
    assert speakers["the economy was stronger than it looked"] == "Kaine"  # not 'Mrs. Clinton'
    assert speakers["Mr. Trump of running a campaign of hatred"] == "Khan"  # not whom Khan spoke of


def test_a_comparison_with_what_people_think_reports_nothing(annotate_text):
    annotated = annotate_text("Thursday's Brexit referendum was an unnerving reminder that voter anger is deeper and "
                              "broader than many elite politicians and veteran pollsters realize. Sales rose faster "
                              "than analysts had expected, the company said.")
    assert [q.cue for q in annotated.quotes] == ["said"]


def test_a_cue_after_a_typewriter_quotation_ending_its_sentence(annotate_text):
    annotated = annotate_text(
        "Hillary Clinton reprimanded Mr. Trump, saying that he had answered the family's sacrifice with "
        "disrespect.\n\n''Mr. Khan made the ultimate sacrifice in his family, didn't he?'' Mrs. Clinton said.\n\n"
        "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack is the "
        "work of terrorists.''\n\n''They are just throwing renewables at a coal base.'' While environmentalists "
        "welcomed the announcement, they were less pleased by the plans for coal.")
    speakers = {text: (cue, speaker) for _, text, cue, speaker in _quotes(annotated)}
    assert speakers["Mr. Khan made the ultimate sacrifice in his family, didn't he?"] == ("said", "Clinton")
    assert speakers["We are not terrorists."] == ("said", "Alawee")
    assert speakers["The attack is the work of terrorists."] == ("said", "Zahed")
    assert speakers["They are just throwing renewables at a coal base."][0] != "welcomed"


def test_a_quotation_without_a_cue_continues_the_speaker_not_whom_they_spoke_of(annotate_text):
    annotated = annotate_text("Hillary Clinton reprimanded Mr. Trump, saying that Mr. Trump had answered the family's "
                              "sacrifice with disrespect.\n\n“Mr. Khan made the ultimate sacrifice in his family.”")
    speakers = {text: speaker for _, text, _, speaker in _quotes(annotated)}
    assert speakers["Mr. Khan made the ultimate sacrifice in his family."] == "Hillary Clinton"


def test_a_share_of_those_polled_speaks(annotate_text):
    annotated = annotate_text("About 4 in 10 say they want the next president to change course on trade.")
    [quote] = [q for q in annotated.quotes if q.cue == "say"]
    assert quote.speaker.text == "About 4 in 10"


def test_a_time_phrase_before_or_after_the_verb_is_not_the_cue(annotate_text):
    annotated = annotate_text("Kirby also said for the first time that some emails between Clinton and President Obama "
                              "have been located. Trump, who weeks ago said the country was a mess, spoke on Monday.")
    assert _contents_by_cue(annotated) == {
        "also said": "some emails between Clinton and President Obama have been located",
        "said": "the country was a mess"}


def test_a_news_outlet_is_an_organisation_whatever_the_tagger_says(annotate_text):
    annotated = annotate_text("According to Bloomberg, swaps traders now see about a 50 per cent chance of a second "
                              "cut next month.")
    assert {m.text: m.label for m in annotated.mentions}.get("Bloomberg") == "ORG"


def test_a_datelines_date_is_no_event_of_the_text(annotate_text):
    annotated = annotate_text("PARIS, Oct 24 (Reuters) - Thousands of people marched across France on Wednesday "
                              "against the government's plan to raise the retirement age to 65.")
    assert [(t.text, t.value) for t in annotated.times] == [("Wednesday", "2024-10-23")]


FIGURES_CREDITED = {
    "a figure set 'at' is what a measuring verb says": (
        "Police estimated the crowd at 20,000 on Saturday as marchers filled the streets of central Paris.",
        {("estimated", "Police", "the crowd at 20,000")}),
    "putting a figure at a value attributes it": (
        "The CGT union put the national figure at 1.3 million after a day of marches in every French city.",
        {("put", "The CGT union", "the national figure at 1.3 million")}),
    "another's figure joined by 'but' is not in the first one's content": (
        "Organizers said about 50,000 people took part in the march, but police put the number at 12,000.",
        {("said", "Organizers", "about 50,000 people took part in the march"),
         ("put", "police", "the number at 12,000")}),
    "each 'according to' credits its own words": (
        "Saturday's protests drew 480,000 people according to the interior ministry and 1.3 million according "
        "to the CGT union.", {("according to", "the interior ministry", "Saturday's protests drew 480,000 people"),
                              ("according to", "the CGT union", "1.3 million")}),
    "and the words before the next one": (
        "According to police, 20 people were hurt in the clashes, and according to medics, most were treated at "
        "the scene.", {("according to", "police", "20 people were hurt in the clashes"),
                       ("according to", "medics", "most were treated at the scene")}),
}


@pytest.mark.parametrize("text, credited", FIGURES_CREDITED.values(), ids=FIGURES_CREDITED.keys())
def test_who_gives_each_figure(annotate_text, text, credited):
    assert {(cue, speaker, content) for _, content, cue, speaker, _, _ in _records(annotate_text(text))} == credited


def test_a_body_named_before_the_noun_saying_what_it_is_speaks(annotate_text):
    [quote] = annotate_text("The CGT union said 1.3 million people had marched against the pension reform across "
                            "France on Saturday.").quotes
    assert (quote.speaker.text, quote.speaker.name, quote.speaker.label) == ("The CGT union", "CGT", "ORG")


@pytest.mark.parametrize("text, cues", [
    ("Homeowners on variable mortgages will see their monthly payments fall after the bank cut rates.", []),
    ("Supporters in the crowd had never heard the senator speak before the rally in Ohio last week.", []),
    ("Owners can enter their vehicle identification number on the website to see if their SUV is included.", []),
    ("Many voters in the state see that the economy is weak and that wages have not kept up with prices.", ["see"]),
    ("Many Republicans in the state want to see Mitt Romney become their party's nominee next summer.", ["see"]),
])
def test_what_is_seen_or_heard_happen_is_no_statement_but_what_is_seen_to_be_so_or_wished_is(annotate_text, text,
                                                                                              cues):
    assert [q.cue for q in annotate_text(text).quotes] == cues


@pytest.mark.parametrize("text, cues", [
    ("The union said it had offered to call off the strike if ministers improved their offer.", ["said", "offered"]),
    ("The bank wrote off $2 billion of loans to developers and wrote down its stake in the insurer.", []),
    ("Sanders was written off as a fringe candidate by the party establishment a year ago.", ["written"]),
    ("Ministers called for calm on Monday after the union wrote to its members about the new offer.",
     ["called", "wrote"]),
])
def test_a_particle_that_makes_saying_doing_takes_the_cue_away(annotate_text, text, cues):
    assert [q.cue for q in annotate_text(text).quotes] == cues


@pytest.mark.parametrize("text, cues", [
    ("Experts warn that the drought could push food prices higher across the region this winter.", ["warn"]),
    ("His strong showing in the primaries has pushed Clinton to the left on trade and on the minimum wage.", []),
    ("Labor unions have pushed for a higher minimum wage in every state where the party holds a majority.",
     ["pushed"]),
])
def test_pushing_something_somewhere_is_no_saying_but_pushing_for_it_is(annotate_text, text, cues):
    assert [q.cue for q in annotate_text(text).quotes] == cues


@pytest.mark.parametrize("text, denial", [
    ("Ukraine accused Russia on Tuesday of shelling the Zaporizhzhia nuclear power plant overnight, which Moscow "
     "denies.", ("denies", "Moscow", "which")),
    ("The union said it had offered to call off the strike if ministers improved their offer, a claim the "
     "Department of Health denied.", ("denied", "the Department of Health", "a claim")),
    ("He is accused of taking bribes from a developer in the city, something he has consistently denied.",
     ("has consistently denied", "he", "something")),
    # who denies is no gap: what the relative clause denies is its own
    ("The minister, who denied any wrongdoing, resigned on Monday after a week of pressure from his own party.",
     ("denied", "The minister", "any wrongdoing")),
])
def test_a_denial_in_a_relative_clause_points_back_at_what_it_leaves_out(annotate_text, text, denial):
    annotated = annotate_text(text)
    [record] = [q for q in annotated.quotes if "deni" in q.cue]
    assert (text[slice(*record.cue_span)], record.speaker.text, text[record.start:record.end]) == denial
    assert all(not text[q.start:q.end].endswith("denies") for q in annotated.quotes)  # not in what Ukraine said


def test_a_relative_denial_with_a_complement_of_its_own_denies_that(annotate_text):
    text = "The police found the man she denied knowing in a flat in the city centre on Monday."
    [denied] = [q for q in annotate_text(text).quotes if q.cue == "denied"]
    assert text[denied.start:denied.end].startswith("knowing")  # not 'the man'


def test_a_speakers_acronym_in_brackets_stays_whole(annotate_text):
    text = "The British Medical Association (BMA) said about 28,000 of its members were expected to take part."
    annotated = annotate_text(text)
    [said] = [q for q in annotated.quotes if q.cue == "said"]
    assert said.speaker.text == text[slice(*said.speaker.span)] == "The British Medical Association (BMA)"


def test_a_companys_short_name_is_the_company_though_the_tagger_takes_it_for_a_person(annotate_text):
    annotated = annotate_text(
        "Lyra Technologies Inc. shares fell as much as 7.4% on Friday after the court upheld the law.\n"
        "Analysts at Wedbush estimated the ruling could raise Lyra's costs in the state by $300 million a year. "
        "Lyra has said the law would force it to raise prices and cut service in rural areas.\n"
        "The company denied that it planned to leave the state.")
    assert {m.label for m in annotated.mentions if m.text == "Lyra"} == {"ORG"}
    [denial] = [q for q in annotated.quotes if q.cue == "denied"]
    assert denial.speaker.name == "Lyra"


def test_a_name_with_a_persons_honorific_is_a_person_whatever_the_tagger_says(annotate_text):
    annotated = annotate_text('"People who drink coffee may differ in many other ways," said Prof Daniel Hart of the '
                              "University of Oxford.")
    assert ("Daniel Hart", "PERSON") in {(m.text, m.label) for m in annotated.mentions}
    [quote] = annotated.quotes
    assert (quote.speaker.name, quote.speaker.label) == ("Daniel Hart", "PERSON")


def test_reported_words_keep_the_parenthesis_and_percent_sign_they_end_on(annotate_text):
    annotated = annotate_text("The storm came ashore near Pensacola with winds of 145 miles per hour (233 km per "
                              "hour), the National Hurricane Center said. Prices rose sharply over the year "
                              "(by 5%), the ministry said on Monday.")
    text = annotated.article.text
    assert [text[q.start:q.end].split()[-1] for q in annotated.quotes] == ["hour)", "5%)"]
