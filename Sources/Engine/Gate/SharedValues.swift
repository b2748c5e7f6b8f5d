/// What `RepositorySnapshot.shared` computed during one gate run, by key.
// The gate judges files on one thread, so no lock is needed.
final class SharedValues: @unchecked Sendable {
    private var values: [String: Any] = [:]

    func value<Value>(for key: String, _ compute: () -> Value) -> Value {
        if let cached = values[key] as? Value { return cached }
        let value = compute()
        values[key] = value
        return value
    }
}
