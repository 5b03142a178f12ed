UPDATE prices SET cents = cents - 100;
