UPDATE employees SET name = upper(name);
UPDATE employees SET salary = round(salary * 0.99) WHERE manager_id IS NOT NULL;
