"""The bundle's entry script: the same `switchboard` command as `desktop.app:main`.

desktop.app is imported as a module (not run as __main__) so that the sandbox child
(`switchboard --run-provider ...`) and the client share one code path.
"""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
