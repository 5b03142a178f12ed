CREATE UNIQUE INDEX routes_names_key ON routes (names);
