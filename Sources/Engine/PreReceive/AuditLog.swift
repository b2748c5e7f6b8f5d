import Foundation

/// The server-side record of every push the gate let through against its findings: a bypass, or a
/// deadline that ran out under `on_timeout: accept`. One JSON object per line, appended with a single
/// `write` on an `O_APPEND` descriptor so concurrent pushes never interleave within a line.
public struct AuditLog: Sendable {
    public struct Entry: Encodable, Sendable {
        public let time: String
        public let event: String
        public let user: String
        public let platform: String
        public let refs: [Ref]
        public let reason: String
        public let findings: [String]
        /// Files the gate had not judged yet when the deadline ran out.
        public let unjudged: [String]

        public struct Ref: Encodable, Sendable {
            public let ref: String
            public let old: String
            public let new: String
        }

        public init(time: Date, event: String, user: String, platform: Platform, updates: [RefUpdate], reason: String,
                    findings: [String], unjudged: [String] = []) {
            self.time = ISO8601DateFormatter().string(from: time)
            self.event = event
            self.user = user
            self.platform = platform.rawValue
            self.refs = updates.map { Ref(ref: $0.refName, old: $0.oldID, new: $0.newID) }
            self.reason = reason
            self.findings = findings
            self.unjudged = unjudged
        }
    }

    public let path: String

    /// The policy's `bypass.audit_log`, else `$GIT_DIR/infragate/audit.log` (outside the quarantine).
    public init(configuredPath: String?, gitDirectory: String) {
        path = configuredPath ?? URL(fileURLWithPath: gitDirectory).appendingPathComponent("infragate/audit.log").path
    }

    /// Appends one entry; throws when it cannot, because an unrecorded bypass must not happen.
    public func append(_ entry: Entry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(UInt8(ascii: "\n"))
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { throw AuditLogError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else { throw AuditLogError(path: path, reason: String(cString: strerror(errno))) }
    }
}

public struct AuditLogError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot append to the audit log \(path): \(reason)" }
}
