"""Checks of the numbers family."""

from __future__ import annotations
