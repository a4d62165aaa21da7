/*
 * The rules of the audit forms, with no page and no storage: field names, the response shape
 * (export, import, saved answers), percentages and totals, where a section sits, counts, when a
 * question counts as answered. audit-rules-plan.js adds the action plan's and the comparison's
 * rules to the same namespace, window.ToolkitAudit; the page scripts (audit-form.js and the
 * rest, audit.js last) are loaded after both and call them there. There are no modules so that
 * pages work from file:// and need no bundler. The Java side keeps
 * the same field names (model/FieldName) and placement rule (model/Placement), held to the same
 * cases (src/test/resources/rules/).
 */
(function (root) {
  'use strict';

  var rules = root.ToolkitAudit || (root.ToolkitAudit = {});
  // The page's interface strings (strings.js), looked up when asked: this file may run before strings.js.
  var words = { text: function (key, values) { return root.ToolkitStrings.text(key, values); } };

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
   * header field named {@code schoolField}), the day it was saved or exported (longDate), how many of the
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
    // The day as the restore message says it ("28 November 2026"), not the file's ISO day: one
    // way of showing a date to people on the page; a time that is no date is not recorded.
    var when = typeof response.saved === 'string' ? new Date(response.saved) : null;
    return {
      school: typeof header[schoolField] === 'string' ? header[schoolField] : '',
      saved: when && !isNaN(when.getTime()) ? rules.longDate(when) : '',
      answered: answered,
      total: items.length,
      version: typeof response.version === 'number' ? response.version : null
    };
  };

  /**
   * The running head of every printed page: "<school> · <audit title> · <the audit's date> ·
   * Printed <day>", each part left out when empty, as a CSS string with quotes, backslashes and
   * line breaks escaped so nothing typed can end the string. The audit's own date is given as
   * the form words it ("Date of Audit: May 2026"); the day of printing always says it is that,
   * so neither is taken for the other.
   */
  rules.printHeading = function (school, title, auditDate, printed) {
    var text = [String(school || '').trim(), title, String(auditDate || '').trim(), printed ? words.text('audit.print-heading.printed', { date: printed }) : '']
      .filter(function (p) { return p; }).join(' \u00b7 ');
    return '"' + text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ') + '"';
  };

  /** The months' names, in the page's interface strings. */
  function months() {
    return [words.text('audit.long-date.month.january'), words.text('audit.long-date.month.february'), words.text('audit.long-date.month.march'),
      words.text('audit.long-date.month.april'), words.text('audit.long-date.month.may'), words.text('audit.long-date.month.june'),
      words.text('audit.long-date.month.july'), words.text('audit.long-date.month.august'), words.text('audit.long-date.month.september'),
      words.text('audit.long-date.month.october'), words.text('audit.long-date.month.november'), words.text('audit.long-date.month.december')];
  }

  /** A day as people write it on a form ("4 March 2026", audit.long-date.format), in the user's own time zone. */
  rules.longDate = function (date) {
    return words.text('audit.long-date.format', { day: date.getDate(), month: months()[date.getMonth()], year: date.getFullYear() });
  };

  /**
   * The audit's own date from its header fields ([{key, label, value}] in form order), as
   * "<label>: <value>": the field "date" when filled, else the last filled assessment point's
   * date ("date@<point>"); "" when there is none.
   */
  rules.auditDate = function (fields) {
    var filled = fields.filter(function (f) { return String(f.value || '').trim() !== ''; });
    var plain = filled.filter(function (f) { return f.key === 'date'; });
    var points = filled.filter(function (f) { return /^date@/.test(f.key); });
    var chosen = plain[0] || points[points.length - 1];
    return chosen ? chosen.label + ': ' + String(chosen.value).trim() : '';
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

  /**
   * Whether an item of several parts, or answered at assessment points, is completely answered:
   * given {ratings: [{value, optional}], texts: [...], others: [...]} — each rating group (the
   * item's own scale and its rating parts, once per point where they are per point; optional
   * when its point is), its write-in boxes, and its ticks and dates. An item with ratings counts
   * when every rating that is not optional is chosen (and at least one is); one without, when
   * something is written in a box; one with neither, when anything is filled. The same rule as
   * the Java side's (docs/forms.md, "Progress").
   */
  rules.answeredItem = function (item) {
    function filled(v) { return String(v === undefined || v === null ? '' : v).trim() !== ''; }
    var ratings = item.ratings || [];
    if (ratings.length) {
      return ratings.some(function (r) { return filled(r.value); }) &&
        ratings.every(function (r) { return r.optional || filled(r.value); });
    }
    if ((item.texts || []).length) { return item.texts.some(filled); }
    return (item.others || []).some(filled);
  };

  /** A date as the response keeps it: a real day written year-month-day ("2026-03-14"). */
  rules.isIsoDate = function (text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text).trim());
    if (!m) { return false; }
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  };

  rules.answered = function (type, texts) {
    var rule = rules.answeredRules[type];
    return rule ? rule(texts) : texts.some(function (t) { return String(t).trim() !== ''; });
  };

  /**
   * "12 of 27 questions answered" (and "1 of 1 question answered"): the interface string
   * audit.progress.answered of the page (strings.js), looked up when asked, since this file may be
   * read before strings.js.
   */
  rules.progressText = function (answered, total) {
    return words.text('audit.progress.answered', { answered: answered, count: total });
  };

  /** What a section's figures are based on: "based on 9 of 12 questions" (audit.results.change-based-on, as audit-parts.ftlh says it). */
  rules.basedOnText = function (answered, total) {
    return words.text('audit.results.change-based-on', { answered: answered, count: total });
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

  /**
   * One score figure as the page prints it ("7 of 9", "2.3", "78%"), or a dash before any answer:
   * the total in the interface strings' words (audit.results.total-of, chosen by the maximum), as
   * model/Scoring.Figures.text prints it.
   */
  rules.figureText = function (figures, name) {
    if (figures.total === '') { return '–'; }
    if (name === 'total') { return words.text('audit.results.total-of', { total: figures.total, count: Number(figures.maximum) }); }
    return name === 'mean' ? figures.mean : figures.percentage + '%';
  };

  /** How many times each option was chosen, by option id. */
  rules.counts = function (chosen) {
    var counts = {};
    chosen.forEach(function (option) { counts[option] = (counts[option] || 0) + 1; });
    return counts;
  };
}(window));
