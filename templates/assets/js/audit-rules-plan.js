/*
 * The rules of the action plan and of comparisons, with no page: which answered items the plan
 * proposes (furthest from the goal first), the plan's rows as a response keeps them, the plan as
 * CSV, what moved between two responses, and what changed between assessment points. On the same
 * namespace as audit-rules.js (loaded first); wired to the page by audit-plan.js and
 * audit-compare.js (audit-results.js for the points). Held to src/test/resources/rules/
 * plan-cases.json, csv-cases.json, compare-cases.json (model/ActionPlan on the Java side) and
 * point-change-cases.json (model/PointChange).
 */
(function (root) {
  'use strict';

  var rules = root.ToolkitAudit;
  // The interface strings (strings.js, which may run after this file: looked up when asked).
  var words = { text: function (key, values) { return root.ToolkitStrings.text(key, values); } };

  /*
   * Both work on a shape of the audit read from the page: {sections: [{id, title, items: [{id,
   * label, type, levels}]}]}, where levels are a distribution's stage ids (first to final), a
   * choice's option ids (in the audit's order) or a score's possible values (lowest first).
   */

  /**
   * The change from the first to the last of a list of figures in assessment-point order (null
   * where a point is not answered): {from, to} the indexes of the first and last answered points
   * and {change} the difference, or null when fewer than two points are answered.
   */
  rules.pointChange = function (values) {
    var answered = [];
    values.forEach(function (v, i) { if (v !== null && v !== undefined && v !== '') { answered.push(i); } });
    if (answered.length < 2) { return null; }
    var from = answered[0];
    var to = answered[answered.length - 1];
    return { from: from, to: to, change: Math.round((Number(values[to]) - Number(values[from])) * 10) / 10 };
  };

  /**
   * A change as the page prints it: "+5", "−0.5" (a true minus sign), or no change in the
   * interface strings' words (audit.results.no-change). The filled view prints
   * model/PointChange.text, held to the same cases.
   */
  rules.changeText = function (change, decimals) {
    if (change === 0) { return words.text('audit.results.no-change'); }
    var text = Math.abs(change).toFixed(decimals || 0);
    return (change > 0 ? '+' : '\u2212') + text;
  };

  /**
   * A section's change in its score figures from the first point any of its questions is
   * answered at to the last, over the questions answered at both only (a question first scored
   * at the last point is not progress): given [{values: [score or null per point], max}], gives
   * {from, to, items, of, before, after, change: {total, mean, percentage}} (before and after as
   * scoreFigures gives them), or null with fewer than two points answered or no question
   * answered at both. The same rule as model/PointChange.section.
   */
  rules.sectionChange = function (questions) {
    function given(v) { return v !== null && v !== undefined && v !== ''; }
    var points = questions.length ? questions[0].values.length : 0;
    var answered = [];
    for (var p = 0; p < points; p++) {
      if (questions.some(function (q) { return given(q.values[p]); })) { answered.push(p); }
    }
    if (answered.length < 2) { return null; }
    var from = answered[0];
    var to = answered[answered.length - 1];
    var both = questions.filter(function (q) { return given(q.values[from]) && given(q.values[to]); });
    if (!both.length) { return null; }
    var before = rules.scoreFigures(both.map(function (q) { return [Number(q.values[from]), q.max]; }));
    var after = rules.scoreFigures(both.map(function (q) { return [Number(q.values[to]), q.max]; }));
    var change = {};
    ['total', 'mean', 'percentage'].forEach(function (f) {
      var c = rules.pointChange([before[f], after[f]]);
      if (c) { change[f] = c.change; }
    });
    return { from: from, to: to, items: both.length, of: questions.length, before: before, after: after, change: change };
  };

  /** The plan's rows as a response keeps them; anything else in a file is dropped. */
  rules.PLAN_PARTS = ['item', 'action', 'who', 'by', 'measure'];

  rules.planRows = function (plan) {
    if (!Array.isArray(plan)) { return []; }
    return plan.filter(function (row) { return row && typeof row === 'object' && !Array.isArray(row); })
      .map(function (row) {
        var out = {};
        rules.PLAN_PARTS.forEach(function (part) {
          var v = row[part];
          out[part] = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
        });
        return out;
      });
  };

  /**
   * A saved or imported plan brought into this form, whose items may have changed since (a new
   * version of the audit): a row about an item the form still has is kept as it is; a row about
   * an item it no longer has is kept as the school's own row (item "") when the school wrote
   * anything in it, and that it was about that item is listed (left: [{field, value}], for the
   * list of answers that no longer fit); a row with nothing written in it and an item that is
   * gone was only a proposal and is dropped. {@code items} are the form's item ids.
   */
  rules.fitPlan = function (plan, items) {
    var rows = [];
    var left = [];
    rules.planRows(plan).forEach(function (row) {
      if (!row.item || items.indexOf(row.item) >= 0) { rows.push(row); return; }
      var written = rules.PLAN_PARTS.some(function (part) { return part !== 'item' && row[part].trim() !== ''; });
      if (!written) { return; }
      var gone = row.item;
      row.item = '';
      rows.push(row);
      left.push({ field: words.text('audit.import-file.plan-row', { row: rows.length }),
        value: words.text('audit.import-file.plan-row-gone', { item: gone }) });
    });
    return { rows: rows, left: left };
  };

  /**
   * An item's own answer ({@code part}: choice or score): as given, or, when it is answered at
   * assessment points ("score@first", …, in the form's order), the last point answered.
   */
  rules.latest = function (parts, part) {
    if (parts[part] !== undefined && parts[part] !== '') { return parts[part]; }
    var found;
    Object.keys(parts).forEach(function (key) {
      if (key.indexOf(part + '@') === 0 && parts[key] !== '' && parts[key] !== null) { found = parts[key]; }
    });
    return found;
  };

  /**
   * An item's answer in a response as the scale reads it: a distribution's shares per level
   * (only when they add up to 100), a choice's option index, a score's number; null otherwise.
   */
  rules.itemAnswer = function (item, response) {
    var parts = (response && response.answers && response.answers[item.id]) || {};
    if (item.type === 'distribution') {
      var shares = item.levels.map(function (level) { var n = rules.percentage(parts[level] === undefined ? '' : parts[level]); return n || 0; });
      var total = shares.reduce(function (a, b) { return a + b; }, 0);
      return total === 100 ? shares : null;
    }
    if (item.type === 'choice') {
      var i = item.levels.indexOf(String(rules.latest(parts, 'choice')));
      return i < 0 ? null : i;
    }
    if (item.type === 'score') {
      var v = rules.latest(parts, 'score');
      return v === undefined || v === '' || isNaN(Number(v)) ? null : Number(v);
    }
    return null;
  };

  /**
   * How far along an answered item is, 0 (first stage, first option, lowest score) to 100 (the
   * final stage, the last option, the highest score), rounded half up.
   */
  rules.progress = function (item, answer) {
    if (answer === null || answer === undefined) { return null; }
    var last = item.levels.length - 1;
    if (item.type === 'distribution') {
      var sum = 0;
      answer.forEach(function (share, i) { sum += share * i; });
      return last ? Math.round(sum / last) : 100;
    }
    if (item.type === 'choice') { return last ? Math.round(100 * answer / last) : 100; }
    var low = Number(item.levels[0]);
    var high = Number(item.levels[last]);
    return high > low ? Math.round(100 * (answer - low) / (high - low)) : 100;
  };

  /** The default rows the plan proposes, and what "needs action" means for each scale type. */
  rules.PLAN_DEFAULT_ROWS = 5;

  /**
   * Per scale type: how much an answered item needs action, 0 (it does not) to about 100, so
   * that items of different scales rank on one measure. By the audit's
   * `action_plan.needs_action` ids when given: a distribution, its share in those stages
   * (default: the first stage), ties to less in the final stage; a choice, earlier in the list
   * ranks higher (default: every option but the last, in order); a score, lower is further
   * (default: any score below the highest).
   */
  rules.planNeeds = {
    distribution: function (item, answer, needs) {
      var ids = needs && needs.length ? needs : [item.levels[0]];
      var share = 0;
      item.levels.forEach(function (level, i) { if (ids.indexOf(level) >= 0) { share += answer[i]; } });
      return share ? share + (100 - answer[answer.length - 1]) / 1000 : 0;
    },
    choice: function (item, answer, needs) {
      var ids = needs && needs.length ? needs : item.levels.slice(0, -1);
      var at = ids.indexOf(item.levels[answer]);
      return at < 0 ? 0 : 100 * (ids.length - at) / ids.length;
    },
    score: function (item, answer, needs) {
      var low = Number(item.levels[0]);
      var high = Number(item.levels[item.levels.length - 1]);
      var listed = needs && needs.length ? needs.map(Number).indexOf(answer) >= 0 : answer < high;
      return listed ? Math.max(100 * (high - answer) / (high - low || 1), 0.001) : 0;
    }
  };

  /**
   * The rows the plan proposes from a response: the answered items furthest from the goal, most
   * in need first (ties in the audit's order), at most {@code settings.rows}. Each is {item,
   * label}. Settings are the audit's `action_plan:` ({needs_action: {<type>: [ids]}, rows}).
   */
  rules.proposePlan = function (shape, response, settings) {
    settings = settings || {};
    var needs = settings.needs_action || {};
    var found = [];
    shape.sections.forEach(function (section) {
      section.items.forEach(function (item) {
        var rule = rules.planNeeds[item.type];
        var answer = rule ? rules.itemAnswer(item, response) : null;
        var need = answer === null ? 0 : rule(item, answer, needs[item.type]);
        if (need > 0) { found.push({ item: item.id, label: item.label, need: need, order: found.length }); }
      });
    });
    found.sort(function (a, b) { return b.need - a.need || a.order - b.order; });
    var rows = settings.rows > 0 ? settings.rows : rules.PLAN_DEFAULT_ROWS;
    return found.slice(0, rows).map(function (f) { return { item: f.item, label: f.label }; });
  };

  /**
   * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a cell that a
   * spreadsheet would run as a formula (= + - @, tab or carriage return first) gets an apostrophe.
   */
  rules.csvCell = function (value) {
    var text = String(value === null || value === undefined ? '' : value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  };

  /** The plan as CSV, one row a line (CRLF), the item named by its label. */
  rules.planCsv = function (rows, labels) {
    var lines = [['Item', 'Action', 'Who', 'By when', 'How we will know']];
    rows.forEach(function (row) {
      lines.push([row.item ? (labels[row.item] || row.item) : '', row.action, row.who, row.by, row.measure]);
    });
    return lines.map(function (cells) { return cells.map(rules.csvCell).join(','); }).join('\r\n') + '\r\n';
  };

  /**
   * What moved between an earlier response and the current one, per section and per item:
   * {sections: [{id, title, earlier, current, change, items: [{id, label, type, earlier, current,
   * change, from, to}]}]}. An item's earlier/current are its progress (0–100, see progress) and
   * from/to its answers in words (a stage share list, an option id, a score); a section's are the
   * mean progress of the items answered in it; change is current − earlier (null when either is
   * missing).
   */
  rules.compare = function (shape, earlier, current) {
    function mean(values) {
      var got = values.filter(function (v) { return v !== null; });
      return got.length ? Math.round(got.reduce(function (a, b) { return a + b; }, 0) / got.length) : null;
    }
    function change(a, b) { return a === null || b === null ? null : b - a; }
    return {
      sections: shape.sections.map(function (section) {
        var items = section.items.filter(function (item) { return item.levels && item.levels.length; }).map(function (item) {
          var from = rules.itemAnswer(item, earlier);
          var to = rules.itemAnswer(item, current);
          var a = rules.progress(item, from);
          var b = rules.progress(item, to);
          return { id: item.id, label: item.label, type: item.type, earlier: a, current: b, change: change(a, b),
            from: from === null ? null : (item.type === 'choice' ? item.levels[from] : from),
            to: to === null ? null : (item.type === 'choice' ? item.levels[to] : to) };
        });
        var e = mean(items.map(function (i) { return i.earlier; }));
        var c = mean(items.map(function (i) { return i.current; }));
        return { id: section.id, title: section.title, earlier: e, current: c, change: change(e, c), items: items };
      })
    };
  };
}(window));
