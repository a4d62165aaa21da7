/*
 * The report page's CSV files: the same files, columns and bytes as `toolkit report audits`
 * writes for the same returns (report/AuditReportFiles.java, report/Csv.java):
 * ReportPageBrowserTest compares the two byte for byte over one folder.
 */
(function () {
  'use strict';

  var DASH = '\u2013';
  var rules = window.ToolkitAudit;
  // The notes are the command's (report/AuditReportFiles), from the same keys of templates/strings.
  var words = { text: function (key, values) { return window.ToolkitStrings.text(key, values); } };

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
    var rows = [point(['section', 'number', 'question', 'answered', 'answer', 'level', 'schools', 'percent', 'note'], 'point')];
    var leftOut = words.text('report.csv.left-out', { minimum: r.minimum });
    r.tables.forEach(function (t) {
      t.rows.forEach(function (row) {
        if (row.group) { return; }
        if (row.suppressed) {
          rows.push(point([t.caption, row.number, row.question, String(row.answered), '', '', '', '', row.answered === 0 ? words.text('report.csv.no-answers') : leftOut], at));
          return;
        }
        row.cells.forEach(function (c, i) {
          rows.push(point([t.caption, row.number, row.question, String(row.answered), t.levels[i], String(i + 1), String(c.count), String(c.percent), row.summary ? t.unit : ''], at));
        });
      });
    });
    r.counted.forEach(function (c) {
      rows.push(point(c.suppressed ? [c.section, c.number, c.question, String(c.schools), c.verb, '', '', '', leftOut]
        : [c.section, c.number, c.question, String(c.schools), c.verb, '', String(c.given), String(Math.round(100 * c.given / c.schools)), words.text('report.csv.counted')], ''));
    });
    return csv(rows);
  }

  /** A section's columns by the main ratings it asks (report/SchoolLines.columns): scores first, then stages, then options. */
  function columnsOf(section) {
    var main = section.ratings.filter(function (r) { return r.main; });
    var scores = main.filter(function (r) { return r.type === 'score'; });
    if (scores.length) { return { id: section.id, kind: 'score', ratings: scores, options: [] }; }
    var stages = main.filter(function (r) { return r.type === 'distribution'; });
    if (stages.length) { return { id: section.id, kind: 'stage', ratings: stages, options: [] }; }
    var options = [];
    main.forEach(function (r) { r.levels.forEach(function (o) { if (options.indexOf(o) < 0) { options.push(o); } }); });
    return { id: section.id, kind: main.length ? 'choice' : 'none', ratings: main, options: options };
  }

  /** A section's cells from the answers; its main scores are added to {@code scores} (SchoolLines.cells). */
  function cells(c, answers, scores) {
    var own = [];
    var shares = [];
    var chosen = {};
    var any = false;
    c.options.forEach(function (o) { chosen[o] = 0; });
    c.ratings.forEach(function (r) {
      var a = rules.itemAnswer(r, { answers: answers });
      if (a === null) { return; }
      any = true;
      if (r.type === 'score') { own.push([a, r.max]); } else if (r.type === 'distribution') { shares.push(a); } else if (chosen[r.levels[a]] !== undefined) {
        chosen[r.levels[a]]++;
      }
    });
    scores.push.apply(scores, own);
    if (c.kind === 'score') { var f = rules.scoreFigures(own); return [f.total, f.maximum, f.percentage]; }
    if (c.kind === 'stage') {
      if (!shares.length) { return ['', '']; }
      var stage = rules.placement(rules.shares(shares, c.ratings[0].levels.length));
      return [String(stage), c.ratings[0].labels[stage - 1]];
    }
    if (c.kind === 'choice') { return c.options.map(function (o) { return any ? String(chosen[o]) : ''; }); }
    return [];
  }

  /**
   * schools.csv (report/SchoolLines): numbers a spreadsheet sorts and adds up, a section's columns
   * named by its id; for an audit answered at points, a row per school for its latest answers (its
   * latest return) and one per point (from the newest return that rates a question there).
   */
  function schools(r) {
    var shape = r.shape;
    var all = window.ToolkitReport.allRatings(shape);
    var columns = shape.sections.map(columnsOf);
    var scored = r.standing.scored;
    var points = shape.points.length > 0;
    var head = ['school', 'returns', 'latest_return'].concat(points ? ['point', 'point_date'] : [], ['answered', 'questions']);
    columns.forEach(function (c) {
      if (c.kind === 'score') { head.push(c.id + '_score', c.id + '_max', c.id + '_percent'); }
      if (c.kind === 'stage') { head.push(c.id + '_stage', c.id + '_stage_name'); }
      if (c.kind === 'choice') { c.options.forEach(function (o) { head.push(c.id + '_' + o); }); }
    });
    var rows = [head.concat(scored ? ['total_score', 'total_max', 'total_percent'] : [], ['change'])];
    function line(start, point, answers, change) {
      var scores = [];
      var out = start.concat(point, [String(all.filter(function (q) { return rules.itemAnswer(q, { answers: answers }) !== null; }).length),
        String(all.length)]);
      columns.forEach(function (c) { out = out.concat(cells(c, answers, scores)); });
      if (scored) { var t = rules.scoreFigures(scores); out.push(t.total, t.maximum, t.percentage); }
      out.push(change);
      return out;
    }
    r.bySchool.forEach(function (s, i) {
      var row = r.standing.rows[i];
      var start = [row.school, String(row.returns), blank(row.date)];
      if (!points) { rows.push(line(start, [], s.latest, row.change.sort)); return; }
      rows.push(line(start, ['latest', ''], s.latest, row.change.sort));
      shape.points.forEach(function (p) {
        // The point's answers and date from the newest return that rates a question there (School.returnsAt).
        var from = s.atPoints[p];
        rows.push(line(start, [p, from.pointDates[p] || ''], window.ToolkitReport.at(shape, all, from.answers, p), row.change.sort));
      });
    });
    return csv(rows);
  }

  function furthest(r) {
    return csv([['number', 'question', 'section', 'schools', 'answered', 'percent']].concat(r.furthest.map(function (f) {
      return [f.number, f.question, f.section, String(f.schools), String(f.answered), String(f.percent)];
    })));
  }

  function changes(r) {
    return csv([['section', 'schools', 'moved_up', 'no_change', 'moved_down', 'mean_change', 'note']].concat(r.changes.map(function (c) {
      return c.suppressed ? [c.section, String(c.schools), '', '', '', '', words.text('report.csv.left-out', { minimum: r.minimum })]
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
