"""The corpus run's command line, as documented:

    python -m lib.preprocess --corpus data/sample --out data/processed

The work is lib.engine.run's; this module only gives the command its short name.
"""

import sys

from lib.engine.run import main

if __name__ == "__main__":
    sys.exit(main())
