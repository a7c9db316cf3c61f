"""`python -m annotator ...` behaves exactly like the `annotator` command."""

from annotator.cli import main

raise SystemExit(main())
