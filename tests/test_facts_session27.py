"""Session 27 rules, read from real Kazakh news pages (news-test198 … news-test226, never read before this session):
days listed with және are days each; a month's bare name before an assembly names the meeting, no date; verbal nouns of holding asked
or needed are no events; a post speaking with no holder names back the person who spoke or was named last (docs/facts.md "Session 27"). One line
per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

QUOTES = [
    # a post with no holder names back the person who spoke before, or was named last
    (
        "Бұл туралы баспасөз конференциясында Серік Ахметов айтты. Қорғаныс вице-министрінің дерегінше, шеруге 5 мың сарбаз қатысады.",
        [("reported", "шеруге 5 мың сарбаз қатысады", "Серік Ахметов")],
    ),
    (
        "Денсаулық сақтау министрі Ажар Ғиният брифинг өткізді.\n«Үш аймақта жағдай қолайсыз», – деді Денсаулық сақтау министрлігінің басшысы.",
        [("direct", "Үш аймақта жағдай қолайсыз", "Ажар Ғиният")],
    ),
    # 'had been said': a passive report with no speaker
    ("Бұған дейін оқиға орнына облыс әкімі ұшып кеткені айтылған болатын.", [("reported", "Бұған дейін оқиға орнына облыс әкімі ұшып кеткені", None)]),
    # the plural and the first persons of a participle close reported content
    ("Динара Закиева біз бұл күнді мереке ретінде атап өтетінімізді еске салды.", [("reported", "біз бұл күнді мереке ретінде атап өтетінімізді", "Динара Закиева")]),
    # a headline signed by a body NER tags whole, however long, or by a name with its surname in capitals
    ("Су қоймасы Қытайдан 10 млрд текше метр су қабылдай алады – Су ресурстары және ирригация министрлігі\nҚазақстан суды қабылдайды.", [("direct", "Су қоймасы Қытайдан 10 млрд текше метр су қабылдай алады", "Су ресурстары және ирригация министрлігі")]),
    ("Тоқтар ӘУБӘКІРОВ: Қазақ – намыстан жаралған халық\nТарихты жасайтын тұлғалар бар.", [("direct", "Қазақ – намыстан жаралған халық", "Тоқтар Әубәкіров")]),
    # ... but not one who holds the head of state's office
    (
        "Мемлекет басшысы Қасым-Жомарт Тоқаев заңдардың маңызды екенін айтты. «Палатаның жұмысы жалғасады», – деді Мәжіліс төрағасы.",
        [("reported", "заңдардың маңызды", "Қасым-Жомарт Тоқаев"), ("direct", "Палатаның жұмысы жалғасады", "Мәжіліс төрағасы")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


EVENTS = [
    # a verbal noun of holding or organizing asked, ordered or needed is no event
    ("Әкім мерейтойлық шараларды сапалы ұйымдастыруды тапсырды.", []),
    ("Жергілікті атқарушы орган оны өткізудің формасын бекітеді.", []),
    ("Көрмені Қазақстан кинологтар одағы ұйымдастырды.", [("organized", "ұйымдастырды")]),
    # a university, an academy or a college is where a delegation goes
    ("Торайғыров университетіне Ляонин университетінің делегациясы келді.", [("visited", "келді")]),
    # contests, hearings and other gatherings are event nouns: held after болып, or in a participle
    ("Ипподромда дүбірлі дода болып өтті.", [("held", "өтті")]),
    ("Тартысты өткен спартакиада нәтижесінде көкшетаулықтар жеңді.", [("held", "өткен")]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published=None).events] == events


DATES = [
    # days whose last one және joins are days each, the month read from the last
    ("Жаңбыр 22 және 24 шілдеде жауады.", [("22", "XXXX-07-22"), ("24 шілдеде", "XXXX-07-24")]),
    ("Шеру 7, 8, 9 және 10 мамырда өтеді.", [("7", "XXXX-05-07"), ("8", "XXXX-05-08"), ("9", "XXXX-05-09"), ("10 мамырда", "XXXX-05-10")]),
    # ... but аралығында 'between' after them, or мен, makes a range
    ("Сынақ 22 және 24 мамыр аралығында өтеді.", [("22 және 24 мамыр", "XXXX-05-22/XXXX-05-24")]),
    ("Фестиваль 10 мен 16 маусым аралығында өтеді.", [("10 мен 16 маусым", "XXXX-06-10/XXXX-06-16")]),
    # the teachers' August meeting is named by the bare month, no date
    ("Министр педагогтердің республикалық тамыз конференциясында сөз сөйледі.", []),
    ("Облыстық тамыз кеңесі өтті.", []),
    ("Кеңес тамызда өтті.", [("тамызда", "XXXX-08")]),
]  # fmt: skip

DATED = [
    # a dative verbal noun before a finite verb takes that verb's tense (пайдалануға берілді: past)
    ("Жаңа мектеп желтоқсан айында пайдалануға берілді.", [("желтоқсан айында", "2018-12")]),
    # ... but not a modal's (білуге болады 'one can know')
    ("Нәтижені бірінші сәуірден бастап білуге болады.", [("бірінші сәуірден", "2019-04-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2019-01-29").dates] == dates


@pytest.mark.parametrize(("text", "dates"), DATES)
def test_dates(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published=None).dates] == dates
