@testable import InfragateEngine
import InfragateRules
import XCTest

/// A `.conf` with a name no pack knows is a server's configuration only inside that server's folder
/// and only with keys that server alone uses: client files, poolers and notes beside them are not.
final class ServerConfigurationRecognizerTests: XCTestCase {
    func testKeysOfTheFoldersServerDecide() {
        XCTAssertEqual(FileClassifier.classify(path: "docker/ssh/hardening.conf"), .needsContent)
        XCTAssertEqual(ServerConfigurationRecognizer.recognize("Port 22\nPermitRootLogin yes\n", path: "docker/ssh/hardening.conf"), .sshdConfig)
        XCTAssertEqual(ServerConfigurationRecognizer.recognize("# pg\nlisten_addresses = '*'\n", path: "deploy/postgres/main.conf"), .postgresConf)
        XCTAssertEqual(ServerConfigurationRecognizer.recognize("local all all peer\nhost all all 0.0.0.0/0 trust\n", path: "deploy/postgresql/hba.conf"), .postgresHBA)
        XCTAssertEqual(ServerConfigurationRecognizer.recognize("bind 0.0.0.0\nprotected-mode no\n", path: "infra/redis/cache.conf"), .redisConfig)
        XCTAssertEqual(ServerConfigurationRecognizer.recognize("[mysqld]\nlocal_infile = 1\n", path: "infra/mysql/server.conf"), .mysqlOptions)
    }

    func testLookalikesAreNotServerConfiguration() {
        // ssh_config, the client's: `Host` blocks and client keywords.
        XCTAssertNil(ServerConfigurationRecognizer.recognize("Host bastion\n  User deploy\n  PasswordAuthentication no\n", path: "ssh/client.conf"))
        // A pooler's file in a postgres folder, and a redis key outside a redis folder.
        XCTAssertNil(ServerConfigurationRecognizer.recognize("[databases]\nshop = host=db port=5432\n", path: "postgres/pgbouncer.conf"))
        XCTAssertNil(ServerConfigurationRecognizer.recognize("protected-mode no\n", path: "config/app.conf"))
        XCTAssertEqual(FileClassifier.classify(path: "config/app.conf"), .notInfrastructure)
        XCTAssertNil(ServerConfigurationRecognizer.recognize("[client]\nuser = app\n", path: "mysql/client.conf"))
    }
}
