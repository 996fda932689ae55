"""Parsing paragraph by paragraph: texts come back whole, and repeated paragraphs are parsed once."""

from wirecheck.annotate.nlp import load_nlp
from wirecheck.annotate.parsing import paragraphs, parse_all

STORY = ("Time magazine named German Chancellor Angela Merkel as its Person of the Year for 2015.\n\n"
         "Merkel was chosen first over Islamic State leader Abu Bakr al-Baghdadi, the magazine said.\n\n"
         "  Jacobs called Merkel the most significant leader of the year in an editorial.")
COPY = "From our wire partners.\n\n" + STORY + "\nRepublished with permission."


class CountingPipeline:
    """The real pipeline, remembering every text it was asked to parse."""

    def __init__(self):
        self.nlp, self.parsed = load_nlp(), []

    def pipe(self, texts, **options):
        texts = list(texts)
        self.parsed += texts
        return self.nlp.pipe(texts, **options)

    def __call__(self, text):
        self.parsed.append(text)
        return self.nlp(text)


def test_paragraphs_join_back_into_the_text_and_open_with_words():
    for text in (STORY, COPY, "\n\nleading breaks", "one line", "a\r\nb\n \n c"):
        pieces = paragraphs(text)
        assert "".join(pieces) == text
        assert not any(piece[:1].isspace() for piece in pieces[1:])


def test_a_copy_reuses_the_paragraphs_of_its_original():
    nlp = CountingPipeline()
    story, copy = parse_all(nlp, [STORY, COPY], batch_size=8, processes=1)
    assert (story.text, copy.text) == (STORY, COPY)
    # the original's last paragraph ends the text; in the copy a line break follows it, so it differs
    assert len(nlp.parsed) == len(set(paragraphs(STORY) + paragraphs(COPY))) == 6
    words = [t.text for t in story if not t.is_space]
    assert words == [t.text for t in copy if not t.is_space][5:-4]


def test_a_name_opening_a_paragraph_is_still_an_entity():
    [doc] = parse_all(load_nlp(), [STORY], batch_size=8, processes=1)
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"Angela Merkel", "Merkel", "Jacobs"} <= people
    assert all(doc.text[e.start_char:e.end_char] == e.text for e in doc.ents)


def test_blank_texts_come_back_as_they_were():
    docs = parse_all(load_nlp(), ["", "\n\n", "x"], batch_size=8, processes=1)
    assert [doc.text for doc in docs] == ["", "\n\n", "x"]
