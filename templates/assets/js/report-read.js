/*
 * The report page's reading of the files an officer picks (audit-report.js makes the figures):
 * web-form exports and filled PDFs alike, each read as `toolkit report audits` reads it
 * (returns/Returns.java, Fitting.java, Exports.java) and mapped onto its audit's current version
 * as the form's import maps it. A file that cannot be a return is listed with the same reason the
 * command gives. PDFs are read by audit-pdf-read.js; its library is loaded only when a PDF is picked.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  var read = window.ToolkitReport = window.ToolkitReport || {};
  // The notes and reasons are the command's (returns/*, pdf/PrintEdition), from the same keys of templates/strings.
  var words = { text: function (key, values) { return window.ToolkitStrings.text(key, values); } };

  read.allRatings = function (shape) {
    var out = [];
    shape.sections.forEach(function (s) { out = out.concat(s.ratings); });
    return out;
  };

  function kindFits(kind, value) {
    var text = String(value).trim();
    if (Array.isArray(kind)) { return kind.indexOf(text) >= 0; }
    if (kind === 'percent') { return /^\d{1,3}$/.test(text); }
    if (kind === 'tick') { return text === 'yes'; }
    if (kind === 'date') { return /^\d{4}-\d{2}-\d{2}$/.test(text); }
    return true;
  }

  /**
   * Each rating's answer at the first or latest point it was answered at ({@code which} false or
   * true), or at the one point whose id {@code which} is (a rating answered once is read as it
   * is), in the plain shape (model/Ratings.at).
   */
  read.at = function (shape, ratings, answers, which) {
    var out = {};
    ratings.forEach(function (r) {
      var given = answers[r.owner];
      if (!given || typeof given !== 'object') { return; }
      if (r.type === 'distribution') { out[r.id] = given; return; }
      var keys = shape.points.length && r.perPoint ? shape.points.map(function (p) { return r.base + '@' + p; }) : [r.base];
      if (typeof which === 'string') {
        keys = keys.length === 1 ? keys : keys.filter(function (k) { return k === r.base + '@' + which; });
      } else if (which) { keys.reverse(); }
      var canonical = r.type === 'choice' ? 'choice' : 'score';
      for (var i = 0; i < keys.length; i++) {
        var v = given[keys[i]];
        if (v === undefined || v === null || v === '') { continue; }
        var plain = {}; plain[canonical] = v;
        var probe = {}; probe[r.id] = plain;
        if (rules.itemAnswer(r, { answers: probe }) !== null) { out[r.id] = plain; break; }
      }
    });
    return out;
  };

  function two(n) { return (n < 10 ? '0' : '') + n; }

  /**
   * A header field's date as ISO (yyyy-mm-dd), or null, read as returns/Fitting.day reads it: ISO
   * (a day that exists), else day/month/year with / or . (a day past the month's end is its last day).
   */
  function day(text) {
    if (typeof text !== 'string') { return null; }
    var t = text.trim();
    var iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    var length = function (y, m) { return new Date(Date.UTC(y, m, 0)).getUTCDate(); };
    if (iso) {
      var y = Number(iso[1]); var m = Number(iso[2]); var d = Number(iso[3]);
      if (m >= 1 && m <= 12 && d >= 1 && d <= length(y, m)) { return t; }
    }
    var dmy = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(t);
    if (!dmy) { return null; }
    var dd = Number(dmy[1]); var month = Number(dmy[3]); var year = Number(dmy[4]);
    if (month < 1 || month > 12 || dd < 1 || dd > 31) { return null; }
    return dmy[4] + '-' + two(month) + '-' + two(Math.min(dd, length(year, month)));
  }

  /** The return a response gives: its answers that still fit, its school, date and notes (returns/Fitting.fit). */
  function fit(candidate, shape) {
    var data = candidate.data;
    var kept = {};
    var unfitted = 0;
    var answers = data.answers || {};
    Object.keys(answers).forEach(function (owner) {
      var parts = answers[owner];
      if (!parts || typeof parts !== 'object') { unfitted++; return; }
      Object.keys(parts).forEach(function (key) {
        var v = parts[key];
        if (v === null || v === undefined || String(v).trim() === '') { return; }
        var fields = shape.fields[owner];
        var own = !fields && shape.evidence.indexOf(owner) >= 0;
        if (fields && fields[key] !== undefined && kindFits(fields[key], v) || own && key === 'evidence') {
          // A group's or section's own evidence is kept under its id, to be counted (returns/Fitting.fit).
          (kept[owner] || (kept[owner] = {}))[key] = v;
        } else if (!own) {
          // Anything else that no longer fits is counted.
          unfitted++;
        }
      });
    });
    var notes = candidate.notes.slice();
    var version = typeof data.version === 'number' ? data.version : shape.version;
    if (version < shape.version) {
      notes.push(words.text('returns.note.older-version', { version: version, current: shape.version }));
    }
    if (unfitted) { notes.push(words.text('returns.note.unfitted', { count: unfitted })); }
    var ratings = read.allRatings(shape);
    var latest = read.at(shape, ratings, kept, true);
    var answered = ratings.filter(function (r) { return rules.itemAnswer(r, { answers: latest }) !== null; }).length;
    if (answered > 0 && answered < ratings.length) { notes.push(words.text('returns.note.partial', { answered: answered, questions: ratings.length })); }
    var header = data.header && typeof data.header === 'object' ? data.header : {};
    var date = day(header.date);
    var pointDates = {};
    shape.points.forEach(function (p) {
      var at = day(header['date@' + p]);
      if (at) { pointDates[p] = at; }
      date = at || date;
    });
    var school = typeof header[shape.school] === 'string' ? header[shape.school].trim().replace(/\s+/g, ' ') : '';
    return { file: candidate.file, version: version, school: school, date: date, answers: kept, header: header,
      answered: answered, questions: ratings.length, notes: notes, pointDates: pointDates };
  }

  /** Values as text, keys in order: what makes two returns the same (Fitting.identity). */
  function sorted(value) {
    if (!value || typeof value !== 'object') { return String(value); }
    var out = {};
    Object.keys(value).sort().forEach(function (k) { out[k] = sorted(value[k]); });
    return out;
  }

  /* ---------- one file ---------- */

  /** Why JSON text is not valid, as the command says it: the line where reading stopped. */
  function jsonLine(text, error) {
    var at = /position (\d+)/.exec(error && error.message || '');
    var upTo = at ? text.substring(0, Number(at[1])) : text;
    return upTo.split('\n').length;
  }

  /** A web-form export (returns/Exports.refusal): {candidate} or {reason}. */
  function json(f) {
    if (f.size > rules.MAX_IMPORT_BYTES) {
      return { reason: words.text('returns.skip.too-large') };
    }
    var data;
    try { data = JSON.parse(f.text); } catch (e) {
      return { reason: words.text('returns.skip.not-json', { line: jsonLine(f.text, e) }) };
    }
    if (rules.importedAnswers(f.text, data && data.audit, undefined).refused) {
      return { reason: words.text('returns.skip.not-export') };
    }
    if (data.version !== undefined && !(Number.isInteger(data.version) && data.version >= 1)) {
      return { reason: words.text('returns.skip.bad-version', { version: JSON.stringify(data.version) }) };
    }
    return { candidate: { file: f.name, data: data, notes: [] } };
  }

  /** The full names of the fields that hold numbers: percentages of a stage and scores (pdf/ResponseFields). */
  function numericNames(shape) {
    var percent = {};
    Object.keys(shape.fields).forEach(function (owner) {
      Object.keys(shape.fields[owner]).forEach(function (key) {
        if (shape.fields[owner][key] === 'percent') { percent[key.replace(/@.*/, '')] = true; }
      });
    });
    var out = [];
    Object.keys(shape.fields).forEach(function (owner) {
      Object.keys(shape.fields[owner]).forEach(function (key) {
        var base = key.replace(/@.*/, '');
        if (percent[base] || base === 'score') { out.push(rules.fieldName(shape.id, owner, key)); }
      });
    });
    return out;
  }

  /** A filled PDF, read as `toolkit read` reads one (pdf/PrintEdition.read): {candidate} or {reason}. */
  function pdfFile(f, byId, librarySrc) {
    var pdf = rules.pdf;
    return pdf.library(librarySrc).then(function (lib) {
      return pdf.fields(lib, f.bytes).then(function (form) {
        var o = form.origin;
        var names = Object.keys(form.values);
        var audit = o && byId[o.audit] ? o.audit : names.map(function (n) { return n.indexOf('.') < 0 ? '' : n.split('.')[0]; })
          .filter(function (a) { return byId[a]; })[0];
        if (!audit) { return { reason: words.text('returns.skip.pdf-no-answers') }; }
        if (pdf.flattened(audit, form.values)) { return { reason: words.text('returns.skip.flattened', { audit: audit }) }; }
        var shape = byId[audit];
        var version = shape.version;
        var notes = [];
        if (!o) {
          notes.push(words.text('returns.note.pdf-unversioned', { audit: audit, version: version }));
        } else if (o.version !== version) {
          version = o.version;
          notes.push(words.text('returns.note.pdf-older', { version: o.version, audit: audit, current: shape.version }));
        }
        var data = pdf.responseOf(form.values, audit, version, numericNames(shape), shape.reads);
        return { candidate: { file: f.name, data: data, notes: notes } };
      }, function (e) {
        return { reason: e instanceof lib.EncryptedPDFError ? words.text('returns.skip.encrypted') : words.text('returns.skip.damaged-pdf') };
      });
    }, function () {
      return { reason: words.text('returns.skip.pdf-tools') };
    });
  }

  /* ---------- the files ---------- */

  /**
   * The picked files ({name, size, text} or, for a PDF, {name, size, bytes}) read as returns of
   * one audit ({@code chosen}, else the one most files answer): {shape, read, skipped}.
   */
  read.files = function (files, shapes, chosen, librarySrc) {
    var byId = {};
    shapes.forEach(function (s) { byId[s.id] = s; });
    var ordered = files.slice().sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
    return Promise.all(ordered.map(function (f) {
      if (/\.json$/i.test(f.name)) { return json(f); }
      if (/\.pdf$/i.test(f.name)) { return pdfFile(f, byId, librarySrc); }
      return { reason: words.text('returns.skip.other-file') };
    })).then(function (got) {
      var skipped = [];
      var candidates = [];
      got.forEach(function (g, i) {
        if (g.candidate) { candidates.push(g.candidate); } else { skipped.push({ file: ordered[i].name, reason: g.reason }); }
      });
      if (!chosen) {
        var counts = {};
        candidates.forEach(function (c) { if (byId[c.data.audit]) { counts[c.data.audit] = (counts[c.data.audit] || 0) + 1; } });
        Object.keys(counts).sort().forEach(function (id) { if (!chosen || counts[id] > counts[chosen]) { chosen = id; } });
      }
      var shape = byId[chosen] || null;
      var returns = [];
      var seen = {};
      candidates.forEach(function (c) {
        var audit = c.data.audit;
        if (!byId[audit]) { skipped.push({ file: c.file, reason: words.text('returns.skip.not-this-toolkit', { audit: audit }) }); return; }
        if (!shape || audit !== shape.id) {
          skipped.push({ file: c.file, reason: words.text('returns.skip.other-audit', { audit: audit }) });
          return;
        }
        if (typeof c.data.version === 'number' && c.data.version > shape.version) {
          skipped.push({ file: c.file, reason: words.text('returns.skip.newer', { version: c.data.version, current: shape.version }) });
          return;
        }
        var r = fit(c, shape);
        if (!r.answered) { skipped.push({ file: c.file, reason: words.text('returns.skip.answers-none') }); return; }
        var identity = r.school.toLowerCase() + '\n' + JSON.stringify(sorted(r.header)) + '\n' + JSON.stringify(sorted(r.answers));
        if (seen[identity]) { skipped.push({ file: c.file, reason: words.text('returns.skip.duplicate', { file: seen[identity] }) }); return; }
        seen[identity] = c.file;
        returns.push(r);
      });
      skipped.sort(function (a, b) { return a.file < b.file ? -1 : a.file > b.file ? 1 : 0; });
      return { shape: shape, read: returns, skipped: skipped };
    });
  };
}());
