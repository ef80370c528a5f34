// A stand-in for the analytics script in tests (PUBLIC_ANALYTICS_SRC=/analytics-stub.js at build time).
window.__abanteAnalyticsLoaded = true;
