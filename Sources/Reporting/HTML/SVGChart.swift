/// A chart of per-interval figures drawn once, as inline SVG (the back office's backlog): lines
/// or stacked bars over the reporting intervals, with axes, gridlines, a legend, an optional
/// target line, and a cursor the replay slider moves. The charts a scope switches are drawn by
/// the report's script (`ReportScript.charts`).
struct SVGChart {
  /// How the series are drawn.
  enum Kind {
    /// One line per series, with a dot per interval.
    case lines
    /// One bar per interval, the series stacked from the bottom in the order given.
    case stackedBars
  }

  /// One series: a value per interval (nil where there is none, e.g. no calls).
  struct Series {
    var name: String
    /// The CSS class that colours it.
    var cssClass: String
    var values: [Double?]
    /// Colours each dot of a line by a threshold.
    var level: ((Double) -> PulseLevel)? = nil
  }

  var title: String
  var yTitle: String
  /// The intervals' clock labels.
  var labels: [String]
  var kind: Kind
  var series: [Series]
  /// Formats an axis tick and a value in a tooltip.
  var tickFormat: (Double) -> String
  var valueFormat: (Double) -> String
  /// The top of the axis when fixed (1 for a share), else from the data.
  var yMaximum: Double? = nil
  /// A horizontal line at a target, with its label.
  var target: (value: Double, label: String)? = nil

  static let width = 640.0
  static let height = 250.0
  static let left = 58.0
  static let right = 14.0
  static let top = 14.0
  static let bottom = 34.0
  /// Above this many intervals, dots and tooltips are left out to keep the file small.
  static let detailLimit = 200

  /// The chart as a `<figure>` with its caption and legend.
  func render() -> String {
    let count = max(labels.count, 1)
    let plotWidth = Self.width - Self.left - Self.right
    let plotBottom = Self.height - Self.bottom
    let step = plotWidth / Double(count)
    let (tick, axisTop) = Self.axis(maximum: yMaximum ?? dataMaximum)
    func y(_ value: Double) -> Double {
      plotBottom - value / axisTop * (plotBottom - Self.top)
    }
    var svg = """
      <svg class="chart" viewBox="0 0 \(n(Self.width)) \(n(Self.height))" role="img" \
      aria-label="\(HTML.escape(title))" data-x0="\(n(Self.left))" data-dx="\(n(step, 3))">\n
      """
    var value = 0.0
    while value <= axisTop + tick / 2 {
      let at = y(value)
      svg += "<line class=\"grid\" x1=\"\(n(Self.left))\" y1=\"\(n(at))\" "
      svg += "x2=\"\(n(Self.width - Self.right))\" y2=\"\(n(at))\"/>"
      svg += "<text class=\"tick\" x=\"\(n(Self.left - 5))\" y=\"\(n(at + 3.5))\" "
      svg += "text-anchor=\"end\">\(HTML.escape(tickFormat(value)))</text>\n"
      value += tick
    }
    let every = Self.labelStep(count)
    for index in stride(from: 0, to: labels.count, by: every) {
      let x = Self.left + Double(index) * step
      svg += "<line class=\"axis\" x1=\"\(n(x))\" y1=\"\(n(plotBottom))\" x2=\"\(n(x))\" "
      svg += "y2=\"\(n(plotBottom + 4))\"/><text class=\"tick\" x=\"\(n(x))\" "
      svg += "y=\"\(n(plotBottom + 16))\" text-anchor=\"middle\">"
      svg += "\(HTML.escape(labels[index]))</text>\n"
    }
    svg += "<text class=\"axis-title\" transform=\"translate(12 \(n((Self.top + plotBottom) / 2)))"
    svg += " rotate(-90)\" text-anchor=\"middle\">\(HTML.escape(yTitle))</text>\n"
    svg += "<rect class=\"cursor\" x=\"\(n(Self.left))\" y=\"\(n(Self.top))\" "
    svg +=
      "width=\"\(n(step, 3))\" height=\"\(n(plotBottom - Self.top))\" visibility=\"hidden\"/>\n"
    switch kind {
    case .lines: svg += lines(step: step, y: y)
    case .stackedBars: svg += bars(step: step, y: y)
    }
    if let target {
      let at = y(target.value)
      svg += "<line class=\"target\" x1=\"\(n(Self.left))\" y1=\"\(n(at))\" "
      svg += "x2=\"\(n(Self.width - Self.right))\" y2=\"\(n(at))\"/>"
      svg += "<text class=\"target-label\" x=\"\(n(Self.width - Self.right - 4))\" "
      svg += "y=\"\(n(at - 4))\" text-anchor=\"end\">\(HTML.escape(target.label))</text>\n"
    }
    svg +=
      "<line class=\"axis\" x1=\"\(n(Self.left))\" y1=\"\(n(Self.top))\" x2=\"\(n(Self.left))\" "
    svg += "y2=\"\(n(plotBottom))\"/><line class=\"axis\" x1=\"\(n(Self.left))\" "
    svg +=
      "y1=\"\(n(plotBottom))\" x2=\"\(n(Self.width - Self.right))\" y2=\"\(n(plotBottom))\"/>\n"
    svg += "</svg>"
    let legend = series.map {
      "<span><i class=\"swatch \($0.cssClass)\"></i>\(HTML.escape($0.name))</span>"
    }.joined()
    return """
      <figure class="chart-card"><figcaption>\(HTML.escape(title))</figcaption>\
      <div class="legend">\(legend)</div>
      \(svg)</figure>\n
      """
  }

