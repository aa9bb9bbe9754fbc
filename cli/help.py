"""How ``--help`` names the values a command takes: as a person reads them, and with its text shown as written.

Typer 0.2x shows the Python type of each value (``<bool>`` for a flag, ``<list[Path]>``, ``<path>``): the help column
reads the metavar of an option when it has one, and the Python type otherwise; an argument's type column always reads
the Python type. :class:`Command`, the class of every newsgraph command, gives every value a metavar instead: the one
its option declares (``FILE``, ``NAME=VALUE``), else one made from its type (``TEXT``, ``INTEGER``, ``PATH``,
``turtle|trig|...``, ``YYYY-MM-DD``), ``...`` after an argument that takes several; a flag shows none.

The help texts are rich markup to typer: ``[default: out]`` or ``[x]`` in them would be taken for a markup tag and
vanish. :class:`Command` escapes them, so square brackets show as written in every command.
"""

from __future__ import annotations

import datetime as dt
import typing
from enum import Enum
from pathlib import Path
from typing import Any

from rich.markup import escape
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

TYPE_NAMES: dict[Any, str] = {str: "TEXT", int: "INTEGER", float: "NUMBER", Path: "PATH"}
PATH_NAMES = {"file": "FILE", "dir": "DIR", "path": "PATH"}
DATE_FORMAT_NAMES = (("%Y", "YYYY"), ("%m", "MM"), ("%d", "DD"), ("%H", "hh"), ("%M", "mm"), ("%S", "ss"))


class Command(TyperCommand):
    """A typer command whose ``--help`` shows readable value names (no ``<bool>``, ``<list[Path]>``) and keeps
    square brackets in its help texts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        markup = self.rich_markup_mode == "rich"
        if markup and self.help:
            self.help = escape(self.help)
        for param in self.params:
            if markup and isinstance(param, TyperOption | TyperArgument) and param.help:
                param.help = escape(param.help)
            if isinstance(param, TyperArgument):
                _name_argument(param)
            elif isinstance(param, TyperOption) and param.metavar is None:
                param.metavar = "" if param.is_flag else value_name(param)

    def get_help_option(self, ctx: Any) -> TyperOption | None:
        return _bare(super().get_help_option(ctx))


class Group(TyperGroup):
    """The ``newsgraph`` command itself: its ``--help`` flag too shows no value."""

    def get_help_option(self, ctx: Any) -> TyperOption | None:
        return _bare(super().get_help_option(ctx))


def _bare(help_option: TyperOption | None) -> TyperOption | None:
    """``--help``, a flag that shows no value."""
    if help_option is not None:
        help_option.metavar = ""
    return help_option


class _Argument(TyperArgument):
    """An argument whose help names its value (``PATH...``) beside its name (``INPUTS``)."""

    value: str = ""

    def display_type_rich(self, ctx: Any) -> str | None:
        return self.value


def _name_argument(param: TyperArgument) -> None:
    """Show ``param`` as its name in capitals (in the usage line too) with its value's name beside it."""
    value = param.metavar or value_name(param)
    param.__class__ = _Argument
    assert isinstance(param, _Argument)
    param.value = value + ("..." if param.nargs != 1 else "")
    param.metavar = (param.name or "").upper()


def value_name(param: TyperOption | TyperArgument) -> str:
    """The name of the value ``param`` takes, from its type: ``TEXT``, ``INTEGER``, ``NUMBER``, ``PATH`` (``FILE``
    or ``DIR`` when only one kind is allowed), a choice's values joined by ``|``, a date's format as ``YYYY-MM-DD``."""
    descriptor = param.type_descriptor
    if descriptor.choices is not None:
        return "|".join(str(c.value) if isinstance(c, Enum) else str(c) for c in descriptor.choices)
    annotation = descriptor.annotation
    if descriptor.is_list:
        annotation = typing.get_args(annotation)[0]
    if annotation is dt.datetime:
        return "|".join(_date_format_name(f) for f in descriptor.parameter_info.formats or ["%Y-%m-%d"])
    if descriptor.is_path or annotation is Path:
        return PATH_NAMES[descriptor.path_type]
    return TYPE_NAMES.get(annotation, "VALUE")


def _date_format_name(strftime: str) -> str:
    for directive, name in DATE_FORMAT_NAMES:
        strftime = strftime.replace(directive, name)
    return strftime
