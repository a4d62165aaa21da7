/*
 * Checking an audit as the school fills it in: which questions are complete (the rule for each
 * kind of item is ToolkitAudit.answered), the progress overall and per section (announced
 * politely), each item's own error (shown when the user leaves the item or presses Check,
 * never while typing in it) and the GOV.UK error summary listing every problem and every
 * unanswered question. Adds to the page object of audit-form.js; the figures each recount
 * feeds are in audit-results.js.
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

  /** One distribution item: its total and, when filled but wrong, the first wrong box. */
  function distribution(item) {
    var inputs = $$(item, 'input[data-stage]');
    var d = rules.distribution(inputs.map(function (input) { return input.value; }));
    return { total: d.total, filled: d.filled, bad: d.bad < 0 ? null : inputs[d.bad] };
  }

  /** Words as a message quotes them: in quotation marks, and cut at 60 characters so a link stays short. */
  function quoted(text) {
    text = text.replace(/\s+/g, ' ').trim();
    return '“' + (text.length > 60 ? text.substring(0, 59).trim() + '…' : text) + '”';
  }

  /** How a message names an item: by its number, else by its words (shortened), so every link says which. */
  function label(item) {
    var number = $(item, '.item-number');
    if (number) { return words.text('audit.error.question', { number: number.textContent.replace(/\.$/, '') }); }
    var own = $(item, 'legend, .item-question > span');
    var text = own ? own.textContent.replace(/\s+/g, ' ').trim() : '';
    return text ? quoted(text) : words.text('audit.error.this-question');
  }

  /** Where a message's link takes the user: the question's whole box in view, the field focused. */
  function goTo(field) {
    (field.closest('fieldset') || field).scrollIntoView();
    field.focus();
  }

  // The page's way of naming a question and going to it, for the other scripts' messages (audit-pdf.js).
  page.itemLabel = label;
  page.quoted = quoted;
  page.goTo = goTo;

  /** The text of an item's answer controls in order (a radio group: the chosen id or ""). */
  function answerTexts(item) {
    if ($(item, 'input[type="radio"]')) {
      var chosen = $(item, 'input[type="radio"]:checked');
      return [chosen ? chosen.value : ''];
    }
    return $$(item, 'input, textarea').filter(function (f) {
      return f.name && !/\.evidence$/.test(f.name);
    }).map(function (f) { return f.value; });
  }

  /**
   * An item of several parts, or one answered at assessment points, as ToolkitAudit.answeredItem
   * reads it; null for an item of one scale and nothing else (ToolkitAudit.answered reads those).
   */
  function partsOf(item) {
    if (item.getAttribute('data-type') !== 'parts' && !$(item, '[data-point], .item-part, input[type="checkbox"]')) { return null; }
    var groups = {};
    var ratings = [];
    $$(item, 'input[data-rating]').forEach(function (radio) {
      var group = groups[radio.name];
      if (!group) {
        group = groups[radio.name] = { value: '', optional: radio.hasAttribute('data-optional') };
        ratings.push(group);
      }
      if (radio.checked) { group.value = radio.value; }
    });
    return {
      ratings: ratings,
      texts: $$(item, '.part-text textarea').map(function (f) { return f.value; }),
      others: $$(item, 'input[type="checkbox"], input[data-date]').map(function (f) {
        return f.type === 'checkbox' ? (f.checked ? f.value : '') : f.value;
      })
    };
  }

  /**
   * The first radio of the first rating group an item begun but not complete still needs (at a
   * point that is not optional), or null: where "Check my answers" sends the user, rather than
   * to the item's first radio, which in such an item is usually answered already (the first
   * assessment, when the next is still to come).
   */
  function stillNeeded(item) {
    var radios = $$(item, 'input[data-rating]');
    if (!radios.some(function (r) { return r.checked; })) { return null; }
    var chosen = {};
    radios.forEach(function (r) { if (r.checked) { chosen[r.name] = true; } });
    return radios.filter(function (r) { return !chosen[r.name] && !r.hasAttribute('data-optional'); })[0] || null;
  }

  /** Whether an item is completely answered (the rules are in audit-rules.js). */
  function isComplete(item) {
    var parts = partsOf(item);
    return parts ? rules.answeredItem(parts) : rules.answered(item.getAttribute('data-type'), answerTexts(item));
  }

  /** A date box's problem, or null: something written that is not a real day, year-month-day. */
  function dateProblem(input) {
    if (input.value.trim() === '' || rules.isIsoDate(input.value)) { return null; }
    var label = input.labels && input.labels[0] ? input.labels[0].textContent.trim() : words.text('audit.error.the-date');
    return { text: words.text('audit.error.date', { label: label }), target: input };
  }

  /** An item's own problem, or null: a box that is not a whole number, a total not 100, a date that is none. */
  function itemProblem(item) {
    var dates = $$(item, 'input[data-date]').map(dateProblem).filter(function (p) { return p; });
    if (dates.length) { return dates[0]; }
    if (item.getAttribute('data-type') !== 'distribution') { return null; }
    var d = distribution(item);
    if (d.bad) {
      return { text: words.text('audit.error.percentage', { item: label(item) }), target: d.bad };
    }
    if (d.filled && d.total !== 100) {
      return { text: words.text('audit.error.total', { item: label(item), total: d.total }),
        target: $(item, 'input[data-stage]') };
    }
    return null;
  }

  /** The first control of an item, where a link to it lands. */
  function firstControl(item) {
    return $(item, 'input, textarea');
  }

  /**
   * Recomputes every total, count, the progress and the results from complete answers, and
   * works out each item's problem. {@code settle} names the items whose inline errors may change
   * now (left, or all on Check); other items keep the error they show.
   */
  Audit.prototype.update = function (settle) {
    var self = this;
    var problems = [];
    var unanswered = [];
    var done = 0;
    var all = 0;
    this.startResults();
    $$(this.form, '[data-section]').forEach(function (section) {
      var items = $$(section, '.audit-item');
      var complete = [];
      items.forEach(function (item) {
        var answered = isComplete(item);
        var problem = itemProblem(item);
        var total = $(item, '[data-total]');
        if (total) { setText(total, distribution(item).total); }
        var id = item.id;
        if (settle === true || (settle && settle.indexOf(item) >= 0)) { self.shownErrors[id] = problem; }
        if (self.shownErrors[id] && !problem) { self.shownErrors[id] = null; }
        var shown = self.shownErrors[id];
        self.markItem(item, shown ? shown.text : null);
        if (shown) { problems.push(shown); }
        var needed = answered || problem ? null : stillNeeded(item);
        if (answered) { complete.push(item); } else if (needed) {
          // Named by its point when it has one ("Answer question 1 at Final assessment").
          var point = needed.getAttribute('data-point');
          var pointLabel = point && self.form.getAttribute('data-point-label-' + point);
          unanswered.push({ text: pointLabel ? words.text('audit.error.answer-at', { item: label(item), point: pointLabel })
            : words.text('audit.error.finish', { item: label(item) }), target: needed });
        } else if (!shown) {
          unanswered.push({ text: problem ? words.text('audit.error.finish', { item: label(item) })
            : words.text('audit.error.answer', { item: label(item) }), target: problem ? problem.target : firstControl(item) });
        }
      });
      self.sectionResults(section, complete);
      self.sectionProgress(section, complete.length, items.length);
      done += complete.length;
      all += items.length;
    });
    this.overallResults();
    $$(this.form, '.point-dates input[data-date]').forEach(function (input) {
      var problem = dateProblem(input);
      if (settle === true || (settle && settle.indexOf(input) >= 0)) { self.shownErrors[input.id] = problem; }
      if (!problem) { self.shownErrors[input.id] = null; }
      var shown = self.shownErrors[input.id];
      if (shown) { problems.push(shown); }
      invalid(input, !!shown);
    });
    this.errors = problems;
    this.unanswered = unanswered;
    // "Every question is answered" goes as soon as it is no longer true.
    var passed = $(this.form, '[data-check-passed]');
    if ((problems.length || unanswered.length) && !passed.hidden) { passed.hidden = true; }
    this.progress(done, all);
    if (this.summaryShown) { this.showErrors(false); }
    return problems;
  };

  /* ---------- progress ---------- */

  /** The overall count, shown at once; announced politely once the user pauses. */
  Audit.prototype.progress = function (done, all) {
    var text = rules.progressText(done, all);
    $$(this.form, '[data-progress], [data-progress-copy]').forEach(function (p) { setText(p, text + '.'); });
    var announce = $(this.form, '[data-progress-announce]');
    if (this.announced === undefined) { this.announced = text; return; }
    if (text === this.announced) { return; }
    var self = this;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(function () {
      self.announced = text;
      announce.textContent = text + '.';
    }, 1500);
  };

  Audit.prototype.sectionProgress = function (section, done, all) {
    var text = rules.progressText(done, all);
    var p = $(section, '[data-section-progress]');
    if (p) { setText(p, words.text('audit.progress.in-section', { progress: text })); p.hidden = false; }
    var copy = $(this.form, '[data-section-progress-copy="' + section.getAttribute('data-section') + '"]');
    if (copy) { setText(copy, words.text('audit.progress.section-copy', { answered: done, count: all })); }
  };

  /* ---------- errors ---------- */

  /** Marks a control invalid or not, touching the page only when that changes. */
  function invalid(input, yes) {
    if (yes && input.getAttribute('aria-invalid') !== 'true') { input.setAttribute('aria-invalid', 'true'); }
    if (!yes && input.hasAttribute('aria-invalid')) { input.removeAttribute('aria-invalid'); }
  }

  /** Shows an item's error, or none; an item already showing that message is left as it is. */
  Audit.prototype.markItem = function (item, message) {
    var marked = this.marked || (this.marked = {});
    if (item.id in marked && marked[item.id] === message) { return; }
    marked[item.id] = message;
    var error = $(item, '.field-error');
    item.classList.toggle('has-error', !!message);
    error.hidden = !message;
    error.textContent = '';
    if (message) {
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = words.text('audit.error.prefix') + ' ';
      error.appendChild(hidden);
      error.appendChild(document.createTextNode(message + '.'));
    }
    $$(item, 'input[data-stage], input[data-date]').forEach(function (input) {
      var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id !== error.id; });
      if (message) { ids.unshift(error.id); }
      input.setAttribute('aria-describedby', ids.join(' '));
      invalid(input, !!message);
    });
  };

  /** The GOV.UK error summary: every problem, each linking to its field. */
  Audit.prototype.showErrors = function (focus) {
    var box = $(this.form, '[data-error-summary]');
    var list = $(box, '.error-summary-list');
    var all = this.errors.concat(this.unanswered || []);
    // Rebuilt only when it changes: a click on a link moves focus out of an item first, and a
    // list rebuilt then would take the link away from under the pointer before the click.
    var key = all.map(function (e) { return e.target.id + ' ' + e.text; }).join('\n');
    if (key !== this.summaryKey) { list.textContent = ''; }
    (key === this.summaryKey ? [] : all).forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + e.target.id;
      a.textContent = e.text;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        goTo(e.target);
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    this.summaryKey = key;
    box.hidden = all.length === 0;
    var passed = $(this.form, '[data-check-passed]');
    if (all.length && !passed.hidden) { passed.hidden = true; }
    if (focus) {
      // All clear is said where the problems would have been, and focus goes there too: the
      // button pressed may be the sticky bar's or the one at the form's end, a long way from the
      // tools' status line, and nothing near it would show that the check was made.
      var shown = all.length ? box : passed;
      if (!all.length) {
        passed.textContent = words.text('audit.status.all-answered');
        passed.hidden = false;
      }
      // Scrolled to its start so that it clears the sticky bar (scroll-margin in forms.css).
      shown.focus({ preventScroll: true });
      shown.scrollIntoView({ block: 'start' });
    }
  };
}(window));
