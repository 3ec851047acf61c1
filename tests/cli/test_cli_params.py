"""cli_params: option values coerced without pydantic give what typer's own coercion gives, and
hand every value they do not take to typer (so its messages for bad values are unchanged)."""

from __future__ import annotations

import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

import pytest
import typer.main
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param

from aicont.cli import app
from aicont.cli_params import _FastParam

ROOT = Path(__file__).resolve().parent.parent.parent
PAIR = ROOT / "corpus" / "ai-continent-action-plan"


def _params() -> list[tuple[Any, Any]]:
    """(command, parameter) for every option and argument of every command, help options too."""
    group = typer.main.get_command(app)
    ctx = group.make_context("aicont", ["checks"], resilient_parsing=True)
    out = [(group, p) for p in group.get_params(ctx)]
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        out += [(command, p) for p in command.get_params(ctx)]
    return out


def _samples(annotation: Any) -> list[Any]:
    """Well-formed and malformed command-line strings for one annotation."""
    if get_origin(annotation) is list:
        return [tuple(s) for s in zip(*[_samples(get_args(annotation)[0])] * 2)] + [()]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [m.value for m in annotation] + [m for m in annotation] + [str(list(annotation)[0].value).upper(), "nonsense"]
    return {
        str: ["sv", "", "a b", "ÆØÅ"],
        Path: [str(PAIR / "da.txt"), str(PAIR), "no/such/file.txt", "-", str(PAIR / "sv.txt")],
        int: ["1", "4", "0", "-3", "x", "1.5", " 2"],
        float: ["20", "0.5", "1e3", "x", "-1", ".5"],
        bool: [True, False, "true", "no"],
    }[annotation]


def _outcome(runtime: Any, value: Any, param: Any) -> tuple[str, Any]:
    try:
        return "ok", runtime._coerce_value(value, param=param, ctx=None)
    except BadParameter as exc:
        return "error", exc.format_message()


@pytest.mark.parametrize("command, param", _params(), ids=lambda x: getattr(x, "name", None) or "?")
def test_same_result_as_typer(command, param) -> None:
    descriptor = param.type_descriptor
    fast = _FastParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
    for value in _samples(descriptor.annotation):
        param._runtime_param = None
        slow = build_runtime_param(descriptor)
        expected = _outcome(slow, value, param)
        got = _outcome(fast, value, param)
        assert got == expected, f"{command.name} {param.name} {value!r}: {got} != {expected}"
        assert type(got[1]) is type(expected[1])


def test_a_report_never_imports_pydantic(tmp_path) -> None:
    code = (
        "import sys\n"
        "from aicont.cli import main\n"
        "try:\n"
        f"    main(['report', {str(PAIR / 'da.txt')!r}, {str(PAIR / 'sv.txt')!r}, '--format', 'json',"
        f" '--select', 'AC2,AC3', '--min-severity', 'low', '-o', {str(tmp_path / 'r.json')!r}])\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, 'pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "False"]


def test_a_bad_value_keeps_typers_message(capsys) -> None:
    from aicont.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--jobs", "zero"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--jobs" in err and "integer" in err


def test_a_typer_without_the_private_coercion_helpers_still_runs_every_command() -> None:
    """cli_params leans on typer's private modules; a typer release without them (older, or
    rearranged) must leave typer's own coercion in place, never break the CLI."""
    code = (
        "import sys\n"
        "import typer._coercion\n"
        "del typer._coercion.RuntimeParam\n"  # a typer that moved it: `from typer._coercion import ...` fails
        "import aicont.cli_params as p\n"
        "assert p.FAST is False\n"
        "from aicont.cli import main\n"
        "main(['explain', 'AC201'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "AC201" in done.stdout


# --------------------------------------------------------------------------- lazy_group


def test_lazy_group_builds_only_the_command_it_runs(monkeypatch, capsys) -> None:
    from aicont.cli import main

    built: list[str] = []
    real = typer.main.get_command_from_info

    def counting(command_info: Any, **kwargs: Any) -> Any:
        built.append(command_info.callback.__name__)
        return real(command_info, **kwargs)

    monkeypatch.setattr(typer.main, "get_command_from_info", counting)
    with pytest.raises(SystemExit) as exc:
        main(["explain", "AC201"])
    assert exc.value.code == 0 and "date-mismatch" in capsys.readouterr().out
    assert built == ["explain"]


def test_lazy_group_has_typer_s_commands_in_order_and_help(capsys) -> None:
    from aicont.cli_params import lazy_group

    def run(group: Any, args: list[str]) -> tuple[str, str]:
        try:
            group(args=args, prog_name="aicont", standalone_mode=False)
            outcome = "ok"
        except Exception as exc:  # a usage error: its message
            outcome = f"{type(exc).__name__}: {getattr(exc, 'format_message', str)()}"
        return outcome, capsys.readouterr().out

    eager, lazy = typer.main.get_command(app), lazy_group(app)
    assert list(lazy.commands) == list(eager.commands)
    assert app.registered_commands  # the app itself is left as it was
    for args in (["--help"], ["report", "--help"], ["repor"], ["report"]):
        assert run(eager, args) == run(lazy, args), args
