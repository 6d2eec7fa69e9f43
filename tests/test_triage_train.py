"""`python -m triage train --keep-thresholds | --refit-thresholds`: the final pipelines or the thresholds alone."""
from __future__ import annotations

import json

import pytest
import spacy

from triage.train import refit_thresholds, save_pipeline, train


def test_keeping_thresholds_needs_a_model_that_has_them(tmp_path):
    with pytest.raises(FileNotFoundError, match="no thresholds to keep"):
        train(output=tmp_path / "model", keep_thresholds=True)
    assert not (tmp_path / "model").exists()


def test_refitting_thresholds_needs_a_model_trained_on_the_examples_there_are_now(tmp_path):
    nlp = spacy.blank("en")
    nlp.meta["version"] = "0.0.0"
    (tmp_path / "model" / "categories").mkdir(parents=True)
    save_pipeline(nlp, tmp_path / "model" / "categories" / "seed-17")
    with pytest.raises(ValueError, match="trained on other data"):
        refit_thresholds(output=tmp_path / "model")
    assert not (tmp_path / "model" / "thresholds.json").exists()


def test_a_saved_pipeline_leaves_its_strings_behind_and_scores_the_same(tmp_path):
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": {"@architectures": "spacy.TextCatBOW.v3",
                                                        "exclusive_classes": True, "ngram_size": 2,
                                                        "no_output_layer": False}})
    for label in ("notification", "general"):
        textcat.add_label(label)
    nlp.initialize()
    text = "Please accept this as notification of the death of a baby boy"
    before = nlp(text).cats
    save_pipeline(nlp, tmp_path / "seed-17")
    assert json.loads((tmp_path / "seed-17" / "vocab" / "strings.json").read_text()) == []
    assert spacy.load(tmp_path / "seed-17")(text).cats == pytest.approx(before)
