extension SecretDetector {
    static let pypircPassword = SecretDetector(
        id: "SECRET-PYPIRC-PASSWORD", title: "Package index password in .pypirc",
        grants: "uploading releases of the account's packages",
        revoke: "the package index (pypi.org or the private index), change the password or revoke the token",
        equivalents: [.gitleaks("pypi-upload-token")],
        finder: KeyedValue(keys: ["password"], .visible, 6...1_024, cues: ["[distutils]", "[pypi]", "[testpypi]"].map { Anchor.literal($0) }, cueDistance: 1 << 30, holdsAnyToken: true),
        triggering: [
            "[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.shop.example/\nusername = ci\n↓password = pnVV8md6m0!",
        ],
        nonTriggering: [
            "[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.shop.example/\nusername = ci\npassword = ${PYPI_PASSWORD}",
            "[pypi]\nusername = __token__\n# password: from the keyring",
        ])
}
