"""Direct speech set off by dashes, without «» (for the ``quotes`` stage).

``Мен сенемін, — деді Елбасы.``; after a colon inside a sentence (``... басынан: — Сен ...? — деп
сұрайды.``); a quote whose opening « was lost in a name (``«Рухани жаңғырудың» негізі ...», — деді ...``).
Session 7, from real news pages (news-dev): a paragraph opened by a dash is one quote up to the dash before
its cue, over sentences; and :func:`captions`: a line naming a speaker and ending in a colon, as TV sites
caption a clip (``Еркегүл Съезхан, байқауға қатысушы:``), quotes the paragraph after it, and a headline
``Президент: Індеттің беті қайтқан соң ... сенемін`` quotes what follows the colon.
Session 10: :func:`resumed`, the speech a dash takes up again after a quote's cue and speaker (``«...», – деді
ол. – Бұл ...``); an outlet's credit after the dash is no quote.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ..alphabet import CYRILLIC_UPPER
from ..doc import Entity, Mention, Quote, Sentence
from ..ner.words import SURNAME
from . import grammar as g
from .mentions import POST, is_nominative, mention, uncapped
from .quote_filters import DEP_VERB, credit_after, match_mention, outlet
from .speaker_referents import person_described
from .speakers import PRONOUN, Speakers, accusative, after_speaker

# the closing dash may be a hyphen between spaces, as news sites type it (``..., - деді Мемлекет басшысы.``)
# (a name in «» may stand inside the content: ``Әрбір «жоғары тәуекелді» кәсіпорын ..., - деді ...``)
_DASH_AFTER = re.compile(r"(?:,[ \t]*|,?[ \t]+)[—–-][ \t]+")  # the dash that closes a quote
_DASH_QUOTE = re.compile(
    r"[ \t]*(?:[—–-][ \t]*)?(?P<content>(?:[^«»]|«[^«»\n]{1,80}»)+?)" + _DASH_AFTER.pattern
)
# a paragraph that opens with a dash: the quote it opens runs to the dash before the cue, over sentences
_OPENING_DASH = re.compile(r"[ \t]*[—–-][ \t]+")
# a quote mark opening a paragraph whose speech a dash and a cue close, the mark never closed (news-test176, 169)
_OPENING_MARK = re.compile(r"[ \t]*[«“\"]")


_UNOPENED = re.compile(r"[ \t]*«?(?P<content>[^»]*«[^»]*»[^»]*)»,?[ \t]+[—–][ \t]+")


def unopened(text: str, sent: Sentence, who: Speakers) -> Quote | None:
    """text (str); sent (Sentence); who (Speakers) -> the quote whose opening « is lost in a name
    (``«Рухани жаңғырудың» негізі ... болуы тиіс», — деді Президент.``), or None."""
    m = _UNOPENED.match(text, sent.start, sent.end)
    if m is None:
        return None
    found = who.cues(m.end(), min(sent.end, m.end() + 16))
    if not found or found[0].start() - m.end() > 4:
        return None
    start, end = m.start("content"), m.end("content")
    if text[start] == "«":
        start += 1
    speaker = after_speaker(text, found[0].end(), sent.end, who, sent.start)
    who.remember(end, speaker)
    return Quote(start, end, text[start:end], "direct", speaker, match_mention(found[0]))


# A colon and a dash open direct speech inside a sentence: ``... екі ойын басынан: — Сен ...? — деп сұрайды.``
_COLON_DASH = re.compile(r":[ \t]*(?=—)")


def dash_direct(text: str, sent: Sentence, who: Speakers) -> Quote | None:
    """text (str); sent (Sentence); who (Speakers) -> direct speech set off by a dash, without «», or None
    (``Мен сенемін, — деді Елбасы.``); it may open after
    ``: —`` inside the sentence, and ``— деп`` + any verb cues it (``— деп сөзін қысқа қайырды``)."""
    colon = _COLON_DASH.search(text, sent.start, sent.end)
    at = colon.end() if colon else sent.start
    for m in _dash_quotes(text, at, sent.end):  # the first dash a cue follows: ... бағдарымыз — айқын, — деді
        content = m.group("content").strip()
        if "«" in text[sent.start : m.start("content")] or content.startswith("«"):
            return (
                None  # a « before the dash opens a quote of its own (a « after it is in the speaker's title)
            )
        if content.endswith("»"):
            continue
        if len(content.split()) < 3 and _paragraph_start(text, m.start("content")) == m.start("content"):
            continue  # a short last sentence is speech only in a paragraph a dash opened (session 17: ``–
            # Қыс кезінде ... тиімді. Мектепте түнедік, – деді ...``)
        found = who.cues(m.end(), min(sent.end, m.end() + 16))
        if found and found[0].start() - m.end() <= 4:
            cue = found[0]
            speaker = after_speaker(text, cue.end(), sent.end, who, sent.start)
            break
        if (dep := DEP_VERB.match(text, m.end(), sent.end)) is not None:
            later = _cue_after_subject(text, dep, sent, who)
            # - деп облыстық ... департаменті мәлімдеді: the speaker stands between деп and the verb
            if later is not None:
                cue = later
                speaker = after_speaker(text, dep.start() + 3, later.start(), who, sent.start)
                break
            cue = dep  # — деп сұрайды: деп + a verb outside the lexicon, as after «...», —
            speaker = who.subject(cue.end(), sent.end, sent.start)  # the words after it are the verb's
            break
    else:
        return None
    if outlet(speaker, cue.start()) or credit_after(text, cue.end(), sent.end):
        return None  # ..., - деп хабарлайды "Ұлт ақпарат".: the outlet's credit, no speech (session 10)
    if speaker is None and colon is not None:
        speaker = who.subject(sent.start, colon.start(), sent.start)
    start, end = _paragraph_start(text, m.start("content")), m.end("content")
    if (
        speaker is not None
        and start < sent.start
        and speaker.start >= end
        and (pronoun := PRONOUN.fullmatch(text, speaker.start, speaker.end)) is not None
    ):  # – Ерте заманнан ... . Ақсақалдар ..., – деп сөзін бастады ол: ``ол`` is someone before the speech
        speaker = who.antecedent(start, pronoun)
    if speaker is None and found and start == m.start("content"):  # no dash opens the paragraph
        speaker, start = lead_speaker(text, start, end, who, sent.start)
    if speaker is None and found:  # — ..., - деді.: the person of the sentence before the quote speaks
        line = text.rfind("\n", 0, start)
        speaker = who.carried(line if line > 0 else start)
    who.remember(end, speaker)
    return Quote(start, end, text[start:end], "direct", speaker, match_mention(cue))


def _cue_after_subject(text: str, dep: re.Match[str], sent: Sentence, who: Speakers) -> re.Match[str] | None:
    """text; dep: ``деп`` and the word after it; sent; who -> a speech verb of the lexicon up to eight words on in
    the same clause, when the word after ``деп`` is none (``..., - деп облыстық санитариялық-эпидемиологиялық
    бақылау департаменті мәлімдеді``: the body speaks; session 16)."""
    found = who.cues(dep.start() + 3, sent.end)
    if not found or found[0].start() < dep.end():
        return None
    between = text[dep.end() : found[0].start()]
    words = text[dep.start() + 3 : found[0].start()].split()
    if any(w.islower() and (accusative(w) or w.endswith(g.OWNED_ACCUSATIVE)) for w in words):
        return None  # — деп ол сөзін қысқа қайырды: an object before the verb, no speaker's name
    return found[0] if len(words) <= 8 and not re.search(r"[,.;:!?«»]", between) else None


def lead_speaker(
    text: str, start: int, end: int, who: Speakers, sentence_start: int
) -> tuple[Mention | None, int]:
    """text; start, end (int): speech closed by ``, - деді.`` with no one after the verb -> the person or post
    opening it, its subject (``Сондай-ақ Үкімет басшысы ... қажет етеді,-деді.``), and where the speech starts
    after them; (None, start) when none opens it (session 12, news-test28)."""
    subject = who.subject(start, end, sentence_start)
    if subject is None or not who.opens_sentence(subject, start):
        return None, start
    rest = text[subject.end : end]
    return subject, subject.end + len(rest) - len(rest.lstrip())


def _dash_quotes(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """text; start, end (int): a sentence from its opening (or a colon's dash) -> each reading of it as a quote
    closed by a dash, the shortest first: a dash inside the speech (``бағдарымыз — айқын``) may come before
    the one a cue follows (session 12, news-test27)."""
    for sep in _DASH_AFTER.finditer(text, start, end):
        m = _DASH_QUOTE.fullmatch(text, start, sep.end())
        if m is not None:
            yield m


def _paragraph_start(text: str, start: int) -> int:
    """text (str); start (int): where a dash quote's content starts in its sentence -> the start of the
    whole quote: after the dash opening the paragraph (``– Біз үшін бүгін тарихи күн. ... көп, – деді облыс
    басшысы.``: one quote of five sentences), unless a speech verb or quote mark between ends an earlier one."""
    para = text.rfind("\n", 0, start) + 1
    opening = _OPENING_DASH.match(text, para)
    mark = _OPENING_MARK.match(text, para)
    # «Биыл ... . Сондықтан ... береді, - деді аймақ басшысы.: a « never closed opens the speech (session 26)
    if mark is not None and start > mark.end() and not re.search('[«»“”"]', text[mark.end() : start]):
        return mark.end()
    if opening is not None:
        lead = opening.end()
    elif start > para and _FIRST_PERSON.search(text, para, start):
        lead = _opened_before(text, para)  # Біздің клиника – ... . ..., - деп атап өтті: 'we' speaks from the
        # paragraph's start, or from a dash paragraph before it
    elif start == para:
        return _opened_before(text, para)
    else:
        return start
    if lead >= start:
        return start
    between = text[lead:start]
    if any(ch in between for ch in "«»") or re.search(r"[—–-][ \t]+де", between):
        return start
    return lead


def _first_stop(body: str) -> str:
    """body (str) -> the mark that ends its first sentence (``.``, ``!``, ``?`` or ``…``), or ``""``."""
    found = re.search(r"[.!?…](?=[ \t]|$)", body)
    return found.group() if found else ""


def _opened_before(text: str, para: int) -> int:
    """text (str); para (int): a paragraph that a dash quote's cue closes, with no dash of its own -> where the
    speech opened: after the dash opening a paragraph just before, the paragraphs between with neither cue nor
    quote mark (``– Бүгін өздеріңізбен арнайы кездесіп тұрмын. ...`` / ``Бюджеттің жағдайы белгілі, ..., – деді
    аудан басшысы.``: one quote over two paragraphs; session 13, news-test36); ``para`` when none did."""
    end = para
    for _ in range(3):
        prev = text.rfind("\n", 0, max(0, end - 1))
        while prev > 0 and not text[prev + 1 : end].strip():  # blank lines between paragraphs
            prev = text.rfind("\n", 0, prev)
        start = prev + 1
        body = text[start:end].rstrip()
        if (
            not body
            or body[-1] not in ".!…"
            or any(ch in body for ch in "«»")
            or re.search(r"[—–-][ \t]*де", body)
        ):
            return para  # a question (an interview), a line with no full stop, or speech with its own cue
        opening = _OPENING_DASH.match(text, start)
        if opening is not None:
            return opening.end()
        end = start
        if start == 0:
            return para
    return para


# the first person in the sentences before a dash quote's last one, in a paragraph with no opening dash:
# the journalist writes of 'we' only in speech (``Біздің клиника – көпсалалы стационар. ... отыр, - деп атап өтті``)
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:біз|біздің|бізде|бізге|бізді|бізден|мен|менің|маған|менде|мені|менен)(?!\w)"
    r"|\w(?:мыз|міз|быз|біз|пыз|піз|мын|мін|бын|бін|пын|пін|дық|дік|тық|тік|қ|к)(?=[ \t]*[.!?])",
    re.I,
)


_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a paragraph; lines of spaces only are blank (session 18)
# the colon after a caption's name, maybe after those it speaks to in the dative: ``Үкімет басшысы министрлер мен
# әкімдерге: Есеп беру ... доғарыңыздар`` (session 10, news-test17)
_COLON_AFTER = re.compile(
    rf"(?:[ \t]+(?:[^\W\d_]+[ \t]+(?:мен|пен|бен|және)[ \t]+)?[^\W\d_]+{g.alt(g.DATIVE)}"
    # a TV caption's title after a dash: ``Айнұр Жүсіпәлі — Аға тәрбиеші: Қазір 150 бала ...`` (session 15); up to
    # three titles after commas: ``Бек Қази, бағдарламашы, ойын әзірлеуші: ...`` (session 24)
    # a title's words may hold a number or a «name» (``Сандуғаш Нұрқанова, Көкшетау қаласы 8 референдум учаскесінің
    # төрайымы:``, ``Нұрлан Үдербай, облыстық «Қызыл ай» қоғамының директоры:``; session 24)
    rf"|(?:(?:[ \t]+[–—-]|[ \t]*,)[ \t]+[^\W\d_][\w-]*(?:[ \t]+[«\"“]?\w[\w-]*[»\"”]?){{0,6}}){{1,3}})?[ \t]*:[ \t]*"
)


def captions(text: str, who: Speakers) -> list[Quote]:
    """text (str); who (Speakers) -> direct quotes introduced by a line that opens with a PERSON or POSITION
    in the nominative and ends in a colon (the next paragraph is the quote), or by such a name and a colon
    opening a line with no « (the rest of the line is the quote)."""
    out = []
    lines = list(_LINE.finditer(text))
    for i, line in enumerate(lines):
        start = line.start() + len(line.group()) - len(line.group().lstrip())
        ent = next(
            (e for e in who.index.overlapping(start, start + 1) if e.start == start and e.label in _SPEAKERS),
            None,
        )
        head = line.group().rstrip()
        who_said = mention(ent) if ent is not None and is_nominative(ent) else None
        if who_said is not None and who_said.normal != uncapped(who_said.normal):
            # Мұрат ТАЛДЫБАЕВ, ...: a surname printed in capitals, its base form in title case (session 34)
            who_said = dataclasses.replace(who_said, normal=uncapped(who_said.normal))
        if ent is None and i == 0:
            ent = _titled_name(text, start, line.end(), who)  # Жазушы-журналист, сыншы Аян НЫСАНАЛИН: ...
            if ent is not None:
                said = mention(ent)
                who_said = Mention(said.start, said.end, said.text, uncapped(said.normal))
        closing = (
            ent is None
            and i > 0
            and head.endswith(":")
            and (last := _closing_name(text, line, who)) is not None
        )
        if closing:  # ... ардагерлері Кеңесінің төрағасы Кайриддин Баймаханов:¶...: session 15
            who_said = mention(last)
        # САЛТАНАТ МАХАНБЕТОВА, ҚАЛА ТҰРҒЫНЫ: a caption in capitals needs no colon (session 18)
        caps_line = _caps_caption(head)
        post_line = _POST_CAPTION.fullmatch(head) if i > 0 else None
        if post_line is not None and POST.fullmatch(head.split()[-1]):
            # Аян АБЖАМАЛОВ Ұлытау ауданы әкімінің орынбасары: a paper's caption, the surname in capitals, the post
            # after it and no stop (session 29, news-test244)
            at = line.start() + post_line.start(1)
            name = post_line.group(1)
            who_said = Mention(at, at + len(name), name, uncapped(name))
            caps_line = True
        if (
            ent is None
            and (head.endswith(":") or caps_line)
            and (caps := _CAPS_NAME.match(text, start)) is not None
        ):
            name = uncapped(caps.group(1))  # АЙЫМ ҚАЙЫРБЕК, ... оқушысы:
            who_said = Mention(caps.start(1), caps.end(1), caps.group(1), name)
        dashed = i + 1 < len(lines) and _OPENING_DASH.match(lines[i + 1].group()) is not None
        named = (
            _named_caption(head, dashed) if who_said is None and ent is None and head.endswith(":") else None
        )
        if named is not None:  # Абубакир Войнце, «...» ҚБ төрағасы: a name NER missed (session 17)
            at = line.start() + named.start(1)
            who_said = Mention(at, at + len(named.group(1)), named.group(1), named.group(1))
        if who_said is None and ent is None and i == 0:
            who_said = _headline_speaker(text, line, who)  # ІІМ: Он күн ішінде ... анықталды (session 25)
        if who_said is None and ent is None and (inline := _inline_caption(text, line, who)):
            out.extend(inline)  # ... қатысқан аудан әкімі Бағлан Батыршаев: Мемлекет басшысы ... (session 15)
            continue
        if who_said is None or "«" in text[line.start() : who_said.end]:
            continue
        colon = _COLON_AFTER.match(text, who_said.end)
        # a name and a comma open a caption, whose post may run long (``Мұрат ТАЛДЫБАЕВ, Республикалық ХҚКО ...
        # бөлімі директорының орынбасары:``; session 34)
        named_caption = (
            who_said is not None and text.startswith(",", who_said.end) and len(head.split()) <= 20
        )
        if (
            (head.endswith(":") or caps_line)
            and (len(head.split()) <= 12 or closing or named_caption)
            and i + 1 < len(lines)
        ):
            nxt = lines[i + 1]
            body = nxt.group().strip().lstrip("—–- \t")
            # a caption's answer wholly in quote marks is the words inside them (``ЕРКЕБҰЛАН ТАЛАСБЕК, САТУШЫ`` ¶
            # ``«1 жасарлар етіне қарай болып жатыр. ...».``; session 35, news-test349)
            whole = _WHOLE_QUOTE.fullmatch(body)
            if len(body.split()) < 3 or (_QUOTED.match(body) and whole is None) or body.endswith(":"):
                continue
            if body.endswith("?") and body != nxt.group().strip() and _first_stop(body) == "?":
                # Марат ҚАБЫШЕВ, кинорежиссер:¶– Марат Әнуарұлы, ...?: the interviewer asks (session 15); not speech that
                # only closes on a question (``– Шиеттей алты баланы ... бағып жатырмын. ... періште ме?``; session 34)
                continue
            q_start = nxt.start() + nxt.group().index(body)
            if whole is not None:
                q_start, body = q_start + 1, whole.group(1)
            out.append(Quote(q_start, q_start + len(body), body, "direct", who_said, None))
        elif (
            colon is not None
            # a «name» before a word is no quote mark (``Асхат Оралов: «Шымбұлақ» тау шаңғы курорты ...``; s. 25)
            and _QUOTED.search(text, colon.end(), line.end()) is None
            and colon.end() < line.end()
            and len(text[colon.end() : line.end()].split()) >= 3
        ):
            body = text[colon.end() : line.end()].rstrip()
            out.append(Quote(colon.end(), colon.end() + len(body), body, "direct", who_said, None))
    return out


# a headline opening with a short speaker and a colon: ``ІІМ: ...``, ``Психолог: ...``
# a body's initials ending in М (министрлігі) or К (комитеті, комиссиясы); regions' and states' (``ШҚО``, ``АҚШ``)
# end otherwise (speaker_referents takes only М, for ``Ведомство``)
BODY_INITIALS = re.compile(f"[{CYRILLIC_UPPER}]{{1,4}}[МК]")
_HEAD_COLON = re.compile(r"[ \t]*([^:\n«»\"“”]{2,40}?)[ \t]*:[ \t]+(?=\S)")


def _headline_speaker(text: str, line: re.Match[str], who: Speakers) -> Mention | None:
    """line: the text's first paragraph -> the speaker of a headline ``X: words`` when X is a body NER tags as an
    organization, in Cyrillic, or a ministry's or committee's initials (``ІІМ: Он күн ішінде ... 48 дерек
    анықталды``), or one post or a described person (``Маман: ...``; no trade list holds ``Психолог``), or a given
    name and a surname in capitals (``Тоқтар ӘУБӘКІРОВ: ...``; session 27), else None. Topics and places before a
    colon (``Ауа райы:``, ``ТҮРКІСТАН:``, ``Футболдан ӘЧ:``) are no speakers: in the twenty-one parts read in session
    25, of the 34 first lines shaped ``X: ...`` the 6 quoted have a person, a post, a trade, a group or a body as X."""
    m = _HEAD_COLON.match(text, line.start(), line.end())
    if m is None or len(m.group(1).split()) > 4:
        return None
    a, b = m.span(1)
    head = m.group(1)
    if re.search("[A-Za-z]", head):
        return None
    if BODY_INITIALS.fullmatch(head) or any(  # ІІМ, ДСМ, ҰҚК: initials NER tags as nothing
        e.label == "ORGANISATION" and e.start == a and e.end == b for e in who.index.overlapping(a, b)
    ):
        return Mention(a, b, head, head)
    if " " not in head and (POST.fullmatch(head.lower()) or person_described(head.lower())):
        return Mention(a, b, head, head.lower())
    if _NAME_SURNAME.fullmatch(head):
        # Тоқтар ӘУБӘКІРОВ: Қазақ – ... халық (session 27, news-test187)
        return Mention(a, b, head, uncapped(head))
    return None


# a given name and a surname in capitals, the papers' way of signing a headline's words
_NAME_CAPS = f"[{CYRILLIC_UPPER}][{g.LOWER}]+[ \t]+[{CYRILLIC_UPPER}]{{3,}}"
_NAME_SURNAME = re.compile(_NAME_CAPS)
# ... and a title after them with no comma, no colon and no stop: a caption line (``Жаухар ЕСЖАНОВ учаске бастығы``)
_POST_CAPTION = re.compile(f"[ \t]*({_NAME_CAPS})(?:[ \t]+[{g.LETTER}-]+){{1,8}}")


# a caption's title after the name, up to its colon: ``, ҚР ... басқармасының бас сарапшысы: -`` (no verb: a finite
# verb ends a clause, no title)
_TITLED_COLON = re.compile(
    rf"[ \t]*,[ \t]*[^\W\d_][^:.!?\n«»]{{2,100}}?(?::[ \t]*[—–-]?[ \t]*(?=\S)|[ \t]+-(?=[{CYRILLIC_UPPER}]))"
)
# ``..., дейді X`` inside a caption's words: someone else's words follow
_OTHER_SPEECH = re.compile(r",[ \t]*[—–-]?[ \t]*де(?:ді|йді)(?![\w])", re.I)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")


def _inline_caption(text: str, line: re.Match[str], who: Speakers) -> list[Quote]:
    """line: a paragraph -> the rest of it after a titled PERSON in the nominative and a colon inside it
    (``Орталықтың ашылу рәсіміне қатысқан аудан әкімі Бағлан Батыршаев: Мемлекет басшысы ...``): a TV
    caption run into the text, its words the person's; or after a name opening a sentence, its title after a
    comma and a colon (session 28)."""
    end = line.start() + len(line.group().rstrip())
    found: list[tuple[int, Mention]] = []  # where the words start, who says them
    for e in who.index.overlapping(line.start(), end):
        if e.label != "PERSON" or not is_nominative(e):
            continue
        before = text[line.start() : e.start].split()
        if text[e.end : e.end + 1] == ":":
            if not (who.after_post(e) or (before and POST.fullmatch(before[-1].strip(",")))):
                continue  # a post names the person: аудан әкімі Бағлан Батыршаев:
            found.append((e.end + 1, mention(e)))
        elif (titled := _titled_after(text, line.start(), e.start, e.end, end)) is not None:
            # Дархан Нұрланов, ... басқармасының бас сарапшысы: - Ресейден ...: a name opening a sentence, its title
            # after a comma, then a colon (session 28, news-test197, news-test206)
            found.append((titled, mention(e)))
    for m in _CAPS_NAME.finditer(text, line.start(), end):
        # Заңғар САНАЙ,ТІЛШІ: ...: a name NER missed, its surname in capitals (session 28, news-test197)
        if (titled := _titled_after(text, line.start(), m.start(1), m.end(1), end)) is not None:
            found.append((titled, Mention(m.start(1), m.end(1), m.group(1), uncapped(m.group(1)))))
    out: list[Quote] = []
    found.sort(key=lambda f: f[0])
    for i, (body_start, speaker) in enumerate(found):
        # Заңғар САНАЙ,ТІЛШІ: ... Берік ӘМІРОВ, АТБЕГІ: ...: a transcript run into one paragraph, caption after caption
        stop = found[i + 1][1].start if i + 1 < len(found) else end
        if quote := _caption_words(text, body_start, stop, speaker):
            out.append(quote)
    return out


def _caption_words(text: str, body_start: int, end: int, speaker: Mention) -> Quote | None:
    """The words of an inline caption from ``body_start`` up to ``end``, or None when too few or quoted."""
    while body_start < end and text[body_start] in " \t":
        body_start += 1
    if (other := _OTHER_SPEECH.search(text, body_start, end)) is not None:
        # ... бейім. Биыл он шақты құлын алдық, дейді зауыт мамандары.: another's words close the caption's
        stop = max(text.rfind(ch, body_start, other.start()) for ch in ".!?")
        end = stop + 1 if stop >= body_start else body_start
    end = len(text[:end].rstrip())
    body = text[body_start:end]
    if len(body.split()) < 3 or body.startswith(("«", '"', "“")) or body.endswith(":"):
        return None
    return Quote(body_start, end, body, "direct", speaker, None)


def _titled_after(text: str, para: int, start: int, name_end: int, end: int) -> int | None:
    """A name at [start, name_end) opening a sentence of the paragraph at ``para``, then a comma, a title and a
    colon (or a dash glued to the next word: ``Бигелді Ғабдуллин, ... клубының президенті -Жалпы ...``) -> where its
    words start, else None."""
    if not _SENTENCE_BEFORE.search(text[max(para, start - 3) : start] or "\n"):
        return None
    titled = _TITLED_COLON.match(text, name_end, end)
    return titled.end() if titled is not None else None


def _closing_name(text: str, line: re.Match[str], who: Speakers) -> Entity | None:
    """line: a paragraph ending in a colon -> the PERSON in the nominative right before that colon, after a
    post (``..., облыстық ... Кеңесінің төрағасы Кайриддин Баймаханов:``), or None."""
    colon = line.start() + len(line.group().rstrip()) - 1
    for e in who.index.overlapping(colon - 1, colon):
        if e.label == "PERSON" and e.end == colon and is_nominative(e) and who.after_post(e):
            return e
    return None


def _titled_name(text: str, start: int, end: int, who: Speakers):
    """A headline's person after a few words of title, right before a colon: ``Жазушы-журналист, сыншы Аян
    НЫСАНАЛИН: ӘДЕБИЕТ – МЕМЛЕКЕТТІҢ ИДЕОЛОГИЯСЫ`` (session 14, news-test47) -> the PERSON entity, or None."""
    for e in who.index.overlapping(start, end):
        if (
            e.label == "PERSON"
            and start < e.start
            and len(text[start : e.start].split()) <= 4
            and is_nominative(e)
            and text[e.end : e.end + 1] == ":"
        ):
            return e
    return None


_SPEAKERS = ("PERSON", "POSITION")
# a paragraph in «» is a quote of its own; one opening with a name in «» is not (``«AMANAT» партиясына ...``;
# a caption's title may hold such a name too: ``Азамат Біржанов, «Аmanat» партиясы ... орынбасары:``, session 10)
_QUOTED = re.compile(r"«(?![^«»\n]{1,40}»[ \t]*[\w-])")
_WHOLE_QUOTE = re.compile(r"«([^«»\n]+)»[ \t]*[.!?…]?")

# after a dash quote's cue and speaker, a dash resumes the same speech up to the paragraph's end:
# ``..., – дейді округ әкімі Отаралы Біржікенов, – шаруалар ... кідіртпейді.`` (session 10, news-test13)
# (a «name» may stand in the speaker's title, ``- дейді «Жібек жолы» көркемдік жетекшісі ...``, and the dash may touch
# the capital it resumes with, ``- дейді ол. –Мемлекеттік ...``; an initial's point is no sentence's end, ``- деді
# ... Д.Рыпаков. – Арасында ...``; session 31, news-test273, 225, 296)
_RESUMED = re.compile(
    rf"(?:[^.!?\n«»—–]|«[^«»\n]{{1,60}}»|(?<![{g.LETTER}])[{CYRILLIC_UPPER}]\.(?=[ \t]?[{CYRILLIC_UPPER}])){{0,120}}?[,.][ \t]+[—–-](?:[ \t]+|(?=[{CYRILLIC_UPPER}]))"
)
_INNER_DASH = re.compile(r"[,.!?]?[ \t]+[—–-][ \t]+")


def resumed(text: str, quotes: list[Quote], who: Speakers) -> list[Quote]:
    """text (str); quotes: those found so far; who (Speakers) -> the speech a dash resumes after a direct
    quote's closing cue and speaker (``«...», – деді ол. – Бұл бала – дайын президент!``), to the paragraph's
    end or the dash before the next cue, with the same speaker and cue."""
    out: list[Quote] = []
    for q in quotes:
        if q.kind != "direct" or q.cue is None or q.speaker is None or q.cue.start < q.end:
            continue
        m = _RESUMED.match(text, q.cue.end)
        if m is None:
            continue
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        for dash in _INNER_DASH.finditer(text, m.end(), end):
            if who.cues(dash.end(), min(end, dash.end() + 16)):
                end = dash.start()
                break
        body = text[m.end() : end].rstrip().rstrip('»"”')
        if len(body.split()) < 3 or any(
            p.start < m.end() + len(body) and m.end() < p.end for p in quotes + out
        ):
            continue
        out.append(Quote(m.end(), m.end() + len(body), body, "direct", q.speaker, q.cue))
    return out


# a TV caption whose name NER missed: two or three capitalized words, a comma, a title ending in a post word, a colon
_CAPTION_NAME = re.compile(
    f"[ \\t]*([{CYRILLIC_UPPER}][{g.LOWER}-]+(?:[ \\t]+[{CYRILLIC_UPPER}][{g.LOWER}-]+){{1,2}}),[ \\t]+[^:\\n]{{2,90}}:$"
)


_MARKS = '«»"'  # quote marks around a caption's last word


def _named_caption(head: str, dashed: bool) -> re.Match[str] | None:
    """head (str): a line ending in a colon; dashed (bool): the next paragraph opens with a dash -> its match when
    it names a person and a title closed by a post word (``Абубакир Войнце, «Қазақстан дүнгендері қоғамы» ҚБ
    төрағасы:``), or a surname and any title, or any title before a dash paragraph (``Сағат Исин, велошабандоз:`` /
    ``- Мен ...``)."""
    m = _CAPTION_NAME.fullmatch(head)
    if m is None:
        return None
    last = head[:-1].split()[-1].strip(_MARKS)
    # ... or a name that ends in a surname (``Құсайын Жапақов, Талдықорған қаласының тұрғыны:``; session 29)
    surname = SURNAME.fullmatch(m.group(1).split()[-1].lower()) is not None
    return m if dashed or surname or POST.fullmatch(last) else None


# a caption line wholly in capitals needs no colon: a name, a comma, a title with no comma, no colon and no !?
# (``САЛТАНАТ МАХАНБЕТОВА, ҚАЛА ТҰРҒЫНЫ`` / ``2014 жылдан бері ...``: 5 of 5 such lines in the read news parts; a
# headline in capitals has no comma after two words, or more commas: ``ЖАМБЫЛ ОБЛЫСТЫҚ, ҚАЛАЛЫҚ, ...``; session 18)
_CAPS_WORD = f"[{CYRILLIC_UPPER}][{CYRILLIC_UPPER}-]+"
_CAPS_CAPTION = re.compile(f"[ \\t]*{_CAPS_WORD}(?:[ \\t]+{_CAPS_WORD}){{1,2}},[^,:!?\\n{g.LOWER}]{{3,120}}")
# ... and one whose name ends in a surname may have commas in its title (``ДОСАЙ КЕНЖЕТАЕВ, ПРОФЕССОР, ФИЛОСОФИЯ
# ЖӘНЕ ФИЛОЛОГИЯ ҒЫЛЫМДАРЫНЫҢ ДОКТОРЫ``; session 28, news-test233)
_CAPS_TITLED = re.compile(
    f"[ \\t]*{_CAPS_WORD}[ \\t]+(?P<surname>{_CAPS_WORD}),(?:[^,:!?\\n{g.LOWER}]{{2,80}},){{1,2}}[^,:!?\\n{g.LOWER}]{{3,120}}"
)


# a name and a title wholly in capitals before a colon, the name set off by a dash or a comma: an inline TV caption
# (``МҰРАТ БАЙТЕЛИЕВ - МЕРДІГЕР КОМПАНИЯ БАСШЫСЫ: «...»``; session 35: news-test226, 170, 345, three of three)
_CAPS_INLINE = re.compile(
    f"[ \\t]*(?P<name>{_CAPS_WORD}[ \\t]+{_CAPS_WORD}(?:[ \\t]+{_CAPS_WORD})?)[ \\t]*(?:[–—-]|,)[ \\t]*"
    f"[^:!?.\\n«»{g.LOWER}]{{2,80}}:[ \\t]*$"
)


def caps_caption_name(text: str, start: int, colon: int) -> Mention | None:
    """text; start (int): a line's start; colon (int): the colon before a «quote» on it -> the name of an inline caption
    in capitals (``ҚАНАТ МҮТЕБАЕВ - ДІНТАНУШЫ, ПСИХОЛОГ: «...»``), its base form in title case, else None."""
    m = _CAPS_INLINE.match(text[start : colon + 1])
    if m is None or SURNAME.fullmatch(m.group("name").split()[-1].lower()) is None:
        return None
    at = start + m.start("name")
    return Mention(at, at + len(m.group("name")), m.group("name"), uncapped(m.group("name")))


def _caps_caption(head: str) -> bool:
    """head (str): a line -> True when it is a TV caption wholly in capitals: a name, a comma, its title."""
    if _CAPS_CAPTION.fullmatch(head):
        return True
    m = _CAPS_TITLED.fullmatch(head)
    return m is not None and SURNAME.fullmatch(m.group("surname").lower()) is not None


# a caption's name in capitals, as TV sites set it, before the comma of its title: ``ЖАСМИН ШОРМАН, ... оқушысы:``
# (or a first name in small letters and the surname in capitals: ``Вячеслав ДУДНИК, ҚР ... ВИЦЕ-МИНИСТРІ:``; session 18);
# or a dash before the title: ``АНАТОЛИЙ КОРАБЕЛЬНИКОВ – ОБЛЫСТЫҚ АРДАГЕРЛЕР КЕҢЕСІ ... ОРЫНБАСАРЫ:`` (session 25); or a hyphen
# before a one-word title and its colon: ``АЙЗАТ ТҰРҒЫНБЕКҚЫЗЫ-ТІЛШІ:`` (session 28, news-test166)
_CAPS_NAME = re.compile(
    f"([{CYRILLIC_UPPER}](?:[{CYRILLIC_UPPER}-]+|[{g.LOWER}-]+)(?:[ \\t]+{_CAPS_WORD}){{1,2}})"
    f"(?:,|[ \\t]+[–—-][ \\t]|(?=-{_CAPS_WORD}:))"
)
