import InfragateRules
import XCTest

/// `redis.conf` as Redis reads it: the last line wins, quoted arguments, ACL users.
final class RedisPackTests: XCTestCase {
    private func findings(_ text: String) -> [String] {
        RedisPack.evaluate(SourceFile(path: "redis.conf", text: text), in: EmptySnapshot()).violations
            .map { "\($0.rule.id):\($0.violation.line)" }.sorted()
    }

    /// The settings lines of the `redis.conf` Debian 12 ships (redis-server 7.0), in their order.
    func testDebiansDefaultConfigurationHasNoFinding() {
        let debian = """
            # Redis configuration file example.
            bind 127.0.0.1 -::1
            protected-mode yes
            port 6379
            tcp-backlog 511
            timeout 0
            tcp-keepalive 300
            daemonize yes
            supervised auto
            pidfile /run/redis/redis-server.pid
            loglevel notice
            logfile /var/log/redis/redis-server.log
            databases 16
            # requirepass foobared
            dir /var/lib/redis
            """
        XCTAssertEqual(findings(debian), [])
    }

    func testTheLastLineWinsAndQuotesKeepArguments() {
        XCTAssertEqual(findings("protected-mode no\nprotected-mode yes\n"), [])
        XCTAssertEqual(findings("bind 127.0.0.1\nbind \"0.0.0.0\"\n"), ["REDIS-BIND-ALL:2", "REDIS-NO-AUTH:2"])
        XCTAssertEqual(findings("requirepass \"${REDIS_PASSWORD}\"\nbind 0.0.0.0\n"), ["REDIS-BIND-ALL:2"])
    }
}
