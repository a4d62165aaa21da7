/*
 * Audit forms, enhanced: the page wiring. Without this script every audit is a plain blank form
 * that prints. With it: answers autosave in this browser (localStorage, keyed by audit id and
 * version) and come back after a reload; live totals, counts and summary; the GOV.UK
 * error-summary pattern; export and import of the response JSON ({id?, audit, version, header,
 * answers, closing}); print; and answers saved for an older version are kept where they still
 * fit and listed where they do not. The rules themselves (field names, the response shape,
 * totals, placement) are in audit-rules.js, loaded first. Plain JavaScript, no framework,
 * nothing sent anywhere.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;

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
    var fields = [];
    $$(this.form, 'input, textarea').forEach(function (field) {
      if (!field.name || field.type === 'file') { return; }
      if (field.type === 'radio' && !field.checked) { return; }
      fields.push({ name: field.name, value: field.value, stage: field.hasAttribute('data-stage') });
    });
    var response = rules.response(this.id, this.version, fields);
    // The action plan (audit-plan.js) adds its rows here.
    this.form.dispatchEvent(new CustomEvent('audit:read', { detail: response }));
    return response;
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
    rules.answers(response, this.id).forEach(function (a) {
      var control = a.name ? self.control(a.name, a.value) : null;
      if (control) { placed.push({ control: control, value: a.value }); } else { left.push({ field: a.field, value: a.value }); }
    });
    return { placed: placed, left: left, response: response };
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
    this.form.dispatchEvent(new CustomEvent('audit:fill', { detail: placement.response || {} }));
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
    var saved = rules.savedAnswers(this.store.getItem(this.key), this.id);
    var from = this.key;
    if (!saved) {
      for (var i = 0; i < this.store.length; i++) {
        var k = this.store.key(i);
        var other = rules.otherVersionKey(this.key, k) ? rules.savedAnswers(this.store.getItem(k), this.id) : null;
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

  /** One distribution item: its total and, when filled but wrong, the first wrong box. */
  function distribution(item) {
    var inputs = $$(item, 'input[data-stage]');
    var d = rules.distribution(inputs.map(function (input) { return input.value; }));
    return { total: d.total, filled: d.filled, bad: d.bad < 0 ? null : inputs[d.bad] };
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
      // Each answered item's percentages, in its stages' order (a section with totals has one scale).
      var stages = [];
      var answered = [];
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
          var inputs = $$(item, 'input[data-stage]');
          stages = inputs.map(function (input) { return input.getAttribute('data-stage'); });
          answered.push(inputs.map(function (input) { return rules.percentage(input.value) || 0; }));
        }
      });
      self.totals(section, stages, rules.shares(answered, stages.length));
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

  /**
   * The section's totals row and its row of the summary, from the shares of its stages (null
   * when nothing was answered), and the stage the section sits nearest.
   */
  Audit.prototype.totals = function (section, stages, shares) {
    var id = section.getAttribute('data-section');
    function share(stage) {
      var i = stages.indexOf(stage);
      return !shares.length ? null : (i < 0 ? 0 : shares[i]);
    }
    var cells = $$(section, '[data-totals] [data-stage-total]')
      .concat($$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-stage-total]'));
    var names = [];
    var row = [];
    cells.forEach(function (cell) {
      var value = share(cell.getAttribute('data-stage-total'));
      cell.textContent = value === null ? '–' : value + '%';
      if (cell.hasAttribute('data-stage-name')) {
        names.push(cell.getAttribute('data-stage-name'));
        row.push(value);
      }
    });
    $$(this.form, '[data-summary] [data-summary-section="' + id + '"] [data-stage-share]').forEach(function (segment) {
      segment.style.width = (share(segment.getAttribute('data-stage-share')) || 0) + '%';
    });
    var place = $(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-placement]');
    if (place) {
      var stage = rules.placement(row);
      place.textContent = stage ? names[stage - 1] : 'Not answered yet';
    }
  };

  /** A choice section's count of each option, under the section and in the summary. */
  Audit.prototype.counts = function (section) {
    var id = section.getAttribute('data-section');
    var cells = $$(section, '[data-counts] [data-option-count]')
      .concat($$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-option-count]'));
    if (!cells.length) { return; }
    var counts = rules.counts($$(section, '.audit-item[data-type="choice"] input[type="radio"]:checked')
      .map(function (r) { return r.value; }));
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
    var blob = new Blob([rules.exportText(this.read())], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = rules.exportName(this.id, this.version);
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
    if (file.size > rules.MAX_IMPORT_BYTES) { self.message(refuse, true); return; }
    var reader = new FileReader();
    reader.onerror = function () { self.message(refuse, true); };
    reader.onload = function () {
      var read = rules.importedAnswers(String(reader.result), self.id);
      if (read.refused === 'damaged') { self.message(refuse, true); return; }
      if (read.refused === 'other') {
        self.message('This file holds answers to a different form (“' + read.audit + '”), so nothing was changed.', true);
        return;
      }
      self.fill(self.place(read.response));
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

  $$(document, 'form[data-audit]').forEach(function (form) {
    // The plan, comparison and PDF scripts read and save the answers through this.
    form.toolkitAudit = new Audit(form);
    form.toolkitAudit.start();
  });
}());
