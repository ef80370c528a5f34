// The data map (personal-data columns, retention rules, cookie and sub-processor registries) arrives with F4/F6.
export {};
