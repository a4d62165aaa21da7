/*
 * The audit's fillable PDF, both ways, on the audit's page: "Download as filled PDF" writes the
 * current answers (and the action plan) into the audit's own fillable PDF (audit-pdf-fill.js),
 * and "Import a filled PDF" reads a returned PDF's fields back (audit-pdf-read.js) into the form
 * through the same import as a JSON file (audit.js: it asks before replacing answers, refuses
 * another audit or a newer version). The comparison (audit-compare.js) reads a filled PDF through
 * form.toolkitPdf.answersFile too.
 *
 * The PDF library is loaded only when one of these is used, from this site; nothing is sent anywhere.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  var pdf = rules.pdf;
  // The interface strings (strings.js): the page's own words, which a project or brand may change.
  var words = window.ToolkitStrings;

  function $(root, selector) { return root.querySelector(selector); }
  function $$(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  function Pdf(form, box) {
    this.form = form;
    this.box = box;
    this.audit = form.getAttribute('data-audit');
    this.version = parseInt(form.getAttribute('data-version'), 10);
    this.blankUrl = box.getAttribute('data-form-pdf');
    this.librarySrc = box.getAttribute('data-pdf-library');
  }

  Pdf.prototype.lib = function () { return pdf.library(this.librarySrc); };

  Pdf.prototype.message = function (text, problem) {
    var box = $(this.box, '[data-pdf-message]');
    box.textContent = text;
    box.classList.toggle('notice-problem', !!problem);
    box.hidden = !text;
  };

  /**
   * How the PDF's action plan names each question, by item id: the references the build worked
   * out (view/PlanRefs, carried by the page as data-plan-refs; data-plan-reads the other way,
   * what a cell may hold back to its item), so the page has no rule of its own.
   */
  Pdf.prototype.refs = function () {
    return JSON.parse(this.box.getAttribute('data-plan-refs') || '{}');
  };

  /** Each section's score items with their highest point: what the score figures are worked out from. */
  Pdf.prototype.scoreItems = function () {
    return $$(this.form, '[data-section]').map(function (section) {
      return { id: section.getAttribute('data-section'), items: $$(section, '.audit-item[data-type="score"]').map(function (item) {
        return { id: item.getAttribute('data-item'), max: parseInt(item.getAttribute('data-max'), 10) };
      }) };
    });
  };

  /** Each radio group's option values in the form's order, by name. */
  Pdf.prototype.radios = function () {
    var radios = {};
    $$(this.form, 'input[type="radio"][name]').forEach(function (r) { (radios[r.name] || (radios[r.name] = [])).push(r.value); });
    return radios;
  };

  /** The blank fillable PDF: fetched from the site; refused from file:// (the caller asks for it then). */
  Pdf.prototype.blank = function () {
    if (!this.blankUrl || window.location.protocol === 'file:') { return Promise.reject(new Error('no fetch')); }
    return fetch(this.blankUrl).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.arrayBuffer();
    }).then(function (b) { return new Uint8Array(b); });
  };

  Pdf.prototype.download = function (blankBytes) {
    var self = this;
    var audit = this.form.toolkitAudit;
    var response = audit.read();
    var values = pdf.fieldValues(response, this.audit, this.refs());
    this.message('');
    this.warning([]);
    this.status(words.text('audit.pdf-file.filling'));
    return Promise.all([this.lib(), blankBytes ? Promise.resolve(blankBytes) : this.blank()]).then(function (got) {
      var lib = got[0];
      return pdf.read(lib, got[1]).then(function (blank) {
        if (blank.audit !== self.audit) { throw new Error('other'); }
        return pdf.fill(lib, got[1], values, self.radios(), pdf.figureValues(self.audit, self.scoreItems(), response));
      });
    }).then(function (result) {
      var name = rules.exportName(self.audit, audit.school(), rules.isoDate(new Date())).replace(/\.json$/, '.pdf');
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([result.filled], { type: 'application/pdf' }));
      link.download = name;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      var isPlan = function (n) { return !!pdf.parsePlanFieldName(n, self.audit); };
      var rows = result.left.filter(isPlan);
      var other = result.left.length - rows.length;
      var planNote = !rows.length ? ''
        : result.names.some(isPlan) ? ' ' + words.text('audit.pdf-file.plan-too-long')
          : ' ' + words.text('audit.pdf-file.no-plan');
      self.status([words.text('audit.pdf-file.filled', { file: name }) + planNote +
        (other ? ' ' + words.text('audit.pdf-file.no-box', { count: other }) : '')]
        .concat(self.tooLongNote(result.tooLong)));
      self.warning(self.undrawnNote(result.undrawn));
      self.hideBlank();
    }, function (e) {
      if (e && e.message === 'no fetch') { self.status(''); self.askForBlank(); return; }
      self.status('');
      self.message(e && e.message === 'other'
        ? words.text('audit.pdf-file.not-blank', { file: self.blankName() })
        : e && e.message === 'library'
          ? words.text('audit.pdf-file.no-library', { exportButton: words.text('audit.export.button') })
          : words.text('audit.pdf-file.blank-unreadable'), true);
    });
  };

  /**
   * What the status says about answers too long to show in full in their PDF box even in the
   * least print (audit-pdf-fill.js): which ones, each named as the page names its question (the
   * error summary's words) and linked to its box, that the PDF still holds every word, and what
   * to do to print them whole. The answers on the page are not changed. Status parts: text, and
   * {text, target} for a link.
   */
  Pdf.prototype.tooLongNote = function (fields) {
    if (!fields || !fields.length) { return []; }
    var parts = this.withBoxes(words.text('audit.pdf-file.too-long', { count: fields.length, boxes: BOXES }), fields);
    parts[0] = ' ' + parts[0];
    return parts;
  };

  /** What a message's {boxes} is given, so that {@link Pdf#withBoxes} can put the boxes' links there. */
  var BOXES = '\u0000';

  /**
   * A message's parts (its {boxes} given as {@link BOXES}) with the boxes' names, each linked to
   * its box, where {boxes} stands, separated by "; ".
   */
  Pdf.prototype.withBoxes = function (message, fields) {
    var self = this;
    var around = message.split(BOXES);
    var parts = [around[0]];
    fields.forEach(function (f, i) {
      if (i > 0) { parts.push('; '); }
      parts.push(self.boxName(f));
    });
    parts.push(around.slice(1).join(''));
    return parts;
  };

  /**
   * The warning about answers holding characters the PDF's form font cannot draw
   * (audit-pdf-fill.js; pdf.drawnLetters): each named as the page names its question and linked
   * to its box, the characters themselves (at most ten, then "…"), and that the answer is kept
   * whole everywhere it is kept. Parts as for {@link Pdf#status}; none when every character is drawn.
   */
  Pdf.prototype.undrawnNote = function (fields) {
    if (!fields || !fields.length) { return []; }
    var letters = [];
    fields.forEach(function (f) { f.letters.forEach(function (l) { if (letters.indexOf(l) < 0) { letters.push(l); } }); });
    var shown = letters.slice(0, 10).join(' ') + (letters.length > 10 ? ' …' : '');
    return this.withBoxes(words.text('audit.pdf-file.undrawn', { count: fields.length, boxes: BOXES, letters: shown }), fields);
  };

  /** Shows the warning text with {@code parts} (as for {@link Pdf#status}), or hides it when there are none. */
  Pdf.prototype.warning = function (parts) {
    var box = $(this.box, '[data-pdf-warning]');
    if (!box) { return; }
    write($(box, '[data-pdf-warning-text]'), parts);
    box.hidden = !parts.length;
  };

  /**
   * How the status names a PDF field whose answer is too long: its box on the page, by the
   * question it belongs to (ToolkitAuditPage.itemLabel, as the error summary says it), with the
   * box's own label too where the question has more than one box to write in; a field with no
   * box on the page (an action plan's row) by its tooltip, shortened as the page shortens words.
   */
  Pdf.prototype.boxName = function (field) {
    var page = window.ToolkitAuditPage;
    var box = document.getElementById(field.name);
    if (!box || !this.form.contains(box)) { return page.quoted(field.tooltip); }
    var item = box.closest('.audit-item');
    var own = '';
    if (box.labels && box.labels[0]) {
      var label = box.labels[0].cloneNode(true);
      $$(label, '.visually-hidden').forEach(function (hidden) { hidden.remove(); });
      own = label.textContent;
    }
    var text = !item ? page.quoted(own || field.tooltip)
      : $$(item, 'textarea, input[type="text"]').length > 1 && own ? words.text('audit.pdf-file.box-in-question', { box: page.quoted(own), question: page.itemLabel(item) })
        : page.itemLabel(item);
    return { text: text, target: box };
  };

  Pdf.prototype.blankName = function () {
    return this.blankUrl ? this.blankUrl.replace(/^.*\//, '') : words.text('audit.pdf-file.blank-unnamed');
  };

  /** From file://, the browser will not let the page read the blank PDF itself: ask the user to choose it. */
  Pdf.prototype.askForBlank = function () {
    var panel = $(this.box, '[data-pdf-blank]');
    panel.hidden = false;
    panel.focus();
  };

  /** Hides the request for the blank form; focus that was in it goes back to the Download button. */
  Pdf.prototype.hideBlank = function () {
    var panel = $(this.box, '[data-pdf-blank]');
    if (!panel || panel.hidden) { return; }
    var had = panel.contains(document.activeElement);
    panel.hidden = true;
    var download = $(this.box, '[data-pdf-action="download"]');
    if (had && download) { download.focus(); }
  };

  /**
   * Says {@code parts} in the status: a string, or a list of strings and {text, target} links to
   * a box on the page, which a click scrolls to and focuses as the error summary's links do.
   */
  Pdf.prototype.status = function (parts) {
    write($(this.box, '[data-pdf-status]'), parts);
  };

  /** Writes {@code parts} into {@code element}: strings as text, {text, target} as links to a box on the page. */
  function write(element, parts) {
    element.textContent = '';
    (typeof parts === 'string' ? [parts] : parts).forEach(function (part) {
      if (typeof part === 'string') { element.appendChild(document.createTextNode(part)); return; }
      var a = document.createElement('a');
      a.href = '#' + part.target.id;
      a.textContent = part.text;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        window.ToolkitAuditPage.goTo(part.target);
      });
      element.appendChild(a);
    });
  }

  /**
   * A filled PDF's answers as a JSON response file of the same name: what the JSON import and
   * the comparison read. Rejects with 'other' when it is not a form of a toolkit audit.
   */
  Pdf.prototype.answersFile = function (file) {
    var self = this;
    var numeric = $$(this.form, 'input[data-stage], input[data-score]').map(function (i) { return i.name; });
    var items = JSON.parse(this.box.getAttribute('data-plan-reads') || '{}');
    return Promise.all([this.lib(), pdf.bytes(file)]).then(function (got) {
      return pdf.read(got[0], got[1]);
    }).then(function (read) {
      // A PDF whose radio states are numbered: the number is the option's place in the form's own order.
      var radios = self.radios();
      Object.keys(radios).forEach(function (name) {
        var v = read.values[name];
        if (v && radios[name].indexOf(v) < 0 && /^\d+$/.test(v) && Number(v) < radios[name].length) { read.values[name] = radios[name][Number(v)]; }
      });
      var response = pdf.responseOf(read.values, read.audit, read.version === null ? self.version : read.version, numeric, items);
      if (!response.plan.length) { delete response.plan; }
      var json = new File([rules.exportText(response)], file.name, { type: 'application/json' });
      json.missing = read.audit === self.audit && read.version === self.version ? self.missingFrom(read.values) : [];
      return json;
    });
  };

  /**
   * The names of this form's answers that a PDF of the same version has no field for: flattened
   * or removed by the program it was filled in, so whatever was written there is lost to reading
   * (pdf/PrintEdition.readable says the same to `toolkit read`).
   */
  Pdf.prototype.missingFrom = function (values) {
    var self = this;
    var names = {};
    $$(this.form, 'input[name], textarea[name], select[name]').forEach(function (c) {
      if (rules.parseFieldName(c.name, self.audit) && !(c.name in values)) { names[c.name] = true; }
    });
    return Object.keys(names);
  };

  /** Imports a filled PDF through audit.js's own import (asks first, explains other audits and versions). */
  Pdf.prototype.importPdf = function (file) {
    var self = this;
    if (!file) { return; }
    this.message('');
    this.status(words.text('audit.pdf-file.reading', { file: file.name }));
    this.answersFile(file).then(function (json) {
      self.status('');
      if (json.missing.length) {
        self.message(words.text('audit.pdf-file.boxes-missing', { count: json.missing.length, file: file.name,
          boxes: json.missing.slice(0, 5).join(', ') + (json.missing.length > 5 ? ', …' : '') }), true);
      }
      self.form.toolkitAudit.importFile(json);
    }, function (e) {
      self.status('');
      self.message(e && e.message === 'too large'
        ? words.text('audit.pdf-file.too-large')
        : e && e.message === 'flattened'
        ? words.text('audit.pdf-file.flattened')
        : e && e.message === 'library'
        ? words.text('audit.pdf-file.no-library-import')
        : words.text('audit.pdf-file.unreadable'), true);
    });
  };

  Pdf.prototype.start = function () {
    var self = this;
    this.box.hidden = false;
    this.box.addEventListener('click', function (event) {
      var button = event.target.closest('[data-pdf-action]');
      if (!button) { return; }
      if (button.getAttribute('data-pdf-action') === 'download') { self.download(); }
      if (button.getAttribute('data-pdf-action') === 'blank-cancel') { self.hideBlank(); }
    });
    // Not a JSON import: audit.js, which listens on the form, must not see these files.
    this.box.addEventListener('change', function (event) {
      var input = event.target;
      if (input.type !== 'file') { return; }
      event.stopPropagation();
      var file = input.files[0];
      input.value = '';
      if (!file) { return; }
      if (input.hasAttribute('data-pdf-import')) { self.importPdf(file); }
      if (input.hasAttribute('data-pdf-blank-file')) { pdf.bytes(file).then(function (b) { self.download(b); }); }
    });
  };

  $$(document, 'form[data-audit]').forEach(function (form) {
    var box = $(form, '[data-audit-pdf]');
    if (box && form.toolkitAudit) {
      form.toolkitPdf = new Pdf(form, box);
      form.toolkitPdf.start();
    }
  });
}());
