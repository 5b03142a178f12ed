import datetime

from sqlalchemy import String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(50))
    joined_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
    last_seen: Mapped[datetime.datetime | None]
    birthday: Mapped[datetime.date | None]
