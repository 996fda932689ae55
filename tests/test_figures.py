"""Figures read with what they measure and the range their words allow, and where texts stating
one fact give values no reading reconciles."""

import pytest

from wirecheck.compare.figures import amounts, differing_values


def test_differing_figures_and_years_are_found_but_a_single_value_is_not():
    [(kind, by_value)] = differing_values(["The fire destroyed 120 homes.", "The fire destroyed 95 homes."])
    assert kind == "numeric" and by_value == {"120 homes": [0], "95 homes": [1]}
    [(kind, by_value)] = differing_values(["The plant opened in 2019.", "The plant opened in 2021.",
                                           "Its owner was founded in 1998."])
    assert kind == "date" and by_value == {"2019": [0], "2021": [1]}
    [(kind, by_value)] = differing_values(["Thames Water has been fined a record £104m by Ofwat.",
                                           "Ofwat has fined Thames Water £123m over sewage spills."])
    assert by_value == {"£104 million": [0], "£123 million": [1]}
    # each amount measures, each year dates, a thing of its own
    assert differing_values(["SpaceX holds government contracts worth $3 billion.",
                             "The Pentagon awarded SpaceX a classified $1.8 billion deal."]) == []
    assert differing_values(["They have talked seven times since Trump lost reelection in 2020.",
                             "They stayed in contact after the former president left office in 2021."]) == []
    assert differing_values(["The fire destroyed 120 homes.", "Officials said 120 homes burned down."]) == []
    # a number word inside another word is none: 'phone several times' says no 'one time'
    assert differing_values(["They spoke by phone several times.", "They spoke as many as seven times."]) == []
    # what a figure measures is said in its own clause: the seats needed are not the seats won
    assert differing_values(["The alliance came first with about 32 per cent of the vote, but remains well short "
                             "of the 116 seats it would need for a majority.",
                             "The alliance collected 32% of the vote and 89 seats in the 230-seat parliament."]) == []
    # spans of years and weeks tell apart what they measure: the children aged 5 to 11, a law's six weeks
    assert differing_values(["The trial compared the vaccine's effect in kids to those aged over 12 years.",
                             "We plan to seek authorization of our vaccine for children 5 to 11 years old."]) == []
    # a figure opening the clause a source reports measures what follows it, not the source
    assert differing_values(["The ministry said in a statement, adding that 112 people had been injured.",
                             "The ministry said 135 people had been taken to hospital."]) == []
    # a share, a sum or a year measures the same thing by a common word, not by the name of whose it is
    assert differing_values(["Corvane shares rose 4% in premarket trading on Monday.",
                             "Corvane's stock is down about 18% since January."]) == []
    assert differing_values(["Corvane was founded in 2010 by two engineers.", "Corvane went public in 2015."]) == []
    # a year before 'that killed' counts no one
    [(kind, _)] = differing_values(["The region was hit by an earthquake in 2023 that killed 2,900 people.",
                                    "The region was hit by an earthquake in 2021 that killed 2,900 people."])
    assert kind == "date"
    # how many sources an outlet relies on is no figure of the story
    assert differing_values(["The carmaker will cut 8,000 jobs, three people familiar with the matter said.",
                             "The carmaker will cut 8,000 jobs, two people briefed on the plans said."]) == []
    # 'one in five patients' is a share of them, not five patients; numbers listed after names are no ages
    assert differing_values(["One in five patients on the drug had brain swelling.",
                             "Four patients on the drug had brain swelling."]) == []
    assert "age" not in amounts("The final tally was Labour, 20, Reform, 12.")
    # the same tally told two ways, and a match score, which is no vote
    assert differing_values(["The panel voted 8-3 in favor.", "The panel backed the drug in an 8-3 vote."]) == []
    assert differing_values(["Arsenal won 2-1 at home.", "Arsenal won 3-1 at home."]) == []


@pytest.mark.parametrize("first, second, conflict", [
    ("The earthquakes killed more than 50,000 people.", "The earthquakes killed more than 53,000 people.", False),
    ("The quake killed at least 12 people on Monday.", "The quake killed 27 people by Tuesday.", False),
    ("The cuts would save about £2bn a year.", "The cuts would save £2.2bn a year.", False),
    ("The quake killed 30 people.", "The quake killed up to 27 people.", True),
    ("The quake killed at least 30 people.", "The quake killed 27 people.", True),
    # 'about' rounds to the figure's last digit: about $14 billion is not roughly $12 billion
    ("The deal values the company at about $14 billion.", "The deal values the company at roughly $12 billion.", True),
    ("The march drew about 6,000 people.", "The march drew 6,400 people.", False),
    # a share in whole per cent is rounded; a whole amount of money is not
    ("The alliance won 32% of the vote.", "The alliance won 32.1% of the vote.", False),
    ("The alliance won 31% of the vote.", "The alliance won 32.1% of the vote.", True),
    ("The cuts would save £2bn a year.", "The cuts would save £2.2bn a year.", True),
    # 'as many as' and 'as much as' give a most, as 'up to' does
    ("The quake killed as many as 30 people.", "The quake killed 27 people.", False),
    ("Ukraine could export as much as 3 million tons of grain a month.",
     "Ukraine could export up to 4 million tonnes of grain a month.", False),
])
def test_figures_conflict_only_when_no_value_fits_both_texts(first, second, conflict):
    assert bool(differing_values([first, second])) is conflict


