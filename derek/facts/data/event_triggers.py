"""Event triggers by type, each with a real example.

Each entry: type, trigger regex (matched at a word start, case-insensitive; the
rest of the word is free), example. Negative contexts are in ``NOT_BEFORE``:
words that turn a trigger into something else (``атап өтті`` is speech).
"""

TRIGGERS = (
    ("held", "өтті|өтеді|өткен|өтпек|өтуде|өткізіл|өткізді|өткізеді|өткізбек|болып өтті", "концерт өтті; жиын өткізілді"),
    ("organized", "ұйымдастыр", "Іс-шараны Бас консулдық ұйымдастырды"),
    ("visited", "сапармен|сапары|барды|барып|келді|келіп|барған|келген|болып қайтты", "Елші ALT University-ге барды"),
    ("met", "кездес", "Президент Елшімен кездесті; кездесу барысында"),
    ("signed", "қол қой", "келісімге қол қойылды"),
    ("talks", "келіссөз", "екі ел келіссөз жүргізді"),
    ("announced", "жарияла|жария етті", "нәтижелері жарияланды"),
    ("opened", "ашылд|ашылған|ашылады|ашты|ашылу|салтанатты түрде ашыл", "жаңа мектеп ашылды"),
)

NOT_BEFORE = ("атап", "баса", "бастан", "көз", "ескерусіз", "жылдам", "уақыт", "ой")
