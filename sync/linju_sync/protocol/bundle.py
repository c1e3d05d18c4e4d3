"""Offline bundles: a sync request (or its reply) on a USB stick, encrypted to its recipient
and signed by its sender.

Keys. A station makes two key pairs when it enrolls and keeps the private halves to itself
(the desktop: in its database's settings, a 0600 file): Ed25519 to sign the bundles it
writes, X25519 to open the replies. The district server has one pair of each (a 0600 file
in its data folder, never in its database). Each side learns the other's public keys at
enrollment. The server's database holds only public keys, so whoever reads it can neither
read a bundle nor forge a reply that a station applies.

A bundle is a zip file (entries stored: ciphertext does not compress):

    header.json  in clear, nothing personal: {"format": "linju-bundle", "version": 2,
                 "kind": "request" | "reply", "station_id": the station it is from (a
                 request) or for (a reply), "to": the recipient's X25519 public key,
                 "from": the signer's Ed25519 public key, "epk": an ephemeral X25519 public
                 key, "blobs": how many attachments, "chunk": plaintext bytes per chunk}
    manifest     sealed: deflated JSON {"kind", "station_id", "created", "blobs": [sha256,
                 ...], "request": <SyncRequest JSON> | "response": <SyncResponse JSON>}
    blobs/<i>    sealed: the i-th attachment the manifest lists (named by position, so not
                 even its hash shows)
    signature    Ed25519 over "linju-bundle/2", sha256(header.json) and the sha256 of each
                 sealed entry in order

Sealing: X25519 of the ephemeral key with the recipient's key -> HKDF-SHA256 (salt: both
public keys) -> one AES-256-GCM key per bundle (a fresh ephemeral key each time, so nonces
never repeat under a key). Each entry is cut into chunks; nonce = entry number (4 bytes) +
chunk number (7) + last-chunk flag (1); associated data = sha256(header.json). A chunk that
is moved, dropped, swapped between entries, or a stream cut short does not open.

Encrypt-then-sign, because (1) the reader checks the signature over the exact bytes on the
stick before it decrypts, inflates or parses anything but the small clear header: a forged
or damaged file is refused after one hash pass, and none of its sealed bytes reaches AES,
zlib or the JSON parser; (2) the
signature covers the header, so a bundle for another recipient or from another key is told
apart, with a clear reason, before any decryption; (3) stripping the signature and signing
someone else's ciphertext as one's own does not work: the header (station and signer
included) is the associated data of every chunk, so changing it makes nothing open, and
without the recipient's private key nobody can encrypt the content anew. What the signature
shows in clear (which key signed) the clear station id says anyway.

A bundle's identity (Bundle.digest) is the sha256 of its decrypted manifest, which says when
it was made (to the second): a copy of the file, or the same content sealed again in that
second, has the same one, so a reader recognises a bundle it has already applied (and the
operations inside are idempotent by their ids anyway). Both the client and the server use this module.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from linju_sync.protocol.keys import PrivateKeys, PublicKeys, key_bytes, raw_public
from linju_sync.protocol.messages import SHA256

__all__ = [
    "Bundle",
    "BundleError",
    "BundleForeign",
    "BundleNotForUs",
    "BundleOutdated",
    "BundleTampered",
    "BundleUnreadable",
    "PrivateKeys",
    "PublicKeys",
    "peek_station",
    "read_bundle",
    "write_bundle",
]

FORMAT = "linju-bundle"
VERSION = 2
HEADER = "header.json"
MANIFEST = "manifest"
SIGNATURE = "signature"
BLOB_DIR = "blobs/"
MAX_HEADER_BYTES = 64 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # a manifest is JSON of at most a few batches
CHUNK = 1024 * 1024
_TAG = 16
_CONTEXT = b"linju-bundle/2"


class BundleError(ValueError):
    """A bundle that is not one, is damaged, was changed, or is not for this reader."""


class BundleUnreadable(BundleError):
    """Not a Linju bundle at all (not a zip, no header, unknown format or version)."""


class BundleOutdated(BundleUnreadable):
    """A bundle in the old unencrypted format (version 1): no longer read by either side."""


class BundleForeign(BundleError):
    """The bundle names another station than the one reading it."""


class BundleNotForUs(BundleError):
    """Encrypted to another key: another station's, another district's, or an older key
    of this reader's (it enrolled again since)."""


class BundleTampered(BundleError):
    """The signature or a chunk does not check out: damaged, cut short, changed after
    writing, or signed by a key other than the sender's."""


# -- the primitives (one place: the benchmark measures the bundle without them) ---------------
def _derive(shared: bytes, epk: bytes, recipient: bytes) -> AESGCM:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient, info=_CONTEXT)
    return AESGCM(hkdf.derive(shared))


