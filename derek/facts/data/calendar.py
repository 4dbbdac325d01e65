"""Calendar words beyond the months: the twelve-year animal cycle and ordinal month words.

Each entry has a real example from news. The animal cycle (мүшел) names a year by
one of twelve animals; ``index`` counts from тышқан, whose years are 2020, 2008 ...
(the new year of the cycle is taken as 1 January: Наурыз is not modelled).
"""

ANIMALS = (
    # stem, index, example
    ("тышқан", 0, "тышқан жылы туғандар биыл мүшел жасқа толады"),
    ("сиыр", 1, "сиыр жылы басталды"),
    ("барыс", 2, "келесі барыс жылында"),
    ("қоян", 3, "қоян жылы туған"),
    ("ұлу", 4, "ұлу жылы келді"),
    ("жылан", 5, "жылан жылы туған ақын"),
    ("жылқы", 6, "жылқы жылы деп аталады"),
    ("қой", 7, "қой жылы туған"),
    ("мешін", 8, "мешін жылы басталды"),
    ("тауық", 9, "тауық жылы туғандар"),
    ("ит", 10, "ит жылы келді"),
    ("доңыз", 11, "Өткен доңыз жылында ақ халаттылардың аты шыққаны да бар"),
)

# Which month of a season: ``жаздың алғашқы айы`` is June.
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_MONTH_ORDINALS = (
    # word, offset from the season's first month, example
    ("алғашқы", 0, "Жазиралы жаздың алғашқы айын жаңа үйде қарсы алған"),
    ("бірінші", 0, "күздің бірінші айында сабақ басталады"),
    ("екінші", 1, "көктемнің екінші айында"),
    ("ортаңғы", 1, "жаздың ортаңғы айында"),
    ("үшінші", 2, "қыстың үшінші айы"),
    ("соңғы", 2, "күздің соңғы айында"),
)

# Words that make a year-less date recurring (XXXX): ``жылына төрт рет: қаңтар, наурыз ...``.
HABITUAL = (
    ("жыл сайын", "жыл сайын шілденің 6-сында тойланады"),
    ("жылына", "сынақ жылына төрт рет: қаңтар, наурыз, маусым және тамыз айларында өткізіледі"),
    ("әр жылы", "әр жылы наурызда өтеді"),
)

# With these (or a HABITUAL word) in its sentence, a bare season is a generic one (no date):
# ``Ай сайын электр қуатына 6000, жазда 10000 теңгедей төлейміз.``
SEASON_HABITUAL = (("ай сайын", "Ай сайын электр қуатына 6000, жазда 10000 теңгедей төлейміз."),)

# A year-less day defined by a dash clause naming a day, holiday or feast is the recurring
# date of that holiday (XXXX): ``16 желтоқсан — Тәуелсіздік күні``.
HOLIDAY_WORDS = (
    ("күн", "«1-інші желтоқсан — ол біздің демократиялық даму тарихын жаңаша бастаған ... күн»"),
    ("мереке", "1 мамыр — Қазақстан халқының бірлігі мерекесі"),
    ("мейрам", "22 наурыз — Наурыз мейрамы"),
)

# A holiday noun that closes a clause makes the clause define a recurring day (XXXX), with or
# without a dash: ``Көктемнің алғашқы күні елімізде жалпы халықтық мереке, Алғыс айту күні.``
HOLIDAY_PREDICATES = (
    ("мереке", "Көктемнің алғашқы күні елімізде жалпы халықтық мереке, Алғыс айту күні."),
    ("мейрам", "22 наурыз — Наурыз мейрамы."),
)

# The edge of a season: ``жаздың соңына қарай`` (the season, read as its last month for the tense
# of its verb: past and still to come in the publication year means last year's).
SEASON_EDGES = (
    # word, month offset in the season, example
    ("ортасы", 1, "Жаздың ортасында ғой."),
    ("соңы", 2, "жаздың соңына қарай ғана құзырлы органдар қимылдай бастады"),
)

# A season's first or last day: ``Көктемнің алғашқы күні`` is 1 March.
SEASON_DAYS = (
    # word, first (True) or last day, example
    ("алғашқы", True, "Көктемнің алғашқы күні елімізде жалпы халықтық мереке, Алғыс айту күні."),
)

# ``ертең`` 'tomorrow' read as 'some day, later' (no date): after a conditional clause, or said
# twice. Examples: ``Бұлай жалғаса берсе, ертең өзімізге шикізат жетпей қалуы мүмкін.``,
# ``адам вакцинациядан өтпесе, ертең ауырып қалады``, ``«Ертең, ертең» деумен арада бірнеше ай өтті.``
CONDITIONAL_ENDINGS = ("са", "се", "сақ", "сек", "саң", "сең", "саңыз", "сеңіз", "сам", "сем")

# Nouns after ``бүгінгі`` that make it 'present-day, nowadays' (no date), unlike a day's own
# event (``бүгінгі кездесудің``, ``Бүгінгі рейд``, which are today).
NOWADAYS_NOUNS = (
    ("ұрпақ", "Бұл — бүгінгі ұрпақтың қастерлі борышы."),
    ("қоғам", "Президент Абайды бүгінгі қоғам деңгейінен қарайды."),
    ("табыс", "Бұрын бір тартымнан тонналаған су маржанын теретін балықшылардың бүгінгі табысы тым төмен."),
    ("билік", "Бүгінгі биліктің бір кемшін тұсы халықпен кері байланыс орнатпайды."),
)

# Season forms that are more often another word: ``қысқа`` is mostly 'short' (a bare one is no
# date; ``алдағы қысқа`` 'for the coming winter' still is).
NOT_SEASON_FORMS = (("қысқа", "Уақыт өте тығыз, сондықтан қысқа әрі нұсқа жауап беріп кетсеңіз."),)

# Words that make ``N күннен соң/кейін`` count from an event in the text, not from publication
# (anaphoric: no date): ``Содан 5 күннен соң үйіне оралса, баспанасының жарты бөлігі ғана қалыпты.``
FROM_THAT = (("содан", "Содан 5 күннен соң үйіне оралса, баспанасының жарты бөлігі ғана қалыпты."),)
