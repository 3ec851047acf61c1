"""Value extraction: dates, quarters, amounts, percentages, counts, references, qualifiers."""
