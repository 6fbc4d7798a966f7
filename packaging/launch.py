"""Entry point of the PyInstaller bundle (build.spec).

`reception` starts the application; the same program started as `reception-admin` is the
administrator's command line.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    # `reception-admin` is a second executable on Windows and a symbolic link elsewhere.
    if Path(sys.argv[0]).stem.lower() == "reception-admin":
        from reception.cli import main as admin_main

        return admin_main()
    from ui.app import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
