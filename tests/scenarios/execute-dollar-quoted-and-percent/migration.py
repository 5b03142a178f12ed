op.execute("UPDATE orders SET note = '100% done; really' WHERE id = 1")
op.execute(sa.text("UPDATE orders SET note = 'literal :colon' || ' ok' WHERE id = 2"))
op.execute("UPDATE customers SET name = name || '%' WHERE name LIKE 'G%'")
