import Foundation

/// Where a compiled anchor database may be kept between processes. The engine provides one that
/// only the gate can have written (sealed, under the repository's `$GIT_DIR/infragate/`); without
/// one, every process compiles its own.
public protocol CompiledDatabaseStore: Sendable {
    func compiledDatabase(named name: String) -> [UInt8]?
    func keep(_ database: [UInt8], named name: String)
}

/// The store the secrets scanner loads its database from, chosen once per process before the
/// first scan (the first repository opened offers its store; later offers change nothing).
public enum CompiledDatabaseStoreChoice {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var chosen: (any CompiledDatabaseStore)?
    nonisolated(unsafe) private static var isSettled = false

    /// Offers a store; only the first offer before the scanner exists is used.
    public static func offer(_ store: @autoclosure () -> (any CompiledDatabaseStore)?) {
        lock.lock()
        defer { lock.unlock() }
        guard !isSettled else { return }
        chosen = store()
        isSettled = chosen != nil
    }

    /// The chosen store, settling the choice (the scanner is built once).
    static func settle() -> (any CompiledDatabaseStore)? {
        lock.lock()
        defer { lock.unlock() }
        isSettled = true
        return chosen
    }
}
