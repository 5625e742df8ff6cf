// Saves the first-line interview as a draft as the answers come. A dropped connection loses
// nothing: the answers stay in this browser and are sent again when the network is back.
(function () {
  'use strict';
  var form = document.getElementById('interview');
  if (!form) { return; }
  var url = form.getAttribute('data-autosave');
  var state = document.getElementById('autosave-state');
  var key = 'counterpart.draft.' + url;
  var csrf = form.querySelector('input[name="_csrf"]');
  var timer = null;
  var edits = 0;

  function answers() {
    var data = new FormData(form);
    var age = (data.get('age') || '').trim();
    var accompanied = data.get('accompanied');
    return {
      age: age === '' ? null : parseInt(age, 10),
      ageAssessed: data.get('ageAssessed') === 'on',
      accompanied: accompanied === 'yes' ? true : accompanied === 'no' ? false : null,
      exploitation: data.get('exploitation') || null,
      actOfTrafficking: data.get('actOfTrafficking') === 'on',
      indicators: data.getAll('indicators'),
      facilitatorPaid: data.get('facilitatorPaid') === 'on',
      irregularEntry: data.get('irregularEntry') === 'on',
      asksProtection: data.get('asksProtection') === 'on',
      extremismFlagReason: (data.get('extremismFlagReason') || '').trim() || null,
      interpreterUsed: data.get('interpreterUsed') === 'on',
      interviewLanguage: (data.get('interviewLanguage') || '').trim() || null
    };
  }

  function keep() {
    try { localStorage.setItem(key, JSON.stringify(answers())); } catch (e) { /* private mode: the server copy is enough */ }
  }

  function save() {
    var body = JSON.stringify(answers());
    var saving = edits;
    fetch(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
      body: body,
      credentials: 'same-origin'
    }).then(function (response) {
      if (response.ok) {
        if (saving !== edits) { return; } // newer answers are on their way
        try { localStorage.removeItem(key); } catch (e) { /* ignore */ }
        state.textContent = form.getAttribute('data-saved') || '✓';
        state.setAttribute('data-state', 'saved');
      } else {
        state.textContent = '!';
        state.setAttribute('data-state', 'refused');
      }
    }).catch(function () {
      state.textContent = '…';
      state.setAttribute('data-state', 'offline');
    });
  }

  function later() {
    edits++;
    state.setAttribute('data-state', 'pending');
    keep();
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  }

  form.addEventListener('change', later);
  form.addEventListener('input', later);
  window.addEventListener('online', function () {
    if (localStorage.getItem(key)) { save(); }
  });
  if (localStorage.getItem(key)) { save(); }
}());
