/*
 * Reading a filled PDF of an audit in the browser: its fields' values, the audit and version its
 * metadata records, and the response they hold (the shape a JSON export has). The form's "Import
 * a filled PDF" and the comparison read a PDF through this (audit-pdf.js), and so does the
 * report across schools' returns (report-read.js). Writing a PDF is audit-pdf-fill.js.
 *
 * The PDF library (@cantoo/pdf-lib, vendored under theme/vendor/) is loaded only when a PDF is
 * read, from this site; nothing is sent anywhere. Field names are the contract (docs/forms.md,
 * "Field names"; model/FieldName on the Java side).
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  var pdf = rules.pdf = rules.pdf || {};

  /* ---------- the rules: field names and values to a response (no page, no PDF) ---------- */

  /** The columns of a plan row as the PDF names its cells (model/FieldName.PLAN_COLUMNS). */
  pdf.PLAN_COLUMNS = ['item', 'action', 'who', 'by', 'measure'];

  /** A cell of the PDF's action plan: <audit>.plan.<column>-<row>, rows from 1. */
  pdf.planFieldName = function (audit, row, column) {
    return rules.fieldName(audit, 'plan', column + '-' + row);
  };

  /** A plan cell's {row, column}, or null when the name is not one. */
  pdf.parsePlanFieldName = function (name, audit) {
    var n = rules.parseFieldName(name, audit);
    var cell = n && n.owner === 'plan' ? /^([a-z]+)-([1-9][0-9]{0,3})$/.exec(n.key) : null;
    return cell && pdf.PLAN_COLUMNS.indexOf(cell[1]) >= 0 ? { row: parseInt(cell[2], 10), column: cell[1] } : null;
  };

  /** A score figure box (PDF only, worked out when filled, never an answer): <owner>.score-<figure>. */
  pdf.isFigure = function (name, audit) {
    var n = rules.parseFieldName(name, audit);
    return !!n && /^score-(total|mean|percentage)$/.test(n.key);
  };

  /**
   * The response a PDF's field values hold (the shape JSON import reads): empty fields and
   * score figures left out, {@code numeric} names kept as numbers, plan cells gathered into
   * rows in row order (blank rows dropped), a row's item read back to its id ({@code items}:
   * what a cell may hold → item id, as the build worked it out, view/PlanRefs.reads), else kept as written. Fields of other audits are left out.
   */
  pdf.responseOf = function (values, audit, version, numeric, items) {
    var fields = [];
    var rows = {};
    Object.keys(values).forEach(function (name) {
      var cell = pdf.parsePlanFieldName(name, audit);
      var value = String(values[name]).trim();
      if (cell) {
        if (value) { (rows[cell.row] || (rows[cell.row] = {}))[cell.column] = value; }
      } else if (!pdf.isFigure(name, audit)) {
        fields.push({ name: name, value: value, number: numeric.indexOf(name) >= 0 });
      }
    });
    var response = rules.response(audit, version, fields);
    response.plan = Object.keys(rows).map(Number).sort(function (a, b) { return a - b; }).map(function (n) {
      var row = rows[n];
      var written = row.item || '';
      var out = { item: Object.prototype.hasOwnProperty.call(items, written) ? items[written] : written };
      pdf.PLAN_COLUMNS.slice(1).forEach(function (column) { out[column] = row[column] || ''; });
      return out;
    });
    return response;
  };

  /* ---------- the PDF (through the library, passed in as lib) ---------- */

  /** The audit and version a PDF records in its XMP (toolkitAudit:audit, :version), or null. */
  function origin(lib, doc) {
    var metadata = doc.catalog.lookup(lib.PDFName.of('Metadata'));
    if (!metadata) { return null; }
    var ns = 'https://toolkitpress.org/ns/audit/1.0/';
    var xml = new DOMParser().parseFromString(new TextDecoder('utf-8').decode(lib.decodePDFRawStream(metadata).decode()), 'application/xml');
    function prop(name) {
      var el = xml.getElementsByTagNameNS(ns, name)[0];
      if (el) { return el.textContent.trim(); }
      var holder = Array.prototype.slice.call(xml.getElementsByTagName('*')).filter(function (e) { return e.hasAttributeNS(ns, name); })[0];
      return holder ? holder.getAttributeNS(ns, name) : null;
    }
    var audit = prop('audit');
    var version = prop('version');
    return audit && /^\d+$/.test(version || '') ? { audit: audit, version: parseInt(version, 10) } : null;
  }

  /**
   * A PDF's form as {origin: {audit, version} from its metadata or null, values: {name: text}}:
   * every field's value (a radio group's chosen option, a check box "yes" when ticked), in the
   * form's order; no values when it has no form. Rejects when it is not a PDF the library can
   * load (an encrypted one rejects with the library's EncryptedPDFError).
   */
  pdf.fields = function (lib, bytes) {
    return lib.PDFDocument.load(bytes, { updateMetadata: false }).then(function (doc) {
      var values = {};
      doc.getForm().getFields().forEach(function (field) {
        var v = '';
        if (field instanceof lib.PDFTextField) { v = pdf.lineBreaks(field.getText() || ''); }
        else if (field instanceof lib.PDFRadioGroup) { v = field.getSelected() || chosen(lib, field); }
        else if (field instanceof lib.PDFCheckBox) { v = field.isChecked() || chosen(lib, field) ? 'yes' : ''; }
        values[field.getName()] = v;
      });
      return { origin: origin(lib, doc), values: values };
    });
  };

  /**
   * A button's chosen state where its value is not a state's name (pdf-lib reads only that):
   * the value written as a string (some programs write the export value so), else the state a
   * widget shows (/AS), where a program set only that; '' when none. model: pdf/FormData.chosen.
   */
  function chosen(lib, field) {
    var written = field.acroField.dict.lookup(lib.PDFName.of('V'));
    var text = written instanceof lib.PDFString || written instanceof lib.PDFHexString ? written.decodeText() : '';
    if (text.trim() && text !== 'Off') { return text; }
    var shown = field.acroField.getWidgets().map(function (w) { return w.getAppearanceState(); })
      .filter(function (state) { return state && state !== lib.PDFName.of('Off'); })[0];
    return shown ? shown.decodeText() : '';
  }

  /** Every line break as one line feed: Acrobat ends a multi-line field's lines with a carriage return (pdf/FormData.lineBreaks). */
  pdf.lineBreaks = function (text) {
    return String(text).replace(/\r\n?/g, '\n');
  };

  /**
   * Whether a PDF that says it is a form of {@code audit} has no field of it left (flattened or
   * printed to PDF), as pdf/PrintEdition.readable judges it; the report words why (returns.skip.flattened).
   */
  pdf.flattened = function (audit, values) {
    var any = Object.keys(values).some(function (name) { return name.indexOf(audit + '.') === 0; });
    return !any;
  };

  /**
   * A PDF's form as {audit, version, values: {name: text}}: the audit and version its metadata
   * records (else the audit its field names start with, version null), every field's value.
   * Rejects when it is not a PDF or has no form ('flattened' when its metadata names an audit but no field of it is left).
   */
  pdf.read = function (lib, bytes) {
    return pdf.fields(lib, bytes).then(function (form) {
      var names = Object.keys(form.values);
      var o = form.origin;
      if (o && pdf.flattened(o.audit, form.values)) { throw new Error('flattened'); }
      if (!names.length) { throw new Error('no form'); }
      return { audit: o ? o.audit : names[0].split('.')[0], version: o ? o.version : null, values: form.values };
    });
  };

  /* ---------- files and the library ---------- */

  var library = null;

  /** The PDF library, loaded once from this site when first needed (a script tag works from file:// too). */
  pdf.library = function (src) {
    if (window.PDFLib) { return Promise.resolve(window.PDFLib); }
    if (!library) {
      library = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = src;
        script.onload = function () { resolve(window.PDFLib); };
        script.onerror = function () { library = null; reject(new Error('library')); };
        document.head.appendChild(script);
      });
    }
    return library;
  };

  /** The largest PDF read: a filled form of the toolkit is well under 1 MB; this leaves room for scans added by a reader. */
  pdf.MAX_PDF_BYTES = 30000000;

  /** A chosen file's bytes; rejects with 'too large' over MAX_PDF_BYTES. */
  pdf.bytes = function (file) {
    return new Promise(function (resolve, reject) {
      if (file.size > pdf.MAX_PDF_BYTES) { reject(new Error('too large')); return; }
      var reader = new FileReader();
      reader.onload = function () { resolve(new Uint8Array(reader.result)); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsArrayBuffer(file);
    });
  };

  /** True when a chosen file is a PDF by its type or name (the answers read out of one are JSON, whatever their name). */
  pdf.isPdf = function (file) {
    return !!file && (file.type === 'application/pdf' || (file.type !== 'application/json' && /\.pdf$/i.test(file.name)));
  };
}());
