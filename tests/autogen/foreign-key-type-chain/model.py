import datetime
from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKey, Identity, Integer, PrimaryKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Keep(Base):
    __tablename__ = "keep"

    id: Mapped[int] = mapped_column(primary_key=True)


class A(Base):
    __tablename__ = "a"

    id: Mapped[int] = mapped_column(primary_key=True)
    b_id: Mapped[int] = mapped_column(ForeignKey("b.id"))


class B(Base):
    __tablename__ = "b"

    id: Mapped[int] = mapped_column(ForeignKey("c.id"), primary_key=True)


class C(Base):
    __tablename__ = "c"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
