import Foundation
import Glibc
import InfragateGit

/// Small files under `$GIT_DIR/infragate/<folder>/` that only the gate can have written: each is
/// sealed with a digest keyed by a secret kept beside them (`cache.key`, mode 0600), so a corrupt,
/// copied or hand-made entry fails the check and reads as absent. Entries are written to a
/// temporary name and renamed, so concurrent runs never see half of one.
///
/// Where `$GIT_DIR` cannot be written (a read-only checkout in CI, a clone owned by another user),
/// the store lives in the user's cache folder instead (`$XDG_CACHE_HOME/infragate`, else
/// `~/.cache/infragate`), one subfolder per repository, under a key of its own and the same seal.
final class SealedStore: Sendable {
    private let directory: URL
    private let key: String

    /// Opens (creating on first use) one folder of the repository's store: in `$GIT_DIR`, else in
    /// the user's cache folder.
    convenience init(gitDirectory: String, folder: String) throws {
        let inRepository = URL(fileURLWithPath: gitDirectory).appendingPathComponent("infragate")
        do {
            try self.init(root: inRepository, folder: folder)
        } catch {
            guard let cache = Self.userCacheRoot() else { throw error }
            // The folder's real path names it, so two repositories never share entries or a key.
            let real = URL(fileURLWithPath: gitDirectory).resolvingSymlinksInPath().path
            try self.init(root: cache.appendingPathComponent("repositories/" + ObjectID.digest(of: real).hex), folder: folder)
        }
    }

    /// One folder of the store in the user's cache folder, for what belongs to no repository (the
    /// compiled secrets database of `scan PATH` on disk); nil without a usable cache folder.
    convenience init?(userCacheFolder folder: String) {
        guard let cache = Self.userCacheRoot() else { return nil }
        try? self.init(root: cache, folder: folder)
    }

    /// `root/<folder>`, created with mode 0700, and `root/cache.key`; fails unless both can be written.
    private init(root: URL, folder: String) throws {
        directory = root.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard access(directory.path, W_OK) == 0 else { throw CocoaError(.fileWriteNoPermission) }
        key = try Self.secret(in: root)
    }

    /// `$XDG_CACHE_HOME/infragate`, else `$HOME/.cache/infragate`; a relative `XDG_CACHE_HOME` is
    /// ignored, as the XDG specification says.
    static func userCacheRoot(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("infragate")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/infragate")
    }

    /// The body stored under `name`, or nil when there is none that the seal vouches for.
    func read(_ name: String) -> String? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
              let text = String(data: data, encoding: .utf8), let newline = text.lastIndex(of: "\n") else { return nil }
        let body = String(text[..<newline])
        return text[text.index(after: newline)...] == seal(name, body) ? body : nil
    }

    /// Failing to write only costs recomputing it later, so it is not an error.
    func write(_ name: String, _ body: String) {
        write(wholeFile: name, Data((body + "\n" + seal(name, body)).utf8))
    }

    private func write(wholeFile name: String, _ entry: Data) {
        let final = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(".\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max))")
        do {
            try entry.write(to: temporary)
            guard rename(temporary.path, final.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// The records of a file kept as sealed lines (`key body seal`); a line whose seal fails is
    /// skipped, and a later record for a key replaces an earlier one.
    func records(in name: String) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return [:] }
        var records: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count == 3, fields[2] == seal(name + " " + fields[0], String(fields[1])) else { continue }
            records[String(fields[0])] = String(fields[1])
        }
        return records
    }

    /// Appends records (keys and bodies without spaces or newlines) in one write, which `O_APPEND`
    /// keeps whole beside concurrent runs. A file past `maximumRecordFileSize` starts over.
    func append(_ records: [(key: String, body: String)], to name: String) {
        guard !records.isEmpty else { return }
        let text = records.map { "\($0.key) \($0.body) \(seal(name + " " + $0.key, $0.body))\n" }.joined()
        let path = directory.appendingPathComponent(name).path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size > Self.maximumRecordFileSize {
            write(wholeFile: name, Data(text.utf8))
            return
        }
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, text.utf8.count) }
    }

    /// Caches need no history: past this, a record file is replaced rather than grown.
    static let maximumRecordFileSize = 4 << 20

    /// The name is sealed too: an entry moved to another name is foreign.
    private func seal(_ name: String, _ body: String) -> String {
        ObjectID.digest(of: [key, directory.lastPathComponent, name, body, key].joined(separator: "\n")).hex
    }

    /// The repository's key, created once with `O_EXCL` so two first runs agree on one.
    private static func secret(in root: URL) throws -> String {
        let path = root.appendingPathComponent("cache.key").path
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
        let fresh = bytes.map { String(format: "%02x", $0) }.joined()
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 {
            let written = fresh.utf8CString.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, fresh.utf8.count) }
            close(descriptor)
            guard written == fresh.utf8.count else { throw CocoaError(.fileWriteUnknown) }
            return fresh
        }
        guard errno == EEXIST, let data = FileManager.default.contents(atPath: path),
              let key = String(data: data, encoding: .utf8), key.utf8.count == 64 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
        }
        return key
    }
}
