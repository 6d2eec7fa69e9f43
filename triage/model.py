"""The spaCy classifiers (categories, flags), loaded once from triage/model."""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from pathlib import Path

import spacy

from triage.types import CATEGORIES, FLAG_MODEL_LABELS

logger = logging.getLogger(__name__)
MODEL_DIR = Path(__file__).resolve().parent / "model"
BATCH = 256


class SpacyScorer:
    def __init__(self, categories: spacy.language.Language, flags: spacy.language.Language, version: str) -> None:
        self.categories = categories
        self.flags = flags
        self.version = version

    @classmethod
    def load(cls, path: Path = MODEL_DIR) -> SpacyScorer:
        started = time.perf_counter()
        categories, flags = spacy.load(path / "categories"), spacy.load(path / "flags")
        meta = json.loads((path / "categories" / "meta.json").read_text())
        version = f"textcat-{meta.get('version', '0')}"
        logger.info("triage model %s loaded in %.2fs", version, time.perf_counter() - started)
        return cls(categories, flags, version)

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        # Tokenise once; both classifiers hash the same token strings.
        docs = [self.categories.make_doc(text) for text in texts]
        docs = list(self.categories.get_pipe("textcat").pipe(docs, batch_size=BATCH))
        docs = self.flags.get_pipe("textcat_multilabel").pipe(docs, batch_size=BATCH)
        return [{k: float(doc.cats.get(k, 0.0)) for k in CATEGORIES + FLAG_MODEL_LABELS} for doc in docs]
