"""``python -m app`` is the same as ``interne-klachten``."""

from app.cli import main

raise SystemExit(main())
