"""Entry point of the one-folder bundle: the command line, which opens the window by default."""

import multiprocessing
import sys

from consultant_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
