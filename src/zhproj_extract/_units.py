"""Old path of :mod:`zhproj_extract.units`, kept so that existing imports work."""

import sys

from . import units

sys.modules[__name__] = units
