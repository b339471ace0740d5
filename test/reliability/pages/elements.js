// Every element of the library, fed by one <civic-data> with the demo document, written into
// #host by the page (classic script, so a page with poisoned globals runs it after poisoning).
(function () {
  var host = document.getElementById('host');
  var src = '/demo/riverton.civicstat.json?page=' + encodeURIComponent(location.pathname) + '-' + Date.now();
  host.innerHTML =
    '<civic-data src="' + src + '">' +
    '<civic-kpi-chart id="chart" measure="fire-response-time"></civic-kpi-chart>' +
    '<civic-kpi-tile id="tile" measure="fire-response-time"></civic-kpi-tile>' +
    '<civic-target-gauge id="gauge" measure="fire-response-time"></civic-target-gauge>' +
    '<civic-target-gauge id="radial" measure="fire-response-time" variant="radial"></civic-target-gauge>' +
    '<civic-tier-badge id="badge" certification="wwc"></civic-tier-badge>' +
    '<civic-criteria-checklist id="checklist" certification="wwc"></civic-criteria-checklist>' +
    '</civic-data>' +
    '<civic-data id="inline"><script type="application/json">' +
    // Literal text: JSON.stringify may be poisoned on this page (Array.prototype.toJSON).
    '{"civicstat":"1.0","jurisdiction":{"name":"Inlineton","locale":"en-US"},' +
    '"measures":[{"id":"potholes","title":"Potholes filled","unit":"potholes",' +
    '"values":[{"period":"2024","value":90},{"period":"2025","value":120}],"target":100}]}' +
    '</script><civic-kpi-tile id="inline-tile" measure="potholes"></civic-kpi-tile></civic-data>';
})();
