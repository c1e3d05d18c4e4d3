"""JSON specs: a message described once as a tree of these gives its decoding (every fault
a DecodeError with a reason code of protocol.reasons and parameters, never another
exception), its encoding and its JSON Schema (2020-12, as OpenAPI 3.1 reads it). The sync
contract's messages are made of them in protocol.codec."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from linju_sync.protocol.hlc import ClockError, Stamp
from linju_sync.protocol.messages import NAME, ProtocolError
from linju_sync.protocol.reasons import render

NAME_WORDS = "a name of at most 64 letters, digits and underscores"
MAX_COUNT = 2**62  # cursors, sequences, times: what every database's BIGINT holds
_MISSING: Any = object()


class DecodeError(ProtocolError):
    """A message of the wrong shape: a reason code of protocol.reasons with parameters
    (always "path", where in the message), and the HTTP status the server answers."""

    def __init__(self, code: str, status: int = 422, **params: Any) -> None:
        self.code = code
        self.params = params
        self.status = status
        super().__init__(render(code, params))


# -- specs ------------------------------------------------------------------------------------
class Spec:
    def decode(self, raw: Any, path: str) -> Any:
        raise NotImplementedError

    def encode(self, value: Any, compact: bool) -> Any:
        return value

    def schema(self) -> dict[str, Any]:
        raise NotImplementedError


def _whole(raw: Any, path: str) -> int:
    """An integer; 5.0 is one too, as JSON (and JSON Schema) does not tell them apart."""
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise DecodeError("not_integer", path=path)
    return raw


@dataclass(frozen=True)
class Int(Spec):
    low: int = 0
    high: int = MAX_COUNT

    def decode(self, raw: Any, path: str) -> int:
        raw = _whole(raw, path)
        if not self.low <= raw <= self.high:
            raise DecodeError("out_of_range", path=path, low=self.low, high=self.high)
        return raw

    def schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.low, "maximum": self.high}


@dataclass(frozen=True)
class Const(Spec):
    value: int
    code: str = "protocol_version"
    status: int = 426

    def decode(self, raw: Any, path: str) -> int:
        raw = _whole(raw, path)
        if raw != self.value:
            raise DecodeError(self.code, self.status, path=path, speaks=self.value, got=raw)
        return raw

    def schema(self) -> dict[str, Any]:
        return {"type": "integer", "enum": [self.value]}


class Bool(Spec):
    def decode(self, raw: Any, path: str) -> bool:
        if not isinstance(raw, bool):
            raise DecodeError("not_boolean", path=path)
        return raw

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


_NO_NUL = re.compile(r"[^\x00]*")


def _utf8(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")  # a lone surrogate ("\ud800") cannot be stored or answered
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class Text(Spec):
    """Text of at most max_len characters; `pattern` (fullmatch) with `expected` saying it
    in words. Never NUL nor a lone surrogate: no database of ours can hold them."""

    pattern: re.Pattern[str] | None = None
    expected: str = ""
    max_len: int | None = None

    def decode(self, raw: Any, path: str) -> str:
        if not isinstance(raw, str):
            raise DecodeError("not_text", path=path)
        if self.max_len is not None and len(raw) > self.max_len:
            raise DecodeError("text_shape", path=path, expected=self.expected)
        if self.pattern is not None and not self.pattern.fullmatch(raw):
            raise DecodeError("text_shape", path=path, expected=self.expected)
        if "\x00" in raw or not _utf8(raw):
            raise DecodeError("bad_char", path=path)
        return raw

    def schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "string"}
        if self.max_len is not None:
            out["maxLength"] = self.max_len
        out["pattern"] = f"^{(self.pattern or _NO_NUL).pattern}$"
        return out


class HLC(Spec):
    def decode(self, raw: Any, path: str) -> str:
        try:
            Stamp.parse(raw)
        except ClockError as exc:
            raise DecodeError("bad_stamp", path=path) from exc
        return str(raw)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[0-9]{13}-[0-9A-F]{4}-[0-9A-Za-z]{16}$"}


@dataclass(frozen=True)
class OneOf(Spec):
    choices: tuple[str, ...]

    def decode(self, raw: Any, path: str) -> str:
        if not isinstance(raw, str) or raw not in self.choices:
            raise DecodeError("not_one_of", path=path, choices=", ".join(self.choices))
        return raw

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.choices)}


@dataclass(frozen=True)
class Nullable(Spec):
    inner: Spec

    def decode(self, raw: Any, path: str) -> Any:
        return None if raw is None else self.inner.decode(raw, path)

    def encode(self, value: Any, compact: bool) -> Any:
        return None if value is None else self.inner.encode(value, compact)

    def schema(self) -> dict[str, Any]:
        return {"anyOf": [self.inner.schema(), {"type": "null"}]}


class Scalar(Spec):
    """A field value: text, a finite number or null (the server checks it against its
    field's type per operation, protocol.tables)."""

    def decode(self, raw: Any, path: str) -> Any:
        if raw is None or (isinstance(raw, int) and not isinstance(raw, bool)):
            return raw
        if isinstance(raw, float):
            if not math.isfinite(raw):
                raise DecodeError("not_finite", path=path)
            return raw
        if isinstance(raw, str):
            if not _utf8(raw):
                raise DecodeError("bad_char", path=path)
            return raw
        raise DecodeError("not_scalar", path=path)

    def schema(self) -> dict[str, Any]:
        return {"type": ["string", "integer", "number", "null"]}


@dataclass(frozen=True)
class ListOf(Spec):
    item: Spec
    max_items: int | None = None

    def decode(self, raw: Any, path: str) -> list[Any]:
        if not isinstance(raw, list):
            raise DecodeError("not_list", path=path)
        if self.max_items is not None and len(raw) > self.max_items:
            raise DecodeError("too_many", path=path, max=self.max_items)
        return [self.item.decode(v, f"{path}[{i}]") for i, v in enumerate(raw)]

    def encode(self, value: Any, compact: bool) -> Any:
        return [self.item.encode(v, compact) for v in value]

    def schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array", "items": self.item.schema()}
        if self.max_items is not None:
            out["maxItems"] = self.max_items
        return out


@dataclass(frozen=True)
class MapOf(Spec):
    """An object whose keys are names (tables, fields) and whose values share one spec."""

    value: Spec
    max_items: int = 1000

    def decode(self, raw: Any, path: str) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise DecodeError("not_object", path=path)
        if len(raw) > self.max_items:
            raise DecodeError("too_many", path=path, max=self.max_items)
        out = {}
        for key, v in raw.items():
            if not NAME.fullmatch(key):
                raise DecodeError("text_shape", path=f"{path} key", expected=NAME_WORDS)
            out[key] = self.value.decode(v, f"{path}.{key}")
        return out

    def encode(self, value: Any, compact: bool) -> Any:
        return {k: self.value.encode(v, compact) for k, v in value.items()}

    def schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "maxProperties": self.max_items,
            "propertyNames": {"pattern": f"^{NAME.pattern}$"},
            "additionalProperties": self.value.schema(),
        }


