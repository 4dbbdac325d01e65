"""Session 33 rules, read from real Kazakh news pages (news-test315 … news-test330, never read before this session)
and counted over every read part (docs/facts.md "Session 33"): speakers (a person a school is named after never
speaks, a date between a cue and its owner, a document after a participle, the auxiliary ``едіңіздер``), dates
(headlines in capitals, a month and year on a line of their own, a deadline set by a past verb, ``бүгінгі`` before
present-day nouns, two days closed by ``күндері``, the school year), names (an initial glued to a bare surname, a
span cut before a participle of holding), posts (none of punctuation) and events (an aorist with an event noun as its
subject, a place that ``ашылады``, a stay at a farm or a port, a council's sitting). One line per case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quotes_shared import speakers

from derek import analyze
from derek.facts.grammar import caps_lowered
from derek.ner.rules_written import held_participle_cut, initial_surname

DATED = [
    # a headline in capitals reads as in lower case: the range holds
    ("06 ҚАРАШАДАН 05 ЖЕЛТОҚСАНҒА ДЕЙІН ЖАЗЫЛЫМ ЖҮРГІЗІЛЕДІ", [("06 ҚАРАШАДАН 05 ЖЕЛТОҚСАНҒА ДЕЙІН", "2024-11-06/2024-12-05")]),
    ("2021 ЖЫЛДЫҢ 1 ҚЫРКҮЙЕКТЕН БАСТАП 30 ҚАЗАН АРАЛЫҒЫНДА САНАҚ ӨТЕДІ", [("2021 ЖЫЛДЫҢ 1 ҚЫРКҮЙЕКТЕН БАСТАП 30 ҚАЗАН АРАЛЫҒЫНДА", "2021-09-01/2021-10-30")]),
    ("XX ҒАСЫРДА САЛЫНҒАН ҮЙ", [("XX ҒАСЫРДА", "19")]),
    # a deadline set by a past verb (extended until) lies ahead; a past stretch up to a day before stays past
    ("Бюро тіркеу мерзімін 20 маусымға дейін ұзартты.", [("20 маусымға", "2024-06-20")]),
    ("Жұмыстар 10 мамырға дейін жүргізілді.", [("10 мамырға", "2024-05-10")]),
    # two days of a genitive month joined by мен, closed by күндері: one range
    ("Сәуірдің 27-і мен 28-і күндері Алматыда спартакиада өтті.", [("Сәуірдің 27-і мен 28-і күндері", "2024-04-27/2024-04-28")]),
    # the school year with the instrumental, and the new one drawing near (not one that began, any year)
    ("Өткен оқу жылымен салыстырғанда көп.", [("Өткен оқу жылымен", "2022/2023")]),
    ("Жаңа оқу жылы жақындаған сайын құрал қымбаттайды.", [("Жаңа оқу жылы", "2024/2025")]),
    ("Жаңа оқу жылы ауылда қайғылы жағдайдан басталды.", []),
    # бүгінгі before a present-day noun: 'of our time', no date
    ("Бұл тәмсіл бүгінгі уақытта да маңызын жойған емес.", []),
    ("Бүгінгі материалымызда басты сөздерді түсіндіреміз.", []),
    ("Бүгінгі отырыста бюджет қаралды.", [("Бүгінгі", "2024-05-20")]),
    # a month and a year on a line of their own: a table's heading
    ("Мерзімді депозиттер, %\nТамыз 2021\nҚыркүйек 2021\n", [("Тамыз 2021", "2021-08"), ("Қыркүйек 2021", "2021-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2024-05-20").dates] == dates


QUOTES = [
    # Ж.Тәшенов атындағы лицей: a name inside an institution's name is no person of the story
    (
        "Сарыағаш ауданындағы Ж.Тәшенов атындағы №23 лицейге күн электр станциясы орнатылды. Облыс әкімі жаңартылатын энергия көздерін дамыту маңызды екенін мәлімдеді.",
        [("reported", "жаңартылатын энергия көздерін дамыту маңызды", "Облыс әкімі")],
    ),
    # a date after the owner of a participial cue: the owner speaks, the month does not
    (
        "Маңғыстау облысы бойынша Мемлекеттік кірістер департаментінің баспасөз қызметі 2025 жылғы 1 қазанда хабарлағандай, кеден бекетінің қызметкерлері жолаушыдан 28 100 АҚШ долларын тапты.",
        [("reported", "кеден бекетінің қызметкерлері жолаушыдан 28 100 АҚШ долларын тапты", "Мемлекеттік кірістер департаменті")],
    ),
    # the past auxiliary with a person ending is no speaker (``айтқан едіңіздер`` 'you had said')
    ("Сіздер мәселе реттелетінін айтқан едіңіздер.", [("reported", "мәселе реттелетінін", "Сіздер")]),
    # делінген таратылған хабарламада: the message the ministry spread
    (
        "ҚР Қорғаныс министрлігі іздестіру операциясының қорытындысын хабарлады.\n«Әскери альпинистер тобы іздестіру жұмыстарын жүргізді», – делінген таратылған хабарламада.",
        [("direct", "Әскери альпинистер тобы іздестіру жұмыстарын жүргізді", "Қорғаныс министрлігі")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


def test_caps_lowered_keeps_offsets_first_letter_and_numerals():
    assert caps_lowered("ҚР ІІМ XX ҒАСЫРДА САЛЫНДЫ\nКеше") == "Қр іім XX ғасырда салынды\nКеше"
    assert caps_lowered("БИЫЛҒЫ ЖЫЛДЫҢ 5 МАМЫРЫНДА") == "Биылғы жылдың 5 мамырында"
    assert caps_lowered("Биыл ҚР ҮКІМЕТІ") == "Биыл ҚР ҮКІМЕТІ"


@given(st.text(alphabet=st.sampled_from("АӘБҒҚҢӨҰҮІаәбғқңөұүі XVİ1.\n-ẞß"), max_size=60))
def test_caps_lowered_is_letter_for_letter(text):
    out = caps_lowered(text)
    assert len(out) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, out, strict=True))


@pytest.mark.parametrize(
    ("tokens", "found", "names"),
    [
        # an initial glued to a capitalized word no span holds is one person (the model took the initial for a body)
        (["Е.", "Садыр", "әрбір", "шаңырақ"], [(0, 1, "ORGANISATION")], [(0, 2, "PERSON")]),
        (["П.", "Морельдің", "айтуынша"], [], [(0, 2, "PERSON")]),
        # ... not a name inside a place's, street's or body's name
        (["Т.", "Сәтбай", "атындағы", "мектеп"], [], []),
        (["Д.", "Сәтбай", "көшесінде"], [], []),
        (["Д.", "Сәтбай", "Мектебі"], [], []),
    ],
)
def test_initial_and_bare_surname(tokens, found, names):
    assert initial_surname(tokens, found) == names


@pytest.mark.parametrize(
    ("tokens", "found", "cut"),
    [
        # a name span ends before a participle of holding; a DATE keeps it (өткен жылы 'last year')
        (
            ["Орталық", "коммуникациялар", "қызметінде", "өткен", "брифингте"],
            [(0, 5, "ORGANISATION")],
            [(0, 3, "ORGANISATION")],
        ),
        (["өткен", "жылы", "Астанада"], [(0, 2, "DATE"), (2, 3, "GPE")], [(0, 2, "DATE"), (2, 3, "GPE")]),
        (["Өткен", "басқосу"], [(0, 2, "EVENT")], []),
    ],
)
def test_held_participle_cut(tokens, found, cut):
    assert held_participle_cut(tokens, found) == cut


EVENTS = [
    # an aorist with an event noun as its subject names one occasion, even with no date or place NER found
    ("Елордада ет жәрмеңкесі өтеді.", [("held", "өтеді")]),
    ("Іс-шара шеңберінде спорттың 4 түрі бойынша жарыстар өтеді.", [("held", "өтеді")]),
    # a place that opens (a centre, a hostel, a route) opens once; jobs and ways do not
    ("Елде бес ядролық медицина орталығы ашылады.", [("opened", "ашылады")]),
    ("Биыл «Түркістан-Абу-Даби» бағытында әуе рейсі ашылады.", [("opened", "ашылады")]),
    ("Үш мыңнан астам жұмыс орны ашылады.", []),
    ("Республикалық турнирлерге жол ашылады.", []),
    # a held participle after a quoted place, and after a body NER ran on through the participle
    ("«Астана Аренада» өткен ойын 1:1 есебімен аяқталды.", [("held", "өткен")]),
    ("Бұл туралы Орталық коммуникациялар қызметінде өткен баспасөз конференциясында министр айтты.", [("held", "өткен")]),
    # an official's stay at a farm, a field or a port is a visit, with no name needed before the place
    ("Аудан әкімі жуырда шаруа қожалықтарында болып, иелерімен кездесті.", [("visited", "болып"), ("met", "кездесті")]),
    # a council's sitting is an event; one held every term is a habit
    ("Бүгін мұғалімдердің дәстүрлі тамыз кеңесі болып өтті.", [("held", "өтті")]),
    ("Педагогикалық кеңес әр оқу тоқсанында кем дегенде бір рет өткізіледі.", []),
    # ... and a council organized is a body founded (test_events_general: 1990 жылы ұйымдастырылған кеңес)
    ("Аудандық кеңес 1990 жылы ұйымдастырылды.", []),
    # ... not a habit said outright, nor an aorist with no event noun
    ("Түрлі деңгейдегі жарыстар жиі өтеді.", []),
    ("Жүк осы өткел арқылы өтеді.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2025-11-12").events] == events


def test_a_post_of_punctuation_is_no_post():
    # a byline in slashes after the agency (``ҚазАқпарат /Сергей Кузнецов/``) holds no post
    text = "ПЕТРОПАВЛ. Тамыздың 13-і. ҚазАқпарат /Сергей Кузнецов/ - Облыстың элеваторлары дайын."
    assert analyze(text).roles == ()
