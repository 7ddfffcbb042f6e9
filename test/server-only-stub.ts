// Stands in for the `server-only` marker package under vitest, which has no react-server condition.
export {};
