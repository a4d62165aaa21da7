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
   * answers another audit.
   */
  rules.importedAnswers = function (text, audit) {
    var data;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    var shapeOk = data && typeof data === 'object' && !Array.isArray(data) && typeof data.audit === 'string' &&
      (data.answers === undefined || (typeof data.answers === 'object' && !Array.isArray(data.answers)));
    if (!shapeOk) { return { refused: 'damaged' }; }
    if (data.audit !== audit) { return { refused: 'other', audit: data.audit }; }
    return { response: data };
  };

  /** The file name an export is saved as. */
  rules.exportName = function (audit, version) {
    return audit + '-v' + version + '.json';
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
   * The stage (1 = first) nearest the average stage number weighted by the shares, rounded half
   * up; 0 when nothing was answered. The same rule as model/Placement.stage.
   */
  rules.placement = function (shares) {
    var weighted = 0;
    var all = 0;
    shares.forEach(function (share, i) {
      weighted += (share || 0) * (i + 1);
      all += share || 0;
    });
    return all ? Math.min(shares.length, Math.max(1, Math.round(weighted / all))) : 0;
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
}(window));
