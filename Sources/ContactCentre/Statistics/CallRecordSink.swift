/// What receives a replication's calls as they leave the centre, in that order — `calls.csv`
/// written as the run goes, so that no call is kept in memory for it. Called on the thread
/// that runs the replication.
public protocol CallRecordSink: AnyObject {
  /// The next call to end.
  func record(_ call: CallRecord)
  /// The replication is over: no call follows.
  func finish()
}