def _nonce(entry: int, chunk: int, last: bool) -> bytes:
    return entry.to_bytes(4, "big") + chunk.to_bytes(7, "big") + (b"\x01" if last else b"\x00")


def _seal(aead: AESGCM, nonce: bytes, data: bytes, aad: bytes) -> bytes:
    return aead.encrypt(nonce, data, aad)


def _open(aead: AESGCM, nonce: bytes, data: bytes, aad: bytes) -> bytes:
    return aead.decrypt(nonce, data, aad)


def _sign(keys: PrivateKeys, message: bytes) -> bytes:
    return keys.signing_key().sign(message)


def _verify(public_sign: str, signature: bytes, message: bytes) -> None:
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_sign)).verify(signature, message)


def _signed_message(header: bytes, entry_hashes: Iterable[bytes]) -> bytes:
    return b"".join([_CONTEXT, hashlib.sha256(header).digest(), *entry_hashes])


def _lookahead(chunks: Iterator[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Each chunk with whether it is the last one (an empty stream is one empty chunk)."""
    current = next(chunks, b"")
    for following in chunks:
        yield current, False
        current = following
    yield current, True


def _read_blocks(fh: IO[bytes], size: int) -> Iterator[bytes]:
    while block := fh.read(size):
        yield block


@dataclass
class Bundle:
    """A verified bundle. Attachments stay sealed in the zip until asked for."""

    path: Path
    manifest: dict[str, Any]
    blobs: list[str] = field(default_factory=list)
    digest: str = ""  # sha256 hex of the decrypted manifest (which lists the blobs' hashes)
    _aead: AESGCM | None = field(default=None, repr=False)
    _aad: bytes = field(default=b"", repr=False)
    _chunk: int = CHUNK

    @property
    def kind(self) -> str:
        return str(self.manifest.get("kind", "request"))

    @property
    def station_id(self) -> str:
        return str(self.manifest["station_id"])

    @property
    def request(self) -> dict[str, Any] | None:
        return self.manifest.get("request")

    @property
    def response(self) -> dict[str, Any] | None:
        return self.manifest.get("response")

    def iter_blob(self, sha256: str) -> Iterator[bytes]:
        """The attachment's bytes, decrypted chunk by chunk and checked against its hash."""
        entry = self.blobs.index(sha256) + 1  # ValueError if the bundle has no such blob
        digest = hashlib.sha256()
        try:
            with zipfile.ZipFile(self.path) as zf, zf.open(f"{BLOB_DIR}{entry - 1}") as fh:
                for plain in _open_stream(self, entry, fh):
                    digest.update(plain)
                    yield plain
        except (zipfile.BadZipFile, OSError, KeyError) as exc:
            raise BundleTampered(f"attachment {sha256} cannot be read: {exc}") from exc
        if digest.hexdigest() != sha256:
            raise BundleTampered(f"attachment {sha256} does not match its hash")


def _open_stream(bundle: Bundle, entry: int, fh: IO[bytes]) -> Iterator[bytes]:
    assert bundle._aead is not None
    n = -1
    for n, (block, last) in enumerate(_lookahead(_read_blocks(fh, bundle._chunk + _TAG))):
        try:
            yield _open(bundle._aead, _nonce(entry, n, last), block, bundle._aad)
        except InvalidTag as exc:
            raise BundleTampered("a part of the bundle does not open: changed or cut") from exc


def _seal_stream(
    zf: zipfile.ZipFile, name: str, entry: int, aead: AESGCM, aad: bytes, chunks: Iterator[bytes]
) -> bytes:
    """Write one sealed entry; returns the sha256 of what was written (for the signature)."""
    digest = hashlib.sha256()
    with zf.open(name, "w", force_zip64=True) as dst:
        for n, (plain, last) in enumerate(_lookahead(chunks)):
            sealed = _seal(aead, _nonce(entry, n, last), plain, aad)
            digest.update(sealed)
            dst.write(sealed)
    return digest.digest()


def _file_chunks(src: str | os.PathLike[str] | bytes, sha: str) -> Iterator[bytes]:
    """The bytes of an attachment in CHUNK pieces, hashed on the way: a file that changed
    under us (its bytes no longer match its name) raises BundleError."""
    digest = hashlib.sha256()
    if isinstance(src, bytes):
        for i in range(0, len(src), CHUNK):
            digest.update(src[i : i + CHUNK])
            yield src[i : i + CHUNK]
    else:
        with open(src, "rb") as fh:
            for chunk in _read_blocks(fh, CHUNK):
                digest.update(chunk)
                yield chunk
    if digest.hexdigest() != sha:
        raise BundleError(f"attachment {sha} does not match its hash")


def _utc_now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_bundle(
    path: str | os.PathLike[str],
    *,
    station_id: str,
    sender: PrivateKeys,
    recipient: PublicKeys,
    request: dict[str, Any] | None = None,
    response: dict[str, Any] | None = None,
    blobs: Iterable[tuple[str, str | os.PathLike[str] | bytes]] = (),
) -> Path:
    """Write a sealed, signed bundle atomically. Give `request` (station -> district) or
    `response` (district -> station). `blobs` are (sha256, file path or bytes); each is
    hashed while sealed and a wrong hash raises BundleError (the file changed under us)."""
    if (request is None) == (response is None):
        raise ValueError("a bundle carries either a request or a response")
    out = Path(path)
    items: dict[str, str | os.PathLike[str] | bytes] = {}
    for sha, src in blobs:
        if not isinstance(sha, str) or not SHA256.fullmatch(sha):
            raise BundleError(f"not a sha256: {sha!r}")
        items.setdefault(sha, src)
    kind = "request" if request is not None else "reply"
    manifest: dict[str, Any] = {
        "kind": kind,
        "station_id": station_id,
        "created": _utc_now(),
        "blobs": list(items),
    }
    if request is not None:
        manifest["request"] = request
    else:
        manifest["response"] = response
    plain = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode()
    ephemeral = X25519PrivateKey.generate()
    epk = bytes.fromhex(raw_public(ephemeral.public_key()))
    to = key_bytes(recipient.box, "recipient key")
    aead = _derive(ephemeral.exchange(X25519PublicKey.from_public_bytes(to)), epk, to)
    header = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "kind": kind,
            "station_id": station_id,
            "to": recipient.box,
            "from": sender.public().sign,
            "epk": epk.hex(),
            "blobs": len(items),
            "chunk": CHUNK,
        },
        separators=(",", ":"),
    ).encode()
    aad = hashlib.sha256(header).digest()
    fd, tmp = tempfile.mkstemp(dir=out.parent if str(out.parent) else ".", suffix=".part")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            zf.writestr(HEADER, header)
            packed = zlib.compress(plain)
            pieces = (packed[i : i + CHUNK] for i in range(0, len(packed), CHUNK))
            hashes = [_seal_stream(zf, MANIFEST, 0, aead, aad, pieces)]
            for i, (sha, src) in enumerate(items.items()):
                name = f"{BLOB_DIR}{i}"
                hashes.append(_seal_stream(zf, name, i + 1, aead, aad, _file_chunks(src, sha)))
            zf.writestr(SIGNATURE, _sign(sender, _signed_message(header, hashes)))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


