import ContactCentre

/// The report's inline style sheet.
enum ReportStyle {
  /// Each agent state's colour, in `AgentState.reportOrder` order.
  static let stateColours: [(AgentState, String)] = [
    (.talking, "#2f6fd0"), (.talkingOutbound, "#7d55c7"), (.consulting, "#1a9aa8"),
    (.reserved, "#93c4f5"), (.afterCallWork, "#f08c2e"), (.ready, "#3fae5a"),
    (.notReady, "#8a8fa3"), (.loggedOut, "#e4e6eb"),
  ]

  /// The style sheet: each colour class sets `--c`, which shapes fill, swatches fill and agent
  /// tiles take as their edge.
  static let css: String = {
    var css = """
      :root{--ink:#1d2330;--muted:#5d6577;--line:#d9dde5;--panel:#fff;--bg:#f2f4f7;\
      --good:#dcf1df;--amber:#ffe7a3;--red:#f7c3c3;--red-ink:#8a1414}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.4 system-ui,-apple-system,\
      "Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
      main{max-width:1360px;margin:0 auto;padding:18px 22px 40px}
      header h1{margin:0 0 4px;font-size:24px}
      .facts{margin:0;color:var(--muted)}
      .badge{background:var(--red);color:var(--red-ink);border-radius:10px;padding:1px 8px;\
      font-weight:600}
      nav{margin:10px 0 14px;display:flex;gap:14px}
      nav a{color:#2f5fb3;text-decoration:none;font-weight:600}
      h2{font-size:18px;margin:0 0 10px}
      h3{font-size:14px;margin:14px 0 6px;color:var(--muted)}
      .panel{background:var(--panel);border:1px solid var(--line);border-radius:8px;\
      padding:14px 16px;margin:14px 0}
      .headline{display:grid;grid-template-columns:repeat(7,1fr);gap:10px}
      .card{background:var(--panel);border:1px solid var(--line);border-top:6px solid #b8bfcc;\
      border-radius:8px;padding:10px 12px}
      .card .label{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;\
      letter-spacing:.03em}
      .card .value{font-size:28px;font-weight:700;margin:2px 0}
      .card .hw{color:var(--muted);font-size:12px}
      .card .note{color:var(--muted);font-size:12px}
      .card.lv-good{border-top-color:#3fae5a}.card.lv-amber{border-top-color:#f0b400;\
      background:#fff8e1}.card.lv-red{border-top-color:#d64545;background:#fdeeee}
      .card.lv-red .value{color:var(--red-ink)}
      .counts{display:flex;flex-wrap:wrap;gap:10px;margin-top:10px}
      .count{background:var(--panel);border:1px solid var(--line);border-radius:8px;\
      padding:6px 14px;display:flex;align-items:baseline;gap:8px}
      .count .value{font-size:20px;font-weight:700}.count .label{color:var(--muted)}
      .counts .note{flex-basis:100%;margin:0}
      .note{color:var(--muted);font-size:12px}
      .charts{display:grid;grid-template-columns:1fr 1fr;gap:12px}
      .chart-card{margin:0;border:1px solid var(--line);border-radius:6px;padding:8px}
      .chart-card figcaption{font-weight:600}
      .legend{display:flex;flex-wrap:wrap;gap:12px;font-size:12px;color:var(--muted);\
      margin:4px 0}
      .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;\
      background:var(--c);vertical-align:-1px}
      svg{display:block;width:100%;height:auto}
      svg text{font-size:10px;fill:var(--muted)}
      svg .grid{stroke:#e7e9ee;stroke-width:1}
      svg .axis{stroke:#9aa1b1;stroke-width:1}
      svg .axis-title{font-size:11px}
      svg .series{fill:none;stroke:var(--c);stroke-width:2;stroke-linejoin:round}
      svg .dot{fill:var(--c)}
      svg .dot.lv-amber{fill:#f0b400}svg .dot.lv-red{fill:#d64545}svg .dot.lv-good{fill:#3fae5a}
      svg .target{stroke:#d64545;stroke-width:1.5;stroke-dasharray:6 4}
      svg .target-label{fill:#d64545;font-weight:600}
      svg .cursor{fill:#2f5fb3;opacity:.12}
      svg .cursor-line{stroke:#d64545;stroke-width:1.5}
      svg rect[class^="st-"],svg path[class^="st-"]{fill:var(--c)}
      svg.timeline text.agent{font-size:8.5px;fill:var(--ink)}
      svg.timeline text.team{font-size:11px;font-weight:700;fill:var(--ink)}
      svg.timeline .team-rule{stroke:#c9ced8}
      .c-offered{--c:#2f6fd0}.c-answered{--c:#3fae5a}.c-abandoned{--c:#d64545}
      .c-service{--c:#2f6fd0}.c-asa{--c:#7d55c7}
      .c-incidents{--c:#d64545}.c-exceptions{--c:#f08c2e}
      table.funnel td.bar{width:45%;text-align:left}
      table.funnel td.bar i{display:inline-block;height:10px;border-radius:2px;background:#2f6fd0}
      table.figures tr.sub th{font-weight:400;padding-left:22px}
      table.figures{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
      table.figures th,table.figures td{padding:4px 8px;border-bottom:1px solid #eceef2;\
      text-align:right;white-space:nowrap}
      table.figures th:first-child,table.figures td:first-child{text-align:left}
      table.figures thead th{color:var(--muted);font-size:12px;border-bottom:2px solid var(--line)}
      table.figures tbody th{font-weight:600}
      table.figures tr.total th,table.figures tr.total td{border-top:2px solid var(--line);\
      font-weight:700}
      table.agents td:nth-child(2),table.agents td:nth-child(3),table.agents th:nth-child(2),\
      table.agents th:nth-child(3){text-align:left}
      table.agents tr.leader td{color:var(--muted)}
      td.lv-good{background:var(--good)}td.lv-amber{background:var(--amber)}
      td.lv-red{background:var(--red);color:var(--red-ink);font-weight:600}
      .replay-controls{position:sticky;top:40px;z-index:2;background:var(--panel);display:flex;\
      align-items:center;gap:12px;padding:6px 0;border-bottom:1px solid var(--line)}
      .replay-controls input{flex:1}
      .replay-controls output{font-size:18px;font-weight:700;min-width:120px}
      .replay-grid{display:flex;flex-wrap:wrap;gap:0 20px;align-items:flex-start}
      .replay-grid>div{flex:0 1 auto;overflow-x:auto}
      .replay-grid table.figures{font-size:12px;width:auto}
      .replay-grid table.figures th,.replay-grid table.figures td{padding:3px 4px}
      .team-tiles h4{margin:10px 0 4px;font-size:13px}
      .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(205px,1fr));gap:4px}
      .tile{border:1px solid var(--line);border-left:6px solid var(--c);border-radius:4px;\
      padding:2px 6px;font-size:12px;display:grid;grid-template-columns:1fr auto;column-gap:6px}
      .tile .who{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
      .tile .what{color:var(--muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
      .tile .since{grid-row:1/3;grid-column:2;align-self:center;padding:0 4px;border-radius:3px;\
      font-variant-numeric:tabular-nums}
      .tile .since.lv-amber{background:var(--amber)}
      .tile .since.lv-red{background:var(--red);color:var(--red-ink);font-weight:600}
      .tile.st-loggedOut{opacity:.55}
      footer{color:var(--muted);font-size:12px;text-align:center}
      [hidden]{display:none!important}
      .controls{position:sticky;top:0;z-index:3;background:var(--bg);display:flex;\
      flex-wrap:wrap;align-items:center;gap:10px;padding:8px 0}
      .controls label{font-weight:600}
      .controls select{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:4px}
      svg text.empty{font-size:13px}
      @media (max-width:1000px){.headline{grid-template-columns:repeat(3,1fr)}\
      .charts{grid-template-columns:1fr}}

      """
    for (state, colour) in stateColours { css += ".\(state.cssClass){--c:\(colour)}\n" }
    return css
  }()
}
