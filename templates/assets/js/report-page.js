/*
 * The report page (report/): the officer picks or drops returned files (exports and filled
 * PDFs), report-read.js reads them, audit-report.js works out the figures, and this shows them,
 * with the same CSV files as the command (report-csv.js) to download from the page itself.
 * Nothing is uploaded: files are read here, and a CSV is a Blob made here.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  var ToolkitReport = window.ToolkitReport;
  // The interface strings (strings.js, which runs after this file: looked up when asked). The
  // report's headings, columns and notes are the keys toolkit report audits' page reads too.
  var words = { text: function (key, values) { return window.ToolkitStrings.text(key, values); } };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  function table(caption, heads, rows, attrs) {
    var t = el('table', Object.assign({ 'class': 'reflow' }, attrs || {}));
    if (caption) { t.appendChild(el('caption', {}, [caption])); }
    t.appendChild(el('thead', {}, [el('tr', {}, heads.map(function (h) {
      return typeof h === 'string' ? el('th', { scope: 'col' }, [h]) : el('th', Object.assign({ scope: 'col' }, h.attrs), [h.text]);
    }))]));
    var body = el('tbody');
    rows.forEach(function (r) { body.appendChild(r); });
    t.appendChild(body);
    return t;
  }

  function td(label, text, attrs) { return el('td', Object.assign({ 'data-label': label }, attrs || {}), [text]); }

  function section(id, title, children) {
    return el('section', { id: id, 'aria-labelledby': id + '-title' }, [el('h2', { id: id + '-title' }, [title])].concat(children));
  }

  function render(r, output) {
    output.textContent = '';
    var minimum = r.minimum;
    var privacy = r.options.small
      ? [el('p', { 'class': 'report-warning' }, [el('strong', {}, [words.text('report.privacy.small-shown')]), ' ' + words.text('report.page.privacy.small-shown', { minimum: minimum })])]
      : r.suppressed.length ? [el('p', {}, [words.text('report.privacy.left-out', { minimum: minimum })]),
        el('ul', { 'class': 'suppressed' }, r.suppressed.map(function (s) { return el('li', {}, [s]); }))]
        : [el('p', {}, [words.text('report.privacy.nothing', { minimum: minimum })])];
    // The files skipped are listed last, each with its reason: the summary links there.
    output.appendChild(el('p', { 'class': 'summary' }, [words.text('report.page.summary', { audit: r.shape.title,
      schools: words.text('report.page.schools', { count: r.schools }), files: words.text('report.files-read', { count: r.folder.read.length }),
      skipped: r.folder.skipped.length })].concat(r.folder.skipped.length
      ? [' ', el('a', { href: '#files' }, [words.text('report.page.skipped-link', { count: r.folder.skipped.length })])] : [])));
    output.appendChild(section('privacy', words.text('report.privacy.title'), privacy));
    var leftOut = words.text('report.left-out', { minimum: minimum });
    var maps = [el('p', {}, [words.text('report.page.answers.text')])];
    r.tables.forEach(function (t) {
      var rows = t.rows.map(function (row) {
        if (row.group) { return el('tr', { 'class': 'group' }, [el('th', { scope: 'colgroup', colspan: String(t.levels.length + 2) }, [row.label])]); }
        var tr = el('tr', row.summary ? { 'class': 'section-row' } : {}, [el('th', { scope: 'row' }, [row.label]), td(words.text('report.column.answered'), String(row.answered))]);
        if (row.suppressed) {
          tr.appendChild(td(words.text('report.column.figures'), row.answered === 0 ? words.text('report.no-answers') : leftOut, { colspan: String(t.levels.length), 'class': 'suppressed' }));
        } else {
          row.cells.forEach(function (c, i) {
            tr.appendChild(el('td', { 'class': 'heat heat-' + c.heat, 'data-label': t.levels[i] }, [c.count + ' ', el('span', { 'class': 'share' }, ['(' + c.percent + '%)'])]));
          });
        }
        return tr;
      });
      maps.push(el('h3', { id: 'map-' + t.id }, [t.caption]));
      maps.push(el('div', { 'class': 'table-scroll' }, [table(null, [words.text('report.column.question'), words.text('report.column.answered')].concat(t.levels), rows, { 'class': 'reflow heatmap', 'aria-labelledby': 'map-' + t.id })]));
      maps.push(el('p', { 'class': 'table-note' }, [words.text('report.counts-are', { unit: t.unit })]));
    });
    if (r.counted.length) {
      maps.push(el('h3', { id: 'counted-title' }, [words.text('report.counted.title')]));
      maps.push(el('p', {}, [words.text('report.counted.text')]));
      maps.push(table(null, [words.text('report.column.question'), words.text('report.column.section'), words.text('report.column.schools')], r.counted.map(function (c) {
        return el('tr', {}, [el('th', { scope: 'row' }, [c.label]), td(words.text('report.column.section'), c.section),
          td(words.text('report.column.schools'), c.suppressed ? leftOut : words.text('report.counted.given', { given: c.given, schools: c.schools, verb: c.verb }))]);
      }), { 'aria-labelledby': 'counted-title' }));
    }
    if (r.counting) {
      // Which assessment the counts are of, said before the first heat map (as the command's report says it).
      maps.splice(1, 0, el('p', { 'class': 'report-point' }, [el('strong', {}, [words.text('report.point.counted-at')]), ' ' + r.counting.label]));
    }
    output.appendChild(section('answers', words.text('report.answers.title'), maps));
    var titles = r.shape.sections.map(function (s) { return s.title; });
    var column = { school: words.text('report.column.school'), returns: words.text('report.column.returns'), latest: words.text('report.column.latest'),
      answered: words.text('report.column.answered'), total: words.text('report.column.total'), change: words.text('report.column.change') };
    var heads = [{ text: column.school, attrs: { 'data-sort-type': 'text', 'aria-sort': 'ascending' } }, { text: column.returns, attrs: { 'data-sort-type': 'number' } },
      { text: column.latest, attrs: { 'data-sort-type': 'text' } }, { text: column.answered, attrs: { 'data-sort-type': 'number' } }]
      .concat(titles.map(function (t) { return { text: t, attrs: { 'data-sort-type': 'number' } }; }))
      .concat(r.standing.scored ? [{ text: column.total, attrs: { 'data-sort-type': 'number' } }] : [])
      .concat([{ text: column.change, attrs: { 'data-sort-type': 'number' } }]);
    var schoolTable = table(words.text('report.page.schools.caption'), heads, r.standing.rows.map(function (row) {
      var tr = el('tr', {}, [el('th', { scope: 'row' }, [row.school]), td(column.returns, String(row.returns)), td(column.latest, row.date),
        td(column.answered, row.answered, { 'data-sort': row.answered.split(' ')[0] })]);
      row.sections.forEach(function (f, i) { tr.appendChild(td(titles[i], f.text, { 'data-sort': f.sort })); });
      if (r.standing.scored) { tr.appendChild(td(column.total, row.total.text, { 'data-sort': row.total.sort })); }
      tr.appendChild(td(column.change, row.change.text, { 'data-sort': row.change.sort }));
      return tr;
    }), { 'class': 'reflow sortable', 'data-sortable': '' });
    // What "Answered" counts, for an audit answered at points (as the command's report says it).
    var answeredNote = !r.counting ? [] : [el('p', { 'class': 'report-answered' }, [r.counting.id
      ? words.text('report.schools.answered-at', { point: r.counting.label }) : words.text('report.schools.answered-latest')])];
    output.appendChild(section('schools', words.text('report.schools.title'), answeredNote.concat([el('div', { 'class': 'table-scroll' }, [schoolTable])])));
    window.ToolkitReportTables.enhance(schoolTable);
    output.appendChild(section('furthest', words.text('report.furthest.title'), r.furthest.length
      ? [table(words.text('report.page.furthest.caption'), [words.text('report.column.question'), words.text('report.column.section'),
        words.text('report.column.schools'), words.text('report.furthest.share')], r.furthest.map(function (f) {
        return el('tr', {}, [el('th', { scope: 'row' }, [f.label]), td(words.text('report.column.section'), f.section),
          td(words.text('report.column.schools'), words.text('report.furthest.schools', { schools: f.schools, answered: f.answered })),
          td(words.text('report.furthest.share-short'), f.percent + '%')]);
      }))] : [el('p', {}, [words.text('report.furthest.none')])]));
    if (r.changes.length) {
      var moved = { schools: words.text('report.column.schools'), up: words.text('report.change.up'), same: words.text('report.change.same'),
        down: words.text('report.change.down'), mean: words.text('report.change.mean') };
      output.appendChild(section('change', words.text('report.change.title'), [table(words.text('report.change.caption'),
        [words.text('report.column.section'), moved.schools, moved.up, moved.same, moved.down, moved.mean], r.changes.map(function (c) {
          var tr = el('tr', {}, [el('th', { scope: 'row' }, [c.section])]);
          if (c.suppressed) { tr.appendChild(td(words.text('report.column.figures'), leftOut, { colspan: '5' })); } else {
            [[moved.schools, c.schools], [moved.up, c.up], [moved.same, c.same], [moved.down, c.down], [moved.mean, c.mean]]
              .forEach(function (p) { tr.appendChild(td(p[0], String(p[1]))); });
          }
          return tr;
        }))]));
    }
    output.appendChild(filesSection(r.files));
  }

  /** Every file picked, read or skipped, and what to know about it (why a skipped one was skipped). */
  function filesSection(files) {
    var read = words.text('report.files-read.read');
    var note = words.text('report.files-read.note');
    return section('files', words.text('report.files-read.title'), [table(words.text('report.page.files.caption'),
      [words.text('report.files-read.file'), read, note], files.map(function (f) {
      return el('tr', {}, [el('th', { scope: 'row' }, [f.file]), td(read, f.read ? words.text('report.files-read.was-read') : words.text('report.files-read.skipped')), td(note, f.note)]);
    }))]);
  }

  /**
   * The choice of the assessment point the heat maps count, as GOV.UK radios: each school's latest
   * answers, then each point by its name. Shown only for an audit answered at several points, and
   * set to the point the report was counted at, so the choice always says what the figures are of.
   */
  function pointChoice(box, r) {
    var shape = r.shape;
    if (!r.counting) { box.hidden = true; box.textContent = ''; box.removeAttribute('data-audit'); return; }
    if (box.getAttribute('data-audit') !== shape.id) {
      box.textContent = '';
      box.setAttribute('data-audit', shape.id);
      var choices = [{ value: '', label: words.text('report.point.latest'), hint: words.text('report.point.latest.hint') }]
        .concat(shape.points.map(function (p, i) { return { value: p, label: shape.pointLabels[i] }; }));
      box.appendChild(el('fieldset', { 'class': 'form-group report-point-choice', 'aria-describedby': 'report-point-hint' }, [
        el('legend', {}, [words.text('report.point.legend')]),
        el('p', { 'class': 'hint', id: 'report-point-hint' }, [words.text('report.point.hint')]),
        el('div', { 'class': 'choices' }, choices.map(function (c, i) {
          var id = 'report-point-' + i;
          var input = el('input', c.hint ? { type: 'radio', id: id, name: 'point', value: c.value, 'aria-describedby': id + '-hint' }
            : { type: 'radio', id: id, name: 'point', value: c.value });
          var label = el('label', { 'for': id }, [el('span', { 'class': 'choice-label' }, [c.label])]);
          if (c.hint) { label.appendChild(document.createTextNode(' ')); label.appendChild(el('span', { 'class': 'choice-meaning', id: id + '-hint' }, [c.hint])); }
          return el('div', { 'class': 'choice' }, [input, label]);
        }))]));
      box.hidden = false;
    }
    Array.prototype.forEach.call(box.querySelectorAll('input[name=point]'), function (input) {
      input.checked = input.value === (r.counting.id || '');
    });
  }

  var made = [];

  /** Links to the CSV files, each a Blob of this page (the URLs of the last report are let go). */
  function downloads(r) {
    made.forEach(function (url) { URL.revokeObjectURL(url); });
    made = [];
    var files = ToolkitReport.csv(r);
    var items = Object.keys(files).map(function (name) {
      var url = URL.createObjectURL(new Blob([files[name]], { type: 'text/csv;charset=utf-8' }));
      made.push(url);
      return el('li', {}, [el('a', { href: url, download: name, 'data-csv': name }, [name])]);
    });
    return section('downloads', words.text('report.csv.title'), [
      el('p', {}, [words.text('report.page.csv.text', { command: 'toolkit report audits' })]),
      el('ul', {}, items)]);
  }

  /** The key for anonymised codes: the bytes of a key file (64 hexadecimal digits), or null when it is not one. */
  function keyOf(text) {
    var hex = String(text).trim();
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) { return null; }
    var out = new Uint8Array(32);
    for (var i = 0; i < 32; i++) { out[i] = parseInt(hex.substr(2 * i, 2), 16); }
    return out;
  }

  function start(page) {
    var shapes = JSON.parse(page.getAttribute('data-shapes'));
    var library = page.getAttribute('data-pdf-library');
    var form = page.querySelector('[data-report-form]');
    var input = form.querySelector('#report-files');
    var keyInput = form.querySelector('#report-key');
    var status = page.querySelector('[data-report-status]');
    var output = page.querySelector('[data-report-output]');
    var pointBox = form.querySelector('[data-report-point]');
    var picked = [];
    // Without a key file, codes are keyed for this page only: stable while it is open, never again.
    var oneOff = crypto.getRandomValues(new Uint8Array(32));
    var key = null;
    var runs = 0;
    function update() {
      if (!picked.length) { return; }
      // Only the latest report is shown: a change made while one is worked out starts another.
      var run = ++runs;
      status.textContent = words.text('report.page.reading', { count: picked.length });
      ToolkitReport.report(picked, shapes, form.elements.audit.value,
        { small: form.elements.small.checked, anonymise: form.elements.anonymise.checked, key: key || oneOff, library: library,
          point: chosenPoint() })
        .then(function (r) {
          if (run !== runs) { return; }
          if (r.empty) {
            output.textContent = '';
            if (r.files.length) { output.appendChild(filesSection(r.files)); }
            pointChoice(pointBox, { counting: null });
            status.textContent = words.text('report.page.none-read', { count: picked.length });
            return;
          }
          pointChoice(pointBox, r);
          render(r, output);
          output.appendChild(downloads(r));
          var counts = { read: r.folder.read.length, count: picked.length };
          status.textContent = !r.options.anonymise ? words.text('report.page.made', counts)
            : key ? words.text('report.page.made-coded-key', counts) : words.text('report.page.made-coded-page', counts);
        });
    }
    /** The point chosen to count (null: each school's latest answers). */
    function chosenPoint() {
      var chosen = pointBox.querySelector('input[name=point]:checked');
      return chosen && chosen.value ? chosen.value : null;
    }
    function take(files) {
      var list = Array.prototype.slice.call(files);
      Promise.all(list.map(function (f) {
        if (/\.pdf$/i.test(f.name)) { return f.arrayBuffer().then(function (b) { return { name: f.name, size: f.size, bytes: new Uint8Array(b) }; }); }
        if (f.size > rules.MAX_IMPORT_BYTES) { return Promise.resolve({ name: f.name, size: f.size, text: '' }); }
        return f.text().then(function (text) { return { name: f.name, size: f.size, text: text }; });
      })).then(function (read) { picked = read; update(); });
    }
    input.addEventListener('change', function () { take(input.files); });
    keyInput.addEventListener('change', function () {
      var file = keyInput.files[0];
      if (!file) { key = null; update(); return; }
      file.text().then(function (text) {
        key = keyOf(text);
        if (!key) { status.textContent = words.text('report.page.not-a-key', { file: file.name }); }
        update();
      });
    });
    form.addEventListener('change', function (e) { if (e.target !== input && e.target !== keyInput) { update(); } });
    form.addEventListener('dragover', function (e) { e.preventDefault(); form.classList.add('is-over'); });
    form.addEventListener('dragleave', function () { form.classList.remove('is-over'); });
    form.addEventListener('drop', function (e) { e.preventDefault(); form.classList.remove('is-over'); take(e.dataTransfer.files); });
  }

  var page = document.querySelector('[data-audit-report]');
  if (page) { start(page); }
}());
