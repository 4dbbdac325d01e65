"""Session 11 quote rules, read from real Kazakh news pages (the read parts, news-dev … news-test18): speech the
text ends in, cut off before its cue, a paragraph's dash set flush to a capital, and a speaker described in common
nouns (``қоғам белсендісі``) who is the person the article names with those words; from news-test19, after its
scoring: a вице-министр holds no minister's office, a body's initials (``ҚР СІМ ресми өкілі``), ``Ведомство`` as
the body named last, a body in quote marks owning the speaker's post, speech closed by a dash with no opening
mark; from news-test20 and news-test21: a bare office with no holder takes the person named last before it
with no post, «...», - деді. with nothing after takes the last speaker, a participle cue's subject after it; from news-test22: a document named as the speaker (``– делінген хабарламада``) gives the body the
article cites as its source, or no one; from news-test23: a post opening its clause after a setting (``Есеп беру
барысында қала әкімі ...``). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

CASES = [
    # the last paragraph opens with a dash and no cue follows: the subject of the sentence before speaks
    [
        "Жиынға облыс әкімінің орынбасары Айгүл Нұрланова қатысты.\n– Биыл ауылда үш мектеп салынады. Жұмыс басталды.",
        [("direct", "Биыл ауылда үш мектеп салынады. Жұмыс басталды.", "Айгүл Нұрланова")],
    ],
    # a « that never closes: still speech, with no speaker when none is named
    [
        "Ауылда жаңа балабақша ашылды.\n«Балабақшада жүз бала тәрбиеленеді. Барлығы дайын.",
        [("direct", "Балабақшада жүз бала тәрбиеленеді. Барлығы дайын.", None)],
    ],
    # a hyphen flush to a capital opens a speech paragraph as a spaced dash does
    [
        "Мерекеде көп балалы ана Гүлнар Сәрсенова сөз алды.\n-Ана болу – үлкен бақыт. Балаларым менің қуанышым.",
        [("direct", "Ана болу – үлкен бақыт. Балаларым менің қуанышым.", "Гүлнар Сәрсенова")],
    ],
    # a common-noun speaker takes the person the article describes with the same words just before the name
    [
        "Белгілі заңгер, қоғам белсендісі Серік Омаров жиында сөйледі.\n«Парламент жұмысы әлі де әлсіз болып отыр», – деді қоғам белсендісі.",
        [("direct", "Парламент жұмысы әлі де әлсіз болып отыр", "Серік Омаров")],
    ],
    # ... not a group, whose own words are no description of the name after them
    [
        "Тарихшылардың айтуынша, Абылай заманында талай жауға тойтарыс берген.",
        [("reported", "Абылай заманында талай жауға тойтарыс берген", "Тарихшылар")],
    ],
    # news-test19: the minister is not the вице-министр named too
    [
        "Басқарма басшысы болып бұрынғы вице-министр Камалжан Надыров тағайындалды. Бұл жайында денсаулық сақтау "
        "министрі Елжан Біртанов айтты.\nМинистрдің айтуынша, Надыров тәжірибелі маман.",
        [("reported", "Надыров тәжірибелі маман", "Елжан Біртанов")],
    ],
    # a body's initials before the post: the holder the article names with the body in full
    [
        "Бұл туралы ҚР Сыртқы істер министрлігінің ресми өкілі Айбек Смадияров брифингте айтты.\n"
        "«Сапар келесі аптада өтеді», - деді ҚР СІМ ресми өкілі.",
        [("direct", "Сапар келесі аптада өтеді", "Айбек Смадияров")],
    ],
    # 'the agency': the ministry named last
    [
        "Ош қаласында Бас консулдық ашылды, деп хабарлайды Сыртқы істер министрлігі.\n"
        "Ведомствоның мәліметінше, консулдықтың ашылу рәсімі өтті.",
        [
            ("reported", "Ош қаласында Бас консулдық ашылды", "Сыртқы істер министрлігі"),
            ("reported", "консулдықтың ашылу рәсімі өтті", "Сыртқы істер министрлігі"),
        ],
    ],
    # a body in quote marks owns the post that speaks; speech closed by a dash with no opening mark
    [
        "Партияның Атқарушы хатшысы Асхат Оралов жиынға қатысты.\n«Жастар үшін әлеуметтік лифт болатынына кәміл "
        "сенемін», – деді «AMANAT» партиясының Атқарушы хатшысы.",
        [("direct", "Жастар үшін әлеуметтік лифт болатынына кәміл сенемін", "Асхат Оралов")],
    ],
    [
        "Партияның Атқарушы хатшысы Асхат Оралов жиынға қатысты.\nЖиын жастардың бірлігін айқындады. Жастар үшін "
        "әлеуметтік лифт болатынына кәміл сенемін, – деді партияның Атқарушы хатшысы.",
        [("direct", "Жастар үшін әлеуметтік лифт болатынына кәміл сенемін", "Асхат Оралов")],
    ],
    # news-test21: a bare office no role holds is the person named last before it; «...», - деді. goes on with them
    [
        "Сессияда бюджет туралы Қырымбек Көшербаев кең көлемде тоқталды. Аймақ басшысы жоспар дағдарысқа қарсы "
        "іс-қимылдарға арналғанын жеткізді.\n«Әлеуметтік салаларға бөлінетін қаржы кемімейді», - деді.",
        [
            ("reported", "жоспар дағдарысқа қарсы іс-қимылдарға арналғанын", "Қырымбек Көшербаев"),
            ("direct", "Әлеуметтік салаларға бөлінетін қаржы кемімейді", "Қырымбек Көшербаев"),
        ],
    ],
    # a participle cue: its subject stands right after it
    [
        "Депутаттар заң жобасын мақұлдады.\nСессияның жұмысы аяқталғанын айтқан Палата Төрағасы нәтижелерге тоқталды.",
        [("reported", "Сессияның жұмысы аяқталғанын", "Палата Төрағасы")],
    ],
    # a cut-off paragraph after one with no subject: the one person that paragraph names
    [
        "Шараға зейнеткер Гүлбаршын Сәрсенова да қатысты. Жасы 70-ке жуықтаған Гүлбаршын Сәрсенованың қимылы ширақ.\n"
        "— Таяқпен жүрудің нәтижесі өте жақсы. Белім ауырмайды.",
        [("direct", "Таяқпен жүрудің нәтижесі өте жақсы. Белім ауырмайды.", "Гүлбаршын Сәрсенова")],
    ],
    # news-test22: a press release speaks for the body the article names as its source, else for no one
    [
        "Полицейлер есірткі тәркіледі. Бұл туралы ҚР Ішкі істер министрлігінің баспасөз қызметі хабарлады.\n"
        "– Иттің арқасында полицейлер көліктен есірткі тәркіледі, – делінген хабарламада.",
        [
            (
                "direct",
                "Иттің арқасында полицейлер көліктен есірткі тәркіледі",
                "ҚР Ішкі істер министрлігінің баспасөз қызметі",
            )
        ],
    ],
    [
        "Жиын өтті.\n«Тараптар екіжақты ынтымақтастықты талқылады», – делінген хабарламада.",
        [("direct", "Тараптар екіжақты ынтымақтастықты талқылады", None)],
    ],
    # news-test23: a setting (a locative, a postposition of time) before the post that speaks
    [
        "Есеп беру барысында қала әкімі ең бірінші кезекте халықтың қызметшісі екенін айтты.",
        [("reported", "ең бірінші кезекте халықтың қызметшісі", "қала әкімі")],
    ],
    # not cut off: a dashed list's last item, a text of one paragraph, a closed «», a dash paragraph mid-text
    ["Қажетті құжаттар тізімі:\n- өтініш;\n- жеке куәліктің көшірмесі мен анықтама.", []],
    ["– Биыл егін жақсы шықты, бәрі дайын.", []],
    ["Ауылда жаңа балабақша ашылды.\n«Балабақшада жүз бала тәрбиеленеді. Барлығы дайын».", []],
    [
        "Ауылда жаңа балабақша ашылды.\n– Балабақшада жүз бала тәрбиеленеді. Барлығы дайын.\nЖиын аяқталды.",
        [],
    ],
]


@pytest.mark.parametrize("text, quotes", CASES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
