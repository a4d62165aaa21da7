/*
 * Audit forms, enhanced: the wiring, loaded last of the page scripts. Without these scripts
 * every audit is a plain blank form that prints. With them: answers autosave in this browser
 * and come back after a reload, live progress, totals and results, the GOV.UK error summary,
 * export, import, clear and print. The rules are in audit-rules.js; the page object and its
 * concerns in audit-form.js, audit-storage.js, audit-checking.js and audit-results.js. Plain
 * JavaScript, no framework, nothing sent anywhere.
 */
(function (root) {
  'use strict';

  var page = root.ToolkitAuditPage;
  // The interface strings (strings.js): the page's own words, which a project or brand may change.
  var words = root.ToolkitStrings;
  var $ = page.$;
  var $$ = page.$$;

  /** Shows the tools, restores the answers and listens to the form. */
  page.Audit.prototype.start = function () {
    var self = this;
    var form = this.form;
    $$(form, '[data-audit-tools], [data-audit-bar], [data-audit-end]').forEach(function (el) { el.hidden = false; });
    this.openStore();
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
    root.addEventListener('beforeprint', function () { self.printHeading(); });
    this.printHeading();
    // An item's own error is settled when focus leaves the whole item, not box by box.
    form.addEventListener('focusout', function (event) {
      if (event.target.matches && event.target.matches('.point-dates input')) { self.update([event.target]); return; }
      var item = event.target.closest && event.target.closest('.audit-item');
      if (!item || (event.relatedTarget && item.contains(event.relatedTarget))) { return; }
      self.update([item]);
    });
    form.addEventListener('click', function (event) {
      var button = event.target.closest('[data-action]');
      if (button && button.tagName === 'BUTTON') { self.act(button.getAttribute('data-action')); }
    });
  };

  /** What each of the form's own buttons does (data-action). */
  page.Audit.prototype.act = function (action) {
    var form = this.form;
    var confirmImport = $(form, '[data-confirm-import]');
    var confirmClear = $(form, '[data-confirm-clear]');
    switch (action) {
      case 'check': this.summaryShown = true; this.update(true); this.showErrors(true); break;
      case 'import-confirm':
        confirmImport.hidden = true;
        if (this.pendingImport) { this.applyImport(this.pendingImport.response, this.pendingImport.fileName); }
        this.pendingImport = null;
        break;
      case 'import-cancel':
        confirmImport.hidden = true;
        this.pendingImport = null;
        this.message(words.text('audit.import-file.cancelled'), false);
        $(form, '[data-import-file]').focus();
        break;
      case 'print': root.print(); break;
      case 'export': this.exportAnswers(); break;
      case 'clear': confirmClear.hidden = false; confirmClear.focus(); break;
      case 'clear-cancel': confirmClear.hidden = true; $(form, '[data-action="clear"]').focus(); break;
      case 'clear-confirm': confirmClear.hidden = true; this.clear(); $(form, '[data-action="clear"]').focus(); break;
      case 'unfitted-dismiss': this.unfitted = []; this.showUnfitted(); this.save(); break;
      default: break;
    }
  };

  // Each form's page object exists as soon as this script has run, so that the scripts loaded
  // after it (the plan, the comparison, PDFs in the browser) can hang their listeners on it
  // ("audit:read", "audit:fill"); it starts, restoring the saved answers, once every deferred
  // script has run, so those listeners hear the restore (a plan migrated with the answers).
  var forms = $$(document, 'form[data-audit]');
  forms.forEach(function (form) { form.toolkitAudit = new page.Audit(form); });
  // (Deferred scripts run while readyState is already "interactive", before DOMContentLoaded;
  // "load" covers a script added after that event, "complete" one run again by the preview.)
  var started = false;
  function startAll() {
    if (started) { return; }
    started = true;
    forms.forEach(function (form) { form.toolkitAudit.start(); });
  }
  if (document.readyState === 'complete') {
    startAll();
  } else {
    document.addEventListener('DOMContentLoaded', startAll);
    root.addEventListener('load', startAll);
  }
}(window));
