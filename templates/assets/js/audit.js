/*
 * Audit forms, enhanced: the page wiring. Without this script every audit is a plain blank form
 * that prints. With it: answers autosave in this browser (localStorage, keyed by audit id and
 * version) and come back after a reload; live totals, counts and summary; the GOV.UK
 * error-summary pattern; export and import of the response JSON ({id?, audit, version, header,
 * answers, closing}); print; and answers saved for an older version are kept where they still
 * fit and listed where they do not. The rules themselves (field names, the response shape,
 * totals, placement) are in audit-rules.js, loaded first. Plain JavaScript, no framework,
 * nothing sent anywhere.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;

  function $(root, selector) { return root.querySelector(selector); }
  function $$(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  function storage() {
    try {
      var probe = '__toolkit-press__';
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function Audit(form) {
    this.form = form;
    this.id = form.getAttribute('data-audit');
    this.version = parseInt(form.getAttribute('data-version'), 10);
    this.key = form.getAttribute('data-storage-key');
    this.store = storage();
    this.unfitted = [];
    this.summaryShown = false;
    // Each item's error as last shown: an item's own error changes only when the user leaves the
    // item or presses Check, never while they type in it (GOV.UK).
    this.shownErrors = {};
    this.pendingImport = null;
  }

  /* ---------- reading and writing the form as a response ---------- */

  /** The form's answers in the response shape; empty fields are left out. */
  Audit.prototype.read = function () {
    var fields = [];
    $$(this.form, 'input, textarea').forEach(function (field) {
      if (!field.name || field.type === 'file') { return; }
      if (field.type === 'radio' && !field.checked) { return; }
      fields.push({ name: field.name, value: field.value, number: field.hasAttribute('data-stage') || field.hasAttribute('data-score') });
    });
    var response = rules.response(this.id, this.version, fields);
    // The action plan (audit-plan.js) adds its rows here.
    this.form.dispatchEvent(new CustomEvent('audit:read', { detail: response }));
    return response;
  };

  /** The control a (section, key, part) answer belongs in, when the form still has one. */
  Audit.prototype.control = function (name, value) {
    var fields = this.form.elements.namedItem(name);
    if (!fields) { return null; }
    if (fields.length !== undefined && fields.tagName === undefined) {
      var match = null;
      Array.prototype.forEach.call(fields, function (f) { if (f.value === String(value)) { match = f; } });
      return match;
    }
    if (fields.type === 'radio') { return fields.value === String(value) ? fields : null; }
    if (fields.hasAttribute('data-stage') && !/^\d{1,3}$/.test(String(value))) { return null; }
    return fields;
  };

  /**
   * Sorts a response into the controls it fits and the answers it does not (an item removed,
   * an option renamed, text where a percentage belongs). Touches nothing.
   */
  Audit.prototype.place = function (response) {
    var self = this;
    var placed = [];
    var left = [];
    rules.answers(response, this.id).forEach(function (a) {
      var control = a.name ? self.control(a.name, a.value) : null;
      if (control) { placed.push({ control: control, value: a.value }); } else { left.push({ field: a.field, value: a.value }); }
    });
    return { placed: placed, left: left, response: response };
  };

  /** Empties the form, then fills it with placed answers. */
  Audit.prototype.fill = function (placement) {
    $$(this.form, 'input, textarea').forEach(function (field) {
      if (field.type === 'radio') { field.checked = false; } else if (field.type !== 'file') { field.value = ''; }
    });
    placement.placed.forEach(function (p) {
      if (p.control.type === 'radio') { p.control.checked = true; } else { p.control.value = p.value; }
    });
    this.unfitted = placement.left;
    this.showUnfitted();
    this.update();
    this.form.dispatchEvent(new CustomEvent('audit:fill', { detail: placement.response || {} }));
  };

  /* ---------- saving on this device ---------- */

  Audit.prototype.save = function () {
    this.printHeading();
    if (!this.store) { return; }
    var data = this.read();
    data.saved = new Date().toISOString();
    if (this.unfitted.length) { data.unfitted = this.unfitted; }
    try {
      this.store.setItem(this.key, JSON.stringify(data));
      this.status('Saved on this device at ' + new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) + '.');
    } catch (e) {
      this.status('Your answers could not be saved in this browser. Export them to keep a copy.');
    }
  };

  /** This version's saved answers, or an older or newer version's moved across to this one. */
  Audit.prototype.restore = function () {
    if (!this.store) {
      this.status('This browser cannot keep your answers. Export them before you leave this page.');
      return;
    }
    var saved = rules.savedAnswers(this.store.getItem(this.key), this.id);
    var from = this.key;
    if (!saved) {
      for (var i = 0; i < this.store.length; i++) {
        var k = this.store.key(i);
        var other = rules.otherVersionKey(this.key, k) ? rules.savedAnswers(this.store.getItem(k), this.id) : null;
        if (other && (!saved || String(other.saved) > String(saved.saved))) { saved = other; from = k; }
      }
    }
    if (!saved) { return; }
    this.fill(this.place(saved));
    if (from !== this.key) {
      this.save();
      this.store.removeItem(from);
      this.status('Your answers from version ' + saved.version + ' of this audit were brought into this version.');
    } else {
      this.status('Your saved answers have been restored.');
    }
  };

  Audit.prototype.status = function (text) {
    $(this.form, '[data-save-status]').textContent = text;
  };

  /* ---------- answers that no longer fit ---------- */

  Audit.prototype.showUnfitted = function () {
    var box = $(this.form, '[data-unfitted]');
    var list = $(box, '[data-unfitted-list]');
    list.textContent = '';
    this.unfitted.forEach(function (u) {
      var li = document.createElement('li');
      var name = document.createElement('strong');
      name.textContent = u.field + ': ';
      li.appendChild(name);
      li.appendChild(document.createTextNode(u.value));
      list.appendChild(li);
    });
    box.hidden = this.unfitted.length === 0;
  };

  /* ---------- totals, counts, summary and errors ---------- */

  /** One distribution item: its total and, when filled but wrong, the first wrong box. */
  function distribution(item) {
    var inputs = $$(item, 'input[data-stage]');
    var d = rules.distribution(inputs.map(function (input) { return input.value; }));
    return { total: d.total, filled: d.filled, bad: d.bad < 0 ? null : inputs[d.bad] };
  }

  function label(item) {
    var number = $(item, '.item-number');
    return number ? 'question ' + number.textContent.replace(/\.$/, '') : 'this question';
  }

  /** The text of an item's answer controls in order (a radio group: the chosen id or ""). */
  function answerTexts(item) {
    // A radio group (a choice, a score): the chosen value or "".
    if ($(item, 'input[type="radio"]')) {
      var chosen = $(item, 'input[type="radio"]:checked');
      return [chosen ? chosen.value : ''];
    }
    return $$(item, 'input, textarea').filter(function (f) {
      return f.name && !/\.evidence$/.test(f.name);
    }).map(function (f) { return f.value; });
  }

  /** An item's own problem, or null: a box that is not a whole number, or a total not 100. */
  function itemProblem(item) {
    if (item.getAttribute('data-type') !== 'distribution') { return null; }
    var d = distribution(item);
    if (d.bad) {
      return { text: 'Enter a whole number from 0 to 100 for each stage of ' + label(item), target: d.bad };
    }
    if (d.filled && d.total !== 100) {
      return { text: 'The percentages for ' + label(item) + ' add up to ' + d.total + '%. They must add up to 100%',
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
    var allScores = [];
    $$(this.form, '[data-section]').forEach(function (section) {
      // Each complete item's percentages, in its stages' order (a section with totals has one scale).
      var stages = [];
      var answered = [];
      var items = $$(section, '.audit-item');
      var sectionDone = 0;
      items.forEach(function (item) {
        var type = item.getAttribute('data-type');
        var complete = rules.answered(type, answerTexts(item));
        var problem = itemProblem(item);
        if (type === 'distribution') {
          var inputs = $$(item, 'input[data-stage]');
          $(item, '[data-total]').textContent = distribution(item).total;
          stages = inputs.map(function (input) { return input.getAttribute('data-stage'); });
          if (complete) { answered.push(inputs.map(function (input) { return rules.percentage(input.value) || 0; })); }
        }
        var id = item.id;
        if (settle === true || (settle && settle.indexOf(item) >= 0)) { self.shownErrors[id] = problem; }
        if (self.shownErrors[id] && !problem) { self.shownErrors[id] = null; }
        var shown = self.shownErrors[id];
        self.markItem(item, shown ? shown.text : null);
        if (shown) { problems.push(shown); }
        if (complete) { sectionDone++; } else if (!shown) {
          unanswered.push({ text: (problem ? 'Finish ' : 'Answer ') + label(item), target: problem ? problem.target : firstControl(item) });
        }
      });
      self.totals(section, stages, rules.shares(answered, stages.length), answered.length);
      self.counts(section);
      var scores = self.scores(section);
      allScores = allScores.concat(scores);
      self.showFigures($$(section, '[data-scores] [data-score-figure]')
        .concat($$(self.form, '[data-summary] tr[data-summary-section="' + section.getAttribute('data-section') + '"] [data-score-figure]')), scores);
      self.sectionProgress(section, sectionDone, items.length);
      done += sectionDone;
      all += items.length;
    });
    this.showFigures($$(this.form, '[data-summary] [data-summary-overall] [data-score-figure]'), allScores);
    this.errors = problems;
    this.unanswered = unanswered;
    this.progress(done, all);
    if (this.summaryShown) { this.showErrors(false); }
    return problems;
  };

  /* ---------- progress ---------- */

  /** The overall count, shown at once; announced politely once the user pauses. */
  Audit.prototype.progress = function (done, all) {
    var text = rules.progressText(done, all);
    $$(this.form, '[data-progress], [data-progress-copy]').forEach(function (p) { p.textContent = text + '.'; });
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
    if (p) { p.textContent = text + ' in this section.'; p.hidden = false; }
    var copy = $(this.form, '[data-section-progress-copy="' + section.getAttribute('data-section') + '"]');
    if (copy) { copy.textContent = '(' + done + ' of ' + all + ')'; }
  };

  Audit.prototype.markItem = function (item, message) {
    var error = $(item, '.field-error');
    item.classList.toggle('has-error', !!message);
    error.hidden = !message;
    error.textContent = '';
    if (message) {
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = 'Error: ';
      error.appendChild(hidden);
      error.appendChild(document.createTextNode(message + '.'));
    }
    $$(item, 'input[data-stage]').forEach(function (input) {
      var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id !== error.id; });
      if (message) { ids.unshift(error.id); }
      input.setAttribute('aria-describedby', ids.join(' '));
      if (message) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
    });
  };

  /**
   * The section's totals row and its row of the summary, from the shares of its stages (null
   * when nothing was answered), where the section is placed, and how many answers that rests on.
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
    var row = [];
    cells.forEach(function (cell) {
      var value = share(cell.getAttribute('data-stage-total'));
      cell.textContent = value === null ? '–' : value + '%';
      if (cell.hasAttribute('data-stage-name')) {
        names.push(cell.getAttribute('data-stage-name'));
        row.push(value);
      }
    });
    $$(this.form, '[data-summary] [data-summary-section="' + id + '"] [data-stage-share]').forEach(function (segment) {
      segment.style.width = (share(segment.getAttribute('data-stage-share')) || 0) + '%';
    });
    var place = $(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-placement]');
    if (place) {
      var stage = rules.placement(row);
      place.textContent = stage ? names[stage - 1] + (answeredCount < 3 ? ' (placed from ' + answeredCount +
        ' answer' + (answeredCount === 1 ? '' : 's') + ' only)' : '') : 'Not answered yet';
    }
    var based = $(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-based-on]');
    if (based && stages.length) {
      based.textContent = answeredCount + ' of ' + $$(section, '.audit-item[data-type="distribution"]').length;
    }
  };

  /** The section's answered score items, each as [score, highest point]. */
  Audit.prototype.scores = function (section) {
    return $$(section, '.audit-item[data-type="score"]').map(function (item) {
      var checked = $(item, 'input[type="radio"]:checked');
      return checked ? [parseInt(checked.value, 10), parseInt(item.getAttribute('data-max'), 10)] : null;
    }).filter(function (s) { return s !== null; });
  };

  /** Writes score figures into their cells (a cell's .figure when it has one). */
  Audit.prototype.showFigures = function (cells, scores) {
    var figures = rules.scoreFigures(scores);
    cells.forEach(function (cell) {
      ($(cell, '.figure') || cell).textContent = rules.figureText(figures, cell.getAttribute('data-score-figure'));
    });
  };

  /** A choice section's count of each option, under the section and in the summary. */
  Audit.prototype.counts = function (section) {
    var id = section.getAttribute('data-section');
    var cells = $$(section, '[data-counts] [data-option-count]')
      .concat($$(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-option-count]'));
    if (!cells.length) { return; }
    var counts = rules.counts($$(section, '.audit-item[data-type="choice"] input[type="radio"]:checked')
      .map(function (r) { return r.value; }));
    var based = $(this.form, '[data-summary] tr[data-summary-section="' + id + '"] [data-option-count] ~ [data-based-on]');
    if (based) {
      var choices = $$(section, '.audit-item[data-type="choice"]');
      based.textContent = choices.filter(function (item) { return $(item, 'input:checked'); }).length + ' of ' + choices.length;
    }
    cells.forEach(function (cell) {
      var target = $(cell, '.count') || cell;
      target.textContent = counts[cell.getAttribute('data-option-count')] || 0;
    });
  };

  /** The GOV.UK error summary: every problem, each linking to its field. */
  Audit.prototype.showErrors = function (focus) {
    var box = $(this.form, '[data-error-summary]');
    var list = $(box, '.error-summary-list');
    list.textContent = '';
    var all = this.errors.concat(this.unanswered || []);
    all.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + e.target.id;
      a.textContent = e.text;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        var legend = e.target.closest('fieldset');
        (legend || e.target).scrollIntoView();
        e.target.focus();
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = all.length === 0;
    if (focus) {
      if (all.length) {
        // Scrolled to its start so that it clears the sticky bar (scroll-margin in forms.css).
        box.focus({ preventScroll: true });
        box.scrollIntoView({ block: 'start' });
      } else {
        this.status('Every question is answered and there are no problems with your answers.');
      }
    }
  };

  /* ---------- export, import, clear, print ---------- */

  /**
   * The school's name: the audit's first header field (docs/forms.md, "The export's name"), or
   * "" when the audit has none or it is empty.
   */
  Audit.prototype.school = function () {
    var field = $(this.form, '.header-fields input');
    return field ? field.value.trim() : '';
  };

  /** The header field the school's name is in, as the response keeps it. */
  Audit.prototype.schoolField = function () {
    var field = $(this.form, '.header-fields input');
    var name = field ? rules.parseFieldName(field.name, this.id) : null;
    return name ? name.key : '';
  };

  Audit.prototype.exportAnswers = function () {
    var blob = new Blob([rules.exportText(this.read())], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = rules.exportName(this.id, this.school(), rules.isoDate(new Date()));
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    this.status('Your answers were exported to ' + link.download + '.');
  };

  Audit.prototype.message = function (text, problem) {
    var box = $(this.form, '[data-import-message]');
    box.textContent = text;
    box.classList.toggle('notice-problem', !!problem);
    box.hidden = false;
  };

  /** Reads a response file; a wrong or damaged file changes nothing and says so plainly. */
  Audit.prototype.importFile = function (file) {
    var self = this;
    var refuse = 'This file could not be read as answers to this audit, so nothing was changed. ' +
      'Choose a .json file that was exported from this form.';
    if (!file) { return; }
    if (file.size > rules.MAX_IMPORT_BYTES) { self.message(refuse, true); return; }
    var reader = new FileReader();
    reader.onerror = function () { self.message(refuse, true); };
    reader.onload = function () {
      var read = rules.importedAnswers(String(reader.result), self.id, self.version);
      if (read.refused === 'damaged') { self.message(refuse, true); return; }
      if (read.refused === 'other') {
        self.message('This file holds answers to a different form (“' + read.audit + '”), so nothing was changed.', true);
        return;
      }
      if (read.refused === 'newer') {
        self.message('This file was made with a newer version of this audit (version ' + read.version +
          ') than this page (version ' + self.version + '), so nothing was changed. Open the latest version of this page, ' +
          'or ask whoever sent the file for the toolkit it came from.', true);
        return;
      }
      if (self.hasAnswers()) {
        self.askToImport(read.response, file.name);
      } else {
        self.applyImport(read.response, file.name);
      }
    };
    reader.readAsText(file);
  };

  /** True when the form holds any answer, header or closing text that an import would replace. */
  Audit.prototype.hasAnswers = function () {
    var r = this.read();
    return Object.keys(r.answers).length + Object.keys(r.header).length + Object.keys(r.closing).length > 0 ||
      this.unfitted.length > 0;
  };

  /** The items as the page knows them, for describing a file: [{id, type, parts}]. */
  Audit.prototype.items = function () {
    var self = this;
    return $$(this.form, '.audit-item').map(function (item) {
      var parts = [];
      $$(item, 'input, textarea').forEach(function (f) {
        var n = f.name ? rules.parseFieldName(f.name, self.id) : null;
        if (n && n.key !== 'evidence' && parts.indexOf(n.key) < 0) { parts.push(n.key); }
      });
      return { id: item.getAttribute('data-item'), type: item.getAttribute('data-type'), parts: parts };
    });
  };

  /** Says what the file holds and asks to replace or cancel; nothing changes until "Yes". */
  Audit.prototype.askToImport = function (response, fileName) {
    var about = rules.describeResponse(response, this.schoolField(), this.items());
    var facts = $(this.form, '[data-import-facts]');
    facts.textContent = '';
    [['File', fileName],
      ['School', about.school || 'Not named'],
      ['Saved', about.saved || 'Not recorded'],
      ['Answered', rules.progressText(about.answered, about.total)],
      ['Audit version', about.version === null ? 'Not recorded' : String(about.version) +
        (about.version === this.version ? ' (this version)' : ' (an older version: answers that no longer fit are listed, not lost)')]
    ].forEach(function (pair) {
      var div = document.createElement('div');
      var dt = document.createElement('dt');
      var dd = document.createElement('dd');
      dt.textContent = pair[0];
      dd.textContent = pair[1];
      div.appendChild(dt);
      div.appendChild(dd);
      facts.appendChild(div);
    });
    this.pendingImport = { response: response, fileName: fileName };
    var panel = $(this.form, '[data-confirm-import]');
    panel.hidden = false;
    panel.focus();
  };

  Audit.prototype.applyImport = function (response, fileName) {
    this.shownErrors = {};
    this.fill(this.place(response));
    this.save();
    var note = this.unfitted.length ? ' Some answers no longer fit this version of the audit: they are listed below.' : '';
    this.message('Your answers were imported from ' + fileName + '.' + note, false);
  };

  Audit.prototype.clear = function () {
    this.unfitted = [];
    this.shownErrors = {};
    this.fill({ placed: [], left: [] });
    if (this.store) { this.store.removeItem(this.key); }
    $(this.form, '[data-error-summary]').hidden = true;
    this.summaryShown = false;
    this.status('All answers were cleared from this form and this device.');
  };

  /* ---------- print: the school and date on every page ---------- */

  /**
   * Writes the running head of every printed page into a page margin box (@page @top-left:
   * Chromium prints it on each page without covering content). Set just before printing, so it
   * carries the name as it is then and the day it is printed.
   */
  Audit.prototype.printHeading = function () {
    var style = this.printStyle || (this.printStyle = document.head.appendChild(document.createElement('style')));
    var title = $(this.form.parentNode, '.audit-title');
    style.textContent = '@page { @top-left { content: ' +
      rules.printHeading(this.school(), title ? title.textContent : '', rules.isoDate(new Date())) +
      '; font: 9pt sans-serif; } }';
  };

  /* ---------- wiring ---------- */

  Audit.prototype.start = function () {
    var self = this;
    var form = this.form;
    $$(form, '[data-audit-tools], [data-audit-bar], [data-audit-end]').forEach(function (el) { el.hidden = false; });
    this.restore();
    this.update();
    form.addEventListener('input', function (event) {
      if (event.target.type === 'file') { return; }
      self.update();
      self.save();
    });
    form.addEventListener('change', function (event) {
      if (event.target.type === 'file') {
        self.importFile(event.target.files[0]);
        event.target.value = '';
        return;
      }
      self.update();
      self.save();
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    window.addEventListener('beforeprint', function () { self.printHeading(); });
    this.printHeading();
    // An item's own error is settled when focus leaves the whole item, not box by box.
    form.addEventListener('focusout', function (event) {
      var item = event.target.closest && event.target.closest('.audit-item');
      if (!item || (event.relatedTarget && item.contains(event.relatedTarget))) { return; }
      self.update([item]);
    });
    var confirmImport = $(form, '[data-confirm-import]');
    var importButton = $(form, '[data-import-file]');
    var confirm = $(form, '[data-confirm-clear]');
    form.addEventListener('click', function (event) {
      var button = event.target.closest('[data-action]');
      if (!button || button.tagName !== 'BUTTON') { return; }
      switch (button.getAttribute('data-action')) {
        case 'check': self.summaryShown = true; self.update(true); self.showErrors(true); break;
        case 'import-confirm':
          confirmImport.hidden = true;
          if (self.pendingImport) { self.applyImport(self.pendingImport.response, self.pendingImport.fileName); }
          self.pendingImport = null;
          $(form, '[data-import-message]').focus();
          break;
        case 'import-cancel':
          confirmImport.hidden = true;
          self.pendingImport = null;
          self.message('Nothing was imported: your answers are as they were.', false);
          importButton.focus();
          break;
        case 'print': window.print(); break;
        case 'export': self.exportAnswers(); break;
        case 'clear': confirm.hidden = false; confirm.focus(); break;
        case 'clear-cancel': confirm.hidden = true; $(form, '[data-action="clear"]').focus(); break;
        case 'clear-confirm': confirm.hidden = true; self.clear(); $(form, '[data-action="clear"]').focus(); break;
        case 'unfitted-dismiss': self.unfitted = []; self.showUnfitted(); self.save(); break;
        default: break;
      }
    });
  };

  $$(document, 'form[data-audit]').forEach(function (form) {
    // The plan, comparison and PDF scripts read and save the answers through this.
    form.toolkitAudit = new Audit(form);
    form.toolkitAudit.start();
  });
}());
