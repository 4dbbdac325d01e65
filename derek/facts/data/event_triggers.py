"""Event triggers by type, each with a real example, and the contexts that cancel them.

Each entry: type, trigger regex (matched at a word start, case-insensitive; the
rest of the word is free), example.
"""

TRIGGERS = (
    (
        "held",
        "өтті|өтеді|өткен|өтетін|өтпек|өтуде|өтіп|өткізіл|өткізді|өткізеді|өткізбек|өткізіп|өткізудің",
        "концерт өтті; жиын өткізілді; басқосуды қарашада өткізудің сәті түсті",
    ),
    ("organized", "ұйымдастыр(?!уш)", "Іс-шараны Бас консулдық ұйымдастырды"),
    ("visited", "сапар|барды|барып|барған|келді|келген|келіп|болып қайт", "Елші ALT University-ге барды"),
    (
        "met",
        "кездес(?!етін|тір)|қабылдауында|қабылдауына|қабылдады|қарсы ал(?!мас|ма[йғ])",
        "Президент Елшімен кездесті; Елбасының қабылдауында болды; Премьер-министрдің орынбасары қарсы алды",
    ),
    ("signed", "қол қой", "келісімге қол қойылды"),
    ("talks", "келіссөз", "екі ел келіссөз жүргізді"),
    ("announced", "жарияла|жария етті", "нәтижелері жарияланды"),
    ("opened", "ашылд|ашылған|ашылады|ашты|ашылу", "жаңа мектеп ашылды"),
)

# A word right before the trigger that makes it something else: атап өтті (speech), алып келді (brought).
NOT_BEFORE = ("атап", "баса", "көз", "ой", "алып", "әкеліп")
# ``өтті`` after these means 'passed' (үш ай өтті) and after an ablative 'went through' (тексерістен өтті).
TIME_NOUNS = ("ай", "жыл", "күн", "апта", "тәулік", "уақыт", "сағат", "минут", "ғасыр", "кезең")
ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
# Participles of 'held' (өткен, өтетін) name an event only after a place or an agent: Бейжіңде өткен, қолдауымен өткізілген.
HELD_PARTICIPLES = ("өткен", "өтетін")
PARTICIPLE_CONTEXT = ("да", "де", "та", "те", "мен", "пен", "бен", "гі", "ғы", "қы", "кі")
# A verbal noun in the dative is a purpose, not an event: сапарды ұйымдастыруға мән берді.
PURPOSE = ("уға", "уге")
# ``«Ақ аймақ» деп жарияланған қалалар`` 'cities declared (to be)': a naming, no announcement.
NAMING_BEFORE = ("деп",)
NAMING_FORMS = ("жарияланған",)
# ``қарсы алды`` 'welcomed' is a meeting when a guest is welcomed: a person or one of these in the accusative.
GUESTS = (
    ("қонақ", "Мәртебелі қонақты Ақордада Президент қарсы алды"),
    ("делегация", "делегацияны әуежайда вице-министр қарсы алды"),
)
# ``жұмыс орны ашылады`` 'jobs are created' is no opening.
NOT_OPENED_AFTER = ("орны", "орындары", "орын")
# Places a visit may go to when NER marks none (the goal of ``өңірге ... келді``).
PLACE_NOUNS = (
    "өңір",
    "аймақ",
    "облыс",
    "қала",
    "аудан",
    "ауыл",
    "елорда",
    "ел",
    "алаң",
    "нысан",
    "зауыт",
    "мектеп",
    "кент",
)
# Visits by a plain motion verb need a goal in the dative a few words before: өңірге ... келді.
DATIVE = ("ға", "ге", "қа", "ке", "на", "не")
