from sqlalchemy import Column, Date, Integer, Numeric, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"

    id = Column(Integer, primary_key=True)
    username = Column(String(40), nullable=False, unique=True)
    balance = Column(Numeric(12, 2), nullable=False, server_default="0")
    created = Column(Date)