# -- reading -----------------------------------------------------------------------------------
def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        with open(path, "rb") as fh:
            if fh.read(4) == b"PK\x03\x04":  # began as a zip: cut short or overwritten
                raise BundleTampered("the bundle file is damaged or incomplete") from exc
        raise BundleUnreadable("not a Linju bundle") from exc


def _is_key(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and SHA256.fullmatch(value) is not None


def _read_header(zf: zipfile.ZipFile) -> tuple[bytes, dict[str, Any]]:
    try:
        info = zf.getinfo(HEADER)
    except KeyError as exc:
        if "manifest.json" in zf.namelist():
            raise BundleOutdated(
                "this bundle was written by an older Linju in the old unencrypted format, "
                "which is no longer accepted; update Linju and write the bundle again"
            ) from exc
        raise BundleUnreadable("not a Linju bundle: header.json is missing") from exc
    if info.file_size > MAX_HEADER_BYTES:
        raise BundleUnreadable("not a Linju bundle: the header is too large")
    raw = zf.read(HEADER)
    try:
        header = json.loads(raw)
    except ValueError as exc:
        raise BundleUnreadable("not a Linju bundle: the header is not JSON") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleUnreadable("not a Linju bundle")
    if header.get("version") != VERSION:
        raise BundleUnreadable(f"bundle version {header.get('version')!r} is not supported")
    blobs, chunk = header.get("blobs"), header.get("chunk")
    if (
        header.get("kind") not in ("request", "reply")
        or not isinstance(header.get("station_id"), str)
        or not all(_is_key(header.get(k)) for k in ("to", "from", "epk"))
        or type(blobs) is not int
        or not 0 <= blobs <= 1_000_000
        or type(chunk) is not int
        or not 1024 <= chunk <= 16 * CHUNK
    ):
        raise BundleTampered("the bundle's header is damaged")
    return raw, header


def peek_station(path: str | os.PathLike[str]) -> str:
    """The station a bundle names (unverified: to look up its key)."""
    try:
        with _open_zip(Path(path)) as zf:
            return str(_read_header(zf)[1]["station_id"])
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BundleTampered(f"the bundle file is damaged: {exc}") from exc


def read_bundle(
    path: str | os.PathLike[str],
    reader: PrivateKeys,
    sender_sign: str,
    station_id: str | None = None,
) -> Bundle:
    """Open and verify a bundle written to `reader` and signed with the key `sender_sign`
    (Ed25519 public, hex). Raises BundleUnreadable (not a bundle; BundleOutdated for the old
    format), BundleForeign (names a station other than `station_id`, when given),
    BundleNotForUs (encrypted to another key) or BundleTampered (damaged, cut short, changed,
    or signed by another key). Nothing is decrypted before the signature checks out."""
    p = Path(path)
    try:
        with _open_zip(p) as zf:
            raw, header = _read_header(zf)
            if station_id is not None and header["station_id"] != station_id:
                raise BundleForeign(
                    f"the bundle belongs to station {header['station_id']}, not {station_id}"
                )
            if header["to"] != reader.public().box:
                raise BundleNotForUs(
                    "the bundle was encrypted for another key: another station or district "
                    "server, or this one before it was enrolled again"
                )
            if header["from"] != sender_sign:
                raise BundleTampered(
                    "the bundle is not signed with the sender's key: it was forged, or "
                    "written before the sender was enrolled again"
                )
            hashes = []
            for name in [MANIFEST, *(f"{BLOB_DIR}{i}" for i in range(header["blobs"]))]:
                info = zf.NameToInfo.get(name)
                if info is None:
                    raise BundleTampered(f"{name} is missing from the bundle")
                if info.compress_type != zipfile.ZIP_STORED:  # no zip bomb before the check
                    raise BundleTampered(f"{name} is not stored as a bundle stores it")
                digest = hashlib.sha256()
                with zf.open(name) as fh:
                    for block in _read_blocks(fh, CHUNK):
                        digest.update(block)
                hashes.append(digest.digest())
            try:
                _verify(sender_sign, zf.read(SIGNATURE), _signed_message(raw, hashes))
            except (KeyError, InvalidSignature) as exc:
                raise BundleTampered(
                    "the bundle's signature does not match: it was changed after it was "
                    "written, or it was not written by the sender"
                ) from exc
            epk = bytes.fromhex(header["epk"])
            try:
                shared = reader.box_key().exchange(X25519PublicKey.from_public_bytes(epk))
            except ValueError as exc:
                raise BundleTampered("the bundle's key exchange is damaged") from exc
            bundle = Bundle(
                p,
                {},
                _aead=_derive(shared, epk, bytes.fromhex(header["to"])),
                _aad=hashlib.sha256(raw).digest(),
                _chunk=header["chunk"],
            )
            with zf.open(MANIFEST) as fh:
                plain = _inflate(_open_stream(bundle, 0, fh))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BundleTampered(f"the bundle file is damaged: {exc}") from exc
    try:
        manifest = json.loads(plain)
    except ValueError as exc:
        raise BundleUnreadable("the bundle's manifest is not JSON") from exc
    if not isinstance(manifest, dict):
        raise BundleUnreadable("the bundle's manifest is damaged")
    blobs = manifest.get("blobs")
    body = manifest.get("request" if header["kind"] == "request" else "response")
    if (
        manifest.get("kind") != header["kind"]
        or manifest.get("station_id") != header["station_id"]
        or not isinstance(blobs, list)
        or len(blobs) != header["blobs"]
        or not all(isinstance(b, str) and SHA256.fullmatch(b) for b in blobs)
        or not isinstance(body, dict)
    ):
        raise BundleUnreadable("the bundle's manifest does not match its header")
    bundle.manifest, bundle.blobs = manifest, list(blobs)
    bundle.digest = hashlib.sha256(plain).hexdigest()
    return bundle


def _inflate(chunks: Iterator[bytes]) -> bytes:
    z = zlib.decompressobj()
    out = bytearray()
    try:
        for chunk in chunks:
            out += z.decompress(chunk, MAX_MANIFEST_BYTES + 1 - len(out))
            if len(out) > MAX_MANIFEST_BYTES or z.unconsumed_tail:
                raise BundleUnreadable("the bundle's manifest is too large")
        out += z.flush()
    except zlib.error as exc:
        raise BundleUnreadable("the bundle's manifest is damaged") from exc
    if not z.eof:
        raise BundleTampered("the bundle's manifest is incomplete")
    return bytes(out)
