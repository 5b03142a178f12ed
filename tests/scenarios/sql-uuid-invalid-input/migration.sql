UPDATE tokens SET u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1' WHERE id = 1;
