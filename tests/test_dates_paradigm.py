"""Dates, round 13: golden cases built from the grammar rather than from sentences.

Every month name in its case and possessive forms (vowel harmony and the voicing of the stem's last
consonant applied), alone, with ``айы``, with a day (digits with their ordinal or possessive
endings, and words), with a year before it; year words after digits and in words; the relative
words in their case forms; clock times in digits and in words. Each form must give one date that
starts the text (a trailing ``бастап``, ``дейін``, ``күні`` may stay outside) with the value below,
published 2026-02-25 (a Wednesday, ISO week 9).
"""

from __future__ import annotations

import pytest
from dates_shared import PUB

from derek.facts.dates import find_dates

# stem, number, back vowels, last sound (v vowel, n м/н/ң, z other voiced, k voiceless), possessive
MONTHS = (
    ("қаңтар", 1, True, "z", "қаңтары"),
    ("ақпан", 2, True, "n", "ақпаны"),
    ("наурыз", 3, True, "z", "наурызы"),
    ("сәуір", 4, False, "z", "сәуірі"),
    ("мамыр", 5, True, "z", "мамыры"),
    ("маусым", 6, True, "n", "маусымы"),
    ("шілде", 7, False, "v", "шілдесі"),
    ("тамыз", 8, True, "z", "тамызы"),
    ("қыркүйек", 9, False, "k", "қыркүйегі"),
    ("қазан", 10, True, "n", "қазаны"),
    ("қараша", 11, True, "v", "қарашасы"),
    ("желтоқсан", 12, True, "n", "желтоқсаны"),
)
AMBIGUOUS = ("наурыз", "маусым")  # alone they need айы (the holiday, a season)
# day: its possessive forms (nominative, locative, dative, ablative) and its ordinal
DAYS = {
    2: ("2-сі", "2-сінде", "2-сіне", "2-сінен", "2-нші"),
    5: ("5-і", "5-інде", "5-іне", "5-інен", "5-інші"),
    10: ("10-ы", "10-ында", "10-ына", "10-ынан", "10-ыншы"),
    20: ("20-сы", "20-сында", "20-сына", "20-сынан", "20-сыншы"),
}


def _cases(stem: str, back: bool, last: str) -> dict[str, str]:
    a, y = ("а", "ы") if back else ("е", "і")
    dat = ("қ" if back else "к") if last == "k" else ("ғ" if back else "г")
    return {
        "gen": stem + {"v": "н", "n": "н", "z": "д", "k": "т"}[last] + y + "ң",
        "dat": stem + dat + a,
        "loc": stem + ("т" if last == "k" else "д") + a,
        "abl": stem + {"v": "д", "n": "н", "z": "д", "k": "т"}[last] + a + "н",
    }


def _possessive(p: str, back: bool) -> list[str]:
    a, y = ("а", "ы") if back else ("е", "і")
    return [p + "н" + a, p + "нд" + a, p + "н" + a + "н", p + "нд" + a + ("ғы" if back else "гі")]


def _month_cases() -> list[tuple[str, str]]:
    out = []
    for stem, n, back, last, poss in MONTHS:
        mm = f"2026-{n:02d}"
        c = _cases(stem, back, last)
        if stem not in AMBIGUOUS:
            out += [(c[k], mm) for k in ("dat", "loc", "abl")] + [(f, mm) for f in _possessive(poss, back)]
            out += [
                (f"2025 жылғы {c['loc']}", f"2025-{n:02d}"),
                (f"өткен {c['loc']}", f"{2026 if n == 1 else 2025}-{n:02d}"),
            ]
        for ai in ("айы", "айында", "айынан", "айына", "айының", "айындағы", "айынан бастап", "айына дейін"):
            out.append((f"{stem} {ai}", mm))
        out += [
            (f"2025 жылдың {stem} айында", f"2025-{n:02d}"),
            (f"2025 жылы {stem} айында", f"2025-{n:02d}"),
        ]
        out.append((f"2025 жылдың {_possessive(poss, back)[1]}", f"2025-{n:02d}"))
        for d, (px, ploc, pdat, pabl, ordinal) in DAYS.items():
            day, day25 = f"{mm}-{d:02d}", f"2025-{n:02d}-{d:02d}"
            out += [(f"{d} {c[k]}", day) for k in ("loc", "dat", "abl")]
            out += [(f"{d} {stem}", day), (f"{d} {stem} күні", day), (f"{ordinal} {c['loc']}", day)]
            out += [(f"{ordinal} {stem} күні", day), (f"{c['gen']} {px} күні", day)]
            out += [(f"{c['gen']} {x}", day) for x in (px, ploc, pdat, pabl)]
            out += [(f"{stem} айының {x}", day) for x in (px, ploc, pdat, pabl)]
            out += [(f"2025 жылғы {d} {c['loc']}", day25), (f"2025 жылы {d} {c['loc']}", day25)]
            out += [(f"2025 жылғы {c['gen']} {ploc}", day25), (f"2025 жылы {c['gen']} {ploc}", day25)]
            out.append((f"{d} {stem} 2025 жыл", day25))
        out += [(f"бесінші {c['loc']}", f"{mm}-05"), (f"он екінші {c['dat']}", f"{mm}-12")]
        out += [(f"{c['gen']} бесінде", f"{mm}-05"), (f"{c['gen']} жиырмасында", f"{mm}-20")]
        out += [(f"{c['gen']} он екісінде", f"{mm}-12"), (f"{c['gen']} бірі күні", f"{mm}-01")]
        if stem != "маусым":  # маусымның соңында: a sports season's end (round 10)
            out += [(f"{c['gen']} соңында", mm), (f"{c['gen']} басында", mm)]
    return out


