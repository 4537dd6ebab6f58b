//! Tagging core.
