"""`python -m linju_desktop` opens the window (the command line is `linju`)."""

import sys

from linju_desktop.gui.app import main

sys.exit(main())
