extension ReportScript {
  /// Draws the four charts of the chosen scope over the chosen day as inline SVG: lines with a
  /// dot per point (a tooltip each, up to 200 points), or stacked bars, with axes, gridlines,
  /// a target line and the cursor the replay moves.
  static let charts = """
      var W = 640, H = 250, LEFT = 58, RIGHT = 14, TOP = 14, BOTTOM = 34, DETAIL = 200;
      function axis(maximum) {
        if (!(maximum > 0) || !isFinite(maximum)) { return [1, 1]; }
        var rough = maximum / 5, magnitude = 1;
        while (magnitude * 10 <= rough) { magnitude *= 10; }
        while (magnitude > rough) { magnitude /= 10; }
        var step = [1, 2, 2.5, 5, 10].map(function (f) { return f * magnitude; })
          .filter(function (s) { return s >= rough; })[0] || rough;
        return [step, Math.ceil(maximum / step) * step];
      }
      function labelStep(n) {
        var steps = [1, 2, 4, 8, 12, 16, 24, 48, 96, 192, 384, 672, 1344, 2688];
        for (var k = 0; k < steps.length; k += 1) {
          if (Math.floor(n / steps[k]) <= 12) { return steps[k]; }
        }
        return Math.max(Math.floor(n / 12), 1);
      }
      function fixed(v, d) { return String(Number(v.toFixed(d))); }
      function line(svg, cls, x1, y1, x2, y2) {
        return draw(svg, 'line', { 'class': cls, x1: x1, y1: y1, x2: x2, y2: y2 });
      }
      function text(svg, cls, x, y, anchor, content) {
        return draw(svg, 'text', { 'class': cls, x: x, y: y, 'text-anchor': anchor }, content);
      }
      // The top of the axis: fixed, or the largest value (of a stack) in points [from, to).
      function largest(spec, from, to) {
        var top = spec.target ? spec.target[0] : 0;
        if (spec.yMaximum) { return Math.max(top, spec.yMaximum); }
        for (var i = from; i < to && !spec.empty; i += 1) {
          var sum = 0;
          for (var k = 0; k < spec.series.length; k += 1) {
            var v = spec.series[k].values[i];
            if (v !== null && !spec.stacked && v > top) { top = v; }
            sum += v || 0;
          }
          if (spec.stacked && sum > top) { top = sum; }
        }
        return top;
      }
      function bars(svg, spec, from, to, step, y) {
        var width = step * (to - from <= DETAIL ? 0.84 : 1);
        for (var i = from; i < to; i += 1) {
          var base = 0, left = fixed(LEFT + (i - from) * step + (step - width) / 2, 2);
          spec.series.forEach(function (s) {
            var value = s.values[i] || 0;
            if (value <= 0) { return; }
            var rect = draw(svg, 'rect', { 'class': s.cls, x: left, y: fixed(y(base + value), 2),
              width: fixed(width, 2), height: fixed(y(base) - y(base + value), 2) });
            if (to - from <= DETAIL) {
              draw(rect, 'title', {}, clock(startOf(i)) + ' ' + s.name + ': ' + spec.value(value));
            }
            base += value;
          });
        }
      }
      function lines(svg, spec, from, to, step, y) {
        var x = function (i) { return fixed(LEFT + (i - from + 0.5) * step, 1); };
        spec.series.forEach(function (s) {
          var path = '', pen = false, i;
          for (i = from; i < to; i += 1) {
            if (s.values[i] === null) { pen = false; continue; }
            path += (pen ? 'L' : 'M') + x(i) + ' ' + fixed(y(s.values[i]), 1);
            pen = true;
          }
          draw(svg, 'path', { 'class': 'series ' + s.cls, d: path });
          for (i = from; i < to && to - from <= DETAIL; i += 1) {
            var v = s.values[i];
            if (v === null) { continue; }
            var level = s.level ? s.level(v) : '';
            var dot = draw(svg, 'circle',
              { 'class': 'dot ' + s.cls + ' ' + level, cx: x(i), cy: fixed(y(v), 1), r: 2.6 });
            draw(dot, 'title', {}, clock(startOf(i)) + ' ' + s.name + ': ' + spec.value(v));
          }
        });
      }
      // Draws one chart of points [from, to) into its svg, as the replay's cursor expects it.
      function chart(svg, spec, from, to) {
        svg.textContent = '';
        var n = Math.max(to - from, 1), bottom = H - BOTTOM, step = (W - LEFT - RIGHT) / n;
        var ticks = axis(largest(spec, from, to));
        var y = function (v) { return bottom - v / ticks[1] * (bottom - TOP); };
        svg.dataset.x0 = LEFT;
        svg.dataset.dx = step;
        svg.dataset.from = from;
        for (var mark = 0; mark <= ticks[1] + ticks[0] / 2; mark += ticks[0]) {
          line(svg, 'grid', LEFT, fixed(y(mark), 1), W - RIGHT, fixed(y(mark), 1));
          text(svg, 'tick', LEFT - 5, fixed(y(mark) + 3.5, 1), 'end', spec.tick(mark));
        }
        for (var i = 0, every = labelStep(n); i < n; i += every) {
          var x = fixed(LEFT + i * step, 1);
          line(svg, 'axis', x, bottom, x, bottom + 4);
          // A day's chart needs no day on its ticks.
          var tick = clock(startOf(from + i));
          if (state.day) { tick = tick.replace(/^d[0-9]+ /, ''); }
          text(svg, 'tick', x, bottom + 16, 'middle', tick);
        }
        text(svg, 'axis-title', 0, 0, 'middle', spec.yTitle)
          .setAttribute('transform', 'translate(12 ' + (TOP + bottom) / 2 + ') rotate(-90)');
        draw(svg, 'rect', { 'class': 'cursor', x: LEFT, y: TOP, width: fixed(step, 3),
          height: bottom - TOP, visibility: 'hidden' });
        if (spec.empty) {
          text(svg, 'empty', W / 2, (TOP + bottom) / 2, 'middle', spec.empty);
        } else if (spec.stacked) {
          bars(svg, spec, from, to, step, y);
        } else {
          lines(svg, spec, from, to, step, y);
        }
        if (spec.target && !spec.empty) {
          var at = fixed(y(spec.target[0]), 1);
          line(svg, 'target', LEFT, at, W - RIGHT, at);
          text(svg, 'target-label', W - RIGHT - 4, at - 4, 'end', spec.target[1]);
        }
        line(svg, 'axis', LEFT, TOP, LEFT, bottom);
        line(svg, 'axis', LEFT, bottom, W - RIGHT, bottom);
      }
      function drawCharts() {
        var range = shown(), figures = calls(), none = figures ? '' : data.words.noQueue;
        var whole = function (v) { return fixed(v, 1); };
        var share = function (v) { return (v * 100).toFixed(0) + ' %'; };
        var series = function (k) { return figures ? figures[k] : []; };
        var goal = scope().goal || [limits.serviceLevelThreshold, limits.serviceLevelTarget,
          data.words.threshold, data.words.target];
        var serviceLevel = function (v) {
          return below(v, limits.serviceLevelAmber, limits.serviceLevelRed);
        };
        var specs = {
          'chart-calls': { yTitle: 'calls', tick: whole, value: count, empty: none, series: [
            { name: 'Offered', cls: 'c-offered', values: series(0) },
            { name: 'Answered', cls: 'c-answered', values: series(1) },
            { name: 'Abandoned', cls: 'c-abandoned', values: series(2) }] },
          'chart-service': { yTitle: 'answered in ' + goal[2], tick: share,
            value: percent, yMaximum: 1, empty: none,
            target: [goal[1], 'target ' + goal[3]],
            series: [{ name: 'Service level', cls: 'c-service', values: series(3),
              level: serviceLevel }] },
          'chart-asa': { yTitle: 'seconds', tick: whole, value: seconds, empty: none,
            target: [goal[0], 'threshold ' + goal[2]],
            series: [{ name: 'ASA', cls: 'c-asa', values: series(4) }] }
        };
        if (data.agents.length) {
          var agents = data.agents[state.scope];
          specs['chart-agents'] = { yTitle: 'agents', tick: whole, stacked: true,
            value: function (v) { return v.toFixed(1); },
            series: [2, 3, 0, 1].map(function (g) {
              return { name: data.groups[g], cls: data.groupClasses[g], values: agents[g] };
            }) };
        }
        Object.keys(specs).forEach(function (id) {
          var svg = document.querySelector('#' + id + ' svg');
          if (svg) { chart(svg, specs[id], range[0], range[1]); }
        });
      }

    """
}
