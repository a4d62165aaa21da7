/*
 * Sortable tables of the audit report (toolkit report audits, and the site's /report/ page):
 * each column heading of a table marked data-sortable becomes a button that sorts the rows by
 * that column (a cell's data-sort when it has one, else its text), and says so with aria-sort.
 * Without this script the table keeps the order it was written in.
 */
(function (root) {
  'use strict';

  function value(cell, type) {
    var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    if (type !== 'number') { return raw.toLowerCase(); }
    return raw === '' || isNaN(Number(raw)) ? null : Number(raw);
  }

  function sortBy(table, index, type, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a.cells[index], type);
      var y = value(b.cells[index], type);
      // Rows without a figure go last whichever way the column is sorted.
      if (x === null || y === null) { return x === null ? (y === null ? 0 : 1) : -1; }
      var order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function enhance(table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, index) {
      var type = th.getAttribute('data-sort-type');
      if (!type) { return; }
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') === 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        sortBy(table, index, type, descending);
      });
    });
  }

  root.ToolkitReportTables = { enhance: enhance };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), enhance);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}(window));
