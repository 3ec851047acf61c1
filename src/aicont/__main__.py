"""`python -m aicont` runs the command-line interface."""

from aicont.cli import main

main()
