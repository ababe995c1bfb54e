"""The package version, read by the build backend (no metadata look-up at import)."""

__version__ = "0.2.0"
