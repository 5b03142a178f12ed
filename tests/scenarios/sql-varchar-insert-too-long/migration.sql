INSERT INTO airports VALUES ('SFO', 'San Francisco');
INSERT INTO airports VALUES ('LLW', 'Lilongwe   ');
INSERT INTO airports VALUES ('LLWX', 'Lilongwe');
