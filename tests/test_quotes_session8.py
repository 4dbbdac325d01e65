"""Session 8 quote rules, read from real Kazakh news pages (news-dev … news-test7, tests/data/README.md):
connectives before a dropped subject, posts named in other words (Сенат спикері = Сенат төрағасы), a kind of
place choosing among holders, an organization's head, and heads of state named apart from their office. One
line per case, through ``analyze``."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze
from derek.facts.mentions import strip_case
from derek.facts.speakers import accusative

CASES = [
    # a connective opening the sentence is neither the speaker nor content: the subject is the one before
    [
        "Аудан әкімі Бақыт Омаров ауылды аралады. Сонымен қатар, жолдың биыл жөнделетінін айтты.",
        ("reported", "жолдың биыл жөнделетінін", "Бақыт Омаров"),
    ],
    # ... and a post after the connective is the subject
    [
        "Аудан әкімі Бақыт Омаров тұрғындармен кездесті. Артынша аудан әкімі ауылдағы әр өтініштің қаралатынын атап өтті.",
        ("reported", "ауылдағы әр өтініштің қаралатынын", "Бақыт Омаров"),
    ],
    # one office in other words: the Senate's speaker is its chairman
    [
        "Сенат төрағасы Мәулен Әшімбаев журналистердің сұрақтарына жауап берді.\n– Заң жобасы әлі талқыланады, – деп жауап берді Сенат спикері.",
        ("direct", "Заң жобасы әлі талқыланады", "Мәулен Әшімбаев"),
    ],
    # a kind of place chooses among two akims: the district's
    [
        "Облыс әкімі Нұржан Нұржігітов пен Байзақ ауданының әкімі Бақыт Қазанбасов зауытты аралады.\n– Ауданымызда жаңа өндіріс ашылды, – деді аудан әкімі.",
        ("direct", "Ауданымызда жаңа өндіріс ашылды", "Бақыт Қазанбасов"),
    ],
    # the head of an organization named by its kind
    [
        "Бұл туралы Шұғыл медицина орталығының басқарма төрағасы Ержан Әділбеков мәлімдеді.\n– Жаңа корпус салынады, – деп атап өтті орталық басшысы.",
        ("direct", "Жаңа корпус салынады", "Ержан Әділбеков"),
    ],
    # the head of state the article names apart from the office, among several untitled persons
    [
        "Мемлекет басшысы Түркияның Сыртқы істер министрі Мевлют Чавушоғлуды қабылдады. Кездесуге Асқар Мамин"
        " қатысты. Қасым-Жомарт Тоқаев ынтымақтастықтың маңызын айтты.\nМемлекет басшысы комиссия"
        " отырысының келесі аптада өтетінін айтты.",
        ("reported", "комиссия отырысының келесі аптада өтетінін", "Қасым-Жомарт Тоқаев"),
    ],
    # two heads of state named: the one in office on the publication date
    [
        "Нұрсұлтан Назарбаев пен Қасым-Жомарт Тоқаев форумға қатысты. «Түркі әлемінің бірлігі нығая береді», – деді Президент.",
        ("direct", "Түркі әлемінің бірлігі нығая береді", "Қасым-Жомарт Тоқаев"),
    ],
    # a place speaks only when no person, post or body does
    [
        "Қазақстан премьерімен келіссөздер барысында Александр Лукашенко екі елдің мақсаттары ұқсас екенін атап өтті.",
        ("reported", "екі елдің мақсаттары ұқсас", "Александр Лукашенко"),
    ],
    # the agency's dateline is no speaker (the sentence opens with the agency after the city's full stop)
    [
        "Жиын өтті.\nАСТАНА. KAZINFORM – Ұлттық академияның президенті Ақылбек Күрішбаев академияның ғимараты"
        " мемлекет меншігінде қалатынын айтты.",
        ("reported", "академияның ғимараты мемлекет меншігінде қалатынын", "Ақылбек Күрішбаев"),
    ],
    # an opener after a genitive possessor needs no comma
    [
        "Төтенше жағдайлар бөлімінің басшысы Серік Төлеубайдың айтуынша көшедегі үйлерде жұмыс жүріп жатыр.",
        ("reported", "көшедегі үйлерде жұмыс жүріп жатыр", "Серік Төлеубай"),
    ],
    # a participial opener: its nominative subject speaks
    [
        "Оқу-ағарту министрлігінің баспасөз қызметі мәлім еткендей, съезд алғаш рет өтеді.",
        ("reported", "съезд алғаш рет өтеді", "Оқу-ағарту министрлігінің баспасөз қызметі"),
    ],
    [
        "Басқарма таратқан ақпаратқа сүйенсек, ғимарат үш блоктан тұрады.",
        ("reported", "ғимарат үш блоктан тұрады", "Басқарма"),
    ],
    # 'they say': the people the sentence before names
    [
        "Ақмола облысының Ерейментау ауданының тұрғындары өз әкімдерінің қылығына наразы болуда. Айтуларынша, шенеунік той өткізген.",
        ("reported", "шенеунік той өткізген", "Ақмола облысының Ерейментау ауданының тұрғындары"),
    ],
    # a paragraph of speech after the paragraph that names its speaker: opened by a dash ...
    [
        "Жиында «Жастар ресурстық орталығы» КММ директоры Талғат Тлес мәлімдеді.\n– Жастар күнін өңірде атап"
        " өтудің іс-шаралары жоспарланды. Биыл мерекеге мыңдаған жас қатысады.",
        (
            "direct",
            "Жастар күнін өңірде атап өтудің іс-шаралары жоспарланды. Биыл мерекеге мыңдаған жас қатысады.",
            "Талғат Тлес",
        ),
    ],
    # ... or wholly in «», or opened by « that closes in a later paragraph
    [
        "Аудан әкімі Жамантай Бейсенбаев мәлім етті.\n«Бүгінгі күнді ақпаратсыз елестету мүмкін емес. Аудан халқы газетті сүйіп оқиды».",
        (
            "direct",
            "Бүгінгі күнді ақпаратсыз елестету мүмкін емес. Аудан халқы газетті сүйіп оқиды",
            "Жамантай Бейсенбаев",
        ),
    ],
    # an interview: the answer is the interviewee's (the question is no quote since session 14:
    # tests/test_facts_session14.py)
    [
        "Сұрақтарға депутат Ерболат Байұзақұлы жауап берді.\n– Ерболат мырза, мандат алғаныңызға бір жыл болды."
        " Не тындырдыңыз?\n– Иә, бір жыл толды. Осы уақыт аралығында он беске жуық заң жобасын қарадық.",
        (
            "direct",
            "Иә, бір жыл толды. Осы уақыт аралығында он беске жуық заң жобасын қарадық.",
            "Ерболат Байұзақұлы",
        ),
    ],
    # a headline: «...» – the speaker
    [
        "«Құрылтай шақыру ертеден келе жатқан ата дәстүріміз» - Тоқаев\nМұндай шешімдер маңызды.",
        ("direct", "Құрылтай шақыру ертеден келе жатқан ата дәстүріміз", "Тоқаев"),
    ],
    # a headline with no «»: words, a dash, the speaker (a name or a post); not a question and who answers it
    [
        "Құрылтай шақыру ертеден келе жатқан ата дәстүріміз - Тоқаев\nМұндай шешімдер маңызды.",
        ("direct", "Құрылтай шақыру ертеден келе жатқан ата дәстүріміз", "Тоқаев"),
    ],
    ["Министрлікті екіге бөлу қажет пе – министр жауап берді\nМинистр сұраққа жауап берді.", None],
    ["Қазақстанның ең ірі мәдени қаласы - Алматы\nҚала туралы.", None],
    # a post after an organization's name: the post speaks, and its holder
    [
        "Ұлттық ғылым академиясының президенті Ақылбек Күрішбаев сұхбат берді.\nАкадемия президенті ғылымда"
        " әдемі есептер көбейіп кеткенін сынады.",
        ("reported", "ғылымда әдемі есептер көбейіп кеткенін", "Ақылбек Күрішбаев"),
    ],
    # 'it is worth saying': no one speaks
    ["Арқалықта заманауи медициналық орталық ашылғандығын да айта кеткен жөн.", None],
    # 'his saying' after a sentence whose subject is a post (news-test8, read after its scoring)
    [
        "Бұл туралы қала әкімі тұрғындармен кездесуде мәлімдеді. Оның айтуынша, алғашқы автобустар шаһарға жазда"
        " жеткізіледі. Бұл ауқымды жұмыс, -деді Жеңіс Қасымбек.",
        ("reported", "алғашқы автобустар шаһарға жазда жеткізіледі", "Жеңіс Қасымбек"),
    ],
    # the region's head (өңір, аймақ) is the akim of the region, not of a district
    [
        "Абай облысының әкімі Берік Уәли ауданға барды. Аудан әкімі Әділет Қожанбаев жұмыстарды айтты. Өңір басшысы"
        " ескі көпірді жөндеу қажеттігін атап өтті.",
        ("reported", "ескі көпірді жөндеу қажеттігін", "Берік Уәли"),
    ],
    # the subject of the clause after ", ал"
    [
        "Облыс әкімі Нұралхан Көшеров тұрғындармен кездесті. Тұрғындар мәселелерді көтерді, ал облыс әкімі оларға заң"
        " аясында шешім табылатынын айтты.",
        ("reported", "оларға заң аясында шешім табылатынын", "Нұралхан Көшеров"),
    ],
    # a post opening the clause comes before a plain phrase; an acronym is no person
    [
        "Облыс әкімі Асхат Шахаров журналистермен кездесті.\nОблыс әкімі БАҚ өкілдері қойған сауалдарға жауап беріп,"
        " ашықтық қағидатын ұстанатынын жеткізді.",
        (
            "reported",
            "БАҚ өкілдері қойған сауалдарға жауап беріп, ашықтық қағидатын ұстанатынын",
            "Асхат Шахаров",
        ),
    ],
    # a body modifying a thing is no subject (news-test9, read after its scoring)
    [
        "18 наурызда Үкімет отырысы барысында ұлттық экономика министрі Серік Жұманғарин заң жобасы бірінші"
        " оқылымда қаралатынын мәлімдеді.",
        ("reported", "заң жобасы бірінші оқылымда қаралатынын", "Серік Жұманғарин"),
    ],
    # an outlet's credit after the cue, whatever NER made of it, is no quote
    ["Ердоған үкімет құрамын түгелдей дерлік жаңартты, деп хабарлайды Ulysmedia.kz.", None],
    [
        "Бүгін Астанада екі ел премьер-министрлері келіссөздер жүргізді, деп хабарлайды ҚазАқпарат тілшісі.",
        None,
    ],
    # a head of state named only inside the quote is not its speaker
    [
        "Мемлекет басшысы жауапты қызметті атқара отырып, Тұңғыш Президент Нұрсұлтан Назарбаевтың бағытын жалғастыратынын айтты.",
        (
            "reported",
            "жауапты қызметті атқара отырып, Тұңғыш Президент Нұрсұлтан Назарбаевтың бағытын жалғастыратынын",
            "Мемлекет басшысы",
        ),
    ],
]


@pytest.mark.parametrize("text, quote", CASES)
def test_quote(text, quote):
    if quote is None:
        assert speakers(text) == []
    else:
        assert quote in speakers(text)


def test_published_decides_between_heads_of_state():
    text = "Нұрсұлтан Назарбаев пен Қасым-Жомарт Тоқаев форумға қатысты. «Түркі әлемінің бірлігі нығая береді», – деді Президент."
    doc = analyze(text, published="2015-05-01")
    assert [q.speaker.normal for q in doc.quotes] == ["Нұрсұлтан Назарбаев"]


@pytest.mark.parametrize(
    ("word", "base"),
    [("қызметі", "қызметі"), ("қызметті", "қызмет"), ("Жетісуды", "Жетісу"), ("Астанада", "Астана")],
)
def test_accusative_and_genitive_need_a_consonant_before_them(word, base):
    assert strip_case(word) == base  # қызметі is қызмет + і (possessive), not қызме + ті


@pytest.mark.parametrize(
    ("word", "expected"),
    [("президенті", False), ("президентті", True), ("Алматыны", True), ("ұйымды", True), ("басшысы", False)],
)
def test_accusative_by_the_letter_before_the_ending(word, expected):
    assert accusative(word) is expected  # президенті is президент + і, a possessive
