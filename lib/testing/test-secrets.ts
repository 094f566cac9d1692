/** The platform admin key of the test runs (ADMIN_API_KEY must have at least 32 characters). */
export const TEST_ADMIN_KEY = "test-admin-key-of-at-least-32-characters";
