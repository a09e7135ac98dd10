import { _policyCheck } from '../policy/brand';
import { CalendarOverridesSchema } from '../policy/sections/calendar';
import { EarlyWarningPolicySchema } from '../policy/sections/early-warning';
import { PerformancePolicySchema } from '../policy/sections/performance';
import { SchedulePolicySchema } from '../policy/sections/schedule';

/**
 * What scoring and the early warning check of an unsealed policy: its identity,
 * `performance`, `earlyWarning`, and `calendar` and `schedule` (working days).
 */
export const _performancePolicyCheck = /* @__PURE__ */ _policyCheck({
  performance: PerformancePolicySchema,
  earlyWarning: EarlyWarningPolicySchema,
  calendar: CalendarOverridesSchema,
  schedule: SchedulePolicySchema,
});
