SELECT repeat('x', 2000000000);
