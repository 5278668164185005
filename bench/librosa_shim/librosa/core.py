# SPDX-License-Identifier: GPL-3.0-or-later
"""librosa.core, as the baseline imports it (load lives in the package)."""
