"""`python -m annotator ...` behaves exactly like the `annotator` command."""

from annotator.cli import main

if __name__ == "__main__":  # not when an export worker process re-imports it as __mp_main__
    raise SystemExit(main())
