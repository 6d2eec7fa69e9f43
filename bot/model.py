"""The intent model: two small logistic regressions over the same features.

`topic` chooses among the content intents and is trained on content examples only; `gate` is
trained on every example, handoff included, and says how likely a message is one for a person.
The gate reads words, word pairs and concepts but not character n-grams: with them it learns the
spelling of the training data's near-miss handoffs and sends other writers' plain questions to a
person (leaving each outside writer out in turn: their content questions answered 0.830 -> 0.845,
their handoffs 0.996 -> 0.993).
An intent's score is P(not handoff) x P(intent | content), so the scores of the content intents
and handoff add up to one and the Rasa rule (low confidence or small margin: hand off) applies.
"""
from __future__ import annotations

import json
import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.features import features

logger = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parent / "model"
HANDOFF = "handoff"
# Chosen on four outside writers' lines that no model had seen (bot/data/README.md): a lighter
# penalty lets the topic head answer plainer wordings, and a lighter one on the gate keeps its
# handoffs. Against 3e-5 for both: content 0.866 -> 0.895, handoff recall 0.968 -> 0.965.
TOPIC_L2 = 3e-6
GATE_L2 = 1e-5
STEPS = 200
LEARNING_RATE = 0.05
MIN_COUNT = 2  # a feature seen in one example only is noise, and makes the model bigger


@dataclass
class Vectoriser:
    """Sparse features to a tf-idf row of unit length."""

    vocabulary: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, found: Sequence[Counter[str]], chars: bool = True) -> Vectoriser:
        """Learn the vocabulary and inverse document frequencies from each message's `features`;
        `chars=False` leaves the character n-grams out of the vocabulary."""
        counts = Counter(name for message in found for name in message if chars or not name.startswith("c:"))
        names = sorted(name for name, count in counts.items() if count >= MIN_COUNT)
        idf = np.array([math.log((1 + len(found)) / (1 + counts[n])) + 1 for n in names])
        return cls({name: i for i, name in enumerate(names)}, idf.astype(np.float32))

    def transform(self, found: Sequence[Counter[str]]) -> np.ndarray:
        """One row per message's `features`; a feature outside the vocabulary is left out."""
        matrix = np.zeros((len(found), len(self.vocabulary)), dtype=np.float32)
        for row, counts in enumerate(found):
            for name, count in counts.items():
                column = self.vocabulary.get(name)
                if column is not None:
                    matrix[row, column] = 1 + math.log(count)
        matrix *= self.idf
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.maximum(norms, 1e-9)


@dataclass
class Softmax:
    """Multinomial logistic regression."""

    labels: list[str]
    weights: np.ndarray
    bias: np.ndarray

    @classmethod
    def fit(cls, matrix: np.ndarray, labels: Sequence[str], l2: float) -> Softmax:
        """Full-batch Adam with L2; deterministic, a second or two on a laptop."""
        names = sorted(set(labels))
        target = np.zeros((len(labels), len(names)), dtype=np.float32)
        target[np.arange(len(labels)), [names.index(label) for label in labels]] = 1
        params = [np.zeros((matrix.shape[1], len(names)), np.float32), np.zeros(len(names), np.float32)]
        moments = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
        for step in range(1, STEPS + 1):
            error = _softmax(matrix @ params[0] + params[1]) - target
            grads = [matrix.T @ error / len(labels) + l2 * params[0], error.mean(axis=0)]
            for param, grad, (m, v) in zip(params, grads, moments):
                m[:] = 0.9 * m + 0.1 * grad
                v[:] = 0.999 * v + 0.001 * grad ** 2
                param -= LEARNING_RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        return cls(names, *params)

    def predict(self, matrix: np.ndarray) -> np.ndarray:
        """Probabilities, one row per input row, columns in `labels` order."""
        return _softmax(matrix @ self.weights + self.bias)


@dataclass
class IntentModel:
    """Scores every content intent and handoff for a message."""

    vectoriser: Vectoriser
    topic: Softmax
    gate_vectoriser: Vectoriser
    gate: Softmax

    @classmethod
    def train(cls, texts: Sequence[str], intents: Sequence[str]) -> IntentModel:
        """Fit both heads on labelled examples."""
        found = [features(text) for text in texts]
        vectoriser = Vectoriser.fit(found)
        matrix = vectoriser.transform(found)
        content = [i for i, intent in enumerate(intents) if intent != HANDOFF]
        topic = Softmax.fit(matrix[content], [intents[i] for i in content], TOPIC_L2)
        gate_vectoriser = Vectoriser.fit(found, chars=False)
        gate = Softmax.fit(gate_vectoriser.transform(found), intents, GATE_L2)
        logger.info("trained on %d examples, %d features", len(texts), len(vectoriser.vocabulary))
        return cls(vectoriser, topic, gate_vectoriser, gate)

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, a probability for each content intent and for handoff."""
        found = [features(text) for text in texts]  # the gate's vocabulary holds no character n-grams
        handoff = self.gate.predict(self.gate_vectoriser.transform(found))[:, self.gate.labels.index(HANDOFF)]
        topics = self.topic.predict(self.vectoriser.transform(found))
        return [{**{label: float((1 - h) * p) for label, p in zip(self.topic.labels, row)},
                 HANDOFF: float(h)} for h, row in zip(handoff, topics)]

    def save(self, directory: Path | str = MODEL_DIR) -> None:
        """Write the model as a vocabulary (JSON) and weights (compressed NumPy)."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        meta = {"features": _names(self.vectoriser), "gate_features": _names(self.gate_vectoriser),
                "topic_labels": self.topic.labels, "gate_labels": self.gate.labels}
        (directory / "meta.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
        np.savez_compressed(directory / "weights.npz", idf=self.vectoriser.idf,
                            gate_idf=self.gate_vectoriser.idf, topic_w=self.topic.weights, topic_b=self.topic.bias,
                            gate_w=self.gate.weights, gate_b=self.gate.bias)

    @classmethod
    def load(cls, directory: Path | str = MODEL_DIR) -> IntentModel:
        """Read a model written by `save`."""
        directory = Path(directory)
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        with np.load(directory / "weights.npz") as arrays:
            return cls(Vectoriser(_vocabulary(meta["features"]), arrays["idf"]),
                       Softmax(meta["topic_labels"], arrays["topic_w"], arrays["topic_b"]),
                       Vectoriser(_vocabulary(meta["gate_features"]), arrays["gate_idf"]),
                       Softmax(meta["gate_labels"], arrays["gate_w"], arrays["gate_b"]))


def _names(vectoriser: Vectoriser) -> list[str]:
    return sorted(vectoriser.vocabulary, key=vectoriser.vocabulary.get)


def _vocabulary(names: list[str]) -> dict[str, int]:
    return {name: i for i, name in enumerate(names)}


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)
