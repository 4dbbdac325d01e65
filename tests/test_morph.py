"""Morphology: one line per suffix rule (form | lemma), hyphenated suffixes, base forms of names."""

from __future__ import annotations

import pytest

from derek.morph import analyze, base_form, lemma_of, tag
from derek.morph.grammar import parses

# form | lemma: one line per suffix rule
SUFFIX_RULES = """
қалалар|қала          plural -лар after a vowel
жолдар|жол            plural -дар after л
мектептер|мектеп      plural -тер after a voiceless consonant
қаланың|қала          genitive -ның after a vowel
елдің|ел              genitive -дің after л
мектептің|мектеп      genitive -тің after a voiceless consonant
қалаға|қала           dative -ға
мектепке|мектеп       dative -ке after a voiceless consonant
Республикасына|республика  dative -на after the possessive
қалада|қала           locative -да
мектепте|мектеп       locative -те
қаладан|қала          ablative -дан
күннен|күн            ablative -нен after a nasal
мектеппен|мектеп      instrumental -пен
Қазақстандағы|Қазақстан  locative-attributive -дағы
кітабы|кітап          possessive -ы with п → б
жүрегі|жүрек          possessive -і with к → г
қыркүйегінде|қыркүйек possessive + locative with к → г
мектептерімізде|мектеп   plural + 1st plural possessive + locative
студенттеріміз|студент   plural + 1st plural possessive
аузымен|ауыз          possessive + instrumental with a dropped vowel
қолдайды|қолда        aorist -й + 3rd person
болады|бол            aorist -а + 3rd person
береді|бер            aorist -е + 3rd person
оқиды|оқы             aorist with ы + й → и
болды|бол             past -ды
айтты|айт             past -ты after a voiceless consonant
келдім|кел            past + 1st singular
болған|бол            past participle -ған
айтқан|айт            past participle -қан
болатын|бол           imperfective participle -атын
алып|ал               converb -ып
қолдап|қолда          converb -п after a vowel
басталды|баста        passive -л + past
жазылған|жаз          passive -ыл + participle
болмады|бол           negation -ма + past
айтпады|айт           negation -па + past
болса|бол             conditional -са
болсын|бол            imperative 3rd person -сын
дамытуға|дамыт        verbal noun -у + dative
көрінеді|көр          listed passive stem көрін is көр + passive (KTB Voice=Pass)
табылады|тап          passive of тап (voiced б restored)
"""

HYPHENATED = """
ҚХР-дың|ҚХР
University-ге|University
COVID-19-дың|COVID-19
2025-жылы|2025-жыл
5-ке|5
"""

BASE_FORMS = """
Қазақстан Республикасындағы|Қазақстан Республикасы
Мұхамеджан Тынышпаев атындағы ALT Университетінде|Мұхамеджан Тынышпаев атындағы ALT Университеті
Си Цзиньпиннің|Си Цзиньпин
Тяньцзиньдегі|Тяньцзинь
Қытайдың|Қытай
ҚХР-дың|ҚХР
Біріккен Ұлттар Ұйымының|Біріккен Ұлттар Ұйымы
Солтүстік ұлттар университетінің делегациясы|Солтүстік ұлттар университетінің делегациясы
Астана|Астана
Назарбаевқа|Назарбаев
"""


def _pairs(table: str) -> list[tuple[str, str]]:
    rows = []
    for line in table.strip().splitlines():
        left, _, right = line.partition("|")
        rows.append((left.strip(), right.split()[0] if " " not in left else right.split("  ")[0].strip()))
    return rows


@pytest.mark.parametrize(("form", "lemma"), _pairs(SUFFIX_RULES))
def test_suffix_rule(form: str, lemma: str) -> None:
    assert lemma_of(form) == lemma


@pytest.mark.parametrize(("form", "lemma"), _pairs(HYPHENATED))
def test_hyphenated_suffix(form: str, lemma: str) -> None:
    assert lemma_of(form) == lemma


@pytest.mark.parametrize(("name", "normal"), _pairs(BASE_FORMS))
def test_base_form(name: str, normal: str) -> None:
    assert base_form(name) == normal


def test_verbs_get_verb_tags() -> None:
    assert analyze("қолдайды")[0].upos == "VERB"
    assert analyze("болады")[0].upos in ("VERB", "AUX")


def test_punctuation_and_numbers() -> None:
    assert [(r.lemma, r.upos) for r in tag(["2025", "жылы", ",", "«", "»", "."])] == [
        ("2025", "NUM"), ("жыл", "NOUN"), (",", "PUNCT"), ("«", "PUNCT"), ("»", "PUNCT"), (".", "PUNCT"),
    ]  # fmt: skip


