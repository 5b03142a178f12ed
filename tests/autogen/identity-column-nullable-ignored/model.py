import datetime
from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKey, Identity, Integer, PrimaryKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class T(Base):
    __tablename__ = "t"

    id = Column(Integer, primary_key=True)
    n = Column(Integer)
