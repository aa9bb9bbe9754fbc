"""What the merge decides about each statement and event once they are merged, so that later stages only show it:
where the timeline puts it (:func:`graph.merge.timeline.placement`), how well it is corroborated
(:mod:`graph.merge.corroboration`), the speech events a statement was made in, and whether a speech event is shown as
its statements, and whether an event is only what its sources claim (:mod:`graph.merge.events`).
"""

from __future__ import annotations

from graph.merge.corroboration import event_counts, statement_counts
from graph.merge.events import claimed, made_in, shown_as_statements
from graph.merge.timeline import placement, publication_dates
from graph.story import Story


def decide(story: Story) -> None:
    """Set ``placement``, ``counts`` and ``made_in`` on every statement of ``story``, and ``placement``, ``counts``
    ``shown_as_statements`` and ``claimed`` on every event."""
    published = publication_dates(story)
    speech = made_in(story)
    for statement in story.statements:
        times = ((r.article_id, r.quote.time) for r in statement.reports)
        statement.placement = placement(story, times, published)
        statement.counts = statement_counts(story, statement)
        events = (speech.get((r.article_id, r.quote.span)) for r in statement.reports)
        statement.made_in = tuple(sorted({key for key in events if key is not None}))
    made = {key for statement in story.statements for key in statement.made_in}
    for event in story.events:
        event.placement = placement(story, ((r.article_id, r.mention.time) for r in event.reports), published)
        event.counts = event_counts(story, event)
        event.shown_as_statements = shown_as_statements(event, made)
        event.claimed = claimed(event)
