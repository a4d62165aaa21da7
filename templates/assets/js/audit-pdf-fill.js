/*
 * Writing an audit's fillable PDF in the browser: the field values a response fills, the score
 * figure boxes, and the filling itself. "Download as filled PDF" (audit-pdf.js) uses it; reading
 * a PDF back is audit-pdf-read.js.
 *
 * The PDF is changed in place by an incremental update: its tags, tooltips, metadata and fonts
 * stay as they were; only field values and the appearances that show them are added, text drawn
 * in the form font the PDF already embeds whole.
 */
(function () {
  'use strict';

  var rules = window.ToolkitAudit;
  var pdf = rules.pdf = rules.pdf || {};

  /* ---------- the rules: a response to field values (no page, no PDF) ---------- */

  /**
   * The field values a response fills, by field name: every answer, header and closing field,
   * and the plan's rows, a row's item written as its reference ({@code refs}: item id → the
   * reference the printed form shows beside the question, worked out by view/PlanRefs), else its id.
   */
  function own(map, key) { return Object.prototype.hasOwnProperty.call(map, key); }

  pdf.fieldValues = function (response, audit, refs) {
    var values = {};
    rules.answers(response, audit).forEach(function (a) { if (a.name) { values[a.name] = a.value; } });
    rules.planRows(response.plan).forEach(function (row, i) {
      pdf.PLAN_COLUMNS.forEach(function (column) {
        var v = column === 'item' && row.item ? (own(refs, row.item) ? refs[row.item] : row.item) : row[column];
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
   * How a text is drawn in a font that has the characters {@code has} accepts (a code point →
   * boolean), as pdf/FieldLetters draws a field in `toolkit fill`; both are held to
   * rules/field-letters-cases.json. {text, missing}: the text taken composed (NFC); a character
   * drawn when it is ASCII or the font has it; else from its decomposed parts when the font has
   * every one (the longest start of them it has as one letter, then the rest: ế as ê and an acute); else a space of another kind as a plain space, and a control or format character or
   * variation selector (laid out, never inked; model/Letter.drawn) left out; anything else drawn as "?" and listed in
   * missing, once each, in the order first written.
   */
  var SPACE = /^\p{Z}$/u;
  var LAID_OUT = /^[\p{Cc}\p{Cf}\p{Cs}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
  pdf.drawnLetters = function (text, has) {
    var out = '';
    var missing = [];
    function drawn(ch) { return ch.codePointAt(0) < 0x80 || has(ch.codePointAt(0)); }
    Array.from(String(text).normalize('NFC')).forEach(function (ch) {
      if (drawn(ch)) { out += ch; return; }
      var parts = Array.from(ch.normalize('NFD'));
      if (parts.length > 1 && parts.every(drawn)) {
        // The longest start of the parts the font has as one letter (ê of ế), then the rest: a field places no mark over its letter.
        var k = parts.length - 1;
        for (; k > 1; k--) {
          var start = Array.from(parts.slice(0, k).join('').normalize('NFC'));
          if (start.length === 1 && drawn(start[0])) { break; }
        }
        out += k > 1 ? parts.slice(0, k).join('').normalize('NFC') + parts.slice(k).join('') : parts.join('');
      } else if (SPACE.test(ch)) {
        out += ' ';
      } else if (!LAID_OUT.test(ch)) {
        out += '?';
        if (missing.indexOf(ch) < 0) { missing.push(ch); }
      }
    });
    return { text: out, missing: missing };
  };

  /**
   * The font a text field's /DA names, from the form's /DR, as pdf-lib's text layout uses a font
   * (name, encodeText, widthOfTextAtSize, heightAtSize, sizeAtHeight). Only the kind of font the
   * toolkit's PDFs embed for their fields: Type0, Identity-H, with a ToUnicode CMap. Letters the
   * font lacks (the theme's, Atkinson Hyperlegible Next, has all of Welsh; not ỹ or other
   * scripts) are drawn by {@link pdf.drawnLetters}; the field's value keeps the text exactly as
   * typed. {@code missing(text)}: the characters of a text the font cannot draw. Public for
   * BrowserFilledPdfTest, which holds what it answers pdf-lib to PDFBox's reading of the font.
   */
  var formFont = pdf.formFont = function (lib, doc, resourceName) {
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
    function has(c) { return String.fromCodePoint(c) in codes; }
    function encode(text) {
      var out = [];
      // pdf-lib measures each line as it grows, so this runs often: the rule only when a character is not the font's own.
      for (var ch of String(text).normalize('NFC')) {
        if (!(ch in codes)) {
          return Array.from(pdf.drawnLetters(text, has).text).filter(function (d) { return d in codes; })
            .map(function (d) { return codes[d]; });
        }
        out.push(codes[ch]);
      }
      return out;
    }
    function codeWidth(code) { return code in widths ? widths[code] : fallback; }
    function width(list) {
      return list.reduce(function (sum, code) { return sum + codeWidth(code); }, 0);
    }
    function hexOf(list) { return list.map(function (c) { return ('000' + c.toString(16)).slice(-4); }).join(''); }

    /*
     * pdf-lib breaks a line (layoutMultilineText) by measuring the whole rest of the paragraph,
     * then that less its last word, and so on until it fits, and fitSize lays the answer out at
     * every half point: thousands of calls on prefixes of one text, each of which encode() would
     * take in whole (80 sentences filled in about 30 s). So the text last measured is kept with
     * its codes' widths and hex summed up to the start of each of its clusters, and a prefix
     * ending there is answered from those. A cluster is a character with the marks, Hangul or
     * Kirat Rai vowels and finals and lone surrogates after it (JOINS: the only characters that
     * can join the one before them in NFC), encoded as one text by encode() (so pdf.drawnLetters
     * stays the rule): "w" + U+0302 is one cluster, drawn as ŵ. The text's NFC is then its
     * clusters' NFC one after another; a text for which it is not (a character newer than that
     * list) takes encode() whole for every prefix.
     */
    var JOINS = /[\p{M}\p{Cs}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{16D63}-\u{16D6A}]/u;
    var joining = new Map();
    function joins(ch) {
      var j = joining.get(ch);
      if (j === undefined) { j = JOINS.test(ch); joining.set(ch, j); }
      return j;
    }
    var clusters = new Map();
    function cluster(text) {
      if (!clusters.has(text)) { var list = encode(text); clusters.set(text, { codes: list, hex: hexOf(list), nfc: text.normalize('NFC') }); }
      return clusters.get(text);
    }
    /** {text, at: UTF-16 position → codes before it (-1 inside a cluster), sums, hex}, or {text} when NFC joins across clusters. */
    function measure(text) {
      var at = new Int32Array(text.length + 1).fill(-1);
      var sums = [0];
      var hex = '';
      var nfc = '';
      var start = 0;
      function add(end) {
        var c = cluster(text.substring(start, end));
        at[start] = sums.length - 1;
        for (var k = 0; k < c.codes.length; k++) { sums.push(sums[sums.length - 1] + codeWidth(c.codes[k])); }
        hex += c.hex;
        nfc += c.nfc;
      }
      var i = 0;
      for (var ch of text) {
        if (i > 0 && !joins(ch)) { add(i); start = i; }
        i += ch.length;
      }
      if (i > 0) { add(i); }
      at[i] = sums.length - 1;
      return nfc === text.normalize('NFC') ? { text: text, at: at, sums: sums, hex: hex } : { text: text };
    }
    var last = null;
    /** How many codes a text is drawn with, when it is a prefix of the text last measured; else -1. */
    function prefixCodes(text) {
      text = String(text);
      // (substring and ===: a comparison of the two strings' memory, several times faster than startsWith.)
      if (!last || text.length > last.text.length || last.text.substring(0, text.length) !== text) { last = measure(text); }
      return last.at ? last.at[text.length] : -1;
    }

    return {
      name: resourceName,
      entry: entry,
      missing: function (text) { return pdf.drawnLetters(text, has).missing; },
      encodeText: function (text) {
        var n = prefixCodes(text);
        return lib.PDFHexString.of(n >= 0 ? last.hex.slice(0, 4 * n) : hexOf(encode(text)));
      },
      widthOfTextAtSize: function (text, size) {
        var n = prefixCodes(text);
        return (n >= 0 ? last.sums[n] : width(encode(text))) * size / 1000;
      },
      heightAtSize: function (size, options) {
        var h = ascent - descent - (options && options.descender === false ? Math.abs(descent) : 0);
        return h * size / 1000;
      },
      sizeAtHeight: function (height) { return height * 1000 / (ascent - descent); }
    };
  };

  /**
   * The least size a multi-line answer is drawn at, in points, as `toolkit fill` draws one
   * (pdf/AnswerFit.LEAST_SIZE; BrowserFilledPdfTest holds the two equal): 7 pt of Atkinson
   * Hyperlegible still reads on paper.
   */
  pdf.LEAST_SIZE = 7;

  /**
   * The size a multi-line field's text is drawn at so that it shows whole in its box: the field's
   * own size, else the largest half point below it, down to {@link pdf.LEAST_SIZE}, at which
   * pdf-lib's layout (the one that draws it) keeps every line within the box's width and the
   * last line's descenders above its foot. {size, whole}: whole is false when even the least
   * size does not fit (then it is drawn at the least size and its end is cut off).
   * {@code bounds}: the text area pdf-lib lays out in (the box inside its border and padding).
   */
  pdf.fitSize = function (lib, text, font, bounds, size, alignment) {
    for (var s = size; s >= pdf.LEAST_SIZE; s -= 0.5) {
      var layout = lib.layoutMultilineText(text, { alignment: alignment, fontSize: s, font: font, bounds: bounds });
      var descent = font.heightAtSize(s) - font.heightAtSize(s, { descender: false });
      var fits = layout.lines.every(function (line) {
        return line.x + line.width <= bounds.x + bounds.width && line.y - descent >= bounds.y;
      });
      if (fits) { return { size: s, whole: true }; }
    }
    return { size: pdf.LEAST_SIZE, whole: false };
  };

  /** A field's text size from its /DA ("/F1 10 Tf …" → 10), or 0 when it names none. */
  function daSize(da) {
    var m = /\/[^\s/]+\s+([\d.]+)\s+Tf/.exec(da || '');
    return m ? Number(m[1]) : 0;
  }

  /**
   * Draws a text field's value into a new normal appearance (pdf-lib's own text field layout,
   * in the field's font, size and colour), replacing the old one on every widget. A multi-line
   * answer too long for its box at the field's size is drawn smaller ({@link pdf.fitSize}), and
   * the field's /DA says so, so that a viewer redrawing it keeps the same size. Returns false
   * when the answer does not show whole even at the least size.
   */
  function drawText(lib, doc, field, fonts) {
    var da = field.acroField.getDefaultAppearance() || '';
    var match = /\/([^\s/]+)\s+[\d.]+\s+Tf/.exec(da);
    if (!match) { return true; }
    var font = fonts[match[1]] || (fonts[match[1]] = formFont(lib, doc, match[1]));
    var whole = true;
    field.acroField.getWidgets().forEach(function (widget) {
      var rect = widget.getRectangle();
      var size = daSize(da);
      var text = field.getText() || '';
      if (field.isMultiline() && size > 0 && text) {
        // The text area pdf-lib's appearance provider lays out in: inside the border and 1 pt of padding.
        var border = widget.getBorderStyle() ? widget.getBorderStyle().getWidth() : 0;
        var inset = border + 1;
        var fit = pdf.fitSize(lib, text, font, { x: inset, y: inset, width: rect.width - 2 * inset, height: rect.height - 2 * inset },
          size, field.getAlignment());
        whole = whole && fit.whole;
        if (fit.size !== size) {
          field.acroField.setDefaultAppearance(da.replace(/(\/[^\s/]+\s+)[\d.]+(\s+Tf)/, '$1' + fit.size + '$2'));
        }
      }
      var ops = lib.defaultTextFieldAppearanceProvider(field, widget, font);
      var resources = {};
      resources[font.name] = font.entry;
      var stream = doc.context.formXObject(ops, {
        Resources: { Font: resources },
        BBox: doc.context.obj([0, 0, rect.width, rect.height]),
        Matrix: doc.context.obj([1, 0, 0, 1, 0, 0])
      });
      widget.setNormalAppearance(doc.context.register(stream));
    });
    return whole;
  }

  /** The characters of a text field's answer its font (the one its /DA names) cannot draw. */
  function undrawnIn(lib, doc, field, fonts) {
    var match = /\/([^\s/]+)\s+[\d.]+\s+Tf/.exec(field.acroField.getDefaultAppearance() || '');
    if (!match || !field.getText()) { return []; }
    var font = fonts[match[1]] || (fonts[match[1]] = formFont(lib, doc, match[1]));
    return font.missing(field.getText());
  }

  /** A field's tooltip (/TU, its accessible name: where it is and what it asks), else its name. */
  function labelOf(lib, field) {
    var tu = field.acroField.dict.lookup(lib.PDFName.of('TU'));
    return tu && tu.decodeText ? tu.decodeText() : field.getName();
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
   * PDF with an incremental update, left: names no field of the PDF took, names: every field's,
   * tooLong: the fields whose answers do not show whole even in the least print, each {name,
   * tooltip}, undrawn: the fields whose answers hold characters the form font cannot draw (shown
   * as "?"; the value keeps them), each {name, tooltip, letters}}.
   * {@code figures} are written where the PDF has their box. Every other field is emptied, so a
   * PDF filled before holds only these answers. {@code radios}: a radio group's option values
   * in the web form's order, by name.
   */
  pdf.fill = function (lib, bytes, values, radios, figures) {
    return lib.PDFDocument.load(bytes, { updateMetadata: false, forIncrementalUpdate: true }).then(function (doc) {
      var form = doc.getForm();
      var fonts = {};
      var left = [];
      var tooLong = [];
      var undrawn = [];
      var fields = {};
      form.getFields().forEach(function (f) { fields[f.getName()] = f; });
      function write(field, name, value) {
        if (field instanceof lib.PDFTextField) {
          if ((field.getText() || '') !== value) {
            field.setText(value || undefined);
            if (!drawText(lib, doc, field, fonts)) { tooLong.push({ name: field.getName(), tooltip: labelOf(lib, field) }); }
          }
          // Said even when the PDF chosen already held this answer (drawn as it is here).
          var letters = undrawnIn(lib, doc, field, fonts);
          if (letters.length) { undrawn.push({ name: field.getName(), tooltip: labelOf(lib, field), letters: letters }); }
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
      return doc.save({ updateFieldAppearances: false }).then(function (filled) { return { filled: filled, left: left, names: names, tooLong: tooLong, undrawn: undrawn }; });
    });
  };
}());