def test_a_rounded_figure_agrees_with_the_value_it_rounds_and_far_apart_values_measure_different_things():
    assert differing_values(["Revenue beat analysts' average estimate of $4.08 billion, according to LSEG data.",
                             "Revenue beat the estimate of $4.1 billion from analysts polled by FactSet."]) == []
    [(_, by_value)] = differing_values(["Adjusted profit was $1.12 a share, compared with estimates of $1.05.",
                                        "Adjusted profit was $1.15 a share, above estimates."])
    assert by_value == {"$1.12": [0], "$1.15": [1]}
    assert differing_values(["Adjusted profit was $1.12 per share, compared with estimates of $1.05.",
                             "Net income rose to $402 million, or 98 cents a share, from $371 million."]) == []


FIGURES_THAT_DIFFER = {
    "areas": (["By Tuesday night the Canyon Fire had scorched 8,200 acres, Cal Fire said.",
               "The Canyon Fire grew to more than 9,000 acres within hours, Cal Fire said."],
              {"8,200 acres": [0], "9,000 acres": [1]}),
    "counts of news nouns": (["The quake flattened 34 buildings in the old town.",
                              "The quake flattened 41 buildings in the old town."],
                             {"34 buildings": [0], "41 buildings": [1]}),
    "counts in millions, read whole": (["The storm left 1.2 million homes without power on Monday.",
                                        "The storm left 1.5 million homes without power on Monday."],
                                       {"1.2 million homes": [0], "1.5 million homes": [1]}),
    "a figure opening its clause measures what follows it": (
        ["A Russian drone attack on Kharkiv overnight killed four people and wounded 19, the governor said.",
         "At least five people have been killed in a Russian drone strike on Kharkiv, local officials say."],
        {"4 people": [0], "5 people": [1]}),
    "one verb in two forms ('killing', 'killed')": (
        ["A missile struck a block of flats in Dnipro overnight, killing 14 people, including three children.",
         "At least 15 people, including three children, have been killed in a missile strike on a block of flats."],
        {"14 people": [0], "15 people": [1]}),
    "prison terms": (["Okafor faces up to 40 years in prison.", "Okafor faces a maximum of 110 years in prison."],
                     {"40 years in prison": [0], "110 years in prison": [1]}),
    "seats, one count given as part of a whole": (
        ["The alliance had 32.1% of the vote and 91 of the 230 seats in parliament, according to the ministry.",
         "The alliance collected 32% of the vote and 89 seats in the 230-seat parliament, according to results."],
        {"91 seats": [0], "89 seats": [1]}),
    "an earthquake's magnitude, however written": (
        ["The U.S. Geological Survey said the quake had a preliminary magnitude of 6.4.",
         "Morocco's geophysics institute put the quake's magnitude at 6.2."],
        {"magnitude 6.4": [0], "magnitude 6.2": [1]}),
    "lengths in one unit however abbreviated": (
        ["The quake struck at a depth of 18 kilometers (11 miles), the survey said.",
         "The quake struck at a depth of 10km, the institute said."],
        {"18 kilometers": [0], "10 km": [1]}),
    "sums of one thing, said by the words after them": (
        ["Prosecutors said Okafor moved about $1.2 billion of customer funds into risky trades.",
         "Prosecutors had accused Okafor of diverting $1.4 billion in customer deposits."],
        {"$1.2 billion": [0], "$1.4 billion": [1]}),
    "a toll told as deaths and as people who died": (
        ["Rwanda has recorded 12 deaths from the Marburg virus since the outbreak was declared, the ministry said.",
         "Rwanda's health ministry says 11 people have died of Marburg virus since the outbreak began."],
        {"12 deaths": [0], "11 people": [1]}),
    "sums given to one owner's thing ('Ashby's local party')": (
        ["The Guardian revealed on Sunday that Carlton Homes gave £50,000 to Ashby's local party in 2025.",
         "Ashby resigned after a report that Carlton Homes had given £45,000 to his constituency party."],
        {"£50,000": [0], "£45,000": [1]}),
    "agreements signed": (["China and Brazil signed 15 agreements on Monday during a visit by Lula.",
                           "Xi and Lula oversaw the signing of 18 agreements in Beijing on Monday."],
                          {"15 agreements": [0], "18 agreements": [1]}),
    "ages": (["A 34-year-old man was charged Tuesday with attempted murder after two people were stabbed, police said.",
              "A 35-year-old Denver man faces two counts of attempted murder in the stabbing of two people."],
             {"34-year-old": [0], "35-year-old": [1]}),
    "prison terms given by their verb": (["He was sentenced to 12 years in a penal colony.",
                                          "He was sentenced in June 2025 to 14 years."],
                                         {"12 years in prison": [0], "14 years in prison": [1]}),
    "vote tallies however written": (["The agency's advisers voted 8-3 in July that the benefits outweighed the risks.",
                                      "An FDA advisory panel backed the drug in a 9-2 vote in July."],
                                     {"8-3 vote": [0], "9-2 vote": [1]}),
    "grandchildren": (["He is survived by his daughter and two grandchildren.",
                       "In addition to his daughter, he is survived by three grandchildren."],
                      {"2 grandchildren": [0], "3 grandchildren": [1]}),
    "ages at death": (["The novelist Harold Vance, who has died aged 84, made the small towns vivid.",
                       "Harold Vance died at his home in Oxford. He was 83."],
                      {"84-year-old": [0], "83-year-old": [1]}),
    "two ages after 'aged'": (["Police arrested two men, aged 34 and 40, near the border with Hungary.",
                               "Police arrested two men, aged 34 and 41, near the Hungarian border."],
                              {"40-year-old": [0], "41-year-old": [1]}),
    "ages after a name": (["Adrian Kessel, 44, was convicted in October of fraud.",
                           "Adrian Kessel, 45, was found guilty in October of two counts of fraud."],
                          {"44-year-old": [0], "45-year-old": [1]}),
    "where a change went, not a most, set against the value it went to": (
        ["The unemployment rate ticked up from 4.1% to 4.3%, the Labor Department said Friday.",
         "The unemployment rate edged up to 4.2%, the BLS said."],
        {"4.3%": [0], "4.2%": [1]}),
    "the dead of a count that is no toll word, beside a share": (
        ["Three patients in the trial died.",
         "In the trial, roughly one in five patients taking the drug developed brain swelling, and four patients "
         "died, the company disclosed in July."],
        {"3 patients": [0], "4 patients": [1]}),
}


