"""Session 7 event rules, read from real Kazakh news pages (news-dev, news-test after its scoring): events
inside direct quotes, headlines in capitals, meetings that may come, declaring a session open. One line per
case, through ``analyze``."""

from __future__ import annotations

import pytest

from derek import analyze
from derek.facts.grammar import caps_lowered

CASES = [
    # a headline in capitals is read in lower case; the event keeps the text's own spans
    ["ОБЛЫСТЫҚ МӘСЛИХАТТЫҢ СЕССИЯСЫ ӨТТІ\nСессияға депутаттар қатысты.", [("held", "ӨТТІ")]],
    # an event a speaker reports inside a direct quote counts
    ["«Кеше Астанада форум өтті», – деді министр.", [("held", "өтті")]],
    # a meeting in the dative before a word of readiness or invitation may come: no event
    ["Зеленский Путинмен кездесуге дайын екенін мәлімдеді.", []],
    ["Әкім тұрғындарымен кездесуге кетті.", [("met", "кездесуге")]],
    # session 8 (news-test8, read after its scoring): the converb and the future of the passive open too
    ["Барлық жерлерде вокзалдар ашылып, билет кассалары жұмыс істейді.", [("opened", "ашылып")]],
    ["Қалада 24 бағыт ашылмақ.", [("opened", "ашылмақ")]],
    # a rally begins; an official receives champions (news-test9, read after its scoring)
    ["Шымкентте ерікті жастардың екі күндік слеті басталды.", [("held", "басталды")]],
    ["Жуырда облыс әкімі әлем чемпионын қабылдады.", [("met", "қабылдады")]],
    ["Министр құжатты қабылдады.", []],
    # a building flings its doors open; a heart does not
    ["Алматыда төрт жаңа мектеп есігін айқара ашты.", [("opened", "ашты")]],
    ["Ол жүрегін айқара ашты.", []],
    # a delegation visits; a trip noun runs on to its motion verb over a post and a name
    ["13 қазан күні Қызылордаға Ақтөбе облысының делегациясы келді.", [("visited", "келді")]],
    [
        "Облысқа жұмыс сапарымен Ауыл шаруашылығы министрі Асылжан Мамытбеков келді.",
        [("visited", "сапарымен Ауыл шаруашылығы министрі Асылжан Мамытбеков келді")],
    ],
    # a partner NER cut (two capitalized words in -мен) on the phone; a received official tagged POSITION
    [
        "Мемлекет басшысы Түркия Президенті Режеп Тайип Ердоғанмен телефон арқылы сөйлесті.",
        [("talks", "сөйлесті")],
    ],
    ["Қаланың ақсақалдары Премьермен сөйлесіп қалудың мүмкіндігін жібермейді.", []],
    ["Мемлекет басшысы Астрахан облысының губернаторы Игорь Бабушкинді қабылдады.", [("met", "қабылдады")]],
    # declaring a session open is an opening, not an announcement
    ["Төраға сессияны ашық деп жариялады.", [("opened", "ашық деп жариялады")]],
    # session 9 (news-test10, read after its scoring): ceremonies, fairs, campaigns are event nouns
    ["Академияда курсанттардың ант беру рәсімі болып өтті.", [("held", "өтті")]],
    ["Елде 600-ге жуық ауыл шаруашылық жәрмеңкесі өткен.", [("held", "өткен")]],
    ["Президент баспасөз марафонын өткізді.", [("held", "өткізді")]],
    # received a person, in the converb: a meeting; a law adopted is none
    ["Облыс әкімі қордың төрағасы Абай Сарқұловты қабылдап, әңгімелесті.", [("met", "қабылдап")]],
    ["Депутаттар заңды қабылдап, Сенатқа жолдады.", []],
    # a place noun whose last consonant turns voiced is a goal (орталық -> орталығына)
    ["Президент Садыр Жапаров ұлттық ғарыш орталығына барды.", [("visited", "барды")]],
    # ... a clash with no event noun still is none
    ["Нигерияда бірнеше қарулы қақтығыстар болып өтті.", []],
]


@pytest.mark.parametrize(("text", "events"), CASES)
def test_events(text, events):
    doc = analyze(text, published="2026-02-25")
    assert [(e.type, e.trigger.text) for e in doc.events] == events
    assert all(doc.text[e.trigger.start : e.trigger.end] == e.trigger.text for e in doc.events)


def test_caps_lowered_keeps_length_and_other_lines():
    text = "ӘКІМ НЫСАНДАРДЫ АРАЛАДЫ\nҚР Президенті келді."
    assert caps_lowered(text) == "Әкім нысандарды аралады\nҚР Президенті келді."
    assert caps_lowered("ҚР СІМ") == "ҚР СІМ"  # short acronyms stay
