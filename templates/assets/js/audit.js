/*
 * Audit forms, enhanced. Without this script every audit is a plain blank form that prints.
 * With it: answers autosave in this browser (localStorage, keyed by audit id and version) and
 * come back after a reload; live totals, counts and summary; the GOV.UK error-summary pattern;
 * export and import of the response JSON ({id?, audit, version, header, answers, closing});
 * print; and answers saved for an older version are kept where they still fit and listed where
 * they do not. Plain JavaScript, no framework, nothing sent anywhere.
 */
(function () {
  'use strict';

  var MAX_IMPORT_BYTES = 2000000;

  function $(root, selector) { return root.querySelector(selector); }
  function $$(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  function storage() {
    try {
      var probe = '__toolkit-press__';
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function Audit(form) {
    this.form = form;
    this.id = form.getAttribute('data-audit');
    this.version = parseInt(form.getAttribute('data-version'), 10);
    this.key = form.getAttribute('data-storage-key');
    this.store = storage();
    this.unfitted = [];
    this.summaryShown = false;
  }

  /* ---------- reading and writing the form as a response ---------- */

  /** The form's answers in the response shape; empty fields are left out. */
  Audit.prototype.read = function () {
    var out = { audit: this.id, version: this.version, header: {}, answers: {}, closing: {} };
    var prefix = this.id + '.';
    $$(this.form, 'input, textarea').forEach(function (field) {
      if (!field.name || field.name.indexOf(prefix) !== 0 || field.type === 'file') { return; }
      if (field.type === 'radio' && !field.checked) { return; }
      var value = field.value.trim();
      if (value === '') { return; }
      var rest = field.name.substring(prefix.length).split('.');
      if (rest[0] === 'header' || rest[0] === 'closing') {
        out[rest[0]][rest[1]] = value;
        return;
      }
      var item = out.answers[rest[0]] || (out.answers[rest[0]] = {});
      item[rest[1]] = field.hasAttribute('data-stage') && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    });
    return out;
  };

  /** The control a (section, key, part) answer belongs in, when the form still has one. */
  Audit.prototype.control = function (name, value) {
    var fields = this.form.elements.namedItem(name);
    if (!fields) { return null; }
    if (fields.length !== undefined && fields.tagName === undefined) {
      var match = null;
      Array.prototype.forEach.call(fields, function (f) { if (f.value === String(value)) { match = f; } });
      return match;
    }
    if (fields.type === 'radio') { return fields.value === String(value) ? fields : null; }
    if (fields.hasAttribute('data-stage') && !/^\d{1,3}$/.test(String(value))) { return null; }
    return fields;
  };

  /**
   * Sorts a response into the controls it fits and the answers it does not (an item removed,
   * an option renamed, text where a percentage belongs). Touches nothing.
   */
  Audit.prototype.place = function (response) {
    var self = this;
    var placed = [];
    var left = [];
    function add(name, label, value) {
      if (value === null || value === undefined || value === '') { return; }
      if (typeof value === 'object') { left.push({ field: label, value: JSON.stringify(value) }); return; }
      var control = self.control(self.id + '.' + name, value);
      if (control) { placed.push({ control: control, value: String(value) }); } else { left.push({ field: label, value: String(value) }); }
    }
    ['header', 'closing'].forEach(function (part) {
      var values = response[part] || {};
      Object.keys(values).forEach(function (k) { add(part + '.' + k, part + ' ' + k, values[k]); });
    });
    var answers = response.answers || {};
    Object.keys(answers).forEach(function (item) {
      var parts = answers[item];
      if (!parts || typeof parts !== 'object') { left.push({ field: item, value: JSON.stringify(parts) }); return; }
      Object.keys(parts).forEach(function (part) { add(item + '.' + part, item + ' ' + part, parts[part]); });
    });
    (response.unfitted || []).forEach(function (u) {
      if (u && typeof u.field === 'string') { left.push({ field: u.field, value: String(u.value) }); }
    });
    return { placed: placed, left: left };
  };

  /** Empties the form, then fills it with placed answers. */
  Audit.prototype.fill = function (placement) {
    $$(this.form, 'input, textarea').forEach(function (field) {
      if (field.type === 'radio') { field.checked = false; } else if (field.type !== 'file') { field.value = ''; }
    });
    placement.placed.forEach(function (p) {
      if (p.control.type === 'radio') { p.control.checked = true; } else { p.control.value = p.value; }
    });
    this.unfitted = placement.left;
    this.showUnfitted();
    this.update();
  };

  /* ---------- saving on this device ---------- */

  Audit.prototype.save = function () {
    if (!this.store) { return; }
    var data = this.read();
    data.saved = new Date().toISOString();
    if (this.unfitted.length) { data.unfitted = this.unfitted; }
    try {
      this.store.setItem(this.key, JSON.stringify(data));
      this.status('Saved on this device at ' + new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) + '.');
    } catch (e) {
      this.status('Your answers could not be saved in this browser. Export them to keep a copy.');
    }
  };

  /** This version's saved answers, or an older or newer version's moved across to this one. */
  Audit.prototype.restore = function () {
    if (!this.store) {
      this.status('This browser cannot keep your answers. Export them before you leave this page.');
      return;
    }
    var saved = this.parse(this.store.getItem(this.key));
    var from = this.key;
    if (!saved) {
      var prefix = this.key.replace(/:v\d+$/, ':v');
      for (var i = 0; i < this.store.length; i++) {
        var k = this.store.key(i);
        var other = k && k !== this.key && k.indexOf(prefix) === 0 && /^\d+$/.test(k.substring(prefix.length)) ? this.parse(this.store.getItem(k)) : null;
        if (other && (!saved || String(other.saved) > String(saved.saved))) { saved = other; from = k; }
      }
    }
    if (!saved) { return; }
    this.fill(this.place(saved));
    if (from !== this.key) {
      this.save();
      this.store.removeItem(from);
      this.status('Your answers from version ' + saved.version + ' of this audit were brought into this version.');
    } else {
      this.status('Your saved answers have been restored.');
    }
  };

  Audit.prototype.parse = function (text) {
    try {
      var data = JSON.parse(text);
      return data && typeof data === 'object' && data.audit === this.id ? data : null;
    } catch (e) {
      return null;
    }
  };

  Audit.prototype.status = function (text) {
    $(this.form, '[data-save-status]').textContent = text;
  };

  /* ---------- answers that no longer fit ---------- */

  Audit.prototype.showUnfitted = function () {
    var box = $(this.form, '[data-unfitted]');
    var list = $(box, '[data-unfitted-list]');
    list.textContent = '';
    this.unfitted.forEach(function (u) {
      var li = document.createElement('li');
      var name = document.createElement('strong');
      name.textContent = u.field + ': ';
      li.appendChild(name);
      li.appendChild(document.createTextNode(u.value));
      list.appendChild(li);
    });
    box.hidden = this.unfitted.length === 0;
  };

  /* ---------- totals, counts, summary and errors ---------- */

  function number(text) {
    var t = text.trim();
    return /^\d{1,3}$/.test(t) ? parseInt(t, 10) : (t === '' ? null : NaN);
  }

  /** One distribution item: its total and, when filled but wrong, what is wrong. */
  function distribution(item) {
    var total = 0;
    var filled = false;
    var bad = null;
    $$(item, 'input[data-stage]').forEach(function (input) {
      var n = number(input.value);
      if (n === null) { return; }
      filled = true;
      if (isNaN(n) || n > 100) { bad = bad || input; } else { total += n; }
    });
    return { total: total, filled: filled, bad: bad };
  }

  function label(item) {
    var number = $(item, '.item-number');
    return number ? 'question ' + number.textContent.replace(/\.$/, '') : 'this question';
  }

  /** Recomputes every total, count and the summary; shows each item's error inline. */
  Audit.prototype.update = function () {
    var self = this;
    var errors = [];
    $$(this.form, '[data-section]').forEach(function (section) {
      var sums = {};
      var answered = 0;
      $$(section, '.audit-item[data-type="distribution"]').forEach(function (item) {
        var d = distribution(item);
        $(item, '[data-total]').textContent = d.total;
        var message = null;
        var target = $(item, 'input[data-stage]');
        if (d.bad) {
          message = 'Enter a whole number from 0 to 100 for each stage of ' + label(item);
          target = d.bad;
        } else if (d.filled && d.total !== 100) {
          message = 'The percentages for ' + label(item) + ' add up to ' + d.total + '%. They must add up to 100%';
        }
        self.markItem(item, message);
        if (message) { errors.push({ text: message, target: target }); }
        if (d.filled && !d.bad) {
          answered++;
          $$(item, 'input[data-stage]').forEach(function (input) {
            sums[input.getAttribute('data-stage')] = (sums[input.getAttribute('data-stage')] || 0) + (number(input.value) || 0);
          });
        }
      });
      self.totals(section, sums, answered);
      self.counts(section);
    });
    this.errors = errors;
    if (this.summaryShown) { this.showErrors(false); }
    return errors;
  };

  Audit.prototype.markItem = function (item, message) {
    var error = $(item, '.field-error');
    item.classList.toggle('has-error', !!message);
    error.hidden = !message;
    error.textContent = '';
    if (message) {
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = 'Error: ';
      error.appendChild(hidden);
      error.appendChild(document.createTextNode(message + '.'));
    }
    $$(item, 'input[data-stage]').forEach(function (input) {
      var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id !== error.id; });
      if (message) { ids.unshift(error.id); }
      input.setAttribute('aria-describedby', ids.join(' '));
      if (message) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
    });
  };

  /** The section's totals row and its row of the summary: averages over answered items. */
  Audit.prototype.totals = function (section, sums, answered) {
    var id = section.getAttribute('data-section');
    var cells = $$(section, '[data-totals] [data-stage-total]')
      .concat($$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-stage-total]'));
    var weighted = 0;
    var all = 0;
    var names = [];
    cells.forEach(function (cell) {
      var stage = cell.getAttribute('data-stage-total');
      var value = answered ? Math.round((sums[stage] || 0) / answered) : null;
      cell.textContent = value === null ? '–' : value + '%';
      if (cell.hasAttribute('data-stage-name')) {
        names.push(cell.getAttribute('data-stage-name'));
        weighted += (value || 0) * names.length;
        all += value || 0;
      }
    });
    $$(this.form, '[data-summary] [data-summary-section="' + id + '"] [data-stage-share]').forEach(function (segment) {
      var value = answered ? Math.round((sums[segment.getAttribute('data-stage-share')] || 0) / answered) : 0;
      segment.style.width = value + '%';
    });
    var place = $(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-placement]');
    if (place) {
      place.textContent = all ? names[Math.min(names.length, Math.max(1, Math.round(weighted / all))) - 1] : 'Not answered yet';
    }
  };

  /** A choice section's count of each option, under the section and in the summary. */
  Audit.prototype.counts = function (section) {
    var id = section.getAttribute('data-section');
    var cells = $$(section, '[data-counts] [data-option-count]')
      .concat($$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-option-count]'));
    if (!cells.length) { return; }
    var counts = {};
    $$(section, '.audit-item[data-type="choice"] input[type="radio"]:checked').forEach(function (r) {
      counts[r.value] = (counts[r.value] || 0) + 1;
    });
    cells.forEach(function (cell) {
      var target = $(cell, '.count') || cell;
      target.textContent = counts[cell.getAttribute('data-option-count')] || 0;
    });
  };

  /** The GOV.UK error summary: every problem, each linking to its field. */
  Audit.prototype.showErrors = function (focus) {
    var box = $(this.form, '[data-error-summary]');
    var list = $(box, '.error-summary-list');
    list.textContent = '';
    this.errors.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + e.target.id;
      a.textContent = e.text;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        var legend = e.target.closest('fieldset');
        (legend || e.target).scrollIntoView();
        e.target.focus();
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = this.errors.length === 0;
    if (focus) {
      if (this.errors.length) {
        box.focus();
      } else {
        this.status('There are no problems with your answers.');
      }
    }
  };

  /* ---------- export, import, clear, print ---------- */

  Audit.prototype.exportAnswers = function () {
    var data = this.read();
    var blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = this.id + '-v' + this.version + '.json';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    this.status('Your answers were exported to ' + link.download + '.');
  };

  Audit.prototype.message = function (text, problem) {
    var box = $(this.form, '[data-import-message]');
    box.textContent = text;
    box.classList.toggle('notice-problem', !!problem);
    box.hidden = false;
  };

  /** Reads a response file; a wrong or damaged file changes nothing and says so plainly. */
  Audit.prototype.importFile = function (file) {
    var self = this;
    var refuse = 'This file could not be read as answers to this audit, so nothing was changed. ' +
      'Choose a .json file that was exported from this form.';
    if (!file) { return; }
    if (file.size > MAX_IMPORT_BYTES) { self.message(refuse, true); return; }
    var reader = new FileReader();
    reader.onerror = function () { self.message(refuse, true); };
    reader.onload = function () {
      var data;
      try { data = JSON.parse(String(reader.result)); } catch (e) { data = null; }
      var shapeOk = data && typeof data === 'object' && !Array.isArray(data) && typeof data.audit === 'string' &&
        (data.answers === undefined || (typeof data.answers === 'object' && !Array.isArray(data.answers)));
      if (!shapeOk) { self.message(refuse, true); return; }
      if (data.audit !== self.id) {
        self.message('This file holds answers to a different form (“' + data.audit + '”), so nothing was changed.', true);
        return;
      }
      self.fill(self.place(data));
      self.save();
      var note = self.unfitted.length ? ' Some answers no longer fit this version of the audit: they are listed below.' : '';
      self.message('Your answers were imported from ' + file.name + '.' + note, false);
    };
    reader.readAsText(file);
  };

  Audit.prototype.clear = function () {
    this.unfitted = [];
    this.fill({ placed: [], left: [] });
    if (this.store) { this.store.removeItem(this.key); }
    $(this.form, '[data-error-summary]').hidden = true;
    this.summaryShown = false;
    this.status('All answers were cleared from this form and this device.');
  };

  /* ---------- wiring ---------- */

  Audit.prototype.start = function () {
    var self = this;
    var form = this.form;
    $(form, '[data-audit-tools]').hidden = false;
    this.restore();
    this.update();
    form.addEventListener('input', function (event) {
      if (event.target.type === 'file') { return; }
      self.update();
      self.save();
    });
    form.addEventListener('change', function (event) {
      if (event.target.type === 'file') {
        self.importFile(event.target.files[0]);
        event.target.value = '';
        return;
      }
      self.update();
      self.save();
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    var confirm = $(form, '[data-confirm-clear]');
    form.addEventListener('click', function (event) {
      var button = event.target.closest('[data-action]');
      if (!button || button.tagName !== 'BUTTON') { return; }
      switch (button.getAttribute('data-action')) {
        case 'check': self.summaryShown = true; self.update(); self.showErrors(true); break;
        case 'print': window.print(); break;
        case 'export': self.exportAnswers(); break;
        case 'clear': confirm.hidden = false; confirm.focus(); break;
        case 'clear-cancel': confirm.hidden = true; $(form, '[data-action="clear"]').focus(); break;
        case 'clear-confirm': confirm.hidden = true; self.clear(); $(form, '[data-action="clear"]').focus(); break;
        case 'unfitted-dismiss': self.unfitted = []; self.showUnfitted(); self.save(); break;
        default: break;
      }
    });
  };

  $$(document, 'form[data-audit]').forEach(function (form) { new Audit(form).start(); });
}());
