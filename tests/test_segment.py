import pytest

from derek.normalize import normalize
from derek.segment import explain, segment
from tests.partition import parse

TOKENS = [
    "ҚХР-дың| |2025-жылы| |IT-сала| |COVID-19-дың| |University-ге",
    "1 000 000| |теңге| |бөлінді",
    "3,5| |%| |өсті",
    "5|%-ке| |артты",
    "31.10.2025| |сағат| |14:30-да|.",
    "М.| |Тынышпаев| |атындағы",
    "Қ.-Ж.| |Тоқаев| |пен| |акад.| |Қ.| |Сәтбаев",
    "2024| |ж.| |15| |қаңтарда",
    "1941-1945| |жж.| |XIX| |ғ.",
    "ән|,| |би| |т.б.| |т.с.с.| |б.з.б.",
    "проф.| |Ә.| |Марғұлан",
    "Алматы| |қ.|,| |Алматы| |обл.",
    "ҚР| |ҚХР| |ШЫҰ| |БҰҰ| |АҚШ",
    "https://kaznu.kz/news/1.html| |info@alt.edu.kz| |#Астана| |@derek_kz",
    "«|Жол|»|,| |—| |деді| |ол|.",
    "«|Самұрық-Қазына|»-дан| |алынды",
    "Не| |істемеді|?|!",
    "Шолпан|...| |әрі",
    "20| |млн|.| |адам",
    "іс-шара| |сондай-ақ| |Нұр-Сұлтан",
    "(|ыы|)| |нақты",
    "don't| |stop",
]

SENTENCES = [
    "Концерт өтті.| |Ол бәріне ұнады.",
    "«Жастар — ел болашағы», — деп түйіндеді Асқар Мамин.| |Жиын аяқталды.",
    "«Біз келдік.» — деді ол.| |Кейін кетті.",
    "«Қайда?» — деп сұрады.",
    "1991 ж. Қазақстан тәуелсіздік алды.| |Бұл тарихи күн.",
    "М. Тынышпаев атындағы университетте Қ.-Ж. Тоқаев сөйледі.",
    "Ән, би т.б.| |Концерт жалғасты.",
    "Халқы 20 млн. адамнан асты.",
    "Ректор: «Бүгін мереке.| |Ертең жұмыс басталады».|\n|Ол кетті.",
    "Астанада форум өтті|\n|Бүгін елордада жиын болды.",
    "Бүгін елордада форум\nөтті.",
    "«Диалог. Сенім. Серіктестік» тақырыбында форум өтті.",
    "Не істемеді Шолпан?!| |Бала сұрады.",
    "Ол келді... бірақ кешікті.",
    "Баға 3,5 пайызға өсті.| |2025 жылы да өседі.",
    "Мекенжай: https://kaznu.kz/a.html.| |Хабарласыңыз.",
    "Жоспар:|\n|1. Жол салу.|\n|2. Мектеп ашу.",
    "IV. Қорытынды|\n|Жұмыс аяқталды.",
    "Жыл сайын 5.| |Бұл көп.",
    # a site's name ends no sentence at its domain's dot; a dot glued to a word still does (session 25)
    "Жол жабылды, деп хабарлайды BAQ.KZ қала әкімдігіне сілтеме жасап.",
    "ERNUR.KZ.| |Алматы, BAQ.KZ.| |Жанармай арзандады.",
    "Ол келді.|Бұл жақсы.",
]


@pytest.mark.parametrize("case", TOKENS)
def test_segment_tokens(case):
    text, gold = parse(case)
    assert [t.text for t in segment(normalize(text).text)[1]] == gold


@pytest.mark.parametrize("case", SENTENCES)
def test_segment_sentences(case):
    text, gold = parse(case)
    sents, _ = segment(normalize(text).text)
    assert [s.text for s in sents] == gold


def test_explain_names_the_rule():
    text = "1991 ж. Қазақстан тәуелсіздік алды. Бұл күн."
    norm = normalize(text).text
    decisions = explain(norm, segment(norm)[1])
    assert decisions[0] == (".", "split", "end_mark")
