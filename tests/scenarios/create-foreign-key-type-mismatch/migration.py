op.create_foreign_key("fk_offices_country", "offices", "countries", ["country_id"], ["code"])
