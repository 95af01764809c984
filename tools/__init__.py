"""Developer tools: icon generation, the PyInstaller entry script and hooks (not shipped)."""
