"""Language facts: per-language packs (data only) and language identification."""
