"""Rebuild triage/model from the labelled data (and staff corrections) with the configs in triage/."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple

import spacy
from spacy.cli.train import train as spacy_train
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from triage.dataset import DATA, as_input, examples, read_jsonl
from triage.model import MODEL_DIR, SpacyScorer
from triage.reading import read_item
from triage.text import ModelText, model_text
from triage.thresholds import THRESHOLDS_FILE, Thresholds, choose
from triage.types import CATEGORIES, MODEL_FLAGS, NOTIFICATION_CHECK

logger = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
CORRECTIONS = DATA / "corrections.jsonl"
FOLDS = 5
# Each pipeline is trained once per seed and their scores averaged. The seed alone moved
# out-of-fold macro-F1 at 99% notification recall between 0.902 and 0.913; the two together give
# 0.918, and what one seed's model happens to miss the other often catches.
SEEDS = (17, 18)
# spaCy scores its dev corpus once, at the start of each run, only to report it (the last model is
# kept and the configs' eval_frequency never comes round again): a slice shows the run started,
# where the whole dev split cost every one of the 24 runs of a full training its scoring time.
DEV_REPORT = 500

Labeller = Callable[[dict], dict[str, float]]
# (config, model subfolder, gold labels of one example)
PIPELINES: tuple[tuple[Path, str, Labeller], ...] = (
    (HERE / "config.cfg", "categories", lambda row: {c: float(c == row["category"]) for c in CATEGORIES}),
    (HERE / "flags.cfg", "flags", lambda row: {**{f: float(f in row.get("flags", [])) for f in MODEL_FLAGS},
                                                NOTIFICATION_CHECK: float(row["category"] == "notification")}),
)


def read_for_model(row: dict) -> ModelText:
    item = as_input(row)
    return model_text(item, read_item(item))


def to_docbin(rows: list[dict], labels: Labeller) -> DocBin:
    nlp = spacy.blank("en")
    docbin = DocBin()
    for row in rows:
        doc = Doc(nlp.vocab, words=read_for_model(row).words())
        doc.cats = labels(row)
        docbin.add(doc)
    return docbin


def training_rows(with_corrections: bool) -> list[dict]:
    rows = examples("train")
    if with_corrections and CORRECTIONS.exists():
        corrections = list(read_jsonl(CORRECTIONS))
        logger.info("adding %d staff corrections", len(corrections))
        rows += corrections
    return rows


def data_version(rows: list[dict]) -> str:
    digest = hashlib.sha256()
    for config, _, _ in PIPELINES:
        digest.update(config.read_bytes())
    for row in rows:
        digest.update(json.dumps(row, sort_keys=True).encode())
    return digest.hexdigest()[:12]


class _Run(NamedTuple):
    """One spaCy training run: a pipeline, its data folder and a seed."""

    pipeline: str
    config: Path
    data: Path  # holds train.spacy; the run writes seed-N/ beside it
    dev: Path
    seed: int


def _train_one(run: _Run) -> Path:
    output = run.data / f"seed-{run.seed}"
    spacy_train(run.config, output, overrides={
        "paths.train": str(run.data / "train.spacy"), "paths.dev": str(run.dev), "system.seed": run.seed})
    return output / "model-last"


def _dev_sets(work: Path) -> dict[str, Path]:
    """Each pipeline's dev docs, written once for every run: spaCy only reports on them."""
    rows = examples("dev")[:DEV_REPORT]
    paths = {}
    for _, name, labels in PIPELINES:
        paths[name] = work / f"dev-{name}.spacy"
        to_docbin(rows, labels).to_disk(paths[name])
    return paths


def _prepare(rows: list[dict], work: Path, dev: dict[str, Path]) -> list[_Run]:
    """Write each pipeline's training data under ``work``; the training runs it needs."""
    runs = []
    for config, name, labels in PIPELINES:
        (work / name).mkdir(parents=True)
        to_docbin(rows, labels).to_disk(work / name / "train.spacy")
        runs += [_Run(name, config, work / name, dev[name], seed) for seed in SEEDS]
    return runs


def _run(runs: list[_Run]) -> dict[_Run, Path]:
    # Each run is single-threaded and independent of the others, so the cores share them out;
    # a run's result depends only on its data and seed, not on which process ran it.
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return dict(zip(runs, pool.map(_train_one, runs)))