def test_names_keep_capitals() -> None:
    words = "Делегация Қытайдың Алматыдағы консулдығына келді .".split()
    chosen = tag(words)
    assert (chosen[1].lemma, chosen[1].upos) == ("Қытай", "PROPN")
    assert (chosen[2].lemma, chosen[2].upos) == ("Алматы", "PROPN")
    assert chosen[3].lemma == "консулдық"
    assert (chosen[4].lemma, chosen[4].upos) == ("кел", "VERB")


def test_harmony_blocks_wrong_allomorph() -> None:
    # -дің (front) cannot follow a back-vowel stem: no genitive reading of *қаладің
    assert not any(p.tags == ("gen",) for p in parses("қаладің"))
    assert any(p.tags == ("gen",) and p.stem == "қала" for p in parses("қаланың"))


def test_latin_lookalikes_are_fixed() -> None:
    assert lemma_of("бoлды") == "бол"  # Latin o


def test_normal_stage_fills_entity_normal() -> None:
    from derek.doc import Entity
    from derek.morph.stage import normalize_entities

    text = "Делегация Қазақстан Республикасындағы «Нұр Отан» партиясына келді."
    spans = [(text.index("Қазақстан"), text.index(" «")), (text.index("«"), text.index(" келді"))]
    found = [Entity(s, e, text[s:e], "GPE", text[s:e]) for s, e in spans]
    assert [e.normal for e in normalize_entities(found)] == ["Қазақстан Республикасы", "«Нұр Отан» партиясы"]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("журналисі", "журналист"), ("қаупіне", "қауіп"), ("вакуольдер", "вакуоль"), ("Йорктің", "Йорк")],
)
def test_loanword_alternations(form: str, lemma: str) -> None:
    assert lemma_of(form) == lemma


# sentence | token | lemma | UPOS: one line per context rule (derek/morph/rules.py)
CONTEXT_RULES = """
Ол мұрагер болды .|болды|бол|AUX                      copula after a nominal predicate
Жұмыс жүріп жатыр .|жатыр|жат|AUX                     progressive light verb after a converb
Балалар кітап оқып отыр .|отыр|отыр|AUX               light verb отыр after a converb
Ол ән айта бастады .|бастады|баста|AUX                 light verb баста after an -а converb
Ол бөлмеге кіріп кетті .|кетті|кет|AUX                 light verb кет after a converb
Ол хатты жазып берді .|берді|бер|AUX                   light verb бер after a converb
Ол үйге қайтып келді .|келді|кел|AUX                   light verb кел after a converb
Ол Алматыға келді .|келді|кел|VERB                     кел without a converb stays VERB
Энергетикалық қауіпсіздік маңызды .|Энергетикалық|энергетикалық|ADJ   -лық adjective before a noun
Бұл ұлттық мүдде .|ұлттық|ұлттық|ADJ                   bare -тық word before a noun
Жасушалық құрылым күрделі .|Жасушалық|жасушалық|ADJ    bare -лық word before a noun
Жасушалар пайда болды .|пайда|пайда|X                 first word of a compound verb is X (KTB)
Жасушалар пайда болды .|болды|бол|VERB                 ... and its verb is VERB, not the copula AUX
Ол мектепте жұмыс істеді .|жұмыс|жұмыс|X               compound verb жұмыс істе
Ол былай деп атап өтті .|деп|де|VERB                   атап өт is "mention": деп stays the converb of де
Бұл аймақ Жетісу деп аталады .|деп|деп|X                деп ата "be called" is a compound verb
Екі ел арасындағы достық нығайды .|достық|достық|NOUN   a -лық word UniMorph lists as a noun stays NOUN
Ол қазақша сөйледі .|қазақша|қазақша|ADV              -ша on a common word is a manner adverb
Қараша айында келді .|Қараша|қараша|NOUN               ... but қараша (November) is a known noun
Ол қолын көтерді .|қолын|қол|NOUN                      қол without қой is a noun
Бүгін ІІМ өкілі келді .|ІІМ|ІІМ|NOUN                   an unlisted acronym is NOUN (Apertium abbr)
Мен Алматыға келдім .|Мен|мен|PRON                    мен opening a sentence is the pronoun
Ол келді , мен кеттім .|мен|мен|PRON                   мен after a comma is the pronoun
Қазақстан мен Қытай келісті .|мен|мен|CCONJ            мен between two nominals is the conjunction
Олар ауылға келді .|Олар|олар|PRON                     олар is its own lemma (KTB)
Олардың үйі үлкен .|Олардың|олар|PRON                  genitive of олар
"""


def _context_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in CONTEXT_RULES.strip().splitlines():
        sentence, token, lemma, rest = line.split("|")
        rows.append((sentence, token, lemma, rest.split()[0]))
    return rows


@pytest.mark.parametrize(("sentence", "token", "lemma", "upos"), _context_rows())
def test_context_rule(sentence: str, token: str, lemma: str, upos: str) -> None:
    words = sentence.split()
    r = tag(words)[words.index(token)]
    assert (r.lemma, r.upos) == (lemma, upos)
