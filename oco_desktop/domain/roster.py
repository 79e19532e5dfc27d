"""Roster vocabulary: office types, tiers, sexes and staff statuses, with their rules."""

from __future__ import annotations

from enum import StrEnum

# How the Secretariat's installation is named where a member's name would be shown.
SECRETARIAT_NAME_EN = "OCO Secretariat"
SECRETARIAT_NAME_FR = "Secrétariat de l'OCO"


class Role(StrEnum):
    MEMBER = "member"
    SECRETARIAT = "secretariat"


class OfficeType(StrEnum):
    HQ = "hq"
    SEAPORT = "seaport"
    AIRPORT = "airport"
    MAIL = "mail"
    OUTER_ISLAND = "outer_island"


class Tier(StrEnum):
    T1 = "T1"
    T2 = "T2"
    T3 = "T3"
    T4 = "T4"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNDISCLOSED = "U"


class StaffStatus(StrEnum):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    SECONDED = "seconded"
    LEFT = "left"


LEADERSHIP_TIERS = (Tier.T3, Tier.T4)