  /// The largest value to fit: of any series, or of the stacks.
  private var dataMaximum: Double {
    var largest = target?.value ?? 0
    switch kind {
    case .lines:
      for entry in series { largest = max(largest, entry.values.compactMap { $0 }.max() ?? 0) }
    case .stackedBars:
      for index in labels.indices {
        largest = max(largest, series.reduce(0) { $0 + ($1.values[index] ?? 0) })
      }
    }
    return largest
  }

  private func lines(step: Double, y: (Double) -> Double) -> String {
    var svg = ""
    let detail = labels.count <= Self.detailLimit
    for entry in series {
      var path = ""
      var pen = false
      for (index, value) in entry.values.enumerated() {
        guard let value else {
          pen = false
          continue
        }
        let x = Self.left + (Double(index) + 0.5) * step
        path += (pen ? "L" : "M") + "\(n(x)) \(n(y(value)))"
        pen = true
      }
      svg += "<path class=\"series \(entry.cssClass)\" d=\"\(path)\"/>\n"
      guard detail else { continue }
      for (index, value) in entry.values.enumerated() {
        guard let value else { continue }
        let x = Self.left + (Double(index) + 0.5) * step
        let level = entry.level?(value).cssClass ?? ""
        svg += "<circle class=\"dot \(entry.cssClass) \(level)\" cx=\"\(n(x))\" "
        svg += "cy=\"\(n(y(value)))\" r=\"2.6\"><title>\(HTML.escape(labels[index])) "
        svg += "\(HTML.escape(entry.name)): \(HTML.escape(valueFormat(value)))</title></circle>"
      }
      svg += "\n"
    }
    return svg
  }

  private func bars(step: Double, y: (Double) -> Double) -> String {
    var svg = ""
    let detail = labels.count <= Self.detailLimit
    let width = step * (detail ? 0.84 : 1)
    for index in labels.indices {
      var base = 0.0
      let x = Self.left + Double(index) * step + (step - width) / 2
      for entry in series {
        let value = entry.values[index] ?? 0
        guard value > 0 else { continue }
        let top = y(base + value)
        svg += "<rect class=\"\(entry.cssClass)\" x=\"\(n(x, 2))\" y=\"\(n(top, 2))\" "
        svg += "width=\"\(n(width, 2))\" height=\"\(n(y(base) - top, 2))\">"
        if detail {
          svg += "<title>\(HTML.escape(labels[index])) \(HTML.escape(entry.name)): "
          svg += "\(HTML.escape(valueFormat(value)))</title>"
        }
        svg += "</rect>"
        base += value
      }
      svg += "\n"
    }
    return svg
  }

  /// A tick step of 1, 2, 2.5 or 5 times a power of ten giving about five ticks, and the top
  /// of the axis (a whole number of steps at or above `maximum`).
  static func axis(maximum: Double) -> (step: Double, top: Double) {
    guard maximum > 0, maximum.isFinite else { return (1, 1) }
    let rough = maximum / 5
    var magnitude = 1.0
    while magnitude * 10 <= rough { magnitude *= 10 }
    while magnitude > rough { magnitude /= 10 }
    let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
    return (step, (maximum / step).rounded(.up) * step)
  }

  /// Label every k-th interval so that about ten labels fit (every hour for 15-minute
  /// intervals over a working day).
  static func labelStep(_ count: Int) -> Int {
    let steps = [1, 2, 4, 8, 12, 16, 24, 48, 96, 192, 384, 672, 1344, 2688]
    return steps.first { count / $0 <= 12 } ?? max(count / 12, 1)
  }

  /// A coordinate with at most `decimals` digits, trailing zeros dropped.
  private func n(_ value: Double, _ decimals: Int = 1) -> String {
    HTML.coordinate(value, decimals: decimals)
  }
}
