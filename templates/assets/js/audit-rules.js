/*
 * The rules of the audit forms, with no page and no storage: field names, the response shape
 * (export, import, saved answers), percentages and totals, where a section sits, counts. The
 * page wiring (audit.js) is loaded after this file and calls these through window.ToolkitAudit;
 * there are no modules so that pages work from file:// and need no bundler. The Java side keeps
 * the same field names (model/FieldName) and placement rule (model/Placement), held to the same
 * cases (src/test/resources/rules/).
 */
(function (root) {
  'use strict';

  var rules = root.ToolkitAudit || (root.ToolkitAudit = {});

  /** The largest response file import reads. */
  rules.MAX_IMPORT_BYTES = 2000000;

  /* ---------- field names (docs/forms.md, "Field names") ---------- */

  /**
   * The name of a field: <audit>.<owner>.<key>, where owner is an item id, a group or section id
   * (for its evidence), "header" or "closing", and key the part (with "@point" when answered
   * at an assessment point) or the header or closing field id.
   */
  rules.fieldName = function (audit, owner, key) {
    return audit + '.' + owner + '.' + key;
  };

  /**
   * A field name read back: {kind: 'header' | 'closing' | 'answer', owner, key}, or null when it
   * is not a field of the audit. An answer's owner is an item (or a group or section for its
   * evidence): the response keeps both under answers.<owner>.<key>.
   */
  rules.parseFieldName = function (name, audit) {
    var segments = String(name).split('.');
    if (segments.length !== 3 || segments[0] !== audit || !segments[1] || !segments[2]) { return null; }
    var kind = segments[1] === 'header' || segments[1] === 'closing' ? segments[1] : 'answer';
    return { kind: kind, owner: kind === 'answer' ? segments[1] : null, key: segments[2] };
  };

  /* ---------- the response shape ---------- */

  /**
   * The response the filled fields hold ({audit, version, header, answers, closing}). Each field
   * is {name, value, number}: value as typed, number true for a percentage box or a score. Empty
   * values are left out; a percentage or score that reads as a number is kept as one.
   */
  rules.response = function (audit, version, fields) {
    var out = { audit: audit, version: version, header: {}, answers: {}, closing: {} };
    fields.forEach(function (field) {
      var value = String(field.value).trim();
      var name = value === '' ? null : rules.parseFieldName(field.name, audit);
      if (!name) { return; }
      if (name.kind !== 'answer') {
        out[name.kind][name.key] = value;
        return;
      }
      var item = out.answers[name.owner] || (out.answers[name.owner] = {});
      item[name.key] = field.number && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    });
    return out;
  };

  /**
   * Every answer of a response, in order, as {name, field, value} (field: how the "no longer
   * fit" list names it), and what cannot be an answer at all as {field, value} with no name:
   * values that are not text or numbers, and the response's own leftovers.
   */
  rules.answers = function (response, audit) {
    var out = [];
    function add(owner, key, label, value) {
      if (value === null || value === undefined || value === '') { return; }
      if (typeof value === 'object') { out.push({ field: label, value: JSON.stringify(value) }); return; }
      out.push({ name: rules.fieldName(audit, owner, key), field: label, value: String(value) });
    }
    ['header', 'closing'].forEach(function (part) {
      var values = response[part] || {};
      Object.keys(values).forEach(function (k) { add(part, k, part + ' ' + k, values[k]); });
    });
    var answers = response.answers || {};
    Object.keys(answers).forEach(function (item) {
      var parts = answers[item];
      if (!parts || typeof parts !== 'object') { out.push({ field: item, value: JSON.stringify(parts) }); return; }
      Object.keys(parts).forEach(function (part) { add(item, part, item + ' ' + part, parts[part]); });
    });
    (response.unfitted || []).forEach(function (u) {
      if (u && typeof u.field === 'string') { out.push({ field: u.field, value: String(u.value) }); }
    });
    return out;
  };

  /** Parsed JSON that is answers to this audit (saved in the browser), or null. */
  rules.savedAnswers = function (text, audit) {
    try {
      var data = JSON.parse(text);
      return data && typeof data === 'object' && data.audit === audit ? data : null;
    } catch (e) {
      return null;
    }
  };

  /**
   * An imported file's text read as a response: {response} when it is one for this audit,
   * {refused: 'damaged'} when it is not a response at all, {refused: 'other', audit} when it
   * answers another audit, {refused: 'newer', version} when it was made with a newer version of
   * this audit than {@code version} (this page cannot know what its answers mean).
   */
  rules.importedAnswers = function (text, audit, version) {
    var data;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    var shapeOk = data && typeof data === 'object' && !Array.isArray(data) && typeof data.audit === 'string' &&
      (data.answers === undefined || (typeof data.answers === 'object' && !Array.isArray(data.answers)));
    if (!shapeOk) { return { refused: 'damaged' }; }
    if (data.audit !== audit) { return { refused: 'other', audit: data.audit }; }
    if (typeof version === 'number' && typeof data.version === 'number' && data.version > version) {
      return { refused: 'newer', version: data.version };
    }
    return { response: data };
  };

  /**
   * A name as a file-name segment: lower case, accents dropped, every run of other characters
   * one hyphen, no hyphen at either end, at most 60 characters; "" when nothing is left.
   */
  rules.slug = function (text) {
    var plain = String(text || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    return plain.replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
      .substring(0, 60).replace(/-+$/, '');
  };

  /**
   * The file name an export is saved as: <school>_<audit>_<date>.json, the school's name as a
   * slug (left out when the school is not named), the date as YYYY-MM-DD.
   */
  rules.exportName = function (audit, school, date) {
    var name = rules.slug(school);
    return (name ? name + '_' : '') + audit + '_' + date + '.json';
  };

  /** A date as YYYY-MM-DD in the user's own time zone (the day they exported on). */
  rules.isoDate = function (date) {
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate());
  };

  /**
   * What an imported response holds, to say before it replaces anything: the school (the
   * header field named {@code schoolField}), when it was saved or exported, how many of the
   * given items it answers completely, and its version. {@code items} is [{id, type, parts}]
   * (parts: the item's answer part ids), as the page knows them.
   */
  rules.describeResponse = function (response, schoolField, items) {
    var answers = response.answers || {};
    var answered = items.filter(function (item) {
      var given = answers[item.id];
      if (!given || typeof given !== 'object') { return false; }
      return rules.answered(item.type, item.parts.map(function (part) {
        var v = given[part];
        return v === undefined || v === null ? '' : String(v);
      }));
    }).length;
    var header = response.header && typeof response.header === 'object' ? response.header : {};
    return {
      school: typeof header[schoolField] === 'string' ? header[schoolField] : '',
      saved: typeof response.saved === 'string' ? response.saved.substring(0, 10) : '',
      answered: answered,
      total: items.length,
      version: typeof response.version === 'number' ? response.version : null
    };
  };

  /**
   * The running head of every printed page: "<school> · <audit title> · <date>" (the school
   * left out when not named), as a CSS string with quotes, backslashes and line breaks escaped
   * so the school's name can never end the string.
   */
  rules.printHeading = function (school, title, date) {
    var text = [String(school || '').trim(), title, date].filter(function (p) { return p; }).join(' \u00b7 ');
    return '"' + text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ') + '"';
  };

  /** The JSON an export holds. */
  rules.exportText = function (response) {
    return JSON.stringify(response, null, 2) + '\n';
  };

  /** True when a storage key holds another version of the same audit than {@code key} (…:v<n>). */
  rules.otherVersionKey = function (key, candidate) {
    var prefix = key.replace(/:v\d+$/, ':v');
    return !!candidate && candidate !== key && candidate.indexOf(prefix) === 0 && /^\d+$/.test(candidate.substring(prefix.length));
  };

  /* ---------- percentages, totals, placement, counts ---------- */

  /** A percentage box: a whole number of up to three digits, null when empty, NaN otherwise. */
  rules.percentage = function (text) {
    var t = String(text).trim();
    return /^\d{1,3}$/.test(t) ? parseInt(t, 10) : (t === '' ? null : NaN);
  };

  /**
   * One distribution item from its boxes' text: its total, whether anything was typed, and the
   * index of the first box that is not a whole number from 0 to 100 (-1 when none).
   */
  rules.distribution = function (texts) {
    var total = 0;
    var filled = false;
    var bad = -1;
    texts.forEach(function (text, i) {
      var n = rules.percentage(text);
      if (n === null) { return; }
      filled = true;
      if (isNaN(n) || n > 100) { if (bad < 0) { bad = i; } } else { total += n; }
    });
    return { total: total, filled: filled, bad: bad };
  };

  /**
   * The "Totals" row: for each of {@code stages} stages, the average percentage over the answered
   * items (each an array of one percentage per stage, 0 where empty), rounded half up; null for
   * every stage when nothing was answered. The same rule as model/Placement.shares.
   */
  rules.shares = function (answered, stages) {
    var out = [];
    for (var s = 0; s < stages; s++) {
      if (!answered.length) { out.push(null); continue; }
      var sum = 0;
      answered.forEach(function (item) { sum += item[s]; });
      out.push(Math.round(sum / answered.length));
    }
    return out;
  };

  /**
   * The stage (1 = first) where the largest share of the section's percentages falls; on a tie,
   * the earlier stage (the more cautious reading); 0 when nothing was answered. The same rule as
   * model/Placement.stage.
   */
  rules.placement = function (shares) {
    var best = 0;
    shares.forEach(function (share, i) {
      if ((share || 0) > 0 && (best === 0 || share > shares[best - 1])) { best = i + 1; }
    });
    return best;
  };

  /* ---------- when a question counts as answered ---------- */

  /**
   * Whether an item is completely answered, one rule per kind of item, each given the text of
   * the item's answer controls in order (evidence is not part of the answer; a radio group gives
   * the chosen option's id, or "" when none is chosen). A new kind of item adds its own rule
   * here; a kind without one counts as answered when any of its controls holds something.
   */
  rules.answeredRules = {
    /** Every box a whole number from 0 to 100 or empty, together totalling exactly 100. */
    distribution: function (texts) {
      var d = rules.distribution(texts);
      return d.filled && d.bad < 0 && d.total === 100;
    },
    /** A score chosen. */
    score: function (texts) { return texts.some(function (t) { return String(t).trim() !== ''; }); },
    /** An option chosen. */
    choice: function (texts) { return texts.some(function (t) { return String(t).trim() !== ''; }); },
    /** Something written (spaces alone are not an answer). */
    text: function (texts) { return texts.some(function (t) { return String(t).trim() !== ''; }); }
  };

  rules.answered = function (type, texts) {
    var rule = rules.answeredRules[type];
    return rule ? rule(texts) : texts.some(function (t) { return String(t).trim() !== ''; });
  };

  /** "12 of 27 questions answered" (and "1 of 1 question answered"). */
  rules.progressText = function (answered, total) {
    return answered + ' of ' + total + ' question' + (total === 1 ? '' : 's') + ' answered';
  };

  /** What a section's figures are based on: "based on 9 of 12 questions". */
  rules.basedOnText = function (answered, total) {
    return 'based on ' + answered + ' of ' + total + ' question' + (total === 1 ? '' : 's');
  };

  /**
   * The figures of the items answered on score scales, each given as [score, highest point of its
   * scale]: total, maximum (the most those items could score), mean (one decimal place) and
   * percentage of the maximum (whole), rounded half up; all '' when nothing was answered. The same
   * rule as model/Scoring.
   */
  rules.scoreFigures = function (answered) {
    if (!answered.length) { return { total: '', maximum: '', mean: '', percentage: '' }; }
    var total = 0;
    var maximum = 0;
    answered.forEach(function (a) { total += a[0]; maximum += a[1]; });
    return {
      total: String(total),
      maximum: String(maximum),
      mean: (Math.round(total * 10 / answered.length) / 10).toFixed(1),
      percentage: maximum > 0 ? String(Math.round(total * 100 / maximum)) : ''
    };
  };

  /** One score figure as the page prints it ("7 of 9", "2.3", "78%"), or a dash before any answer. */
  rules.figureText = function (figures, name) {
    if (figures.total === '') { return '–'; }
    if (name === 'total') { return figures.total + ' of ' + figures.maximum; }
    return name === 'mean' ? figures.mean : figures.percentage + '%';
  };

  /** How many times each option was chosen, by option id. */
  rules.counts = function (chosen) {
    var counts = {};
    chosen.forEach(function (option) { counts[option] = (counts[option] || 0) + 1; });
    return counts;
  };
  /* ---------- the action plan and the comparison (audit-plan.js, audit-compare.js) ---------- */

  /*
   * Both work on a shape of the audit read from the page: {sections: [{id, title, items: [{id,
   * label, type, levels}]}]}, where levels are a distribution's stage ids (first to final), a
   * choice's option ids (in the audit's order) or a score's possible values (lowest first).
   */

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
      var i = item.levels.indexOf(String(parts.choice));
      return i < 0 ? null : i;
    }
    if (item.type === 'score') {
      var v = parts.score;
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
