// Sessions, password hashing, same-origin checks and rate limits arrive with F2 (identity). See README.md.
export {};