@dataclass(frozen=True)
class Field:
    name: str
    spec: Spec
    default: Any = _MISSING  # _MISSING: required; a callable makes a fresh one (list, dict)
    full_only: bool = False  # left out of the compact form
    compact_only: bool = False  # left out of the full form

    @property
    def required(self) -> bool:
        return self.default is _MISSING

    def fresh_default(self) -> Any:
        return self.default() if callable(self.default) else self.default


@dataclass(frozen=True)
class Record(Spec):
    """An object with named fields, made into `make(**fields)` (a dataclass or dict).
    sparse: fields equal to their default are left out of the full form too (they are
    always left out of the compact one)."""

    fields: tuple[Field, ...]
    make: Callable[..., Any] = dict
    sparse: bool = False

    def decode(self, raw: Any, path: str) -> Any:
        if not isinstance(raw, dict):
            raise DecodeError("not_object", path=path or "the message")
        values = {}
        for f in self.fields:
            sub = f"{path}.{f.name}" if path else f.name
            if f.name in raw:
                values[f.name] = f.spec.decode(raw[f.name], sub)
            elif f.required:
                raise DecodeError("missing", path=sub)
            else:
                values[f.name] = f.fresh_default()
        return self.make(**values)

    def encode(self, value: Any, compact: bool) -> dict[str, Any]:
        out = {}
        for f in self.fields:
            if (f.full_only and compact) or (f.compact_only and not compact):
                continue
            v = value[f.name] if isinstance(value, dict) else getattr(value, f.name)
            if (compact or self.sparse) and not f.required and v == f.fresh_default():
                continue
            out[f.name] = f.spec.encode(v, compact)
        return out

    def schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "required": [f.name for f in self.fields if f.required],
            "properties": {f.name: f.spec.schema() for f in self.fields},
        }


class Derived(Spec):
    """A value computed from the rest on encoding (the English text of a reason)."""

    def decode(self, raw: Any, path: str) -> Any:
        if not isinstance(raw, str):
            raise DecodeError("not_text", path=path)
        return raw

    def schema(self) -> dict[str, Any]:
        return {"type": "string"}
