extension SecretDetector {
    static let pypiUploadToken = SecretDetector(
        id: "SECRET-PYPI-TOKEN", title: "PyPI upload token",
        grants: "uploading releases of the account's (or one project's) PyPI packages",
        revoke: "pypi.org › Account settings › API tokens",
        equivalents: [.gitleaks("pypi-upload-token"), .trufflehog("PyPI")],
        finder: TokenFormat(prefixes: ["pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"], [.init(.base64URL, 50...1000)], minimumEntropy: 3.5),
        triggering: [
            "↓TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcqBXbshfoPgVw32i2uqqBIUV2M5LXSk-4_GVeyrlgVbq1q0QtJ0",
            "# PyPI upload token\nclient:\n↓  twine_password: \"pypi-AgEIcHlwaS5vcmcqBXbshfoPgVw32i2uqqBIUV2M5LXSk-4_GVeyrlgVbq1q0QtJ0\"",
        ],
        nonTriggering: [
            "TWINE_PASSWORD=${TWINE_PASSWORD}",
            "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcqBXbshfoPgVw32i2uqqBIUV2M5LXSk-4_GVeyrlgVbq1q0QtJ",
        ])
}
