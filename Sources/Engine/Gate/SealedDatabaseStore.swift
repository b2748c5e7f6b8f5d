import Foundation
import InfragateRules

/// The secrets scanner's compiled anchor database, kept in `$GIT_DIR/infragate/secrets/` (or the
/// user's cache folder, see `SealedStore`) under the store's seal: a hook or CI run loads it in a millisecond instead of compiling it again, and
/// an entry the gate did not write reads as absent (then it is compiled, never trusted).
struct SealedDatabaseStore: CompiledDatabaseStore {
    private let store: SealedStore

    init?(gitDirectory: String) {
        guard let store = try? SealedStore(gitDirectory: gitDirectory, folder: "secrets") else { return nil }
        self.store = store
    }

    private init(store: SealedStore) {
        self.store = store
    }

    /// Outside a repository (`scan PATH` on disk), the user's cache folder keeps it.
    static func inUserCache() -> SealedDatabaseStore? {
        SealedStore(userCacheFolder: "secrets").map(SealedDatabaseStore.init(store:))
    }

    func compiledDatabase(named name: String) -> [UInt8]? {
        store.read(name).flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
    }

    func keep(_ database: [UInt8], named name: String) {
        store.write(name, Data(database).base64EncodedString())
    }
}
