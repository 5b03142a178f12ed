import datetime
from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKey, Identity, Integer, PrimaryKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Z(Base):
    __tablename__ = "z"

    id: Mapped[int] = mapped_column(primary_key=True)
    v: Mapped[Optional[str]] = mapped_column(String, comment="")
