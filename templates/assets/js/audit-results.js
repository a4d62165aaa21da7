/*
 * The figures an audit's answers give, kept live as the school fills it in: each distribution
 * section's totals row and where it is placed (with what that rests on), each choice section's
 * count of every option, score figures per section and overall, in the section and in the
 * results. Only complete answers count (audit-checking.js decides which, and calls these on each
 * recount). The same figures, as data, travel in the export (figures()). Adds to the page
 * object of audit-form.js.
 */
(function (root) {
  'use strict';

  var rules = root.ToolkitAudit;
  // The interface strings (strings.js): the page's own words, which a project or brand may change.
  var words = root.ToolkitStrings;
  var page = root.ToolkitAuditPage;
  var Audit = page.Audit;
  var $ = page.$;
  var $$ = page.$$;
  var setText = page.setText;

  /** Starts a recount: the figures of every section are gathered afresh. */
  Audit.prototype.startResults = function () {
    this.sectionFigures = [];
    this.allScores = [];
    this.points = (this.form.getAttribute('data-points') || '').split(' ').filter(function (p) { return p; });
    this.allPointScores = this.points.map(function () { return []; });
    this.allPointQuestions = [];
  };

  /** A section's figures from its complete items (the elements), shown and kept for the export. */
  Audit.prototype.sectionResults = function (section, complete) {
    var id = section.getAttribute('data-section');
    var heading = $(section, 'h2');
    var figures = { section: id, title: heading ? heading.textContent.trim() : id,
      questions: $$(section, '.audit-item').length, answered: complete.length };

    var distributions = complete.filter(function (item) { return item.getAttribute('data-type') === 'distribution'; });
    var stages = $$(section, '.audit-item[data-type="distribution"]');
    stages = stages.length ? $$(stages[0], 'input[data-stage]').map(function (input) { return input.getAttribute('data-stage'); }) : [];
    var answered = distributions.map(function (item) {
      return $$(item, 'input[data-stage]').map(function (input) { return rules.percentage(input.value) || 0; });
    });
    var shares = rules.shares(answered, stages.length);
    var placed = this.totals(section, stages, shares, answered.length);
    if (stages.length && answered.length) {
      figures.shares = {};
      stages.forEach(function (stage, i) { figures.shares[stage] = shares[i]; });
      figures.placed_at = placed;
    }

    var counts = this.counts(section);
    if (counts && !this.points.length) { figures.counts = counts; }

    if (this.points.length) {
      figures.points = this.pointResults(section, id);
      // Counted point by point: beside that point's score figures, {<point>: {counts: {option: n}}}.
      if (counts) {
        this.points.forEach(function (point) {
          figures.points[point] = figures.points[point] || {};
          figures.points[point].counts = counts[point];
        });
      }
      this.sectionFigures.push(figures);
      return;
    }
    var scores = complete.filter(function (item) { return item.getAttribute('data-type') === 'score'; }).map(function (item) {
      return [parseInt($(item, 'input[type="radio"]:checked').value, 10), parseInt(item.getAttribute('data-max'), 10)];
    });
    this.allScores = this.allScores.concat(scores);
    var scoreCells = $$(section, '[data-scores] [data-score-figure]')
      .concat($$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-score-figure]'));
    var scored = this.showFigures(scoreCells, scores);
    if (scored) { figures.scores = scored; }
    this.sectionFigures.push(figures);
  };

  /**
   * With assessment points: a section's score figures at each point (over the items scored at
   * that point), its change from the first point answered to the last over the questions
   * answered at both (ToolkitAudit.sectionChange) and what that is based on, and each
   * question's first and last score. Gives {<point>: figures, change: {<figure>: n}} for the export.
   */
  Audit.prototype.pointResults = function (section, id) {
    var self = this;
    var out = {};
    var questions = $$(section, '.audit-item[data-type="score"]').map(function (item) {
      return {
        item: item,
        max: parseInt(item.getAttribute('data-max'), 10),
        values: self.points.map(function (point) {
          var chosen = $(item, 'input[data-score][data-point="' + point + '"]:checked');
          return chosen && /\.score@/.test(chosen.name) ? parseInt(chosen.value, 10) : null;
        })
      };
    });
    this.allPointQuestions = this.allPointQuestions.concat(questions);
    this.points.forEach(function (point, i) {
      var scores = questions.filter(function (q) { return q.values[i] !== null; }).map(function (q) { return [q.values[i], q.max]; });
      self.allPointScores[i] = self.allPointScores[i].concat(scores);
      var cells = $$(section, '[data-scores] [data-score-figure][data-point="' + point + '"]')
        .concat($$(self.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-score-figure][data-point="' + point + '"]'));
      var figures = self.showFigures(cells, scores);
      if (figures) { out[point] = figures; }
    });
    // The changes are a table of their own (audit-parts.ftlh's pointSummary): the section's row there.
    out.change = this.showChange($(this.form, '[data-summary] tr[data-summary-section="' + id + '"][data-score-changes]'), questions);
    questions.forEach(function (q) {
      var row = $(self.form, '[data-summary] [data-point-change-item="' + q.item.getAttribute('data-item') + '"]');
      if (!row) { return; }
      var c = rules.pointChange(q.values);
      var label = function (i) { return self.form.getAttribute('data-point-label-' + self.points[i]) || self.points[i]; };
      // Scored at one point only (the next still to come): that score is the first, with no last or change yet.
      var first = c ? c.from : q.values.findIndex(function (v) { return v !== null; });
      setText($(row, '[data-point-from]'), first >= 0 ? q.values[first] + ' (' + label(first) + ')' : '\u2013');
      setText($(row, '[data-point-to]'), c ? q.values[c.to] + ' (' + label(c.to) + ')' : '\u2013');
      setText($(row, '[data-point-change]'), c ? rules.changeText(c.change, 0) : '\u2013');
    });
    return out;
  };

  /** Writes a summary row's change in each figure and what it is based on; gives the changes by figure. */
  Audit.prototype.showChange = function (row, questions) {
    var c = rules.sectionChange(questions);
    if (!row) { return c ? c.change : {}; }
    $$(row, '[data-score-change]').forEach(function (cell) {
      var figure = cell.getAttribute('data-score-change');
      var n = c ? c.change[figure] : undefined;
      setText(cell, n === undefined ? '\u2013' : rules.changeText(n, figure === 'mean' ? 1 : 0));
    });
    var basis = $(row, '[data-score-change-basis]');
    if (basis) { setText(basis, c ? rules.basedOnText(c.items, c.of) : '\u2013'); }
    return c ? c.change : {};
  };

  /** The figures over every section: the overall score row of the results. */
  Audit.prototype.overallResults = function () {
    var self = this;
    if (this.points.length) {
      var byPoint = this.points.map(function (point, i) {
        return self.showFigures($$(self.form, '[data-summary] [data-summary-overall] [data-score-figure][data-point="' + point + '"]'),
          self.allPointScores[i]);
      });
      this.overallScores = { points: {} };  // for the export (figures())
      this.points.forEach(function (point, i) { if (byPoint[i]) { self.overallScores.points[point] = byPoint[i]; } });
      this.overallScores.change = this.showChange($(this.form, '[data-summary] [data-summary-overall][data-score-changes]'), this.allPointQuestions);
      return;
    }
    this.overallScores = this.showFigures($$(this.form, '[data-summary] [data-summary-overall] [data-score-figure]'), this.allScores);
  };

  /**
   * The figures as data for the export (and a report that reads it): per section what it is
   * based on, its shares and placement, counts and scores as the page shows them; overall the
   * same counts and scores. Null on a form with no section.
   */
  Audit.prototype.figures = function () {
    if (!this.sectionFigures || !this.sectionFigures.length) { return null; }
    var overall = { questions: 0, answered: 0 };
    this.sectionFigures.forEach(function (s) { overall.questions += s.questions; overall.answered += s.answered; });
    if (this.overallScores && this.overallScores.points) {
      overall.points = this.overallScores.points;
      overall.points.change = this.overallScores.change;
    } else if (this.overallScores) {
      overall.scores = this.overallScores;
    }
    return { sections: this.sectionFigures, overall: overall };
  };

  /**
   * The section's totals row and its row of the summary, from the shares of its stages (null
   * when nothing was answered), where the section is placed, and how many answers that rests
   * on. Gives the stage id it is placed at, or null.
   */
  Audit.prototype.totals = function (section, stages, shares, answeredCount) {
    var id = section.getAttribute('data-section');
    function share(stage) {
      var i = stages.indexOf(stage);
      return !shares.length ? null : (i < 0 ? 0 : shares[i]);
    }
    var cells = $$(section, '[data-totals] [data-stage-total]')
      .concat($$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-stage-total]'));
    var names = [];
    var ids = [];
    var row = [];
    cells.forEach(function (cell) {
      var value = share(cell.getAttribute('data-stage-total'));
      setText(cell, value === null ? '–' : value + '%');
      if (cell.hasAttribute('data-stage-name')) {
        names.push(cell.getAttribute('data-stage-name'));
        ids.push(cell.getAttribute('data-stage-total'));
        row.push(value);
      }
    });
    $$(this.form, '[data-summary] [data-summary-section="' + id + '"] [data-stage-share]').forEach(function (segment) {
      var width = (share(segment.getAttribute('data-stage-share')) || 0) + '%';
      if (segment.style.width !== width) { segment.style.width = width; }
    });
    var stage = rules.placement(shares);
    var place = $(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-placement]');
    if (place) {
      var at = rules.placement(row);
      setText(place, at ? (answeredCount < 3 ? words.text('audit.results.placed-from', { stage: names[at - 1], count: answeredCount })
        : names[at - 1]) : words.text('audit.results.not-answered'));
    }
    var based = $(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-based-on]');
    if (based && stages.length) {
      setText(based, words.text('audit.results.based-on', { answered: answeredCount,
        total: $$(section, '.audit-item[data-type="distribution"]').length }));
    }
    return stage ? stages[stage - 1] : null;
  };

  /**
   * Writes score figures into their cells (a cell's .figure when it has one); gives the figures
   * as numbers ({total, maximum, mean, percentage}), or null before any score is chosen.
   */
  Audit.prototype.showFigures = function (cells, scores) {
    var figures = rules.scoreFigures(scores);
    cells.forEach(function (cell) {
      setText($(cell, '.figure') || cell, rules.figureText(figures, cell.getAttribute('data-score-figure')));
    });
    if (figures.total === '') { return null; }
    return { total: Number(figures.total), maximum: Number(figures.maximum), mean: Number(figures.mean),
      percentage: figures.percentage === '' ? null : Number(figures.percentage) };
  };

  /**
   * A choice section's count of each option, under the section and in the summary; gives the
   * counts by option id (with assessment points, by point then option id), or null when the
   * section has no choice items.
   */
  Audit.prototype.counts = function (section) {
    var id = section.getAttribute('data-section');
    var choices = $$(section, '.audit-item[data-type="choice"]');
    if (!choices.length) { return null; }
    // Only the item's own choice (".choice", or ".choice@<point>" at a point), not a rating part;
    // at assessment points each point is counted on its own, never added to the others.
    var chosen = $$(section, '.audit-item[data-type="choice"] input[type="radio"]:checked');
    function chosenAt(point) {
      var ending = point ? '.choice@' + point : '.choice';
      return chosen.filter(function (r) { return r.name.slice(-ending.length) === ending; });
    }
    function countAt(point) {
      return rules.counts(chosenAt(point).map(function (r) { return r.value; }));
    }
    var counts = this.points.length ? {} : countAt('');
    this.points.forEach(function (point) { counts[point] = countAt(point); });
    var cells = $$(section, '[data-counts] [data-option-count]')
      .concat($$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-option-count]'));
    // Each row says what it is based on: without points, the questions answered, in a column of
    // its own; at a point, the questions rated at that point, under the point's name in the row
    // (a row per point, audit-parts.ftlh's pointCounts).
    $$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-option-count] ~ [data-based-on]').forEach(function (based) {
      var answered = choices.filter(function (item) { return $(item, 'input:checked'); }).length;
      setText(based, words.text('audit.results.based-on', { answered: answered, total: choices.length }));
    });
    $$(this.form, '[data-summary] tr[data-summary-section="' + id + '"][data-point] > th [data-based-on]').forEach(function (based) {
      setText(based, rules.basedOnText(chosenAt(based.getAttribute('data-point')).length, choices.length));
    });
    cells.forEach(function (cell) {
      var target = $(cell, '.count') || cell;
      var point = cell.getAttribute('data-point');
      setText(target, (point ? counts[point] || {} : counts)[cell.getAttribute('data-option-count')] || 0);
    });
    return counts;
  };
}(window));
