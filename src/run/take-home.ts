import type { ContributionData } from '../core/take-home.js';
import type { Settings } from './settings.js';

/** The contributions data set and the params it counts in (min_wage, mrp), read from the settings' data sets. */
export function contributionData(s: Settings): ContributionData {
  return {
    values: s.data.contributions(),
    params: s.data.params(),
    label: s.data.label('contributions'),
    paramsLabel: s.data.label('params'),
  };
}
