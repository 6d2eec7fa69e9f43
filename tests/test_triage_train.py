"""Training runs share the cores without changing what they learn."""
from __future__ import annotations

from triage import train
from triage.dataset import examples


def test_a_run_in_the_pool_learns_what_it_learns_alone(tmp_path):
    rows = examples("train")[:100]
    dev = train._dev_sets(tmp_path)
    alone = train._train_one(train._prepare(rows, tmp_path / "alone", dev)[0])
    runs = train._prepare(rows, tmp_path / "pooled", dev)[:2]  # one pipeline, both seeds
    done = train._run(runs)
    pooled = [done[run] for run in runs]
    assert (alone / "textcat" / "model").read_bytes() == (pooled[0] / "textcat" / "model").read_bytes()
    # the other seed learns something else, so equal bytes above are not a given
    assert (pooled[0] / "textcat" / "model").read_bytes() != (pooled[1] / "textcat" / "model").read_bytes()
