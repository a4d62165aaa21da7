/*
 * Compare with an earlier audit, wired to the page: an earlier export or filled PDF is read (never
 * applied to the form) and ToolkitAudit.compare says what moved; shown per section as a bar chart with an
 * equivalent table, and per item in a table. Every value is text set with textContent.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;

  var $ = window.ToolkitAuditPage.$;
  var $$ = window.ToolkitAuditPage.$$;

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  function signed(n, unit) {
    if (n === null) { return 'Not answered in both'; }
    return n === 0 ? 'No change' : (n > 0 ? '+' : '−') + Math.abs(n) + unit;
  }

  function percent(n) { return n === null ? 'Not answered' : n + '%'; }

  /** An item's answer in words: a choice's label, a score, or how far along a distribution is. */
  function answerText(item, shapeItem, which) {
    var v = item[which];
    if (v === null) { return 'Not answered'; }
    if (item.type === 'choice') { return shapeItem.levelLabels[v] || v; }
    if (item.type === 'score') { return String(v); }
    return item[which === 'from' ? 'earlier' : 'current'] + '%';
  }

  function itemChange(item) {
    if (item.type === 'choice' && item.from !== null && item.to !== null) {
      var steps = item.change === null ? 0 : item.change;
      return steps === 0 ? 'No change' : (steps > 0 ? 'Moved towards ' : 'Moved away from ') + 'the goal (' + signed(item.change, ' points') + ')';
    }
    return signed(item.change, item.type === 'score' ? '' : ' points');
  }

  /** A table of rows {key, id, cells: [row header, earlier, now, change]}, in a scrolling wrapper. */
  function table(caption, first, rows) {
    var wrap = el('div', null, 'table-wrap');
    var t = wrap.appendChild(el('table', null, 'compare-table'));
    t.appendChild(el('caption', caption));
    var head = t.appendChild(el('thead')).appendChild(el('tr'));
    [first, 'Earlier', 'Now', 'Change'].forEach(function (h) { head.appendChild(el('th', h)).scope = 'col'; });
    var body = t.appendChild(el('tbody'));
    rows.forEach(function (row) {
      var tr = body.appendChild(el('tr'));
      tr.setAttribute(row.key, row.id);
      tr.appendChild(el('th', row.cells[0])).scope = 'row';
      row.cells.slice(1).forEach(function (c) { tr.appendChild(el('td', c)); });
    });
    return wrap;
  }

  function Compare(form, box) {
    this.form = form;
    this.box = box;
    this.audit = form.getAttribute('data-audit');
    this.earlier = null;
    this.name = '';
  }

  Compare.prototype.message = function (text) {
    var m = $(this.box, '[data-compare-message]');
    m.textContent = text;
    m.hidden = !text;
  };

  Compare.prototype.load = function (file) {
    var self = this;
    if (!file) { return; }
    var refuse = 'This file could not be read as an earlier export of this audit, so nothing is compared. Choose a .json file exported from this form, or a PDF filled in from it.';
    if (rules.pdf && rules.pdf.isPdf(file) && this.form.toolkitPdf) {
      // A filled PDF is read into the same answers file an export is (audit-pdf.js).
      this.form.toolkitPdf.answersFile(file).then(function (answers) { self.load(answers); }, function (e) {
        self.message(e && e.message === 'flattened'
          ? 'This PDF has no form fields left (the program it was filled in flattened it, or it was printed to PDF), so its answers cannot be read and nothing is compared.'
          : refuse);
      });
      return;
    }
    if (file.size > rules.MAX_IMPORT_BYTES) { self.message(refuse); return; }
    var reader = new FileReader();
    reader.onerror = function () { self.message(refuse); };
    reader.onload = function () {
      var read = rules.importedAnswers(String(reader.result), self.audit);
      if (read.refused === 'other') { self.message('This file holds answers to a different form (“' + read.audit + '”), so nothing is compared.'); return; }
      if (read.refused) { self.message(refuse); return; }
      self.message('');
      self.earlier = read.response;
      self.name = file.name;
      self.show();
      $(self.box, '[data-compare-result]').focus();
    };
    reader.readAsText(file);
  };

  Compare.prototype.show = function () {
    var result = $(this.box, '[data-compare-result]');
    if (!this.earlier) { result.hidden = true; return; }
    var shape = rules.shapeOf(this.form);
    var byId = {};
    shape.sections.forEach(function (s) { s.items.forEach(function (i) { byId[i.id] = i; }); });
    var comparison = rules.compare(shape, this.earlier, this.form.toolkitAudit.read());
    result.textContent = '';
    var when = this.earlier.header && (this.earlier.header.date || this.earlier.saved);
    result.appendChild(el('h3', 'What moved since ' + (when ? when : 'the earlier audit') + ' (' + this.name + ')'));
    result.appendChild(el('p', 'Each figure says how far along the answers are, from 0% (all at the first stage, option or score) to 100% (all at the last). A section’s figure is the average over the questions answered in it.'));

    // The chart: two bars per section; the table after it carries the same figures.
    var chart = el('div', null, 'compare-chart');
    chart.setAttribute('aria-hidden', 'true');
    comparison.sections.forEach(function (s) {
      var row = el('div', null, 'compare-chart-row');
      row.appendChild(el('p', s.title, 'compare-chart-title'));
      [['Earlier', s.earlier, 'compare-bar-earlier'], ['Now', s.current, 'compare-bar-now']].forEach(function (b) {
        var line = el('div', null, 'compare-bar-line');
        line.appendChild(el('span', b[0] + ': ' + percent(b[1]), 'compare-bar-label'));
        var track = el('span', null, 'compare-bar-track');
        var bar = el('span', null, 'compare-bar ' + b[2]);
        bar.style.width = (b[1] || 0) + '%';
        track.appendChild(bar);
        line.appendChild(track);
        row.appendChild(line);
      });
      chart.appendChild(row);
    });
    result.appendChild(chart);

    result.appendChild(table('Sections: earlier and now', 'Section', comparison.sections.map(function (s) {
      return { key: 'data-compare-section', id: s.id, cells: [s.title, percent(s.earlier), percent(s.current), signed(s.change, ' points')] };
    })));
    comparison.sections.forEach(function (s) {
      var details = el('details', null, 'compare-items');
      details.appendChild(el('summary', 'Question by question: ' + s.title));
      details.appendChild(table(s.title + ': each question, earlier and now', 'Question', s.items.map(function (item) {
        return { key: 'data-compare-item', id: item.id, cells: [item.label, answerText(item, byId[item.id], 'from'),
          answerText(item, byId[item.id], 'to'), itemChange(item)] };
      })));
      result.appendChild(details);
    });
    result.hidden = false;
  };

  Compare.prototype.start = function () {
    var self = this;
    this.box.hidden = false;
    var input = $(this.box, '[data-compare-file]');
    input.addEventListener('change', function (event) {
      // Not an import: audit.js must not see this file.
      event.stopPropagation();
      self.load(input.files[0]);
      input.value = '';
    });
    this.form.addEventListener('input', function () { if (self.earlier) { self.show(); } });
  };

  $$(document, 'form[data-audit]').forEach(function (form) {
    var box = $(form, '[data-audit-compare]');
    if (box && form.toolkitAudit) { new Compare(form, box).start(); }
  });
}());
