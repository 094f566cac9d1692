import type { Dialect } from "@/lib/http/dialect";
import type { Endpoint } from "@/lib/http/endpoint";
import { crm, crmEndpoints } from "./crm";
import { dialler, diallerEndpoints } from "./dialler";
import { gateway, gatewayEndpoints } from "./gateway";
import { ribbon, ribbonEndpoints } from "./ribbon";
import { suite, suiteEndpoints } from "./suite";

export { crm, dialler, gateway, ribbon, suite };

/** Every dialect with its endpoints: the source of the OpenAPI documents and the contract tests. */
export const DIALECTS: Record<Dialect["name"], { dialect: Dialect; endpoints: Endpoint[] }> = {
  gateway: { dialect: gateway.dialect, endpoints: gatewayEndpoints },
  crm: { dialect: crm.dialect, endpoints: crmEndpoints },
  dialler: { dialect: dialler.dialect, endpoints: diallerEndpoints },
  ribbon: { dialect: ribbon.dialect, endpoints: ribbonEndpoints },
  suite: { dialect: suite.dialect, endpoints: suiteEndpoints },
};

/** Own keys only: `constructor`, `__proto__` and friends name no dialect. */
export function isDialectName(name: string): name is Dialect["name"] {
  return Object.hasOwn(DIALECTS, name);
}
