from sqlalchemy import BigInteger, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(50))
    karma: Mapped[int] = mapped_column(server_default="0")
    referrals: Mapped[int | None]
    nickname: Mapped[str | None]
    big_total: Mapped[int | None] = mapped_column(BigInteger)
