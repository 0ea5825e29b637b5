"""``python -m zhproj_extract`` runs the command-line tool."""

from .io.cli import main

raise SystemExit(main())
