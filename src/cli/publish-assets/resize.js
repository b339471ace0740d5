/*
 * CivicStat embed pages: a classic script (it also runs where a module cannot: inside
 * WordPress's sandboxed, opaque-origin iframe). It
 * - applies ?lang=es|fr|en and ?theme=dark|light to the page, for the library to pick up;
 * - reports the page's height to the parent in WordPress's message format,
 *   {message: 'height', value: H, secret: S}, with S from "#?secret=S" when WordPress set
 *   one: after the first layout, on load, on every size change, and when the parent says
 *   {message: 'ready'}; host.js (for any other page) reads the same message;
 * - inside WordPress, sends a click on a link as {message: 'link', value: URL, secret: S},
 *   which WordPress follows in the top window (the sandbox cannot navigate it).
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var lang = params.get('lang');
  if (lang && /^(en|es|fr)(-[A-Za-z0-9]{1,8})*$/.test(lang)) root.setAttribute('lang', lang);
  var theme = params.get('theme');
  if (theme === 'dark' || theme === 'light') root.setAttribute('theme', theme);
  if (theme === 'dark') root.classList.add('dark');

  var found = /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash);
  var secret = found ? found[1] : undefined;
  var last = -1;

  function height() {
    var body = document.body;
    if (!body) return 0;
    return Math.ceil(Math.max(body.getBoundingClientRect().height, body.scrollHeight));
  }
  function post(force) {
    if (window.parent === window) return;
    var h = height();
    if (!force && h === last) return;
    last = h;
    var message = { message: 'height', value: h };
    if (secret) message.secret = secret;
    window.parent.postMessage(message, '*');
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (data && data.message === 'ready' && (!secret || data.secret === secret)) post(true);
  });
  function start() {
    post(true);
    if (typeof ResizeObserver === 'function') new ResizeObserver(function () { post(false); }).observe(document.body);
    if (secret) {
      document.addEventListener('click', function (event) {
        var target = event.target;
        var link = target && target.closest ? target.closest('a[href]') : null;
        if (!link || event.defaultPrevented) return;
        event.preventDefault();
        window.parent.postMessage({ message: 'link', value: link.href, secret: secret }, '*');
      });
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  window.addEventListener('load', function () { post(true); });
})();
