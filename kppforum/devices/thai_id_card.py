"""The Thai national ID card (บัตรประจำตัวประชาชน) protocol: what the registration desk reads.

Qt-free and pyscard-free: :func:`read_card` talks to the card through a ``transmit`` callable
(command APDU in, ``(data, sw1, sw2)`` out), so the same code runs on pyscard, a test double
or any other PC/SC binding. :mod:`kppforum.devices.pcsc` supplies the pyscard one.

What is read, and nothing else (PDPA: collect only what the forum needs):

- the citizen number, 13 ASCII digits at offset 0x0004 (checked with the national ID checksum
  of :mod:`kppforum.thai`: a misread or a card with another layout is refused);
- the Thai name, 100 bytes TIS-620 at offset 0x0011, ``title#first#middle#last`` padded with
  spaces.

The photo, birth date, address, English name, issuer and dates are never requested.

The commands follow the card's public documentation, which this code was written against:

- "Thai National ID Card Specification", https://masanork.github.io/tobari/civ/thai.html
  (AID ``A0 00 00 00 54 48 00 01``, SELECT with CLA 00, READ BINARY ``80 B0 P1 P2 02 00 Le``
  with P1 P2 the offset, GET RESPONSE when SW1 = 61, the offsets and lengths above, TIS-620);
- the APDU table credited in https://github.com/tirmizee/ReadThaiIDCard (README, from
  chakphanu/ThaiNationalIDCard APDU.md): ``80 B0 00 04 02 00 0D`` (citizen number) and
  ``80 B0 00 11 02 00 64`` (Thai name);
- the reader of https://gist.github.com/bouroo/8b34daf5b7deed57ea54819ff7aeef6e: cards whose
  ATR begins ``3B 67`` want GET RESPONSE with P2 = 01 (``00 C0 00 01``), others ``00 C0 00 00``.

Not checked against a real card here: the tests use a virtual card (tests/card/) that answers
as the documents above describe.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from kppforum.i18n import translate
from kppforum.thai import is_valid_national_id, normalize_name

AID = (0xA0, 0x00, 0x00, 0x00, 0x54, 0x48, 0x00, 0x01)
SELECT = (0x00, 0xA4, 0x04, 0x00, len(AID), *AID)
READ_CITIZEN_ID = (0x80, 0xB0, 0x00, 0x04, 0x02, 0x00, 0x0D)
READ_THAI_NAME = (0x80, 0xB0, 0x00, 0x11, 0x02, 0x00, 0x64)
GET_RESPONSE = (0x00, 0xC0, 0x00, 0x00)
GET_RESPONSE_3B67 = (0x00, 0xC0, 0x00, 0x01)
SW_OK = (0x90, 0x00)
SW_MORE = 0x61

# (data, sw1, sw2) for one command APDU.
Response = tuple[Sequence[int], int, int]
Transmit = Callable[[Sequence[int]], Response]


class CardProblem(Enum):
    NOT_THAI_ID = "not_thai_id"  # the card refused the Thai ID applet
    REMOVED = "removed"  # taken out (or reset) before the read finished
    READ_FAILED = "read_failed"  # an error status, a short answer, a transport error
    BAD_DATA = "bad_data"  # answered, but the number fails its checksum or the name is empty


class CardRemoved(Exception):
    """Raised by a ``transmit`` when the card left the reader."""


class CardIOError(Exception):
    """Raised by a ``transmit`` for any other transport failure (the text is for logs)."""


class CardReadError(Exception):
    """The card could not be read; nothing may be checked in. ``message`` is translated."""

    def __init__(self, problem: CardProblem) -> None:
        self.problem = problem
        super().__init__(problem.value)

    @property
    def message(self) -> str:
        return problem_message(self.problem)


def problem_message(problem: CardProblem) -> str:
    texts = {
        CardProblem.NOT_THAI_ID: translate(
            "card", "This is not a Thai national ID card: nobody was checked in."
        ),
        CardProblem.REMOVED: translate(
            "card",
            "The card was taken out before it was read: nobody was checked in. "
            "Insert it again and leave it until the name appears.",
        ),
        CardProblem.READ_FAILED: translate(
            "card", "The card could not be read: nobody was checked in. Insert it again."
        ),
        CardProblem.BAD_DATA: translate(
            "card",
            "The card answered with a number or name that is not valid: nobody was "
            "checked in. Insert it again or type the name.",
        ),
    }
    return texts[problem]


@dataclass(frozen=True)
class CardHolder:
    """What the desk read from a card. ``national_id`` stays in memory: it is stored only as
    the forum's keyed hash and last 4 digits, and only when the forum collects ID numbers."""

    national_id: str
    title: str
    first_name: str
    middle_name: str
    last_name: str

    @property
    def given_names(self) -> str:
        """First and middle name, as a registry's first-name field holds them."""
        return f"{self.first_name} {self.middle_name}".strip()

    def __repr__(self) -> str:  # never print the number in logs or test output
        return f"CardHolder({self.title!r}, {self.first_name!r}, {self.last_name!r})"


