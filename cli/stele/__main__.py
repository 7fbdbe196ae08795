"""Entry point for ``python -m stele``."""

from stele.commands import main

main()
