/*
 * The report across schools' returns, in the browser (the site's report/ page): from the returns
 * report-read.js reads, how schools answered (heat maps whose cells say their numbers), where
 * each school stands, the questions most often furthest from the goal, the change over time,
 * and every file read or skipped. Nothing leaves the browser. It keeps the rules of `toolkit
 * report audits` (report/AuditReport.java and model/Ratings.java): the same placement, score
 * figures, plan and progress rules from audit-rules.js (window.ToolkitAudit), which the Java side
 * is held to by the same case files (src/test/resources/rules/). report-page.js shows it.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  // The interface strings (strings.js, which runs after this file: looked up when asked): the same
  // keys the command's report reads (report/HeatMaps, Standing, School, AuditReport), so the two
  // agree in every word, and byte for byte in the CSV files.
  var words = { text: function (key, values) { return window.ToolkitStrings.text(key, values); } };
  var ToolkitReport = window.ToolkitReport;
  var MINIMUM = 5;
  var CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  var allRatings = ToolkitReport.allRatings;
  var at = ToolkitReport.at;

  /* ---------- schools ---------- */

  /**
   * A school's code: HMAC-SHA-256 of the audit and the school's name under the officer's key
   * (report/School.code), so only someone holding the key can tell which school a code stands for.
   */
  function code(audit, name, key) {
    return crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).then(function (k) {
      return crypto.subtle.sign('HMAC', k, new TextEncoder().encode(audit + '\n' + name));
    }).then(function (mac) {
      var h = new Uint8Array(mac);
      var out = 'School ';
      for (var i = 0; i < 5; i++) { out += CODE_LETTERS.charAt(h[i] % CODE_LETTERS.length); }
      return out;
    });
  }

  function schoolsOf(read, shape, keyBytes, point) {
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
      var named = key.charAt(0) === '\u0000' ? Promise.resolve(words.text('report.school.unnamed', { number: key.substring(1) }))
        : keyBytes ? code(shape.id, key, keyBytes) : Promise.resolve(last.school);
      return named.then(function (name) {
        var latest = at(shape, ratings, last.answers, true);
        var atPoints = returnsAt(shape, ratings, returns);
        // What the heat maps count: the answers at the chosen point (from the return they come from), or the latest answers (School.mapped).
        return { name: name, returns: returns, latestReturn: last, latest: latest, first: at(shape, ratings, returns[0].answers, false),
          mapped: point ? at(shape, ratings, atPoints[point].answers, point) : latest, ratedTwice: ratedTwice(shape, ratings, last.answers),
          atPoints: atPoints };
      });
    })).then(function (schools) {
      return schools.sort(function (a, b) { var x = a.name.toLowerCase(); var y = b.name.toLowerCase(); return x < y ? -1 : x > y ? 1 : 0; });
    });
  }

  /** A rating asked at each assessment point (School.perPoint): an item's choice or score, or a part per point. */
  function perPoint(r) { return r.perPoint && r.type !== 'distribution'; }

  /**
   * For each assessment point, the return a school's answers there come from (report/School.returnsAt):
   * the newest that rates a question asked per point there, or, when none does, the latest.
   */
  function returnsAt(shape, ratings, returns) {
    var asked = ratings.filter(perPoint);
    var out = {};
    shape.points.forEach(function (p) {
      out[p] = returns[returns.length - 1];
      for (var i = returns.length - 1; i >= 0; i--) {
        var got = at(shape, asked, returns[i].answers, p);
        if (asked.some(function (r) { return got[r.id] !== undefined; })) { out[p] = returns[i]; break; }
      }
    });
    return out;
  }

  /**
   * Whether some question is rated at two assessment points or more (report/School.ratedTwice): a
   * rating asked at each point found at two of them; one answered once is found at every point, so
   * it does not count.
   */
  function ratedTwice(shape, ratings, answers) {
    if (shape.points.length < 2) { return false; }
    var times = {};
    shape.points.forEach(function (p) {
      var got = at(shape, ratings, answers, p);
      ratings.forEach(function (r) {
        if (perPoint(r) && got[r.id] !== undefined) { times[r.id] = (times[r.id] || 0) + 1; }
      });
    });
    return Object.keys(times).some(function (id) { return times[id] > 1; });
  }

  /** Two returns or more, or a question rated at two points, even with the same answers: a change of nothing (School.changed). */
  function changed(school) {
    return school.returns.length > 1 || school.ratedTwice;
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

  /** A question as the page names it: its number, then its text (AuditReport.labelled); the CSV files keep the two apart. */
  function labelled(number, question) { return number ? number + ' ' + question : question; }

  function row(number, question, summary, answered, counts, minimum) {
    var out = { number: number, question: question, label: labelled(number, question), summary: summary, answered: answered };
    if (answered < minimum) { out.suppressed = true; } else { out.cells = cells(counts, answered); }
    return out;
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
        if (r.group && r.group !== lastGroup) { rows.push({ number: '', question: r.group, label: r.group, group: true }); }
        lastGroup = r.group;
        var counts = first.labels.map(function () { return 0; });
        var answered = 0;
        schools.forEach(function (s) {
          var l = level(r, rules.itemAnswer(r, { answers: s.mapped }));
          if (l >= 0) { counts[l]++; answered++; }
        });
        var got = row(r.number, r.label, false, answered, counts, minimum);
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
          var a = rules.itemAnswer(r, { answers: s.mapped });
          if (a === null) { return; }
          any = true;
          if (first.type === 'distribution') { shares.push(a); } else { counts[level(r, a)]++; answers++; }
        });
        if (any) { answering++; }
        if (first.type === 'distribution' && shares.length) { counts[rules.placement(rules.shares(shares, first.levels.length)) - 1]++; answers++; }
      });
      var whole = row('', first.type === 'distribution' ? words.text('report.row.whole-section') : words.text('report.row.all-questions'), true, answers, counts, minimum);
      if (answering < minimum) { whole = row('', whole.question, true, answering, [], Infinity); }
      rows.push(whole);
      var wholeHidden = whole.suppressed && whole.answered > 0;
      if (hidden || wholeHidden) {
        var values = { section: section.title, minimum: MINIMUM, questions: hidden ? words.text('report.suppressed.questions', { count: hidden }) : '' };
        suppressed.push(!hidden ? words.text('report.suppressed.section-whole', values)
          : wholeHidden ? words.text('report.suppressed.section-both', values) : words.text('report.suppressed.section-questions', values));
      }
      var kinds = first.type === 'score' ? words.text('report.kind.scores') : first.type === 'distribution' ? words.text('report.kind.stages') : first.labels.join(', ');
      return { id: section.id + (n ? '-' + (n + 1) : ''), caption: section.title + (scales.length > 1 ? ' (' + kinds + ')' : ''),
        unit: first.type === 'distribution' ? words.text('report.unit.stage') : words.text('report.unit.schools'),
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
      return { number: o.number, question: o.label, label: labelled(o.number, o.label), section: section.title, verb: o.type === 'tick' ? words.text('report.verb.ticked') : o.type === 'date' ? words.text('report.verb.dated') : words.text('report.verb.written'),
        given: given, schools: schools.length, suppressed: small };
    });
    if (hidden) {
      suppressed.push(words.text('report.suppressed.counted', { section: section.title, count: hidden, minimum: MINIMUM }));
    }
    return rows;
  }

  function meanProgress(ratings, answers) {
    var got = ratings.map(function (r) { return rules.progress(r, rules.itemAnswer(r, { answers: answers })); })
      .filter(function (p) { return p !== null; });
    return got.length ? Math.round(got.reduce(function (a, b) { return a + b; }, 0) / got.length) : null;
  }

  function signed(n) { return n > 0 ? '+' + n : n < 0 ? '\u2212' + (-n) : words.text('report.change.none'); }

  /** "7 of 9 (78%)", sorted by the percentage (report/Standing.score): the figures as the form prints them. */
  function score(f) {
    return { text: rules.figureText(f, 'total') + (f.percentage ? ' (' + rules.figureText(f, 'percentage') + ')' : ''), sort: f.percentage };
  }

  /**
   * How many ratings the school answered at the point the report counts (s.mapped: the chosen
   * point, or each rating at its latest): report/Standing.answered.
   */
  function answeredAt(all, s) {
    return all.filter(function (r) { return rules.itemAnswer(r, { answers: s.mapped }) !== null; }).length;
  }

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
        if (own.length) { return score(rules.scoreFigures(own)); }
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
      var change = changed(s) ? (function () {
        var a = meanProgress(all, s.first);
        var b = meanProgress(all, s.latest);
        return a === null || b === null ? null : b - a;
      }()) : null;
      var last = s.latestReturn;
      return { school: s.name, returns: s.returns.length, date: last.date || '\u2013', answered: words.text('report.answered', { answered: answeredAt(all, s), questions: all.length }),
        sections: sections,
        total: total.total === '' ? { text: '\u2013', sort: '' } : score(total),
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
      out.push({ number: r.number, question: r.label, label: labelled(r.number, r.label), section: sectionOf[r.id], schools: n, answered: of, percent: Math.round(100 * n / of), order: out.length });
    });
    if (hidden) {
      suppressed.push(words.text('report.suppressed.furthest', { count: hidden, minimum: MINIMUM }));
    }
    out.sort(function (a, b) { return b.schools - a.schools || a.order - b.order; });
    return out.slice(0, 10);
  }

  function changes(schools, shape, minimum, suppressed) {
    var twice = schools.filter(function (s) { return changed(s); });
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
      suppressed.push(words.text('report.suppressed.change', { count: hidden, minimum: MINIMUM }));
    }
    return out;
  }

  /**
   * The whole report of the picked files. {@code options}: small (show small groups), anonymise,
   * key (the bytes of the officer's key, for anonymised codes), library (where pdf-lib is), point
   * (the id of the assessment point the heat maps count; null for each school's latest answers).
   */
  function report(files, shapes, chosen, options) {
    return ToolkitReport.files(files, shapes, chosen, options.library).then(function (folder) {
      // Nothing to report on still says why each file was skipped, as the command does.
      if (!folder.shape || !folder.read.length) { return { folder: folder, empty: true, files: filesOf(folder, options, {}) }; }
      return figures(folder, options);
    });
  }

  /**
   * Every file picked, read or skipped, with what to know about it, in file-name order; anonymised,
   * each is "File 3 (School K7M2Q)" ({@code codes}: a read file's school code).
   */
  function filesOf(folder, options, codes, pointsFrom) {
    var all = folder.read.map(function (r) {
      var notes = r.notes.slice();
      if (pointsFrom && pointsFrom[r.file]) { notes.push(words.text('report.note.points-from', { points: pointsFrom[r.file] })); }
      return { file: r.file, read: true, note: notes.join('; ') };
    })
      .concat(folder.skipped.map(function (s) { return { file: s.file, read: false, note: s.reason }; }))
      .sort(function (a, b) { return a.file < b.file ? -1 : a.file > b.file ? 1 : 0; });
    if (options.anonymise) {
      // Anonymised, a file is "File 3 (School K7M2Q)": export names carry the school's name (AuditReport.of).
      var shown = {};
      all.forEach(function (f, i) { shown[f.file] = 'File ' + (i + 1); });
      all.forEach(function (f) {
        Object.keys(shown).forEach(function (n) { f.note = f.note.split(n).join(shown[n]); });
        f.file = shown[f.file] + (codes[f.file] ? ' (' + codes[f.file] + ')' : '');
      });
    }
    return all;
  }

  function figures(folder, options) {
    var shape = folder.shape;
    var minimum = options.small ? 1 : MINIMUM;
    // A point the audit does not have (another audit was chosen) counts the latest answers.
    var point = shape.points.indexOf(options.point) >= 0 ? options.point : null;
    return schoolsOf(folder.read, shape, options.anonymise ? options.key : null, point).then(function (schools) {
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
      var codes = {};
      schools.forEach(function (s) { s.returns.forEach(function (r) { codes[r.file] = s.name; }); });
      // An earlier return a school's answers at some points are read from says so (AuditReport.pointsFrom).
      var pointsFrom = {};
      schools.forEach(function (s) {
        shape.points.forEach(function (p, i) {
          var from = s.atPoints[p];
          if (from !== s.latestReturn) {
            pointsFrom[from.file] = (pointsFrom[from.file] ? pointsFrom[from.file] + ', ' : '') + shape.pointLabels[i];
          }
        });
      });
      var all = filesOf(folder, options, codes, pointsFrom);
      var counting = !shape.points.length ? null : { id: point, column: point || 'latest',
        label: point ? shape.pointLabels[shape.points.indexOf(point)] : words.text('report.point.latest') };
      return { folder: folder, shape: shape, options: options, counting: counting, schools: schools.length, tables: tables, counted: others,
        furthest: far, standing: stand, changes: change, files: all, suppressed: suppressed, minimum: MINIMUM, bySchool: schools };
    });
  }

  ToolkitReport.report = report;
}());
