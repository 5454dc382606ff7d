extension ReportScript {
  /// The replay at one point: the scope's queues over it, its teams' agents by Pulse column on
  /// average over it and at its end, and every agent's tile at its end.
  static let replay = """
      function fill(id, rows) {
        var body = document.querySelector('#' + id + ' tbody');
        body.textContent = '';
        rows.forEach(function (cells) {
          var row = make('tr', cells.total ? 'total' : '');
          cells.forEach(function (cell, k) {
            var node = make(k ? 'td' : 'th', cell[1], cell[0]);
            if (cell[2]) { node.setAttribute('data-figure', cell[2]); }
            row.appendChild(node);
          });
          body.appendChild(row);
        });
      }
      function lastChange(changes, t) {
        var low = 0, high = changes.length / 2 - 1, found = -1;
        while (low <= high) {
          var mid = (low + high) >> 1;
          if (changes[2 * mid] <= t) { found = mid; low = mid + 1; } else { high = mid - 1; }
        }
        return found;
      }
      function showQueues(i) {
        var rows = scope().queues.map(function (q) {
          return [data.queues[q], data.calls[q + 1]];
        });
        if (scope().kind === 'centre') { rows.push([data.words.allQueues, data.calls[0]]); }
        fill('replay-queues', rows.map(function (row, k) {
          var f = row[1], key = k < scope().queues.length ? 'queue/' + row[0] : 'total';
          var cells = [[row[0]], [count(f[0][i]), '', key + '/offered'],
            [count(f[1][i]), '', key + '/answered'], [count(f[2][i]), '', key + '/abandoned'],
            [percent(f[3][i]), below(f[3][i], limits.serviceLevelAmber, limits.serviceLevelRed)],
            [seconds(f[4][i])],
            [percent(f[5][i]), above(f[5][i], limits.abandonRateAmber, limits.abandonRateRed)]];
          cells.total = key === 'total';
          return cells;
        }));
      }
      function showTeams(i) {
        if (data.agents.length) {
          fill('replay-teams', scope().teams.map(function (t) {
            var agents = data.agents[1 + queueCount + t];
            return [[data.teams[t]]].concat(agents.map(function (g) {
              return [g[i].toFixed(1)];
            }));
          }));
        }
        if (data.counts.length) {
          fill('replay-counts', scope().teams.map(function (t) {
            return [[data.teams[t]]].concat(data.counts[i][t].map(function (v) {
              return [String(v)];
            }));
          }));
        }
      }
      function showAgents(i) {
        var box = document.getElementById('replay-agents');
        var end = data.ends[i], team = -1, tiles = null, teams = scope().teams;
        box.textContent = '';
        if (end > data.tilesUntil) {
          box.appendChild(make('p', 'note', data.words.tilesUntil));
          return;
        }
        data.tiles.forEach(function (agent) {
          if (teams.indexOf(agent[1]) < 0) { return; }
          if (agent[1] !== team) {
            team = agent[1];
            var group = make('div', 'team-tiles');
            group.appendChild(make('h4', '', data.teams[team]));
            tiles = make('div', 'tiles');
            group.appendChild(tiles);
            box.appendChild(group);
          }
          var k = lastChange(agent[2], end);
          if (k < 0) { return; }
          var bucket = data.buckets[agent[2][2 * k + 1]];
          if (bucket[2] === 'off') { return; }
          var tile = make('div', 'tile ' + bucket[1]);
          tile.title = agent[0] + ': ' + bucket[0];
          tile.appendChild(make('span', 'who', agent[0]));
          var inState = end - agent[2][2 * k];
          // ACW, and NotReady by its reason's own thresholds (null: never coloured).
          var level = bucket.length < 5 ? ''
            : bucket[4] !== null && inState > bucket[4] ? 'lv-red'
            : bucket[3] !== null && inState > bucket[3] ? 'lv-amber' : '';
          tile.appendChild(make('span', 'since ' + level, span(inState)));
          tile.appendChild(make('span', 'what', bucket[0]));
          tiles.appendChild(tile);
        });
      }
      function moveCursors(i) {
        document.querySelectorAll('svg.chart').forEach(function (svg) {
          var cursor = svg.querySelector('.cursor');
          if (!cursor) { return; }
          // A chart drawn once spans every interval: a point is intervalsPerPoint of them.
          var at = svg.dataset.from ? i - Number(svg.dataset.from) : i * data.intervalsPerPoint;
          cursor.setAttribute('x', Number(svg.dataset.x0) + at * Number(svg.dataset.dx));
          cursor.setAttribute('visibility', 'visible');
        });
        var timeline = document.querySelector('svg.timeline');
        if (timeline) {
          var line = timeline.querySelector('.cursor-line');
          var x = Number(timeline.dataset.x0) + data.ends[i] * Number(timeline.dataset.scale);
          var inside = data.ends[i] <= Number(timeline.dataset.window);
          line.setAttribute('x1', x);
          line.setAttribute('x2', x);
          line.setAttribute('visibility', inside ? 'visible' : 'hidden');
        }
      }
      function showPoint(i) {
        state.t = i;
        document.getElementById('replay-label').textContent =
          clock(startOf(i)) + '–' + clock(data.ends[i]);
        document.querySelectorAll('#replay .replay-end').forEach(function (node) {
          node.textContent = clock(data.ends[i]);
        });
        showQueues(i);
        showTeams(i);
        showAgents(i);
        moveCursors(i);
      }

    """
}
