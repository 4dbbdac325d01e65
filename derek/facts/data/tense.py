"""Verb endings that tell the tense of the verb a year-less date belongs to.

A date without a year takes the publication year, except where its verb says
otherwise: a future verb with a month already past this year points at next
year (``қаңтардың онына дейін жарияланады``), a past verb with a month still to
come points at last year (``6-ншы қыркүйек күнгі өткен отырыста``). Each entry: a
regular expression for the ending after the lemma, and a real example.
"""

FUTURE = (
    ("(?:а|е|й)(?:ды|ді|мын|мін|мыз|міз|сыз|сіз|сың|сің)", "қаңтардың онына дейін жарияланады"),
    ("(?:а|е|й)(?:сыздар|сіздер|сыңдар|сіңдер)", "бірінші қаңтарда «Хабар» арнасынан тамашалай аласыздар"),
    ("(?:мақ|мек|бақ|бек|пақ|пек)(?:шы|ші)?(?:мын|мін|мыз|міз)?", "мамырда Қазақстанға келіп, кездеспекші"),
)

PAST = (
    ("(?:ды|ді|ты|ті)(?:м|қ|к|ң|ңыз|ңіз|ңдар|ңдер)?", "Қаңтар айы басталысымен бағасы қымбаттады"),
    ("(?:ыпты|іпті|пты|пті)", "өткен жылы 50000 жаңа машина сатып алыпты"),
)

# Matched at the start of the ending: a past participle, also inflected (кеткен, өткенде).
PAST_PARTICIPLE = (
    ("(?:ған|ген|қан|кен)", "он бірінші желтоқсан күні жоғалып кеткен"),
    ("(?:ыл|іл|л|ын|ін|н)(?:ған|ген|қан|кен)", "Бұл кадрлар тамыздың он тоғызы күні түсірілген"),  # passive
)

# Forms with no tense of their own: verbal nouns, the -атын participle, conditionals.
TENSELESS = (
    ("(?:у|ю)", "бірінші сәуірден бастап білуге болады"),
    ("(?:атын|етін|йтын|йтін)", "жиырма бесінші қаңтардан бастап ақы алынатын жол"),
    (  # anchored: жалғасады (lemma read as жалға) is no conditional
        "(?:ма|ме|ба|бе|па|пе)?(?:са|се)(?:м|қ|к|ң|ңыз|ңіз|ңдар|ңдер|ңыздар|ңіздер)?(?:ші)?$",
        "1-інші сәуірге дейін бармасаңыздар, ... деп ойламаңыздар",
    ),
)

# Converbs say nothing: the next verb tells (``қаңтардан бастап өседі``).
CONVERB = (("(?:ып|іп|п|а|е|й)", "наурыздың 22-нен бастап жабылады"),)

# Words after a verb that do not change its tense.
TRAILING = ("жоқ", "ғой", "еді", "екен")

# Present progressive auxiliaries (after a converb): the state holds now, so a date it
# runs ``since`` lies in the past (``қыркүйектен бастап ... үстеме ақы алып жатыр``).
PROGRESSIVE = (
    ("жатыр", "қыркүйектен бастап 30 %-дан 50 %-ға дейін үстеме ақы алып жатыр"),
    ("отыр", "сәуірден бастап жұмыс істеп отыр"),
    ("тұр", "қаңтардан бері жабық тұр"),
    ("жүр", "қазаннан бері емделіп жүр"),
)

# A verbal noun in the accusative is the object of the verb after it. Before an aspectual
# verb (begin, finish, go on, stop) the date is that verb's: look further (``Қаңтар айында
# оқытуды бастаймыз``); before any other verb it has no tense (``сәуірден бастап беруді ұсынды``).
VERBAL_NOUN_OBJECT = (("(?:у|ю)(?:ды|ді|ын|ін)$", "Қаңтар айында оқытуды бастаймыз"),)
ASPECTUAL = (
    ("баста", "Қаңтар айында оқытуды бастаймыз"),
    ("аяқта", "наурызда салуды аяқтайды"),
    ("жалғастыр", "қыркүйекте оқуды жалғастырады"),
    ("тоқтат", "мамырда сатуды тоқтатты"),
)

# Verbs of planning and intending: whatever their own tense, the date they govern lies ahead
# (``1-інші мамырға дейін аяқтап, іске қосуды жоспарлап отыр``: next May, published in June).
PLAN = (
    ("жоспарла", "1-інші мамырға дейін аяқтап, іске қосуды жоспарлап отыр"),
    ("көзде", "наурызға дейін жаңа мектепті ашу көзделіп отыр"),
    ("ниеттен", "ақпанда зауытты іске қосуға ниеттеніп отыр"),
)

# Question particles: written apart and read by morph as nouns, yet they close the verb's clause
# (a finite verb before one is the date's verb, not a misread adjective before a noun).
QUESTION_PARTICLES = (
    ("ба", "жылдың аяғына дейін осы суперкомпьютерді біз өзімізге аламыз ба деген сенімдеміз"),
    ("бе", "келесі аптада келесіз бе"),
    ("па", "мамырда мектеп жабылмақ па"),
    ("пе", "жыл соңына дейін құрылыс бітпек пе"),
    ("ма", "биыл зауыт салынады ма"),
    ("ме", "ертең жиналыс өтеді ме"),
)
