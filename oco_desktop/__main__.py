import sys

from oco_desktop.cli import main

sys.exit(main())
