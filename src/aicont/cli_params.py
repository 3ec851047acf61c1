"""Option values coerced without pydantic: typer's start-up cost, out of every command.

typer (since 0.2x) coerces every option and argument through a pydantic `TypeAdapter`, built on
first use; importing pydantic and building the adapters for one command costs about 0.15 s of
CPU, a third of a whole report on the bundled pair. Our options are plain: str, Path, int, float,
bool, an Enum of choices, and lists of those. `FastGroup` gives each parameter a coercion that
handles a well-formed value the way typer's adapter does (the same result, the same checks:
paths go through typer's own `coerce_cli_path`, choices through `coerce_cli_choice`) and hands
anything else (a malformed number, an unknown choice, a type we do not know) to typer's adapter,
so every message for a bad value stays typer's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

import typer.main
from typer.core import TyperGroup

try:  # typer's own coercion helpers: private, so a typer without them runs its own coercion unchanged
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
except ImportError:
    RuntimeParam = object  # type: ignore[assignment,misc]
    FAST = False
else:
    FAST = True

_INT = re.compile(r"[0-9]{1,18}")
_FLOAT = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,15})?")


class _Unhandled(Exception):
    """A value the fast path does not take: typer's adapter decides (and words the error)."""


def _number(kind: type, value: Any, info: Any) -> int | float:
    pattern = _INT if kind is int else _FLOAT
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _Unhandled
    number = kind(value)
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        raise _Unhandled
    return number


def _leaf(annotation: Any, value: Any, info: Any, param: Any, ctx: Any) -> Any:
    """`value` coerced to `annotation` as typer's adapter would, or _Unhandled."""
    if info.parser is not None:
        raise _Unhandled
    if annotation is str and isinstance(value, str):
        return value
    if annotation is Path and isinstance(value, (str, Path)):
        checked = coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx)
        return checked if isinstance(checked, Path) else Path(checked)
    if annotation in (int, float) and not info.clamp:
        return _number(annotation, value, info)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        try:
            return coerce_cli_choice(value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
        except ValueError:
            raise _Unhandled from None
    raise _Unhandled


@dataclass(frozen=True)
class _FastParam(RuntimeParam):
    """Coerces a plain value itself; anything else goes to typer's own (pydantic) coercion."""

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        try:
            if get_origin(self.annotation) is list and isinstance(value, (list, tuple)):
                (item,) = get_args(self.annotation)
                return [_leaf(item, v, self.parameter_info, param, ctx) for v in value]
            return _leaf(self.annotation, value, self.parameter_info, param, ctx)
        except _Unhandled:
            slow = build_runtime_param(param.type_descriptor)
            param._runtime_param = slow
            return slow._coerce_value(value, param=param, ctx=ctx)


def _speed_up(command: Any, ctx: Any) -> None:
    if not FAST:
        return
    for param in command.get_params(ctx):  # with the help option click adds
        descriptor = getattr(param, "type_descriptor", None)
        if getattr(param, "_runtime_param", False) is None and descriptor is not None and not descriptor.is_file:
            param._runtime_param = _FastParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)


class FastGroup(TyperGroup):
    """typer's group whose commands (and its own options) coerce values with `_FastParam`."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _speed_up(self, ctx)
        return super().parse_args(ctx, args)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _speed_up(command, ctx)
        return command


class _Commands(MutableMapping):
    """A group's commands by name, in the order they were registered, each built from its typer
    CommandInfo (options read from the function's signature and annotations) when first looked
    up: a run builds the one command it runs, `--help` and completion all of them."""

    def __init__(self, infos: list[Any], app: typer.Typer) -> None:
        self._infos = {info.name or typer.main.get_command_name(info.callback.__name__): info for info in infos}
        self._built: dict[str, Any] = {}
        self._app = app

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            info = self._infos[name]  # KeyError: no such command
            self._built[name] = typer.main.get_command_from_info(
                info, pretty_exceptions_short=self._app.pretty_exceptions_short, rich_markup_mode=self._app.rich_markup_mode
            )
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._infos.setdefault(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._infos[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._infos)

    def __len__(self) -> int:
        return len(self._infos)


def lazy_group(app: typer.Typer) -> TyperGroup:
    """The click group of `app`, as typer builds it, but with its commands built on first use.

    typer builds every command of an app before it runs one (about 1 ms of CPU each for ours,
    most of it reading signatures and annotations); the console script runs one command."""
    infos = app.registered_commands
    app.registered_commands = []  # typer builds the group: its callback, options, completion
    try:
        group = typer.main.get_command(app)
    finally:
        app.registered_commands = infos
    assert isinstance(group, TyperGroup)
    group.commands = _Commands(infos, app)
    return group
