"""Allow ``python -m consultant_app``."""

from consultant_app.cli import main

raise SystemExit(main())
