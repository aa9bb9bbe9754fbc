"""How every bench and gate reads the MEANTIME corpus's document creation times (``../shared/eval/``)."""

from __future__ import annotations

import datetime as dt


def creation_date(value: str | None) -> dt.date | None:
    """A ``dct`` as a date: ISO, or the day-month-year form one document uses (``03-02-2009``, which its dateline
    gives as February 03, 2009); None when missing or unreadable."""
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None
