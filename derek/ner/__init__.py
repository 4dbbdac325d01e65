"""Named entities: a spaCy NER model over derek's own tokens (KazNERD's 25 classes).

``model.load()`` loads the shipped pipeline lazily, once; ``stage.NER`` is the
pipeline stage; ``data``, ``iob``, ``score`` and ``evaluation`` read, split
and score KazNERD-format files. spaCy is imported only when a model is used.
"""
