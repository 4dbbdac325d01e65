"""Session 19 rules, read from real Kazakh news pages (the fifty-eight read news parts, then news-test57, 59, 66–69,
76–79, 82, 85): a speech verb whose subject no rule found takes the speaker of the quote before, else the person
named last before it (a quote with no verb, a passive verb or one in the first person keeps none); an outlet credited
right before a name is no antecedent of a pronoun; a body in capitals before ``мәліметінше`` speaks, a body's
``мәліметіне сәйкес`` opens reported speech and its name runs from its first capital; a description
written short still finds its holder, and one common noun in an article naming one person is that person. One
line per case (docs/facts.md "Session 19"). Events: a meeting's start is its being held, a contest's is not. Posts: a person with no word cased as a name
holds none."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze
from derek.doc import Mention, Role
from derek.facts import roles

QUOTES = [
    # a dropped subject: the person named last before the verb
    (
        "Дәрігер Дәурен Нұрсапа оқиғаны өз парақшасында жазды. Айтуынша, дәрігерлер қолынан келгенін жасады.",
        [("reported", "дәрігерлер қолынан келгенін жасады", "Дәурен Нұрсапа")],
    ),
    (
        "Ауылдағы жалғыз дәрігер Әнуар Төлегенов әріптес іздеп жүр. Жас жігіт демалысқа шыға алмайтынын айтады.",
        [("reported", "Жас жігіт демалысқа шыға алмайтынын", "Әнуар Төлегенов")],
    ),
    # a description no rule reads (басқарма төраға, misspelt): the speaker of the quote before
    (
        "«Жыл басынан бері 36 маман жұмыстан босатылды», – деді Дархан Иманашев. "
        "– Жол жөндеу жұмысы уақытында орындалады, - деп толықтырды басқарма төраға.",
        [
            ("direct", "Жыл басынан бері 36 маман жұмыстан босатылды", "Дархан Иманашев"),
            ("direct", "Жол жөндеу жұмысы уақытында орындалады", "Дархан Иманашев"),
        ],
    ),
    # an outlet credited right before (деп хабарлайды Azattyq Rýhy) is no antecedent of Оның
    (
        "Өнеркәсіп министрі Қанат Шарлапаев Үкімет отырысында жаңа әдістер туралы айтып берді, деп хабарлайды "
        "Azattyq Rýhy.\nОның айтуынша, елімізде соңғы жұмыстар жарты ғасыр бұрын жүргізілген.",
        [("reported", "елімізде соңғы жұмыстар жарты ғасыр бұрын жүргізілген", "Қанат Шарлапаев")],
    ),
    # a description in a genitive written with one т (альпинистің) still finds альпинист before the name
    (
        "Бұл пікірді украиналық альпинист Сергей Храпко айтты.\n\nБірнеше мәрте шыңды бағындырған украиналық "
        "альпинистің айтуынша, оларды тірідей табу мүмкіндігі аз.",
        [("reported", "оларды тірідей табу мүмкіндігі аз", "Сергей Храпко")],
    ),
    # a body in capitals or quote marks with no genitive before a source cue
    (
        "Бұл туралы ТЖМ хабарлап отыр.\n\nТЖМ мәліметінше, республика аумағында көшкін қаупі бар 619 учаске бар.",
        [("reported", "республика аумағында көшкін қаупі бар 619 учаске бар", "ТЖМ")],
    ),
    (
        "Дауылды ескерту жарияланды. «Қазгидромет» мәліметінше, ертең жел күшейеді.",
        [("reported", "ертең жел күшейеді", "Қазгидромет")],
    ),
    # a description in one common noun, in an article that names one person before it: that person
    (
        "Ақмадияр Жүсіпбеков әкесінен қалған шаруашылықты жандандырып келеді.\n"
        "Ал, бүгінгі жағдай ескі көзқарасты өзгертті дейді шаруа.",
        [("reported", "Ал, бүгінгі жағдай ескі көзқарасты өзгертті", "Ақмадияр Жүсіпбеков")],
    ),
    # two persons named, or a body's word: the description stays
    (
        "Ақмадияр Жүсіпбеков пен Ерлан Сейітов түйе өсіреді.\nАл, бүгінгі жағдай ескі көзқарасты өзгертті дейді шаруа.",
        [("reported", "Ал, бүгінгі жағдай ескі көзқарасты өзгертті", "шаруа")],
    ),
    (
        "Ақмадияр Жүсіпбеков түйе өсіреді.\nАл, бүгінгі жағдай ескі көзқарасты өзгертті дейді компания.",
        [("reported", "Ал, бүгінгі жағдай ескі көзқарасты өзгертті", "компания")],
    ),
    # a body's data 'according to' (мәліметіне/ақпаратына сәйкес) opens reported speech; the body's name from its
    # first capital when NER leaves it untagged
    (
        "Қарағанды облысының Экология департаментінің ақпаратына сәйкес, өңірде 202 полигон жұмыс істейді.",
        [("reported", "өңірде 202 полигон жұмыс істейді", "Қарағанды облысының Экология департаменті")],
    ),
    (
        "Табиғи монополияларды реттеу комитетінің мәліметіне сәйкес, баға өсімі инфляциядан жоғары болмайды.",
        [("reported", "баға өсімі инфляциядан жоғары болмайды", "Табиғи монополияларды реттеу комитеті")],
    ),
    # no person named before, a passive verb (no one named) or the writer's own (дедім): no speaker
    (
        "Жиынға 200 адам қатысты. Жалпы, жұмыс жоспарға сай жүріп жатқаны айтылды.",
        [("reported", "Жалпы, жұмыс жоспарға сай жүріп жатқаны", None)],
    ),
    (
        "Әкім Ғабит Сыздықбеков ауылға барды. Жиында жолдың биыл жөнделетіні айтылды.",
        [("reported", "Жиында жолдың биыл жөнделетіні", None)],
    ),
]


@pytest.mark.parametrize("text, quotes", QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


EVENTS = [
    # a meeting's or a vote's start is its being held; a contest's, a festival's or a campaign's only begins it
    ("Елордада халықаралық сарапшылар форумы басталды.", [("held", "басталды")]),
    ("Астанада мәслихат депутаттығына сайлау басталды.", [("held", "басталды")]),
    ("Алматыда жасөспірімдер арасында Тоғызқұмалақтан Әлем чемпионаты басталды.", []),
    ("Қазақстанда «Сарқыт» республикалық акциясы басталды.", []),
]


@pytest.mark.parametrize("text, events", EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2025-05-01").events] == events


def _role(person: str, post: str) -> Role:
    return Role(
        0, len(person), person, Mention(0, len(person), person, person), Mention(0, 0, post, post), None
    )


@pytest.mark.parametrize(
    "person, dropped",
    [
        ("КТК", True),  # an outlet's acronym before тілшісі
        ("М", True),  # an initial NER cut from its surname
        ("БАЯНДАМА ЖАСАП ЖАТҚАН", True),  # a caption in capitals
        ("Анастасия ЩЕГОРЦОВА", False),  # a caption's surname in capitals after a first name
        ("М.Байхан", False),
        ("John Smith", False),
    ],
)
def test_roles_need_a_name(person, dropped):
    assert roles._no_name(_role(person, "директор")) is dropped
