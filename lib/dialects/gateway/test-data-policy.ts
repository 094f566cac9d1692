/** Who may call the /api/test endpoints (their descriptions all say it). */
export const TEST_DATA_POLICY =
  "Available to workspaces on the trial plan, or to every workspace when the server sets `GATEWAY_TEST_ENDPOINTS=1` (staging, sandboxes); elsewhere 403 FORBIDDEN.";
