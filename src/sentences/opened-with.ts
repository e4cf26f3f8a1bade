/**
 * The URL this page was opened with, text fragment included: browsers that follow text fragments take
 * them out of location (the page never sees them there), but the navigation's own entry keeps them.
 */
export const openedWith = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name ?? location.href;
