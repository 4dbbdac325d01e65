"""Session 31 rules, read from real Kazakh news pages (news-test283 … news-test298, never read before this session):
clock ranges within one hour, times anchored to a day further back in the sentence, Roman quarters with an ordinal
ending, year abbreviations closing a line, a plan's years inside its «name»; speech a dash resumes after a speaker
with a «name» or an initial in the title; no subject after a converb cue that has its own verb (docs/facts.md
"Session 31"). One line per case."""

from __future__ import annotations

import pytest
from quotes_shared import speakers

from derek import analyze

DATED = [
    # a clock range inside one hour; a time takes the day up to 120 characters back in its sentence
    ("Рейс сағат 09:05-тен 09:25-ке дейін кешіктірілді.", [("сағат 09:05-тен 09:25-ке дейін", "XXXX-XX-XXT09:05/XXXX-XX-XXT09:25")]),
    ("26 қазан күні Қызылорда қаласындағы Қорқыт ата халықаралық әуежайынан түнгі сағат 22.30-да ұшуы керек еді.", [("26 қазан", "2024-10-26"), ("түнгі сағат 22.30-да", "2024-10-26T22:30")]),
    # a Roman quarter with an ordinal ending
    ("2024 жылдың I-ші тоқсанында баға өсті.", [("2024 жылдың I-ші тоқсанында", "2024-Q1")]),
    # a year's abbreviation closing a line
    ("ЖАТАҚХАНАЛАР\n2022 ж\nОрын - 10 000\n2018-2021 жж\nЖатақхана - 124", [("2022 ж", "2022"), ("2018-2021 жж", "2018/2021")]),
    # a plan's years inside its «name» are part of the name; outside quotes, or in quoted speech, a date
    ("«2020-2025 жылдарға арналған мемлекеттік бағдарламасы» аясында жөнделді.", []),
    ("«Тұрғын үйді дамытудың 2026 жылға дейінгі тұжырымдамасы» аясында жұмыс басталды.", []),
    ("2023-2027 жылдарға арналған кешенді жоспар іске асырылды.", [("2023-2027 жылдарға", "2023/2027")]),
    ("«Біз 2030 жылға дейінгі мақсаттарды қолдаймыз», — деді ол.", [("2030 жылға", "2030")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_dated(text, dates):
    assert [(d.text, d.value) for d in analyze(text, published="2024-05-20").dates] == dates


QUOTES = [
    # speech a dash resumes after the cue and a speaker whose title holds a «name», or who is named by an initial
    (
        "– Біз балаларды іс-шараларымызға шақырамыз, - дейді «Жібек жолы» көркемдік жетекшісі Әйгерім Хожаева. - Біздің ең маңызды көрермендеріміз балалар.",
        [("direct", "Біз балаларды іс-шараларымызға шақырамыз", "Әйгерім Хожаева"), ("direct", "Біздің ең маңызды көрермендеріміз балалар.", "Әйгерім Хожаева")],
    ),
    (
        "– Қатысушылар топқа бөлінеді, – деді бізге сұхбат берген Д.Рыпаков. – Арасында оқушылар да, зейнеткерлер де бар.",
        [("direct", "Қатысушылар топқа бөлінеді", "Д.Рыпаков"), ("direct", "Арасында оқушылар да, зейнеткерлер де бар.", "Д.Рыпаков")],
    ),
    # ... or that the dash touches
    (
        "– Тұрғындар желі арқылы сұрақ қояды, – дейді Серікжан Ерментаев. –Басшылар барлық сұрақтарға жауап береді.",
        [("direct", "Тұрғындар желі арқылы сұрақ қояды", "Серікжан Ерментаев"), ("direct", "Басшылар барлық сұрақтарға жауап береді.", "Серікжан Ерментаев")],
    ),
    # a person NER found alone in quote marks names a thing: no speaker
    (
        "Ең үлкені – «Сырым» өткізу бекеті.\nШекарадан өткен жолаушылардан сұхбат алған кезде, олар 12 сағат кезекке тұрғандарын айтты.",
        [("reported", "Шекарадан өткен жолаушылардан сұхбат алған кезде, олар 12 сағат кезекке тұрғандарын", None)],
    ),
    # a converb cue with a verb of its own after it: the subject stood before the content
    (
        "Басқарма басшысы Олжас Ысқақов аурудың «жасарып» бара жатқанын айтып дабыл қақты.",
        [("reported", "аурудың «жасарып» бара жатқанын", "Олжас Ысқақов")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes
