"""Parallax: compare two news articles side by side."""

from importlib import metadata

try:
    __version__ = metadata.version("parallax")
except metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"