@pytest.mark.parametrize("texts, values", FIGURES_THAT_DIFFER.values(), ids=FIGURES_THAT_DIFFER.keys())
def test_figures_of_one_thing_that_differ_are_found(texts, values):
    [(kind, by_value)] = differing_values(texts)
    assert kind == "numeric" and by_value == values


def test_each_figure_of_a_sentence_is_set_against_the_one_measuring_the_same_thing():
    [(kind, by_value)] = differing_values([
        "The economy shrank 1.6 per cent in the second quarter, and the jobless rate hit 7.2 per cent in August.",
        "The jobless rate rose to 7.1% in August, Statistics Canada said."])
    assert kind == "numeric" and by_value == {"7.2%": [0], "7.1%": [1]}
    # what a figure measures is told by the content words before it, however many small words between
    [(_, by_value)] = differing_values(["The economy shrank at an annual pace of 1.5 per cent.",
                                        "The economy shrank 1.6 per cent on an annualized basis."])
    assert by_value == {"1.5%": [0], "1.6%": [1]}
    # a text giving the other text's value as well does not contradict it
    assert differing_values(["Inflation rose from 2.1% to 2.4% in March.", "Inflation rose to 2.4% in March."]) == []


def test_an_outlet_giving_a_figure_elsewhere_does_not_contradict_it():
    texts = ["The unemployment rate rose to 7.1 per cent last month.",
             "The economy contracted at an annualized rate of 1.6% in the second quarter."]
    assert differing_values(texts)  # on their own, two rates that differ
    elsewhere = [[], ["The unemployment rate climbed to 7.1% in August."]]
    assert differing_values(texts, elsewhere) == []


def test_a_bound_elsewhere_in_an_article_takes_no_conflict_away_from_its_precise_figure():
    texts = ["Prosecutors said Okafor moved about $1.2 billion of customer funds into risky trades.",
             "Prosecutors had accused Okafor of diverting $1.4 billion in customer deposits."]
    lead = "Okafor was found guilty of defrauding customers out of more than $1 billion."
    [(_, by_value)] = differing_values(texts, [[texts[0]], [lead, texts[1]]])
    assert by_value == {"$1.2 billion": [0], "$1.4 billion": [1]}


