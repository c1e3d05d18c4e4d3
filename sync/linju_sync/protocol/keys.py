"""Key pairs for offline bundles (protocol/bundle.py), as hex of their raw 32 bytes: what a
station keeps in its settings and the district in its key file, and what each shows the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> str:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def key_bytes(value: Any, what: str) -> bytes:
    if not isinstance(value, str) or len(value) != 64:
        raise ValueError(f"{what} must be 64 hex characters")
    try:
        return bytes.fromhex(value)
    except ValueError as exc:
        raise ValueError(f"{what} must be 64 hex characters") from exc


@dataclass(frozen=True)
class PublicKeys:
    """One party's public keys, hex of the raw 32 bytes: what it shows the other side."""

    sign: str  # Ed25519: verifies the bundles this party writes
    box: str  # X25519: bundles for this party are encrypted to it

    @classmethod
    def parse(cls, value: Any) -> PublicKeys:
        """From {"sign": hex, "box": hex}; ValueError says what is wrong."""
        if not isinstance(value, dict):
            raise ValueError('public keys must be {"sign": hex, "box": hex}')
        sign, box = key_bytes(value.get("sign"), "sign"), key_bytes(value.get("box"), "box")
        Ed25519PublicKey.from_public_bytes(sign)  # ValueError when not a key
        try:  # a low-order point (all zeros, say) would make every bundle to it fail
            X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(box))
        except ValueError as exc:
            raise ValueError("box is not a usable X25519 public key") from exc
        return cls(sign.hex(), box.hex())

    def as_json(self) -> dict[str, str]:
        return {"sign": self.sign, "box": self.box}


@dataclass(frozen=True)
class PrivateKeys:
    """One party's private keys, hex of the raw 32 bytes. Never leave their owner."""

    sign: str  # Ed25519 private key (seed)
    box: str  # X25519 private key

    @classmethod
    def generate(cls) -> PrivateKeys:
        sign = Ed25519PrivateKey.generate().private_bytes_raw().hex()
        return cls(sign, X25519PrivateKey.generate().private_bytes_raw().hex())

    def public(self) -> PublicKeys:
        return PublicKeys(
            raw_public(self.signing_key().public_key()), raw_public(self.box_key().public_key())
        )

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(key_bytes(self.sign, "sign"))

    def box_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(key_bytes(self.box, "box"))
