-- The CHECK is planned when it is added: its constant regular expression is compiled
-- (2201B) even though the table has no rows.
ALTER TABLE accounts ADD CHECK ('x' !~ 'a{2,1}' AND code <> '');
