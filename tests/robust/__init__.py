"""Issue 11's test matrix: never hang, never destroy a file, every error one line (see README)."""
