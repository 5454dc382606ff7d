import ContactCentre
import Foundation
import Reporting

/// `calls.csv` of `ccsim run --out DIR --calls`, written as the replications run: each
/// replication's rows go to a temporary file of its own as its calls end (replications run side
/// by side), and at the end the files are joined in replication order — the first
/// replication's file, which starts with the header, takes the others after it. So the file is
/// the one `CallsCSV.render` makes from calls kept in memory, byte for byte, whatever `--jobs`,
/// and no call is kept.
final class CallsFile: @unchecked Sendable {
  private let target: String
  private let rows: CallsCSV
  private let lock = NSLock()
  /// Per replication started: its file (nil for none, or once joined).
  private var files: [Int: StreamedFile] = [:]
  /// The first error met creating a file (disk full, no room for a name…).
  private var failure: CLIError?

  /// The calls of `configuration` into `target`.
  init(_ configuration: CentreConfiguration, target: String) {
    self.target = target
    rows = CallsCSV(configuration)
  }

  /// What receives replication `replication`'s calls (from 0; the first writes the header).
  func sink(replication: Int) -> any CallRecordSink {
    do throws(CLIError) {
      // The first file lets the page cache go as it is written; the others are read back
      // as they are joined to it, so they stay in the cache until then.
      let file = try StreamedFile(
        beside: target, hashed: replication == 0,
        releasingFrom: replication == 0 ? StreamedFile.releaseFrom : nil)
      if replication == 0 { file.write(CallsCSV.headerLine) }
      lock.withLock { files[replication] = file }
      return Sink(file: file, rows: rows, replication: replication)
    } catch {
      lock.withLock { failure = failure ?? error }
      return Dropped()
    }
  }

  /// Joins the replications' files in order into the first: the file, ready to install
  /// (`OutputSet.install`).
  ///
  /// - Throws: exit 73 when a file could not be created (every temporary file is then
  ///   removed); a failed write is reported as the file is finished.
  func finish() throws(CLIError) -> StreamedFile {
    let (files, failure) = lock.withLock { (self.files, self.failure) }
    if let failure {
      discard()
      throw failure
    }
    guard let head = files[0] else { preconditionFailure("replication 0 was run") }
    for replication in files.keys.sorted() where replication > 0 {
      head.append(files[replication]!)
    }
    lock.withLock { self.files = [0: head] }
    return head
  }

  /// Removes every temporary file not installed.
  func discard() {
    let files = lock.withLock {
      defer { self.files = [:] }
      return self.files
    }
    for file in files.values { file.discard() }
  }

  /// Writes one replication's rows into its file.
  private final class Sink: CallRecordSink {
    let file: StreamedFile
    let rows: CallsCSV
    let replication: Int
    var number = 0

    init(file: StreamedFile, rows: CallsCSV, replication: Int) {
      self.file = file
      self.rows = rows
      self.replication = replication
    }

    func record(_ call: CallRecord) {
      number += 1
      let count = rows.row(
        call, replication: replication, number: number, at: file.room(rows.maxRowBytes))
      file.advance(count)
    }

    func finish() {
      // The first replication's file stays open: the others are added to it.
      file.finishWriting(closing: replication != 0)
    }
  }

  /// Drops the calls of a replication whose file could not be created (the run then fails).
  private final class Dropped: CallRecordSink {
    func record(_ call: CallRecord) {}
    func finish() {}
  }
}
