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
      ? [el('p', { 'class': 'report-warning' }, [el('strong', {}, ['Small groups are shown.']), ' Some figures below come from fewer than ' + minimum + ' schools and could identify a school.'])]
      : r.suppressed.length ? [el('p', {}, ['Figures drawn from fewer than ' + minimum + ' schools are left out, so that no school can be picked out:']),
        el('ul', { 'class': 'suppressed' }, r.suppressed.map(function (s) { return el('li', {}, [s]); }))]
        : [el('p', {}, ['Nothing: every figure comes from at least ' + minimum + ' schools.'])];
    output.appendChild(el('p', { 'class': 'summary' }, [r.shape.title + ': from the latest returns of ' + r.schools + (r.schools === 1 ? ' school' : ' schools') + ', ' +
      r.folder.read.length + ' files read, ' + r.folder.skipped.length + ' skipped.']));
    output.appendChild(section('privacy', 'What was left out', privacy));
    var maps = [el('p', {}, ['Each row counts the schools that gave each answer in their latest return, with that count as a share of the schools that answered. The darker the shading, the more schools; the numbers say the same.'])];
    r.tables.forEach(function (t) {
      var rows = t.rows.map(function (row) {
        if (row.group) { return el('tr', { 'class': 'group' }, [el('th', { scope: 'colgroup', colspan: String(t.levels.length + 2) }, [row.label])]); }
        var tr = el('tr', row.summary ? { 'class': 'section-row' } : {}, [el('th', { scope: 'row' }, [row.label]), td('Answered', String(row.answered))]);
        if (row.suppressed) {
          tr.appendChild(td('Figures', row.answered === 0 ? 'No answers' : 'Left out: fewer than ' + minimum + ' schools', { colspan: String(t.levels.length), 'class': 'suppressed' }));
        } else {
          row.cells.forEach(function (c, i) {
            tr.appendChild(el('td', { 'class': 'heat heat-' + c.heat, 'data-label': t.levels[i] }, [c.count + ' ', el('span', { 'class': 'share' }, ['(' + c.percent + '%)'])]));
          });
        }
        return tr;
      });
      maps.push(el('h3', { id: 'map-' + t.id }, [t.caption]));
      maps.push(el('div', { 'class': 'table-scroll' }, [table(null, ['Question', 'Answered'].concat(t.levels), rows, { 'class': 'reflow heatmap', 'aria-labelledby': 'map-' + t.id })]));
      maps.push(el('p', { 'class': 'table-note' }, ['Counts are ' + t.unit + '.']));
    });
    if (r.counted.length) {
      maps.push(el('h3', { id: 'counted-title' }, ['Written, ticked and dated answers']));
      maps.push(el('p', {}, ['How many schools wrote, ticked or dated each of these in their latest return. What they wrote is never shown here: it may name pupils.']));
      maps.push(table(null, ['Question', 'Section', 'Schools'], r.counted.map(function (c) {
        return el('tr', {}, [el('th', { scope: 'row' }, [c.label]), td('Section', c.section),
          td('Schools', c.suppressed ? 'Left out: fewer than ' + minimum + ' schools' : c.given + ' of ' + c.schools + ' ' + c.verb)]);
      }), { 'aria-labelledby': 'counted-title' }));
    }
    output.appendChild(section('answers', 'How schools answered', maps));
    var titles = r.shape.sections.map(function (s) { return s.title; });
    var heads = [{ text: 'School', attrs: { 'data-sort-type': 'text', 'aria-sort': 'ascending' } }, { text: 'Returns', attrs: { 'data-sort-type': 'number' } },
      { text: 'Latest return', attrs: { 'data-sort-type': 'text' } }, { text: 'Answered', attrs: { 'data-sort-type': 'number' } }]
      .concat(titles.map(function (t) { return { text: t, attrs: { 'data-sort-type': 'number' } }; }))
      .concat(r.standing.scored ? [{ text: 'Total', attrs: { 'data-sort-type': 'number' } }] : [])
      .concat([{ text: 'Change', attrs: { 'data-sort-type': 'number' } }]);
    var schoolTable = table('Schools\u2019 latest returns, by section', heads, r.standing.rows.map(function (row) {
      var tr = el('tr', {}, [el('th', { scope: 'row' }, [row.school]), td('Returns', String(row.returns)), td('Latest return', row.date),
        td('Answered', row.answered, { 'data-sort': row.answered.split(' ')[0] })]);
      row.sections.forEach(function (f, i) { tr.appendChild(td(titles[i], f.text, { 'data-sort': f.sort })); });
      if (r.standing.scored) { tr.appendChild(td('Total', row.total.text, { 'data-sort': row.total.sort })); }
      tr.appendChild(td('Change', row.change.text, { 'data-sort': row.change.sort }));
      return tr;
    }), { 'class': 'reflow sortable', 'data-sortable': '' });
    output.appendChild(section('schools', 'Where each school stands', [el('div', { 'class': 'table-scroll' }, [schoolTable])]));
    window.ToolkitReportTables.enhance(schoolTable);
    output.appendChild(section('furthest', 'Questions most often furthest from the goal', r.furthest.length
      ? [table('The questions in most schools\u2019 proposed plans', ['Question', 'Section', 'Schools', 'Share of schools that answered it'], r.furthest.map(function (f) {
        return el('tr', {}, [el('th', { scope: 'row' }, [f.label]), td('Section', f.section), td('Schools', f.schools + ' of ' + f.answered), td('Share', f.percent + '%')]);
      }))] : [el('p', {}, ['No question can be shown here.'])]));
    if (r.changes.length) {
      output.appendChild(section('change', 'Change over time', [table('Change from first to latest answers, by section',
        ['Section', 'Schools', 'Moved up', 'No change', 'Moved down', 'Mean change'], r.changes.map(function (c) {
          var tr = el('tr', {}, [el('th', { scope: 'row' }, [c.section])]);
          if (c.suppressed) { tr.appendChild(td('Figures', 'Left out: fewer than ' + minimum + ' schools', { colspan: '5' })); } else {
            [['Schools', c.schools], ['Moved up', c.up], ['No change', c.same], ['Moved down', c.down], ['Mean change', c.mean]]
              .forEach(function (p) { tr.appendChild(td(p[0], String(p[1]))); });
          }
          return tr;
        }))]));
    }
    output.appendChild(section('files', 'Files read and skipped', [table('Every file picked', ['File', 'Read', 'Note'], r.files.map(function (f) {
      return el('tr', {}, [el('th', { scope: 'row' }, [f.file]), td('Read', f.read ? 'Read' : 'Skipped'), td('Note', f.note)]);
    }))]));
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
    return section('downloads', 'The figures as CSV', [
      el('p', {}, ['Each table of the report as a file for a spreadsheet, the same files as toolkit report audits writes. They are made in this browser.']),
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
    var picked = [];
    // Without a key file, codes are keyed for this page only: stable while it is open, never again.
    var oneOff = crypto.getRandomValues(new Uint8Array(32));
    var key = null;
    var runs = 0;
    function update() {
      if (!picked.length) { return; }
      // Only the latest report is shown: a change made while one is worked out starts another.
      var run = ++runs;
      status.textContent = 'Reading ' + picked.length + (picked.length === 1 ? ' file…' : ' files…');
      ToolkitReport.report(picked, shapes, form.elements.audit.value,
        { small: form.elements.small.checked, anonymise: form.elements.anonymise.checked, key: key || oneOff, library: library })
        .then(function (r) {
          if (run !== runs) { return; }
          if (r.empty) {
            output.textContent = '';
            status.textContent = 'None of the ' + picked.length + ' files could be read as a returned audit.';
            return;
          }
          render(r, output);
          output.appendChild(downloads(r));
          status.textContent = 'Report made from ' + r.folder.read.length + ' of ' + picked.length + ' files' +
            (r.options.anonymise ? (key ? ', schools coded with your key file.' : ', schools coded for this page only (choose your key file to keep the same codes).') : '.');
        });
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
        if (!key) { status.textContent = file.name + ' is not a key file (64 hexadecimal digits): schools are coded for this page only.'; }
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
