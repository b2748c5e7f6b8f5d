import InfragateRules
import XCTest

/// `sshd_config` as sshd reads it: first value wins, `Match` blocks override for their connections,
/// keywords in any case, `Keyword=value`, comments at the start of a word.
final class SSHDPackTests: XCTestCase {
    private func findings(_ text: String, path: String = "sshd_config") -> [(rule: String, line: Int)] {
        SSHDPack.evaluate(SourceFile(path: path, text: text), in: EmptySnapshot()).violations
            .map { ($0.rule.id, $0.violation.line) }.sorted { ($0.rule, $0.line) < ($1.rule, $1.line) }
    }

    /// Debian 12's shipped `/etc/ssh/sshd_config` (openssh-server 9.2), abridged to its settings lines
    /// in their places: passwords stay on (the line is commented out), keyboard-interactive is off,
    /// X11 forwarding on, and the drop-in folder it includes is not in the (empty) revision.
    func testDebiansDefaultConfigurationIsJudgedAsSshdReadsIt() {
        let debian = """
            # This is the sshd server system-wide configuration file.  See
            # sshd_config(5) for more information.

            Include /etc/ssh/sshd_config.d/*.conf

            #Port 22
            #PermitRootLogin prohibit-password
            #PubkeyAuthentication yes
            #PasswordAuthentication yes
            #PermitEmptyPasswords no

            # Change to yes to enable challenge-response passwords (beware issues with
            # some PAM modules and threads)
            KbdInteractiveAuthentication no

            UsePAM yes

            X11Forwarding yes
            PrintMotd no

            # Allow client to pass locale environment variables
            AcceptEnv LANG LC_*

            # override default of no subsystems
            Subsystem\tsftp\t/usr/lib/openssh/sftp-server
            """
        let found = findings(debian)
        XCTAssertEqual(found.map(\.rule), ["SSHD-INCLUDE-NOT-FOLLOWED", "SSHD-PASSWORD-AUTH", "SSHD-X11-FORWARDING"])
        XCTAssertEqual(found.map(\.line), [4, 1, 18])
    }

    func testTheFirstValueWinsAndKeywordsIgnoreCase() {
        XCTAssertEqual(findings("PasswordAuthentication no\npasswordauthentication yes\n").count, 0)
        XCTAssertEqual(findings("PASSWORDAUTHENTICATION=yes\nPasswordAuthentication no\n").map(\.rule), ["SSHD-PASSWORD-AUTH"])
        XCTAssertEqual(findings("PasswordAuthentication \"no\" # keys only\n").count, 0)
        XCTAssertEqual(findings("PasswordAuthentication = no\n").count, 0)
    }

    func testMatchBlocksOverrideTheGlobalSectionForTheirConnections() {
        let text = "PasswordAuthentication yes\nMatch all\n  PasswordAuthentication no\nMatch User deploy\n  PermitRootLogin yes\n"
        XCTAssertEqual(findings(text).map(\.rule), ["SSHD-ROOT-LOGIN"], "`Match all` turns passwords off for everyone")
        XCTAssertEqual(findings(text).map(\.line), [5])
    }

    func testDropInFilesAreRecognisedByTheirFolder() {
        XCTAssertTrue(SSHDPack.recognises(path: "roles/ssh/files/sshd_config"))
        XCTAssertTrue(SSHDPack.recognises(path: "image/etc/ssh/sshd_config.d/50-hardening.conf"))
        XCTAssertFalse(SSHDPack.recognises(path: "etc/ssh/ssh_config"))
        XCTAssertFalse(SSHDPack.recognises(path: "nginx/conf.d/site.conf"))
    }
}
