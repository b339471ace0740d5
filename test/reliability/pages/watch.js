// Loaded first (a classic script) by every page in this folder: records what reaches the page
// (console.error / console.warn calls, uncaught errors, unhandled rejections, civic-error events)
// in window.civicLog, for the test that opens the page in an iframe.
(function () {
  var log = { errors: [], warns: [], uncaught: [], civicErrors: [] };
  window.civicLog = log;
  ['error', 'warn'].forEach(function (kind) {
    var original = console[kind];
    console[kind] = function () {
      var args = Array.prototype.slice.call(arguments);
      log[kind === 'error' ? 'errors' : 'warns'].push(args.map(String).join(' '));
      return original.apply(console, args);
    };
  });
  addEventListener('error', function (e) {
    log.uncaught.push('error: ' + e.message);
  });
  addEventListener('unhandledrejection', function (e) {
    log.uncaught.push('unhandledrejection: ' + String((e.reason && e.reason.message) || e.reason));
  });
  addEventListener('civic-error', function (e) {
    log.civicErrors.push(e.detail && e.detail.message);
  });
})();
