/// Ports of databases, caches, search engines and remote administration, which must not face the
/// network. Shared by the Kubernetes Service and Compose `ports` rules.
enum SensitivePort {
    static let all: Set<Int> = [
        22, 23, 2375, 2376, 3306, 3389, 5432, 5601, 5984, 6379, 7000, 7001, 8086, 9042, 9200, 9300, 10250, 11211,
        15672, 27017, 27018,
    ]
}
