ALTER TABLE labels ADD COLUMN U&"sh\006Frt" text DEFAULT U&'\0073\+00006D';
UPDATE labels SET note = U&'d\0061t\+000061 \D83D\DE00 it''s \\ ok' WHERE name = U&'d\0061ta';
UPDATE labels SET U&"n\006Fte" = U&'!0063af!00e9!!' UESCAPE '!' WHERE name = U&'caf#00E9' UESCAPE '#';
INSERT INTO labels (id, name) SELECT 3, U&'\00C9T\00C9' WHERE EXISTS (SELECT 1 FROM labels WHERE note = U&'caf\00e9!');
UPDATE labels SET name = U&'x' uescape '?' WHERE id = 3;
