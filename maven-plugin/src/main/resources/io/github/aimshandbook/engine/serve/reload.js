// The live preview of aims:serve: reloads the page after a rebuild that wrote the handbook, and shows the findings
// of the last build in a banner. Served by aims:serve only; a built handbook never contains this script.
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = Number(script && script.dataset.build);

  function banner(status) {
    var old = document.getElementById('aims-serve-banner');
    if (old) {
      old.remove();
    }
    if (!status.problem && status.errors === 0 && status.warnings === 0) {
      return;
    }
    var box = document.createElement('aside');
    box.id = 'aims-serve-banner';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-label', 'Preview: findings of the last build');
    var bad = status.problem || status.errors > 0;
    var s = box.style;
    s.position = 'fixed';
    s.left = '0';
    s.right = '0';
    s.bottom = '0';
    s.zIndex = '1000';
    s.maxHeight = '40vh';
    s.overflow = 'auto';
    s.margin = '0';
    s.padding = '0.5rem 1rem';
    s.font = '14px/1.4 system-ui, sans-serif';
    s.color = bad ? '#fff' : '#1b1b1b';
    s.background = bad ? '#a4161a' : '#ffe08a';
    s.borderTop = '2px solid ' + (bad ? '#5c0b0e' : '#b38600');
    // errors open the list; warnings alone stay one line, so that a young AIMS's many gaps do not hide the page
    var details = document.createElement('details');
    details.open = Boolean(bad);
    var head = document.createElement('summary');
    head.style.fontWeight = 'bold';
    head.style.cursor = 'pointer';
    head.textContent = 'Preview, build ' + status.build + ': ' + status.errors + ' error(s), ' + status.warnings
      + ' warning(s).' + (status.problem ? ' ' + status.problem : '');
    details.appendChild(head);
    var list = document.createElement('ul');
    list.style.margin = '0.25rem 0';
    list.style.paddingLeft = '1.25rem';
    status.findings.forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    details.appendChild(list);
    box.appendChild(details);
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.addEventListener('click', function () { box.remove(); });
    box.appendChild(close);
    document.body.appendChild(box);
  }

  var bannerOf = -1;
  function poll() {
    fetch('/__aims/status', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (status.written && status.build > shown) {
          window.location.reload();
          return;
        }
        if (status.build !== bannerOf) {
          bannerOf = status.build;
          banner(status);
        }
      })
      .catch(function () { /* the preview was stopped or is restarting: try again */ })
      .then(function () { window.setTimeout(poll, 400); });
  }
  poll();
}());
