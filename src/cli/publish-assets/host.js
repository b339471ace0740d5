/*
 * CivicStat host script: on a page that shows embed pages in iframes, each iframe takes the
 * height its page reports (the message of resize.js, {message: 'height', value: H}).
 * Only the iframe whose window sent the message changes, between 50 and 5000 px.
 * <script src="https://…/assets/host.js" defer></script>
 */
(function () {
  'use strict';
  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.message !== 'height' || typeof data.value !== 'number' || !isFinite(data.value)) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var h = Math.max(50, Math.min(5000, Math.round(data.value)));
    frame.style.height = h + 'px';
    frame.setAttribute('height', String(h));
  });
  // A frame that loaded before this script ran: ask it for its height.
  function ask(frame) {
    try {
      frame.contentWindow.postMessage({ message: 'ready' }, '*');
    } catch (e) {
      /* a frame being removed */
    }
  }
  document.addEventListener('load', function (event) {
    if (event.target && event.target.tagName === 'IFRAME') ask(event.target);
  }, true);
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) ask(frames[i]);
})();
