/*
 * Compare with an earlier audit, wired to the page: an earlier export or filled PDF is read (never
 * applied to the form) and ToolkitAudit.compare says what moved; shown per section as a bar chart with an
 * equivalent table, and per item in a table. Every value is text set with textContent.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  // The interface strings (strings.js): the page's own words, which a project or brand may change.
  var words = window.ToolkitStrings;

  var $ = window.ToolkitAuditPage.$;
  var $$ = window.ToolkitAuditPage.$$;

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  /** A change: in points (of a percentage, or levels of a choice) or, for a score, as a bare number. */
  function signed(n, points) {
    if (n === null) { return words.text('audit.compare-result.not-in-both'); }
    if (n === 0) { return words.text('audit.compare-result.no-change'); }
    if (!points) { return (n > 0 ? '+' : '−') + Math.abs(n); }
    return n > 0 ? words.text('audit.compare-result.up', { count: n }) : words.text('audit.compare-result.down', { count: -n });
  }

  function percent(n) { return n === null ? words.text('audit.compare-result.not-answered') : n + '%'; }

  /** An item's answer in words: a choice's label, a score, or how far along a distribution is. */
  function answerText(item, shapeItem, which) {
    var v = item[which];
    if (v === null) { return words.text('audit.compare-result.not-answered'); }
    if (item.type === 'choice') { return shapeItem.levelLabels[v] || v; }
    if (item.type === 'score') { return String(v); }
    return item[which === 'from' ? 'earlier' : 'current'] + '%';
  }

  function itemChange(item) {
    if (item.type === 'choice' && item.from !== null && item.to !== null) {
      var steps = item.change === null ? 0 : item.change;
      if (steps === 0) { return words.text('audit.compare-result.no-change'); }
      var change = { change: signed(item.change, true) };
      return steps > 0 ? words.text('audit.compare-result.towards-goal', change) : words.text('audit.compare-result.away-from-goal', change);
    }
    return signed(item.change, item.type !== 'score');
  }

  /**
   * A table of rows {key, id, cells: [row header, earlier, now, change]}, in a scrolling wrapper.
   * On a narrow screen it reflows (site.css, table.reflow): each row a card headed by its question
   * or section, each figure labelled from its column, so nothing scrolls sideways at 320 px.
   */
  function table(caption, first, rows) {
    var wrap = el('div', null, 'table-wrap');
    var t = wrap.appendChild(el('table', null, 'compare-table reflow'));
    t.appendChild(el('caption', caption));
    var head = t.appendChild(el('thead')).appendChild(el('tr'));
    var headings = [first, words.text('audit.compare-result.earlier'), words.text('audit.compare-result.now'), words.text('audit.compare-result.change')];
    headings.forEach(function (h) { head.appendChild(el('th', h)).scope = 'col'; });
    var body = t.appendChild(el('tbody'));
    rows.forEach(function (row) {
      var tr = body.appendChild(el('tr'));
      tr.setAttribute(row.key, row.id);
      tr.appendChild(el('th', row.cells[0])).scope = 'row';
      row.cells.slice(1).forEach(function (c, i) { tr.appendChild(el('td', c)).setAttribute('data-label', headings[i + 1]); });
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
    // Each file chosen starts afresh: a refusal ("nothing is compared") is never said above the
    // comparison with the file chosen before, nor that comparison's refusal above this one's.
    this.earlier = null;
    this.message('');
    this.show();
    var refuse = words.text('audit.compare-result.refused');
    if (rules.pdf && rules.pdf.isPdf(file) && this.form.toolkitPdf) {
      // A filled PDF is read into the same answers file an export is (audit-pdf.js).
      this.form.toolkitPdf.answersFile(file).then(function (answers) { self.load(answers); }, function (e) {
        self.message(e && e.message === 'flattened'
          ? words.text('audit.compare-result.flattened')
          : refuse);
      });
      return;
    }
    if (file.size > rules.MAX_IMPORT_BYTES) { self.message(refuse); return; }
    var reader = new FileReader();
    reader.onerror = function () { self.message(refuse); };
    reader.onload = function () {
      var read = rules.importedAnswers(String(reader.result), self.audit);
      if (read.refused === 'other') { self.message(words.text('audit.compare-result.other-form', { audit: read.audit })); return; }
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
    result.appendChild(el('h3', when ? words.text('audit.compare-result.title', { when: when, file: this.name })
      : words.text('audit.compare-result.title-undated', { file: this.name })));
    result.appendChild(el('p', words.text('audit.compare-result.intro')));

    // The chart: two bars per section; the table after it carries the same figures.
    var chart = el('div', null, 'compare-chart');
    chart.setAttribute('aria-hidden', 'true');
    comparison.sections.forEach(function (s) {
      var row = el('div', null, 'compare-chart-row');
      row.appendChild(el('p', s.title, 'compare-chart-title'));
      [[words.text('audit.compare-result.bar-earlier', { figure: percent(s.earlier) }), s.earlier, 'compare-bar-earlier'],
        [words.text('audit.compare-result.bar-now', { figure: percent(s.current) }), s.current, 'compare-bar-now']].forEach(function (b) {
        var line = el('div', null, 'compare-bar-line');
        line.appendChild(el('span', b[0], 'compare-bar-label'));
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

    result.appendChild(table(words.text('audit.compare-result.sections.caption'), words.text('audit.compare-result.section'), comparison.sections.map(function (s) {
      return { key: 'data-compare-section', id: s.id, cells: [s.title, percent(s.earlier), percent(s.current), signed(s.change, true)] };
    })));
    comparison.sections.forEach(function (s) {
      var details = el('details', null, 'compare-items');
      details.appendChild(el('summary', words.text('audit.compare-result.questions.summary', { section: s.title })));
      details.appendChild(table(words.text('audit.compare-result.questions.caption', { section: s.title }), words.text('audit.compare-result.question'), s.items.map(function (item) {
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
