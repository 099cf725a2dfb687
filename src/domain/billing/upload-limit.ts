// The largest file a plan may upload on this deployment: the plan's limit, lowered by the
// operator's UPLOAD_MAX_BYTES when that is set. (plans.ts stays free of configuration: the browser
// imports it.)
import { env } from '@/platform/env';
import { planLimits, type PlanTier } from './plans';

export function maxUploadBytes(tier: PlanTier): number {
  return Math.min(planLimits[tier].maxUploadBytes, env.UPLOAD_MAX_BYTES ?? Infinity);
}
