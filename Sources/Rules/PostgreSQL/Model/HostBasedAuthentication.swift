/// A `pg_hba.conf` as PostgreSQL reads it: one record per line (a trailing `\` continues it, as since
/// PostgreSQL 16), whitespace-separated fields, double quotes keeping a field whole, `#` outside quotes
/// starting a comment. The first record matching a connection decides it, so every record is judged.
/// `include`, `include_if_exists` and `include_dir` lines name other files and are not records.
struct HostBasedAuthentication {
    struct Record {
        enum ConnectionType: String {
            case local, host, hostssl, hostnossl, hostgssenc, hostnogssenc
        }

        let type: ConnectionType
        let databases: String
        let users: String
        /// Nil for `local`; `samehost`, `samenet`, a host name or an address, with its mask when
        /// written as a separate field (`10.0.0.0 255.0.0.0`).
        let address: String?
        let mask: String?
        /// Lower case.
        let method: String
        let options: [String]
        let line: Int

        /// TCP/IP, whether or not encrypted.
        var isNetwork: Bool { type != .local }

        /// Loopback only: `127.0.0.0/8`-style local addresses, `::1`, or `samehost`.
        var isLoopback: Bool {
            guard let address else { return true }
            let lowered = address.lowercased()
            return lowered == "samehost" || lowered == "localhost" || lowered.hasPrefix("127.") || lowered == "::1/128" || lowered == "::1"
        }

        /// Every IPv4 or IPv6 address: `all`, `0.0.0.0/0`, `::/0`, or `0.0.0.0` with mask `0.0.0.0`.
        var isAnyAddress: Bool {
            guard let address = address?.lowercased() else { return false }
            return address == "all" || address == "0.0.0.0/0" || address == "::/0" || address == "::0/0"
                || (address == "0.0.0.0" && mask == "0.0.0.0") || (address == "::" && mask == "::")
        }

        /// What a finding's identity holds: the record's fields, never its line.
        var identity: String {
            "\(type.rawValue)|\(databases)|\(users)|\(address ?? "")\(mask.map { " " + $0 } ?? "")|\(method)"
        }
    }

    let records: [Record]

    init(parsing text: String) {
        var records: [Record] = []
        // The fields of a record continued over several lines, appended in place: linear however long.
        var fields: [String] = []
        var start: Int?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            let continues = line.hasSuffix("\\")
            if continues { line = line.dropLast() }
            fields += ConfigurationWords.split(line, comments: .anywhere)
            start = start ?? index + 1
            guard !continues else { continue }
            if let record = Self.record(fields, line: start ?? index + 1) { records.append(record) }
            fields.removeAll(keepingCapacity: true)
            start = nil
        }
        if let start, let record = Self.record(fields, line: start) { records.append(record) }
        self.records = records
    }

    private static func record(_ fields: [String], line: Int) -> Record? {
        guard let first = fields.first, let type = Record.ConnectionType(rawValue: first.lowercased()) else { return nil }
        var rest = fields.dropFirst()
        guard rest.count >= 3 else { return nil }
        let databases = rest.removeFirst(), users = rest.removeFirst()
        var address: String?, mask: String?
        if type != .local {
            address = rest.removeFirst()
            // An address without a prefix length may take its mask from the next field.
            if let candidate = rest.first, let written = address, !written.contains("/"),
               candidate.contains(".") || candidate.contains(":"), rest.count >= 2 {
                mask = rest.removeFirst()
            }
        }
        guard let method = rest.first?.lowercased() else { return nil }
        return Record(type: type, databases: databases, users: users, address: address, mask: mask, method: method,
                      options: Array(rest.dropFirst()), line: line)
    }
}
