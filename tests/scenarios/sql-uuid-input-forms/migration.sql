UPDATE tokens SET u = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' WHERE id = 1;
UPDATE tokens SET u = '{b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}' WHERE id = 2;
UPDATE tokens SET u = 'c0eebc999c0b4ef8bb6d6bb9bd380a11' WHERE id = 3;
UPDATE tokens SET u = 'd0eebc99-9c0b4ef8-bb6d6bb9-bd380a11' WHERE id = 4;
UPDATE tokens SET u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' WHERE id = 5;
