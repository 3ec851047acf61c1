"""Alignment of the blocks of two language versions."""
