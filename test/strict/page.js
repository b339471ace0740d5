// The script of the strict test page (test/strict/page.html), a classic script in <head> so
// that it runs before anything else: it records every Content-Security-Policy and Trusted
// Types violation on the window (`civicViolations`), then loads the one-file bundle the way a
// CMS page would, from the same origin (`civicLoaded` settles when it has run).
//
// With `?probe` it also breaks the policy on purpose, once, to show that the policy is
// enforced and that violations are seen: an inline style attribute (in a shadow root), an
// inline script, and (where Trusted Types are enforced) innerHTML with a plain string and a
// Trusted Types policy of another name than Lit's (`civicProbe`).
(function () {
  var violations = [];
  window.civicViolations = violations;
  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        disposition: e.disposition,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber,
      });
    },
    true,
  );

  if (new URLSearchParams(location.search).has('probe')) {
    document.addEventListener('DOMContentLoaded', function () {
      var probe = { trustedTypes: typeof window.trustedTypes === 'object' && window.trustedTypes !== null };
      // Inside a shadow root, where the elements render: its violation must reach the listener too.
      var host = document.createElement('div');
      var span = document.createElement('span');
      span.textContent = 'probe';
      host.attachShadow({ mode: 'open' }).append(span);
      document.body.append(host);
      span.setAttribute('style', 'color: rgb(255, 0, 0)');
      probe.inlineStyleApplied = getComputedStyle(span).color === 'rgb(255, 0, 0)';
      host.remove();
      try {
        document.createElement('div').innerHTML = '<b>probe</b>';
        probe.innerHTMLThrew = false;
      } catch (error) {
        probe.innerHTMLThrew = true;
      }
      if (probe.trustedTypes) {
        try {
          window.trustedTypes.createPolicy('civic-probe', { createHTML: String });
          probe.otherPolicyRefused = false;
        } catch (error) {
          probe.otherPolicyRefused = true;
        }
      }
      var script = document.createElement('script');
      try {
        script.textContent = 'window.civicInlineRan = true;';
      } catch (error) {
        // Trusted Types refuse plain text for a script
      }
      document.head.append(script);
      probe.inlineScriptRan = window.civicInlineRan === true;
      window.civicProbe = probe;
    });
  }

  window.civicLoaded = import('/dist/civicstat.js').then(
    function () {
      return 'loaded';
    },
    function (error) {
      return 'failed: ' + String(error && error.message ? error.message : error);
    },
  );
})();
