"""Start Annotator from a checkout: `python main.py [PROJECT]` (the same as the `annotator`
command)."""

from annotator.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
