/*
 * CivicStat published pages: the "Copy" buttons of "Embed or share". Without this script the
 * buttons stay hidden and the snippets can still be selected and copied by hand.
 */
(function () {
  'use strict';
  function announce(button) {
    var details = button.closest('details');
    var region = details && details.querySelector('.copied');
    if (!region) return;
    region.textContent = '';
    setTimeout(function () { region.textContent = region.getAttribute('data-copied') || 'Copied'; }, 50);
  }
  function copy(button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) return;
    var text = field.value;
    function fallback() {
      field.focus();
      field.select();
      try { document.execCommand('copy'); } catch (e) { /* selected: the reader copies by hand */ }
      button.focus();
      announce(button);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(function () { announce(button); }, fallback);
    else fallback();
  }
  var buttons = document.querySelectorAll('button.copy[data-copy]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function (event) { copy(event.currentTarget); });
  }
})();
