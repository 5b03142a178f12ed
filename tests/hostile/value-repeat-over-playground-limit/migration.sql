SELECT length(repeat('x', 100000000));
