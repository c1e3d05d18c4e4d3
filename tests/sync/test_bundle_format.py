"""The sealed bundle format itself (protocol/bundle.py), with real files: attachments of any
size come back byte for byte, and the encryption holds even where the signature is redone
by someone else."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from linju_sync.protocol import bundle as b
from linju_sync.protocol.bundle import (
    BundleError,
    BundleTampered,
    PrivateKeys,
    read_bundle,
    write_bundle,
)

STATION, DISTRICT = PrivateKeys.generate(), PrivateKeys.generate()
REQUEST = {"protocol": 1, "operations": [{"changes": {"id_number": "310104194703089171"}}]}


def blobs(tmp_path: Path) -> list[tuple[str, Path | bytes]]:
    big = tmp_path / "big.jpg"
    big.write_bytes(bytes(range(256)) * (10 * 1024 + 7))  # 2.5 MiB and a bit: 3 chunks
    exact = b"e" * b.CHUNK  # exactly one chunk
    return [
        (hashlib.sha256(big.read_bytes()).hexdigest(), big),
        (hashlib.sha256(exact).hexdigest(), exact),
        (hashlib.sha256(b"").hexdigest(), b""),
    ]


def resign(path: Path, signer: PrivateKeys, header_change: dict | None = None) -> None:
    """Rewrite a bundle as an attacker would: change the header, swap entries, then sign
    the result with `signer` (who has no way to re-encrypt the content)."""
    with zipfile.ZipFile(path) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    header = json.loads(items[b.HEADER])
    header.update(header_change or {})
    items[b.HEADER] = json.dumps(header, separators=(",", ":")).encode()
    names = [b.MANIFEST, *(f"{b.BLOB_DIR}{i}" for i in range(header["blobs"]))]
    hashes = [hashlib.sha256(items[n]).digest() for n in names]
    items[b.SIGNATURE] = signer.signing_key().sign(b._signed_message(items[b.HEADER], hashes))
    with zipfile.ZipFile(path, "w") as zf:
        for n, v in items.items():
            zf.writestr(n, v)


def test_attachments_of_any_size_come_back_exactly(tmp_path, monkeypatch):
    # the manifest says when it was made (to the second): hold the clock, or two writes a
    # second apart on a slow machine are rightly two different bundles
    monkeypatch.setattr(b, "_utc_now", lambda: "2026-11-29T08:00:00Z")
    items = blobs(tmp_path)
    path = write_bundle(tmp_path / "x.linju", station_id="s", sender=STATION, recipient=DISTRICT.public(), request=REQUEST, blobs=items)  # fmt: skip
    got = read_bundle(path, DISTRICT, STATION.public().sign, "s")
    assert got.request == REQUEST and got.blobs == [sha for sha, _ in items]
    for sha, src in items:
        data = src.read_bytes() if isinstance(src, Path) else src
        assert b"".join(got.iter_blob(sha)) == data
    # the same content written again (in the same second) is another file, same identity
    again = write_bundle(tmp_path / "y.linju", station_id="s", sender=STATION, recipient=DISTRICT.public(), request=REQUEST, blobs=items)  # fmt: skip
    assert again.read_bytes() != path.read_bytes()
    assert read_bundle(again, DISTRICT, STATION.public().sign).digest == got.digest


def test_a_file_that_changed_while_being_written_is_not_written(tmp_path):
    (sha, src), *_ = blobs(tmp_path)
    assert isinstance(src, Path)
    src.write_bytes(src.read_bytes() + b"!")  # no longer what its hash says
    out = tmp_path / "x.linju"
    with pytest.raises(BundleError, match="does not match"):
        write_bundle(out, station_id="s", sender=STATION, recipient=DISTRICT.public(), request=REQUEST, blobs=[(sha, src)])  # fmt: skip
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_signing_someone_elses_ciphertext_does_not_make_it_yours(tmp_path):
    """Signature stripping: a second station re-signs the first one's bundle as its own.
    The header (station, signer) is the associated data of every chunk: nothing opens."""
    thief = PrivateKeys.generate()
    path = write_bundle(tmp_path / "x.linju", station_id="victim", sender=STATION, recipient=DISTRICT.public(), request=REQUEST)  # fmt: skip
    resign(path, thief, {"station_id": "thief", "from": thief.public().sign})
    with pytest.raises(BundleTampered, match="does not open"):
        read_bundle(path, DISTRICT, thief.public().sign, "thief")


def test_swapped_attachments_do_not_open(tmp_path):
    """Even signed anew by the sender, a sealed entry moved to another place fails: its
    nonce names its entry."""
    items = blobs(tmp_path)[:2]
    path = write_bundle(tmp_path / "x.linju", station_id="s", sender=STATION, recipient=DISTRICT.public(), request=REQUEST, blobs=items)  # fmt: skip
    with zipfile.ZipFile(path) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    entries["blobs/0"], entries["blobs/1"] = entries["blobs/1"], entries["blobs/0"]
    with zipfile.ZipFile(path, "w") as zf:
        for n, v in entries.items():
            zf.writestr(n, v)
    resign(path, STATION)
    got = read_bundle(path, DISTRICT, STATION.public().sign)
    with pytest.raises(BundleTampered):
        b"".join(got.iter_blob(items[0][0]))


def test_a_deflated_entry_is_refused_before_it_is_inflated(tmp_path):
    path = write_bundle(tmp_path / "x.linju", station_id="s", sender=STATION, recipient=DISTRICT.public(), request=REQUEST)  # fmt: skip
    with zipfile.ZipFile(path) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n, v in entries.items():
            zf.writestr(n, v)
    with pytest.raises(BundleTampered, match="not stored"):
        read_bundle(path, DISTRICT, STATION.public().sign)
