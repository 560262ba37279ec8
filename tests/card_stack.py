"""A real PC/SC stack for the ID card tests and benchmark: Debian's pcscd with the vpcd
virtual reader driver, and virtual Thai ID cards (tests/card/thai_id_vicc.py, run by the system
python3 with python3-virtualsmartcard) inserted by starting a process and pulled out by
ending it.

Private to each test process, so it neither needs nor disturbs a system pcscd:
- pcscd 1.9.9 has its socket path built in (/run/pcscd/pcscd.comm), but accepts a socket
  handed over by systemd socket activation (LISTEN_FDS): we bind our own socket in a temporary
  folder and pass it as fd 3; libpcsclite in this process finds it via PCSCLITE_CSOCK_NAME
  (read once per process, so :data:`SOCKET` is set before pyscard first connects);
- its reader configuration (``-c``) names vpcd on a free TCP port of our own.
pcscd still writes and removes /run/pcscd/pcscd.pid (root is needed for that folder).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
SYSTEM_PYTHON = "/usr/bin/python3"
VICC = Path(__file__).parent / "card" / "thai_id_vicc.py"
READER = "Virtual PCD 00 00"  # vpcd's first slot: the one our cards connect to
ATR_3B67 = "3B67000000000000009000"  # 3B 67: 7 historical bytes; GET RESPONSE P2 = 01
ATR_3B68 = "3B6800000073C84012009000"

_DIR = Path(tempfile.gettempdir()) / f"kppforum-pcsc-{os.getpid()}"
SOCKET = str(_DIR / "pcscd.comm")


def use_private_socket() -> None:
    """Point this process's libpcsclite at our pcscd (call before pyscard first connects)."""
    os.environ["PCSCLITE_CSOCK_NAME"] = SOCKET


def why_unavailable() -> str | None:
    """None when the stack can run here, else the reason (for pytest.skip)."""
    if shutil.which("pcscd") is None:
        return "pcscd is not installed (apt: pcscd)"
    if not VPCD_DRIVER.exists():
        return "the vpcd reader driver is not installed (apt: vsmartcard-vpcd)"
    probe = subprocess.run(
        [SYSTEM_PYTHON, str(VICC), "--probe"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        return f"vicc cannot run (apt: python3-virtualsmartcard): {probe.stderr.strip()[-200:]}"
    try:
        import smartcard.scard  # noqa: F401
    except Exception as exc:
        return f"pyscard is not usable: {exc}"
    if not os.access("/run", os.W_OK):
        return "pcscd needs a writable /run/pcscd (run as root, as CI does)"
    return None


def _free_port_pair() -> int:
    """A port p with p and p + 1 free (vpcd listens on one port per slot, two slots)."""
    for _ in range(200):
        port = random.randint(20000, 60000)
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("", port))
                b.bind(("", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no free TCP port pair for vpcd")


class PcscStack:
    """pcscd + vpcd + virtual cards; every process it starts is ended by :meth:`close`."""

    def __init__(self) -> None:
        _DIR.mkdir(parents=True, exist_ok=True)
        self.dir = _DIR
        self.port = _free_port_pair()
        self.apdu_log = self.dir / "apdu.log"
        conf = self.dir / "reader.conf.d"
        conf.mkdir(exist_ok=True)
        (conf / "vpcd").write_text(
            f'FRIENDLYNAME "Virtual PCD"\nDEVICENAME /dev/null:0x{self.port:04X}\n'
            f"LIBPATH {VPCD_DRIVER}\nCHANNELID 0x{self.port:04X}\n",
            encoding="ascii",
        )
        self.conf = conf
        self.pcscd: subprocess.Popen[bytes] | None = None
        self.card: subprocess.Popen[bytes] | None = None

    # --- pcscd ------------------------------------------------------------------------------

    def start_pcscd(self) -> None:
        if os.path.exists(SOCKET):
            os.unlink(SOCKET)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(SOCKET)
        os.chmod(SOCKET, 0o666)
        listener.listen(64)
        fd = listener.fileno()
        # systemd's protocol: the socket is fd 3 and LISTEN_PID is pcscd's own pid (sh's $$,
        # since sh execs pcscd). The child moves the socket to fd 3 before sh starts.
        script = f"export LISTEN_PID=$$ LISTEN_FDS=1; exec pcscd -f -c {self.conf}"
        log = (self.dir / "pcscd.log").open("ab")
        self.pcscd = subprocess.Popen(
            ["sh", "-c", script],
            pass_fds=(3,),
            preexec_fn=lambda: os.dup2(fd, 3),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        listener.close()
        log.close()
        self.wait_for(lambda: self._readers_ready(), "pcscd with the vpcd reader")

    def _readers_ready(self) -> bool:
        from kppforum.devices.pcsc import reader_status

        return READER in reader_status().readers

    def stop_pcscd(self) -> None:
        self.remove_card()
        _end(self.pcscd)
        self.pcscd = None

    # --- cards ------------------------------------------------------------------------------

    def insert(self, kind: str = "thai", number: str = "", name: str = "", atr: str = ATR_3B68):
        """Start a virtual card (a vicc process) in the reader."""
        self.remove_card()
        self.apdu_log.write_text("", encoding="ascii")
        args = [SYSTEM_PYTHON, str(VICC), "--port", str(self.port), "--kind", kind]
        args += ["--number", number, "--name", name, "--atr", atr, "--log", str(self.apdu_log)]
        self.card = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=(self.dir / "vicc.log").open("ab")
        )

    def remove_card(self) -> None:
        """End the card's process and wait until pcscd reports the slot empty, so the next
        card is a new insertion for the desk (not the old card's state seen late)."""
        had_card = self.card is not None and self.card.poll() is None
        _end(self.card)
        self.card = None
        if had_card and self.pcscd is not None and self.pcscd.poll() is None:
            self.wait_for(lambda: not self._card_present(), "the card slot to empty", timeout=5)

    @staticmethod
    def _card_present() -> bool:
        from smartcard import scard

        hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hr != scard.SCARD_S_SUCCESS:
            return False
        try:
            hr, states = scard.SCardGetStatusChange(ctx, 0, [(READER, scard.SCARD_STATE_UNAWARE)])
            if hr != scard.SCARD_S_SUCCESS or not states:
                return False
            return bool(states[0][1] & scard.SCARD_STATE_PRESENT)
        finally:
            scard.SCardReleaseContext(ctx)

    def apdus(self) -> list[str]:
        text = self.apdu_log.read_text(encoding="ascii") if self.apdu_log.exists() else ""
        return text.split()

    # --- helpers ----------------------------------------------------------------------------

    @staticmethod
    def wait_for(condition, what: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} s for {what}")
            time.sleep(0.05)

    def close(self) -> None:
        self.stop_pcscd()
        shutil.rmtree(self.dir, ignore_errors=True)


def _end(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
