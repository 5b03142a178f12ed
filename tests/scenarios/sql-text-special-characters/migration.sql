INSERT INTO notes VALUES (2, 'it''s "quoted"', 'a''b');
INSERT INTO notes VALUES (3, 'back\slash \n not newline', NULL);
INSERT INTO notes VALUES (4, E'real\nnewline\ttab \\ backslash \x41 \u00e9', NULL);
INSERT INTO notes VALUES (5, 'emoji 😀🎉 and ünïcödé', '😀😀😀😀😀');
INSERT INTO notes VALUES (6, 'line one
line two', '');
INSERT INTO notes VALUES (8, 'x', 'éééééé');
