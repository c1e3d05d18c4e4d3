"""`python -m linju_desktop`: the command line until the window lands."""

import sys

from linju_desktop.cli import main

sys.exit(main())
