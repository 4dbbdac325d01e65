"""Shared helpers for the fact tests: the example article with hand-made NER entities (KazNERD conventions)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from derek.doc import Entity
from derek.normalize import normalize
from derek.pipeline import DEFAULT_STAGES, Analysis

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "alt-concert.kk.txt"

# What a KazNERD-style NER marks in the article (label, text); every occurrence is marked.
ARTICLE_ENTITIES = (
    ("FACILITY", "Мұхамеджан Тынышпаев атындағы ALT Университетінде"),
    ("ORGANISATION", "Қытай Халық Республикасының Алматыдағы Бас консулдығы"),
    ("ORGANISATION", "Қытайдың Солтүстік ұлттар университетінің делегациясы"),
    ("ORGANISATION", "М. Тынышпаев атындағы ALT Университеті"),
    ("POSITION", "Басқарма Төрағасы – Ректоры"),
    ("PERSON", "Меруерт Советовна Жармағамбетова"),
    ("POSITION", "Бас консулының міндетін атқарушы"),
    ("PERSON", "Люй И"),
    ("POSITION", "Қытай делегациясының басшысы"),
    ("PERSON", "Ван Цзяньвэй"),
    ("PERSON", "Си Цзиньпиннің"),
    ("GPE", "Тяньцзиньдегі"),
    ("POSITION", "Қазақстан Республикасының Президенті"),
    ("PERSON", "Қасым-Жомарт Тоқаев"),
    ("POSITION", "ҚХР Төрағасы"),
    ("PERSON", "Си Цзиньпин"),
    ("POSITION", "ҚХР-дың Қазақстан Республикасындағы Елшісі"),
    ("PERSON", "Хань Чуньлинь"),
    ("ORGANISATION", "ALT University-ге"),
    ("GPE", "Бейжіңде"),
    ("POSITION", "Мемлекет басшысы"),
)

# The posts of the worked example (person, post, organization), as base forms.
ARTICLE_POSTS = {
    (
        "Меруерт Советовна Жармағамбетова",
        "Басқарма Төрағасы — Ректор",
        "М. Тынышпаев атындағы ALT Университеті",
    ),
    ("Люй И", "Бас консулының міндетін атқарушы", "ҚХР"),
    ("Ван Цзяньвэй", "басшы", "Қытай делегациясы"),
    ("Хань Чуньлинь", "Елші", "ҚХР"),
    ("Қасым-Жомарт Тоқаев", "Президент", "Қазақстан Республикасы"),
    ("Си Цзиньпин", "Төраға", "ҚХР"),
}


def entities_in(text: str, marks=ARTICLE_ENTITIES) -> list[Entity]:
    """text (str): normalized text; marks: (label, text) pairs -> non-overlapping entities at every occurrence."""
    found: list[Entity] = []
    for label, name in marks:
        name = normalize(name).text
        at = text.find(name)
        while at >= 0:
            whole = at + len(name) == len(text) or not text[at + len(name)].isalnum()
            if whole and all(at >= e.end or at + len(name) <= e.start for e in found):
                found.append(Entity(at, at + len(name), name, label, ""))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda e: e.start)


def analyze_with(text: str, marks, published: dt.date | None) -> Analysis:
    """text (str): raw text; marks: (label, text) entity marks; published -> Analysis after every default stage but NER."""
    work = Analysis(norm=normalize(text), published=published)
    for stage in DEFAULT_STAGES:
        if stage.name == "ner":
            continue
        if stage.name == "normal":
            work.entities = entities_in(work.text, marks)
        stage.run(work)
    return work


def article_with_entities(published: dt.date | None = dt.date(2026, 2, 25)) -> Analysis:
    """published (date | None) -> the example article analyzed with the hand-made entities."""
    return analyze_with(ARTICLE.read_text(encoding="utf-8"), ARTICLE_ENTITIES, published)
