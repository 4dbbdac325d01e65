import pytest
from hypothesis import given
from hypothesis import strategies as st

from derek.ner.chinese import SURNAMES, SYLLABLES, split_count, surname, syllables
from derek.ner.rules_chinese import GIVEN, chinese_names


@pytest.mark.parametrize(
    "word, parts",
    [
        ("Цзиньпин", 2),
        ("Чуньин", 2),
        ("Лэцзи", 2),
        ("Дэ-цзян", 2),
        ("Чжэнфэй", 2),
        ("Цюаньго", 2),
        ("Ваньэр", 2),
        ("Цзиньпиннің", 0),
        ("Алматы", 0),
        ("Қытай", 0),
        ("", 0),
    ],
)
def test_chinese_split_count(word, parts):
    assert split_count(word) == parts


def test_chinese_syllables_and_surnames():
    assert syllables("Хуа") and syllables("Ху-Цзинь-тао") and not syllables("Чжунхуажэньминь")
    assert surname("Си") and surname("Оуян") and not surname("си") and not surname("Цзиньпин")


def test_chinese_data_is_palladius():
    assert 380 <= len(SYLLABLES) <= 420
    assert all(syllables(name) for name in SURNAMES)
    assert all(syllables(bearer.split()[0]) for bearer in SURNAMES.values())
    assert all(syllables(g) for g in GIVEN)


@pytest.mark.parametrize(
    "tokens, found, fixed",
    [
        (
            "Қасым-Жомарт Тоқаев Си Цзиньпинмен кездесті .",
            [(0, 2, "PERSON")],
            [(0, 2, "PERSON"), (2, 4, "PERSON")],
        ),
        ("Премьер Ли Цян келді .", [], [(1, 3, "PERSON")]),
        ("Ол Ли Цянмен сөйлесті", [(1, 2, "PERSON"), (2, 3, "CARDINAL")], [(1, 3, "PERSON")]),
        ("Сыртқы істер министрі Ван Иге хат жолдады", [], [(3, 5, "PERSON")]),
        (
            "Қытай Сыртқы істер министрі Ван И келді",
            [(0, 6, "POSITION")],
            [(0, 4, "POSITION"), (4, 6, "PERSON")],
        ),
        ("ресми өкілі Хуа Чуньин мәлімдеді", [(2, 4, "LAW")], [(2, 4, "PERSON")]),
        ("Бұрынғы төраға Ху Цзиньтаоға хат", [], [(2, 4, "PERSON")]),
        ("Цинь Ганның сапары", [(0, 1, "PERSON")], [(0, 2, "PERSON")]),
        ("Чжао Лэцзи мен Ли Кэцянның", [], [(0, 2, "PERSON"), (3, 5, "PERSON")]),
        ("Ли Цян Ван И екеуі", [], [(0, 2, "PERSON"), (2, 4, "PERSON")]),
        ("төраға Ху Цзинь Тао келді", [], [(1, 4, "PERSON")]),
        ("төраға Си Цзинь Пиннің сөзі", [], [(1, 4, "PERSON")]),
        ("Ли Цян Абай атындағы", [], [(0, 2, "PERSON")]),
        ("Ван И Су бойында", [], [(0, 2, "PERSON")]),
        ("Ван Хунин да болды", [], [(0, 2, "PERSON")]),
        ("Чжан Дэ-цзян келді", [], [(0, 2, "PERSON")]),
        ("« Ли Цян сыйлығы » берілді", [(0, 5, "EVENT")], [(0, 5, "EVENT")]),
    ],
)
def test_chinese_names_golden(tokens, found, fixed):
    assert chinese_names(tokens.split(), found) == fixed


@pytest.mark.parametrize(
    "tokens",
    [
        "Су Тау бойында",
        "Бай Сая келді",
        "Ма Жан деді",
        "Ли Бала келді",
        "Хан Дала",
        "Сан Ана",
        "Ән Ли",
        "Ли Путин",
        "Ван Игі",
        "Си СиЭнЭн",
        "Ли цян",
        "Ван Цзиньпиндер",
    ],
)
def test_chinese_names_leave_kazakh_words(tokens):
    assert chinese_names(tokens.split(), []) == []


LEADERS = (
    "Си Цзиньпин;Ли Цян;Чжао Лэцзи;Ван Хунин;Цай Ци;Дин Сюэсян;Ли Си;Ли Кэцян;Ли Чжаньшу;Ван Ян;Хань Чжэн;"
    "Ху Цзиньтао;Вэнь Цзябао;Цзя Цинлинь;Ли Чанчунь;Ли Пэн;Чжу Жунцзи;Цзян Цзэминь;Дэн Сяопин;Мао Цзэдун;"
    "Чжоу Эньлай;Лю Шаоци;Ван И;Цинь Ган;Ян Цзечи;Хуа Чуньин;Чжао Лицзянь;Ван Вэньбинь;Мао Нин;Линь Цзянь;"
    "Гэн Шуан;Лу Кан;Чжан Мин;Чжан Сяо;Ван Цишань;Чжан Гаоли;Лю Юньшань;Юй Чжэншэн;Ху Чуньхуа;Сунь Чуньлань;"
    "Лю Хэ;Хэ Лифэн;Дун Цзюнь;Вэй Фэнхэ;Чжан Дэцзян;Ли Юаньчао;Ван Цзюнь;Пэн Лиюань"
).split(";")


@pytest.mark.parametrize("name", LEADERS)
def test_chinese_names_find_leaders(name):
    assert chinese_names(f"Бүгін {name} мен {name}мен кездесті".split(), []) == [
        (1, 3, "PERSON"),
        (4, 6, "PERSON"),
    ]


@pytest.mark.parametrize("name", ["У Банго", "Ли Шанфу"])
def test_chinese_names_miss_names_without_distinct_letters(name):
    assert chinese_names(name.split(), []) == []


WORDS = st.one_of(
    st.sampled_from([*SURNAMES, "Цзиньпиннің", "И", "Иге", "Цян", "Чуньин", "Тау", "Пин", "министрі", "."]),
    st.text(max_size=6),
)


@st.composite
def sentences(draw):
    tokens = draw(st.lists(WORDS, max_size=12))
    n = len(tokens)
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=6, unique=True)))
    labels = st.sampled_from(["PERSON", "POSITION", "LAW", "CARDINAL"])
    found = [(a, b, draw(labels)) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    return tokens, found


@given(sentences())
def test_chinese_names_spans_stay_valid(case):
    tokens, found = case
    out = chinese_names(tokens, found)
    assert all(0 <= a < b <= len(tokens) for a, b, _ in out)
    assert all(b <= c for (_, b, _), (c, _, _) in zip(out, out[1:], strict=False))


@pytest.mark.parametrize(
    "text, found, expected",
    [
        ("үшінші Чжан Хэн шеберханасын ашты", [], []),
        ("Ол Чжан Хэнның шеберханасын көрді", [], [(1, 3, "PERSON")]),
        ("Ол Чжан Хэн сапары кезінде", [(1, 3, "PERSON")], [(1, 3, "PERSON")]),
    ],
)
def test_chinese_name_before_a_possessive_noun_names_a_thing(text, found, expected):
    assert chinese_names(text.split(), found) == expected
