"""The spaCy classifiers (categories, flags), loaded once from triage/model."""
from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from triage.types import CATEGORIES, FLAG_MODEL_LABELS

logger = logging.getLogger(__name__)
MODEL_DIR = Path(__file__).resolve().parent / "model"
BATCH = 256


class SpacyScorer:
    """The category and flag classifiers, each trained with several seeds whose scores are averaged."""

    def __init__(self, categories: Sequence[Language], flags: Sequence[Language], version: str) -> None:
        self.categories = list(categories)
        self.flags = list(flags)
        self.version = version

    @classmethod
    def load(cls, path: Path = MODEL_DIR) -> SpacyScorer:
        started = time.perf_counter()
        categories, flags = ([spacy.load(p) for p in sorted((path / name).glob("seed-*"))]
                             for name in ("categories", "flags"))
        version = f"textcat-{categories[0].meta.get('version', '0')}"
        logger.info("triage model %s loaded in %.2fs", version, time.perf_counter() - started)
        return cls(categories, flags, version)

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        # Tokenise once; every classifier hashes the same token strings.
        docs = [self.categories[0].make_doc(text) for text in texts]
        totals = [dict.fromkeys(CATEGORIES + FLAG_MODEL_LABELS, 0.0) for _ in docs]
        for models, pipe_name in ((self.categories, "textcat"), (self.flags, "textcat_multilabel")):
            for nlp in models:
                pipe = nlp.get_pipe(pipe_name)
                for total, doc in zip(totals, pipe.pipe(docs, batch_size=BATCH)):
                    for label in pipe.labels:
                        total[label] += doc.cats[label] / len(models)
        return totals
