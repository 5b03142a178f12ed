UPDATE events SET ts = 'January 5, 2024 10:30 PM', d = 'Mar 5 2024' WHERE id = 1;
UPDATE events SET ts = '5 Jan 2024 22:30', d = '2024-Mar-05' WHERE id = 2;
