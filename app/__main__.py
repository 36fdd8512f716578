"""``python -m app`` is the same as ``interne-klachten``."""

from app.launch import main

raise SystemExit(main())
