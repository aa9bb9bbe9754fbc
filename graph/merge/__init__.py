"""The merge: many articles' :class:`~graph.model.ArticleFacts` in, one :class:`~graph.story.Story` out.

It decides everything that needs more than one sentence: which mentions are one actor and which reports one
statement (:mod:`graph.merge.actors`, :mod:`graph.merge.statements`, best pairs first by :mod:`graph.merge.greedy`),
which event mentions are one event (:mod:`graph.merge.events`, :mod:`graph.merge.event_clusters`), where each item
stands on the timeline (:mod:`graph.merge.timeline`) and how many independent sources back it
(:mod:`graph.merge.corroboration`). What it decides travels on the ``Story``; later stages only show it.
"""
