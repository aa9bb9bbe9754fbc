"""The language model: spaCy's English pipeline loaded once per process (:mod:`graph.nlp.loader`), with the
components newsgraph adds to it, and the rule stand-ins that answer when no model is installed
(:mod:`graph.nlp.rules`). Takes an :class:`~graph.model.Article`'s text; gives a spaCy ``Doc`` to the extractors."""
