import datetime

from sqlalchemy import PrimaryKeyConstraint, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(100))


class DailyStat(Base):
    __tablename__ = "daily_stats"
    __table_args__ = (PrimaryKeyConstraint("day", "metric", name="pk_daily_stats"),)

    day: Mapped[datetime.date]
    metric: Mapped[str] = mapped_column(String(30))
    value: Mapped[int]
