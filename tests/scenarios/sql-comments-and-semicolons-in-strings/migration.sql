-- step 1; this comment has a semicolon
UPDATE orders SET note = 'a; b -- not a comment' WHERE id = 1; -- trailing; comment
/* block comment; with ; semicolons
   UPDATE orders SET note = 'ignored';
*/
UPDATE orders SET note = $$dollar; 'quoted' text$$ WHERE id = 2;
UPDATE orders /* inline */ SET note = E'tab\there; newline\nend' WHERE id = 3;
;
UPDATE orders SET note = 'it''s /* not a comment */' WHERE id = 4;
