"""`python -m triage train --keep-thresholds`: the final pipelines only, with the thresholds kept."""
from __future__ import annotations

import pytest

from triage.train import train


def test_keeping_thresholds_needs_a_model_that_has_them(tmp_path):
    with pytest.raises(FileNotFoundError, match="no thresholds to keep"):
        train(output=tmp_path / "model", keep_thresholds=True)
    assert not (tmp_path / "model").exists()
