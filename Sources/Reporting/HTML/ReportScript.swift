/// The report's script: it reads the embedded data (`ReportData`), draws the charts of the
/// chosen scope and day, and the replay at the slider's point; text goes in with `textContent`
/// only. It reads and writes its state in the page's address (`#scope=team/gich&day=2&t=40`),
/// so a link opens the same view, and marks `#replay` with `data-ready` once drawn (the render
/// script checks it).
enum ReportScript {
  /// The whole script.
  static let source = common + charts + replay + main

  /// The data, state and formatting every part uses.
  static let common = """
    (function () {
      'use strict';
      var data = JSON.parse(document.getElementById('report-data').textContent);
      var limits = data.thresholds;
      var points = data.ends.length;
      var queueCount = data.queues.length;
      var NS = document.querySelector('svg').namespaceURI;
      var state = { scope: 0, day: 0, t: -1 };
      function make(tag, cls, text) {
        var node = document.createElement(tag);
        if (cls) { node.className = cls; }
        if (text !== undefined) { node.textContent = text; }
        return node;
      }
      function draw(parent, tag, attributes, text) {
        var node = document.createElementNS(NS, tag);
        Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
        if (text !== undefined) { node.textContent = text; }
        parent.appendChild(node);
        return node;
      }
      function two(v) { return (v < 10 ? '0' : '') + v; }
      function clock(s) {
        var m = Math.floor((data.startOfDay + s) / 60), d = Math.floor(m / 1440);
        var label = two(Math.floor(m % 1440 / 60)) + ':' + two(m % 60);
        return d > 0 ? 'd' + (d + 1) + ' ' + label : label;
      }
      function startOf(i) { return i > 0 ? data.ends[i - 1] : 0; }
      function count(v) {
        if (v === null) { return '—'; }
        return data.replications > 1 ? v.toFixed(1) : String(Math.round(v));
      }
      function percent(v) { return v === null ? '—' : (v * 100).toFixed(1) + ' %'; }
      function seconds(v) { return v === null ? '—' : v.toFixed(1) + ' s'; }
      function span(s) {
        s = Math.floor(s);
        var h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60);
        return (h > 0 ? h + ':' + two(m) : String(m)) + ':' + two(s % 60);
      }
      function below(v, amber, red) {
        return v === null ? '' : v < red ? 'lv-red' : v < amber ? 'lv-amber' : 'lv-good';
      }
      function above(v, amber, red) {
        return v === null ? '' : v > red ? 'lv-red' : v > amber ? 'lv-amber' : '';
      }
      function scope() { return data.scopes[state.scope]; }
      function calls() { var k = scope().calls; return k < 0 ? null : data.calls[k]; }
      function shown() {
        if (state.day === 0) { return [0, points]; }
        var from = (state.day - 1) * 86400, to = state.day * 86400, first = 0, last = points;
        while (first < points && data.ends[first] <= from) { first += 1; }
        last = first;
        while (last < points && startOf(last) < to) { last += 1; }
        return [first, last];
      }

    """

  /// Reads the address, wires the controls, shows everything.
  static let main = """
      var slider = document.getElementById('replay-slider');
      var scopeSelect = document.getElementById('scope');
      var daySelect = document.getElementById('day');
      // The busiest point of the range for the scope: where the replay opens.
      function peak(range) {
        var figures = calls() || data.calls[0], best = range[0];
        for (var i = range[0]; i < range[1]; i += 1) {
          if (figures[0][i] > figures[0][best]) { best = i; }
        }
        return best;
      }
      function filterRows() {
        var key = scope().key, inScope = function (list, attribute) {
          return function (row) {
            row.hidden = list.indexOf(Number(row.getAttribute(attribute))) < 0;
          };
        };
        document.querySelectorAll('.scope-figures').forEach(function (block) {
          block.hidden = block.getAttribute('data-scope') !== key;
        });
        document.querySelectorAll('#queues tbody tr[data-queue]')
          .forEach(inScope(scope().queues, 'data-queue'));
        document.querySelectorAll('#queues tbody tr.total').forEach(function (row) {
          row.hidden = scope().kind !== 'centre';
        });
        document.querySelectorAll('#teams tbody tr[data-team], #agents tbody tr[data-team]')
          .forEach(inScope(scope().teams, 'data-team'));
        filterTimeline();
      }
      // The timeline keeps the scope's teams, moved up to close the gaps.
      function filterTimeline() {
        var svg = document.querySelector('svg.timeline');
        if (!svg) { return; }
        var y = Number(svg.dataset.top);
        svg.querySelectorAll('g.team-rows').forEach(function (group) {
          var shown = scope().teams.indexOf(Number(group.getAttribute('data-team'))) >= 0;
          group.style.display = shown ? '' : 'none';
          if (!shown) { return; }
          group.setAttribute('transform', 'translate(0 ' + (y - Number(group.dataset.top)) + ')');
          y += Number(group.dataset.height);
        });
        var box = svg.getAttribute('viewBox').split(' ');
        box[3] = String(y + 6);
        svg.setAttribute('viewBox', box.join(' '));
      }
      function remember() {
        var hash = '#scope=' + encodeURIComponent(scope().key) +
          (state.day ? '&day=' + state.day : '') + '&t=' + state.t;
        if (location.hash !== hash) { history.replaceState(null, '', hash); }
      }
      function showAll(keepPoint) {
        var range = shown();
        slider.min = range[0];
        slider.max = range[1] - 1;
        var t = keepPoint && state.t >= range[0] && state.t < range[1] ? state.t : peak(range);
        slider.value = t;
        filterRows();
        drawCharts();
        showPoint(t);
        remember();
      }
      function read() {
        location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
          var parts = pair.split('='), value = decodeURIComponent(parts[1] || '');
          if (parts[0] === 'scope') {
            var found = -1;
            data.scopes.forEach(function (s, k) {
              var team = s.kind === 'team' && s.id === value;
              if (found < 0 && (s.key === value || team)) { found = k; }
            });
            data.scopes.forEach(function (s, k) {
              if (found < 0 && s.id === value) { found = k; }
            });
            if (found >= 0) { state.scope = found; }
          } else if (parts[0] === 'day' && daySelect && /^[0-9]+$/.test(value)) {
            state.day = Math.min(Math.max(Number(value), 0), daySelect.options.length - 1);
          } else if (parts[0] === 't' && /^[0-9]+$/.test(value) && Number(value) < points) {
            state.t = Number(value);
          }
        });
        if (state.t >= 0 && daySelect && state.day) {
          var range = shown();
          if (state.t < range[0] || state.t >= range[1]) { state.t = -1; }
        }
      }
      read();
      document.getElementById('controls').hidden = false;
      scopeSelect.value = scope().key;
      if (daySelect) { daySelect.value = state.day ? String(state.day) : 'all'; }
      scopeSelect.addEventListener('change', function () {
        state.scope = Math.max(scopeSelect.selectedIndex, 0);
        showAll(true);
      });
      if (daySelect) {
        daySelect.addEventListener('change', function () {
          state.day = daySelect.value === 'all' ? 0 : Number(daySelect.value);
          showAll(false);
        });
      }
      slider.addEventListener('input', function () {
        showPoint(Number(slider.value));
        remember();
      });
      showAll(state.t >= 0);
      document.getElementById('replay').setAttribute('data-ready', 'true');
    })();

    """
}
