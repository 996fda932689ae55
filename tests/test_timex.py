import pytest

from wirecheck.annotate.timex import find_time_expressions, parse_absolute_date

PUBLISHED = "2024-10-25"  # a Friday


@pytest.mark.parametrize("text, expression, value", [
    ("The Journal reported Thursday that", "Thursday", "2024-10-24"),
    ("said on Friday that", "Friday", "2024-10-25"),
    ("it happened last Friday", "last Friday", "2024-10-18"),
    ("The request came late last year.", "late last year", "2023"),
    ("in regular contact since late 2022", "since late 2022", "2022"),
    ("in regular contact since 2022", "since 2022", "2022"),
    ("In October 2022, he posted", "October 2022", "2022-10"),
    ("around April 2021.", "April 2021", "2021-04"),
    ("on Oct. 24, 2024, officials", "Oct. 24, 2024", "2024-10-24"),
    ("on 3 March 2023 the court", "3 March 2023", "2023-03-03"),
    ("should he win on Nov. 5.", "Nov. 5", "2024-11-05"),
    ("On October 4, he posted", "October 4", "2024-10-04"),
    ("which it seized in 2014.", "2014", "2014"),
    ("Two years ago, Musk said", "Two years ago", "2022"),
    ("Just last week, the billionaire", "last week", "2024-10"),
    ("earlier this month, Musk", "earlier this month", "2024-10"),
    ("for the last two years,", "for the last two years", "2022"),
    ("at a conference yesterday", "yesterday", "2024-10-24"),
    ("A drone attack overnight killed four people.", "overnight", "2024-10-25"),
    ("Police said the man was arrested last night.", "last night", "2024-10-24"),
    ("The minister will speak this afternoon.", "this afternoon", "2024-10-25"),
    ("if he wins next month.", "next month", "2024-11"),
    ("endorsed Trump earlier this year", "earlier this year", "2024"),
    # a month or day without a year is past, unless the words before it speak of what is to come
    ("The plant opened in March.", "in March", "2024-03"),
    ("The deal was signed in December.", "in December", "2023-12"),
    ("The vote is in November.", "in November", "2024-11"),
    ("Last October, the court ruled.", "Last October", "2023-10"),
    ("He plans to run next March.", "next March", "2025-03"),
    ("In January last year, a missile destroyed a building.", "January last year", "2023-01"),
    ("The law takes effect in March of next year.", "March of next year", "2025-03"),
    ("The plant closed in early March.", "in early March", "2024-03"),
    ("The vote will take place in March.", "in March", "2025-03"),
    ("He will testify on Monday.", "Monday", "2024-10-28"),
    ("The governor said he would visit the site on Monday.", "Monday", "2024-10-28"),
    ("Trump is scheduled to visit Ohio Thursday, his campaign said.", "Thursday", "2024-10-31"),
    ("Trump said Thursday he will visit Ohio.", "Thursday", "2024-10-24"),
    ("The airline said it expected to return to a normal schedule by Monday.", "Monday", "2024-10-28"),
    ("The storm, which was expected to weaken, hit the coast on Monday.", "Monday", "2024-10-21"),
    ("The company said it would appeal, and the court ruled on Oct. 1.", "Oct. 1", "2024-10-01"),
    ("The new rules will take effect on Oct. 1.", "Oct. 1", "2025-10-01"),
    # what lasts until or through a day, and what is not going to happen before it, looks ahead
    ("The wind is not going to give us a break until Thursday.", "Thursday", "2024-10-31"),
    ("Forecasters extended a red flag warning through Sunday.", "Sunday", "2024-10-27"),
    ("Unions have called another day of strikes for Thursday.", "Thursday", "2024-10-31"),
    ("He was charged for Thursday's attack.", "Thursday", "2024-10-24"),
    # a verb in the past between a word of the future and the date ends its reach
    ("They marched against the plan to raise the age, the biggest protest since it was unveiled in January.",
     "in January", "2024-01"),
    # a day of the week that is the publication's own is that day, ahead or not
    ("Schools will remain closed Friday, officials said.", "Friday", "2024-10-25"),
    # a capitalised day word opening a sentence or a quotation is the day
    ("Strikes resumed. Today, the union said, talks would begin.", "Today", "2024-10-25"),
    ('He said: "Today is the day we fight back."', "Today", "2024-10-25"),
])
def test_expressions_resolve_against_the_publication_date(text, expression, value):
    found = find_time_expressions(text, PUBLISHED)
    assert [(e.text, e.value) for e in found] == [(expression, value)]
    assert text[found[0].start:found[0].end] == expression


@pytest.mark.parametrize("text, published, value", [
    ("on Dec. 30 the deal closed", "2025-01-04", "2024-12-30"),
    ("The protests began on March 3 and spread.", "2025-10-15", "2025-03-03"),  # past, though the next is nearer
    ("The election on Nov. 5 is close.", "2025-10-15", "2025-11-05"),  # the last one is most of a year back
    ("The hearing is set for March 3.", "2025-10-15", "2026-03-03"),
    ("Judge Helen Marsh set sentencing for March 12.", "2026-11-19", "2027-03-12"),  # what is set for a day
    ("He was jailed for the March 12 attack.", "2026-11-19", "2026-03-12"),
    ("On Feb. 29 he left.", "2025-03-10", "2024-02-29"),
])
def test_month_day_without_year_takes_the_last_such_day_unless_it_is_to_come(text, published, value):
    [found] = find_time_expressions(text, published)
    assert found.value == value


@pytest.mark.parametrize("text", ["You may go now.", "a $2024 million plan", "the march began", "2,000 people",
                                  "May I ask?", "in march formation",
                                  # a span of something else, not the one before publication
                                  "until the last month of his life", "during the last year of the war",
                                  # a programme or a paper named after the day
                                  "she told BBC Radio 4's Today programme.", "according to USA Today.",
                                  # what a figure is set against
                                  "pay rose 4% from a year ago", "sales were higher than last year",
                                  "up 3% compared with the previous year"])
def test_non_dates_are_not_taken(text):
    assert find_time_expressions(text, PUBLISHED) == []


def test_relative_expressions_need_a_publication_date():
    found = find_time_expressions("It was announced Thursday, in 2019.", None)
    assert [(e.text, e.value) for e in found] == [("Thursday", None), ("2019", "2019")]


def test_parse_absolute_date():
    assert parse_absolute_date("Oct. 25, 2024") == "2024-10-25"
    assert parse_absolute_date("October 2024") == "2024-10"
    assert parse_absolute_date("sometime soon") is None
