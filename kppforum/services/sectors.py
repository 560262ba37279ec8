"""ภาคส่วน: labels in the user's language and parsing of Thai or English names from imports."""

from __future__ import annotations

from kppforum.domain.enums import Sector
from kppforum.i18n import translate

# The order sectors are listed in every document (counts, sign-in sheets, workbook): the
# residents first, then the municipality (executives, council, staff), then its guests.
DOCUMENT_ORDER: tuple[Sector, ...] = (
    Sector.CITIZEN,
    Sector.COMMUNITY_LEADER,
    Sector.EXECUTIVE,
    Sector.COUNCIL_MEMBER,
    Sector.STAFF,
    Sector.GOVERNMENT,
    Sector.STATE_ENTERPRISE,
    Sector.EXPERT,
)


def sector_rank(code: str) -> int:
    """Where *code* comes in :data:`DOCUMENT_ORDER` (unknown codes last)."""
    for k, sector in enumerate(DOCUMENT_ORDER):
        if code == sector.value:
            return k
    return len(DOCUMENT_ORDER)


def sector_label(sector: Sector | str) -> str:
    labels = {
        Sector.CITIZEN: translate("sector", "Citizens"),
        Sector.COMMUNITY_LEADER: translate("sector", "Community leaders"),
        Sector.EXECUTIVE: translate("sector", "Municipal executives"),
        Sector.COUNCIL_MEMBER: translate("sector", "Municipal council members"),
        Sector.GOVERNMENT: translate("sector", "Government agencies"),
        Sector.STATE_ENTERPRISE: translate("sector", "State enterprises"),
        Sector.EXPERT: translate("sector", "Experts"),
        Sector.STAFF: translate("sector", "Municipal staff"),
    }
    return labels[Sector(sector)]


# Names accepted in import files, whatever the UI language (casefolded, spaces removed).
_ALIASES: dict[str, Sector] = {
    "ประชาชน": Sector.CITIZEN,
    "ภาคประชาชน": Sector.CITIZEN,
    "citizen": Sector.CITIZEN,
    "citizens": Sector.CITIZEN,
    "resident": Sector.CITIZEN,
    "ผู้นำชุมชน": Sector.COMMUNITY_LEADER,
    "ประธานชุมชน": Sector.COMMUNITY_LEADER,
    "communityleader": Sector.COMMUNITY_LEADER,
    "communityleaders": Sector.COMMUNITY_LEADER,
    "คณะผู้บริหาร": Sector.EXECUTIVE,
    "ผู้บริหาร": Sector.EXECUTIVE,
    "คณะผู้บริหารเทศบาล": Sector.EXECUTIVE,
    "executive": Sector.EXECUTIVE,
    "executives": Sector.EXECUTIVE,
    "municipalexecutives": Sector.EXECUTIVE,
    "สมาชิกสภาเทศบาล": Sector.COUNCIL_MEMBER,
    "ส.ท.": Sector.COUNCIL_MEMBER,
    "councilmember": Sector.COUNCIL_MEMBER,
    "municipalcouncilmembers": Sector.COUNCIL_MEMBER,
    "ส่วนราชการ": Sector.GOVERNMENT,
    "ภาคราชการ": Sector.GOVERNMENT,
    "government": Sector.GOVERNMENT,
    "governmentagencies": Sector.GOVERNMENT,
    "รัฐวิสาหกิจ": Sector.STATE_ENTERPRISE,
    "ภาครัฐวิสาหกิจ": Sector.STATE_ENTERPRISE,
    "stateenterprise": Sector.STATE_ENTERPRISE,
    "stateenterprises": Sector.STATE_ENTERPRISE,
    "ผู้ทรงคุณวุฒิ": Sector.EXPERT,
    "expert": Sector.EXPERT,
    "experts": Sector.EXPERT,
    "เจ้าหน้าที่เทศบาล": Sector.STAFF,
    "พนักงานเทศบาล": Sector.STAFF,
    "staff": Sector.STAFF,
    "municipalstaff": Sector.STAFF,
}


def parse_sector(text: str) -> Sector | None:
    """The sector named by *text* (Thai, English or the stored code); None when unknown.

    Empty text means ประชาชน, the sector of almost everyone at a forum.
    """
    key = "".join(text.split()).casefold().replace("_", "")
    if not key:
        return Sector.CITIZEN
    for sector in Sector:
        if key == sector.value.replace("_", ""):
            return sector
    return _ALIASES.get(key)
