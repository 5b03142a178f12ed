import datetime
from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKey, Identity, Integer, PrimaryKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Keep(Base):
    __tablename__ = "keep"

    id = Column(Integer, primary_key=True)


class PostTag(Base):
    __tablename__ = "post_tags"
    __table_args__ = (PrimaryKeyConstraint("post_id", "tag_id"),)

    post_id = Column(Integer)
    tag_id = Column(Integer)


class Link(Base):
    __tablename__ = "links"
    __table_args__ = (PrimaryKeyConstraint("a", "b"),)

    a = Column(Integer)
    b = Column(Integer)
    seq = Column(Integer, Identity())
