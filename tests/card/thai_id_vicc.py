"""A virtual Thai national ID card for the tests: a vicc (vsmartcard) card OS in Python.

Run with the *system* python3 (Debian's python3-virtualsmartcard), one process per inserted
card: connecting to vpcd is inserting the card, the process ending is taking it out.

    python3 thai_id_vicc.py --port 35963 --kind thai --number 1101700203451 \
        --name 'นาย#สมชาย##ใจดี' --log apdu.log [--atr 3B67...]

Kinds:
- ``thai``: answers SELECT of the Thai ID applet (A0 00 00 00 54 48 00 01) with 61 0A, and
  READ BINARY ``80 B0 hi lo 02 00 Le`` at the documented offsets (0x0004 citizen number,
  0x0011 Thai name) with 61 Le, then GET RESPONSE (``00 C0 00 00 Le``, or ``00 C0 00 01 Le``
  when the ATR starts 3B 67, as real cards want) with the data and 90 00. Any other command:
  6D 00 or 6A 86; a READ BINARY anywhere else is answered too (6A 82) but logged, so the
  tests can show the desk asks for nothing else.
- ``foreign``: refuses the SELECT (6A 82), like a bank card.
- ``pulled``: a Thai card that disappears (the process exits, vpcd sees the card removed)
  when the name is requested: a card pulled out mid-read.

Every command APDU received is appended (hex) to --log.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys

for candidate in (
    "/usr/lib/python3/site-packages/virtualsmartcard",  # Debian 12 python3-virtualsmartcard
    *glob.glob("/usr/lib/python3*/site-packages/virtualsmartcard"),
):
    if os.path.isdir(os.path.join(candidate, "virtualsmartcard")):
        sys.path.insert(0, candidate)
        break

try:
    import Crypto  # noqa: F401  (PyCrypto's name; Debian 12 ships pycryptodome as Cryptodome)
except ImportError:
    # virtualsmartcard.CryptoUtils falls back to Python 2's ``sha`` module without PyCrypto;
    # this card does no cryptography, so a stand-in lets the package import on Python 3.
    import hashlib
    import types

    sys.modules.setdefault("sha", types.SimpleNamespace(new=hashlib.sha1))  # type: ignore[arg-type]

from virtualsmartcard.VirtualSmartcard import SmartcardOS, VirtualICC  # noqa: E402

AID = bytes.fromhex("A000000054480001")
OK = b"\x90\x00"


class ThaiIdOS(SmartcardOS):
    def __init__(self, kind: str, number: str, name: str, atr: bytes, log: str) -> None:
        self.kind, self.atr, self.log = kind, atr, log
        name_bytes = name.encode("tis-620").ljust(100, b" ")
        self.files = {0x0004: number.encode("ascii"), 0x0011: name_bytes}
        self.pending = b""
        self.selected = False

    def getATR(self) -> bytes:
        return self.atr

    def powerUp(self) -> None:
        self.selected, self.pending = False, b""

    reset = powerUp

    def execute(self, msg: bytes) -> bytes:
        with open(self.log, "a", encoding="ascii") as log:
            log.write(msg.hex().upper() + "\n")
        cla, ins = msg[0], msg[1]
        if ins == 0xA4:  # SELECT
            if self.kind == "foreign" or msg[5 : 5 + msg[4]] != AID:
                self.selected = False
                return b"\x6a\x82"
            self.selected = True
            return b"\x61\x0a"
        if not self.selected:
            return b"\x69\x86"
        if cla == 0x80 and ins == 0xB0:  # READ BINARY 80 B0 hi lo 02 00 Le
            offset, length = (msg[2] << 8) | msg[3], msg[-1]
            if self.kind == "pulled" and offset == 0x0011:
                os._exit(0)  # the card leaves the reader before answering
            data = self.files.get(offset)
            if data is None:
                return b"\x6a\x82"
            self.pending = data[:length].ljust(length, b" ")
            return bytes([0x61, length])
        if cla == 0x00 and ins == 0xC0:  # GET RESPONSE
            p2 = 0x01 if self.atr[:2] == b"\x3b\x67" else 0x00
            if msg[2] != 0x00 or msg[3] != p2 or not self.pending:
                return b"\x6a\x86"
            data, self.pending = self.pending[: msg[4]], b""
            return data + OK
        return b"\x6d\x00"


def main() -> None:
    if sys.argv[1:] == ["--probe"]:  # the tests ask whether this can run here
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--kind", choices=("thai", "foreign", "pulled"), default="thai")
    parser.add_argument("--number", default="")
    parser.add_argument("--name", default="")
    parser.add_argument("--atr", default="3B6800000073C84012009000")  # ATR of a real card
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    icc = VirtualICC.__new__(VirtualICC)  # not __init__: it would build an ISO 7816 file system
    icc.os = ThaiIdOS(args.kind, args.number, args.name, bytes.fromhex(args.atr), args.log)
    icc.type, icc.host, icc.port, icc.server_sock = "thai_id", "localhost", args.port, None
    icc.sock = VirtualICC.connectToPort("localhost", args.port)
    icc.run()


if __name__ == "__main__":
    main()
