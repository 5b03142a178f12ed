UPDATE metrics SET note = substring(name from 2 for 3);