def get_response_command(atr: Sequence[int]) -> tuple[int, ...]:
    """GET RESPONSE header for this card: ``00 C0 00 01`` when its ATR starts ``3B 67``."""
    return GET_RESPONSE_3B67 if tuple(atr[:2]) == (0x3B, 0x67) else GET_RESPONSE


def _send(transmit: Transmit, command: Sequence[int]) -> Response:
    try:
        return transmit(command)
    except CardRemoved:
        raise CardReadError(CardProblem.REMOVED) from None
    except CardIOError:
        raise CardReadError(CardProblem.READ_FAILED) from None


def read_binary(transmit: Transmit, atr: Sequence[int], command: Sequence[int]) -> bytes:
    """One READ BINARY and, when the card says ``61 xx``, its GET RESPONSE; exactly Le bytes."""
    length = command[-1]
    data, sw1, sw2 = _send(transmit, command)
    if sw1 == SW_MORE:
        data, sw1, sw2 = _send(transmit, (*get_response_command(atr), sw2 or length))
    if (sw1, sw2) != SW_OK or len(data) < length:
        raise CardReadError(CardProblem.READ_FAILED)
    return bytes(data[:length])


def parse_citizen_id(raw: bytes) -> str:
    text = raw.decode("ascii", errors="replace").strip()
    if not is_valid_national_id(text) or not text.isdigit():
        raise CardReadError(CardProblem.BAD_DATA)
    return text


def parse_thai_name(raw: bytes) -> tuple[str, str, str, str]:
    """``title#first#middle#last`` in TIS-620 (padding spaces and NULs dropped), normalised."""
    text = raw.rstrip(b"\x00 ").decode("tis-620", errors="replace")
    if "\ufffd" in text:
        raise CardReadError(CardProblem.BAD_DATA)
    parts = [normalize_name(part) for part in text.split("#")]
    parts += [""] * (4 - len(parts))
    title, first, middle, last = parts[0], parts[1], parts[2], " ".join(parts[3:]).strip()
    if not first:
        raise CardReadError(CardProblem.BAD_DATA)
    return title, first, middle, last


def read_card(transmit: Transmit, atr: Sequence[int]) -> CardHolder:
    """SELECT the Thai ID applet, read the citizen number and the Thai name; nothing else.

    Raises :class:`CardReadError` (NOT_THAI_ID, REMOVED, READ_FAILED or BAD_DATA)."""
    _data, sw1, sw2 = _send(transmit, SELECT)
    if (sw1, sw2) != SW_OK and sw1 != SW_MORE:
        raise CardReadError(CardProblem.NOT_THAI_ID)
    number = parse_citizen_id(read_binary(transmit, atr, READ_CITIZEN_ID))
    title, first, middle, last = parse_thai_name(read_binary(transmit, atr, READ_THAI_NAME))
    return CardHolder(number, title, first, middle, last)
