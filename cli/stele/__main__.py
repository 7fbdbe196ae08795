"""Entry point for ``python -m stele``."""

from .commands import main

main()
