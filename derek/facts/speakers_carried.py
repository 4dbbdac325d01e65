"""Dropped subjects for the speakers of quotes (a mixin of :class:`derek.facts.speakers.Speakers`).

Kazakh drops a subject the sentence before gave: ``Аудан әкімі Әлібек Жақанбаев ... аралап, ... қайтты.
Құрылыстың ... атқарылуы керектігін айтып, ескертулер жасады.`` A speech verb with no subject of its own takes the
person opening the sentence before (a post first: ``Бұл туралы қала әкімі ... мәлімдеді.``), the speaker of a
quote that ends there (``«...», – деді Мемлекет басшысы ... . Айтуынша, ...``), the one titled person of that
sentence when its subject stands late, or, when that sentence has no subject either, the one before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..alphabet import CYRILLIC_UPPER
from ..doc import Entity, Mention
from . import grammar as g
from .mentions import POST, is_nominative, mention

# a mark before a space or a line break; or a full stop glued to the next sentence's capital, as the segmenter
# reads it (``... жүгінді.Пәтер сұраған ...``; session 12, news-test31)
_SENTENCE_END = re.compile(
    r"[.!?…]+[»”\"]?(?=\s)|\n"
    f"|(?<=[{g.LOWER}]{{3}})\\.(?=[{CYRILLIC_UPPER}][{g.LOWER}])"
)
_WORDS = re.compile(f"[{g.LETTER}{g.DIGITS}-]+")
_PARTICIPLE = re.compile(f"(?:{'|'.join(g.PARTICIPLE + g.HABITUAL)})$")  # the past and habitual participles


class Carried:
    """The dropped-subject methods of :class:`Speakers`; they read its ``text``, ``index``, ``pos``, ``last``,
    ``_ends``/``_newline`` and its ``subject``, ``phrase``, ``post``, ``skip`` and ``after_post``."""

    def _sentence_before(self, sentence_start: int) -> int | None:
        """sentence_start (int) -> where the sentence before it starts, or None (none, or one over 600 characters)."""
        at = self._sentence_end_before(max(0, sentence_start - 1))
        while at < sentence_start and self.text[at].isspace():
            at += 1
        return None if at >= sentence_start or sentence_start - at > 600 else at

    def body_before(self, sentence_start: int) -> Mention | None:
        """sentence_start (int) -> the subject of the sentence before when it is no person (a body, a group:
        ``... департаментінің баспасөз қызметі түсініктеме берді. Олардың хабарлауынша, ...``; session 12)."""
        at = self._sentence_before(sentence_start)
        if at is None:
            return None
        found = self.subject(at, sentence_start, at)
        person = found is not None and any(
            e.label == "PERSON" and e.start == found.start
            for e in self.index.overlapping(found.start, found.end)
        )
        return None if person else found

    def carried(self, sentence_start: int, plural: bool = False, back: int = 1) -> Mention | None:
        """sentence_start (int): a sentence whose speech verb has no subject -> the person opening the sentence
        before it, if one does (``Аудан әкімі Әлібек Жақанбаев ... аралап, ... қайтты. Құрылыстың ... атқарылуы
        керектігін айтып, ескертулер жасады.``: Kazakh drops a subject the last sentence gave); ``plural``: a plain
        plural noun phrase opening it will do (``... тұрғындары наразы болуда. Айтуларынша, ...``); ``back``: how
        many sentences with no subject of their own may lie between (the subject was dropped in each)."""
        at = self._sentence_before(sentence_start)
        if at is None:
            return None
        found = self.subject(at, sentence_start, at)
        if found is not None and not self.opens_sentence(found, at):
            titled = next(  # Бұл туралы Ұлттық ... орталығының басқарма төрағасы Ержан Әділбеков мәлімдеді.
                (
                    e
                    for e in self.index.overlapping(at, sentence_start)
                    if e.label == "PERSON"
                    and e.start >= at
                    and is_nominative(e)
                    and self._post_led(at, e.start)
                ),
                None,
            )
            found = mention(titled) if titled is not None else found
        # Қазығұрт ауданы әкімі ... жүздесті.: the place NER tagged owns the post that opens the sentence (session 26,
        # news-test170)
        owned = self.post(at, sentence_start) if found is not None else None
        if (
            owned is not None
            and owned.start <= found.start < owned.end
            and owned.start == self.skip(at, sentence_start)
        ):
            return self.spoke(at, sentence_start) or owned
        opening = found is not None and self.opens_sentence(found, at)
        spoke = self.spoke(at, sentence_start)  # «...», - деді Мемлекет басшысы. Айтуынша, ...
        if spoke is not None and not opening:
            return spoke  # a quote ends in the sentence before: its speaker goes on
        if found is None and plural:  # ... ауданының тұрғындары наразы. Айтуларынша, ...: the people before
            return self.phrase(at, sentence_start, True)
        if found is None:  # Бұл туралы қала әкімі ... мәлімдеді.: a post NER missed opening the sentence
            found = self.post(at, sentence_start)
            if found is None and back > 0:  # Мемлекет басшысы ... жасады. Әкімдерге ... ескертті. ... айтты.
                return self.carried(at, back=back - 1)  # a subject dropped twice
            return found
        return found if opening else self._sole_person(at, sentence_start)

    def _sole_person(self, start: int, end: int) -> Mention | None:
        """The one person in the nominative of [start, end) after a title (``театрдың директоры, ...
        қайраткері Еркін Жуасбек бірқатар жұмыстарымен таныстырды.``), or None if there are none or more
        (session 9: a zero subject goes back to the sentence before even when its subject stands late)."""
        people = [
            e
            for e in self.index.overlapping(start, end)
            if e.label == "PERSON" and start <= e.start and e.end <= end and is_nominative(e)
        ]
        if len(people) != 1 or not self._after_title(people[0]):
            return None
        return mention(people[0])

    def _after_title(self, person: Entity) -> bool:
        """A post entity or a post word ends right before the name (a comma-free gap of a few letters), or a
        participle closing a relative clause on it (``жаттап алған Ақбидай Жеңіс``)."""
        if self.after_post(person):
            return True
        before = self.text[max(0, person.start - 40) : person.start].rstrip()
        last = re.search(r"(\S+)$", before)
        if last is None:
            return False
        # ... қаулысын жаттап алған Ақбидай Жеңіс ... жұмыс істейді.: a relative clause ends right before the name,
        # which is still the sentence's subject (session 32, news-test309)
        at = max(0, person.start - 40) + last.start(1)
        return POST.fullmatch(last.group(1)) is not None or (
            _PARTICIPLE.search(last.group(1)) is not None and self.pos.get(at) in ("VERB", "AUX")
        )

    def opens_sentence(self, found: Mention, at: int) -> bool:
        """found (Mention); at (int): its sentence's start -> True if it is a person or post opening the
        sentence (or ``ол`` standing for one): at most a post's words before the name, no punctuation."""
        lead = self.text[at : found.start]
        if re.search("[,;:«»—–]", lead):
            return False
        if found.start - at > 30 and not self._post_led(at, found.start):
            return False
        if found.text.lower() in ("ол", "ол кісі") and found.normal.lower() != found.text.lower():
            return True  # Бұл мәселе бойынша ол ... түсіндірді.: the pronoun, resolved, is the subject (session 13)
        return any(
            e.label in ("PERSON", "POSITION") and e.start == found.start
            for e in self.index.overlapping(found.start, found.start + 1)
        )

    def spoke(self, start: int, end: int) -> Mention | None:
        """The speaker of the last quote whose cue or content ends in [start, end], or None."""
        for at, m in reversed(self.last):
            if start <= at <= end:
                return m
            if at < start:
                return None
        return None

    def _post_led(self, at: int, name: int) -> bool:
        """True if [at, name) is a post phrase of at most 12 words with no verb, after a connective, its post word
        last (``Бұл туралы Ұлттық ... орталығының басқарма төрағасы`` before ``Ержан Әділбеков мәлімдеді``)."""
        start = self.skip(at, name)
        words = list(_WORDS.finditer(self.text, start, name))
        if not words or len(words) > 12:
            return False
        if any(
            self.pos.get(w.start()) in ("VERB", "AUX") and not w.group().endswith(("у", "ю")) for w in words
        ):
            return False  # a verb between: the name is no subject opening the sentence (үйлестіру is a noun)
        last = POST.search(self.text, words[-1].start(), name)
        return last is not None and last.end() == words[-1].end()

    def _sentence_end_before(self, limit: int) -> int:
        """limit (int) -> the end of the last sentence mark (``.!?…`` before a space, or a line break) lying
        wholly before ``limit``, its following space too, else 0. The marks are found once per text (this
        was a scan from the text's start on every call)."""
        if self._ends is None:
            found = list(_SENTENCE_END.finditer(self.text))
            self._ends = [m.end() for m in found]
            self._newline = [m.group() == "\n" for m in found]
        i = bisect_right(self._ends, limit) - 1
        if i >= 0 and self._ends[i] == limit and not self._newline[i]:
            i -= 1  # the space a mark needs after it lies at the limit, outside what may be read
        return self._ends[i] if i >= 0 else 0
