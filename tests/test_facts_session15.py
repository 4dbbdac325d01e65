"""Session 15 rules, read from real Kazakh news pages (news-test60 … news-test62): dates (a year-less day after
a year in the same sentence of an undated text, a year's first months said with алғашқы, an issue's number no
day, 'then and now' in a title), and quotes and speakers (``деп отыр``, ``болжамына сәйкес``, ``жариялады`` of a
clause, a body's people after its legal form, the body cited before ``делінген хабарламада``, a conditional
clause before the subject, a place in an oblique case, a TV caption with a title after a dash, the outlet's own
earlier story, a quoted paragraph that reports someone else, a body's post between it and its holder). One line
per case (docs/facts.md "Session 15")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATES = [
    # in an undated text a year-less day after a date with a year in the same sentence takes that year
    (
        "Декларацияны 2020 жылы 15 маусымға дейін немесе 15 қыркүйекке дейін өткізу керек.",
        None,
        [("2020 жылы 15 маусымға", "2020-06-15"), ("15 қыркүйекке", "2020-09-15")],
    ),
    (
        "2023 жылы ҰБТ сәуір және шілде айларында өтеді.",
        None,
        [("2023 жылы", "2023"), ("сәуір", "2023-04"), ("шілде айларында", "2023-07")],
    ),
    (
        "2020 жылы жоспар бекітілді. 15 қыркүйекте жиын өтті.",
        None,
        [("2020 жылы", "2020"), ("15 қыркүйекте", "XXXX-09-15")],
    ),
    # a dated article's year-less days take the sentence's year too (session 17; session 5 kept the publication's)
    (
        "2019 жылы ол Алматыда 5 мамырда сөйледі.",
        "2026-06-25",
        [("2019 жылы", "2019"), ("5 мамырда", "2019-05-05")],
    ),
    # a year's first months with алғашқы
    (
        "Бас прокуратура 2025 жылдың алғашқы екі айындағы шағымдарды жариялады.",
        None,
        [("2025 жылдың алғашқы екі айындағы", "2025-01/2025-02")],
    ),
    (
        "2026 жылдың алғашқы үш айында тариф өспейді.",
        None,
        [("2026 жылдың алғашқы үш айында", "2026-01/2026-03")],
    ),
    # an issue's number is no day
    ("(«ЕҚ», №20, 30 қаңтар, 2018 жыл)", None, [("30 қаңтар, 2018 жыл", "2018-01-30")]),
    # 'then and now' closing a title is no day; in a clause it names two
    ("Арыс вокзалы: кеше және бүгін\nБылтыр жарылыс болды.", "2020-06-16", [("Былтыр", "2019")]),
    ("Ол кеше және бүгін Астанада болды.", "2020-06-16", [("кеше", "2020-06-15"), ("бүгін", "2020-06-16")]),
]


DATES += [
    # a day right after 'every year' recurs
    (
        "Кезектер жыл сайын 30 маусымға дейін жаңартылып отырады.",
        "2026-03-16",
        [("30 маусымға", "XXXX-06-30")],
    ),
    ("Жиын 30 маусымға дейін өтеді.", "2026-03-16", [("30 маусымға", "2026-06-30")]),
    # 'in the coming days' (a plural of the unit) is no day
    ("Оңтүстік өңірлерде алдағы тәуліктерде өте ыстық болады.", "2026-03-16", []),
    ("Алдағы тәулікте жаңбыр жауады.", "2026-03-16", [("Алдағы тәулікте", "2026-03-17")]),
    # 'the present age' is no day
    ("Бұл бүгінгі заманауи прозаға қосылған шығарма.", "2026-02-19", []),
]


DATES += [
    # 'that day' takes the last day named up to 400 characters before, across wrapped lines and short paragraphs
    (
        "Қауым 23 қараша күні драманы тамашалай алады.\nРежиссері – Базыл Сұлтанғазы.\nСол күні концерт болады.",
        None,
        [("23 қараша", "XXXX-11-23"), ("Сол күні", "XXXX-11-23")],
    ),
    # 'that very day' of a year named before it
    (
        "25 қазан – Республика күні.\n1990 жылдың дәл осы күні Декларация қабылданды.",
        "2025-10-25",  # a feast's day defined recurs (session 11)
        [("25 қазан", "XXXX-10-25"), ("1990 жылдың", "1990"), ("осы күні", "1990-10-25")],
    ),
]


@pytest.mark.parametrize("text, published, dates", DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


QUOTES = [
    # деп отыр, деп жатыр quote the clause before them like a finite де; деп отырмыз is the speakers' own
    (
        "Мамандар апта жауын-шашынсыз болып, ауа температурасы жоғарылайды деп отыр.",
        [("reported", "апта жауын-шашынсыз болып, ауа температурасы жоғарылайды", "Мамандар")],
    ),
    ("Біз бүгін 1500-ден астам қатысушы келеді деп отырмыз.", []),
    # according to the forecast
    (
        "Синоптиктердің болжамына сәйкес, алдағы күндері ауа райына циклон әсер етеді.",
        [("reported", "алдағы күндері ауа райына циклон әсер етеді", "Синоптиктер")],
    ),
    # жариялады quotes a verbal clause, not a noun and not деп (a naming)
    (
        "Министрлік сыйлықтың басталғанын жариялады.",
        [("reported", "Министрлік сыйлықтың басталғанын", None)],
    ),
    ("Министрлік байқау қорытындысын жариялады.", []),
    ("Ол елдің тәуелсіздігін жариялап, оны бекітті.", []),
    ("Тоқаев 2025 жылды жұмысшы мамандықтар жылы деп жариялаған болатын.", []),
    ("Тоқаев 2022 жылды елімізде «Балалар жылы», деп жариялаған болатын.", []),
    # a body's people after its quoted name and legal form
    (
        "«Қазгидромет» РМК синоптиктері еліміздің бірқатар өңірінде күннің өте ыстық болатынын хабарлады.",
        [
            (
                "reported",
                "еліміздің бірқатар өңірінде күннің өте ыстық болатынын",
                "«Қазгидромет» РМК синоптиктері",
            )
        ],
    ),
    # a conditional clause opening the sentence holds no speaker
    (
        "Бас прокуратура өтініштерге тоқталды. Егер іс прокурордың қатысуынсыз қаралса, прокуратура мұндай "
        "арыздарды қарамайтынын ескертті.",
        [
            (
                "reported",
                "Егер іс прокурордың қатысуынсыз қаралса, прокуратура мұндай арыздарды қарамайтынын",
                None,
            )
        ],
    ),
    # a proper noun before an owned noun in an oblique case is a setting; a name before it is not
    (
        "ҚазАВтоЖол Жамбыл облысында көлік қозғалысына шектеу қойылғанын хабарлады.",
        [("reported", "Жамбыл облысында көлік қозғалысына шектеу қойылғанын", "ҚазАВтоЖол")],
    ),
    # the outlet's own earlier story (жазған едік, хабарлаған болатынбыз) is no quote; 'we said' is
    ("Бұған дейін 5 жолда көлік қозғалысы шектелгенін жазған едік.", []),
    ("Біз Президенттің АҚШ-қа келгенін хабарлаған болатынбыз.", []),
    ("Жиында бәрі жақсы болады деп айтқан болатынбыз.", [("reported", "Жиында бәрі жақсы болады", None)]),
    # a TV caption with a title after a dash, the words on the same line
    (
        "Лагерь ашылды.\nАйнұр Жүсіпәлі — Аға тәрбиеші: Қазір 150 бала демалып жатыр. Отызы тегін демалады.",
        [("direct", "Қазір 150 бала демалып жатыр. Отызы тегін демалады.", "Айнұр Жүсіпәлі")],
    ),
    # a body's post between the body and its holder: the holder speaks
    (
        "«QazaqGaz» ұлттық компаниясы» акционерлік қоғамының басқарма төрағасы Әлібек Жамауов газ кенішін "
        "барлау басталғанын мәлім етті.",
        [("reported", "газ кенішін барлау басталғанын", "Әлібек Жамауов")],
    ),
    # the subject of a modifier with a light verb is no speaker
    (
        "Тоқаев басшылық еткен комиссия жұмыстың аяқталғанын жариялады.",
        [("reported", "Тоқаев басшылық еткен комиссия жұмыстың аяқталғанын", None)],
    ),
]


QUOTES += [
    # a paragraph ending in a post, a name and a colon: the next paragraph is that person's
    (
        "Ардагерлерге құрмет көрсетілді.\nКездесу кешін ашқан бастық ерліктің үлгі екенін жеткізсе, облыстық Ауған "
        "соғысы ардагерлері Кеңесінің төрағасы Кайриддин Баймаханов:\nСоғыстың үлкен-кішісі болмайды.",
        [("direct", "Соғыстың үлкен-кішісі болмайды.", "Кайриддин Баймаханов")],
    ),
    # a TV caption run into its paragraph after a post and a name
    (
        "Орталық ашылды.\nОрталықтың ашылу рәсіміне қатысқан аудан әкімі Бағлан Батыршаев: Әлеуметтік "
        "қоғамның басты міндеті – балаларға қолдау көрсету.",
        [("direct", "Әлеуметтік қоғамның басты міндеті – балаларға қолдау көрсету.", "Бағлан Батыршаев")],
    ),
    # a caption before an interviewer's question quotes nothing; the answer is the person's, by full name
    (
        "Кино туралы әңгіме.\nМарат ҚАБЫШЕВ, кинорежиссер:\n– Марат Әнуарұлы, кино әлеміне келуіңізге не себеп "
        "болды?\n– Театрдағы тәжірибе мені режиссураға қарай жетеледі.",
        [("direct", "Театрдағы тәжірибе мені режиссураға қарай жетеледі.", "Марат Қабышев")],
    ),
    # one person described by age or standing is the person named just before, a blank line between
    (
        "Әскерге шақырылушылардың бірі Диас Есжанов бұл күнге дайындалғанын айтады.\n\n"
        "– Ата-анамның алаңдайтынын білемін, – дейді жас жігіт.",
        [
            ("reported", "бұл күнге дайындалғанын", "Диас Есжанов"),
            ("direct", "Ата-анамның алаңдайтынын білемін", "Диас Есжанов"),
        ],
    ),
    # a surname spelled the Russian way is the full name the article gives
    (
        "Қызылорда облысының әкімі Нұрлыбек Нәлібаев брифинг өткізді.\n«Ірі жобалар көп», – деп атап өтті "
        "Налибаев.",
        [("direct", "Ірі жобалар көп", "Нұрлыбек Нәлібаев")],
    ),
    # an office named back takes the holder a quote before resolved it to
    (
        "Министрдің айтуынша, Қазақстанда 1 958 аппарат бар.\n«Қосымша 4 153 аппарат сатып алып жатырмыз», – "
        "деді Алексей Цой.\nДенсаулық сақтау министрі жағдайдың тұрақталып келе жатқанын айтқан еді.",
        [
            ("reported", "Қазақстанда 1 958 аппарат бар", "Алексей Цой"),
            ("direct", "Қосымша 4 153 аппарат сатып алып жатырмыз", "Алексей Цой"),
            ("reported", "жағдайдың тұрақталып келе жатқанын", "Алексей Цой"),
        ],
    ),
    # a commission speaks as a body, not through its chairman
    (
        "Облыстық сайлау комиссиясы әкім сайлаулары белсенді жүргізіле бастағанын мәлімдеді.\n"
        "– 206 әкім сайлауы өтті, – деді комиссия төрағасы Әділбек Ерсұлтанов.",
        [
            ("reported", "әкім сайлаулары белсенді жүргізіле бастағанын", "Облыстық сайлау комиссиясы"),
            ("direct", "206 әкім сайлауы өтті", "Әділбек Ерсұлтанов"),
        ],
    ),
]


QUOTES += [
    # by scientists' judgement
    (
        "Ғалымдардың пайымдауынша, бұл мекеннің бәрін ежелде су алып жатқан.",
        [("reported", "бұл мекеннің бәрін ежелде су алып жатқан", "Ғалымдар")],
    ),
    # a caption's title after a comma, the words on the same line
    (
        "Кітаптар аударылды.\nРаушан Сайлауқызы, тілші:Әлемнің құнды кітаптары енді қазақша сөйлейді.",
        [("direct", "Әлемнің құнды кітаптары енді қазақша сөйлейді.", "Раушан Сайлауқызы")],
    ),
    # a region with a district in the locative after it is a setting: the credit after the verb names the speaker
    (
        "Қарағанды облысы Нұра ауданында браконьерлік жасалғаны туралы 25 желтоқсанда белгілі болды, деп "
        "жазады комитеттің баспасөз хатшысы Сәкен Ділдахмет Facebook желісінде.",
        [
            (
                "reported",
                "Қарағанды облысы Нұра ауданында браконьерлік жасалғаны туралы 25 желтоқсанда белгілі болды",
                "Сәкен Ділдахмет",
            )
        ],
    ),
]


@pytest.mark.parametrize("text, quotes", QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


def test_message_cited_after_a_body_speaks_for_it():
    """``«...», - делінген хабарламада`` after a body's words: that body's message (4 of 4 in the read news)."""
    text = (
        "Жоғарғы соттың хабарлауынша, отырыста алқабилер алқасы таңдалады.\n"
        "«Іріктеу алқабилердің жеке басын жария етпеу мақсатында жабық өтеді», - делінген хабарламада."
    )
    found = speakers(text)
    assert [q[0] for q in found] == ["reported", "direct"]
    assert found[0][2] == found[1][2] and found[1][2] is not None


def test_quoted_paragraph_reporting_another_stays_a_quote():
    """A paragraph in «» that reports another's words is still its speaker's quote, with the report inside."""
    text = (
        "Облыс әкімі Дастан Рыспеков мерекенің маңызын атап өтті:\n"
        "«2022 жылы осында құрылтай өтті. Сол жиында Мемлекет басшысы Қасым-Жомарт Тоқаев республика күнін "
        "ұлттық мереке ретінде қайта жаңғыртатынын жариялап, жаңа дәуірге қадам басқанын паш еткен болатын."
    )
    kinds = [(q[0], q[2]) for q in speakers(text)]
    assert ("direct", "Дастан Рыспеков") in kinds
    assert any(k == "reported" for k, _ in kinds)


EVENTS = [
    # a season, a festival or a show opened by its hosts is an opening
    ("Елордада театр кезекті маусымын ашты.", [("opened", "ашты")]),
    ("Баян Адырбек құттықтау сөз алып, фестивальді ашты.", [("opened", "ашты")]),
    ("Ол мағынасын ашып берді.", []),
    # 'in the near future' ties an aorist to an occasion
    ("Жақын уақытта фильмнің премьерасы өтеді.", [("held", "өтеді")]),
    ("Сабақтар қазақ тілінде өтеді.", []),
]


@pytest.mark.parametrize("text, events", EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2026-02-25").events] == events
