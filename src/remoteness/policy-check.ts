import { _policyCheck } from '../policy/brand';
import { RemotenessPolicySchema } from '../policy/sections/remoteness';

/** What the remoteness functions check of an unsealed policy: its identity and `remoteness`. */
export const _remotenessPolicyCheck = /* @__PURE__ */ _policyCheck({ remoteness: RemotenessPolicySchema });
