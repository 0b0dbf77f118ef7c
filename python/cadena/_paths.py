"""Where the package finds what it carries."""

from __future__ import annotations

import os

# The first-party plugins and their data: inside the installed package, or in
# the build tree a link to the CLI's plugin folder (python/CMakeLists.txt).
INSTALLED_PLUGINS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins")
