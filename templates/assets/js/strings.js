/*
 * The interface strings of this page for its scripts: the messages the page carries in its
 * <script type="application/json" data-strings> blocks (written by the theme's scriptStrings(),
 * from templates/strings/ with the project's and the brand's laid over), formatted exactly as
 * model.Wording formats them in Java (src/test/resources/rules/wording-cases.json): the form is
 * the plural category of {count} (or `other` when that form is missing), and each {name} is
 * replaced by its value as text. Nothing is fetched: the words are in the page.
 */
(function (root) {
  'use strict';

  var messages = null;
  var language = 'en';

  /** Reads every block once, on first use (a page may hold several: one per audit form). */
  function load() {
    if (messages !== null) { return; }
    messages = {};
    var blocks = document.querySelectorAll('script[data-strings]');
    for (var i = 0; i < blocks.length; i++) {
      var data = JSON.parse(blocks[i].textContent);
      language = data.language;
      for (var key in data.messages) {
        if (Object.prototype.hasOwnProperty.call(data.messages, key)) { messages[key] = data.messages[key]; }
      }
    }
  }

  /** The primary subtag of a language tag, lower case: en for en-GB. */
  function primary(tag) {
    return String(tag || 'en').split('-')[0].toLowerCase();
  }

  /**
   * CLDR's plural category of a whole number, for the languages Toolkit Press has rules for
   * (model.PluralRule holds the same table); every other language has only `other`.
   */
  function pluralCategory(tag, n) {
    switch (primary(tag)) {
      case 'en': return n === 1 ? 'one' : 'other';
      case 'cy':
        return n === 0 ? 'zero' : n === 1 ? 'one' : n === 2 ? 'two' : n === 3 ? 'few' : n === 6 ? 'many' : 'other';
      default: return 'other';
    }
  }

  /** One message (a text, or texts by plural category) with its placeholders filled. */
  function format(tag, message, values) {
    values = values || {};
    var text = message;
    if (typeof message !== 'string') {
      if (typeof values.count !== 'number') { throw new Error('a plural message needs a number named "count"'); }
      var form = message[pluralCategory(tag, values.count)];
      text = form === undefined ? message.other : form;
    }
    return text.replace(/\{([a-z][a-zA-Z0-9]*)\}/g, function (whole, name) {
      if (values[name] === undefined || values[name] === null) { throw new Error('no value for {' + name + '}'); }
      return String(values[name]);
    });
  }

  /** The message for a key on this page; a key the page does not carry is a fault in the script. */
  function text(key, values) {
    load();
    if (!Object.prototype.hasOwnProperty.call(messages, key)) {
      throw new Error('no interface string "' + key + '" on this page (templates/strings/, scriptStrings)');
    }
    return format(language, messages[key], values);
  }

  root.ToolkitStrings = { text: text, format: format, pluralCategory: pluralCategory };
})(this);
