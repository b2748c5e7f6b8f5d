/// What `RepositorySnapshot.shared` computed during one gate run, by key.
// @unchecked: never shared across threads. Each GitSnapshot or DiskSnapshot makes its own, and those live
// within one gate call on one thread (see GitSnapshot). No lock: values are of any type, so one could
// not make handing them to another thread safe anyway.
final class SharedValues: @unchecked Sendable {
    private var values: [String: Any] = [:]

    func value<Value>(for key: String, _ compute: () -> Value) -> Value {
        // Unwrap the dictionary's optional first: `values[key] as? Value` turns a missing key into a hit
        // when `Value` is itself an optional.
        if let cached = values[key], let typed = cached as? Value { return typed }
        let value = compute()
        values[key] = value
        return value
    }
}
