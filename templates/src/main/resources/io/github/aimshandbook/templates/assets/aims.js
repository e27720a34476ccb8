/*
 * AIMS Handbook: the handbook's behaviour in the browser. Everything here is an addition: without JavaScript every
 * page is complete, every table whole, and every page reachable from the sidebar and the registers.
 * No library but MiniSearch (loaded only when the reader searches), no requests outside the handbook.
 */
(function () {
  'use strict';

  var body = document.body;
  var root = body.getAttribute('data-root') || '';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }

  function loadScript(path, done) {
    var s = el('script', { src: root + path });
    s.onload = function () { done(null); };
    s.onerror = function () { done(new Error('Could not load ' + path)); };
    document.head.appendChild(s);
  }

  /* ---------- Sidebar: the whole page tree from assets/nav.js ---------- */
  function buildNavigation() {
    var pages = window.AIMS_NAV;
    if (!pages) { return; }
    var bySection = {};
    pages.forEach(function (p) { (bySection[p[0]] = bySection[p[0]] || []).push(p); });
    var current = body.getAttribute('data-page');
    document.querySelectorAll('.sidebar .nav-section').forEach(function (li, i) {
      var section = li.getAttribute('data-section');
      var landing = li.querySelector('a').getAttribute('href');
      var list = (bySection[section] || []).filter(function (p) { return root + p[1] !== landing; });
      if (!list.length) { return; }
      var old = li.querySelector('.nav-pages');
      if (old) { old.remove(); }
      var ul = el('ul', { 'class': 'nav-pages', id: 'nav-pages-' + i });
      list.forEach(function (p) {
        var a = el('a', { href: root + p[1] }, p[2]);
        if (p[1] === current) { a.className = 'current'; a.setAttribute('aria-current', 'page'); }
        var item = el('li');
        item.appendChild(a);
        ul.appendChild(item);
      });
      var open = li.classList.contains('open');
      var toggle = el('button', { type: 'button', 'class': 'nav-toggle', 'aria-expanded': String(open),
        'aria-controls': ul.id }, '');
      toggle.appendChild(el('span', { 'class': 'sr-only' }, 'Pages of ' + li.querySelector('a').textContent));
      ul.hidden = !open;
      toggle.addEventListener('click', function () {
        var expanded = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', String(!expanded));
        ul.hidden = expanded;
      });
      li.classList.add('has-pages');
      li.insertBefore(toggle, li.querySelector('a').nextSibling);
      li.appendChild(ul);
    });
    var here = document.querySelector('.sidebar .nav-pages a[aria-current="page"]');
    if (here && here.scrollIntoView) {
      var sidebar = document.querySelector('.sidebar');
      if (sidebar && sidebar.scrollHeight > sidebar.clientHeight) {
        sidebar.scrollTop = Math.max(0, here.offsetTop - sidebar.clientHeight / 3);
      }
    }
  }

  /* ---------- Anchors on headings ---------- */
  function addHeadingAnchors() {
    document.querySelectorAll('main h2[id], main h3[id], main h4[id]').forEach(function (h) {
      if (h.querySelector('.heading-anchor')) { return; }
      // A convenience for the pointer: hidden from assistive technology so that it does not become part of the
      // heading's name; the heading's id is the link to share.
      var a = el('a', { 'class': 'heading-anchor', href: '#' + h.id, 'aria-hidden': 'true', tabindex: '-1',
        title: 'Link to this section' }, '#');
      h.appendChild(a);
    });
  }

  /* ---------- Sortable tables ---------- */
  function cellKey(row, index) {
    var cell = row.children[index];
    if (!cell) { return ''; }
    var key = cell.getAttribute('data-sort');
    return (key != null ? key : cell.textContent).trim();
  }

  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

  function compare(a, b) {
    var blankA = a === '' || a === '—';
    var blankB = b === '' || b === '—';
    if (blankA || blankB) { return blankA === blankB ? 0 : (blankA ? 1 : -1); }
    var na = Number(a);
    var nb = Number(b);
    if (!isNaN(na) && !isNaN(nb)) { return na - nb; }
    return collator.compare(a, b);
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll('thead th');
    headers.forEach(function (th, index) {
      var button = el('button', { type: 'button', 'class': 'sort-button' });
      while (th.firstChild) { button.appendChild(th.firstChild); }
      button.appendChild(el('span', { 'class': 'sort-icon', 'aria-hidden': 'true' }));
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.forEach(function (r, i) { r.__order = i; });
        rows.sort(function (a, b) {
          var c = compare(cellKey(a, index), cellKey(b, index));
          return (ascending ? c : -c) || a.__order - b.__order;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
  }

  /* ---------- Filters of the registers ---------- */
  function makeFilter(form) {
    var tables = Array.prototype.slice.call(document.querySelectorAll(form.getAttribute('data-table')));
    if (!tables.length) { return; }
    var count = form.querySelector('.filter-count');
    var fields = Array.prototype.slice.call(form.querySelectorAll('select, input[type=checkbox]'));
    function apply() {
      var shown = 0;
      var total = 0;
      tables.forEach(function (table) {
        var visible = 0;
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var match = fields.every(function (f) {
            var wanted = f.type === 'checkbox' ? (f.checked ? f.value : '') : f.value;
            if (!wanted) { return true; }
            var have = (row.getAttribute('data-' + f.getAttribute('data-attr').toLowerCase()) || '').split(/\s+/);
            return have.indexOf(wanted) >= 0;
          });
          row.hidden = !match;
          total++;
          if (match) { shown++; visible++; }
        });
        if (tables.length > 1) {
          var section = table.closest('section') || table;
          section.hidden = visible === 0;
        }
      });
      if (count) { count.textContent = shown === total ? 'All ' + total + ' shown' : shown + ' of ' + total + ' shown'; }
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    form.hidden = false;
    apply();
  }

  /* ---------- Search ---------- */
  function setUpSearch() {
    var box = document.querySelector('.search');
    var input = document.getElementById('search-input');
    var list = document.getElementById('search-results');
    if (!box || !input || !list) { return; }
    box.hidden = false;
    var engine = null;
    var entries = null;
    var loading = false;
    var selected = -1;

    function load() {
      if (engine || loading) { return; }
      loading = true;
      loadScript('assets/vendor/minisearch-7.2.0.js', function (error) {
        if (error) { return showMessage('Search is not available: ' + error.message); }
        loadScript('assets/search-index.js', function (error2) {
          if (error2) { return showMessage('Search is not available: ' + error2.message); }
          entries = window.AIMS_SEARCH || [];
          engine = new window.MiniSearch({
            fields: ['id', 'title', 'text'],
            storeFields: ['id', 'title', 'kind', 'href', 'excerpt'],
            searchOptions: { boost: { id: 4, title: 3 }, prefix: true,
              fuzzy: function (term) { return term.length > 4 ? 0.2 : false; } }
          });
          engine.addAll(entries);
          run();
        });
      });
    }

    function showMessage(text) {
      list.textContent = '';
      list.appendChild(el('li', { 'class': 'search-message', role: 'option', 'aria-disabled': 'true' }, text));
      open(true);
    }

    function open(yes) {
      list.hidden = !yes;
      if (!yes) { input.removeAttribute('aria-activedescendant'); }
    }

    function results(query) {
      var q = query.trim();
      var lower = q.toLowerCase();
      var picked = [];
      var seen = {};
      function add(entry) { if (!seen[entry.id]) { seen[entry.id] = true; picked.push(entry); } }
      // An id typed whole, or its beginning (A.6.2), comes first: that is how auditors cite controls.
      entries.forEach(function (e) { if (e.id.toLowerCase() === lower) { add(e); } });
      entries.filter(function (e) { return lower.length > 1 && e.id.toLowerCase().indexOf(lower) === 0; })
        .sort(function (a, b) { return collator.compare(a.id, b.id); }).forEach(add);
      engine.search(q, { combineWith: 'AND' }).forEach(add);
      if (picked.length < 5) { engine.search(q, { combineWith: 'OR' }).forEach(add); }
      return picked.slice(0, 12);
    }

    function run() {
      var q = input.value;
      selected = -1;
      if (q.trim().length < 2) { list.textContent = ''; open(false); return; }
      if (!engine) { showMessage('Loading the search index…'); load(); return; }
      var found = results(q);
      list.textContent = '';
      if (!found.length) { showMessage('Nothing found for “' + q.trim() + '”.'); return; }
      found.forEach(function (r, i) {
        // Options hold no link: a link inside an option would be a second, nested control for assistive technology.
        var li = el('li', { role: 'option', id: 'search-result-' + i, 'aria-selected': 'false',
          'data-href': root + r.href });
        var title = r.title.indexOf(r.id) === 0 || r.kind === 'document' || r.kind === 'AI system'
          || r.kind === 'role' ? r.title : r.id + ' ' + r.title;
        li.appendChild(el('span', { 'class': 'search-kind' }, r.kind));
        li.appendChild(el('span', { 'class': 'search-title' }, title));
        if (r.excerpt) { li.appendChild(el('span', { 'class': 'search-excerpt' }, r.excerpt)); }
        li.addEventListener('mousemove', function () { select(i); });
        li.addEventListener('click', function () { go(li); });
        list.appendChild(li);
      });
      open(true);
    }

    function options() { return list.querySelectorAll('li[role=option][id]'); }

    function go(li) { window.location.href = li.getAttribute('data-href'); }

    function select(i) {
      var items = options();
      if (!items.length) { return; }
      selected = (i + items.length) % items.length;
      items.forEach(function (li, k) { li.setAttribute('aria-selected', String(k === selected)); });
      input.setAttribute('aria-activedescendant', items[selected].id);
      if (items[selected].scrollIntoView) { items[selected].scrollIntoView({ block: 'nearest' }); }
    }

    input.addEventListener('focus', load);
    input.addEventListener('input', run);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) { run(); } select(selected + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); select(selected - 1); }
      else if (e.key === 'Enter') {
        var items = options();
        if (items.length) {
          e.preventDefault();
          go(items[selected >= 0 ? selected : 0]);
        }
      } else if (e.key === 'Escape') {
        if (!list.hidden) { open(false); } else { input.value = ''; }
      }
    });
    document.addEventListener('click', function (e) { if (!box.contains(e.target)) { open(false); } });
    document.addEventListener('keydown', function (e) {
      var target = e.target;
      var typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT'
        || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (e.key === '/' && !typing) { e.preventDefault(); input.focus(); }
    });
  }

  /* ---------- Wide tables: a region that keyboard users can scroll ---------- */
  function makeScrollable() {
    document.querySelectorAll('.table-wrap').forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        var table = wrap.querySelector('table');
        var caption = table && table.caption ? table.caption.textContent : '';
        var heading = wrap.closest('section') && wrap.closest('section').querySelector('h2, h3');
        // a table wider than the page gets a box as high as the window, so that its sideways scrollbar is on
        // screen rather than below the last of its rows
        wrap.classList.add('table-scroll');
        wrap.setAttribute('tabindex', '0');
        wrap.setAttribute('role', 'region');
        wrap.setAttribute('aria-label', (caption || (heading ? heading.textContent : document.title)).trim()
          + ' (table, scrolls sideways)');
      }
    });
  }

  buildNavigation();
  addHeadingAnchors();
  document.querySelectorAll('table.sortable').forEach(makeSortable);
  document.querySelectorAll('form.table-filter').forEach(makeFilter);
  setUpSearch();
  makeScrollable();
}());
