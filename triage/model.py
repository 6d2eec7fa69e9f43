"""The spaCy classifiers (categories, flags), loaded once from triage/model."""
from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from thinc.api import Model, NumpyOps

from triage.text import ModelText
from triage.types import CATEGORIES, FLAG_MODEL_LABELS

logger = logging.getLogger(__name__)
MODEL_DIR = Path(__file__).resolve().parent / "model"
BATCH = 256
_OPS = NumpyOps()


@dataclass(frozen=True)
class _Linear:
    """One trained bag-of-ngrams classifier: its weights layer, n-gram size, labels and output."""

    weights: Model
    ngram_size: int
    labels: tuple[str, ...]
    exclusive: bool

    @classmethod
    def of(cls, nlp: Language) -> _Linear:
        pipe = nlp.get_pipe(nlp.pipe_names[0])
        nodes = {node.name: node for node in pipe.model.walk()}
        return cls(nodes["sparse_linear"], nodes["extract_ngrams"].attrs["ngram_size"],
                   tuple(pipe.labels), "softmax_activation" in nodes)

    def scores(self, features: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]) -> numpy.ndarray:
        logits = self.weights.predict(features)
        return _OPS.softmax(logits) if self.exclusive else _OPS.sigmoid(logits)


class SpacyScorer:
    """The category and flag classifiers, each trained with several seeds whose scores are averaged."""

    def __init__(self, categories: Sequence[Language], flags: Sequence[Language], version: str) -> None:
        self.categories = list(categories)
        self.flags = list(flags)
        self.version = version
        self._linears = [[_Linear.of(nlp) for nlp in models] for models in (self.categories, self.flags)]

    @classmethod
    def load(cls, path: Path = MODEL_DIR) -> SpacyScorer:
        started = time.perf_counter()
        categories, flags = ([spacy.load(p) for p in sorted((path / name).glob("seed-*"))]
                             for name in ("categories", "flags"))
        version = f"textcat-{categories[0].meta.get('version', '0')}"
        logger.info("triage model %s loaded in %.2fs", version, time.perf_counter() - started)
        return cls(categories, flags, version)

    def predict(self, texts: Sequence[ModelText]) -> list[dict[str, float]]:
        # spaCy's textcat pipes would each tokenise and count n-grams again, one message at a
        # time; every classifier here reads the same n-grams, so they are counted once a batch
        # from the tokens the rules read too.
        totals = numpy.zeros((len(texts), len(CATEGORIES + FLAG_MODEL_LABELS)))
        column = {label: i for i, label in enumerate(CATEGORIES + FLAG_MODEL_LABELS)}
        for start in range(0, len(texts), BATCH):
            batch = [text.hashes() for text in texts[start:start + BATCH]]
            counted = _Ngrams(batch, max(linear.ngram_size for models in self._linears for linear in models))
            for models in self._linears:
                for linear in models:
                    scores = linear.scores(counted.upto(linear.ngram_size)) / len(models)
                    totals[start:start + len(batch), [column[label] for label in linear.labels]] += scores
        return [dict(zip(column, row)) for row in totals.tolist()]


class _Ngrams:
    """Each message's n-grams, as spaCy's ``extract_ngrams`` counts them for its linear layer.

    The layer sums weight times count over a message's distinct n-grams; each occurrence counted
    once gives the same sum without sorting out the distinct ones.
    """

    def __init__(self, arrays: Sequence[numpy.ndarray], size: int) -> None:
        # The whole batch in one array: an n-gram counts only where its first and last word are
        # from the same message.
        unigrams = numpy.concatenate(arrays).astype("uint64") if arrays else numpy.zeros(0, "uint64")
        owner = numpy.repeat(numpy.arange(len(arrays), dtype="int32"), [len(a) for a in arrays])
        self.keys, self.owners = [unigrams], [owner]
        for n in range(2, min(size, len(unigrams)) + 1):
            grams, first = _OPS.ngrams(n, unigrams), owner[:len(unigrams) - n + 1]
            within = first == owner[n - 1:]
            self.keys.append(grams[within])
            self.owners.append(first[within])
        self.messages = len(arrays)
        self.made: dict[int, tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]] = {}

    def upto(self, n: int) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """The (keys, counts, lengths) of grams up to ``n`` words, as thinc's SparseLinear reads them."""
        if n not in self.made:
            self.made[n] = self._upto(n)
        return self.made[n]

    def _upto(self, n: int) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        key, owner = numpy.concatenate(self.keys[:n]), numpy.concatenate(self.owners[:n])
        # Each order's grams are in message order already: a stable sort only merges them.
        by = numpy.argsort(owner, kind="stable")
        lengths = numpy.bincount(owner, minlength=self.messages).astype("int32")
        return key[by], numpy.ones(len(key), dtype="float32"), lengths
