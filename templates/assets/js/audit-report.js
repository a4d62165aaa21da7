/*
 * The report across schools' returns, in the browser (the site's report/ page): reads the
 * exports an officer picks, maps each onto its audit's current version as the form's import
 * does, and shows how schools answered (heat maps whose cells say their numbers), where each
 * school stands (a sortable table), the questions most often furthest from the goal, the
 * change over time, and every file read or skipped. Nothing leaves the browser. It keeps the
 * rules of `toolkit report audits` (report/AuditReport.java and model/Ratings.java): the same
 * placement, score figures, plan and progress rules from audit-rules.js (window.ToolkitAudit),
 * which the Java side is held to by the same case files (src/test/resources/rules/).
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  var MINIMUM = 5;
  var CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

  /* ---------- reading and fitting ---------- */

  function kindFits(kind, value) {
    var text = String(value).trim();
    if (Array.isArray(kind)) { return kind.indexOf(text) >= 0; }
    if (kind === 'percent') { return /^\d{1,3}$/.test(text); }
    if (kind === 'tick') { return text === 'yes'; }
    if (kind === 'date') { return /^\d{4}-\d{2}-\d{2}$/.test(text); }
    return true;
  }

  function allRatings(shape) {
    var out = [];
    shape.sections.forEach(function (s) { out = out.concat(s.ratings); });
    return out;
  }

  /** Each rating's answer at the first or latest point it was answered at, in the plain shape. */
  function at(shape, ratings, answers, latest) {
    var out = {};
    ratings.forEach(function (r) {
      var given = answers[r.owner];
      if (!given || typeof given !== 'object') { return; }
      if (r.type === 'distribution') { out[r.id] = given; return; }
      var keys = shape.points.length && r.perPoint ? shape.points.map(function (p) { return r.base + '@' + p; }) : [r.base];
      if (latest) { keys.reverse(); }
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
  }

  function day(text) {
    return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : null;
  }

  function fit(file, data, shape) {
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
        if (fields && fields[key] !== undefined && kindFits(fields[key], v)) {
          (kept[owner] || (kept[owner] = {}))[key] = v;
        } else if (fields || key !== 'evidence') {
          // A group's or section's own evidence is no item's answer; anything else that no longer fits is counted.
          unfitted++;
        }
      });
    });
    var notes = [];
    var version = typeof data.version === 'number' ? data.version : shape.version;
    if (version < shape.version) {
      notes.push('answered at version ' + version + ' of the audit (now version ' + shape.version + '), read as the web form imports it');
    }
    if (unfitted) { notes.push(unfitted + (unfitted === 1 ? ' answer no longer fits the audit and is left out' : ' answers no longer fit the audit and are left out')); }
    var ratings = allRatings(shape);
    var latest = at(shape, ratings, kept, true);
    var answered = ratings.filter(function (r) { return rules.itemAnswer(r, { answers: latest }) !== null; }).length;
    if (answered > 0 && answered < ratings.length) { notes.push('answers ' + answered + ' of ' + ratings.length + ' questions'); }
    var header = data.header && typeof data.header === 'object' ? data.header : {};
    var date = day(header.date);
    shape.points.forEach(function (p) { date = day(header['date@' + p]) || date; });
    var school = typeof header[shape.school] === 'string' ? header[shape.school].trim().replace(/\s+/g, ' ') : '';
    return { file: file, version: version, school: school, date: date, answers: kept, header: header,
      answered: answered, questions: ratings.length, notes: notes };
  }

  function sorted(value) {
    if (!value || typeof value !== 'object') { return value; }
    var out = {};
    Object.keys(value).sort().forEach(function (k) { out[k] = sorted(value[k]); });
    return out;
  }

  /** The files read as returns of one audit, and those skipped with their reasons. */
  function readFiles(files, shapes, chosen) {
    var skipped = [];
    var candidates = [];
    files.forEach(function (f) {
      if (!/\.json$/i.test(f.name)) {
        skipped.push({ file: f.name, reason: /\.pdf$/i.test(f.name)
          ? 'a filled PDF: read it with toolkit report audits on your computer' : 'not a web-form export (.json) or a filled PDF (.pdf)' });
        return;
      }
      var data = null;
      try { data = JSON.parse(f.text); } catch (e) { data = undefined; }
      if (data === undefined) { skipped.push({ file: f.name, reason: 'not an audit export from the web form: not valid JSON' }); return; }
      var read = rules.importedAnswers(f.text, data && data.audit, undefined);
      if (read.refused) {
        skipped.push({ file: f.name, reason: 'not an audit export from the web form: it is JSON, but not an object naming its audit and holding its answers' });
        return;
      }
      candidates.push({ file: f.name, data: data });
    });
    var byId = {};
    shapes.forEach(function (s) { byId[s.id] = s; });
    if (!chosen) {
      var counts = {};
      candidates.forEach(function (c) { if (byId[c.data.audit]) { counts[c.data.audit] = (counts[c.data.audit] || 0) + 1; } });
      Object.keys(counts).sort().forEach(function (id) { if (!chosen || counts[id] > counts[chosen]) { chosen = id; } });
    }
    var shape = byId[chosen] || null;
    var read = [];
    var seen = {};
    candidates.forEach(function (c) {
      var audit = c.data.audit;
      if (!byId[audit]) { skipped.push({ file: c.file, reason: 'answers \u201c' + audit + '\u201d, which is not an audit of this toolkit' }); return; }
      if (!shape || audit !== shape.id) { skipped.push({ file: c.file, reason: 'answers another audit, \u201c' + audit + '\u201d (choose it as the audit to report on)' }); return; }
      if (typeof c.data.version === 'number' && c.data.version > shape.version) {
        skipped.push({ file: c.file, reason: 'made with version ' + c.data.version + ' of the audit, newer than this toolkit\u2019s version ' + shape.version });
        return;
      }
      var r = fit(c.file, c.data, shape);
      if (!r.answered) { skipped.push({ file: c.file, reason: 'answers none of the audit\u2019s questions' }); return; }
      var identity = r.school.toLowerCase() + '\n' + JSON.stringify(sorted(r.header)) + '\n' + JSON.stringify(sorted(r.answers));
      if (seen[identity]) { skipped.push({ file: c.file, reason: 'a duplicate: the same school and answers as ' + seen[identity] }); return; }
      seen[identity] = c.file;
      read.push(r);
    });
    return { shape: shape, read: read, skipped: skipped };
  }

  /* ---------- schools ---------- */

  function code(audit, key) {
    var bytes = new TextEncoder().encode(audit + '\n' + key);
    return crypto.subtle.digest('SHA-256', bytes).then(function (hash) {
      var h = new Uint8Array(hash);
      var out = 'School ';
      for (var i = 0; i < 5; i++) { out += CODE_LETTERS.charAt(h[i] % CODE_LETTERS.length); }
      return out;
    });
  }

  function schoolsOf(read, shape, anonymise) {
    var ratings = allRatings(shape);
    var groups = {};
    var order = [];
    var unnamed = 0;
    read.forEach(function (r) {
      var key = r.school ? r.school.toLowerCase() : '\u0000' + (++unnamed);
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(r);
    });
    return Promise.all(order.map(function (key) {
      var returns = groups[key].slice().sort(function (a, b) {
        if (a.date !== b.date) { return a.date === null ? -1 : b.date === null ? 1 : (a.date < b.date ? -1 : 1); }
        return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
      });
      var last = returns[returns.length - 1];
      var named = key.charAt(0) === '\u0000' ? Promise.resolve('Unnamed school ' + key.substring(1))
        : anonymise ? code(shape.id, key) : Promise.resolve(last.school);
      return named.then(function (name) {
        return { name: name, returns: returns, latestReturn: last,
          latest: at(shape, ratings, last.answers, true), first: at(shape, ratings, returns[0].answers, false) };
      });
    })).then(function (schools) {
      return schools.sort(function (a, b) { var x = a.name.toLowerCase(); var y = b.name.toLowerCase(); return x < y ? -1 : x > y ? 1 : 0; });
    });
  }

  function changed(school, shape) {
    return school.returns.length > 1 || (shape.points.length > 0 && JSON.stringify(school.first) !== JSON.stringify(school.latest));
  }

  /* ---------- figures ---------- */

  function level(r, answer) {
    if (answer === null) { return -1; }
    if (r.type === 'distribution') { return rules.placement(answer) - 1; }
    if (r.type === 'choice') { return answer; }
    return r.levels.indexOf(String(answer));
  }

  function cells(counts, of) {
    return counts.map(function (n) {
      var percent = of ? Math.round(100 * n / of) : 0;
      return { count: n, percent: percent, heat: n === 0 ? 0 : Math.min(4, 1 + Math.floor(percent / 25)) };
    });
  }

  function row(label, summary, answered, counts, minimum) {
    return answered < minimum ? { label: label, summary: summary, answered: answered, suppressed: true }
      : { label: label, summary: summary, answered: answered, cells: cells(counts, answered) };
  }

  function heatMaps(section, schools, minimum, suppressed) {
    var byScale = {};
    var scales = [];
    section.ratings.forEach(function (r) {
      if (!byScale[r.scale]) { byScale[r.scale] = []; scales.push(r.scale); }
      byScale[r.scale].push(r);
    });
    return scales.map(function (scale, n) {
      var ratings = byScale[scale];
      var first = ratings[0];
      var rows = [];
      var hidden = 0;
      var lastGroup = '';
      ratings.forEach(function (r) {
        if (r.group && r.group !== lastGroup) { rows.push({ label: r.group, group: true }); }
        lastGroup = r.group;
        var counts = first.labels.map(function () { return 0; });
        var answered = 0;
        schools.forEach(function (s) {
          var l = level(r, rules.itemAnswer(r, { answers: s.latest }));
          if (l >= 0) { counts[l]++; answered++; }
        });
        var got = row(r.label, false, answered, counts, minimum);
        if (got.suppressed && answered > 0) { hidden++; }
        rows.push(got);
      });
      var counts = first.labels.map(function () { return 0; });
      var answering = 0;
      var answers = 0;
      schools.forEach(function (s) {
        var shares = [];
        var any = false;
        ratings.forEach(function (r) {
          var a = rules.itemAnswer(r, { answers: s.latest });
          if (a === null) { return; }
          any = true;
          if (first.type === 'distribution') { shares.push(a); } else { counts[level(r, a)]++; answers++; }
        });
        if (any) { answering++; }
        if (first.type === 'distribution' && shares.length) { counts[rules.placement(rules.shares(shares, first.levels.length)) - 1]++; answers++; }
      });
      var whole = row(first.type === 'distribution' ? 'Whole section' : 'All questions in the section (answers)', true, answers, counts, minimum);
      if (answering < minimum) { whole = { label: whole.label, summary: true, answered: answering, suppressed: true }; }
      rows.push(whole);
      var wholeHidden = whole.suppressed && whole.answered > 0;
      if (hidden || wholeHidden) {
        suppressed.push(section.title + ': ' + (hidden ? hidden + (hidden === 1 ? ' question' : ' questions') : '') +
          (hidden && wholeHidden ? ' and ' : '') + (wholeHidden ? 'the whole section' : '') + ' answered by fewer than ' + MINIMUM + ' schools');
      }
      var kinds = first.type === 'score' ? 'scores' : first.type === 'distribution' ? 'stages' : first.labels.join(', ');
      return { id: section.id + (n ? '-' + (n + 1) : ''), caption: section.title + (scales.length > 1 ? ' (' + kinds + ')' : ''),
        unit: first.type === 'distribution' ? 'schools by the stage where their largest share falls' : 'schools',
        levels: first.labels, rows: rows };
    });
  }

  function counted(section, schools, minimum, suppressed) {
    var hidden = 0;
    var rows = section.others.map(function (o) {
      var given = schools.filter(function (s) {
        var parts = s.latestReturn.answers[o.owner] || {};
        return Object.keys(parts).some(function (k) { return (k === o.part || k.indexOf(o.part + '@') === 0) && String(parts[k]).trim() !== ''; });
      }).length;
      var small = schools.length < minimum;
      if (small) { hidden++; }
      return { label: o.label, section: section.title, verb: o.type === 'tick' ? 'ticked' : o.type === 'date' ? 'dated' : 'written',
        given: given, schools: schools.length, suppressed: small };
    });
    if (hidden) {
      suppressed.push(section.title + ': the counts of ' + hidden + ' written, ticked or dated ' + (hidden === 1 ? 'answer' : 'answers') +
        ' (fewer than ' + MINIMUM + ' schools)');
    }
    return rows;
  }

  function meanProgress(ratings, answers) {
    var got = ratings.map(function (r) { return rules.progress(r, rules.itemAnswer(r, { answers: answers })); })
      .filter(function (p) { return p !== null; });
    return got.length ? Math.round(got.reduce(function (a, b) { return a + b; }, 0) / got.length) : null;
  }

  function signed(n) { return n > 0 ? '+' + n : n < 0 ? '\u2212' + (-n) : 'no change'; }

  function standing(schools, shape) {
    var all = allRatings(shape);
    var scored = all.some(function (r) { return r.main && r.type === 'score'; });
    return { scored: scored, rows: schools.map(function (s) {
      var scores = [];
      var sections = shape.sections.map(function (section) {
        var own = [];
        var shares = [];
        var chosen = {};
        var choice = null;
        var distribution = null;
        section.ratings.forEach(function (r) {
          var a = rules.itemAnswer(r, { answers: s.latest });
          if (a === null || !r.main) { return; }
          if (r.type === 'score') { own.push([a, r.max]); } else if (r.type === 'distribution') { distribution = r; shares.push(a); } else {
            choice = choice || r;
            chosen[r.labels[a]] = (chosen[r.labels[a]] || 0) + 1;
          }
        });
        scores = scores.concat(own);
        if (own.length) { var f = rules.scoreFigures(own); return { text: f.total + ' of ' + f.maximum + (f.percentage ? ' (' + f.percentage + '%)' : ''), sort: f.percentage }; }
        if (distribution) {
          var stage = rules.placement(rules.shares(shares, distribution.levels.length));
          return { text: distribution.labels[stage - 1], sort: String(stage) };
        }
        if (choice) {
          var parts = choice.labels.filter(function (l) { return chosen[l]; }).map(function (l) { return chosen[l] + ' ' + l; });
          return { text: parts.join(', '), sort: String(meanProgress(section.ratings, s.latest)) };
        }
        return { text: '\u2013', sort: '' };
      });
      var total = rules.scoreFigures(scores);
      var change = changed(s, shape) ? (function () {
        var a = meanProgress(all, s.first);
        var b = meanProgress(all, s.latest);
        return a === null || b === null ? null : b - a;
      }()) : null;
      var last = s.latestReturn;
      return { school: s.name, returns: s.returns.length, date: last.date || '\u2013', answered: last.answered + ' of ' + last.questions,
        sections: sections,
        total: total.total === '' ? { text: '\u2013', sort: '' } : { text: total.total + ' of ' + total.maximum + (total.percentage ? ' (' + total.percentage + '%)' : ''), sort: total.percentage },
        change: change === null ? { text: '\u2013', sort: '' } : { text: signed(change), sort: String(change) } };
    }) };
  }

  function furthest(schools, shape, minimum, suppressed) {
    var ratings = allRatings(shape);
    var proposed = {};
    var answered = {};
    var sectionOf = {};
    shape.sections.forEach(function (s) { s.ratings.forEach(function (r) { sectionOf[r.id] = s.title; }); });
    schools.forEach(function (s) {
      rules.proposePlan({ sections: [{ items: ratings }] }, { answers: s.latest }, shape.plan).forEach(function (p) { proposed[p.item] = (proposed[p.item] || 0) + 1; });
      ratings.forEach(function (r) { if (rules.itemAnswer(r, { answers: s.latest }) !== null) { answered[r.id] = (answered[r.id] || 0) + 1; } });
    });
    var hidden = 0;
    var out = [];
    ratings.forEach(function (r) {
      var n = proposed[r.id] || 0;
      var of = answered[r.id] || 0;
      if (!n) { return; }
      if (of < minimum) { hidden++; return; }
      out.push({ label: r.label, section: sectionOf[r.id], schools: n, answered: of, percent: Math.round(100 * n / of), order: out.length });
    });
    if (hidden) {
      suppressed.push('Questions most often furthest from the goal: ' + hidden + (hidden === 1 ? ' question' : ' questions') + ' answered by fewer than ' + MINIMUM + ' schools');
    }
    out.sort(function (a, b) { return b.schools - a.schools || a.order - b.order; });
    return out.slice(0, 10);
  }

  function changes(schools, shape, minimum, suppressed) {
    var twice = schools.filter(function (s) { return changed(s, shape); });
    if (!twice.length) { return []; }
    var hidden = 0;
    var out = [];
    shape.sections.forEach(function (section) {
      if (!section.ratings.length) { return; }
      var up = 0; var same = 0; var down = 0; var sum = 0;
      twice.forEach(function (s) {
        var a = meanProgress(section.ratings, s.first);
        var b = meanProgress(section.ratings, s.latest);
        if (a === null || b === null) { return; }
        var c = b - a;
        sum += c;
        if (c > 0) { up++; } else if (c < 0) { down++; } else { same++; }
      });
      var n = up + same + down;
      if (n < minimum) { hidden++; out.push({ section: section.title, schools: n, suppressed: true }); return; }
      // Half away from zero, as the command's BigDecimal HALF_UP rounds.
      var mean = sum / n;
      var rounded = mean < 0 ? -Math.round(-mean) : Math.round(mean);
      out.push({ section: section.title, schools: n, up: up, same: same, down: down, mean: rounded === 0 ? '0' : signed(rounded) });
    });
    if (hidden) {
      suppressed.push('Change: ' + hidden + (hidden === 1 ? ' section' : ' sections') + ' with fewer than ' + MINIMUM + ' schools whose answers can be compared');
    }
    return out;
  }

  /** The whole report of the picked files. */
  function report(files, shapes, chosen, options) {
    var folder = readFiles(files, shapes, chosen);
    if (!folder.shape || !folder.read.length) { return Promise.resolve({ folder: folder, empty: true }); }
    var shape = folder.shape;
    var minimum = options.small ? 1 : MINIMUM;
    return schoolsOf(folder.read, shape, options.anonymise).then(function (schools) {
      var suppressed = [];
      var tables = [];
      var others = [];
      shape.sections.forEach(function (section) {
        tables = tables.concat(heatMaps(section, schools, minimum, suppressed));
        others = others.concat(counted(section, schools, minimum, suppressed));
      });
      var far = furthest(schools, shape, minimum, suppressed);
      var stand = standing(schools, shape);
      var change = changes(schools, shape, minimum, suppressed);
      var names = {};
      var all = folder.read.map(function (r) { return { file: r.file, read: true, note: r.notes.join('; ') }; })
        .concat(folder.skipped.map(function (s) { return { file: s.file, read: false, note: s.reason }; }))
        .sort(function (a, b) { return a.file < b.file ? -1 : a.file > b.file ? 1 : 0; });
      if (options.anonymise) {
        all.forEach(function (f, i) { names[f.file] = 'File ' + (i + 1); });
        all.forEach(function (f) {
          Object.keys(names).forEach(function (n) { f.note = f.note.split(n).join(names[n]); });
          f.file = names[f.file];
        });
      }
      return { folder: folder, shape: shape, options: options, schools: schools.length, tables: tables, counted: others,
        furthest: far, standing: stand, changes: change, files: all, suppressed: suppressed };
    });
  }

  /* ---------- the page ---------- */

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
    var minimum = MINIMUM;
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

  function start(page) {
    var shapes = JSON.parse(page.getAttribute('data-shapes'));
    var form = page.querySelector('[data-report-form]');
    var input = form.querySelector('input[type="file"]');
    var status = page.querySelector('[data-report-status]');
    var output = page.querySelector('[data-report-output]');
    var picked = [];
    function update() {
      if (!picked.length) { return; }
      report(picked, shapes, form.elements.audit.value, { small: form.elements.small.checked, anonymise: form.elements.anonymise.checked })
        .then(function (r) {
          if (r.empty) {
            output.textContent = '';
            status.textContent = 'None of the ' + picked.length + ' files could be read as a returned audit.';
            return;
          }
          render(r, output);
          status.textContent = 'Report made from ' + r.folder.read.length + ' of ' + picked.length + ' files.';
        });
    }
    function take(files) {
      var list = Array.prototype.slice.call(files);
      Promise.all(list.map(function (f) {
        if (f.size > rules.MAX_IMPORT_BYTES) { return Promise.resolve({ name: f.name, text: '' }); }
        return f.text().then(function (text) { return { name: f.name, text: text }; });
      })).then(function (read) { picked = read; update(); });
    }
    input.addEventListener('change', function () { take(input.files); });
    form.addEventListener('change', function (e) { if (e.target !== input) { update(); } });
    form.addEventListener('dragover', function (e) { e.preventDefault(); form.classList.add('is-over'); });
    form.addEventListener('dragleave', function () { form.classList.remove('is-over'); });
    form.addEventListener('drop', function (e) { e.preventDefault(); form.classList.remove('is-over'); take(e.dataTransfer.files); });
  }

  window.ToolkitReport = { report: report };
  var page = document.querySelector('[data-audit-report]');
  if (page) { start(page); }
}());
