"""Session 9 quote rules, read from real Kazakh news pages (the read parts, tests/data/README.md): a speaker
going on after a quote, a subject dropped over two sentences, the post of someone addressed, a body's people
under a long name. One line per case, through ``analyze``."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

CASES = [
    # Айтуынша after a sentence that a quote and its speaker close: that speaker goes on
    [
        "– Облыста жаңа зауыттар салынып жатыр. Жұмыс орындарының саны екі есе өсті, – деді облыс әкімі Ерлан Айтаханов кеңесте сөйлеген сөзінде.\nАйтуынша, жаңа зауыттарда үш мың адам жұмыс істейді.",
        ("reported", "жаңа зауыттарда үш мың адам жұмыс істейді", "Ерлан Айтаханов"),
    ],
    # a subject dropped in two sentences in turn, the first addressing people by post: the one before both
    [
        "Осыған байланысты Мемлекет басшысы бірнеше министрге ескерту жасады. Ал Алматы қаласының әкімі Ерболат Досаевқа сөгіс жариялады. Бұл мәселе барлық өңірге қатысты екенін айтты.",
        ("reported", "Бұл мәселе барлық өңірге қатысты", "Мемлекет басшысы"),
    ],
    # a list of places modifying the people addressed is no speaker
    [
        "Мемлекет басшысы үкіметке тапсырма берді. Атырау, Маңғыстау және Батыс Қазақстан облыстарының әкімдеріне жұмысты күшейту қажеттігін ескертті.",
        (
            "reported",
            "Атырау, Маңғыстау және Батыс Қазақстан облыстарының әкімдеріне жұмысты күшейту қажеттігін",
            "Мемлекет басшысы",
        ),
    ],
    # a body's people under a long name NER missed speak as a group
    [
        "Сонымен қатар, Шымкент қаласы Кәсіпкерлік және индустриялық-инновациялық даму басқармасының өкілдері шетелдік инвесторлардың өңірге қызығушылық танытып отырғанын айтты.",
        (
            "reported",
            "шетелдік инвесторлардың өңірге қызығушылық танытып отырғанын",
            "Шымкент қаласы Кәсіпкерлік және индустриялық-инновациялық даму басқармасының өкілдері",
        ),
    ],
    # a paragraph of speech with no opening dash, 'we' in it: the quote runs from the paragraph's start
    [
        "Орталық басшысы Ержан Әділбеков жаңа корпус туралы айтты.\nБіздің клиника көпсалалы стационар. Былтыр біз 8 мың науқасты қабылдадық. Биыл жаңа корпус салу жоспарланып отыр, - деп атап өтті орталық басшысы.",
        (
            "direct",
            "Біздің клиника көпсалалы стационар. Былтыр біз 8 мың науқасты қабылдадық. Биыл жаңа корпус салу жоспарланып отыр",
            "Ержан Әділбеков",
        ),
    ],
    # ... without 'we' the sentences before are the journalist's
    [
        "Орталық басшысы Ержан Әділбеков жаңа корпус туралы айтты.\nКлиника былтыр ашылды. Онда 8 мың науқас емделді. Биыл жаңа корпус салу жоспарланып отыр, - деп атап өтті орталық басшысы.",
        ("direct", "Биыл жаңа корпус салу жоспарланып отыр", "Ержан Әділбеков"),
    ],
    # a person titled by a long post after Бұл туралы speaks on in Айтуынша, ...
    [
        "Бұл туралы Ұлттық шұғыл медицинаны үйлестіру орталығының басқарма төрағасы Ержан Әділбеков мәлімдеді.\nАйтуынша, аурухана құрылысының жобасы әзірленіп жатыр.",
        ("reported", "аурухана құрылысының жобасы әзірленіп жатыр", "Ержан Әділбеков"),
    ],
    # a passive speech verb: the nominative clause before it is the content, no one speaks
    [
        "Сондай-ақ, тізімге 19 атау енгізілгені айтылады.",
        ("reported", "тізімге 19 атау енгізілгені", None),
    ],
    [
        "Азық-түлік бағасы 0,3%-ға қымбаттағаны хабарланды.",
        ("reported", "Азық-түлік бағасы 0,3%-ға қымбаттағаны", None),
    ],
    # ... and a person after a zero-subject participle 'last year' is no modifier's subject
    [
        "Баспасөз жиыны барысында департамент бастығының орынбасары Алмасбек Бұхарбаев өткен жылы 1544 азамат әскерге шақырылып, олардың көбі Ұлттық ұлан қатарында қызмет өтеп жатқанын мәлім етті.",
        (
            "reported",
            "өткен жылы 1544 азамат әскерге шақырылып, олардың көбі Ұлттық ұлан қатарында қызмет өтеп жатқанын",
            "Алмасбек Бұхарбаев",
        ),
    ],
    # a body named after a Latin-script name in the outlet's place is a source that speaks
    [
        "Ұлттық парктерге 2 миллионға жуық адам барды, деп хабарлайды Kazakh Tourism ұлттық компаниясы.",
        ("reported", "Ұлттық парктерге 2 миллионға жуық адам барды", "Kazakh Tourism ұлттық компаниясы"),
    ],
    # a plural subject after a participial cue ends before its object
    [
        "Кедергі толастамай отырғанын жеткізген кәсіпкерлер өзекті сауалдарын ортаға салды.",
        ("reported", "Кедергі толастамай отырғанын", "кәсіпкерлер"),
    ],
    # a clause in the dative before 'drew attention', 'hoped', 'was confident' (news-test11)
    [
        "Жиында министр Ержан Қазыхан тараптардың ойындарға белсенді қатысатынына үміт артты.",
        ("reported", "тараптардың ойындарға белсенді қатысатынына", "Ержан Қазыхан"),
    ],
    [
        "Облыс әкімінің орынбасары Азамат Тайжанов жаңа мектептің болашағына жол ашатынына сенім білдірді.",
        ("reported", "жаңа мектептің болашағына жол ашатынына", "Азамат Тайжанов"),
    ],
    # 'as he noted' opening the sentence
    [
        "Брифингте цифрлық даму министрі Бағдат Мұсин сөйледі.\nОның атап өтуінше, ғарышкерді ғарышқа бекерден бекер жібере алмаймыз.",
        ("reported", "ғарышкерді ғарышқа бекерден бекер жібере алмаймыз", "Бағдат Мұсин"),
    ],
    # an order quoted with деп тапсырды
    [
        "«Бірінші тоқсан аяғына дейін барлық әкімдер қаржы бөлсін» деп тапсырды облыс әкімі Архимед Мұхамбетов.",
        ("direct", "Бірінші тоқсан аяғына дейін барлық әкімдер қаржы бөлсін", "Архимед Мұхамбетов"),
    ],
    # the head of the Cabinet is the acting premier the article names
    [
        "Қазақстан премьер-министрі қызметін атқаратын Асқар Мамин Үкімет отырысын өткізді.\n«Жұмыссыз адамдарға көмек көрсету керек», – деді Министрлер кабинетінің басшысы.",
        ("direct", "Жұмыссыз адамдарға көмек көрсету керек", "Асқар Мамин"),
    ],
    # a zero subject goes back to the one titled person of the sentence before, however late it stands
    [
        "Басқосуда қазақ делегациясының басшысы Ержан Қазыхан төрағалық барысы туралы баяндады. Жоспарланған іс-шараларға тоқталды.\nАстанада өтетін ойындарға шақыруды қайта растап, тараптардың белсенді қатысатынына үміт артты.",
        (
            "reported",
            "Астанада өтетін ойындарға шақыруды қайта растап, тараптардың белсенді қатысатынына",
            "Ержан Қазыхан",
        ),
    ],
]


def test_an_order_without_деп_is_no_speech():
    assert speakers("Облыс әкімі Архимед Мұхамбетов жұмысты жыл соңына дейін аяқтауды тапсырды.") == []


def test_thanks_for_a_clause_in_the_dative_is_no_speech():
    assert speakers("Президент тұлғалардың есімін ұлықтап келе жатқанына алғыс айтты.") == []


def test_an_outlet_after_the_cue_is_still_no_speaker():
    assert speakers("Жол жөнделді, деп хабарлайды Zakon.kz.") == []


def test_a_long_outlet_credit_gives_the_body_it_cites():
    # session 9 read these as no speech; since session 22 the body the credit cites speaks (the news protocol's reading)
    assert speakers(
        "Облыс әкімдігінде жиын өтті деп хабарлайды tobyl-torgai.kz тілшісі әкімдіктің ресми сайтына сілтеме жасап."
    ) == [("reported", "Облыс әкімдігінде жиын өтті", "әкімдік")]
    assert speakers(
        "Салтанатты іс-шара өтті, деп хабарлады ҚазАқпарат тілшісі облыстық сотқа сілтеме жасап."
    ) == [("reported", "Салтанатты іс-шара өтті", "облыстық сот")]
    assert (
        speakers("Салтанатты іс-шара өтті, деп хабарлады ҚазАқпарат тілшісі Zakon.kz-ке сілтеме жасап.") == []
    )


def test_no_content_before_a_passive_verb():
    assert speakers("Бұл туралы айтылды.") == []


@pytest.mark.parametrize("text, quote", CASES)
def test_quote(text, quote):
    assert quote in speakers(text)


def test_a_finite_verb_ner_took_into_a_name_is_no_name():
    from derek.doc import Entity, Token
    from derek.facts.mentions import verbless

    text = "ФОРУМ ӨТТІ"
    ents = [Entity(0, 5, "ФОРУМ", "EVENT", ""), Entity(6, 10, "ӨТТІ", "ORGANISATION", "")]
    tokens = [Token(0, 5, "ФОРУМ", "форум", "NOUN"), Token(6, 10, "ӨТТІ", "өт", "VERB")]
    assert verbless(text, ents, tokens) == [ents[0]]
    text = "Цифрлық даму министрі жылдамдығы жоғары ғаламтордың енгізілетінін айтып берді"
    ents = [Entity(0, len(text), text, "POSITION", "")]
    tokens = [Token(text.index("берді"), len(text), "берді", "бер", "VERB")]
    assert [e.text for e in verbless(text, ents, tokens)] == ["Цифрлық даму министрі"]
