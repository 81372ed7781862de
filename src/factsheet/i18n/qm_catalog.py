"""A compiled Qt Linguist catalog (.qm) read without Qt, looked up as QTranslator does."""

# Why not QTranslator: the library's helper processes and commands load no Qt (they start
# in a fraction of the time), yet the Library's Figures column must be worded in Arabic when
# they read a file. The .qm format is Qt's (qtbase/src/corelib/kernel/qtranslator.cpp): a
# magic number, then blocks of (tag, big-endian length, data); the Messages block is a run
# of records of tagged fields, each record ended by Tag_End. lrelease keeps the context,
# source text and comment of each message unless told to compress, and the project's build
# does not. tests/i18n/test_qm_catalog.py checks every message and plural form against
# QTranslator itself.

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Block tags.
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88
# Field tags of a message record.
_END, _TRANSLATION, _OBSOLETE1 = 1, 3, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9
# Numerus rule opcodes.
_EQ, _LT, _LEQ, _BETWEEN, _OPERATOR = 0x01, 0x02, 0x03, 0x04, 0x07
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEW_RULE = 0xFD, 0xFE, 0xFF
_NULL = 0xFFFFFFFF

Key = tuple[str, str, str]  # context, source text, comment (the disambiguation)


class QmFormatError(ValueError):
    """The bytes are not a catalog this reader understands."""


class QmCatalog:
    """A factsheet.i18n Catalog over the messages of one .qm file; safe on every thread."""

    __slots__ = ("_messages", "_rules")

    def __init__(self, messages: dict[Key, tuple[str | None, ...]], rules: bytes) -> None:
        self._messages = messages
        self._rules = rules

    @classmethod
    def from_bytes(cls, data: bytes) -> "QmCatalog":
        """The catalog in ``data``; QmFormatError when it is not one."""
        if not data.startswith(MAGIC):
            raise QmFormatError("expected a Qt .qm catalog; found another kind of file")
        blocks: dict[int, bytes] = {}
        at = len(MAGIC)
        while at < len(data):
            if at + 5 > len(data):
                raise QmFormatError("the catalog ends inside a block header")
            tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
            blocks[tag] = data[at + 5 : at + 5 + length]
            at += 5 + length
        try:
            messages = _messages(blocks.get(_MESSAGES, b""))
        except UnicodeDecodeError as exc:
            raise QmFormatError(f"a message of the catalog is not text: {exc.reason}") from None
        return cls(messages, blocks.get(_NUMERUS_RULES, b""))

    @classmethod
    def from_file(cls, path: Path) -> "QmCatalog":
        """The catalog in the file at ``path``."""
        return cls.from_bytes(path.read_bytes())

    def __len__(self) -> int:
        return len(self._messages)

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        """The translation (the plural form for ``n`` when n >= 0), or None when it has none.

        As QTranslator: a message looked up with a comment that has no entry of its own is
        looked up again without it.
        """
        forms = self._messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._messages.get((context, text, ""))
        if not forms:
            return None
        form = plural_form(n, self._rules) if n >= 0 else 0
        return (forms[form] or None) if form < len(forms) else None


def _messages(block: bytes) -> dict[Key, tuple[str | None, ...]]:
    messages: dict[Key, tuple[str | None, ...]] = {}
    at, end = 0, len(block)
    while at < end:
        translations: list[str | None] = []
        texts = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
        while True:
            if at >= end:
                raise QmFormatError("the catalog ends inside a message")
            tag = block[at]
            at += 1
            if tag == _END:
                break
            if tag not in (_TRANSLATION, _OBSOLETE1, _OBSOLETE2, *texts):
                raise QmFormatError(f"unknown field {tag} in a message of the catalog")
            if at + 4 > end:
                raise QmFormatError("the catalog ends inside a message")
            length = struct.unpack_from(">I", block, at)[0]
            at += 4
            if tag in (_OBSOLETE1, _OBSOLETE2):  # a hash of older formats: skipped, as Qt does
                continue
            if tag == _TRANSLATION and length == _NULL:
                translations.append(None)
                continue
            if at + length > end:
                raise QmFormatError("the catalog ends inside a message")
            field = block[at : at + length]
            at += length
            if tag == _TRANSLATION:
                translations.append(field.decode("utf-16-be"))
            else:
                texts[tag] = field.decode("utf-8")
        messages[(texts[_CONTEXT], texts[_SOURCE], texts[_COMMENT])] = tuple(translations)
    return messages


def plural_form(n: int, rules: bytes) -> int:
    """Which of a message's plural forms serves ``n``, by the catalog's numerus rules.

    The rules are Qt's byte code (numerusHelper in qtranslator.cpp): rules separated by
    NEW_RULE, each an OR of ANDs of comparisons of n (or n mod 10, n mod 100, or its leading
    group of three digits) with one or two operand bytes; the first rule that holds wins,
    and n matching none takes the form after the last rule.
    """
    if not rules:
        return 0
    form = 0
    i = 0
    size = len(rules)
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode = rules[i]
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                operator = opcode & _OPERATOR
                right = rules[i + 1]
                i += 2
                if operator == _EQ:
                    holds = left == right
                elif operator == _LT:
                    holds = left < right
                elif operator == _LEQ:
                    holds = left <= right
                elif operator == _BETWEEN:
                    holds = right <= left <= rules[i]
                    i += 1
                else:
                    raise QmFormatError(f"unknown numerus operator {operator}")
                if opcode & _NOT:
                    holds = not holds
                all_true = all_true and holds
                if i >= size or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i >= size or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return form
        form += 1
        if i >= size:
            return form
        i += 1  # NEW_RULE
