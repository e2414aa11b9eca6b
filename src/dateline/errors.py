"""Dateline's one exception tree: every failure a user can meet, with a code, a cause and a fix.

DatelineError
├── InputError                 a document cannot be read (per document; a batch goes on)
│   ├── EmptyInputError        nothing but whitespace
│   ├── BinaryInputError       bytes that are not text in any encoding we can detect
│   ├── InputTooLargeError     over the size limit (max_document_bytes, max_document_chars)
│   ├── UnknownFormatError     no reader accepts it
│   └── MalformedInputError    the format is known but the content is broken (bad JSON line, ...)
├── OffsetError                a span does not fit the text it points into (a bug, never user input)
├── ModelError                 the spaCy model named in the settings cannot be loaded
├── ExtractionError            an extraction stage failed or ran out of time on one document
├── StoreError                 the knowledge base cannot be opened, migrated or queried
└── EvalError                  gold data is missing or does not have the expected layout
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base of every error Dateline raises on purpose. `code` is stable and searchable."""

    code = "DL000"

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        super().__init__(f"[{self.code}] {message}" + (f" Fix: {fix}" if fix else ""))


class SettingsError(DatelineError):
    code = "DL010"


class InputError(DatelineError):
    code = "DL100"


class EmptyInputError(InputError):
    code = "DL101"


class BinaryInputError(InputError):
    code = "DL102"


class InputTooLargeError(InputError):
    code = "DL103"


class UnknownFormatError(InputError):
    code = "DL104"


class MalformedInputError(InputError):
    code = "DL105"


class OffsetError(DatelineError):
    code = "DL200"


class ModelError(DatelineError):
    code = "DL300"


class ExtractionError(DatelineError):
    code = "DL400"


class StoreError(DatelineError):
    code = "DL500"


class EvalError(DatelineError):
    code = "DL600"
