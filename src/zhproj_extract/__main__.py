"""``python -m zhproj_extract`` runs the command-line tool."""

from .cli import main

raise SystemExit(main())