def test_an_outlet_giving_the_other_precise_figure_bare_does_not_contradict_it():
    texts = ["The U.S. Geological Survey said the quake had a preliminary magnitude of 6.4.",
             "Morocco's geophysics institute put the quake's magnitude at 6.2, while the U.S. Geological Survey "
             "measured it at 6.4."]
    assert differing_values(texts)  # on their own, the survey's magnitude and the institute's
    assert differing_values(texts, [[texts[0]], [texts[1]]]) == []


def test_an_outlet_giving_the_other_figure_bare_does_not_contradict_it():
    texts = ["The marches drew 1.3 million people, the union said, while the ministry counted 480,000.",
             "The marches drew 480,000 people, the ministry said."]
    assert differing_values(texts)  # on their own, the union's count and the ministry's
    assert differing_values(texts, [[texts[0]], [texts[1], "The union put the figure at 1.3 million."]]) == []


def test_a_bound_is_not_met_by_any_bare_figure_its_article_gives():
    """'At least 15 km' holds every larger number, so a tonnage elsewhere in the other article
    shows nothing about the 12 km it contradicts."""
    texts = ["A slick about 12 km long was drifting towards the coast, officials said.",
             "An oil slick at least 15 kilometres long is drifting toward the coast of Finistere."]
    elsewhere = [[texts[0], "The tanker leaked about 3,000 tonnes of crude."], [texts[1]]]
    [(_, by_value)] = differing_values(texts, elsewhere)
    assert by_value == {"12 km": [0], "15 kilometres": [1]}


def test_durations_counts_and_speeds_however_written_are_each_one_measure():
    [(_, by_value)] = differing_values(["The two sides agreed to a 10-day ceasefire that begins on Wednesday.",
                                        "The two sides agreed on Sunday to a ceasefire lasting 14 days."])
    assert by_value == {"10-day": [0], "14 days": [1]}
    [(_, by_value)] = differing_values(["The rebels will free 42 soldiers and the government will free 120 detainees.",
                                        "The rebels will free 42 soldiers and the government 150 detainees.",
                                        "The government will release 120 prisoners, the ministry said."])
    assert by_value == {"120 detainees": [0, 2], "150 detainees": [1]}
    # a day in the singular is a duration only as an adjective
    assert differing_values(["One day last week the ceasefire broke down.",
                             "Three days last week the ceasefire broke down."]) == []
    # injuries and crashes are counted
    [(_, by_value)] = differing_values(["The automaker said it was aware of 14 crashes and three injuries.",
                                        "The company has received reports of 14 crashes and five injuries."])
    assert by_value == {"3 injuries": [0], "5 injuries": [1]}
    # a weight with its scale written short, in tons or in tonnes
    [(_, by_value)] = differing_values(["Ukraine could export 4m tonnes of grain a month once the ports reopen.",
                                        "Ukraine could export as much as 3 million tons of grain a month."])
    assert by_value == {"4 million tonnes": [0], "3 million tons": [1]}
    # a speed however written
    [(_, by_value)] = differing_values(["The storm made landfall with maximum sustained winds of 140 mph (225 kph).",
                                        "The storm came ashore with winds of 145 miles per hour (233 km per hour)."])
    assert by_value == {"140 mph": [0], "145 miles per hour": [1]}


def test_a_count_no_unit_names_is_read_by_its_noun_but_measures_only_by_the_words_around_it():
    [(_, by_value)] = differing_values(["Poland ordered four Russian diplomats to leave the country on Wednesday.",
                                        "Poland is expelling five Russian diplomats it says organized the plot."])
    assert by_value == {"4 Russian diplomats": [0], "5 Russian diplomats": [1]}
    # the first of 'six of the nine members' is the count; a year or a span of weeks counts nothing
    assert [stated[0] for stated in amounts("Six of the nine members backed the cut.")["count of member"]] == [
        "6 members"]
    # a count's kind is part of its label: '12 crew members'
    [(_, by_value)] = differing_values(["The train carried 212 passengers and 12 crew members, Amtrak said.",
                                        "The train carried 212 passengers and 14 crew members, according to Amtrak."])
    assert by_value == {"12 crew members": [0], "14 crew members": [1]}
    assert amounts("In 2022 officials expelled them three weeks ago.") == {}
    # two sources' counts of members meet only through a word in common, not by the noun alone
    assert differing_values(["The Monetary Policy Committee voted 7-2 for the cut, with two members preferring to "
                             "keep rates on hold.",
                             "Six of the nine members of the Monetary Policy Committee backed the quarter-point cut."],
                            unit_suffices=True) == []
