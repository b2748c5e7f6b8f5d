import Foundation
import InfragateRules

/// Files on disk as rules see them, for `scan PATH…` outside git.
struct DiskSnapshot: RepositorySnapshot, RevisionTree, FileBytes {
    let root: URL
    /// Files on disk come and go; one that cannot be read is reported when it is judged itself.
    var readFailure: GateError? { nil }
    let sizeLimit: Int
    let sharedValues = SharedValues()

    /// Remembered for the run: every file of a folder asks (is this a chart?), and listing costs a stat per entry.
    func filePaths(in directory: String) -> [String] {
        sharedValues.value(for: "disk-directory:" + directory) {
            let url = directory.isEmpty ? root : root.appendingPathComponent(directory)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.sorted().compactMap { name in
                var isDirectory: ObjCBool = false
                let full = url.appendingPathComponent(name).path
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
                return directory.isEmpty ? name : "\(directory)/\(name)"
            }
        }
    }

    func allFilePaths() -> [String] {
        DiskWalk.files(under: root).entries.map(\.relativePath)
    }

    func text(at path: String) -> String? {
        guard let bytes = bytes(at: path), case .text(let text) = FileContent(bytes: bytes) else { return nil }
        return text
    }

    func bytes(at path: String) -> [UInt8]? {
        guard case .bytes(let bytes)? = try? DiskWalk.read(root.appendingPathComponent(path), limit: sizeLimit) else { return nil }
        return bytes
    }

    /// `lstat`, so a link is seen as a link; the folders above `path` are real ones by the time
    /// link resolution asks, so the kernel following them changes nothing.
    func node(at path: String) throws -> RevisionNode {
        let url = path.isEmpty ? root : root.appendingPathComponent(path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return .absent }
        switch attributes[.type] as? FileAttributeType {
        case .typeDirectory?:
            return .directory
        case .typeSymbolicLink?:
            return .entry(Candidate(path: path, type: .symlink) { _ in
                .bytes(Array(try FileManager.default.destinationOfSymbolicLink(atPath: url.path).utf8))
            })
        default:
            return .entry(Candidate(path: path, type: .regular) { limit in try DiskWalk.read(url, limit: limit) })
        }
    }

    func shared<Value>(_ key: String, _ compute: () -> Value) -> Value {
        sharedValues.value(for: key, compute)
    }
}

/// Lists and reads files on disk the way the git layer does for trees (no symlink following).
enum DiskWalk {
    struct Entry {
        let relativePath: String
        let url: URL
        let type: Candidate.EntryType
    }

    /// Folders of tools' own state or third-party code: judged by their owners, and large.
    static let skippedFolderNames: Set<String> = [".git", ".terraform", "node_modules", "vendor"]

    /// The files under `root`, and the folders left out (by `skippedFolderNames`), both relative to it.
    static func files(under root: URL) -> (entries: [Entry], skippedFolders: [String]) {
        var entries: [Entry] = []
        var skippedFolders: [String] = []
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { return ([], []) }
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: Set(keys))
            var relative = url.standardizedFileURL.path
            if relative.hasPrefix(rootPath) { relative.removeFirst(rootPath.count) }
            if relative.hasPrefix("/") { relative.removeFirst() }
            if values?.isDirectory == true, skippedFolderNames.contains(url.lastPathComponent) {
                enumerator.skipDescendants()
                if url.lastPathComponent != ".git" { skippedFolders.append(relative) }
                continue
            }
            let isLink = values?.isSymbolicLink ?? false
            guard isLink || (values?.isRegularFile ?? false) else { continue }
            entries.append(Entry(relativePath: relative, url: url, type: isLink ? .symlink : .regular))
        }
        return (entries.sorted { $0.relativePath < $1.relativePath }, skippedFolders.sorted())
    }

    /// The top of the git work tree a file is in (the nearest folder above it holding `.git`), and the
    /// file's path from there; nil outside any work tree.
    static func workTree(containing file: URL) -> (top: URL, relativePath: String)? {
        let standardized = file.standardizedFileURL
        var folder = standardized.deletingLastPathComponent()
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                let top = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
                return (folder, String(standardized.path.dropFirst(top.count)))
            }
            let parent = folder.deletingLastPathComponent()
            guard parent.path != folder.path else { return nil }
            folder = parent
        }
    }

    /// Reads a regular file (following a link given on the command line). A FIFO or a device would
    /// block or never end, so it cannot be judged; every failure names the file.
    static func read(_ url: URL, limit: Int) throws -> Candidate.Loaded {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else {
                throw GateError.undecidable("cannot read \(url.path): not a regular file")
            }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            if size > limit { return .tooLarge(size: size) }
            return .bytes(Array(try Data(contentsOf: url)))
        } catch let error as GateError {
            throw error
        } catch {
            throw GateError.undecidable("cannot read \(url.path): \(error.localizedDescription)")
        }
    }
}
