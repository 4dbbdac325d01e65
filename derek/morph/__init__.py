"""Kazakh morphology: lemmas, UPOS tags and base forms of names.

>>> from derek.morph import lemma_of, base_form
>>> lemma_of("Қытайдың")
'Қытай'
>>> base_form("Қазақстан Республикасындағы")
'Қазақстан Республикасы'

See docs/morphology.md for the design, the data and the evaluation.
"""

from __future__ import annotations

from .analyzer import Reading, analyze
from .names import base_form, strip_case
from .tagger import lemma_of, tag

__all__ = ["Reading", "analyze", "base_form", "lemma_of", "strip_case", "tag"]
