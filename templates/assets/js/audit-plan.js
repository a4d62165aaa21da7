/*
 * The action plan, wired to the page: proposes rows from the answers (ToolkitAudit.proposePlan),
 * lets the school edit, add, remove and reorder them by keyboard (focus follows the row, each
 * change is announced), saves them with the answers (audit.js asks for them through the
 * "audit:read" event and hands them back through "audit:fill"), prints the plan on its own and
 * downloads it as CSV. Rows are built with textContent and value only.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  // The interface strings (strings.js): the page's own words, which a project or brand may change.
  var words = window.ToolkitStrings;

  var $ = window.ToolkitAuditPage.$;
  var $$ = window.ToolkitAuditPage.$$;

  /** The audit's shape as the rules read it (see audit-rules.js), from the form itself. */
  rules.shapeOf = function (form) {
    return {
      sections: $$(form, '[data-section]').map(function (section) {
        var heading = $(section, 'h2');
        return {
          id: section.getAttribute('data-section'),
          title: heading ? heading.textContent.trim() : section.getAttribute('data-section'),
          items: $$(section, '.audit-item[data-item]').map(function (item) {
            var type = item.getAttribute('data-type');
            // A choice's or score's levels: the options of its own first radio group (not those
            // repeated at later assessment points, nor a rating part's).
            var first = $(item, 'input[type="radio"]');
            var levels = type === 'distribution'
              ? $$(item, 'input[data-stage]').map(function (i) { return i.getAttribute('data-stage'); })
              : $$(item, 'input[type="radio"]').filter(function (i) { return i.name === first.name; }).map(function (i) { return i.value; });
            var labels = {};
            $$(item, 'input[data-stage], input[type="radio"]').forEach(function (input) {
              var label = $(item, 'label[for="' + input.id + '"] .choice-label') || $(item, 'label[for="' + input.id + '"]');
              labels[type === 'distribution' ? input.getAttribute('data-stage') : input.value] = label ? label.textContent.trim() : input.value;
            });
            return { id: item.getAttribute('data-item'), type: type, levels: levels, levelLabels: labels,
              label: $(item, 'legend, .item-question > span').textContent.replace(/\s+/g, ' ').trim() };
          })
        };
      })
    };
  };

  function Plan(form, box) {
    this.form = form;
    this.box = box;
    this.audit = form.getAttribute('data-audit');
    this.list = $(box, '[data-plan-rows]');
    var settings = box.getAttribute('data-plan-settings');
    this.settings = settings ? JSON.parse(settings) : {};
  }

  Plan.prototype.labels = function () {
    var labels = {};
    rules.shapeOf(this.form).sections.forEach(function (s) { s.items.forEach(function (i) { labels[i.id] = i.label; }); });
    return labels;
  };

  /** The rows as they stand on the page. */
  Plan.prototype.rows = function () {
    return $$(this.list, '.plan-row').map(function (li) {
      var row = { item: li.getAttribute('data-plan-item') || '' };
      ['action', 'who', 'by', 'measure'].forEach(function (part) { row[part] = $(li, '[data-plan-part="' + part + '"]').value; });
      return row;
    });
  };

  function field(li, id, part, text, multi) {
    var wrap = document.createElement('div');
    wrap.className = 'field';
    var label = document.createElement('label');
    label.htmlFor = id + '-' + part;
    label.textContent = text;
    var control = document.createElement(multi ? 'textarea' : 'input');
    if (multi) { control.rows = 2; } else { control.type = 'text'; control.autocomplete = 'off'; }
    control.id = id + '-' + part;
    control.setAttribute('data-plan-part', part);
    wrap.appendChild(label);
    wrap.appendChild(control);
    li.appendChild(wrap);
  }

  function button(li, action, text, hidden) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'button button-secondary button-small';
    b.setAttribute('data-plan-action', action);
    b.appendChild(document.createTextNode(text));
    var more = document.createElement('span');
    more.className = 'visually-hidden';
    more.textContent = hidden;
    b.appendChild(more);
    li.appendChild(b);
  }

  /** Draws the rows; ids and labels follow each row's position so every label stays true. */
  Plan.prototype.render = function (rows) {
    var self = this;
    var labels = this.labels();
    this.list.textContent = '';
    rows.forEach(function (row, i) {
      var n = i + 1;
      var id = self.audit + '-plan-' + n;
      var li = document.createElement('li');
      li.className = 'plan-row';
      li.setAttribute('data-plan-item', row.item || '');
      var set = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.textContent = words.text('audit.plan.row-legend', { row: n,
        question: row.item ? (labels[row.item] || row.item) : words.text('audit.plan.own-action') });
      set.appendChild(legend);
      field(set, id, 'action', words.text('audit.plan.action'), true);
      field(set, id, 'who', words.text('audit.plan.who'), false);
      field(set, id, 'by', words.text('audit.plan.by'), false);
      field(set, id, 'measure', words.text('audit.plan.measure'), true);
      ['action', 'who', 'by', 'measure'].forEach(function (part) { $(set, '[data-plan-part="' + part + '"]').value = row[part] || ''; });
      var tools = document.createElement('div');
      tools.className = 'button-row plan-row-tools';
      var which = words.text('audit.plan.which-row', { row: n });
      if (i > 0) { button(tools, 'up', words.text('audit.plan.move-up'), which); }
      if (i < rows.length - 1) { button(tools, 'down', words.text('audit.plan.move-down'), which); }
      button(tools, 'remove', words.text('audit.plan.remove'), which);
      set.appendChild(tools);
      li.appendChild(set);
      self.list.appendChild(li);
    });
    $(this.box, '[data-plan-empty]').hidden = rows.length > 0;
  };

  Plan.prototype.say = function (text) { $(this.box, '[data-plan-status]').textContent = text; };

  /** Saves through the form's own autosave. */
  Plan.prototype.changed = function () { this.form.toolkitAudit.save(); };

  Plan.prototype.propose = function () {
    var rows = this.rows();
    var have = rows.map(function (r) { return r.item; });
    var proposed = rules.proposePlan(rules.shapeOf(this.form), this.form.toolkitAudit.read(), this.settings)
      .filter(function (p) { return have.indexOf(p.item) < 0; });
    proposed.forEach(function (p) { rows.push({ item: p.item, action: '', who: '', by: '', measure: '' }); });
    this.render(rows);
    this.changed();
    if (proposed.length) {
      this.say(words.text('audit.plan.proposed', { count: proposed.length }));
      $(this.list, '.plan-row:nth-child(' + (rows.length - proposed.length + 1) + ') [data-plan-part="action"]').focus();
    } else {
      this.say(have.length ? words.text('audit.plan.all-covered') : words.text('audit.plan.none-needed'));
    }
  };

  /** Moves, removes or adds a row, then puts focus where the keyboard user expects it. */
  Plan.prototype.act = function (action, li) {
    var rows = this.rows();
    var i = li ? $$(this.list, '.plan-row').indexOf(li) : rows.length;
    var focus;
    if (action === 'add') {
      rows.push({ item: '', action: '', who: '', by: '', measure: '' });
      focus = [rows.length, 'action'];
      this.say(words.text('audit.plan.added', { row: rows.length }));
    } else if (action === 'remove') {
      rows.splice(i, 1);
      this.say(words.text('audit.plan.removed', { row: i + 1, count: rows.length }));
      focus = rows.length ? [Math.min(i + 1, rows.length), 'action'] : null;
    } else {
      var to = action === 'up' ? i - 1 : i + 1;
      var moved = rows.splice(i, 1)[0];
      rows.splice(to, 0, moved);
      this.say(action === 'up' ? words.text('audit.plan.moved-up', { from: i + 1, to: to + 1 })
        : words.text('audit.plan.moved-down', { from: i + 1, to: to + 1 }));
      focus = [to + 1, action];
    }
    this.render(rows);
    this.changed();
    if (!focus) { $(this.box, '[data-plan-action="add"]').focus(); return; }
    var row = $(this.list, '.plan-row:nth-child(' + focus[0] + ')');
    // After a move the same button keeps focus when it is still there, else the row's first field.
    ($(row, '[data-plan-action="' + focus[1] + '"]') || $(row, '[data-plan-part="action"]')).focus();
  };

  Plan.prototype.print = function () {
    var marked = [];
    for (var node = this.box.parentNode; node && node !== document.documentElement; node = node.parentNode) {
      node.classList.add('plan-path');
      marked.push(node);
    }
    var root = document.documentElement;
    root.classList.add('printing-plan');
    // Undone after printing: the print dialog may return before the page is printed.
    window.addEventListener('afterprint', function () {
      root.classList.remove('printing-plan');
      marked.forEach(function (node) { node.classList.remove('plan-path'); });
    }, { once: true });
    window.print();
  };

  Plan.prototype.csv = function () {
    var blob = new Blob([rules.planCsv(this.rows(), this.labels())], { type: 'text/csv;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = this.audit + '-action-plan.csv';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    this.say(words.text('audit.plan.downloaded', { file: link.download }));
  };

  Plan.prototype.start = function () {
    var self = this;
    this.box.hidden = false;
    this.form.addEventListener('audit:read', function (event) {
      var rows = self.rows();
      if (rows.length) { event.detail.plan = rows; }
    });
    this.form.addEventListener('audit:fill', function (event) {
      var audit = self.form.toolkitAudit;
      var fitted = rules.fitPlan(event.detail.plan, audit.items().map(function (item) { return item.id; }));
      self.render(fitted.rows);
      if (fitted.left.length) {
        audit.unfitted = audit.unfitted.concat(fitted.left);
        audit.showUnfitted();
      }
    });
    this.box.addEventListener('click', function (event) {
      var b = event.target.closest('[data-plan-action]');
      if (!b) { return; }
      var action = b.getAttribute('data-plan-action');
      if (action === 'propose') { self.propose(); } else if (action === 'print') { self.print(); } else if (action === 'csv') { self.csv(); } else {
        self.act(action, b.closest('.plan-row'));
      }
    });
    // The saved rows arrive with the saved answers ("audit:fill"): audit.js starts after this.
    this.render([]);
  };

  $$(document, 'form[data-audit]').forEach(function (form) {
    var box = $(form, '[data-action-plan]');
    if (box && form.toolkitAudit) { new Plan(form, box).start(); }
  });
}());
