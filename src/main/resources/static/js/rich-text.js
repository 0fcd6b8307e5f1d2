// 正文 editor: a formatted-text box over the plan form's textarea, which stays the form's field and the fallback
// without JavaScript. Paragraphs, bold and lists only: what is pasted from Word keeps those and drops the rest
// (fonts, sizes, colours, tables, images); the server cleans the same way (RichText), so this is for the eye.
(function () {
  var KEEP = { P: 'p', BR: 'br', STRONG: 'strong', B: 'strong', UL: 'ul', OL: 'ol', LI: 'li' };
  var DROP = { SCRIPT: 1, STYLE: 1, META: 1, TITLE: 1, LINK: 1, IMG: 1, OBJECT: 1, IFRAME: 1, SVG: 1 };
  var ORDERED = /^\s*([0-9]+|[a-zA-Z]|[ivxIVX]+|[一二三四五六七八九十]+)[.．、)）]/;

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // Word writes list items as <p style="mso-list:l0 level1"> with the number typed into an ignored span
  function wordLists(root) {
    var list = null;
    Array.prototype.slice.call(root.querySelectorAll('p')).forEach(function (p) {
      if (!/mso-list\s*:\s*l\d+/.test(p.getAttribute('style') || '')) { list = null; return; }
      var mark = p.querySelector('span[style*="mso-list:Ignore"], span[style*="mso-list: Ignore"]');
      var markText = mark ? mark.textContent : '';
      if (mark) mark.remove();
      if (!list || p.previousElementSibling !== list) {
        list = root.ownerDocument.createElement(ORDERED.test(markText) ? 'ol' : 'ul');
        p.parentNode.insertBefore(list, p);
      }
      var li = root.ownerDocument.createElement('li');
      while (p.firstChild) li.appendChild(p.firstChild);
      list.appendChild(li);
      p.remove();
    });
  }

  function clean(node) {
    var out = '';
    node.childNodes.forEach(function (child) {
      if (child.nodeType === 3) { out += escape(child.textContent.replace(/\u00a0/g, ' ')); return; }
      if (child.nodeType !== 1 || DROP[child.nodeName]) return;
      var tag = KEEP[child.nodeName];
      if (tag === 'br') { out += '<br>'; return; }
      var inner = clean(child);
      out += tag ? '<' + tag + '>' + inner + '</' + tag + '>' : inner;
    });
    return out;
  }

  // text left between blocks (a table's cells, a line typed after a list) becomes a paragraph of its own
  function paragraphsOnTop(html) {
    var body = new DOMParser().parseFromString(html, 'text/html').body;
    var loose = null;
    Array.prototype.slice.call(body.childNodes).forEach(function (node) {
      if (node.nodeType === 1 && /^(P|UL|OL)$/.test(node.nodeName)) { loose = null; return; }
      if (node.nodeType === 3 && !node.textContent.trim() && !loose) return;
      if (!loose) { loose = document.createElement('p'); body.insertBefore(loose, node); }
      loose.appendChild(node);
    });
    body.querySelectorAll('p').forEach(function (p) {
      if (!p.textContent.trim() && !p.querySelector('br')) p.remove();
    });
    return body.innerHTML;
  }

  function fromClipboard(data) {
    var html = data.getData('text/html');
    if (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      wordLists(doc.body);
      return paragraphsOnTop(clean(doc.body));
    }
    return data.getData('text/plain').split(/\r?\n/).filter(function (line) { return line.trim(); })
      .map(function (line) { return '<p>' + escape(line.trim()) + '</p>'; }).join('');
  }

  function enhance(area) {
    var label = document.querySelector('label[for="' + area.id + '"]');
    var box = document.createElement('div');
    box.className = 'rte';
    var bar = document.createElement('div');
    bar.className = 'rte-toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', area.dataset.toolbarLabel);
    var editor = document.createElement('div');
    editor.className = 'rte-body';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    if (label) {
      // the label now names the editor; the hidden textarea is only the form's field
      label.id = label.id || area.id + '-label';
      label.removeAttribute('for');
      editor.setAttribute('aria-labelledby', label.id);
    }
    if (area.getAttribute('aria-describedby')) editor.setAttribute('aria-describedby', area.getAttribute('aria-describedby'));
    editor.innerHTML = clean(new DOMParser().parseFromString(area.value || '<p></p>', 'text/html').body) || '<p><br></p>';

    [['bold', null, area.dataset.bold], ['insertOrderedList', null, area.dataset.ordered],
     ['insertUnorderedList', null, area.dataset.bullets], ['formatBlock', 'p', area.dataset.paragraph]]
      .forEach(function (command) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn rte-button';
        button.textContent = command[2];
        button.addEventListener('click', function () {
          editor.focus();
          document.execCommand(command[0], false, command[1]);
          sync();
        });
        bar.appendChild(button);
      });

    function sync() { area.value = paragraphsOnTop(clean(editor)); }
    editor.addEventListener('input', sync);
    editor.addEventListener('paste', function (e) {
      e.preventDefault();
      document.execCommand('insertHTML', false, fromClipboard(e.clipboardData || window.clipboardData));
      sync();
    });
    area.form.addEventListener('submit', sync);
    label && label.addEventListener('click', function () { editor.focus(); });

    box.appendChild(bar);
    box.appendChild(editor);
    area.parentNode.insertBefore(box, area);
    area.hidden = true;
    document.execCommand('defaultParagraphSeparator', false, 'p');
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-rich-text]').forEach(enhance);
  });
})();
