-- jsonb's equality compares numbers by value: [2.00] is a duplicate of [2], [1.5] of [1.50].
INSERT INTO docs VALUES ('[2]');
UPDATE docs SET body = '[2.00]' WHERE body = '[1.5]';
