"""Bytes to text: size limit, binary detection, encoding detection, newline normalisation."""

from __future__ import annotations

from dateline.errors import BinaryInputError, EmptyInputError, InputTooLargeError

# Share of control characters (other than whitespace) above which we call the input binary.
BINARY_CONTROL_SHARE = 0.05
ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def decode_bytes(data: bytes, *, max_bytes: int, source: str = "input") -> str:
    """Decode `data` to text, or raise a typed InputError that says why it cannot be read."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"{source} is {len(data):,} bytes, over the limit of {max_bytes:,}",
            fix="split the file, or raise DATELINE_MAX_BYTES",
        )
    if not data.strip():
        raise EmptyInputError(f"{source} is empty", fix="remove it from the batch")
    if b"\x00" in data[:8192] and not _looks_like_utf16(data):
        raise BinaryInputError(f"{source} holds NUL bytes: it is binary, not text")
    text = _decode(data, source)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(f"{source} holds only whitespace", fix="remove it from the batch")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in ALLOWED_CONTROLS)
    if controls / len(text) > BINARY_CONTROL_SHARE:
        raise BinaryInputError(f"{source} is mostly control characters: it is binary, not text")
    return text


def _looks_like_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    # Short Western texts fool the detector; Windows-1252 wins when it reads at least as cleanly.
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if best is None:
        if western is None:
            raise BinaryInputError(f"{source} is in no text encoding that could be detected")
        return western
    detected = str(best)
    if western is not None and mess_ratio(western) <= mess_ratio(detected):
        return western
    return detected


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a pasted fragment, a cut-off character): read as
    UTF-8, each bad byte as U+FFFD, when more characters decode as multi-byte UTF-8 than fail.
    A detector would take such text for Windows-1251 or -1252 and garble every accent in it."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    decoded = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if decoded > bad else None
