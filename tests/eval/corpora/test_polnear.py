"""PolNeAR loader: brat standoff parsing on hand-written snippets, and the real corpus counts."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.corpora.polnear import (
    iter_annotation_files,
    load_polnear,
    load_second_annotations,
    parse_ann,
)
from dateline.eval.framework import DEFAULT_DATA_DIR
from dateline.records import Span

TEXT = 'Rain is coming, the forecaster said. "It will pour," she added.\nOthers agreed.'
ANN = (
    "T1\tSource 16 30\tthe forecaster\n"
    "T2\tCue 31 35\tsaid\n"
    "T3\tContent 0 14\tRain is coming\n"
    "T4\tAttribution 31 35\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    'T5\tContent 64 70;37 52\tOthers "It will pour,"\n'
    "T6\tCue 57 62\tadded\n"
    "T7\tAttribution-no-source 57 62\tadded\n"
    "E2\tAttribution-no-source:T7 Cue:T6 Content:T5\n"
    "T8\tDiscuss 64 70\tOthers\n"
)


def test_polnear_parse_ann_relations() -> None:
    first, second = parse_ann(ANN)
    assert first.cue == Span(31, 35)
    assert first.sources == (Span(16, 30),)
    assert first.contents == (Span(0, 14),)
    assert second.sources == ()
    assert second.contents == (Span(37, 52), Span(64, 70))  # fragments in text order


@pytest.mark.parametrize(
    ("ann", "expected_contents"),
    [
        # Content2 is a second content of the same relation
        (
            "T1\tCue 5 9\tsaid\nT2\tContent 10 14\tthat\nT3\tContent 0 4\tRain\n"
            "T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Cue:T1 Content:T2 Content2:T3\n",
            (Span(0, 4), Span(10, 14)),
        ),
        # a surface that crosses a newline continues on the next line; that line is not a record
        (
            "T1\tCue 5 9\tsaid\nT2\tContent 0 12\tRain\nmore\nT3\tAttribution 5 9\tsaid\n"
            "E1\tAttribution:T3 Cue:T1 Content:T2\n",
            (Span(0, 12),),
        ),
    ],
)
def test_polnear_parse_ann_contents(ann: str, expected_contents: tuple[Span, ...]) -> None:
    (attribution,) = parse_ann(ann)
    assert attribution.contents == expected_contents


def test_polnear_parse_ann_discontinuous_cue_becomes_covering_span() -> None:
    ann = "T1\tCue 0 3;8 12\thas said\nT2\tAttribution 0 3\thas\nE1\tAttribution:T2 Cue:T1\n"
    (attribution,) = parse_ann(ann)
    assert attribution.cue == Span(0, 12)


def test_polnear_parse_ann_checks_surface_against_text() -> None:
    with pytest.raises(EvalError, match="reads"):
        parse_ann("T1\tCue 0 4\tsaid\n", "Rain is coming")


def test_polnear_parse_ann_missing_target_is_an_error() -> None:
    with pytest.raises(EvalError, match="missing T9"):
        parse_ann("E1\tAttribution:T9\n")


def _write_split(root: Path) -> None:
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    (root / "dev" / "text" / "b_doc.txt").write_text(TEXT, encoding="utf-8")
    (root / "dev" / "text" / "a_doc.txt").write_text("He said no.", encoding="utf-8")
    (root / "dev" / "attributions" / "b_doc_zz99.ann").write_text("", encoding="utf-8")
    (root / "dev" / "attributions" / "b_doc_aa11.ann").write_text(ANN, encoding="utf-8")
    (root / "dev" / "attributions" / "a_doc_aa11.ann").write_text(
        "T1\tCue 3 7\tsaid\nT2\tAttribution 3 7\tsaid\nE1\tAttribution:T2 Cue:T1\n",
        encoding="utf-8",
    )


def test_polnear_load_folder_takes_first_annotator_in_sorted_order(tmp_path: Path) -> None:
    _write_split(tmp_path)
    documents = load_polnear(tmp_path, "dev")
    assert [d.id for d in documents] == ["a_doc", "b_doc"]
    assert documents[1].annotator == "aa11"
    assert len(documents[1].attributions) == 2
    assert [d.id for d in load_polnear(tmp_path, "dev", limit=1)] == ["a_doc"]
    assert len(list(iter_annotation_files(tmp_path, "dev"))) == 3


def test_polnear_second_annotations_are_the_other_annotators(tmp_path: Path) -> None:
    _write_split(tmp_path)
    documents = load_polnear(tmp_path, "dev")
    others = load_second_annotations(tmp_path, "dev", documents)
    # b_doc has a second annotator (zz99, who marked nothing); a_doc has one annotator only
    assert list(others) == ["b_doc"]
    (second,) = others["b_doc"]
    assert (second.annotator, second.attributions, second.text) == ("zz99", (), TEXT)


def test_polnear_load_archive_in_place(tmp_path: Path) -> None:
    archive = tmp_path / "train_text_attributions.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, content in [
            ("polnear/data/train/text/b_doc.txt", TEXT),
            ("polnear/data/train/attributions/b_doc_aa11.ann", ANN),
        ]:
            data = content.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    (document,) = load_polnear(tmp_path, "train")
    assert document.split == "train"
    assert document.attributions[0].sources[0].slice(document.text) == "the forecaster"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["train_text_attributions.tar.gz"]


def test_polnear_missing_split_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="not found"):
        load_polnear(tmp_path, "test")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("split", "texts", "ann_files", "relations_first", "relations_all"),
    [("dev", 84, 94, 2193, 2320), ("train", 840, 919, None, 22501)],
)
def test_polnear_real_corpus_counts(
    split: str, texts: int, ann_files: int, relations_first: int | None, relations_all: int
) -> None:
    corpus = DEFAULT_DATA_DIR / "polnear"
    if not corpus.is_dir():
        pytest.skip("gold data not present")
    documents = load_polnear(corpus, split)
    assert len(documents) == texts
    if relations_first is not None:
        assert sum(len(d.attributions) for d in documents) == relations_first
    files = list(iter_annotation_files(corpus, split))
    assert len(files) == ann_files
    assert sum(len(parse_ann(ann)) for _, _, ann in files) == relations_all
