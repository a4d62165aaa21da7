/*
 * The audit's fillable PDF, both ways, in the browser: "Download as filled PDF" writes the
 * current answers (and the action plan) into the audit's own fillable PDF, and "Import a filled
 * PDF" reads a returned PDF's fields back into the form through the same import as a JSON file
 * (audit.js: it asks before replacing answers, refuses another audit or a newer version). The
 * comparison (audit-compare.js) reads a filled PDF through ToolkitAudit.pdf.answersFile too.
 *
 * The PDF library (@cantoo/pdf-lib, vendored under theme/vendor/) is loaded only when one of
 * these is used, from this site; nothing is sent anywhere. Field names are the contract
 * (docs/forms.md, "Field names"). The PDF is changed in place by an incremental update: its
 * tags, tooltips, metadata and fonts stay as they were; only field values and the appearances
 * that show them are added, text drawn in the form font the PDF already embeds whole.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  var pdf = rules.pdf = {};

  function $(root, selector) { return root.querySelector(selector); }
  function $$(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  /* ---------- the rules: field values to and from a response (no page, no PDF) ---------- */

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
   * The field values a response fills, by field name: every answer, header and closing field,
   * and the plan's rows, a row's item written as its printed number ({@code numbers}: item id →
   * number) as the PDF prints it.
   */
  pdf.fieldValues = function (response, audit, numbers) {
    var values = {};
    rules.answers(response, audit).forEach(function (a) { if (a.name) { values[a.name] = a.value; } });
    rules.planRows(response.plan).forEach(function (row, i) {
      pdf.PLAN_COLUMNS.forEach(function (column) {
        var v = column === 'item' && row.item ? (numbers[row.item] || row.item) : row[column];
        if (v) { values[pdf.planFieldName(audit, i + 1, column)] = v; }
      });
    });
    return values;
  };

  /**
   * The score figure boxes (PDF only: a PDF/A form cannot calculate) as `toolkit fill` writes
   * them: total, mean and percentage per section and overall, from the scores answered in the
   * response, and per assessment point from the scores at that point (score@first →
   * score-total@first). {@code sections}: [{id, items: [{id, max}]}], the score items of each
   * section with their highest point.
   */
  pdf.figureValues = function (audit, sections, response) {
    var answers = response.answers || {};
    var values = {};
    var overall = {};
    function add(owner, byPoint) {
      Object.keys(byPoint).forEach(function (point) {
        var figures = rules.scoreFigures(byPoint[point]);
        ['total', 'mean', 'percentage'].forEach(function (figure) {
          values[rules.fieldName(audit, owner, 'score-' + figure + point)] = rules.figureText(figures, figure);
        });
      });
    }
    sections.forEach(function (section) {
      var byPoint = {};
      section.items.forEach(function (item) {
        var parts = answers[item.id] || {};
        Object.keys(parts).forEach(function (key) {
          var at = /^score(@.+)?$/.exec(key);
          if (!at || String(parts[key]).trim() === '' || isNaN(Number(parts[key]))) { return; }
          var score = [Number(parts[key]), item.max];
          (byPoint[at[1] || ''] || (byPoint[at[1] || ''] = [])).push(score);
          (overall[at[1] || ''] || (overall[at[1] || ''] = [])).push(score);
        });
      });
      add(section.id, byPoint);
    });
    add('overall', overall);
    return values;
  };

  /**
   * The response a PDF's field values hold (the shape JSON import reads): empty fields and
   * score figures left out, {@code numeric} names kept as numbers, plan cells gathered into
   * rows in row order (blank rows dropped), a row's item read back from its printed number
   * ({@code items}: number → item id). Fields of other audits are left out.
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

  /**
   * Unicode code point → character code, from a ToUnicode CMap's bfchar and bfrange entries
   * (the form font's own, as the PDF embeds it): the way back from text to the codes its
   * Identity-H font draws.
   */
  function codesOf(cmap) {
    var codes = {};
    function hex(h) { return parseInt(h, 16); }
    function unicode(h) { return String.fromCodePoint.apply(null, (h.match(/.{4}/g) || []).map(hex)); }
    function add(code, text) { if (!(text in codes)) { codes[text] = code; } }
    (cmap.match(/beginbfchar([\s\S]*?)endbfchar/g) || []).forEach(function (block) {
      var pair = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g;
      var m;
      while ((m = pair.exec(block))) { add(hex(m[1]), unicode(m[2])); }
    });
    (cmap.match(/beginbfrange([\s\S]*?)endbfrange/g) || []).forEach(function (block) {
      var range = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g;
      var m;
      while ((m = range.exec(block))) {
        var lo = hex(m[1]);
        var hi = hex(m[2]);
        if (m[3].charAt(0) === '[') {
          (m[3].match(/<[0-9a-fA-F]+>/g) || []).forEach(function (h, i) { add(lo + i, unicode(h.slice(1, -1))); });
        } else {
          var first = hex(m[3].slice(1, -1));
          for (var c = lo; c <= hi; c++) { add(c, String.fromCodePoint(first + c - lo)); }
        }
      }
    });
    return codes;
  }

  /** Each code's width (glyph space, 1/1000 em) from a CIDFont's /W array. */
  function widthsOf(lib, w) {
    var widths = {};
    if (!w) { return widths; }
    var a = w.asArray().map(function (o) { return o instanceof lib.PDFArray ? o : o.asNumber(); });
    for (var i = 0; i < a.length;) {
      if (a[i + 1] instanceof lib.PDFArray) {
        a[i + 1].asArray().forEach(function (n, k) { widths[a[i] + k] = n.asNumber(); });
        i += 2;
      } else {
        for (var c = a[i]; c <= a[i + 1]; c++) { widths[c] = a[i + 2]; }
        i += 3;
      }
    }
    return widths;
  }

  /**
   * The font a text field's /DA names, from the form's /DR, as pdf-lib's text layout uses a font
   * (name, encodeText, widthOfTextAtSize, heightAtSize, sizeAtHeight). Only the kind of font the
   * toolkit's PDFs embed for their fields: Type0, Identity-H, with a ToUnicode CMap. Letters the
   * font lacks are drawn from their decomposed parts when it has those, else as "?"; the field's
   * value keeps the text exactly as typed.
   */
  function formFont(lib, doc, resourceName) {
    var N = lib.PDFName.of;
    var fonts = doc.getForm().acroForm.dict.lookup(N('DR'), lib.PDFDict).lookup(N('Font'), lib.PDFDict);
    var entry = fonts.get(N(resourceName));
    var dict = doc.context.lookup(entry, lib.PDFDict);
    var cid = dict.lookup(N('DescendantFonts'), lib.PDFArray).lookup(0, lib.PDFDict);
    var encoding = dict.lookup(N('Encoding'));
    if (String(dict.lookup(N('Subtype'))) !== '/Type0' || String(encoding) !== '/Identity-H' || !dict.lookup(N('ToUnicode'))) {
      throw new Error('unsupported form font ' + resourceName);
    }
    var codes = codesOf(new TextDecoder('latin1').decode(lib.decodePDFRawStream(dict.lookup(N('ToUnicode'))).decode()));
    var widths = widthsOf(lib, cid.lookup(N('W')));
    var fallback = cid.lookup(N('DW')) ? cid.lookup(N('DW')).asNumber() : 1000;
    var descriptor = cid.lookup(N('FontDescriptor'), lib.PDFDict);
    var ascent = descriptor.lookup(N('Ascent')).asNumber();
    var descent = descriptor.lookup(N('Descent')).asNumber();
    var missing = codes['?'];
    function encode(text) {
      var out = [];
      Array.from(String(text).normalize('NFC')).forEach(function (ch) {
        if (ch in codes) { out.push(codes[ch]); return; }
        var parts = Array.from(ch.normalize('NFD'));
        if (parts.length > 1 && parts.every(function (p) { return p in codes; })) {
          parts.forEach(function (p) { out.push(codes[p]); });
        } else if (missing !== undefined) {
          out.push(missing);
        }
      });
      return out;
    }
    function width(list) {
      return list.reduce(function (sum, code) { return sum + (code in widths ? widths[code] : fallback); }, 0);
    }
    return {
      name: resourceName,
      entry: entry,
      encodeText: function (text) {
        return lib.PDFHexString.of(encode(text).map(function (c) { return ('000' + c.toString(16)).slice(-4); }).join(''));
      },
      widthOfTextAtSize: function (text, size) { return width(encode(text)) * size / 1000; },
      heightAtSize: function (size, options) {
        var h = ascent - descent - (options && options.descender === false ? Math.abs(descent) : 0);
        return h * size / 1000;
      },
      sizeAtHeight: function (height) { return height * 1000 / (ascent - descent); }
    };
  }

  /**
   * Draws a text field's value into a new normal appearance (pdf-lib's own text field layout,
   * in the field's font, size and colour), replacing the old one on every widget.
   */
  function drawText(lib, doc, field, fonts) {
    var da = field.acroField.getDefaultAppearance() || '';
    var match = /\/([^\s/]+)\s+[\d.]+\s+Tf/.exec(da);
    if (!match) { return; }
    var font = fonts[match[1]] || (fonts[match[1]] = formFont(lib, doc, match[1]));
    field.acroField.getWidgets().forEach(function (widget) {
      var ops = lib.defaultTextFieldAppearanceProvider(field, widget, font);
      var rect = widget.getRectangle();
      var resources = {};
      resources[font.name] = font.entry;
      var stream = doc.context.formXObject(ops, {
        Resources: { Font: resources },
        BBox: doc.context.obj([0, 0, rect.width, rect.height]),
        Matrix: doc.context.obj([1, 0, 0, 1, 0, 0])
      });
      widget.setNormalAppearance(doc.context.register(stream));
    });
  }

  /**
   * Selects a radio group's option: the on-state (or /Opt export value) named as the answer;
   * else, for PDFs whose states are numbered, the state at the answer's index in the web form's
   * own order of that group ({@code order}).
   */
  function selectRadio(field, value, order) {
    var options = field.getOptions();
    var i = options.indexOf(value);
    if (i < 0) {
      var at = order.indexOf(value);
      i = at >= 0 && at < options.length && options[at] === String(at) ? at : -1;
    }
    if (i < 0) { return false; }
    field.select(options[i]);
    return true;
  }

  /**
   * Writes {@code values} (field name → text) into the PDF {@code bytes}: {filled: bytes of the
   * PDF with an incremental update, left: names no field of the PDF took, names: every field's}.
   * {@code figures} are written where the PDF has their box. Every other field is emptied, so a
   * PDF filled before holds only these answers. {@code radios}: a radio group's option values
   * in the web form's order, by name.
   */
  pdf.fill = function (lib, bytes, values, radios, figures) {
    return lib.PDFDocument.load(bytes, { updateMetadata: false, forIncrementalUpdate: true }).then(function (doc) {
      var form = doc.getForm();
      var fonts = {};
      var left = [];
      var fields = {};
      form.getFields().forEach(function (f) { fields[f.getName()] = f; });
      function write(field, name, value) {
        if (field instanceof lib.PDFTextField) {
          if ((field.getText() || '') === value) { return true; }
          field.setText(value || undefined);
          drawText(lib, doc, field, fonts);
        } else if (field instanceof lib.PDFRadioGroup) {
          if (!value) { if (field.getSelected()) { field.clear(); } return true; }
          return selectRadio(field, value, radios[name] || []);
        } else if (field instanceof lib.PDFCheckBox) {
          if (value) { field.check(); } else if (field.isChecked()) { field.uncheck(); }
        } else {
          return !value;
        }
        return true;
      }
      Object.keys(values).forEach(function (name) {
        if (!fields[name] || !write(fields[name], name, values[name])) { left.push(name); }
      });
      Object.keys(fields).forEach(function (name) {
        if (!(name in values)) { write(fields[name], name, (figures || {})[name] || ''); }
      });
      // Readers must use the appearances written here (PDF/A forbids asking them to make their own).
      form.acroForm.dict.set(lib.PDFName.of('NeedAppearances'), lib.PDFBool.False);
      var names = form.getFields().map(function (f) { return f.getName(); });
      return doc.save({ updateFieldAppearances: false }).then(function (filled) { return { filled: filled, left: left, names: names }; });
    });
  };

  /** The audit and version a PDF records in its XMP (toolkitAudit:audit, :version), or null. */
  function origin(lib, doc) {
    var metadata = doc.catalog.lookup(lib.PDFName.of('Metadata'));
    if (!metadata) { return null; }
    var ns = 'https://toolkitpress.org/ns/audit/1.0/';
    var xml = new DOMParser().parseFromString(new TextDecoder('utf-8').decode(lib.decodePDFRawStream(metadata).decode()), 'application/xml');
    function prop(name) {
      var el = xml.getElementsByTagNameNS(ns, name)[0];
      if (el) { return el.textContent.trim(); }
      var holder = $$(xml, '*').filter(function (e) { return e.hasAttributeNS(ns, name); })[0];
      return holder ? holder.getAttributeNS(ns, name) : null;
    }
    var audit = prop('audit');
    var version = prop('version');
    return audit && /^\d+$/.test(version || '') ? { audit: audit, version: parseInt(version, 10) } : null;
  }

  /**
   * A PDF's form as {audit, version, values: {name: text}}: the audit and version its metadata
   * records (else the audit its field names start with, version null), every field's value
   * (a radio group's chosen option, a check box "yes" when ticked). Rejects when it is not a
   * PDF or has no form.
   */
  pdf.read = function (lib, bytes) {
    return lib.PDFDocument.load(bytes, { updateMetadata: false }).then(function (doc) {
      var values = {};
      doc.getForm().getFields().forEach(function (field) {
        var v = '';
        if (field instanceof lib.PDFTextField) { v = field.getText() || ''; }
        else if (field instanceof lib.PDFRadioGroup) { v = field.getSelected() || ''; }
        else if (field instanceof lib.PDFCheckBox) { v = field.isChecked() ? 'yes' : ''; }
        values[field.getName()] = v;
      });
      var names = Object.keys(values);
      if (!names.length) { throw new Error('no form'); }
      var o = origin(lib, doc);
      return { audit: o ? o.audit : names[0].split('.')[0], version: o ? o.version : null, values: values };
    });
  };

  /* ---------- the page ---------- */

  var library = null;

  /** The PDF library, loaded once from this site when first needed (a script tag works from file:// too). */
  function loadLibrary(src) {
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
  }

  /** The largest PDF read: a filled form of the toolkit is well under 1 MB; this leaves room for scans added by a reader. */
  pdf.MAX_PDF_BYTES = 30000000;

  function readBytes(file) {
    return new Promise(function (resolve, reject) {
      if (file.size > pdf.MAX_PDF_BYTES) { reject(new Error('too large')); return; }
      var reader = new FileReader();
      reader.onload = function () { resolve(new Uint8Array(reader.result)); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsArrayBuffer(file);
    });
  }

  /** True when a chosen file is a PDF by its type or name (the answers read out of one are JSON, whatever their name). */
  pdf.isPdf = function (file) {
    return !!file && (file.type === 'application/pdf' || (file.type !== 'application/json' && /\.pdf$/i.test(file.name)));
  };

  function Pdf(form, box) {
    this.form = form;
    this.box = box;
    this.audit = form.getAttribute('data-audit');
    this.version = parseInt(form.getAttribute('data-version'), 10);
    this.blankUrl = box.getAttribute('data-form-pdf');
    this.librarySrc = box.getAttribute('data-pdf-library');
  }

  Pdf.prototype.lib = function () { return loadLibrary(this.librarySrc); };

  Pdf.prototype.message = function (text, problem) {
    var box = $(this.box, '[data-pdf-message]');
    box.textContent = text;
    box.classList.toggle('notice-problem', !!problem);
    box.hidden = !text;
  };

  /** Each item's printed number by id, and each number (and id) back to its item. */
  Pdf.prototype.numbers = function () {
    var byId = {};
    var byNumber = {};
    var uses = {};
    $$(this.form, '.audit-item[data-item]').forEach(function (item) {
      var id = item.getAttribute('data-item');
      var el = $(item, '.item-number');
      // As printed: "4." for a number of digits only (view/AuditForm.numberText), else verbatim.
      var n = el ? el.textContent.trim().replace(/^(\d+)\.$/, '$1') : '';
      byNumber[id] = id;
      if (n) { uses[n] = (uses[n] || 0) + 1; byId[id] = n; }
    });
    Object.keys(byId).forEach(function (id) {
      if (uses[byId[id]] === 1) { byNumber[byId[id]] = id; } else { delete byId[id]; }
    });
    return { byId: byId, byNumber: byNumber };
  };

  /** Each section's score items with their highest point: what the score figures are worked out from. */
  Pdf.prototype.scoreItems = function () {
    return $$(this.form, '[data-section]').map(function (section) {
      return { id: section.getAttribute('data-section'), items: $$(section, '.audit-item[data-type="score"]').map(function (item) {
        return { id: item.getAttribute('data-item'), max: parseInt(item.getAttribute('data-max'), 10) };
      }) };
    });
  };

  /** Each radio group's option values in the form's order, by name. */
  Pdf.prototype.radios = function () {
    var radios = {};
    $$(this.form, 'input[type="radio"][name]').forEach(function (r) { (radios[r.name] || (radios[r.name] = [])).push(r.value); });
    return radios;
  };

  /** The blank fillable PDF: fetched from the site; refused from file:// (the caller asks for it then). */
  Pdf.prototype.blank = function () {
    if (!this.blankUrl || window.location.protocol === 'file:') { return Promise.reject(new Error('no fetch')); }
    return fetch(this.blankUrl).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.arrayBuffer();
    }).then(function (b) { return new Uint8Array(b); });
  };

  Pdf.prototype.download = function (blankBytes) {
    var self = this;
    var audit = this.form.toolkitAudit;
    var response = audit.read();
    var values = pdf.fieldValues(response, this.audit, this.numbers().byId);
    this.message('');
    this.status('Filling the PDF with your answers…');
    return Promise.all([this.lib(), blankBytes ? Promise.resolve(blankBytes) : this.blank()]).then(function (got) {
      var lib = got[0];
      return pdf.read(lib, got[1]).then(function (blank) {
        if (blank.audit !== self.audit) { throw new Error('other'); }
        return pdf.fill(lib, got[1], values, self.radios(), pdf.figureValues(self.audit, self.scoreItems(), response));
      });
    }).then(function (result) {
      var name = rules.exportName(self.audit, audit.school(), rules.isoDate(new Date())).replace(/\.json$/, '.pdf');
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([result.filled], { type: 'application/pdf' }));
      link.download = name;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      var isPlan = function (n) { return !!pdf.parsePlanFieldName(n, self.audit); };
      var rows = result.left.filter(isPlan);
      var other = result.left.length - rows.length;
      var planNote = !rows.length ? ''
        : result.names.some(isPlan) ? ' The PDF has room for fewer rows than your action plan: download the plan as CSV to keep every row.'
          : ' This PDF has no action plan: download the plan as CSV to keep it with the PDF.';
      self.status('Your answers were written into ' + name + '.' + planNote +
        (other ? ' ' + other + ' answer' + (other === 1 ? '' : 's') + ' had no box in this PDF (the form may be an older version).' : ''));
      self.hideBlank();
    }, function (e) {
      if (e && e.message === 'no fetch') { self.status(''); self.askForBlank(); return; }
      self.status('');
      self.message(e && e.message === 'other'
        ? 'That PDF is not the blank form of this audit, so nothing was filled. Choose ' + self.blankName() + '.'
        : e && e.message === 'library'
          ? 'The PDF tools of this page could not be loaded, so no PDF was made. Your answers are unchanged; use “Export answers” to keep a copy.'
          : 'The blank form could not be read, so no PDF was made. Your answers are unchanged.', true);
    });
  };

  Pdf.prototype.blankName = function () {
    return this.blankUrl ? this.blankUrl.replace(/^.*\//, '') : 'the blank form of this audit';
  };

  /** From file://, the browser will not let the page read the blank PDF itself: ask the user to choose it. */
  Pdf.prototype.askForBlank = function () {
    var panel = $(this.box, '[data-pdf-blank]');
    panel.hidden = false;
    panel.focus();
  };

  /** Hides the request for the blank form; focus that was in it goes back to the Download button. */
  Pdf.prototype.hideBlank = function () {
    var panel = $(this.box, '[data-pdf-blank]');
    if (!panel || panel.hidden) { return; }
    var had = panel.contains(document.activeElement);
    panel.hidden = true;
    var download = $(this.box, '[data-pdf-action="download"]');
    if (had && download) { download.focus(); }
  };

  Pdf.prototype.status = function (text) { $(this.box, '[data-pdf-status]').textContent = text; };

  /**
   * A filled PDF's answers as a JSON response file of the same name: what the JSON import and
   * the comparison read. Rejects with 'other' when it is not a form of a toolkit audit.
   */
  Pdf.prototype.answersFile = function (file) {
    var self = this;
    var numeric = $$(this.form, 'input[data-stage], input[data-score]').map(function (i) { return i.name; });
    var items = this.numbers().byNumber;
    return Promise.all([this.lib(), readBytes(file)]).then(function (got) {
      return pdf.read(got[0], got[1]);
    }).then(function (read) {
      // A PDF whose radio states are numbered: the number is the option's place in the form's own order.
      var radios = self.radios();
      Object.keys(radios).forEach(function (name) {
        var v = read.values[name];
        if (v && radios[name].indexOf(v) < 0 && /^\d+$/.test(v) && Number(v) < radios[name].length) { read.values[name] = radios[name][Number(v)]; }
      });
      var response = pdf.responseOf(read.values, read.audit, read.version === null ? self.version : read.version, numeric, items);
      if (!response.plan.length) { delete response.plan; }
      return new File([rules.exportText(response)], file.name, { type: 'application/json' });
    });
  };

  /** Imports a filled PDF through audit.js's own import (asks first, explains other audits and versions). */
  Pdf.prototype.importPdf = function (file) {
    var self = this;
    if (!file) { return; }
    this.message('');
    this.status('Reading ' + file.name + '…');
    this.answersFile(file).then(function (json) {
      self.status('');
      self.form.toolkitAudit.importFile(json);
    }, function (e) {
      self.status('');
      self.message(e && e.message === 'too large'
        ? 'This file is too large to be a filled form of this audit, so nothing was changed.'
        : e && e.message === 'library'
        ? 'The PDF tools of this page could not be loaded, so nothing was imported.'
        : 'This file could not be read as a filled form of this audit, so nothing was changed. Choose a PDF filled in from this audit’s form.', true);
    });
  };

  Pdf.prototype.start = function () {
    var self = this;
    this.box.hidden = false;
    this.box.addEventListener('click', function (event) {
      var button = event.target.closest('[data-pdf-action]');
      if (!button) { return; }
      if (button.getAttribute('data-pdf-action') === 'download') { self.download(); }
      if (button.getAttribute('data-pdf-action') === 'blank-cancel') { self.hideBlank(); }
    });
    // Not a JSON import: audit.js, which listens on the form, must not see these files.
    this.box.addEventListener('change', function (event) {
      var input = event.target;
      if (input.type !== 'file') { return; }
      event.stopPropagation();
      var file = input.files[0];
      input.value = '';
      if (!file) { return; }
      if (input.hasAttribute('data-pdf-import')) { self.importPdf(file); }
      if (input.hasAttribute('data-pdf-blank-file')) { readBytes(file).then(function (b) { self.download(b); }); }
    });
  };

  $$(document, 'form[data-audit]').forEach(function (form) {
    var box = $(form, '[data-audit-pdf]');
    if (box && form.toolkitAudit) {
      form.toolkitPdf = new Pdf(form, box);
      form.toolkitPdf.start();
    }
  });
}());
