"""Session 16 rules, read from real Kazakh news pages (news-test70 … news-test75): dates (a programme's day heading
its list of clock times, ranges of whole hours and of a part of day, 'from A between B', an afternoon hour in
words, a decade with a spaced hyphen, a month after a word ending in кіші, a capitalized month in the instrumental
opening a sentence), quotes and speakers (``деп`` + the speaker + the verb, a body's representative pointing back,
a group in the nominative before пікірінше, a negative speech verb, a clause after бірақ, a cue inside a quote
opened by Айтуынша), posts (a second post after a comma and a quoted body), events (a fair held), names (a post
word opening a PERSON, an oil field, a surname in -ын). One line per case (docs/facts.md "Session 16")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATES = [
    # a day heading a list: the clock times of its items are on that day
    (
        "Бағдарлама:\n- 27 тамыз:\n- сағат 10.00-де көрме;\n- сағат 18.00-де кеш.\n",
        None,
        [
            ("27 тамыз", "XXXX-08-27"),
            ("сағат 10.00-де", "XXXX-08-27T10:00"),
            ("сағат 18.00-де", "XXXX-08-27T18:00"),
        ],
    ),
    (
        "27 тамыз:\nКеш өтті. Сағат 18.00-де отшашу болады.",
        None,
        [("27 тамыз", "XXXX-08-27"), ("Сағат 18.00-де", "XXXX-XX-XXT18:00")],
    ),
    # ranges of whole hours and after a part of day
    (
        "24 желтоқсан күні сағат 12:00-14:00 аралығында орталық ашылады.",
        "2025-12-20",
        [("24 желтоқсан", "2025-12-24"), ("сағат 12:00-14:00", "2025-12-24T12:00/2025-12-24T14:00")],
    ),
    (
        "Ал кешкі 6.00-ден 10.00-ге дейін кеш өтеді.",
        None,
        [("кешкі 6.00-ден 10.00-ге дейін", "XXXX-XX-XXT18:00/XXXX-XX-XXT22:00")],
    ),
    (
        "Дүкен таңғы 9-дан кешкі 8-ге дейін ашық.",
        None,
        [("таңғы 9-дан", "XXXX-XX-XXT09:00"), ("кешкі 8-ге", "XXXX-XX-XXT20:00")],
    ),
    # an afternoon hour after түскі
    ("Жәрмеңке түскі бірге дейін жұмыс істейді.", None, [("түскі бірге", "XXXX-XX-XXT13:00")]),
    # 'from A between B'
    (
        "Көрме 14 мамырдан 17 мамыр аралығында өтеді.",
        "2019-05-10",
        [("14 мамырдан 17 мамыр аралығында", "2019-05-14/2019-05-17")],
    ),
    # a decade with a space after the hyphen
    ("Ол 30- шы жылдары Түркіменстанға көшті.", None, [("30- шы жылдары", "193")]),
    # кіші closing a word is no folk period (кіші шілде)
    ("Көрсеткіші шілде айында едәуір артты.", None, [("шілде айында", "XXXX-07")]),
    ("Кіші шілде басталды.", None, []),
    # a capitalized month opening a sentence in the instrumental
    ("Шілдемен салыстырғанда сауда 15 пайызға азайды.", "2020-08-10", [("Шілдемен", "2020-07")]),
]


DATES += [
    # a finite verb right before another is a misread adjective: the future tells this year's day
    (
        "26 тамызда Қазақстанның жеті өңірінде аптап ыстық болады.",
        "2025-08-25",
        [("26 тамызда", "2025-08-26")],
    ),
    ("30 тамызда келіп кетті.", "2025-08-25", [("30 тамызда", "2024-08-30")]),
]


DATES += [
    # a participle away from a bare date modifies a noun; the finite verb after it tells the year
    (
        "20 мамыр халықаралық мамандандырылған EXPO-2017 көрмесіне арналған «Астана-Арена» стадионынан бұқаралық "
        "веложарыс бастау алады.",
        "2017-05-18",
        [("20 мамыр", "2017-05-20")],
    ),
    (
        "Шілденің 8-і күні Астананың 20-жылдығына арналған велошеру өтеді.",
        "2018-07-05",
        [("Шілденің 8-і", "2018-07-08")],
    ),
    (
        "6-ншы қыркүйек күнгі өткен отырыста шешім қабылданды.",
        "2020-06-01",
        [("6-ншы қыркүйек", "2019-09-06")],
    ),
]


DATES += [
    # a negative past (алмады) is no -ады future
    ("Кейбір ұйымдар әлі де қазан айының ақшасын алмады.", "2025-12-03", [("қазан айының", "2025-10")]),
]


DATES += [
    # a month's first day; a date naming a village is no date
    ("Домбыра күні шілденің алғашқы күні бекітілген.", None, [("шілденің алғашқы күні", "XXXX-07-01")]),
    ("Түркістан облысы Төлеби ауданы Бірінші мамыр ауылында тұрғындар наразы.", "2025-05-10", []),
    ("1 мамырда ауылда мереке өтті.", "2025-05-10", [("1 мамырда", "2025-05-01")]),
]


@pytest.mark.parametrize("text, published, dates", DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


QUOTES = [
    # деп, the speaker, then the speech verb
    (
        "Вакцина салу науқаны өңірде 26 қыркүйекте басталды, - деп облыстық санитариялық-эпидемиологиялық "
        "бақылау департаменті мәлімдеді.",
        [
            (
                "direct",
                "Вакцина салу науқаны өңірде 26 қыркүйекте басталды",
                "облыстық санитариялық-эпидемиологиялық бақылау департаменті",
            )
        ],
    ),
    (
        "Жұмыс өте жақсы жалғасады, - деп министрлік мәлімдеді.",
        [("direct", "Жұмыс өте жақсы жалғасады", "министрлік")],
    ),
    # an object before the verb leaves деп + the next word as the cue (as before)
    (
        "Мен бұған мүлде қарсымын, — деп ол сөзін қысқа қайырды.",
        [("direct", "Мен бұған мүлде қарсымын", None)],
    ),
    # a group in the nominative before пікірінше
    ("Сарапшылар пікірінше, баға өседі.", [("reported", "баға өседі", "Сарапшылар")]),
    # a negative speech verb says nothing; the clause after бірақ is the speech
    ("Ол бұл туралы ештеңе айтпады.", []),
    (
        "Зауытты қай автоөндіруші алатынын шенді айтпады, бірақ кәсіпорын тұралап қалмайтынын атап өтті.",
        [("reported", "кәсіпорын тұралап қалмайтынын", None)],
    ),
    # a cue inside speech opened by Айтуынша is part of that speech
    (
        "Тимур Мұратов Үкімет отырысында сөйледі. Айтуынша, бүгін 2 174 дәріхана стандартқа сәйкестігін растаған.",
        [("reported", "бүгін 2 174 дәріхана стандартқа сәйкестігін растаған", "Тимур Мұратов")],
    ),
    # the ministry's representative points back to the person who spoke
    (
        "Денсаулық сақтау вице-министрі Тимур Мұратов Үкімет отырысында мәлімдеді. Ведомство өкілі дәріханалар "
        "көбейгенін атап өтті.",
        [("reported", "дәріханалар көбейгенін", "Тимур Мұратов")],
    ),
    # a bare office named back takes the holder of a post of the same office (аймақ басшысы: облыс әкімі)
    (
        "Кешеннің ашылуына аймақ басшысы Ерлан Арын қатысты. Әкім оның облыстағы бірінші қойма екенін атап өтті.",
        [("reported", "оның облыстағы бірінші қойма", "Ерлан Арын")],
    ),
    # a post word opening a sentence is no part of the person's name
    (
        "Министр Ерлан Нысанбаев жобалар қаралатынын айтты.",
        [("reported", "жобалар қаралатынын", "Ерлан Нысанбаев")],
    ),
]


QUOTES += [
    # a plain group before деп отыр, and after дейді and a comma
    (
        "Мамандар апта жауын-шашынсыз болады деп отыр.\n\nҚара теңізден Қазақстан аумағына антициклон жылжиды.",
        [("reported", "апта жауын-шашынсыз болады", "Мамандар")],
    ),
    (
        "Бұл құбырлардың әбден тозғанын көрсетеді дейді, мамандар. Астанада жиын өтті.",
        [("reported", "Бұл құбырлардың әбден тозғанын көрсетеді", "мамандар")],
    ),
    # a body's quoted name and legal form before мәліметінше
    (
        '"Қазгидромет" РМК мәліметінше, Астанада ертең ауа райы ыстық болады.',
        [("reported", "Астанада ертең ауа райы ыстық болады", "«Қазгидромет» РМК")],
    ),
    # no subject opens with an oblique pronoun
    (
        "Кейін оған өзін банк қызметкері ретінде таныстырған адам хабарласып, шотында күмәнді операциялар "
        "тіркелгенін айтқан.",
        [
            (
                "reported",
                "оған өзін банк қызметкері ретінде таныстырған адам хабарласып, шотында күмәнді операциялар "
                "тіркелгенін",
                None,
            )
        ],
    ),
    # the possessive participle after a genitive holder
    (
        "Дидар Смағұлов айтты. Оның атап өткеніндей, мамандық тізімі комиссия арқылы анықталады.",
        [("reported", "мамандық тізімі комиссия арқылы анықталады", "Дидар Смағұлов")],
    ),
]


QUOTES += [
    # the person closing the sentence after the verb and his titles
    (
        "Бұл жобаның құрылысы биыл желтоқсан айында толық аяқталады дейді «Сарыағаш су шаруашылығы» ЖШС-нің "
        "директор орынбасары Нұрғали Арызқұлов.",
        [("reported", "Бұл жобаның құрылысы биыл желтоқсан айында толық аяқталады", "Нұрғали Арызқұлов")],
    ),
    # the one reporting points back; a body's name in lowercase words after its opening capital
    (
        "Бұл туралы басқарма басшысы Жомарт Бақыткелдіұлы мәлімдеді. Баяндамашының сөзінше, жоспар бекітілген.",
        [("reported", "жоспар бекітілген", "Жомарт Бақыткелдіұлы")],
    ),
    (
        "Су ресурстары және ирригация министрлігі мәліметінше, каналдар тазартылып жатыр.",
        [("reported", "каналдар тазартылып жатыр", "Су ресурстары және ирригация министрлігі")],
    ),
]


QUOTES += [
    # мәліметі бойынша opens speech; a dropped subject after it is the speaker named before
    (
        "Агенттік мәліметі бойынша, қазір елімізде 15 компанияның лицензиясы бар.",
        [("reported", "қазір елімізде 15 компанияның лицензиясы бар", "Агенттік")],
    ),
    (
        "Айдар Нұралиевтің айтуынша, айыппұл салынады. Бұдан бөлек, енді бірыңғай жүйе енгізіледі деді.",
        [
            ("reported", "айыппұл салынады", "Айдар Нұралиев"),
            ("reported", "Бұдан бөлек, енді бірыңғай жүйе енгізіледі", "Айдар Нұралиев"),
        ],
    ),
    # аталған 'the said' after a name is no participle of which the name is the subject
    (
        "Кездесуде бөлім басшысы Бексұлтан Шалабаев аталған аумақтағы ағаштар егілетінін айтты.",
        [("reported", "аталған аумақтағы ағаштар егілетінін", "Бексұлтан Шалабаев")],
    ),
    # ол whose antecedent is a description takes the person the description names
    (
        "Белгілі фотограф Дмитрий Доценконың объективіне ілбіс ілікті.\nФотографтың сөзінше, ол жыртқышты суретке "
        "түсірген.\n– Бүгін арманым орындалды, ілбісті көрдім, - деп жазды ол.",
        [
            ("reported", "ол жыртқышты суретке түсірген", "Дмитрий Доценко"),
            ("direct", "Бүгін арманым орындалды, ілбісті көрдім", "Дмитрий Доценко"),
        ],
    ),
]


QUOTES += [
    # a headline closed by a dash and the speaker's initials and surname
    (
        "Мемлекеттік тіл мәселесі қоғамның талап етуіне қарай шешімін табады - Б. Әбдіғалиев\n\nҚор қызметке кірісті.",
        [("direct", "Мемлекеттік тіл мәселесі қоғамның талап етуіне қарай шешімін табады", "Б. Әбдіғалиев")],
    ),
]


QUOTES += [
    # 'about this' and a source's «name» right before the verb: the name is the subject, no speech
    ("Ғалымдар дабыл қағып жатыр. Бұл туралы «Хабар 24» хабарлады.", []),
    ("Бұл туралы министр: «Біз бәріне дайынбыз», – деді.", [("direct", "Біз бәріне дайынбыз", "министр")]),
]


QUOTES += [
    # деп санайды 'they consider' of a clause is reported; of an adjective it is a judgement; a collective speaks
    (
        "Ауыл тұрғындары нысанның ауылға жақын орналасуы денсаулыққа қауіп төндіреді деп санайды.",
        [("reported", "нысанның ауылға жақын орналасуы денсаулыққа қауіп төндіреді", "Ауыл тұрғындары")],
    ),
    ("Кеңес үміткердің елдегі жағдаймен етене жақын болғанын маңызды деп санайды.", []),
    (
        "Бұған тұрғындар наразылық білдірді. Көпшілік бұл табиғатқа қастандық жасау деп санайды.",
        [("reported", "бұл табиғатқа қастандық жасау", "Көпшілік")],
    ),
]


@pytest.mark.parametrize("text, quotes", QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


ROLES = [
    # a second post after a comma, its body's name in quotes
    (
        "Мәжіліс депутаты, «AMANAT» партиясы фракциясының мүшесі Нартай Сәрсенғалиев сынға алды.",
        [("Нартай Сәрсенғалиев", "Мәжіліс депутаты"), ("Нартай Сәрсенғалиев", "мүше")],
    ),
    # a surname in -ын keeps it
    ("Аймақ басшысы Ерлан Арын қатысты.", [("Ерлан Арын", "басшы")]),
]


@pytest.mark.parametrize("text, roles", ROLES)
def test_roles(text, roles):
    assert [(r.person.normal, r.position.normal) for r in analyze(text).roles] == roles


ENTITIES = [
    # a post word opening a PERSON is a POSITION of its own
    ("Әкім Бердібек Сапарбаев жиынға қатысты.", [("Әкім", "POSITION"), ("Бердібек Сапарбаев", "PERSON")]),
    # a name before кен орны is an oil field, no person
    ("Министр Қашаған кен орнына барды.", [("Министр", "POSITION")]),
]


@pytest.mark.parametrize("text, entities", ENTITIES)
def test_entities(text, entities):
    assert [(e.text, e.label) for e in analyze(text).entities] == entities


EVENTS = [
    # a fair (жәрмеңке, which ends like a dative) is held
    ("Орал қаласында 7 ақпанда жәрмеңке өтеді.", [("held", "өтеді")]),
    ("Тауарларды дүкендерге өткізеді.", []),
]


@pytest.mark.parametrize("text, events", EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2026-02-25").events] == events
