"""PolNeAR loader: brat standoff attribution relations (source, cue, content) over news texts.

A split is read from `<corpus>/<split>/{text,attributions}/` when that folder exists, otherwise
from `<corpus>/<split>_text_attributions.tar.gz`, in place (the archive is never extracted).
"""

from __future__ import annotations

import re
import tarfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from dateline.errors import EvalError
from dateline.records import Span

# Span labels that are annotator flags, not gold attributions (SOURCE.md: "ignore them").
FLAG_LABELS = frozenset({"Discuss", "Discard"})
RELATION_ANCHORS = ("Attribution", "Attribution-no-source")
ROLE_SUFFIX = re.compile(r"\d+$")  # "Content2" -> "Content"
# An annotation line starts with its id and a tab; any other line continues the surface text of
# the line before it (surfaces that cross a newline are written with the newline).
ANNOTATION_LINE = re.compile(r"^([TE])\d+\t")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One E relation: the cue, the source spans (none when unnamed) and the content fragments."""

    id: str
    cue: Span | None
    sources: tuple[Span, ...]
    contents: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class PolnearDocument:
    id: str  # the text's file stem
    split: str
    annotator: str  # the `_xxxx` suffix of the .ann file used
    text: str
    attributions: tuple[Attribution, ...]


def parse_ann(ann: str, text: str | None = None, *, name: str = "<ann>") -> tuple[Attribution, ...]:
    """Attribution relations of one brat .ann file, in file order.

    A discontinuous span (`start end;start end`) gives one fragment per range; a discontinuous cue
    becomes the range that covers its fragments (citron scores one cue span per quote). When
    `text` is given, each single-range span is checked against the surface the .ann records.
    """
    fragments: dict[str, tuple[str, tuple[Span, ...]]] = {}
    relations: list[tuple[str, list[tuple[str, str]]]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        kind_match = ANNOTATION_LINE.match(line)
        if kind_match is None:
            continue
        if kind_match.group(1) == "T":
            parts = line.split("\t")
            if len(parts) < 2:
                raise EvalError(f"{name}:{number}: text-bound line without a span: {line!r}")
            label, _, ranges = parts[1].partition(" ")
            spans = tuple(_parse_range(piece, name, number) for piece in ranges.split(";"))
            surface = parts[2] if len(parts) > 2 else None
            if (
                text is not None
                and surface is not None
                and len(spans) == 1
                and "\n" not in (spans[0].slice(text))
            ):
                found = spans[0].slice(text)
                if found != surface:
                    raise EvalError(
                        f"{name}:{number}: span {spans[0]} reads {found!r}, the .ann says "
                        f"{surface!r}",
                        fix="the .ann does not belong to this text",
                    )
            fragments[parts[0]] = (label, spans)
        else:
            relation_id, _, listed = line.partition("\t")
            relations.append(
                (relation_id, [_role_target(item) for item in listed.split() if ":" in item])
            )
    attributions = []
    for relation_id, arguments in relations:
        if not any(role in RELATION_ANCHORS for role, _ in arguments):
            continue
        cue_spans: list[Span] = []
        sources: list[Span] = []
        contents: list[Span] = []
        for role, target in arguments:
            if target not in fragments:
                raise EvalError(f"{name}: relation {relation_id} points at missing {target}")
            label, spans = fragments[target]
            if label in FLAG_LABELS:
                continue
            kind = ROLE_SUFFIX.sub("", role)
            if kind == "Cue":
                cue_spans.extend(spans)
            elif kind == "Source":
                sources.extend(spans)
            elif kind == "Content":
                contents.extend(spans)
        cue = (
            Span(min(s.start for s in cue_spans), max(s.end for s in cue_spans))
            if cue_spans
            else None
        )
        attributions.append(
            Attribution(
                relation_id,
                cue,
                tuple(sorted(sources, key=_span_key)),
                tuple(sorted(contents, key=_span_key)),
            )
        )
    return tuple(attributions)


def load_polnear(
    corpus_dir: Path, split: str = "dev", limit: int | None = None
) -> list[PolnearDocument]:
    """One annotation per text (the first .ann in sorted order), texts in sorted order."""
    documents: list[PolnearDocument] = []
    for stem, annotator, text, ann in _first_annotations(corpus_dir, split):
        if limit is not None and len(documents) >= limit:
            break
        attributions = parse_ann(ann, text, name=f"{split}/{stem}_{annotator}.ann")
        documents.append(PolnearDocument(stem, split, annotator, text, attributions))
    return documents


def load_second_annotations(
    corpus_dir: Path, split: str, first: Sequence[PolnearDocument]
) -> dict[str, list[PolnearDocument]]:
    """The other annotators' versions of `first`'s texts, where a text has more than one: the
    human agreement a system can be held against."""
    by_stem = {document.id: document for document in first}
    others: dict[str, list[PolnearDocument]] = {}
    for stem, annotator, ann in iter_annotation_files(corpus_dir, split):
        document = by_stem.get(stem)
        if document is None or annotator == document.annotator:
            continue
        attributions = parse_ann(ann, document.text, name=f"{split}/{stem}_{annotator}.ann")
        others.setdefault(stem, []).append(
            PolnearDocument(stem, split, annotator, document.text, attributions)
        )
    return others


def iter_annotation_files(corpus_dir: Path, split: str) -> Iterator[tuple[str, str, str]]:
    """Every (text stem, annotator, .ann content) of a split, sorted by file name."""
    _, anns = _read_split(corpus_dir, split)
    for (stem, annotator), ann in sorted(anns.items()):
        yield stem, annotator, ann


def _first_annotations(corpus_dir: Path, split: str) -> Iterator[tuple[str, str, str, str]]:
    texts, anns = _read_split(corpus_dir, split)
    first: dict[str, tuple[str, str]] = {}
    for (stem, annotator), ann in sorted(anns.items()):
        first.setdefault(stem, (annotator, ann))
    for stem in sorted(texts):
        if stem not in first:
            raise EvalError(f"polnear {split}: text {stem} has no .ann file")
        annotator, ann = first[stem]
        yield stem, annotator, texts[stem], ann


def _read_split(corpus_dir: Path, split: str) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    folder = corpus_dir / split
    archive = corpus_dir / f"{split}_text_attributions.tar.gz"
    if folder.is_dir():
        files = {
            f"{path.parent.name}/{path.name}": path.read_text(encoding="utf-8")
            for sub in ("text", "attributions")
            for path in sorted((folder / sub).glob("*"))
            if path.suffix in (".txt", ".ann")
        }
    elif archive.is_file():
        files = _read_archive(archive)
    else:
        raise EvalError(
            f"polnear split {split!r} not found: neither {folder} nor {archive} exists",
            fix="pass --data DIR laid out like ../shared/data",
        )
    texts: dict[str, str] = {}
    anns: dict[tuple[str, str], str] = {}
    for key, content in files.items():
        folder_name, _, file_name = key.partition("/")
        stem = PurePosixPath(file_name).stem
        if folder_name == "text" and file_name.endswith(".txt"):
            texts[stem] = content
        elif folder_name == "attributions" and file_name.endswith(".ann"):
            text_stem, _, annotator = stem.rpartition("_")
            anns[(text_stem, annotator)] = content
    if not texts:
        raise EvalError(f"polnear split {split!r} holds no texts")
    return texts, anns


def _read_archive(archive: Path) -> dict[str, str]:
    """`<parent>/<name>` -> content for the text/ and attributions/ members of a tar.gz."""
    files: dict[str, str] = {}
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            path = PurePosixPath(member.name)
            if path.parent.name not in ("text", "attributions"):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            with handle:
                files[f"{path.parent.name}/{path.name}"] = handle.read().decode("utf-8")
    return files


def _parse_range(piece: str, name: str, number: int) -> Span:
    try:
        start, end = (int(value) for value in piece.split())
    except ValueError as exc:
        raise EvalError(f"{name}:{number}: bad span range {piece!r}") from exc
    return Span(start, end)


def _role_target(item: str) -> tuple[str, str]:
    role, _, target = item.partition(":")
    return role, target


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end
