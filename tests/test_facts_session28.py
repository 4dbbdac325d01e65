"""Session 28 rules, read from real Kazakh news pages (news-test227 … news-test242, never read before this session):
a range's start takes its year from an end that says one; an accusative end before ``қоса алғанда`` closes a range; a month
with a case ending is no day's middle before a year; a bare cardinal before ``маусымында`` is a day of June; ``жыл басынан (бері)`` is the publication's year; a sentence
before ``X осылай деді`` is X's speech (docs/facts.md "Session 28"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATES = [
    # a range's start with no year takes its end's, or the year before when it falls later in the year
    ("Аулау 1 қарашадан 2025 жылдың 15 ақпанына дейін рұқсат.", [("1 қарашадан 2025 жылдың 15 ақпанына дейін", "2024-11-01/2025-02-15")]),
    ("Маусым тамыздың 31-нен бастап 2025 жылдың 15 ақпанына дейін ашық.", [("тамыздың 31-нен бастап 2025 жылдың 15 ақпанына дейін", "2024-08-31/2025-02-15")]),
    ("Жұмыс 1 наурыздан 2025 жылдың 15 мамырына дейін жүреді.", [("1 наурыздан 2025 жылдың 15 мамырына дейін", "2025-03-01/2025-05-15")]),
    # an end in the accusative before қоса алғанда / қоса есептегенде 'inclusive' closes the range
    ("16 ақпаннан 14 маусымды қоса есептегенде аң аулауға тыйым салынды.", [("16 ақпаннан 14 маусымды", "XXXX-02-16/XXXX-06-14")]),
    ("Мерзім 2022 жылғы 1 шілдеден бастап 2023 жылғы 15 ақпанды қоса алғанда белгіленді.", [("2022 жылғы 1 шілдеден бастап 2023 жылғы 15 ақпанды", "2022-07-01/2023-02-15")]),
    # a year after a day and month is theirs only when the month has no case ending
    ("Ол 5 шілде 2024 жылы келді.", [("5 шілде 2024 жылы", "2024-07-05")]),
    # a bare cardinal before маусымында is a day of June; an ordinal, a show's season
    ("Келісім 29 маусымында жасалды.", [("29 маусымында", "XXXX-06-29")]),
    ("Жобаның 2-маусымында 10 адам қатысты.", []),
    # ... 'since the start of the year' with no publication date is no date
    ("Жыл басынан бері облыста 18 бала ауырды.", []),
]  # fmt: skip


DATED = [
    # 'since the start of the year' is the publication's year
    ("Жыл басынан бері облыста 18 бала ауырды.", [("Жыл басынан бері", "2025")]),
    ("Ағымдағы жылдың басынан бері 5 мектеп ашылды.", [("Ағымдағы жылдың басынан", "2025")]),
    ("Бағасы жылдың басынан 2,4% өсті.", [("жылдың басынан", "2025")]),
    ("Әр жыл басынан бері жоспар құрылады.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2025-11-14").dates] == dates


@pytest.mark.parametrize(("text", "dates"), DATES)
def test_dates(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published=None).dates] == dates


QUOTES = [
    # the sentence before 'X said so' is X's reported speech, a group's too
    (
        "Ауданда 35 мыңға жуық көшет егілді.\nБаспасөз конференциясында аудан әкімі Абзал Егембердиев осылай деді.",
        [("reported", "Ауданда 35 мыңға жуық көшет егілді", "Абзал Егембердиев")],
    ),
    (
        "Бүгінде медициналық авиацияға жүгінушілердің саны артып отыр. Ұлттық орталықтың мамандары осылай дейді.",
        [("reported", "Бүгінде медициналық авиацияға жүгінушілердің саны артып отыр", "Ұлттық орталықтың мамандары")],
    ),
    # a greeting handed over is no clause
    ("Облыс әкімінің орынбасары Қанат Дүзелбаев өңір басшысының құттықтауын жеткізді.", []),
    # a regional agency or a channel by its initials crediting the story is the outlet, no speaker
    ("Семейде сәбіздің құны келісіне 500 теңгеден асыпты деп хабарлайды КТК.", []),
    ("Жалағаш ауданында күн электр станциясы салынып жатыр,- деп хабарлайды Абай-ақпарат.", []),
    ("КТК дерегіне сүйенсек, қалада 20 мектеп салынады.", [("reported", "қалада 20 мектеп салынады", "КТК")]),
    # a value estimated is no speech
    ("Облыс орталығында тұрғын үйдің шаршы метрі 197 мың теңгеге бағаланады.", []),
    # a TV caption in capitals whose name ends in a surname may have commas in its title
    (
        "Ол экстремизм жайында айтты.\nДОСАЙ КЕНЖЕТАЕВ, ПРОФЕССОР, ФИЛОСОФИЯ ҒЫЛЫМДАРЫНЫҢ ДОКТОРЫ\nЖаңа діни ағымдар бар қазір. Олар жастарды тартады.",
        [("direct", "Жаңа діни ағымдар бар қазір. Олар жастарды тартады.", "Досай Кенжетаев")],
    ),
    ("ЖАМБЫЛ ОБЛЫСТЫҚ, ҚАЛАЛЫҚ, АУДАНДЫҚ МӘСЛИХАТТАРЫ\nСайлау өтті. Депутаттар сайланды.", []),
    # a name opening a sentence, its title after a comma, a colon: the rest is the person's words
    (
        "Кеден жұмысы өзгерді. Дархан Нұрланов, комитет басқармасының бас сарапшысы: - Ресейден тауар алып өткенде декларация қажет.",
        [("direct", "Ресейден тауар алып өткенде декларация қажет.", "Дархан Нұрланов")],
    ),
    # ... or a name NER missed, its surname in capitals; caption after caption in one paragraph, each to the next
    (
        "Зауытпен танысты. Заңғар САНАЙ,ТІЛШІ: Қостанай жылқысы ат спортына бейім, шыдамды. Берік ӘМІРОВ, АТБЕГІ: Бұл жылқы барлық жарысқа жарайды.",
        [("direct", "Қостанай жылқысы ат спортына бейім, шыдамды.", "Заңғар Санай"), ("direct", "Бұл жылқы барлық жарысқа жарайды.", "Берік Әміров")],
    ),
    # a caption's name in capitals joined to its title by a hyphen
    (
        "Электрсамокаттар көп.\nАЙЗАТ ТҰРҒЫНБЕКҚЫЗЫ-ТІЛШІ:\n— Енді электрсамокатты кез келген жерге қоюға болмайды.",
        [("direct", "Енді электрсамокатты кез келген жерге қоюға болмайды.", "Айзат Тұрғынбекқызы")],
    ),
    # ... not a question put before it
    ("Бағдарлама қашан іске қосылады? Әкім осылай деді.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


SPEAKERS = [
    # a name in the dative opens an object, no speaker: the clause after отырып has none, the sentence's body speaks
    ("Келіссөздер барысында «Cathay» компаниясының өкілі жаңа ұшақтарды ескере отырып, Қазақстанға тікелей рейстер ашу жоспары бар екенін жеткізді.", ["Cathay"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), SPEAKERS)
def test_speakers(text, names):
    assert [q.speaker.normal if q.speaker else None for q in analyze(text, published=None).quotes] == names
