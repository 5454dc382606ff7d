extension Forecast {
  /// The forecast with every volume and bound multiplied by `factor` (callers ringing the line
  /// from calls offered to the queue, whose ratio is 1 / (1 − the IVR hang-up share)); the
  /// handle times stay. The intervals still add up to each day's total.
  public func scaled(by factor: Double) -> Forecast {
    func scale(_ interval: PredictionInterval) -> PredictionInterval {
      PredictionInterval(low: interval.low * factor, high: interval.high * factor)
    }
    var scaled = self
    for queue in scaled.queues.indices {
      for day in scaled.queues[queue].days.indices {
        scaled.queues[queue].days[day].total *= factor
        scaled.queues[queue].days[day].central80 = scale(scaled.queues[queue].days[day].central80)
        scaled.queues[queue].days[day].central95 = scale(scaled.queues[queue].days[day].central95)
        for index in scaled.queues[queue].days[day].intervals.indices {
          var interval = scaled.queues[queue].days[day].intervals[index]
          interval.volume *= factor
          interval.central80 = scale(interval.central80)
          interval.central95 = scale(interval.central95)
          scaled.queues[queue].days[day].intervals[index] = interval
        }
      }
    }
    return scaled
  }
}
