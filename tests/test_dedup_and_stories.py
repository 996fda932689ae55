import pytest

from wirecheck.dedup import mark_duplicates
from wirecheck.model import Article
from wirecheck.stories import group_stories, story_id

from conftest import EXAMPLE

WIRE = ("The central bank raised its main interest rate by a quarter point on Wednesday, its third increase "
        "this year, citing persistent inflation in services and a tight labour market. The governor said "
        "further increases could not be ruled out if wage growth stayed strong through the summer months. "
        "Markets had largely expected the move, and the currency was little changed after the decision.")
FIRE = ("A fire broke out at a chemical warehouse near the port on Sunday night, sending thick smoke over "
        "nearby neighbourhoods. Firefighters brought the blaze under control after six hours. Residents "
        "were told to keep windows closed, and two workers were treated for smoke inhalation, the fire "
        "department said. The cause of the fire is under investigation.")
FIRE_2 = ("Thick smoke from a chemical warehouse fire at the port forced residents to shut their windows on "
          "Sunday night. The fire department said firefighters needed six hours to bring the warehouse blaze "
          "under control and that two workers were treated for smoke inhalation. Investigators have not yet "
          "determined what caused the fire.")
RATES_2 = ("Borrowing costs rose again on Wednesday as the central bank lifted its main interest rate by a "
           "quarter point, the third increase this year. The governor warned that more increases were "
           "possible if wages kept rising, pointing to inflation in services and a tight labour market.")


def _article(article_id, text, published=None):
    return Article(id=article_id, origin=f"{article_id}.txt", outlet=None, title=None,
                   published=published, text=text)


def test_reprint_with_its_own_header_and_footer_is_a_duplicate_of_the_earliest():
    original = _article("wire", WIRE, "2024-05-01")
    reprint = _article("reprint", "Breaking news from our partners.\n\n" + WIRE + "\n\nSubscribe for more.", "2024-05-02")
    other = _article("other", FIRE, "2024-05-01")
    articles = [reprint, other, original]
    mark_duplicates(articles)
    assert reprint.duplicate_of == "wire"
    assert original.duplicate_of is None and other.duplicate_of is None


@pytest.mark.parametrize("share, local_lead", [(0.25, ""), (0.33, "Farmers in the county are watching the talks "
                                                                 "closely, as prices at local elevators swing.\n\n")])
def test_reprint_cut_to_its_first_paragraphs_is_a_duplicate(share, local_lead):
    """Papers run a wire story's first paragraphs, sometimes under a paragraph of their own."""
    body = (EXAMPLE / "003_6fdf1726ddd156b2.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    paragraphs = body.split("\n\n")
    original = _article("wire", body, "2024-10-25")
    reprint = _article("reprint", local_lead + "\n\n".join(paragraphs[:round(len(paragraphs) * share)]), "2024-10-26")
    mark_duplicates([reprint, original])
    assert reprint.duplicate_of == "wire"


def test_a_full_story_is_no_copy_of_the_brief_that_went_out_before_it():
    body = (EXAMPLE / "003_6fdf1726ddd156b2.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    brief = _article("brief", "\n\n".join(body.split("\n\n")[:4]), "2024-10-25T09:00:00Z")
    full = _article("full", body, "2024-10-25T13:00:00Z")
    mark_duplicates([full, brief])
    assert full.duplicate_of is None and brief.duplicate_of is None


def test_unrelated_events_become_separate_stories_and_copies_follow_their_original():
    articles = [_article("r1", WIRE), _article("f1", FIRE), _article("r2", RATES_2), _article("f2", FIRE_2),
                _article("r1-copy", WIRE + " Copyright the wire.")]
    mark_duplicates(articles)
    stories = group_stories(articles)
    assert sorted(sorted(a.id for a in story) for story in stories) == [["f1", "f2"], ["r1", "r1-copy", "r2"]]


def test_story_ids_are_stable_and_order_independent():
    a, b = _article("a", WIRE), _article("b", RATES_2)
    assert story_id([a, b]) == story_id([b, a]) != story_id([a])


def test_the_same_kind_of_report_weeks_apart_is_two_stories_but_a_next_day_follow_up_joins():
    rates_june = RATES_2.replace("third", "fourth")
    articles = [_article("may", WIRE, "2024-05-01"), _article("may-next-day", RATES_2, "2024-05-02"),
                _article("june", rates_june, "2024-06-12"), _article("fire", FIRE, "2024-05-01")]
    stories = group_stories(articles)
    assert sorted(sorted(a.id for a in story) for story in stories) == [["fire"], ["june"], ["may", "may-next-day"]]


def test_same_event_in_different_words_is_one_story():
    crash = _article("crash", "Mudslide buries village road. Heavy rain loosened a hillside above the village of "
                              "Brenta, burying the only road and cutting off 300 residents.")
    retold = _article("retold", "Residents cut off after landslide. About three hundred people in Brenta are "
                                "stranded after torrential downpours sent earth and rocks onto the access road.")
    stories = group_stories([crash, retold, _article("fire", FIRE)])
    assert sorted(sorted(a.id for a in story) for story in stories) == [["crash", "retold"], ["fire"]]
