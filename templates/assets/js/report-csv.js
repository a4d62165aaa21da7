/*
 * The report page's CSV files: the same files, columns and bytes as `toolkit report audits`
 * writes for the same returns (report/AuditReportFiles.java, report/Csv.java):
 * ReportPageBrowserTest compares the two byte for byte over one folder.
 */
(function () {
  'use strict';

  var DASH = '\u2013';

  /** A cell as report/Csv.cell writes it: quoted, and text a spreadsheet would run as a formula starting with an apostrophe. */
  function cell(text) {
    var value = text === null || text === undefined ? '' : String(text);
    var formula = value !== '' && '=+-@'.indexOf(value.charAt(0)) >= 0 && !/^-\d+(\.\d+)?$/.test(value);
    return '"' + (formula ? "'" + value : value).replace(/"/g, '""') + '"';
  }

  function csv(rows) {
    return rows.map(function (row) { return row.map(cell).join(',') + '\r\n'; }).join('');
  }

  function blank(text) { return text === DASH ? '' : String(text).replace(/\u2212/g, '-'); }

  /** answers.csv (AuditReportFiles.answers): for an audit answered at points, a last column says which point a row counts. */
  function answers(r) {
    var at = r.counting ? r.counting.column : null;
    function point(row, value) { return r.counting ? row.concat([value]) : row; }
    var rows = [point(['section', 'question', 'answered', 'answer', 'schools', 'percent', 'note'], 'point')];
    var leftOut = 'left out: fewer than ' + r.minimum + ' schools';
    r.tables.forEach(function (t) {
      t.rows.forEach(function (row) {
        if (row.group) { return; }
        if (row.suppressed) {
          rows.push(point([t.caption, row.label, String(row.answered), '', '', '', row.answered === 0 ? 'no answers' : leftOut], at));
          return;
        }
        row.cells.forEach(function (c, i) {
          rows.push(point([t.caption, row.label, String(row.answered), t.levels[i], String(c.count), String(c.percent), row.summary ? t.unit : ''], at));
        });
      });
    });
    r.counted.forEach(function (c) {
      rows.push(point(c.suppressed ? [c.section, c.label, String(c.schools), c.verb, '', '', leftOut]
        : [c.section, c.label, String(c.schools), c.verb, String(c.given), String(Math.round(100 * c.given / c.schools)), 'counted, never quoted'], ''));
    });
    return csv(rows);
  }

  /** schools.csv (AuditReportFiles.schools): for an audit answered at points, a last column says which point "answered" counts. */
  function schools(r) {
    var titles = r.shape.sections.map(function (s) { return s.title; });
    function point(row, value) { return r.counting ? row.concat([value]) : row; }
    var rows = [point(['school', 'returns', 'latest_return', 'answered'].concat(titles, r.standing.scored ? ['total'] : [], ['change']), 'answered_at')];
    r.standing.rows.forEach(function (row) {
      rows.push(point([row.school, String(row.returns), blank(row.date), row.answered]
        .concat(row.sections.map(function (f) { return blank(f.text); }), r.standing.scored ? [blank(row.total.text)] : [], [row.change.sort]), r.counting ? r.counting.column : null));
    });
    return csv(rows);
  }

  function furthest(r) {
    return csv([['question', 'section', 'schools', 'answered', 'percent']].concat(r.furthest.map(function (f) {
      return [f.label, f.section, String(f.schools), String(f.answered), String(f.percent)];
    })));
  }

  function changes(r) {
    return csv([['section', 'schools', 'moved_up', 'no_change', 'moved_down', 'mean_change', 'note']].concat(r.changes.map(function (c) {
      return c.suppressed ? [c.section, String(c.schools), '', '', '', '', 'left out: fewer than ' + r.minimum + ' schools']
        : [c.section, String(c.schools), String(c.up), String(c.same), String(c.down), c.mean.replace('+', '').replace('\u2212', '-'), ''];
    })));
  }

  function files(r) {
    return csv([['file', 'status', 'note']].concat(r.files.map(function (f) { return [f.file, f.read ? 'read' : 'skipped', f.note]; })));
  }

  /** The report's CSV files by name, as the command writes them (change.csv only when there is a change to show). */
  window.ToolkitReport.csv = function (r) {
    var out = { 'answers.csv': answers(r), 'schools.csv': schools(r), 'furthest.csv': furthest(r) };
    if (r.changes.length) { out['change.csv'] = changes(r); }
    out['files.csv'] = files(r);
    return out;
  };
}());
