"""The publication date of an article, from whatever text gave it: a ``.txt`` header line, a JSON record's
``published`` field or the date trafilatura found in an HTML page. One parser for all three, so one spelling of a
date means the same day whichever kind of file it came in.
"""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime


def parse_date(value: str) -> dt.date | None:
    """The day ``value`` names, or None when it names no real day (then the caller warns).

    Tried in turn: ISO 8601 (``2022-09-12``, ``2022-09-12T23:30:00-05:00``, ``2022-09-12 08:00``), RFC 2822 as in
    feeds and mail (``Mon, 12 Sep 2022 23:30:00 -0500``), then a written English date (``12 September 2022``,
    ``Sept. 12, 2022``, ``September 12, 2022 11:30 PM EST``). A time with a zone gives the day as written there,
    the publisher's own day, not the day in UTC. A day that does not exist (``February 30, 2022``) is None.
    """
    value = value.strip()
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    # Only absolute dates naming a day, a month and a year: never "yesterday", "in May" or a bare year, which would
    # make a day up.
    parsed = dateparser.parse(
        value, languages=["en"], settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time", "custom-formats"]}
    )
    return parsed.date() if parsed else None


def undated_fallback(fallback: dt.date | None, source: str) -> str:
    """What a reader does instead of a bad date: use ``fallback`` (found in ``source``), else build undated."""
    return f"using the {source} {fallback}" if fallback else "the article is built undated"
