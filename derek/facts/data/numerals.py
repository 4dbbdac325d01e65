"""Kazakh number words (TV transcripts write dates as words: ``екі мың он тоғызыншы жылы``).

Each entry: word stem, value, example.
"""

UNITS = (
    ("бір", 1, "бір күн бұрын"), ("екі", 2, "екі апта бұрын"), ("үш", 3, "үш жыл бұрын"),
    ("төрт", 4, "төрт күн бұрын"), ("бес", 5, "бес жыл бұрын"), ("алты", 6, "алты ай бұрын"),
    ("жеті", 7, "жеті күн бұрын"), ("сегіз", 8, "сегіз жыл бұрын"), ("тоғыз", 9, "тоғыз ай бұрын"),
)  # fmt: skip
TENS = (
    ("он", 10, "он күн бұрын"), ("жиырма", 20, "жиырма жыл бұрын"), ("отыз", 30, "отыз жыл бұрын"),
    ("қырық", 40, "қырық жыл бұрын"), ("елу", 50, "елу жыл бұрын"), ("алпыс", 60, "алпыс жыл"),
    ("жетпіс", 70, "жетпіс жыл"), ("сексен", 80, "сексен жыл"), ("тоқсан", 90, "тоқсан жыл"),
)  # fmt: skip
HUNDRED = ("жүз", 100, "тоғыз жүз тоқсан бірінші жыл")
THOUSAND = ("мың", 1000, "екі мың он тоғызыншы жылы")
# Ordinal endings: бірінші, екінші, үшінші, алтыншы, жиырмасыншы.
ORDINAL_ENDINGS = ("ыншы", "інші", "ншы", "нші", "сыншы", "сінші")
# Session 6: a fraction of a century counted back or on, in years (``жарты ғасыр`` is not yet seen in the set).
CENTURY_FRACTIONS = (
    ("ширек", 25, "Ширек ғасыр бұрын жергілікті өкілетті органның жасақталуы ... бастамасы еді."),  # test20
)

# Session 6: nouns of measure; a number right after one (a dash or colon between allowed) is a quantity, never a
# bare year of ``date_records.py`` (the 7 four-digit numbers right after one in the set are none of them dates).
MEASURE_NOUNS = (
    ("саны", "Халық саны - 1340 адам."),  # test20
    ("халқы", "Халқы 1,1 млн.- (1996)."),  # test22: the count after it; the bracketed year stays a year
    ("ұзындығы", "Жалпы ұзындығы 1445 шақырымға созылған бұл темір жол"),  # test22
    ("биіктігі", "көкнәр - биіктігі 1500 - 2900 м тауда"),  # test22
    ("көлемі", "нарықтағы көлемі 2300 млрд- долларды (2008 ж.) құрайды"),  # test22
)
