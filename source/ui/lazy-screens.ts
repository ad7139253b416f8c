import {lazy} from 'react';

// Only the first screen is compiled before the first frame: the others
// load when first shown, or in the background once that frame is out.
const loaders = {
  setup: () => import('./routes/setup-route.js'),
  checks: () => import('./screens/checks.js'),
  report: () => import('./screens/report.js'),
  checkAll: () => import('./screens/check-all.js'),
  scenarios: () => import('./screens/scenarios.js'),
};

export const SetupRoute = lazy(async () => ({
  default: (await loaders.setup()).SetupRoute,
}));
export const ChecksScreen = lazy(async () => ({
  default: (await loaders.checks()).ChecksScreen,
}));
export const ReportScreen = lazy(async () => ({
  default: (await loaders.report()).ReportScreen,
}));
export const CheckAllScreen = lazy(async () => ({
  default: (await loaders.checkAll()).CheckAllScreen,
}));
export const ScenariosScreen = lazy(async () => ({
  default: (await loaders.scenarios()).ScenariosScreen,
}));

/** Starts loading every screen; a failure shows when the screen does. */
export function preloadScreens(): void {
  for (const load of Object.values(loaders)) {
    load().catch(() => undefined);
  }
}
