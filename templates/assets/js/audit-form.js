/*
 * Audit forms, enhanced: the page object every other audit script builds on. An audit form's
 * answers read from and written to its controls, in the response shape of audit-rules.js
 * ({audit, version, header, answers, closing}). The other page scripts add their concern to the
 * same prototype, in the order the page loads them: audit-storage.js (this device, export,
 * import, clear, print), audit-checking.js (progress, errors, the error summary),
 * audit-results.js (totals, counts, scores, the results) and audit.js (wiring, last). There are
 * no modules so that pages work from file:// and need no bundler.
 */
(function (root) {
  'use strict';

  var rules = root.ToolkitAudit;

  function $(scope, selector) { return scope.querySelector(selector); }
  function $$(scope, selector) { return Array.prototype.slice.call(scope.querySelectorAll(selector)); }

  /**
   * Writes an element's text only when it differs. Every keystroke recounts the whole form, and
   * a write of the same text still makes the browser lay the page out again (on a long audit
   * that was most of a keystroke's cost) and a live region speak again.
   */
  function setText(element, text) {
    text = String(text);
    if (element.textContent !== text) { element.textContent = text; }
  }

  function Audit(form) {
    this.form = form;
    this.id = form.getAttribute('data-audit');
    this.version = parseInt(form.getAttribute('data-version'), 10);
    this.key = form.getAttribute('data-storage-key');
    this.store = null;
    this.unfitted = [];
    this.summaryShown = false;
    // Each item's error as last shown: an item's own error changes only when the user leaves the
    // item or presses Check, never while they type in it (GOV.UK).
    this.shownErrors = {};
    this.pendingImport = null;
  }

  /** The form's answers in the response shape; empty fields are left out. */
  Audit.prototype.read = function () {
    var fields = [];
    $$(this.form, 'input, textarea').forEach(function (field) {
      if (!field.name || field.type === 'file') { return; }
      if ((field.type === 'radio' || field.type === 'checkbox') && !field.checked) { return; }
      fields.push({ name: field.name, value: field.value, number: field.hasAttribute('data-stage') || field.hasAttribute('data-score') });
    });
    var response = rules.response(this.id, this.version, fields);
    // The action plan (audit-plan.js) adds its rows here.
    this.form.dispatchEvent(new CustomEvent('audit:read', { detail: response }));
    return response;
  };

  /** The control an answer (by field name and value) belongs in, when the form still has one. */
  Audit.prototype.control = function (name, value) {
    var fields = this.form.elements.namedItem(name);
    if (!fields) { return null; }
    if (fields.length !== undefined && fields.tagName === undefined) {
      var match = null;
      Array.prototype.forEach.call(fields, function (f) { if (f.value === String(value)) { match = f; } });
      return match;
    }
    if (fields.type === 'radio' || fields.type === 'checkbox') { return fields.value === String(value) ? fields : null; }
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
      if (field.type === 'radio' || field.type === 'checkbox') { field.checked = false; } else if (field.type !== 'file') { field.value = ''; }
    });
    placement.placed.forEach(function (p) {
      if (p.control.type === 'radio' || p.control.type === 'checkbox') { p.control.checked = true; } else { p.control.value = p.value; }
    });
    this.unfitted = placement.left;
    this.showUnfitted();
    this.update();
    this.form.dispatchEvent(new CustomEvent('audit:fill', { detail: placement.response || {} }));
  };

  /** The items as the page knows them, for describing a file: [{id, type, parts}]. */
  Audit.prototype.items = function () {
    var self = this;
    return $$(this.form, '.audit-item').map(function (item) {
      var parts = [];
      $$(item, 'input, textarea').forEach(function (f) {
        var n = f.name ? rules.parseFieldName(f.name, self.id) : null;
        if (n && n.key !== 'evidence' && parts.indexOf(n.key) < 0) { parts.push(n.key); }
      });
      return { id: item.getAttribute('data-item'), type: item.getAttribute('data-type'), parts: parts };
    });
  };

  /**
   * The text of the status line under the tools (a polite live region). {@code unlessShown}: left
   * as it is when it already says that, so a repeated message (each autosave's) is not announced
   * again; an answer to something the user did is always written, so it is always heard.
   */
  Audit.prototype.status = function (text, unlessShown) {
    var line = $(this.form, '[data-save-status]');
    if (unlessShown) { setText(line, text); } else { line.textContent = text; }
  };

  root.ToolkitAuditPage = { Audit: Audit, $: $, $$: $$, setText: setText };
}(window));
