-- product wants "name" instead of "full_name" in the directory view
CREATE OR REPLACE VIEW staff_directory AS SELECT id, full_name AS name, dept FROM employees;
