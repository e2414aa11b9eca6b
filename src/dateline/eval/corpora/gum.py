"""GUM news loader: the CoNLL-U files (`dep/`), which hold typed, coreferent entity mentions.

CoNLL-U is the one format of the three shipped that has everything at once: the text (with
`SpaceAfter=No`), UPOS and heads (to tell names from other mentions), and the CorefUD `Entity=`
brackets (entity id = coreference cluster, type, Wikipedia identity).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from dateline.errors import EvalError
from dateline.records import Span

CORPUS = "gum-news"
# `Entity=` brackets: "(ID-type-infstat-salience-centering-minspan-link-identity" opens a mention,
# an immediate ")" closes it on the same word, and "ID)" closes an open one.
ENTITY_BRACKET = re.compile(r"\((?P<open>[^()]+)(?P<closed>\))?|(?P<close>[^()]+)\)")
ENTITY_FIELDS = 7  # GRP, etype, infstat, salience, centering, minspan, link; identity follows


@dataclass(frozen=True, slots=True)
class Word:
    index: int  # position among the document's words, from 0
    form: str
    upos: str
    head: int | None  # index of the syntactic head word; None for a sentence root
    sentence: int
    span: Span


@dataclass(frozen=True, slots=True)
class GumMention:
    entity_id: str  # coreference cluster within the document
    entity_type: str  # person, place, organization, event, time, abstract, object, ...
    span: Span
    first_word: int
    last_word: int  # inclusive
    head_word: int  # the word whose syntactic head lies outside the mention
    head_upos: str
    infstat: str  # new, giv:act, giv:inact, acc:inf, ...
    link: str  # coref, sgl (singleton), appos, ...
    identity: str | None  # Wikipedia title for named entities ("Hong_Kong"), decoded

    @property
    def is_name(self) -> bool:
        """A name: its head is a proper noun (the CoNLL-style notion of a named entity)."""
        return self.head_upos == "PROPN"


@dataclass(frozen=True, slots=True)
class GumDocument:
    doc_id: str
    title: str | None
    date_created: str | None  # `# meta::dateCreated`, ISO date
    url: str | None
    text: str
    words: tuple[Word, ...]
    mentions: tuple[GumMention, ...]

    def clusters(self) -> dict[str, tuple[GumMention, ...]]:
        chains: dict[str, list[GumMention]] = {}
        for mention in self.mentions:
            chains.setdefault(mention.entity_id, []).append(mention)
        return {key: tuple(value) for key, value in chains.items()}


def load_gum(data_dir: Path, *, limit: int | None = None) -> list[GumDocument]:
    """Documents of `data_dir/gum-news/dep/*.conllu`, sorted by file name; the first `limit`."""
    root = data_dir / CORPUS / "dep"
    paths = sorted(root.glob("*.conllu"))
    if not paths:
        raise EvalError(
            f"no GUM CoNLL-U files under {root}", fix="pass --data DIR laid out like ../shared/data"
        )
    documents: list[GumDocument] = []
    for path in paths[:limit]:
        documents.extend(parse_conllu(path.read_text(encoding="utf-8"), source=str(path)))
    return documents


def parse_conllu(conllu: str, *, source: str = "<string>") -> list[GumDocument]:
    """Every `# newdoc` document in a CoNLL-U string."""
    return [builder.build() for builder in _read_documents(conllu, source)]


class _DocumentBuilder:
    def __init__(self, doc_id: str, source: str) -> None:
        self.doc_id = doc_id
        self.source = source
        self.meta: dict[str, str] = {}
        self.parts: list[str] = []
        self.length = 0
        self.words: list[Word] = []
        self.mentions: list[GumMention] = []
        self.open: dict[str, list[tuple[list[str], int]]] = {}  # entity id -> [(fields, first)]
        self.sentence = -1
        self.paragraph_break = False
        self.pending_space = False
        self.rows: list[list[str]] = []

    def add_comment(self, line: str) -> None:
        if line.startswith("# meta::") and " = " in line:
            key, value = line[len("# meta::") :].split(" = ", 1)
            self.meta[key.strip()] = value.strip()
        elif line.strip() == "# newpar" or line.startswith("# newpar "):
            self.paragraph_break = True

    def add_sentence(self, rows: list[list[str]]) -> None:
        self.sentence += 1
        if self.length:
            separator = "\n\n" if self.paragraph_break else " "
            self.parts.append(separator)
            self.length += len(separator)
        self.paragraph_break = False
        self.pending_space = False
        first_index = len(self.words)
        # Word ids within the sentence -> document word index.
        ids = {row[0]: first_index + n for n, row in enumerate(r for r in rows if r[0].isdigit())}
        multiword_end = 0
        multiword_space = True
        for row in rows:
            word_id, form, misc = row[0], row[1], row[9]
            if "." in word_id:  # an empty node of the enhanced graph: no text
                continue
            if "-" in word_id:  # a multiword token ("Trump's" = "Trump" + "'s"): its surface
                multiword_end = int(word_id.split("-")[1])
                multiword_space = "SpaceAfter=No" not in misc.split("|")
                continue
            self._space()
            start = self.length
            self.parts.append(form)
            self.length += len(form)
            number = int(word_id)
            if number < multiword_end:
                self.pending_space = False
            elif number == multiword_end:
                self.pending_space = multiword_space
            else:
                self.pending_space = "SpaceAfter=No" not in misc.split("|")
            head = row[6]
            index = ids[word_id]
            word = Word(
                index=index,
                form=form,
                upos=row[3],
                head=ids.get(head) if head not in ("0", "_") else None,
                sentence=self.sentence,
                span=Span(start, self.length),
            )
            self.words.append(word)
            self._read_entities(misc, index)

    def _space(self) -> None:
        if self.pending_space:
            self.parts.append(" ")
            self.length += 1
            self.pending_space = False

    def _read_entities(self, misc: str, index: int) -> None:
        for item in misc.split("|"):
            if not item.startswith("Entity="):
                continue
            for match in ENTITY_BRACKET.finditer(item[len("Entity=") :]):
                if match["open"] is not None:
                    fields = match["open"].split("-")
                    self.open.setdefault(fields[0], []).append((fields, index))
                    if match["closed"]:
                        self._close(fields[0], index)
                else:
                    self._close(match["close"], index)

    def _close(self, entity_id: str, last: int) -> None:
        stack = self.open.get(entity_id)
        if not stack:
            raise EvalError(f"{self.source}: entity {entity_id} closed but never opened")
        fields, first = stack.pop()
        if len(fields) < ENTITY_FIELDS:
            raise EvalError(
                f"{self.source}: entity bracket {'-'.join(fields)!r} has too few fields"
            )
        identity = "-".join(fields[ENTITY_FIELDS:]) or None
        head = self._head(first, last)
        self.mentions.append(
            GumMention(
                entity_id=entity_id,
                entity_type=fields[1],
                span=Span(self.words[first].span.start, self.words[last].span.end),
                first_word=first,
                last_word=last,
                head_word=head,
                head_upos=self.words[head].upos,
                infstat=fields[2],
                link=fields[6],
                identity=unquote(identity) if identity else None,
            )
        )

    def _head(self, first: int, last: int) -> int:
        """The first word of the mention whose head is outside it (or the root)."""
        for index in range(first, last + 1):
            head = self.words[index].head
            if head is None or not first <= head <= last:
                return index
        return first

    def build(self) -> GumDocument:
        unclosed = [entity for entity, stack in self.open.items() if stack]
        if unclosed:
            raise EvalError(f"{self.source}: entities never closed: {unclosed}")
        return GumDocument(
            doc_id=self.doc_id,
            title=self.meta.get("title"),
            date_created=self.meta.get("dateCreated"),
            url=self.meta.get("sourceURL"),
            text="".join(self.parts),
            words=tuple(self.words),
            mentions=tuple(sorted(self.mentions, key=lambda m: (m.span.start, -m.span.end))),
        )


def _read_documents(conllu: str, source: str) -> Iterator[_DocumentBuilder]:
    builder: _DocumentBuilder | None = None
    rows: list[list[str]] = []
    for number, line in enumerate(conllu.splitlines(), start=1):
        if line.startswith("# newdoc id = "):
            if builder is not None:
                yield builder
            builder = _DocumentBuilder(line.split(" = ", 1)[1].strip(), source)
        elif line.startswith("#"):
            if builder is not None:
                builder.add_comment(line)
        elif line.strip():
            row = line.split("\t")
            if len(row) != 10:
                raise EvalError(
                    f"{source}:{number}: a CoNLL-U row needs 10 columns, not {len(row)}"
                )
            rows.append(row)
        elif rows:
            if builder is None:
                raise EvalError(f"{source}:{number}: words before any '# newdoc id ='")
            builder.add_sentence(rows)
            rows = []
    if rows:
        if builder is None:
            raise EvalError(f"{source}: words before any '# newdoc id ='")
        builder.add_sentence(rows)
    if builder is not None:
        yield builder
