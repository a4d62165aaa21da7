/*
 * Where an audit's answers go besides the page: saved on this device (localStorage, keyed by
 * audit id and version) and restored after a reload, answers saved for another version brought
 * across (what no longer fits is listed, never dropped), export to and import from the response
 * JSON (import asks before it replaces anything), clear, and the running head of printed pages.
 * Nothing is sent anywhere. Adds to the page object of audit-form.js.
 */
(function (root) {
  'use strict';

  var rules = root.ToolkitAudit;
  // The interface strings (strings.js): the page's own words, which a project or brand may change.
  var words = root.ToolkitStrings;
  var page = root.ToolkitAuditPage;
  var Audit = page.Audit;
  var $ = page.$;
  var $$ = page.$$;

  /** This browser's localStorage, or null when it cannot keep anything (private mode, blocked). */
  Audit.prototype.openStore = function () {
    try {
      var probe = '__toolkit-press__';
      root.localStorage.setItem(probe, probe);
      root.localStorage.removeItem(probe);
      this.store = root.localStorage;
    } catch (e) {
      this.store = null;
    }
    return this.store;
  };

  /* ---------- saving on this device ---------- */

  Audit.prototype.save = function () {
    this.printHeading();
    if (!this.store) { return; }
    var data = this.read();
    data.saved = new Date().toISOString();
    if (this.unfitted.length) { data.unfitted = this.unfitted; }
    try {
      this.store.setItem(this.key, JSON.stringify(data));
      // Written only when the minute changes, so the status region is not announced at every keystroke.
      this.status(words.text('audit.status.saved', { time: new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) }), true);
    } catch (e) {
      this.status(words.text('audit.status.not-saved'));
    }
  };

  /** This version's saved answers, or an older or newer version's moved across to this one. */
  Audit.prototype.restore = function () {
    if (!this.store) {
      this.status(words.text('audit.status.no-storage'));
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
      this.status(words.text('audit.status.brought-across', { version: saved.version }));
    } else {
      // The day they were last saved: someone back after days, or at a shared computer, can tell
      // whose and how old these answers are.
      var when = new Date(saved.saved);
      this.status(saved.saved && !isNaN(when.getTime())
        ? words.text('audit.status.restored-from', { date: rules.longDate(when) })
        : words.text('audit.status.restored'));
    }
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

  /* ---------- export ---------- */

  /**
   * The school's name: the audit's first header field (docs/forms.md, "Export"), or "" when the
   * audit has none or it is empty.
   */
  Audit.prototype.school = function () {
    var field = $(this.form, '.header-fields input');
    return field ? field.value.trim() : '';
  };

  /** The header field the school's name is in, as the response keeps it. */
  Audit.prototype.schoolField = function () {
    var field = $(this.form, '.header-fields input');
    var name = field ? rules.parseFieldName(field.name, this.id) : null;
    return name ? name.key : '';
  };

  /**
   * The response an export holds: the answers; when they were last saved on this device (now,
   * when this device keeps nothing), which the import question shows, so a file can be told from
   * the answers it would replace; and the figures worked out from them.
   */
  Audit.prototype.exported = function () {
    var response = this.read();
    // Read back from what this device keeps, not tracked beside it: the two cannot disagree.
    var kept = this.store ? rules.savedAnswers(this.store.getItem(this.key), this.id) : null;
    response.saved = kept && typeof kept.saved === 'string' ? kept.saved : new Date().toISOString();
    var figures = this.figures ? this.figures() : null;
    if (figures) { response.figures = figures; }
    return response;
  };

  Audit.prototype.exportAnswers = function () {
    var blob = new Blob([rules.exportText(this.exported())], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = rules.exportName(this.id, this.school(), rules.isoDate(new Date()));
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    this.status(words.text('audit.status.exported', { file: link.download }));
  };

  /* ---------- import ---------- */

  /** Shows the import's message (hides it when {@code text} is empty). */
  Audit.prototype.message = function (text, problem) {
    var box = $(this.form, '[data-import-message]');
    box.textContent = text;
    box.classList.toggle('notice-problem', !!problem);
    box.hidden = !text;
  };

  /**
   * Says how an import ended and moves focus there: the message is below the tools, often off
   * the screen of a phone, and the file picker gives no sign of its own that anything happened.
   */
  Audit.prototype.importEnded = function (text, problem) {
    this.message(text, problem);
    $(this.form, '[data-import-message]').focus();
  };

  /**
   * Reads a response file; a wrong or damaged file changes nothing and says so plainly. What an
   * earlier file left on screen goes first (its message, or its question still waiting for an
   * answer), so nothing said is about another file than the one just chosen.
   */
  Audit.prototype.importFile = function (file) {
    var self = this;
    var refuse = words.text('audit.import-file.refused');
    if (!file) { return; }
    this.message('');
    $(this.form, '[data-confirm-import]').hidden = true;
    this.pendingImport = null;
    if (file.size > rules.MAX_IMPORT_BYTES) { self.importEnded(refuse, true); return; }
    var reader = new FileReader();
    reader.onerror = function () { self.importEnded(refuse, true); };
    reader.onload = function () {
      var read = rules.importedAnswers(String(reader.result), self.id, self.version);
      if (read.refused === 'damaged') { self.importEnded(refuse, true); return; }
      if (read.refused === 'other') {
        self.importEnded(words.text('audit.import-file.other-form', { audit: read.audit }), true);
        return;
      }
      if (read.refused === 'newer') {
        self.importEnded(words.text('audit.import-file.newer', { fileVersion: read.version, pageVersion: self.version }), true);
        return;
      }
      if (self.hasAnswers()) {
        self.askToImport(read.response, file.name);
      } else {
        self.applyImport(read.response, file.name);
      }
    };
    reader.readAsText(file);
  };

  /** True when the form holds any answer, header or closing text that an import would replace. */
  Audit.prototype.hasAnswers = function () {
    var r = this.read();
    return Object.keys(r.answers).length + Object.keys(r.header).length + Object.keys(r.closing).length > 0 ||
      this.unfitted.length > 0;
  };

  /** Says what the file holds and asks to replace or cancel; nothing changes until "Yes". */
  Audit.prototype.askToImport = function (response, fileName) {
    var about = rules.describeResponse(response, this.schoolField(), this.items());
    var facts = $(this.form, '[data-import-facts]');
    facts.textContent = '';
    [[words.text('audit.import-file.fact.file'), fileName],
      [words.text('audit.import-file.fact.school'), about.school || words.text('audit.import-file.fact.not-named')],
      [words.text('audit.import-file.fact.saved'), about.saved || words.text('audit.import-file.fact.not-recorded')],
      [words.text('audit.import-file.fact.answered'), rules.progressText(about.answered, about.total)],
      [words.text('audit.import-file.fact.version'), about.version === null ? words.text('audit.import-file.fact.not-recorded')
        : about.version === this.version ? words.text('audit.import-file.fact.this-version', { version: about.version })
          : words.text('audit.import-file.fact.older-version', { version: about.version })]
    ].forEach(function (pair) {
      var div = document.createElement('div');
      var dt = document.createElement('dt');
      var dd = document.createElement('dd');
      dt.textContent = pair[0];
      dd.textContent = pair[1];
      div.appendChild(dt);
      div.appendChild(dd);
      facts.appendChild(div);
    });
    this.pendingImport = { response: response, fileName: fileName };
    var panel = $(this.form, '[data-confirm-import]');
    panel.hidden = false;
    panel.focus();
  };

  Audit.prototype.applyImport = function (response, fileName) {
    this.shownErrors = {};
    this.fill(this.place(response));
    this.save();
    this.importEnded(this.unfitted.length ? words.text('audit.import-file.done-unfitted', { file: fileName })
      : words.text('audit.import-file.done', { file: fileName }), false);
  };

  /* ---------- clear ---------- */

  Audit.prototype.clear = function () {
    this.unfitted = [];
    this.shownErrors = {};
    this.fill({ placed: [], left: [] });
    if (this.store) { this.store.removeItem(this.key); }
    $(this.form, '[data-error-summary]').hidden = true;
    this.summaryShown = false;
    this.message('');
    this.status(words.text('audit.status.cleared'));
  };

  /* ---------- print: the school and date on every page ---------- */

  /** The header fields as [{key, label, value}], in the form's order. */
  Audit.prototype.headerFields = function () {
    var self = this;
    return $$(this.form, '.header-fields input, .point-dates input').map(function (input) {
      var name = rules.parseFieldName(input.name, self.id);
      var label = input.labels && input.labels[0];
      return { key: name ? name.key : '', label: label ? label.textContent.trim() : '', value: input.value };
    });
  };

  /**
   * Writes the running head of every printed page into a page margin box (@page @top-left:
   * Chromium prints it on each page without covering content). Set just before printing, so it
   * carries the school and the audit's date as they are then, and the day it is printed.
   */
  Audit.prototype.printHeading = function () {
    var style = this.printStyle || (this.printStyle = document.head.appendChild(document.createElement('style')));
    // The form's title is what labels it: its own title, or the page's heading that gave it.
    var title = document.getElementById(this.form.getAttribute('aria-labelledby'));
    // A style sheet written again, even unchanged, restyles the whole page: this runs on every save.
    page.setText(style, '@page { @top-left { content: ' +
      rules.printHeading(this.school(), title ? title.textContent : '', rules.auditDate(this.headerFields()),
        rules.longDate(new Date())) + '; font: 9pt sans-serif; } }');
  };
}(window));