def _load(runs: list[_Run], done: dict[_Run, Path]) -> dict[str, list[Language]]:
    """Each pipeline's models from ``runs``, in seed order."""
    models: dict[str, list[Language]] = {}
    for run in runs:
        models.setdefault(run.pipeline, []).append(spacy.load(done[run]))
    return models


def _out_of_fold(rows: list[dict], folds: list[int],
                 fold_models: list[dict[str, list[Language]]]) -> list[dict[str, float]]:
    """Each training example scored by the models of the fold that held it out."""
    oof: list[dict[str, float]] = [{}] * len(rows)
    for fold, models in enumerate(fold_models):
        held = [i for i, f in enumerate(folds) if f == fold]
        scorer = SpacyScorer(models["categories"], models["flags"], "fold")
        for i, score in zip(held, scorer.predict([read_for_model(rows[i]) for i in held])):
            oof[i] = score
    return oof


def save_pipeline(nlp: Language, path: Path) -> None:
    """Save ``nlp`` without its vocabulary's strings."""
    nlp.to_disk(path)
    # The scorer reads n-gram hashes, never the strings behind them, and spaCy adds a string when
    # it first reads it: the training vocabulary (1.7 MB a pipeline, four pipelines) would only
    # push the model past its 20 MB budget.
    (path / "vocab" / "strings.json").write_text("[]", encoding="utf-8")


def _fold(example_id: str) -> int:
    return int(hashlib.sha256(f"fold:{example_id}".encode()).hexdigest(), 16) % FOLDS


def _fold_thresholds(rows: list[dict], work: Path, dev: dict[str, Path],
                     also: list[_Run]) -> tuple[Thresholds, dict[_Run, Path]]:
    """Thresholds chosen on out-of-fold scores, and the finished runs (``also`` among them)."""
    # Five folds score each training example with models that never saw it; the thresholds are
    # chosen on those scores. Every run, ``also`` included, goes to one pool.
    folds = [_fold(row["id"]) for row in rows]
    fold_runs = [_prepare([r for r, f in zip(rows, folds) if f != fold], work / f"fold{fold}", dev)
                 for fold in range(FOLDS)]
    done = _run([run for runs in (*fold_runs, also) for run in runs])
    oof = _out_of_fold(rows, folds, [_load(runs, done) for runs in fold_runs])
    thresholds = choose(rows, oof)
    logger.info("thresholds from out-of-fold scores: %s", thresholds)
    return thresholds, done


def train(with_corrections: bool = False, output: Path = MODEL_DIR, keep_thresholds: bool = False) -> Path:
    """Train the final pipelines; their thresholds come from five folds, or with ``keep_thresholds``
    from the model already at ``output`` (a sixth of the time, for when they have stopped moving)."""
    rows = training_rows(with_corrections)
    version = data_version(rows)
    kept = output / THRESHOLDS_FILE
    if keep_thresholds and not kept.exists():
        raise FileNotFoundError(f"no thresholds to keep: {kept} does not exist")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        dev = _dev_sets(work)
        final_runs = _prepare(rows, work / "final", dev)
        if keep_thresholds:
            done = _run(final_runs)
            thresholds = Thresholds.load(kept)
            logger.info("thresholds kept from %s: %s", kept, thresholds)
        else:
            thresholds, done = _fold_thresholds(rows, work, dev, final_runs)
        staged = work / "model"
        for name, models in _load(final_runs, done).items():
            (staged / name).mkdir(parents=True)
            for seed, nlp in zip(SEEDS, models):
                nlp.meta.update(version=version, name=f"cdop_triage_{name}")
                save_pipeline(nlp, staged / name / f"seed-{seed}")
        thresholds.save(staged / THRESHOLDS_FILE)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(staged, output)
    return output


def refit_thresholds(with_corrections: bool = False, output: Path = MODEL_DIR) -> Thresholds:
    """Choose the thresholds of the model at ``output`` afresh from five folds, keeping its pipelines
    (five sixths of a full training), when it was trained on the examples there are now."""
    rows = training_rows(with_corrections)
    version = data_version(rows)
    trained_on = {json.loads(meta.read_text())["version"] for meta in output.glob("*/seed-*/meta.json")}
    # Thresholds fitted to other data than the pipelines saw would be set for the wrong model.
    if trained_on != {version}:
        raise ValueError(f"the model at {output} was trained on other data ({sorted(trained_on)}, "
                         f"not {version}): run `python -m triage train`")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        thresholds, _ = _fold_thresholds(rows, work, _dev_sets(work), [])
    thresholds.save(output / THRESHOLDS_FILE)
    return thresholds
