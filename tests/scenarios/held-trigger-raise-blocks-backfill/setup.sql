CREATE TABLE employees (id integer PRIMARY KEY, name text NOT NULL, salary integer NOT NULL, manager_id integer);
CREATE FUNCTION guard_salary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.salary < OLD.salary THEN
    RAISE EXCEPTION 'salary of % cannot decrease (% -> %)', NEW.name, OLD.salary, NEW.salary
      USING ERRCODE = 'check_violation', HINT = 'Disable the trigger for data fixes.';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER employees_guard BEFORE UPDATE OF salary ON employees FOR EACH ROW EXECUTE FUNCTION guard_salary();
INSERT INTO employees VALUES (1, 'Ann', 5000, NULL), (2, 'Ben', 4000, 1), (3, 'Cat', 4200, 1);