YEARS = [(f"2025 {w}", "2025") for w in ("жылы", "жылғы", "жылдың", "жылдан", "жылға", "жылынан", "ж.")]
YEARS += [(f"2025-{w}", "2025") for w in ("жылы", "жылғы", "жылдан бастап", "жылға дейін", "жылдан бері")]
YEARS += [
    (f"{y}-{s} жылы", y)
    for y, s in (
        ("2019", "ыншы"),
        ("2020", "сыншы"),
        ("2021", "інші"),
        ("2016", "ншы"),
        ("2017", "нші"),
        ("1990", "ыншы"),
    )
]
YEARS += [
    ("екі мың жиырма бесінші жылы", "2025"),
    ("екі мыңыншы жылы", "2000"),
    ("екі мың бірінші жылы", "2001"),
    ("екі мың жиырмасыншы жылы", "2020"),
    ("екі мың отызыншы жылға дейін", "2030"),
    ("бір мың тоғыз жүз тоқсан бірінші жылы", "1991"),
    ("мың тоғыз жүз қырық бесінші жылы", "1945"),
    ("мың сегіз жүз елу бірінші жылы", "1851"),
    ("жиырма бесінші жылы", "2025"),
    ("тоқсан бесінші жылы", "1995"),
    ("жиырма жиырмасыншы жылы", "2020"),  # 'twenty twenty' (round 13; was 2040)
    ("жиырма жиырма бірінші жылы", "2021"),
    ("екі мың он жетіде", "2017"),
    ("екі мың жиырма екінші жылдың бірінші жартысында", "2022-H1"),
]
RELATIVE = [
    *[(w, "2026-02-25") for w in ("бүгін", "бүгінгі", "бүгіннен", "бүгіннен бастап", "бүгіннің")],
    *[(w, "2026-02-24") for w in ("кеше", "кешегі", "кешеден", "кешеден бері", "кешелі бері", "өткен түні")],
    *[(w, "2026-02-26") for w in ("ертең", "ертеңгі", "ертеңнен", "ертеңге", "ертеңнен бастап")],
    *[
        (w, "2026")
        for w in ("биыл", "биылғы", "биылдан", "биылдың", "осы жылы", "осы жылдың", "ағымдағы жылы")
    ],
    *[(w, "2026") for w in ("үстіміздегі жылдың", "биылғы жылдың", "осы жылдан", "осы жылға", "осы жылғы")],
    *[(w, "2025") for w in ("былтыр", "былтырғы", "былтырдан", "былтырдың", "былтырғы жылы")],
    *[(f"өткен {w}", "2025") for w in ("жылы", "жылғы", "жылдың", "жылдан", "жылға")],
    *[(f"{s} {w}", "2027") for s in ("келесі", "келер", "алдағы") for w in ("жылы", "жылдан")],
    *[(f"өткен {w}", "2026-01") for w in ("айда", "айдың", "айдан", "айы")],
    *[(f"келесі {w}", "2026-03") for w in ("айда", "айдан", "айға")],
    *[(f"осы {w}", "2026-02") for w in ("айда", "айдың", "айға", "айдан")],
    *[(f"өткен {w}", "2026-W08") for w in ("аптада", "аптаның", "аптадан")],
    *[(f"келесі {w}", "2026-W10") for w in ("аптада", "аптадан", "аптаға")],
    *[(f"осы {w}", "2026-W09") for w in ("аптада", "аптаның", "аптадан")],
    ("3 күн бұрын", "2026-02-22"),
    ("екі апта бұрын", "2026-W07"),
    ("бір ай бұрын", "2026-01"),
    ("осыдан бес жыл бұрын", "2021"),
    ("3 күннен кейін", "2026-02-28"),
    ("бір айдан кейін", "2026-03"),
    ("бес жылдан соң", "2031"),
    *[(w, "2026-02-23") for w in ("дүйсенбіде", "дүйсенбі күні")],
    *[(w, "2026-02-28") for w in ("сенбіде", "сенбі күні")],
    *[(w, "2026-03-01") for w in ("жексенбіде", "жексенбі күні")],
    ("өткен сенбіде", "2026-02-21"),
    *[(w, "2026-02-23") for w in ("дүйсенбіден бастап",)],
    *[(w, "2026-02-24") for w in ("сейсенбіге дейін",)],
    *[(w, "2026-02-27") for w in ("жұмадан бастап",)],
    ("келесі сенбіде", "2026-03-07"),
    ("өткен жексенбіде", "2026-02-22"),
    ("келесі айдың басында", "2026-03"),
    ("келесі жылдың басында", "2027"),
    ("өткен жылдың соңында", "2025"),
    ("келесі жылдың қаңтарынан бастап", "2027-01"),
    ("былтырғы қазанда", "2025-10"),
    ("үстіміздегі жылдың 5 наурызында", "2026-03-05"),
    ("өткен жылдың 20-сыншы желтоқсанында", "2025-12-20"),
    *[(w, "2026-FA") for w in ("осы күзде", "биыл күзде")],
    ("өткен жылдың күзінде", "2025-FA"),
    ("келесі жылдың көктемінде", "2027-SP"),
    ("жиырма бірінші ғасырда", "20"),
    ("өткен ғасырдың тоқсаныншы жылдары", "199"),
]
CLOCK = [
    *[
        (f"сағат {h}", f"XXXX-XX-XXT{v}")
        for h, v in (("9-да", "09:00"), ("11-де", "11:00"), ("10-нан", "10:00"))
    ],
    *[(f"сағат {h}", f"XXXX-XX-XXT{v}") for h, v in (("9:30-да", "09:30"), ("09:30-да", "09:30"))],
    *[(f"сағат {h}", f"XXXX-XX-XXT{v}") for h, v in (("18:00-ге дейін", "18:00"), ("14.00-де", "14:00"))],
    *[(f"сағат {h}", f"XXXX-XX-XXT{v}") for h, v in (("9: 00-де", "09:00"), ("10: 30-да", "10:30"))],
    *[(f"сағат {h}", f"XXXX-XX-XXT{v}") for h, v in (("тоғызда", "09:00"), ("он бірде", "11:00"))],
    *[(f"сағат {h}", f"XXXX-XX-XXT{v}") for h, v in (("он екіге дейін", "12:00"), ("жетіден", "07:00"))],
    ("сағат он төрт нөл-нөлде", "XXXX-XX-XXT14:00"),
    ("таңғы сағат 8-де", "XXXX-XX-XXT08:00"),
    ("кешкі сағат 7-де", "XXXX-XX-XXT19:00"),
    ("кешкі сағат сегізде", "XXXX-XX-XXT20:00"),
    ("түнгі сағат 2-де", "XXXX-XX-XXT02:00"),
    ("түскі сағат 1-де", "XXXX-XX-XXT13:00"),
    ("түстен кейін сағат 3-те", "XXXX-XX-XXT15:00"),
    ("таңғы сағат алтыда", "XXXX-XX-XXT06:00"),
    ("таңғы алтыдан", "XXXX-XX-XXT06:00"),
    ("кешкі онға дейін", "XXXX-XX-XXT22:00"),
    ("түнгі 3-те", "XXXX-XX-XXT03:00"),
    ("он бес отызда", "XXXX-XX-XXT15:30"),
]


@pytest.mark.parametrize(("text", "value"), _month_cases() + YEARS + RELATIVE + CLOCK)
def test_paradigm(text: str, value: str) -> None:
    found = [(d.text, d.value) for d in find_dates(text, PUB)]
    assert len(found) == 1 and text.startswith(found[0][0]) and found[0][1] == value, found


def test_paradigm_is_large() -> None:
    assert len(_month_cases()) > 1000
